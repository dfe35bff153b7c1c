// A picture's title, caption and legend as one Graphviz HTML-like label:
// what the lines mean, which colour is which bloc (named by its strongest
// members), and what was drawn of how much.
//
//   std::string label = entente::legend_html(entente::plan_snapshot(snapshot, {}));
//   // an HTML-like Graphviz label: the blocs' colours and the edge styles
#pragma once

#include "entente/render/plan.hpp"

#include <string>

namespace entente {

// Every piece of text is escaped (style::html_escape).
std::string legend_html(const DrawPlan &plan);

} // namespace entente
