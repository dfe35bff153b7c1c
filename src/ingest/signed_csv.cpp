#include "entente/ingest/signed_csv.hpp"

#include "entente/core/error.hpp"
#include "entente/io/read_file.hpp"

#include <charconv>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <vector>

namespace entente {
namespace {

// Splits one CSV line; fields may be double-quoted ("" escapes a quote).
std::vector<std::string> split_csv(const std::string &line, const std::string &file,
                                   std::size_t lineno) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        out.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back();
    } else if (c != '\r') {
      out.back() += c;
    }
  }
  if (quoted)
    throw Error::at(file, lineno, "unterminated quoted field");
  return out;
}

long parse_int(const std::string &s, const std::string &what, const std::string &file,
               std::size_t lineno) {
  long v = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size())
    throw Error::at(file, lineno, what + " '" + s + "' is not an integer");
  return v;
}

struct Lines {
  std::vector<std::string> lines;
  explicit Lines(const std::string &path) {
    std::istringstream in(read_text(path));
    for (std::string l; std::getline(in, l);)
      lines.push_back(l);
  }
};

void check_header(const std::vector<std::string> &got, const std::vector<std::string> &want,
                  const std::string &file) {
  if (got != want) {
    std::string w;
    for (const auto &x : want) {
      if (!w.empty())
        w += ',';
      w += '"';
      w += x;
      w += '"';
    }
    throw Error::at(file, 1, "expected header " + w);
  }
}

std::map<long, std::string> read_vertices(const std::string &path) {
  Lines in(path);
  if (in.lines.empty())
    throw Error::at(path, 0, "empty file (expected a header \"id\",\"name\")");
  check_header(split_csv(in.lines[0], path, 1), {"id", "name"}, path);
  std::map<long, std::string> names;
  std::set<std::string> seen;
  for (std::size_t i = 1; i < in.lines.size(); ++i) {
    if (in.lines[i].empty() || in.lines[i] == "\r")
      continue;
    const auto f = split_csv(in.lines[i], path, i + 1);
    if (f.size() != 2)
      throw Error::at(path, i + 1, "expected 2 fields, got " + std::to_string(f.size()));
    const long id = parse_int(f[0], "id", path, i + 1);
    if (auto p = actor_problem(f[1]); !p.empty())
      throw Error::at(path, i + 1, "actor '" + f[1] + "': " + p);
    if (!names.emplace(id, f[1]).second || !seen.insert(f[1]).second)
      throw Error::at(path, i + 1, "vertex id or name listed twice");
  }
  return names;
}

} // namespace

std::string vertices_beside(const std::string &edges) {
  const std::string suffix = "_edges.csv";
  if (edges.size() <= suffix.size() ||
      edges.compare(edges.size() - suffix.size(), suffix.size(), suffix) != 0)
    return "";
  const auto v = edges.substr(0, edges.size() - suffix.size()) + "_vertices.csv";
  return std::filesystem::exists(v) ? v : "";
}

Snapshot load_graph_input(const std::string &path) {
  if (path.size() > 4 && path.compare(path.size() - 4, 4, ".csv") == 0)
    return load_signed_csv(path, vertices_beside(path));
  return load_snapshot(path);
}

Snapshot load_signed_csv(const std::string &edges, const std::string &vertices) {
  std::map<long, std::string> names;
  if (!vertices.empty())
    names = read_vertices(vertices);
  SignedGraph g;
  // Names are kept as they are: CoW codes are not CAMEO codes (CoW "AUS" is
  // Austria), so no CAMEO display name is looked up.
  for (const auto &[id, name] : names)
    g.set_name(g.actor(name), name);
  Lines in(edges);
  if (in.lines.empty())
    throw Error::at(edges, 0, "empty file (expected a header)");
  check_header(split_csv(in.lines[0], edges, 1), {"from", "to", "from_id", "to_id", "sign"}, edges);
  std::size_t used = 0;
  for (std::size_t i = 1; i < in.lines.size(); ++i) {
    const std::size_t lineno = i + 1;
    if (in.lines[i].empty() || in.lines[i] == "\r")
      continue;
    const auto f = split_csv(in.lines[i], edges, lineno);
    if (f.size() != 5)
      throw Error::at(edges, lineno, "expected 5 fields, got " + std::to_string(f.size()));
    const long sign = parse_int(f[4], "sign", edges, lineno);
    if (sign != 1 && sign != -1)
      throw Error::at(edges, lineno, "sign must be 1 or -1, got '" + f[4] + "'");
    for (int k = 0; k < 2; ++k) {
      if (auto p = actor_problem(f[k]); !p.empty())
        throw Error::at(edges, lineno, "actor '" + f[k] + "': " + p);
      if (!names.empty()) {
        const long id = parse_int(f[2 + k], "vertex id", edges, lineno);
        auto it = names.find(id);
        if (it == names.end() || it->second != f[k])
          throw Error::at(edges, lineno,
                          "vertex " + f[2 + k] + " '" + f[k] + "' does not match " + vertices);
      }
    }
    if (f[0] == f[1])
      throw Error::at(edges, lineno, "self-loop on '" + f[0] + "'");
    if (g.dyad(f[0], f[1]))
      throw Error::at(edges, lineno, "dyad " + f[0] + "-" + f[1] + " listed twice");
    DyadStats one;
    one.events = 1;
    one.net = static_cast<double>(sign);
    (sign > 0 ? one.coop : one.conflict) = one.net;
    one.weight = 1;
    g.add_stats(f[0], f[1], one);
    for (int k = 0; k < 2; ++k)
      g.set_name(*g.find(f[k]), f[k]);
    ++used;
  }
  Snapshot s;
  s.level = Level::actor;
  s.sources = {edges};
  if (!vertices.empty())
    s.sources.push_back(vertices);
  s.fold.relations = s.fold.used = used;
  s.graph = g.canonical();
  return s;
}

} // namespace entente
