#include "entente/metrics/balance.hpp"

#include "entente/core/error.hpp"
#include "entente/core/relation.hpp"
#include "entente/io/temp_registry.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <cmath>
#include <coin/Cbc_C_Interface.h>
#include <csignal>
#include <deque>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>
#include <unistd.h>

namespace entente {

using detail::SignedEdge;
using detail::SignedNet;

// Each triangle is found once from its lowest-ranked vertex (rank = degree,
// then id), which bounds the work by O(m^1.5).
TriangleCensus triangle_census(const SignedNet &net) {
  const std::size_t n = net.size();
  auto before = [&](std::size_t a, std::size_t b) {
    const auto da = net.offset[a + 1] - net.offset[a], db = net.offset[b + 1] - net.offset[b];
    return da != db ? da < db : a < b;
  };
  std::vector<std::vector<detail::Arc>> out(n);
  for (std::size_t u = 0; u < n; ++u)
    for (const auto &a : net.neighbours(u))
      if (before(u, a.to))
        out[u].push_back(a);
  TriangleCensus t;
  std::vector<signed char> mark(n, 0);
  for (std::size_t u = 0; u < n; ++u) {
    for (const auto &a : out[u])
      mark[a.to] = a.w > 0 ? 1 : -1;
    for (const auto &a : out[u]) {
      const int neg_uv = a.w < 0;
      for (const auto &b : out[a.to]) {
        if (mark[b.to] == 0)
          continue;
        const int neg = neg_uv + (b.w < 0) + (mark[b.to] < 0);
        (neg == 0 ? t.ppp : neg == 1 ? t.ppn : neg == 2 ? t.pnn : t.nnn)++;
      }
    }
    for (const auto &a : out[u])
      mark[a.to] = 0;
  }
  return t;
}

namespace {

// sum_i exp(l_i - shift), for a ratio of traces that would overflow.
double shifted_exp_sum(const Eigen::VectorXd &l, double shift) {
  double s = 0;
  for (Eigen::Index i = 0; i < l.size(); ++i)
    s += std::exp(l[i] - shift);
  return s;
}

WalkBalance walk_exact(const SignedNet &net) {
  const auto n = static_cast<Eigen::Index>(net.size());
  Eigen::MatrixXd a = Eigen::MatrixXd::Zero(n, n), b = Eigen::MatrixXd::Zero(n, n);
  for (const auto &e : net.edges) {
    const double s = e.w > 0 ? 1.0 : -1.0;
    a(e.u, e.v) = a(e.v, e.u) = s;
    b(e.u, e.v) = b(e.v, e.u) = 1.0;
  }
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> ea(a, Eigen::EigenvaluesOnly),
      eb(b, Eigen::EigenvaluesOnly);
  const double shift = eb.eigenvalues().maxCoeff();
  WalkBalance w;
  w.value = shifted_exp_sum(ea.eigenvalues(), shift) / shifted_exp_sum(eb.eigenvalues(), shift);
  w.exact = true;
  w.method = "eigenvalues (dense, Eigen)";
  return w;
}

// One Lanczos run from `start`: Ritz values and the squared first
// components of their eigenvectors (the Gauss quadrature nodes and weights
// for start^T f(A) start / |start|^2).
// Gauss quadrature nodes and weights of one Lanczos run, from its
// tridiagonal matrix.
void quadrature(const std::vector<double> &alpha, const std::vector<double> &beta,
                std::vector<double> &nodes, std::vector<double> &weights) {
  const auto k = static_cast<Eigen::Index>(alpha.size());
  Eigen::MatrixXd t = Eigen::MatrixXd::Zero(k, k);
  for (Eigen::Index i = 0; i < k; ++i) {
    t(i, i) = alpha[static_cast<std::size_t>(i)];
    if (i + 1 < k)
      t(i, i + 1) = t(i + 1, i) = beta[static_cast<std::size_t>(i)];
  }
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> es(t);
  for (Eigen::Index i = 0; i < k; ++i) {
    nodes.push_back(es.eigenvalues()[i]);
    weights.push_back(es.eigenvectors()(0, i) * es.eigenvectors()(0, i));
  }
}

// Independent Lanczos runs, one per start vector, advanced together: the
// vectors are stored probe-minor (v * P + p), so each pass over the arcs
// serves every probe at once instead of re-reading the graph per probe.
// Each probe's arithmetic is done in the same order as a run of its own.
void lanczos(const SignedNet &net, bool absolute, const std::vector<std::vector<double>> &starts,
             int steps, std::vector<double> &nodes, std::vector<double> &weights) {
  const std::size_t n = net.size(), P = starts.size();
  std::vector<double> q(n * P), prev(n * P, 0.0), z(n * P), acc(P);
  for (std::size_t p = 0; p < P; ++p) {
    const auto &st = starts[p];
    const double norm = std::sqrt(std::inner_product(st.begin(), st.end(), st.begin(), 0.0));
    for (std::size_t v = 0; v < n; ++v)
      q[v * P + p] = st[v] / norm;
  }
  std::vector<std::vector<double>> alpha(P), beta(P);
  std::vector<char> active(P, 1);
  const auto dot = [&](const std::vector<double> &x, const std::vector<double> &y) {
    std::fill(acc.begin(), acc.end(), 0.0);
    for (std::size_t v = 0; v < n; ++v)
      for (std::size_t p = 0; p < P; ++p)
        acc[p] += x[v * P + p] * y[v * P + p];
  };
  for (int k = 0; k < steps; ++k) {
    for (std::size_t v = 0; v < n; ++v) {
      double *zr = &z[v * P];
      std::fill(zr, zr + P, 0.0);
      for (const auto &arc : net.neighbours(v)) {
        const double sign = absolute || arc.w > 0 ? 1.0 : -1.0;
        const double *qr = &q[arc.to * P];
        for (std::size_t p = 0; p < P; ++p)
          zr[p] += sign * qr[p];
      }
    }
    dot(z, q);
    std::vector<double> al(P), bprev(P);
    for (std::size_t p = 0; p < P; ++p) {
      al[p] = acc[p];
      if (active[p])
        alpha[p].push_back(al[p]);
      bprev[p] = beta[p].empty() ? 0.0 : beta[p].back();
    }
    for (std::size_t v = 0; v < n; ++v)
      for (std::size_t p = 0; p < P; ++p)
        z[v * P + p] -= al[p] * q[v * P + p] + bprev[p] * prev[v * P + p];
    dot(z, z);
    std::vector<double> be(P);
    bool any = false;
    for (std::size_t p = 0; p < P; ++p) {
      be[p] = std::sqrt(acc[p]);
      if (!active[p] || be[p] < 1e-10 || k + 1 == steps) {
        active[p] = 0; // finished: its values below are never read again
        be[p] = 1.0;
        continue;
      }
      beta[p].push_back(be[p]);
      any = true;
    }
    if (!any)
      break;
    prev.swap(q);
    for (std::size_t v = 0; v < n; ++v)
      for (std::size_t p = 0; p < P; ++p)
        q[v * P + p] = z[v * P + p] / be[p];
  }
  for (std::size_t p = 0; p < P; ++p)
    quadrature(alpha[p], beta[p], nodes, weights);
}

WalkBalance walk_estimate(const SignedNet &net, const WalkOptions &o) {
  std::mt19937_64 rng(o.seed);
  std::vector<double> na, wa, nb, wb;
  std::vector<std::vector<double>> starts(static_cast<std::size_t>(std::max(0, o.probes)),
                                          std::vector<double>(net.size()));
  for (auto &z : starts)
    for (auto &x : z)
      x = (rng() & 1) ? 1.0 : -1.0;
  lanczos(net, false, starts, o.lanczos_steps, na, wa);
  lanczos(net, true, starts, o.lanczos_steps, nb, wb);
  const double shift = *std::max_element(nb.begin(), nb.end());
  double ta = 0, tb = 0;
  for (std::size_t i = 0; i < na.size(); ++i)
    ta += wa[i] * std::exp(na[i] - shift);
  for (std::size_t i = 0; i < nb.size(); ++i)
    tb += wb[i] * std::exp(nb[i] - shift);
  WalkBalance w;
  w.value = ta / tb;
  w.exact = false;
  w.method = "stochastic Lanczos quadrature estimate (" + std::to_string(o.probes) +
             " Rademacher probes, " + std::to_string(o.lanczos_steps) + " Lanczos steps)";
  return w;
}

} // namespace

WalkBalance walk_balance(const SignedNet &net, const WalkOptions &o) {
  if (net.edges.empty())
    return {1.0, true, "no signed edges"};
  return net.size() <= o.exact_limit ? walk_exact(net) : walk_estimate(net, o);
}

std::size_t frustrated_count(const SignedNet &net, const std::vector<int> &camp) {
  std::size_t c = 0;
  for (const auto &e : net.edges)
    c += (camp[e.u] == camp[e.v]) != (e.w > 0);
  return c;
}

namespace {

// Switching camps along a BFS tree (every tree edge satisfied), per
// connected component, starting at `root` first.
std::vector<int> tree_camps(const SignedNet &net, std::size_t root, std::mt19937_64 &rng) {
  const std::size_t n = net.size();
  std::vector<int> camp(n, -1);
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), rng);
  std::swap(order[0], *std::find(order.begin(), order.end(), root));
  std::deque<std::size_t> queue;
  for (std::size_t s : order) {
    if (camp[s] >= 0)
      continue;
    camp[s] = 0;
    queue.push_back(s);
    while (!queue.empty()) {
      const auto v = queue.front();
      queue.pop_front();
      for (const auto &a : net.neighbours(v))
        if (camp[a.to] < 0) {
          camp[a.to] = a.w > 0 ? camp[v] : 1 - camp[v];
          queue.push_back(a.to);
        }
    }
  }
  return camp;
}

