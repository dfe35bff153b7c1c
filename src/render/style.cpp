#include "entente/render/style.hpp"

#include "entente/core/relation.hpp"
#include "entente/render/graphviz.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace entente::style {
namespace {
// Okabe–Ito hues for blocs: light tints to fill, full colour to outline.
constexpr std::array<const char *, 8> bloc_fills = {"#CCE5F6", "#FBE3B3", "#D5EAE0", "#F9E0C9",
                                                    "#E8D3E2", "#FAF6C4", "#CFE3F2", "#E0E0E0"};
constexpr std::array<const char *, 8> bloc_lines = {"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                                    "#CC79A7", "#B8A800", "#56B4E9", "#555555"};
} // namespace

std::string bloc_fill(int id) {
  return id < 0 ? no_bloc : bloc_fills[static_cast<std::size_t>(id) % bloc_fills.size()];
}
std::string bloc_line(int id) {
  return id < 0 ? "#636363" : bloc_lines[static_cast<std::size_t>(id) % bloc_lines.size()];
}

bool is_mixed(const DyadStats &t) {
  const double pos = t.coop, neg = -t.conflict;
  return pos + neg > 0 && std::min(pos, neg) / (pos + neg) >= mixed_share;
}

std::string fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, round6(x));
  return buf;
}

double pen_width(double abs_net, double max_abs_net) {
  return 1.0 + 5.0 * (max_abs_net > 0 ? std::sqrt(abs_net / max_abs_net) : 0.0);
}

void actor_node(Agnode_t *n, const std::string &label, int bloc, double size_share) {
  set_attr(n, "label", label);
  set_attr(n, "tooltip", label);
  set_attr(n, "shape", "ellipse");
  set_attr(n, "style", "filled");
  set_attr(n, "fillcolor", bloc_fill(bloc));
  set_attr(n, "color", bloc_line(bloc));
  set_attr(n, "penwidth", bloc < 0 ? "1" : "2");
  set_attr(n, "fontname", font);
  set_attr(n, "fontsize", fixed(11.0 + 9.0 * size_share, 1));
  set_attr(n, "width", fixed(0.6 + 1.2 * size_share, 2));
  set_attr(n, "height", fixed(0.35 + 0.5 * size_share, 2));
}

void dyad_edge(Agedge_t *e, const DyadStats &total, double max_abs_net) {
  const double net = round6(total.net);
  set_attr(e, "color", net > 0 ? cooperation : (net < 0 ? conflict : neutral));
  set_attr(e, "penwidth", fixed(pen_width(std::abs(net), max_abs_net), 2));
  set_attr(e, "tooltip",
           "net " + fixed(net, 1) + ", " + std::to_string(total.events) + " events (cooperation " +
               fixed(total.coop, 1) + ", conflict " + fixed(total.conflict, 1) + ")");
  if (net == 0 || is_mixed(total))
    set_attr(e, "style", "dashed");
}

std::string html_escape(const std::string &text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    case '\n':
    case '\r':
      out += ' ';
      break;
    default:
      out += c;
    }
  }
  return out;
}

namespace {
std::string swatch(const std::string &colour, const std::string &glyph, const std::string &text) {
  return "<TD><FONT COLOR=\"" + colour + "\">" + glyph + "</FONT> " + text + "</TD>";
}
} // namespace

std::string legend_html(const std::string &title, int bloc_count, bool diff) {
  std::string rows;
  if (diff) {
    rows = swatch(cooperation, "&#9473;&#9473;", "new") +
           swatch(neutral, "&#8943;&#8943;", "vanished") +
           swatch(flipped, "&#9473;&#9473;", "flipped sign") +
           swatch("#333333", "&#9473;&#9473;", "stronger (wide) / weaker (dashed)");
  } else {
    rows = swatch(cooperation, "&#9473;&#9473;", "cooperation") +
           swatch(conflict, "&#9473;&#9473;", "conflict") +
           swatch("#333333", "&#9476;&#9476;", "mixed or neutral") +
           "<TD>width: |net Goldstein|</TD>";
  }
  std::string blocs;
  for (int b = 0; b < bloc_count && b < 8; ++b)
    blocs += "<TD BGCOLOR=\"" + bloc_fill(b) + "\" COLOR=\"" + bloc_line(b) +
             "\" BORDER=\"1\">bloc " + std::to_string(b + 1) + "</TD>";
  const int columns = std::max(4, std::min(bloc_count, 8));
  std::string html = "<TABLE BORDER=\"0\" CELLSPACING=\"4\"><TR><TD COLSPAN=\"" +
                     std::to_string(columns) + "\"><FONT POINT-SIZE=\"18\">" + html_escape(title) +
                     "</FONT></TD></TR><TR>" + rows + "</TR>";
  if (!blocs.empty())
    html += "<TR>" + blocs + "</TR>";
  return html + "</TABLE>";
}

} // namespace entente::style
