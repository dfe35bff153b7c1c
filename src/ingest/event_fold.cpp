#include "entente/ingest/event_fold.hpp"

#include "entente/core/error.hpp"
#include "entente/core/parallel.hpp"
#include "entente/graph/series.hpp"
#include "entente/ingest/byte_source.hpp"
#include "entente/ingest/event_rows.hpp"
#include "entente/ingest/progress.hpp"
#include "entente/io/relations_jsonl.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <deque>
#include <filesystem>
#include <istream>
#include <limits>
#include <map>
#include <thread>
#include <unistd.h>
#include <unordered_map>

namespace entente {
namespace {

using detail::EventRow;
using detail::Line;
using detail::micro;
using detail::RowKind;

// Open addressing, u64 -> u32, for actor interning and dyad lookup: the hot
// loop does one or two of these per row.
class FlatMap {
public:
  static constexpr std::uint64_t empty = ~std::uint64_t{0};
  FlatMap() { rehash(64); }

  template <typename Make> std::uint32_t get(std::uint64_t key, Make &&make) {
    std::size_t i = slot(key);
    while (keys_[i] != empty) {
      if (keys_[i] == key)
        return vals_[i];
      i = (i + 1) & mask_;
    }
    const std::uint32_t v = make();
    keys_[i] = key;
    vals_[i] = v;
    if (++size_ * 2 > keys_.size())
      rehash(keys_.size() * 2);
    return v;
  }

private:
  std::size_t slot(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
  }
  void rehash(std::size_t n) {
    auto old_keys = std::move(keys_);
    auto old_vals = std::move(vals_);
    keys_.assign(n, empty);
    vals_.assign(n, 0);
    mask_ = n - 1;
    shift_ = 64 - static_cast<unsigned>(__builtin_ctzll(n));
    for (std::size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] == empty)
        continue;
      std::size_t j = slot(old_keys[i]);
      while (keys_[j] != empty)
        j = (j + 1) & mask_;
      keys_[j] = old_keys[i];
      vals_[j] = old_vals[i];
    }
  }
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> vals_;
  std::size_t size_ = 0, mask_ = 0;
  unsigned shift_ = 58;
};

class Interner {
public:
  std::uint32_t id(std::string_view s) {
    auto make = [&] {
      names_.emplace_back(s);
      return static_cast<std::uint32_t>(names_.size() - 1);
    };
    if (s.size() == 3 && upper(s[0]) && upper(s[1]) && upper(s[2])) { // country codes
      std::uint32_t &slot = letters_[static_cast<std::size_t>(s[0] - 'A') * 676 +
                                     static_cast<std::size_t>(s[1] - 'A') * 26 +
                                     static_cast<std::size_t>(s[2] - 'A')];
      if (slot == none)
        slot = make();
      return slot;
    }
    if (s.size() <= 8) { // most other codes: packed into the key itself
      std::uint64_t k = 0;
      std::memcpy(&k, s.data(), s.size());
      k ^= static_cast<std::uint64_t>(s.size()) << 59; // "A" and "A\0" differ
      if (k != FlatMap::empty)
        return short_.get(k, make);
    }
    auto it = long_.find(std::string(s));
    if (it != long_.end())
      return it->second;
    const auto v = make();
    long_.emplace(std::string(s), v);
    return v;
  }
  const std::string &name(std::uint32_t id) const { return names_[id]; }
  std::size_t size() const { return names_.size(); }

private:
  static constexpr std::uint32_t none = ~std::uint32_t{0};
  static bool upper(char c) { return c >= 'A' && c <= 'Z'; }
  std::vector<std::uint32_t> letters_ = std::vector<std::uint32_t>(26 * 26 * 26, none); // AAA..ZZZ
  FlatMap short_;
  std::unordered_map<std::string, std::uint32_t> long_;
  std::vector<std::string> names_;
};

__extension__ typedef __int128 wide_int;

