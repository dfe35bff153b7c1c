// Calendar dates as a day count, so windows compare and subtract cheaply.
//
//   auto d = entente::Date::parse("2020-05-09");   // throws Error if invalid
//   d.to_string() == "2020-05-09"; (d + 1).to_string() == "2020-05-10";
//   entente::Date::from_yyyymmdd(20200509) == d;
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

struct CivilDate {
  int year;
  unsigned month; // 1..12
  unsigned day;   // 1..31
};

class Date {
public:
  constexpr Date() = default;
  static constexpr Date from_days(std::int32_t days) { return Date(days); }
  // Proleptic Gregorian; nullopt if the day does not exist or the year is
  // outside 1..9999.
  static std::optional<Date> from_civil(int year, unsigned month, unsigned day);
  static std::optional<Date> try_parse(std::string_view iso); // "YYYY-MM-DD"
  static Date parse(std::string_view iso);                    // throws Error
  static std::optional<Date> from_yyyymmdd(std::int64_t value);

  constexpr std::int32_t days() const { return days_; } // since 1970-01-01
  CivilDate civil() const;
  std::string to_string() const;
  std::int64_t yyyymmdd() const;

  friend constexpr auto operator<=>(Date, Date) = default;
  friend constexpr Date operator+(Date d, std::int32_t n) { return Date(d.days_ + n); }
  friend constexpr std::int32_t operator-(Date a, Date b) { return a.days_ - b.days_; }

private:
  constexpr explicit Date(std::int32_t days) : days_(days) {}
  std::int32_t days_ = 0;
};

} // namespace entente
