// Actors of a sentence: names found in one trie pass, merged with agent
// words into actors, actors joined by "and" and commas into compound ones.
#include "entente/extract/sentence.hpp"

#include <algorithm>

namespace entente::detail {
namespace {

std::string_view resolve(const std::vector<ActorCode> &codes, Date date) {
  const ActorCode *undated = nullptr;
  for (const auto &c : codes) {
    if (!c.from && !c.to) {
      if (!undated)
        undated = &c;
      continue;
    }
    if ((!c.from || *c.from <= date) && (!c.to || date < *c.to))
      return c.code;
  }
  return undated ? std::string_view(undated->code) : std::string_view();
}

std::string_view resolve(const NameEntry &e, Date date) {
  const auto code = resolve(e.codes, date);
  if (code.empty() && e.earlier_until && date < *e.earlier_until)
    return resolve(e.earlier, date);
  return code;
}

std::string_view country(std::string_view code) { return code.substr(0, 3); }

} // namespace

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string s;
  for (auto p : parts)
    s += p;
  return s;
}

Work &work() {
  thread_local Work w;
  return w;
}

bool SentenceCoder::ing_form(int t) const {
  const auto f = text(t);
  return f.size() > 4 && f.substr(f.size() - 3) == "ing";
}

bool SentenceCoder::before_has(int lo, int t, std::uint32_t cls, int window) const {
  for (int k = std::max(lo, t - window); k < t; ++k)
    if (is(k, cls))
      return true;
  return false;
}

void SentenceCoder::annotate() {
  w_.info.assign(w_.tokens.size(), TokenInfo{});
  for (int t = 0; t < n(); ++t) {
    lower_into(text(t), w_.low);
    auto &i = w_.info[t];
    i.id = d_.word_id(w_.low);
    i.classes = d_.classes(i.id);
    i.verb = d_.verb_of(i.id);
    if (i.verb != none)
      i.lemma = d_.classes(d_.verbs()[static_cast<std::size_t>(i.verb)].lemma_id);
    i.capitalized = w_.tokens[t].capitalized;
  }
}

bool SentenceCoder::exact_case(const NameEntry &e, int b) const {
  for (std::size_t k = 0; k < e.exact.size(); ++k)
    if (text(b + static_cast<int>(k)) != e.exact[k])
      return false;
  return true;
}

// One pass, longest match first.
void SentenceCoder::match_names() {
  w_.mentions.clear();
  for (int i = 0; i < n();) {
    std::uint32_t node = 0;
    int best_end = none;
    Mention best{};
    bool cap = false;
    for (int j = i; j < n(); ++j) {
      node = d_.child(node, w_.info[j].id);
      if (!node)
        break;
      cap = cap || w_.info[j].capitalized;
      const NameEntry *e = d_.entry(node);
      if (!e || (!e->exact.empty() && !exact_case(*e, i)))
        continue;
      // A country or person name must be written with a capital somewhere;
      // agent words ("government") need not be.
      std::string_view code = cap ? resolve(*e, date_) : std::string_view();
      // "ethnic Albanians": a people, not the state of that name.
      if (i > 0 && is(i - 1, wc_ethnic) && code.size() == 3)
        code = {};
      if (code.empty() && e->agent.empty())
        continue;
      best_end = j + 1;
      best = {i, j + 1, code, e->agent};
    }
    if (best_end == none) {
      ++i;
      continue;
    }
    // "Rwanda-backed rebels", "Russian-made missile", "a U.S.-brokered
    // deal": the name modifies the noun after it and is no actor here.
    if (best_end + 1 < n() && text(best_end) == "-" && is(best_end + 1, wc_hyphenated))
      best.code = "-";
    w_.mentions.push_back(best);
    i = best_end;
  }
}

// Tokens that may sit between two names of one actor ("US President Donald
// Trump", "the heads of state of the United States").
bool SentenceCoder::glue(int t) const {
  const auto &i = w_.info[t];
  if (i.classes & wc_glue)
    return true;
  return i.capitalized && i.verb == none && !(i.classes & (wc_boundary | wc_compound));
}

bool SentenceCoder::modifier(int t) const {
  const auto &i = w_.info[t];
  const char c = text(t)[0];
  const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return letter && i.verb == none && !(i.classes & ~wc_glue);
}

