#include "entente/core/error.hpp"
#include "entente/graph/series.hpp"

#include <catch2/catch.hpp>

using entente::Date;

namespace {
entente::Relation on(const char *date, const char *s = "USA", const char *t = "RUS") {
  return entente::make_relation(Date::parse(date), s, t, "036");
}
std::string span(const entente::Window &w) {
  return w.from->to_string() + ".." + w.to->to_string();
}
} // namespace

TEST_CASE("periods parse", "[series]") {
  CHECK(entente::parse_period("30d").days == 30);
  CHECK(entente::parse_period("month").unit == entente::Period::Unit::month);
  CHECK_THROWS_AS(entente::parse_period("0d"), entente::Error);
  CHECK_THROWS_AS(entente::parse_period("fortnight"), entente::Error);
  CHECK_THROWS_AS(entente::parse_period("3x"), entente::Error);
}

TEST_CASE("monthly windows follow the calendar and leave no holes", "[series]") {
  entente::SeriesOptions o;
  o.period = entente::parse_period("month");
  entente::SeriesBuilder b(o);
  b.add(on("2020-01-31"));
  b.add(on("2020-01-01"));
  b.add(on("2020-03-15"));
  b.add(on("2020-02-29", "CHN", "USA"));
  b.add(on("2020-05-02"));
  const auto s = std::move(b).finish({"t"});
  REQUIRE(s.size() == 5); // January..May, April empty
  CHECK(span(s[0].window) == "2020-01-01..2020-01-31");
  CHECK(span(s[1].window) == "2020-02-01..2020-02-29");
  CHECK(s[0].fold.used == 2);
  CHECK(s[1].graph.dyad("CHN", "USA"));
  // Every relation offered counts in each window, like a single snapshot's
  // relations outside its window.
  CHECK(s[3].fold.relations == 5);
  CHECK(s[3].fold.used == 0);
  CHECK(s[3].fold.outside_window == 5);
  CHECK(s[0].fold.outside_window == 3);
  CHECK(entente::window_label(o, s[4].window) == "2020-05");
}

TEST_CASE("quarters, years and ISO weeks", "[series]") {
  entente::SeriesOptions o;
  o.period = entente::parse_period("quarter");
  CHECK(span(entente::series_window(
            o, entente::windows_containing(o, Date::parse("2011-08-15"))[0])) ==
        "2011-07-01..2011-09-30");
  o.period = entente::parse_period("year");
  CHECK(span(entente::series_window(
            o, entente::windows_containing(o, Date::parse("1999-12-31"))[0])) ==
        "1999-01-01..1999-12-31");
  o.period = entente::parse_period("week");
  // 2011-08-10 was a Wednesday; its ISO week runs Monday 08-08 to Sunday 08-14.
  CHECK(span(entente::series_window(
            o, entente::windows_containing(o, Date::parse("2011-08-10"))[0])) ==
        "2011-08-08..2011-08-14");
  CHECK(entente::window_label(o, {Date::parse("2011-08-08"), {}}) == "2011-W32");
  // 2021-01-01 was a Friday: its week is 2020's week 53; 2018-12-31 (a
  // Monday) starts 2019's week 1.
  CHECK(entente::window_label(o, {Date::parse("2020-12-28"), {}}) == "2020-W53");
  CHECK(entente::window_label(o, {Date::parse("2018-12-31"), {}}) == "2019-W01");
}

TEST_CASE("sliding windows fold an event into every window that covers it", "[series]") {
  entente::SeriesOptions o;
  o.window_days = 90;
  o.step_days = 30;
  o.range.from = Date::parse("2020-01-01");
  const auto ks = entente::windows_containing(o, Date::parse("2020-04-15")); // day 105
  CHECK(ks == std::vector<long>{1, 2, 3});
  for (long k : ks)
    CHECK(entente::series_window(o, k).contains(Date::parse("2020-04-15")));
  CHECK_FALSE(entente::series_window(o, 0).contains(Date::parse("2020-04-15")));
  entente::SeriesBuilder b(o);
  b.add(on("2020-04-15"));
  b.add(on("2019-12-31")); // before --from
  const auto s = std::move(b).finish({});
  REQUIRE(s.size() == 3);
  for (const auto &snap : s)
    CHECK(snap.fold.used == 1);
}

TEST_CASE("sliding windows need both length and step", "[series]") {
  entente::SeriesOptions o;
  o.window_days = 90;
  CHECK_THROWS_AS(entente::SeriesBuilder(o), entente::Error);
}

TEST_CASE("windows are clipped to --from/--to, none starts before --from", "[series]") {
  entente::SeriesOptions o;
  o.period = entente::parse_period("month");
  o.range = {Date::parse("2011-08-10"), Date::parse("2011-09-20")};
  CHECK(span(entente::series_window(o, 0)) == "2011-08-10..2011-08-31");
  CHECK(span(entente::series_window(o, 1)) == "2011-09-01..2011-09-20");
  CHECK(entente::window_label(o, entente::series_window(o, 0)) == "2011-08");
  o.window_days = 90;
  o.step_days = 30;
  // Day 5 after --from: without the clamp, windows -2 and -1 would cover it.
  const auto r = entente::window_range(o, Date::parse("2011-08-15"));
  CHECK(r.first == 0);
  CHECK(r.last == 0);
}

TEST_CASE("a series has at most max_windows windows", "[series]") {
  entente::SeriesOptions o;
  o.period = entente::parse_period("day");
  o.max_windows = 10;
  entente::SeriesBuilder b(o);
  b.add(on("2020-01-01"));
  CHECK_NOTHROW(b.add(on("2020-01-10"))); // 10 windows
  CHECK_THROWS_AS(b.add(on("2020-01-11")), entente::Error);
  CHECK_NOTHROW(entente::check_window_count(o, 0, 9));
  CHECK_THROWS_AS(entente::check_window_count(o, 0, 10), entente::Error);
}

TEST_CASE("window_range agrees with windows_containing", "[series]") {
  entente::SeriesOptions o;
  o.window_days = 10;
  o.step_days = 3;
  for (int day = -20; day < 40; ++day) {
    const Date d = Date::from_days(day);
    const auto r = entente::window_range(o, d);
    // Windows [3k, 3k + 9]: four cover a multiple of 3, three any other day.
    CHECK(r.last - r.first + 1 == ((day % 3 + 3) % 3 == 0 ? 4 : 3));
    for (long k = r.first; k <= r.last; ++k)
      CHECK(entente::series_window(o, k).contains(d));
    CHECK_FALSE(entente::series_window(o, r.first - 1).contains(d));
    CHECK_FALSE(entente::series_window(o, r.last + 1).contains(d));
  }
}