// Greedy single-actor switches while any lowers the count.
void improve(const SignedNet &net, std::vector<int> &camp, std::mt19937_64 &rng) {
  std::vector<std::size_t> order(net.size());
  std::iota(order.begin(), order.end(), 0);
  for (bool changed = true; changed;) {
    changed = false;
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t v : order) {
      long gain = 0; // frustrated minus satisfied incident edges
      for (const auto &a : net.neighbours(v))
        gain += ((camp[v] == camp[a.to]) != (a.w > 0)) ? 1 : -1;
      if (gain > 0) {
        camp[v] = 1 - camp[v];
        changed = true;
      }
    }
  }
}

} // namespace

std::vector<int> frustration_local_search(const SignedNet &net, int starts, unsigned seed) {
  std::mt19937_64 rng(seed);
  std::vector<int> best;
  std::size_t best_count = 0;
  if (net.size() == 0)
    return best;
  std::size_t hub = 0;
  for (std::size_t v = 1; v < net.size(); ++v)
    if (net.neighbours(v).size() > net.neighbours(hub).size())
      hub = v;
  for (int s = 0; s < std::max(starts, 1); ++s) {
    const std::size_t root = s == 0 ? hub : rng() % net.size();
    auto camp = tree_camps(net, root, rng);
    improve(net, camp, rng);
    const auto c = frustrated_count(net, camp);
    if (best.empty() || c < best_count) {
      best = std::move(camp);
      best_count = c;
    }
  }
  return best;
}

