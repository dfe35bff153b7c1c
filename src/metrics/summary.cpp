#include "entente/metrics/summary.hpp"

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

namespace entente {

GraphSummary summarize(const SignedGraph &g) {
  GraphSummary s;
  s.actors = g.actor_count();
  s.dyads = g.dyad_count();
  std::map<std::string, ActorSummary> by_code;
  for (auto v : g.sorted_actors())
    by_code[g.node(v).code].code = g.node(v).code;
  for (const auto &d : g.dyads()) {
    const auto t = d.edge().total();
    const int sign = d.edge().sign();
    s.events += t.events;
    (sign > 0 ? s.positive_dyads : sign < 0 ? s.negative_dyads : s.neutral_dyads)++;
    for (const auto *code : {&d.a, &d.b}) {
      auto &a = by_code[*code];
      a.strength += std::abs(t.net);
      a.net += t.net;
      a.events += t.events;
      if (sign > 0)
        ++a.positive;
      if (sign < 0)
        ++a.negative;
    }
  }
  for (auto &[code, a] : by_code)
    s.per_actor.push_back(a);
  return s;
}

void to_json(nlohmann::json &j, const ActorSummary &a) {
  j = nlohmann::json{{"code", a.code},         {"strength", round6(a.strength)},
                     {"net", round6(a.net)},   {"positive", a.positive},
                     {"negative", a.negative}, {"events", a.events}};
}

void to_json(nlohmann::json &j, const GraphSummary &s) {
  j = nlohmann::json{{"actors", s.actors},
                     {"dyads", s.dyads},
                     {"positive_dyads", s.positive_dyads},
                     {"negative_dyads", s.negative_dyads},
                     {"neutral_dyads", s.neutral_dyads},
                     {"events", s.events},
                     {"per_actor", s.per_actor}};
}

} // namespace entente
