// The coder's syntax rules, one test case per construction (docs/syntax.md),
// on news-style sentences written for these tests (none is in the gold
// sets), plus the sentences issue 17 reported as coded wrongly.
#include "coder_support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using entente::test::code;
using entente::test::dyads;
using V = std::vector<std::string>;

namespace {
// The coded strings, sorted, so a test does not depend on emission order.
V sorted(V v) {
  std::sort(v.begin(), v.end());
  return v;
}
bool has_prefix(const V &v, const std::string &p) {
  return std::any_of(v.begin(), v.end(), [&](const auto &s) { return s.rfind(p, 0) == 0; });
}
} // namespace

TEST_CASE("reported speech: the reported event is the reported subject's") {
  // "said": attribution only.
  CHECK(dyads("Germany said that Russian forces had shelled Kharkiv.") == V{"RUS>UKR-"});
  CHECK(dyads("Russian forces shelled Kharkiv overnight, the Ukrainian military said.") ==
        V{"RUS>UKR-"});
  // "claimed": the claim is the speaker's accusation too (issue 17).
  CHECK(sorted(code("Egypt claimed that Israel had attacked Lebanon.")) ==
        V{"EGY>ISR:112", "ISR>LBN:190"});
  // A reported clause with a noun subject of its own is not the speaker's act.
  CHECK(dyads("Poland said a stray missile had landed in a village near the Ukrainian border.")
            .empty());
}

TEST_CASE("to-complements and object control: the act asked, ordered, refused or agreed") {
  // The appeal is to the object; the released detainees are no event (issue 17).
  CHECK(code("Japan urged China to release the detained fishermen.") == V{"JPN>CHN:0253"});
  CHECK(code("India asked Nepal to resume talks on the border dispute.") == V{"IND>NPL:026"});
  CHECK(code("Washington called on Ankara to free the jailed pastor.", "2018-07-20") ==
        V{"USA>TUR:0253"});
  // Agreeing to ease sanctions is an intention to ease them, not sanctions (issue 17).
  CHECK(code("India agreed to ease sanctions on Iran.") == V{"IND>IRN:0354"});
  CHECK(code("Beijing refused to lift its ban on Australian coal.") == V{"CHN>AUS:1244"});
  CHECK(code("China threatened to impose sanctions on Lithuania.") == V{"CHN>LTU:1312"});
  CHECK(code("The Security Council ordered Libya to withdraw its forces.") ==
        V{"IGOUNOSEC>LBY:106"});
  CHECK(code("Israel continued to strike Gaza.") == V{"ISR>PSE:190"});
}

TEST_CASE("passive voice with a by-phrase or a noun subject") {
  CHECK(dyads("Serbia's new border fence was criticized by Hungary.") == V{"HUN>SRB-"});
  CHECK(code("Two Estonian diplomats were expelled by Russia.") == V{"RUS>EST:161"});
  CHECK(dyads("Ukraine's power grid was hit by a massive Russian missile attack.") ==
        V{"RUS>UKR-"});
  // No agent and no place: nobody to code (issue 17's seed article).
  CHECK(dyads("China will be struck.").empty());
}

TEST_CASE("negation, conditions and hypotheticals suppress or change the event") {
  // Issue 17: the seed article's hypothetical gave RUS->CHN 190.
  CHECK(dyads("China will be struck, even if Russia does not join the front.").empty());
  CHECK(dyads("If Iran attacks Israel, the United States would defend it.").empty());
  CHECK(dyads("Turkey would never recognise Cyprus.").empty());
  CHECK(dyads("Russia could invade Georgia again.").empty());
  // A conditional threat is still a threat, aimed at the condition's actor.
  CHECK(code("Moscow threatened to cut gas supplies unless Ukraine paid its debts.") ==
        V{"RUS>UKR:1311"});
  // "will" + a hostile act is a threat, + a cooperative one an intention.
  CHECK(code("Canada will impose tariffs on American steel.") == V{"CAN>USA:1312"});
  CHECK(code("Brazil will send aid to Haiti.") == V{"BRA>HTI:033"});
}

TEST_CASE("reciprocal verbs give both directions with the right polarity") {
  // Issue 17: traded strikes were coded as cooperation.
  CHECK(sorted(dyads("Armenia and Azerbaijan traded strikes overnight.")) ==
        V{"ARM>AZE-", "AZE>ARM-"});
  CHECK(sorted(code("India and Pakistan exchanged fire along the Line of Control.")) ==
        V{"IND>PAK:193", "PAK>IND:193"});
  // Issue 17: the South China Sea is no Chinese actor.
  CHECK(sorted(code("Malaysia and Vietnam exchanged accusations over the South China Sea.")) ==
        V{"MYS>VNM:112", "VNM>MYS:112"});
  CHECK(sorted(code("Russia and Ukraine swapped prisoners in Abu Dhabi.")) ==
        V{"RUS>UKR:0841", "UKR>RUS:0841"});
  CHECK(sorted(code("Poland signed a defence pact with Ukraine.")) ==
        V{"POL>UKR:057", "UKR>POL:057"});
  // A place after a meeting is no counterpart.
  CHECK(sorted(code("Putin met Xi in Beijing on Tuesday.")) == V{"CHN>RUS:040", "RUS>CHN:040"});
  CHECK(sorted(code("Biden and Xi met on the sidelines of the G20 summit in Bali.",
                    "2022-11-14")) == V{"CHN>USA:040", "USA>CHN:040"});
}

