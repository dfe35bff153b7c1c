// The coder's dictionaries, loaded from a folder of entente's own TSV files
// (datasets/dictionaries/, format in docs/dictionaries.md) and compiled into
// lookup structures: a token trie for actor and agent names (one pass,
// longest match first), a word -> verb table with generated inflections, the
// verb patterns and the function-word classes of grammar.tsv.
//
//   auto d = entente::Dictionaries::load("datasets/dictionaries");
//   d.lemma("accusing") == "accuse";
#pragma once

#include "entente/core/date.hpp"
#include "entente/core/flat_table.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace entente {

// Word classes of grammar.tsv, as bits so one token can be in several.
enum WordClass : std::uint32_t {
  wc_speech = 1u << 0,
  wc_negation = 1u << 1,
  wc_hypothetical = 1u << 2,
  wc_intent = 1u << 3,
  wc_passive = 1u << 4,
  wc_by = 1u << 5,
  wc_compound = 1u << 6,
  wc_boundary = 1u << 7,
  wc_that = 1u << 8,
  wc_pronoun = 1u << 9,
  wc_glue = 1u << 10,
  wc_skipverb = 1u << 11,
  wc_determiner = 1u << 12,
  wc_obligation = 1u << 13,
  wc_ethnic = 1u << 14,
  wc_preposition = 1u << 15,
  wc_claim = 1u << 16,       // reporting verbs that claim ("claimed that Y attacked")
  wc_appeal = 1u << 17,      // "urged / asked / called on X to V"
  wc_order = 1u << 18,       // "ordered X to V"
  wc_refuse = 1u << 19,      // "refused to V"
  wc_reciprocal = 1u << 20,  // "traded / exchanged / swapped": both ways
  wc_location = 1u << 21,    // "in", "at": a place, not a counterpart
  wc_conditional = 1u << 22, // "if", "unless": the sentence is a condition
  wc_hyphenated = 1u << 23,  // "-backed", "-made": the name before is a modifier
  wc_halt = 1u << 24,        // "halted / suspended V"
  wc_agree = 1u << 25,       // "agreed / decided to V"
  wc_threaten = 1u << 26,    // "threatened / vowed to V"
  wc_accusation = 1u << 27,  // "allegations", "claims": who made them is denied
  wc_between = 1u << 28,     // "between X and Y": both ways
  wc_aspect = 1u << 29,      // "continued / began / tried to V": the act of V
};

// A name's code, valid in [from, to) when dated (either end may be open).
struct ActorCode {
  std::string code;
  std::optional<Date> from, to;
};

struct NameEntry {
  std::vector<ActorCode> codes;   // actor codes (dated and undated); "-" names no actor
  std::string agent;              // agent code if the name is an agent word
  std::vector<std::string> exact; // original-case tokens when matching is case-sensitive
  int tier = 0;                   // of the file the codes came from (see add_actors_file)
  // The generated dictionary's codes of a person leaders.tsv lists, kept
  // for dates before the table's first role of that name (Putin in 2001).
  std::vector<ActorCode> earlier;
  std::optional<Date> earlier_until;
};

// One row of leaders.tsv: a person in a role, for the coverage checks.
struct LeaderRole {
  std::string name, code, role;
  std::optional<Date> from, to;
};

struct Pattern {
  std::vector<std::vector<std::uint32_t>> words; // alternatives per position (word ids)
  std::string code;                              // "---" suppresses the event
  std::string text;                              // as written, for --explain
  bool hand_written = false; // from patterns.extra.tsv: wins over a generated one as long
};

struct VerbEntry {
  std::string lemma;
  std::uint32_t lemma_id = 0;    // word id of the lemma, for its grammar classes
  std::string code;              // default code, "---" = only through a pattern
  std::vector<Pattern> patterns; // longest first
  // (first word id, index into patterns), sorted: a pattern can only match
  // when its first word occurs after the verb, so the coder looks up the
  // clause's words here instead of trying every pattern.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> by_first_word;
};

// The dictionary folder to use: `given` if not empty, else the first folder
// that exists of $ENTENTE_DICTIONARIES, ./datasets/dictionaries,
// and <binary>/../share/entente/dictionaries (an installed prefix's, or
// the build tree's link to the source's datasets/dictionaries). Throws Error (naming the places
// tried) if none.
std::filesystem::path find_dictionaries(const std::string &given);

