// The coder's text handling on raw article bytes: UTF-8 normalisation,
// sentence splitting and tokenising. Spans must stay inside their text.
#include "entente/extract/text.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  static const std::unordered_set<std::string> abbreviations = {"mr", "u.s", "gen", "st"};
  const std::string text = normalize_text(fuzz::as_text(data, size));
  const std::string_view view = text;
  std::vector<Token> tokens;
  std::string lower;
  for (const auto span : split_sentences(view, abbreviations)) {
    if (span.begin > span.end || span.end > view.size())
      __builtin_trap(); // a sentence outside the text
    const auto sentence = view.substr(span.begin, span.end - span.begin);
    tokenize(sentence, tokens);
    for (const auto &t : tokens) {
      if (t.begin > t.end || t.end > sentence.size())
        __builtin_trap(); // a token outside its sentence
      lower_into(sentence.substr(t.begin, t.end - t.begin), lower);
    }
  }
  return 0;
}
