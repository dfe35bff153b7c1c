#include "entente/render/legend.hpp"

#include "entente/render/style.hpp"

namespace entente {
namespace {

using style::html_escape;

// Text at `base` points, scaled with the drawing (DrawPlan::legend_scale).
std::string font(double base, const DrawPlan &plan, const std::string &text,
                 const std::string &colour = "") {
  return "<FONT POINT-SIZE=\"" + style::fixed(base * plan.legend_scale, 1) + "\"" +
         (colour.empty() ? "" : " COLOR=\"" + colour + "\"") + ">" + text + "</FONT>";
}

std::string swatch(const DrawPlan &plan, const std::string &colour, const std::string &glyph,
                   const std::string &text) {
  return "<TD>" + font(12, plan, glyph, colour) + font(12, plan, " " + text) + "</TD>";
}

std::string edge_key(const DrawPlan &plan) {
  if (plan.legend == LegendKind::diff)
    return swatch(plan, style::cooperation, "&#9473;&#9473;", "new") +
           swatch(plan, style::neutral, "&#8943;&#8943;", "vanished") +
           swatch(plan, style::flipped, "&#9473;&#9473;", "flipped sign") +
           swatch(plan, "#333333", "&#9473;&#9473;", "stronger (wide) / weaker (dashed)");
  return swatch(plan, style::cooperation, "&#9473;&#9473;", "cooperation") +
         swatch(plan, style::conflict, "&#9473;&#9473;", "conflict") +
         swatch(plan, "#333333", "&#9476;&#9476;", "mixed or neutral") + "<TD>" +
         font(12, plan, "width: |net Goldstein|") + "</TD>";
}

std::string row(const std::string &cells) {
  return "<TR><TD><TABLE BORDER=\"0\" CELLSPACING=\"3\"><TR>" + cells + "</TR></TABLE></TD></TR>";
}

std::string bloc_cell(const DrawPlan &plan, const std::string &fill, const std::string &line,
                      const std::string &text) {
  return "<TD BGCOLOR=\"" + fill + "\" COLOR=\"" + line + "\" BORDER=\"1\">" +
         font(12, plan, html_escape(text)) + "</TD>";
}

// The bloc swatches, three to a row, in one table so that they line up.
std::string bloc_grid(const DrawPlan &plan) {
  constexpr std::size_t per_row = 3;
  std::vector<std::string> cells;
  for (const auto &b : plan.blocs)
    cells.push_back(bloc_cell(plan, style::bloc_fill(b.id), style::bloc_line(b.id), b.name));
  if (!plan.other_blocs.empty())
    cells.push_back(bloc_cell(plan, style::other_blocs, "#7A7A7A", plan.other_blocs));
  if (cells.empty())
    return "";
  std::string grid = "<TR><TD><TABLE BORDER=\"0\" CELLSPACING=\"3\">";
  for (std::size_t i = 0; i < cells.size(); i += per_row) {
    grid += "<TR>";
    for (std::size_t j = i; j < cells.size() && j < i + per_row; ++j)
      grid += cells[j];
    grid += "</TR>";
  }
  return grid + "</TABLE></TD></TR>";
}

} // namespace

std::string legend_html(const DrawPlan &plan) {
  std::string html = "<TABLE BORDER=\"0\" CELLSPACING=\"2\"><TR><TD>" +
                     font(18, plan, html_escape(plan.title)) + "</TD></TR>";
  for (const auto &line : plan.caption)
    html += "<TR><TD>" + font(11, plan, html_escape(line), "#444444") + "</TD></TR>";
  if (plan.legend != LegendKind::none) {
    html += row(edge_key(plan));
    html += bloc_grid(plan);
  }
  return html + "</TABLE>";
}

} // namespace entente
