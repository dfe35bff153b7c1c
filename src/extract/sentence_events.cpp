// Who did what to whom in each clause: the subject (or the shared subject
// of a second predicate, or the reporting speaker), the object (not a
// place: "met Putin in Moscow"), passive voice, negation, conditions and
// intentions, and the relations emitted, both ways for mutual acts.
#include "entente/core/actor.hpp"
#include "entente/core/cameo.hpp"
#include "entente/extract/event_codes.hpp"
#include "entente/extract/sentence.hpp"

#include <algorithm>

namespace entente::detail {
namespace {

const std::string demand_any = "100"; // CAMEO: demand, not specified below
const std::string accuse_any = "112"; // CAMEO: accuse, not specified below
const FoldPolicy group_nodes{Level::country, Groups::keep, true};

// Consultations and agreements happen with someone, not somewhere: "met
// Putin in Moscow" has no Russian counterpart besides Putin.
bool place_is_no_counterpart(std::string_view code) {
  for (std::string_view c : {"040", "041", "043", "044", "046", "057", "0871"})
    if (code == c)
      return true;
  return false;
}

} // namespace

void SentenceCoder::run(const std::string &doc, int index, std::vector<Relation> &out) {
  doc_ = &doc;
  index_ = index;
  out_ = &out;
  tokenize(s_, w_.tokens);
  annotate();
  match_names();
  build_entities();
  build_groups();
  build_clauses();
  if (explain_)
    explain_actors();
  w_.parse.parsed = false;
  if (parser_ && coded_groups() >= 2)
    parse_precise();
  w_.subject_of_clause.assign(w_.clauses.size(), none);
  for (int c = 0; c < static_cast<int>(w_.clauses.size()); ++c)
    code_clause(c);
}

void SentenceCoder::note(const std::string &line) {
  if (explain_)
    *explain_ += cat({"    ", line, "\n"});
}

std::string SentenceCoder::group_text(int g) const {
  std::string s;
  for (int e : w_.groups[g].entities)
    s += cat({s.empty() ? "" : "+", w_.entities[e].code});
  return s.empty() ? "?" : s;
}

// "Russia said that Sudan must return ...": a demand from the speaker.
bool SentenceCoder::code_obligation(const Clause &c) {
  if (c.speaker == none)
    return false;
  for (int g = 0; g < static_cast<int>(w_.groups.size()); ++g) {
    const auto &gr = w_.groups[g];
    if (gr.begin < c.begin || gr.end > c.end || gr.entities.empty() || w_.used_as_speaker[g])
      continue;
    for (int k = gr.end; k < std::min(c.end, gr.end + 2); ++k)
      if (is(k, wc_obligation)) {
        emit(c.speaker, g, k, demand_any, "obligation", false);
        return true;
      }
    return false; // only the clause's subject counts
  }
  return false;
}

// The first actor of the clause before the verb; else the subject of the
// clause this one continues ("... and expelled a diplomat").
int SentenceCoder::subject_of(int t, const Clause &c) const {
  // The parsed subject when it is an actor; else the fast rules.
  if (const VerbRoles *r = roles(t); r && r->subject >= 0)
    if (const int g = group_of_offset(r->subject); g != none && !w_.used_as_speaker[g])
      return g;
  for (int g = 0; g < static_cast<int>(w_.groups.size()); ++g) {
    const auto &gr = w_.groups[g];
    if (gr.begin >= c.begin && gr.end <= t && !gr.entities.empty() && !w_.used_as_speaker[g] &&
        !of_a_noun(g))
      return g;
  }
  return c.inherits == none ? none : w_.subject_of_clause[static_cast<std::size_t>(c.inherits)];
}

// "the false accusations of Russian involvement compromised ...": an actor
// after "of" that belongs to an accusation or an event noun is not the
// subject ("a patch of Bangladeshi troops" still is).
bool SentenceCoder::of_a_noun(int g) const {
  int k = w_.groups[g].begin - 1;
  while (k >= 0 && is(k, wc_determiner))
    --k;
  if (!word(k, "of") || k == 0)
    return false;
  return is(k - 1, wc_accusation) || d_.noun_code(w_.info[k - 1].id);
}

// "brokered", "taken": a verb form that can be a past participle.
bool SentenceCoder::participle_form(int t) const {
  const auto f = text(t);
  return w_.info[t].verb != none && f.size() > 3 &&
         (f.substr(f.size() - 2) == "ed" || f.substr(f.size() - 2) == "en");
}

// Precise mode: the parse gives the verb a subject that is no actor and no
// pronoun ("the blast was caused by ...").
bool SentenceCoder::parsed_noun_subject(int t) const {
  const VerbRoles *r = roles(t);
  if (!r || r->subject < 0)
    return false;
  const int k = token_of(r->subject);
  return group_of_offset(r->subject) == none && !is(k, wc_pronoun) && !word(k, "this");
}

// A noun phrase with a determiner before the verb ("a Russian-made
// missile", "the blast") is the clause's own, non-actor subject; "this is"
// and pronouns are not.
bool SentenceCoder::noun_subject(int begin, int t) const {
  for (int k = begin; k < t; ++k)
    if (is(k, wc_determiner) && k + 1 < t && w_.info[k + 1].verb == none &&
        w_.info[k + 1].entity == none)
      return true;
  return false;
}

// Who made the accusations a denial answers: "rejected Canada's
// allegations", "denied U.S. claims", "rejected accusations by the
// Philippines".
int SentenceCoder::accuser(int t, const Clause &c) const {
  for (int k = t + 1; k < c.end; ++k) {
    if (!is(k, wc_accusation))
      continue;
    int g = group_ending_before(k, k - 2);
    if (g != none && w_.groups[g].begin > t)
      return g;
    if (word(k + 1, "by") || word(k + 1, "from"))
      if ((g = group_starting_at(k + 2, k + 3)) != none)
        return g;
  }
  return none;
}

// "reimposed blockades in the West Bank after the deaths of two Israelis":
// an actor of the subject's own country in a prepositional phrase is no
// counterpart (as a direct object it is: "accused Darfur rebels").
bool SentenceCoder::same_country(int g, int subject) const {
  if (subject == none)
    return false;
  for (int a : w_.groups[g].entities)
    for (int b : w_.groups[subject].entities)
      if (country_of(w_.entities[a].code) != country_of(w_.entities[b].code))
        return false;
  return true;
}

// The counterpart of a verb: the first actor after it that is not its
// subject's own country in a phrase ("after the deaths of two Israelis" /
// "Russia's participation"), not the agent of a participle ("a deal
// brokered by China"), and not a place unless nothing else is there. A
// mutual act takes only a direct object or a "with" partner: "met on the
// sidelines of the G20 summit", "traded barbs over Taiwan" have none.
int SentenceCoder::object_of(const Predicate &p, const Clause &c, int subject) const {
  if (p.code == "016")
    if (const int g = accuser(p.verb, c); g != none)
      return g;
  if (roles(p.act_verb))
    if (const int g = parsed_object(p, c, subject); g != none)
      return g;
  const bool mutual = place_is_no_counterpart(p.code) || verb_class(p.verb, wc_reciprocal);
  int place = none;
  for (int g = 0; g < static_cast<int>(w_.groups.size()); ++g) {
    const auto &gr = w_.groups[g];
    if (gr.begin <= p.verb || gr.end > c.end || gr.entities.empty() || w_.used_as_speaker[g] ||
        g == subject)
      continue;
    const bool phrase = after_preposition(g);
    if ((phrase || word(gr.end, "'s")) && same_country(g, subject))
      continue;
    if (word(gr.begin - 1, "by") && gr.begin >= 2 && participle_form(gr.begin - 2))
      continue; // "a deal brokered by China"
    if (location_group(g)) {
      if (place == none)
        place = g;
      if (p.code == "042") // "arrived in Taiwan despite warnings from China"
        return g;
      continue;
    }
    if (mutual && phrase && !word(preposition_of(g), "with"))
      continue;
    // "complained to the United Nations over Israeli air raids": the
    // complaint is about the actor after "over", not the one told.
    if (cameo_root(p.code) == 11 && word(gr.begin - 1, "to"))
      for (int h = g + 1; h < static_cast<int>(w_.groups.size()); ++h)
        if (w_.groups[h].end <= c.end && !w_.groups[h].entities.empty() &&
            (word(w_.groups[h].begin - 1, "over") || word(w_.groups[h].begin - 2, "over")))
          return h;
    return g;
  }
  // Only a place after the verb: where an attack or a visit went ("struck
  // sites in Pakistan", "arrived in Beijing").
  return mutual ? none : place;
}

// Precise mode: the parsed direct objects, then the objects of the verb's
// prepositions ("met with", "sanctions on"), under the same exclusions as
// the fast rules; a mutual act takes only a direct object or "with". None:
// the fast rules decide.
int SentenceCoder::parsed_object(const Predicate &p, const Clause &c, int subject) const {
  const VerbRoles &r = *roles(p.act_verb);
  const bool mutual = place_is_no_counterpart(p.code) || verb_class(p.verb, wc_reciprocal);
  const auto usable = [&](int g) {
    return g != none && g != subject && !w_.used_as_speaker[g] && w_.groups[g].end <= c.end &&
           !(same_country(g, subject) && (after_preposition(g) || word(w_.groups[g].end, "'s")));
  };
  for (int off : r.objects)
    if (const int g = group_of_offset(off); usable(g))
      return g;
  // Prepositions that name a counterpart; "in", "from", "of" name places
  // and parts more often ("suppression of unrest in Montenegro").
  for (const auto &[prep, off] : r.preps) {
    const bool counterpart =
        prep == "with" || prep == "against" || prep == "on" || prep == "at" || prep == "to";
    if (!counterpart || (mutual && prep != "with"))
      continue;
    if (const int g = group_of_offset(off); usable(g))
      return g;
  }
  return none;
}

// "Fighting erupted between the army and the RSF", "talks between U.S. and
// Ukrainian delegations": an event noun between two actors, both ways.
bool SentenceCoder::code_between(const Clause &c) {
  for (int k = c.begin; k < c.end; ++k) {
    if (!is(k, wc_between))
      continue;
    const int g = group_starting_at(k + 1, k + 3);
    if (g == none || w_.groups[g].entities.size() < 2 || w_.groups[g].end > c.end)
      return false;
    for (int j = k - 1; j >= std::max(c.begin, k - 6); --j) {
      const auto &i = w_.info[j];
      std::string code;
      if (const std::string *noun = d_.noun_code(i.id))
        code = *noun;
      else if (i.verb != none && i.entity == none && ing_form(j))
        code = d_.verbs()[static_cast<std::size_t>(i.verb)].code;
      if (code.empty() || code == "---")
        continue;
      if (before_has(c.begin, j, wc_negation, 3) || c.condition)
        return false;
      emit_reciprocal(g, j, code, cat({"between: ", text(j)}));
      return true;
    }
    return false;
  }
  return false;
}

int SentenceCoder::condition_actor(int ci) const {
  for (int k : {ci + 1, ci - 1}) {
    if (k < 0 || k >= static_cast<int>(w_.clauses.size()) || !w_.clauses[k].condition)
      continue;
    const auto &c = w_.clauses[static_cast<std::size_t>(k)];
    for (int g = 0; g < static_cast<int>(w_.groups.size()); ++g)
      if (w_.groups[g].begin >= c.begin && w_.groups[g].end <= c.end &&
          !w_.groups[g].entities.empty())
        return g;
  }
  return none;
}

void SentenceCoder::code_clause(int ci) {
  const Clause &c = w_.clauses[static_cast<std::size_t>(ci)];
  if (c.condition) {
    note(cat({"'", span(c.begin, std::max(c.begin + 1, c.end)), "': a condition, not coded"}));
    return;
  }
  if (code_obligation(c))
    return;
  for (int t = c.begin; t < c.end; ++t) {
    Predicate p;
    if (!predicate(t, c, p))
      continue;
    const int subject = subject_of(t, c);
    w_.subject_of_clause[static_cast<std::size_t>(ci)] = subject;
    const bool own_subject = subject != none && w_.groups[subject].begin >= c.begin;
    const int lo = own_subject ? w_.groups[subject].end : c.begin;
    if (before_has(lo, t, wc_negation, 4) || word(t + 1, "no") || word(t + 1, "not")) {
      note(cat({"'", text(t), "': negated, not coded"}));
      return;
    }
    if (before_has(c.begin, t, wc_hypothetical, 6)) {
      note(cat({"'", text(t), "': hypothetical, not coded"}));
      return;
    }
    std::string code = p.code;
    if (!p.intent && before_has(lo, t, wc_intent, 4))
      code = intent_code(code);
    int source = subject, target = p.target != none ? p.target : object_of(p, c, subject);
    // Passive: "China was accused by the United States".
    const auto form = text(t);
    const auto &verb = d_.verbs()[static_cast<std::size_t>(w_.info[t].verb)];
    const bool aux = t > 0 && is(t - 1, wc_passive); // "was hit", "has been put"
    // "is opposed to", "is committed to": an adjective, not a passive.
    const bool participle = !ing_form(t) && !word(t + 1, "to") &&
                            (aux || (form.size() > 2 && verb.lemma != form && form.back() != 's'));
    const VerbRoles *parsed = roles(t);
    const bool passive =
        (parsed && parsed->passive) || (participle && before_has(lo, t, wc_passive, 3));
    if (own_subject && passive) {
      int by = none;
      for (int k = t + 1; k < std::min(c.end, t + 4) && by == none; ++k)
        if (is(k, wc_by))
          by = k;
      source = by == none ? none : group_starting_at(by + 1, by + 4);
      if (parsed && group_of_offset(parsed->agent) != none)
        source = group_of_offset(parsed->agent);
      // No actor in a "by" phrase: an actor named as the place after the
      // verb ("was arrested in Lebanon") stands for the authority that
      // acted, as CAMEO coders read such sentences; any other actor after
      // the verb is not the agent ("will be struck, even if Russia ...").
      for (int g = 0; source == none && g < static_cast<int>(w_.groups.size()); ++g)
        if (w_.groups[g].begin > t && w_.groups[g].end <= c.end && location_group(g) &&
            !w_.groups[g].entities.empty())
          source = g;
      if (source == none) {
        note(cat({"'", text(t), "': passive without agent, not coded"}));
        continue;
      }
      target = subject;
    }
    // ... but a relative clause ("a resolution that aims to ...") has
    // its own subject, the noun before it, not the speaker.
    // "Trump said it is time to increase cooperation with Russia": a
    // reported clause led by a pronoun is the speaker's ("Poland said a
    // Russian-made missile had killed ..." is not Poland's act).
    if (source == none && target != none && c.speaker != none && !c.relative &&
        !noun_subject(c.begin, t) && !parsed_noun_subject(t))
      source = c.speaker;
    if (source == none) {
      note(cat({"'", text(t), "' (", p.which, "): no source actor"}));
      continue;
    }
    // "threatened to strike unless Israel withdrew": the threat is aimed at
    // the actor of its condition.
    if (cameo_root(code) == 13 &&
        (target == none || location_group(target) || same_country(target, source)))
      if (const int g = condition_actor(ci); g != none)
        target = g;
    if (target == none) {
      if (w_.groups[source].entities.size() >= 2) {
        emit_reciprocal(source, t, code, p.which);
        return;
      }
      note(cat({"'", text(t), "' (", p.which, "): no target actor"}));
      continue;
    }
    emit(source, target, t, code, p.which, reciprocal_code(code) || verb_class(t, wc_reciprocal));
    // "X claimed that Y attacked Z": X's accusation of Y too.
    if (c.claim && c.speaker != none && c.speaker != source && polarity(code) < 0)
      emit(c.speaker, source, t, accuse_any, "claim", false);
    return;
  }
  code_between(c);
}

void SentenceCoder::emit_one(const std::string &src, const std::string &tgt, int b, int e,
                             const std::string &code) {
  // Self-relations do not enter the graph; a group and its country (Hamas
  // and Palestine) are two nodes when groups are kept, so both are emitted.
  if (fold_actor(src, group_nodes) == fold_actor(tgt, group_nodes))
    return;
  Relation r = make_relation(date_, src, tgt, code);
  r.provenance.doc = *doc_;
  r.provenance.sentence = index_;
  r.provenance.evidence = std::string(span(b, e));
  out_->push_back(std::move(r));
}

void SentenceCoder::emit(int source, int target, int verb, const std::string &code,
                         const std::string &which, bool mutual) {
  const auto &gs = w_.groups[source], &gt = w_.groups[target];
  const int b = std::min({gs.begin, gt.begin, verb}), e = std::max({gs.end, gt.end, verb + 1});
  const std::string linked = linked_code(code);
  for (int se : gs.entities)
    for (int te : gt.entities) {
      const auto &s = w_.entities[se].code, &t = w_.entities[te].code;
      emit_one(s, t, b, e, code);
      if (mutual)
        emit_one(t, s, b, e, code);
      else if (!linked.empty())
        emit_one(t, s, b, e, linked);
    }
  if (explain_)
    note(cat({"'", text(verb), "' (", which, " -> ", code, "): ", group_text(source), " -> ",
              group_text(target),
              mutual           ? " and back"
              : linked.empty() ? ""
                               : " (linked back)"}));
}

void SentenceCoder::emit_reciprocal(int group, int verb, const std::string &code,
                                    const std::string &which) {
  const auto &g = w_.groups[group];
  const int b = std::min(g.begin, verb), e = std::max(g.end, verb + 1);
  for (int x : g.entities)
    for (int y : g.entities)
      if (x != y)
        emit_one(w_.entities[x].code, w_.entities[y].code, b, e, code);
  if (explain_)
    note(cat({"'", text(verb), "' (", which, " -> ", code, "): ", group_text(group),
              " with each other"}));
}

} // namespace entente::detail
