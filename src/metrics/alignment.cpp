#include "entente/metrics/alignment.hpp"

#include "entente/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>

namespace entente {

int stance_level(const DyadEdge *dyad) {
  if (!dyad)
    return 2;
  const int sign = dyad->sign();
  if (sign == 0)
    return 2;
  const auto t = dyad->total();
  const double volume = t.coop - t.conflict; // coop >= 0, conflict <= 0
  const double share = volume > 0 ? t.coop / volume : 0.5;
  if (sign > 0)
    return share >= 0.75 ? 4 : 3;
  return share <= 0.25 ? 0 : 1;
}

double s_score(const std::vector<int> &x, const std::vector<int> &y, int d_max, bool squared,
               const std::vector<double> &weights) {
  if (x.size() != y.size() || x.empty() || d_max <= 0 ||
      (!weights.empty() && weights.size() != x.size()))
    throw Error("s_score: profiles must be non-empty and of equal length");
  const double dm = squared ? double(d_max) * d_max : double(d_max);
  double sum = 0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    const double d = std::abs(x[k] - y[k]);
    sum += (weights.empty() ? 1.0 : weights[k]) * (squared ? d * d : d);
  }
  const double total = weights.empty() ? static_cast<double>(x.size()) : 1.0;
  return 1.0 - 2.0 * sum / (total * dm);
}

namespace {

// Joint and marginal proportions over levels 0..levels-1 (joint flat, row
// by row).
struct Table {
  std::size_t levels = 0;
  std::vector<double> joint, px, py;
};

// unit_sums(n)[c] is 1/n added c times in a row, as a loop over a profile
// adds it: a table built from counts then holds exactly the proportions that
// adding 1/n per element gives.
std::vector<double> unit_sums(std::size_t n) {
  const double unit = 1.0 / static_cast<double>(n);
  std::vector<double> f(n + 1, 0.0);
  for (std::size_t c = 1; c <= n; ++c)
    f[c] = f[c - 1] + unit;
  return f;
}

// counts[i * levels + j] = elements with x == i and y == j.
void fill_table(Table &t, std::size_t levels, const std::uint32_t *counts,
                const std::vector<double> &sums) {
  t.levels = levels;
  t.joint.assign(levels * levels, 0.0);
  t.px.assign(levels, 0.0);
  t.py.assign(levels, 0.0);
  std::vector<std::uint32_t> cx(levels, 0), cy(levels, 0);
  for (std::size_t i = 0; i < levels; ++i)
    for (std::size_t j = 0; j < levels; ++j) {
      const auto c = counts[i * levels + j];
      t.joint[i * levels + j] = sums[c];
      cx[i] += c;
      cy[j] += c;
    }
  for (std::size_t i = 0; i < levels; ++i) {
    t.px[i] = sums[cx[i]];
    t.py[i] = sums[cy[i]];
  }
}

Table table(const std::vector<int> &x, const std::vector<int> &y, int levels) {
  if (x.size() != y.size() || x.empty())
    throw Error("agreement: profiles must be non-empty and of equal length");
  const auto L = static_cast<std::size_t>(levels);
  std::vector<std::uint32_t> counts(L * L, 0);
  for (std::size_t k = 0; k < x.size(); ++k) {
    if (x[k] < 0 || y[k] < 0 || x[k] >= levels || y[k] >= levels)
      throw Error("agreement: level outside 0.." + std::to_string(levels - 1));
    ++counts[static_cast<std::size_t>(x[k]) * L + static_cast<std::size_t>(y[k])];
  }
  Table t;
  fill_table(t, L, counts.data(), unit_sums(x.size()));
  return t;
}

double kappa_of(const Table &t) {
  const double span = double(t.levels - 1) * double(t.levels - 1);
  double observed = 0, expected = 0;
  for (std::size_t i = 0; i < t.levels; ++i)
    for (std::size_t j = 0; j < t.levels; ++j) {
      const double w = (double(i) - double(j)) * (double(i) - double(j)) / span;
      observed += w * t.joint[i * t.levels + j];
      expected += w * t.px[i] * t.py[j];
    }
  return expected == 0 ? (observed == 0 ? 1.0 : 0.0) : 1.0 - observed / expected;
}

double pi_of(const Table &t) {
  double po = 0, pe = 0;
  for (std::size_t i = 0; i < t.levels; ++i) {
    po += t.joint[i * t.levels + i];
    const double pooled = (t.px[i] + t.py[i]) / 2;
    pe += pooled * pooled;
  }
  return pe == 1 ? 1.0 : (po - pe) / (1 - pe);
}

} // namespace

