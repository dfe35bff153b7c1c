// plan_snapshot: the actors within the layout budget, the backbone of their
// dyads, and how each is drawn.
#include "entente/core/relation.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/plan_parts.hpp"
#include "entente/render/style.hpp"

#include <algorithm>
#include <cmath>

namespace entente {
namespace {

using detail::SignedEdge;
using detail::SignedNet;

// The dyads a picture may draw, by actor index into `codes`.
struct Candidates {
  std::vector<std::string> codes; // sorted
  std::vector<SignedEdge> signed_edges;
  std::vector<const DyadEdge *> signed_data;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> neutral; // net 0
  std::vector<const DyadEdge *> neutral_data;
};

Candidates candidates(const Snapshot &s, const std::vector<std::string> &codes, double min_w) {
  Candidates c;
  c.codes = codes;
  for (const auto &d : s.graph.dyads()) {
    const auto u = detail::index_of(c.codes, d.a), v = detail::index_of(c.codes, d.b);
    const double net = round6(d.edge().total().net);
    if (u < 0 || v < 0 || std::abs(net) < min_w)
      continue;
    const auto a = static_cast<std::uint32_t>(u), b = static_cast<std::uint32_t>(v);
    if (net == 0) {
      c.neutral.emplace_back(a, b);
      c.neutral_data.push_back(&d.edge());
    } else {
      c.signed_edges.push_back({a, b, net});
      c.signed_data.push_back(&d.edge());
    }
  }
  return c;
}

std::string dyad_tooltip(const std::string &a, const std::string &b, const DyadStats &t) {
  return detail::literal_label(a) + " – " + detail::literal_label(b) + ": net " +
         style::fixed(t.net, 1) + ", " + style::count(t.events) + " events (cooperation " +
         style::fixed(t.coop, 1) + ", conflict " + style::fixed(t.conflict, 1) + ")";
}

PlanEdge dyad_edge(std::uint32_t a, std::uint32_t b, const DyadStats &t, double max_net,
                   bool dense) {
  PlanEdge e;
  e.a = a, e.b = b;
  e.net = round6(t.net);
  e.events = t.events;
  const std::string colour =
      e.net > 0 ? style::cooperation : (e.net < 0 ? style::conflict : style::neutral);
  e.colour = dense ? style::with_alpha(colour, 0x99) : colour;
  e.width = style::pen_width(std::abs(e.net), max_net, dense ? 0.4 : 1.0);
  e.style = e.net == 0 || style::is_mixed(t) ? "dashed" : "solid";
  e.attract = e.net > 0;
  return e;
}

// The dyads drawn: the backbone's (signed) edges in importance order, cut
// to the budget, then as many neutral dyads as "all" asks for and the
// budget leaves room for.
struct Selection {
  std::vector<std::uint32_t> kept; // net edge indices, sorted
  std::size_t neutral = 0;         // the first `neutral` of Candidates::neutral
};

Selection select_dyads(const Backbone &bb, const Candidates &c, const PictureOptions &o,
                       std::vector<std::string> &notes) {
  Selection sel{bb.order, o.backbone.method == BackboneMethod::all ? c.neutral.size() : 0};
  const std::size_t wanted = sel.kept.size() + sel.neutral;
  if (wanted > o.max_dyads) {
    notes.push_back("drawing the " + style::count(o.max_dyads) + " most important of " +
                    style::count(wanted) + " backbone dyads (layout budget: " +
                    style::count(o.max_dyads) + " dyads; raise it with --max-dyads)");
    if (sel.kept.size() > o.max_dyads)
      sel.kept.resize(o.max_dyads);
    sel.neutral = o.max_dyads - sel.kept.size();
  }
  std::sort(sel.kept.begin(), sel.kept.end());
  return sel;
}

// Nodes: the chosen actors with a drawn dyad (all of them for "all");
// returns each candidate's node index.
std::vector<std::uint32_t> add_nodes(DrawPlan &plan, const Snapshot &s, const Candidates &c,
                                     const SignedNet &net, const Selection &sel,
                                     const PictureOptions &o, const detail::Strengths &strength) {
  std::vector<char> used(c.codes.size(), o.backbone.method == BackboneMethod::all ? 1 : 0);
  for (auto e : sel.kept)
    used[net.edges[e].u] = used[net.edges[e].v] = 1;
  std::vector<std::uint32_t> node_of(c.codes.size(), 0);
  const auto sizes = detail::node_sizes(c.codes, used, o, strength);
  for (std::size_t i = 0; i < c.codes.size(); ++i) {
    if (!used[i])
      continue;
    node_of[i] = static_cast<std::uint32_t>(plan.nodes.size());
    plan.nodes.push_back(detail::actor_node(s, c.codes[i], o, sizes[i], strength));
  }
  return node_of;
}

void add_edges(DrawPlan &plan, const Candidates &c, const SignedNet &net, const Selection &sel,
               const std::vector<std::uint32_t> &node_of) {
  double max_net = 0;
  for (auto e : sel.kept)
    max_net = std::max(max_net, std::abs(net.edges[e].w));
  const bool dense = sel.kept.size() + sel.neutral > dense_edge_limit;
  auto add = [&](std::uint32_t u, std::uint32_t v, const DyadEdge &d) {
    auto pe = dyad_edge(node_of[u], node_of[v], d.total(), max_net, dense);
    pe.tooltip = dyad_tooltip(c.codes[u], c.codes[v], d.total());
    plan.edges.push_back(std::move(pe));
  };
  for (auto e : sel.kept)
    add(net.edges[e].u, net.edges[e].v, *c.signed_data[e]);
  for (std::size_t i = 0; i < sel.neutral; ++i)
    add(c.neutral[i].first, c.neutral[i].second, *c.neutral_data[i]);
}

} // namespace

DrawPlan plan_snapshot(const Snapshot &s, const PictureOptions &o) {
  DrawPlan plan;
  plan.title = o.title.empty() ? detail::picture_title(s) : o.title;
  plan.clusters = o.clusters;
  plan.legend = o.legend ? LegendKind::snapshot : LegendKind::none;
  const auto strength = detail::strengths(s, o.min_weight);
  const Candidates c = candidates(s, detail::choose_actors(strength, o, plan.notes), o.min_weight);
  // SignedNet::build sorts edges by (u, v), the order candidates() made
  // them in, so edge i of `net` is candidate i.
  const auto net = SignedNet::build(c.codes, c.signed_edges);
  const Backbone bb = backbone(net, o.backbone);
  const Selection sel = select_dyads(bb, c, o, plan.notes);
  add_edges(plan, c, net, sel, add_nodes(plan, s, c, net, sel, o, strength));

  const bool everything = plan.edges.size() == s.graph.dyad_count();
  const std::string drawn =
      style::count(plan.edges.size()) + " of " + style::count(s.graph.dyad_count()) + " dyads (" +
      (everything && o.backbone.method == BackboneMethod::all ? "every dyad" : bb.describe()) + ")";
  plan.caption.push_back(drawn + "; " + style::count(plan.nodes.size()) + " of " +
                         style::count(s.graph.actor_count()) + " actors");
  detail::legend_blocs(plan, s, o, strength);
  plan.caption.push_back(detail::size_caption(o));
  detail::finish_layout_choice(plan, o);
  return plan;
}

} // namespace entente
