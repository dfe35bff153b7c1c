// Reading whole inputs with errors that name the file.
//
//   std::string text = entente::read_text("datasets/a.txt");  // "-" = stdin
//   nlohmann::json j = entente::read_json_file("snap.json");   // throws Error
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

// Inputs larger than this are refused rather than read into memory.
inline constexpr std::size_t max_whole_file_bytes = std::size_t{1} << 30;

// Object members a reader does not need, by their keys from the root, e.g.
// {{"metrics", "dyads"}}: parsed (so errors in them still count) but not
// built, which saves most of the time a snapshot's large tables cost.
using SkippedMembers = std::vector<std::vector<std::string>>;

std::string read_text(const std::string &path);

// The next line of `in` (without its '\n') into `line`. Reads in pieces and
// stops once the line passes `max` bytes, so a line too long (or a file
// with no line break at all) costs `max` bytes of memory, not its own size
// (std::getline read a 400 MB line whole, in 600 MB, before it was refused).
enum class LineRead { line, end, too_long };
LineRead read_bounded_line(std::istream &in, std::string &line, std::size_t max);
nlohmann::json read_json_file(const std::string &path, const SkippedMembers &skip = {});
// Parses with a nesting limit (deeply nested input is an error, not a stack
// overflow) and refuses an object with the same key twice; errors carry
// `origin` and the byte position.
nlohmann::json parse_json(const std::string &text, const std::string &origin,
                          const SkippedMembers &skip = {});

// Sees each element of an array that is a member of the top-level object
// (`key` its name, `index` its position) as soon as it is complete; returns
// true if it took the element, which then stays out of the DOM.
using JsonElementTaker =
    std::function<bool(const std::string &key, std::size_t index, nlohmann::json &element)>;
// Parses a stream with parse_json's limits, handing the top-level arrays'
// elements to `take` as they stream past: a large document (a snapshot's
// dyads) is never held as text or as a whole DOM. Every other top-level
// member may take at most `member_limit` bytes of text.
nlohmann::json parse_json_stream(std::istream &in, const std::string &origin,
                                 const JsonElementTaker &take, std::size_t member_limit,
                                 const SkippedMembers &skip = {});

} // namespace entente
