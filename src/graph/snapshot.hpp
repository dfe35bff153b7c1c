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

#include <functional>
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
  SignedGraph graph;                                 // canonical order
  nlohmann::json metrics = nlohmann::json::object(); // filled by the metrics stage
};

struct SnapshotOptions {
  Window window;
  Level level = Level::country;
  Groups groups = Groups::fold; // see FoldPolicy in core/actor.hpp
  bool regions = false;
};

class SnapshotBuilder {
public:
  explicit SnapshotBuilder(SnapshotOptions options) : options_(options) {}
  void add(const Relation &r);
  Snapshot finish(std::vector<std::string> sources) &&;
  const FoldStats &stats() const { return fold_; }

private:
  SnapshotOptions options_;
  FoldStats fold_;
  std::optional<Date> first_, last_;
  SignedGraph graph_;
};

nlohmann::json snapshot_to_json(const Snapshot &s);
// Throws Error for another format, an unknown version or a malformed body.
Snapshot snapshot_from_json(const nlohmann::json &j, const std::string &origin);
// Writes the value under "metrics" in place of s.metrics: for measures held
// as values rather than a DOM (metrics/compute.hpp, write_metrics), which
// must write the bytes the DOM would.
using MetricsWriter = std::function<void(JsonWriter &)>;
// Pretty-printed, sorted, fixed number formatting, trailing newline: the
// bytes of snapshot_to_json(s).dump(1), streamed without building the DOM.
void write_snapshot(const Snapshot &s, std::ostream &out, const MetricsWriter &metrics = {});
std::string snapshot_to_string(const Snapshot &s);
Snapshot load_snapshot(const std::string &path);
// Atomic; "-" = stdout.
void save_snapshot(const Snapshot &s, const std::string &path, const MetricsWriter &metrics = {});

} // namespace entente
