#include "entente/extract/evaluate.hpp"

#include "entente/core/actor.hpp"
#include "entente/core/cameo.hpp"
#include "entente/core/error.hpp"
#include "entente/core/text.hpp"
#include "entente/io/read_file.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>

namespace entente {
namespace {

// CAMEO2PLOVER lines: "036: AGREE,  , diplomatic # ..." (root lines "03: AGREE").
std::map<std::string, std::string, std::less<>> read_cameo2plover(const std::string &path) {
  std::map<std::string, std::string, std::less<>> map;
  const std::string text = read_text(path);
  std::size_t pos = 0, line = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos)
      end = text.size();
    std::string l = text.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    const auto colon = l.find(':');
    if (l.empty() || l[0] < '0' || l[0] > '9' || colon == std::string::npos)
      continue;
    std::string code = l.substr(0, colon), rest = l.substr(colon + 1);
    rest = rest.substr(0, rest.find_first_of(",#"));
    rest.erase(std::remove(rest.begin(), rest.end(), ' '), rest.end());
    if (rest.empty())
      throw Error::at(path, line, "no PLOVER category");
    map.emplace(code, rest);
  }
  return map;
}

std::string category_from(const std::map<std::string, std::string, std::less<>> &m,
                          const std::string &code) {
  if (m.empty())
    return std::to_string(cameo_root(code));
  for (std::size_t n = code.size(); n >= 2; --n) {
    auto it = m.find(code.substr(0, n));
    if (it != m.end())
      return it->second;
  }
  return "";
}

int sign(double x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }

std::string strip_braces(std::string s) {
  s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == '{' || c == '}'; }), s.end());
  return s;
}

std::vector<std::string> codes_of(const nlohmann::json &v) {
  std::vector<std::string> out;
  if (!v.is_array())
    return out;
  for (const auto &a : v) {
    if (a.is_object() && a.contains("code") && a["code"].is_string())
      out.push_back(gold_country(a["code"].get<std::string>()));
    else if (a.is_string())
      out.push_back(gold_country(a.get<std::string>()));
  }
  return out;
}

void add_events(GoldSet &set, GoldDocument &d, const std::vector<std::string> &src,
                const std::vector<std::string> &tgt, int polarity, const std::string &cat) {
  std::set<GoldEvent> events(d.events.begin(), d.events.end());
  const auto add = [&](const std::string &s, const std::string &t) {
    if (s == t) {
      ++set.self_events_dropped;
      return;
    }
    events.insert({s, t, polarity, cat});
  };
  if (!tgt.empty()) {
    for (const auto &s : src)
      for (const auto &t : tgt)
        add(s, t);
  } else if (src.size() >= 2) { // "Jordan and Britain have agreed": each with the other
    for (const auto &s : src)
      for (const auto &t : src)
        if (&s != &t)
          add(s, t);
  }
  d.events.assign(events.begin(), events.end());
}

std::string attribute(const std::string &tag, const std::string &name) {
  const auto p = tag.find(" " + name + "=\"");
  if (p == std::string::npos)
    return "";
  const auto b = p + name.size() + 3;
  return tag.substr(b, tag.find('"', b) - b);
}

std::string xml_unescape(std::string s) {
  static const std::pair<const char *, const char *> ents[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (const auto &[from, to] : ents)
    for (std::size_t p; (p = s.find(from)) != std::string::npos;)
      s.replace(p, std::string(from).size(), to);
  return s;
}

} // namespace

std::string gold_country(std::string_view actor_code) {
  // "SCGSRB" (Serbia within Serbia and Montenegro): the gold sets name the
  // member state.
  if (actor_code.size() == 6 && country_table().contains(actor_code.substr(0, 3)) &&
      country_table().contains(actor_code.substr(3)))
    actor_code = actor_code.substr(3);
  std::string c = country_of(actor_code);
  // International organisations, governmental or not (the PLOVER records
  // code Amnesty International and the Red Cross as IGO).
  if (c.rfind("IGO", 0) == 0 || c.rfind("NGO", 0) == 0)
    return "IGO";
  if (c.size() > 3)
    c = c.substr(0, 3);
  // Misspellings in the gold records (CAMEO writes JPN, ITA).
  if (c == "JAP")
    return "JPN";
  if (c == "ITL")
    return "ITA";
  if (c == "TMP") // East Timor's code before 2002
    return "TLS";
  return c;
}

