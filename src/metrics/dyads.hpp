// Dyad relations: what each pair of actors did to each other, as the table
// the signed measures start from: net score (sum of Goldstein x weight),
// cooperation share, events per quad class, and the sign and weight the
// signed measures use (sign = sign of the net score, weight = |net|).
// Optionally older events count less: exponential decay with a half-life,
// applied to each event's weight when folding.
//
//   auto rows = entente::dyad_relations(snapshot.graph);
//   rows[0].coop_share;   // coop / (coop + |conflict|)
//   double hl = entente::parse_half_life("30d");          // 30 days
//   auto r2 = entente::decayed(relations.at(0), entente::Date::parse("2020-06-01"), hl);
#pragma once

#include "entente/core/relation.hpp"
#include "entente/graph/signed_graph.hpp"
#include "entente/graph/stored_metrics.hpp"
#include "entente/metrics/directed.hpp"

#include <array>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

std::vector<DyadRelation> dyad_relations(const SignedGraph &g); // sorted by (a, b)

// "30d", "6w", "1y" (365 days), "12h" or a plain number of days; throws
// Error::usage for anything else or a value <= 0.
double parse_half_life(const std::string &text);
// `r` with its weight times 0.5^(age / half_life), age = reference - date
// in days (events after the reference are not boosted: age >= 0).
Relation decayed(Relation r, Date reference, double half_life_days);

} // namespace entente
