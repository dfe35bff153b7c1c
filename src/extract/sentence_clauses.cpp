// Clauses of a sentence: split at reporting verbs and clause words, at
// "and" + a second verb ("rejected the claims and expelled a diplomat") and
// at ", V-ing" ("..., accusing it of"), each clause knowing the speaker that
// governs it and the clause whose subject it shares.
#include "entente/extract/sentence.hpp"

#include <algorithm>

namespace entente::detail {

// "that" right after an event verb ("demanded (Friday) that") opens its
// object, not a new clause.
bool SentenceCoder::governed_that(int t) const {
  for (int k = t - 1; k >= std::max(0, t - 3); --k) {
    const auto &i = w_.info[k];
    if (i.verb != none && !verb_class(k, wc_speech | wc_skipverb) &&
        d_.verbs()[i.verb].code != "---")
      return true;
    if (i.entity != none || is(k, wc_boundary | wc_compound))
      return false;
  }
  return false;
}

// "Russia has said", "Trump also said": lower-case words only.
bool SentenceCoder::speaker_gap(int t) const {
  const char c = text(t)[0];
  return c >= 'a' && c <= 'z' && !is(t, wc_determiner | wc_boundary);
}

// A verb form that can name an event here: not a name, not a noun after a
// determiner or preposition, not a reporting or auxiliary verb.
bool SentenceCoder::event_verb_at(int t) const {
  if (t < 0 || t >= n())
    return false;
  const auto &i = w_.info[t];
  if (i.verb == none || i.entity != none || verb_class(t, wc_speech | wc_skipverb))
    return false;
  if (t > 0 && is(t - 1, wc_determiner | wc_preposition))
    return false;
  const auto &v = d_.verbs()[static_cast<std::size_t>(i.verb)];
  return v.code != "---" || !v.patterns.empty();
}

// An actor then, within a few words, a verb: the start of a clause.
bool SentenceCoder::clause_follows(int t) const {
  int k = t;
  while (k < n() && is(k, wc_determiner))
    ++k;
  const int g = group_at(k);
  if (g == none)
    return false;
  for (int j = w_.groups[g].end; j < std::min(n(), w_.groups[g].end + 3); ++j) {
    if (event_verb_at(j) || is_speech(j))
      return true;
    if (w_.info[j].entity != none || is(j, wc_boundary))
      return false;
  }
  return false;
}

// Clauses end at clause words and at reporting verbs; the clause after
// "X said (that)" and the clauses before a final ", X said" are governed
// by speaker X. A condition ("if", "unless") runs to the next comma or
// clause word: "If China invades, the US would respond" codes the response
// (as an intention) but not the invasion.
void SentenceCoder::build_clauses() {
  w_.clauses.clear();
  w_.used_as_speaker.assign(w_.groups.size(), 0);
  int begin = 0, speaker = none;
  bool relative = false, claim = false, has_verb = false, condition = false;
  int inherits = none;
  const auto push = [&](int end) {
    w_.clauses.push_back({begin, end, speaker, relative, claim, inherits, condition});
  };
  for (int t = 0; t < n(); ++t) {
    if (t < begin)
      continue; // the "that" of "said that", already consumed
    if (is(t, wc_conditional) || (condition && text(t) == ",")) {
      push(t);
      condition = is(t, wc_conditional);
      relative = false;
      inherits = none;
      has_verb = false;
      begin = t + 1;
      continue;
    }
    // "and" + a verb, ", V-ing": a second predicate with the same subject.
    const bool second = has_verb && (text(t) == "and" || (text(t) == "," && ing_form(t + 1))) &&
                        event_verb_at(t + 1) && w_.info[t + 1].entity == none;
    if (second) {
      push(t);
      inherits = static_cast<int>(w_.clauses.size()) - 1; // and stays relative if it was
      begin = t + 1;
      has_verb = false;
      continue;
    }
    // ", and Beijing retaliated": a second clause with a subject of its own.
    if (has_verb && text(t) == "," && word(t + 1, "and") && clause_follows(t + 2)) {
      push(t);
      relative = false;
      inherits = none;
      begin = t + 2;
      has_verb = false;
      continue;
    }
    const bool speech = is_speech(t);
    if (!speech && !is(t, wc_boundary)) {
      has_verb = has_verb || event_verb_at(t);
      continue;
    }
    if (!speech && is(t, wc_that) && governed_that(t))
      continue; // "demanded that Iraq ...": the object clause stays with its verb
    int next_speaker = none;
    if (speech) {
      int g = group_ending_before(t, std::max(begin, t - 2));
      for (int k = g == none ? t : w_.groups[g].end; k < t && g != none; ++k)
        if (!speaker_gap(k))
          g = none;
      if (g == none)
        g = group_starting_at(t + 1, t + 2);
      if (g != none) {
        w_.used_as_speaker[g] = 1;
        next_speaker = g;
        // ", the Kremlin said." governs what came before it.
        const bool trailing = t + 4 >= n() || is(t + 1, wc_boundary);
        if (trailing)
          for (auto &c : w_.clauses)
            if (c.speaker == none)
              c.speaker = g;
        if (trailing && speaker == none)
          speaker = g;
      }
    }
    push(t);
    const auto word = text(t);
    condition = false;
    relative = !speech && (is(t, wc_that) || word == "which" || word == "who");
    inherits = none;
    has_verb = false;
    begin = t + 1;
    if (begin < n() && is(begin, wc_that))
      ++begin;
    if (speech) { // clause words keep the current speaker
      speaker = next_speaker;
      claim = verb_class(t, wc_claim);
    }
  }
  push(n());
}

} // namespace entente::detail
