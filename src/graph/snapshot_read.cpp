// Reading snapshots: streamed from files (read_file.hpp's parse_json_stream)
// or from a DOM, and checked field by field either way, since snapshots are
// JSON that people edit by hand. Every refusal names the field.
#include "entente/graph/snapshot.hpp"

#include "entente/core/error.hpp"
#include "entente/io/input_files.hpp"
#include "entente/io/read_file.hpp"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iostream>
#include <unordered_map>
#include <unordered_set>

namespace entente {
namespace {

using nlohmann::json;

// Top-level members other than actors and dyads (metrics above all) are
// small in what entente writes (the stored tables stop at 50 000 dyads and
// 250 actors: about 15 MB); a hand-made one past this is refused, not read
// into memory.
constexpr std::size_t head_member_limit = std::size_t{64} << 20;

[[noreturn]] void bad(const std::string &field, const std::string &why) {
  throw Error(field + ": " + why);
}

std::string shown(const json &j) {
  std::string text = j.dump(-1, ' ', false, json::error_handler_t::replace);
  return text.size() > 40 ? text.substr(0, 40) + "..." : text;
}

// Fields are named only when something is wrong ("fold.self"), so the
// checks cost no string per number of a million-dyad snapshot.
std::string join(const std::string &base, const char *key) {
  return base.empty() ? std::string(key) : base + "." + key;
}

const json &member(const json &j, const std::string &base, const char *key) {
  if (!j.is_object())
    bad(base, "must be an object, got " + shown(j));
  const auto it = j.find(key);
  if (it == j.end())
    bad(join(base, key), "missing");
  return *it;
}

std::int64_t count(const json &j, const std::string &base, const char *key) {
  const bool ok = j.is_number_unsigned() || (j.is_number_integer() && j.get<std::int64_t>() >= 0);
  if (!ok || (j.is_number_unsigned() && j.get<std::uint64_t>() > INT64_MAX))
    bad(join(base, key), "must be a count (a whole number >= 0), got " + shown(j));
  return j.get<std::int64_t>();
}

double number(const json &j, const std::string &base, const char *key) {
  if (!j.is_number())
    bad(join(base, key), "must be a number, got " + shown(j));
  return j.get<double>();
}

std::string text(const json &j, const std::string &base, const char *key) {
  if (!j.is_string())
    bad(join(base, key), "must be a string, got " + shown(j));
  return j.get<std::string>();
}

std::optional<Date> date(const json &j, const std::string &base, const char *key) {
  if (j.is_null())
    return std::nullopt;
  if (const auto d = Date::try_parse(text(j, base, key)))
    return d;
  bad(join(base, key), "invalid date " + shown(j) + " (expected YYYY-MM-DD or null)");
}

// A member read and checked in one step: value(j, base, "net", number).
template <typename Check>
auto value(const json &j, const std::string &base, const char *key, Check check) {
  return check(member(j, base, key), base, key);
}

// Sums of doubles written with 6 decimals each: equal within the rounding
// of each side and the doubles' own precision.
bool close(double x, double y) {
  return std::abs(x - y) <= 3e-6 + 1e-12 * (std::abs(x) + std::abs(y));
}

DyadStats stats(const json &j, const std::string &base) {
  static const char *const quads[] = {"quad[0]", "quad[1]", "quad[2]", "quad[3]"};
  DyadStats s;
  s.events = value(j, base, "events", count);
  const json &q = member(j, base, "quad");
  if (!q.is_array() || q.size() != 4)
    bad(join(base, "quad"), "must be an array of 4 counts, got " + shown(q));
  std::int64_t classified = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    s.quad[i] = count(q[i], base, quads[i]);
    if (__builtin_add_overflow(classified, s.quad[i], &classified))
      bad(join(base, "quad"), "counts too large");
  }
  if (classified > s.events)
    bad(join(base, "quad"), "the quad counts add up to " + std::to_string(classified) +
                                ", more than events " + std::to_string(s.events));
  s.net = value(j, base, "net", number);
  s.coop = value(j, base, "coop", number);
  s.conflict = value(j, base, "conflict", number);
  s.weight = value(j, base, "weight", number);
  if (s.coop < 0 || s.conflict > 0 || s.weight < 0)
    bad(base, "coop and weight must be >= 0 and conflict <= 0");
  if (!close(s.coop + s.conflict, s.net))
    bad(base, "coop + conflict is not net");
  return s;
}

// "total" must be the two directions added: a hand edit of one part only
// would otherwise give measures (which read the total) that disagree with
// the directed figures.
void check_total(const DyadEdge &e, const DyadStats &total) {
  const DyadStats sum = e.total();
  auto mismatch = [&](const char *what, const std::string &got, const std::string &want) {
    throw Error(std::string("total.") + what + " " + got + " is not a_to_b." + what + " + b_to_a." +
                what + " = " + want);
  };
  if (total.events != sum.events)
    mismatch("events", std::to_string(total.events), std::to_string(sum.events));
  for (std::size_t i = 0; i < 4; ++i)
    if (total.quad[i] != sum.quad[i])
      mismatch("quad", shown(json(total.quad)), shown(json(sum.quad)));
  const std::pair<const char *, std::pair<double, double>> reals[] = {
      {"net", {total.net, sum.net}},
      {"coop", {total.coop, sum.coop}},
      {"conflict", {total.conflict, sum.conflict}},
      {"weight", {total.weight, sum.weight}}};
  for (const auto &[what, v] : reals)
    if (!close(v.first, v.second))
      mismatch(what, json(round6(v.first)).dump(), json(round6(v.second)).dump());
}

ActorNode actor_of(const json &j, std::size_t i) {
  const std::string base = "actors[" + std::to_string(i) + "]";
  ActorNode a;
  a.code = value(j, base, "code", text);
  if (auto p = actor_problem(a.code); !p.empty())
    bad(join(base, "code"), "'" + a.code + "': " + p);
  const auto it = j.find("name");
  a.name = it == j.end() ? display_name(a.code) : text(*it, base, "name");
  if (auto p = actor_problem(a.name); !p.empty())
    bad(join(base, "name"), "'" + a.name + "': " + p);
  return a;
}

// Messages name the dyad by its place and its actors:
// "dyads[3] (RUS-USA): a_to_b.events: must be a count ...".
SnapshotFile::Dyad dyad_of(const json &j, std::size_t i) {
  SnapshotFile::Dyad d;
  auto where = [&] {
    return "dyads[" + std::to_string(i) + "]" + (d.b.empty() ? "" : " (" + d.a + "-" + d.b + ")");
  };
  try {
    static const std::string none;
    d.a = value(j, none, "a", text);
    d.b = value(j, none, "b", text);
    if (!(d.a < d.b))
      throw Error("a must sort before b");
    d.edge.forward = stats(member(j, none, "a_to_b"), "a_to_b");
    d.edge.backward = stats(member(j, none, "b_to_a"), "b_to_a");
    std::int64_t events = 0;
    if (__builtin_add_overflow(d.edge.forward.events, d.edge.backward.events, &events))
      throw Error("event counts too large");
    check_total(d.edge, stats(member(j, none, "total"), "total"));
  } catch (const Error &e) {
    throw Error(where() + ": " + e.what());
  }
  return d;
}

// The actors and dyads arrays' elements, from a stream or a DOM. The first
// bad element is kept for later: the format and version (which a written
// snapshot stores after its dyads) are checked first, so a file that is no
// snapshot at all is called that, not a malformed one.
struct Collector {
  SnapshotFile &file;
  bool take(const std::string &key, std::size_t index, json &element) {
    if (key != "actors" && key != "dyads")
      return false;
    if (!file.problem.empty())
      return true; // nothing more is kept once something is wrong
    try {
      if (key == "actors")
        file.actors.push_back(actor_of(element, index));
      else
        file.dyads.push_back(dyad_of(element, index));
    } catch (const Error &e) {
      file.problem = e.what();
    } catch (const json::exception &e) {
      file.problem = key + "[" + std::to_string(index) + "]: " + e.what();
    }
    return true;
  }
};

void check_format(const json &head) {
  if (!head.is_object() || head.value("format", "") != "entente-snapshot")
    throw Error("not an entente snapshot (no \"format\": \"entente-snapshot\")");
  const auto version = head.value("version", json());
  if (version != snapshot_format_version)
    throw Error("unsupported snapshot version " + version.dump() + " (this entente reads " +
                std::to_string(snapshot_format_version) + ")");
}

Level level_of(const json &j) {
  const std::string level = text(j, "", "level");
  if (level == "country")
    return Level::country;
  if (level == "actor")
    return Level::actor;
  bad("level", "must be \"country\" or \"actor\", got " + shown(j));
}

// The members other than actors and dyads.
Snapshot head_of(json &j) {
  Snapshot s;
  static const std::string top;
  const json &window = member(j, top, "window");
  s.window.from = value(window, "window", "from", date);
  s.window.to = value(window, "window", "to", date);
  s.level = level_of(member(j, top, "level"));
  const json &sources = member(j, top, "sources");
  if (!sources.is_array())
    bad("sources", "must be an array of file names");
  for (std::size_t i = 0; i < sources.size(); ++i)
    s.sources.push_back(text(sources[i], "sources", std::to_string(i).c_str()));
  const json &events = member(j, top, "events");
  s.first_event = value(events, "events", "first", date);
  s.last_event = value(events, "events", "last", date);
  const json &f = member(j, top, "fold");
  auto fold_count = [&](const char *key) {
    return static_cast<std::size_t>(value(f, "fold", key, count));
  };
  // left_out is written only when regions were left out.
  s.fold = {fold_count("relations"), fold_count("used"), fold_count("outside_window"),
            fold_count("self"), f.contains("left_out") ? fold_count("left_out") : 0};
  std::size_t parts = 0;
  const bool overflow = __builtin_add_overflow(s.fold.used, s.fold.outside_window, &parts) ||
                        __builtin_add_overflow(parts, s.fold.self, &parts) ||
                        __builtin_add_overflow(parts, s.fold.left_out, &parts);
  if (overflow || parts != s.fold.relations)
    bad("fold", "used + outside_window + self + left_out is not relations");
  if (j.contains("metrics"))
    s.metrics = metrics_from_json(j.at("metrics"));
  return s;
}

void check_arrays(const json &head) {
  for (const char *key : {"actors", "dyads"})
    if (!head.contains(key) || !head.at(key).is_array())
      bad(key, head.contains(key) ? "must be an array, got " + shown(head.at(key)) : "missing");
}

Snapshot build(SnapshotFile &&f) {
  Snapshot s = head_of(f.head);
  std::unordered_map<std::string_view, std::uint32_t> index;
  index.reserve(f.actors.size());
  for (std::size_t i = 0; i < f.actors.size(); ++i)
    if (!index.emplace(f.actors[i].code, static_cast<std::uint32_t>(i)).second)
      bad("actors[" + std::to_string(i) + "]", "'" + f.actors[i].code + "' listed twice");
  std::vector<SignedGraph::IndexedDyad> dyads;
  dyads.reserve(f.dyads.size());
  std::unordered_set<std::uint64_t> seen;
  seen.reserve(f.dyads.size());
  for (std::size_t i = 0; i < f.dyads.size(); ++i) {
    const auto &d = f.dyads[i];
    // Named only when wrong: a string per dyad is most of this loop's cost.
    const auto field = [&] { return "dyads[" + std::to_string(i) + "] (" + d.a + "-" + d.b + ")"; };
    const auto a = index.find(d.a), b = index.find(d.b);
    if (a == index.end() || b == index.end())
      bad(field(), "'" + (a == index.end() ? d.a : d.b) + "' is not among the actors");
    if (!seen.insert((std::uint64_t{a->second} << 32) | b->second).second)
      bad(field(), "listed twice");
    dyads.push_back({a->second, b->second, d.edge});
  }
  f.dyads.clear();
  f.dyads.shrink_to_fit();
  s.graph = SignedGraph::from_dyads(std::move(f.actors), std::move(dyads));
  return s;
}

template <typename F> auto at_origin(const std::string &origin, F &&f) {
  try {
    return f();
  } catch (const json::exception &e) {
    throw Error::at(origin, 0, std::string("malformed snapshot: ") + e.what());
  } catch (const Error &e) {
    const std::string what = e.what();
    if (what.starts_with("not an entente") || what.starts_with("unsupported snapshot"))
      throw Error::at(origin, 0, what);
    throw Error::at(origin, 0, "malformed snapshot: " + what);
  }
}

} // namespace

