#include "entente/compare/diff_text.hpp"

#include <cstdio>

namespace entente {
namespace {

std::string num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+.1f", round6(x));
  return buf;
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
  std::string out;
  void heading(const std::string &t) {
    out += style == TextStyle::markdown ? "\n## " + t + "\n\n" : "\n" + t + "\n";
  }
  void item(const std::string &t) {
    out += (style == TextStyle::markdown ? "- " : "  ") + t + "\n";
  }
  void changes(const std::string &title, const std::vector<DyadChange> &cs) {
    heading(title + " (" + std::to_string(cs.size()) + ")");
    if (cs.empty())
      item("none");
    for (const auto &c : cs)
      item(c.a + " – " + c.b + ": " + num(c.before) + " → " + num(c.after));
  }
};

} // namespace

std::string diff_text(const Snapshot &a, const Snapshot &b, const EdgeDiff &d, TextStyle style) {
  Writer w{style, {}};
  w.out += (style == TextStyle::markdown ? "# " : "") + std::string("entente diff: ") + span(a) +
           " → " + span(b) + "\n";
  w.heading("Actors");
  w.item("added (" + std::to_string(d.actors_added.size()) + "): " + list(d.actors_added));
  w.item("removed (" + std::to_string(d.actors_removed.size()) + "): " + list(d.actors_removed));
  w.changes("Sign flips", d.flipped);
  w.changes("Largest changes in net score", d.top_changes);
  w.changes("Dyads added", d.added);
  w.changes("Dyads removed", d.removed);
  return w.out;
}

} // namespace entente