namespace {

struct IpResult {
  bool optimal = false;
  double lower = 0;
  std::vector<int> camp;
};

// Calls fn(uv, vw, uw) for each unbalanced triangle of b (an odd number of
// negative edges), the edges as SignedEdge / Arc / Arc; stops when fn
// returns false.
template <class Fn> void for_each_unbalanced_triangle(const SignedNet &b, Fn fn) {
  for (const auto &e : b.edges)
    for (const auto &a : b.neighbours(e.v)) {
      if (a.to <= e.v)
        continue;
      auto nb = b.neighbours(e.u);
      auto it = std::lower_bound(nb.begin(), nb.end(), a.to,
                                 [](const detail::Arc &x, std::uint32_t t) { return x.to < t; });
      if (it == nb.end() || it->to != a.to)
        continue;
      if (((e.w < 0) + (a.w < 0) + (it->w < 0)) % 2 == 1 && !fn(e, a, *it))
        return;
    }
}

// Unbalanced triangles of b, counting stops at `stop`.
std::size_t unbalanced_triangles(const SignedNet &b, std::size_t stop) {
  std::size_t count = 0;
  for_each_unbalanced_triangle(b, [&](const SignedEdge &, const detail::Arc &,
                                      const detail::Arc &) { return ++count < stop; });
  return count;
}

// The XOR model of Aref, Mason & Wilson (2018): binary x_v (camp), f_e >=
// |x_u - x_v| for positive and >= |x_u + x_v - 1| for negative edges,
// minimise sum f_e. Each unbalanced triangle must lose an edge, which CBC
// gets as a cut; one actor is fixed to camp 0 (the switching symmetry).
IpResult solve_ip(const SignedNet &b, const std::vector<int> &start, int nodes, double seconds) {
  // CBC keeps some global state (message handlers, COIN's statics) and is
  // not documented as thread-safe; windows are measured in parallel, so
  // solves take turns.
  static std::mutex cbc;
  const std::lock_guard<std::mutex> lock(cbc);
  std::unique_ptr<Cbc_Model, void (*)(Cbc_Model *)> m(Cbc_newModel(), Cbc_deleteModel);
  const int n = static_cast<int>(b.size());
  const int mm = static_cast<int>(b.edges.size());
  std::size_t hub = 0;
  for (std::size_t v = 1; v < b.size(); ++v)
    if (b.neighbours(v).size() > b.neighbours(hub).size())
      hub = v;
  for (int v = 0; v < n; ++v)
    Cbc_addCol(m.get(), ("x" + std::to_string(v)).c_str(), 0.0,
               static_cast<std::size_t>(v) == hub ? 0.0 : 1.0, 0.0, 1, 0, nullptr, nullptr);
  for (int e = 0; e < mm; ++e)
    Cbc_addCol(m.get(), ("f" + std::to_string(e)).c_str(), 0.0, 1.0, 1.0, 0, 0, nullptr, nullptr);
  for (int e = 0; e < mm; ++e) {
    const auto &ed = b.edges[static_cast<std::size_t>(e)];
    const int cols[3] = {n + e, static_cast<int>(ed.u), static_cast<int>(ed.v)};
    if (ed.w > 0) {
      const double c1[3] = {1, -1, 1}, c2[3] = {1, 1, -1};
      Cbc_addRow(m.get(), "", 3, cols, c1, 'G', 0.0);
      Cbc_addRow(m.get(), "", 3, cols, c2, 'G', 0.0);
    } else {
      const double c1[3] = {1, -1, -1}, c2[3] = {1, 1, 1};
      Cbc_addRow(m.get(), "", 3, cols, c1, 'G', -1.0);
      Cbc_addRow(m.get(), "", 3, cols, c2, 'G', 1.0);
    }
  }
  // Unbalanced triangles: edge ids by (u, v) through binary search.
  auto edge_id = [&](std::uint32_t u, std::uint32_t v) {
    if (u > v)
      std::swap(u, v);
    auto it =
        std::lower_bound(b.edges.begin(), b.edges.end(), std::make_pair(u, v),
                         [](const SignedEdge &e, const std::pair<std::uint32_t, std::uint32_t> &k) {
                           return std::tie(e.u, e.v) < std::tie(k.first, k.second);
                         });
    return static_cast<int>(it - b.edges.begin());
  };
  for_each_unbalanced_triangle(
      b, [&](const SignedEdge &e, const detail::Arc &a, const detail::Arc &) {
        const int cols[3] = {n + edge_id(e.u, e.v), n + edge_id(e.v, a.to), n + edge_id(e.u, a.to)};
        const double ones[3] = {1, 1, 1};
        Cbc_addRow(m.get(), "", 3, cols, ones, 'G', 1.0);
        return true;
      });
  // The local-search start, switched so that the fixed actor is in camp 0.
  std::vector<int> idx(static_cast<std::size_t>(n + mm));
  std::vector<double> val(idx.size());
  for (int v = 0; v < n; ++v) {
    idx[static_cast<std::size_t>(v)] = v;
    val[static_cast<std::size_t>(v)] = start[static_cast<std::size_t>(v)] != start[hub] ? 1.0 : 0.0;
  }
  for (int e = 0; e < mm; ++e) {
    const auto &ed = b.edges[static_cast<std::size_t>(e)];
    idx[static_cast<std::size_t>(n + e)] = n + e;
    val[static_cast<std::size_t>(n + e)] = ((start[ed.u] == start[ed.v]) != (ed.w > 0)) ? 1.0 : 0.0;
  }
  Cbc_setMIPStartI(m.get(), n + mm, idx.data(), val.data());
  Cbc_setLogLevel(m.get(), 0);
  Cbc_setMaximumNodes(m.get(), nodes);
  Cbc_setMaximumSeconds(m.get(), seconds);
  Cbc_setAllowableGap(m.get(), 0.999); // the objective is an integer
  Cbc_setParameter(m.get(), "threads", "1");
  // CBC's generic cut generators and preprocessing cost more than they
  // gain here: the unbalanced-triangle rows already tighten the LP (measured
  // on the CoW windows: slowest 2.3 s with them, 0.2 s without).
  Cbc_setParameter(m.get(), "cuts", "off");
  Cbc_setParameter(m.get(), "preprocess", "off");
  Cbc_solve(m.get());
  // CBC put its SIGINT handler in place for the solve and the old one back
  // with signal(); the output cleanup handlers go back as they were.
  detail::restore_cleanup_handlers();
  // A Ctrl-C during the solve only stopped the solve (CBC's handler): the
  // user asked the run to end, so it does, now.
  // Sent to the process, not this thread: the CLI takes the process's
  // signals in a thread of its own (install_cleanup_handlers).
  if (Cbc_secondaryStatus(m.get()) == 5)
    ::kill(::getpid(), SIGINT);
  IpResult r;
  const double *sol = Cbc_getColSolution(m.get());
  r.optimal = Cbc_isProvenOptimal(m.get()) != 0;
  r.lower = Cbc_getBestPossibleObjValue(m.get());
  r.camp.assign(static_cast<std::size_t>(n), 0);
  if (sol)
    for (int v = 0; v < n; ++v)
      r.camp[static_cast<std::size_t>(v)] = sol[v] > 0.5 ? 1 : 0;
  if (!sol || frustrated_count(b, r.camp) > frustrated_count(b, start)) {
    r.camp = start; // CBC returned nothing better than the start
    r.optimal = r.optimal && sol;
  }
  return r;
}

bool balanced(const SignedNet &net) {
  std::mt19937_64 rng(1);
  return frustrated_count(net, tree_camps(net, 0, rng)) == 0;
}

using BoostSimple =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_index_t, std::size_t>>;

// Edge ids (into net.edges) of each biconnected block with >= 3 edges:
// L is the sum over blocks, since every cycle lies inside one block.
std::vector<std::vector<std::size_t>> cycle_blocks(const SignedNet &net) {
  BoostSimple g(net.size());
  for (std::size_t i = 0; i < net.edges.size(); ++i)
    boost::add_edge(net.edges[i].u, net.edges[i].v, i, g);
  std::vector<std::size_t> comp(net.edges.size());
  auto index = boost::get(boost::edge_index, g);
  const auto count =
      boost::biconnected_components(g, boost::make_iterator_property_map(comp.begin(), index));
  std::vector<std::vector<std::size_t>> blocks(count);
  for (std::size_t i = 0; i < comp.size(); ++i)
    blocks[comp[i]].push_back(i);
  std::erase_if(blocks, [](const auto &b) { return b.size() < 3; });
  std::sort(blocks.begin(), blocks.end());
  return blocks;
}

} // namespace

