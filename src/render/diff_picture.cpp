#include "entente/render/diff_picture.hpp"

#include "entente/core/error.hpp"
#include "entente/render/plan_parts.hpp"
#include "entente/render/style.hpp"
#include "entente/render/views.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace entente {

std::string_view to_string(EdgeChange c) {
  switch (c) {
  case EdgeChange::added:
    return "new";
  case EdgeChange::removed:
    return "vanished";
  case EdgeChange::flipped:
    return "flipped";
  case EdgeChange::stronger:
    return "stronger";
  case EdgeChange::weaker:
    return "weaker";
  case EdgeChange::unchanged:
    break;
  }
  return "unchanged";
}

EdgeChange classify_change(bool in_a, bool in_b, double before, double after) {
  before = round6(before), after = round6(after);
  if (!in_a)
    return EdgeChange::added;
  if (!in_b)
    return EdgeChange::removed;
  if ((before > 0 && after < 0) || (before < 0 && after > 0))
    return EdgeChange::flipped;
  if (std::abs(after) > std::abs(before))
    return EdgeChange::stronger;
  if (std::abs(after) < std::abs(before))
    return EdgeChange::weaker;
  return EdgeChange::unchanged;
}

namespace {

struct UnionDyad {
  bool in_a = false, in_b = false;
  double before = 0, after = 0;
  std::int64_t events = 0;
  double change() const { return round6(round6(after) - round6(before)); }
};

using DyadKey = std::pair<std::string, std::string>;

std::map<DyadKey, UnionDyad> union_dyads(const Snapshot &a, const Snapshot &b) {
  std::map<DyadKey, UnionDyad> out;
  for (const auto &d : a.graph.dyads()) {
    auto &u = out[{d.a, d.b}];
    u.in_a = true, u.before = d.edge().total().net;
  }
  for (const auto &d : b.graph.dyads()) {
    auto &u = out[{d.a, d.b}];
    u.in_b = true, u.after = d.edge().total().net, u.events = d.edge().total().events;
  }
  return out;
}

// Σ|change| per actor of either snapshot: what the budget and sizes rank by.
detail::Strengths change_strengths(const Snapshot &a, const Snapshot &b,
                                   const std::map<DyadKey, UnionDyad> &dyads) {
  detail::Strengths out;
  for (const auto *s : {&a, &b})
    for (auto v : s->graph.sorted_actors())
      out.emplace(s->graph.node(v).code, 0.0);
  for (const auto &[k, d] : dyads) {
    out[k.first] += std::abs(d.change());
    out[k.second] += std::abs(d.change());
  }
  return out;
}

PlanEdge diff_edge(const UnionDyad &d, double max_abs) {
  const auto change = classify_change(d.in_a, d.in_b, d.before, d.after);
  const double after = round6(d.after);
  PlanEdge e;
  e.colour = after > 0 ? style::cooperation : (after < 0 ? style::conflict : style::neutral);
  e.width = style::pen_width(std::abs(d.after), max_abs);
  e.style = "solid";
  switch (change) {
  case EdgeChange::removed:
    e.colour = style::neutral, e.style = "dotted";
    e.width = style::pen_width(std::abs(d.before), max_abs);
    break;
  case EdgeChange::flipped:
    e.colour = style::flipped;
    break;
  case EdgeChange::weaker:
    e.style = "dashed";
    break;
  case EdgeChange::unchanged:
    e.width = 1;
    break;
  default:
    break;
  }
  e.tooltip = std::string(to_string(change)) + ": net " + style::fixed(d.before, 1) + " -> " +
              style::fixed(d.after, 1);
  e.attract = after > 0;
  e.net = after;
  e.events = d.events;
  return e;
}

std::string node_name(const Snapshot &a, const Snapshot &b, const std::string &code) {
  if (auto v = b.graph.find(code))
    return b.graph.node(*v).name;
  if (auto v = a.graph.find(code))
    return a.graph.node(*v).name;
  return code;
}

std::string change_counts(const std::map<EdgeChange, std::size_t> &n) {
  std::string out;
  for (auto kind : {EdgeChange::added, EdgeChange::removed, EdgeChange::flipped,
                    EdgeChange::stronger, EdgeChange::weaker, EdgeChange::unchanged})
    if (auto it = n.find(kind); it != n.end())
      out += (out.empty() ? "drawn: " : ", ") + style::count(it->second) + " " +
             std::string(to_string(kind));
  return out;
}

} // namespace

