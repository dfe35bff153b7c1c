// shared_layout: one layout for a diff and the two snapshots it compares,
// so that each actor stands in the same place in all three pictures.
#include "entente/render/diff_picture.hpp"
#include "entente/render/views.hpp"

#include <algorithm>
#include <map>

namespace entente {

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
