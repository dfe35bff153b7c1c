#include "entente/metrics/centrality.hpp"

#include "entente/core/relation.hpp"

#include <Eigen/Dense>
#include <Eigen/Sparse>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <numeric>
#include <queue>
#include <random>

namespace entente {

using detail::SignedNet;

std::vector<double> pagerank(const SignedNet &net, bool positive) {
  const std::size_t n = net.size();
  // The arcs of the chosen sign, in CSR form (the iteration then neither
  // branches on the sign nor divides per arc), and each vertex's out-weight;
  // undirected, so each vertex's arcs in are its arcs out.
  detail::WeightedArcs arcs;
  arcs.offset.assign(n + 1, 0);
  arcs.out_weight.assign(n, 0.0);
  arcs.from.reserve(net.arcs.size());
  arcs.w.reserve(net.arcs.size());
  for (std::size_t v = 0; v < n; ++v) {
    for (const auto &a : net.neighbours(v))
      if ((a.w > 0) == positive) {
        arcs.out_weight[v] += std::abs(a.w);
        arcs.from.push_back(a.to);
        arcs.w.push_back(std::abs(a.w));
      }
    arcs.offset[v + 1] = static_cast<std::uint32_t>(arcs.from.size());
  }
  return detail::pagerank(arcs);
}

namespace detail {

std::vector<double> pagerank(const WeightedArcs &arcs) {
  const std::size_t n = arcs.out_weight.size();
  if (n == 0)
    return {};
  const double d = 0.85;
  const auto &offset = arcs.offset;
  const auto &to = arcs.from;
  const auto &w = arcs.w;
  const auto &out_w = arcs.out_weight;
  std::vector<double> x(n, 1.0 / static_cast<double>(n)), next(n), share(n);
  for (int it = 0; it < 10000; ++it) {
    double dangling = 0;
    for (std::size_t v = 0; v < n; ++v) {
      if (out_w[v] == 0)
        dangling += x[v];
      share[v] = out_w[v] == 0 ? 0.0 : x[v] / out_w[v]; // what v sends per unit of weight
    }
    const double base = (1 - d) / static_cast<double>(n) + d * dangling / static_cast<double>(n);
    for (std::size_t v = 0; v < n; ++v) {
      double s = 0;
      for (std::uint32_t i = offset[v]; i < offset[v + 1]; ++i)
        s += share[to[i]] * w[i];
      next[v] = base + d * s;
    }
    double diff = 0;
    for (std::size_t v = 0; v < n; ++v)
      diff += std::abs(next[v] - x[v]);
    x.swap(next);
    if (diff < 1e-12)
      break;
  }
  return x;
}

} // namespace detail

std::vector<double> betweenness(const SignedNet &net, const std::vector<std::uint32_t> &sources) {
  const std::size_t n = net.size();
  std::vector<double> bc(n, 0.0);
  if (n < 3)
    return bc;
  std::vector<std::uint32_t> all;
  const auto *src = &sources;
  if (sources.empty()) {
    all.resize(n);
    std::iota(all.begin(), all.end(), 0);
    src = &all;
  }
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> length(net.arcs.size()); // 1/|w|, once, not once per source
  for (std::size_t i = 0; i < net.arcs.size(); ++i)
    length[i] = 1.0 / std::abs(net.arcs[i].w);
  std::vector<double> dist(n, inf), sigma(n, 0.0), delta(n, 0.0);
  std::vector<std::vector<std::uint32_t>> preds(n);
  std::vector<std::uint32_t> order;
  auto relax = [&](std::uint32_t v, double dv, auto &&reached) {
    for (std::size_t i = net.offset[v]; i < net.offset[v + 1]; ++i) {
      const auto to = net.arcs[i].to;
      const double nd = dv + length[i];
      if (nd < dist[to]) {
        dist[to] = nd;
        sigma[to] = sigma[v];
        preds[to].assign(1, v);
        reached(nd, to);
      } else if (nd == dist[to]) {
        sigma[to] += sigma[v];
        preds[to].push_back(v);
      }
    }
  };
  // Vertices leave in (distance, id) order either way. A dense graph scans
  // for the nearest vertex (n per step) instead of pushing every improved
  // distance through a heap (log m per arc).
  const bool dense = net.arcs.size() * 8 >= n * n;
  std::vector<char> settled(dense ? n : 0, 0);
  using Item = std::pair<double, std::uint32_t>;
  for (auto s : *src) {
    order.clear();
    dist[s] = 0;
    sigma[s] = 1;
    if (dense) {
      for (;;) {
        std::uint32_t v = 0;
        double dv = inf;
        for (std::uint32_t u = 0; u < n; ++u)
          if (!settled[u] && dist[u] < dv) {
            dv = dist[u];
            v = u;
          }
        if (dv == inf)
          break;
        settled[v] = 1;
        order.push_back(v);
        relax(v, dv, [](double, std::uint32_t) {});
      }
      for (auto v : order)
        settled[v] = 0;
    } else {
      std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
      heap.push({0.0, s});
      while (!heap.empty()) {
        const auto [dv, v] = heap.top();
        heap.pop();
        if (dv > dist[v])
          continue;
        order.push_back(v);
        relax(v, dv, [&](double nd, std::uint32_t to) { heap.push({nd, to}); });
      }
    }
    // `order` may list a vertex twice only if popped at equal distance
    // twice, which the dv > dist check prevents; accumulate backwards.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const auto w = *it;
      for (auto v : preds[w])
        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      if (w != s)
        bc[w] += delta[w];
    }
    for (auto v : order) {
      dist[v] = inf;
      sigma[v] = 0;
      delta[v] = 0;
      preds[v].clear();
    }
  }
  // Each unordered pair was counted from both ends; sampling scales up.
  const double nn = static_cast<double>(n);
  const double scale = (nn / static_cast<double>(src->size())) * 0.5 * 2.0 / ((nn - 1) * (nn - 2));
  for (auto &x : bc)
    x *= scale;
  return bc;
}

