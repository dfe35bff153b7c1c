// A snapshot's measures as values: what the metrics stage computes and what a
// snapshot file stores under "metrics", one plain struct per measure group
// (summary, dyad table, balance, blocs, centrality, direction, alignment,
// conventions) composed into `Metrics`, with to_json/from_json beside them.
// Pictures, the report, diff and the tables read fields, not string paths.
//
// Why here, in graph/: a `Snapshot` holds its measures, and the metrics stage
// links the graph stage, not the other way round. So the value types (and
// their JSON, which needs nothing but nlohmann) live in this data-only header
// of the graph stage, and metrics/ fills them (compute_metrics). The
// algorithms' own working forms (actor indices, 0/1 camps) stay in metrics/.
//
// JSON: the keys, their order and the numbers are those snapshots have always
// had, so saved snapshots load and save back to the same bytes. Reading checks
// every field: a missing key, a value of the wrong type or an unknown key is
// an Error naming the field ("metrics.balance.triangles: missing"). Unknown
// keys are refused rather than kept, so that a misspelt key (`pagerank` for
// `pagerank_pos`) cannot pass unnoticed. Every group is optional (a snapshot
// saved with --no-metrics has "metrics": {}); inside a group every key is
// required except where a member is std::optional.
//
//   entente::Metrics m = entente::metrics_from_json(snapshot_to_json(s).at("metrics"));
//   if (m.centrality) m.centrality->actors[0].pagerank_pos;
//   nlohmann::json back = m;   // the same document
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace entente {

class JsonWriter;

// metrics.summary
struct ActorSummary {
  std::string code;
  double strength = 0;        // sum of |net| over incident dyads
  double net = 0;             // sum of net over incident dyads
  std::size_t pos_degree = 0; // dyads with net > 0 (as centrality's pos_degree)
  std::size_t neg_degree = 0; // dyads with net < 0
  std::int64_t events = 0;    // events in which the actor took part
  friend bool operator==(const ActorSummary &, const ActorSummary &) = default;
};

struct GraphSummary {
  std::size_t actors = 0;
  std::size_t dyads = 0;
  std::size_t positive_dyads = 0;
  std::size_t negative_dyads = 0;
  std::size_t neutral_dyads = 0;
  std::int64_t events = 0;
  std::vector<ActorSummary> per_actor; // sorted by code
  friend bool operator==(const GraphSummary &, const GraphSummary &) = default;
};

// metrics.dyads[]: one row of the dyad table.
struct DyadRelation {
  std::string a, b; // a < b
  std::int64_t events = 0;
  std::array<std::int64_t, 4> quad{};
  double net = 0;
  double coop_share = 0.5; // coop / (coop + |conflict|); 0.5 when both are 0
  int sign = 0;            // of the net score (6 decimals)
  double abs_net = 0;      // |net|, what weighted signed measures use
  double reciprocity = 0;  // min / max of the two directions' events (dyad_reciprocity)
  friend bool operator==(const DyadRelation &, const DyadRelation &) = default;
};

// metrics.balance.triangles ("total" and "balance" are derived on writing).
struct TriangleCensus {
  std::uint64_t ppp = 0, ppn = 0, pnn = 0, nnn = 0; // by number of negative edges
  std::uint64_t total() const { return ppp + ppn + pnn + nnn; }
  // Share of triangles with an even number of negative edges; -1 if none.
  double balance() const {
    return total() ? static_cast<double>(ppp + pnn) / static_cast<double>(total()) : -1;
  }
  // As stored ("balance": 6 decimals, null without triangles).
  std::optional<double> stored_balance() const;
  friend bool operator==(const TriangleCensus &, const TriangleCensus &) = default;
};

// metrics.balance.walk
struct WalkBalance {
  double value = 1; // tr exp(A) / tr exp(|A|), A the sign matrix
  bool exact = true;
  std::string method;
  friend bool operator==(const WalkBalance &, const WalkBalance &) = default;
};

// metrics.balance.frustration: the frustration index with actors by name.
struct FrustrationSummary {
  std::size_t L = 0;           // frustrated edges (exact, or an upper bound)
  std::size_t lower_bound = 0; // proven lower bound (== L when exact)
  std::size_t edges = 0;       // m, signed edges
  double F = 1;                // 1 - 2L/m
  bool exact = true;
  std::string method;
  std::size_t blocks = 0;                        // non-trivial biconnected blocks
  std::array<std::vector<std::string>, 2> camps; // camp A, camp B
  // The frustrated edges, stored only up to a limit (absent beyond it).
  std::optional<std::vector<std::pair<std::string, std::string>>> frustrated;
  friend bool operator==(const FrustrationSummary &, const FrustrationSummary &) = default;
};

struct BalanceMeasures {
  TriangleCensus triangles;
  WalkBalance walk;
  FrustrationSummary frustration;
  friend bool operator==(const BalanceMeasures &, const BalanceMeasures &) = default;
};

// metrics.blocs: groups[i] is bloc i + 1 (by size), members by code.
struct SwingActor {
  std::string code;
  std::string reason;
  friend bool operator==(const SwingActor &, const SwingActor &) = default;
};

struct ModularityBlocs {
  double Q = 0;
  std::size_t k = 0;
  std::string method;
  std::vector<std::vector<std::string>> blocs;
  friend bool operator==(const ModularityBlocs &, const ModularityBlocs &) = default;
};

struct DoreianMrvarBlocs {
  std::size_t k = 0;
  double alpha = 0.5;
  double criterion = 0; // alpha * neg inside + (1 - alpha) * pos across (|w|)
  std::string method;
  std::vector<std::vector<std::string>> blocs;
  friend bool operator==(const DoreianMrvarBlocs &, const DoreianMrvarBlocs &) = default;
};

struct BlocMeasures {
  ModularityBlocs modularity;
  DoreianMrvarBlocs doreian_mrvar;
  std::vector<SwingActor> swing;
  friend bool operator==(const BlocMeasures &, const BlocMeasures &) = default;
};

// metrics.centrality
struct ActorCentrality {
  std::string code;
  double strength = 0; // sum |w|
  double pos_strength = 0, neg_strength = 0;
  std::size_t pos_degree = 0, neg_degree = 0;
  std::int64_t net_degree = 0; // pos - neg
  double pagerank_pos = 0, pagerank_neg = 0;
  double betweenness = 0; // normalised by 2 / ((n-1)(n-2))
  double pn = 0;
  friend bool operator==(const ActorCentrality &, const ActorCentrality &) = default;
};

struct Centrality {
  std::vector<ActorCentrality> actors; // by code
  bool betweenness_exact = true;
  std::string betweenness_method;
  std::string pn_method;
  friend bool operator==(const Centrality &, const Centrality &) = default;
};

// metrics.directed
struct ActorDirected {
  std::string code;
  double out_strength = 0, in_strength = 0; // Σ|net| of what it did / what was done to it
  double out_net = 0, in_net = 0;           // Σ net, the same split
  std::int64_t out_events = 0, in_events = 0;
  double pagerank_in = 0; // directed PageRank on the cooperative arcs (net > 0), weighted by net
  friend bool operator==(const ActorDirected &, const ActorDirected &) = default;
};

inline constexpr const char *directed_method =
    "strength and net split by direction; reciprocity on event counts (sum of 2 min(e_ab, e_ba) / "
    "sum of (e_ab + e_ba)); PageRank (damping 0.85) on the arcs a -> b with net > 0, weighted by "
    "net";

struct Directed {
  std::vector<ActorDirected> actors; // by code
  // Σ 2 min(e_ab, e_ba) / Σ (e_ab + e_ba) over dyads, e = events in one
  // direction: 1 when every dyad's traffic is balanced, 0 when all is one-way.
  double reciprocity = 0;
  std::size_t two_way = 0, one_way = 0; // dyads with events in both / one direction
  // Of the two-way dyads with a sign both ways, the share whose directions
  // agree (both cooperative or both conflictual).
  double sign_agreement = 0;
  std::string method = directed_method;
  friend bool operator==(const Directed &, const Directed &) = default;
};

// metrics.alignment: all pairs, matrices in actor (code) order.
struct AlignmentMatrix {
  std::vector<std::string> actors;
  int levels = 5; // of the stance scale (metrics/alignment.hpp, stance_levels)
  std::vector<std::vector<double>> s_abs, kappa, pi;
  friend bool operator==(const AlignmentMatrix &, const AlignmentMatrix &) = default;
};

// metrics.conventions: how signs and weights are read (fixed texts).
struct Conventions {
  std::string sign = "sign of the dyad's total net score (sum of Goldstein x weight, both "
                     "directions, 6 decimals); net 0 = neutral, not an edge of the signed measures";
  std::string weight = "|net| (PageRank, betweenness length 1/|net|, modularity, Doreian-Mrvar)";
  std::string unweighted = "triangles, walk balance, frustration index and PN index use signs only";
  std::string stance_levels = "0 hostile, 1 strained, 2 none/neutral, 3 friendly, 4 close/self";
  std::string docs = "docs/metrics.md";
  friend bool operator==(const Conventions &, const Conventions &) = default;
};

struct Metrics {
  std::optional<AlignmentMatrix> alignment;
  // Instead of the table: why it was left out ({"omitted": "more than 250 actors; ..."}).
  std::optional<std::string> alignment_omitted;
  std::optional<BalanceMeasures> balance;
  std::optional<BlocMeasures> blocs;
  std::optional<Centrality> centrality;
  std::optional<Conventions> conventions;
  std::optional<Directed> directed;
  std::optional<std::vector<DyadRelation>> dyads;
  std::optional<std::string> dyads_omitted;             // as alignment_omitted
  std::optional<std::map<std::string, double>> seconds; // wall time per measure, if asked for
  std::optional<GraphSummary> summary;
  // No group at all (a snapshot saved with --no-metrics).
  bool empty() const;
  friend bool operator==(const Metrics &, const Metrics &) = default;
};

void to_json(nlohmann::json &j, const ActorSummary &a);
void to_json(nlohmann::json &j, const GraphSummary &s);
void to_json(nlohmann::json &j, const DyadRelation &d);
void to_json(nlohmann::json &j, const TriangleCensus &t);
void to_json(nlohmann::json &j, const WalkBalance &w);
void to_json(nlohmann::json &j, const FrustrationSummary &f);
void to_json(nlohmann::json &j, const BalanceMeasures &b);
void to_json(nlohmann::json &j, const SwingActor &s);
void to_json(nlohmann::json &j, const BlocMeasures &b);
void to_json(nlohmann::json &j, const ActorCentrality &a);
void to_json(nlohmann::json &j, const Centrality &c);
void to_json(nlohmann::json &j, const ActorDirected &a);
void to_json(nlohmann::json &j, const Directed &d);
void to_json(nlohmann::json &j, const AlignmentMatrix &m);
void to_json(nlohmann::json &j, const Conventions &c);
void to_json(nlohmann::json &j, const Metrics &m);

// Rounds every number to what to_json stores (6 decimals), so that measures
// fresh from compute_metrics equal the same measures read back from a file.
void round_as_stored(Metrics &m);

// Checked reading: throws Error "metrics.<field>: <what is wrong>".
Metrics metrics_from_json(const nlohmann::json &j);
// The same through nlohmann's from_json, for `j.get<Metrics>()`.
void from_json(const nlohmann::json &j, Metrics &m);

// Writes the bytes of to_json(m) with the two large tables (dyads,
// alignment) streamed, not built as a DOM.
void write_metrics(JsonWriter &w, const Metrics &m);

} // namespace entente
