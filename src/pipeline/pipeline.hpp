// The steps subcommands share: inputs -> snapshot, with a one-line account
// of what was read and dropped. Plain-text articles (.txt) among the inputs
// are coded with the dictionary coder on the way in; everything else is
// read as relations or events.
//
//   auto s = entente::snapshot_from_inputs({"datasets/relations"}, {}, {});
#pragma once

#include "entente/graph/snapshot.hpp"
#include "entente/ingest/inputs.hpp"

#include <optional>
#include <string>
#include <vector>

namespace entente {

// True if the path names an article to code (a .txt file).
bool is_article(const std::string &path);

// True when the inputs are read relation by relation (relations JSONL, or
// articles among them) rather than by the fast fold of event rows.
bool takes_relation_path(const std::vector<std::string> &paths, InputFormat format);

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
