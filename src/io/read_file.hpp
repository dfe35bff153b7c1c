// Reading whole inputs with errors that name the file.
//
//   std::string text = entente::read_text("datasets/a.txt");  // "-" = stdin
//   nlohmann::json j = entente::read_json_file("snap.json");   // throws Error
#pragma once

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>

namespace entente {

// Inputs larger than this are refused rather than read into memory.
inline constexpr std::size_t max_whole_file_bytes = std::size_t{1} << 30;

std::string read_text(const std::string &path);
nlohmann::json read_json_file(const std::string &path);
// Parses with a nesting limit (deeply nested input is an error, not a stack
// overflow); errors carry `origin` and the byte position.
nlohmann::json parse_json(const std::string &text, const std::string &origin);

} // namespace entente
