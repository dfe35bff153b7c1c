#include "entente/graph/fold.hpp"

#include "entente/core/error.hpp"
#include "entente/core/parallel.hpp"
#include "entente/graph/fold_state.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <deque>
#include <map>
#include <unordered_map>

namespace entente {
namespace detail {

namespace {

// `tables[i]` is part i's table for the window (null: it saw no row of it).
Snapshot make_snapshot(const std::vector<const FoldState *> &parts,
                       const std::vector<const WindowTable *> &tables, const Window &window,
                       const std::vector<std::string> &sources) {
  // Per-part ids mean nothing across parts: each part's actors map to one
  // shared numbering (a name lookup per actor, not per dyad), and cells
  // merge by the shared pair. Sums are exact integers, so the merge order
  // does not matter.
  const bool cameo = parts[0]->names() == ActorNames::cameo;
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
  for (std::size_t pi = 0; pi < parts.size(); ++pi) {
    const auto &part = *parts[pi];
    std::vector<std::uint32_t> to_shared(part.actors().size(), no_cell);
    auto id = [&](std::uint32_t local) {
      auto &g = to_shared[local];
      if (g == no_cell) {
        const auto &code = part.actors().name(local);
        auto [it, fresh] = shared.try_emplace(code, static_cast<std::uint32_t>(actors.size()));
        if (fresh)
          actors.push_back({code, cameo ? display_name(code) : code});
        g = it->second;
      }
      return g;
    };
    for (const auto a : part.isolated())
      id(a);
    fold.relations += part.offered();
    if (!tables[pi])
      continue;
    const auto &tab = *tables[pi];
    fold.used += tab.used;
    fold.self += tab.self;
    fold.left_out += tab.left_out;
    first = std::min(first, tab.first);
    last = std::max(last, tab.last);
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
  fold.outside_window = fold.relations - fold.used - fold.self - fold.left_out;
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
  s.level = parts[0]->level();
  s.sources = sources;
  if (first <= last) {
    s.first_event = Date::from_days(first);
    s.last_event = Date::from_days(last);
  }
  s.fold = fold;
  s.graph = SignedGraph::from_dyads(std::move(actors), std::move(dyads));
  return s;
}

// make(i) for i < n, on up to `threads` threads (parts are only read: each
// window merges on its own).
template <typename Make>
std::vector<Snapshot> merge_windows(std::size_t n, int threads, const Make &make) {
  std::vector<Snapshot> out(n);
  for_each_index(n, std::max(1, threads), [&](std::size_t i) { out[i] = make(i); });
  return out;
}

} // namespace
} // namespace detail

Fold::Fold(std::vector<Window> windows, FoldPolicy policy, ActorNames names)
    : state_(std::make_unique<detail::FoldState>(std::move(windows), policy, names)) {}
Fold::Fold(const SeriesOptions &series) : state_(std::make_unique<detail::FoldState>(series)) {}
Fold::Fold(Fold &&) noexcept = default;
Fold &Fold::operator=(Fold &&) noexcept = default;
Fold::~Fold() = default;

void Fold::add(const EventRow &row) { state_->add(row); }
void Fold::add(const Relation &r) { state_->add(r); }
void Fold::add_actor(std::string_view code) { state_->add_actor(code); }
void Fold::absorb(Fold &other) { state_->absorb(*other.state_); }

FoldStats Fold::stats(std::size_t window) const {
  return state_->stats(state_->tables().at(window));
}

std::vector<Snapshot> finish_folds(std::vector<Fold> &parts,
                                   const std::vector<std::string> &sources, int threads) {
  if (parts.empty())
    throw Error("finish_folds: no fold");
  std::vector<const detail::FoldState *> states;
  for (auto &p : parts) {
    p.state_->flush();
    states.push_back(p.state_.get());
  }
  const auto &head = *states[0];
  if (!head.is_series())
    return detail::merge_windows(head.tables().size(), threads, [&](std::size_t i) {
      std::vector<const detail::WindowTable *> tables;
      for (const auto *s : states)
        tables.push_back(&s->tables()[i]);
      return detail::make_snapshot(states, tables, head.tables()[i].window, sources);
    });
  long first = LONG_MAX, last = LONG_MIN;
  for (const auto *s : states)
    s->widen(first, last);
  if (first > last)
    return {};
  check_window_count(head.series(), first, last);
  const auto count = static_cast<std::size_t>(last - first + 1);
  return detail::merge_windows(count, threads, [&](std::size_t i) {
    const long k = first + static_cast<long>(i);
    std::vector<const detail::WindowTable *> tables;
    for (const auto *s : states)
      tables.push_back(s->table_of(k));
    return detail::make_snapshot(states, tables, series_window(head.series(), k), sources);
  });
}

} // namespace entente

namespace entente::detail {
FoldState &fold_state(Fold &fold) { return *fold.state_; }
} // namespace entente::detail
