// A DrawPlan through Graphviz: the cgraph built from the plan, one layout,
// then each requested format rendered from that layout.
#include "entente/core/error.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/render/graphviz.hpp"
#include "entente/render/legend.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/png.hpp"
#include "entente/render/style.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace entente {
namespace {

// Conflict ties are drawn with this preferred length (neato) against 1 for
// cooperation: adversaries end up apart, blocs together.
constexpr const char *conflict_length = "2.5";
// The largest drawing in inches (Graphviz scales a larger layout down), so
// that a PNG is at most 2,880 pixels square at 96 dpi: rasterising and
// encoding cost grows with the pixels (a 250-actor picture at 3,621 × 2,600
// took 0.65 s), and node labels stay legible at this size.
constexpr const char *max_size = "30,30";

std::vector<char> c_string(const std::string &s) {
  std::vector<char> v(s.begin(), s.end());
  v.push_back('\0');
  return v;
}

std::string position(const Point &p) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f,%.2f!", p.x, p.y);
  return buf;
}

void graph_attributes(CGraph &g, const DrawPlan &plan) {
  if (plan.legend == LegendKind::none && plan.caption.empty())
    set_attr(g.get(), "label", detail::literal_label(plan.title));
  else
    set_html_attr(g.get(), g.get(), "label", legend_html(plan));
  set_attr(g.get(), "labelloc", "t");
  set_attr(g.get(), "fontname", style::font);
  set_attr(g.get(), "fontsize", "14");
  if (plan.engine != "nop")
    set_attr(g.get(), "overlap", "prism");
  set_attr(g.get(), "splines", plan.curved ? "true" : "false");
  set_attr(g.get(), "outputorder", "edgesfirst");
  set_attr(g.get(), "bgcolor", "white");
  set_attr(g.get(), "pad", "0.3");
  set_attr(g.get(), "size", max_size);
}

// The subgraph a bloc's nodes go in: a cluster box when asked for.
Agraph_t *bloc_parent(CGraph &g, std::map<int, Agraph_t *> &clusters, int bloc, bool boxes) {
  if (!boxes || bloc < 0)
    return g.get();
  auto &sub = clusters[bloc];
  if (!sub) {
    auto name = c_string("cluster_bloc_" + std::to_string(bloc + 1));
    sub = agsubg(g.get(), name.data(), 1);
    set_attr(sub, "label", "bloc " + std::to_string(bloc + 1));
    set_attr(sub, "color", style::bloc_line(bloc));
    set_attr(sub, "style", "rounded");
  }
  return sub;
}

Agnode_t *add_node(Agraph_t *parent, const PlanNode &p) {
  auto name = c_string(p.name);
  Agnode_t *n = agnode(parent, name.data(), 1);
  set_attr(n, "label", p.label);
  set_attr(n, "tooltip", p.tooltip);
  set_attr(n, "shape", "ellipse");
  set_attr(n, "style", p.dashed ? "filled,dashed" : "filled");
  set_attr(n, "fillcolor", style::bloc_fill(p.bloc));
  set_attr(n, "color", style::bloc_line(p.bloc));
  set_attr(n, "penwidth", p.bloc < 0 ? "1" : "1.5");
  set_attr(n, "fontname", style::font);
  set_attr(n, "fontsize", style::fixed(11.0 + 9.0 * p.size, 1));
  set_attr(n, "width", style::fixed(0.6 + 1.2 * p.size, 2));
  set_attr(n, "height", style::fixed(0.35 + 0.5 * p.size, 2));
  if (p.pos)
    set_attr(n, "pos", position(*p.pos));
  return n;
}

void add_edge(Agraph_t *g, Agnode_t *u, Agnode_t *v, const PlanEdge &p) {
  Agedge_t *e = agedge(g, u, v, nullptr, 1);
  set_attr(e, "color", p.colour);
  set_attr(e, "penwidth", style::fixed(p.width, 2));
  set_attr(e, "style", p.style);
  set_attr(e, "tooltip", p.tooltip);
  if (!p.attract)
    set_attr(e, "len", conflict_length);
  set_attr(e, "net", style::fixed(p.net, 6));
  set_attr(e, "sign", p.net > 0 ? "1" : (p.net < 0 ? "-1" : "0"));
  set_attr(e, "events", std::to_string(p.events));
}

// Builds the picture's graph with the plan's edges for which keep(i) holds.
template <class Keep> CGraph build(const DrawPlan &plan, Keep keep) {
  CGraph g(plan.graph_name, false);
  graph_attributes(g, plan);
  std::vector<Agnode_t *> nodes;
  nodes.reserve(plan.nodes.size());
  std::map<int, Agraph_t *> clusters;
  for (const auto &n : plan.nodes)
    nodes.push_back(add_node(bloc_parent(g, clusters, n.bloc, plan.clusters), n));
  for (std::size_t i = 0; i < plan.edges.size(); ++i)
    if (keep(i))
      add_edge(g.get(), nodes[plan.edges[i].a], nodes[plan.edges[i].b], plan.edges[i]);
  return g;
}

