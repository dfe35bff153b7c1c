// What a Fold holds (graph/fold.hpp): the interner, the fixed-point cells
// and the window tables. Private to the graph stage: fold.cpp folds and
// merges with it, partial.cpp writes and reads it (issue 19).
#pragma once

#include "entente/core/actor.hpp"
#include "entente/core/error.hpp"
#include "entente/core/flat_table.hpp"
#include "entente/graph/fold.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <deque>
#include <map>
#include <string>
#include <vector>

namespace entente {
namespace detail {
inline namespace fold_internals {

// Actor codes -> dense ids 0, 1, ... in the order first seen, for the fold's
// per-row lookups: three capitals (country codes) index an array, codes of
// up to eight bytes are packed into a KeyTable key, longer ones go through a
// WordTable; none of the three allocates per lookup once a code is known.
class CodeInterner {
public:
  std::uint32_t id(std::string_view s) {
    if (s.size() == 3 && upper(s[0]) && upper(s[1]) && upper(s[2])) {
      std::uint32_t &slot = letters_[static_cast<std::size_t>(s[0] - 'A') * 676 +
                                     static_cast<std::size_t>(s[1] - 'A') * 26 +
                                     static_cast<std::size_t>(s[2] - 'A')];
      if (slot == 0)
        slot = make(s);
      return slot - 1;
    }
    if (!s.empty() && s.size() <= 8) {
      std::uint64_t k = 0;
      std::memcpy(&k, s.data(), s.size());
      k ^= static_cast<std::uint64_t>(s.size()) << 59; // "A" and "A\0" differ; never 0
      std::uint32_t id = short_.find(k);
      if (id == 0)
        short_.set(k, id = make(s));
      return id - 1;
    }
    const auto before = long_.size();
    const auto word = long_.intern(s);
    if (long_.size() != before)
      long_ids_.push_back(make(s));
    return long_ids_[word - 1] - 1;
  }
  const std::string &name(std::uint32_t id) const { return names_[id]; }
  std::size_t size() const noexcept { return names_.size(); }

private:
  static bool upper(char c) { return c >= 'A' && c <= 'Z'; }
  // id + 1 (0 stays "absent" in the tables).
  std::uint32_t make(std::string_view s) {
    names_.emplace_back(s);
    return static_cast<std::uint32_t>(names_.size());
  }
  std::vector<std::uint32_t> letters_ = std::vector<std::uint32_t>(26 * 26 * 26, 0); // AAA..ZZZ
  KeyTable short_;
  WordTable long_;
  std::vector<std::uint32_t> long_ids_; // WordTable id - 1 -> id + 1
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

// What a row adds to one direction of a dyad (see FoldState::add_to).
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

// Series windows that may use the dense matrix, per thread (a long series
// would cost 1 MB per window). Any window switches to it only once it holds
// this many dyads: clearing the matrix costs more than small windows (a
// small file, up to 25 --split windows) gain from it.
constexpr std::size_t dense_series_tables = 32;
constexpr std::size_t dense_after_cells = 1024;

struct WindowTable {
  Window window;
  std::size_t dense_after = dense_after_cells; // cells before the 1 MB matrix below
  KeyTable index;                   // dyad key -> cell + 1 (ids >= dense_actors, or not dense)
  std::vector<std::uint32_t> dense; // lo * dense_actors + hi -> cell
  std::vector<std::uint64_t> keys;
  std::vector<DyadCell> cells;
  std::uint64_t used = 0, self = 0, left_out = 0;
  std::int32_t first = INT32_MAX, last = INT32_MIN;
};

// The micro units of goldstein x weight, exact for whole weights.
inline wide_int value_of(std::int64_t goldstein, std::int64_t weight) {
  return weight % micro == 0 ? static_cast<wide_int>(goldstein) * (weight / micro)
                             : static_cast<wide_int>(goldstein) * weight / micro;
}

} // namespace fold_internals

// What one Fold holds: its own actor ids and tables, merged by finish_folds.
// Either a fixed list of windows (every row checked against each), or a
// series whose windows are found by index from the row's date and created
// as rows arrive, so a row costs O(windows containing it).
class FoldState {
public:
  FoldState(std::vector<Window> windows, FoldPolicy policy, ActorNames names)
      : policy_(policy), names_(names) {
    for (auto &w : windows) {
      tables_.emplace_back();
      tables_.back().window = w;
    }
  }
  explicit FoldState(const SeriesOptions &series)
      : policy_{series.level, series.groups, series.regions}, series_(series), is_series_(true) {
    check_series_options(series_);
  }

  void add(const EventRow &row) {
    ++offered_;
    const std::uint32_t s = actors_.id(row.source), t = actors_.id(row.target);
    each_table(row.date, [&](WindowTable &tab) { add_to(tab, row, s, t); });
  }

  void add(const Relation &r) {
    ++offered_;
    const std::string s = fold_actor(r.source, policy_), t = fold_actor(r.target, policy_);
    EventRow row;
    row.date = r.date;
    row.source = s;
    row.target = t;
    row.code = r.code;
    row.root = r.root;
    row.quad = r.quad;
    row.goldstein = std::llround(r.goldstein * static_cast<double>(micro));
    row.weight = std::llround(r.weight * static_cast<double>(micro));
    if (s.empty() || t.empty()) {
      each_table(r.date, [&](WindowTable &tab) { ++tab.left_out; });
      return;
    }
    const std::uint32_t si = actors_.id(s), ti = actors_.id(t);
    each_table(r.date, [&](WindowTable &tab) { add_to(tab, row, si, ti); });
  }

  void add_actor(std::string_view code) { isolated_.push_back(actors_.id(code)); }

  // Applies the last row's update: call before the tables are read.
  void flush() {
    apply(pending_);
    pending_ = {};
  }

  FoldStats stats(const WindowTable &tab) const {
    FoldStats f;
    f.relations = offered_;
    f.used = tab.used;
    f.self = tab.self;
    f.left_out = tab.left_out;
    f.outside_window = f.relations - f.used - f.self - f.left_out;
    return f;
  }

  // Widens [first, last] to the series windows this part saw rows of.
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

  bool is_series() const { return is_series_; }
  const SeriesOptions &series() const { return series_; }
  Level level() const { return policy_.level; }
  ActorNames names() const { return names_; }
  std::uint64_t offered() const { return offered_; }
  const CodeInterner &actors() const { return actors_; }
  const std::vector<std::uint32_t> &isolated() const { return isolated_; }
  const std::deque<WindowTable> &tables() const { return tables_; }
  const std::map<long, WindowTable *> &series_tables() const { return by_index_; }
  const FoldPolicy &policy() const { return policy_; }

  // Partials (partial.cpp) restore a state through these: the table the
  // fold would fill (fixed window j, or series window k, created and
  // counted against max_windows as rows would), an actor's id, a cell.
  WindowTable &restored_table(std::size_t j, long k) {
    return is_series_ ? table_at(k) : tables_.at(j);
  }
  std::uint32_t restored_actor(std::string_view code) { return actors_.id(code); }
  void restore_counts(std::uint64_t offered, std::vector<std::uint32_t> isolated) {
    offered_ = offered;
    isolated_ = std::move(isolated);
  }
  // False when the table has the dyad already.
  static bool restore_cell(WindowTable &tab, std::uint64_t key, const DyadCell &cell) {
    if (tab.index.find(key) != 0)
      return false;
    tab.index.set(key, new_cell(tab, key) + 1);
    tab.cells.back() = cell;
    return true;
  }

  // Adds `other` (a fold over the same windows) into this state: its
  // actors matched by code, its counts and cells added. Exact: the sums
  // are integers.
  void absorb(FoldState &other) {
    if (other.is_series_ != is_series_ || (!is_series_ && other.tables_.size() != tables_.size()))
      throw Error("Fold::absorb: the folds are over other windows");
    flush();
    other.flush();
    std::vector<std::uint32_t> to_mine(other.actors_.size());
    for (std::uint32_t i = 0; i < to_mine.size(); ++i)
      to_mine[i] = actors_.id(other.actors_.name(i));
    for (const auto a : other.isolated_)
      isolated_.push_back(to_mine[a]);
    offered_ += other.offered_;
    if (!is_series_) {
      for (std::size_t j = 0; j < tables_.size(); ++j)
        absorb_table(tables_[j], other.tables_[j], to_mine);
      return;
    }
    for (const auto &[k, table] : other.by_index_)
      absorb_table(table_at(k), *table, to_mine);
  }

  // The pieces of absorb, for a fold that arrives as bytes (fold_pack.cpp):
  // another fold's counts and isolated actors (as this fold's ids), a
  // table's counts, and one dyad cell of actors a != b (this fold's ids;
  // `add` oriented from the smaller of the other fold's ids).
  void absorb_offered(std::uint64_t offered, const std::vector<std::uint32_t> &isolated) {
    offered_ += offered;
    isolated_.insert(isolated_.end(), isolated.begin(), isolated.end());
  }
  static void absorb_counts(WindowTable &into, const WindowTable &from) {
    into.used += from.used;
    into.self += from.self;
    into.left_out += from.left_out;
    into.first = std::min(into.first, from.first);
    into.last = std::max(into.last, from.last);
  }
  void absorb_cell(WindowTable &into, std::uint32_t a, std::uint32_t b, const DyadCell &add) {
    const std::uint32_t at = cell_of(into, std::min(a, b), std::max(a, b));
    DyadCell &cell = into.cells[at]; // after cell_of: it may grow the vector
    cell.lo_hi.merge(a < b ? add.lo_hi : add.hi_lo);
    cell.hi_lo.merge(a < b ? add.hi_lo : add.lo_hi);
  }

private:
  template <typename Each> void each_table(Date date, Each &&each) {
    if (!is_series_) {
      for (auto &tab : tables_)
        if (tab.window.contains(date))
          each(tab);
      return;
    }
    if (!series_.range.contains(date))
      return;
    const std::int32_t day = date.days();
    if (day != cached_day_) { // rows come roughly in date order
      cached_day_ = day;
      cached_range_ = window_range(series_, date);
    }
    for (long k = cached_range_.first; k <= cached_range_.last; ++k)
      each(table_at(k));
  }

  WindowTable &table_at(long k) {
    if (k == last_k_ && last_table_)
      return *last_table_;
    auto it = by_index_.find(k);
    if (it == by_index_.end()) {
      check_window_count(series_, std::min(k, by_index_.empty() ? k : by_index_.begin()->first),
                         std::max(k, by_index_.empty() ? k : by_index_.rbegin()->first));
      tables_.emplace_back();
      tables_.back().window = series_window(series_, k);
      it = by_index_.emplace(k, &tables_.back()).first;
    }
    last_k_ = k;
    last_table_ = it->second;
    return *it->second;
  }

  void add_to(WindowTable &tab, const EventRow &row, std::uint32_t s, std::uint32_t t) {
    if (s == t) {
      ++tab.self;
      return;
    }
    ++tab.used;
    if (row.dated) { // an undated edge list has no first or last event
      const std::int32_t day = row.date.days();
      tab.first = std::min(tab.first, day);
      tab.last = std::max(tab.last, day);
    }
    const std::uint32_t lo = std::min(s, t), hi = std::max(s, t);
    const std::uint32_t cell = cell_of(tab, lo, hi);
    // The cell is most likely not in cache (a window's table is megabytes):
    // fetch it now and add to it one row later, while the next row is
    // parsed, instead of waiting for it here.
    Update u;
    u.table = &tab;
    u.cell = cell;
    u.lo_hi = s == lo;
    u.quad = row.quad >= 1 && row.quad <= 4 ? row.quad : 0;
    u.value = value_of(row.goldstein, row.weight);
    u.weight = row.weight;
    const auto *target = reinterpret_cast<const char *>(&direction(u));
    __builtin_prefetch(target, 1);
    __builtin_prefetch(target + sizeof(DirStats) - 1, 1);
    apply(pending_);
    pending_ = u;
  }

  // The cell of dyad lo < hi, made if new.
  std::uint32_t cell_of(WindowTable &tab, std::uint32_t lo, std::uint32_t hi) {
    const std::uint64_t key = (std::uint64_t{lo} << 32) | hi; // never 0: hi > lo >= 0
    if (hi < dense_actors && !tab.dense.empty()) {            // countries: a small matrix in cache
      std::uint32_t &slot = tab.dense[std::size_t{lo} * dense_actors + hi];
      if (slot == no_cell)
        slot = new_cell(tab, key);
      return slot;
    }
    std::uint32_t found = tab.index.find(key);
    if (found == 0)
      tab.index.set(key, found = new_cell(tab, key) + 1);
    if (tab.dense.empty() && tab.cells.size() > tab.dense_after)
      go_dense(tab);
    return found - 1;
  }

  // from's counts and cells into `into`, from's actor ids mapped by to_mine.
  void absorb_table(WindowTable &into, const WindowTable &from,
                    const std::vector<std::uint32_t> &to_mine) {
    absorb_counts(into, from);
    for (std::size_t i = 0; i < from.cells.size(); ++i)
      absorb_cell(into, to_mine[from.keys[i] >> 32], to_mine[from.keys[i] & 0xffffffffu],
                  from.cells[i]);
  }

  static std::uint32_t new_cell(WindowTable &tab, std::uint64_t key) {
    tab.keys.push_back(key);
    tab.cells.emplace_back();
    return static_cast<std::uint32_t>(tab.cells.size() - 1);
  }
  static DirStats &direction(const Update &u) {
    auto &cell = u.table->cells[u.cell];
    return u.lo_hi ? cell.lo_hi : cell.hi_lo;
  }
  static void apply(const Update &u) {
    if (u.table)
      direction(u).add(u.quad, u.value, u.weight);
  }

  // From now on dyads of two small ids are found in the matrix; the ones
  // already there are entered into it (their map entries are not used again).
  void go_dense(WindowTable &tab) {
    if (is_series_ && ++dense_tables_ > dense_series_tables) {
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

  FoldPolicy policy_;
  ActorNames names_ = ActorNames::cameo;
  SeriesOptions series_;
  bool is_series_ = false;
  std::uint64_t offered_ = 0;
  CodeInterner actors_;
  std::vector<std::uint32_t> isolated_;    // add_actor's, in every window's graph
  std::deque<WindowTable> tables_;         // a deque: series tables are pointed to
  Update pending_;                         // the last row's, not yet added
  std::map<long, WindowTable *> by_index_; // series: window index -> table
  long last_k_ = 0;
  WindowTable *last_table_ = nullptr;
  std::size_t dense_tables_ = 0;
  std::int32_t cached_day_ = INT32_MIN;
  WindowRange cached_range_;
};

} // namespace detail
} // namespace entente
