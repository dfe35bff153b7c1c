#include "entente/ingest/stream.hpp"

#include "entente/core/error.hpp"
#include "entente/core/parallel.hpp"
#include "entente/ingest/byte_source.hpp"
#include "entente/ingest/event_rows.hpp"
#include "entente/ingest/progress.hpp"
#include "entente/io/relations_jsonl.hpp"

#include <cerrno>
#include <cstring>
#include <exception>
#include <filesystem>
#include <istream>
#include <unistd.h>

namespace entente {
namespace {

using detail::Line;
using detail::RowKind;

struct LocalBad {
  std::size_t line;
  RowKind kind;
  std::string detail;
};

// What one thread read: its sink, and its counts (added to the stats at the
// end, so threads never share a counter). Readers sit side by side in a
// vector; a cache line each keeps two threads' counters from sharing one
// (which cost the two-thread fold about 10%).
struct alignas(64) Reader {
  RecordSink *sink = nullptr;
  std::uint64_t rows = 0, relations = 0;
  std::uint64_t kinds[detail::row_kind_count] = {};

  void count(RowKind kind) { ++kinds[static_cast<int>(kind)]; }

  // One line of a delimited file; false when --strict says stop.
  bool line(detail::RowParser &parser, InputFormat format, const Line &line, std::size_t number,
            bool first, std::vector<LocalBad> &bad, bool strict) {
    if (line.begin == line.end)
      return true;
    EventRow row;
    const RowKind kind = parser.parse(line, first, row);
    if (kind == RowKind::header)
      return true;
    ++rows;
    if (kind == RowKind::ok) {
      ++relations;
      sink->row(row, format, format == InputFormat::edges ? std::string_view() : line.field(0));
      return true;
    }
    count(kind);
    if (detail::is_bad(kind)) {
      if (bad.size() < max_reported_bad_rows)
        bad.push_back({number, kind, parser.detail(line, kind)});
      if (strict)
        return false;
    }
    return true;
  }
};

struct ChunkResult {
  std::size_t lines = 0;
  std::vector<LocalBad> bad;
  bool stopped = false;
};

constexpr std::size_t block_size = std::size_t{1} << 20;
constexpr std::size_t split_above = std::size_t{8} << 20;

// The lines of a source through one reader. `read(buf, n)` gives bytes,
// `on_block(bytes, lines)` reports progress; `first`: the range starts the
// file (its first line may be a header).
template <typename Read, typename OnBlock>
ChunkResult read_chunk(Reader &reader, Read &&read, OnBlock &&on_block, bool first,
                       InputFormat format, char sep, const InputOptions &options) {
  detail::RowParser parser(format, options);
  ChunkResult r;
  detail::read_lines(
      read, sep, block_size,
      [&](const Line &line) {
        ++r.lines;
        if (!r.stopped && !reader.line(parser, format, line, r.lines, first && r.lines == 1, r.bad,
                                       options.strict))
          r.stopped = true;
      },
      on_block, [&] { return r.stopped; });
  return r;
}

// Reads [begin, end) of a plain file with pread into one block per thread
// (so resident memory does not grow with the file; mapping the file costs
// more in page-table work on virtual machines than the copy does).
ChunkResult run_range(Reader &reader, int fd, std::uint64_t begin, std::uint64_t end, bool first,
                      const std::string &name, InputFormat format, char sep,
                      const InputOptions &options, Progress &progress) {
  std::uint64_t pos = begin;
  auto read = [&](char *buf, std::size_t n) -> std::size_t {
    const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(n, end - pos));
    std::size_t got = 0;
    while (got < want) {
      const ssize_t k = ::pread(fd, buf + got, want - got, static_cast<off_t>(pos + got));
      if (k < 0 && errno == EINTR)
        continue;
      if (k < 0)
        throw Error::at(name, 0, std::string("read failed: ") + std::strerror(errno));
      if (k == 0)
        break;
      got += static_cast<std::size_t>(k);
    }
    pos += got;
    return got;
  };
  return read_chunk(
      reader, read,
      [&](std::size_t bytes, std::size_t lines) {
        progress.add(bytes, lines);
        progress.tick();
      },
      first, format, sep, options);
}

ChunkResult run_stream(Reader &reader, PeekedSource &src, InputFormat format, char sep,
                       const InputOptions &options, Progress &progress,
                       std::uint64_t progress_base) {
  return read_chunk(
      reader, [&](char *buf, std::size_t n) { return src.read(buf, n); },
      [&](std::size_t, std::size_t lines) {
        progress.add(0, lines);
        progress.set_bytes(progress_base + src.source().position());
        progress.tick();
      },
      true, format, sep, options);
}

// Line boundary near the middle of a plain file (0 if there is none).
std::uint64_t split_point(int fd, std::uint64_t size) {
  std::uint64_t pos = size / 2;
  std::vector<char> buf(1 << 16);
  while (pos < size) {
    const ssize_t k = ::pread(fd, buf.data(), buf.size(), static_cast<off_t>(pos));
    if (k <= 0)
      return 0;
    if (const void *nl = std::memchr(buf.data(), '\n', static_cast<std::size_t>(k)))
      return pos + static_cast<std::uint64_t>(static_cast<const char *>(nl) - buf.data()) + 1;
    pos += static_cast<std::uint64_t>(k);
  }
  return 0;
}

void add_bad(IngestStats &stats, const std::string &file, std::size_t offset,
             const std::vector<LocalBad> &bad) {
  for (const auto &b : bad)
    if (stats.first_bad.size() < max_reported_bad_rows)
      stats.first_bad.push_back({file, b.line + offset, detail::kind_name(b.kind), b.detail});
}

void check_strict(const std::string &file, std::size_t offset, const ChunkResult &r) {
  if (r.stopped) {
    const auto &b = r.bad.back();
    throw Error::at(file, offset + b.line,
                    std::string(detail::kind_name(b.kind)) + ": " + b.detail + " (--strict)");
  }
}

void read_delimited(std::vector<Reader> &readers, ByteSource &source, PeekedSource &peeked,
                    InputFormat format, const InputOptions &options, IngestStats &stats,
                    Progress &progress, std::uint64_t progress_base) {
  const char sep = detail::separator_for(format, peeked.head());
  const int fd = source.plain_fd();
  const std::uint64_t size = source.size();
  const std::uint64_t mid =
      fd >= 0 && options.threads > 1 && readers.size() > 1 && size > split_above
          ? split_point(fd, size)
          : 0;
  if (mid == 0) {
    ChunkResult r;
    try {
      r = run_stream(readers[0], peeked, format, sep, options, progress, progress_base);
    } catch (const detail::LineTooLong &e) {
      throw detail::line_error(source.name(), e);
    }
    add_bad(stats, source.name(), 0, r.bad);
    check_strict(source.name(), 0, r);
    return;
  }
  // Two ranges of the file, one per thread; the second's line numbers are
  // shifted by the first's line count afterwards, so reports stay exact.
  ChunkResult parts[2];
  std::exception_ptr failures[2];
  for_each_index(2, 2, [&](std::size_t i) {
    try {
      parts[i] = i == 0 // from after a byte-order mark, which PeekedSource dropped
                     ? run_range(readers[0], fd, peeked.skipped(), mid, true, source.name(), format,
                                 sep, options, progress)
                     : run_range(readers[1], fd, mid, size, false, source.name(), format, sep,
                                 options, progress);
    } catch (...) { // both ranges finish before either failure is reported
      failures[i] = std::current_exception();
    }
  });
  for (std::size_t i = 0; i < 2; ++i)
    if (failures[i]) {
      try {
        std::rethrow_exception(failures[i]);
      } catch (const detail::LineTooLong &e) { // the second range is numbered from its start
        throw detail::line_error(source.name(), e, i == 0 ? 0 : parts[0].lines);
      }
    }
  add_bad(stats, source.name(), 0, parts[0].bad);
  check_strict(source.name(), 0, parts[0]);
  add_bad(stats, source.name(), parts[0].lines, parts[1].bad);
  check_strict(source.name(), parts[0].lines, parts[1]);
}

void read_relations(Reader &reader, PeekedSource &src, const InputOptions &options) {
  PeekedStreamBuf buf(src);
  std::istream in(&buf);
  const bool filtering = options.filter.from || options.filter.to || options.filter.roots.any() ||
                         options.filter.quads.any() || !options.filter.countries.empty();
  read_relations_jsonl(in, src.source().name(), [&](Relation &&r) {
    ++reader.rows;
    if (filtering) {
      const auto kind = detail::filter_relation(r, options.filter, true);
      if (kind != RowKind::ok) {
        reader.count(kind);
        return;
      }
    }
    // Region actors are left out here, as the event readers skip their rows.
    if (!options.regions && (is_region(r.source) || is_region(r.target))) {
      reader.count(RowKind::region);
      return;
    }
    ++reader.relations;
    reader.sink->relation(std::move(r));
  });
}

std::uint64_t total_size(const std::vector<std::string> &files) {
  std::uint64_t total = 0;
  for (const auto &f : files) {
    std::error_code ec;
    if (f != "-")
      if (const auto n = std::filesystem::file_size(f, ec); !ec)
        total += n;
  }
  return total;
}

// The format of a plain delimited event file, or automatic for any other input.
InputFormat range_format(ByteSource &source, std::size_t sources, PeekedSource &peeked,
                         const InputOptions &options) {
  if (sources != 1 || source.plain_fd() < 0)
    return InputFormat::automatic;
  InputFormat format = options.format;
  if (format == InputFormat::automatic)
    format = detail::sniff_format(source.name(), peeked.head());
  return format == InputFormat::relations ? InputFormat::automatic : format;
}

RangeStats read_range(const InputRange &range, const InputOptions &options, Reader &reader) {
  auto sources = open_sources(range.path);
  if (sources.size() != 1)
    throw Error::at(range.path, 0, "a zip archive cannot be read in ranges");
  ByteSource &source = *sources.front();
  PeekedSource peeked(source);
  const InputFormat format = range_format(source, sources.size(), peeked, options);
  if (format == InputFormat::automatic)
    throw Error::at(source.name(), 0,
                    "only a plain (uncompressed) delimited event file can be read in ranges");
  const int fd = source.plain_fd();
  const char sep = detail::separator_for(format, peeked.head());
  Progress quiet(0, false);
  const bool first = range.begin == 0;
  ChunkResult r;
  try { // from after a byte-order mark, which PeekedSource dropped
    r = run_range(reader, fd, first ? peeked.skipped() : range.begin, *range.end, first,
                  source.name(), format, sep, options, quiet);
  } catch (const detail::LineTooLong &e) {
    throw Error::at(source.name(), 0,
                    "the line " + std::to_string(e.line()) + " lines after byte " +
                        std::to_string(range.begin) + " is longer than 256 MB: not a " +
                        "line-based format");
  }
  RangeStats out;
  out.stats.files = first ? 1 : 0;
  add_bad(out.stats, source.name(), 0, r.bad);
  out.lines = r.lines;
  out.stopped = r.stopped;
  return out;
}

// The reader's counts into stats.
void add_counts(IngestStats &stats, const Reader &r) {
  stats.rows += r.rows;
  stats.relations += r.relations;
  for (int k = 0; k < detail::row_kind_count; ++k)
    if (r.kinds[k])
      stats.skipped[detail::kind_name(static_cast<RowKind>(k))] += r.kinds[k];
}

} // namespace

