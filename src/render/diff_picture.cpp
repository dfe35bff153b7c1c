#include "entente/render/diff_picture.hpp"

#include "entente/core/error.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/render/graphviz.hpp"
#include "entente/render/style.hpp"

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

// Both snapshots' actors and dyads in one graph (nets added), to lay out once.
Snapshot union_snapshot(const Snapshot &a, const Snapshot &b) {
  SnapshotBuilder builder({.window = {}, .level = b.level});
  Snapshot u = std::move(builder).finish({});
  SignedGraph g;
  for (const auto *s : {&a, &b})
    for (const auto &d : s->graph.dyads()) {
      g.add_stats(d.a, d.b, d.edge().forward);
      g.add_stats(d.b, d.a, d.edge().backward);
    }
  for (const auto *s : {&a, &b})
    for (auto v : s->graph.sorted_actors())
      g.actor(s->graph.node(v).code);
  u.graph = g.canonical();
  u.window = {a.window.from ? a.window.from : a.first_event,
              b.window.to ? b.window.to : b.last_event};
  return u;
}

void diff_edge(Agedge_t *e, const UnionDyad &d, double max_abs) {
  const auto change = classify_change(d.in_a, d.in_b, d.before, d.after);
  const double after = round6(d.after);
  const char *colour =
      after > 0 ? style::cooperation : (after < 0 ? style::conflict : style::neutral);
  double width = style::pen_width(std::abs(d.after), max_abs);
  std::string line = "solid";
  switch (change) {
  case EdgeChange::removed:
    colour = style::neutral, line = "dotted";
    width = style::pen_width(std::abs(d.before), max_abs);
    break;
  case EdgeChange::flipped:
    colour = style::flipped;
    break;
  case EdgeChange::weaker:
    line = "dashed";
    break;
  case EdgeChange::unchanged:
    width = 1;
    break;
  default:
    break;
  }
  set_attr(e, "color", colour);
  set_attr(e, "style", line);
  set_attr(e, "penwidth", style::fixed(width, 2));
  set_attr(e, "tooltip",
           std::string(to_string(change)) + ": net " + style::fixed(d.before, 1) + " -> " +
               style::fixed(d.after, 1));
}

CGraph build_diff(const Snapshot &a, const Snapshot &b, const SharedLayout &layout) {
  const Snapshot u = union_snapshot(a, b);
  CGraph g("entente_diff", false);
  const std::string title =
      "entente: " + detail::window_title(a).substr(9) + " vs " + detail::window_title(b).substr(9);
  set_html_attr(g.get(), g.get(), "label", style::legend_html(title, 0, true));
  set_attr(g.get(), "labelloc", "t");
  set_attr(g.get(), "fontname", style::font);
  set_attr(g.get(), "splines", "true");
  set_attr(g.get(), "outputorder", "edgesfirst");
  set_attr(g.get(), "bgcolor", "white");
  set_attr(g.get(), "pad", "0.3");
  set_attr(g.get(), "inputscale", "72");
  std::map<std::string, Agnode_t *> nodes;
  for (auto v : u.graph.sorted_actors()) {
    const auto &actor = u.graph.node(v);
    std::vector<char> name(actor.code.begin(), actor.code.end());
    name.push_back('\0');
    Agnode_t *n = agnode(g.get(), name.data(), 1);
    const bool both = a.graph.find(actor.code) && b.graph.find(actor.code);
    style::actor_node(n, detail::literal_label(actor.name), -1, 0.2);
    if (!both)
      set_attr(n, "style", "filled,dashed");
    if (auto p = layout.options.positions.find(actor.code); p != layout.options.positions.end())
      set_attr(n, "pos", p->second + "!");
    nodes[actor.code] = n;
  }
  const auto dyads = union_dyads(a, b);
  double max_abs = 0;
  for (const auto &[k, d] : dyads)
    max_abs = std::max({max_abs, std::abs(d.before), std::abs(d.after)});
  for (const auto &[k, d] : dyads)
    diff_edge(agedge(g.get(), nodes[k.first], nodes[k.second], nullptr, 1), d, max_abs);
  return g;
}

} // namespace

SharedLayout shared_layout(const Snapshot &a, const Snapshot &b, const PictureOptions &base) {
  if (a.level != b.level)
    throw Error("cannot draw a " + std::string(to_string(a.level)) + "-level snapshot against a " +
                std::string(to_string(b.level)) + "-level one");
  SharedLayout out{base};
  PictureOptions plain = base;
  plain.positions.clear();
  plain.top_n = 0;
  out.options.positions = layout_positions(union_snapshot(a, b), plain);
  out.options.engine = "neato";
  return out;
}

std::string diff_dot(const Snapshot &a, const Snapshot &b, const SharedLayout &layout) {
  auto lock = graphviz_lock();
  return build_diff(a, b, layout).write_dot();
}

std::string render_diff_bytes(const Snapshot &a, const Snapshot &b, PictureFormat format,
                              const SharedLayout &layout) {
  if (format == PictureFormat::dot)
    return diff_dot(a, b, layout);
  auto lock = graphviz_lock();
  const CGraph graph = build_diff(a, b, layout);
  const Layout laid(graph, "neato");
  const RenderBuffer out = laid.render(std::string(to_string(format)));
  return std::string(out.bytes());
}

void render_diff(const Snapshot &a, const Snapshot &b, const std::string &path,
                 const SharedLayout &layout) {
  write_output(path, render_diff_bytes(a, b, picture_format_for(path), layout));
}

} // namespace entente
