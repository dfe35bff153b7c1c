#include "entente/metrics/blocs.hpp"

#include "entente/core/relation.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>

namespace entente {

using detail::SignedNet;

std::vector<int> canonical_blocs(const std::vector<int> &bloc) {
  std::map<int, std::pair<std::size_t, std::size_t>> info; // id -> (size, first)
  for (std::size_t v = 0; v < bloc.size(); ++v) {
    auto [it, fresh] = info.try_emplace(bloc[v], 0, v);
    ++it->second.first;
  }
  std::vector<std::pair<std::pair<long, std::size_t>, int>> order;
  for (const auto &[id, sf] : info)
    order.push_back({{-static_cast<long>(sf.first), sf.second}, id});
  std::sort(order.begin(), order.end());
  std::map<int, int> renum;
  for (std::size_t i = 0; i < order.size(); ++i)
    renum[order[i].second] = static_cast<int>(i);
  std::vector<int> out(bloc.size());
  for (std::size_t v = 0; v < bloc.size(); ++v)
    out[v] = renum[bloc[v]];
  return out;
}

double signed_modularity(const SignedNet &net, const std::vector<int> &bloc) {
  double wp = 0, wn = 0; // 2w+ and 2w-
  const std::size_t n = net.size();
  std::vector<double> kp(n, 0), kn(n, 0);
  std::map<int, double> in_p, in_n, tot_p, tot_n;
  for (const auto &e : net.edges) {
    const double a = std::abs(e.w);
    auto &k = e.w > 0 ? kp : kn;
    k[e.u] += a;
    k[e.v] += a;
    (e.w > 0 ? wp : wn) += 2 * a;
    if (bloc[e.u] == bloc[e.v])
      (e.w > 0 ? in_p : in_n)[bloc[e.u]] += 2 * a;
  }
  if (wp + wn == 0)
    return 0;
  for (std::size_t v = 0; v < n; ++v) {
    tot_p[bloc[v]] += kp[v];
    tot_n[bloc[v]] += kn[v];
  }
  double q = 0;
  for (const auto &[c, t] : tot_p)
    q += in_p[c] - (wp > 0 ? t * t / wp : 0);
  for (const auto &[c, t] : tot_n)
    q -= in_n[c] - (wn > 0 ? t * t / wn : 0);
  return q / (wp + wn);
}

namespace {

struct Link {
  std::uint32_t to;
  double p, n; // positive and negative weight
};

// One level of the Louvain scheme: nodes with strengths and links.
struct LouvainLevel {
  std::vector<double> kp, kn;
  std::vector<std::vector<Link>> adj;
};

// Local moving: each node joins the neighbouring community with the best
// gain in signed modularity. Returns true if any node moved.
bool local_moves(const LouvainLevel &g, double wp, double wn, std::vector<int> &comm) {
  const std::size_t n = g.kp.size();
  std::vector<double> tp(n, 0), tn(n, 0);
  for (std::size_t v = 0; v < n; ++v) {
    tp[static_cast<std::size_t>(comm[v])] += g.kp[v];
    tn[static_cast<std::size_t>(comm[v])] += g.kn[v];
  }
  std::vector<double> lp(n, 0), ln(n, 0);
  std::vector<int> touched;
  bool any = false;
  for (int pass = 0; pass < 100; ++pass) {
    bool moved = false;
    for (std::size_t v = 0; v < n; ++v) {
      const auto own = static_cast<std::size_t>(comm[v]);
      touched.clear();
      touched.push_back(static_cast<int>(own));
      for (const auto &l : g.adj[v]) {
        const auto c = static_cast<std::size_t>(comm[l.to]);
        if (lp[c] == 0 && ln[c] == 0)
          touched.push_back(static_cast<int>(c));
        lp[c] += l.p;
        ln[c] += l.n;
      }
      tp[own] -= g.kp[v];
      tn[own] -= g.kn[v];
      auto gain = [&](std::size_t c) {
        return (lp[c] - (wp > 0 ? g.kp[v] * tp[c] / wp : 0)) -
               (ln[c] - (wn > 0 ? g.kn[v] * tn[c] / wn : 0));
      };
      std::size_t best = own;
      double best_gain = gain(own);
      for (int ci : touched) {
        const auto c = static_cast<std::size_t>(ci);
        const double gc = gain(c);
        if (gc > best_gain + 1e-12) { // ties keep the current community
          best = c;
          best_gain = gc;
        }
      }
      tp[best] += g.kp[v];
      tn[best] += g.kn[v];
      if (best != own) {
        comm[v] = static_cast<int>(best);
        moved = true;
      }
      for (int c : touched)
        lp[static_cast<std::size_t>(c)] = ln[static_cast<std::size_t>(c)] = 0;
    }
    if (!moved)
      break;
    any = true;
  }
  return any;
}

} // namespace

std::vector<int> louvain_signed(const SignedNet &net) {
  const std::size_t n = net.size();
  LouvainLevel g;
  g.kp.assign(n, 0);
  g.kn.assign(n, 0);
  g.adj.resize(n);
  double wp = 0, wn = 0;
  for (std::size_t v = 0; v < n; ++v)
    for (const auto &a : net.neighbours(v)) {
      const double p = a.w > 0 ? a.w : 0, m = a.w < 0 ? -a.w : 0;
      g.adj[v].push_back({a.to, p, m});
      g.kp[v] += p;
      g.kn[v] += m;
      wp += p;
      wn += m;
    }
  std::vector<int> member(n); // original node -> current level node
  std::iota(member.begin(), member.end(), 0);
  while (true) {
    const std::size_t ln = g.kp.size();
    std::vector<int> comm(ln);
    std::iota(comm.begin(), comm.end(), 0);
    if (!local_moves(g, wp, wn, comm))
      break;
    // Aggregate: communities become nodes (self-links are dropped: they
    // never change a move's gain).
    std::vector<int> id(ln, -1);
    int k = 0;
    for (std::size_t v = 0; v < ln; ++v)
      if (id[static_cast<std::size_t>(comm[v])] < 0)
        id[static_cast<std::size_t>(comm[v])] = k++;
    LouvainLevel h;
    h.kp.assign(static_cast<std::size_t>(k), 0);
    h.kn.assign(static_cast<std::size_t>(k), 0);
    h.adj.resize(static_cast<std::size_t>(k));
    std::vector<std::map<std::uint32_t, std::pair<double, double>>> links(
        static_cast<std::size_t>(k));
    for (std::size_t v = 0; v < ln; ++v) {
      const auto cv = static_cast<std::size_t>(id[static_cast<std::size_t>(comm[v])]);
      h.kp[cv] += g.kp[v];
      h.kn[cv] += g.kn[v];
      for (const auto &l : g.adj[v]) {
        const auto cu = static_cast<std::uint32_t>(id[static_cast<std::size_t>(comm[l.to])]);
        if (cu == cv)
          continue;
        auto &x = links[cv][cu];
        x.first += l.p;
        x.second += l.n;
      }
    }
    for (std::size_t c = 0; c < static_cast<std::size_t>(k); ++c)
      for (const auto &[to, pn] : links[c])
        h.adj[c].push_back({to, pn.first, pn.second});
    for (auto &m : member)
      m = id[static_cast<std::size_t>(comm[static_cast<std::size_t>(m)])];
    g = std::move(h);
  }
  return canonical_blocs(member);
}

double dm_criterion(const SignedNet &net, const std::vector<int> &bloc, double alpha) {
  double neg_in = 0, pos_out = 0;
  for (const auto &e : net.edges) {
    const bool same = bloc[e.u] == bloc[e.v];
    if (e.w < 0 && same)
      neg_in -= e.w;
    if (e.w > 0 && !same)
      pos_out += e.w;
  }
  return alpha * neg_in + (1 - alpha) * pos_out;
}

namespace {

// Relocation local search: move single actors while the criterion drops,
// never emptying a bloc.
void relocate(const SignedNet &net, std::size_t k, double alpha, std::vector<int> &bloc,
              std::mt19937_64 &rng) {
  const std::size_t n = net.size();
  std::vector<std::size_t> size(k, 0);
  for (int b : bloc)
    ++size[static_cast<std::size_t>(b)];
  // Weights towards each bloc, kept at zero between actors. With many blocs
  // (Louvain's k runs into the thousands on sparse graphs) only the blocs an
  // actor touches are written and then cleared, so a move costs its degree,
  // not k.
  std::vector<double> pos(k, 0.0), neg(k, 0.0);
  std::vector<char> seen(k, 0);
  std::vector<std::size_t> touched;
  // Each arc's weight split by sign once (adding 0.0 leaves a sum as it is),
  // so the sweeps do not branch on it.
  std::vector<double> pos_w(net.arcs.size()), neg_w(net.arcs.size());
  for (std::size_t i = 0; i < net.arcs.size(); ++i)
    (net.arcs[i].w > 0 ? pos_w : neg_w)[i] = std::abs(net.arcs[i].w);
  const bool few = k <= 64; // clearing k blocs costs less than tracking them
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  for (bool changed = true; changed;) {
    changed = false;
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t v : order) {
      const auto a = static_cast<std::size_t>(bloc[v]);
      if (size[a] == 1)
        continue;
      std::size_t best = a;
      double best_delta = -1e-12;
      auto consider = [&](std::size_t b) {
        if (b == a || b >= k)
          return;
        const double d = alpha * (neg[b] - neg[a]) + (1 - alpha) * (pos[a] - pos[b]);
        if (d < best_delta || (d == best_delta && best != a && b < best)) {
          best_delta = d;
          best = b;
        }
      };
      if (few) { // every bloc, no bookkeeping: the same choice, as ties go to the lowest index
        for (std::size_t i = net.offset[v]; i < net.offset[v + 1]; ++i) {
          const auto b = static_cast<std::size_t>(bloc[net.arcs[i].to]);
          pos[b] += pos_w[i];
          neg[b] += neg_w[i];
        }
        for (std::size_t b = 0; b < k; ++b)
          consider(b);
        std::fill(pos.begin(), pos.end(), 0.0);
        std::fill(neg.begin(), neg.end(), 0.0);
      } else {
        touched.clear();
        for (std::size_t i = net.offset[v]; i < net.offset[v + 1]; ++i) {
          const auto b = static_cast<std::size_t>(bloc[net.arcs[i].to]);
          if (!seen[b]) {
            seen[b] = 1;
            touched.push_back(b);
          }
          pos[b] += pos_w[i];
          neg[b] += neg_w[i];
        }
        // Every untouched bloc other than `a` gives the same change; the
        // first such index stands for them all (ties go to the lowest index).
        std::sort(touched.begin(), touched.end());
        std::size_t untouched = 0;
        for (std::size_t b : touched) {
          if (untouched == a)
            ++untouched;
          if (b != untouched)
            break;
          ++untouched;
        }
        if (untouched == a)
          ++untouched;
        for (std::size_t b : touched)
          consider(b);
        consider(untouched);
        for (std::size_t b : touched)
          pos[b] = neg[b] = 0.0, seen[b] = 0;
      }
      if (best != a) {
        bloc[v] = static_cast<int>(best);
        --size[a];
        ++size[best];
        changed = true;
      }
    }
  }
}

} // namespace