DrawPlan plan_diff(const Snapshot &a, const Snapshot &b, const PictureOptions &o) {
  if (a.level != b.level)
    throw Error("cannot draw a " + std::string(to_string(a.level)) + "-level snapshot against a " +
                std::string(to_string(b.level)) + "-level one");
  DrawPlan plan;
  plan.graph_name = "entente_diff";
  plan.legend = o.legend ? LegendKind::diff : LegendKind::none;
  plan.title = o.title.empty() ? detail::source_text(b) + ": " + detail::window_text(a) + " vs " +
                                     detail::window_text(b)
                               : o.title;
  const auto dyads = union_dyads(a, b);
  const auto strength = change_strengths(a, b, dyads);
  const auto codes = detail::choose_actors(strength, o, plan.notes);
  const bool all = o.backbone.method == BackboneMethod::all;
  std::vector<detail::SignedEdge> edges;
  std::vector<const UnionDyad *> data, unchanged;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> unchanged_ends;
  for (const auto &[k, d] : dyads) {
    const long u = detail::index_of(codes, k.first), v = detail::index_of(codes, k.second);
    if (u < 0 || v < 0)
      continue;
    const auto x = static_cast<std::uint32_t>(u), y = static_cast<std::uint32_t>(v);
    if (d.change() != 0) {
      edges.push_back({x, y, d.change()});
      data.push_back(&d);
    } else if (all) {
      unchanged.push_back(&d);
      unchanged_ends.emplace_back(x, y);
    }
  }
  const auto net = detail::SignedNet::build(codes, edges);
  const Backbone bb = backbone(net, o.backbone);
  auto kept = bb.order;
  if (kept.size() + unchanged.size() > o.max_dyads) {
    plan.notes.push_back("drawing the " + style::count(o.max_dyads) + " most important of " +
                         style::count(kept.size() + unchanged.size()) +
                         " changed dyads (layout budget)");
    kept.resize(std::min(kept.size(), o.max_dyads));
    unchanged.resize(std::min(unchanged.size(), o.max_dyads - kept.size()));
  }
  std::sort(kept.begin(), kept.end());
  std::vector<char> used(codes.size(), all ? 1 : 0);
  for (auto e : kept)
    used[net.edges[e].u] = used[net.edges[e].v] = 1;
  std::vector<std::uint32_t> node_of(codes.size(), 0);
  const auto sizes = detail::node_sizes(codes, used, PictureOptions{}, strength);
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (!used[i])
      continue;
    node_of[i] = static_cast<std::uint32_t>(plan.nodes.size());
    PlanNode n;
    n.name = codes[i];
    const std::string name = node_name(a, b, codes[i]);
    n.label = detail::literal_label(name);
    n.tooltip =
        detail::literal_label(name + ": Σ|change| " + style::fixed(strength.at(codes[i]), 1));
    n.size = sizes[i];
    n.dashed = !(a.graph.find(codes[i]) && b.graph.find(codes[i]));
    if (auto p = o.positions.find(codes[i]); p != o.positions.end())
      n.pos = p->second;
    plan.nodes.push_back(std::move(n));
  }
  double max_abs = 0;
  for (auto e : kept)
    max_abs = std::max({max_abs, std::abs(data[e]->before), std::abs(data[e]->after)});
  std::map<EdgeChange, std::size_t> drawn;
  auto add = [&](const UnionDyad &d, std::uint32_t u, std::uint32_t v) {
    auto pe = diff_edge(d, max_abs);
    pe.a = node_of[u], pe.b = node_of[v];
    plan.edges.push_back(std::move(pe));
    ++drawn[classify_change(d.in_a, d.in_b, d.before, d.after)];
  };
  for (auto e : kept)
    add(*data[e], net.edges[e].u, net.edges[e].v);
  for (std::size_t i = 0; i < unchanged.size(); ++i)
    add(*unchanged[i], unchanged_ends[i].first, unchanged_ends[i].second);
  plan.caption.push_back(style::count(kept.size()) + " of " + style::count(edges.size()) +
                         " changed dyads (" + bb.describe() + ", on |change|); " +
                         style::count(plan.nodes.size()) + " of " + style::count(strength.size()) +
                         " actors");
  if (!drawn.empty())
    plan.caption.push_back(change_counts(drawn));
  plan.caption.push_back("node size: Σ|change|; dashed outline: in one snapshot only");
  detail::finish_layout_choice(plan, o);
  return plan;
}

Positions shared_layout(const Snapshot &a, const Snapshot &b, const PictureOptions &base) {
  PictureOptions free = base;
  free.positions.clear();
  auto with_measures = [&](const Snapshot &s) {
    PictureOptions p = styled_picture(s);
    p.backbone = free.backbone, p.max_actors = free.max_actors, p.max_dyads = free.max_dyads;
    p.top_n = free.top_n, p.min_weight = free.min_weight;
    return plan_snapshot(s, p);
  };
  const DrawPlan plans[] = {with_measures(a), with_measures(b), plan_diff(a, b, free)};
  // One plan with every node any picture draws (the largest size wins, so
  // that overlap removal leaves room for it) and the snapshots' edges.
  DrawPlan layout;
  std::map<std::string, std::uint32_t> index;
  for (const auto &p : plans)
    for (const auto &n : p.nodes) {
      auto [it, fresh] = index.emplace(n.name, static_cast<std::uint32_t>(layout.nodes.size()));
      if (fresh)
        layout.nodes.push_back(n);
      else
        layout.nodes[it->second].size = std::max(layout.nodes[it->second].size, n.size);
    }
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> seen;
  for (std::size_t k = 0; k < 2; ++k)
    for (const auto &e : plans[k].edges) {
      auto u = index.at(plans[k].nodes[e.a].name), v = index.at(plans[k].nodes[e.b].name);
      auto [it, fresh] = seen.emplace(std::minmax(u, v), layout.edges.size());
      if (fresh) {
        layout.edges.push_back(e);
        layout.edges.back().a = u, layout.edges.back().b = v;
      } else {
        layout.edges[it->second].attract |= e.attract;
      }
    }
  layout.legend = LegendKind::none;
  layout.engine = base.engine.empty() ? detail::default_engine(layout.nodes.size()) : base.engine;
  for (auto &n : layout.nodes)
    n.pos.reset();
  return layout_positions(layout);
}

std::string diff_dot(const Snapshot &a, const Snapshot &b, const PictureOptions &o) {
  return render_plan(plan_diff(a, b, o), {PictureFormat::dot}).front();
}

std::string render_diff_bytes(const Snapshot &a, const Snapshot &b, PictureFormat format,
                              const PictureOptions &o) {
  return render_plan(plan_diff(a, b, o), {format}).front();
}

} // namespace entente
