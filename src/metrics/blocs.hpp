// Blocs: partitions of the actors into groups that cooperate inside and
// oppose each other across. One maximises the signed modularity of Gómez,
// Jensen & Arenas (2009) (Louvain-style local moving and aggregation), one
// minimises the Doreian & Mrvar (1996) criterion for k blocs (multi-start
// relocation); swing actors sit between blocs. Formulas: docs/metrics.md.
//
//   auto net = entente::detail::SignedNet::from(snapshot.graph);
//   entente::Blocs b = entente::blocs(net, {});
//   b.modularity_bloc[0];   // bloc id of the first actor (by code)
#pragma once

#include "entente/graph/stored_metrics.hpp"
#include "entente/metrics/signed_net.hpp"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

// Blocs are shown and stored as numbers from 1, by size (bloc 1 is the
// largest); in the JSON, blocs[i] holds bloc i + 1. Internally they are
// indices from 0.
inline int bloc_number(int index) { return index + 1; }

struct BlocOptions {
  std::size_t k = 0;         // Doreian-Mrvar blocs; 0 = as many as the modularity partition
  double alpha = 0.5;        // weight of negative ties inside blocs vs positive across
  int restarts = 50;         // Doreian-Mrvar random starts (fewer on big graphs)
  double swing_share = 0.25; // see swing_actors
  unsigned seed = 1;
};

struct Blocs {
  std::vector<int> modularity_bloc; // per actor, ids by size desc then first code
  double modularity = 0;
  std::vector<int> dm_bloc;
  std::size_t dm_k = 0;
  double dm_criterion = 0; // alpha * neg inside + (1 - alpha) * pos across (|w|)
  double alpha = 0.5;
  std::vector<SwingActor> swing;
};

Blocs blocs(const detail::SignedNet &net, const BlocOptions &o = {});

// Signed modularity (Gómez et al. 2009) of a partition, weights |w|.
double signed_modularity(const detail::SignedNet &net, const std::vector<int> &bloc);
// Doreian-Mrvar criterion of a partition.
double dm_criterion(const detail::SignedNet &net, const std::vector<int> &bloc, double alpha);
std::vector<int> louvain_signed(const detail::SignedNet &net);
std::vector<int> doreian_mrvar(const detail::SignedNet &net, std::size_t k, double alpha,
                               int restarts, unsigned seed, const std::vector<int> &start);
// Actors whose positive strength reaches >= 2 blocs with at least `share`
// of it each, or that have ties of both signs into one bloc.
std::vector<SwingActor> swing_actors(const detail::SignedNet &net, const std::vector<int> &bloc,
                                     double share);
// Renumbers blocs: by size (descending), then by smallest member index.
std::vector<int> canonical_blocs(const std::vector<int> &bloc);

// The stored form: members by name, bloc i + 1 at groups[i].
BlocMeasures bloc_measures(const Blocs &b, const detail::SignedNet &net);

} // namespace entente
