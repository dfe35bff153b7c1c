#include "entente/ingest/actor_nodes.hpp"

#include "entente/core/organisation.hpp"
#include "entente/core/text.hpp"

#include <map>

namespace entente::embedded {
extern const std::string_view icews_organisations_tsv;
}

namespace entente::detail {
namespace {

bool international(std::string_view code) {
  const auto p = code.substr(0, 3);
  return code.size() >= 6 && (p == "IGO" || p == "NGO" || p == "IMG");
}

const std::map<std::string, std::string, std::less<>> &icews_organisations() {
  static const auto table = [] {
    std::map<std::string, std::string, std::less<>> t;
    for_each_tsv_row(embedded::icews_organisations_tsv, "icews-organisations.tsv", 2,
                     [&](std::size_t, const std::vector<std::string_view> &f) {
                       t.emplace(std::string(trim(f[0])), std::string(trim(f[1])));
                     });
    return t;
  }();
  return table;
}

} // namespace

RowKind gdelt_node(std::string_view actor, std::string_view country, const FoldPolicy &policy,
                   std::string &buffer, std::string_view &node, bool &from_code) {
  const auto &orgs = organisation_table();
  // An organisation is its own node when it is listed, or when the row has
  // no country for it (an unlisted IGO folds to its six-letter prefix).
  // "NGOUSA" with country USA is an American NGO: it stays with the country.
  if (international(actor)) {
    const Organisation *o = orgs.longest_prefix(actor);
    if (o || country.empty()) {
      from_code = true;
      if (policy.level == Level::actor) {
        node = actor;
      } else {
        buffer = fold_actor(actor, policy);
        node = buffer;
      }
      return RowKind::ok;
    }
  }
  if (policy.groups == Groups::keep && policy.level == Level::country && actor.size() > 6) {
    const Organisation *o = orgs.longest_prefix(actor);
    if (o && o->kind == ActorKind::group) {
      from_code = true;
      node = o->code; // the table lives as long as the program
      return RowKind::ok;
    }
  }
  if (country.empty())
    return RowKind::no_country;
  if (!policy.regions && orgs.region(country))
    return RowKind::region;
  from_code = false;
  node = country;
  if (policy.level == Level::actor && !actor.empty()) {
    from_code = true;
    node = actor;
  }
  return RowKind::ok;
}

std::string_view icews_organisation(std::string_view name) {
  const auto &t = icews_organisations();
  if (auto it = t.find(name); it != t.end())
    return it->second;
  // "Ministry (European Union)", "Criminal (Al Qaeda)".
  const auto open = name.rfind(" (");
  if (open != std::string_view::npos && name.back() == ')') {
    const auto inner = name.substr(open + 2, name.size() - open - 3);
    if (auto it = t.find(inner); it != t.end())
      return it->second;
  }
  return {};
}

} // namespace entente::detail
