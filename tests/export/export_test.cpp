#include "entente/core/error.hpp"
#include "entente/export/export.hpp"
#include "metrics/tribes.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

namespace {
std::size_t column(const entente::Table &t, const std::string &name) {
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    if (t.columns[i].name == name)
      return i;
  FAIL("no column " << name);
  return 0;
}

entente::Snapshot hostile() {
  entente::SnapshotBuilder b({.window = {}, .level = entente::Level::actor});
  b.add(entente::make_relation(entente::Date::parse("2020-01-01"), "A,\"B\"\nC", "<D&E>", "036"));
  return std::move(b).finish({"x"});
}
} // namespace

TEST_CASE("the tables carry the stored measures, blocs numbered from 1", "[export]") {
  const auto s = entente::test::tribes_snapshot();
  const auto t = entente::graph_tables(s);
  REQUIRE(t.nodes.rows.size() == 16);
  REQUIRE(t.edges.rows.size() == 58);
  CHECK(t.nodes.columns[0].name == "id");
  CHECK(t.nodes.columns[column(t.nodes, "bloc")].type == entente::ColumnType::integer);
  const auto &blocs = s.metrics.blocs.value().modularity.blocs;
  const auto &actors = s.metrics.centrality.value().actors;
  for (std::size_t i = 0; i < t.nodes.rows.size(); ++i) {
    const auto &row = t.nodes.rows[i];
    const auto code = std::get<std::string>(row[0]);
    const auto bloc = std::get<std::int64_t>(row[column(t.nodes, "bloc")]);
    bool member = false;
    for (const auto &c : blocs.at(static_cast<std::size_t>(bloc - 1)))
      member |= c == code;
    CHECK(member);
    CHECK(std::get<double>(row[column(t.nodes, "pagerank_pos")]) == actors.at(i).pagerank_pos);
  }
  // Per direction: the two directions add up to the total.
  for (const auto &row : t.edges.rows)
    CHECK(std::get<double>(row[column(t.edges, "net")]) ==
          Approx(std::get<double>(row[column(t.edges, "a_to_b_net")]) +
                 std::get<double>(row[column(t.edges, "b_to_a_net")])));
}

TEST_CASE("a snapshot without measures exports with empty cells, not zeros", "[export]") {
  auto s = entente::test::tribes_snapshot();
  s.metrics = {};
  const auto t = entente::graph_tables(s);
  CHECK(std::holds_alternative<std::monostate>(t.nodes.rows[0][column(t.nodes, "pagerank_pos")]));
  CHECK(entente::csv(t.nodes).find("\r\nGavev,Gavev,,,,") != std::string::npos);
}

TEST_CASE("names are quoted for CSV and escaped for XML", "[export]") {
  const auto t = entente::graph_tables(hostile());
  const auto nodes = entente::csv(t.nodes);
  CHECK(nodes.find("\"A,\"\"B\"\"\nC\"") != std::string::npos); // RFC 4180
  const auto xml = entente::graphml(t);
  CHECK(xml.find("<node id=\"A,&quot;B&quot;&#10;C\">") != std::string::npos);
  CHECK(xml.find("&lt;D&amp;E&gt;") != std::string::npos);
  CHECK(entente::gexf(t).find("label=\"&lt;D&amp;E&gt;\"") != std::string::npos);
  const auto j = nlohmann::json::parse(entente::node_link_json(t));
  CHECK(j.at("nodes").at(0).at("id") == "<D&E>");
  CHECK(j.at("links").at(0).at("source") == "<D&E>");
}

TEST_CASE("formats come from the extension, and CSV is two files", "[export]") {
  using entente::ExportFormat;
  CHECK(entente::export_format_for("a.graphml") == ExportFormat::graphml);
  CHECK(entente::export_format_for("a.gexf") == ExportFormat::gexf);
  CHECK(entente::export_format_for("a.json") == ExportFormat::node_link);
  CHECK(entente::export_format_for("out/") == ExportFormat::csv);
  CHECK(entente::export_paths("x/a.csv", ExportFormat::csv) ==
        std::vector<std::string>{"x/a.nodes.csv", "x/a.edges.csv"});
  CHECK(entente::export_paths("out/", ExportFormat::csv) ==
        std::vector<std::string>{"out/nodes.csv", "out/edges.csv"});
  CHECK_THROWS_AS(entente::export_format_for("a.txt"), entente::Error);
  CHECK_THROWS_AS(entente::export_paths("-", ExportFormat::graphml), entente::Error);
  CHECK(entente::export_format("node-link") == ExportFormat::node_link);
}

TEST_CASE("the same snapshot exports the same bytes", "[export]") {
  const auto s = entente::test::tribes_snapshot();
  CHECK(entente::graphml(entente::graph_tables(s)) == entente::graphml(entente::graph_tables(s)));
  CHECK(entente::gexf(entente::graph_tables(s)) == entente::gexf(entente::graph_tables(s)));
}

TEST_CASE("export writes well-formed XML files from the command line", "[export]") {
  entente::test::TempDir dir;
  const auto snap = dir.file("s.json");
  REQUIRE(entente::test::run_entente("metrics datasets/signed/tribes_edges.csv --save " + snap)
              .exit_code == 0);
  for (const char *f : {"t.graphml", "t.gexf"}) {
    const auto r = entente::test::run_entente("export " + snap + " -q -o " + dir.file(f));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(std::system(("xmllint --noout '" + dir.file(f) + "'").c_str()) == 0);
  }
  CHECK(entente::test::run_entente("export " + snap + " -o " + dir.file("t.bmp")).exit_code == 2);
}
