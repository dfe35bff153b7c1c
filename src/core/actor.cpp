#include "entente/core/actor.hpp"

#include "entente/core/error.hpp"
#include "entente/core/organisation.hpp"
#include "entente/core/text.hpp"

#include <array>

namespace entente {
namespace embedded {
extern const std::string_view countries_tsv;
}

namespace {
// CAMEO's non-state "country slot" prefixes: the organisation is the next
// three letters (IGOUNO = the United Nations).
constexpr std::array<std::string_view, 4> international_prefixes = {"IGO", "NGO", "IMG", "MNC"};

bool is_international(std::string_view code) {
  for (auto p : international_prefixes)
    if (code.substr(0, 3) == p)
      return true;
  return false;
}
} // namespace

std::string_view to_string(Level level) { return level == Level::country ? "country" : "actor"; }

Level parse_level(std::string_view s) {
  if (s == "country")
    return Level::country;
  if (s == "actor")
    return Level::actor;
  throw Error::usage("unknown level '" + std::string(s) + "' (expected country or actor)");
}

std::string actor_problem(std::string_view code) {
  if (detail::trim(code).empty())
    return "empty actor";
  if (code.size() > 256)
    return "actor name longer than 256 bytes";
  if (!detail::valid_utf8(code))
    return "actor name is not valid UTF-8";
  for (char c : code)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
      return "actor name contains a control character";
  // In a DOT string \" is a quote and \\ stays two backslashes, so no
  // spelling gives a backslash followed by a quote, and a final backslash
  // would swallow the closing quote: such names could be read but never
  // drawn (Graphviz wrote "A\\"B" and could not read it back).
  if (code.back() == '\\')
    return "actor name ends with a backslash";
  if (code.find("\\\"") != std::string_view::npos)
    return "actor name has a backslash before a double quote";
  return {};
}

std::string country_of(std::string_view code) {
  if (code.size() >= 3 && country_table().contains(code.substr(0, 3)))
    return std::string(code.substr(0, 3));
  // The organisation is six bytes, unless that would split a UTF-8
  // character (a continuation byte follows): then the code stays whole.
  if (code.size() >= 6 && is_international(code) &&
      (code.size() == 6 || (static_cast<unsigned char>(code[6]) & 0xC0) != 0x80))
    return std::string(code.substr(0, 6));
  return std::string(code);
}

Groups parse_groups(std::string_view s) {
  if (s == "fold")
    return Groups::fold;
  if (s == "keep")
    return Groups::keep;
  throw Error::usage("unknown group policy '" + std::string(s) + "' (expected fold or keep)");
}

bool is_region(std::string_view code) {
  const auto &t = organisation_table();
  return t.region(code) && !t.longest_prefix(code);
}

std::string fold_actor(std::string_view code, const FoldPolicy &policy) {
  const auto &t = organisation_table();
  const Organisation *org = t.longest_prefix(code);
  if (!org && t.region(code))
    return policy.regions ? std::string(policy.level == Level::actor ? code : code.substr(0, 3))
                          : std::string();
  if (policy.level == Level::actor)
    return std::string(code);
  if (!org)
    return country_of(code);
  if (org->kind == ActorKind::group && policy.groups == Groups::fold && !org->country.empty())
    return org->country;
  return org->code;
}

std::string actor_at_level(std::string_view code, Level level) {
  return fold_actor(code, FoldPolicy{level});
}

CountryTable CountryTable::parse(std::string_view tsv, const std::string &origin) {
  CountryTable t;
  detail::for_each_tsv_row(tsv, origin, 2, [&](std::size_t line, const auto &f) {
    if (f[0].size() != 3)
      throw Error::at(origin, line, "country code must have 3 letters");
    t.names_[std::string(f[0])] = std::string(f[1]);
  });
  return t;
}

std::optional<std::string> CountryTable::name(std::string_view code) const {
  if (auto it = names_.find(code); it != names_.end())
    return it->second;
  return std::nullopt;
}

const CountryTable &country_table() {
  static const CountryTable table =
      CountryTable::parse(embedded::countries_tsv, "embedded countries");
  return table;
}

std::string display_name(std::string_view code) {
  if (const Organisation *o = organisation_table().longest_prefix(code))
    return o->code.size() == code.size()
               ? o->name
               : o->name + " (" + std::string(code.substr(o->code.size())) + ")";
  if (code.size() < 3)
    return std::string(code);
  auto name = country_table().name(code.substr(0, 3));
  if (!name)
    return std::string(code);
  return code.size() == 3 ? *name : *name + " (" + std::string(code.substr(3)) + ")";
}

} // namespace entente