// One direction of a dyad, in exact fixed-point (micro units), so that
// per-thread tables add up to the same bytes in any order. Kept small (the
// per-row update is a cache miss): conflict = net - coop, and events = the
// quad counts plus the events without a quad class.
//
// The sums are 128-bit and cannot overflow: a row's weight is at most 1e12
// (1e18 micro units, parse_fixed and relation_problem's bound) and its
// Goldstein score at most 10, so a row adds less than 2^67 in magnitude, and
// 2^60 rows (an exabyte of input) stay below 2^127. In 64 bits, ten edge-list
// rows of weight 999999999999 wrapped around to a net of -8446744073719.552
// (issue 15).
struct DirStats {
  wide_int net = 0, coop = 0, weight = 0;
  std::int64_t quad[5] = {0, 0, 0, 0, 0}; // [0] = no quad class

  // One row's part: `q` its quad class (0 = none), `v` its Goldstein x
  // weight, `w` its weight.
  void add(int q, wide_int v, std::int64_t w) {
    ++quad[q];
    net += v;
    coop += v > 0 ? v : 0;
    weight += w;
  }
  void merge(const DirStats &o) {
    for (int i = 0; i < 5; ++i)
      quad[i] += o.quad[i];
    net += o.net;
    coop += o.coop;
    weight += o.weight;
  }
  DyadStats to_stats() const {
    DyadStats s;
    s.events = quad[0] + quad[1] + quad[2] + quad[3] + quad[4];
    for (std::size_t i = 0; i < 4; ++i)
      s.quad[i] = quad[i + 1];
    const double m = static_cast<double>(micro);
    s.net = static_cast<double>(net) / m;
    s.coop = static_cast<double>(coop) / m;
    s.conflict = static_cast<double>(net - coop) / m;
    s.weight = static_cast<double>(weight) / m;
    return s;
  }
};

struct DyadCell {
  DirStats lo_hi, hi_lo; // by interned id, not by name
};

struct WindowTable;

// What a row adds to one direction of a dyad (see Worker::add).
struct Update {
  WindowTable *table = nullptr;
  std::uint32_t cell = 0;
  bool lo_hi = true;
  int quad = 0; // 0 = no quad class
  wide_int value = 0;
  std::int64_t weight = 0;
};

constexpr std::uint32_t dense_actors = 512;
constexpr std::uint32_t no_cell = ~std::uint32_t{0};
constexpr std::size_t never = ~std::size_t{0};

struct WindowTable {
  Window window;
  std::size_t dense_after = never;  // cells before switching to the 1 MB matrix below
  FlatMap index;                    // dyads with an actor id >= dense_actors
  std::vector<std::uint32_t> dense; // lo * dense_actors + hi -> cell
  std::vector<std::uint64_t> keys;
  std::vector<DyadCell> cells;
  std::uint64_t used = 0, self = 0;
  std::int32_t first = INT32_MAX, last = INT32_MIN;
};

struct LocalBad {
  std::size_t line;
  RowKind kind;
  std::string detail;
};

// Series windows that may use the dense matrix, per thread (a long series
// would cost 1 MB per window). Any window switches to it only once it holds
// this many dyads: clearing the matrix costs more than small windows (a
// small file, up to 25 --split windows) gain from it.
constexpr std::size_t dense_series_tables = 32;
constexpr std::size_t dense_after_cells = 1024;

// What one thread folds: its own actor ids and tables, merged at the end.
// Either a fixed list of windows (every row checked against each), or a
// series whose windows are found by index from the row's date and created
// as rows arrive, so a row costs O(windows containing it).
class Worker {
public:
  explicit Worker(const std::vector<Window> &windows) {
    for (const auto &w : windows) {
      tables_.emplace_back();
      tables_.back().window = w;
      tables_.back().dense_after = dense_after_cells;
    }
  }
  explicit Worker(const SeriesOptions &series) : series_(&series) {}

