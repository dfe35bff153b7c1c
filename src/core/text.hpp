// Small text helpers shared by the readers: trimming, splitting, TSV rows.
//
//   entente::detail::split("a\tb\t", '\t')  ->  {"a", "b", ""}
//   entente::detail::trim("  x ")            ->  "x"
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace entente::detail {

std::string_view trim(std::string_view s);
std::vector<std::string_view> split(std::string_view s, char sep);
bool valid_utf8(std::string_view s);
// Text for XML (and HTML) content and attribute values: & < > " ' escaped,
// tab, newline and carriage return as character references.
std::string xml_escape(std::string_view s);

// Calls fn(line_number, fields) for each non-empty, non-# line after the
// header line; throws Error naming `origin` if a row has fewer than
// `min_fields` fields.
void for_each_tsv_row(
    std::string_view text, const std::string &origin, std::size_t min_fields,
    const std::function<void(std::size_t, const std::vector<std::string_view> &)> &fn);

} // namespace entente::detail
