#include "entente/metrics/compute.hpp"

#include "entente/io/json_writer.hpp"
#include "entente/metrics/alignment.hpp"
#include "entente/metrics/directed.hpp"
#include "entente/metrics/dyads.hpp"
#include "entente/metrics/summary.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sstream>

namespace entente {

nlohmann::json balance_metrics(const detail::SignedNet &net, const MetricsOptions &o) {
  const auto f = frustration(net, o.frustration);
  return nlohmann::json{{"triangles", triangle_census(net)},
                        {"walk", walk_balance(net, o.walk)},
                        {"frustration", frustration_json(f, net)}};
}

MetricsParts compute_metric_parts(const Snapshot &s, const MetricsOptions &o) {
  nlohmann::json seconds;
  auto last = std::chrono::steady_clock::now();
  auto lap = [&](const char *name) {
    const auto now = std::chrono::steady_clock::now();
    seconds[name] = std::chrono::duration<double>(now - last).count();
    last = now;
  };
  auto next = [&](const std::string &what) {
    if (o.progress)
      o.progress(what);
  };
  const auto net = detail::SignedNet::from(s.graph);
  lap("signed_net");
  MetricsParts parts;
  auto &m = parts.rest;
  m["summary"] = summarize(s.graph);
  lap("summary");
  m["conventions"] = {
      {"sign", "sign of the dyad's total net score (sum of Goldstein x weight, both "
               "directions, 6 decimals); net 0 = neutral, not an edge of the signed measures"},
      {"weight", "|net| (PageRank, betweenness length 1/|net|, modularity, Doreian-Mrvar)"},
      {"unweighted", "triangles, walk balance, frustration index and PN index use signs only"},
      {"stance_levels", "0 hostile, 1 strained, 2 none/neutral, 3 friendly, 4 close/self"},
      {"docs", "docs/metrics.md"}};
  if (s.graph.dyad_count() <= o.dyads_limit)
    parts.dyads = dyad_relations(s.graph);
  else
    m["dyads"] = {{"omitted", "more than " + std::to_string(o.dyads_limit) + " dyads"}};
  lap("dyads");
  auto &b = m["balance"];
  next("triangle census");
  b["triangles"] = triangle_census(net);
  lap("triangles");
  next("walk balance");
  b["walk"] = walk_balance(net, o.walk);
  lap("walk_balance");
  next("frustration index");
  b["frustration"] = frustration_json(frustration(net, o.frustration), net);
  lap("frustration");
  next("blocs");
  m["blocs"] = blocs_json(blocs(net, o.blocs), net);
  lap("blocs");
  next(exact_betweenness(net.size(), net.edges.size(), o.centrality)
           ? "centrality (exact betweenness)"
           : "centrality (betweenness estimated from " +
                 std::to_string(o.centrality.betweenness_samples) + " sampled sources)");
  m["centrality"] = centrality(net, o.centrality);
  lap("centrality");
  m["directed"] = directed(s.graph);
  lap("directed");
  if (s.graph.actor_count() <= o.alignment_limit) {
    parts.alignment = align_all(s.graph);
  } else {
    m["alignment"] = {{"omitted", "more than " + std::to_string(o.alignment_limit) +
                                      " actors; use `entente align A B`"}};
    // One pair, so that the cost of a single comparison is on record.
    const auto actors = s.graph.sorted_actors();
    if (o.timings && actors.size() >= 2)
      (void)align(s.graph, s.graph.node(actors[0]).code, s.graph.node(actors[1]).code);
  }
  lap("alignment");
  if (o.timings)
    m["seconds"] = seconds;
  return parts;
}

nlohmann::json to_json(MetricsParts parts) {
  nlohmann::json m = std::move(parts.rest);
  if (parts.dyads)
    m["dyads"] = *parts.dyads;
  if (parts.alignment)
    m["alignment"] = *parts.alignment;
  return m;
}

nlohmann::json compute_metrics(const Snapshot &s, const MetricsOptions &o) {
  return to_json(compute_metric_parts(s, o));
}

namespace {

void write_matrix(JsonWriter &w, const std::vector<std::vector<double>> &m) {
  w.begin_array();
  for (const auto &row : m)
    w.array(row);
  w.end_array();
}

// Keys in the order nlohmann's object keeps them (sorted), values as
// to_json(AlignmentMatrix) and to_json(DyadRelation) give them.
void write_alignment(JsonWriter &w, const AlignmentMatrix &a) {
  w.begin_object();
  w.key("actors");
  w.array(a.actors);
  w.key("kappa_quadratic");
  write_matrix(w, a.kappa);
  w.key("levels");
  w.value(stance_levels);
  w.key("s_abs");
  write_matrix(w, a.s_abs);
  w.key("scott_pi");
  write_matrix(w, a.pi);
  w.end_object();
}

void write_dyads(JsonWriter &w, const std::vector<DyadRelation> &dyads) {
  w.begin_array();
  for (const auto &d : dyads) {
    w.begin_object();
    w.key("a");
    w.value(d.a);
    w.key("b");
    w.value(d.b);
    w.key("coop_share");
    w.value(round6(d.coop_share));
    w.key("events");
    w.value(d.events);
    w.key("net");
    w.value(round6(d.net));
    w.key("quad");
    w.array(d.quad);
    w.key("reciprocity");
    w.value(round6(d.reciprocity));
    w.key("sign");
    w.value(d.sign);
    w.key("weight");
    w.value(round6(d.weight));
    w.end_object();
  }
  w.end_array();
}

} // namespace

void write_metrics(JsonWriter &w, const MetricsParts &parts) {
  // Every key in the DOM's (sorted) order, the streamed tables among them.
  std::vector<std::string> keys;
  for (const auto &item : parts.rest.items())
    keys.push_back(item.key());
  if (parts.alignment)
    keys.emplace_back("alignment");
  if (parts.dyads)
    keys.emplace_back("dyads");
  std::sort(keys.begin(), keys.end());
  w.begin_object();
  for (const auto &key : keys) {
    w.key(key);
    if (key == "alignment" && parts.alignment)
      write_alignment(w, *parts.alignment);
    else if (key == "dyads" && parts.dyads)
      write_dyads(w, *parts.dyads);
    else
      w.json(parts.rest.at(key));
  }
  w.end_object();
}

namespace {

std::string fixed(double x, int digits = 4) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, x);
  return buf;
}

