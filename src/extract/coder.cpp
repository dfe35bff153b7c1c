#include "entente/extract/coder.hpp"

#include "entente/core/actor.hpp"
#include "entente/core/cameo.hpp"
#include "entente/core/error.hpp"
#include "entente/extract/text.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

namespace entente {
namespace {

constexpr int none = -1;
const std::string demand_code = "100"; // CAMEO: demand, not specified below

// Concatenation without GCC 12's false -Wrestrict on "literal" + string&&.
std::string cat(std::initializer_list<std::string_view> parts) {
  std::string s;
  for (auto p : parts)
    s += p;
  return s;
}

struct TokenInfo {
  std::uint32_t id = 0;      // word id (0 = unknown word)
  std::uint32_t classes = 0; // grammar classes of the word
  int verb = none;           // verb entry of the word form
  int entity = none;         // entity covering the token
  bool capitalized = false;
};

struct Mention {
  int begin, end;         // tokens
  std::string_view code;  // resolved actor code, empty if none
  std::string_view agent; // agent code, empty if none
};

struct Entity {
  int begin, end;
  std::string code; // "USA", "USAGOV", "IGOUNO"; empty for a bare agent ("officials")
};

struct Group {
  int begin, end;
  std::vector<int> entities; // with codes only
};

struct Clause {
  int begin, end;
  int speaker = none;    // group of the reporting speaker that governs the clause
  bool relative = false; // opened by "which", "who" or a relative "that"
};

// Per-thread scratch space: reused across sentences so coding allocates little.
struct Work {
  std::vector<Token> tokens;
  std::vector<TokenInfo> info;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Group> groups;
  std::vector<Clause> clauses;
  std::vector<int> group_of_entity;
  std::vector<char> used_as_speaker;
  std::vector<std::uint32_t> candidates; // pattern indices, see pattern_code
  std::string low;
};

std::string_view resolve(const NameEntry &e, Date date) {
  const ActorCode *undated = nullptr;
  for (const auto &c : e.codes) {
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

class SentenceCoder {
public:
  SentenceCoder(std::string_view s, Date date, const Dictionaries &d, Work &w, std::string *explain)
      : s_(s), date_(date), d_(d), w_(w), explain_(explain) {}

  void run(const std::string &doc, int index, std::vector<Relation> &out) {
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
    for (const auto &c : w_.clauses)
      code_clause(c);
  }

private:
  std::string_view text(int t) const {
    const auto &k = w_.tokens[t];
    return s_.substr(k.begin, k.end - k.begin);
  }
  std::string_view span(int b, int e) const {
    return s_.substr(w_.tokens[b].begin, w_.tokens[e - 1].end - w_.tokens[b].begin);
  }
  int n() const { return static_cast<int>(w_.tokens.size()); }
  bool is(int t, std::uint32_t cls) const { return (w_.info[t].classes & cls) != 0; }
  bool verb_class(int t, std::uint32_t cls) const {
    const int v = w_.info[t].verb;
    return v != none && (d_.classes(d_.verbs()[v].lemma_id) & cls) != 0;
  }
  bool is_speech(int t) const { return w_.info[t].entity == none && verb_class(t, wc_speech); }

  void annotate() {
    w_.info.assign(w_.tokens.size(), TokenInfo{});
    for (int t = 0; t < n(); ++t) {
      lower_into(text(t), w_.low);
      auto &i = w_.info[t];
      i.id = d_.word_id(w_.low);
      i.classes = d_.classes(i.id);
      i.verb = d_.verb_of(i.id);
      i.capitalized = w_.tokens[t].capitalized;
    }
  }

  bool exact_case(const NameEntry &e, int b) const {
    for (std::size_t k = 0; k < e.exact.size(); ++k)
      if (text(b + static_cast<int>(k)) != e.exact[k])
        return false;
    return true;
  }

  // One pass, longest match first.
  void match_names() {
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
      w_.mentions.push_back(best);
      i = best_end;
    }
  }

  // Tokens that may sit between two names of one actor ("US President Donald
  // Trump", "the heads of state of the United States").
  bool glue(int t) const {
    const auto &i = w_.info[t];
    if (i.classes & wc_glue)
      return true;
    return i.capitalized && i.verb == none && !(i.classes & (wc_boundary | wc_compound));
  }
  bool modifier(int t) const {
    const auto &i = w_.info[t];
    const char c = text(t)[0];
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return word && i.verb == none && !(i.classes & ~wc_glue);
  }

  void build_entities() {
    w_.entities.clear();
    const auto country = [](std::string_view code) { return code.substr(0, 3); };
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
        if (code.empty())
          code = m.code;
        if (agent.empty())
          agent = m.agent;
      }
      end = m.end;
    }
    flush();
  }

