#include "entente/metrics/dyads.hpp"

#include "entente/core/error.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace entente {

std::vector<DyadRelation> dyad_relations(const SignedGraph &g) {
  std::vector<DyadRelation> out;
  out.reserve(g.dyad_count());
  for (const auto &d : g.dyads()) {
    const auto t = d.edge().total();
    DyadRelation r;
    r.a = d.a;
    r.b = d.b;
    r.events = t.events;
    r.quad = t.quad;
    r.net = t.net;
    const double volume = t.coop - t.conflict;
    r.coop_share = volume > 0 ? t.coop / volume : 0.5;
    r.sign = d.edge().sign();
    r.abs_net = std::abs(round6(t.net));
    r.reciprocity = dyad_reciprocity(d.edge());
    out.push_back(std::move(r));
  }
  return out;
}

double parse_half_life(const std::string &text) {
  double unit = 1;
  std::string number = text;
  if (!text.empty()) {
    switch (text.back()) {
    case 'h':
      unit = 1.0 / 24;
      break;
    case 'd':
      unit = 1;
      break;
    case 'w':
      unit = 7;
      break;
    case 'y':
      unit = 365;
      break;
    default:
      unit = 0;
    }
    if (unit != 0)
      number.pop_back();
    else
      unit = 1;
  }
  std::size_t used = 0;
  double v = 0;
  try {
    v = std::stod(number, &used);
  } catch (const std::exception &) {
    used = 0;
  }
  if (number.empty() || used != number.size() || !std::isfinite(v) || v <= 0)
    throw Error::usage("half-life '" + text + "': expected a positive number with h, d, w or y");
  return v * unit;
}

Relation decayed(Relation r, Date reference, double half_life_days) {
  const double age = std::max(0.0, static_cast<double>(reference - r.date));
  r.weight *= std::exp2(-age / half_life_days);
  return r;
}

} // namespace entente
