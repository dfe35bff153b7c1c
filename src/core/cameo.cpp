#include "entente/core/cameo.hpp"

#include "entente/core/error.hpp"
#include "entente/core/text.hpp"

#include <charconv>

namespace entente {
namespace embedded {
extern const std::string_view goldstein_tsv;
extern const std::string_view eventcodes_tsv;
} // namespace embedded

int cameo_root(std::string_view code) {
  if (code.size() < 2 || code.size() > 4)
    return 0;
  for (char c : code)
    if (c < '0' || c > '9')
      return 0;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20 ? root : 0;
}

int quad_of_root(int root) {
  if (root < 1 || root > 20)
    return 0;
  if (root <= 5)
    return 1;
  if (root <= 9)
    return 2;
  return root <= 14 ? 3 : 4;
}

std::string_view quad_name(int quad) {
  switch (quad) {
  case 1:
    return "verbal cooperation";
  case 2:
    return "material cooperation";
  case 3:
    return "verbal conflict";
  case 4:
    return "material conflict";
  default:
    return "unknown";
  }
}

CameoTable CameoTable::parse(std::string_view goldstein_tsv, std::string_view labels_tsv,
                             const std::string &origin) {
  CameoTable t;
  detail::for_each_tsv_row(goldstein_tsv, origin + " goldstein", 2,
                           [&](std::size_t line, const std::vector<std::string_view> &f) {
                             double v = 0;
                             const auto r =
                                 std::from_chars(f[1].data(), f[1].data() + f[1].size(), v);
                             if (cameo_root(f[0]) == 0 || r.ec != std::errc() || v < -10 || v > 10)
                               throw Error::at(origin + " goldstein", line, "bad row");
                             t.goldstein_[std::string(f[0])] = v;
                           });
  detail::for_each_tsv_row(labels_tsv, origin + " labels", 2,
                           [&](std::size_t, const std::vector<std::string_view> &f) {
                             t.labels_[std::string(f[0])] = std::string(f[1]);
                           });
  return t;
}

std::optional<double> CameoTable::goldstein(std::string_view code) const {
  if (auto it = goldstein_.find(code); it != goldstein_.end())
    return it->second;
  return std::nullopt;
}

std::string CameoTable::label(std::string_view code) const {
  auto it = labels_.find(code);
  return it == labels_.end() ? std::string() : it->second;
}

bool CameoTable::known(std::string_view code) const { return goldstein_.count(code) > 0; }

const CameoTable &cameo_table() {
  static const CameoTable table =
      CameoTable::parse(embedded::goldstein_tsv, embedded::eventcodes_tsv, "embedded cameo");
  return table;
}

} // namespace entente
