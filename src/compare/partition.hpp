// How alike two partitions of the same actors are, and which bloc of one
// corresponds to which bloc of the other. Bloc ids are arbitrary labels
// (any ints); position i of both vectors is the same actor.
//
//   std::vector<int> before{0, 0, 1, 1}, after{1, 1, 0, 0};
//   entente::adjusted_rand_index(before, after);      // 1: same partition
//   entente::variation_of_information(before, after); // 0
//   entente::match_blocs(before, after);              // {1 -> 0, 0 -> 1}
#pragma once

#include <map>
#include <vector>

namespace entente {

// Hubert & Arabie (1985) adjusted Rand index: 1 for identical partitions,
// about 0 for independent ones, may be negative. When it is undefined
// (fewer than 2 actors, or both partitions all-in-one / all-singletons) it
// is 1 if the partitions are equal up to relabelling, else 0. Throws
// Error if the sizes differ.
double adjusted_rand_index(const std::vector<int> &x, const std::vector<int> &y);

// Meila (2007) variation of information H(X|Y) + H(Y|X), natural log: 0 for
// identical partitions, at most ln(n).
double variation_of_information(const std::vector<int> &x, const std::vector<int> &y);

// Each bloc of `after` -> the bloc of `before` it shares most actors with
// (ties: the smaller `before` id), so that "changed camp" does not depend
// on how either partition happened to number its blocs.
std::map<int, int> match_blocs(const std::vector<int> &before, const std::vector<int> &after);

} // namespace entente
