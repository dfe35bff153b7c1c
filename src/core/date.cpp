#include "entente/core/date.hpp"

#include "entente/core/error.hpp"

#include <charconv>
#include <cstdio>

namespace entente {
namespace {

// Days from civil and back: the standard era-based algorithm (400-year
// cycles of 146097 days), exact over the whole proleptic Gregorian range.
std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(int y, unsigned m) {
  static constexpr unsigned table[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : table[m - 1];
}

template <typename T> bool parse_digits(std::string_view s, T &out) {
  if (s.empty())
    return false;
  for (char c : s)
    if (c < '0' || c > '9')
      return false;
  return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc();
}

} // namespace

std::optional<Date> Date::from_civil(int year, unsigned month, unsigned day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > days_in_month(year, month))
    return std::nullopt;
  return Date(days_from_civil(year, month, day));
}

std::optional<Date> Date::try_parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-')
    return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  if (!parse_digits(s.substr(0, 4), y) || !parse_digits(s.substr(5, 2), m) ||
      !parse_digits(s.substr(8, 2), d))
    return std::nullopt;
  return from_civil(y, m, d);
}

Date Date::parse(std::string_view s) {
  if (auto d = try_parse(s))
    return *d;
  throw Error("invalid date '" + std::string(s) + "' (expected YYYY-MM-DD)");
}

std::optional<Date> Date::from_yyyymmdd(std::int64_t v) {
  // Beyond 9999-12-31 the year would not fit an int and wrap around
  // (42949693160509 was read as 2020-05-09).
  if (v < 0 || v > 99991231)
    return std::nullopt;
  return from_civil(static_cast<int>(v / 10000), static_cast<unsigned>(v / 100 % 100),
                    static_cast<unsigned>(v % 100));
}

CivilDate Date::civil() const {
  const int z = days_ + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(yoe) + era * 400 + (m <= 2), m, d};
}

std::string Date::to_string() const {
  const CivilDate c = civil();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
  return buf;
}

std::int64_t Date::yyyymmdd() const {
  const CivilDate c = civil();
  return std::int64_t{c.year} * 10000 + c.month * 100 + c.day;
}

} // namespace entente