  void fold(const EventRow &row) {
    ++offered_;
    const std::uint32_t s = actors_.id(row.source), t = actors_.id(row.target);
    if (!series_) {
      for (auto &tab : tables_)
        if (tab.window.contains(row.date))
          add(tab, row, s, t);
      return;
    }
    if (!series_->range.contains(row.date))
      return;
    const std::int32_t day = row.date.days();
    if (day != cached_day_) { // rows come roughly in date order
      cached_day_ = day;
      cached_range_ = window_range(*series_, row.date);
    }
    for (long k = cached_range_.first; k <= cached_range_.last; ++k)
      add(table_at(k), row, s, t);
  }

  // Widens [first, last] to the series windows this worker saw rows of.
  void widen(long &first, long &last) const {
    if (!by_index_.empty()) {
      first = std::min(first, by_index_.begin()->first);
      last = std::max(last, by_index_.rbegin()->first);
    }
  }

  const WindowTable *table_of(long k) const {
    const auto it = by_index_.find(k);
    return it == by_index_.end() ? nullptr : it->second;
  }

private:
  WindowTable &table_at(long k) {
    if (k == last_k_ && last_table_)
      return *last_table_;
    auto it = by_index_.find(k);
    if (it == by_index_.end()) {
      check_window_count(*series_, std::min(k, by_index_.empty() ? k : by_index_.begin()->first),
                         std::max(k, by_index_.empty() ? k : by_index_.rbegin()->first));
      tables_.emplace_back();
      tables_.back().window = series_window(*series_, k);
      tables_.back().dense_after = dense_after_cells;
      it = by_index_.emplace(k, &tables_.back()).first;
    }
    last_k_ = k;
    last_table_ = it->second;
    return *it->second;
  }

  void add(WindowTable &tab, const EventRow &row, std::uint32_t s, std::uint32_t t) {
    if (row.dated) { // an undated edge list has no first or last event
      const std::int32_t day = row.date.days();
      tab.first = std::min(tab.first, day);
      tab.last = std::max(tab.last, day);
    }
    if (s == t) {
      ++tab.self;
      return;
    }
    ++tab.used;
    const std::uint32_t lo = std::min(s, t), hi = std::max(s, t);
    const std::uint64_t key = (std::uint64_t{lo} << 32) | hi;
    auto make = [&] {
      tab.keys.push_back(key);
      tab.cells.emplace_back();
      return static_cast<std::uint32_t>(tab.cells.size() - 1);
    };
    std::uint32_t cell;
    if (hi < dense_actors && !tab.dense.empty()) { // countries: a small matrix in cache
      std::uint32_t &slot = tab.dense[std::size_t{lo} * dense_actors + hi];
      if (slot == no_cell)
        slot = make();
      cell = slot;
    } else {
      cell = tab.index.get(key, make);
      if (tab.dense.empty() && tab.cells.size() > tab.dense_after)
        go_dense(tab);
    }
    // The cell is most likely not in cache (a window's table is megabytes):
    // fetch it now and add to it one row later, while the next row is
    // parsed, instead of waiting for it here.
    Update u;
    u.table = &tab;
    u.cell = cell;
    u.lo_hi = s == lo;
    u.quad = row.quad >= 1 && row.quad <= 4 ? row.quad : 0;
    u.value = row.weight % micro == 0 ? static_cast<wide_int>(row.goldstein) * (row.weight / micro)
                                      : static_cast<wide_int>(row.goldstein) * row.weight / micro;
    u.weight = row.weight;
    const auto *target = reinterpret_cast<const char *>(&direction(u));
    __builtin_prefetch(target, 1);
    __builtin_prefetch(target + sizeof(DirStats) - 1, 1);
    apply(pending_);
    pending_ = u;
  }

