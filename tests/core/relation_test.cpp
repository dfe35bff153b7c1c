#include "entente/core/error.hpp"
#include "entente/core/relation.hpp"
#include "entente/core/text.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using entente::Relation;
using nlohmann::json;

TEST_CASE("make_relation derives root, quad and Goldstein from the code", "[relation]") {
  const Relation r =
      entente::make_relation(entente::Date::parse("2020-05-09"), "USA", "RUS", "036");
  CHECK(r.root == 3);
  CHECK(r.quad == 1);
  CHECK(r.goldstein == Approx(4.0));
  CHECK_THROWS_AS(entente::make_relation({}, "USA", "RUS", "999"), entente::Error);
}

TEST_CASE("relations survive a JSON round trip", "[relation]") {
  Relation r =
      entente::make_relation(entente::Date::parse("2020-05-09"), "USAGOV", "CHN", "112", 3);
  r.provenance = {"article-1", 4, "accusing China"};
  const json j = r;
  CHECK(j.at("code") == "112"); // a string: leading zeros kept
  CHECK(j.at("quad") == 3);
  CHECK(j.get<Relation>() == r);
}

TEST_CASE("missing fields are derived, inconsistent ones rejected", "[relation]") {
  auto parse = [](const char *text) { return json::parse(text).get<Relation>(); };
  const Relation r = parse(R"({"date":"2011-08-01","source":"GEO","target":"RUS","code":"0251"})");
  CHECK(r.root == 2);
  CHECK(r.quad == 1);
  CHECK(r.weight == 1);
  CHECK_THROWS_WITH(parse(R"({"source":"A","target":"B","code":"042"})"),
                    Catch::Contains("missing field \"date\""));
  CHECK_THROWS_WITH(
      parse(R"({"date":"2011-08-01","source":"A","target":"B","code":"042","root":5})"),
      Catch::Contains("root 5 does not match"));
  CHECK_THROWS_WITH(parse(R"({"date":"2011-08-01","source":"A","target":"B","code":"999"})"),
                    Catch::Contains("unknown CAMEO code"));
  CHECK_THROWS_WITH(
      parse(R"({"date":"2011-08-01","source":"A","target":"B","code":"042","weight":-1})"),
      Catch::Contains("weight"));
  CHECK_THROWS_WITH(parse(R"({"date":"2011-02-30","source":"A","target":"B","code":"042"})"),
                    Catch::Contains("invalid date"));
  // An edge without a CAMEO code needs its own score.
  const Relation e = parse(R"({"date":"2011-08-01","source":"A","target":"B","goldstein":-3})");
  CHECK(e.code.empty());
  CHECK(e.quad == 0);
}

TEST_CASE("round6 gives one spelling for sums taken in different orders", "[relation]") {
  CHECK(entente::round6(0.1 + 0.2) == entente::round6(0.3));
  CHECK(json(entente::round6(-0.0000001)).dump() == "0.0");
}

TEST_CASE("text helpers", "[text]") {
  using entente::detail::split;
  CHECK(split("a\tb\t", '\t') == std::vector<std::string_view>{"a", "b", ""});
  CHECK(entente::detail::trim(" \tx \r\n") == "x");
  CHECK(entente::detail::valid_utf8("Côte"));
  CHECK_FALSE(entente::detail::valid_utf8("\xc3"));         // truncated
  CHECK_FALSE(entente::detail::valid_utf8("\xc0\xaf"));     // overlong
  CHECK_FALSE(entente::detail::valid_utf8("\xed\xa0\x80")); // surrogate
}
