#include "entente/render/snapshot_report.hpp"

#include "entente/compare/diff_text.hpp"
#include "entente/compare/edge_diff.hpp"
#include "entente/render/diff_picture.hpp"
#include "entente/render/style.hpp"
#include "entente/render/views.hpp"

namespace entente {
namespace {

std::string num(double x, int d = 1) { return style::fixed(x, d); }

std::string opt(const std::optional<double> &v, int d) { return v ? num(*v, d) : "-"; }

// The name the snapshot gives an actor (CoW's "AUS" is Austria, not the
// CAMEO Australia), falling back to the code.
std::string label(const Snapshot &s, const std::string &code) {
  const auto v = s.graph.find(code);
  return v ? s.graph.node(*v).name : code;
}

std::string summary_table(const std::vector<NamedSnapshot> &all) {
  std::vector<std::vector<std::string>> rows;
  for (const auto &[name, s] : all) {
    const auto &m = s.metrics;
    const auto from = s.window.from ? s.window.from : s.first_event;
    const auto to = s.window.to ? s.window.to : s.last_event;
    rows.push_back({name, (from ? from->to_string() : "…") + " to " + (to ? to->to_string() : "…"),
                    std::to_string(s.graph.actor_count()), std::to_string(s.graph.dyad_count()),
                    std::to_string(s.fold.used),
                    opt(number_at(m, {"balance", "triangles", "balance"}), 3),
                    opt(number_at(m, {"balance", "frustration", "L"}), 0),
                    opt(number_at(m, {"balance", "frustration", "F"}), 3),
                    opt(number_at(m, {"blocs", "modularity", "k"}), 0)});
  }
  return html_table({"snapshot", "window", "actors", "dyads", "events", "triangle balance",
                     "frustration L", "F = 1 − 2L/m", "blocs"},
                    rows);
}

std::string dyad_table(const Snapshot &s, bool cooperative) {
  std::vector<std::vector<std::string>> rows;
  for (const auto &d : strongest_dyads(s, 10, cooperative))
    rows.push_back({label(s, d.a) + " – " + label(s, d.b), num(d.net), std::to_string(d.events)});
  if (rows.empty())
    return html_paragraph(cooperative ? "No cooperative dyads." : "No conflictual dyads.");
  return html_table({"pair", "net Goldstein", "events"}, rows);
}

std::string blocs_html(const Snapshot &s) {
  const auto *blocs = s.metrics.contains("blocs") ? &s.metrics["blocs"] : nullptr;
  if (!blocs || !blocs->contains("modularity"))
    return html_paragraph("Blocs were not computed for this snapshot.");
  std::vector<std::vector<std::string>> rows;
  const auto &groups = (*blocs)["modularity"]["blocs"];
  for (std::size_t b = 0; b < groups.size(); ++b) {
    std::string members;
    for (const auto &c : groups[b])
      members += (members.empty() ? "" : ", ") + label(s, c.get<std::string>());
    rows.push_back({"bloc " + std::to_string(b + 1), std::to_string(groups[b].size()), members});
  }
  std::string html = html_paragraph("Blocs maximise signed modularity (Gómez, Jensen and Arenas "
                                    "2009); Q = " +
                                    opt(number_at(*blocs, {"modularity", "Q"}), 3) + ".") +
                     html_table({"bloc", "actors", "members"}, rows);
  std::vector<std::vector<std::string>> swing;
  if (blocs->contains("swing"))
    for (const auto &a : (*blocs)["swing"])
      swing.push_back({label(s, a.value("code", "")), a.value("reason", "")});
  html += swing.empty() ? html_paragraph("No swing actors.")
                        : "<h3>Swing actors</h3>" + html_table({"actor", "why"}, swing);
  return html;
}

std::string balance_html(const Snapshot &s) {
  const auto &m = s.metrics;
  if (!m.contains("balance"))
    return html_paragraph("Balance was not computed for this snapshot.");
  const auto &t = m["balance"]["triangles"];
  std::vector<std::vector<std::string>> rows = {
      {"triangles +++ / ++− / +−− / −−−", t.value("+++", nlohmann::json(0)).dump() + " / " +
                                              t.value("++-", nlohmann::json(0)).dump() + " / " +
                                              t.value("+--", nlohmann::json(0)).dump() + " / " +
                                              t.value("---", nlohmann::json(0)).dump()},
      {"triangle balance", opt(number_at(m, {"balance", "triangles", "balance"}), 4)},
      {"walk balance (Estrada–Benzi)", opt(number_at(m, {"balance", "walk", "value"}), 4)},
      {"frustration index L", opt(number_at(m, {"balance", "frustration", "L"}), 0)},
      {"F = 1 − 2L/m", opt(number_at(m, {"balance", "frustration", "F"}), 4)}};
  return html_table({"measure", "value"}, rows);
}

std::string diff_html(const NamedSnapshot &a, const NamedSnapshot &b) {
  const auto d = diff_edges(a.snapshot, b.snapshot, 10);
  auto display_name = [&](const std::string &code) {
    return b.snapshot.graph.find(code) ? label(b.snapshot, code) : label(a.snapshot, code);
  };
  std::vector<std::vector<std::string>> rows;
  for (const auto &c : d.top_changes)
    rows.push_back({display_name(c.a) + " – " + display_name(c.b), num(c.before), num(c.after),
                    num(c.after - c.before)});
  std::string html = html_paragraph(
      std::to_string(d.added.size()) + " dyads added, " + std::to_string(d.removed.size()) +
      " removed, " + std::to_string(d.flipped.size()) +
      " changed sign; actors added: " + std::to_string(d.actors_added.size()) +
      ", removed: " + std::to_string(d.actors_removed.size()) + ".");
  const auto layout = shared_layout(a.snapshot, b.snapshot, {});
  html += html_figure(render_diff_bytes(a.snapshot, b.snapshot, PictureFormat::svg, layout),
                      "Changes from " + a.name + " to " + b.name +
                          " (one layout for both; new, vanished, flipped, stronger and weaker "
                          "dyads styled apart)");
  html += "<h3>Largest changes in net score</h3>" +
          html_table({"pair", a.name, b.name, "change"}, rows);
  std::vector<std::vector<std::string>> flips;
  for (const auto &c : d.flipped)
    flips.push_back({display_name(c.a) + " – " + display_name(c.b), num(c.before), num(c.after)});
  if (!flips.empty())
    html += "<h3>Sign flips</h3>" + html_table({"pair", a.name, b.name}, flips);
  return html;
}

} // namespace

PictureOptions styled_picture(const Snapshot &s) {
  PictureOptions p;
  p.bloc = bloc_map(s.metrics);
  p.centrality = centrality_map(s.metrics, "pagerank");
  return p;
}

Report snapshots_report(const std::vector<NamedSnapshot> &all, const std::string &title,
                        const std::vector<std::pair<std::size_t, std::size_t>> &compare,
                        const std::vector<std::pair<std::string, std::string>> &extra_figures) {
  Report r{
      title, "Signed graphs of cooperation and conflict, their balance, blocs and changes.", {}};
  r.sections.push_back({"Summary", summary_table(all)});
  for (const auto &[name, s] : all) {
    PictureOptions picture = styled_picture(s);
    picture.top_n = 60; // a readable figure; the tables and files keep everything
    std::string html = html_figure(render_snapshot_bytes(s, PictureFormat::svg, picture),
                                   name + ": cooperation (green) and conflict (vermillion); node "
                                          "colour = bloc, size = PageRank");
    if (auto h = alignment_heatmap(s, "kappa_quadratic", 40))
      html += html_figure(heatmap_svg(*h), name + ": alignment (Cohen's κ, quadratic weights)");
    html += "<h3>Strongest alliances</h3>" + dyad_table(s, true);
    html += "<h3>Strongest rivalries</h3>" + dyad_table(s, false);
    html += "<h3>Blocs</h3>" + blocs_html(s);
    html += "<h3>Balance and frustration</h3>" + balance_html(s);
    r.sections.push_back({name, html});
  }
  for (const auto &[i, j] : compare)
    if (i < all.size() && j < all.size())
      r.sections.push_back(
          {"Changes: " + all[i].name + " → " + all[j].name, diff_html(all[i], all[j])});
  for (const auto &[caption, svg] : extra_figures)
    r.sections.push_back({caption, html_figure(svg, caption)});
  return r;
}

} // namespace entente
