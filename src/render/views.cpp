#include "entente/render/views.hpp"

#include "entente/metrics/centrality.hpp"
#include "entente/render/style.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace entente {

std::optional<double> number_at(const nlohmann::json &j, std::initializer_list<const char *> path) {
  const nlohmann::json *p = &j;
  for (const char *key : path) {
    if (!p->is_object() || !p->contains(key))
      return std::nullopt;
    p = &(*p)[key];
  }
  return p->is_number() ? std::optional<double>(p->get<double>()) : std::nullopt;
}

namespace {
const nlohmann::json *at(const nlohmann::json &j, std::initializer_list<const char *> path) {
  const nlohmann::json *p = &j;
  for (const char *key : path) {
    if (!p->is_object() || !p->contains(key))
      return nullptr;
    p = &(*p)[key];
  }
  return p;
}
} // namespace

std::map<std::string, int> bloc_map(const nlohmann::json &metrics) {
  std::map<std::string, int> out;
  const auto *blocs = at(metrics, {"blocs", "modularity", "blocs"});
  if (!blocs || !blocs->is_array())
    return out;
  for (std::size_t b = 0; b < blocs->size(); ++b)
    for (const auto &code : (*blocs)[b])
      if (code.is_string())
        out[code.get<std::string>()] = static_cast<int>(b);
  return out;
}

std::map<std::string, double> centrality_map(const nlohmann::json &metrics,
                                             const std::string &measure) {
  std::map<std::string, double> out;
  const auto *actors = at(metrics, {"centrality", "actors"});
  if (!actors || !actors->is_array())
    return out;
  for (const auto &a : *actors)
    if (a.contains("code") && a.contains(measure) && a[measure].is_number())
      out[a["code"].get<std::string>()] = a[measure].get<double>();
  return out;
}

PictureOptions styled_picture(const Snapshot &s) {
  PictureOptions p;
  p.bloc = bloc_map(s.metrics);
  if (!p.bloc.empty())
    p.bloc_method = "signed modularity";
  p.size = centrality_map(s.metrics, pagerank_pos_key);
  if (!p.size.empty())
    p.size_measure = "PageRank of cooperation ties";
  return p;
}

std::optional<Heatmap> alignment_heatmap(const Snapshot &s, const std::string &measure,
                                         std::size_t limit) {
  const auto *actors = at(s.metrics, {"alignment", "actors"});
  const auto *values = at(s.metrics, {"alignment", measure.c_str()});
  if (!actors || !values || !actors->is_array() || actors->size() != values->size() ||
      actors->empty())
    return std::nullopt;
  const auto blocs = bloc_map(s.metrics);
  std::map<std::string, double> strength;
  for (const auto &d : s.graph.dyads()) {
    strength[d.a] += std::abs(d.edge().total().net);
    strength[d.b] += std::abs(d.edge().total().net);
  }
  std::vector<std::size_t> order(actors->size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  auto name = [&](std::size_t i) { return (*actors)[i].get<std::string>(); };
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
    for (auto j : order) {
      const auto &v = (*values)[i][j];
      row.push_back(v.is_number() ? v.get<double>() : NAN);
    }
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
