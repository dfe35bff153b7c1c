// The delimited event formats, row by row: a line scanner that finds every
// field separator of a block in one vectorised pass, and a RowParser that
// turns one GDELT 1.0/2.0, ICEWS or edge-list line into an EventRow (or names
// the kind of problem). Used by the one reading loop (stream.hpp) that
// feeds both read_inputs and the fold.
//
//   entente::detail::RowParser parser(InputFormat::gdelt2, options);
//   entente::detail::scan_lines(p, end, '\t', [&](const Line& line) {
//     EventRow row;
//     if (const char* problem = parser.parse(line, row)) count(problem);
//     else fold(row);
//   });
#pragma once

#include "entente/core/date.hpp"
#include "entente/core/error.hpp"
#include "entente/graph/fold.hpp"
#include "entente/ingest/inputs.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#include <immintrin.h>
#include <xmmintrin.h>
#endif

namespace entente::detail {

inline constexpr int max_fields = 36; // enough for GDELT up to AvgTone; more are counted

struct Line {
  const char *begin = nullptr;
  const char *end = nullptr;             // excludes '\n' (and a trailing '\r')
  const char *starts[max_fields + 32]{}; // starts[i] = first byte of field i (the
                                         // 32 past max_fields are the scanner's scratch)
  int count = 0;                         // number of fields
  // Valid for i < count and i < max_fields - 1 (the last stored field runs
  // to the end of the line).
  std::string_view field(int i) const {
    const char *e = i + 1 < count && i + 1 < max_fields ? starts[i + 1] - 1 : end;
    return {starts[i], static_cast<std::size_t>(e - starts[i])};
  }
};

// The line being scanned: where its fields start, and what to do at a
// separator, a newline and the end of the block. Shared by the scanners.
template <typename OnLine> struct LineCursor {
  Line line;
  OnLine &on_line;

  LineCursor(const char *p, OnLine &f) : on_line(f) { start(p); }
  void start(const char *p) {
    line.begin = p;
    line.starts[0] = p;
    line.count = 1;
  }
  void field(const char *sep) {
    if (line.count < max_fields)
      line.starts[line.count] = sep + 1;
    ++line.count;
  }
  void finish(const char *nl) {
    line.end = nl;
    if (nl > line.begin && nl[-1] == '\r')
      --line.end;
    on_line(static_cast<const Line &>(line));
    start(nl + 1);
  }
  // The bytes after the last whole chunk, one by one; then the tail.
  const char *rest(const char *q, const char *end, char sep, bool at_eof) {
    for (; q < end; ++q) {
      if (*q == '\n')
        finish(q);
      else if (*q == sep)
        field(q);
    }
    if (at_eof && line.begin < end)
      finish(end);
    return line.begin < end ? line.begin : end;
  }
  // The fields that start after the separators in `seps` (bit i = byte
  // q + i, no newline among them), stored eight at a time without a branch
  // per separator: slots past the real ones get scratch values, which the
  // next separators overwrite or nobody reads (field() stops at count).
  // Past the last stored field only the count matters.
  void fields(const char *q, std::uint32_t seps) {
    const int n = __builtin_popcount(seps);
    if (line.count >= max_fields) {
      line.count += n;
      return;
    }
    const char **out = line.starts + line.count;
    line.count += n;
    std::uint64_t m = seps; // bit 32 stands in for "none left": ctz is defined
    do {
      for (int i = 0; i < 8; ++i) {
        out[i] = q + __builtin_ctzll(m | (std::uint64_t{1} << 32)) + 1;
        m &= m - 1;
      }
      out += 8;
    } while (m);
  }
  // One chunk's separator and newline bit masks, bit i = byte q + i.
  void chunk(const char *q, std::uint32_t seps, std::uint32_t nls) {
    while (nls) {
      const auto bit = static_cast<unsigned>(__builtin_ctz(nls));
      const std::uint32_t before = (std::uint32_t{1} << bit) - 1;
      fields(q, seps & before);
      finish(q + bit);
      seps &= ~before & ~(std::uint32_t{1} << bit);
      nls &= nls - 1;
    }
    if (seps)
      fields(q, seps);
  }
};

// Calls on_line(const Line&) for every complete line in [p, end) and returns
// the start of the unfinished tail. A final line without '\n' is passed only
// when `at_eof`. 16-byte SSE2 compares (the x86-64 baseline).
template <typename OnLine>
const char *scan_lines(const char *p, const char *end, char sep, bool at_eof, OnLine &&on_line) {
  LineCursor<OnLine> cursor(p, on_line);
  const char *q = p;
#if defined(__SSE2__)
  const __m128i vsep = _mm_set1_epi8(sep), vnl = _mm_set1_epi8('\n');
  for (; q + 16 <= end; q += 16) {
    _mm_prefetch(q + 1024, _MM_HINT_T0);
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(q));
    const auto seps = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, vsep)));
    const auto nls = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, vnl)));
    cursor.chunk(q, seps, nls);
  }