bool can_read_in_ranges(const std::string &path, const InputOptions &options) {
  auto sources = open_sources(path);
  if (sources.size() != 1) // a zip archive's entries are whole inputs
    return false;
  PeekedSource peeked(*sources.front());
  return range_format(*sources.front(), sources.size(), peeked, options) != InputFormat::automatic;
}

RangeStats stream_range(const InputRange &range, const InputOptions &options, RecordSink &sink) {
  if (range.whole()) {
    RangeStats out;
    out.stats = stream_inputs({range.path}, options, {&sink});
    return out;
  }
  std::vector<Reader> readers(1); // aligned: not a plain local
  readers[0].sink = &sink;
  RangeStats out = read_range(range, options, readers[0]);
  add_counts(out.stats, readers[0]);
  return out;
}

IngestStats stream_inputs(const std::vector<std::string> &paths, const InputOptions &options,
                          const std::vector<RecordSink *> &sinks) {
  if (sinks.empty())
    throw Error("stream_inputs: no sink");
  std::vector<Reader> readers(sinks.size());
  for (std::size_t i = 0; i < sinks.size(); ++i)
    readers[i].sink = sinks[i];
  IngestStats stats;
  const auto files = expand_inputs(paths);
  Progress progress(total_size(files), options.progress);
  std::uint64_t base = 0;
  for (const auto &file : files) {
    for (auto &source : open_sources(file)) {
      ++stats.files;
      PeekedSource peeked(*source);
      InputFormat format = options.format;
      if (format == InputFormat::automatic)
        format = file == "-" && peeked.head().empty()
                     ? InputFormat::relations // nothing on stdin: no rows, not an error
                     : detail::sniff_format(source->name(), peeked.head());
      if (format == InputFormat::automatic)
        throw Error::at(source->name(), 0,
                        "unrecognised input format (use --format gdelt1|gdelt2|icews|edges|"
                        "relations)");
      if (format == InputFormat::relations)
        read_relations(readers[0], peeked, options);
      else
        read_delimited(readers, *source, peeked, format, options, stats, progress, base);
      source.reset(); // a zip entry's inflater goes now, not with the archive
    }
    std::error_code ec;
    if (file != "-")
      base += std::filesystem::file_size(file, ec);
    progress.set_bytes(base);
  }
  progress.finish();
  for (const auto &r : readers)
    add_counts(stats, r);
  return stats;
}

} // namespace entente
