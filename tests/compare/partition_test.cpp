#include "entente/compare/partition.hpp"
#include "entente/core/error.hpp"

#include <catch2/catch.hpp>
#include <cmath>

using entente::adjusted_rand_index;
using entente::match_blocs;
using entente::variation_of_information;

TEST_CASE("adjusted Rand index against a hand count", "[partition]") {
  // x = {0,0,0,1,1,1}, y = {0,0,1,1,2,2}. Contingency cells 2,1,1,2, so
  // index = C(2,2) + C(2,2) = 2; rows 3,3 -> sum C = 6; columns 2,2,2 -> 3;
  // C(6,2) = 15, expected = 6*3/15 = 1.2, max = (6+3)/2 = 4.5;
  // ARI = (2 - 1.2) / (4.5 - 1.2) = 8/33.
  const std::vector<int> x{0, 0, 0, 1, 1, 1}, y{0, 0, 1, 1, 2, 2};
  CHECK(adjusted_rand_index(x, y) == Approx(8.0 / 33.0));
  CHECK(adjusted_rand_index(y, x) == Approx(8.0 / 33.0));
}

TEST_CASE("variation of information against a hand count", "[partition]") {
  // Same partitions: H(X) = ln 2, H(Y) = ln 3, I(X;Y) = 2 * (1/3) ln 2 (the
  // two cells of 2 actors; the cells of 1 are independent), so
  // VI = ln 2 + ln 3 - 2 * (2/3) ln 2 = ln 3 - (1/3) ln 2 = 0.867563.
  const std::vector<int> x{0, 0, 0, 1, 1, 1}, y{0, 0, 1, 1, 2, 2};
  CHECK(variation_of_information(x, y) == Approx(std::log(3.0) - std::log(2.0) / 3));
  CHECK(variation_of_information(x, y) == Approx(0.867563).epsilon(1e-6));
}

TEST_CASE("relabelled and degenerate partitions", "[partition]") {
  CHECK(adjusted_rand_index({0, 0, 1, 1}, {1, 1, 0, 0}) == 1.0);
  CHECK(variation_of_information({0, 0, 1, 1}, {1, 1, 0, 0}) == 0.0);
  // All in one bloc on both sides: undefined ratio, equal partitions -> 1.
  CHECK(adjusted_rand_index({0, 0, 0}, {5, 5, 5}) == 1.0);
  // One bloc vs all singletons: index 0, expected 0, max 1.5 -> 0;
  // VI = H(Y) = ln 3.
  CHECK(adjusted_rand_index({0, 0, 0}, {0, 1, 2}) == 0.0);
  CHECK(variation_of_information({0, 0, 0}, {0, 1, 2}) == Approx(std::log(3.0)));
  CHECK(adjusted_rand_index({}, {}) == 1.0);
  CHECK_THROWS_AS(adjusted_rand_index({0}, {0, 1}), entente::Error);
}

TEST_CASE("each later bloc maps to the earlier bloc it overlaps most", "[partition]") {
  // after 7 = actors 0,1 (both in before 0); after 3 = actors 2,3,4 (one in
  // before 0, two in before 1).
  const auto m = match_blocs({0, 0, 0, 1, 1}, {7, 7, 3, 3, 3});
  CHECK(m == std::map<int, int>{{3, 1}, {7, 0}});
  // A tie goes to the smaller earlier id.
  CHECK(match_blocs({1, 0}, {5, 5}) == std::map<int, int>{{5, 0}});
}
