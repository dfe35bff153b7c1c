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

namespace {

std::string default_engine(std::size_t actors) { return actors <= 150 ? "neato" : "sfdp"; }

// Graphviz reads labels as escString (\N, \n, \l are escapes), so a name is
// drawn literally only with its backslashes doubled.
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

// The actors kept by --top: the N with the largest strength (sum of |net|),
// ties broken by code.
std::set<std::string> kept_actors(const Snapshot &s, const PictureOptions &o) {
  std::map<std::string, double> strength;
  for (auto v : s.graph.sorted_actors())
    strength[s.graph.node(v).code] = 0;
  for (const auto &d : s.graph.dyads()) {
    const double w = std::abs(d.edge().total().net);
    strength[d.a] += w;
    strength[d.b] += w;
  }
  std::vector<std::pair<std::string, double>> ranked(strength.begin(), strength.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto &x, const auto &y) { return x.second > y.second; });
  if (o.top_n > 0 && ranked.size() > o.top_n)
    ranked.resize(o.top_n);
  std::set<std::string> kept;
  for (auto &r : ranked)
    kept.insert(r.first);
  return kept;
}

// Builds the picture; the caller holds the Graphviz lock.
CGraph build_graph(const Snapshot &s, const PictureOptions &o) {
  CGraph g("entente", false);
  set_attr(g.get(), "label", literal_label(o.title.empty() ? window_title(s) : o.title));
  set_attr(g.get(), "labelloc", "t");
  set_attr(g.get(), "fontname", style::font);
  set_attr(g.get(), "fontsize", "18");
  set_attr(g.get(), "overlap", "prism");
  set_attr(g.get(), "splines", "true");
  set_attr(g.get(), "outputorder", "edgesfirst");
  set_attr(g.get(), "bgcolor", "white");
  set_attr(g.get(), "pad", "0.3");

  const auto kept = kept_actors(s, o);
  double max_net = 0;
  for (const auto &d : s.graph.dyads())
    max_net = std::max(max_net, std::abs(d.edge().total().net));

  std::map<std::string, Agnode_t *> nodes;
  for (auto v : s.graph.sorted_actors()) {
    const auto &actor = s.graph.node(v);
    if (!kept.count(actor.code))
      continue;
    std::vector<char> name(actor.code.begin(), actor.code.end());
    name.push_back('\0');
    Agnode_t *n = agnode(g.get(), name.data(), 1);
    style::actor_node(n, actor, literal_label(actor.name));
    nodes[actor.code] = n;
  }
  for (const auto &d : s.graph.dyads()) {
    const auto total = d.edge().total();
    if (!nodes.count(d.a) || !nodes.count(d.b) || std::abs(total.net) < o.min_weight)
      continue;
    Agedge_t *e = agedge(g.get(), nodes[d.a], nodes[d.b], nullptr, 1);
    style::dyad_edge(e, total, max_net);
  }
  return g;
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
  const Layout layout(graph, o.engine.empty() ? default_engine(s.graph.actor_count()) : o.engine);
  const RenderBuffer out = layout.render(std::string(to_string(format)));
  return std::string(out.bytes());
}

void render_snapshot(const Snapshot &s, const std::string &path, const PictureOptions &o) {
  const auto format = picture_format_for(path);
  if (path == "-" && format != PictureFormat::dot)
    throw Error::usage("only DOT can be written to standard output");
  write_output(path, render_snapshot_bytes(s, format, o));
}

} // namespace entente
