#include "entente/graph/snapshot.hpp"

#include "entente/core/error.hpp"
#include "entente/graph/fold.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/io/json_writer.hpp"

#include <iostream>
#include <sstream>

namespace entente {

SnapshotBuilder::SnapshotBuilder(SnapshotOptions options)
    : fold_(std::make_unique<Fold>(std::vector<Window>{options.window},
                                   FoldPolicy{options.level, options.groups, options.regions})) {}
SnapshotBuilder::SnapshotBuilder(SnapshotBuilder &&) noexcept = default;
SnapshotBuilder &SnapshotBuilder::operator=(SnapshotBuilder &&) noexcept = default;
SnapshotBuilder::~SnapshotBuilder() = default;

void SnapshotBuilder::add(const Relation &r) { fold_->add(r); }

const FoldStats &SnapshotBuilder::stats() const {
  stats_ = fold_->stats(0);
  return stats_;
}

Snapshot SnapshotBuilder::finish(std::vector<std::string> sources) && {
  std::vector<Fold> parts;
  parts.push_back(std::move(*fold_));
  return std::move(finish_folds(parts, sources).front());
}

namespace {

nlohmann::json date_or_null(const std::optional<Date> &d) {
  return d ? nlohmann::json(d->to_string()) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json snapshot_to_json(const Snapshot &s) {
  nlohmann::json j;
  j["format"] = "entente-snapshot";
  j["version"] = snapshot_format_version;
  j["window"] = {{"from", date_or_null(s.window.from)}, {"to", date_or_null(s.window.to)}};
  j["level"] = std::string(to_string(s.level));
  j["sources"] = s.sources;
  j["events"] = {{"first", date_or_null(s.first_event)}, {"last", date_or_null(s.last_event)}};
  j["fold"] = {{"relations", s.fold.relations},
               {"used", s.fold.used},
               {"outside_window", s.fold.outside_window},
               {"self", s.fold.self}};
  if (s.fold.left_out) // only when regions were left out, so other files keep their bytes
    j["fold"]["left_out"] = s.fold.left_out;
  auto &actors = j["actors"] = nlohmann::json::array();
  for (auto v : s.graph.sorted_actors())
    actors.push_back({{"code", s.graph.node(v).code}, {"name", s.graph.node(v).name}});
  auto &dyads = j["dyads"] = nlohmann::json::array();
  for (const auto &d : s.graph.dyads())
    dyads.push_back({{"a", d.a},
                     {"b", d.b},
                     {"a_to_b", d.edge().forward},
                     {"b_to_a", d.edge().backward},
                     {"total", d.edge().total()}});
  j["metrics"] = s.metrics;
  return j;
}

namespace {

void write_date(JsonWriter &w, const std::optional<Date> &d) {
  if (d)
    w.value(d->to_string());
  else
    w.null();
}

void write_stats(JsonWriter &w, const DyadStats &s) {
  w.begin_object(); // the keys of to_json(DyadStats), in sorted order
  w.key("conflict");
  w.value(round6(s.conflict));
  w.key("coop");
  w.value(round6(s.coop));
  w.key("events");
  w.value(s.events);
  w.key("net");
  w.value(round6(s.net));
  w.key("quad");
  w.array(s.quad);
  w.key("weight");
  w.value(round6(s.weight));
  w.end_object();
}

} // namespace

// The bytes of snapshot_to_json(s).dump(1, ...), written as they go: a
// snapshot of a large window holds hundreds of thousands of dyads, whose DOM
// took more memory and time than folding the events (tests/graph checks
// that both writers agree).
void write_snapshot(const Snapshot &s, std::ostream &out, const MetricsWriter &metrics) {
  JsonWriter w(out);
  w.begin_object();
  w.key("actors");
  w.begin_array();
  for (auto v : s.graph.sorted_actors()) {
    w.begin_object();
    w.key("code");
    w.value(s.graph.node(v).code);
    w.key("name");
    w.value(s.graph.node(v).name);
    w.end_object();
  }
  w.end_array();
  w.key("dyads");
  w.begin_array();
  for (const auto &d : s.graph.dyads()) {
    w.begin_object();
    w.key("a");
    w.value(d.a);
    w.key("a_to_b");
    write_stats(w, d.edge().forward);
    w.key("b");
    w.value(d.b);
    w.key("b_to_a");
    write_stats(w, d.edge().backward);
    w.key("total");
    write_stats(w, d.edge().total());
    w.end_object();
  }
  w.end_array();
  w.key("events");
  w.begin_object();
  w.key("first");
  write_date(w, s.first_event);
  w.key("last");
  write_date(w, s.last_event);
  w.end_object();
  w.key("fold");
  w.begin_object();
  if (s.fold.left_out) {
    w.key("left_out");
    w.value(s.fold.left_out);
  }
  w.key("outside_window");
  w.value(s.fold.outside_window);
  w.key("relations");
  w.value(s.fold.relations);
  w.key("self");
  w.value(s.fold.self);
  w.key("used");
  w.value(s.fold.used);
  w.end_object();
  w.key("format");
  w.value("entente-snapshot");
  w.key("level");
  w.value(to_string(s.level));
  w.key("metrics");
  if (metrics)
    metrics(w);
  else
    write_metrics(w, s.metrics);
  w.key("sources");
  w.array(s.sources);
  w.key("version");
  w.value(snapshot_format_version);
  w.key("window");
  w.begin_object();
  w.key("from");
  write_date(w, s.window.from);
  w.key("to");
  write_date(w, s.window.to);
  w.end_object();
  w.end_object();
  w.finish();
  out << '\n';
}

std::string snapshot_to_string(const Snapshot &s) {
  std::ostringstream out;
  write_snapshot(s, out);
  return std::move(out).str();
}

void save_snapshot(const Snapshot &s, const std::string &path, const MetricsWriter &metrics) {
  if (path == "-") {
    write_snapshot(s, std::cout, metrics);
    finish_stdout();
    return;
  }
  AtomicFile file(path);
  write_snapshot(s, file.stream(), metrics);
  file.commit();
}

} // namespace entente
