// Actor codes, CAMEO style: a 3-letter country code optionally followed by
// 3-letter agent/sector codes ("USA", "USAGOV", "RUSMIL"), international
// codes ("IGOUNO", "IGOWSTNAT"), armed groups ("PSEREBHMS") or any other
// non-empty name, and how they fold into graph nodes.
//
//   entente::actor_at_level("USAGOV", entente::Level::country);        // "USA"
//   entente::actor_at_level("IGOUNOAGR", entente::Level::country);     // "IGOUNO"
//   entente::fold_actor("PSEREBHMS", {entente::Level::country});       // "PSE"
//   entente::fold_actor("EURGOV", {entente::Level::country}).empty();  // a region: true
//   entente::display_name("RUSMIL");                                   // "Russia (MIL)"
//   entente::display_name("IGOWSTNAT");                                // "NATO"
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

// What an armed or political group (Hamas, the Taliban) becomes at country
// level: its country's node, or a node of its own.
enum class Groups { fold, keep };
Groups parse_groups(std::string_view s); // throws Error::usage

// How actor codes become graph nodes. Country level: countries with their
// agents fold into the country; organisations listed in
// datasets/actors/organisations.tsv are nodes of their own (an unlisted
// sub-code folds to the longest listed code, else to its six-letter
// prefix); groups fold into their country or stay, by `groups`. Regions
// ("EUR", "WST", "AFR") are left out unless `regions`, at either level.
struct FoldPolicy {
  Level level = Level::country;
  Groups groups = Groups::fold;
  bool regions = false;
};

// The node of `code` under `policy`; empty when the actor is left out.
std::string fold_actor(std::string_view code, const FoldPolicy &policy);
// fold_actor with the default policy at `level`.
std::string actor_at_level(std::string_view code, Level level);
// A region code ("EUR", "WSTMIL") that is no organisation.
bool is_region(std::string_view code);

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

// Readable name for labels: "United States", "Russia (MIL)", "NATO",
// "Hamas", else the code.
std::string display_name(std::string_view code);

} // namespace entente
