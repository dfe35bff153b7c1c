// A snapshot out to the tools analysts use: GraphML (networkx, igraph, R),
// GEXF 1.3 (Gephi), node and edge CSV (pandas, R, spreadsheets) and
// node-link JSON (networkx's json_graph, D3). Every format carries the same
// typed columns (tables.hpp; docs/export.md).
//
//   entente::export_snapshot(snapshot, "out/month.graphml");   // format by extension
//   entente::export_snapshot(snapshot, "out/month/", entente::ExportFormat::csv);
//     // -> out/month/nodes.csv, out/month/edges.csv
#pragma once

#include "entente/export/tables.hpp"

#include <optional>
#include <string>
#include <vector>

namespace entente {

enum class ExportFormat { graphml, gexf, csv, node_link };
std::string_view to_string(ExportFormat f);
// "graphml", "gexf", "csv", "node-link"; throws Error::usage otherwise.
ExportFormat export_format(std::string_view name);
// .graphml, .gexf, .json, .csv, or a folder (ends in '/' or exists): csv.
ExportFormat export_format_for(const std::string &path);

std::string graphml(const GraphTables &t);
std::string gexf(const GraphTables &t);
std::string csv(const Table &t);
std::string node_link_json(const GraphTables &t);

// The files an export to `path` writes: one, or for CSV two
// (x.csv -> x.nodes.csv and x.edges.csv; folder/ -> folder/nodes.csv and
// folder/edges.csv).
std::vector<std::string> export_paths(const std::string &path, ExportFormat format);
// Writes them atomically; returns their paths.
std::vector<std::string> export_snapshot(const Snapshot &s, const std::string &path,
                                         std::optional<ExportFormat> format = std::nullopt);

} // namespace entente
