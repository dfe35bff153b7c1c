#include "entente/ingest/signed_csv.hpp"
#include "entente/metrics/centrality.hpp"
#include "support/helpers.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <catch2/catch.hpp>
#include <sstream>

using namespace entente;
using detail::SignedNet;

TEST_CASE("PN index of Everett & Borgatti's table 5 network") {
  std::istringstream in(
      test::read_file(test::source_path("datasets/reference/everett_borgatti_2014_table5.csv")));
  std::vector<detail::SignedEdge> edges;
  std::string line;
  for (std::uint32_t i = 0; std::getline(in, line); ++i) {
    std::istringstream row(line);
    std::string cell;
    for (std::uint32_t j = 0; std::getline(row, cell, ','); ++j)
      if (j > i && std::stoi(cell) != 0)
        edges.push_back({i, j, static_cast<double>(std::stoi(cell))});
  }
  std::vector<std::string> names;
  for (int i = 0; i < 10; ++i) {
    std::string name = "n";
    name += std::to_string(i);
    names.push_back(name);
  }
  const auto net = SignedNet::build(names, edges);
  const auto pn = pn_index(net);
  const double want[10] = {0.9009747, 0.8613482, 0.9076997, 0.8613482, 0.8410658,
                           0.8496558, 0.8617321, 0.9015909, 0.8509848, 0.9072930};
  REQUIRE(pn.size() == 10);
  for (std::size_t i = 0; i < 10; ++i)
    CHECK(pn[i] == Approx(want[i]).margin(1e-6));
}

TEST_CASE("betweenness with length 1/|w| matches Boost's Brandes") {
  const auto s = load_signed_csv(test::source_path("datasets/signed/cow/cow_60-63_edges.csv"),
                                 test::source_path("datasets/signed/cow/cow_60-63_vertices.csv"));
  auto net = SignedNet::from(s.graph);
  // Varied weights, so that lengths differ.
  std::vector<detail::SignedEdge> edges = net.edges;
  for (std::size_t i = 0; i < edges.size(); ++i)
    edges[i].w *= 1.0 + static_cast<double>(i % 7);
  net = SignedNet::build(net.names, edges);
  const auto mine = betweenness(net);

  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                  boost::property<boost::edge_weight_t, double>>;
  G g(net.size());
  for (const auto &e : net.edges)
    boost::add_edge(e.u, e.v, 1.0 / std::abs(e.w), g);
  std::vector<double> bc(net.size());
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(
             boost::make_iterator_property_map(bc.begin(), boost::get(boost::vertex_index, g)))
             .weight_map(boost::get(boost::edge_weight, g)));
  const double n = static_cast<double>(net.size());
  double largest = 0;
  for (std::size_t v = 0; v < net.size(); ++v) {
    CHECK(mine[v] == Approx(bc[v] * 2 / ((n - 1) * (n - 2))).margin(1e-9));
    largest = std::max(largest, mine[v]);
  }
  CHECK(largest > 0.01);
}

TEST_CASE("PageRank sums to one and follows positive ties only") {
  // a-b, b-c positive; c-d negative: d is dangling in the positive part.
  const auto net = SignedNet::build({"a", "b", "c", "d"}, {{0, 1, 2}, {1, 2, 1}, {2, 3, -3}});
  const auto pos = pagerank(net, true), neg = pagerank(net, false);
  CHECK(pos[0] + pos[1] + pos[2] + pos[3] == Approx(1.0).margin(1e-9));
  CHECK(pos[1] > pos[0]);
  CHECK(pos[3] < pos[2]);
  CHECK(neg[3] == Approx(neg[2]).margin(1e-9)); // only c-d is hostile
  CHECK(neg[0] < neg[3]);
  const auto c = centrality(net);
  CHECK(c.actors[2].pos_degree == 1);
  CHECK(c.actors[2].neg_degree == 1);
  CHECK(c.actors[2].net_degree == 0);
  CHECK(c.actors[2].strength == 4.0);
}