  static DirStats &direction(const Update &u) {
    auto &cell = u.table->cells[u.cell];
    return u.lo_hi ? cell.lo_hi : cell.hi_lo;
  }
  static void apply(const Update &u) {
    if (u.table)
      direction(u).add(u.quad, u.value, u.weight);
  }

public:
  // Applies the last row's update: call before the tables are read.
  void flush() {
    apply(pending_);
    pending_ = {};
  }

private:
  // From now on dyads of two small ids are found in the matrix; the ones
  // already there are entered into it (their map entries are not used again).
  void go_dense(WindowTable &tab) {
    if (series_ && ++dense_tables_ > dense_series_tables) {
      tab.dense_after = never;
      return;
    }
    tab.dense.assign(std::size_t{dense_actors} * dense_actors, no_cell);
    for (std::size_t i = 0; i < tab.keys.size(); ++i) {
      const auto lo = static_cast<std::uint32_t>(tab.keys[i] >> 32);
      const auto hi = static_cast<std::uint32_t>(tab.keys[i] & 0xffffffffu);
      if (hi < dense_actors)
        tab.dense[std::size_t{lo} * dense_actors + hi] = static_cast<std::uint32_t>(i);
    }
  }

  const SeriesOptions *series_ = nullptr;
  Update pending_;                         // the last row's, not yet added
  std::map<long, WindowTable *> by_index_; // series: window index -> table
  long last_k_ = 0;
  WindowTable *last_table_ = nullptr;
  std::size_t dense_tables_ = 0;
  std::int32_t cached_day_ = INT32_MIN;
  WindowRange cached_range_;

public:
  // One line of a delimited file; false when --strict says stop.
  bool line(detail::RowParser &parser, const Line &line, std::size_t number, bool first,
            std::vector<LocalBad> &bad, bool strict) {
    if (line.begin == line.end)
      return true;
    EventRow row;
    const RowKind kind = parser.parse(line, first, row);
    if (kind == RowKind::ok) {
      ++rows_;
      fold(row);
      return true;
    }
    if (kind == RowKind::header)
      return true;
    ++rows_;
    ++kinds_[static_cast<int>(kind)];
    if (detail::is_bad(kind)) {
      if (bad.size() < max_reported_bad_rows)
        bad.push_back({number, kind, parser.detail(line, kind)});
      if (strict)
        return false;
    }
    return true;
  }

  void count(RowKind kind) { ++kinds_[static_cast<int>(kind)]; }
  void count_row() { ++rows_; }

  std::uint64_t offered_ = 0, rows_ = 0;
  std::uint64_t kinds_[detail::row_kind_count] = {};
  Interner actors_;
  std::deque<WindowTable> tables_; // a deque: series tables are pointed to
};

struct ChunkResult {
  std::size_t lines = 0;
  std::vector<LocalBad> bad;
  bool stopped = false;
};

constexpr std::size_t block_size = std::size_t{1} << 20;
constexpr std::size_t split_above = std::size_t{8} << 20;

// Reads [begin, end) of a plain file with pread into one block per thread
// (so resident memory does not grow with the file; mapping the file costs
// more in page-table work on virtual machines than the copy does). `first`:
// the range starts the file (its first line may be a header).
ChunkResult run_range(Worker &w, int fd, std::uint64_t begin, std::uint64_t end, bool first,
                      const std::string &name, InputFormat format, char sep,
                      const InputOptions &options, Progress &progress) {
  detail::RowParser parser(format, options);
  ChunkResult r;
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
  detail::read_lines(
      read, sep, block_size,
      [&](const Line &line) {
        ++r.lines;
        if (!r.stopped &&
            !w.line(parser, line, r.lines, first && r.lines == 1, r.bad, options.strict))
          r.stopped = true;
      },
      [&](std::size_t bytes, std::size_t lines) {
        progress.add(bytes, lines);
        progress.tick();
      },
      [&] { return r.stopped; });
  return r;
}

