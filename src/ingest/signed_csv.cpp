#include "entente/ingest/signed_csv.hpp"

#include "entente/core/error.hpp"
#include "entente/core/flat_table.hpp"
#include "entente/graph/fold.hpp"
#include "entente/io/read_file.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace entente {
namespace {

// Splits one CSV line into `out` (reusing its strings: a million-edge file
// should not allocate per field); fields may be double-quoted ("" escapes
// a quote).
void split_csv(std::string_view line, const std::string &file, std::size_t lineno,
               std::vector<std::string> &out) {
  std::size_t n = 0;
  auto field = [&]() -> std::string & {
    if (n == out.size())
      out.emplace_back();
    return out[n];
  };
  field().clear();
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        field() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      ++n;
      field().clear();
    } else if (c != '\r') {
      field() += c;
    }
  }
  if (quoted)
    throw Error::at(file, lineno, "unterminated quoted field");
  out.resize(n + 1);
}

std::vector<std::string> split_csv(std::string_view line, const std::string &file,
                                   std::size_t lineno) {
  std::vector<std::string> out;
  split_csv(line, file, lineno, out);
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

// The lines of a file, numbered from 1, without their '\n'; blank lines
// (or a lone '\r') are skipped but counted.
class Lines {
public:
  explicit Lines(const std::string &path) : text_(read_text(path)) {}
  bool empty() const { return text_.empty(); }
  std::size_t count() const {
    return static_cast<std::size_t>(std::count(text_.begin(), text_.end(), '\n')) + 1;
  }
  bool next(std::string_view &line, std::size_t &lineno) {
    while (pos_ < text_.size()) {
      const auto nl = text_.find('\n', pos_);
      const auto end = nl == std::string::npos ? text_.size() : nl;
      line = std::string_view(text_).substr(pos_, end - pos_);
      pos_ = end + 1;
      lineno = ++lineno_;
      if (lineno_ == 1 || !(line.empty() || line == "\r"))
        return true;
    }
    return false;
  }

private:
  std::string text_;
  std::size_t pos_ = 0, lineno_ = 0;
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
  if (in.empty())
    throw Error::at(path, 0, "empty file (expected a header \"id\",\"name\")");
  std::string_view line;
  std::size_t lineno = 0;
  in.next(line, lineno);
  check_header(split_csv(line, path, 1), {"id", "name"}, path);
  std::map<long, std::string> names;
  std::unordered_set<std::string> seen;
  std::vector<std::string> f;
  while (in.next(line, lineno)) {
    split_csv(line, path, lineno, f);
    if (f.size() != 2)
      throw Error::at(path, lineno, "expected 2 fields, got " + std::to_string(f.size()));
    const long id = parse_int(f[0], "id", path, lineno);
    if (auto p = actor_problem(f[1]); !p.empty())
      throw Error::at(path, lineno, "actor '" + f[1] + "': " + p);
    if (!names.emplace(id, f[1]).second || !seen.insert(f[1]).second)
      throw Error::at(path, lineno, "vertex id or name listed twice");
  }
  return names;
}

// Actor names to dense ids 0, 1, ... in the order first seen (for the
// vertices file's check and the duplicate-dyad check; the fold interns
// them again for the graph).
class Names {
public:
  std::uint32_t id(std::string_view code) {
    const auto id = table_.intern(code) - 1;
    if (id == codes_.size())
      codes_.emplace_back(code);
    return id;
  }
  const std::string &code(std::uint32_t id) const { return codes_[id]; }
  const std::vector<std::string> &codes() const { return codes_; }

private:
  detail::WordTable table_;
  std::vector<std::string> codes_;
};

// The vertices file's ids, sorted, each with its interned actor.
class VertexIds {
public:
  void add(long id, std::uint32_t actor) { ids_.emplace_back(id, actor); }
  void seal() { std::sort(ids_.begin(), ids_.end()); }
  bool empty() const { return ids_.empty(); }
  // The actor listed with this id, or none.
  std::optional<std::uint32_t> find(long id) const {
    auto it = std::lower_bound(ids_.begin(), ids_.end(), std::pair<long, std::uint32_t>(id, 0));
    if (it == ids_.end() || it->first != id)
      return std::nullopt;
    return it->second;
  }

private:
  std::vector<std::pair<long, std::uint32_t>> ids_;
};

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
  Names actors;
  VertexIds ids;
  if (!vertices.empty()) {
    std::map<long, std::string> names = read_vertices(vertices);
    for (const auto &[id, name] : names) // isolated actors too
      ids.add(id, actors.id(name));
    ids.seal();
  }
  Lines in(edges);
  if (in.empty())
    throw Error::at(edges, 0, "empty file (expected a header)");
  std::string_view line;
  std::size_t lineno = 0;
  in.next(line, lineno);
  check_header(split_csv(line, edges, 1), {"from", "to", "from_id", "to_id", "sign"}, edges);
  // (u, v, sign) while reading: a full DyadEdge is 144 bytes, and a
  // million of them grown by doubling would dominate the peak.
  struct Read {
    std::uint64_t key; // lo << 32 | hi
    std::size_t lineno;
    std::uint32_t u, v;
    int sign;
  };
  std::vector<Read> read;
  read.reserve(in.count());
  std::vector<std::string> f;
  while (in.next(line, lineno)) {
    split_csv(line, edges, lineno, f);
    if (f.size() != 5)
      throw Error::at(edges, lineno, "expected 5 fields, got " + std::to_string(f.size()));
    const long sign = parse_int(f[4], "sign", edges, lineno);
    if (sign != 1 && sign != -1)
      throw Error::at(edges, lineno, "sign must be 1 or -1, got '" + f[4] + "'");
    std::uint32_t uv[2];
    for (int k = 0; k < 2; ++k) {
      if (auto p = actor_problem(f[k]); !p.empty())
        throw Error::at(edges, lineno, "actor '" + f[k] + "': " + p);
      uv[k] = actors.id(f[k]);
      if (!ids.empty() && ids.find(parse_int(f[2 + k], "vertex id", edges, lineno)) != uv[k])
        throw Error::at(edges, lineno,
                        "vertex " + f[2 + k] + " '" + f[k] + "' does not match " + vertices);
    }
    if (uv[0] == uv[1])
      throw Error::at(edges, lineno, "self-loop on '" + f[0] + "'");
    const auto lo = std::min(uv[0], uv[1]), hi = std::max(uv[0], uv[1]);
    read.push_back({(std::uint64_t{lo} << 32) | hi, lineno, uv[0], uv[1], static_cast<int>(sign)});
  }
  // A dyad listed twice: found by sorting, reported at its second line.
  {
    std::vector<std::pair<std::uint64_t, std::size_t>> keys(read.size());
    for (std::size_t i = 0; i < read.size(); ++i)
      keys[i] = {read[i].key, i};
    std::sort(keys.begin(), keys.end());
    std::optional<std::size_t> twice;
    for (std::size_t i = 1; i < keys.size(); ++i)
      if (keys[i].first == keys[i - 1].first && (!twice || keys[i].second < *twice))
        twice = keys[i].second; // indices follow line order
    if (twice) {
      const auto &r = read[*twice];
      throw Error::at(edges, r.lineno,
                      "dyad " + actors.code(r.u) + "-" + actors.code(r.v) + " listed twice");
    }
  }
  // Each edge is one undated event of Goldstein value `sign` and weight 1,
  // folded like any other row. Codes are kept as names: CoW codes are not
  // CAMEO codes (CoW "AUS" is Austria).
  Fold fold({Window{}}, {Level::actor, Groups::keep, true}, ActorNames::code);
  for (const auto &code : actors.codes()) // isolated actors too
    fold.add_actor(code);
  for (const auto &e : read) {
    EventRow row;
    row.dated = false;
    row.source = actors.code(e.u);
    row.target = actors.code(e.v);
    row.goldstein = e.sign * micro;
    row.weight = micro;
    fold.add(row);
  }
  read = {};
  std::vector<std::string> sources{edges};
  if (!vertices.empty())
    sources.push_back(vertices);
  std::vector<Fold> parts;
  parts.push_back(std::move(fold));
  return std::move(finish_folds(parts, sources).front());
}

} // namespace entente
