// Which graph node an event row's actor becomes, for the formats whose rows
// name organisations, groups and regions in their own ways: GDELT (an actor
// code with an empty or region country code) and ICEWS (an actor name with
// no country). Organisations stay at both levels; regions are left out
// unless the policy keeps them (docs/ingest.md, "Organisations, groups and
// regions").
//
//   std::string buffer;  std::string_view node;  bool from_code;
//   gdelt_node("IGOWSTNAT", "WST", {Level::country}, buffer, node, from_code);  // "IGOWSTNAT"
//   gdelt_node("EURMIL", "EUR", {Level::country}, buffer, node, from_code) == RowKind::region
#pragma once

#include "entente/core/actor.hpp"
#include "entente/ingest/event_rows.hpp"

#include <string>
#include <string_view>

namespace entente::detail {

// GDELT: the node of (ActorCode, ActorCountryCode). `buffer` holds the node
// when it is computed; `from_code` says it came from the actor code column
// (else the country column), for messages.
RowKind gdelt_node(std::string_view actor, std::string_view country, const FoldPolicy &policy,
                   std::string &buffer, std::string_view &node, bool &from_code);

// ICEWS: the organisation, group or region code of an actor name
// ("European Union", "Ministry (G7)"), empty if the name is none of these.
std::string_view icews_organisation(std::string_view name);

} // namespace entente::detail
