#include "entente/export/export.hpp"

#include "entente/core/error.hpp"
#include "entente/io/atomic_file.hpp"

#include <filesystem>

namespace fs = std::filesystem;

namespace entente {

std::string_view to_string(ExportFormat f) {
  switch (f) {
  case ExportFormat::graphml:
    return "graphml";
  case ExportFormat::gexf:
    return "gexf";
  case ExportFormat::csv:
    return "csv";
  case ExportFormat::node_link:
    return "node-link";
  }
  return "graphml";
}

ExportFormat export_format(std::string_view name) {
  for (auto f :
       {ExportFormat::graphml, ExportFormat::gexf, ExportFormat::csv, ExportFormat::node_link})
    if (name == to_string(f))
      return f;
  throw Error::usage("unknown export format '" + std::string(name) +
                     "' (use graphml, gexf, csv or node-link)");
}

namespace {
bool is_folder(const std::string &path) {
  std::error_code ec;
  return !path.empty() && (path.back() == '/' || fs::is_directory(path, ec));
}
} // namespace

ExportFormat export_format_for(const std::string &path) {
  if (is_folder(path))
    return ExportFormat::csv;
  const auto ext = fs::path(path).extension().string();
  if (ext == ".graphml")
    return ExportFormat::graphml;
  if (ext == ".gexf")
    return ExportFormat::gexf;
  if (ext == ".csv")
    return ExportFormat::csv;
  if (ext == ".json")
    return ExportFormat::node_link;
  throw Error::usage("cannot tell the export format of '" + path +
                     "' (use .graphml, .gexf, .csv, .json or a folder, or --format)");
}

std::vector<std::string> export_paths(const std::string &path, ExportFormat format) {
  if (path == "-")
    throw Error::usage("exports are written to files ('-' is not supported)");
  if (format != ExportFormat::csv)
    return {path};
  if (is_folder(path))
    return {(fs::path(path) / "nodes.csv").string(), (fs::path(path) / "edges.csv").string()};
  auto stem = fs::path(path);
  if (stem.extension() == ".csv")
    stem.replace_extension();
  return {stem.string() + ".nodes.csv", stem.string() + ".edges.csv"};
}

std::vector<std::string> export_snapshot(const Snapshot &s, const std::string &path,
                                         std::optional<ExportFormat> format) {
  const ExportFormat f = format ? *format : export_format_for(path);
  const auto paths = export_paths(path, f);
  std::error_code ec;
  if (f == ExportFormat::csv && !path.empty() && path.back() == '/' &&
      !fs::create_directories(path, ec) && ec)
    throw Error::at(path, 0, "cannot create the folder: " + ec.message());
  const GraphTables t = graph_tables(s);
  switch (f) {
  case ExportFormat::graphml:
    write_output(paths[0], graphml(t));
    break;
  case ExportFormat::gexf:
    write_output(paths[0], gexf(t));
    break;
  case ExportFormat::node_link:
    write_output(paths[0], node_link_json(t));
    break;
  case ExportFormat::csv:
    write_output(paths[0], csv(t.nodes));
    write_output(paths[1], csv(t.edges));
    break;
  }
  return paths;
}

} // namespace entente
