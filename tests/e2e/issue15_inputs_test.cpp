// Issue 15 ("robustness, round two"), the input side: sums that cannot
// overflow on any path, hand-edited snapshots checked on load, bad rows
// reported by every command, byte-order marks, messages with their place,
// options that must be refused, empty results that say so, and diff of a
// snapshot with itself. One test per item, named after it.
#include "entente/core/date.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using entente::test::read_file;
using entente::test::run_entente;
using entente::test::run_shell;
using entente::test::TempDir;
using entente::test::write_file;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// The A-B dyad's total net of a snapshot file.
double net_ab(const std::string &snapshot) {
  const auto j = json::parse(read_file(snapshot));
  for (const auto &d : j.at("dyads"))
    if (d.at("a") == "A" && d.at("b") == "B")
      return d.at("total").at("net").get<double>();
  FAIL("no dyad A-B in " << snapshot);
  return 0;
}

std::string relation(const std::string &date, double weight) {
  return "{\"date\":\"" + date +
         "\",\"source\":\"A\",\"target\":\"B\",\"goldstein\":10,\"weight\":" + json(weight).dump() +
         "}\n";
}

} // namespace

TEST_CASE("issue 15.3: sums never overflow, on every fold path", "[e2e][issue15][overflow]") {
  TempDir dir;
  // Ten rows of weight 999999999999: the fast fold's 64-bit micro-unit sums
  // wrapped to a net of -8446744073719.552 (exit 0).
  std::string rows;
  for (int i = 0; i < 10; ++i)
    rows += "A,B,999999999999,2020-01-0" + std::to_string(1 + i % 2) + "\n";
  write_file(dir.file("e.csv"), rows);
  const double expected = 9999999999990.0;
  SECTION("edge list, one snapshot (fast fold)") {
    REQUIRE(
        run_entente("snapshot " + dir.file("e.csv") + " -q -o " + dir.file("s.json")).exit_code ==
        0);
    CHECK(net_ab(dir.file("s.json")) == Approx(expected).epsilon(1e-12));
  }
  SECTION("edge list, a series (fast fold, per-window tables)") {
    REQUIRE(run_entente("snapshot " + dir.file("e.csv") + " --every year -q --no-metrics -o " +
                        dir.file("y"))
                .exit_code == 0);
    CHECK(net_ab(dir.file("y/2020.json")) == Approx(expected).epsilon(1e-12));
  }
  SECTION("edge list through load, and the relations JSONL it writes read back") {
    REQUIRE(run_entente("load " + dir.file("e.csv") + " -q -o " + dir.file("r.jsonl")).exit_code ==
            0);
    REQUIRE(
        run_entente("snapshot " + dir.file("r.jsonl") + " -q -o " + dir.file("s.json")).exit_code ==
        0);
    CHECK(net_ab(dir.file("s.json")) == Approx(expected).epsilon(1e-12));
  }
  SECTION("dyads") {
    const auto r = run_entente("dyads --json " + dir.file("e.csv"));
    REQUIRE(r.exit_code == 0);
    const auto j = json::parse(r.output.substr(r.output.find('[')));
    CHECK(j.at(0).at("net").get<double>() == Approx(expected).epsilon(1e-12));
  }
  SECTION("relations JSONL: one snapshot, and a series (fast fold of relations)") {
    // Goldstein 10 x weight 1e12 = 1e13 per relation: past 64-bit micro units alone.
    std::string jsonl;
    for (int i = 0; i < 10; ++i)
      jsonl += relation("2020-01-0" + std::to_string(1 + i % 2), 1e12);
    write_file(dir.file("r.jsonl"), jsonl);
    REQUIRE(
        run_entente("snapshot " + dir.file("r.jsonl") + " -q -o " + dir.file("s.json")).exit_code ==
        0);
    CHECK(net_ab(dir.file("s.json")) == Approx(1e14).epsilon(1e-12));
    REQUIRE(run_entente("snapshot " + dir.file("r.jsonl") + " --every month -q -o " + dir.file("m"))
                .exit_code == 0);
    CHECK(net_ab(dir.file("m/2020-01.json")) == Approx(1e14).epsilon(1e-12));
  }
  SECTION("a weight past 1e12 is a bad row, not a wrapped number") {
    write_file(dir.file("w.csv"), "A,C,1\nA,B,10000000000000\n");
    const auto r = run_entente("snapshot " + dir.file("w.csv") + " -o " + dir.file("s.json"));
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("w.csv:2: number: weight '10000000000000' is not a valid number") !=
          std::string::npos);
  }
}