ChunkResult run_stream(Worker &w, PeekedSource &src, InputFormat format, char sep,
                       const InputOptions &options, Progress &progress,
                       std::uint64_t progress_base) {
  detail::RowParser parser(format, options);
  ChunkResult r;
  detail::read_lines([&](char *buf, std::size_t n) { return src.read(buf, n); }, sep, block_size,
                     [&](const Line &line) {
                       ++r.lines;
                       if (!r.stopped &&
                           !w.line(parser, line, r.lines, r.lines == 1, r.bad, options.strict))
                         r.stopped = true;
                     },
                     [&](std::size_t, std::size_t lines) {
                       progress.add(0, lines);
                       progress.set_bytes(progress_base + src.source().position());
                       progress.tick();
                     },
                     [&] { return r.stopped; });
  return r;
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

[[noreturn]] void strict_error(const std::string &file, std::size_t line, const LocalBad &b) {
  throw Error::at(file, line,
                  std::string(detail::kind_name(b.kind)) + ": " + b.detail + " (--strict)");
}

void fold_delimited(std::vector<Worker> &workers, ByteSource &source, PeekedSource &peeked,
                    InputFormat format, const InputOptions &options, IngestStats &stats,
                    Progress &progress, std::uint64_t progress_base) {
  const char sep = detail::separator_for(format, peeked.head());
  const int fd = source.plain_fd();
  const std::uint64_t size = source.size();
  const std::uint64_t mid =
      fd >= 0 && options.threads > 1 && workers.size() > 1 && size > split_above
          ? split_point(fd, size)
          : 0;
  if (mid == 0) {
    ChunkResult r;
    try {
      r = run_stream(workers[0], peeked, format, sep, options, progress, progress_base);
    } catch (const detail::LineTooLong &e) {
      throw detail::line_error(source.name(), e);
    }
    add_bad(stats, source.name(), 0, r.bad);
    if (r.stopped)
      strict_error(source.name(), r.bad.back().line, r.bad.back());
    return;
  }
  // Two ranges of the file, one per thread; the second's line numbers are
  // shifted by the first's line count afterwards, so reports stay exact.
  ChunkResult second;
  std::exception_ptr failure;
  std::thread helper([&] {
    try {
      second = run_range(workers[1], fd, mid, size, false, source.name(), format, sep, options,
                         progress);
    } catch (...) {
      failure = std::current_exception();
    }
  });
  ChunkResult first;
  try {
    // From after a byte-order mark, which PeekedSource dropped from the head.
    first = run_range(workers[0], fd, peeked.skipped(), mid, true, source.name(), format, sep,
                      options, progress);
  } catch (const detail::LineTooLong &e) {
    helper.join();
    throw detail::line_error(source.name(), e);
  } catch (...) {
    helper.join();
    throw;
  }
  helper.join();
  if (failure) {
    try {
      std::rethrow_exception(failure);
    } catch (const detail::LineTooLong &e) { // numbered from the second range's start
      throw detail::line_error(source.name(), e, first.lines);
    }
  }
  add_bad(stats, source.name(), 0, first.bad);
  if (first.stopped)
    strict_error(source.name(), first.bad.back().line, first.bad.back());
  add_bad(stats, source.name(), first.lines, second.bad);
  if (second.stopped)
    strict_error(source.name(), first.lines + second.bad.back().line, second.bad.back());
}

void fold_relations(Worker &w, PeekedSource &peeked, const InputOptions &options,
                    IngestStats &stats) {
  PeekedStreamBuf buf(peeked);
  std::istream in(&buf);
  read_relations_jsonl(in, peeked.source().name(), [&](Relation &&r) {
    w.count_row();
    const RowKind kind = detail::filter_relation(r, options.filter, /*dates=*/false);
    if (kind != RowKind::ok) {
      w.count(kind);
      return;
    }
    const std::string s = fold_actor(r.source, options.fold_policy());
    const std::string t = fold_actor(r.target, options.fold_policy());
    if (s.empty() || t.empty()) {
      w.count(RowKind::region);
      return;
    }
    EventRow row;
    row.date = r.date;
    row.source = s;
    row.target = t;
    row.code = r.code;
    row.root = r.root;
    row.quad = r.quad;
    row.goldstein = std::llround(r.goldstein * static_cast<double>(micro));
    row.weight = std::llround(r.weight * static_cast<double>(micro));
    w.fold(row);
  });
  (void)stats;
}

std::uint64_t total_size(const std::vector<std::string> &files) {
  std::uint64_t total = 0;
  for (const auto &f : files) {
    std::error_code ec;
    if (f != "-") {
      const auto n = std::filesystem::file_size(f, ec);
      if (!ec)
        total += n;
    }
  }
  return total;
}

// `tables[i]` is worker i's table for the window (null: it saw no row of it).
Snapshot make_snapshot(const std::vector<Worker> &workers,
                       const std::vector<const WindowTable *> &tables, const Window &window,
                       const std::vector<std::string> &paths, Level level) {
  // Per-thread ids mean nothing across threads: each thread's actors map to
  // one shared numbering (a name lookup per actor, not per dyad), and cells
  // merge by the shared pair. Sums are exact integers, so the merge order
  // does not matter.
  std::vector<ActorNode> actors;
  std::unordered_map<std::string_view, std::uint32_t> shared;
  struct Merged {
    std::uint32_t u, v; // shared ids, u < v
    DirStats uv, vu;
  };
  std::vector<Merged> merged;
  std::unordered_map<std::uint64_t, std::size_t> at;
  FoldStats fold;
  std::int32_t first = INT32_MAX, last = INT32_MIN;
  for (std::size_t wi = 0; wi < workers.size(); ++wi) {
    const auto &w = workers[wi];
    fold.relations += w.offered_;
    if (!tables[wi])
      continue;
    const auto &tab = *tables[wi];
    fold.used += tab.used;
    fold.self += tab.self;
    first = std::min(first, tab.first);
    last = std::max(last, tab.last);
    std::vector<std::uint32_t> to_shared(w.actors_.size(), no_cell);
    auto id = [&](std::uint32_t local) {
      auto &g = to_shared[local];
      if (g == no_cell) {
        const auto &code = w.actors_.name(local);
        auto [it, fresh] = shared.try_emplace(code, static_cast<std::uint32_t>(actors.size()));
        if (fresh)
          actors.push_back({code, display_name(code)});
        g = it->second;
      }
      return g;
    };
    for (std::size_t i = 0; i < tab.cells.size(); ++i) {
      const auto lo = id(static_cast<std::uint32_t>(tab.keys[i] >> 32));
      const auto hi = id(static_cast<std::uint32_t>(tab.keys[i] & 0xffffffffu));
      const auto u = std::min(lo, hi), v = std::max(lo, hi);
      const auto [it, fresh] = at.try_emplace((std::uint64_t{u} << 32) | v, merged.size());
      if (fresh)
        merged.push_back({u, v, {}, {}});
      auto &m = merged[it->second];
      const auto &cell = tab.cells[i];
      m.uv.merge(lo == u ? cell.lo_hi : cell.hi_lo);
      m.vu.merge(lo == u ? cell.hi_lo : cell.lo_hi);
    }
  }
  fold.outside_window = fold.relations - fold.used - fold.self;
  std::vector<SignedGraph::IndexedDyad> dyads;
  dyads.reserve(merged.size());
  for (const auto &m : merged) { // forward: from the smaller code to the larger
    const bool uv_forward = actors[m.u].code < actors[m.v].code;
    dyads.push_back(
        {m.u, m.v,
         DyadEdge{(uv_forward ? m.uv : m.vu).to_stats(), (uv_forward ? m.vu : m.uv).to_stats()}});
  }
  Snapshot s;
  s.window = window;
  s.level = level;
  s.sources = paths;
  if (first <= last) {
    s.first_event = Date::from_days(first);
    s.last_event = Date::from_days(last);
  }
  s.fold = fold;
  s.graph = SignedGraph::from_dyads(std::move(actors), std::move(dyads));
  return s;
}

// Reads every input once into the workers; stats gets files and row counts.
void fold_inputs(std::vector<Worker> &workers, const std::vector<std::string> &paths,
                 const InputOptions &opts, IngestStats &stats) {
  const auto files = expand_inputs(paths);
  Progress progress(total_size(files), opts.progress);
  std::uint64_t base = 0;
  for (const auto &file : files) {
    for (auto &source : open_sources(file)) {
      ++stats.files;
      PeekedSource peeked(*source);
      const InputFormat format = opts.format != InputFormat::automatic
                                     ? opts.format
                                     : detail::sniff_format(source->name(), peeked.head());
      if (format == InputFormat::automatic)
        throw Error::at(source->name(), 0,
                        "unrecognised input format (use --format gdelt1|gdelt2|icews|edges|"
                        "relations)");
      if (format == InputFormat::relations)
        fold_relations(workers[0], peeked, opts, stats);
      else
        fold_delimited(workers, *source, peeked, format, opts, stats, progress, base);
      source.reset(); // a zip entry's inflater goes now, not with the archive
    }
    std::error_code ec;
    if (file != "-")
      base += std::filesystem::file_size(file, ec);
    progress.set_bytes(base);
  }
  progress.finish();

  for (auto &w : workers)
    w.flush();
  for (const auto &w : workers) {
    stats.rows += w.rows_;
    stats.relations += w.offered_;
    for (int k = 0; k < detail::row_kind_count; ++k) {
      const auto kind = static_cast<RowKind>(k);
      if (w.kinds_[k] && kind != RowKind::ok && kind != RowKind::header)
        stats.skipped[detail::kind_name(kind)] += w.kinds_[k];
    }
  }
}

InputOptions without_dates(const InputOptions &options) {
  InputOptions opts = options;
  opts.filter.from.reset(); // windows decide
  opts.filter.to.reset();
  return opts;
}

// One worker per thread (two at most), each over the same windows (a list,
// or a series), all folded from one read of the inputs.
template <typename Windows>
std::vector<Worker> fold_workers(const std::vector<std::string> &paths, const InputOptions &opts,
                                 const Windows &windows, IngestStats &stats) {
  std::vector<Worker> workers;
  workers.reserve(2); // never reallocated: tables point into workers
  for (int i = 0; i < std::max(1, std::min(opts.threads, 2)); ++i)
    workers.emplace_back(windows);
  fold_inputs(workers, paths, opts, stats);
  return workers;
}

// make(i) for i < n, on two threads when there are two windows or more
// (workers are only read: each window merges on its own).
template <typename Make>
std::vector<Snapshot> merge_windows(std::size_t n, int threads, const Make &make) {
  std::vector<Snapshot> out(n);
  for_each_index(n, std::min(threads, 2), [&](std::size_t i) { out[i] = make(i); });
  return out;
}

} // namespace

