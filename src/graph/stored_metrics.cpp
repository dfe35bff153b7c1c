// The measures' JSON both ways. Writing rounds to 6 decimals as the measures
// always have (round6 is idempotent, so a loaded snapshot saves back to the
// same bytes); reading checks each field and names the first wrong one.
#include "entente/graph/stored_metrics.hpp"

#include "entente/core/error.hpp"
#include "entente/core/relation.hpp"
#include "entente/io/json_writer.hpp"

#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <set>

namespace entente {

using nlohmann::json;

std::optional<double> TriangleCensus::stored_balance() const {
  return total() ? std::optional<double>(round6(balance())) : std::nullopt;
}

bool Metrics::empty() const {
  return !alignment && !alignment_omitted && !balance && !blocs && !centrality && !conventions &&
         !directed && !dyads && !dyads_omitted && !seconds && !summary;
}

void to_json(json &j, const ActorSummary &a) {
  j = json{{"code", a.code},
           {"strength", round6(a.strength)},
           {"net", round6(a.net)},
           {"pos_degree", a.pos_degree},
           {"neg_degree", a.neg_degree},
           {"events", a.events}};
}

void to_json(json &j, const GraphSummary &s) {
  j = json{{"actors", s.actors},
           {"dyads", s.dyads},
           {"positive_dyads", s.positive_dyads},
           {"negative_dyads", s.negative_dyads},
           {"neutral_dyads", s.neutral_dyads},
           {"events", s.events},
           {"per_actor", s.per_actor}};
}

void to_json(json &j, const DyadRelation &d) {
  j = json{{"a", d.a},
           {"b", d.b},
           {"events", d.events},
           {"quad", d.quad},
           {"net", round6(d.net)},
           {"coop_share", round6(d.coop_share)},
           {"reciprocity", round6(d.reciprocity)},
           {"sign", d.sign},
           {"abs_net", round6(d.abs_net)}};
}

void to_json(json &j, const TriangleCensus &t) {
  j = json{{"+++", t.ppp},       {"++-", t.ppn},
           {"+--", t.pnn},       {"---", t.nnn},
           {"total", t.total()}, {"balance", t.total() ? json(round6(t.balance())) : json()}};
}

void to_json(json &j, const WalkBalance &w) {
  j = json{{"value", round6(w.value)}, {"exact", w.exact}, {"method", w.method}};
}

void to_json(json &j, const FrustrationSummary &f) {
  j = json{
      {"L", f.L},         {"lower_bound", f.lower_bound}, {"edges", f.edges},   {"F", round6(f.F)},
      {"exact", f.exact}, {"method", f.method},           {"blocks", f.blocks}, {"camps", f.camps}};
  if (f.frustrated) {
    auto &list = j["frustrated"] = json::array();
    for (const auto &[a, b] : *f.frustrated)
      list.push_back({a, b});
  }
}

void to_json(json &j, const BalanceMeasures &b) {
  j = json{{"triangles", b.triangles}, {"walk", b.walk}, {"frustration", b.frustration}};
}

void to_json(json &j, const SwingActor &s) { j = json{{"code", s.code}, {"reason", s.reason}}; }

void to_json(json &j, const BlocMeasures &b) {
  const auto &m = b.modularity;
  const auto &d = b.doreian_mrvar;
  j = json{
      {"modularity", {{"Q", round6(m.Q)}, {"k", m.k}, {"method", m.method}, {"blocs", m.blocs}}},
      {"doreian_mrvar",
       {{"k", d.k},
        {"alpha", d.alpha},
        {"criterion", round6(d.criterion)},
        {"method", d.method},
        {"blocs", d.blocs}}},
      {"swing", b.swing}};
}

void to_json(json &j, const ActorCentrality &a) {
  j = json{{"code", a.code},
           {"strength", round6(a.strength)},
           {"pos_strength", round6(a.pos_strength)},
           {"neg_strength", round6(a.neg_strength)},
           {"pos_degree", a.pos_degree},
           {"neg_degree", a.neg_degree},
           {"net_degree", a.net_degree},
           {"pagerank_pos", round6(a.pagerank_pos)},
           {"pagerank_neg", round6(a.pagerank_neg)},
           {"betweenness", round6(a.betweenness)},
           {"pn", round6(a.pn)}};
}

void to_json(json &j, const Centrality &c) {
  j = json{{"betweenness_exact", c.betweenness_exact},
           {"betweenness_method", c.betweenness_method},
           {"pn_method", c.pn_method},
           {"actors", c.actors}};
}

void to_json(json &j, const ActorDirected &a) {
  j = json{{"code", a.code},
           {"out_strength", round6(a.out_strength)},
           {"in_strength", round6(a.in_strength)},
           {"out_net", round6(a.out_net)},
           {"in_net", round6(a.in_net)},
           {"out_events", a.out_events},
           {"in_events", a.in_events},
           {"pagerank_in", round6(a.pagerank_in)}};
}

void to_json(json &j, const Directed &d) {
  j = json{
      {"actors", d.actors},   {"reciprocity", round6(d.reciprocity)},       {"two_way", d.two_way},
      {"one_way", d.one_way}, {"sign_agreement", round6(d.sign_agreement)}, {"method", d.method}};
}

void to_json(json &j, const AlignmentMatrix &m) {
  j = json{{"actors", m.actors},
           {"levels", m.levels},
           {"s_abs", m.s_abs},
           {"kappa_quadratic", m.kappa},
           {"scott_pi", m.pi}};
}

void to_json(json &j, const Conventions &c) {
  j = json{{"sign", c.sign},
           {"weight", c.weight},
           {"unweighted", c.unweighted},
           {"stance_levels", c.stance_levels},
           {"docs", c.docs}};
}

namespace {

json omitted(const std::string &why) { return json{{"omitted", why}}; }

// Every group but the two large tables, which callers add or stream.
json small_groups(const Metrics &m) {
  json j = json::object();
  if (!m.alignment && m.alignment_omitted)
    j["alignment"] = omitted(*m.alignment_omitted);
  if (m.balance)
    j["balance"] = *m.balance;
  if (m.blocs)
    j["blocs"] = *m.blocs;
  if (m.centrality)
    j["centrality"] = *m.centrality;
  if (m.conventions)
    j["conventions"] = *m.conventions;
  if (m.directed)
    j["directed"] = *m.directed;
  if (!m.dyads && m.dyads_omitted)
    j["dyads"] = omitted(*m.dyads_omitted);
  if (m.seconds)
    j["seconds"] = *m.seconds;
  if (m.summary)
    j["summary"] = *m.summary;
  return j;
}

} // namespace

void to_json(json &j, const Metrics &m) {
  j = small_groups(m);
  if (m.alignment)
    j["alignment"] = *m.alignment;
  if (m.dyads)
    j["dyads"] = *m.dyads;
}

void round_as_stored(Metrics &m) {
  const auto r = [](double &x) { x = round6(x); };
  if (auto &s = m.summary)
    for (auto &a : s->per_actor)
      r(a.strength), r(a.net);
  if (auto &d = m.dyads)
    for (auto &x : *d)
      r(x.net), r(x.coop_share), r(x.reciprocity), r(x.abs_net);
  if (auto &b = m.balance)
    r(b->walk.value), r(b->frustration.F);
  if (auto &b = m.blocs)
    r(b->modularity.Q), r(b->doreian_mrvar.criterion);
  if (auto &c = m.centrality)
    for (auto &a : c->actors)
      r(a.strength), r(a.pos_strength), r(a.neg_strength), r(a.pagerank_pos), r(a.pagerank_neg),
          r(a.betweenness), r(a.pn);
  if (auto &d = m.directed) {
    for (auto &a : d->actors)
      r(a.out_strength), r(a.in_strength), r(a.out_net), r(a.in_net), r(a.pagerank_in);
    r(d->reciprocity), r(d->sign_agreement);
  }
}

// --- reading ---------------------------------------------------------------

namespace {

std::string shown(const json &j) {
  std::string text = j.dump(-1, ' ', false, json::error_handler_t::replace);
  return text.size() > 40 ? text.substr(0, 40) + "..." : text;
}

// A value and the path that names it in messages ("metrics.blocs.swing[2]").
// Paths are built only as the reader descends, once per object, not per
// number, and named in full only when something is wrong.
struct Field {
  const json &j;
  std::string path;

