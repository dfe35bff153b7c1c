#include "entente/render/snapshot_report.hpp"

#include "entente/compare/edge_diff.hpp"
#include "entente/render/diff_picture.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/style.hpp"
#include "entente/render/views.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

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

std::string joined(const std::vector<std::string> &lines) {
  std::string out;
  for (const auto &l : lines)
    out += (out.empty() ? "" : "; ") + l;
  return out;
}

std::string summary_table(const std::vector<NamedSnapshot> &all) {
  std::vector<std::vector<std::string>> rows;
  for (const auto &n : all) {
    const auto &s = n.snapshot;
    const auto h = headline_figures(s.metrics);
    rows.push_back({n.name, detail::window_text(s), std::to_string(s.graph.actor_count()),
                    std::to_string(s.graph.dyad_count()), std::to_string(s.fold.used),
                    opt(h.triangle_balance, 3), opt(h.frustration_L, 0), opt(h.frustration_F, 3),
                    opt(h.blocs, 0)});
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

std::string members_text(const Snapshot &s, const std::vector<std::string> &group,
                         std::size_t limit) {
  std::string members;
  for (std::size_t i = 0; i < group.size() && i < limit; ++i)
    members += (members.empty() ? "" : ", ") + label(s, group[i]);
  if (group.size() > limit)
    members += " and " + style::count(group.size() - limit) + " more";
  return members;
}

std::string blocs_html(const Snapshot &s, const ReportLimits &limits) {
  if (!s.metrics.blocs)
    return html_paragraph("Blocs were not computed for this snapshot.");
  const auto &blocs = *s.metrics.blocs;
  std::vector<std::vector<std::string>> rows;
  const auto &groups = blocs.modularity.blocs;
  for (std::size_t b = 0; b < groups.size(); ++b)
    rows.push_back({"bloc " + std::to_string(b + 1), std::to_string(groups[b].size()),
                    members_text(s, groups[b], limits.bloc_members)});
  std::string html =
      html_paragraph("Blocs maximise signed modularity (Gómez, Jensen and Arenas "
                     "2009); Q = " +
                     num(blocs.modularity.Q, 3) + ". Blocs are numbered by size, from 1.") +
      html_table({"bloc", "actors", "members"}, rows);
  std::vector<std::vector<std::string>> swing;
  const auto *list = &blocs.swing;
  for (std::size_t i = 0; i < list->size() && i < limits.table_rows; ++i)
    swing.push_back({label(s, (*list)[i].code), (*list)[i].reason});
  if (swing.empty())
    return html + html_paragraph("No swing actors.");
  html += "<h3>Swing actors</h3>" + html_table({"actor", "why"}, swing);
  if (list->size() > swing.size())
    html += html_paragraph("… and " + style::count(list->size() - swing.size()) +
                           " more swing actors (entente metrics lists them all).");
  return html;
}

std::string balance_html(const Snapshot &s) {
  if (!s.metrics.balance)
    return html_paragraph("Balance was not computed for this snapshot.");
  const auto &t = s.metrics.balance->triangles;
  const auto h = headline_figures(s.metrics);
  std::vector<std::vector<std::string>> rows = {
      {"triangles +++ / ++− / +−− / −−−", std::to_string(t.ppp) + " / " + std::to_string(t.ppn) +
                                              " / " + std::to_string(t.pnn) + " / " +
                                              std::to_string(t.nnn)},
      {"triangle balance", opt(h.triangle_balance, 4)},
      {"walk balance (Estrada–Benzi)", opt(h.walk_balance, 4)},
      {"frustration index L", opt(h.frustration_L, 0)},
      {"F = 1 − 2L/m", opt(h.frustration_F, 4)}};
  return html_table({"measure", "value"}, rows);
}

// The flips with the largest |change| first, at most `limit`.
std::string flips_html(const EdgeDiff &d,
                       const std::function<std::string(const std::string &)> &name,
                       const std::string &a, const std::string &b, std::size_t limit) {
  if (d.flipped.empty())
    return "";
  auto flips = d.flipped;
  std::stable_sort(flips.begin(), flips.end(), [](const auto &x, const auto &y) {
    return std::abs(x.after - x.before) > std::abs(y.after - y.before);
  });
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < flips.size() && i < limit; ++i)
    rows.push_back(
        {name(flips[i].a) + " – " + name(flips[i].b), num(flips[i].before), num(flips[i].after)});
  std::string html = "<h3>Sign flips" +
                     (flips.size() > limit ? " (the " + style::count(limit) + " largest of " +
                                                 style::count(flips.size()) + ")"
                                           : std::string()) +
                     "</h3>" + html_table({"pair", a, b}, rows);
  return html;
}

std::string diff_html(const NamedSnapshot &a, const NamedSnapshot &b, const ReportLimits &limits) {
  const auto d = diff_edges(a.snapshot, b.snapshot, 10);
  auto display_name = [&](const std::string &code) {
    return b.snapshot.graph.find(code) ? label(b.snapshot, code) : label(a.snapshot, code);
  };
  std::vector<std::vector<std::string>> rows;
  for (const auto &c : d.top_changes)
    rows.push_back({display_name(c.a) + " – " + display_name(c.b), num(c.before), num(c.after),
                    num(c.after - c.before)});
  std::string html = html_paragraph(
      style::count(d.added.size()) + " dyads added, " + style::count(d.removed.size()) +
      " removed, " + style::count(d.flipped.size()) +
      " changed sign; actors added: " + style::count(d.actors_added.size()) +
      ", removed: " + style::count(d.actors_removed.size()) + ".");
  PictureOptions o = limits.picture;
  o.positions = shared_layout(a.snapshot, b.snapshot, o);
  const DrawPlan plan = plan_diff(a.snapshot, b.snapshot, o);
  html += html_figure(render_plan(plan, {PictureFormat::svg}).front(),
                      "Changes from " + a.name + " to " + b.name + ": " + joined(plan.caption));
  html += "<h3>Largest changes in net score</h3>" +
          html_table({"pair", a.name, b.name, "change"}, rows);
  return html + flips_html(d, display_name, a.name, b.name, limits.table_rows);
}

// The snapshot's own measures (blocs, sizes) with the report's backbone,
// budget and engine.
PictureOptions report_picture(const Snapshot &s, const PictureOptions &base) {
  PictureOptions p = styled_picture(s);
  p.backbone = base.backbone, p.max_actors = base.max_actors, p.max_dyads = base.max_dyads;
  p.engine = base.engine;
  return p;
}

ReportPicture draw(const Snapshot &s, const PictureOptions &base) {
  const DrawPlan plan = plan_snapshot(s, report_picture(s, base));
  return {render_plan(plan, {PictureFormat::svg}).front(), plan.caption};
}

std::string snapshot_html(const NamedSnapshot &n, const ReportLimits &limits) {
  const auto &s = n.snapshot;
  const ReportPicture picture = n.picture ? *n.picture : draw(s, limits.picture);
  std::string html =
      html_figure(picture.svg, n.name + ": cooperation (green) and conflict (vermillion); " +
                                   joined(picture.caption));
  if (auto h = alignment_heatmap(s, "kappa_quadratic", limits.heatmap_actors))
    html +=
        html_figure(heatmap_svg(*h), n.name + ": " + h->title + " (Cohen's κ, quadratic weights)");
  html += "<h3>Strongest alliances</h3>" + dyad_table(s, true);
  html += "<h3>Strongest rivalries</h3>" + dyad_table(s, false);
  html += "<h3>Blocs</h3>" + blocs_html(s, limits);
  html += "<h3>Balance and frustration</h3>" + balance_html(s);
  return html;
}

} // namespace

Report snapshots_report(const std::vector<NamedSnapshot> &all, const std::string &title,
                        const std::vector<std::pair<std::size_t, std::size_t>> &compare,
                        const std::vector<ReportFigure> &extra_figures,
                        const ReportLimits &limits) {
  Report r{
      title, "Signed graphs of cooperation and conflict, their balance, blocs and changes.", {}};
  r.sections.push_back({"Summary", summary_table(all)});
  for (const auto &n : all)
    r.sections.push_back({n.name, snapshot_html(n, limits)});
  for (const auto &[i, j] : compare)
    if (i < all.size() && j < all.size())
      r.sections.push_back(
          {"Changes: " + all[i].name + " → " + all[j].name, diff_html(all[i], all[j], limits)});
  for (const auto &f : extra_figures)
    r.sections.push_back({f.caption, html_figure(f.svg, f.caption)});
  return r;
}

} // namespace entente
