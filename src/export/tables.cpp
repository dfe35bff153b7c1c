#include "entente/export/tables.hpp"

#include "entente/core/actor.hpp"
#include "entente/core/relation.hpp"
#include "entente/metrics/blocs.hpp"
#include "entente/metrics/centrality.hpp"
#include "entente/metrics/directed.hpp"

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace entente {

std::string_view to_string(ColumnType t) {
  switch (t) {
  case ColumnType::string:
    return "string";
  case ColumnType::integer:
    return "integer";
  case ColumnType::real:
    return "real";
  case ColumnType::boolean:
    return "boolean";
  }
  return "string";
}

namespace {

using json = nlohmann::json;

const json *at(const json &j, std::initializer_list<const char *> path) {
  const json *p = &j;
  for (const char *key : path) {
    if (!p->is_object() || !p->contains(key))
      return nullptr;
    p = &(*p)[key];
  }
  return p;
}

// Stored per-actor measures: code -> the actor's object, for one list.
std::map<std::string, const json *> by_code(const json &metrics,
                                            std::initializer_list<const char *> path) {
  std::map<std::string, const json *> out;
  if (const json *list = at(metrics, path); list && list->is_array())
    for (const auto &a : *list)
      if (a.is_object() && a.contains("code") && a["code"].is_string())
        out[a["code"].get<std::string>()] = &a;
  return out;
}

Cell number(const json *object, const char *key, bool integer) {
  if (!object || !object->contains(key) || !(*object)[key].is_number())
    return {};
  if (integer)
    return (*object)[key].get<std::int64_t>();
  return (*object)[key].get<double>();
}

const std::vector<std::pair<const char *, bool>> centrality_columns = {
    {"strength", false},       {"pos_strength", false},
    {"neg_strength", false},   {"pos_degree", true},
    {"neg_degree", true},      {"net_degree", true},
    {pagerank_pos_key, false}, {pagerank_neg_key, false},
    {"betweenness", false},    {"pn", false}};
const std::vector<std::pair<const char *, bool>> directed_columns = {
    {"out_strength", false}, {"in_strength", false}, {"out_net", false},    {"in_net", false},
    {"out_events", true},    {"in_events", true},    {"pagerank_in", false}};

Table node_table(const Snapshot &s) {
  Table t;
  t.columns = {{"id", ColumnType::string},
               {"name", ColumnType::string},
               {"country", ColumnType::string},
               {"bloc", ColumnType::integer},
               {"swing", ColumnType::boolean}};
  for (const auto &[name, integer] : centrality_columns)
    t.columns.push_back({name, integer ? ColumnType::integer : ColumnType::real});
  for (const auto &[name, integer] : directed_columns)
    t.columns.push_back({name, integer ? ColumnType::integer : ColumnType::real});
  const auto central = by_code(s.metrics, {"centrality", "actors"});
  const auto directed = by_code(s.metrics, {"directed", "actors"});
  std::map<std::string, std::int64_t> bloc;
  if (const json *blocs = at(s.metrics, {"blocs", "modularity", "blocs"});
      blocs && blocs->is_array())
    for (std::size_t b = 0; b < blocs->size(); ++b)
      for (const auto &c : (*blocs)[b])
        if (c.is_string())
          bloc[c.get<std::string>()] = bloc_number(static_cast<int>(b));
  std::set<std::string> swing;
  const json *swings = at(s.metrics, {"blocs", "swing"});
  if (swings && swings->is_array())
    for (const auto &a : *swings)
      if (a.is_object() && a.contains("code") && a["code"].is_string())
        swing.insert(a["code"].get<std::string>());
  for (auto v : s.graph.sorted_actors()) {
    const auto &node = s.graph.node(v);
    // The country (or organisation) the code belongs to; none for a name
    // that is not a CAMEO code (CoW's, the tribes').
    const std::string country = country_of(node.code);
    std::vector<Cell> row = {node.code, node.name};
    if (country == node.code && !country_table().contains(country))
      row.emplace_back(std::monostate{});
    else
      row.emplace_back(country);
    // emplace_back per case: GCC 12 warns falsely on a variant built in ?:.
    if (auto b = bloc.find(node.code); b != bloc.end())
      row.emplace_back(b->second);
    else
      row.emplace_back(std::monostate{});
    if (swings)
      row.emplace_back(swing.count(node.code) > 0);
    else
      row.emplace_back(std::monostate{});
    const auto c = central.find(node.code);
    for (const auto &[name, integer] : centrality_columns)
      row.push_back(number(c == central.end() ? nullptr : c->second, name, integer));
    const auto d = directed.find(node.code);
    for (const auto &[name, integer] : directed_columns)
      row.push_back(number(d == directed.end() ? nullptr : d->second, name, integer));
    t.rows.push_back(std::move(row));
  }
  return t;
}

void stats_columns(Table &t, const std::string &prefix) {
  for (const char *name : {"net", "coop", "conflict", "weight"})
    t.columns.push_back({prefix + name, ColumnType::real});
  t.columns.push_back({prefix + "events", ColumnType::integer});
  for (int q = 1; q <= 4; ++q)
    t.columns.push_back({prefix + "quad" + std::to_string(q), ColumnType::integer});
}

void stats_cells(std::vector<Cell> &row, const DyadStats &s) {
  for (double x : {s.net, s.coop, s.conflict, s.weight})
    row.emplace_back(round6(x));
  row.emplace_back(s.events);
  for (auto q : s.quad)
    row.emplace_back(q);
}

// "weight" of a dyad is Σ event weights (mentions, ...); the signed
// measures' weight |net| is the column "abs_net".
Table edge_table(const Snapshot &s) {
  Table t;
  t.columns = {{"source", ColumnType::string},
               {"target", ColumnType::string},
               {"sign", ColumnType::integer},
               {"abs_net", ColumnType::real},
               {"reciprocity", ColumnType::real}};
  stats_columns(t, "");
  stats_columns(t, "a_to_b_");
  stats_columns(t, "b_to_a_");
  for (const auto &d : s.graph.dyads()) {
    const auto total = d.edge().total();
    std::vector<Cell> row = {d.a, d.b, std::int64_t{d.edge().sign()}, std::abs(round6(total.net)),
                             round6(dyad_reciprocity(d.edge()))};
    stats_cells(row, total);
    stats_cells(row, d.edge().forward);
    stats_cells(row, d.edge().backward);
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::vector<std::pair<std::string, Cell>> graph_facts(const Snapshot &s) {
  std::vector<std::pair<std::string, Cell>> g;
  auto date = [](const std::optional<Date> &d) {
    Cell c;
    if (d)
      c = d->to_string();
    return c;
  };
  g.emplace_back("level", std::string(to_string(s.level)));
  g.emplace_back("window_from", date(s.window.from ? s.window.from : s.first_event));
  g.emplace_back("window_to", date(s.window.to ? s.window.to : s.last_event));
  std::string sources;
  for (const auto &src : s.sources)
    sources += (sources.empty() ? "" : "; ") + src;
  g.emplace_back("sources", sources);
  std::int64_t events = 0;
  for (const auto &d : s.graph.dyads())
    events += d.edge().total().events;
  g.emplace_back("events", events);
  const json *r = at(s.metrics, {"directed", "reciprocity"});
  Cell reciprocity;
  if (r && r->is_number())
    reciprocity = r->get<double>();
  g.emplace_back("reciprocity", reciprocity);
  return g;
}

} // namespace

GraphTables graph_tables(const Snapshot &s) {
  return {node_table(s), edge_table(s), graph_facts(s)};
}

} // namespace entente
