// The visual vocabulary shared by every picture: colours, widths, number
// formats. Kept in one place so that graphs, diffs, charts and the report
// agree.
//
//   std::string fill = entente::style::bloc_fill(2);          // third bloc's colour
//   std::string w = entente::style::fixed(2.5, 2);            // "2.50"
//   std::string n = entente::style::count(19546);             // "19,546"
//
// Edges use the Okabe–Ito green and vermillion, which stay apart under the
// common colour-vision deficiencies; line style (solid/dashed/dotted)
// repeats what colour says, so a grey-scale print still reads. Blocs use
// Paul Tol's "light" scheme (SRON/EPS/TN/09-002, 2021), made for filled
// areas under black text and distinct for colour-blind readers, without its
// orange and mint, which would be read as conflict and cooperation edges.
#pragma once

#include "entente/graph/signed_graph.hpp"

#include <cstddef>
#include <string>

namespace entente::style {

inline constexpr const char *font = "Helvetica";
inline constexpr const char *cooperation = "#009E73"; // bluish green
inline constexpr const char *conflict = "#D55E00";    // vermillion
inline constexpr const char *neutral = "#999999";
inline constexpr const char *flipped = "#CC79A7"; // reddish purple
inline constexpr const char *no_bloc = "#F2F2F2";
inline constexpr const char *other_blocs = "#DDDDDD"; // pale grey: every bloc past the palette

// Blocs 0..bloc_colours-1 (the largest: blocs are numbered by size) get a
// colour of their own; the rest share other_blocs; -1 (no bloc) is no_bloc.
inline constexpr int bloc_colours = 6;
std::string bloc_fill(int id);
std::string bloc_line(int id); // a darker shade of the fill, for outlines

// A dyad is "mixed" when the smaller of its cooperative and conflictual
// parts is at least this share of their sum: drawn dashed.
inline constexpr double mixed_share = 0.25;
bool is_mixed(const DyadStats &total);

std::string fixed(double x, int decimals);
// 19546 -> "19,546": counts in captions and notes.
std::string count(std::size_t n);
// Edge width for |net| relative to the largest |net| (sqrt keeps small dyads
// visible next to a dominant one); `base` is the thinnest line.
double pen_width(double abs_net, double max_abs_net, double base = 1.0);
// "#RRGGBB" with an alpha byte: dense pictures draw translucent edges so
// that crossings do not merge into a solid mass.
std::string with_alpha(const std::string &rgb, int alpha);

// HTML-like label text: escapes &, <, >, " and ' (Graphviz HTML labels are XML).
std::string html_escape(const std::string &text);

} // namespace entente::style
