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
  int pos = t + 1 - passive_span(t);
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

// "Two Estonian diplomats were expelled": in the passive the pattern's
// words ("diplomat") stand before the verb, in its subject; the number of
// tokens back to the clause's start (at most 6), else 0.
int SentenceCoder::passive_span(int t) const {
  if (t < 2 || !is(t - 1, wc_passive) || ing_form(t))
    return 0;
  int k = t - 2;
  while (k > 0 && t - k < 6 && !is(k - 1, wc_boundary) && text(k - 1) != ",")
    --k;
  return t - k + 1;
}

// The first pattern (longest first) whose words follow the verb in order,
// trying only patterns whose first word occurs in the clause.
std::string SentenceCoder::pattern_code(int t, int end, const VerbEntry &v,
                                        std::string *which) const {
  auto &cands = w_.candidates;
  cands.clear();
  for (int k = t + 1 - passive_span(t); k < end && !v.by_first_word.empty(); ++k) {
    if (k == t)
      continue;
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
std::string SentenceCoder::object_noun_code(int t, int end, std::string &which, int window) const {
  for (int k = t + 1; k < std::min(end, t + window); ++k) {
    const auto &i = w_.info[k];
    if (i.entity != none && (word(k + 1, "'s") || w_.entities[i.entity].code.empty()))
      continue; // "suspended Russia's participation", "the naval blockade"
    if (i.entity != none || is(k, wc_boundary | wc_compound) || word(k, "to"))
      break; // an actor, a new clause, or a complement ("make it easier to resolve")
    if (const std::string *noun = d_.noun_code(i.id)) {
      // "a trade deal", "a ceasefire agreement": the last noun is the head.
      while (k + 1 < std::min(end, t + window) && d_.noun_code(w_.info[k + 1].id))
        noun = d_.noun_code(w_.info[++k].id);
      which = cat({d_.verbs()[w_.info[t].verb].lemma, " + noun ", text(k)});
      return *noun;
    }
    if (i.verb == none || verb_class(k, wc_speech | wc_skipverb))
      continue;
    if (const auto f = text(k); f.size() > 4 && f.substr(f.size() - 2) == "ed")
      continue; // "a revised peace accord": an adjective
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
  // A verb that codes through its object takes the event noun right after
  // it, or a pattern ending there ("lifted its blockade"), before a pattern
  // whose word comes later ("signed a deal in Istanbul to resume grain
  // exports" is no export).
  int near = none;
  if (verb.code == "---")
    for (int k = t + 1; k < std::min(end, t + 5) && near == none; ++k) {
      const int e = w_.info[k].entity;
      if ((e != none && !w_.entities[e].code.empty()) || is(k, wc_boundary | wc_compound) ||
          word(k, "to"))
        break;
      if (d_.noun_code(w_.info[k].id))
        near = k;
    }
  std::string code = pattern_code(t, near == none ? end : near + 1, verb, which ? &w : nullptr);
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
  while (t < end && t + 1 < n() && text(t).size() > 3 && text(t).substr(text(t).size() - 2) == "ly")
    ++t; // "voted overwhelmingly to condemn"
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
    // own patterns come first, unless its object noun is right after it.
    std::string near;
    if (object_noun_code(t, std::min(c.end, t + 4), near, 4).empty() &&
        !pattern_code(t, c.end, d_.verbs()[static_cast<std::size_t>(w_.info[t].verb)], nullptr)
             .empty())
      return false;
    v = t + 1 < c.end && ing_form(t + 1) && w_.info[t + 1].verb != none ? t + 1 : t;
    code = v == t ? object_noun_code(t, c.end, which, 10) : inner(v, which);
    if ((code.empty() || code == "---") && v == t) {
      // "suspended Niger", "suspended Russia from the council": membership.
      int k = t + 1;
      while (is(k, wc_determiner))
        ++k;
      if (k < c.end && w_.info[k].entity != none) {
        code = "160";
        which = "member";
      }
    } else if (!code.empty() && code != "---") {
      code = halt_code(code);
    }
    if (code.empty() || code == "---")
      return false;
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
  p.act_verb = v;
  p.intent = true;
  return true;
}

// "a key U.S. ally", "a U.S. drone strike": a verb form after an actor in
// a noun phrase opened by "a" or by a determiner and a modifier is a noun
// ("The United States imposed" is a subject and its verb).
bool SentenceCoder::in_noun_phrase(int t) const {
  const auto f = text(t);
  if (t == 0 || w_.info[t - 1].entity == none || (f.size() > 3 && f.substr(f.size() - 2) == "ed"))
    return false; // "the evil Gondor welcomed": a past form is the verb
  bool modified = false;
  for (int k = t - 1, seen = 0; k >= 0 && seen < 5; --k, ++seen) {
    if (is(k, wc_determiner))
      return modified || word(k, "a") || word(k, "an") || word(k, "A") || word(k, "An");
    const char c = text(k)[0];
    const bool plain = c >= 'a' && c <= 'z' && w_.info[k].classes == 0 && w_.info[k].verb == none;
    if (w_.info[k].entity == none && !plain)
      return false;
    modified = modified || plain;
  }
  return false;
}

// The event verb at t, with its code after complements; false if the
// token names no event here.
bool SentenceCoder::predicate(int t, const Clause &c, Predicate &p) const {
  const auto &ti = w_.info[t];
  if (ti.verb == none || ti.entity != none || verb_class(t, wc_skipverb) ||
      (verb_class(t, wc_speech) && !names_event(t)))
    return false;
  if (t > 0 && (is(t - 1, wc_determiner) || (is(t - 1, wc_preposition) && !ing_form(t))))
    return false; // "the best time", "about contacts": a noun or adjective here
  if (reduced_relative(t) || in_noun_phrase(t))
    return false;
  p.verb = t;
  p.act_verb = t;
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
  const int end = c.end;
  std::string code = act_code(t, end, explain_ ? &which : nullptr);
  if (code.empty() || code == "---")
    return false;
  // "passed a resolution censuring Iran", "issued a statement condemning":
  // a bare statement whose noun is followed by the act it names.
  if (cameo_root(code) == 1)
    for (int k = t + 2; k < end; ++k)
      if (reduced_relative(k) && w_.info[k].verb != none) {
        const std::string act = act_code(k, end, nullptr);
        if (!act.empty() && act != "---" && cameo_root(act) != 1) {
          code = act;
          which = cat({which, " + ", text(k)});
          break;
        }
      }
  // "demanded that the US match the EU's support": a demand whose pattern
  // names what is demanded stays a demand.
  if (cameo_root(d_.verbs()[static_cast<std::size_t>(ti.verb)].code) == 10 && cameo_root(code) == 2)
    code = demand_for_appeal(code);
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
        p.act_verb = v;
        p.intent = true;
      }
    }
  }
  p.code = code;
  p.which = which;
  return true;
}

} // namespace entente::detail
