// Shared fixtures for the extract tests: the shipped dictionaries, loaded
// once, and helpers that code one sentence into "SRC>TGT:code" strings or
// "SRC>TGT" pairs with the sign of their Goldstein score.
//
//   using V = std::vector<std::string>;
//   CHECK(entente::test::code("France met Germany.") == V{"FRA>DEU:040"});
//   CHECK(entente::test::dyads("Russia accused China of aggression.") == V{"RUS>CHN-"});
#pragma once

#include "entente/core/actor.hpp"
#include "entente/extract/coder.hpp"
#include "support/helpers.hpp"

#include <string>
#include <vector>

namespace entente::test {

inline const Coder &shipped_coder() {
  static const Coder coder =
      Coder::load(std::string(ENTENTE_SOURCE_DIR) + "/datasets/dictionaries");
  return coder;
}

// What follows "SRC>TGT" in each coded relation.
enum class Label {
  code, // ":040", the CAMEO code
  sign, // "+", "-" or "0", the sign of the Goldstein score
};

// Codes `text` as of `date` into "SRC>TGT" strings (country-level nodes), each with its
// `label`.
inline std::vector<std::string> coded(const std::string &text, const std::string &date,
                                      Label label) {
  Document d{"t", Date::parse(date), text};
  std::vector<std::string> out;
  for (const auto &r : code_document(d, shipped_coder())) {
    // Graph nodes at country level: organisations keep their codes, groups
    // fold into their country.
    std::string s = actor_at_level(r.source, Level::country);
    s += '>';
    s += actor_at_level(r.target, Level::country);
    if (label == Label::code) {
      s += ':';
      s += r.code;
    } else {
      s += r.goldstein > 0 ? '+' : r.goldstein < 0 ? '-' : '0';
    }
    out.push_back(s);
  }
  return out;
}

// "SRC>TGT:code" strings.
inline std::vector<std::string> code(const std::string &text,
                                     const std::string &date = "2020-05-09") {
  return coded(text, date, Label::code);
}

// "SRC>TGT" pairs only, with the sign of the Goldstein score.
inline std::vector<std::string> dyads(const std::string &text,
                                      const std::string &date = "2020-05-09") {
  return coded(text, date, Label::sign);
}

} // namespace entente::test
