#include "entente/render/picture.hpp"

#include "entente/core/error.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/render/graphviz.hpp"
#include "entente/render/style.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

namespace entente {

PictureFormat picture_format_for(const std::string &path) {
  if (path == "-")
    return PictureFormat::dot;
  const auto ext = std::filesystem::path(path).extension().string();
  if (ext == ".dot" || ext == ".gv")
    return PictureFormat::dot;
  if (ext == ".svg")
    return PictureFormat::svg;
  if (ext == ".png")
    return PictureFormat::png;
  if (ext == ".pdf")
    return PictureFormat::pdf;
  throw Error::usage("cannot tell the picture format of '" + path +
                     "' (use .dot, .svg, .png or .pdf)");
}

std::string_view to_string(PictureFormat f) {
  switch (f) {
  case PictureFormat::dot:
    return "dot";
  case PictureFormat::svg:
    return "svg";
  case PictureFormat::png:
    return "png";
  case PictureFormat::pdf:
    return "pdf";
  }
  return "dot";
}

namespace detail {

std::string default_engine(std::size_t actors) { return actors <= 150 ? "neato" : "sfdp"; }

std::string literal_label(const std::string &name) {
  std::string out;
  for (char c : name) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string window_title(const Snapshot &s) {
  const auto from = s.window.from ? s.window.from : s.first_event;
  const auto to = s.window.to ? s.window.to : s.last_event;
  if (!from && !to)
    return "entente: no events";
  return "entente: " + (from ? from->to_string() : std::string("…")) + " to " +
         (to ? to->to_string() : std::string("…"));
}

} // namespace detail

namespace {

std::map<std::string, double> strengths(const Snapshot &s) {
  std::map<std::string, double> strength;
  for (auto v : s.graph.sorted_actors())
    strength[s.graph.node(v).code] = 0;
  for (const auto &d : s.graph.dyads()) {
    const double w = std::abs(d.edge().total().net);
    strength[d.a] += w;
    strength[d.b] += w;
  }
  return strength;
}

// The actors kept by --top: the N with the largest strength, ties by code.
std::set<std::string> kept_actors(const std::map<std::string, double> &strength, std::size_t top) {
  std::vector<std::pair<std::string, double>> ranked(strength.begin(), strength.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto &x, const auto &y) { return x.second > y.second; });
  if (top > 0 && ranked.size() > top)
    ranked.resize(top);
  std::set<std::string> kept;
  for (auto &r : ranked)
    kept.insert(r.first);
  return kept;
}

std::vector<char> c_string(const std::string &s) {
  std::vector<char> v(s.begin(), s.end());
  v.push_back('\0');
  return v;
}

void graph_attributes(CGraph &g, const Snapshot &s, const PictureOptions &o, int blocs) {
  const std::string title = o.title.empty() ? detail::window_title(s) : o.title;
  if (o.legend)
    set_html_attr(g.get(), g.get(), "label", style::legend_html(title, blocs, false));
  else
    set_attr(g.get(), "label", detail::literal_label(title));
  set_attr(g.get(), "labelloc", "t");
  set_attr(g.get(), "fontname", style::font);
  set_attr(g.get(), "fontsize", "14");
  set_attr(g.get(), "overlap", "prism");
  set_attr(g.get(), "splines", "true");
  set_attr(g.get(), "outputorder", "edgesfirst");
  set_attr(g.get(), "bgcolor", "white");
  set_attr(g.get(), "pad", "0.3");
  if (!o.positions.empty())
    set_attr(g.get(), "inputscale", "72"); // pinned positions are in points
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

// Builds the picture; the caller holds the Graphviz lock.
CGraph build_graph(const Snapshot &s, const PictureOptions &o) {
  CGraph g("entente", false);
  int blocs = 0;
  for (const auto &[code, b] : o.bloc)
    blocs = std::max(blocs, b + 1);
  graph_attributes(g, s, o, blocs);

  const auto strength = strengths(s);
  const auto kept = kept_actors(strength, o.top_n);
  const auto &size_by = o.centrality.empty() ? strength : o.centrality;
  double max_size = 0;
  for (const auto &[code, v] : size_by)
    if (kept.count(code))
      max_size = std::max(max_size, v);

  std::map<std::string, Agnode_t *> nodes;
  std::map<int, Agraph_t *> clusters;
  for (auto v : s.graph.sorted_actors()) {
    const auto &actor = s.graph.node(v);
    if (!kept.count(actor.code))
      continue;
    const auto b = o.bloc.find(actor.code);
    const int bloc = b == o.bloc.end() ? -1 : b->second;
    auto name = c_string(actor.code);
    Agnode_t *n = agnode(bloc_parent(g, clusters, bloc, o.clusters), name.data(), 1);
    const auto size = size_by.find(actor.code);
    const double share = size == size_by.end() || max_size <= 0
                             ? 0
                             : std::sqrt(std::max(0.0, size->second) / max_size);
    style::actor_node(n, detail::literal_label(actor.name), bloc, share);
    if (auto p = o.positions.find(actor.code); p != o.positions.end())
      set_attr(n, "pos", p->second + "!");
    nodes[actor.code] = n;
  }
  double max_net = 0;
  for (const auto &d : s.graph.dyads())
    max_net = std::max(max_net, std::abs(d.edge().total().net));
  for (const auto &d : s.graph.dyads()) {
    const auto total = d.edge().total();
    if (!nodes.count(d.a) || !nodes.count(d.b) || std::abs(total.net) < o.min_weight)
      continue;
    Agedge_t *e = agedge(g.get(), nodes[d.a], nodes[d.b], nullptr, 1);
    style::dyad_edge(e, total, max_net);
  }
  return g;
}

std::string engine_for(const Snapshot &s, const PictureOptions &o) {
  if (!o.engine.empty())
    return o.engine;
  if (!o.positions.empty())
    return "neato"; // keeps pinned positions
  return detail::default_engine(s.graph.actor_count());
}

} // namespace

std::string snapshot_dot(const Snapshot &s, const PictureOptions &o) {
  auto lock = graphviz_lock();
  return build_graph(s, o).write_dot();
}

std::string render_snapshot_bytes(const Snapshot &s, PictureFormat format,
                                  const PictureOptions &o) {
  if (format == PictureFormat::dot)
    return snapshot_dot(s, o);
  auto lock = graphviz_lock();
  const CGraph graph = build_graph(s, o);
  const Layout layout(graph, engine_for(s, o));
  const RenderBuffer out = layout.render(std::string(to_string(format)));
  return std::string(out.bytes());
}

void render_snapshot(const Snapshot &s, const std::string &path, const PictureOptions &o) {
  const auto format = picture_format_for(path);
  if (path == "-" && format != PictureFormat::dot)
    throw Error::usage("only DOT can be written to standard output");
  write_output(path, render_snapshot_bytes(s, format, o));
}

std::map<std::string, std::string> layout_positions(const Snapshot &s, const PictureOptions &o) {
  auto lock = graphviz_lock();
  const CGraph graph = build_graph(s, o);
  const Layout layout(graph, engine_for(s, o));
  // Rendering to "dot" attaches the computed "pos" attribute to every node.
  const RenderBuffer attached = layout.render("dot");
  std::map<std::string, std::string> out;
  for (Agnode_t *n = agfstnode(graph.get()); n; n = agnxtnode(graph.get(), n)) {
    char pos[] = "pos";
    if (const char *p = agget(n, pos); p && *p)
      out[agnameof(n)] = p;
  }
  return out;
}

} // namespace entente
