// Actor codes, CAMEO style: a 3-letter country code optionally followed by
// 3-letter agent/sector codes ("USA", "USAGOV", "RUSMIL"), international
// codes ("IGOUNO", "NATO") or any other non-empty name.
//
//   entente::actor_at_level("USAGOV", entente::Level::country) == "USA"
//   entente::actor_at_level("IGOUNOAGR", entente::Level::country) == "IGOUNO"
//   entente::display_name("RUSMIL") == "Russia (MIL)"
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

// Country level folds every actor into its country (the default); actor
// level keeps the full code.
enum class Level { country, actor };
std::string_view to_string(Level level);
Level parse_level(std::string_view s); // throws Error::usage

// Empty if `code` is a usable actor name, else what is wrong with it.
std::string actor_problem(std::string_view code);

// The country (or organisation) an actor belongs to; the code itself when it
// does not start with a known country or international prefix.
std::string country_of(std::string_view code);
std::string actor_at_level(std::string_view code, Level level);

class CountryTable {
public:
  static CountryTable parse(std::string_view tsv, const std::string &origin);
  std::optional<std::string> name(std::string_view code) const;
  bool contains(std::string_view code) const { return names_.count(code) > 0; }
  std::size_t size() const { return names_.size(); }

private:
  std::map<std::string, std::string, std::less<>> names_;
};

// CAMEO country codes with English names (datasets/actors/countries.tsv,
// compiled in).
const CountryTable &country_table();

// Readable name for labels: "United States", "Russia (MIL)", else the code.
std::string display_name(std::string_view code);

} // namespace entente