  [[noreturn]] void bad(const std::string &why) const { throw Error(path + ": " + why); }

  // An object with exactly these keys (`optional` ones may be absent).
  const Field &object(std::initializer_list<const char *> keys,
                      std::initializer_list<const char *> optional = {}) const {
    if (!j.is_object())
      bad("must be an object, got " + shown(j));
    for (const char *k : keys)
      if (!j.contains(k))
        at_missing(k);
    for (const auto &item : j.items()) {
      const auto known = [&](const char *k) { return item.key() == k; };
      if (std::none_of(keys.begin(), keys.end(), known) &&
          std::none_of(optional.begin(), optional.end(), known)) {
        std::string list;
        for (const char *k : keys)
          list += (list.empty() ? "" : ", ") + std::string(k);
        for (const char *k : optional)
          list += (list.empty() ? "" : ", ") + std::string(k);
        Field{item.value(), path + "." + item.key()}.bad("unknown key (expected " + list + ")");
      }
    }
    return *this;
  }
  [[noreturn]] void at_missing(const char *key) const { Field{j, path + "." + key}.bad("missing"); }
  Field operator[](const char *key) const { return {j.at(key), path + "." + key}; }
  Field operator[](std::size_t i) const { return {j[i], path + "[" + std::to_string(i) + "]"}; }
  bool has(const char *key) const { return j.contains(key); }

