#include "entente/compare/snapshot_diff.hpp"

#include "entente/compare/partition.hpp"
#include "entente/core/error.hpp"
#include "entente/metrics/compute.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <nlohmann/json.hpp>

namespace entente {
namespace {

using nlohmann::json;

// Largest |key| first, ties in the order given (callers sort by name first).
template <typename T, typename Key> void keep_largest(std::vector<T> &v, std::size_t top, Key key) {
  std::stable_sort(v.begin(), v.end(),
                   [&](const T &x, const T &y) { return std::abs(key(x)) > std::abs(key(y)); });
  if (v.size() > top)
    v.resize(top);
}

// Measures diff reads; a snapshot without them gets them computed.
bool has_measures(const Metrics &m) {
  return m.balance && m.blocs && m.centrality && (m.alignment || m.alignment_omitted);
}

std::optional<AlignmentTable> alignment_table(const Metrics &m) {
  if (!m.alignment)
    return std::nullopt; // omitted (too many actors)
  return AlignmentTable{m.alignment->actors, m.alignment->kappa, m.alignment->s_abs};
}

// Actor -> bloc index; reading the snapshot checked that no actor is in two.
std::map<std::string, int> partition(const Metrics &m) {
  std::map<std::string, int> out;
  const auto &blocs = m.blocs->modularity.blocs;
  for (std::size_t i = 0; i < blocs.size(); ++i)
    for (const auto &code : blocs[i])
      out.emplace(code, static_cast<int>(i));
  return out;
}

std::map<std::string, double> pagerank(const Metrics &m) {
  std::map<std::string, double> out;
  for (const auto &a : m.centrality->actors)
    out[a.code] = a.pagerank_pos;
  return out;
}

std::vector<MeasureChange> balance_changes(const Metrics &a, const Metrics &b) {
  const auto &x = a.balance, &y = b.balance;
  return {{"triangle_balance", x->triangles.stored_balance(), y->triangles.stored_balance()},
          {"walk_balance", x->walk.value, y->walk.value},
          {"frustration_L", static_cast<double>(x->frustration.L),
           static_cast<double>(y->frustration.L)},
          {"frustration_F", x->frustration.F, y->frustration.F}};
}

json optional_number(const std::optional<double> &x) { return x ? json(round6(*x)) : json(); }

} // namespace

AlignmentShifts alignment_shifts(const AlignmentTable &a, const AlignmentTable &b,
                                 std::size_t top) {
  std::map<std::string, std::size_t> in_b;
  for (std::size_t i = 0; i < b.actors.size(); ++i)
    in_b[b.actors[i]] = i;
  std::vector<std::pair<std::size_t, std::size_t>> shared; // (index in a, index in b)
  for (std::size_t i = 0; i < a.actors.size(); ++i)
    if (auto it = in_b.find(a.actors[i]); it != in_b.end())
      shared.push_back({i, it->second});
  std::sort(shared.begin(), shared.end(),
            [&](const auto &x, const auto &y) { return a.actors[x.first] < a.actors[y.first]; });
  AlignmentShifts out;
  for (std::size_t x = 0; x < shared.size(); ++x)
    for (std::size_t y = x + 1; y < shared.size(); ++y) {
      const auto [ia, ib] = shared[x];
      const auto [ja, jb] = shared[y];
      AlignmentShift s{a.actors[ia],
                       a.actors[ja],
                       round6(a.kappa[ia][ja]),
                       round6(b.kappa[ib][jb]),
                       round6(a.s_abs[ia][ja]),
                       round6(b.s_abs[ib][jb])};
      ++out.pairs;
      const double c = round6(s.change());
      if (c > 0)
        out.closer.push_back(s);
      else if (c < 0)
        out.further.push_back(s);
    }
  auto key = [](const AlignmentShift &s) { return round6(s.change()); };
  keep_largest(out.closer, top, key);
  keep_largest(out.further, top, key);
  return out;
}

BlocMigration bloc_migration(const std::map<std::string, int> &before,
                             const std::map<std::string, int> &after) {
  BlocMigration m;
  std::vector<std::string> codes;
  std::vector<int> x, y;
  for (const auto &[code, bloc] : before)
    if (auto it = after.find(code); it != after.end()) {
      codes.push_back(code);
      x.push_back(bloc);
      y.push_back(it->second);
    }
  auto distinct = [](const std::map<std::string, int> &p) {
    std::map<int, int> ids;
    for (const auto &[c, b] : p)
      ids[b] = 0;
    return ids.size();
  };
  m.k_before = distinct(before);
  m.k_after = distinct(after);
  m.shared = codes.size();
  m.ari = adjusted_rand_index(x, y);
  m.vi = variation_of_information(x, y);
  m.matching = match_blocs(x, y);
  for (std::size_t i = 0; i < codes.size(); ++i)
    if (m.matching.at(y[i]) != x[i])
      m.moved.push_back({codes[i], x[i], y[i], m.matching.at(y[i])});
  return m;
}

RankChanges rank_changes(const std::map<std::string, double> &before,
                         const std::map<std::string, double> &after, std::size_t top) {
  std::vector<RankChange> shared;
  for (const auto &[code, v] : before)
    if (auto it = after.find(code); it != after.end())
      shared.push_back({code, 0, 0, round6(v), round6(it->second)});
  auto rank = [&](auto score, auto set) {
    std::vector<std::size_t> order(shared.size());
    for (std::size_t i = 0; i < order.size(); ++i)
      order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t i, std::size_t j) {
      return score(shared[i]) > score(shared[j]);
    }); // shared is in code order, so ties stay by code
    for (std::size_t r = 0; r < order.size(); ++r)
      set(shared[order[r]], r + 1);
  };
  rank([](const RankChange &c) { return c.before; },
       [](RankChange &c, std::size_t r) { c.rank_before = r; });
  rank([](const RankChange &c) { return c.after; },
       [](RankChange &c, std::size_t r) { c.rank_after = r; });
  RankChanges out;
  out.shared = shared.size();
  for (const auto &c : shared)
    (c.change() > 0 ? out.risers : out.fallers).push_back(c);
  std::erase_if(out.fallers, [](const RankChange &c) { return c.change() == 0; });
  auto key = [](const RankChange &c) { return static_cast<double>(c.change()); };
  keep_largest(out.risers, top, key);
  keep_largest(out.fallers, top, key);
  return out;
}