TEST_CASE("coordinated subjects and lists of targets give one event per actor") {
  CHECK(sorted(code("Saudi Arabia, Egypt and Bahrain cut diplomatic ties with Qatar.")) ==
        V{"BHR>QAT:161", "EGY>QAT:161", "SAU>QAT:161"});
  // Issue 17: a list of counterparts after "met with" gave only the first.
  const auto met = sorted(dyads("Secretary of State Antony Blinken met with Egyptian President "
                                "Abdel Fattah al-Sisi, Jordan's King Abdullah and Qatari Emir "
                                "Sheikh Tamim bin Hamad Al Thani.",
                                "2024-02-06"));
  CHECK(met == V{"EGY>USA+", "JOR>USA+", "QAT>USA+", "USA>EGY+", "USA>JOR+", "USA>QAT+"});
}

TEST_CASE("denials, sanctions, calls, visits and ambassadors get their CAMEO codes") {
  // Issue 17: a denial was coded as the act denied (060).
  CHECK(code("Iran denied supplying missiles to Russia.") == V{"IRN>RUS:016"});
  CHECK(code("China rejected accusations by the Philippines.") == V{"CHN>PHL:016"});
  CHECK(code("The European Union lifted sanctions on Syria.") == V{"IGOEUREEC>SYR:085"});
  CHECK(code("Washington eased sanctions on Venezuela's oil sector.") == V{"USA>VEN:085"});
  // Issue 17: "spoke with" was 010; a call is 041, both ways.
  CHECK(sorted(code("Macron spoke with Putin by phone.")) == V{"FRA>RUS:041", "RUS>FRA:041"});
  // Hosting and visiting are linked: 043 one way, 042 back.
  CHECK(sorted(code("Xi hosted Lula in Beijing.", "2023-04-14")) ==
        V{"BRA>CHN:042", "CHN>BRA:043"});
  CHECK(code("Jordan recalled its ambassador to Israel.") == V{"JOR>ISR:161"});
  CHECK(code("Chad called back its ambassador from Israel.") == V{"TCD>ISR:161"});
  CHECK(code("South Korea summoned the Russian ambassador.") == V{"KOR>RUS:114"});
}

TEST_CASE("actors of today: leaders by date, organisations and groups") {
  // Trump's second term (issue 17: the dictionary ended it in 2021).
  CHECK(code("Trump imposed tariffs on Canada.", "2025-02-02") == V{"USA>CAN:163"});
  // Von der Leyen is the EU, Rutte NATO after 2024-10-01 (and the Netherlands before).
  CHECK(dyads("Von der Leyen criticised Hungary.", "2023-05-01") == V{"IGOEUREEC>HUN-"});
  CHECK(dyads("Rutte praised Finland.", "2025-01-10") == V{"IGOWSTNAT>FIN+"});
  CHECK(dyads("Rutte praised Finland.", "2020-01-10") == V{"NLD>FIN+"});
  // A leader out of office is no actor; before the table, the older dictionary answers.
  CHECK(dyads("Assad criticised Turkey.", "2025-03-01").empty());
  CHECK(dyads("Putin criticized China.", "2001-06-01") == V{"RUS>CHN-"});
  // Issue 17: "Un" in "Kim Jong Un" is not the UN.
  const auto kim = dyads("Kim Jong Un visited Vladivostok and met Russian officials.");
  CHECK_FALSE(has_prefix(kim, "IGO"));
  CHECK(has_prefix(kim, "PRK>RUS"));
  // Groups: Hamas is its own actor; the Taliban govern Afghanistan from 2021-08-15.
  CHECK(dyads("Hamas fired rockets at Israel.") == V{"PSE>ISR-"});
  CHECK(entente::test::coded("Hamas fired rockets at Israel.", "2020-05-09",
                             entente::test::Label::code)
            .size() == 1);
  CHECK(code("The Taliban attacked Pakistan.", "2019-01-01") == V{"AFG>PAK:190"});
  // "Rwanda-backed rebels": the backer is no actor of the rebels' act.
  CHECK(dyads("Rwanda-backed rebels attacked Goma.", "2025-01-27").empty());
}