CGraph build_all(const DrawPlan &plan) {
  return build(plan, [](std::size_t) { return true; });
}

// sfdp has no preferred edge lengths, so it lays out the ties that attract
// (cooperation), plus the strongest tie of any actor that has none, so
// that no actor floats free; every edge is then drawn at those positions.
Positions attraction_layout(const DrawPlan &plan) {
  std::vector<long> fallback(plan.nodes.size(), -1);
  std::vector<char> attracted(plan.nodes.size(), 0);
  for (std::size_t i = 0; i < plan.edges.size(); ++i) {
    const auto &e = plan.edges[i];
    if (e.attract)
      attracted[e.a] = attracted[e.b] = 1;
    for (auto x : {e.a, e.b}) {
      long &f = fallback[x];
      if (f < 0 || std::abs(e.net) > std::abs(plan.edges[static_cast<std::size_t>(f)].net))
        f = static_cast<long>(i);
    }
  }
  std::vector<char> keep(plan.edges.size(), 0);
  for (std::size_t i = 0; i < plan.edges.size(); ++i)
    keep[i] = plan.edges[i].attract;
  for (std::size_t x = 0; x < plan.nodes.size(); ++x)
    if (!attracted[x] && fallback[x] >= 0)
      keep[static_cast<std::size_t>(fallback[x])] = 1;
  DrawPlan positions_only = plan;
  positions_only.curved = false; // only node positions are read from this layout
  const CGraph g = build(positions_only, [&](std::size_t i) { return keep[i] != 0; });
  const Layout layout(g, "sfdp");
  Positions out;
  for (Agnode_t *n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n))
    out[agnameof(n)] = node_position(n);
  return out;
}

bool unpinned_sfdp(const DrawPlan &plan) {
  return plan.engine == "sfdp" &&
         std::any_of(plan.nodes.begin(), plan.nodes.end(), [](const auto &n) { return !n.pos; });
}

// The plan as it will be laid out: for sfdp, with the attraction layout's
// positions pinned (the caller holds the Graphviz lock).
DrawPlan with_layout_positions(const DrawPlan &plan) {
  DrawPlan pinned = plan;
  const auto pos = attraction_layout(plan);
  for (auto &n : pinned.nodes)
    if (auto p = pos.find(n.name); p != pos.end())
      n.pos = p->second;
  pinned.engine = "nop";
  return pinned;
}

// PNG from Graphviz's pixels (an uncompressed BMP) with a fast encoder, see
// png.hpp; Graphviz's own PNG writer when its BMP device is missing.
std::string render_png(const Layout &layout) {
  std::string bmp;
  try {
    bmp = std::string(layout.render("bmp").bytes());
  } catch (const Error &) {
    return std::string(layout.render("png").bytes());
  }
  return detail::bmp_to_png(bmp);
}

} // namespace

std::vector<std::string> render_plan(const DrawPlan &plan,
                                     const std::vector<PictureFormat> &formats) {
  auto lock = graphviz_lock();
  std::vector<std::string> out(formats.size());
  bool images = false;
  {
    const CGraph dot = build_all(plan);
    for (std::size_t i = 0; i < formats.size(); ++i) {
      if (formats[i] == PictureFormat::dot)
        out[i] = dot.write_dot();
      else
        images = true;
    }
  }
  if (!images)
    return out;
  const DrawPlan laid = unpinned_sfdp(plan) ? with_layout_positions(plan) : plan;
  const CGraph graph = build_all(laid);
  const Layout layout(graph, laid.engine);
  for (std::size_t i = 0; i < formats.size(); ++i) {
    if (formats[i] == PictureFormat::png)
      out[i] = render_png(layout);
    else if (formats[i] != PictureFormat::dot)
      out[i] = std::string(layout.render(std::string(to_string(formats[i]))).bytes());
  }
  return out;
}

void write_pictures(const DrawPlan &plan, const std::vector<std::string> &paths) {
  std::vector<PictureFormat> formats;
  for (const auto &p : paths) {
    formats.push_back(picture_format_for(p));
    if (p == "-" && formats.back() != PictureFormat::dot)
      throw Error::usage("only DOT can be written to standard output");
  }
  const auto bytes = render_plan(plan, formats);
  for (std::size_t i = 0; i < paths.size(); ++i)
    write_output(paths[i], bytes[i]);
}

Positions layout_positions(const DrawPlan &plan) {
  auto lock = graphviz_lock();
  if (unpinned_sfdp(plan))
    return attraction_layout(plan);
  DrawPlan positions_only = plan;
  positions_only.curved = false; // no edge routes: only node positions are read
  const CGraph graph = build_all(positions_only);
  const Layout layout(graph, plan.engine);
  Positions out;
  for (Agnode_t *n = agfstnode(graph.get()); n; n = agnxtnode(graph.get(), n))
    out[agnameof(n)] = node_position(n);
  return out;
}

} // namespace entente
