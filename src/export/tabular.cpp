// CSV (RFC 4180) and node-link JSON (networkx's json_graph format).
#include "entente/core/error.hpp"
#include "entente/export/cells.hpp"
#include "entente/export/export.hpp"

#include <nlohmann/json.hpp>

namespace entente {
namespace {

std::string csv_field(const std::string &s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos)
    return s;
  std::string out = "\"";
  for (char c : s)
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

nlohmann::json json_cell(const Cell &c) {
  if (const auto *s = std::get_if<std::string>(&c))
    return *s;
  if (const auto *i = std::get_if<std::int64_t>(&c))
    return *i;
  if (const auto *b = std::get_if<bool>(&c))
    return *b;
  return std::get<double>(c);
}

nlohmann::json json_row(const Table &t, const std::vector<Cell> &row, std::size_t first) {
  nlohmann::json out = nlohmann::json::object();
  for (std::size_t i = first; i < row.size(); ++i)
    if (!detail::is_empty(row[i]))
      out[t.columns[i].name] = json_cell(row[i]);
  return out;
}

} // namespace

std::string csv(const Table &t) {
  std::string out;
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    out += (i ? "," : "") + csv_field(t.columns[i].name);
  out += "\r\n";
  for (const auto &row : t.rows) {
    for (std::size_t i = 0; i < row.size(); ++i)
      out += (i ? "," : "") + csv_field(detail::cell_text(row[i]));
    out += "\r\n";
  }
  return out;
}

std::string node_link_json(const GraphTables &t) {
  nlohmann::json graph = nlohmann::json::object(), nodes = nlohmann::json::array(),
                 links = nlohmann::json::array();
  for (const auto &[key, value] : t.graph)
    if (!detail::is_empty(value))
      graph[key] = json_cell(value);
  for (const auto &row : t.nodes.rows) {
    auto n = json_row(t.nodes, row, 1);
    n["id"] = json_cell(row[0]);
    nodes.push_back(std::move(n));
  }
  for (const auto &row : t.edges.rows) {
    auto e = json_row(t.edges, row, 2);
    e["source"] = json_cell(row[0]);
    e["target"] = json_cell(row[1]);
    links.push_back(std::move(e));
  }
  const nlohmann::json doc = {{"directed", false},
                              {"multigraph", false},
                              {"graph", graph},
                              {"nodes", nodes},
                              {"links", links}};
  return doc.dump(1) + "\n";
}

} // namespace entente
