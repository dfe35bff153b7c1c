#include "entente/core/error.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/render/graphviz.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/style.hpp"
#include "entente/render/views.hpp"
#include "metrics/tribes.hpp"

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

TEST_CASE("edges are coloured by sign and carry net and sign as data", "[render]") {
  const auto dot = entente::snapshot_dot(snapshot_with("USA", "RUS"), {});
  CHECK(dot.find("RUS -- USA") != std::string::npos);
  CHECK(dot.find(entente::style::cooperation) != std::string::npos);
  CHECK(dot.find(entente::style::conflict) != std::string::npos);
  CHECK(dot.find("sign=-1") != std::string::npos);
  CHECK(dot.find("net=-2.000000") != std::string::npos); // USA-CHN: one 112, Goldstein -2
}

TEST_CASE("one layout gives SVG, PNG and PDF", "[render]") {
  const auto plan = entente::plan_snapshot(snapshot_with("USA", "RUS"), {});
  const auto out =
      entente::render_plan(plan, {entente::PictureFormat::svg, entente::PictureFormat::png,
                                  entente::PictureFormat::pdf, entente::PictureFormat::dot});
  REQUIRE(out.size() == 4);
  CHECK(out[0].find("<svg") != std::string::npos);
  CHECK(out[0].find("Russia") != std::string::npos);
  REQUIRE(out[1].size() > 8);
  CHECK(out[1].substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  CHECK(out[2].rfind("%PDF", 0) == 0);
  CHECK(out[3].rfind("graph entente {", 0) == 0);
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

// Regression: pictures read the key "pagerank" while metrics store
// "pagerank_pos", so sizes silently fell back to strength. Now both read the
// typed field; a round trip through a file keeps the sizes.
TEST_CASE("node size is the stored PageRank the caption names", "[render]") {
  const auto s = entente::test::tribes_snapshot();
  const auto o = entente::styled_picture(s);
  REQUIRE(o.size.size() == s.graph.actor_count());
  for (const auto &a : s.metrics.centrality.value().actors)
    CHECK(o.size.at(a.code) == a.pagerank_pos);
  const auto back = entente::snapshot_from_json(entente::snapshot_to_json(s), "t.json");
  CHECK(entente::styled_picture(back).size == o.size);
  const auto plan = entente::plan_snapshot(s, o);
  CHECK(plan.caption.back() == "node size: PageRank of cooperation ties");
  // The node with the largest PageRank is drawn at full size, the others
  // at the square root of their share.
  std::string top;
  double best = -1;
  for (const auto &[code, v] : o.size)
    if (v > best)
      best = v, top = code;
  for (const auto &n : plan.nodes) {
    if (n.name == top)
      CHECK(n.size == Approx(1.0));
    else
      CHECK(n.size == Approx(std::sqrt(o.size.at(n.name) / best)));
  }
  // Without stored measures the caption says what sizes mean instead.
  entente::Snapshot bare = s;
  bare.metrics = {};
  CHECK(entente::plan_snapshot(bare, entente::styled_picture(bare)).caption.back() ==
        "node size: strength (Σ|net|)");
}

TEST_CASE("titles name the source and window, or say undated with the events", "[render]") {
  const auto s = entente::test::tribes_snapshot();
  CHECK(entente::detail::picture_title(s) ==
        "tribes_edges.csv and 1 more: undated, 58 events"); // edges and vertices
  auto dated = snapshot_with("USA", "RUS");
  CHECK(entente::detail::picture_title(dated) == "t: 2020-05-01 to 2020-05-02, 2 events");
  dated.window = {Date::parse("2020-04-01"), std::nullopt};
  CHECK(entente::detail::window_text(dated) == "2020-04-01 to 2020-05-02");
}

TEST_CASE("bloc colours: distinct for the largest blocs, one grey for the rest", "[render]") {
  std::set<std::string> fills;
  for (int b = 0; b < entente::style::bloc_colours; ++b)
    fills.insert(entente::style::bloc_fill(b));
  CHECK(fills.size() == static_cast<std::size_t>(entente::style::bloc_colours));
  CHECK_FALSE(fills.count(entente::style::other_blocs));
  CHECK(entente::style::bloc_fill(entente::style::bloc_colours) == entente::style::other_blocs);
  CHECK(entente::style::bloc_fill(40) == entente::style::other_blocs);
  CHECK(entente::style::bloc_fill(-1) == entente::style::no_bloc);
  CHECK(entente::style::count(19546) == "19,546");
  CHECK(entente::style::count(999) == "999");
  CHECK(entente::style::count(1000000) == "1,000,000");
}
