// Pieces the picture plans share (snapshot, bloc and diff pictures): which
// actors fit the budget, node sizes and labels, the bloc legend, the layout
// choice. Internal to the render stage.
//
//   auto strength = entente::detail::strengths(snapshot, 0);
//   auto codes = entente::detail::choose_actors(strength, options, plan.notes);
#pragma once

#include "entente/graph/snapshot.hpp"
#include "entente/render/picture.hpp"

#include <map>
#include <string>
#include <vector>

namespace entente::detail {

using Strengths = std::map<std::string, double>; // code -> Σ|net|, every actor

// Index of `code` in the sorted `codes`, or -1.
long index_of(const std::vector<std::string> &codes, const std::string &code);

// Σ|net| over the dyads with |net| >= min_weight; every actor has an entry.
Strengths strengths(const Snapshot &s, double min_weight);

// The actors a picture may draw, sorted by code: the positioned ones when
// positions are given, the top_n strongest when asked, at most max_actors
// (the strongest; a note says what was cut).
std::vector<std::string> choose_actors(const Strengths &strength, const PictureOptions &o,
                                       std::vector<std::string> &notes);

// Node size shares (sqrt of value / largest) for the actors marked used.
std::vector<double> node_sizes(const std::vector<std::string> &codes, const std::vector<char> &used,
                               const PictureOptions &o, const Strengths &strength);

PlanNode actor_node(const Snapshot &s, const std::string &code, const PictureOptions &o,
                    double size, const Strengths &strength);

// The bloc legend (the coloured blocs named by their strongest members and
// a line for the rest) and the caption line saying what colour means.
void legend_blocs(DrawPlan &plan, const Snapshot &s, const PictureOptions &o,
                  const Strengths &strength);
// "USA, GBR, FRA +12": a bloc by its strongest members.
std::string bloc_name(std::vector<std::string> members, const Strengths &strength);

// "node size: PageRank of cooperation ties" (or strength when none is given).
std::string size_caption(const PictureOptions &o);

// Engine and edge routing from the plan's size; pins positions given in o.
void finish_layout_choice(DrawPlan &plan, const PictureOptions &o);

} // namespace entente::detail
