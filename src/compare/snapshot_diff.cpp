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

using Path = std::array<const char *, 3>;

std::optional<double> number(const json &j, const Path &path) {
  const json *p = &j;
  for (const char *k : path) {
    if (!p->is_object() || !p->contains(k))
      return std::nullopt;
    p = &(*p)[k];
  }
  return p->is_number() ? std::optional<double>(p->get<double>()) : std::nullopt;
}

bool has_measures(const json &m) {
  return m.is_object() && m.contains("balance") && m.contains("blocs") &&
         m.contains("centrality") && m.contains("alignment");
}

// Stored measures are read with every shape checked, since a snapshot may
// be edited by hand: an alignment matrix smaller than its actor list made
// diff read out of bounds (issue 15). Errors name the key.
[[noreturn]] void bad_metric(const std::string &key, const std::string &why) {
  throw Error(key + ": " + why);
}

const json &metric(const json &j, const std::string &path, const char *key) {
  const std::string at = path.empty() ? key : path + "." + key;
  if (!j.is_object() || !j.contains(key))
    bad_metric(at, "missing");
  return j.at(key);
}

double metric_number(const json &j, const std::string &key) {
  if (!j.is_number())
    bad_metric(key, "must be a number");
  return j.get<double>();
}

std::string metric_text(const json &j, const std::string &key) {
  if (!j.is_string())
    bad_metric(key, "must be a string");
  return j.get<std::string>();
}

// An n x n matrix of numbers, n the number of actors.
std::vector<std::vector<double>> square(const json &j, const std::string &key, std::size_t n) {
  if (!j.is_array() || j.size() != n)
    bad_metric(key, "must have one row per actor (" + std::to_string(n) + ")");
  std::vector<std::vector<double>> m(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string row = key + "[" + std::to_string(i) + "]";
    if (!j[i].is_array() || j[i].size() != n)
      bad_metric(row, "must have one value per actor (" + std::to_string(n) + ")");
    m[i].reserve(n);
    for (std::size_t k = 0; k < n; ++k)
      m[i].push_back(metric_number(j[i][k], row + "[" + std::to_string(k) + "]"));
  }
  return m;
}

std::optional<AlignmentTable> alignment_table(const json &m) {
  const auto &al = metric(m, "", "alignment");
  if (!al.is_object() || !al.contains("actors") || !al.contains("kappa_quadratic") ||
      !al.contains("s_abs"))
    return std::nullopt; // omitted (too many actors)
  AlignmentTable t;
  const json &actors = al.at("actors");
  if (!actors.is_array())
    bad_metric("alignment.actors", "must be an array of actor codes");
  std::map<std::string, int> seen;
  for (std::size_t i = 0; i < actors.size(); ++i) {
    t.actors.push_back(metric_text(actors[i], "alignment.actors[" + std::to_string(i) + "]"));
    if (seen[t.actors.back()]++)
      bad_metric("alignment.actors", "'" + t.actors.back() + "' listed twice");
  }
  t.kappa = square(al.at("kappa_quadratic"), "alignment.kappa_quadratic", t.actors.size());
  t.s_abs = square(al.at("s_abs"), "alignment.s_abs", t.actors.size());
  return t;
}

std::map<std::string, int> partition(const json &m) {
  std::map<std::string, int> out;
  const std::string key = "blocs.modularity.blocs";
  const auto &blocs =
      metric(metric(metric(m, "", "blocs"), "blocs", "modularity"), "blocs.modularity", "blocs");
  if (!blocs.is_array())
    bad_metric(key, "must be an array of blocs");
  for (std::size_t i = 0; i < blocs.size(); ++i) {
    const std::string at = key + "[" + std::to_string(i) + "]";
    if (!blocs[i].is_array())
      bad_metric(at, "must be an array of actor codes");
    for (std::size_t k = 0; k < blocs[i].size(); ++k) {
      const auto code = metric_text(blocs[i][k], at + "[" + std::to_string(k) + "]");
      if (!out.emplace(code, static_cast<int>(i)).second)
        bad_metric(key, "'" + code + "' is in two blocs");
    }
  }
  return out;
}

std::map<std::string, double> pagerank(const json &m) {
  std::map<std::string, double> out;
  const auto &actors = metric(metric(m, "", "centrality"), "centrality", "actors");
  if (!actors.is_array())
    bad_metric("centrality.actors", "must be an array");
  for (std::size_t i = 0; i < actors.size(); ++i) {
    const std::string at = "centrality.actors[" + std::to_string(i) + "]";
    const auto code = metric_text(metric(actors[i], at, "code"), at + ".code");
    out[code] = metric_number(metric(actors[i], at, "pagerank_pos"), at + ".pagerank_pos");
  }
  return out;
}

std::vector<MeasureChange> balance_changes(const json &a, const json &b) {
  // Named arrays, not initializer lists: those would not outlive this line.
  const std::pair<const char *, Path> measures[] = {
      {"triangle_balance", {"balance", "triangles", "balance"}},
      {"walk_balance", {"balance", "walk", "value"}},
      {"frustration_L", {"balance", "frustration", "L"}},
      {"frustration_F", {"balance", "frustration", "F"}}};
  std::vector<MeasureChange> out;
  for (const auto &[name, path] : measures)
    out.push_back({name, number(a, path), number(b, path)});
  return out;
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

namespace {

// Reads one snapshot's stored measures with `read`, naming the file in errors.
template <typename Read> auto stored(const std::string &name, Read &&read) {
  try {
    return read();
  } catch (const Error &e) {
    throw Error::at(name, 0, std::string("malformed snapshot metrics: ") + e.what());
  } catch (const json::exception &e) {
    throw Error::at(name, 0, std::string("malformed snapshot metrics: ") + e.what());
  }
}

} // namespace

SnapshotDiff diff_snapshots(const Snapshot &a, const Snapshot &b, const DiffOptions &o) {
  SnapshotDiff d;
  d.edges = diff_edges(a, b, o.top, o.nonzero_only);
  if (o.edges_only) {
    d.measures = false;
    return d;
  }
  // Older or hand-made snapshots may lack measures: compute, do not fail.
  const json ma = has_measures(a.metrics) ? a.metrics : compute_metrics(a);
  const json mb = has_measures(b.metrics) ? b.metrics : compute_metrics(b);
  const auto ta = stored(o.before_name, [&] { return alignment_table(ma); });
  const auto tb = stored(o.after_name, [&] { return alignment_table(mb); });
  if (ta && tb)
    d.alignment = alignment_shifts(*ta, *tb, o.top);
  else
    d.alignment.omitted =
        "alignment not stored for " +
        std::string(!ta && !tb ? "either snapshot" : (!ta ? "the first" : "the second")) +
        " (too many actors); use `entente align`";
  d.blocs = bloc_migration(stored(o.before_name, [&] { return partition(ma); }),
                           stored(o.after_name, [&] { return partition(mb); }));
  d.ranks = rank_changes(stored(o.before_name, [&] { return pagerank(ma); }),
                         stored(o.after_name, [&] { return pagerank(mb); }), o.top);
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
                     {"kappa_before", round6(x.kappa_before)},
                     {"kappa_after", round6(x.kappa_after)},
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
