// A snapshot as the two tables other tools read: one row per actor, one per
// dyad, every column named and typed. Every export format (GraphML, GEXF,
// CSV, node-link JSON) writes these same columns; docs/export.md lists them.
//
//   entente::GraphTables t = entente::graph_tables(snapshot);  // needs its measures
//   t.nodes.columns[0].name;   // "id"
//   std::get<double>(t.edges.rows[0][2]);   // net of the first dyad
#pragma once

#include "entente/graph/snapshot.hpp"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace entente {

enum class ColumnType { string, integer, real, boolean };
std::string_view to_string(ColumnType t);

struct Column {
  std::string name;
  ColumnType type;
};

// An empty cell (std::monostate) is a measure the snapshot does not have.
using Cell = std::variant<std::monostate, std::string, std::int64_t, double, bool>;

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
};

struct GraphTables {
  Table nodes; // first column "id" (the actor code)
  Table edges; // first columns "source", "target" (ids, source < target)
  // Graph-wide facts: level, window, sources, events, reciprocity.
  std::vector<std::pair<std::string, Cell>> graph;
};

// Measures come from s.metrics (blocs, centrality, directed); a snapshot
// saved without them gets empty cells there (the CLI measures it first).
GraphTables graph_tables(const Snapshot &s);

} // namespace entente
