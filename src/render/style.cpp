#include "entente/render/style.hpp"

#include "entente/core/relation.hpp"
#include "entente/render/graphviz.hpp"

#include <cmath>
#include <cstdio>

namespace entente::style {
namespace {
std::string fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}
} // namespace

void actor_node(Agnode_t *n, const ActorNode &actor, const std::string &label) {
  set_attr(n, "label", label);
  set_attr(n, "tooltip", label);
  set_attr(n, "shape", "ellipse");
  set_attr(n, "style", "filled");
  set_attr(n, "fillcolor", "#f7f7f7");
  set_attr(n, "color", "#636363");
  set_attr(n, "fontname", font);
  (void)actor;
}

void dyad_edge(Agedge_t *e, const DyadStats &total, double max_abs_net) {
  const double net = round6(total.net);
  const char *colour = net > 0 ? cooperation : (net < 0 ? conflict : neutral);
  // sqrt keeps small dyads visible next to a dominant one.
  const double share = max_abs_net > 0 ? std::sqrt(std::abs(net) / max_abs_net) : 0;
  set_attr(e, "color", colour);
  set_attr(e, "penwidth", fixed(1.0 + 5.0 * share, 2));
  set_attr(e, "tooltip", "net " + fixed(net, 1) + ", " + std::to_string(total.events) + " events");
  if (net == 0)
    set_attr(e, "style", "dashed");
}

} // namespace entente::style
