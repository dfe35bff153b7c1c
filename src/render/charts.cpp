#include "entente/render/charts.hpp"

#include "entente/core/error.hpp"
#include "entente/render/style.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace entente {

std::string xml_escape(const std::string &text) { return style::html_escape(text); }

namespace {

std::string num(double x) { return style::fixed(x, 1); }

// Diverging purple–white–orange (ColorBrewer PuOr), safe for colour-blind
// readers: t in [0,1], 0.5 is white.
std::string diverging(double t) {
  static constexpr std::array<std::array<int, 3>, 5> stops = {
      {{{84, 39, 136}}, {{153, 142, 195}}, {{247, 247, 247}}, {{241, 163, 64}}, {{179, 88, 6}}}};
  t = std::clamp(t, 0.0, 1.0) * 4;
  const auto i = std::min<std::size_t>(3, static_cast<std::size_t>(t));
  const double f = t - static_cast<double>(i);
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x",
                static_cast<int>(std::lround(stops[i][0] + f * (stops[i + 1][0] - stops[i][0]))),
                static_cast<int>(std::lround(stops[i][1] + f * (stops[i + 1][1] - stops[i][1]))),
                static_cast<int>(std::lround(stops[i][2] + f * (stops[i + 1][2] - stops[i][2]))));
  return buf;
}

std::string svg_open(double w, double h, const std::string &title) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(w) + "\" height=\"" + num(h) +
         "\" viewBox=\"0 0 " + num(w) + " " + num(h) + "\" font-family=\"" + style::font +
         ", Arial, sans-serif\" role=\"img\">\n<title>" + xml_escape(title) +
         "</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
}

std::string text(double x, double y, const std::string &s, const std::string &extra = "") {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + extra + ">" + xml_escape(s) +
         "</text>\n";
}

} // namespace

std::string heatmap_svg(const Heatmap &h) {
  const std::size_t n = h.labels.size();
  if (h.values.size() != n)
    throw Error("heatmap: values must be " + std::to_string(n) + " rows");
  const double cell = n > 60 ? 8 : (n > 30 ? 12 : 18), margin = 90, top = 130;
  const double w = margin + cell * static_cast<double>(n) + 120;
  const double hgt = top + cell * static_cast<double>(n) + 30;
  std::string svg = svg_open(w, hgt, h.title);
  svg += text(10, 24, h.title, " font-size=\"16\"");
  const std::string font = " font-size=\"" + num(std::min(11.0, cell - 2)) + "\"";
  for (std::size_t i = 0; i < n; ++i) {
    const double y = top + cell * static_cast<double>(i);
    svg += text(margin - 4, y + cell * 0.75, h.labels[i], font + " text-anchor=\"end\"");
    const double x = margin + cell * static_cast<double>(i);
    svg += "<text" + font + " transform=\"translate(" + num(x + cell * 0.7) + "," + num(top - 4) +
           ") rotate(-60)\">" + xml_escape(h.labels[i]) + "</text>\n";
    if (h.values[i].size() != n)
      throw Error("heatmap: row " + std::to_string(i) + " must have " + std::to_string(n) +
                  " values");
    for (std::size_t j = 0; j < n; ++j) {
      const double v = h.values[i][j];
      const std::string fill = std::isnan(v) ? "#ffffff" : diverging((v - h.min) / (h.max - h.min));
      svg += "<rect x=\"" + num(margin + cell * static_cast<double>(j)) + "\" y=\"" + num(y) +
             "\" width=\"" + num(cell) + "\" height=\"" + num(cell) + "\" fill=\"" + fill +
             "\" stroke=\"#dddddd\" stroke-width=\"0.5\"><title>" +
             xml_escape(h.labels[i] + " / " + h.labels[j] + ": " +
                        (std::isnan(v) ? std::string("n/a") : style::fixed(v, 3))) +
             "</title></rect>\n";
    }
  }
  // Lines between groups (blocs) make the block structure visible.
  for (std::size_t i = 1; i < h.group.size() && i < n; ++i)
    if (h.group[i] != h.group[i - 1]) {
      const double p = margin + cell * static_cast<double>(i),
                   q = top + cell * static_cast<double>(i);
      const double end = cell * static_cast<double>(n);
      svg += "<line x1=\"" + num(p) + "\" y1=\"" + num(top) + "\" x2=\"" + num(p) + "\" y2=\"" +
             num(top + end) + "\" stroke=\"#333\" stroke-width=\"1.5\"/>\n";
      svg += "<line x1=\"" + num(margin) + "\" y1=\"" + num(q) + "\" x2=\"" + num(margin + end) +
             "\" y2=\"" + num(q) + "\" stroke=\"#333\" stroke-width=\"1.5\"/>\n";
    }
  // Colour scale.
  const double sx = margin + cell * static_cast<double>(n) + 30;
  for (int k = 0; k <= 20; ++k)
    svg += "<rect x=\"" + num(sx) + "\" y=\"" + num(top + 8.0 * k) +
           "\" width=\"16\" height=\"8\" fill=\"" + diverging(1.0 - k / 20.0) + "\"/>\n";
  svg += text(sx + 20, top + 8, style::fixed(h.max, 2), " font-size=\"10\"");
  svg += text(sx + 20, top + 88, style::fixed((h.max + h.min) / 2, 2), " font-size=\"10\"");
  svg += text(sx + 20, top + 168, style::fixed(h.min, 2), " font-size=\"10\"");
  return svg + "</svg>\n";
}

