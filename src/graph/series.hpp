// Many snapshots from one pass over the relations: calendar periods (day,
// week, month, quarter, year, or N days) or sliding windows (length and
// step). Each relation is folded into every window that contains its date.
//
//   entente::SeriesOptions o;  o.period = entente::parse_period("month");
//   entente::SeriesBuilder b(o);
//   for (const auto& r : relations) b.add(r);
//   std::vector<entente::Snapshot> months = std::move(b).finish({"datasets/relations"});
#pragma once

#include "entente/graph/snapshot.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct Period {
  enum class Unit { day, week, month, quarter, year, days } unit = Unit::month;
  int days = 0; // for Unit::days (and sliding windows)
};
// "day", "week" (ISO, Monday first), "month", "quarter", "year", or "30d".
Period parse_period(std::string_view text); // throws Error::usage

struct SeriesOptions {
  Period period;       // calendar windows, unless sliding
  int window_days = 0; // > 0: sliding windows of this length...
  int step_days = 0;   // ...starting every step_days from the anchor
  Window range;        // optional overall bounds (--from/--to)
  Level level = Level::country;
  Groups groups = Groups::fold; // see FoldPolicy in core/actor.hpp
  bool regions = false;
  long max_windows = 5000; // a series spanning more windows is a usage error
};

// Indices first..last (inclusive) of the windows containing a day; windows
// are consecutive, so the ones containing a day form a range.
struct WindowRange {
  long first = 0, last = -1;
};

// The window (both ends inclusive) with index k; windows are numbered from
// the anchor (range.from, or 1970-01-01), and clipped to range.
Window series_window(const SeriesOptions &o, long k);
// Every window containing `d`, without allocating (the fast fold calls it
// per row).
WindowRange window_range(const SeriesOptions &o, Date d);
// Indices of every window containing `d`.
std::vector<long> windows_containing(const SeriesOptions &o, Date d);
// Throws Error::usage if windows first..last are more than o.max_windows.
void check_window_count(const SeriesOptions &o, long first, long last);
// Throws Error::usage for inconsistent sliding-window settings.
void check_series_options(const SeriesOptions &o);

class Fold;

// Relations to a series, relation by relation: a Fold (graph/fold.hpp) over
// the series' windows.
class SeriesBuilder {
public:
  explicit SeriesBuilder(SeriesOptions options);
  SeriesBuilder(SeriesBuilder &&) noexcept;
  SeriesBuilder &operator=(SeriesBuilder &&) noexcept;
  ~SeriesBuilder();
  void add(const Relation &r);
  // Snapshots in window order; windows with no relation at all are included
  // between the first and last non-empty ones, so a series has no holes.
  // Every relation offered counts in each snapshot's fold.relations; those
  // not in its window count as outside_window (as for a single snapshot).
  std::vector<Snapshot> finish(const std::vector<std::string> &sources) &&;

private:
  std::unique_ptr<Fold> fold_;
};

// What kind of window this is, for checking that a folder holds one series:
// "month", "quarter" or "year" for a whole calendar period, "open" for a
// window without one of its ends, else its length ("1d", "7d", "90d").
std::string window_kind(const Window &w);

// "2011-08" for a month, "2011-W32" for an ISO week (weeks anchored at
// --from are not ISO weeks), "2011-Q3", "2011", or the window's first day:
// a file-name friendly label.
std::string window_label(const SeriesOptions &o, const Window &w);

} // namespace entente
