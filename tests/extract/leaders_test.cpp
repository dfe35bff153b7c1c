// datasets/dictionaries/leaders.tsv: the table's coverage and consistency.
#include "coder_support.hpp"
#include "entente/core/organisation.hpp"
#include "entente/extract/dictionary.hpp"

#include <catch2/catch.hpp>
#include <map>

using namespace entente;

namespace {

const std::vector<LeaderRole> &leaders() { return test::shipped_coder().dictionaries().leaders(); }

bool head(const LeaderRole &r) { return r.role == "HOS" || r.role == "HOG" || r.role == "HOSG"; }

} // namespace

TEST_CASE("leaders: every row names a country or a listed organisation and a real term") {
  REQUIRE(leaders().size() > 400);
  for (const auto &r : leaders()) {
    INFO(r.name << " " << r.code);
    const bool country = country_table().contains(r.code.substr(0, 3));
    CHECK((country || organisation_table().longest_prefix(r.code) != nullptr));
    if (r.from && r.to)
      CHECK(*r.from < *r.to);
  }
}

TEST_CASE("leaders: each G20 country has a head of state or government through 2015-2025") {
  // Acting presidents after an impeachment (South Korea 2016-17 and 2024-25)
  // are not listed, so gaps up to 200 days are allowed.
  const Date start = Date::parse("2015-01-01"), end = Date::parse("2025-11-30");
  for (const char *c : {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN",
                        "MEX", "RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA"}) {
    INFO(c);
    std::vector<std::pair<Date, Date>> terms;
    for (const auto &r : leaders())
      if (head(r) && r.code.substr(0, 3) == c)
        terms.emplace_back(r.from.value_or(Date::parse("1900-01-01")),
                           r.to.value_or(Date::parse("2100-01-01")));
    std::sort(terms.begin(), terms.end());
    REQUIRE_FALSE(terms.empty());
    Date covered = start;
    for (const auto &[from, to] : terms) {
      if (to <= covered)
        continue;
      CHECK(from - covered <= 200);
      covered = std::max(covered, to);
    }
    CHECK(end <= covered);
  }
}

TEST_CASE("leaders: one head of government and one foreign minister at a time") {
  std::map<std::string, std::vector<std::pair<Date, Date>>> terms;
  for (const auto &r : leaders())
    if (r.role == "HOG" || r.role == "HOSG" || r.role == "FM")
      terms[r.code.substr(0, 3) + (r.role == "FM" ? " FM" : " HOG")].emplace_back(
          r.from.value_or(Date::parse("1900-01-01")), r.to.value_or(Date::parse("2100-01-01")));
  for (auto &[key, list] : terms) {
    INFO(key);
    std::sort(list.begin(), list.end());
    for (std::size_t i = 1; i < list.size(); ++i)
      CHECK(list[i - 1].second <= list[i].first);
  }
}

TEST_CASE("leaders: the heads of the UN, NATO and the EU Commission are listed for 2015-2025") {
  const auto holder = [](const std::string &code, const std::string &date) {
    std::string name;
    for (const auto &r : leaders())
      if (r.code == code && r.role == "HEAD" && (!r.from || *r.from <= Date::parse(date)) &&
          (!r.to || Date::parse(date) < *r.to))
        name = r.name;
    return name;
  };
  CHECK(holder("IGOUNO", "2016-06-01") == "ban ki-moon");
  CHECK(holder("IGOUNO", "2024-06-01") == "antonio guterres");
  CHECK(holder("IGOWSTNAT", "2024-06-01") == "jens stoltenberg");
  CHECK(holder("IGOWSTNAT", "2025-06-01") == "mark rutte");
  CHECK(holder("IGOAFRAFU", "2020-06-01") == "moussa faki mahamat");
}
