// Text handling for the coder: UTF-8 normalisation, sentence splitting and
// tokenisation, all allocation-light so the coder can run at speed.
//
//   std::string t = entente::normalize_text("\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x80\x94 ok");
//   // t == "\"Hi\" - ok"; invalid bytes become '?', never a crash
//   auto spans = entente::split_sentences(t, {"mr", "u.s"});
//   std::string_view sentence(t.data() + spans[0].begin, spans[0].end - spans[0].begin);
//   std::vector<entente::Token> toks;  entente::tokenize(sentence, toks);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace entente {

// Curly quotes -> ' and ", dashes -> '-', non-breaking and other Unicode
// spaces -> ' ', control characters -> ' ', invalid UTF-8 bytes -> '?'.
std::string normalize_text(std::string_view text);

struct TextSpan {
  std::uint32_t begin = 0, end = 0; // byte offsets
};

// Sentences of normalised text. A '.', '!' or '?' ends a sentence when
// followed by space and an upper-case letter, digit or quote, unless the
// word before it is an abbreviation (lower-case, without the final dot, e.g.
// "mr", "u.s") or a single letter (an initial). A blank line always ends one.
std::vector<TextSpan> split_sentences(std::string_view text,
                                      const std::unordered_set<std::string> &abbreviations);

struct Token {
  std::uint32_t begin = 0, end = 0; // byte offsets in the sentence
  bool capitalized = false;         // first byte is an ASCII upper-case letter
};

// Words (letters, digits, UTF-8 sequences, inner dots of "U.S." and
// apostrophes of "O'Brien"), "'s" and "n't" split off, every other
// punctuation mark a token of its own. Appends to `out` (cleared first).
void tokenize(std::string_view sentence, std::vector<Token> &out);

// ASCII lower-casing into `out` (reused buffer); other bytes are kept.
void lower_into(std::string_view word, std::string &out);

} // namespace entente