  void build_groups() {
    w_.groups.clear();
    w_.group_of_entity.assign(w_.entities.size(), none);
    for (int e = 0; e < static_cast<int>(w_.entities.size()); ++e) {
      const auto &ent = w_.entities[e];
      bool join = false;
      if (!w_.groups.empty()) {
        const auto &g = w_.groups.back();
        bool compound = false;
        join = ent.begin - g.end <= 3;
        for (int t = g.end; join && t < ent.begin; ++t) {
          compound = compound || is(t, wc_compound);
          join = is(t, wc_compound) || text(t) == "the";
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

  // "that" right after an event verb ("demanded (Friday) that") opens its
  // object, not a new clause.
  bool governed_that(int t) const {
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
  bool speaker_gap(int t) const {
    const char c = text(t)[0];
    return c >= 'a' && c <= 'z' && !is(t, wc_determiner | wc_boundary);
  }

  int group_ending_before(int t, int lo) const {
    for (int g = static_cast<int>(w_.groups.size()) - 1; g >= 0; --g)
      if (w_.groups[g].end <= t && w_.groups[g].end >= lo)
        return g;
    return none;
  }
  int group_starting_at(int t, int hi) const {
    for (int g = 0; g < static_cast<int>(w_.groups.size()); ++g)
      if (w_.groups[g].begin >= t && w_.groups[g].begin <= hi)
        return g;
    return none;
  }

  // Clauses end at clause words and at reporting verbs; the clause after
  // "X said (that)" and the clauses before a final ", X said" are governed
  // by speaker X.
  void build_clauses() {
    w_.clauses.clear();
    w_.used_as_speaker.assign(w_.groups.size(), 0);
    int begin = 0, speaker = none;
    bool relative = false;
    for (int t = 0; t < n(); ++t) {
      if (t < begin)
        continue; // the "that" of "said that", already consumed
      const bool speech = is_speech(t);
      if (!speech && !is(t, wc_boundary))
        continue;
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
      w_.clauses.push_back({begin, t, speaker, relative});
      const auto word = text(t);
      relative = !speech && (is(t, wc_that) || word == "which" || word == "who");
      begin = t + 1;
      if (begin < n() && is(begin, wc_that))
        ++begin;
      if (speech) // clause words keep the current speaker
        speaker = next_speaker;
    }
    w_.clauses.push_back({begin, n(), speaker, relative});
  }

  bool pattern_matches(const Pattern &p, int t, int end) const {
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
  std::string pattern_code(int t, int end, const VerbEntry &v, std::string *which) const {
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
  bool reduced_relative(int t) const {
    const auto form = text(t);
    if (t == 0 || form.size() < 5 || form.substr(form.size() - 3) != "ing")
      return false;
    const auto &p = w_.info[t - 1];
    const char c = text(t - 1)[0];
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return word && (p.entity != none || (p.verb == none && p.classes == 0));
  }

  // "renewed talks", "imposed sanctions on": a verb without a code of its
  // own takes the code of the event noun it governs (a verb form used as a
  // noun, up to the next actor).
  std::string object_noun_code(int t, int end, std::string &which) const {
    for (int k = t + 1; k < std::min(end, t + 5); ++k) {
      const auto &i = w_.info[k];
      if (i.entity != none || is(k, wc_boundary | wc_compound))
        break;
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

  // "will meet" -> intent to meet: CAMEO 03x by the root of the act.
  static std::string intent_code(const std::string &code) {
    switch (cameo_root(code)) {
    case 4:
      return "036";
    case 5:
      return "032";
    case 6:
      return "031";
    case 7:
      return "033";
    case 8:
      return "035";
    default:
      return code;
    }
  }

  bool before_has(int lo, int t, std::uint32_t cls, int window) const {
    for (int k = std::max(lo, t - window); k < t; ++k)
      if (is(k, cls))
        return true;
    return false;
  }

  void note(const std::string &line) {
    if (explain_)
      *explain_ += cat({"    ", line, "\n"});
  }

  std::string group_text(int g) const {
    std::string s;
    for (int e : w_.groups[g].entities)
      s += cat({s.empty() ? "" : "+", w_.entities[e].code});
    return s.empty() ? "?" : s;
  }

  // "Russia said that Sudan must return ...": a demand from the speaker.
  bool code_obligation(const Clause &c) {
    if (c.speaker == none)
      return false;
    for (int g = 0; g < static_cast<int>(w_.groups.size()); ++g) {
      const auto &gr = w_.groups[g];
      if (gr.begin < c.begin || gr.end > c.end || gr.entities.empty() || w_.used_as_speaker[g])
        continue;
      for (int k = gr.end; k < std::min(c.end, gr.end + 2); ++k)
        if (is(k, wc_obligation)) {
          emit(c.speaker, g, k, demand_code, "obligation");
          return true;
        }
      return false; // only the clause's subject counts
    }
    return false;
  }

  void code_clause(const Clause &c) {
    if (code_obligation(c))
      return;
    for (int t = c.begin; t < c.end; ++t) {
      const auto &ti = w_.info[t];
      if (ti.verb == none || ti.entity != none || verb_class(t, wc_speech | wc_skipverb))
        continue;
      if (t > 0 && is(t - 1, wc_determiner))
        continue; // "the best time", "an attack": a noun or adjective here
      if (reduced_relative(t))
        continue;
      const auto &verb = d_.verbs()[ti.verb];
      std::string which;
      std::string code = pattern_code(t, c.end, verb, explain_ ? &which : nullptr);
      if (code.empty() && verb.code == "---")
        code = object_noun_code(t, c.end, which);
      if (code.empty())
        code = verb.code;
      if (code.empty() || code == "---")
        continue;
      if (cameo_root(code) == 3) {
        // "prepared to resume shelling": an intent verb takes the code of
        // the act it announces, as an intent where CAMEO has one.
        int k = t + 1;
        if (k < c.end && text(k) == "to") {
          for (++k; k < std::min(c.end, t + 5); ++k) {
            const auto &ki = w_.info[k];
            if (ki.entity != none || ki.verb == none)
              break;
            const auto &inner = d_.verbs()[ki.verb];
            std::string w2;
            std::string c2 = pattern_code(k, c.end, inner, explain_ ? &w2 : nullptr);
            if (c2.empty())
              c2 = inner.code;
            if (c2 != "---") {
              code = intent_code(c2);
              which = cat({which, " to ", w2});
              break;
            }
          }
        }
      }
      // Subject: the first actor group of the clause before the verb.
      int subject = none;
      for (int g = 0; g < static_cast<int>(w_.groups.size()); ++g) {
        const auto &gr = w_.groups[g];
        if (gr.begin >= c.begin && gr.end <= t && !gr.entities.empty() && !w_.used_as_speaker[g]) {
          subject = g;
          break;
        }
      }
      const int lo = subject == none ? c.begin : w_.groups[subject].end;
      if (before_has(lo, t, wc_negation, 4)) {
        note(cat({"'", text(t), "': negated, not coded"}));
        return;
      }
      if (before_has(c.begin, t, wc_hypothetical, 6)) {
        note(cat({"'", text(t), "': hypothetical, not coded"}));
        return;
      }
      const bool intent = before_has(lo, t, wc_intent, 4);
      int object = none;
      for (int g = 0; g < static_cast<int>(w_.groups.size()); ++g) {
        const auto &gr = w_.groups[g];
        if (gr.begin > t && gr.end <= c.end && !gr.entities.empty() && !w_.used_as_speaker[g]) {
          object = g;
          break;
        }
      }
      int source = subject, target = object;
      // Passive: "China was accused by the United States".
      const auto form = text(t);
      const bool participle = (form.size() > 2 && verb.lemma != form && form.back() != 's' &&
                               !(form.size() > 4 && form.substr(form.size() - 3) == "ing")) ||
                              (t > 0 && text(t - 1) == "been"); // "has been put"
      if (participle && before_has(lo, t, wc_passive, 3)) {
        int by = none;
        for (int k = t + 1; k < std::min(c.end, t + 4) && by == none; ++k)
          if (is(k, wc_by))
            by = k;
        source = by == none ? none : group_starting_at(by + 1, by + 2);
        // No actor in a "by" phrase: the actor named after the verb ("was
        // arrested in Lebanon") is where it happened, and stands for the
        // authority that acted, as CAMEO coders read such sentences.
        if (source == none)
          source = object;
        if (source == none) {
          note(cat({"'", text(t), "': passive without agent, not coded"}));
          continue;
        }
        target = subject;
      }
      // ... but a relative clause ("a resolution that aims to ...") has
      // its own subject, the noun before it, not the speaker.
      if (source == none && target != none && c.speaker != none && !c.relative)
        source = c.speaker; // "Trump said it is time to increase cooperation with Russia"
      if (source == none) {
        note(cat({"'", text(t), "' (", which, "): no source actor"}));
        continue;
      }
      if (intent)
        code = intent_code(code);
      if (target == none) {
        if (w_.groups[source].entities.size() >= 2) {
          emit_reciprocal(source, t, code, which);
          return;
        }
        note(cat({"'", text(t), "' (", which, "): no target actor"}));
        continue;
      }
      emit(source, target, t, code, which);
      return;
    }
  }

  void emit_one(const std::string &src, const std::string &tgt, int b, int e,
                const std::string &code) {
    if (country_of(src) == country_of(tgt))
      return; // self-relations do not enter the graph
    Relation r = make_relation(date_, src, tgt, code);
    r.provenance.doc = *doc_;
    r.provenance.sentence = index_;
    r.provenance.evidence = std::string(span(b, e));
    out_->push_back(std::move(r));
  }

  void emit(int source, int target, int verb, const std::string &code, const std::string &which) {
    const auto &gs = w_.groups[source], &gt = w_.groups[target];
    const int b = std::min({gs.begin, gt.begin, verb}), e = std::max({gs.end, gt.end, verb + 1});
    for (int se : gs.entities)
      for (int te : gt.entities)
        emit_one(w_.entities[se].code, w_.entities[te].code, b, e, code);
    if (explain_)
      note(cat({"'", text(verb), "' (", which, " -> ", code, "): ", group_text(source), " -> ",
                group_text(target)}));
  }

  void emit_reciprocal(int group, int verb, const std::string &code, const std::string &which) {
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

  void explain_actors() {
    std::string line = "  actors:";
    for (const auto &e : w_.entities)
      line +=
          cat({" [", span(e.begin, e.end), " = ", e.code.empty() ? "(agent only)" : e.code, "]"});
    *explain_ += line + "\n";
  }

  std::string_view s_;
  Date date_;
  const Dictionaries &d_;
  Work &w_;
  std::string *explain_;
  const std::string *doc_ = nullptr;
  int index_ = 0;
  std::vector<Relation> *out_ = nullptr;
};

Work &work() {
  thread_local Work w;
  return w;
}

} // namespace

std::vector<Relation> code_sentence(std::string_view sentence, Date date, const Coder &coder,
                                    const std::string &doc_id, int index, std::string *explain) {
  std::vector<Relation> out;
  SentenceCoder(sentence, date, coder.dictionaries(), work(), explain).run(doc_id, index, out);
  return out;
}

std::vector<Relation> code_document(const Document &doc, const Coder &coder, std::string *explain,
                                    CodingStats *stats) {
  if (!doc.date)
    throw Error::at(doc.id, 0, "no date for document (give --date or a dated text)");
  const std::string text = normalize_text(doc.text);
  const auto sentences = split_sentences(text, coder.dictionaries().abbreviations());
  std::vector<Relation> out;
  int index = 0;
  for (const auto &sp : sentences) {
    const std::string_view s(text.data() + sp.begin, sp.end - sp.begin);
    if (explain)
      *explain += cat({"[", doc.id, " #", std::to_string(index), "] ", s, "\n"});
    const auto before = out.size();
    SentenceCoder(s, *doc.date, coder.dictionaries(), work(), explain).run(doc.id, index, out);
    if (explain && out.size() == before && explain->back() == '\n')
      *explain += "    (no event)\n";
    ++index;
  }
  if (stats) {
    ++stats->documents;
    stats->sentences += sentences.size();
    stats->relations += out.size();
  }
  return out;
}

std::vector<std::vector<Relation>> code_documents(const std::vector<Document> &docs,
                                                  const Coder &coder, int threads,
                                                  CodingStats *stats) {
  std::vector<std::vector<Relation>> out(docs.size());
  std::vector<CodingStats> per(std::max(1, threads));
  std::atomic<std::size_t> next{0};
  std::vector<std::string> errors(per.size());
  const auto worker = [&](std::size_t w) {
    try {
      for (std::size_t i; (i = next.fetch_add(1)) < docs.size();)
        out[i] = code_document(docs[i], coder, nullptr, &per[w]);
    } catch (const std::exception &e) {
      errors[w] = e.what();
      next = docs.size();
    }
  };
  if (per.size() == 1 || docs.size() < 2) {
    worker(0);
  } else {
    std::vector<std::thread> pool;
    for (std::size_t w = 0; w < per.size(); ++w)
      pool.emplace_back(worker, w);
    for (auto &t : pool)
      t.join();
  }
  for (const auto &e : errors)
    if (!e.empty())
      throw Error(e);
  if (stats)
    for (const auto &p : per) {
      stats->documents += p.documents;
      stats->sentences += p.sentences;
      stats->relations += p.relations;
    }
  return out;
}

} // namespace entente