std::vector<int> doreian_mrvar(const SignedNet &net, std::size_t k, double alpha, int restarts,
                               unsigned seed, const std::vector<int> &start) {
  const std::size_t n = net.size();
  k = std::max<std::size_t>(1, std::min(k, n));
  std::mt19937_64 rng(seed);
  std::vector<int> best;
  double best_p = 0;
  auto consider = [&](std::vector<int> b) {
    relocate(net, k, alpha, b, rng);
    const double p = dm_criterion(net, b, alpha);
    if (best.empty() || p < best_p - 1e-12) {
      best = canonical_blocs(b);
      best_p = p;
    }
  };
  const auto max_start = start.empty() ? 0 : *std::max_element(start.begin(), start.end());
  if (!start.empty() && static_cast<std::size_t>(max_start) + 1 == k)
    consider(start);
  for (int r = 0; r < restarts; ++r) {
    std::vector<int> b(n);
    for (std::size_t v = 0; v < n; ++v) // every bloc gets one actor first
      b[v] = static_cast<int>(v < k ? v : rng() % k);
    std::shuffle(b.begin(), b.end(), rng);
    consider(std::move(b));
  }
  return best;
}

std::vector<SwingActor> swing_actors(const SignedNet &net, const std::vector<int> &bloc,
                                     double share) {
  std::vector<SwingActor> out;
  for (std::size_t v = 0; v < net.size(); ++v) {
    std::map<int, double> pos, neg;
    double total = 0;
    for (const auto &a : net.neighbours(v)) {
      (a.w > 0 ? pos : neg)[bloc[a.to]] += std::abs(a.w);
      if (a.w > 0)
        total += a.w;
    }
    std::vector<int> strong, mixed;
    for (const auto &[b, w] : pos) {
      if (total > 0 && w >= share * total)
        strong.push_back(b);
      if (neg.count(b))
        mixed.push_back(b);
    }
    std::string reason;
    auto list = [](const std::vector<int> &bs) {
      std::string s;
      for (int b : bs) {
        if (!s.empty())
          s += ',';
        s += std::to_string(bloc_number(b));
      }
      return s;
    };
    if (strong.size() >= 2)
      reason = "strong positive ties into blocs " + list(strong);
    if (!mixed.empty())
      reason +=
          reason.empty() ? "ties of both signs into bloc " : "; ties of both signs into bloc ";
    if (!mixed.empty())
      reason += list(mixed);
    if (!reason.empty())
      out.push_back({net.names[v], reason});
  }
  return out;
}

