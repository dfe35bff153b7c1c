#include "entente/render/views.hpp"

#include "entente/render/style.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace entente {

std::map<std::string, int> bloc_map(const Metrics &metrics) {
  std::map<std::string, int> out;
  if (!metrics.blocs)
    return out;
  const auto &blocs = metrics.blocs->modularity.blocs;
  for (std::size_t b = 0; b < blocs.size(); ++b)
    for (const auto &code : blocs[b])
      out[code] = static_cast<int>(b);
  return out;
}

std::map<std::string, double> centrality_map(const Metrics &metrics,
                                             double ActorCentrality::*field) {
  std::map<std::string, double> out;
  if (metrics.centrality)
    for (const auto &a : metrics.centrality->actors)
      out[a.code] = a.*field;
  return out;
}

HeadlineFigures headline_figures(const Metrics &m) {
  HeadlineFigures h;
  if (const auto &b = m.balance) {
    h.triangle_balance = b->triangles.stored_balance();
    h.walk_balance = b->walk.value;
    h.frustration_L = static_cast<double>(b->frustration.L);
    h.frustration_F = b->frustration.F;
  }
  if (const auto &b = m.blocs) {
    h.blocs = static_cast<double>(b->modularity.k);
    h.modularity_Q = b->modularity.Q;
  }
  return h;
}

PictureOptions styled_picture(const Snapshot &s) {
  PictureOptions p;
  p.bloc = bloc_map(s.metrics);
  if (!p.bloc.empty())
    p.bloc_method = "signed modularity";
  p.size = centrality_map(s.metrics, &ActorCentrality::pagerank_pos);
  if (!p.size.empty())
    p.size_measure = "PageRank of cooperation ties";
  return p;
}

std::optional<Heatmap> alignment_heatmap(const Snapshot &s, const std::string &measure,
                                         std::size_t limit) {
  if (!s.metrics.alignment || s.metrics.alignment->actors.empty())
    return std::nullopt;
  const auto &al = *s.metrics.alignment;
  const auto *values = measure == "s_abs"             ? &al.s_abs
                       : measure == "kappa_quadratic" ? &al.kappa
                       : measure == "scott_pi"        ? &al.pi
                                                      : nullptr;
  if (!values)
    return std::nullopt;
  const auto *actors = &al.actors;
  const auto blocs = bloc_map(s.metrics);
  std::map<std::string, double> strength;
  for (const auto &d : s.graph.dyads()) {
    strength[d.a] += std::abs(d.edge().total().net);
    strength[d.b] += std::abs(d.edge().total().net);
  }
  std::vector<std::size_t> order(actors->size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  auto name = [&](std::size_t i) { return (*actors)[i]; };
  // Keep the strongest, then order by bloc so that blocs show as squares.
  std::stable_sort(order.begin(), order.end(),
                   [&](auto x, auto y) { return strength[name(x)] > strength[name(y)]; });
  if (order.size() > limit)
    order.resize(limit);
  auto bloc_of = [&](std::size_t i) {
    auto it = blocs.find(name(i));
    return it == blocs.end() ? -1 : it->second;
  };
  auto bloc_key = [&](std::size_t i) { // actors without a bloc last
    const int b = bloc_of(i);
    return b < 0 ? std::numeric_limits<int>::max() : b;
  };
  std::stable_sort(order.begin(), order.end(), [&](auto x, auto y) {
    return std::make_pair(bloc_key(x), name(x)) < std::make_pair(bloc_key(y), name(y));
  });
  Heatmap h;
  const std::size_t all = actors->size();
  h.title = "Alignment (" + measure + ") " +
            (order.size() < all ? "of the " + style::count(order.size()) + " strongest of " +
                                      style::count(all) + " actors"
                                : "between " + style::count(all) + " actors") +
            ", ordered by bloc";
  for (auto i : order) {
    h.labels.push_back(name(i));
    h.group.push_back(bloc_of(i));
    std::vector<double> row;
    for (auto j : order)
      row.push_back((*values)[i][j]);
    h.values.push_back(row);
  }
  return h;
}

std::vector<RankedDyad> strongest_dyads(const Snapshot &s, std::size_t n, bool cooperative) {
  std::vector<RankedDyad> all;
  for (const auto &d : s.graph.dyads()) {
    const auto t = d.edge().total();
    const double net = round6(t.net);
    if ((cooperative && net > 0) || (!cooperative && net < 0))
      all.push_back({d.a, d.b, net, t.events});
  }
  std::stable_sort(all.begin(), all.end(), [&](const auto &x, const auto &y) {
    return cooperative ? x.net > y.net : x.net < y.net;
  });
  if (all.size() > n)
    all.resize(n);
  return all;
}

} // namespace entente
