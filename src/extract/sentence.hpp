// Internal to the coder (namespace detail): one sentence coded in passes
// over its tokens. Actors (sentence_actors.cpp): names found in one trie
// pass, merged into actors and compound actors. Clauses
// (sentence_clauses.cpp): split at reporting verbs, clause words, "and" +
// verb and ", V-ing", each knowing its speaker. Events (sentence_events.cpp,
// sentence_verbs.cpp): per clause, the event verb with its code, subject,
// object, voice, negation and mood, emitted one relation per pair of
// actors, both ways for mutual acts.
//
//   detail::Work &w = detail::work();   // per thread, reused
//   detail::SentenceCoder(s, date, dict, w, nullptr).run("doc", 0, out);
#pragma once

#include "entente/core/relation.hpp"
#include "entente/extract/dictionary.hpp"
#include "entente/extract/link_parser.hpp"
#include "entente/extract/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace entente::detail {

inline constexpr int none = -1;

struct TokenInfo {
  std::uint32_t id = 0;      // word id (0 = unknown word)
  std::uint32_t classes = 0; // grammar classes of the word
  std::uint32_t lemma = 0;   // grammar classes of its verb's lemma (0 if no verb)
  int verb = none;           // verb entry of the word form
  int entity = none;         // entity covering the token
  bool capitalized = false;
};

struct Mention {
  int begin, end;         // tokens
  std::string_view code;  // resolved actor code, empty if none, "-" for no actor
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
  int speaker = none;     // group of the reporting speaker that governs the clause
  bool relative = false;  // opened by "which", "who" or a relative "that"
  bool claim = false;     // the speaker claims it ("claimed that", "alleged that")
  int inherits = none;    // clause whose subject this one shares ("... and expelled")
  bool condition = false; // "if / unless ...": a condition, never coded
};

// The event a clause's verb names, before its actors are known.
struct Predicate {
  int verb = none;         // token
  std::string code;        // CAMEO code, after complements
  std::string which;       // what fired, for --explain
  int target = none;       // group fixed by the complement ("urged Japan to ...")
  int complement_end = -1; // tokens up to here belong to the complement
  int act_verb = none;     // the verb whose object the act has (the complement's, if any)
  bool intent = false;     // a complement made it an intention or a threat already
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
  std::vector<int> subject_of_clause;
  std::vector<char> used_as_speaker;
  std::vector<std::uint32_t> candidates; // pattern indices, see pattern_code
  std::string low;
  // Precise mode: the masked sentence, its byte offsets' tokens, the parse.
  std::string masked;
  std::vector<int> token_at;
  std::vector<int> roles_of_token;
  ParseRoles parse;
};

Work &work();

// Concatenation without GCC 12's false -Wrestrict on "literal" + string&&.
std::string cat(std::initializer_list<std::string_view> parts);

class SentenceCoder {
public:
  SentenceCoder(std::string_view s, Date date, const Dictionaries &d, Work &w, std::string *explain,
                const LinkParser *parser = nullptr)
      : s_(s), date_(date), d_(d), w_(w), explain_(explain), parser_(parser) {}

  // True once run() has parsed the sentence (precise mode, two actors).
  bool parsed() const { return w_.parse.parsed; }

  void run(const std::string &doc, int index, std::vector<Relation> &out);

  // For the precise mode: the actors found, after run().
  const Work &work() const { return w_; }

private:
  // Tokens and their classes.
  std::string_view text(int t) const {
    const auto &k = w_.tokens[t];
    return s_.substr(k.begin, k.end - k.begin);
  }
  std::string_view span(int b, int e) const {
    return s_.substr(w_.tokens[b].begin, w_.tokens[e - 1].end - w_.tokens[b].begin);
  }
  int n() const { return static_cast<int>(w_.tokens.size()); }
  bool is(int t, std::uint32_t cls) const {
    return t >= 0 && t < n() && (w_.info[t].classes & cls) != 0;
  }
  bool verb_class(int t, std::uint32_t cls) const {
    return t >= 0 && t < n() && (w_.info[t].lemma & cls) != 0;
  }
  bool is_speech(int t) const;
  bool word(int t, std::string_view w) const { return t >= 0 && t < n() && text(t) == w; }
  bool ing_form(int t) const;
  bool before_has(int lo, int t, std::uint32_t cls, int window) const;

  // sentence_actors.cpp
  void annotate();
  bool exact_case(const NameEntry &e, int b) const;
  void match_names();
  bool glue(int t) const;
  bool modifier(int t) const;
  void build_entities();
  void build_groups();
  int group_ending_before(int t, int lo) const;
  int group_starting_at(int t, int hi) const;
  int group_at(int t) const; // the group covering token t, none if none
  bool location_group(int g) const;
  bool after_preposition(int g) const;
  int preposition_of(int g) const; // the token of the preposition before group g, or none

  // sentence_clauses.cpp
  bool governed_that(int t) const;
  bool speaker_gap(int t) const;
  bool event_verb_at(int t) const;
  bool clause_follows(int t) const;
  bool names_event(int t) const;
  void build_clauses();

  // sentence_parse.cpp: the precise mode
  int coded_groups() const;
  void parse_precise();
  int token_of(int offset) const;
  const VerbRoles *roles(int t) const;
  int group_of_offset(int offset) const;

  // sentence_verbs.cpp: what event a verb names
  std::string pattern_code(int t, int end, const VerbEntry &v, std::string *which) const;
  bool pattern_matches(const Pattern &p, int t, int end) const;
  int passive_span(int t) const;
  bool reduced_relative(int t) const;
  bool in_noun_phrase(int t) const;
  std::string object_noun_code(int t, int end, std::string &which, int window = 5) const;
  std::string act_code(int t, int end, std::string *which) const;
  int complement_verb(int t, int end) const;
  bool predicate(int t, const Clause &c, Predicate &p) const;
  bool complement(int t, const Clause &c, Predicate &p) const;

  // sentence_events.cpp: who did it to whom
  bool code_obligation(const Clause &c);
  void code_clause(int ci);
  int subject_of(int t, const Clause &c) const;
  bool of_a_noun(int g) const;
  bool noun_subject(int begin, int t) const;
  bool parsed_noun_subject(int t) const;
  int parsed_object(const Predicate &p, const Clause &c, int subject) const;
  bool participle_form(int t) const;
  int object_of(const Predicate &p, const Clause &c, int subject) const;
  bool same_country(int g, int subject) const;
  int condition_actor(int ci) const;
  int accuser(int t, const Clause &c) const;
  bool code_between(const Clause &c);
  void note(const std::string &line);
  std::string group_text(int g) const;
  void emit_one(const std::string &src, const std::string &tgt, int b, int e,
                const std::string &code);
  void emit(int source, int target, int verb, const std::string &code, const std::string &which,
            bool mutual);
  void emit_reciprocal(int group, int verb, const std::string &code, const std::string &which);
  void explain_actors();

  std::string_view s_;
  Date date_;
  const Dictionaries &d_;
  Work &w_;
  std::string *explain_;
  const LinkParser *parser_;
  const std::string *doc_ = nullptr;
  int index_ = 0;
  std::vector<Relation> *out_ = nullptr;
};

} // namespace entente::detail
