// The backbone of a weighted signed network: which dyads a picture draws so
// that thousands of dyads show structure instead of a hairball. Cooperation
// and conflict are filtered separately, on |net|, and every actor keeps its
// strongest tie of each sign (all of them when several are equally strong:
// an unweighted network keeps every tie, there is nothing to rank them by),
// so no drawn actor loses the tie that matters most to it. Methods and
// references: docs/pictures.md.
//
//   auto net = entente::detail::SignedNet::from(snapshot.graph);
//   entente::Backbone b = entente::backbone(net, {.method = entente::BackboneMethod::disparity});
//   for (std::uint32_t e : b.order)   // kept edges, most important first
//     std::cout << net.edges[e].w << "\n";
//   b.describe();                     // "disparity filter, α = 0.05"
#pragma once

#include "entente/metrics/signed_net.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

enum class BackboneMethod {
  disparity, // Serrano, Boguñá & Vespignani (2009): edges significant for either end
  top_k,     // each actor's k strongest ties of each sign
  all,       // every edge
};
std::string_view to_string(BackboneMethod m);
// "disparity", "top-k", "all"; throws Error::usage otherwise.
BackboneMethod backbone_method(std::string_view name);

struct BackboneOptions {
  BackboneMethod method = BackboneMethod::disparity;
  double alpha = 0.05; // disparity: significance level, in (0, 1)
  std::size_t k = 2;   // top_k: ties per actor and sign, >= 1
};

struct Backbone {
  BackboneOptions options;
  // Kept edges (indices into SignedNet::edges), most important first: each
  // actor's strongest ties, then by significance (smallest disparity score,
  // lowest rank or largest |w|), then by index. A budget keeps a prefix.
  std::vector<std::uint32_t> order;
  // Per edge: its disparity score min over both ends of (1 - p)^(k - 1),
  // with p = |w| / strength and k the degree in the edge's sign (1 when an
  // end has one tie of that sign); filled for every method.
  std::vector<double> score;
  // Every |w| is the same (an unweighted network): every tie is an
  // actor's strongest, so every tie is kept whatever the method.
  bool uniform = false;
  std::string describe() const; // "disparity filter, α = 0.05"
};

Backbone backbone(const detail::SignedNet &net, const BackboneOptions &o = {});

namespace detail {
// Per edge: whether it is a strongest tie of its sign (largest |w|; all of
// the equally largest) at either of its ends.
std::vector<bool> strongest_ties(const SignedNet &net);
} // namespace detail

} // namespace entente
