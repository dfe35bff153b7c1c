// plan_blocs: the picture one level up, for hundreds of actors: blocs as
// nodes, the net relation between two blocs as one edge.
#include "entente/core/error.hpp"
#include "entente/core/relation.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/plan_parts.hpp"
#include "entente/render/style.hpp"

#include <algorithm>
#include <cmath>

namespace entente {
namespace {

struct BlocTotals {
  std::vector<std::vector<std::string>> members; // by bloc index
  std::vector<double> internal_net;
  std::map<std::pair<int, int>, DyadStats> between; // (lower, higher) bloc
};

BlocTotals totals(const Snapshot &s, const std::map<std::string, int> &bloc) {
  BlocTotals t;
  for (const auto &[code, b] : bloc) {
    if (b < 0)
      continue;
    if (t.members.size() <= static_cast<std::size_t>(b))
      t.members.resize(static_cast<std::size_t>(b) + 1);
    t.members[static_cast<std::size_t>(b)].push_back(code);
  }
  t.internal_net.assign(t.members.size(), 0);
  for (const auto &d : s.graph.dyads()) {
    const auto x = bloc.find(d.a), y = bloc.find(d.b);
    if (x == bloc.end() || y == bloc.end() || x->second < 0 || y->second < 0)
      continue;
    const auto total = d.edge().total();
    if (x->second == y->second)
      t.internal_net[static_cast<std::size_t>(x->second)] += total.net;
    else
      t.between[std::minmax(x->second, y->second)].merge(total);
  }
  return t;
}

PlanNode bloc_node(int b, const BlocTotals &t, const detail::Strengths &strength,
                   std::size_t largest) {
  const auto &members = t.members[static_cast<std::size_t>(b)];
  PlanNode n;
  n.name = "bloc " + std::to_string(b + 1);
  n.bloc = b;
  n.label = n.name + "\\n" + detail::literal_label(detail::bloc_name(members, strength)) + "\\n" +
            style::count(members.size()) + (members.size() == 1 ? " actor" : " actors");
  n.size =
      largest ? std::sqrt(static_cast<double>(members.size()) / static_cast<double>(largest)) : 0;
  n.tooltip =
      detail::literal_label(n.name + ": " + style::count(members.size()) + " actors, net inside " +
                            style::fixed(t.internal_net[static_cast<std::size_t>(b)], 1));
  return n;
}

} // namespace

DrawPlan plan_blocs(const Snapshot &s, const PictureOptions &o) {
  if (o.bloc.empty())
    throw Error("no blocs to draw: the snapshot holds no bloc measures (saved with "
                "--no-metrics?); run `entente metrics SNAPSHOT --save SNAPSHOT` first");
  DrawPlan plan;
  plan.title = o.title.empty() ? detail::picture_title(s) : o.title;
  plan.legend = o.legend ? LegendKind::snapshot : LegendKind::none;
  const auto strength = detail::strengths(s, 0);
  const BlocTotals t = totals(s, o.bloc);
  // The largest blocs within the node budget (blocs are numbered by size).
  const std::size_t shown = std::min(t.members.size(), o.max_actors);
  if (shown < t.members.size())
    plan.notes.push_back("drawing the " + style::count(shown) + " largest of " +
                         style::count(t.members.size()) + " blocs (layout budget)");
  std::vector<std::string> names;
  for (std::size_t b = 0; b < shown; ++b)
    names.push_back("bloc " + std::to_string(b + 1));
  std::vector<detail::SignedEdge> edges;
  std::vector<const DyadStats *> data;
  for (const auto &[pair, stats] : t.between) {
    const double net = round6(stats.net);
    if (static_cast<std::size_t>(pair.second) < shown && net != 0) {
      edges.push_back(
          {static_cast<std::uint32_t>(pair.first), static_cast<std::uint32_t>(pair.second), net});
      data.push_back(&stats);
    }
  }
  // Node indices are bloc indices; SignedNet keeps the (u, v) order above.
  const auto net = detail::SignedNet::build(std::move(names), edges);
  const Backbone bb = backbone(net, o.backbone);
  auto kept = bb.order;
  if (kept.size() > o.max_dyads)
    kept.resize(o.max_dyads);
  std::sort(kept.begin(), kept.end());
  std::size_t largest = 0;
  for (std::size_t b = 0; b < shown; ++b)
    largest = std::max(largest, t.members[b].size());
  for (std::size_t b = 0; b < shown; ++b)
    plan.nodes.push_back(bloc_node(static_cast<int>(b), t, strength, largest));
  double max_net = 0;
  for (auto e : kept)
    max_net = std::max(max_net, std::abs(net.edges[e].w));
  for (auto e : kept) {
    const auto &edge = net.edges[e];
    const DyadStats &st = *data[e];
    PlanEdge pe;
    pe.a = edge.u, pe.b = edge.v, pe.net = edge.w, pe.events = st.events;
    pe.colour = edge.w > 0 ? style::cooperation : style::conflict;
    pe.width = style::pen_width(std::abs(edge.w), max_net);
    pe.style = style::is_mixed(st) ? "dashed" : "solid";
    pe.attract = edge.w > 0;
    pe.tooltip = net.names[edge.u] + " – " + net.names[edge.v] + ": net " +
                 style::fixed(edge.w, 1) + ", " + style::count(st.events) + " events";
    plan.edges.push_back(std::move(pe));
  }
  plan.caption.push_back(style::count(t.members.size()) + " blocs of " +
                         style::count(s.graph.actor_count()) + " actors" +
                         (o.bloc_method.empty() ? "" : " (" + o.bloc_method + ")") +
                         "; node size: members");
  plan.caption.push_back("edges: net Goldstein summed between blocs, " +
                         style::count(plan.edges.size()) + " of " + style::count(edges.size()) +
                         " pairs (" + bb.describe() + ")");
  PictureOptions engine_only;
  engine_only.engine = o.engine;
  detail::finish_layout_choice(plan, engine_only);
  return plan;
}

} // namespace entente
