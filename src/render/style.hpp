// The visual vocabulary shared by every picture: colours, widths, fonts and
// the legend. Kept in one place so that graph, diff and charts agree.
//
//   entente::style::dyad_edge(edge, dyad.total(), max_abs_net);
//   std::string fill = entente::style::bloc_fill(2);
//
// Colours come from the Okabe–Ito palette, which stays distinguishable under
// the common colour-vision deficiencies; line style (solid/dashed/dotted)
// repeats what colour says, so a grey-scale print still reads.
#pragma once

#include "entente/graph/signed_graph.hpp"

#include <graphviz/cgraph.h>
#include <string>

namespace entente::style {

inline constexpr const char *font = "Helvetica";
inline constexpr const char *cooperation = "#009E73"; // bluish green
inline constexpr const char *conflict = "#D55E00";    // vermillion
inline constexpr const char *neutral = "#999999";
inline constexpr const char *flipped = "#CC79A7"; // reddish purple
inline constexpr const char *no_bloc = "#F2F2F2";

// Light fill and darker outline for bloc `id` (0-based); cycles after 8.
std::string bloc_fill(int id);
std::string bloc_line(int id);

// A dyad is "mixed" when the smaller of its cooperative and conflictual
// parts is at least this share of their sum: drawn dashed.
inline constexpr double mixed_share = 0.25;
bool is_mixed(const DyadStats &total);

std::string fixed(double x, int decimals);
// Edge width for |net| relative to the largest |net| (sqrt keeps small dyads
// visible next to a dominant one).
double pen_width(double abs_net, double max_abs_net);

void actor_node(Agnode_t *node, const std::string &label, int bloc, double size_share);
void dyad_edge(Agedge_t *edge, const DyadStats &total, double max_abs_net);

// HTML-like label text: escapes &, <, >, " and ' (Graphviz HTML labels are XML).
std::string html_escape(const std::string &text);
// Title plus legend as a Graphviz HTML-like label.
std::string legend_html(const std::string &title, int bloc_count, bool diff);

} // namespace entente::style
