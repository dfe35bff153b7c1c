// GraphML and GEXF 1.3: the tables as XML with typed attribute declarations.
#include "entente/core/text.hpp"
#include "entente/export/cells.hpp"
#include "entente/export/export.hpp"

#include <cstdio>

namespace entente {
namespace {

using detail::cell_text;
using detail::is_empty;
using detail::xml_escape;

// GraphML and GEXF name the column types alike.
std::string xml_type(ColumnType t) {
  switch (t) {
  case ColumnType::integer:
    return "long";
  case ColumnType::real:
    return "double";
  case ColumnType::boolean:
    return "boolean";
  case ColumnType::string:
    break;
  }
  return "string";
}

// Columns from `first` on become <key> declarations, ids "<prefix><index>".
std::string graphml_keys(const Table &t, std::size_t first, const char *kind, const char *prefix) {
  std::string out;
  for (std::size_t i = first; i < t.columns.size(); ++i)
    out += "  <key id=\"" + std::string(prefix) + std::to_string(i) + "\" for=\"" + kind +
           "\" attr.name=\"" + xml_escape(t.columns[i].name) + "\" attr.type=\"" +
           xml_type(t.columns[i].type) + "\"/>\n";
  return out;
}

std::string graphml_data(const std::vector<Cell> &row, std::size_t first, const char *prefix) {
  std::string out;
  for (std::size_t i = first; i < row.size(); ++i)
    if (!is_empty(row[i]))
      out += "      <data key=\"" + std::string(prefix) + std::to_string(i) + "\">" +
             xml_escape(cell_text(row[i])) + "</data>\n";
  return out;
}

} // namespace

std::string graphml(const GraphTables &t) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (std::size_t i = 0; i < t.graph.size(); ++i)
    out +=
        "  <key id=\"g" + std::to_string(i) + "\" for=\"graph\" attr.name=\"" +
        xml_escape(t.graph[i].first) + "\" attr.type=\"" +
        xml_type(std::holds_alternative<double>(t.graph[i].second)         ? ColumnType::real
                 : std::holds_alternative<std::int64_t>(t.graph[i].second) ? ColumnType::integer
                                                                           : ColumnType::string) +
        "\"/>\n";
  out += graphml_keys(t.nodes, 1, "node", "n") + graphml_keys(t.edges, 2, "edge", "e");
  out += "  <graph id=\"entente\" edgedefault=\"undirected\">\n";
  for (std::size_t i = 0; i < t.graph.size(); ++i)
    if (!is_empty(t.graph[i].second))
      out += "    <data key=\"g" + std::to_string(i) + "\">" +
             xml_escape(cell_text(t.graph[i].second)) + "</data>\n";
  for (const auto &row : t.nodes.rows)
    out += "    <node id=\"" + xml_escape(cell_text(row[0])) + "\">\n" + graphml_data(row, 1, "n") +
           "    </node>\n";
  for (std::size_t e = 0; e < t.edges.rows.size(); ++e) {
    const auto &row = t.edges.rows[e];
    out += "    <edge id=\"e" + std::to_string(e) + "\" source=\"" + xml_escape(cell_text(row[0])) +
           "\" target=\"" + xml_escape(cell_text(row[1])) + "\">\n" + graphml_data(row, 2, "e") +
           "    </edge>\n";
  }
  return out + "  </graph>\n</graphml>\n";
}

namespace {

std::string gexf_attributes(const Table &t, std::size_t first, const char *kind) {
  std::string out = "    <attributes class=\"" + std::string(kind) + "\">\n";
  for (std::size_t i = first; i < t.columns.size(); ++i)
    out += "      <attribute id=\"" + std::to_string(i) + "\" title=\"" +
           xml_escape(t.columns[i].name) + "\" type=\"" + xml_type(t.columns[i].type) + "\"/>\n";
  return out + "    </attributes>\n";
}

std::string gexf_values(const std::vector<Cell> &row, std::size_t first) {
  std::string out = "        <attvalues>\n";
  for (std::size_t i = first; i < row.size(); ++i)
    if (!is_empty(row[i]))
      out += "          <attvalue for=\"" + std::to_string(i) + "\" value=\"" +
             xml_escape(cell_text(row[i])) + "\"/>\n";
  return out + "        </attvalues>\n";
}

std::size_t column(const Table &t, const std::string &name) {
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    if (t.columns[i].name == name)
      return i;
  return t.columns.size();
}

} // namespace

std::string gexf(const GraphTables &t) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
      "  <meta>\n    <creator>entente</creator>\n    <description>";
  std::string description;
  for (const auto &[key, value] : t.graph)
    if (!is_empty(value))
      description += (description.empty() ? "" : ", ") + key + " " + cell_text(value);
  out += xml_escape(description) + "</description>\n  </meta>\n";
  out += "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n";
  out += gexf_attributes(t.nodes, 2, "node") + gexf_attributes(t.edges, 2, "edge");
  out += "    <nodes>\n";
  for (const auto &row : t.nodes.rows)
    out += "      <node id=\"" + xml_escape(cell_text(row[0])) + "\" label=\"" +
           xml_escape(cell_text(row[1])) + "\">\n" + gexf_values(row, 2) + "      </node>\n";
  out += "    </nodes>\n    <edges>\n";
  // Gephi sizes edges by a positive weight: |net|; the signed net is an attribute.
  const std::size_t abs_net = column(t.edges, "abs_net");
  for (std::size_t e = 0; e < t.edges.rows.size(); ++e) {
    const auto &row = t.edges.rows[e];
    const std::string weight = abs_net < row.size() ? cell_text(row[abs_net]) : "";
    out += "      <edge id=\"" + std::to_string(e) + "\" source=\"" +
           xml_escape(cell_text(row[0])) + "\" target=\"" + xml_escape(cell_text(row[1])) + "\"" +
           (weight.empty() || weight == "0.0" ? "" : " weight=\"" + weight + "\"") + ">\n" +
           gexf_values(row, 2) + "      </edge>\n";
  }
  return out + "    </edges>\n  </graph>\n</gexf>\n";
}

} // namespace entente
