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
};

// A name's code, valid in [from, to) when dated (either end may be open).
struct ActorCode {
  std::string code;
  std::optional<Date> from, to;
};

struct NameEntry {
  std::vector<ActorCode> codes;   // actor codes (dated and undated)
  std::string agent;              // agent code if the name is an agent word
  std::vector<std::string> exact; // original-case tokens when matching is case-sensitive
};

struct Pattern {
  std::vector<std::vector<std::uint32_t>> words; // alternatives per position (word ids)
  std::string code;                              // "---" suppresses the event
  std::string text;                              // as written, for --explain
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
// <binary>/../share/entente/dictionaries, and this source tree's
// datasets/dictionaries. Throws Error (naming the places tried) if none.
std::filesystem::path find_dictionaries(const std::string &given);

class Dictionaries {
public:
  // Loads every known file in `folder`; throws Error naming file:line.
  static Dictionaries load(const std::filesystem::path &folder);
  // Adds the names of one more actors file (same format as actors.tsv).
  void add_actors_file(const std::filesystem::path &file);

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
};

} // namespace entente
