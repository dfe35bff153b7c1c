// The event coder: article text in, CAMEO-coded relations out. Sentences
// are tokenised, actor and agent names found in one trie pass (longest
// match first, resolved by the document's date), names grouped into actors
// and compound actors, split into clauses at reported speech and clause
// words, and each clause's first verb with a dictionary code is coded from
// its subject (or the reporting speaker) to its object (or, in the passive,
// from the "by" phrase to the subject). Negated and hypothetical clauses are
// not coded; intentions ("will meet") become CAMEO 03x intent codes.
//
//   entente::Coder coder = entente::Coder::load("datasets/dictionaries");
//   entente::Document doc{"a1", entente::Date::parse("2020-05-09"),
//                         "Russia accused China of aggression."};
//   auto rel = entente::code_document(doc, coder);  // RUS -> CHN, code 112x
#pragma once

#include "entente/core/relation.hpp"
#include "entente/extract/dictionary.hpp"
#include "entente/extract/link_parser.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct Document {
  std::string id;
  std::optional<Date> date; // required by code_document
  std::string text;
};

// The fast coder's rules alone, or with Link Grammar's parse of each
// sentence where they see two actors (the precise mode, see link_parser.hpp).
enum class Parser { fast, link };
Parser parse_parser(std::string_view name); // "fast" or "link"; throws Error::usage

class Coder {
public:
  // Parser::link throws Error when this build has no link-grammar.
  explicit Coder(Dictionaries d, Parser parser = Parser::fast);
  static Coder load(const std::filesystem::path &folder, Parser parser = Parser::fast) {
    return Coder(Dictionaries::load(folder), parser);
  }
  const Dictionaries &dictionaries() const { return dict_; }
  Dictionaries &dictionaries() { return dict_; }
  // The precise mode's parser, shared by threads; nullptr in the fast mode.
  const LinkParser *link_parser() const { return link_.get(); }

private:
  Dictionaries dict_;
  std::shared_ptr<const LinkParser> link_;
};

// Counts for a run (sentences read, events written), for speed reports.
struct CodingStats {
  std::size_t documents = 0, sentences = 0, relations = 0;
  std::size_t parsed = 0; // sentences the precise mode parsed
};

// The relations of one document, in sentence order. `explain`, if given,
// receives a readable account per sentence: actors found, the verb and
// pattern that fired or why none did. Throws Error if doc.date is missing.
std::vector<Relation> code_document(const Document &doc, const Coder &coder,
                                    std::string *explain = nullptr, CodingStats *stats = nullptr);

// One sentence (already normalised text), as used by code_document.
std::vector<Relation> code_sentence(std::string_view sentence, Date date, const Coder &coder,
                                    const std::string &doc_id, int index,
                                    std::string *explain = nullptr);

// Codes many documents on `threads` threads; the result keeps input order.
std::vector<std::vector<Relation>> code_documents(const std::vector<Document> &docs,
                                                  const Coder &coder, int threads,
                                                  CodingStats *stats = nullptr);

} // namespace entente
