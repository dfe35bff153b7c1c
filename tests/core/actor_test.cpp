#include "entente/core/actor.hpp"

#include <catch2/catch.hpp>

using entente::Level;

TEST_CASE("actors fold into their country at country level", "[actor]") {
  CHECK(entente::actor_at_level("USAGOV", Level::country) == "USA");
  CHECK(entente::actor_at_level("RUSMIL", Level::country) == "RUS");
  CHECK(entente::actor_at_level("USAGOV", Level::actor) == "USAGOV");
  CHECK(entente::country_of("IGOUNOAGR") == "IGOUNO");
  CHECK(entente::country_of("NATO") == "NATO");
  CHECK(entente::country_of("EURMIL") == "EUR"); // CAMEO region codes fold too
  CHECK(entente::country_of("Côte d'Ivoire") == "Côte d'Ivoire");
}

TEST_CASE("display names are readable", "[actor]") {
  CHECK(entente::display_name("USA") == "United States");
  CHECK(entente::display_name("RUSMIL") == "Russia (MIL)");
  CHECK(entente::display_name("NATO") == "NATO");
}

TEST_CASE("unusable actor names are explained", "[actor]") {
  CHECK(entente::actor_problem("USA").empty());
  CHECK(entente::actor_problem("Côte d'Ivoire \"Ivory\" {Coast}").empty());
  CHECK(entente::actor_problem("  ") == "empty actor");
  CHECK(entente::actor_problem("a\nb") == "actor name contains a control character");
  CHECK(entente::actor_problem("\xff\xfe") == "actor name is not valid UTF-8");
  CHECK(entente::actor_problem("a\\b").empty());
}

// Regression: the code A\"B was written to DOT as "A\\"B", which Graphviz
// cannot parse; DOT has no spelling for a backslash before a quote.
TEST_CASE("regression: a backslash before a double quote is refused, DOT cannot write it") {
  CHECK(entente::actor_problem("A\\\"B") == "actor name has a backslash before a double quote");
  CHECK(entente::actor_problem("A\\\\B").empty()); // backslashes elsewhere are drawn as they are
  CHECK(entente::actor_problem("A\"B").empty());
}

TEST_CASE("regression: a name ending in a backslash is refused, DOT cannot quote it") {
  // agwrite wrote "x\" and the backslash escaped the closing quote.
  CHECK(entente::actor_problem("x\\") == "actor name ends with a backslash");
  CHECK(entente::actor_problem(std::string(300, 'A')).find("256") != std::string::npos);
}

TEST_CASE("levels parse", "[actor]") {
  CHECK(entente::parse_level("actor") == Level::actor);
  CHECK_THROWS(entente::parse_level("planet"));
}

TEST_CASE("regression: folding a long international code never splits a UTF-8 character") {
  // "IGOAB" + "é" (2 bytes): cutting at 6 bytes would leave half of "é",
  // an invalid name downstream, so the code stays whole.
  CHECK(entente::country_of("IGOAB\xc3\xa9") == "IGOAB\xc3\xa9");
  CHECK(entente::actor_problem(entente::country_of("IGOAB\xc3\xa9xyz")).empty());
  CHECK(entente::country_of("IGOUNO\xc3\xa9") == "IGOUNO"); // the cut falls between characters
  CHECK(entente::country_of("IGOUNO") == "IGOUNO");
}
