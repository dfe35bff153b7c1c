// Charts entente draws itself as SVG (no Graphviz): an actors × actors
// heatmap and line charts over snapshots, one or more panels sharing the x
// axis (indices in [-1, 1] above, net scores of chosen dyads below).
// chart_bytes turns them into PNG or PDF through librsvg.
//
//   entente::Heatmap h{"Alignment (kappa)", {"CHN", "RUS"}, {{1, .2}, {.2, 1}}};
//   std::string svg = entente::heatmap_svg(h);
//   entente::LineChart c{"Balance", {"1946", "1947"}, {{"index", {{"F", {0.7, 0.8}}}}}};
//   std::string png = entente::chart_bytes(entente::line_chart_svg(c),
//   entente::PictureFormat::png);
//
// Every piece of text is XML-escaped; numbers are printed with fixed
// decimals so the same input gives the same bytes.
#pragma once

#include "entente/render/picture.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct Heatmap {
  std::string title;
  std::vector<std::string> labels;         // rows and columns, in display order
  std::vector<std::vector<double>> values; // values[i][j], NaN = no value
  double min = -1, max = 1;                // colour scale ends (diverging around the middle)
  std::vector<int> group; // optional: bloc index per label (lines between, colour strip)
};

struct Series {
  std::string name;
  std::vector<std::optional<double>> values; // one per x label; nullopt = gap
};

struct ChartPanel {
  std::string y_label;
  std::vector<Series> series;
};

struct LineChart {
  std::string title;
  std::vector<std::string> x_labels;
  std::vector<ChartPanel> panels; // stacked, each with its own y scale and legend
};

std::string heatmap_svg(const Heatmap &h);
std::string line_chart_svg(const LineChart &c);

// The chart in `format`: SVG as is, PNG (2x pixels) or PDF through librsvg
// and cairo; DOT is a usage error (charts are not graphs).
std::string chart_bytes(const std::string &svg, PictureFormat format);
// Writes the chart atomically, the format from the extension ("-" = SVG on stdout).
void write_chart(const std::string &path, const std::string &svg);

// XML text/attribute escaping for SVG and HTML.
std::string xml_escape(const std::string &text);

} // namespace entente
