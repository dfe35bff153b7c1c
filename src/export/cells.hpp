// How a table cell is spelled in the text formats: fixed, locale-free
// number formatting, so that the same snapshot exports the same bytes.
// Internal to the export stage.
//
//   entente::detail::cell_text(Cell(0.5)) == "0.5"
#pragma once

#include "entente/export/tables.hpp"

#include <string>

namespace entente::detail {

// "" for an empty cell or a non-finite number; reals as the shortest text
// that reads back to the same double (as in entente's JSON).
std::string cell_text(const Cell &c);
bool is_empty(const Cell &c);

} // namespace entente::detail