EventFold fold_snapshots(const std::vector<std::string> &paths, const InputOptions &options,
                         const std::vector<Window> &windows) {
  if (windows.empty())
    throw Error("fold_snapshots: no window");
  const InputOptions opts = without_dates(options);
  EventFold out;
  const auto workers = fold_workers(paths, opts, windows, out.stats);
  out.snapshots = merge_windows(windows.size(), opts.threads, [&](std::size_t i) {
    std::vector<const WindowTable *> tables;
    for (const auto &w : workers)
      tables.push_back(&w.tables_[i]);
    return make_snapshot(workers, tables, windows[i], paths, opts.level);
  });
  return out;
}

EventFold fold_series(const std::vector<std::string> &paths, const InputOptions &options,
                      const SeriesOptions &series) {
  check_series_options(series);
  const InputOptions opts = without_dates(options);
  EventFold out;
  const auto workers = fold_workers(paths, opts, series, out.stats);
  long first = LONG_MAX, last = LONG_MIN;
  for (const auto &w : workers)
    w.widen(first, last);
  if (first > last)
    return out;
  check_window_count(series, first, last);
  const auto count = static_cast<std::size_t>(last - first + 1);
  out.snapshots = merge_windows(count, opts.threads, [&](std::size_t i) {
    const long k = first + static_cast<long>(i);
    std::vector<const WindowTable *> tables;
    for (const auto &w : workers)
      tables.push_back(w.table_of(k));
    return make_snapshot(workers, tables, series_window(series, k), paths, opts.level);
  });
  return out;
}

} // namespace entente
