// Relations JSON Lines: entente's interchange format (docs/formats.md).
// The first line is a header naming format and version,
// {"format":"entente-relations","version":1}; each further line is one
// Relation, {"date":"2020-05-09","source":"USA","target":"RUS","code":"036",...}.
//
//   std::ostringstream out;
//   entente::RelationsWriter w(out);  w.write(relations.at(0));
//   std::istringstream in(out.str());
//   entente::read_relations_jsonl(in, "a.jsonl",
//                                 [&](entente::Relation &&r) { relations.push_back(r); });
#pragma once

#include "entente/core/relation.hpp"

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace entente {

inline constexpr int relations_format_version = 1;

class RelationsWriter {
public:
  explicit RelationsWriter(std::ostream &out); // writes the header line
  void write(const Relation &r);
  std::size_t written() const { return count_; }

private:
  std::ostream &out_;
  std::size_t count_ = 0;
};

// Calls `sink` for every relation. The header line is optional (files
// without one are read as version 1); an unknown version, invalid JSON or an
// invalid relation throws Error naming origin:line. Returns the count read.
std::size_t read_relations_jsonl(std::istream &in, const std::string &origin,
                                 const std::function<void(Relation &&)> &sink);

// True if the text's first non-blank line looks like relations JSONL.
bool looks_like_relations_jsonl(std::string_view head);

} // namespace entente
