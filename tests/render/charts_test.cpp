#include "entente/core/error.hpp"
#include "entente/render/charts.hpp"
#include "entente/render/report.hpp"

#include <algorithm>
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

namespace {
// Two series over four windows; F has a gap in the second.
entente::LineChart balance_chart() {
  return {"Balance",
          {"1946", "1947", "1948", "1949"},
          {{"index", {{"F", {0.5, std::nullopt, 0.75, 0.8}}, {"T", {1, 0.9, 0.8, 0.7}}}}}};
}
} // namespace

TEST_CASE("line charts draw each series with gaps", "[charts]") {
  const auto c = balance_chart();
  const auto svg = entente::line_chart_svg(c);
  CHECK(svg.find("F 1948: 0.7500") != std::string::npos);
  CHECK(svg.find("F 1947") == std::string::npos);           // the gap has no point
  CHECK(svg.find("stroke-dasharray") != std::string::npos); // second series dashed
  CHECK(entente::line_chart_svg(c) == svg);                 // deterministic
}

// Regression: every point began a new sub-path ("M x,y M x,y ..."), so no
// line was ever drawn.
TEST_CASE("line charts draw segments between points, and restart after a gap", "[charts]") {
  const auto svg = entente::line_chart_svg(balance_chart());
  std::vector<std::string> paths;
  for (auto at = svg.find("<path d=\""); at != std::string::npos;
       at = svg.find("<path d=\"", at + 1))
    paths.push_back(svg.substr(at + 9, svg.find('"', at + 9) - at - 9));
  REQUIRE(paths.size() == 2);
  // F: a lone first point, then a gap, then a segment: "M.. M.. L..".
  CHECK(std::count(paths[0].begin(), paths[0].end(), 'M') == 2);
  CHECK(std::count(paths[0].begin(), paths[0].end(), 'L') == 1);
  // T: one line through four points.
  CHECK(std::count(paths[1].begin(), paths[1].end(), 'M') == 1);
  CHECK(std::count(paths[1].begin(), paths[1].end(), 'L') == 3);
}

TEST_CASE("a second panel plots the chosen dyads and legends fit", "[charts]") {
  const std::string long_name = "net United States of America:Russian Federation";
  entente::LineChart c{"Timeline",
                       {"2020-01-01", "2020-01-08"},
                       {{"index", {{"triangle balance", {0.5, 0.6}}}},
                        {"net Goldstein", {{long_name, {-120, 340}}, {"net CHN:RUS", {10, 12}}}}}};
  const auto svg = entente::line_chart_svg(c);
  CHECK(svg.find(long_name + " 2020-01-08: 340.0000") != std::string::npos);
  CHECK(svg.find(">net Goldstein</text>") != std::string::npos);
  // The legend text starts inside the picture and its estimated width ends
  // inside it too.
  const auto at = svg.find(">" + long_name + "</text>");
  REQUIRE(at != std::string::npos);
  const auto x_at = svg.rfind("<text x=\"", at);
  const double x = std::stod(svg.substr(x_at + 9));
  const auto w_at = svg.find("width=\"");
  const double width = std::stod(svg.substr(w_at + 7));
  CHECK(x + static_cast<double>(long_name.size()) * 11 * 0.62 <= width);
}

TEST_CASE("charts are written as real PNG and PDF, and refuse DOT", "[charts]") {
  entente::LineChart c{"Balance", {"a", "b"}, {{"index", {{"F", {0.1, 0.2}}}}}};
  const auto svg = entente::line_chart_svg(c);
  const auto png = entente::chart_bytes(svg, entente::PictureFormat::png);
  CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  CHECK(entente::chart_bytes(svg, entente::PictureFormat::pdf).rfind("%PDF", 0) == 0);
  CHECK(entente::chart_bytes(svg, entente::PictureFormat::svg) == svg);
  try {
    (void)entente::chart_bytes(svg, entente::PictureFormat::dot);
    FAIL("DOT accepted for a chart");
  } catch (const entente::Error &e) {
    CHECK(e.exit_code() == entente::ExitCode::usage);
  }
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