double kappa_quadratic(const std::vector<int> &x, const std::vector<int> &y, int levels) {
  return kappa_of(table(x, y, levels));
}

double scott_pi(const std::vector<int> &x, const std::vector<int> &y, int levels) {
  return pi_of(table(x, y, levels));
}

namespace {

// Pair counts of Kendall's tau-b, by brute force over all pairs: O(n^2).
struct PairCounts {
  double concordant = 0, discordant = 0, tx = 0, ty = 0;
};

PairCounts pairs_brute(const std::vector<int> &x, const std::vector<int> &y) {
  PairCounts c;
  for (std::size_t i = 0; i < x.size(); ++i)
    for (std::size_t j = i + 1; j < x.size(); ++j) {
      const int dx = (x[i] > x[j]) - (x[i] < x[j]), dy = (y[i] > y[j]) - (y[i] < y[j]);
      if (dx == 0 && dy == 0)
        continue;
      if (dx == 0)
        ++c.tx;
      else if (dy == 0)
        ++c.ty;
      else
        (dx == dy ? c.concordant : c.discordant) += 1;
    }
  return c;
}

// Ranks of the distinct values of v (0..k-1), or empty if there are more
// than `limit` of them.
std::vector<int> dense_ranks(const std::vector<int> &v, std::size_t limit, std::size_t &k) {
  std::vector<int> values(v);
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  k = values.size();
  if (k > limit)
    return {};
  std::vector<int> r(v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    r[i] = static_cast<int>(std::lower_bound(values.begin(), values.end(), v[i]) - values.begin());
  return r;
}

// The same counts from the kx x ky table of value pairs: O(n + kx^2 ky^2).
// Stance profiles have four levels, so this is linear in the number of
// actors where the pair loop was quadratic (100,000 actors: 5e9 pairs).
PairCounts pairs_from_table(const std::vector<int> &rx, std::size_t kx, const std::vector<int> &ry,
                            std::size_t ky) {
  std::vector<double> n(kx * ky, 0.0);
  for (std::size_t i = 0; i < rx.size(); ++i)
    n[static_cast<std::size_t>(rx[i]) * ky + static_cast<std::size_t>(ry[i])] += 1;
  const auto at = [&](std::size_t a, std::size_t b) { return n[a * ky + b]; };
  PairCounts c;
  for (std::size_t a = 0; a < kx; ++a)
    for (std::size_t b = 0; b < ky; ++b) {
      const double here = at(a, b);
      if (here == 0)
        continue;
      for (std::size_t b2 = b + 1; b2 < ky; ++b2)
        c.tx += here * at(a, b2);
      for (std::size_t a2 = a + 1; a2 < kx; ++a2) {
        c.ty += here * at(a2, b);
        for (std::size_t b2 = 0; b2 < ky; ++b2)
          if (b2 > b)
            c.concordant += here * at(a2, b2);
          else if (b2 < b)
            c.discordant += here * at(a2, b2);
      }
    }
  return c;
}

} // namespace

double kendall_tau_b(const std::vector<int> &x, const std::vector<int> &y) {
  if (x.size() != y.size())
    throw Error("kendall_tau_b: profiles of different length");
  constexpr std::size_t table_limit = 64;
  std::size_t kx = 0, ky = 0;
  const auto rx = dense_ranks(x, table_limit, kx), ry = dense_ranks(y, table_limit, ky);
  const PairCounts c = (x.empty() || (!rx.empty() && !ry.empty()))
                           ? pairs_from_table(rx, kx, ry, ky)
                           : pairs_brute(x, y);
  const double denom =
      std::sqrt((c.concordant + c.discordant + c.tx) * (c.concordant + c.discordant + c.ty));
  return denom == 0 ? 0.0 : (c.concordant - c.discordant) / denom;
}

std::vector<int> stance_profile(const SignedGraph &g, const std::string &actor) {
  if (!g.find(actor))
    throw Error("actor '" + actor + "' is not in the graph");
  std::vector<int> p;
  for (auto v : g.sorted_actors()) {
    const auto &code = g.node(v).code;
    p.push_back(code == actor ? stance_levels - 1 : stance_level(g.dyad(actor, code)));
  }
  return p;
}

std::vector<double> strength_shares(const SignedGraph &g) {
  std::vector<double> s;
  double total = 0;
  for (auto v : g.sorted_actors()) {
    double x = 0;
    for (auto [it, end] = boost::out_edges(v, g.boost()); it != end; ++it)
      x += std::abs(g.boost()[*it].total().net);
    s.push_back(x);
    total += x;
  }
  for (auto &x : s)
    x = total > 0 ? x / total : 1.0 / static_cast<double>(s.size());
  return s;
}

namespace {

Alignment compare(const std::string &a, const std::string &b, const std::vector<int> &x,
                  const std::vector<int> &y, const std::vector<double> &w) {
  Alignment r;
  r.a = a;
  r.b = b;
  r.n = x.size();
  const int d_max = stance_levels - 1;
  r.s_abs = s_score(x, y, d_max);
  r.s_sq = s_score(x, y, d_max, true);
  r.s_abs_weighted = s_score(x, y, d_max, false, w);
  r.kappa = kappa_quadratic(x, y, stance_levels);
  r.pi = scott_pi(x, y, stance_levels);
  r.tau_b = kendall_tau_b(x, y);
  return r;
}

} // namespace

Alignment align(const SignedGraph &g, const std::string &a, const std::string &b) {
  return compare(a, b, stance_profile(g, a), stance_profile(g, b), strength_shares(g));
}

AlignmentMatrix align_all(const SignedGraph &g) {
  AlignmentMatrix m;
  m.levels = stance_levels;
  const auto sorted = g.sorted_actors();
  const std::size_t n = sorted.size();
  // Every profile at once, from the edges (a pair without a dyad is level
  // 2, an actor towards itself the top level): no lookup per pair.
  std::vector<std::size_t> rank(n);
  for (std::size_t i = 0; i < n; ++i) {
    rank[sorted[i]] = i;
    m.actors.push_back(g.node(sorted[i]).code);
  }
  const auto L = static_cast<std::size_t>(stance_levels);
  std::vector<std::uint8_t> profile(n * n, 2);
  for (std::size_t i = 0; i < n; ++i)
    profile[i * n + i] = static_cast<std::uint8_t>(L - 1);
  for (auto [it, end] = boost::edges(g.boost()); it != end; ++it) {
    const auto i = rank[boost::source(*it, g.boost())], j = rank[boost::target(*it, g.boost())];
    const auto level = static_cast<std::uint8_t>(stance_level(&g.boost()[*it]));
    profile[i * n + j] = profile[j * n + i] = level;
  }
  m.s_abs.assign(n, std::vector<double>(n, 1.0));
  m.kappa = m.pi = m.s_abs;
  const auto sums = unit_sums(n);
  const double dm = stance_levels - 1;
  Table t;
  std::vector<std::uint32_t> counts(L * L);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      // The same values as s_score, kappa_quadratic and scott_pi of the two
      // profiles, from one count of level pairs.
      std::fill(counts.begin(), counts.end(), 0);
      const std::uint8_t *x = &profile[i * n], *y = &profile[j * n];
      for (std::size_t k = 0; k < n; ++k)
        ++counts[x[k] * L + y[k]];
      std::uint64_t distance = 0;
      for (std::size_t a = 0; a < L; ++a)
        for (std::size_t b = 0; b < L; ++b)
          distance += counts[a * L + b] * (a > b ? a - b : b - a);
      fill_table(t, L, counts.data(), sums);
      const double s = 1.0 - 2.0 * static_cast<double>(distance) / (static_cast<double>(n) * dm);
      m.s_abs[i][j] = m.s_abs[j][i] = round6(s);
      m.kappa[i][j] = m.kappa[j][i] = round6(kappa_of(t));
      m.pi[i][j] = m.pi[j][i] = round6(pi_of(t));
    }
  return m;
}

void to_json(nlohmann::json &j, const Alignment &a) {
  j = nlohmann::json{{"a", a.a},
                     {"b", a.b},
                     {"profile_length", a.n},
                     {"s_abs", round6(a.s_abs)},
                     {"s_squared", round6(a.s_sq)},
                     {"s_abs_weighted", round6(a.s_abs_weighted)},
                     {"kappa_quadratic", round6(a.kappa)},
                     {"scott_pi", round6(a.pi)},
                     {"kendall_tau_b", round6(a.tau_b)}};
}

} // namespace entente
