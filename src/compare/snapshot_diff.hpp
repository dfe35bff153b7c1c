// Everything that changed between two snapshots: the dyads (edge_diff.hpp),
// alignment shifts, bloc migrations with partition similarity, balance and
// frustration, and PageRank rank changes. Works from the measures stored
// in `Snapshot::metrics` (computing them when a snapshot has none; reading a
// snapshot has already checked them, graph/stored_metrics.hpp).
//
//   entente::check_comparable(entente::snapshot_to_json(before), "a.json",
//                             entente::snapshot_to_json(after), "b.json"); // version, level
//   entente::SnapshotDiff d = entente::diff_snapshots(before, after, {.top = 10});
//   for (auto& m : d.blocs.moved) std::cout << m.code << " changed camp\n";
//   nlohmann::json j = d;
#pragma once

#include "entente/compare/edge_diff.hpp"

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace entente {

struct DiffOptions {
  std::size_t top = 10;      // entries per list of largest changes
  bool nonzero_only = false; // dyads with net 0 count as absent (the peer's convention)
  bool edges_only = false;   // dyads and actors only: no measures read or computed
};

// One pair's alignment in A and B (kappa with quadratic weights, and S).
struct AlignmentShift {
  std::string a, b; // a < b
  double kappa_before = 0, kappa_after = 0, s_before = 0, s_after = 0;
  // Mean of the two changes: > 0 closer, < 0 further apart.
  double change() const { return (kappa_after - kappa_before + s_after - s_before) / 2; }
};

struct AlignmentShifts {
  std::string omitted;   // why there is none (e.g. too many actors), else empty
  std::size_t pairs = 0; // pairs of actors present in both
  std::vector<AlignmentShift> closer, further; // largest |change| first, ties by pair
};

// One stored alignment matrix: codes in order, values [i][j].
struct AlignmentTable {
  std::vector<std::string> actors;
  std::vector<std::vector<double>> kappa, s_abs;
};
AlignmentShifts alignment_shifts(const AlignmentTable &a, const AlignmentTable &b, std::size_t top);

struct BlocMove {
  std::string code;
  int bloc_before = 0, bloc_after = 0; // ids as in each snapshot
  int camp_after = 0;                  // the A bloc that B bloc matches (match_blocs)
};

struct BlocMigration {
  std::size_t shared = 0; // actors in both partitions
  std::size_t k_before = 0, k_after = 0;
  double ari = 1, vi = 0;      // on the shared actors
  std::map<int, int> matching; // B bloc -> A bloc
  std::vector<BlocMove> moved; // by code
};
// Partitions as actor -> bloc id.
BlocMigration bloc_migration(const std::map<std::string, int> &before,
                             const std::map<std::string, int> &after);

struct RankChange {
  std::string code;
  std::size_t rank_before = 0, rank_after = 0; // 1 = highest, among shared actors
  double before = 0, after = 0;                // the scores
  long change() const { return static_cast<long>(rank_before) - static_cast<long>(rank_after); }
};

struct RankChanges {
  std::string measure = "pagerank_pos";
  std::size_t shared = 0;
  std::vector<RankChange> risers, fallers; // largest moves first, ties by code
};
// Scores as actor -> value; ranks by value (descending), ties by code.
RankChanges rank_changes(const std::map<std::string, double> &before,
                         const std::map<std::string, double> &after, std::size_t top);

struct MeasureChange {
  std::string name;
  std::optional<double> before, after; // absent: not defined (e.g. no triangles)
};

struct SnapshotDiff {
  EdgeDiff edges;
  bool measures = true; // false: DiffOptions::edges_only, the parts below are empty
  AlignmentShifts alignment;
  BlocMigration blocs;
  std::vector<MeasureChange> balance; // triangle and walk balance, frustration L and F
  RankChanges ranks;
};

SnapshotDiff diff_snapshots(const Snapshot &a, const Snapshot &b, const DiffOptions &o = {});

// Throws Error naming both files if raw snapshot JSONs have different
// "version" or "level" values.
void check_comparable(const nlohmann::json &a, const std::string &name_a, const nlohmann::json &b,
                      const std::string &name_b);

void to_json(nlohmann::json &j, const AlignmentShifts &s);
void to_json(nlohmann::json &j, const BlocMigration &m);
void to_json(nlohmann::json &j, const RankChanges &r);
void to_json(nlohmann::json &j, const SnapshotDiff &d);

} // namespace entente
