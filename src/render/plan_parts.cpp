#include "entente/render/plan_parts.hpp"

#include "entente/core/relation.hpp"
#include "entente/render/style.hpp"

#include <algorithm>
#include <cmath>

namespace entente::detail {

long index_of(const std::vector<std::string> &codes, const std::string &code) {
  const auto it = std::lower_bound(codes.begin(), codes.end(), code);
  return it != codes.end() && *it == code ? static_cast<long>(it - codes.begin()) : -1;
}

Strengths strengths(const Snapshot &s, double min_weight) {
  Strengths out;
  for (auto v : s.graph.sorted_actors())
    out.emplace_hint(out.end(), s.graph.node(v).code, 0.0);
  for (const auto &d : s.graph.dyads()) {
    const double w = std::abs(round6(d.edge().total().net));
    if (w < min_weight)
      continue;
    out[d.a] += w;
    out[d.b] += w;
  }
  return out;
}

namespace {
// Strongest first, ties by code.
std::vector<std::pair<double, std::string>> ranked(const Strengths &strength,
                                                   const Positions &only) {
  std::vector<std::pair<double, std::string>> r;
  for (const auto &[code, w] : strength)
    if (only.empty() || only.count(code))
      r.emplace_back(-w, code);
  std::sort(r.begin(), r.end());
  return r;
}
} // namespace

std::vector<std::string> choose_actors(const Strengths &strength, const PictureOptions &o,
                                       std::vector<std::string> &notes) {
  auto r = ranked(strength, o.positions);
  if (o.top_n > 0 && r.size() > o.top_n)
    r.resize(o.top_n);
  if (r.size() > o.max_actors) {
    notes.push_back("drawing the " + style::count(o.max_actors) + " strongest of " +
                    style::count(r.size()) + " actors (layout budget: " +
                    style::count(o.max_actors) + " actors; raise it with --max-actors)");
    r.resize(o.max_actors);
  }
  std::vector<std::string> codes;
  codes.reserve(r.size());
  for (auto &[w, code] : r)
    codes.push_back(std::move(code));
  std::sort(codes.begin(), codes.end());
  return codes;
}

std::vector<double> node_sizes(const std::vector<std::string> &codes, const std::vector<char> &used,
                               const PictureOptions &o, const Strengths &strength) {
  const auto &by = o.size.empty() ? strength : o.size;
  std::vector<double> value(codes.size(), 0);
  double max = 0;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const auto it = by.find(codes[i]);
    value[i] = it == by.end() ? 0 : std::max(0.0, it->second);
    if (used[i])
      max = std::max(max, value[i]);
  }
  for (auto &v : value)
    v = max > 0 ? std::sqrt(v / max) : 0;
  return value;
}

PlanNode actor_node(const Snapshot &s, const std::string &code, const PictureOptions &o,
                    double size, const Strengths &strength) {
  PlanNode n;
  n.name = code;
  const auto v = s.graph.find(code);
  const std::string name = v ? s.graph.node(*v).name : code;
  n.label = literal_label(name);
  if (auto b = o.bloc.find(code); b != o.bloc.end())
    n.bloc = b->second;
  n.size = size;
  std::string tip = name + (name == code ? "" : " (" + code + ")");
  if (n.bloc >= 0)
    tip += ", bloc " + std::to_string(n.bloc + 1);
  if (auto m = o.size.find(code); m != o.size.end())
    tip += ", " + o.size_measure + " " + style::fixed(m->second, 4);
  if (auto w = strength.find(code); w != strength.end())
    tip += ", strength " + style::fixed(w->second, 1);
  n.tooltip = literal_label(tip);
  if (auto p = o.positions.find(code); p != o.positions.end())
    n.pos = p->second;
  return n;
}

std::string bloc_name(std::vector<std::string> members, const Strengths &strength) {
  auto w = [&](const std::string &c) {
    const auto it = strength.find(c);
    return it == strength.end() ? 0.0 : it->second;
  };
  std::stable_sort(members.begin(), members.end(),
                   [&](const auto &x, const auto &y) { return w(x) > w(y); });
  std::string name;
  for (std::size_t i = 0; i < members.size() && i < 3; ++i)
    name += (i ? ", " : "") + members[i];
  if (members.size() > 3)
    name += " +" + std::to_string(members.size() - 3);
  return name;
}

void legend_blocs(DrawPlan &plan, const Snapshot &, const PictureOptions &o,
                  const Strengths &strength) {
  if (o.bloc.empty())
    return;
  std::map<int, std::vector<std::string>> members;
  for (const auto &[code, b] : o.bloc)
    if (b >= 0)
      members[b].push_back(code);
  std::size_t other_blocs = 0, other_actors = 0;
  for (const auto &[b, list] : members) {
    if (b < style::bloc_colours) {
      plan.blocs.push_back(
          {b, "bloc " + std::to_string(b + 1) + ": " + bloc_name(list, strength), list.size()});
    } else {
      ++other_blocs;
      other_actors += list.size();
    }
  }
  if (other_blocs > 0)
    plan.other_blocs = "grey: " + style::count(other_blocs) + " smaller blocs (" +
                       style::count(other_actors) + " actors)";
  plan.caption.push_back("colour: bloc" +
                         (o.bloc_method.empty() ? std::string() : " (" + o.bloc_method + ")") +
                         ", " + style::count(members.size()) + " blocs");
}

std::string size_caption(const PictureOptions &o) {
  return "node size: " + (o.size.empty() || o.size_measure.empty()
                              ? std::string("strength (Σ|net|)")
                              : o.size_measure);
}

void finish_layout_choice(DrawPlan &plan, const PictureOptions &o) {
  const bool pinned = !plan.nodes.empty() && std::all_of(plan.nodes.begin(), plan.nodes.end(),
                                                         [](const auto &n) { return n.pos; });
  // Pinned nodes are drawn where they are, whatever engine was asked for.
  plan.engine = pinned ? "nop" : !o.engine.empty() ? o.engine : default_engine(plan.nodes.size());
  plan.curved = plan.nodes.size() <= curved_node_limit && plan.edges.size() <= curved_edge_limit;
  plan.legend_scale =
      std::clamp(0.7 * std::sqrt(static_cast<double>(plan.nodes.size()) / 40.0), 1.0, 2.5);
}

} // namespace entente::detail
