#include "entente/core/error.hpp"
#include "entente/render/graphviz.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/style.hpp"

#include <catch2/catch.hpp>
#include <set>

using entente::Date;

namespace {
entente::Snapshot snapshot_with(const std::string &a, const std::string &b) {
  entente::SnapshotBuilder builder({.window = {}, .level = entente::Level::actor});
  builder.add(entente::make_relation(Date::parse("2020-05-01"), a, b, "036"));
  builder.add(entente::make_relation(Date::parse("2020-05-02"), "USA", "CHN", "112"));
  return std::move(builder).finish({"t"});
}

// Node names and labels of a DOT text, as Graphviz itself reads them back.
std::vector<std::pair<std::string, std::string>> nodes_of(const std::string &dot) {
  auto lock = entente::graphviz_lock();
  const auto g = entente::CGraph::parse_dot(dot);
  std::vector<std::pair<std::string, std::string>> out;
  for (Agnode_t *n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n))
    out.emplace_back(agnameof(n), agget(n, const_cast<char *>("label")));
  return out;
}
} // namespace

TEST_CASE("hostile names survive DOT: Graphviz escapes them itself", "[render]") {
  const std::string name = "Côte d'Ivoire \"Ivory\" {Coast}";
  const std::string nasty = "a\\b</text><script>alert(1)</script> -- graph {";
  const auto dot = entente::snapshot_dot(snapshot_with(name, nasty), {});
  const auto nodes = nodes_of(dot);
  std::set<std::string> names;
  for (const auto &[n, label] : nodes)
    names.insert(n);
  CHECK(names.count(name));
  CHECK(names.count(nasty));
  for (const auto &[n, label] : nodes)
    if (n == nasty)
      CHECK(label == "a\\\\b</text><script>alert(1)</script> -- graph {"); // literal backslash
}

TEST_CASE("the same snapshot gives byte-identical DOT", "[render]") {
  const auto s = snapshot_with("USA", "RUS");
  CHECK(entente::snapshot_dot(s, {}) == entente::snapshot_dot(s, {}));
}

TEST_CASE("edges are coloured by sign", "[render]") {
  const auto dot = entente::snapshot_dot(snapshot_with("USA", "RUS"), {});
  CHECK(dot.find("RUS -- USA") != std::string::npos);
  CHECK(dot.find(entente::style::cooperation) != std::string::npos);
  CHECK(dot.find(entente::style::conflict) != std::string::npos);
}

TEST_CASE("SVG, PNG and PDF are rendered in-process", "[render]") {
  const auto s = snapshot_with("USA", "RUS");
  const auto svg = entente::render_snapshot_bytes(s, entente::PictureFormat::svg, {});
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Russia") != std::string::npos);
  const auto png = entente::render_snapshot_bytes(s, entente::PictureFormat::png, {});
  REQUIRE(png.size() > 8);
  CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  const auto pdf = entente::render_snapshot_bytes(s, entente::PictureFormat::pdf, {});
  CHECK(pdf.rfind("%PDF", 0) == 0);
}

TEST_CASE("Graphviz failures become entente errors", "[render]") {
  const auto s = snapshot_with("USA", "RUS");
  entente::PictureOptions o;
  o.engine = "no-such-engine";
  CHECK_THROWS_WITH(entente::render_snapshot_bytes(s, entente::PictureFormat::svg, o),
                    Catch::Contains("graphviz: layout with engine 'no-such-engine' failed"));
  auto lock = entente::graphviz_lock();
  CHECK_THROWS_WITH(entente::CGraph::parse_dot("graph { a -- "), Catch::Contains("graphviz"));
}

TEST_CASE("the top option keeps the strongest actors", "[render]") {
  entente::PictureOptions o;
  o.top_n = 2;
  const auto nodes = nodes_of(entente::snapshot_dot(snapshot_with("USA", "RUS"), o));
  CHECK(nodes.size() == 2);
  CHECK_THROWS_AS(entente::picture_format_for("x.bmp"), entente::Error);
}
