#include "entente/compare/edge_diff.hpp"

#include "entente/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

namespace entente {
namespace {

using DyadKey = std::pair<std::string, std::string>;

std::map<DyadKey, double> net_by_dyad(const Snapshot &s, bool nonzero_only) {
  std::map<DyadKey, double> out;
  for (const auto &d : s.graph.dyads()) {
    const double net = round6(d.edge().total().net);
    if (!nonzero_only || net != 0)
      out[{d.a, d.b}] = net;
  }
  return out;
}

int sign(double x) { return x > 0 ? 1 : (x < 0 ? -1 : 0); }

} // namespace

EdgeDiff diff_edges(const Snapshot &a, const Snapshot &b, std::size_t top, bool nonzero_only) {
  if (a.level != b.level)
    throw Error("cannot compare a " + std::string(to_string(a.level)) + "-level snapshot with a " +
                std::string(to_string(b.level)) + "-level one");
  const auto na = net_by_dyad(a, nonzero_only), nb = net_by_dyad(b, nonzero_only);
  std::map<DyadKey, DyadChange> all;
  for (const auto &[k, v] : na)
    all[k] = {k.first, k.second, v, 0};
  for (const auto &[k, v] : nb) {
    auto &c = all[k];
    c.a = k.first, c.b = k.second, c.after = v;
  }
  EdgeDiff d;
  for (auto v : b.graph.sorted_actors())
    if (!a.graph.find(b.graph.node(v).code))
      d.actors_added.push_back(b.graph.node(v).code);
  for (auto v : a.graph.sorted_actors())
    if (!b.graph.find(a.graph.node(v).code))
      d.actors_removed.push_back(a.graph.node(v).code);
  for (const auto &[k, c] : all) {
    const bool in_a = na.count(k), in_b = nb.count(k);
    if (!in_a)
      d.added.push_back(c);
    else if (!in_b)
      d.removed.push_back(c);
    else if (sign(c.before) * sign(c.after) < 0)
      d.flipped.push_back(c);
    // A dyad that did not change is no "largest change" (a snapshot against
    // itself listed ten changes of 0).
    if (round6(c.after - c.before) != 0)
      d.top_changes.push_back(c);
  }
  std::stable_sort(d.top_changes.begin(), d.top_changes.end(), [](const auto &x, const auto &y) {
    return std::abs(x.after - x.before) > std::abs(y.after - y.before);
  });
  if (d.top_changes.size() > top)
    d.top_changes.resize(top);
  return d;
}

void to_json(nlohmann::json &j, const DyadChange &c) {
  j = nlohmann::json{{"a", c.a},
                     {"b", c.b},
                     {"before", round6(c.before)},
                     {"after", round6(c.after)},
                     {"change", round6(c.after - c.before)}};
}

void to_json(nlohmann::json &j, const EdgeDiff &d) {
  j = nlohmann::json{{"actors_added", d.actors_added},
                     {"actors_removed", d.actors_removed},
                     {"added", d.added},
                     {"removed", d.removed},
                     {"flipped", d.flipped},
                     {"top_changes", d.top_changes}};
}

} // namespace entente
