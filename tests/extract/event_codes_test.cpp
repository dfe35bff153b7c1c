#include "entente/core/cameo.hpp"
#include "entente/extract/event_codes.hpp"

#include <catch2/catch.hpp>

using namespace entente;

TEST_CASE("intentions of cooperative acts are 03x, of hostile acts threats") {
  CHECK(intent_code("040") == "036");
  CHECK(intent_code("0841") == "0353");
  CHECK(intent_code("085") == "0354");
  CHECK(intent_code("072") == "0332");
  CHECK(intent_code("163") == "1312");
  CHECK(intent_code("190") == "138");
  CHECK(intent_code("112") == "112"); // a verbal act has no intent code
}

TEST_CASE("appeals, demands and refusals follow the act asked for") {
  CHECK(appeal_code("0841") == "0253");
  CHECK(appeal_code("046") == "026");
  CHECK(appeal_code("0871") == "0256");
  CHECK(appeal_code("072") == "0232");
  CHECK(demand_code("0874") == "106");
  CHECK(demand_code("0871") == "107");
  CHECK(demand_for_appeal("022") == "102");
  CHECK(refusal_code("085") == "1244");
  CHECK(refusal_code("040") == "125");
}

TEST_CASE("halting cooperation reduces relations, halting hostilities de-escalates") {
  CHECK(halt_code("040") == "164");
  CHECK(halt_code("072") == "1622");
  CHECK(halt_code("050") == "160");
  CHECK(halt_code("190") == "087");
}

TEST_CASE("mutual and linked acts") {
  CHECK(reciprocal_code("041"));
  CHECK(reciprocal_code("057"));
  CHECK_FALSE(reciprocal_code("042"));
  CHECK_FALSE(reciprocal_code("190"));
  CHECK(linked_code("042") == "043");
  CHECK(linked_code("043") == "042");
  CHECK(linked_code("040").empty());
  CHECK(polarity("190") == -1);
  CHECK(polarity("010") == 0);
  CHECK(polarity("057") == 1);
}

TEST_CASE("every code the mappings give is a CAMEO code") {
  const char *acts[] = {"040", "041",  "042",  "043", "045", "046", "051", "057",  "061", "062",
                        "064", "071",  "072",  "073", "074", "081", "084", "0841", "085", "086",
                        "087", "0871", "0874", "111", "112", "160", "161", "163",  "172", "173",
                        "175", "180",  "190",  "193", "194", "195", "204"};
  for (const char *a : acts) {
    INFO(a);
    for (const auto &c : {intent_code(a), threat_code(a), appeal_code(a), demand_code(a),
                          refusal_code(a), halt_code(a)})
      CHECK(cameo_table().known(c));
  }
}