#endif
  return cursor.rest(q, end, sep, at_eof);
}

// The same with 32-byte AVX2 compares, for CPUs that have them (all of
// which also have popcnt and tzcnt).
template <typename OnLine>
__attribute__((target("avx2,popcnt,bmi"))) const char *
scan_lines_avx2(const char *p, const char *end, char sep, bool at_eof, OnLine &&on_line) {
  LineCursor<OnLine> cursor(p, on_line);
  const char *q = p;
#if defined(__x86_64__)
  const __m256i vsep = _mm256_set1_epi8(sep), vnl = _mm256_set1_epi8('\n');
  for (; q + 32 <= end; q += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(q));
    const auto seps = static_cast<unsigned>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, vsep)));
    const auto nls = static_cast<unsigned>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, vnl)));
    cursor.chunk(q, seps, nls);
  }
#endif
  return cursor.rest(q, end, sep, at_eof);
}

// Picks the widest scanner the CPU supports (checked once).
template <typename OnLine>
const char *scan_lines_fast(const char *p, const char *end, char sep, bool at_eof,
                            OnLine &&on_line) {
#if defined(__x86_64__)
  static const bool avx2 = __builtin_cpu_supports("avx2");
  if (avx2)
    return scan_lines_avx2(p, end, sep, at_eof, on_line);
#endif
  return scan_lines(p, end, sep, at_eof, on_line);
}

inline constexpr std::size_t max_line_bytes = std::size_t{256} << 20;

// A line past max_line_bytes, thrown by read_lines: `line` is its number in
// the stream (1 = the first line); callers that know the file rethrow it
// with the file's name (line_error).
class LineTooLong : public Error {
public:
  explicit LineTooLong(std::size_t line)
      : Error(std::to_string(line) + ": line longer than 256 MB: not a line-based format"),
        line_(line) {}
  std::size_t line() const { return line_; }

private:
  std::size_t line_;
};
// "file:line: line longer than 256 MB: ..." for the line `offset` + e.line().
Error line_error(const std::string &file, const LineTooLong &e, std::size_t offset = 0);

// Pulls blocks with read(buf, n) -> bytes (0 at the end) and calls
// on_line(const Line&) for every line, carrying partial lines across blocks;
// after_block(bytes, lines) runs after each block. Stops reading once
// stop() returns true. A line longer than 256 MB throws LineTooLong.
//
// The buffer starts at 64 KB and doubles up to `block` while reads fill it:
// a small file then costs a small buffer, not `block` bytes allocated and
// cleared (a folder of many small files paid 4 MB per file before).
template <typename Read, typename OnLine, typename AfterBlock, typename Stop>
void read_lines(Read &&read, char sep, std::size_t block, OnLine &&on_line,
                AfterBlock &&after_block, Stop &&stop) {
  std::size_t size = std::min(block, std::size_t{64} << 10);
  // Not value-initialised: only the bytes read are ever looked at.
  std::unique_ptr<char[]> buf(new char[size]);
  auto grow = [&](std::size_t to, std::size_t keep) {
    std::unique_ptr<char[]> bigger(new char[to]);
    std::memcpy(bigger.get(), buf.get(), keep);
    buf = std::move(bigger);
    size = to;
  };
  std::size_t have = 0, done = 0; // bytes kept, lines finished
  for (;;) {
    if (have == size) { // one line fills the buffer
      if (size >= max_line_bytes)
        throw LineTooLong(done + 1);
      grow(size * 2, have);
    }
    const std::size_t want = size - have;
    const std::size_t n = read(buf.get() + have, want);
    const bool eof = n == 0;
    char *end = buf.get() + have + n;
    std::size_t lines = 0;
    const char *tail = scan_lines_fast(buf.get(), end, sep, eof, [&](const Line &line) {
      ++lines;
      on_line(line);
    });
    after_block(n, lines);
    done += lines;
    if (eof || stop())
      return;
    have = static_cast<std::size_t>(end - tail);
    std::memmove(buf.get(), tail, have);
    if (n == want && size < block) // more to come: read in bigger blocks
      grow(std::min(size * 2, block), have);
  }
}

