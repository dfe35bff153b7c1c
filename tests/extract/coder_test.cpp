#include "coder_support.hpp"
#include "entente/core/error.hpp"
#include "entente/extract/documents.hpp"

#include <catch2/catch.hpp>

using namespace entente;
using Catch::Matchers::Contains;
using entente::test::code;
using entente::test::dyads;
using V = std::vector<std::string>;

TEST_CASE("verb lemmatisation maps inflected forms to the dictionary verb") {
  const auto &d = test::shipped_coder().dictionaries();
  CHECK(d.lemma("accused") == "accuse");
  CHECK(d.lemma("accuses") == "accuse");
  CHECK(d.lemma("accusing") == "accuse");
  CHECK(d.lemma("met") == "meet");
  CHECK(d.lemma("Criticised") == "criticise");
}

TEST_CASE("subject-verb-object") {
  CHECK(dyads("Russia accused China of aggression.") == V{"RUS>CHN-"});
  CHECK(dyads("Japan criticized North Korea on Monday.") == V{"JPN>PRK-"});
}

TEST_CASE("passive voice takes the source from the by-phrase") {
  CHECK(dyads("China was accused by the United States.") == V{"USA>CHN-"});
  // No agent, no source: no event.
  CHECK(dyads("China was accused of hiding the outbreak.").empty());
  // No agent, but a place after the verb: the authority there acted.
  CHECK(dyads("A US national was arrested in Italy.") == V{"ITA>USA-"});
}

TEST_CASE("a verb listed with an inflected lemma keeps its base verb's code") {
  // PETRARCH lists "killed" as a lemma of its own; it must not hide "kill".
  CHECK(dyads("Russia killed Afghan civilians.") == V{"RUS>AFG-"});
}

TEST_CASE("a verb without a code of its own takes the code of its event noun") {
  // A signed agreement binds both sides: CAMEO codes it both ways.
  CHECK(code("Libya signed a treaty with Bulgaria.", "1990-01-01") ==
        V{"LBY>BGR:057", "BGR>LBY:057"});
  CHECK(code("Israel and Lebanon renewed negotiations.") == V{"ISR>LBN:046", "LBN>ISR:046"});
}

TEST_CASE("an intent verb takes the code of the act it announces") {
  CHECK(dyads("Macedonia prepared to attack Albania.") == V{"MKD>ALB-"});
}

TEST_CASE("an ethnic group is no actor of the state of that name") {
  CHECK(dyads("Ethnic Russians in Ukraine criticized Moldova.") == V{"UKR>MDA-"});
  CHECK(dyads("Ethnic Albanians attacked Serbia.").empty());
}

TEST_CASE("Serbia and Montenegro keep their own codes inside the federation") {
  CHECK(dyads("Serbia lifted a curfew in Montenegro.", "2000-01-01") == V{"SRB>MNE+"});
}

TEST_CASE("a relative clause is not the reporting speaker's act") {
  // "which condemns Serbia" has the resolution as subject, not Hungary.
  CHECK(dyads("Hungary said it backs the UN resolution which condemns Serbia.") ==
        V{"HUN>IGOUNO+"});
  CHECK(dyads("Hungary said that Russia condemns Serbia.") == V{"RUS>SRB-"});
}

TEST_CASE("compound actors give one event per member") {
  CHECK(dyads("The United States, the United Kingdom, Japan and Australia are castigating "
              "China.") == V{"USA>CHN-", "GBR>CHN-", "JPN>CHN-", "AUS>CHN-"});
  // A compound subject without an object: each with the other.
  CHECK(dyads("The United States and Russia allied against a common enemy.") ==
        V{"USA>RUS+", "RUS>USA+"});
}

TEST_CASE("reported speech and attribution") {
  // The speaker is not the source of the reported event...
  CHECK(dyads("Trump said that Russia accused China of lying.") == V{"RUS>CHN-"});
  // ... unless the reported clause has no subject of its own.
  CHECK(dyads("US President Trump said that this is the best time to increase cooperation with "
              "Russia.") == V{"USA>RUS+"});
  // A trailing attribution does not become an actor of the event.
  CHECK(dyads("Russia accused Ukraine of provocations, the Kremlin said.") == V{"RUS>UKR-"});
  // A reported obligation is a demand from the speaker.
  CHECK(code("Russia said on Tuesday that Sudan must return the helicopter.") == V{"RUS>SDN:100"});
}

TEST_CASE("negation and hypothetical wording suppress the event") {
  CHECK(dyads("Russia has not supported China.").empty());
  CHECK(dyads("Russia has not openly accused China for the pandemic.").empty());
  CHECK(dyads("If Russia attacks Ukraine, the West will respond.").empty());
  CHECK(dyads("Russia could attack Ukraine.").empty());
}

