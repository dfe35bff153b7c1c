// The one reading loop of ingest: every input (folders expanded, "-" for
// stdin, .gz and .zip opened, the format sniffed per file) streamed once
// into a sink, event rows parsed in place and relations JSONL as Relations.
// read_inputs (a stream of Relations) and the event fold (fold_snapshots,
// fold_series, fold_into) are two sinks of it, so both read, skip and count
// rows the same way. A large plain delimited file is split in two and read
// by two threads when two sinks are given (each thread its own sink).
//
//   struct Count : entente::RecordSink {
//     std::size_t n = 0;
//     void row(const entente::EventRow&, entente::InputFormat, std::string_view) override { ++n; }
//     void relation(entente::Relation&&) override { ++n; }
//   } count;
//   entente::IngestStats stats = entente::stream_inputs({"events.tsv"}, {}, {&count});
#pragma once

#include "entente/core/relation.hpp"
#include "entente/graph/fold.hpp"
#include "entente/ingest/inputs.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace entente {

// What the loop hands on. Rows are those the parser accepted, with the two
// actors already at options.level (one node on both sides included: the
// fold counts those as self); `id` is the row's event id (GDELT
// GlobalEventID, ICEWS Event ID; "" for edge lists) and `format` its file's.
// Relations are relations JSONL records that passed the filters (regions
// left out unless options.regions), unchanged otherwise.
class RecordSink {
public:
  virtual ~RecordSink() = default;
  virtual void row(const EventRow &row, InputFormat format, std::string_view id) = 0;
  virtual void relation(Relation &&r) = 0;
};

// Reads every input once into sinks[0] (and, for large plain files, half of
// it into sinks[1]). Throws Error on unreadable input, an unknown format
// and (options.strict) the first bad row, naming file and line.
IngestStats stream_inputs(const std::vector<std::string> &paths, const InputOptions &options,
                          const std::vector<RecordSink *> &sinks);

} // namespace entente
