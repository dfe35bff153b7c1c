#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace entente;

TEST_CASE("entente metrics --json on the tribes carries every measure") {
  const auto r = test::run_entente("metrics datasets/signed/tribes_edges.csv --json");
  REQUIRE(r.exit_code == 0);
  const auto start = r.output.find('{');
  REQUIRE(start != std::string::npos);
  const auto m = nlohmann::json::parse(r.output.substr(start));
  CHECK(m["balance"]["frustration"]["L"] == 7);
  CHECK(m["balance"]["frustration"]["exact"] == true);
  CHECK(m["balance"]["triangles"]["+--"] == 40);
  CHECK(m["blocs"]["modularity"]["k"] == 3);
  CHECK(m["centrality"]["actors"].size() == 16);
  CHECK(m["alignment"]["actors"].size() == 16);
  CHECK(m["dyads"].size() == 58);
}

TEST_CASE("entente metrics stores the metrics in a snapshot and prints a table") {
  test::TempDir dir;
  const auto out = dir.file("tribes.json");
  const auto r = test::run_entente("metrics datasets/signed/tribes_edges.csv -q --save " + out);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("frustration L 7 (exact)") != std::string::npos);
  const auto snap = nlohmann::json::parse(test::read_file(out));
  CHECK(snap["format"] == "entente-snapshot");
  CHECK(snap["metrics"]["balance"]["walk"]["value"].get<double>() ==
        Approx(0.3575761).margin(1e-6));
  // And the stored snapshot can be measured again.
  const auto again = test::run_entente("metrics " + out);
  CHECK(again.exit_code == 0);
}

TEST_CASE("entente align compares two actors, and names a missing one") {
  const auto r = test::run_entente("align Gama Gavev datasets/signed/tribes_edges.csv --json");
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.output.substr(r.output.find('{')));
  CHECK(j["profile_length"] == 16);
  CHECK(j["s_abs"].get<double>() > 0);
  const auto bad = test::run_entente("align Gama Nobody datasets/signed/tribes_edges.csv");
  CHECK(bad.exit_code == 1); // a fact about the data, not a usage error (exit 2)
  CHECK(bad.output.find("Nobody") != std::string::npos);
}

TEST_CASE("entente series prints all 51 CoW windows, exact") {
  const auto r = test::run_entente("series datasets/signed/cow --json");
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.output.substr(r.output.find('[')));
  REQUIRE(j.size() == 51);
  CHECK(j[0]["window"] == "1946-1949");
  CHECK(j[50]["window"] == "1996-1999");
  for (const auto &row : j) {
    CHECK(row["exact"] == true);
    CHECK(row["frustration_F"].get<double>() ==
          Approx(1.0 - 2.0 * row["frustration_L"].get<double>() / row["edges"].get<double>())
              .margin(1e-6));
  }
}

TEST_CASE("a malformed signed CSV is an error with file and line") {
  test::TempDir dir;
  const auto bad = dir.file("bad_edges.csv");
  test::write_file(bad, "\"from\",\"to\",\"from_id\",\"to_id\",\"sign\"\n\"a\",\"b\",1,2,1\n"
                        "\"b\",\"c\",2,3,7\n");
  const auto r = test::run_entente("metrics " + bad);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("bad_edges.csv:3:") != std::string::npos);
}

TEST_CASE("entente dyads decays older events with a half-life") {
  const auto plain = test::run_entente("dyads datasets/relations --json");
  const auto decayed = test::run_entente("dyads datasets/relations --half-life 1d --json");
  REQUIRE(plain.exit_code == 0);
  REQUIRE(decayed.exit_code == 0);
  const auto p = nlohmann::json::parse(plain.output.substr(plain.output.find('[')));
  const auto d = nlohmann::json::parse(decayed.output.substr(decayed.output.find('[')));
  REQUIRE(p.size() == d.size());
  double sp = 0, sd = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    sp += p[i]["abs_net"].get<double>();
    sd += d[i]["abs_net"].get<double>();
  }
  CHECK(sd < sp);
  CHECK(test::run_entente("dyads datasets/relations --half-life soon").exit_code == 2);
}
