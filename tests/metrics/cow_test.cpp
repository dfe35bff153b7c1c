#include "entente/ingest/signed_csv.hpp"
#include "entente/metrics/balance.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace entente;

TEST_CASE("CoW windows: all 51 load and get an exact frustration index") {
  std::vector<std::string> files;
  for (const auto &e :
       std::filesystem::directory_iterator(test::source_path("datasets/signed/cow")))
    if (e.path().string().ends_with("_edges.csv"))
      files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() == 51);
  for (const auto &file : files) {
    const auto s = load_signed_csv(file, vertices_beside(file));
    const auto net = detail::SignedNet::from(s.graph);
    const auto f = frustration(net);
    INFO(file);
    CHECK(f.exact);
    CHECK(f.lower == f.L);
    CHECK(frustrated_count(net, f.camp) == f.L);
    // The local search alone never beats the proven optimum.
    CHECK(frustrated_count(net, frustration_local_search(net, 8, 7)) >= f.L);
  }
}
