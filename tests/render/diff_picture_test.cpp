#include "entente/render/diff_picture.hpp"
#include "entente/render/graphviz.hpp"

#include <catch2/catch.hpp>
#include <cstdio>

namespace {
entente::Snapshot
build(std::initializer_list<std::tuple<const char *, const char *, const char *>> events) {
  entente::SnapshotBuilder b({});
  for (auto [s, t, code] : events)
    b.add(entente::make_relation(entente::Date::parse("2020-01-01"), s, t, code));
  return std::move(b).finish({});
}

std::string edge_attr(const std::string &dot, const char *a, const char *b, const char *attr) {
  auto lock = entente::graphviz_lock();
  auto g = entente::CGraph::parse_dot(dot);
  Agnode_t *u = agnode(g.get(), const_cast<char *>(a), 0),
           *v = agnode(g.get(), const_cast<char *>(b), 0);
  Agedge_t *e = u && v ? agedge(g.get(), u, v, nullptr, 0) : nullptr;
  return e ? agget(e, const_cast<char *>(attr)) : "<none>";
}
} // namespace

TEST_CASE("edge changes are classified", "[diff-picture]") {
  using entente::EdgeChange;
  CHECK(entente::classify_change(false, true, 0, 3) == EdgeChange::added);
  CHECK(entente::classify_change(true, false, 3, 0) == EdgeChange::removed);
  CHECK(entente::classify_change(true, true, -2, 4) == EdgeChange::flipped);
  CHECK(entente::classify_change(true, true, 2, 4) == EdgeChange::stronger);
  CHECK(entente::classify_change(true, true, -4, -2) == EdgeChange::weaker);
  CHECK(entente::classify_change(true, true, 2, 2) == EdgeChange::unchanged);
}

TEST_CASE("the diff picture styles each change and shares one layout", "[diff-picture]") {
  const auto a = build({{"USA", "RUS", "112"}, {"USA", "CHN", "036"}, {"FRA", "DEU", "036"}});
  const auto b = build(
      {{"USA", "RUS", "036"}, {"USA", "CHN", "036"}, {"USA", "CHN", "036"}, {"JPN", "CHN", "190"}});
  entente::PictureOptions shared;
  shared.positions = entente::shared_layout(a, b, {});
  CHECK(shared.positions.size() == 6); // union of actors
  const auto dot = entente::diff_dot(a, b, shared);
  CHECK(edge_attr(dot, "RUS", "USA", "color") == "#CC79A7"); // flipped
  CHECK(edge_attr(dot, "DEU", "FRA", "style") == "dotted");  // vanished
  CHECK(edge_attr(dot, "CHN", "JPN", "style") == "solid");   // new
  CHECK(edge_attr(dot, "CHN", "USA", "tooltip").rfind("stronger", 0) == 0);
  // A and B drawn with pinned positions keep the shared layout's coordinates.
  const auto usa = shared.positions.at("USA");
  char pos[64];
  std::snprintf(pos, sizeof pos, "pos=\"%.2f,%.2f!\"", usa.x, usa.y);
  CHECK(entente::snapshot_dot(a, shared).find(pos) != std::string::npos);
  CHECK(entente::plan_snapshot(a, shared).engine == "nop");
  const auto svg = entente::render_diff_bytes(a, b, entente::PictureFormat::svg, shared);
  CHECK(svg.find("<svg") != std::string::npos);
  const auto plan = entente::plan_diff(a, b, shared);
  CHECK(plan.caption[1] == "drawn: 1 new, 1 vanished, 1 flipped, 1 stronger");
}
