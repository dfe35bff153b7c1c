#include "entente/core/relation.hpp"

#include "entente/core/actor.hpp"
#include "entente/core/cameo.hpp"
#include "entente/core/error.hpp"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace entente {

double round6(double x) {
  const double r = std::round(x * 1e6) / 1e6;
  return r == 0 ? 0.0 : r; // no "-0"
}

Relation make_relation(Date date, std::string source, std::string target, std::string code,
                       double weight) {
  Relation r;
  r.date = date;
  r.source = std::move(source);
  r.target = std::move(target);
  r.root = cameo_root(code);
  r.quad = quad_of_root(r.root);
  const auto g = cameo_table().goldstein(code);
  if (!g)
    throw Error("unknown CAMEO code '" + code + "'");
  r.goldstein = *g;
  r.code = std::move(code);
  r.weight = weight;
  return r;
}

std::string relation_problem(const Relation &r) {
  if (auto p = actor_problem(r.source); !p.empty())
    return "source: " + p;
  if (auto p = actor_problem(r.target); !p.empty())
    return "target: " + p;
  if (!r.code.empty()) {
    if (cameo_root(r.code) == 0)
      return "event code '" + r.code + "' is not a CAMEO code";
    if (r.root != cameo_root(r.code))
      return "root " + std::to_string(r.root) + " does not match code '" + r.code + "'";
    if (r.quad != quad_of_root(r.root))
      return "quad class " + std::to_string(r.quad) + " does not match root " +
             std::to_string(r.root);
  } else if (r.root != 0 || r.quad != 0) {
    return "root and quad class need an event code";
  }
  if (!std::isfinite(r.goldstein) || r.goldstein < -10 || r.goldstein > 10)
    return "goldstein must be a number in -10..10";
  if (!std::isfinite(r.weight) || r.weight < 0 || r.weight > 1e12)
    return "weight must be a finite number in 0..1e12";
  return {};
}

void to_json(nlohmann::json &j, const Relation &r) {
  j = nlohmann::json::object();
  j["date"] = r.date.to_string();
  j["source"] = r.source;
  j["target"] = r.target;
  j["code"] = r.code;
  j["root"] = r.root;
  j["quad"] = r.quad;
  j["goldstein"] = round6(r.goldstein);
  j["weight"] = round6(r.weight);
  if (!r.provenance.doc.empty())
    j["doc"] = r.provenance.doc;
  if (r.provenance.sentence >= 0)
    j["sentence"] = r.provenance.sentence;
  if (!r.provenance.evidence.empty())
    j["evidence"] = r.provenance.evidence;
}

namespace {
const nlohmann::json &required(const nlohmann::json &j, const char *key) {
  auto it = j.find(key);
  if (it == j.end())
    throw Error(std::string("missing field \"") + key + "\"");
  return *it;
}

// An int field: a JSON integer (or an integral float) within int's range.
// nlohmann's get<int>() would convert 2e42 with undefined behaviour.
int int_field(const nlohmann::json &j, const char *key, int fallback) {
  auto it = j.find(key);
  if (it == j.end())
    return fallback;
  if (it->is_number()) {
    const double x = it->get<double>();
    if (std::isfinite(x) && x == std::floor(x) && x >= std::numeric_limits<int>::min() &&
        x <= std::numeric_limits<int>::max())
      return static_cast<int>(x);
  }
  std::string text = it->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (text.size() > 40)
    text = text.substr(0, 40) + "...";
  throw Error(std::string("field \"") + key + "\" must be a whole number, got " + text);
}
} // namespace

void from_json(const nlohmann::json &j, Relation &r) {
  if (!j.is_object())
    throw Error("a relation must be a JSON object");
  r = Relation{};
  r.date = Date::parse(required(j, "date").get<std::string>());
  r.source = required(j, "source").get<std::string>();
  r.target = required(j, "target").get<std::string>();
  r.code = j.value("code", std::string());
  r.root = j.contains("root") ? int_field(j, "root", 0) : cameo_root(r.code);
  r.quad = j.contains("quad") ? int_field(j, "quad", 0) : quad_of_root(r.root);
  if (j.contains("goldstein")) {
    r.goldstein = j.at("goldstein").get<double>();
  } else if (auto g = cameo_table().goldstein(r.code)) {
    r.goldstein = *g;
  } else {
    throw Error(r.code.empty() ? "needs \"code\" or \"goldstein\""
                               : "unknown CAMEO code '" + r.code + "' and no \"goldstein\"");
  }
  r.weight = j.value("weight", 1.0);
  r.provenance.doc = j.value("doc", std::string());
  r.provenance.sentence = int_field(j, "sentence", -1);
  r.provenance.evidence = j.value("evidence", std::string());
  if (auto p = relation_problem(r); !p.empty())
    throw Error(p);
}

} // namespace entente
