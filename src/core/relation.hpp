// One coded event: who did what to whom, when, and where it was read.
// The unit that flows between stages; stored as relations JSON Lines
// (docs/formats.md) by io/relations_jsonl.hpp.
//
//   entente::Relation r = entente::make_relation(
//       entente::Date::parse("2020-05-09"), "USA", "RUS", "036");
//   // r.root == 3, r.quad == 1, r.goldstein == 4.0 (from the CAMEO table)
//   nlohmann::json j = r;   // {"date":"2020-05-09","source":"USA",...}
#pragma once

#include "entente/core/date.hpp"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace entente {

struct Provenance {
  std::string doc;      // document or file the event came from
  int sentence = -1;    // sentence index in the document, -1 if none
  std::string evidence; // the text span that fired, may be empty

  friend bool operator==(const Provenance &, const Provenance &) = default;
};

struct Relation {
  Date date;
  std::string source;
  std::string target;
  std::string code;     // CAMEO event code as a string ("042"); may be empty
  int root = 0;         // 1..20, 0 when there is no code
  int quad = 0;         // 1..4, 0 when there is no code
  double goldstein = 0; // -10..+10
  double weight = 1;    // mentions/articles/events, >= 0
  Provenance provenance;

  friend bool operator==(const Relation &, const Relation &) = default;
};

// Fills root, quad and Goldstein from the code (the embedded CAMEO table);
// throws Error for an unknown code.
Relation make_relation(Date date, std::string source, std::string target, std::string code,
                       double weight = 1);

// Empty if `r` is consistent (actors usable, code/root/quad agree, numbers
// finite and in range), else what is wrong.
std::string relation_problem(const Relation &r);

void to_json(nlohmann::json &j, const Relation &r);
// Missing root/quad/goldstein are derived from the code; throws Error (or
// nlohmann::json::exception for wrong types) when fields are missing,
// malformed or inconsistent.
void from_json(const nlohmann::json &j, Relation &r);

// Rounds to 6 decimals so that sums taken in a different order serialise to
// the same bytes.
double round6(double x);

} // namespace entente
