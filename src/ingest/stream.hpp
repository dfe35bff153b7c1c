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
#include "entente/io/input_range.hpp"

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

// What reading one range of a file gave (entente-mpi, issue 19): its
// stats, with bad rows numbered from the range's first line (a process
// knows only its own lines; the caller shifts them by the lines of the
// earlier ranges), its line count, and whether --strict stopped it at the
// last of those bad rows (then nothing is thrown: the caller, knowing the
// real line number, reports it).
struct RangeStats {
  IngestStats stats;
  std::uint64_t lines = 0;
  bool stopped = false;
};

// Reads one range into `sink`: a whole input as stream_inputs does (errors
// thrown with exact lines), or the lines of a plain delimited event file
// starting in [begin, end) (range.begin at a line start; the header is
// looked for only at 0; the file counts in stats.files only there).
// Throws Error for an input that cannot be read in ranges (compressed,
// relations JSONL) and for a line too long, naming the file.
RangeStats stream_range(const InputRange &range, const InputOptions &options, RecordSink &sink);

// True if stream_range can read `path` in ranges: one plain (uncompressed)
// file holding a delimited event format (options.format, or sniffed).
bool can_read_in_ranges(const std::string &path, const InputOptions &options);

} // namespace entente
