#include "entente/graph/series.hpp"

#include "entente/core/error.hpp"
#include "entente/graph/fold.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace entente {
namespace {

long floor_div(long a, long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Calendar months since year 0, and their first days.
long month_index(Date d) {
  const auto c = d.civil();
  return static_cast<long>(c.year) * 12 + static_cast<long>(c.month) - 1;
}
Date month_start(long m) {
  return *Date::from_civil(static_cast<int>(floor_div(m, 12)),
                           static_cast<unsigned>(m - floor_div(m, 12) * 12) + 1, 1);
}

// 1970-01-01 was a Thursday; ISO weeks start on Monday (1969-12-29).
constexpr int monday_offset = 3;

Date anchor(const SeriesOptions &o) { return o.range.from ? *o.range.from : Date::from_days(0); }

int fixed_days(const SeriesOptions &o) {
  if (o.window_days > 0)
    return o.step_days;
  return o.period.unit == Period::Unit::day
             ? 1
             : (o.period.unit == Period::Unit::week ? 7 : o.period.days);
}

bool calendar(const SeriesOptions &o) {
  using U = Period::Unit;
  return o.window_days == 0 &&
         (o.period.unit == U::month || o.period.unit == U::quarter || o.period.unit == U::year);
}

long months_per_window(const SeriesOptions &o) {
  return o.period.unit == Period::Unit::month ? 1
                                              : (o.period.unit == Period::Unit::quarter ? 3 : 12);
}

} // namespace

Period parse_period(std::string_view t) {
  using U = Period::Unit;
  if (t == "day")
    return {U::day, 1};
  if (t == "week")
    return {U::week, 7};
  if (t == "month")
    return {U::month, 0};
  if (t == "quarter")
    return {U::quarter, 0};
  if (t == "year")
    return {U::year, 0};
  int n = 0;
  if (t.size() >= 2 && t.back() == 'd') {
    const auto r = std::from_chars(t.data(), t.data() + t.size() - 1, n);
    if (r.ec == std::errc() && r.ptr == t.data() + t.size() - 1 && n > 0 && n <= 36600)
      return {U::days, n};
  }
  throw Error::usage("invalid period '" + std::string(t) +
                     "' (expected day, week, month, quarter, year or Nd such as 30d)");
}

Window series_window(const SeriesOptions &o, long k) {
  Window w;
  if (calendar(o)) {
    const long per = months_per_window(o);
    const long base = floor_div(month_index(anchor(o)), per) * per;
    w = {month_start(base + k * per), month_start(base + (k + 1) * per) + -1};
  } else {
    const int step = fixed_days(o);
    const int length = o.window_days > 0 ? o.window_days : step;
    long start = anchor(o).days();
    if (!o.range.from && o.period.unit == Period::Unit::week && o.window_days == 0)
      start -= monday_offset;
    const Date from = Date::from_days(static_cast<std::int32_t>(start + k * step));
    w = {from, from + (length - 1)};
  }
  // A series never claims days outside --from/--to.
  if (o.range.from && *w.from < *o.range.from)
    w.from = o.range.from;
  if (o.range.to && *o.range.to < *w.to)
    w.to = o.range.to;
  return w;
}

WindowRange window_range(const SeriesOptions &o, Date d) {
  if (calendar(o)) {
    const long per = months_per_window(o);
    const long k = floor_div(month_index(d), per) - floor_div(month_index(anchor(o)), per);
    return {k, k};
  }
  const long step = fixed_days(o);
  const long length = o.window_days > 0 ? o.window_days : step;
  long start = anchor(o).days();
  if (!o.range.from && o.period.unit == Period::Unit::week && o.window_days == 0)
    start -= monday_offset;
  const long offset = d.days() - start;
  // Window k covers [start + k*step, start + k*step + length - 1]. With
  // --from, sliding windows start there: none begins before it.
  const long first = floor_div(offset - length + step, step);
  return {o.range.from ? std::max(first, 0L) : first, floor_div(offset, step)};
}

std::vector<long> windows_containing(const SeriesOptions &o, Date d) {
  const auto r = window_range(o, d);
  std::vector<long> out;
  for (long k = r.first; k <= r.last; ++k)
    out.push_back(k);
  return out;
}

void check_window_count(const SeriesOptions &o, long first, long last) {
  if (last - first + 1 > o.max_windows)
    throw Error::usage("the series would have " + std::to_string(last - first + 1) +
                       " windows (at most " + std::to_string(o.max_windows) +
                       "); choose a longer period or narrow --from/--to");
}

void check_series_options(const SeriesOptions &o) {
  if (o.window_days < 0 || o.step_days < 0 || (o.window_days > 0) != (o.step_days > 0))
    throw Error::usage("sliding windows need both a positive window and a positive step");
  if (o.range.from && o.range.to && *o.range.to < *o.range.from)
    throw Error::usage("--to is before --from");
}

SeriesBuilder::SeriesBuilder(SeriesOptions options) : fold_(std::make_unique<Fold>(options)) {}
SeriesBuilder::SeriesBuilder(SeriesBuilder &&) noexcept = default;
SeriesBuilder &SeriesBuilder::operator=(SeriesBuilder &&) noexcept = default;
SeriesBuilder::~SeriesBuilder() = default;

void SeriesBuilder::add(const Relation &r) { fold_->add(r); }

std::vector<Snapshot> SeriesBuilder::finish(const std::vector<std::string> &sources) && {
  std::vector<Fold> parts;
  parts.push_back(std::move(*fold_));
  return finish_folds(parts, sources);
}

std::string window_label(const SeriesOptions &o, const Window &w) {
  const auto c = w.from->civil();
  char buf[32];
  if (o.window_days == 0 && o.period.unit == Period::Unit::month)
    std::snprintf(buf, sizeof buf, "%04d-%02u", c.year, c.month);
  else if (o.window_days == 0 && o.period.unit == Period::Unit::quarter)
    std::snprintf(buf, sizeof buf, "%04d-Q%u", c.year, (c.month - 1) / 3 + 1);
  else if (o.window_days == 0 && o.period.unit == Period::Unit::year)
    std::snprintf(buf, sizeof buf, "%04d", c.year);
  else if (o.window_days == 0 && o.period.unit == Period::Unit::week && !o.range.from) {
    // ISO week: the one holding the window's Thursday, numbered in that
    // Thursday's year.
    const Date thursday = *w.from + 3;
    const int year = thursday.civil().year;
    const long day_of_year = thursday.days() - Date::from_civil(year, 1, 1)->days();
    std::snprintf(buf, sizeof buf, "%04d-W%02ld", year, day_of_year / 7 + 1);
  } else
    return w.from->to_string();
  return buf;
}

std::string window_kind(const Window &w) {
  if (!w.from || !w.to)
    return "open";
  const auto a = w.from->civil(), b = (*w.to + 1).civil(); // b: the day after
  if (a.day == 1 && b.day == 1) {
    const long months = (static_cast<long>(b.year) - a.year) * 12 +
                        (static_cast<long>(b.month) - static_cast<long>(a.month));
    if (months == 1)
      return "month";
    if (months == 3 && a.month % 3 == 1)
      return "quarter";
    if (months == 12 && a.month == 1)
      return "year";
  }
  return std::to_string(w.to->days() - w.from->days() + 1) + "d";
}

} // namespace entente
