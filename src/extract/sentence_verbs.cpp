// What event a clause's verb names: its dictionary code, a pattern of words
// after it, the event noun it governs ("renewed talks"), or, through a
// complement, the act it asks for, orders, refuses, agrees to, threatens or
// halts ("urged Japan to release" -> appeal for release).
#include "entente/core/cameo.hpp"
#include "entente/extract/event_codes.hpp"
#include "entente/extract/sentence.hpp"

#include <algorithm>

namespace entente::detail {

bool SentenceCoder::pattern_matches(const Pattern &p, int t, int end) const {
  int pos = t + 1;
  for (const auto &alts : p.words) {
    int k = pos;
    while (k < end && std::find(alts.begin(), alts.end(), w_.info[k].id) == alts.end())
      ++k;
    if (k >= end)
      return false;
    pos = k + 1;
  }
  return true;
}

// The first pattern (longest first) whose words follow the verb in order,
// trying only patterns whose first word occurs in the clause.
std::string SentenceCoder::pattern_code(int t, int end, const VerbEntry &v,
                                        std::string *which) const {
  auto &cands = w_.candidates;
  cands.clear();
  for (int k = t + 1; k < end && !v.by_first_word.empty(); ++k) {
    const std::uint32_t id = w_.info[k].id;
    if (id == 0)
      continue;
    auto it = std::lower_bound(v.by_first_word.begin(), v.by_first_word.end(),
                               std::pair<std::uint32_t, std::uint32_t>{id, 0});
    for (; it != v.by_first_word.end() && it->first == id; ++it)
      cands.push_back(it->second);
  }
  std::sort(cands.begin(), cands.end());
  cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
  for (auto i : cands) {
    const auto &p = v.patterns[i];
    if (pattern_matches(p, t, end)) {
      if (which)
        *which = cat({v.lemma, " * ", p.text});
      return p.code;
    }
  }
  if (which)
    *which = v.lemma;
  return "";
}

// "aircraft using missiles", "rebels fighting the army": an -ing form
// right after a noun modifies it; the clause's verb comes later.
bool SentenceCoder::reduced_relative(int t) const {
  if (t == 0 || text(t).size() < 5 || !ing_form(t))
    return false;
  const auto &p = w_.info[t - 1];
  const char c = text(t - 1)[0];
  const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return letter && (p.entity != none || (p.verb == none && p.classes == 0));
}

// "renewed talks", "imposed sanctions on": a verb without a code of its
// own takes the code of the event noun it governs (a verb form used as a
// noun, up to the next actor).
std::string SentenceCoder::object_noun_code(int t, int end, std::string &which) const {
  for (int k = t + 1; k < std::min(end, t + 5); ++k) {
    const auto &i = w_.info[k];
    if (i.entity != none || is(k, wc_boundary | wc_compound) || word(k, "to"))
      break; // an actor, a new clause, or a complement ("make it easier to resolve")
    if (const std::string *noun = d_.noun_code(i.id)) {
      which = cat({d_.verbs()[w_.info[t].verb].lemma, " + noun ", text(k)});
      return *noun;
    }
    if (i.verb == none || verb_class(k, wc_speech | wc_skipverb))
      continue;
    const auto &v = d_.verbs()[i.verb];
    if (v.code != "---") {
      which = cat({d_.verbs()[w_.info[t].verb].lemma, " + noun ", text(k)});
      return v.code;
    }
  }
  return "";
}

// The code of the act a verb names by itself: a pattern, else the event
// noun it governs when it has no code of its own, else its code.
std::string SentenceCoder::act_code(int t, int end, std::string *which) const {
  const auto &verb = d_.verbs()[static_cast<std::size_t>(w_.info[t].verb)];
  std::string w;
  std::string code = pattern_code(t, end, verb, which ? &w : nullptr);
  if (code.empty() && verb.code == "---")
    code = object_noun_code(t, end, w);
  if (code.empty())
    code = verb.code;
  if (which)
    *which = w;
  return code;
}

// The verb of "to V" right after token t (adverbs allowed: "to gradually
// resume"), none if the complement is no verb.
int SentenceCoder::complement_verb(int t, int end) const {
  if (!word(t, "to"))
    return none;
  for (int k = t + 1; k < std::min(end, t + 3); ++k) {
    if (w_.info[k].entity != none)
      return none;
    if (w_.info[k].verb != none && !verb_class(k, wc_skipverb))
      return k;
  }
  return none;
}

// Verbs that take an act as their complement: the complement's act, turned
// into what the verb does with it. `p.target` is set when the complement
// names the actor asked ("urged Japan to ...").
bool SentenceCoder::complement(int t, const Clause &c, Predicate &p) const {
  const std::uint32_t cls =
      w_.info[t].lemma & (wc_appeal | wc_order | wc_refuse | wc_agree | wc_threaten | wc_halt);
  if (!cls)
    return false;
  // The act of the complement, itself a complement verb at most once more
  // ("urged China to stop arming", "asked them to agree to a ceasefire").
  const auto inner = [&](int v, std::string &which) {
    Predicate q;
    q.verb = v;
    if (v != t && complement(v, c, q) && q.target == none) {
      which = q.which;
      return q.code;
    }
    std::string code = act_code(v, c.end, &which);
    return code == "---" ? std::string() : code;
  };
  std::string which, code;
  int target = none, v = none;
  if (cls & (wc_appeal | wc_order)) {
    // "urged China to", "called on Israel and Hamas to", "asked his Chinese
    // counterpart Qin Gang to".
    const int g = group_starting_at(t + 1, t + 5);
    if (g == none || w_.groups[g].end >= c.end || w_.used_as_speaker[g])
      return false;
    v = complement_verb(w_.groups[g].end, c.end);
    if (v == none)
      return false;
    code = inner(v, which);
    if (code.empty())
      return false;
    code = (cls & wc_order) ? demand_code(code) : appeal_code(code);
    target = g;
  } else if (cls & wc_halt) {
    // "halted cooperation", "suspended talks", "stop arming"; the verb's
    // own patterns come first.
    if (!pattern_code(t, c.end, d_.verbs()[static_cast<std::size_t>(w_.info[t].verb)], nullptr)
             .empty())
      return false;
    v = t + 1 < c.end && ing_form(t + 1) && w_.info[t + 1].verb != none ? t + 1 : t;
    code = v == t ? object_noun_code(t, c.end, which) : inner(v, which);
    if (code.empty() || code == "---")
      return false;
    code = halt_code(code);
  } else {
    v = complement_verb(t + 1, c.end);
    if (v == none)
      return false;
    code = inner(v, which);
    if (code.empty())
      return false;
    if (cls & wc_refuse)
      code = refusal_code(code);
    else if (cls & wc_threaten)
      code = threat_code(code);
    else if (polarity(code) >= 0) // "agreed to resume" is an intent; "agreed to
      code = intent_code(code);   // tighten sanctions" a decision, the act itself
  }
  p.code = code;
  p.which = cat({d_.verbs()[static_cast<std::size_t>(w_.info[t].verb)].lemma, " to ", which});
  p.target = target;
  p.complement_end = v + 1;
  p.intent = true;
  return true;
}

// The event verb at t, with its code after complements; false if the
// token names no event here.
bool SentenceCoder::predicate(int t, const Clause &c, Predicate &p) const {
  const auto &ti = w_.info[t];
  if (ti.verb == none || ti.entity != none || verb_class(t, wc_speech | wc_skipverb))
    return false;
  if (t > 0 && (is(t - 1, wc_determiner) || (is(t - 1, wc_preposition) && !ing_form(t))))
    return false; // "the best time", "about contacts": a noun or adjective here
  if (reduced_relative(t))
    return false;
  p.verb = t;
  p.complement_end = t + 1;
  if (complement(t, c, p))
    return true;
  std::string which;
  // "continued to send arms", "tried to assassinate": the act itself.
  if (verb_class(t, wc_aspect))
    if (const int v = complement_verb(t + 1, c.end); v != none) {
      Predicate q;
      if (!predicate(v, c, q))
        return false;
      q.verb = t;
      q.which = cat({d_.verbs()[static_cast<std::size_t>(w_.info[t].verb)].lemma, " to ", q.which});
      p = q;
      return true;
    }
  std::string code = act_code(t, c.end, explain_ ? &which : nullptr);
  if (code.empty() || code == "---")
    return false;
  if (cameo_root(code) == 3) {
    // "prepared to resume shelling": an intent verb takes the code of the
    // act it announces, as an intent where CAMEO has one.
    const int v = complement_verb(t + 1, c.end);
    if (v != none) {
      std::string w2;
      const std::string c2 = act_code(v, c.end, explain_ ? &w2 : nullptr);
      if (!c2.empty() && c2 != "---") {
        code = intent_code(c2);
        which = cat({which, " to ", w2});
        p.complement_end = v + 1;
        p.intent = true;
      }
    }
  }
  p.code = code;
  p.which = which;
  return true;
}

} // namespace entente::detail
