// The precise mode's parser: Link Grammar (Debian liblink-grammar-dev,
// LGPL-2.1, with its English dictionary) finds, for each verb of a
// sentence, its subject, object, prepositional objects, passive voice and
// "by" agent. The coder parses only sentences where it has found two
// actors, with the actors' words replaced by one placeholder name each, so
// the parser sees "France met with France and France" instead of long
// titles it does not know. One dictionary is shared by all threads; parse
// options are per thread. Built only when CMake finds link-grammar through
// pkg-config (option ENTENTE_LINK_GRAMMAR); otherwise link_parser_available()
// is false and LinkParser's constructor throws Error.
//
//   auto parser = std::make_shared<entente::LinkParser>();
//   entente::ParseRoles r = parser->parse("France urged France to release the men .");
//   // r.verbs: urged (subject word 0, object word 2, complement verb "release")
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// What the parse says about one verb, by byte offsets in the parsed text
// (-1: none found).
struct VerbRoles {
  int verb = -1;             // byte offset of the verb
  int subject = -1;          // the subject's head word (a conjunction's first conjunct)
  std::vector<int> subjects; // every conjunct of a coordinated subject
  int object = -1;           // direct object's head
  std::vector<int> objects;  // direct objects, conjuncts included
  std::vector<std::pair<std::string, int>> preps; // (preposition, its object) after the verb
  bool passive = false;                           // "was criticised"
  int agent = -1;                                 // object of its "by"
};

struct ParseRoles {
  bool parsed = false;
  int nulls = 0; // words the parse had to leave out (0: a complete parse)
  std::vector<VerbRoles> verbs;
};

// True when this build has the precise mode.
bool link_parser_available();

class LinkParser {
public:
  // Loads the English dictionary; throws Error if the mode is not built or
  // the dictionary cannot be opened.
  LinkParser();
  ~LinkParser();
  LinkParser(const LinkParser &) = delete;
  LinkParser &operator=(const LinkParser &) = delete;

  // Parses one sentence (plain text, words separated by spaces). At most
  // `max_seconds` per sentence; a sentence without a full parse gives the
  // roles of its best partial one, or parsed = false.
  ParseRoles parse(std::string_view sentence) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace entente