// One event as the readers see it (graph/fold.hpp). Views point into the
// line or into the parser (folded names, ICEWS country codes), valid until
// the next parse.
using EventRow = entente::EventRow;

// Kinds of skipped rows. Bad rows are problems in the data; dropped rows are
// the rules' (no country, filters, regions left out). Self-loops are not
// skipped: the fold counts them (graph/fold.hpp).
// `actor` is an unusable actor name or code (see actor_problem: empty, too
// long, invalid UTF-8, control characters, a final backslash).
enum class RowKind {
  ok,
  header,
  columns,
  number,
  date,
  code,
  country,
  actor,
  no_country,
  filtered,
  region
};
inline constexpr int row_kind_count = 11;
const char *kind_name(RowKind k);
inline bool is_bad(RowKind k) { return k >= RowKind::columns && k <= RowKind::actor; }

// True for the usual actor code, checked in one cheap pass: 1..256 bytes of
// printable ASCII that neither starts with a space nor ends with a
// backslash. Such a name always passes actor_problem; anything else (UTF-8
// names included) is left to actor_problem.
inline bool plain_actor(std::string_view s) {
  if (s.empty() || s.size() > 256 || s.front() == ' ' || s.back() == '\\')
    return false;
  for (char c : s)
    if (static_cast<unsigned char>(c) - 0x20u > 0x5eu) // outside 0x20..0x7e
      return false;
  return true;
}

// `value` cut to about `max` bytes for a message, with bytes that are not
// printable ASCII or part of valid UTF-8 written as \xNN, so a report never
// carries broken text or control characters to the terminal.
std::string printable(std::string_view value, std::size_t max = 40);

// Parses "[-+]digits[.digits]" into micro units (more than 6 decimals are
// rounded half away from zero); false if malformed or beyond +-1e12.
bool parse_fixed(std::string_view s, std::int64_t &out);
bool parse_count(std::string_view s, std::int64_t &out); // digits only

// Format of a file from its name and first line (the start of the content).
InputFormat sniff_format(const std::string &path, std::string_view head);
// The field separator the format uses for this content.
char separator_for(InputFormat format, std::string_view head);

// The row filter applied to a relation from relations JSONL (root_only does
// not apply: the format has no such field); `dates` checks filter.from/to.
RowKind filter_relation(const Relation &r, const RowFilter &filter, bool dates);

class RowParser {
public:
  RowParser(InputFormat format, const InputOptions &options);
  // `first` says the line is the file's first, where a header may sit.
  RowKind parse(const Line &line, bool first, EventRow &row);
  // What was wrong with the last bad row (for the report).
  std::string detail(const Line &line, RowKind kind) const;

private:
  RowKind gdelt(const Line &line, bool first, EventRow &row);
  RowKind icews(const Line &line, bool first, EventRow &row);
  RowKind edges(const Line &line, bool first, EventRow &row);
  RowKind icews_side(std::string_view name, std::string_view country_name, const char *field,
                     std::string &buffer, std::string_view &node, std::string_view &country);
  RowKind filter(EventRow &row, std::string_view c1, std::string_view c2) const;
  // Checks the row's two actor names; `ok` or `actor` (with the details).
  RowKind actors(const EventRow &row, const char *source_field, const char *target_field);
  // A column and its name in the format's documentation, for messages.
  struct Column {
    int index;
    const char *name;
  };
  // The CAMEO code (with its root and quad class) and the Goldstein-scale
  // score (-10..10) of a GDELT or ICEWS row.
  RowKind event(const Line &line, Column code, Column score, EventRow &row);

  InputFormat format_;
  const InputOptions &options_;
  int weight_column_ = 31;
  bool has_filter_ = false;
  RowKind bad(RowKind kind, const char *field, std::string_view value);

  std::string bad_field_, bad_value_, bad_problem_; // what failed, for detail()
  std::string folded_source_, folded_target_;
  char last_day_text_[8] = {0, 0, 0, 0, 0, 0, 0, 0}; // SQLDATE cache
  Date last_day_;
};

} // namespace entente::detail
