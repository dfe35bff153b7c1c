#include "entente/cli/pipeline.hpp"

#include "entente/extract/coder.hpp"
#include "entente/extract/document_stream.hpp"

#include "entente/core/parallel.hpp"
#include "entente/metrics/compute.hpp"

#include <algorithm>
#include <filesystem>
#include <thread>

namespace entente::cli {

bool is_article(const std::string &path) {
  return std::filesystem::path(path).extension() == ".txt";
}

IngestStats read_relations(const std::vector<std::string> &paths, const InputOptions &input,
                           const ArticleOptions &article_options, const RelationSink &sink) {
  std::vector<std::string> articles, others;
  for (const auto &f : expand_inputs(paths))
    (is_article(f) ? articles : others).push_back(f);
  IngestStats in;
  if (!others.empty())
    in = read_inputs(others, input, sink);
  if (!articles.empty()) {
    const Coder coder = Coder::load(find_dictionaries(article_options.dictionaries));
    // Streamed: an article is read and coded piece by piece.
    in.relations +=
        code_stream(articles, article_options.date, coder, input.threads, sink).relations;
    in.files += articles.size();
  }
  return in;
}

Snapshot snapshot_from_inputs(const std::vector<std::string> &paths, const InputOptions &input,
                              const SnapshotOptions &options, IngestStats *stats,
                              const ArticleOptions &articles) {
  SnapshotBuilder builder(options);
  IngestStats in = read_relations(paths, input, articles, [&](Relation &&r) { builder.add(r); });
  if (stats)
    *stats = in;
  return std::move(builder).finish(paths);
}

void measure_and_save(const std::vector<Snapshot> &snapshots,
                      const std::vector<std::string> &outputs, bool metrics) {
  // Two workers at most: each holds a window's metrics while it writes.
  const int threads = std::thread::hardware_concurrency() > 1 ? 2 : 1;
  for_each_index(snapshots.size(), threads, [&](std::size_t i) {
    // The measures are streamed into the file, not kept: a long series
    // need not hold every window's metrics.
    const auto &s = snapshots[i];
    if (metrics) {
      const Metrics measures = compute_metrics(s, {});
      save_snapshot(s, outputs[i], [&](JsonWriter &w) { write_metrics(w, measures); });
    } else {
      save_snapshot(s, outputs[i]);
    }
  });
}

std::string describe(const IngestStats &in, const Snapshot &s) {
  std::string text = "read " + std::to_string(in.relations) + " relations from " +
                     std::to_string(in.files) + (in.files == 1 ? " file" : " files");
  for (const auto &[kind, n] : in.skipped)
    text += ", skipped " + std::to_string(n) + " (" + kind + ")";
  text += "; used " + std::to_string(s.fold.used) + " (" + std::to_string(s.fold.outside_window) +
          " outside window, " + std::to_string(s.fold.self) + " self); " +
          std::to_string(s.graph.actor_count()) + " actors, " +
          std::to_string(s.graph.dyad_count()) + " dyads";
  return text;
}

} // namespace entente::cli
