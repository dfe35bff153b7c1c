// CAMEO event codes: root category, quad class, Goldstein weight and label.
//
//   const auto& t = entente::cameo_table();       // GDELT's CAMEO tables
//   entente::cameo_root("0251") == 2;  entente::quad_of_root(2) == 1;
//   t.goldstein("042") == 1.9;  t.label("042") == "Make a visit";
//
// Codes are strings: "042" and "42" are different codes, leading zeros matter.
// The tables are compiled in from datasets/cameo/ (GDELT lookup tables).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

// Quad classes as in real GDELT exports.
enum class Quad : int {
  verbal_coop = 1,      // roots 01-05
  material_coop = 2,    // roots 06-09
  verbal_conflict = 3,  // roots 10-14
  material_conflict = 4 // roots 15-20
};

// 1..20 for a well-formed code (2 to 4 digits), 0 otherwise.
int cameo_root(std::string_view code);
// 1..4 for roots 1..20, 0 otherwise.
int quad_of_root(int root);
std::string_view quad_name(int quad);

class CameoTable {
public:
  // Parses "CODE<TAB>VALUE" lines with a header line; throws Error naming
  // `origin` and the line on malformed input.
  static CameoTable parse(std::string_view goldstein_tsv, std::string_view labels_tsv,
                          const std::string &origin = "cameo");

  std::optional<double> goldstein(std::string_view code) const;
  std::string label(std::string_view code) const; // "" if unknown
  bool known(std::string_view code) const;
  std::size_t size() const { return goldstein_.size(); }

private:
  std::map<std::string, double, std::less<>> goldstein_;
  std::map<std::string, std::string, std::less<>> labels_;
};

const CameoTable &cameo_table();

} // namespace entente
