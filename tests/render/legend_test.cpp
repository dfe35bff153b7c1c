#include "entente/ingest/signed_csv.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/render/legend.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/plan_parts.hpp"
#include "entente/render/views.hpp"
#include "metrics/tribes.hpp"

#include <catch2/catch.hpp>
#include <regex>

// Regression: metrics numbered blocs from 0, pictures and the report from 1,
// swing-actor reasons from 0 again.
TEST_CASE("blocs have one numbering in metrics, their text and the legend", "[legend]") {
  const auto s = entente::test::tribes_snapshot();
  const auto &blocs = s.metrics.blocs.value().modularity.blocs;
  REQUIRE(blocs.size() == 3);
  const auto plan = entente::plan_snapshot(s, entente::styled_picture(s));
  REQUIRE(plan.blocs.size() == 3);
  const auto legend = entente::legend_html(plan);
  const auto table = entente::metrics_table(s.metrics, 16);
  for (std::size_t b = 0; b < blocs.size(); ++b) {
    const std::string number = "bloc " + std::to_string(b + 1);
    // The legend names bloc b + 1 by members of blocs[b] ...
    CHECK(plan.blocs[b].name.rfind(number + ": ", 0) == 0);
    const auto first = plan.blocs[b].name.substr(number.size() + 2, 3);
    bool member = false;
    for (const auto &c : blocs[b])
      member |= c.rfind(first, 0) == 0;
    CHECK(member);
    CHECK(legend.find(number + ": ") != std::string::npos);
    // ... and the metrics table lists blocs[b] under the same number.
    CHECK(table.find("  " + number + " (" + std::to_string(blocs[b].size()) +
                     "): " + blocs[b][0]) != std::string::npos);
  }
  CHECK(table.find("bloc 0") == std::string::npos);
  // Swing reasons name blocs by the same numbers: 1 to k.
  const std::regex number(R"(\d+)");
  for (const auto &swing : s.metrics.blocs->swing) {
    const auto &reason = swing.reason;
    for (auto it = std::sregex_iterator(reason.begin(), reason.end(), number);
         it != std::sregex_iterator(); ++it) {
      const int n = std::stoi(it->str());
      CHECK(n >= 1);
      CHECK(n <= 3);
    }
  }
}

TEST_CASE("the legend names blocs by their strongest members, the rest in grey", "[legend]") {
  entente::detail::Strengths strength = {{"USA", 100}, {"GBR", 80}, {"FRA", 70}, {"DEU", 10}};
  CHECK(entente::detail::bloc_name({"DEU", "FRA", "GBR", "USA"}, strength) == "USA, GBR, FRA +1");
  CHECK(entente::detail::bloc_name({"DEU"}, strength) == "DEU");
  // Nine blocs: six coloured, three together in grey.
  auto s = entente::test::tribes_snapshot();
  auto o = entente::styled_picture(s);
  int b = 0;
  for (auto &[code, bloc] : o.bloc)
    bloc = b++ % 9;
  const auto plan = entente::plan_snapshot(s, o);
  CHECK(plan.blocs.size() == 6);
  CHECK(plan.other_blocs.rfind("grey: 3 smaller blocs (", 0) == 0);
  CHECK(entente::legend_html(plan).find("grey: 3 smaller blocs") != std::string::npos);
}
