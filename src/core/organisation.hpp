// International organisations, armed and political groups and regions as
// actors: their readable names, kinds and countries (compiled in from
// datasets/actors/organisations.tsv), so graphs keep NATO or Hamas as nodes
// of their own and pictures say "NATO" instead of IGOWSTNAT.
//
//   const auto *o = entente::organisation_table().longest_prefix("IGOUNOHRIHCH");
//   // o->code == "IGOUNO", o->name == "United Nations", o->kind == ActorKind::igo
//   entente::organisation_table().longest_prefix("PSEREBHMS")->country;  // "PSE"
#pragma once

#include <bitset>
#include <map>
#include <string>
#include <string_view>

namespace entente {

enum class ActorKind { igo, ngo, group, region };

struct Organisation {
  std::string code, name;
  ActorKind kind = ActorKind::igo;
  std::string country; // a group's country, empty if none
};

class OrganisationTable {
public:
  // Rows `code name kind country`; throws Error at origin:line.
  static OrganisationTable parse(std::string_view tsv, const std::string &origin);
  const Organisation *find(std::string_view code) const;
  // The longest listed code that `code` starts with (regions excluded:
  // "EURGOV" is a region's government, not an organisation), nullptr if none.
  const Organisation *longest_prefix(std::string_view code) const;
  // A CAMEO region code (EUR, WST) in the country slot of `code`.
  bool region(std::string_view code) const;
  std::size_t size() const { return by_code_.size(); }

private:
  static int slot(std::string_view three);
  std::map<std::string, Organisation, std::less<>> by_code_;
  std::bitset<26 * 26 * 26> regions_; // by the first three letters, for hot paths
  std::size_t longest_ = 0;
};

const OrganisationTable &organisation_table();

} // namespace entente
