// The precise mode (extract --parser link), when this build has it.
#include "coder_support.hpp"
#include "entente/core/error.hpp"
#include "entente/extract/document_stream.hpp"
#include "entente/extract/link_parser.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>

using namespace entente;

TEST_CASE("link parser: subject, object, passive and agent of news sentences") {
  if (!link_parser_available()) {
    // Built without link-grammar: asking for the mode is a usage error.
    CHECK_THROWS_AS(LinkParser(), Error);
    return;
  }
  const LinkParser parser;
  // "France" is the placeholder the coder puts in place of each actor.
  const std::string s = "France urged France to release the detained fishermen.";
  const ParseRoles r = parser.parse(s);
  REQUIRE(r.parsed);
  CHECK(r.nulls == 0);
  const auto urged =
      std::find_if(r.verbs.begin(), r.verbs.end(), [](const VerbRoles &v) { return v.verb == 7; });
  REQUIRE(urged != r.verbs.end());
  CHECK(urged->subject == 0);
  CHECK(urged->object == 13);
  const ParseRoles p = parser.parse("The new border fence was criticized by France.");
  REQUIRE(p.parsed);
  const auto criticized =
      std::find_if(p.verbs.begin(), p.verbs.end(), [](const VerbRoles &v) { return v.verb == 25; });
  REQUIRE(criticized != p.verbs.end());
  CHECK(criticized->passive);
  CHECK(criticized->agent == 39);
}

TEST_CASE("link parser: the precise coder gives the fast coder's answers on clear sentences") {
  if (!link_parser_available()) {
    CHECK_THROWS(Coder::load(test::source_path("datasets/dictionaries"), Parser::link));
    return;
  }
  const Coder precise = Coder::load(test::source_path("datasets/dictionaries"), Parser::link);
  const auto coded = [&](const char *text) {
    std::vector<std::string> out;
    for (const auto &r : code_document({"t", Date::parse("2020-05-09"), text}, precise))
      out.push_back(r.source + ">" + r.target + ":" + r.code);
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(coded("Japan urged China to release the detained fishermen.") == V{"JPN>CHN:0253"});
  CHECK(coded("China was accused by the United States.") == V{"USA>CHN:112"});
  CHECK(coded("Iran denied supplying missiles to Russia.") == V{"IRN>RUS:016"});
  CodingStats stats;
  code_document({"t", Date::parse("2020-05-09"), "Russia accused China. Russia met."}, precise,
                nullptr, &stats);
  CHECK(stats.parsed == 1); // only the sentence with two actors is parsed
}

TEST_CASE("regression: extract counts the sentences the precise mode parsed") {
  // code_stream summed sentences but not parsed sentences, so `extract
  // --parser link` reported "0 parsed" whatever it did.
  if (!link_parser_available())
    return;
  const Coder precise = Coder::load(test::source_path("datasets/dictionaries"), Parser::link);
  test::TempDir dir;
  std::ofstream(dir.file("a.txt")) << "Russia accused China. Russia met.\n";
  const CodingStats stats =
      code_stream({dir.file("a.txt")}, Date::parse("2020-05-09"), precise, 2, [](Relation &&) {});
  CHECK(stats.sentences == 2);
  CHECK(stats.parsed == 1);
}
