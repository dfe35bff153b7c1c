#include "entente/pipeline/pipeline.hpp"

#include "entente/extract/coder.hpp"
#include "entente/extract/document_stream.hpp"

#include "entente/core/parallel.hpp"
#include "entente/ingest/event_fold.hpp"
#include "entente/metrics/compute.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

namespace entente {

bool is_article(const std::string &path) {
  const auto ext = std::filesystem::path(path).extension();
  if (ext == ".txt")
    return true;
  if (ext != ".jsonl" && ext != ".ndjson")
    return false;
  // Documents JSON Lines: the first record has "text" and no "source" (a
  // relation always has one), as read_relations_jsonl tells them apart.
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos)
      continue;
    const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    return j.is_object() && j.contains("text") && !j.contains("source");
  }
  return false;
}

namespace {

// Articles apart from the rest (folders expanded), in the order given.
void split_articles(const std::vector<std::string> &paths, std::vector<std::string> &articles,
                    std::vector<std::string> &others) {
  for (const auto &f : expand_inputs(paths))
    (is_article(f) ? articles : others).push_back(f);
}

// Codes the articles into `sink`, counting them into `in`. Streamed: an
// article is read and coded piece by piece.
void code_articles(const std::vector<std::string> &articles, const InputOptions &input,
                   const ArticleOptions &options, const RelationSink &sink, IngestStats &in) {
  if (articles.empty())
    return;
  const Coder coder = Coder::load(find_dictionaries(options.dictionaries));
  in.relations += code_stream(articles, options.date, coder, input.threads, sink).relations;
  in.files += articles.size();
}

template <typename Windows>
FoldParts fold_parts_of(const std::vector<std::string> &paths, const InputOptions &input,
                        const ArticleOptions &article_options, const Windows &windows) {
  std::vector<std::string> articles, others;
  split_articles(paths, articles, others);
  FoldParts out{fold_parts(input, windows), {}};
  if (!others.empty())
    out.stats = fold_into(others, input, out.parts);
  // Coded relations join the first part; the fold folds their actors by the
  // same policy and in the same fixed point as the rows.
  code_articles(
      articles, input, article_options, [&](Relation &&r) { out.parts[0].add(r); }, out.stats);
  return out;
}

FoldRun finish(FoldParts &&folded, const std::vector<std::string> &paths,
               const InputOptions &input) {
  FoldRun run;
  run.stats = std::move(folded.stats);
  run.snapshots = finish_folds(folded.parts, paths, std::max(1, std::min(input.threads, 2)));
  return run;
}

} // namespace

SeriesOptions at_input_level(SeriesOptions s, const InputOptions &input) {
  s.level = input.level;
  s.groups = input.groups;
  s.regions = input.regions;
  return s;
}

IngestStats read_relations(const std::vector<std::string> &paths, const InputOptions &input,
                           const ArticleOptions &article_options, const RelationSink &sink) {
  std::vector<std::string> articles, others;
  split_articles(paths, articles, others);
  IngestStats in;
  if (!others.empty())
    in = read_inputs(others, input, sink);
  code_articles(articles, input, article_options, sink, in);
  return in;
}

FoldParts fold_input_parts(const std::vector<std::string> &paths, const InputOptions &input,
                           const ArticleOptions &articles, const std::vector<Window> &windows) {
  return fold_parts_of(paths, input, articles, windows);
}

FoldParts fold_input_parts(const std::vector<std::string> &paths, const InputOptions &input,
                           const ArticleOptions &articles, const SeriesOptions &series) {
  return fold_parts_of(paths, input, articles, at_input_level(series, input));
}

FoldRun fold_inputs(const std::vector<std::string> &paths, const InputOptions &input,
                    const ArticleOptions &articles, const std::vector<Window> &windows) {
  return finish(fold_input_parts(paths, input, articles, windows), paths, input);
}

FoldRun fold_inputs(const std::vector<std::string> &paths, const InputOptions &input,
                    const ArticleOptions &articles, const SeriesOptions &series) {
  return finish(fold_input_parts(paths, input, articles, series), paths, input);
}

Snapshot snapshot_from_inputs(const std::vector<std::string> &paths, const InputOptions &input,
                              const SnapshotOptions &options, IngestStats *stats,
                              const ArticleOptions &articles) {
  InputOptions in = input;
  in.level = options.level;
  in.groups = options.groups;
  in.regions = options.regions;
  auto run = fold_inputs(paths, in, articles, std::vector<Window>{options.window});
  if (stats)
    *stats = std::move(run.stats);
  return std::move(run.snapshots.front());
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

} // namespace entente
