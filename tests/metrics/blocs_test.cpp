#include "entente/ingest/signed_csv.hpp"
#include "entente/metrics/blocs.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace entente;
using detail::SignedNet;

namespace {

SignedNet tribes() {
  const auto s = load_signed_csv(test::source_path("datasets/signed/tribes_edges.csv"),
                                 test::source_path("datasets/signed/tribes_vertices.csv"));
  return SignedNet::from(s.graph);
}

std::set<std::set<std::string>> groups(const SignedNet &net, const std::vector<int> &bloc) {
  std::map<int, std::set<std::string>> by;
  for (std::size_t v = 0; v < net.size(); ++v)
    by[bloc[v]].insert(net.names[v]);
  std::set<std::set<std::string>> out;
  for (auto &[b, g] : by)
    out.insert(g);
  return out;
}

const std::set<std::set<std::string>> published{
    {"Gavev", "Kotun", "Nagad", "Gama"},
    {"Ove", "Alika", "Gahuk", "Masil", "Ukudz", "Geham", "Asaro"},
    {"Nagam", "Notoh", "Kohik", "Uheto", "Seuve"}};

} // namespace

TEST_CASE("tribes: signed modularity blocs are the published three") {
  const auto net = tribes();
  const auto b = blocs(net);
  CHECK(groups(net, b.modularity_bloc) == published);
  CHECK(b.modularity > 0);
}

TEST_CASE("tribes: Doreian-Mrvar blocs (k = 3) are the published three") {
  const auto net = tribes();
  const auto b = blocs(net);
  CHECK(b.dm_k == 3);
  CHECK(groups(net, b.dm_bloc) == published);
  // Also from random starts alone.
  const auto dm = doreian_mrvar(net, 3, 0.5, 50, 3, {});
  CHECK(groups(net, dm) == published);
}

TEST_CASE("swing actors: ties into two blocs, or both signs into one") {
  // Blocs {a,b} and {c,d}; e is tied positively to both; f has + and - to c/d.
  const auto net = SignedNet::build({"a", "b", "c", "d", "e", "f"}, {{0, 1, 3},
                                                                     {2, 3, 3},
                                                                     {0, 2, -1},
                                                                     {1, 3, -1},
                                                                     {4, 0, 0.5},
                                                                     {4, 2, 0.5},
                                                                     {5, 2, 1},
                                                                     {5, 3, -1}});
  const std::vector<int> bloc{0, 0, 1, 1, 2, 1};
  const auto s = swing_actors(net, bloc, 0.25);
  std::set<std::string> codes;
  for (const auto &x : s)
    codes.insert(x.code);
  CHECK(codes.count("e") == 1);
  CHECK(codes.count("f") == 1);
  CHECK(codes.count("a") == 0); // e's tie is under a quarter of a's positive strength
  CHECK(codes.count("b") == 0);
}
