#include "entente/export/cells.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace entente::detail {

bool is_empty(const Cell &c) {
  if (std::holds_alternative<std::monostate>(c))
    return true;
  if (const auto *d = std::get_if<double>(&c))
    return !std::isfinite(*d);
  return false;
}

std::string cell_text(const Cell &c) {
  if (is_empty(c))
    return "";
  if (const auto *s = std::get_if<std::string>(&c))
    return *s;
  if (const auto *i = std::get_if<std::int64_t>(&c))
    return std::to_string(*i);
  if (const auto *b = std::get_if<bool>(&c))
    return *b ? "true" : "false";
  return nlohmann::json(std::get<double>(c)).dump();
}

} // namespace entente::detail