std::string pad(std::string s, std::size_t w) {
  if (s.size() < w)
    s.append(w - s.size(), ' ');
  return s;
}

std::string num(const nlohmann::json &j, int digits = 4) {
  return j.is_number() ? fixed(j.get<double>(), digits) : std::string("-");
}

} // namespace

std::string metrics_table(const nlohmann::json &m, std::size_t top) {
  std::ostringstream out;
  if (m.contains("summary")) {
    const auto &s = m["summary"];
    out << "actors " << s.value("actors", 0) << ", dyads " << s.value("dyads", 0) << " ("
        << s.value("positive_dyads", 0) << " +, " << s.value("negative_dyads", 0) << " -, "
        << s.value("neutral_dyads", 0) << " neutral)\n";
  }
  if (m.contains("balance")) {
    const auto &b = m["balance"];
    const auto &t = b["triangles"];
    out << "\nBalance\n"
        << "  triangles +++ " << t["+++"] << ", ++- " << t["++-"] << ", +-- " << t["+--"]
        << ", --- " << t["---"] << "; triangle balance " << num(t["balance"], 6) << "\n"
        << "  walk balance " << num(b["walk"]["value"], 6)
        << (b["walk"]["exact"].get<bool>() ? "" : " (estimate)") << "\n";
    const auto &f = b["frustration"];
    out << "  frustration L " << f["L"] << (f["exact"].get<bool>() ? " (exact)" : " (upper bound)")
        << ", F = 1 - 2L/m " << num(f["F"], 6) << ", m " << f["edges"] << "\n"
        << "  method: " << f["method"].get<std::string>() << "\n";
    for (std::size_t c = 0; c < 2; ++c) {
      const auto &camp = f["camps"][c];
      out << "  camp " << (c == 0 ? "A" : "B") << " (" << camp.size() << "):";
      for (std::size_t i = 0; i < std::min<std::size_t>(camp.size(), 20); ++i)
        out << " " << camp[i].get<std::string>();
      out << (camp.size() > 20 ? " ..." : "") << "\n";
    }
  }
  if (m.contains("blocs")) {
    const auto &b = m["blocs"];
    auto groups = [&](const nlohmann::json &bl) {
      for (std::size_t i = 0; i < bl.size(); ++i) {
        out << "  bloc " << i + 1 << " (" << bl[i].size() << "):";
        for (std::size_t k = 0; k < std::min<std::size_t>(bl[i].size(), 20); ++k)
          out << " " << bl[i][k].get<std::string>();
        out << (bl[i].size() > 20 ? " ..." : "") << "\n";
        if (i + 1 == 12 && bl.size() > 12) {
          out << "  ... " << bl.size() - 12 << " more blocs\n";
          break;
        }
      }
    };
    out << "\nBlocs by signed modularity: Q " << num(b["modularity"]["Q"]) << ", k "
        << b["modularity"]["k"] << "\n";
    groups(b["modularity"]["blocs"]);
    out << "Blocs by Doreian-Mrvar (k " << b["doreian_mrvar"]["k"] << ", alpha "
        << b["doreian_mrvar"]["alpha"] << "): criterion " << num(b["doreian_mrvar"]["criterion"])
        << "\n";
    groups(b["doreian_mrvar"]["blocs"]);
    out << "Swing actors: " << b["swing"].size() << "\n";
    const std::size_t swings = std::min<std::size_t>(b["swing"].size(), top);
    // Columns as wide as the longest code shown (actor-level codes run to
    // 15 characters and more), so names never run into the next column.
    std::size_t width = 12;
    for (std::size_t i = 0; i < swings; ++i)
      width = std::max(width, b["swing"][i]["code"].get<std::string>().size() + 2);
    for (std::size_t i = 0; i < swings; ++i)
      out << "  " << pad(b["swing"][i]["code"].get<std::string>(), width)
          << b["swing"][i]["reason"].get<std::string>() << "\n";
  }
  if (m.contains("centrality")) {
    auto actors = m["centrality"]["actors"];
    std::vector<nlohmann::json> rows(actors.begin(), actors.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto &x, const auto &y) {
      return x["strength"].template get<double>() > y["strength"].template get<double>();
    });
    const std::size_t shown = std::min(rows.size(), top);
    std::size_t width = 12;
    for (std::size_t i = 0; i < shown; ++i)
      width = std::max(width, rows[i]["code"].get<std::string>().size() + 2);
    out << "\nTop actors by strength (betweenness "
        << (m["centrality"]["betweenness_exact"].get<bool>() ? "exact" : "estimated") << ")\n"
        << pad("actor", width) << pad("strength", 12) << pad("+deg", 6) << pad("-deg", 6)
        << pad("PR+", 9) << pad("PR-", 9) << pad("betw", 9) << "PN\n";
    for (std::size_t i = 0; i < shown; ++i) {
      const auto &a = rows[i];
      out << pad(a["code"].get<std::string>(), width) << pad(num(a["strength"], 2), 12)
          << pad(std::to_string(a["pos_degree"].get<long>()), 6)
          << pad(std::to_string(a["neg_degree"].get<long>()), 6) << pad(num(a["pagerank_pos"]), 9)
          << pad(num(a["pagerank_neg"]), 9) << pad(num(a["betweenness"]), 9) << num(a["pn"])
          << "\n";
    }
  }
  return out.str();
}

} // namespace entente