void SentenceCoder::build_entities() {
  w_.entities.clear();
  std::string_view code, agent;
  int begin = none, end = none;
  const auto flush = [&] {
    if (begin == none)
      return;
    std::string c(code);
    if (c.size() == 3 && !agent.empty() && c.substr(0, 3) != "IGO")
      c += agent;
    w_.entities.push_back({begin, end, std::move(c)});
    for (int t = begin; t < end; ++t)
      w_.info[t].entity = static_cast<int>(w_.entities.size()) - 1;
    begin = none;
  };
  for (const auto &m : w_.mentions) {
    if (m.code == "-") { // "South China Sea", "Russian-made": matched, but no actor
      flush();
      continue;
    }
    bool merge = begin != none && m.begin - end <= 3;
    for (int t = end; merge && t < m.begin; ++t)
      merge = glue(t) || (m.code.empty() && modifier(t));
    if (merge && !code.empty() && !m.code.empty() && country(code) != country(m.code))
      merge = false;
    if (!merge) {
      flush();
      begin = m.begin;
      code = m.code;
      agent = m.agent;
    } else {
      // "Russia's Wagner group": the more specific code of one country wins.
      if (code.empty() || m.code.size() > code.size())
        code = m.code;
      if (agent.empty())
        agent = m.agent;
    }
    end = m.end;
  }
  flush();
}

void SentenceCoder::build_groups() {
  w_.groups.clear();
  w_.group_of_entity.assign(w_.entities.size(), none);
  for (int e = 0; e < static_cast<int>(w_.entities.size()); ++e) {
    const auto &ent = w_.entities[e];
    bool join = false;
    if (!w_.groups.empty()) {
      const auto &g = w_.groups.back();
      bool compound = false;
      join = ent.begin - g.end <= 4;
      // "the army and the paramilitary RSF": compound words, "the" and
      // plain modifiers between two actors.
      for (int t = g.end; join && t < ent.begin; ++t) {
        compound = compound || is(t, wc_compound);
        const char c = text(t)[0];
        const bool plain =
            compound && c >= 'a' && c <= 'z' && w_.info[t].classes == 0 && w_.info[t].verb == none;
        join = is(t, wc_compound) || text(t) == "the" || plain;
      }
      join = join && compound;
    }
    if (!join)
      w_.groups.push_back({ent.begin, ent.end, {}});
    auto &g = w_.groups.back();
    g.end = ent.end;
    if (!ent.code.empty())
      g.entities.push_back(e);
    w_.group_of_entity[e] = static_cast<int>(w_.groups.size()) - 1;
  }
}

int SentenceCoder::group_ending_before(int t, int lo) const {
  for (int g = static_cast<int>(w_.groups.size()) - 1; g >= 0; --g)
    if (w_.groups[g].end <= t && w_.groups[g].end >= lo)
      return g;
  return none;
}

int SentenceCoder::group_starting_at(int t, int hi) const {
  for (int g = 0; g < static_cast<int>(w_.groups.size()); ++g)
    if (w_.groups[g].begin >= t && w_.groups[g].begin <= hi)
      return g;
  return none;
}

int SentenceCoder::group_at(int t) const {
  const int e = t >= 0 && t < n() ? w_.info[t].entity : none;
  return e == none ? none : w_.group_of_entity[static_cast<std::size_t>(e)];
}

// "in Beijing", "at the White House": where it happened.
bool SentenceCoder::location_group(int g) const {
  int k = w_.groups[g].begin - 1;
  while (k >= 0 && (is(k, wc_determiner) || word(k, "of"))) // "outside of the"
    --k;
  return is(k, wc_location);
}

// "in the West Bank", "of two Israelis": a group in a prepositional phrase
// (determiners, numbers and plain modifiers may come between).
bool SentenceCoder::after_preposition(int g) const { return preposition_of(g) != none; }

int SentenceCoder::preposition_of(int g) const {
  int k = w_.groups[g].begin - 1;
  for (int skipped = 0; k >= 0 && skipped < 3; --k, ++skipped) {
    const auto &i = w_.info[k];
    const char c = text(k)[0];
    const bool plain = ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) && i.classes == 0 &&
                       i.verb == none && i.entity == none;
    if (!is(k, wc_determiner) && !plain)
      break;
  }
  return is(k, wc_preposition | wc_location) ? k : none;
}

// A reporting verb, unless its form modifies the noun after it: "hand over
// alleged bombers", "into the reported attacks".
bool SentenceCoder::is_speech(int t) const {
  if (w_.info[t].entity != none || !verb_class(t, wc_speech))
    return false;
  return !(t > 0 && is(t - 1, wc_determiner | wc_preposition | wc_location)) && !names_event(t);
}

// "announced sanctions on", "announced their withdrawal from": a reporting
// verb whose object is an event noun names that event.
bool SentenceCoder::names_event(int t) const {
  for (int k = t + 1; k < std::min(n(), t + 4); ++k) {
    if (d_.noun_code(w_.info[k].id))
      return true;
    if (!is(k, wc_determiner))
      return false;
  }
  return false;
}

void SentenceCoder::explain_actors() {
  std::string line = "  actors:";
  for (const auto &e : w_.entities)
    line += cat({" [", span(e.begin, e.end), " = ", e.code.empty() ? "(agent only)" : e.code, "]"});
  *explain_ += line + "\n";
}

} // namespace entente::detail
