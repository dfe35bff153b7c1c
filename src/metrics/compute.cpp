#include "entente/metrics/compute.hpp"

#include "entente/metrics/alignment.hpp"
#include "entente/metrics/directed.hpp"
#include "entente/metrics/dyads.hpp"
#include "entente/metrics/summary.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace entente {

BalanceMeasures balance_metrics(const detail::SignedNet &net, const MetricsOptions &o) {
  return {triangle_census(net), walk_balance(net, o.walk),
          frustration_summary(frustration(net, o.frustration), net)};
}

Metrics compute_metrics(const Snapshot &s, const MetricsOptions &o) {
  std::map<std::string, double> seconds;
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
  Metrics m;
  m.summary = summarize(s.graph);
  lap("summary");
  m.conventions = Conventions{};
  if (s.graph.dyad_count() <= o.dyads_limit)
    m.dyads = dyad_relations(s.graph);
  else
    m.dyads_omitted = "more than " + std::to_string(o.dyads_limit) + " dyads";
  lap("dyads");
  auto &b = m.balance.emplace();
  next("triangle census");
  b.triangles = triangle_census(net);
  lap("triangles");
  next("walk balance");
  b.walk = walk_balance(net, o.walk);
  lap("walk_balance");
  next("frustration index");
  b.frustration = frustration_summary(frustration(net, o.frustration), net);
  lap("frustration");
  next("blocs");
  m.blocs = bloc_measures(blocs(net, o.blocs), net);
  lap("blocs");
  next(exact_betweenness(net.size(), net.edges.size(), o.centrality)
           ? "centrality (exact betweenness)"
           : "centrality (betweenness estimated from " +
                 std::to_string(o.centrality.betweenness_samples) + " sampled sources)");
  m.centrality = centrality(net, o.centrality);
  lap("centrality");
  m.directed = directed(s.graph);
  lap("directed");
  if (s.graph.actor_count() <= o.alignment_limit) {
    m.alignment = align_all(s.graph);
  } else {
    m.alignment_omitted =
        "more than " + std::to_string(o.alignment_limit) + " actors; use `entente align A B`";
    // One pair, so that the cost of a single comparison is on record.
    const auto actors = s.graph.sorted_actors();
    if (o.timings && actors.size() >= 2)
      (void)align(s.graph, s.graph.node(actors[0]).code, s.graph.node(actors[1]).code);
  }
  lap("alignment");
  if (o.timings)
    m.seconds = std::move(seconds);
  round_as_stored(m); // what a saved snapshot reads back: the same values
  return m;
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

// As stored: rounded to 6 decimals first, so a table printed from fresh
// measures and one from a loaded snapshot are the same text.
std::string num(double x, int digits = 4) { return fixed(round6(x), digits); }

std::string names(const std::vector<std::string> &codes, std::size_t limit = 20) {
  std::string out;
  for (std::size_t i = 0; i < std::min(codes.size(), limit); ++i)
    out += " " + codes[i];
  return out + (codes.size() > limit ? " ..." : "");
}

void balance_table(std::ostream &out, const BalanceMeasures &b) {
  const auto &t = b.triangles;
  out << "\nBalance\n"
      << "  triangles +++ " << t.ppp << ", ++- " << t.ppn << ", +-- " << t.pnn << ", --- " << t.nnn
      << "; triangle balance " << (t.total() ? num(t.balance(), 6) : "-") << "\n"
      << "  walk balance " << num(b.walk.value, 6) << (b.walk.exact ? "" : " (estimate)") << "\n";
  const auto &f = b.frustration;
  out << "  frustration L " << f.L << (f.exact ? " (exact)" : " (upper bound)") << ", F = 1 - 2L/m "
      << num(f.F, 6) << ", m " << f.edges << "\n"
      << "  method: " << f.method << "\n";
  for (std::size_t c = 0; c < 2; ++c)
    out << "  camp " << (c == 0 ? "A" : "B") << " (" << f.camps[c].size()
        << "):" << names(f.camps[c]) << "\n";
}

void blocs_table(std::ostream &out, const BlocMeasures &b, std::size_t top) {
  auto groups = [&](const std::vector<std::vector<std::string>> &bl) {
    for (std::size_t i = 0; i < bl.size(); ++i) {
      out << "  bloc " << i + 1 << " (" << bl[i].size() << "):" << names(bl[i]) << "\n";
      if (i + 1 == 12 && bl.size() > 12) {
        out << "  ... " << bl.size() - 12 << " more blocs\n";
        break;
      }
    }
  };
  const auto &dm = b.doreian_mrvar;
  out << "\nBlocs by signed modularity: Q " << num(b.modularity.Q) << ", k " << b.modularity.k
      << "\n";
  groups(b.modularity.blocs);
  out << "Blocs by Doreian-Mrvar (k " << dm.k << ", alpha " << nlohmann::json(dm.alpha).dump()
      << "): criterion " << num(dm.criterion) << "\n";
  groups(dm.blocs);
  out << "Swing actors: " << b.swing.size() << "\n";
  const std::size_t swings = std::min<std::size_t>(b.swing.size(), top);
  // Columns as wide as the longest code shown (actor-level codes run to
  // 15 characters and more), so names never run into the next column.
  std::size_t width = 12;
  for (std::size_t i = 0; i < swings; ++i)
    width = std::max(width, b.swing[i].code.size() + 2);
  for (std::size_t i = 0; i < swings; ++i)
    out << "  " << pad(b.swing[i].code, width) << b.swing[i].reason << "\n";
}

void centrality_table(std::ostream &out, const Centrality &c, std::size_t top) {
  std::vector<const ActorCentrality *> rows;
  for (const auto &a : c.actors)
    rows.push_back(&a);
  // By strength as stored (6 decimals), so near-ties order as in a saved snapshot.
  std::stable_sort(rows.begin(), rows.end(), [](const auto *x, const auto *y) {
    return round6(x->strength) > round6(y->strength);
  });
  const std::size_t shown = std::min(rows.size(), top);
  std::size_t width = 12;
  for (std::size_t i = 0; i < shown; ++i)
    width = std::max(width, rows[i]->code.size() + 2);
  out << "\nTop actors by strength (betweenness " << (c.betweenness_exact ? "exact" : "estimated")
      << ")\n"
      << pad("actor", width) << pad("strength", 12) << pad("+deg", 6) << pad("-deg", 6)
      << pad("PR+", 9) << pad("PR-", 9) << pad("betw", 9) << "PN\n";
  for (std::size_t i = 0; i < shown; ++i) {
    const auto &a = *rows[i];
    out << pad(a.code, width) << pad(num(a.strength, 2), 12) << pad(std::to_string(a.pos_degree), 6)
        << pad(std::to_string(a.neg_degree), 6) << pad(num(a.pagerank_pos), 9)
        << pad(num(a.pagerank_neg), 9) << pad(num(a.betweenness), 9) << num(a.pn) << "\n";
  }
}

} // namespace

std::string metrics_table(const Metrics &m, std::size_t top) {
  std::ostringstream out;
  if (const auto &s = m.summary)
    out << "actors " << s->actors << ", dyads " << s->dyads << " (" << s->positive_dyads << " +, "
        << s->negative_dyads << " -, " << s->neutral_dyads << " neutral)\n";
  if (m.balance)
    balance_table(out, *m.balance);
  if (m.blocs)
    blocs_table(out, *m.blocs, top);
  if (m.centrality)
    centrality_table(out, *m.centrality, top);
  return out.str();
}

} // namespace entente
