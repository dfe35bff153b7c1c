#include "entente/export/tables.hpp"

#include "entente/core/actor.hpp"
#include "entente/core/relation.hpp"
#include "entente/metrics/blocs.hpp"
#include "entente/metrics/directed.hpp"

#include <cmath>
#include <functional>
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

// A column of per-actor measures: its name (the stored key), type and field.
template <typename Actor> struct MeasureColumn {
  const char *name;
  ColumnType type;
  std::function<Cell(const Actor &)> get;
};

template <typename Actor> MeasureColumn<Actor> real(const char *name, double Actor::*field) {
  return {name, ColumnType::real, [field](const Actor &a) { return Cell(a.*field); }};
}

template <typename Actor, typename Int>
MeasureColumn<Actor> whole(const char *name, Int Actor::*field) {
  return {name, ColumnType::integer,
          [field](const Actor &a) { return Cell(static_cast<std::int64_t>(a.*field)); }};
}

using AC = ActorCentrality;
const std::vector<MeasureColumn<AC>> centrality_columns = {
    real("strength", &AC::strength),         real("pos_strength", &AC::pos_strength),
    real("neg_strength", &AC::neg_strength), whole("pos_degree", &AC::pos_degree),
    whole("neg_degree", &AC::neg_degree),    whole("net_degree", &AC::net_degree),
    real("pagerank_pos", &AC::pagerank_pos), real("pagerank_neg", &AC::pagerank_neg),
    real("betweenness", &AC::betweenness),   real("pn", &AC::pn)};
using AD = ActorDirected;
const std::vector<MeasureColumn<AD>> directed_columns = {
    real("out_strength", &AD::out_strength), real("in_strength", &AD::in_strength),
    real("out_net", &AD::out_net),           real("in_net", &AD::in_net),
    whole("out_events", &AD::out_events),    whole("in_events", &AD::in_events),
    real("pagerank_in", &AD::pagerank_in)};

// code -> the actor's stored measures, for one per-actor list.
template <typename Actor>
std::map<std::string, const Actor *> by_code(const std::vector<Actor> *list) {
  std::map<std::string, const Actor *> out;
  if (list)
    for (const auto &a : *list)
      out[a.code] = &a;
  return out;
}

template <typename Actor>
void measure_cells(std::vector<Cell> &row, const std::map<std::string, const Actor *> &index,
                   const std::string &code, const std::vector<MeasureColumn<Actor>> &columns) {
  const auto it = index.find(code);
  for (const auto &c : columns)
    row.push_back(it == index.end() ? Cell{} : c.get(*it->second));
}

Table node_table(const Snapshot &s) {
  Table t;
  t.columns = {{"id", ColumnType::string},
               {"name", ColumnType::string},
               {"country", ColumnType::string},
               {"bloc", ColumnType::integer},
               {"swing", ColumnType::boolean}};
  for (const auto &c : centrality_columns)
    t.columns.push_back({c.name, c.type});
  for (const auto &c : directed_columns)
    t.columns.push_back({c.name, c.type});
  const auto &m = s.metrics;
  const auto central = by_code(m.centrality ? &m.centrality->actors : nullptr);
  const auto directed = by_code(m.directed ? &m.directed->actors : nullptr);
  std::map<std::string, std::int64_t> bloc;
  std::set<std::string> swing;
  const bool swings = m.blocs.has_value();
  if (m.blocs) {
    const auto &blocs = m.blocs->modularity.blocs;
    for (std::size_t b = 0; b < blocs.size(); ++b)
      for (const auto &code : blocs[b])
        bloc[code] = bloc_number(static_cast<int>(b));
    for (const auto &a : m.blocs->swing)
      swing.insert(a.code);
  }
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
    measure_cells(row, central, node.code, centrality_columns);
    measure_cells(row, directed, node.code, directed_columns);
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
  Cell reciprocity;
  if (s.metrics.directed)
    reciprocity = s.metrics.directed->reciprocity;
  g.emplace_back("reciprocity", reciprocity);
  return g;
}

} // namespace

GraphTables graph_tables(const Snapshot &s) {
  return {node_table(s), edge_table(s), graph_facts(s)};
}

} // namespace entente