SnapshotFile read_snapshot_file(const std::string &path, const SnapshotReading &reading) {
  SnapshotFile f;
  f.origin = path == "-" ? "<stdin>" : path;
  std::ifstream file;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
      throw Error::at(path, 0, "is a folder, expected a file");
    file.open(path, std::ios::binary);
    if (!file)
      throw Error::at(path, 0, std::string("cannot open: ") + std::strerror(errno));
    note_input(path);
  }
  std::istream &in = path == "-" ? std::cin : file;
  Collector collect{f};
  SkippedMembers skip;
  if (!reading.dyad_table)
    skip.push_back({"metrics", "dyads"});
  if (!reading.alignment)
    skip.push_back({"metrics", "alignment"});
  try {
    f.head = parse_json_stream(
        in, f.origin,
        [&](const std::string &key, std::size_t index, json &element) {
          return collect.take(key, index, element);
        },
        head_member_limit, skip);
  } catch (const Error &e) {
    // Event files and relations JSONL given where a snapshot belongs fail
    // as JSON; say what the command wants and how to make it.
    if (std::string(e.what()).find("invalid JSON") == std::string::npos)
      throw;
    throw Error(std::string(e.what()) +
                "; a snapshot is one JSON object: make one from events, relations or articles "
                "with `entente snapshot FILE -o snapshot.json`");
  }
  return f;
}

Snapshot snapshot_from_file(SnapshotFile &&f) {
  const std::string origin = f.origin;
  return at_origin(origin, [&] {
    check_format(f.head);
    if (!f.problem.empty())
      throw Error(f.problem);
    check_arrays(f.head);
    return build(std::move(f));
  });
}

Snapshot snapshot_from_json(const json &j, const std::string &origin) {
  return snapshot_from_json(json(j), origin);
}

Snapshot snapshot_from_json(json &&j, const std::string &origin) {
  return at_origin(origin, [&] {
    check_format(j);
    check_arrays(j);
    SnapshotFile f;
    f.origin = origin;
    Collector collect{f};
    for (const char *key : {"actors", "dyads"}) {
      json &array = j.at(key);
      for (std::size_t i = 0; i < array.size(); ++i)
        collect.take(key, i, array[i]);
      array = json::array(); // taken, as when streamed
    }
    if (!f.problem.empty())
      throw Error(f.problem);
    f.head = std::move(j);
    return build(std::move(f));
  });
}

Snapshot load_snapshot(const std::string &path, const SnapshotReading &reading) {
  return snapshot_from_file(read_snapshot_file(path, reading));
}

} // namespace entente
