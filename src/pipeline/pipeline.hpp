// The steps subcommands share: inputs -> snapshots, with a one-line account
// of what was read and dropped. Articles (.txt) and documents JSONL among the inputs
// are coded with the dictionary coder on the way in, and their relations go
// into the same fold (graph/fold.hpp) as the event rows and relations JSONL
// read by ingest, so every input kind works with every window option.
//
//   auto s = entente::snapshot_from_inputs({"datasets/relations"}, {}, {});
//   auto run = entente::fold_inputs({"a.txt", "events.tsv"}, {}, {}, {entente::Window{}});
#pragma once

#include "entente/graph/fold.hpp"
#include "entente/graph/series.hpp"
#include "entente/graph/snapshot.hpp"
#include "entente/ingest/inputs.hpp"

#include <optional>
#include <string>
#include <vector>

namespace entente {

// True if the path names text to code: a .txt article, or documents JSON
// Lines (.jsonl or .ndjson whose first record has "text" and no "source").
bool is_article(const std::string &path);

// Where articles' relations come from: the coder's dictionaries ("" = the
// default search, see find_dictionaries) and a date overriding the articles'
// own datelines.
struct ArticleOptions {
  std::string dictionaries;
  std::optional<Date> date;
};

// Reads every input into `sink`: articles are coded, the rest is read by
// read_inputs (relations JSONL, event files). Articles count as files and
// their relations as relations in the stats.
IngestStats read_relations(const std::vector<std::string> &paths, const InputOptions &input,
                           const ArticleOptions &articles, const RelationSink &sink);

// Snapshots of every input (articles coded, the rest through ingest), one
// per window of the list (in order) or of the series (see finish_folds),
// with what ingest read. Articles count as files and their relations as
// relations in the stats.
struct FoldRun {
  std::vector<Snapshot> snapshots;
  IngestStats stats;
};
FoldRun fold_inputs(const std::vector<std::string> &paths, const InputOptions &input,
                    const ArticleOptions &articles, const std::vector<Window> &windows);
FoldRun fold_inputs(const std::vector<std::string> &paths, const InputOptions &input,
                    const ArticleOptions &articles, const SeriesOptions &series);

// The folds behind fold_inputs before they become snapshots (one per
// reading thread): finish_folds(parts, paths) makes the snapshots, and
// write_partial (graph/partial.hpp) saves them for entente merge.
struct FoldParts {
  std::vector<Fold> parts;
  IngestStats stats;
};
FoldParts fold_input_parts(const std::vector<std::string> &paths, const InputOptions &input,
                           const ArticleOptions &articles, const std::vector<Window> &windows);
FoldParts fold_input_parts(const std::vector<std::string> &paths, const InputOptions &input,
                           const ArticleOptions &articles, const SeriesOptions &series);

// The series as the fold takes it: at the input's level, groups and regions
// (rows are read at that level, relations folded to it).
SeriesOptions at_input_level(SeriesOptions series, const InputOptions &input);

// One window: fold_inputs with options' window and policy.
Snapshot snapshot_from_inputs(const std::vector<std::string> &paths, const InputOptions &input,
                              const SnapshotOptions &options, IngestStats *stats = nullptr,
                              const ArticleOptions &articles = {});

// Computes each snapshot's metrics (unless `metrics` is false) and saves it
// with them to outputs[i], two windows at a time: windows are independent,
// and measuring and writing them is the serial tail of a snapshot run. The
// metrics are streamed into the file (write_metrics), not kept. Throws the error of the first
// failing window, in window order.
void measure_and_save(const std::vector<Snapshot> &snapshots,
                      const std::vector<std::string> &outputs, bool metrics);

// "read 812 relations from 1 file; used 790 (12 outside window, 10 self); 31 actors, 74 dyads"
std::string describe(const IngestStats &in, const Snapshot &s);

} // namespace entente
