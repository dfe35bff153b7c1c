// The visual vocabulary shared by every picture: colours, widths, fonts.
// Kept in one place so that graph, diff and legend agree.
//
//   entente::style::dyad_edge(edge, dyad.total(), max_abs_net);
#pragma once

#include "entente/graph/signed_graph.hpp"

#include <graphviz/cgraph.h>
#include <string>

namespace entente::style {

inline constexpr const char *font = "Helvetica";
inline constexpr const char *cooperation = "#1a9850"; // green
inline constexpr const char *conflict = "#d73027";    // red
inline constexpr const char *neutral = "#999999";

void actor_node(Agnode_t *node, const ActorNode &actor, const std::string &label);
// Colour by sign, width growing with |net| relative to the largest |net|.
void dyad_edge(Agedge_t *edge, const DyadStats &total, double max_abs_net);

} // namespace entente::style
