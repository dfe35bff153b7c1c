// The precise mode inside the sentence coder: the sentence, with each
// actor's words replaced by one placeholder name, goes to Link Grammar, and
// the parse's subjects, objects, prepositional objects and passives replace
// the fast rules' guesses for the verbs it found.
#include "entente/extract/link_parser.hpp"
#include "entente/extract/sentence.hpp"

#include <algorithm>

namespace entente::detail {
namespace {

// A country name the parser knows as a proper noun that can be a subject,
// an object or a place ("in France"); its meaning does not matter.
constexpr std::string_view placeholder = "France";

} // namespace

int SentenceCoder::coded_groups() const {
  int n = 0;
  for (const auto &g : w_.groups)
    n += static_cast<int>(g.entities.size());
  return n;
}

void SentenceCoder::parse_precise() {
  auto &p = w_.parse;
  p = {};
  w_.masked.clear();
  w_.token_at.clear();
  w_.roles_of_token.assign(w_.tokens.size(), none);
  // Only the words of names are replaced: "five Panamanian army officers"
  // becomes "five France army officers", keeping the noun the parser needs.
  std::size_t m = 0;
  for (int t = 0; t < n();) {
    while (m < w_.mentions.size() && w_.mentions[m].end <= t)
      ++m;
    const bool name = m < w_.mentions.size() && w_.mentions[m].begin == t &&
                      !w_.mentions[m].code.empty() && w_.mentions[m].code != "-";
    const int end = name ? w_.mentions[m].end : t + 1;
    if (t > 0) // the original spacing: "4,000" stays one number
      w_.masked += s_.substr(w_.tokens[t - 1].end, w_.tokens[t].begin - w_.tokens[t - 1].end);
    const std::string_view word = name ? placeholder : text(t);
    w_.token_at.resize(w_.masked.size() + word.size(), none);
    w_.token_at[w_.masked.size()] = t;
    w_.masked += word;
    t = end;
  }
  p = parser_->parse(w_.masked);
  if (p.nulls > 0) // a partial parse: the fast rules are safer
    p.parsed = false;
  for (int i = 0; i < static_cast<int>(p.verbs.size()); ++i) {
    const int t = token_of(p.verbs[i].verb);
    if (t != none && w_.info[t].verb != none)
      w_.roles_of_token[t] = i;
  }
  if (!explain_)
    return;
  note(cat({"parsed (", p.parsed ? "link grammar" : "no full parse", "): ", w_.masked}));
  const auto word_at = [&](int off) {
    const int t = token_of(off);
    return t == none ? std::string_view("?") : text(t);
  };
  for (const auto &v : p.verbs) {
    std::string line = cat({"  ", word_at(v.verb), ":"});
    if (v.subject >= 0)
      line += cat({" subject ", word_at(v.subject)});
    if (v.object >= 0)
      line += cat({" object ", word_at(v.object)});
    for (const auto &[prep, off] : v.preps)
      line += cat({" ", prep, " ", word_at(off)});
    note(line + (v.passive ? " (passive)" : ""));
  }
}

int SentenceCoder::token_of(int offset) const {
  return offset >= 0 && offset < static_cast<int>(w_.token_at.size()) ? w_.token_at[offset] : none;
}

const VerbRoles *SentenceCoder::roles(int t) const {
  if (!w_.parse.parsed || t < 0 || t >= static_cast<int>(w_.roles_of_token.size()) ||
      w_.roles_of_token[t] == none)
    return nullptr;
  return &w_.parse.verbs[static_cast<std::size_t>(w_.roles_of_token[t])];
}

// The actor group of a parsed word, none if the word is no actor. The head
// of "German Foreign Minister Oskar Fischer" is the unknown name after the
// actor's words: capitalized words right after an actor belong to it.
int SentenceCoder::group_of_offset(int offset) const {
  int t = token_of(offset);
  while (t > 0 && w_.info[t].entity == none && w_.info[t].capitalized && w_.info[t].verb == none &&
         w_.info[t].classes == 0)
    --t;
  const int g = group_at(t);
  return g != none && !w_.groups[g].entities.empty() ? g : none;
}

} // namespace entente::detail