std::string line_chart_svg(const LineChart &c) {
  static constexpr std::array<const char *, 6> colours = {"#0072B2", "#D55E00", "#009E73",
                                                          "#CC79A7", "#E69F00", "#56B4E9"};
  const double left = 60, right = 160, top = 40, bottom = 70, plot_w = 720, plot_h = 300;
  double lo = 0, hi = 0;
  bool any = false;
  for (const auto &s : c.series)
    for (const auto &v : s.values)
      if (v && std::isfinite(*v)) {
        lo = any ? std::min(lo, *v) : *v, hi = any ? std::max(hi, *v) : *v, any = true;
      }
  if (!any || hi - lo < 1e-9)
    hi = lo + 1;
  const double pad = (hi - lo) * 0.05;
  lo -= pad, hi += pad;
  const std::size_t n = c.x_labels.size();
  const auto x_of = [&](std::size_t i) {
    return left +
           (n <= 1 ? plot_w / 2 : plot_w * static_cast<double>(i) / static_cast<double>(n - 1));
  };
  const auto y_of = [&](double v) { return top + plot_h * (1 - (v - lo) / (hi - lo)); };
  std::string svg = svg_open(left + plot_w + right, top + plot_h + bottom, c.title);
  svg += text(left, 24, c.title, " font-size=\"16\"");
  svg += "<rect x=\"" + num(left) + "\" y=\"" + num(top) + "\" width=\"" + num(plot_w) +
         "\" height=\"" + num(plot_h) + "\" fill=\"none\" stroke=\"#999\"/>\n";
  for (int k = 0; k <= 4; ++k) {
    const double v = lo + (hi - lo) * k / 4.0;
    svg += "<line x1=\"" + num(left) + "\" x2=\"" + num(left + plot_w) + "\" y1=\"" + num(y_of(v)) +
           "\" y2=\"" + num(y_of(v)) + "\" stroke=\"#eee\"/>\n";
    svg += text(left - 6, y_of(v) + 4, style::fixed(v, 2), " font-size=\"10\" text-anchor=\"end\"");
  }
  const std::size_t step = std::max<std::size_t>(1, n / 12);
  for (std::size_t i = 0; i < n; i += step)
    svg += "<text font-size=\"10\" transform=\"translate(" + num(x_of(i)) + "," +
           num(top + plot_h + 14) + ") rotate(40)\">" + xml_escape(c.x_labels[i]) + "</text>\n";
  if (!c.y_label.empty())
    svg += "<text font-size=\"11\" transform=\"translate(14," + num(top + plot_h / 2) +
           ") rotate(-90)\" text-anchor=\"middle\">" + xml_escape(c.y_label) + "</text>\n";
  for (std::size_t s = 0; s < c.series.size(); ++s) {
    const auto &series = c.series[s];
    const std::string colour = colours[s % colours.size()];
    std::string path;
    for (std::size_t i = 0; i < series.values.size() && i < n; ++i) {
      if (!series.values[i] || !std::isfinite(*series.values[i])) {
        path += ' '; // a gap starts a new sub-path
        continue;
      }
      const bool start = path.empty() || path.back() == ' ';
      path += (start ? "M" : "L") + num(x_of(i)) + "," + num(y_of(*series.values[i])) + " ";
      svg += "<circle cx=\"" + num(x_of(i)) + "\" cy=\"" + num(y_of(*series.values[i])) +
             "\" r=\"2.5\" fill=\"" + colour + "\"><title>" +
             xml_escape(series.name + " " + c.x_labels[i] + ": " +
                        style::fixed(*series.values[i], 4)) +
             "</title></circle>\n";
    }
    svg += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\"" +
           (s % 2 ? " stroke-dasharray=\"6 3\"" : "") + "/>\n";
    const double ly = top + 14 + 18.0 * static_cast<double>(s);
    svg += "<line x1=\"" + num(left + plot_w + 12) + "\" x2=\"" + num(left + plot_w + 36) +
           "\" y1=\"" + num(ly) + "\" y2=\"" + num(ly) + "\" stroke=\"" + colour +
           "\" stroke-width=\"2\"" + (s % 2 ? " stroke-dasharray=\"6 3\"" : "") + "/>\n";
    svg += text(left + plot_w + 40, ly + 4, series.name, " font-size=\"11\"");
  }
  return svg + "</svg>\n";
}

} // namespace entente