  const json &array() const {
    if (!j.is_array())
      bad("must be an array, got " + shown(j));
    return j;
  }
  std::string text() const {
    if (!j.is_string())
      bad("must be a string, got " + shown(j));
    return j.get<std::string>();
  }
  bool boolean() const {
    if (!j.is_boolean())
      bad("must be true or false, got " + shown(j));
    return j.get<bool>();
  }
  double number() const {
    if (!j.is_number())
      bad("must be a number, got " + shown(j));
    return j.get<double>();
  }
  std::int64_t integer() const {
    if (!j.is_number_integer() ||
        (j.is_number_unsigned() && j.get<std::uint64_t>() > std::uint64_t(INT64_MAX)))
      bad("must be a whole number, got " + shown(j));
    return j.get<std::int64_t>();
  }
  std::uint64_t count() const {
    if (!j.is_number_unsigned() && !(j.is_number_integer() && j.get<std::int64_t>() >= 0))
      bad("must be a count (a whole number >= 0), got " + shown(j));
    return j.get<std::uint64_t>();
  }
  std::size_t size() const { return static_cast<std::size_t>(count()); }
  // A JSON array read element by element.
  template <typename F> auto list(F read) const {
    using T = decltype(read(std::declval<Field>()));
    const json &a = array();
    std::vector<T> out;
    out.reserve(a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
      out.push_back(read((*this)[i]));
    return out;
  }
};

std::vector<std::string> texts(const Field &f) {
  return f.list([](const Field &e) { return e.text(); });
}
std::vector<double> numbers(const Field &f) {
  return f.list([](const Field &e) { return e.number(); });
}
std::vector<std::vector<double>> matrix(const Field &f, std::size_t n) {
  auto m = f.list(numbers);
  if (m.size() != n)
    f.bad("has " + std::to_string(m.size()) + " rows, expected one per actor (" +
          std::to_string(n) + ")");
  for (std::size_t i = 0; i < n; ++i)
    if (m[i].size() != n)
      f[i].bad("has " + std::to_string(m[i].size()) + " values, expected " + std::to_string(n));
  return m;
}

GraphSummary read_summary(const Field &f) {
  f.object({"actors", "dyads", "positive_dyads", "negative_dyads", "neutral_dyads", "events",
            "per_actor"});
  GraphSummary s;
  s.actors = f["actors"].size();
  s.dyads = f["dyads"].size();
  s.positive_dyads = f["positive_dyads"].size();
  s.negative_dyads = f["negative_dyads"].size();
  s.neutral_dyads = f["neutral_dyads"].size();
  s.events = f["events"].integer();
  s.per_actor = f["per_actor"].list([](const Field &a) {
    // Snapshots saved before one name per field (issue 18) call the
    // degrees "positive" and "negative"; either is read.
    const bool old = a.j.is_object() && a.j.contains("positive");
    const char *pos = old ? "positive" : "pos_degree", *neg = old ? "negative" : "neg_degree";
    a.object({"code", "strength", "net", pos, neg, "events"});
    return ActorSummary{a["code"].text(), a["strength"].number(), a["net"].number(),
                        a[pos].size(),    a[neg].size(),          a["events"].integer()};
  });
  return s;
}

DyadRelation read_dyad(const Field &f) {
  // Snapshots saved before one name per field (issue 18) call |net| "weight"
  // (the name the snapshot's dyads give the sum of event weights).
  const char *abs_net = f.j.is_object() && f.j.contains("weight") ? "weight" : "abs_net";
  f.object({"a", "b", "events", "quad", "net", "coop_share", "reciprocity", "sign", abs_net});
  DyadRelation d;
  d.a = f["a"].text();
  d.b = f["b"].text();
  d.events = f["events"].integer();
  const Field quad = f["quad"];
  if (quad.array().size() != 4)
    quad.bad("must hold 4 counts (quad classes 1..4), got " + shown(quad.j));
  for (std::size_t q = 0; q < 4; ++q)
    d.quad[q] = quad[q].integer();
  d.net = f["net"].number();
  d.coop_share = f["coop_share"].number();
  d.reciprocity = f["reciprocity"].number();
  const auto sign = f["sign"].integer();
  if (sign < -1 || sign > 1)
    f["sign"].bad("must be -1, 0 or 1, got " + std::to_string(sign));
  d.sign = static_cast<int>(sign);
  d.abs_net = f[abs_net].number();
  return d;
}

BalanceMeasures read_balance(const Field &f) {
  f.object({"triangles", "walk", "frustration"});
  BalanceMeasures b;
  const Field t = f["triangles"];
  t.object({"+++", "++-", "+--", "---", "total", "balance"});
  b.triangles = {t["+++"].count(), t["++-"].count(), t["+--"].count(), t["---"].count()};
  if (t["total"].count() != b.triangles.total())
    t["total"].bad("is not +++ + ++- + +-- + --- = " + std::to_string(b.triangles.total()));
  if (!t.j.at("balance").is_null())
    t["balance"].number();
  const Field w = f["walk"];
  w.object({"value", "exact", "method"});
  b.walk = {w["value"].number(), w["exact"].boolean(), w["method"].text()};
  const Field r = f["frustration"];
  r.object({"L", "lower_bound", "edges", "F", "exact", "method", "blocks", "camps"},
           {"frustrated"});
  auto &fr = b.frustration;
  fr.L = r["L"].size();
  fr.lower_bound = r["lower_bound"].size();
  fr.edges = r["edges"].size();
  fr.F = r["F"].number();
  fr.exact = r["exact"].boolean();
  fr.method = r["method"].text();
  fr.blocks = r["blocks"].size();
  const auto camps = r["camps"].list(texts);
  if (camps.size() != 2)
    r["camps"].bad("must hold two camps, got " + std::to_string(camps.size()));
  fr.camps = {camps[0], camps[1]};
  if (r.has("frustrated"))
    fr.frustrated = r["frustrated"].list([](const Field &e) {
      const auto pair = texts(e);
      if (pair.size() != 2)
        e.bad("must be a pair of actors, got " + shown(e.j));
      return std::pair{pair[0], pair[1]};
    });
  return b;
}

// Bloc member lists: each actor in one bloc at most.
std::vector<std::vector<std::string>> partition(const Field &f) {
  auto groups = f.list(texts);
  std::set<std::string> seen;
  for (const auto &g : groups)
    for (const auto &code : g)
      if (!seen.insert(code).second)
        f.bad("'" + code + "' is in two blocs");
  return groups;
}

BlocMeasures read_blocs(const Field &f) {
  f.object({"modularity", "doreian_mrvar", "swing"});
  BlocMeasures b;
  const Field m = f["modularity"];
  m.object({"Q", "k", "method", "blocs"});
  b.modularity = {m["Q"].number(), m["k"].size(), m["method"].text(), partition(m["blocs"])};
  const Field d = f["doreian_mrvar"];
  d.object({"k", "alpha", "criterion", "method", "blocs"});
  b.doreian_mrvar = {d["k"].size(), d["alpha"].number(), d["criterion"].number(),
                     d["method"].text(), partition(d["blocs"])};
  b.swing = f["swing"].list([](const Field &s) {
    s.object({"code", "reason"});
    return SwingActor{s["code"].text(), s["reason"].text()};
  });
  return b;
}

Centrality read_centrality(const Field &f) {
  f.object({"betweenness_exact", "betweenness_method", "pn_method", "actors"});
  Centrality c;
  c.betweenness_exact = f["betweenness_exact"].boolean();
  c.betweenness_method = f["betweenness_method"].text();
  c.pn_method = f["pn_method"].text();
  c.actors = f["actors"].list([](const Field &a) {
    a.object({"code", "strength", "pos_strength", "neg_strength", "pos_degree", "neg_degree",
              "net_degree", "pagerank_pos", "pagerank_neg", "betweenness", "pn"});
    ActorCentrality x;
    x.code = a["code"].text();
    x.strength = a["strength"].number();
    x.pos_strength = a["pos_strength"].number();
    x.neg_strength = a["neg_strength"].number();
    x.pos_degree = a["pos_degree"].size();
    x.neg_degree = a["neg_degree"].size();
    x.net_degree = a["net_degree"].integer();
    x.pagerank_pos = a["pagerank_pos"].number();
    x.pagerank_neg = a["pagerank_neg"].number();
    x.betweenness = a["betweenness"].number();
    x.pn = a["pn"].number();
    return x;
  });
  return c;
}

Directed read_directed(const Field &f) {
  f.object({"actors", "reciprocity", "two_way", "one_way", "sign_agreement", "method"});
  Directed d;
  d.actors = f["actors"].list([](const Field &a) {
    a.object({"code", "out_strength", "in_strength", "out_net", "in_net", "out_events", "in_events",
              "pagerank_in"});
    return ActorDirected{a["code"].text(),          a["out_strength"].number(),
                         a["in_strength"].number(), a["out_net"].number(),
                         a["in_net"].number(),      a["out_events"].integer(),
                         a["in_events"].integer(),  a["pagerank_in"].number()};
  });
  d.reciprocity = f["reciprocity"].number();
  d.two_way = f["two_way"].size();
  d.one_way = f["one_way"].size();
  d.sign_agreement = f["sign_agreement"].number();
  d.method = f["method"].text();
  return d;
}

AlignmentMatrix read_alignment(const Field &f) {
  f.object({"actors", "levels", "s_abs", "kappa_quadratic", "scott_pi"});
  AlignmentMatrix a;
  a.actors = texts(f["actors"]);
  std::set<std::string> seen;
  for (const auto &code : a.actors)
    if (!seen.insert(code).second)
      f["actors"].bad("'" + code + "' listed twice");
  a.levels = static_cast<int>(f["levels"].integer());
  a.s_abs = matrix(f["s_abs"], a.actors.size());
  a.kappa = matrix(f["kappa_quadratic"], a.actors.size());
  a.pi = matrix(f["scott_pi"], a.actors.size());
  return a;
}

Conventions read_conventions(const Field &f) {
  f.object({"sign", "weight", "unweighted", "stance_levels", "docs"});
  return {f["sign"].text(), f["weight"].text(), f["unweighted"].text(), f["stance_levels"].text(),
          f["docs"].text()};
}

// A table or {"omitted": why}.
template <typename T, typename Read>
void table_or_omitted(const Field &f, Read read, std::optional<T> &table,
                      std::optional<std::string> &why) {
  if (f.j.is_object() && f.j.contains("omitted")) {
    f.object({"omitted"});
    why = f["omitted"].text();
  } else {
    table = read(f);
  }
}

} // namespace

Metrics metrics_from_json(const json &j) {
  const Field f{j, "metrics"};
  f.object({}, {"alignment", "balance", "blocs", "centrality", "conventions", "directed", "dyads",
                "seconds", "summary"});
  Metrics m;
  if (f.has("alignment"))
    table_or_omitted(f["alignment"], read_alignment, m.alignment, m.alignment_omitted);
  if (f.has("balance"))
    m.balance = read_balance(f["balance"]);
  if (f.has("blocs"))
    m.blocs = read_blocs(f["blocs"]);
  if (f.has("centrality"))
    m.centrality = read_centrality(f["centrality"]);
  if (f.has("conventions"))
    m.conventions = read_conventions(f["conventions"]);
  if (f.has("directed"))
    m.directed = read_directed(f["directed"]);
  if (f.has("dyads"))
    table_or_omitted(
        f["dyads"], [](const Field &d) { return d.list(read_dyad); }, m.dyads, m.dyads_omitted);
  if (f.has("seconds")) {
    const Field s = f["seconds"]; // any measure's name
    if (!s.j.is_object())
      s.bad("must be an object, got " + shown(s.j));
    m.seconds.emplace();
    for (const auto &item : s.j.items())
      (*m.seconds)[item.key()] = Field{item.value(), s.path + "." + item.key()}.number();
  }
  if (f.has("summary"))
    m.summary = read_summary(f["summary"]);
  return m;
}

void from_json(const json &j, Metrics &m) { m = metrics_from_json(j); }

// --- streaming ---------------------------------------------------------------

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
  w.value(a.levels);
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
    w.key("abs_net");
    w.value(round6(d.abs_net));
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
    w.end_object();
  }
  w.end_array();
}

} // namespace

void write_metrics(JsonWriter &w, const Metrics &m) {
  // The small groups as a DOM, the two tables streamed, all in sorted order.
  const json small = small_groups(m);
  std::vector<std::string> keys;
  for (const auto &item : small.items())
    keys.push_back(item.key());
  if (m.alignment)
    keys.emplace_back("alignment");
  if (m.dyads)
    keys.emplace_back("dyads");
  std::sort(keys.begin(), keys.end());
  w.begin_object();
  for (const auto &key : keys) {
    w.key(key);
    if (key == "alignment" && m.alignment)
      write_alignment(w, *m.alignment);
    else if (key == "dyads" && m.dyads)
      write_dyads(w, *m.dyads);
    else
      w.json(small.at(key));
  }
  w.end_object();
}

} // namespace entente