TEST_CASE("issue 15.3: the two-thread fold of a large file adds up as one thread does",
          "[e2e][issue15][overflow]") {
  // Over 8 MB, a plain file is split between two threads whose tables are
  // merged: the merge adds the same 128-bit sums.
  TempDir dir;
  std::string rows;
  const int n = 520000;
  rows.reserve(static_cast<std::size_t>(n) * 20);
  for (int i = 0; i < n; ++i)
    rows += "A,B,999999999999\n";
  write_file(dir.file("big.csv"), rows);
  REQUIRE(fs::file_size(dir.file("big.csv")) > (8u << 20));
  for (const char *threads : {"1", "2"}) {
    INFO("threads " << threads);
    REQUIRE(run_entente("snapshot " + dir.file("big.csv") + " -q --no-metrics --threads " +
                        threads + " -o " + dir.file("s.json"))
                .exit_code == 0);
    CHECK(net_ab(dir.file("s.json")) == Approx(n * 999999999999.0).epsilon(1e-12));
  }
}

TEST_CASE("issue 15.4: diff of a snapshot whose alignment matrix is smaller than its actors",
          "[e2e][issue15]") {
  TempDir dir;
  REQUIRE(
      run_entente("snapshot datasets/events/gdelt1-georgia-2011-08.tsv -q -o " + dir.file("a.json"))
          .exit_code == 0);
  auto j = json::parse(read_file(dir.file("a.json")));
  REQUIRE(j["metrics"]["alignment"]["kappa_quadratic"].size() > 3);
  j["metrics"]["alignment"]["kappa_quadratic"].erase(2); // a row short: it segfaulted (rc 139)
  write_file(dir.file("short.json"), j.dump(1));
  auto r = run_entente("diff " + dir.file("a.json") + " " + dir.file("short.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("short.json: malformed snapshot: metrics.alignment.kappa_quadratic") !=
        std::string::npos);
  j = json::parse(read_file(dir.file("a.json")));
  j["metrics"]["alignment"]["s_abs"][1].erase(0); // a short row: it read out of bounds, rc 0
  write_file(dir.file("row.json"), j.dump(1));
  r = run_entente("diff " + dir.file("row.json") + " " + dir.file("a.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("row.json: malformed snapshot: metrics.alignment.s_abs[1]") !=
        std::string::npos);
  j = json::parse(read_file(dir.file("a.json")));
  j["metrics"]["centrality"]["actors"][0]["pagerank_pos"] = "high";
  write_file(dir.file("pr.json"), j.dump(1));
  r = run_entente("diff " + dir.file("a.json") + " " + dir.file("pr.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("pr.json: malformed snapshot: metrics.centrality.actors[0].pagerank_pos") !=
        std::string::npos);
}

TEST_CASE("issue 15.4: hand-edited snapshots are checked on load, naming file and field",
          "[e2e][issue15]") {
  TempDir dir;
  REQUIRE(run_entente("snapshot datasets/events/gdelt1-georgia-2011-08.tsv -q --no-metrics -o " +
                      dir.file("a.json"))
              .exit_code == 0);
  const auto good = json::parse(read_file(dir.file("a.json")));
  struct Edit {
    const char *name;
    std::function<void(json &)> edit;
    const char *message;
  };
  const std::vector<Edit> edits = {
      {"total disagrees with the directions",
       [](json &j) { j["dyads"][0]["total"]["events"] = 999; }, "dyads[0]"},
      {"duplicate actor", [](json &j) { j["actors"].push_back(j["actors"][0]); }, "listed twice"},
      {"negative count", [](json &j) { j["dyads"][1]["a_to_b"]["events"] = -1; },
       "a_to_b.events: must be a count"},
      {"dyads as an object", [](json &j) { j["dyads"] = json::object(); },
       "dyads: must be an array"},
      {"control character in a name", [](json &j) { j["actors"][0]["name"] = "A\x01Z"; },
       "actors[0].name"},
      {"negative fold count", [](json &j) { j["fold"]["self"] = -3; }, "fold.self"},
  };
  for (const auto &e : edits) {
    INFO(e.name);
    json j = good;
    e.edit(j);
    write_file(dir.file("bad.json"), j.dump(1));
    for (const char *command : {"metrics ", "timeline "}) {
      const auto r = run_entente(command + dir.file("bad.json"));
      INFO(r.output);
      CHECK(r.exit_code == 1);
      CHECK(r.output.find("bad.json: malformed snapshot: ") != std::string::npos);
      CHECK(r.output.find(e.message) != std::string::npos);
    }
  }
}

TEST_CASE("issue 15.7: dyads reports bad rows as snapshot does", "[e2e][issue15]") {
  TempDir dir;
  write_file(dir.file("e.tsv"), "A\tB\t1\nA\tB\nA\tC\tx\nB\tC\t2\n");
  const auto d = run_entente("dyads " + dir.file("e.tsv"));
  CHECK(d.exit_code == 0);
  CHECK(d.output.find("e.tsv:2: columns: expected 3 or 4 columns, got 2") != std::string::npos);
  CHECK(d.output.find("e.tsv:3: number: weight 'x'") != std::string::npos);
  CHECK(d.output.find("2 bad rows skipped: columns 1, number 1") != std::string::npos);
  const auto s = run_entente("snapshot " + dir.file("e.tsv") + " -o " + dir.file("s.json"));
  CHECK(s.output.find("2 bad rows skipped: columns 1, number 1") != std::string::npos);
}

TEST_CASE("issue 15.11: a byte-order mark is dropped from every input", "[e2e][issue15]") {
  TempDir dir;
  const std::string bom = "\xEF\xBB\xBF";
  write_file(dir.file("e.csv"), bom + "USA,RUS,2\nRUS,CHN,-1\n");
  auto r = run_entente("snapshot " + dir.file("e.csv") + " -q -o " + dir.file("s.json"));
  REQUIRE(r.exit_code == 0);
  const auto actors = json::parse(read_file(dir.file("s.json"))).at("actors");
  REQUIRE(actors.size() == 3);
  CHECK(actors[2].at("code") == "USA"); // not "\ufeffUSA", a fourth actor
  CHECK(read_file(dir.file("s.json")).find(bom) == std::string::npos);
  // The same file through read_inputs (dyads) and two threads' worth of it.
  r = run_entente("dyads " + dir.file("e.csv"));
  CHECK(r.output.find(bom) == std::string::npos);
  // Relations JSONL with a mark: read as a file, and now on stdin too.
  write_file(dir.file("r.jsonl"), bom + "{\"format\":\"entente-relations\",\"version\":1}\n" +
                                      "{\"date\":\"2020-01-01\",\"source\":\"USA\","
                                      "\"target\":\"RUS\",\"code\":\"036\"}\n");
  CHECK(run_entente("snapshot " + dir.file("r.jsonl") + " -q -o -").exit_code == 0);
  r = run_entente("snapshot - -q -o " + dir.file("s.json") + " < " + dir.file("r.jsonl"));
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("unrecognised") == std::string::npos);
  // A signed edge list's header.
  write_file(dir.file("x_edges.csv"),
             bom + "\"from\",\"to\",\"from_id\",\"to_id\",\"sign\"\n\"A\",\"B\",1,2,1\n");
  CHECK(run_entente("metrics " + dir.file("x_edges.csv")).exit_code == 0);
}

TEST_CASE("issue 15.12: a line too long names its file and line", "[e2e][issue15]") {
  TempDir dir;
  // A sparse file: 300 MB of NUL bytes after two lines cost no disk and no
  // time to write; read, they are one line past the 256 MB limit.
  for (const char *name : {"long.tsv", "long.jsonl"}) {
    const auto path = dir.file(name);
    write_file(path, std::string(name).ends_with("tsv")
                         ? "A\tB\t1\n"
                         : "{\"date\":\"2020-01-01\",\"source\":\"A\",\"target\":\"B\","
                           "\"code\":\"036\"}\n");
    fs::resize_file(path, std::uintmax_t{300} << 20);
  }
  // (--format: NUL bytes in the first block make the format unrecognised.)
  auto r =
      run_entente("snapshot " + dir.file("long.tsv") + " --format edges -o " + dir.file("s.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("long.tsv:2: line longer than 256 MB") != std::string::npos);
  r = run_entente("load " + dir.file("long.tsv") + " --format edges -o " + dir.file("r.jsonl"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("long.tsv:2: line longer than 256 MB") != std::string::npos);
  r = run_entente("snapshot " + dir.file("long.jsonl") + " -o " + dir.file("s.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("long.jsonl:2: line longer than 16 MiB") != std::string::npos);
}

TEST_CASE("issue 15.13: options that must be refused", "[e2e][issue15]") {
  const std::string tribes = "datasets/signed/tribes_edges.csv";
  const std::string rel = "datasets/relations/gdelt1-georgia-2011-08.jsonl";
  struct Case {
    std::string args, message;
  };
  const std::vector<Case> cases = {
      {"metrics " + tribes + " --alpha nan", "--alpha"},
      {"metrics " + tribes + " --alpha 1.5", "--alpha"},
      {"eval-extract --min-f1 nan", "--min-f1"},
      {"metrics " + tribes + " --k 1000", "--k 1000: more blocs than the 16 actors"},
      {"dyads " + rel + " --from 2011-08-20 --to 2011-08-10", "--to is before --from"},
      {"metrics --json " + tribes + " --save -", "standard output together"},
  };
  for (const auto &c : cases) {
    INFO(c.args);
    const auto r = run_entente(c.args);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find(c.message) != std::string::npos);
  }
  CHECK(run_entente("metrics " + tribes + " --k 16 -q").exit_code == 0);
}

TEST_CASE("issue 15.14: input with nothing usable fails with the counts", "[e2e][issue15]") {
  TempDir dir;
  // GDELT rows read as an edge list: every row bad.
  const std::string gdelt = "datasets/events/gdelt1-georgia-2011-08.tsv";
  auto r = run_entente("snapshot " + gdelt + " --format edges -o " + dir.file("s.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("bad rows skipped: columns") != std::string::npos);
  CHECK(r.output.find("none of the") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.file("s.json")));
  r = run_entente("load " + gdelt + " --format edges -o " + dir.file("r.jsonl"));
  CHECK(r.exit_code == 1);
  CHECK_FALSE(fs::exists(dir.file("r.jsonl")));
  // An empty folder.
  fs::create_directory(dir.file("empty"));
  r = run_entente("snapshot " + dir.file("empty") + " -o " + dir.file("s.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("empty: the folder holds no input files") != std::string::npos);
  r = run_entente("extract " + dir.file("empty") + " -o " + dir.file("r.jsonl"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("holds no articles") != std::string::npos);
  // Rows dropped by a filter the user chose are no failure.
  CHECK(
      run_entente("snapshot " + gdelt + " --countries ZZZ -q -o " + dir.file("s.json")).exit_code ==
      0);
}

TEST_CASE("issue 15.15: diff of a snapshot with itself lists no largest changes",
          "[e2e][issue15]") {
  TempDir dir;
  REQUIRE(
      run_entente("snapshot datasets/events/gdelt1-georgia-2011-08.tsv -q -o " + dir.file("a.json"))
          .exit_code == 0);
  const auto r = run_entente("diff --json " + dir.file("a.json") + " " + dir.file("a.json"));
  REQUIRE(r.exit_code == 0);
  const auto j = json::parse(r.output);
  CHECK(j.at("top_changes").empty());
  const auto text = run_entente("diff " + dir.file("a.json") + " " + dir.file("a.json"));
  CHECK(text.output.find("Largest changes in net score (0)\n  none") != std::string::npos);
}
