// A snapshot: the signed graph of one time window, with where it came from
// and (once the metrics stage ran) its measures. Saved as versioned JSON
// that loads back to the same bytes.
//
//   entente::SnapshotBuilder b({.window = {Date::parse("2020-05-01"), {}}});
//   for (auto& r : relations) b.add(r);
//   entente::Snapshot s = std::move(b).finish({"datasets/relations"});
//   std::string text = entente::snapshot_to_string(s);
#pragma once

#include "entente/core/actor.hpp"
#include "entente/core/date.hpp"
#include "entente/core/relation.hpp"
#include "entente/graph/signed_graph.hpp"
#include "entente/graph/stored_metrics.hpp"

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace entente {

class JsonWriter;

inline constexpr int snapshot_format_version = 1;

// Both ends inclusive; an empty end is unbounded.
struct Window {
  std::optional<Date> from;
  std::optional<Date> to;
  bool contains(Date d) const { return (!from || d >= *from) && (!to || d <= *to); }
  friend bool operator==(const Window &, const Window &) = default;
};

// What happened to the relations offered to the builder.
struct FoldStats {
  std::size_t relations = 0;      // offered
  std::size_t used = 0;           // folded into the graph
  std::size_t outside_window = 0; // dropped: date outside the window
  std::size_t self = 0;           // dropped: same actor at the chosen level
  std::size_t left_out = 0;       // dropped: a region, left out by the fold policy
  friend bool operator==(const FoldStats &, const FoldStats &) = default;
};

struct Snapshot {
  Window window;
  Level level = Level::country;
  std::vector<std::string> sources;
  std::optional<Date> first_event;
  std::optional<Date> last_event;
  FoldStats fold;
  SignedGraph graph; // canonical order
  Metrics metrics;   // filled by the metrics stage (graph/stored_metrics.hpp)
};

struct SnapshotOptions {
  Window window;
  Level level = Level::country;
  Groups groups = Groups::fold; // see FoldPolicy in core/actor.hpp
  bool regions = false;
};

class Fold;

// Relations to one snapshot, relation by relation: a Fold (graph/fold.hpp)
// over one window, so its graph and counts are those of every other path.
class SnapshotBuilder {
public:
  explicit SnapshotBuilder(SnapshotOptions options);
  SnapshotBuilder(SnapshotBuilder &&) noexcept;
  SnapshotBuilder &operator=(SnapshotBuilder &&) noexcept;
  ~SnapshotBuilder();
  void add(const Relation &r);
  Snapshot finish(std::vector<std::string> sources) &&;
  const FoldStats &stats() const;

private:
  std::unique_ptr<Fold> fold_;
  mutable FoldStats stats_; // what stats() last returned
};

nlohmann::json snapshot_to_json(const Snapshot &s);
// Throws Error for another format, an unknown version or a malformed body
// (hand-edited snapshots are checked field by field: duplicate actors,
// control characters in names, negative counts, totals that are not the
// sum of the two directions, "dyads" that is no array; the message names
// origin and the field, e.g. "s.json: malformed snapshot: dyads[3] (RUS-USA):
// total.events 7 is not a_to_b.events + b_to_a.events = 5"), and the
// measures under "metrics" as metrics_from_json checks them ("s.json:
// malformed snapshot: metrics.balance.triangles: missing").
Snapshot snapshot_from_json(const nlohmann::json &j, const std::string &origin);
// The same, moving the graph's arrays out of `j` instead of copying them.
Snapshot snapshot_from_json(nlohmann::json &&j, const std::string &origin);

// A snapshot file as it streams in: the top-level members other than
// "actors" and "dyads" as a DOM (format, version, level, window, metrics),
// and those two arrays checked and kept element by element, so a snapshot
// is never held whole as text or as a DOM (one over 1 GiB loads in about the
// memory its graph takes). "-" is standard input.
struct SnapshotFile {
  std::string origin;
  nlohmann::json head;
  std::vector<ActorNode> actors;
  struct Dyad {
    std::string a, b;
    DyadEdge edge;
  };
  std::vector<Dyad> dyads;
  // The first bad actor or dyad (nothing is kept after it), reported by
  // snapshot_from_file once format and version are known to be right.
  std::string problem;
};
// What a reader leaves out of metrics: the two large tables, which pictures
// (neither) and reports (no dyad table) do not use. A snapshot read without
// them is for reading only: saving it would drop them.
struct SnapshotReading {
  bool dyad_table = true; // metrics.dyads
  bool alignment = true;  // metrics.alignment
};
SnapshotFile read_snapshot_file(const std::string &path, const SnapshotReading &reading = {});
// Checks format and version (unless check_comparable already compared them),
// then the rest; throws Error naming f.origin.
Snapshot snapshot_from_file(SnapshotFile &&f);
// Writes the value under "metrics" in place of s.metrics: for measures kept
// apart from the snapshot (write_metrics(w, m) of graph/stored_metrics.hpp),
// so that a const snapshot can be saved with measures computed for it.
using MetricsWriter = std::function<void(JsonWriter &)>;
// Pretty-printed, sorted, fixed number formatting, trailing newline: the
// bytes of snapshot_to_json(s).dump(1), streamed without building the DOM.
void write_snapshot(const Snapshot &s, std::ostream &out, const MetricsWriter &metrics = {});
std::string snapshot_to_string(const Snapshot &s);
// read_snapshot_file + snapshot_from_file.
Snapshot load_snapshot(const std::string &path, const SnapshotReading &reading = {});
// Atomic; "-" = stdout.
void save_snapshot(const Snapshot &s, const std::string &path, const MetricsWriter &metrics = {});

} // namespace entente
