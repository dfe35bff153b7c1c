#include "entente/ingest/event_fold.hpp"

#include "entente/core/error.hpp"
#include "entente/ingest/stream.hpp"

#include <algorithm>

namespace entente {
namespace {

// Rows and relations into one Fold (one per reading thread).
class FoldSink : public RecordSink {
public:
  explicit FoldSink(Fold &fold) : fold_(fold) {}
  void row(const EventRow &row, InputFormat, std::string_view) override { fold_.add(row); }
  void relation(Relation &&r) override { fold_.add(r); }

private:
  Fold &fold_;
};

InputOptions without_dates(const InputOptions &options) {
  InputOptions opts = options;
  opts.filter.from.reset(); // windows decide
  opts.filter.to.reset();
  return opts;
}

int threads_of(const InputOptions &options) { return std::max(1, std::min(options.threads, 2)); }

} // namespace

std::vector<Fold> fold_parts(const InputOptions &options, const std::vector<Window> &windows) {
  if (windows.empty())
    throw Error("fold_snapshots: no window");
  std::vector<Fold> parts;
  for (int i = 0; i < threads_of(options); ++i)
    parts.emplace_back(windows, options.fold_policy());
  return parts;
}

std::vector<Fold> fold_parts(const InputOptions &options, const SeriesOptions &series) {
  std::vector<Fold> parts;
  for (int i = 0; i < threads_of(options); ++i)
    parts.emplace_back(series);
  return parts;
}

IngestStats fold_into(const std::vector<std::string> &paths, const InputOptions &options,
                      std::vector<Fold> &parts) {
  std::vector<FoldSink> sinks;
  sinks.reserve(parts.size());
  std::vector<RecordSink *> pointers;
  for (auto &p : parts)
    pointers.push_back(&sinks.emplace_back(p));
  return stream_inputs(paths, without_dates(options), pointers);
}

RangeStats fold_range(const InputRange &range, const InputOptions &options, Fold &fold) {
  FoldSink sink(fold);
  return stream_range(range, without_dates(options), sink);
}

EventFold fold_snapshots(const std::vector<std::string> &paths, const InputOptions &options,
                         const std::vector<Window> &windows) {
  auto parts = fold_parts(options, windows);
  EventFold out;
  out.stats = fold_into(paths, options, parts);
  out.snapshots = finish_folds(parts, paths, threads_of(options));
  return out;
}

EventFold fold_series(const std::vector<std::string> &paths, const InputOptions &options,
                      const SeriesOptions &series) {
  SeriesOptions s = series;
  s.level = options.level; // the rows are at this level; relations are folded alike
  s.groups = options.groups;
  s.regions = options.regions;
  auto parts = fold_parts(options, s);
  EventFold out;
  out.stats = fold_into(paths, options, parts);
  out.snapshots = finish_folds(parts, paths, threads_of(options));
  return out;
}

} // namespace entente