Blocs blocs(const SignedNet &net, const BlocOptions &o) {
  Blocs b;
  b.alpha = o.alpha;
  if (net.size() == 0)
    return b;
  b.modularity_bloc = louvain_signed(net);
  b.modularity = signed_modularity(net, b.modularity_bloc);
  const std::size_t k_mod = static_cast<std::size_t>(*std::max_element(b.modularity_bloc.begin(),
                                                                       b.modularity_bloc.end())) +
                            1;
  b.dm_k = o.k ? o.k : k_mod;
  const int restarts = net.edges.size() > 100000 ? std::min(o.restarts, 2) : o.restarts;
  b.dm_bloc = doreian_mrvar(net, b.dm_k, o.alpha, restarts, o.seed, b.modularity_bloc);
  b.dm_criterion = dm_criterion(net, b.dm_bloc, o.alpha);
  b.swing = swing_actors(net, b.modularity_bloc, o.swing_share);
  return b;
}

BlocMeasures bloc_measures(const Blocs &b, const SignedNet &net) {
  auto members = [&](const std::vector<int> &bloc) {
    std::vector<std::vector<std::string>> groups;
    for (std::size_t v = 0; v < bloc.size(); ++v) {
      const auto id = static_cast<std::size_t>(bloc[v]);
      if (groups.size() <= id)
        groups.resize(id + 1);
      groups[id].push_back(net.names[v]);
    }
    return groups;
  };
  const std::size_t k_mod =
      b.modularity_bloc.empty()
          ? 0
          : static_cast<std::size_t>(
                *std::max_element(b.modularity_bloc.begin(), b.modularity_bloc.end()) + 1);
  return {
      {b.modularity, k_mod,
       "Louvain local moving + aggregation on signed modularity (Gomez et al. 2009)",
       members(b.modularity_bloc)},
      {b.dm_k, b.alpha, b.dm_criterion, "multi-start single-actor relocation", members(b.dm_bloc)},
      b.swing};
}

} // namespace entente
