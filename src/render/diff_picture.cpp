#include "entente/render/diff_picture.hpp"

#include "entente/core/error.hpp"
#include "entente/render/plan_parts.hpp"
#include "entente/render/style.hpp"

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

// `dense`: translucent, thinner lines (DrawPlan's dense_edge_limit).
PlanEdge diff_edge(const UnionDyad &d, double max_abs, bool dense) {
  const auto change = classify_change(d.in_a, d.in_b, d.before, d.after);
  const double after = round6(d.after);
  const double base = dense ? 0.4 : 1.0;
  PlanEdge e;
  e.colour = after > 0 ? style::cooperation : (after < 0 ? style::conflict : style::neutral);
  e.width = style::pen_width(std::abs(d.after), max_abs, base);
  e.style = "solid";
  switch (change) {
  case EdgeChange::removed:
    e.colour = style::neutral, e.style = "dotted";
    e.width = style::pen_width(std::abs(d.before), max_abs, base);
    break;
  case EdgeChange::flipped:
    e.colour = style::flipped;
    break;
  case EdgeChange::weaker:
    e.style = "dashed";
    break;
  case EdgeChange::unchanged:
    e.width = base;
    break;
  default:
    break;
  }
  if (dense)
    e.colour = style::with_alpha(e.colour, 0x99);
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

// The changed dyads among the chosen actors (w = change), and for "all"
// the unchanged ones too.
struct Changes {
  std::vector<detail::SignedEdge> edges;
  std::vector<const UnionDyad *> data; // per edge
  std::vector<std::pair<std::uint32_t, std::uint32_t>> unchanged_ends;
  std::vector<const UnionDyad *> unchanged;
};

Changes collect_changes(const std::map<DyadKey, UnionDyad> &dyads,
                        const std::vector<std::string> &codes, bool all) {
  Changes c;
  for (const auto &[k, d] : dyads) {
    const long u = detail::index_of(codes, k.first), v = detail::index_of(codes, k.second);
    if (u < 0 || v < 0)
      continue;
    const auto x = static_cast<std::uint32_t>(u), y = static_cast<std::uint32_t>(v);
    if (d.change() != 0) {
      c.edges.push_back({x, y, d.change()});
      c.data.push_back(&d);
    } else if (all) {
      c.unchanged.push_back(&d);
      c.unchanged_ends.emplace_back(x, y);
    }
  }
  return c;
}

// The backbone's order cut to the budget (changed dyads first), sorted.
std::vector<std::uint32_t> within_budget(std::vector<std::uint32_t> kept, Changes &c,
                                         const PictureOptions &o, std::vector<std::string> &notes) {
  if (kept.size() + c.unchanged.size() > o.max_dyads) {
    notes.push_back("drawing the " + style::count(o.max_dyads) + " most important of " +
                    style::count(kept.size() + c.unchanged.size()) +
                    " changed dyads (layout budget: " + style::count(o.max_dyads) +
                    " dyads; raise it with --max-dyads)");
    kept.resize(std::min(kept.size(), o.max_dyads));
    c.unchanged.resize(std::min(c.unchanged.size(), o.max_dyads - kept.size()));
  }
  std::sort(kept.begin(), kept.end());
  return kept;
}

PlanNode diff_node(const Snapshot &a, const Snapshot &b, const std::string &code, double size,
                   const detail::Strengths &strength, const PictureOptions &o) {
  PlanNode n;
  n.name = code;
  const std::string name = node_name(a, b, code);
  n.label = detail::literal_label(name);
  n.tooltip = detail::literal_label(name + ": Σ|change| " + style::fixed(strength.at(code), 1));
  n.size = size;
  n.dashed = !(a.graph.find(code) && b.graph.find(code));
  if (auto p = o.positions.find(code); p != o.positions.end())
    n.pos = p->second;
  return n;
}

std::vector<std::uint32_t> add_diff_nodes(DrawPlan &plan, const Snapshot &a, const Snapshot &b,
                                          const std::vector<std::string> &codes,
                                          const std::vector<char> &used,
                                          const detail::Strengths &strength,
                                          const PictureOptions &o) {
  std::vector<std::uint32_t> node_of(codes.size(), 0);
  const auto sizes = detail::node_sizes(codes, used, PictureOptions{}, strength);
  for (std::size_t i = 0; i < codes.size(); ++i)
    if (used[i]) {
      node_of[i] = static_cast<std::uint32_t>(plan.nodes.size());
      plan.nodes.push_back(diff_node(a, b, codes[i], sizes[i], strength, o));
    }
  return node_of;
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
  Changes c = collect_changes(dyads, codes, all);
  const auto net = detail::SignedNet::build(codes, c.edges); // keeps collect_changes' order
  const Backbone bb = backbone(net, o.backbone);
  const auto kept = within_budget(bb.order, c, o, plan.notes);
  std::vector<char> used(codes.size(), all ? 1 : 0);
  for (auto e : kept)
    used[net.edges[e].u] = used[net.edges[e].v] = 1;
  const auto node_of = add_diff_nodes(plan, a, b, codes, used, strength, o);
  double max_abs = 0;
  for (auto e : kept)
    max_abs = std::max({max_abs, std::abs(c.data[e]->before), std::abs(c.data[e]->after)});
  std::map<EdgeChange, std::size_t> drawn;
  const bool dense = kept.size() + c.unchanged.size() > dense_edge_limit;
  auto add = [&](const UnionDyad &d, std::uint32_t u, std::uint32_t v) {
    auto pe = diff_edge(d, max_abs, dense);
    pe.a = node_of[u], pe.b = node_of[v];
    plan.edges.push_back(std::move(pe));
    ++drawn[classify_change(d.in_a, d.in_b, d.before, d.after)];
  };
  for (auto e : kept)
    add(*c.data[e], net.edges[e].u, net.edges[e].v);
  for (std::size_t i = 0; i < c.unchanged.size(); ++i)
    add(*c.unchanged[i], c.unchanged_ends[i].first, c.unchanged_ends[i].second);
  plan.caption.push_back(style::count(kept.size()) + " of " + style::count(c.edges.size()) +
                         " changed dyads (" + bb.describe() + ", on |change|); " +
                         style::count(plan.nodes.size()) + " of " + style::count(strength.size()) +
                         " actors");
  if (!drawn.empty())
    plan.caption.push_back(change_counts(drawn));
  plan.caption.push_back("node size: Σ|change|; dashed outline: in one snapshot only");
  detail::finish_layout_choice(plan, o);
  return plan;
}

} // namespace entente
