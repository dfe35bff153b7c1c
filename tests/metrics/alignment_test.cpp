#include "entente/ingest/signed_csv.hpp"
#include "entente/metrics/alignment.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

using namespace entente;

namespace {

struct Portfolios {
  std::vector<int> gmy, rus;
  std::vector<double> syscap;
};

// datasets/reference/gmyrus14.csv: state,syscap,gmy,rus
Portfolios gmyrus14() {
  std::istringstream in(test::read_file(test::source_path("datasets/reference/gmyrus14.csv")));
  Portfolios p;
  std::string line;
  std::getline(in, line);
  REQUIRE(line == "state,syscap,gmy,rus");
  while (std::getline(in, line)) {
    std::istringstream row(line);
    std::string state, cap, g, r;
    std::getline(row, state, ',');
    std::getline(row, cap, ',');
    std::getline(row, g, ',');
    std::getline(row, r, ',');
    p.syscap.push_back(std::stod(cap));
    p.gmy.push_back(std::stoi(g));
    p.rus.push_back(std::stoi(r));
  }
  REQUIRE(p.gmy.size() == 20);
  return p;
}

} // namespace

TEST_CASE("Germany vs Russia 1914: S, kappa, pi and tau-b reproduce the references") {
  const auto p = gmyrus14();
  CHECK(s_score(p.gmy, p.rus, 3) == Approx(0.4).margin(1e-6));
  CHECK(s_score(p.gmy, p.rus, 3, true) == Approx(0.4444444).margin(1e-6));
  CHECK(s_score(p.gmy, p.rus, 3, false, p.syscap) == Approx(-0.46).margin(1e-6));
  CHECK(kappa_quadratic(p.gmy, p.rus, 4) == Approx(-0.07758621).margin(1e-6));
  CHECK(scott_pi(p.gmy, p.rus, 4) == Approx(-0.04477612).margin(1e-6));
  CHECK(kendall_tau_b(p.gmy, p.rus) == Approx(0.03031695).margin(1e-6));
}

TEST_CASE("agreement measures: identical profiles agree fully, bad input throws") {
  const std::vector<int> x{0, 1, 2, 3, 4, 2};
  CHECK(s_score(x, x, 4) == 1.0);
  CHECK(kappa_quadratic(x, x, 5) == Approx(1.0));
  CHECK(scott_pi(x, x, 5) == Approx(1.0));
  CHECK(s_score({0, 0}, {4, 4}, 4) == -1.0);
  CHECK_THROWS(s_score({1}, {1, 2}, 3));
  CHECK_THROWS(kappa_quadratic({5}, {1}, 4));
}

TEST_CASE("stance profiles from a signed graph use the fixed 0..4 scale") {
  const auto s = load_signed_csv(test::source_path("datasets/signed/tribes_edges.csv"),
                                 test::source_path("datasets/signed/tribes_vertices.csv"));
  const auto p = stance_profile(s.graph, "Gama");
  REQUIRE(p.size() == 16);
  // Alphabetical: Alika Asaro Gahuk Gama Gavev Geham Kohik Kotun Masil Nagad ...
  CHECK(p[3] == 4); // itself
  CHECK(p[4] == 4); // Gavev, positive tie
  CHECK(p[0] == 2); // Alika, no tie
  CHECK(p[1] == 0); // Asaro, negative tie
  const auto a = align(s.graph, "Gama", "Gavev");
  const auto b = align(s.graph, "Gama", "Asaro");
  CHECK(a.s_abs > b.s_abs); // allies stand closer than enemies
  CHECK(a.kappa > b.kappa);
  CHECK_THROWS(align(s.graph, "Gama", "Nobody"));
  const auto m = align_all(s.graph);
  CHECK(m.s_abs[3][4] == Approx(a.s_abs).margin(1e-6));
}

TEST_CASE("Kendall's tau-b from the table of levels equals the pairwise definition") {
  // The pairwise definition, written out independently of the library.
  const auto by_pairs = [](const std::vector<int> &x, const std::vector<int> &y) {
    double c = 0, d = 0, tx = 0, ty = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
      for (std::size_t j = i + 1; j < x.size(); ++j) {
        const long p = static_cast<long>(x[i] - x[j]) * (y[i] - y[j]);
        if (x[i] == x[j] && y[i] != y[j])
          ++tx;
        else if (y[i] == y[j] && x[i] != x[j])
          ++ty;
        else if (p > 0)
          ++c;
        else if (p < 0)
          ++d;
      }
    return (c - d) / std::sqrt((c + d + tx) * (c + d + ty));
  };
  unsigned seed = 7;
  const auto next = [&seed](int mod) {
    seed = seed * 1103515245u + 12345u;
    return static_cast<int>((seed >> 16) % static_cast<unsigned>(mod));
  };
  for (int levels : {2, 4, 9, 200}) { // 200 distinct values take the pairwise path
    std::vector<int> x(300), y(300);
    for (std::size_t i = 0; i < x.size(); ++i) {
      x[i] = next(levels);
      y[i] = (x[i] + next(3)) % levels;
    }
    CHECK(kendall_tau_b(x, y) == Approx(by_pairs(x, y)).margin(1e-12));
  }
}
