// Charts entente draws itself as SVG (no Graphviz, no other runtime): an
// actors × actors heatmap and a line chart over snapshots.
//
//   entente::Heatmap h{"Alignment (kappa)", {"CHN", "RUS", "USA"}, {{1, .2, -.5}, ...}};
//   std::string svg = entente::heatmap_svg(h);
//   entente::LineChart c{"Balance", {"1946", "1947"}, {{"F", {0.7, 0.8}}}};
//   std::string svg2 = entente::line_chart_svg(c);
//
// Every piece of text is XML-escaped; numbers are printed with fixed
// decimals so the same input gives the same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace entente {

struct Heatmap {
  std::string title;
  std::vector<std::string> labels;         // rows and columns, in display order
  std::vector<std::vector<double>> values; // values[i][j], NaN = no value
  double min = -1, max = 1;                // colour scale ends (diverging around the middle)
  std::vector<int> group;                  // optional: bloc per label, lines drawn between groups
};

struct Series {
  std::string name;
  std::vector<std::optional<double>> values; // one per x label; nullopt = gap
};

struct LineChart {
  std::string title;
  std::vector<std::string> x_labels;
  std::vector<Series> series;
  std::string y_label;
};

std::string heatmap_svg(const Heatmap &h);
std::string line_chart_svg(const LineChart &c);

// XML text/attribute escaping for SVG and HTML.
std::string xml_escape(const std::string &text);

} // namespace entente
