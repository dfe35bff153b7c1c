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
  return a + " – " + b + ": net " + style::fixed(t.net, 1) + ", " + style::count(t.events) +
         " events (cooperation " + style::fixed(t.coop, 1) + ", conflict " +
         style::fixed(t.conflict, 1) + ")";
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

} // namespace

DrawPlan plan_snapshot(const Snapshot &s, const PictureOptions &o) {
  DrawPlan plan;
  plan.title = o.title.empty() ? detail::picture_title(s) : o.title;
  plan.clusters = o.clusters;
  plan.legend = o.legend ? LegendKind::snapshot : LegendKind::none;
  const auto strength = detail::strengths(s, o.min_weight);
  const auto chosen = detail::choose_actors(strength, o, plan.notes);
  const Candidates c = candidates(s, chosen, o.min_weight);
  const auto net = SignedNet::build(c.codes, c.signed_edges);
  // SignedNet::build sorts edges by (u, v) as candidates() produced them,
  // so edge i of `net` is candidate i.
  const Backbone bb = backbone(net, o.backbone);
  std::vector<std::uint32_t> kept = bb.order;
  const bool all = o.backbone.method == BackboneMethod::all;
  const std::size_t offered = net.edges.size() + (all ? c.neutral.size() : 0);
  const std::size_t wanted = kept.size() + (all ? c.neutral.size() : 0);
  std::size_t neutral_kept = all ? c.neutral.size() : 0;
  if (wanted > o.max_dyads) {
    plan.notes.push_back("drawing the " + style::count(o.max_dyads) + " most important of " +
                         style::count(wanted) + " backbone dyads (layout budget: max_dyads " +
                         style::count(o.max_dyads) + ")");
    if (kept.size() > o.max_dyads)
      kept.resize(o.max_dyads);
    neutral_kept = o.max_dyads - kept.size();
  }
  std::sort(kept.begin(), kept.end());

  // Nodes: the chosen actors that have a drawn dyad (all of them for "all").
  std::vector<char> used(c.codes.size(), all ? 1 : 0);
  for (auto e : kept)
    used[net.edges[e].u] = used[net.edges[e].v] = 1;
  std::vector<std::uint32_t> node_of(c.codes.size(), 0);
  const auto sizes = detail::node_sizes(c.codes, used, o, strength);
  for (std::size_t i = 0; i < c.codes.size(); ++i) {
    if (!used[i])
      continue;
    node_of[i] = static_cast<std::uint32_t>(plan.nodes.size());
    plan.nodes.push_back(detail::actor_node(s, c.codes[i], o, sizes[i], strength));
  }
  double max_net = 0;
  for (auto e : kept)
    max_net = std::max(max_net, std::abs(net.edges[e].w));
  const bool dense = kept.size() + neutral_kept > dense_edge_limit;
  for (auto e : kept) {
    const auto &edge = net.edges[e];
    auto pe =
        dyad_edge(node_of[edge.u], node_of[edge.v], c.signed_data[e]->total(), max_net, dense);
    pe.tooltip = dyad_tooltip(c.codes[edge.u], c.codes[edge.v], c.signed_data[e]->total());
    plan.edges.push_back(std::move(pe));
  }
  for (std::size_t i = 0; i < neutral_kept; ++i) {
    const auto [u, v] = c.neutral[i];
    auto pe = dyad_edge(node_of[u], node_of[v], c.neutral_data[i]->total(), max_net, dense);
    pe.tooltip = dyad_tooltip(c.codes[u], c.codes[v], c.neutral_data[i]->total());
    plan.edges.push_back(std::move(pe));
  }

  const std::string drawn = all && plan.edges.size() == offered && offered == s.graph.dyad_count()
                                ? "all " + style::count(plan.edges.size()) + " dyads"
                                : style::count(plan.edges.size()) + " of " +
                                      style::count(s.graph.dyad_count()) + " dyads (" +
                                      bb.describe() + ")";
  plan.caption.push_back(drawn + "; " + style::count(plan.nodes.size()) + " of " +
                         style::count(s.graph.actor_count()) + " actors");
  detail::legend_blocs(plan, s, o, strength);
  plan.caption.push_back(detail::size_caption(o));
  detail::finish_layout_choice(plan, o);
  return plan;
}

} // namespace entente