GoldSet load_plover_gold(const std::string &json_path, const std::string &cameo2plover_path) {
  GoldSet set;
  set.name = "PLOVER gold (" + json_path + ")";
  set.category_level = "PLOVER category";
  set.category_of_code = read_cameo2plover(cameo2plover_path);
  // Polarity of a category: the sign of the mean Goldstein score of its codes.
  std::map<std::string, double> sum;
  for (const auto &[code, cat] : set.category_of_code)
    if (auto g = cameo_table().goldstein(code))
      sum[cat] += *g;
  static const std::map<std::string, std::string> renamed = {{"DEMAND", "REQUEST"},
                                                             {"DISAPPROVE", "ACCUSE"},
                                                             {"INVESTIGATE", "ACCUSE"},
                                                             {"FIGHT", "ASSAULT"}};
  const nlohmann::json j = read_json_file(json_path);
  if (!j.is_array())
    throw Error::at(json_path, 0, "expected a JSON array of records");
  std::size_t skipped = 0;
  for (const auto &r : j) {
    if (!r.is_object() || !r.contains("text") || !r.contains("event") || !r.contains("source")) {
      ++skipped;
      continue;
    }
    std::string cat = r["event"].get<std::string>();
    if (auto it = renamed.find(cat); it != renamed.end())
      cat = it->second;
    if (!sum.count(cat)) {
      ++skipped;
      continue;
    }
    GoldDocument d;
    d.doc.id = r.value("id", std::string());
    d.doc.date = Date::try_parse(r.value("date", std::string("2000-01-01")));
    d.doc.text = strip_braces(r["text"].get<std::string>());
    add_events(set, d, codes_of(r["source"]), codes_of(r.value("target", nlohmann::json())),
               sign(sum[cat]), cat);
    set.docs.push_back(std::move(d));
  }
  set.skipped = std::to_string(skipped) + " records without text/event/source";
  return set;
}

GoldSet load_petr_validation(const std::string &xml_path) {
  GoldSet set;
  set.name = "PETRARCH validation (" + xml_path + ")";
  set.category_level = "CAMEO root";
  const std::string text = read_text(xml_path);
  std::size_t pos = 0, skipped = 0;
  while ((pos = text.find("<Sentence ", pos)) != std::string::npos) {
    const auto close = text.find("</Sentence>", pos);
    if (close == std::string::npos)
      throw Error::at(xml_path, 0, "unterminated <Sentence>");
    const std::string block = text.substr(pos, close - pos);
    pos = close;
    const std::string head = block.substr(0, block.find('>'));
    const auto tb = block.find("<Text>"), te = block.find("</Text>");
    if (attribute(head, "evaluate") != "true" || tb == std::string::npos ||
        te == std::string::npos || block.find("<EventCoding error") != std::string::npos) {
      ++skipped;
      continue;
    }
    GoldDocument d;
    d.doc.id = attribute(head, "id");
    d.doc.date = Date::from_yyyymmdd(std::atoll(attribute(head, "date").c_str()));
    std::string t = xml_unescape(block.substr(tb + 6, te - tb - 6));
    std::replace(t.begin(), t.end(), '\n', ' ');
    d.doc.text = t;
    for (std::size_t p = 0; (p = block.find("<EventCoding ", p)) != std::string::npos; ++p) {
      const std::string tag = block.substr(p, block.find('>', p) - p);
      const std::string code = attribute(tag, "eventcode");
      if (code.empty())
        continue;
      const auto g = cameo_table().goldstein(code);
      add_events(set, d, {gold_country(attribute(tag, "sourcecode"))},
                 {gold_country(attribute(tag, "targetcode"))}, g ? sign(*g) : 0,
                 std::to_string(cameo_root(code)));
    }
    set.docs.push_back(std::move(d));
  }
  set.skipped = std::to_string(skipped) + " records not evaluated (evaluate=false or error cases)";
  return set;
}

std::string gold_node(std::string_view actor_code) {
  return fold_actor(actor_code, FoldPolicy{Level::country, Groups::keep, false});
}

