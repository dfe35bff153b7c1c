// The one fold from events to snapshots. Every path that turns events into a
// graph goes through a Fold: SnapshotBuilder and SeriesBuilder (relations),
// the event-file fold (ingest/event_fold.hpp, parsed rows), coded articles
// (cli/pipeline.cpp) and the signed CSV loader. A Fold interns actor codes,
// sums each direction of a dyad in exact fixed point (so the order of rows,
// and the thread that folded them, never changes a byte) and keeps one table
// per window: a fixed list (--from/--to, --split), calendar periods or
// sliding windows (graph/series.hpp). Rows cost no allocation once their
// actors and dyads are known.
//
//   entente::Fold fold({entente::Window{}}, {entente::Level::country});
//   fold.add(relations.at(0));     // a Relation: actors folded by the policy
//   fold.add(entente::EventRow{.source = "RUS", .target = "CHN", .quad = 1});
//   std::vector<entente::Fold> parts;  parts.push_back(std::move(fold));
//   std::vector<entente::Snapshot> s = entente::finish_folds(parts, {"events.tsv"});
//
// Fold counts (Snapshot::fold) mean the same on every path: `relations` is
// every relation or row offered to the fold, `self` those whose two actors
// are one node at the snapshot's level (as read, or once the fold folded
// them), `left_out` those with a region actor the policy leaves out,
// `outside_window` the rest of the unused ones. The fold is the one place
// that decides self: ingest hands on rows whose actors are one node (and
// `load` writes them), so `load` then `snapshot` gives the counts `snapshot`
// on the event file gives. Rows ingest drops (bad rows, filters, regions)
// are counted in IngestStats, not offered.
#pragma once

#include "entente/core/actor.hpp"
#include "entente/core/date.hpp"
#include "entente/core/relation.hpp"
#include "entente/graph/series.hpp"
#include "entente/graph/snapshot.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// Fixed-point unit of weights, Goldstein scores and sums (1e-6).
inline constexpr std::int64_t micro = 1000000;

// One event as the fold takes it from a parser. The views must stay valid
// for the add() call only.
struct EventRow {
  Date date;
  bool dated = true;               // false: an edge list row without a date (date is 1970-01-01)
  std::string_view source, target; // actor codes at the fold's level
  std::string_view code;           // CAMEO code ("" for edge lists)
  int root = 0, quad = 0;
  std::int64_t goldstein = 0; // micro units (score x 1e6)
  std::int64_t weight = 0;    // micro units
};

class Fold;
namespace detail {
class FoldState;
// The state behind a Fold, for the graph stage's own files (partial.cpp).
FoldState &fold_state(Fold &fold);
} // namespace detail

// How actors are named in the snapshot: CAMEO display names ("Russia" for
// RUS), or the code itself (signed edge lists, whose codes are not CAMEO's).
enum class ActorNames { cameo, code };

class Fold {
public:
  // A fixed list of windows; a row goes to every window containing it.
  Fold(std::vector<Window> windows, FoldPolicy policy, ActorNames names = ActorNames::cameo);
  // A series: windows are created as rows arrive, found from the row's date.
  // Throws Error::usage for inconsistent options (check_series_options) and
  // past series.max_windows.
  explicit Fold(const SeriesOptions &series);
  Fold(Fold &&) noexcept;
  Fold &operator=(Fold &&) noexcept;
  ~Fold();

  // A parsed event row; its actors are already at the policy's level.
  void add(const EventRow &row);
  // A relation: its actors are folded by the policy first (fold_actor), and
  // goldstein and weight rounded to micro units.
  void add(const Relation &r);
  // An actor in every window's graph, with or without dyads (a vertices
  // file's isolated actors).
  void add_actor(std::string_view code);

  // Adds another fold over the same windows into this one, its actors
  // matched by code and its sums added (exact, so the order does not
  // matter): the reduction of folds made apart (entente-mpi's ranks).
  // `other` is left as it was. Throws Error when the windows differ.
  void absorb(Fold &other);

  // The counts of fixed window i so far (all parts of a run add up).
  FoldStats stats(std::size_t window) const;

private:
  friend detail::FoldState &detail::fold_state(Fold &fold);
  friend std::vector<Snapshot> finish_folds(std::vector<Fold> &parts,
                                            const std::vector<std::string> &sources, int threads);
  std::unique_ptr<detail::FoldState> state_;
};

// The snapshots of folds over the same windows (one part per thread that
// folded rows, merged here; parts[0] decides the windows): for a fixed list
// one per window in order; for a series one per window from the first to
// the last window with a row in it, empty ones between included, none if no
// row fell in any window. Windows are merged on up to `threads` threads.
std::vector<Snapshot> finish_folds(std::vector<Fold> &parts,
                                   const std::vector<std::string> &sources, int threads = 1);

} // namespace entente
