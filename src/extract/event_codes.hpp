// How the coder turns the CAMEO code of an act into the code of what was
// said or done about it: announcing it ("will meet" -> intent 036), asking
// for it ("urged X to release" -> appeal 0253), ordering it ("ordered X to
// withdraw" -> demand 106), refusing it ("refused to ease sanctions" ->
// 1244), stopping it ("halted talks" -> 164) or threatening it ("would
// impose sanctions" -> 1312), and which acts are mutual.
//
//   entente::appeal_code("0841");       // "0253"
//   entente::intent_code("163");        // "1312": a hostile intention is a threat
//   entente::reciprocal_code("041");    // true: a phone call is both ways
#pragma once

#include <string>
#include <string_view>

namespace entente {

// "will / plans to / agreed to V": cooperative acts become CAMEO 03x
// intents, hostile ones threats (13x); other codes are unchanged.
std::string intent_code(std::string_view act);
// "threatened / would V": the threat (13x) of a hostile act; a cooperative
// act is its intent.
std::string threat_code(std::string_view act);
// "urged / asked / called on X to V": the appeal (02x) for V.
std::string appeal_code(std::string_view act);
// "ordered / demanded that X V": the demand (10x) for V.
std::string demand_code(std::string_view act);
// The demand (10x) for what an appeal (02x) asks: 022 -> 102, 0253 -> 1053.
std::string demand_for_appeal(std::string_view appeal);
// "refused / declined to V": the refusal (12x) of V.
std::string refusal_code(std::string_view act);
// "halted / suspended / stopped V": ending cooperation reduces relations
// (16x), ending hostilities de-escalates (087).
std::string halt_code(std::string_view act);
// Acts that CAMEO codes both ways: consultations, phone calls, meetings,
// negotiations, signed agreements, ceasefires.
bool reciprocal_code(std::string_view code);
// The linked act of the other side: a visit (042) is hosted (043) and back;
// empty if none.
std::string linked_code(std::string_view code);
// The sign of the Goldstein weight of a code: -1, 0 or +1.
int polarity(std::string_view code);

} // namespace entente
