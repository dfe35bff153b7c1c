#include "entente/core/date.hpp"
#include "entente/core/error.hpp"

#include <catch2/catch.hpp>

using entente::Date;

TEST_CASE("dates parse, print and count days", "[date]") {
  const Date d = Date::parse("2020-05-09");
  CHECK(d.to_string() == "2020-05-09");
  CHECK(d.yyyymmdd() == 20200509);
  CHECK(Date::parse("1970-01-01").days() == 0);
  CHECK((d + 23).to_string() == "2020-06-01");
  CHECK(Date::parse("2021-01-01") - Date::parse("2020-01-01") == 366); // leap year
  CHECK(*Date::from_yyyymmdd(20110801) == Date::parse("2011-08-01"));
}

TEST_CASE("impossible dates are rejected", "[date]") {
  CHECK_FALSE(Date::try_parse("2021-02-29"));
  CHECK(Date::try_parse("2020-02-29"));
  CHECK_FALSE(Date::try_parse("2020-13-01"));
  CHECK_FALSE(Date::try_parse("2020-00-10"));
  CHECK_FALSE(Date::try_parse("20-05-09"));
  CHECK_FALSE(Date::try_parse("2020-5-9x"));
  CHECK_FALSE(Date::try_parse("+020-05-09"));
  CHECK_FALSE(Date::from_yyyymmdd(20201301));
  CHECK_THROWS_AS(Date::parse("yesterday"), entente::Error);
}

TEST_CASE("day counts round-trip over four centuries", "[date]") {
  const Date start = Date::parse("1900-01-01");
  for (int i = 0; i < 146097; i += 7) {
    const Date d = start + i;
    REQUIRE(Date::parse(d.to_string()) == d);
  }
}

TEST_CASE("regression: a YYYYMMDD number past 9999-12-31 is not a date", "[core][fuzz]") {
  // Found by fuzz_dates: the year (v / 10000) was cast to int and wrapped,
  // so 42949693160509 (year 4294969316) became 2020-05-09.
  CHECK_FALSE(Date::from_yyyymmdd(42949693160509));
  CHECK_FALSE(Date::from_yyyymmdd(0x2710000001343c3d)); // the fuzzer's input
  CHECK_FALSE(Date::from_yyyymmdd(100000101));
  CHECK(Date::from_yyyymmdd(99991231) == Date::parse("9999-12-31"));
  CHECK(Date::from_yyyymmdd(20200509) == Date::parse("2020-05-09"));
}
