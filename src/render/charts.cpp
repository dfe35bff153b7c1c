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

std::string line(double x1, double y1, double x2, double y2, const std::string &extra) {
  return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" +
         num(y2) + "\" " + extra + "/>\n";
}

// Width of `s` at `size` px in a sans-serif face, generously: legends and
// margins are sized from it so that no text is cut.
double text_width(const std::string &s, double size) {
  std::size_t chars = 0;
  for (unsigned char c : s)
    chars += (c & 0xC0) != 0x80; // count UTF-8 characters, not bytes
  return static_cast<double>(chars) * size * 0.62;
}

} // namespace

std::string heatmap_svg(const Heatmap &h) {
  const std::size_t n = h.labels.size();
  if (h.values.size() != n)
    throw Error("heatmap: values must be " + std::to_string(n) + " rows");
  const double cell = n > 60 ? 8 : (n > 30 ? 12 : 18);
  const double font = std::min(11.0, cell - 1);
  double longest = 0;
  for (const auto &l : h.labels)
    longest = std::max(longest, text_width(l, font));
  const bool strip = h.group.size() == n;
  // Whole pixels, so that the cells' coordinates print short.
  const double margin = std::ceil(16 + longest + (strip ? 8 : 0)),
               top = std::ceil(40 + longest * 0.87 + (strip ? 8 : 0));
  const double w = margin + cell * static_cast<double>(n) + 90;
  const double hgt = top + cell * static_cast<double>(n) + 30;
  std::string svg = svg_open(std::max(w, 40 + text_width(h.title, 16)), hgt, h.title);
  svg += text(10, 24, h.title, " font-size=\"16\"");
  const std::string f = " font-size=\"" + num(font) + "\"";
  // One cell shape, used n² times: a 60-actor heatmap is 3,600 cells, and
  // their markup is most of a report's size.
  svg += "<defs><rect id=\"cell\" width=\"" + num(cell) + "\" height=\"" + num(cell) +
         "\"/></defs>\n<g stroke=\"#dddddd\" stroke-width=\"0.5\">\n";
  for (std::size_t i = 0; i < n; ++i) {
    if (h.values[i].size() != n)
      throw Error("heatmap: row " + std::to_string(i) + " must have " + std::to_string(n) +
                  " values");
    const double y = top + cell * static_cast<double>(i);
    for (std::size_t j = 0; j < n; ++j) {
      const double v = h.values[i][j];
      const std::string fill = std::isnan(v) ? "#ffffff" : diverging((v - h.min) / (h.max - h.min));
      svg += "<use href=\"#cell\" x=\"" + style::fixed(margin + cell * static_cast<double>(j), 0) +
             "\" y=\"" + style::fixed(y, 0) + "\" fill=\"" + fill + "\"><title>" +
             xml_escape(h.labels[i] + " / " + h.labels[j] + ": " +
                        (std::isnan(v) ? std::string("n/a") : style::fixed(v, 3))) +
             "</title></use>\n";
    }
  }
  svg += "</g>\n";
  for (std::size_t i = 0; i < n; ++i) {
    const double y = top + cell * static_cast<double>(i);
    const double x = margin + cell * static_cast<double>(i);
    svg += text(margin - 4 - (strip ? 8 : 0), y + cell * 0.78, h.labels[i],
                f + " text-anchor=\"end\"");
    svg += "<text" + f + " transform=\"translate(" + num(x + cell * 0.72) + "," +
           num(top - 4 - (strip ? 8 : 0)) + ") rotate(-60)\">" + xml_escape(h.labels[i]) +
           "</text>\n";
    if (strip) { // the bloc's colour beside each label
      const std::string c = style::bloc_fill(h.group[i]);
      svg += "<rect x=\"" + num(margin - 7) + "\" y=\"" + num(y) + "\" width=\"6\" height=\"" +
             num(cell) + "\" fill=\"" + c + "\"/>\n";
      svg += "<rect x=\"" + num(x) + "\" y=\"" + num(top - 7) + "\" width=\"" + num(cell) +
             "\" height=\"6\" fill=\"" + c + "\"/>\n";
    }
  }
  // Lines between groups (blocs) make the block structure visible.
  const double end = cell * static_cast<double>(n);
  for (std::size_t i = 1; strip && i < n; ++i)
    if (h.group[i] != h.group[i - 1]) {
      const double p = margin + cell * static_cast<double>(i),
                   q = top + cell * static_cast<double>(i);
      svg += line(p, top, p, top + end, "stroke=\"#333\" stroke-width=\"1.5\"");
      svg += line(margin, q, margin + end, q, "stroke=\"#333\" stroke-width=\"1.5\"");
    }
  const double sx = margin + end + 30; // colour scale
  for (int k = 0; k <= 20; ++k)
    svg += "<rect x=\"" + num(sx) + "\" y=\"" + num(top + 8.0 * k) +
           "\" width=\"16\" height=\"8\" fill=\"" + diverging(1.0 - k / 20.0) + "\"/>\n";
  svg += text(sx + 20, top + 8, style::fixed(h.max, 2), " font-size=\"10\"");
  svg += text(sx + 20, top + 88, style::fixed((h.max + h.min) / 2, 2), " font-size=\"10\"");
  svg += text(sx + 20, top + 168, style::fixed(h.min, 2), " font-size=\"10\"");
  return svg + "</svg>\n";
}

