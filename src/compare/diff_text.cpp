#include "entente/compare/diff_text.hpp"

#include "entente/metrics/blocs.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace entente {
namespace {

std::string num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f", round6(x));
  return buf;
}

std::string fixed(double x, int digits = 3) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, round6(x));
  return buf;
}

std::string maybe(const std::optional<double> &x, int digits) {
  return x ? fixed(*x, digits) : std::string("n/a");
}

std::string span(const Snapshot &s) {
  const auto from = s.window.from ? s.window.from : s.first_event;
  const auto to = s.window.to ? s.window.to : s.last_event;
  return (from ? from->to_string() : "…") + " to " + (to ? to->to_string() : "…");
}

std::string list(const std::vector<std::string> &codes) {
  std::string out;
  for (const auto &c : codes)
    out += (out.empty() ? "" : ", ") + c;
  return out.empty() ? "none" : out;
}

struct Writer {
  TextStyle style;
  std::size_t top;
  std::string out;
  void heading(const std::string &t) {
    out += style == TextStyle::markdown ? "\n## " + t + "\n\n" : "\n" + t + "\n";
  }
  void item(const std::string &t) {
    out += (style == TextStyle::markdown ? "- " : "  ") + t + "\n";
  }
  void sub(const std::string &t) {
    out += (style == TextStyle::markdown ? "  - " : "    ") + t + "\n";
  }
  // The largest `limit` by |change| (ties A–Z), then how many more.
  void changes(const std::string &title, std::vector<DyadChange> cs, std::size_t limit) {
    heading(title + " (" + std::to_string(cs.size()) + ")");
    if (cs.empty())
      item("none");
    std::stable_sort(cs.begin(), cs.end(), [](const DyadChange &x, const DyadChange &y) {
      return std::abs(x.after - x.before) > std::abs(y.after - y.before);
    });
    for (std::size_t i = 0; i < cs.size() && i < limit; ++i)
      item(cs[i].a + " – " + cs[i].b + ": " + num(cs[i].before) + " → " + num(cs[i].after));
    if (cs.size() > limit)
      item("… and " + std::to_string(cs.size() - limit) +
           " more, smaller (all of them: --json; more here: --top)");
  }
  void shifts(const std::string &title, const std::vector<AlignmentShift> &v) {
    item(title + " (" + std::to_string(v.size()) + ")" + (v.empty() ? ": none" : ":"));
    for (const auto &s : v)
      sub(s.a + " – " + s.b + ": kappa " + fixed(s.kappa_before) + " → " + fixed(s.kappa_after) +
          ", S " + fixed(s.s_before) + " → " + fixed(s.s_after) + " (mean change " +
          fixed(s.change()) + ")");
  }
  void ranks(const std::string &title, const std::vector<RankChange> &v) {
    item(title + " (" + std::to_string(v.size()) + ")" + (v.empty() ? ": none" : ":"));
    for (const auto &r : v)
      sub(r.code + ": #" + std::to_string(r.rank_before) + " → #" + std::to_string(r.rank_after) +
          " (PageRank " + fixed(r.before, 4) + " → " + fixed(r.after, 4) + ")");
  }
};

void measures_part(Writer &w, const SnapshotDiff &d) {
  const auto &al = d.alignment;
  w.heading("Alignment shifts (" + std::to_string(al.pairs) +
            " pairs in both; mean change of kappa and S)");
  if (!al.omitted.empty())
    w.item(al.omitted);
  w.shifts("closer", al.closer);
  w.shifts("further apart", al.further);

  const auto &b = d.blocs;
  w.heading("Bloc migrations (" + std::to_string(b.moved.size()) + " of " +
            std::to_string(b.shared) + " shared actors changed camp)");
  w.item("blocs " + std::to_string(b.k_before) + " → " + std::to_string(b.k_after) +
         "; adjusted Rand index " + fixed(b.ari) + ", variation of information " + fixed(b.vi));
  for (const auto &m : b.moved)
    w.item(m.code + ": bloc " + std::to_string(bloc_number(m.bloc_before)) + " → bloc " +
           std::to_string(bloc_number(m.bloc_after)) + " (which continues bloc " +
           std::to_string(bloc_number(m.camp_after)) + ")");

  w.heading("Balance and frustration");
  for (const auto &m : d.balance) {
    const int digits = m.name == "frustration_L" ? 0 : 3;
    std::string line = m.name + ": " + maybe(m.before, digits) + " → " + maybe(m.after, digits);
    if (m.before && m.after)
      line += " (" + std::string(*m.after >= *m.before ? "+" : "") +
              fixed(*m.after - *m.before, digits) + ")";
    w.item(line);
  }

  w.heading("PageRank rank changes (among " + std::to_string(d.ranks.shared) + " shared actors)");
  w.ranks("risers", d.ranks.risers);
  w.ranks("fallers", d.ranks.fallers);
}

void edges_part(Writer &w, const Snapshot &a, const Snapshot &b, const EdgeDiff &d) {
  w.out += (w.style == TextStyle::markdown ? "# " : "") + std::string("entente diff: ") + span(a) +
           " → " + span(b) + "\n";
  w.heading("Actors");
  w.item("added (" + std::to_string(d.actors_added.size()) + "): " + list(d.actors_added));
  w.item("removed (" + std::to_string(d.actors_removed.size()) + "): " + list(d.actors_removed));
  w.changes("Sign flips", d.flipped, w.top);
  w.changes("Largest changes in net score", d.top_changes, d.top_changes.size());
  w.changes("Dyads added", d.added, w.top);
  w.changes("Dyads removed", d.removed, w.top);
}

} // namespace

std::string diff_text(const Snapshot &a, const Snapshot &b, const EdgeDiff &d, TextStyle style,
                      std::size_t top) {
  Writer w{style, top, {}};
  edges_part(w, a, b, d);
  return w.out;
}

std::string diff_text(const Snapshot &a, const Snapshot &b, const SnapshotDiff &d, TextStyle style,
                      std::size_t top) {
  Writer w{style, top, {}};
  edges_part(w, a, b, d.edges);
  if (d.measures)
    measures_part(w, d);
  return w.out;
}

} // namespace entente
