#include "entente/core/actor.hpp"
#include "entente/core/organisation.hpp"

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

TEST_CASE("organisations are nodes of their own at country level", "[actor]") {
  using entente::fold_actor;
  using entente::FoldPolicy;
  CHECK(entente::actor_at_level("IGOWSTNAT", Level::country) == "IGOWSTNAT");
  CHECK(entente::actor_at_level("IGOWSTNATMIL", Level::country) == "IGOWSTNAT");
  // OPEC and the IMF share the six-letter prefix IGOBUS; the table keeps them apart.
  CHECK(entente::actor_at_level("IGOBUSOPC", Level::country) == "IGOBUSOPC");
  CHECK(entente::actor_at_level("IGOBUSIMF", Level::country) == "IGOBUSIMF");
  // Unlisted sub-codes fold to the longest listed code.
  CHECK(entente::actor_at_level("IGOUNOHRIHCH", Level::country) == "IGOUNO");
  // Groups fold into their country unless kept; a group without one stays.
  CHECK(fold_actor("PSEREBHMS", FoldPolicy{Level::country}) == "PSE");
  CHECK(fold_actor("PSEREBHMS", FoldPolicy{Level::country, entente::Groups::keep}) == "PSEREBHMS");
  CHECK(fold_actor("IMGMUSISI", FoldPolicy{Level::country}) == "IMGMUSISI");
  CHECK(fold_actor("PSEREBHMS", FoldPolicy{Level::actor}) == "PSEREBHMS");
}

TEST_CASE("regions are left out unless asked for", "[actor]") {
  using entente::fold_actor;
  using entente::FoldPolicy;
  CHECK(fold_actor("EUR", FoldPolicy{Level::country}).empty());
  CHECK(fold_actor("WSTMIL", FoldPolicy{Level::actor}).empty());
  CHECK(fold_actor("WSTMIL", FoldPolicy{Level::country, entente::Groups::fold, true}) == "WST");
  CHECK(fold_actor("WSTMIL", FoldPolicy{Level::actor, entente::Groups::fold, true}) == "WSTMIL");
  // NATO's code starts with IGO, not with the region WST.
  CHECK(entente::is_region("WST"));
  CHECK_FALSE(entente::is_region("IGOWSTNAT"));
  CHECK_FALSE(entente::is_region("USA"));
}

TEST_CASE("organisations and groups have readable names", "[actor]") {
  CHECK(entente::display_name("IGOWSTNAT") == "NATO");
  CHECK(entente::display_name("IGOEUREEC") == "European Union");
  CHECK(entente::display_name("IGOUNO") == "United Nations");
  CHECK(entente::display_name("PSEREBHMS") == "Hamas");
  CHECK(entente::display_name("IGOUNOHRIHCH") == "United Nations (HRIHCH)");
  CHECK(entente::display_name("WST") == "the West");
  CHECK(entente::parse_groups("keep") == entente::Groups::keep);
  CHECK_THROWS(entente::parse_groups("merge"));
}

TEST_CASE("the organisation table refuses malformed rows", "[actor]") {
  using entente::OrganisationTable;
  CHECK_THROWS_WITH(OrganisationTable::parse("code\tname\tkind\nIGOX\tX\tclub\n", "o.tsv"),
                    Catch::Matchers::Contains("o.tsv:2"));
  CHECK_THROWS(OrganisationTable::parse("code\tname\tkind\nEURO\tEurope\tregion\n", "o.tsv"));
  CHECK_THROWS(OrganisationTable::parse("code\tname\tkind\nIGOA\tA\tigo\nIGOA\tB\tigo\n", "o.tsv"));
  CHECK(entente::organisation_table().size() > 80);
}
