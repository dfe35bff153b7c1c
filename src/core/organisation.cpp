#include "entente/core/organisation.hpp"

#include "entente/core/error.hpp"
#include "entente/core/text.hpp"

namespace entente {
namespace embedded {
extern const std::string_view organisations_tsv;
}

int OrganisationTable::slot(std::string_view s) {
  if (s.size() < 3)
    return -1;
  int v = 0;
  for (int i = 0; i < 3; ++i) {
    const char c = s[static_cast<std::size_t>(i)];
    if (c < 'A' || c > 'Z')
      return -1;
    v = v * 26 + (c - 'A');
  }
  return v;
}

OrganisationTable OrganisationTable::parse(std::string_view tsv, const std::string &origin) {
  static const std::pair<std::string_view, ActorKind> kinds[] = {{"igo", ActorKind::igo},
                                                                 {"ngo", ActorKind::ngo},
                                                                 {"group", ActorKind::group},
                                                                 {"region", ActorKind::region}};
  OrganisationTable t;
  detail::for_each_tsv_row(tsv, origin, 3, [&](std::size_t line, const auto &f) {
    Organisation o;
    o.code = std::string(detail::trim(f[0]));
    o.name = std::string(detail::trim(f[1]));
    if (o.code.size() < 3 || o.name.empty())
      throw Error::at(origin, line, "an organisation needs a code of 3 or more letters and a name");
    const auto kind = detail::trim(f[2]);
    bool known = false;
    for (const auto &[word, k] : kinds)
      if (kind == word) {
        o.kind = k;
        known = true;
      }
    if (!known)
      throw Error::at(origin, line, "unknown kind '" + std::string(kind) + "'");
    if (f.size() > 3)
      o.country = std::string(detail::trim(f[3]));
    if (o.kind == ActorKind::region) {
      const int s = slot(o.code);
      if (o.code.size() != 3 || s < 0)
        throw Error::at(origin, line, "a region code has 3 capital letters");
      t.regions_.set(static_cast<std::size_t>(s));
    }
    t.longest_ = std::max(t.longest_, o.code.size());
    const std::string code = o.code;
    if (!t.by_code_.emplace(code, std::move(o)).second)
      throw Error::at(origin, line, "organisation " + code + " listed twice");
  });
  return t;
}

const Organisation *OrganisationTable::find(std::string_view code) const {
  const auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : &it->second;
}

const Organisation *OrganisationTable::longest_prefix(std::string_view code) const {
  // Codes are built from three-letter parts, so only those lengths can match.
  for (std::size_t n = std::min(code.size(), longest_); n >= 3; --n) {
    if (n % 3 != 0 && n != code.size())
      continue;
    const Organisation *o = find(code.substr(0, n));
    if (o && o->kind != ActorKind::region)
      return o;
  }
  return nullptr;
}

bool OrganisationTable::region(std::string_view code) const {
  // CAMEO codes come in threes ("EUR", "EURGOV"): a name that only starts
  // with a region's letters ("WAFA", a news agency in ICEWS) is no region,
  // so folding an actor-level name again keeps it (issue 16, path equality).
  if (code.size() % 3 != 0)
    return false;
  const int s = slot(code);
  return s >= 0 && regions_.test(static_cast<std::size_t>(s));
}

const OrganisationTable &organisation_table() {
  static const OrganisationTable table =
      OrganisationTable::parse(embedded::organisations_tsv, "embedded organisations");
  return table;
}

} // namespace entente
