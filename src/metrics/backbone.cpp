#include "entente/metrics/backbone.hpp"

#include "entente/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

namespace entente {

std::string_view to_string(BackboneMethod m) {
  switch (m) {
  case BackboneMethod::disparity:
    return "disparity";
  case BackboneMethod::top_k:
    return "top-k";
  case BackboneMethod::all:
    return "all";
  }
  return "all";
}

BackboneMethod backbone_method(std::string_view name) {
  for (auto m : {BackboneMethod::disparity, BackboneMethod::top_k, BackboneMethod::all})
    if (name == to_string(m))
      return m;
  throw Error::usage("unknown backbone method '" + std::string(name) +
                     "' (use disparity, top-k or all)");
}

std::string Backbone::describe() const {
  if (uniform)
    return "every dyad: all weights are equal";
  char buf[64];
  switch (options.method) {
  case BackboneMethod::disparity:
    std::snprintf(buf, sizeof buf, "disparity filter, α = %g", options.alpha);
    return buf;
  case BackboneMethod::top_k:
    std::snprintf(buf, sizeof buf, "top %zu ties per actor and sign", options.k);
    return buf;
  case BackboneMethod::all:
    break;
  }
  return "every dyad";
}

namespace detail {

std::vector<bool> strongest_ties(const SignedNet &net) {
  std::vector<std::array<double, 2>> best(net.size(), {0, 0});
  for (const auto &e : net.edges)
    for (auto x : {e.u, e.v}) {
      double &b = best[x][e.w > 0 ? 0 : 1];
      b = std::max(b, std::abs(e.w));
    }
  std::vector<bool> out(net.edges.size(), false);
  for (std::size_t i = 0; i < net.edges.size(); ++i) {
    const auto &e = net.edges[i];
    const std::size_t s = e.w > 0 ? 0 : 1;
    out[i] = std::abs(e.w) == best[e.u][s] || std::abs(e.w) == best[e.v][s];
  }
  return out;
}

} // namespace detail

namespace {

using detail::SignedNet;

std::size_t sign_of(double w) { return w > 0 ? 0 : 1; }

// (1 - p)^(k - 1) at both ends, the smaller; 1 for an end with one tie.
std::vector<double> disparity_scores(const SignedNet &net) {
  std::vector<std::array<double, 2>> strength(net.size(), {0, 0});
  std::vector<std::array<std::size_t, 2>> degree(net.size(), {0, 0});
  for (const auto &e : net.edges)
    for (auto x : {e.u, e.v}) {
      strength[x][sign_of(e.w)] += std::abs(e.w);
      ++degree[x][sign_of(e.w)];
    }
  std::vector<double> score(net.edges.size(), 1.0);
  for (std::size_t i = 0; i < net.edges.size(); ++i) {
    const auto &e = net.edges[i];
    const std::size_t s = sign_of(e.w);
    for (auto x : {e.u, e.v}) {
      const auto k = degree[x][s];
      if (k < 2)
        continue;
      const double p = std::min(1.0, std::abs(e.w) / strength[x][s]);
      score[i] = std::min(score[i], std::exp(static_cast<double>(k - 1) * std::log1p(-p)));
    }
  }
  return score;
}

// Rank (0 = strongest) of each edge among the ties of its sign at either
// end, the smaller of the two.
std::vector<std::size_t> tie_ranks(const SignedNet &net) {
  std::vector<std::array<std::vector<std::uint32_t>, 2>> ties(net.size());
  for (std::size_t i = 0; i < net.edges.size(); ++i) {
    const auto &e = net.edges[i];
    for (auto x : {e.u, e.v})
      ties[x][sign_of(e.w)].push_back(static_cast<std::uint32_t>(i));
  }
  std::vector<std::size_t> rank(net.edges.size(), net.edges.size());
  for (auto &per_sign : ties)
    for (auto &list : per_sign) {
      std::stable_sort(list.begin(), list.end(), [&](std::uint32_t x, std::uint32_t y) {
        return std::abs(net.edges[x].w) > std::abs(net.edges[y].w);
      });
      for (std::size_t r = 0; r < list.size(); ++r)
        rank[list[r]] = std::min(rank[list[r]], r);
    }
  return rank;
}

} // namespace

Backbone backbone(const SignedNet &net, const BackboneOptions &o) {
  if (o.method == BackboneMethod::disparity && !(o.alpha > 0 && o.alpha < 1))
    throw Error::usage("the disparity filter's alpha must be between 0 and 1");
  if (o.method == BackboneMethod::top_k && o.k == 0)
    throw Error::usage("top-k needs k >= 1");
  Backbone b;
  b.options = o;
  b.score = disparity_scores(net);
  b.uniform =
      !net.edges.empty() && std::all_of(net.edges.begin(), net.edges.end(), [&](const auto &e) {
        return std::abs(e.w) == std::abs(net.edges.front().w);
      });
  const auto rank = o.method == BackboneMethod::top_k ? tie_ranks(net) : std::vector<std::size_t>{};
  const std::vector<bool> strongest = detail::strongest_ties(net);

  for (std::uint32_t e = 0; e < net.edges.size(); ++e) {
    const bool kept = strongest[e] || o.method == BackboneMethod::all ||
                      (o.method == BackboneMethod::disparity && b.score[e] < o.alpha) ||
                      (o.method == BackboneMethod::top_k && rank[e] < o.k);
    if (kept)
      b.order.push_back(e);
  }
  // Importance: strongest ties, then the method's own measure, then |w|.
  auto key = [&](std::uint32_t e) {
    const double method_key = o.method == BackboneMethod::disparity ? b.score[e]
                              : o.method == BackboneMethod::top_k   ? static_cast<double>(rank[e])
                                                                    : 0.0;
    return std::make_tuple(!strongest[e], method_key, -std::abs(net.edges[e].w), e);
  };
  std::sort(b.order.begin(), b.order.end(),
            [&](std::uint32_t x, std::uint32_t y) { return key(x) < key(y); });
  return b;
}

} // namespace entente
