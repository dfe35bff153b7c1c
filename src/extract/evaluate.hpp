// Scoring the coder against gold-standard sentences: precision, recall and
// F1 of directed events per document at three levels: (source country,
// target country); + polarity (sign of the Goldstein score); + category
// (PLOVER category for the PLOVER gold records, CAMEO root for the
// PETRARCH validation records).
//
//   auto gold = entente::load_plover_gold("datasets/gold/PLOVER_GSR_CAMEO.json",
//                                         "datasets/gold/CAMEO2PLOVER-2021.txt");
//   const auto coder = entente::Coder::load(entente::find_dictionaries(""));
//   auto e = entente::evaluate(gold, coder);   // e.polarity.f1() >= 0.70
//   std::cout << entente::format_evaluation(gold, e);
#pragma once

#include "entente/extract/coder.hpp"

#include <map>
#include <string>
#include <vector>

namespace entente {

struct GoldEvent {
  std::string source, target; // country level ("USA", "IGO")
  int polarity = 0;           // +1 cooperative, -1 conflictual
  std::string category;       // PLOVER category or CAMEO root ("14")
  friend auto operator<=>(const GoldEvent &, const GoldEvent &) = default;
};

struct GoldDocument {
  Document doc;
  std::vector<GoldEvent> events;
};

struct GoldSet {
  std::string name;
  std::string category_level; // "PLOVER category" or "CAMEO root"
  // Actors as graph nodes with organisations and groups of their own (the
  // news set), instead of countries with every organisation as "IGO".
  bool nodes = false;
  std::vector<GoldDocument> docs;
  std::size_t self_events_dropped = 0; // gold events with source == target
  // CAMEO code -> category, for the predictions (empty = CAMEO root).
  std::map<std::string, std::string, std::less<>> category_of_code;
  std::string skipped; // account of what was not used, for the report
};

// PLOVER gold records (JSON array); categories of the 2016 records renamed
// to the 2021 names used by `cameo2plover` (DEMAND -> REQUEST, DISAPPROVE
// and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
GoldSet load_plover_gold(const std::string &json_path, const std::string &cameo2plover_path);
// PETRARCH validation records (XML) with evaluate="true".
GoldSet load_petr_validation(const std::string &xml_path);
// entente's own news sentences (datasets/gold/entente_news.tsv, format in
// datasets/gold/README.md), the rows of one part ("dev" or "held-out").
// Throws Error at path:line for a malformed row or an unknown CAMEO code.
GoldSet load_news_gold(const std::string &tsv_path, const std::string &part);
// The graph node an actor code is scored as in a `nodes` gold set:
// countries, organisations and groups of their own; empty for a region,
// which the default graph leaves out.
std::string gold_node(std::string_view actor_code);

struct Score {
  std::size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct Evaluation {
  Score dyad, polarity, category;
  std::size_t documents = 0, gold_events = 0, predicted_events = 0;
};

// Country code as the gold sets write it: organisations fold to "IGO".
std::string gold_country(std::string_view actor_code);

Evaluation evaluate(const GoldSet &gold, const Coder &coder,
                    std::vector<std::string> *mismatches = nullptr);
std::string format_evaluation(const GoldSet &gold, const Evaluation &e);

} // namespace entente