Frustration frustration(const SignedNet &net, const FrustrationOptions &o) {
  Frustration f;
  f.edges = net.edges.size();
  std::vector<char> frustrated(net.edges.size(), 0);
  bool all_exact = true, used_ip = false, used_bound = false;
  double lower = 0;
  std::vector<long> local(net.size(), -1);
  for (const auto &block : cycle_blocks(net)) {
    std::vector<std::string> names;
    std::vector<std::uint32_t> global;
    std::vector<SignedEdge> edges;
    for (std::size_t id : block) {
      const auto &e = net.edges[id];
      for (std::uint32_t v : {e.u, e.v})
        if (local[v] < 0) {
          local[v] = static_cast<long>(global.size());
          global.push_back(v);
          names.push_back(net.names[v]);
        }
      edges.push_back(
          {static_cast<std::uint32_t>(local[e.u]), static_cast<std::uint32_t>(local[e.v]), e.w});
    }
    for (auto v : global)
      local[v] = -1;
    const SignedNet b = SignedNet::build(std::move(names), std::move(edges));
    if (balanced(b))
      continue;
    ++f.blocks;
    auto camp = frustration_local_search(b, o.starts, o.seed);
    double block_lower = 0;
    if (b.edges.size() <= o.exact_edge_limit &&
        unbalanced_triangles(b, o.exact_triangle_limit + 1) <= o.exact_triangle_limit) {
      used_ip = true;
      auto r = solve_ip(b, camp, o.nodes_per_block, o.seconds_per_block);
      camp = std::move(r.camp);
      if (r.optimal) {
        block_lower = static_cast<double>(frustrated_count(b, camp));
      } else {
        all_exact = false;
        block_lower = std::max(0.0, std::ceil(r.lower - 1e-6));
      }
    } else {
      all_exact = false;
      used_bound = true;
    }
    lower += block_lower;
    for (const auto &e : b.edges)
      if ((camp[e.u] == camp[e.v]) != (e.w > 0)) {
        const auto gu = global[e.u], gv = global[e.v];
        const auto it = std::lower_bound(
            net.edges.begin(), net.edges.end(), std::make_pair(std::min(gu, gv), std::max(gu, gv)),
            [](const SignedEdge &x, const std::pair<std::uint32_t, std::uint32_t> &k) {
              return std::tie(x.u, x.v) < std::tie(k.first, k.second);
            });
        frustrated[static_cast<std::size_t>(it - net.edges.begin())] = 1;
      }
  }
  // Camps: 2-colour the graph without its frustrated edges (balanced by
  // construction); each component's first actor (in code order) is camp 0.
  f.camp.assign(net.size(), -1);
  std::deque<std::uint32_t> queue;
  std::vector<std::vector<std::pair<std::uint32_t, double>>> keep(net.size());
  for (std::size_t i = 0; i < net.edges.size(); ++i)
    if (!frustrated[i]) {
      keep[net.edges[i].u].push_back({net.edges[i].v, net.edges[i].w});
      keep[net.edges[i].v].push_back({net.edges[i].u, net.edges[i].w});
    } else {
      f.frustrated.push_back({net.edges[i].u, net.edges[i].v});
    }
  for (std::uint32_t s = 0; s < net.size(); ++s) {
    if (f.camp[s] >= 0)
      continue;
    f.camp[s] = 0;
    queue.push_back(s);
    while (!queue.empty()) {
      const auto v = queue.front();
      queue.pop_front();
      for (const auto &[to, w] : keep[v]) {
        const int want = w > 0 ? f.camp[v] : 1 - f.camp[v];
        if (f.camp[to] < 0) {
          f.camp[to] = want;
          queue.push_back(to);
        } else if (f.camp[to] != want) {
          throw Error("internal error: frustration camps are inconsistent");
        }
      }
    }
  }
  f.L = f.frustrated.size();
  f.exact = all_exact;
  f.lower = all_exact ? f.L : static_cast<std::size_t>(lower);
  f.F = f.edges == 0 ? 1.0 : 1.0 - 2.0 * static_cast<double>(f.L) / static_cast<double>(f.edges);
  if (f.blocks == 0)
    f.method = "balanced (2-colouring)";
  else if (all_exact)
    f.method = "exact: binary program (XOR model + unbalanced-triangle cuts) per biconnected "
               "block, COIN-OR CBC";
  else
    f.method = std::string("upper bound: ") +
               (used_bound ? "best of " + std::to_string(o.starts) +
                                 " spanning-tree switchings + greedy single-actor moves"
                           : "") +
               (used_bound && used_ip ? "; " : "") +
               (used_ip ? "CBC incumbent within its node budget" : "") + " (blocks over " +
               std::to_string(o.exact_edge_limit) +
               " edges are not solved "
               "exactly); lower bound " +
               std::to_string(f.lower);
  return f;
}

FrustrationSummary frustration_summary(const Frustration &f, const SignedNet &net,
                                       std::size_t list_limit) {
  FrustrationSummary out{f.L, f.lower, f.edges, f.F, f.exact, f.method, f.blocks, {}, {}};
  for (std::size_t v = 0; v < net.size(); ++v)
    out.camps[static_cast<std::size_t>(f.camp[v])].push_back(net.names[v]);
  if (f.frustrated.size() <= list_limit) {
    auto &list = out.frustrated.emplace();
    for (auto [u, v] : f.frustrated)
      list.emplace_back(net.names[u], net.names[v]);
  }
  return out;
}

} // namespace entente
