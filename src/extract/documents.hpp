// Reading what the coder codes: plain-text articles (.txt, one per file),
// documents JSON Lines ({"id":…,"date":"YYYY-MM-DD","text":…} per line),
// folders of those (sorted) and "-" for standard input.
//
//   auto docs = entente::read_documents({"datasets/articles"}, std::nullopt);
//   // a .txt's date: --date if given, else a date in its first lines,
//   // else Error naming the file
#pragma once

#include "entente/extract/coder.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// A date written near the top of an article: "2020-05-09", "May 9, 2020",
// "9 May 2020" (the first one in the first 20 lines), else nullopt.
std::optional<Date> find_date(std::string_view text);

// The articles (.txt) and documents (.jsonl) directly in `folder`, sorted.
std::vector<std::string> document_files(const std::string &folder);

// `date`, if given, overrides every document's own date.
std::vector<Document> read_documents(const std::vector<std::string> &paths,
                                     std::optional<Date> date);

// Parses documents JSON Lines text; errors name origin:line, the text's
// first line being line `first_line` of origin (for readers that stream).
std::vector<Document> parse_documents_jsonl(std::string_view text, const std::string &origin,
                                            std::optional<Date> date, std::size_t first_line = 1);

} // namespace entente
