// Coding text without holding it: documents are read as they are needed,
// a long article in pieces, and coded a batch at a time, so memory stays
// about one batch of text and its relations however large the input (a
// 184 MB article took 2.8 GB when it was read, coded and written whole).
//
//   const auto coder = entente::Coder::load(entente::find_dictionaries(""));
//   entente::RelationsWriter writer(std::cout);
//   entente::code_stream({"datasets/articles"}, std::nullopt, coder, 2,
//                        [&](entente::Relation &&r) { writer.write(r); });
#pragma once

#include "entente/extract/coder.hpp"
#include "entente/io/input_range.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace entente {

// One document, or one piece of a long .txt article: `part` counts the
// pieces of one article from 0, and every piece has the article's id and
// date.
struct DocumentPiece {
  Document doc;
  std::size_t part = 0;
};

// Pieces are cut at about this many bytes: at the last blank line before
// (where a sentence ends anyway, so coding is unchanged), else at the last
// line end, else at the last space (which may split one sentence in two).
inline constexpr std::size_t article_piece_bytes = std::size_t{1} << 20;
// A documents JSON Lines line (one whole document) may be this long.
inline constexpr std::size_t max_document_line_bytes = std::size_t{64} << 20;

// Calls `sink` with every document of `paths` (files, folders, "-") in
// the order of read_documents; `date` overrides their own dates.
void for_each_document(const std::vector<std::string> &paths, std::optional<Date> date,
                       const std::function<void(DocumentPiece &&)> &sink,
                       std::size_t piece_bytes = article_piece_bytes);

// Codes every document on `threads` threads, a batch at a time, and hands
// the relations to `sink` in input order; the pieces of an article share
// one sentence numbering, as if it had been coded whole.
CodingStats code_stream(const std::vector<std::string> &paths, std::optional<Date> date,
                        const Coder &coder, int threads,
                        const std::function<void(Relation &&)> &sink);

// A share of the documents for one of several processes (entente-mpi,
// issue 19): a whole file (an article, or documents JSON Lines), or the
// documents JSON Lines lines starting in [begin, end) of one, the first
// being line `first_line` of the file, so ids ("file:line") and messages
// are those of one reader of the whole file.
struct DocumentRange {
  InputRange range;
  std::uint64_t first_line = 1;
};

// code_stream over ranges (files, not folders), in order.
CodingStats code_ranges(const std::vector<DocumentRange> &ranges, std::optional<Date> date,
                        const Coder &coder, int threads,
                        const std::function<void(Relation &&)> &sink);

// True if coding reads `path` as documents JSON Lines (its extension, or
// for a file that is not .txt its first bytes), which may be cut in ranges.
bool is_documents_jsonl(const std::string &path);

} // namespace entente