namespace {

constexpr std::array<const char *, 6> series_colours = {"#0072B2", "#D55E00", "#009E73",
                                                        "#CC79A7", "#E69F00", "#56B4E9"};
constexpr double left = 70, plot_w = 760, right = 30, plot_h = 240, legend_row = 18;

struct Frame {
  double top;
  double lo, hi;
  std::size_t n;
  double x(std::size_t i) const {
    return left + (n <= 1 ? plot_w / 2 : plot_w * static_cast<double>(i) / double(n - 1));
  }
  double y(double v) const { return top + plot_h * (1 - (v - lo) / (hi - lo)); }
};

// The legend's items flowed into rows no wider than the plot.
std::vector<std::vector<std::size_t>> legend_rows(const ChartPanel &p) {
  std::vector<std::vector<std::size_t>> rows(1);
  double used = 0;
  for (std::size_t s = 0; s < p.series.size(); ++s) {
    const double w = 34 + text_width(p.series[s].name, 11) + 18;
    if (used > 0 && used + w > plot_w) {
      rows.emplace_back();
      used = 0;
    }
    rows.back().push_back(s);
    used += w;
  }
  return rows;
}

Frame frame_of(const ChartPanel &p, double top, std::size_t n) {
  double lo = 0, hi = 0;
  bool any = false;
  for (const auto &s : p.series)
    for (const auto &v : s.values)
      if (v && std::isfinite(*v)) {
        lo = any ? std::min(lo, *v) : *v, hi = any ? std::max(hi, *v) : *v, any = true;
      }
  if (!any || hi - lo < 1e-9)
    hi = lo + 1;
  const double pad = (hi - lo) * 0.05;
  return {top, lo - pad, hi + pad, n};
}

std::string stroke(std::size_t s) {
  return "stroke=\"" + std::string(series_colours[s % series_colours.size()]) +
         "\" stroke-width=\"2\"" + (s % 2 ? " stroke-dasharray=\"6 3\"" : "");
}

// One series: a path of straight segments, a new sub-path after each gap,
// and a dot with a tooltip per value.
std::string series_svg(const Series &s, std::size_t index, const Frame &f,
                       const std::vector<std::string> &x_labels) {
  std::string path, dots;
  bool pen_down = false;
  const std::string colour = series_colours[index % series_colours.size()];
  const std::string r = f.n > 100 ? "1.5" : "2.5";
  for (std::size_t i = 0; i < s.values.size() && i < f.n; ++i) {
    const auto &v = s.values[i];
    if (!v || !std::isfinite(*v)) {
      pen_down = false;
      continue;
    }
    path += (pen_down ? " L" : (path.empty() ? "M" : " M")) + num(f.x(i)) + "," + num(f.y(*v));
    pen_down = true;
    dots += "<circle cx=\"" + num(f.x(i)) + "\" cy=\"" + num(f.y(*v)) + "\" r=\"" + r +
            "\" fill=\"" + colour + "\"><title>" +
            xml_escape(s.name + " " + x_labels[i] + ": " + style::fixed(*v, 4)) +
            "</title></circle>\n";
  }
  return (path.empty() ? "" : "<path d=\"" + path + "\" fill=\"none\" " + stroke(index) + "/>\n") +
         dots;
}

std::string axes(const ChartPanel &p, const Frame &f) {
  std::string svg = "<rect x=\"" + num(left) + "\" y=\"" + num(f.top) + "\" width=\"" +
                    num(plot_w) + "\" height=\"" + num(plot_h) +
                    "\" fill=\"none\" stroke=\"#999\"/>\n";
  for (int k = 0; k <= 4; ++k) {
    const double v = f.lo + (f.hi - f.lo) * k / 4.0;
    svg += line(left, f.y(v), left + plot_w, f.y(v), "stroke=\"#eee\"");
    svg += text(left - 6, f.y(v) + 4, style::fixed(v, std::abs(f.hi - f.lo) > 20 ? 0 : 2),
                " font-size=\"10\" text-anchor=\"end\"");
  }
  if (!p.y_label.empty())
    svg += "<text font-size=\"11\" transform=\"translate(14," + num(f.top + plot_h / 2) +
           ") rotate(-90)\" text-anchor=\"middle\">" + xml_escape(p.y_label) + "</text>\n";
  return svg;
}

std::string legend(const ChartPanel &p, double top) {
  std::string svg;
  const auto rows = legend_rows(p);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    double x = left;
    const double y = top + legend_row * static_cast<double>(r);
    for (auto s : rows[r]) {
      svg += line(x, y, x + 28, y, stroke(s));
      svg += text(x + 34, y + 4, p.series[s].name, " font-size=\"11\"");
      x += 34 + text_width(p.series[s].name, 11) + 18;
    }
  }
  return svg;
}

} // namespace

