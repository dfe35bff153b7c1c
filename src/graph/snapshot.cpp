#include "entente/graph/snapshot.hpp"

#include "entente/core/error.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/io/read_file.hpp"

namespace entente {

void SnapshotBuilder::add(const Relation &r) {
  ++fold_.relations;
  if (!options_.window.contains(r.date)) {
    ++fold_.outside_window;
    return;
  }
  Relation folded = r;
  folded.source = actor_at_level(r.source, options_.level);
  folded.target = actor_at_level(r.target, options_.level);
  if (folded.source == folded.target) {
    ++fold_.self;
    return;
  }
  graph_.add(folded);
  ++fold_.used;
  if (!first_ || r.date < *first_)
    first_ = r.date;
  if (!last_ || r.date > *last_)
    last_ = r.date;
}

Snapshot SnapshotBuilder::finish(std::vector<std::string> sources) && {
  Snapshot s;
  s.window = options_.window;
  s.level = options_.level;
  s.sources = std::move(sources);
  s.first_event = first_;
  s.last_event = last_;
  s.fold = fold_;
  s.graph = graph_.canonical();
  return s;
}

namespace {

nlohmann::json date_or_null(const std::optional<Date> &d) {
  return d ? nlohmann::json(d->to_string()) : nlohmann::json(nullptr);
}

std::optional<Date> date_from(const nlohmann::json &j) {
  if (j.is_null())
    return std::nullopt;
  return Date::parse(j.get<std::string>());
}

Snapshot parse_body(const nlohmann::json &j) {
  Snapshot s;
  s.window.from = date_from(j.at("window").at("from"));
  s.window.to = date_from(j.at("window").at("to"));
  s.level = parse_level(j.at("level").get<std::string>());
  s.sources = j.at("sources").get<std::vector<std::string>>();
  s.first_event = date_from(j.at("events").at("first"));
  s.last_event = date_from(j.at("events").at("last"));
  const auto &f = j.at("fold");
  s.fold = {f.at("relations").get<std::size_t>(), f.at("used").get<std::size_t>(),
            f.at("outside_window").get<std::size_t>(), f.at("self").get<std::size_t>()};
  SignedGraph g;
  for (const auto &a : j.at("actors")) {
    const auto code = a.at("code").get<std::string>();
    if (auto p = actor_problem(code); !p.empty())
      throw Error("actor '" + code + "': " + p);
    g.set_name(g.actor(code), a.value("name", display_name(code)));
  }
  for (const auto &d : j.at("dyads")) {
    const auto a = d.at("a").get<std::string>(), b = d.at("b").get<std::string>();
    if (!(a < b) || !g.find(a) || !g.find(b))
      throw Error("dyad " + a + "-" + b + ": endpoints must be listed actors with a < b");
    if (g.dyad(a, b))
      throw Error("dyad " + a + "-" + b + " listed twice");
    g.add_stats(a, b, d.at("a_to_b").get<DyadStats>());
    g.add_stats(b, a, d.at("b_to_a").get<DyadStats>());
  }
  s.graph = g.canonical();
  if (j.contains("metrics"))
    s.metrics = j.at("metrics");
  return s;
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

Snapshot snapshot_from_json(const nlohmann::json &j, const std::string &origin) {
  if (!j.is_object() || j.value("format", "") != "entente-snapshot")
    throw Error::at(origin, 0, "not an entente snapshot (no \"format\": \"entente-snapshot\")");
  const auto version = j.value("version", nlohmann::json());
  if (version != snapshot_format_version)
    throw Error::at(origin, 0,
                    "unsupported snapshot version " + version.dump() + " (this entente reads " +
                        std::to_string(snapshot_format_version) + ")");
  try {
    return parse_body(j);
  } catch (const nlohmann::json::exception &e) {
    throw Error::at(origin, 0, std::string("malformed snapshot: ") + e.what());
  } catch (const Error &e) {
    throw Error::at(origin, 0, std::string("malformed snapshot: ") + e.what());
  }
}

std::string snapshot_to_string(const Snapshot &s) {
  return snapshot_to_json(s).dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Snapshot load_snapshot(const std::string &path) {
  return snapshot_from_json(read_json_file(path), path == "-" ? "<stdin>" : path);
}

void save_snapshot(const Snapshot &s, const std::string &path) {
  write_output(path, snapshot_to_string(s));
}

} // namespace entente
