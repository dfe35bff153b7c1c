// Shared fixtures for the extract tests: the shipped dictionaries, loaded
// once, and a helper that codes one sentence into "SRC>TGT:code" strings.
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

inline std::vector<std::string> code(const std::string &text,
                                     const std::string &date = "2020-05-09") {
  Document d{"t", Date::parse(date), text};
  std::vector<std::string> out;
  for (const auto &r : code_document(d, shipped_coder())) {
    std::string s = country_of(r.source);
    s += '>';
    s += country_of(r.target);
    s += ':';
    s += r.code;
    out.push_back(s);
  }
  return out;
}

// "SRC>TGT" pairs only, with the sign of the Goldstein score.
inline std::vector<std::string> dyads(const std::string &text,
                                      const std::string &date = "2020-05-09") {
  Document d{"t", Date::parse(date), text};
  std::vector<std::string> out;
  for (const auto &r : code_document(d, shipped_coder())) {
    std::string s = country_of(r.source);
    s += '>';
    s += country_of(r.target);
    s += r.goldstein > 0 ? '+' : r.goldstein < 0 ? '-' : '0';
    out.push_back(s);
  }
  return out;
}

} // namespace entente::test