std::vector<double> pn_index(const SignedNet &net, std::string *method) {
  const auto n = static_cast<Eigen::Index>(net.size());
  if (n == 0)
    return {};
  const double beta = n > 1 ? 1.0 / (2.0 * static_cast<double>(n) - 2.0) : 0.0;
  std::vector<double> out(static_cast<std::size_t>(n));
  if (n <= 3000) {
    Eigen::MatrixXd m = Eigen::MatrixXd::Identity(n, n);
    for (const auto &e : net.edges) {
      const double a = e.w > 0 ? 1.0 : -2.0;
      m(e.u, e.v) -= beta * a;
      m(e.v, e.u) -= beta * a;
    }
    const Eigen::VectorXd x = m.partialPivLu().solve(Eigen::VectorXd::Ones(n));
    for (Eigen::Index i = 0; i < n; ++i)
      out[static_cast<std::size_t>(i)] = x[i];
    if (method)
      *method = "dense LU solve (Eigen)";
    return out;
  }
  std::vector<Eigen::Triplet<double>> t;
  t.reserve(2 * net.edges.size() + static_cast<std::size_t>(n));
  for (Eigen::Index i = 0; i < n; ++i)
    t.emplace_back(i, i, 1.0);
  for (const auto &e : net.edges) {
    const double a = e.w > 0 ? 1.0 : -2.0;
    t.emplace_back(e.u, e.v, -beta * a);
    t.emplace_back(e.v, e.u, -beta * a);
  }
  Eigen::SparseMatrix<double> m(n, n);
  m.setFromTriplets(t.begin(), t.end());
  Eigen::BiCGSTAB<Eigen::SparseMatrix<double>> solver(m);
  solver.setTolerance(1e-12);
  const Eigen::VectorXd x = solver.solve(Eigen::VectorXd::Ones(n));
  for (Eigen::Index i = 0; i < n; ++i)
    out[static_cast<std::size_t>(i)] = x[i];
  if (method)
    *method = "sparse BiCGSTAB solve (Eigen), relative residual 1e-12";
  return out;
}

double betweenness_work(std::size_t actors, std::size_t edges) {
  const auto n = static_cast<double>(actors);
  return n * (n + static_cast<double>(edges));
}

bool exact_betweenness(std::size_t actors, std::size_t edges, const CentralityOptions &o) {
  return betweenness_work(actors, edges) <= o.betweenness_work_limit ||
         actors <= o.betweenness_samples;
}

Centrality centrality(const SignedNet &net, const CentralityOptions &o) {
  Centrality c;
  const std::size_t n = net.size();
  c.actors.resize(n);
  for (std::size_t v = 0; v < n; ++v) {
    auto &a = c.actors[v];
    a.code = net.names[v];
    for (const auto &arc : net.neighbours(v)) {
      a.strength += std::abs(arc.w);
      if (arc.w > 0) {
        ++a.pos_degree;
        a.pos_strength += arc.w;
      } else {
        ++a.neg_degree;
        a.neg_strength -= arc.w;
      }
    }
    a.net_degree = static_cast<long>(a.pos_degree) - static_cast<long>(a.neg_degree);
  }
  const auto prp = pagerank(net, true), prn = pagerank(net, false);
  std::vector<std::uint32_t> sources;
  if (!exact_betweenness(n, net.edges.size(), o)) {
    std::mt19937_64 rng(o.seed);
    std::vector<std::uint32_t> all(n);
    std::iota(all.begin(), all.end(), 0);
    std::shuffle(all.begin(), all.end(), rng);
    sources.assign(all.begin(),
                   all.begin() + static_cast<long>(std::min(n, o.betweenness_samples)));
    std::sort(sources.begin(), sources.end());
    c.betweenness_exact = false;
    char buf[160];
    std::snprintf(buf, sizeof buf, " (exact work n(n+m) = %.2g is past the limit %.2g)",
                  betweenness_work(n, net.edges.size()), o.betweenness_work_limit);
    c.betweenness_method = "estimate: Brandes from " + std::to_string(sources.size()) +
                           " uniformly sampled sources, scaled by n/k (Brandes & Pich 2007)" + buf;
  } else {
    c.betweenness_method = "exact: Brandes with Dijkstra, edge length 1/|w|";
  }
  const auto bc = betweenness(net, sources);
  const auto pn = pn_index(net, &c.pn_method);
  for (std::size_t v = 0; v < n; ++v) {
    c.actors[v].pagerank_pos = prp[v];
    c.actors[v].pagerank_neg = prn[v];
    c.actors[v].betweenness = bc[v];
    c.actors[v].pn = pn[v];
  }
  return c;
}

} // namespace entente