GoldSet load_news_gold(const std::string &tsv_path, const std::string &part) {
  GoldSet set;
  set.name = "entente news gold, " + part + " (" + tsv_path + ")";
  set.category_level = "CAMEO root";
  set.nodes = true;
  std::size_t other = 0;
  const std::string text = read_text(tsv_path);
  detail::for_each_tsv_row(text, tsv_path, 4, [&](std::size_t line, const auto &f) {
    const auto row_part = detail::trim(f[2]);
    if (row_part != "dev" && row_part != "held-out")
      throw Error::at(tsv_path, line, "part must be dev or held-out");
    if (row_part != part) {
      ++other;
      return;
    }
    GoldDocument d;
    d.doc.id = std::string(detail::trim(f[0]));
    d.doc.date = Date::try_parse(detail::trim(f[1]));
    if (!d.doc.date)
      throw Error::at(tsv_path, line, "invalid date");
    d.doc.text = std::string(detail::trim(f[3]));
    const std::string_view events = f.size() > 4 ? detail::trim(f[4]) : std::string_view();
    for (auto ev : detail::split(events, ' ')) {
      if (ev.empty())
        continue;
      const auto gt = ev.find('>'), colon = ev.find(':');
      if (gt == std::string_view::npos || colon == std::string_view::npos || colon < gt)
        throw Error::at(tsv_path, line, "event '" + std::string(ev) + "' is not SRC>TGT:CODE");
      const std::string code(ev.substr(colon + 1));
      const auto g = cameo_table().goldstein(code);
      if (!g)
        throw Error::at(tsv_path, line, "unknown CAMEO code '" + code + "'");
      add_events(set, d, {gold_node(ev.substr(0, gt))},
                 {gold_node(ev.substr(gt + 1, colon - gt - 1))}, sign(*g),
                 std::to_string(cameo_root(code)));
    }
    set.docs.push_back(std::move(d));
  });
  set.skipped = std::to_string(other) + " sentences of the other part";
  return set;
}

Evaluation evaluate(const GoldSet &gold, const Coder &coder, std::vector<std::string> *mismatches) {
  Evaluation e;
  for (const auto &gd : gold.docs) {
    ++e.documents;
    std::set<std::tuple<std::string, std::string>> gd1, pd1;
    std::set<std::tuple<std::string, std::string, int>> gd2, pd2;
    std::set<std::tuple<std::string, std::string, int, std::string>> gd3, pd3;
    for (const auto &g : gd.events) {
      gd1.insert({g.source, g.target});
      gd2.insert({g.source, g.target, g.polarity});
      gd3.insert({g.source, g.target, g.polarity, g.category});
    }
    for (const auto &r : code_document(gd.doc, coder)) {
      const auto s = gold.nodes ? gold_node(r.source) : gold_country(r.source);
      const auto t = gold.nodes ? gold_node(r.target) : gold_country(r.target);
      if (s == t || s.empty() || t.empty()) // regions are left out as in the default graph
        continue;
      pd1.insert({s, t});
      pd2.insert({s, t, sign(r.goldstein)});
      pd3.insert({s, t, sign(r.goldstein), category_from(gold.category_of_code, r.code)});
    }
    const auto score = [](const auto &g, const auto &p, Score &sc) {
      std::size_t tp = 0;
      for (const auto &x : p)
        tp += g.count(x);
      sc.tp += tp;
      sc.fp += p.size() - tp;
      sc.fn += g.size() - tp;
      return tp == g.size() && tp == p.size();
    };
    score(gd1, pd1, e.dyad);
    const bool ok = score(gd2, pd2, e.polarity);
    score(gd3, pd3, e.category);
    e.gold_events += gd1.size();
    e.predicted_events += pd1.size();
    if (mismatches && !ok) {
      std::string m = gd.doc.id + ": gold";
      for (const auto &[s, t, p] : gd2)
        m += " " + s + ">" + t + (p > 0 ? "+" : "-");
      m += " | coded";
      for (const auto &[s, t, p] : pd2)
        m += " " + s + ">" + t + (p > 0 ? "+" : p < 0 ? "-" : "0");
      mismatches->push_back(m + " | " + gd.doc.text);
    }
  }
  return e;
}

std::string format_evaluation(const GoldSet &gold, const Evaluation &e) {
  std::string out = gold.name + "\n";
  char buf[200];
  std::snprintf(buf, sizeof buf,
                "  %zu documents, %zu gold directed events (%zu self-events dropped), %zu coded; "
                "%s\n",
                e.documents, e.gold_events, gold.self_events_dropped, e.predicted_events,
                gold.skipped.c_str());
  out += buf;
  out += "  level                              precision  recall     F1     tp    fp    fn\n";
  const auto row = [&](const char *name, const Score &s) {
    std::snprintf(buf, sizeof buf, "  %-34s %8.3f %8.3f %7.3f %6zu %5zu %5zu\n", name,
                  s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn);
    out += buf;
  };
  row("dyad", e.dyad);
  row("dyad + polarity", e.polarity);
  row(("dyad + polarity + " + gold.category_level).c_str(), e.category);
  return out;
}

} // namespace entente