TEST_CASE("intentions become CAMEO intent codes") {
  CHECK(code("France will meet Germany next week.") == V{"FRA>DEU:036"});
  // A meeting is mutual (CAMEO codes consultations both ways); a visit is
  // the visitor's, with the host's linked 043 back.
  CHECK(code("France met Germany.") == V{"FRA>DEU:040", "DEU>FRA:040"});
  CHECK(code("France visited Germany.") == V{"FRA>DEU:042", "DEU>FRA:043"});
  CHECK(code("France and Germany met.") == V{"FRA>DEU:040", "DEU>FRA:040"});
}

TEST_CASE("no event without both a source and a target, and no self-relations") {
  CHECK(dyads("Russia accused the newspaper of lying.").empty());
  CHECK(dyads("Moscow criticized Russian protesters.").empty());
}

TEST_CASE("leaders are resolved by the document's date") {
  CHECK(dyads("Trump criticized China.", "2019-06-01") == V{"USA>CHN-"});
  CHECK(dyads("Trump criticized China.", "2010-06-01").empty());
  CHECK(dyads("Putin criticized China.", "2020-05-09") == V{"RUS>CHN-"});
}

TEST_CASE("metonyms and agents combine with their country") {
  Document d{"t", Date::parse("2020-05-09"), "The Kremlin accused the Chinese government."};
  const auto r = code_document(d, test::shipped_coder());
  REQUIRE(r.size() == 1);
  CHECK(r[0].source == "RUSGOV");
  CHECK(r[0].target == "CHNGOV");
  CHECK(r[0].provenance.doc == "t");
  CHECK(r[0].provenance.sentence == 0);
  CHECK(r[0].provenance.evidence == "Kremlin accused the Chinese government");
}

TEST_CASE("explain names the actors and the pattern, or why nothing fired") {
  Document d{"t", Date::parse("2020-05-09"),
             "Russia accused China of aggression. Russia has not supported China."};
  std::string explain;
  code_document(d, test::shipped_coder(), &explain);
  CHECK_THAT(explain, Contains("[Russia = RUS]"));
  CHECK_THAT(explain, Contains("accuse * aggression"));
  CHECK_THAT(explain, Contains("negated, not coded"));
}

TEST_CASE("many documents on two threads keep input order") {
  std::vector<Document> docs;
  for (int i = 0; i < 50; ++i)
    docs.push_back({std::to_string(i), Date::parse("2020-05-09"),
                    i % 2 ? "Russia accused China." : "Japan praised India."});
  CodingStats stats;
  const auto out = code_documents(docs, test::shipped_coder(), 2, &stats);
  REQUIRE(out.size() == 50);
  for (int i = 0; i < 50; ++i) {
    REQUIRE(out[i].size() == 1);
    CHECK(out[i][0].provenance.doc == std::to_string(i));
  }
  CHECK(stats.sentences == 50);
  CHECK(code_documents(docs, test::shipped_coder(), 1) == out);
}

TEST_CASE("a document without a date is an error naming it") {
  Document d{"a.txt", std::nullopt, "Russia accused China."};
  CHECK_THROWS_WITH(code_document(d, test::shipped_coder()), Contains("a.txt"));
}

TEST_CASE("dates are found in datelines") {
  CHECK(find_date("MOSCOW, May 9, 2020 (Reuters) - text")->to_string() == "2020-05-09");
  CHECK(find_date("Published 9 May 2020\nText")->to_string() == "2020-05-09");
  CHECK(find_date("2020-05-09T10:00 text")->to_string() == "2020-05-09");
  CHECK_FALSE(find_date("No date here."));
}

TEST_CASE("documents JSON Lines: errors name file and line") {
  const auto docs = parse_documents_jsonl(
      "{\"id\":\"a\",\"date\":\"2020-05-09\",\"text\":\"x\"}\n\n{\"id\":2,\"text\":\"y\"}\n",
      "d.jsonl", Date::parse("2021-01-01"));
  REQUIRE(docs.size() == 2);
  CHECK(docs[1].id == "2");
  CHECK(docs[0].date->to_string() == "2021-01-01");
  CHECK_THROWS_WITH(parse_documents_jsonl("{\"text\":\"x\"}\n{bad\n", "d.jsonl", std::nullopt),
                    Contains("d.jsonl:1"));
  CHECK_THROWS_WITH(parse_documents_jsonl("{\"date\":\"2020-01-01\",\"text\":\"x\"}\n{bad\n",
                                          "d.jsonl", std::nullopt),
                    Contains("d.jsonl:2"));
}

TEST_CASE("invalid bytes in text never crash the coder") {
  std::string junk = "Russia \xFF\xFE accused \xC3 China\x01. \xE2\x80";
  for (int i = 0; i < 256; ++i)
    junk += static_cast<char>(i);
  CHECK_NOTHROW(code(junk));
}