class Dictionaries {
public:
  // Loads every known file in `folder`; throws Error naming file:line.
  static Dictionaries load(const std::filesystem::path &folder);
  // Adds the names of one more actors file (same format as actors.tsv).
  // Files come in tiers: the generated actors.tsv (0), the hand-written
  // files (1), files added by callers (2). A name listed in a higher tier
  // replaces the codes a lower tier gave it, so a hand-written row can
  // retire a generated one ("ansar allah" is the Houthis, not Lebanon).
  void add_actors_file(const std::filesystem::path &file, int tier = 2);

  // Word id of a lower-case word, 0 if the dictionaries never mention it.
  std::uint32_t word_id(std::string_view lower) const { return words_.find(lower); }
  std::uint32_t classes(std::uint32_t word) const {
    return word < classes_.size() ? classes_[word] : 0;
  }
  // Index into verbs() for a word form, -1 if none.
  int verb_of(std::uint32_t word) const { return word < verb_of_.size() ? verb_of_[word] : -1; }
  const std::vector<VerbEntry> &verbs() const { return verbs_; }
  // CAMEO code of an event noun (nouns.tsv) for a word form, nullptr if none.
  const std::string *noun_code(std::uint32_t word) const {
    const int n = word < noun_of_.size() ? noun_of_[word] : -1;
    return n < 0 ? nullptr : &noun_codes_[static_cast<std::size_t>(n)];
  }
  // "accusing" -> "accuse"; the word itself if it is no known verb form.
  std::string lemma(std::string_view word) const;

  // Trie over word ids: child of `node` by `word`, 0 if none (root is 0).
  std::uint32_t child(std::uint32_t node, std::uint32_t word) const {
    if (node == 0) // most lookups start a name: one array read
      return word < root_.size() ? root_[word] : 0;
    return trie_.find((std::uint64_t{node} << 32) | word);
  }
  // The names ending at `node`, nullptr if none.
  const NameEntry *entry(std::uint32_t node) const {
    const std::uint32_t e = node < entry_of_.size() ? entry_of_[node] : 0;
    return e == 0 ? nullptr : &names_[e - 1];
  }
  const std::unordered_set<std::string> &abbreviations() const { return abbreviations_; }
  std::size_t name_count() const { return names_.size(); }
  const std::vector<LeaderRole> &leaders() const { return leaders_; }
  std::size_t pattern_count() const;

private:
  std::uint32_t intern(std::string_view lower);
  NameEntry &name_entry(std::string_view name, const std::string &origin, std::size_t line);
  void add_verb(std::string lemma, std::string code, const std::vector<std::string> &forms);
  void add_pattern(const std::string &lemma, std::string_view words, const std::string &code);
  void load_grammar(const std::filesystem::path &file);
  void load_agents(const std::filesystem::path &file);
  void load_verbs(const std::filesystem::path &file);
  void load_patterns(const std::filesystem::path &file);
  void load_nouns(const std::filesystem::path &file);
  void load_leaders(const std::filesystem::path &file);
  void add_code(NameEntry &e, ActorCode code, int tier);
  void add_leader_code(NameEntry &e, ActorCode code);

  detail::WordTable words_;
  std::vector<std::uint32_t> classes_;
  std::vector<int> verb_of_;
  std::vector<int> noun_of_; // word id -> index into noun_codes_, -1 = none
  std::vector<std::string> noun_codes_;
  std::vector<VerbEntry> verbs_;
  std::unordered_map<std::string, int> verb_index_;
  std::vector<std::uint32_t> root_; // trie children of the root, by word id
  detail::KeyTable trie_;           // (node << 32 | word) -> child, below the root
  std::uint32_t trie_nodes_ = 1;
  std::vector<std::uint32_t> entry_of_; // node -> 1 + index into names_, 0 = none
  std::vector<NameEntry> names_;
  std::unordered_set<std::string> abbreviations_;
  std::vector<std::string> speech_lemmas_;
  std::vector<LeaderRole> leaders_;
  bool hand_written_ = false; // loading patterns.extra.tsv
};

} // namespace entente
