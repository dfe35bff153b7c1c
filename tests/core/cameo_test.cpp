#include "entente/core/cameo.hpp"

#include <catch2/catch.hpp>

TEST_CASE("roots come from the first two digits of the code string", "[cameo]") {
  CHECK(entente::cameo_root("042") == 4);
  CHECK(entente::cameo_root("0251") == 2);
  CHECK(entente::cameo_root("190") == 19);
  CHECK(entente::cameo_root("20") == 20);
  CHECK(entente::cameo_root("42") == 0); // no root 42: leading zeros matter
  CHECK(entente::cameo_root("") == 0);
  CHECK(entente::cameo_root("04x") == 0);
}

TEST_CASE("quad classes follow GDELT exports", "[cameo]") {
  CHECK(entente::quad_of_root(1) == 1);
  CHECK(entente::quad_of_root(5) == 1);
  CHECK(entente::quad_of_root(6) == 2);
  CHECK(entente::quad_of_root(9) == 2);
  CHECK(entente::quad_of_root(10) == 3);
  CHECK(entente::quad_of_root(14) == 3);
  CHECK(entente::quad_of_root(15) == 4);
  CHECK(entente::quad_of_root(20) == 4);
  CHECK(entente::quad_of_root(21) == 0);
}

TEST_CASE("the embedded table has GDELT's Goldstein weights", "[cameo]") {
  const auto &t = entente::cameo_table();
  CHECK(t.size() == 311); // datasets/cameo/goldstein.tsv minus its header
  CHECK(*t.goldstein("042") == Approx(1.9));
  CHECK(*t.goldstein("190") == Approx(-10.0));
  CHECK(*t.goldstein("036") == Approx(4.0));
  CHECK_FALSE(t.goldstein("999"));
  CHECK(t.label("042").find("visit") != std::string::npos);
}

TEST_CASE("a malformed CAMEO table is an error naming the line", "[cameo]") {
  CHECK_THROWS_WITH(entente::CameoTable::parse("CODE\tV\n042\tx\n", "CODE\tL\n", "t"),
                    Catch::Contains("t goldstein:2"));
  CHECK_THROWS_WITH(entente::CameoTable::parse("CODE\tV\n042\t11\n", "CODE\tL\n", "t"),
                    Catch::Contains("bad row"));
}
