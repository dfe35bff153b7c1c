#include "entente/extract/text.hpp"

#include <catch2/catch.hpp>

using namespace entente;

namespace {
std::vector<std::string> words(const std::string &s) {
  std::vector<Token> toks;
  tokenize(s, toks);
  std::vector<std::string> out;
  for (const auto &t : toks)
    out.push_back(s.substr(t.begin, t.end - t.begin));
  return out;
}
std::vector<std::string> sentences(const std::string &s) {
  const std::unordered_set<std::string> abbrev{"mr", "gen", "jan", "u.s.", "u.k."};
  std::vector<std::string> out;
  for (const auto &sp : split_sentences(s, abbrev))
    out.push_back(s.substr(sp.begin, sp.end - sp.begin));
  return out;
}
} // namespace

TEST_CASE("normalisation maps curly quotes and dashes and survives invalid UTF-8") {
  CHECK(normalize_text("\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s") ==
        "\"Hi\" - it's");
  CHECK(normalize_text("a\xFF\xC3(b") == "a?"
                                         "?(b");
  CHECK(normalize_text("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(normalize_text("\xE2\x82") == "??"); // truncated sequence
}

TEST_CASE("sentence splitting survives abbreviations and initials") {
  const auto s = sentences("Mr. Smith met Gen. Lee in the U.S. on Jan. 5. The U.K. agreed. "
                           "Vladimir V. Putin spoke.\n\nA new paragraph");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "Mr. Smith met Gen. Lee in the U.S. on Jan. 5.");
  CHECK(s[1] == "The U.K. agreed.");
  CHECK(s[2] == "Vladimir V. Putin spoke.");
  CHECK(s[3] == "A new paragraph");
}

TEST_CASE("tokenisation splits possessives, negations and punctuation") {
  CHECK(words("Russia's U.S. allies don't, O'Brien-led.") ==
        std::vector<std::string>{"Russia", "'s", "U.S.", "allies", "do", "n't", ",", "O'Brien", "-",
                                 "led", "."});
}

TEST_CASE("lower-casing touches ASCII only") {
  std::string out;
  lower_into("ÉTATS Unis", out);
  CHECK(out == "États unis");
}
