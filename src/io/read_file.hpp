// Reading whole inputs with errors that name the file.
//
//   std::string text = entente::read_text("datasets/a.txt");  // "-" = stdin
//   nlohmann::json j = entente::read_json_file("snap.json");   // throws Error
#pragma once

#include <cstddef>
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
nlohmann::json read_json_file(const std::string &path, const SkippedMembers &skip = {});
// Parses with a nesting limit (deeply nested input is an error, not a stack
// overflow) and refuses an object with the same key twice; errors carry
// `origin` and the byte position.
nlohmann::json parse_json(const std::string &text, const std::string &origin,
                          const SkippedMembers &skip = {});

} // namespace entente