std::string line_chart_svg(const LineChart &c) {
  const std::size_t n = c.x_labels.size();
  double x_label_room = 0;
  for (const auto &l : c.x_labels)
    x_label_room = std::max(x_label_room, text_width(l, 10) * 0.65 + 14);
  std::string body;
  double top = 44;
  for (std::size_t p = 0; p < c.panels.size(); ++p) {
    const auto &panel = c.panels[p];
    const Frame f = frame_of(panel, top, n);
    body += axes(panel, f);
    for (std::size_t s = 0; s < panel.series.size(); ++s)
      body += series_svg(panel.series[s], s, f, c.x_labels);
    top += plot_h;
    if (p + 1 == c.panels.size()) { // x labels under the last panel
      const std::size_t step = std::max<std::size_t>(1, n / 12);
      for (std::size_t i = 0; i < n; i += step)
        body += "<text font-size=\"10\" transform=\"translate(" + num(f.x(i)) + "," +
                num(top + 14) + ") rotate(40)\">" + xml_escape(c.x_labels[i]) + "</text>\n";
      top += x_label_room;
    }
    body += legend(panel, top + 16);
    top += 16 + legend_row * static_cast<double>(legend_rows(panel).size()) + 16;
  }
  const double width = std::max(left + plot_w + right, 20 + text_width(c.title, 16));
  return svg_open(width, top, c.title) + text(left, 26, c.title, " font-size=\"16\"") + body +
         "</svg>\n";
}

} // namespace entente