SnapshotDiff diff_snapshots(const Snapshot &a, const Snapshot &b, const DiffOptions &o) {
  SnapshotDiff d;
  d.edges = diff_edges(a, b, o.top, o.nonzero_only);
  if (o.edges_only) {
    d.measures = false;
    return d;
  }
  // Older or hand-made snapshots may lack measures: compute, do not fail.
  const Metrics computed_a = has_measures(a.metrics) ? Metrics{} : compute_metrics(a);
  const Metrics computed_b = has_measures(b.metrics) ? Metrics{} : compute_metrics(b);
  const Metrics &ma = has_measures(a.metrics) ? a.metrics : computed_a;
  const Metrics &mb = has_measures(b.metrics) ? b.metrics : computed_b;
  const auto ta = alignment_table(ma);
  const auto tb = alignment_table(mb);
  if (ta && tb)
    d.alignment = alignment_shifts(*ta, *tb, o.top);
  else
    d.alignment.omitted =
        "alignment not stored for " +
        std::string(!ta && !tb ? "either snapshot" : (!ta ? "the first" : "the second")) +
        " (too many actors); use `entente align`";
  d.blocs = bloc_migration(partition(ma), partition(mb));
  d.ranks = rank_changes(pagerank(ma), pagerank(mb), o.top);
  d.balance = balance_changes(ma, mb);
  return d;
}

void check_comparable(const json &a, const std::string &name_a, const json &b,
                      const std::string &name_b) {
  auto field = [](const json &j, const char *key) {
    return j.is_object() && j.contains(key) ? j.at(key) : json();
  };
  for (const char *key : {"version", "level"}) {
    const json va = field(a, key), vb = field(b, key);
    if (va != vb)
      throw Error("cannot compare snapshots of different " + std::string(key) + "s: " + name_a +
                  " has " + key + " " + va.dump() + ", " + name_b + " has " + key + " " +
                  vb.dump());
  }
}

void to_json(json &j, const AlignmentShifts &s) {
  auto list = [](const std::vector<AlignmentShift> &v) {
    json out = json::array();
    for (const auto &x : v)
      out.push_back({{"a", x.a},
                     {"b", x.b},
                     {"kappa_quadratic_before", round6(x.kappa_before)},
                     {"kappa_quadratic_after", round6(x.kappa_after)},
                     {"s_abs_before", round6(x.s_before)},
                     {"s_abs_after", round6(x.s_after)},
                     {"change", round6(x.change())}});
    return out;
  };
  j = json{{"measure", "mean change of kappa_quadratic and s_abs"},
           {"pairs", s.pairs},
           {"closer", list(s.closer)},
           {"further", list(s.further)}};
  if (!s.omitted.empty())
    j["omitted"] = s.omitted;
}

void to_json(json &j, const BlocMigration &m) {
  json moved = json::array(), matching = json::array();
  for (const auto &x : m.moved)
    moved.push_back({{"code", x.code},
                     {"bloc_before", bloc_number(x.bloc_before)},
                     {"bloc_after", bloc_number(x.bloc_after)},
                     {"camp_after", bloc_number(x.camp_after)}});
  for (const auto &[after, before] : m.matching)
    matching.push_back({{"bloc_after", bloc_number(after)}, {"bloc_before", bloc_number(before)}});
  j = json{{"partition", "blocs.modularity"},
           {"shared_actors", m.shared},
           {"k_before", m.k_before},
           {"k_after", m.k_after},
           {"adjusted_rand_index", round6(m.ari)},
           {"variation_of_information", round6(m.vi)},
           {"matching", matching},
           {"moved", moved}};
}

void to_json(json &j, const RankChanges &r) {
  auto list = [](const std::vector<RankChange> &v) {
    json out = json::array();
    for (const auto &c : v)
      out.push_back({{"code", c.code},
                     {"rank_before", c.rank_before},
                     {"rank_after", c.rank_after},
                     {"change", c.change()},
                     {"before", round6(c.before)},
                     {"after", round6(c.after)}});
    return out;
  };
  j = json{{"measure", r.measure},
           {"shared_actors", r.shared},
           {"risers", list(r.risers)},
           {"fallers", list(r.fallers)}};
}

void to_json(json &j, const SnapshotDiff &d) {
  j = json(d.edges);
  if (!d.measures)
    return;
  json balance = json::object();
  for (const auto &m : d.balance)
    balance[m.name] = {
        {"before", optional_number(m.before)},
        {"after", optional_number(m.after)},
        {"change", m.before && m.after ? json(round6(*m.after - *m.before)) : json()}};
  j["alignment_shifts"] = d.alignment;
  j["bloc_migrations"] = d.blocs;
  j["balance"] = balance;
  j["centrality_ranks"] = d.ranks;
}

} // namespace entente
