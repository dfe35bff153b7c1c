#include "entente/pipeline/flow.hpp"

#include "entente/core/error.hpp"
#include "entente/render/views.hpp"

namespace entente {

std::vector<Relation> load_relations(const std::vector<std::string> &paths,
                                     const InputOptions &input, const ArticleOptions &articles,
                                     IngestStats *stats) {
  std::vector<Relation> out;
  IngestStats in =
      read_relations(paths, input, articles, [&](Relation &&r) { out.push_back(std::move(r)); });
  if (stats)
    *stats = in;
  return out;
}

Snapshot fold(const std::vector<Relation> &relations, const SnapshotOptions &options,
              const std::vector<std::string> &sources) {
  SnapshotBuilder builder(options);
  for (const auto &r : relations)
    builder.add(r);
  return std::move(builder).finish(sources);
}

std::vector<Snapshot> fold_windows(const std::vector<Relation> &relations,
                                   const SeriesOptions &options,
                                   const std::vector<std::string> &sources) {
  SeriesBuilder builder(options);
  for (const auto &r : relations)
    builder.add(r);
  return std::move(builder).finish(sources);
}

void measure(Snapshot &s, const MetricsOptions &options) {
  s.metrics = compute_metrics(s, options);
}

std::string picture(const Snapshot &s, PictureFormat format) {
  return render_snapshot_bytes(s, format, styled_picture(s));
}

SnapshotDiff compare(const Snapshot &a, const Snapshot &b, std::size_t top) {
  return diff_snapshots(a, b, {.top = top});
}

void check_rows_usable(const IngestStats &stats) {
  const std::size_t bad = stats.bad_rows();
  if (stats.rows > 0 && stats.relations == 0 && bad == stats.rows)
    throw Error("none of the " + std::to_string(stats.rows) + (stats.rows == 1 ? " row" : " rows") +
                " read could be used: all were bad rows (wrong --format?); nothing written");
}

std::vector<std::string> bad_row_warnings(const IngestStats &stats) {
  std::vector<std::string> lines;
  const auto text = ingest_report(stats);
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos)
      end = text.size();
    lines.push_back("warning: " + text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

} // namespace entente
