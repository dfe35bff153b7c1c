#include "entente/render/charts.hpp"
#include "entente/render/report.hpp"

#include <catch2/catch.hpp>
#include <cmath>

TEST_CASE("heatmap cells carry their values and labels are escaped", "[charts]") {
  entente::Heatmap h{
      "Alignment <kappa>", {"USA", "R&D \"x\""}, {{1, -0.5}, {-0.5, NAN}}, -1, 1, {0, 1}};
  const auto svg = entente::heatmap_svg(h);
  CHECK(svg.find("Alignment &lt;kappa&gt;") != std::string::npos);
  CHECK(svg.find("R&amp;D &quot;x&quot;") != std::string::npos);
  CHECK(svg.find("USA / R&amp;D &quot;x&quot;: -0.500") != std::string::npos);
  CHECK(svg.find("n/a") != std::string::npos);
  CHECK(svg.find("<script") == std::string::npos);
  h.values.pop_back();
  CHECK_THROWS(entente::heatmap_svg(h));
}

TEST_CASE("line charts draw each series with gaps", "[charts]") {
  entente::LineChart c{"Balance",
                       {"1946", "1947", "1948"},
                       {{"F", {0.5, std::nullopt, 0.75}}, {"T", {1, 0.9, 0.8}}},
                       ""};
  const auto svg = entente::line_chart_svg(c);
  CHECK(svg.find("F 1948: 0.7500") != std::string::npos);
  CHECK(svg.find("F 1947") == std::string::npos);           // the gap has no point
  CHECK(svg.find("stroke-dasharray") != std::string::npos); // second series dashed
  CHECK(entente::line_chart_svg(c) == svg);                 // deterministic
}

TEST_CASE("base64 and the report page", "[report]") {
  CHECK(entente::base64("") == "");
  CHECK(entente::base64("f") == "Zg==");
  CHECK(entente::base64("fo") == "Zm8=");
  CHECK(entente::base64("foo") == "Zm9v");
  CHECK(entente::base64("foobar") == "Zm9vYmFy");
  entente::Report r{
      "Report <1>",
      "sub",
      {{"Table", entente::html_table({"pair"}, {{"<script>alert(1)</script>"}, {"1.5"}})}}};
  const auto html = entente::report_html(r);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<td class=\"num\">1.5</td>") != std::string::npos);
  CHECK(html.find("Content-Security-Policy") != std::string::npos);
  CHECK(entente::html_figure(std::string("\x89PNG\r\n\x1a\nxx", 10), "c")
            .find("data:image/png;base64,") != std::string::npos);
}
