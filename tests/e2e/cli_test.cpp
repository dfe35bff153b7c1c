// End to end: the built `entente` binary on the shipped datasets. The main
// job's output is checked in tests/main_job/ (it runs once, as a fixture).
#include "entente/graph/snapshot.hpp"
#include "entente/render/graphviz.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <tuple>

using entente::test::read_file;
using entente::test::run_entente;
using entente::test::TempDir;

TEST_CASE("snapshot then render, through files and pipes", "[e2e]") {
  TempDir dir;
  const auto snap = dir.file("s.json");
  auto r = run_entente("snapshot datasets/relations --from 2011-08-10 --to 2011-08-20 -o " + snap);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const auto s = entente::load_snapshot(snap);
  CHECK(s.window.from->to_string() == "2011-08-10");
  CHECK(s.fold.outside_window > 0);
  CHECK(s.fold.used + s.fold.outside_window + s.fold.self == s.fold.relations);
  for (const char *ext : {"dot", "svg", "png", "pdf"})
    CHECK(run_entente("render " + snap + " --engine dot -o " + dir.file(std::string("g.") + ext))
              .exit_code == 0);
  r = run_entente("snapshot - -q < datasets/relations/gdelt1-georgia-2011-08.jsonl | "
                  "'" ENTENTE_BINARY "' render - -o -");
  CHECK(r.exit_code == 0);
  CHECK(r.output.rfind("graph entente {", 0) == 0);
}

TEST_CASE("a hostile actor name renders to DOT that parses back with the same name", "[e2e]") {
  TempDir dir;
  const std::string name = "Côte d'Ivoire \\\"Ivory\\\" {Coast}"; // JSON-escaped quotes
  entente::test::write_file(dir.file("r.jsonl"), "{\"date\":\"2020-01-01\",\"source\":\"" + name +
                                                     "\",\"target\":\"FRA\",\"code\":\"036\"}\n");
  REQUIRE(
      run_entente("snapshot " + dir.file("r.jsonl") + " -q -o " + dir.file("s.json")).exit_code ==
      0);
  REQUIRE(run_entente("render " + dir.file("s.json") + " -o " + dir.file("g.dot")).exit_code == 0);
  REQUIRE(run_entente("render " + dir.file("s.json") + " -o " + dir.file("g.svg")).exit_code == 0);
  CHECK(std::system(("xmllint --noout '" + dir.file("g.svg") + "'").c_str()) == 0);
  auto lock = entente::graphviz_lock();
  const auto g = entente::CGraph::parse_dot(read_file(dir.file("g.dot")));
  CHECK(agnode(g.get(), const_cast<char *>("Côte d'Ivoire \"Ivory\" {Coast}"), 0) != nullptr);
}

TEST_CASE("every subcommand has help, usage errors exit 2, failures 1", "[e2e]") {
  const auto top = run_entente("--help");
  CHECK(top.exit_code == 0);
  for (const char *cmd : {"run", "snapshot", "render"}) {
    CHECK(top.output.find(cmd) != std::string::npos);
    const auto r = run_entente(std::string(cmd) + " --help");
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("Usage") != std::string::npos);
  }
  // `entente help CMD` is `entente CMD --help` (issue 18).
  const auto help_render = run_entente("help render");
  CHECK(help_render.exit_code == 0);
  CHECK(help_render.output == run_entente("render --help").output);
  CHECK(run_entente("help").output == top.output);
  CHECK(run_entente("help bogus").exit_code == 2);
  CHECK(run_entente("").exit_code == 2);
  const auto unknown = run_entente("frobnicate");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.output.find("entente: error: unknown command 'frobnicate'") != std::string::npos);
  // CLI11's own parse errors in entente's format.
  const auto bad_option = run_entente("render --no-such-option x.json");
  CHECK(bad_option.exit_code == 2);
  CHECK(bad_option.output.find("entente: error: ") != std::string::npos);
  CHECK(run_entente("snapshot datasets --level planet").exit_code == 2);
  CHECK(run_entente("snapshot datasets/relations --from 2011-13-01").exit_code == 2);
  CHECK(run_entente("render x.json -o out.bmp").exit_code == 2);
  // Issue 18: the wrong kind of input says which command makes the right one.
  const auto events = run_entente("render datasets/events/gdelt1-georgia-2011-08.tsv -o x.svg");
  CHECK(events.exit_code == 1);
  CHECK(events.output.find("entente snapshot FILE -o snapshot.json") != std::string::npos);
  CHECK(events.output.find("[json.exception") == std::string::npos);
  TempDir docs;
  entente::test::write_file(
      docs.file("d.jsonl"),
      "{\"id\":\"d1\",\"date\":\"2020-05-01\",\"text\":\"Russia praised China.\"}\n");
  // load converts event files only, so a documents file is the wrong kind
  // there; snapshot codes documents as it codes articles (issue 16).
  const auto documents =
      run_entente("load " + docs.file("d.jsonl") + " -o " + docs.file("r.jsonl"));
  CHECK(documents.exit_code == 1);
  CHECK(documents.output.find("d.jsonl:1: a document") != std::string::npos);
  CHECK(documents.output.find("entente extract") != std::string::npos);
  const auto missing = run_entente("snapshot /nonexistent.jsonl -o /tmp/x.json");
  CHECK(missing.exit_code == 1);
  CHECK(missing.output.find("/nonexistent.jsonl: no such file") != std::string::npos);
}

TEST_CASE("bad input leaves no output file behind", "[e2e]") {
  TempDir dir;
  entente::test::write_file(dir.file("bad.jsonl"),
                            "{\"date\":\"2020-01-01\",\"source\":\"A\",\"target\":\"B\","
                            "\"code\":\"036\"}\n{\"date\":\"2020-02-30\"}\n");
  const auto r = run_entente("snapshot " + dir.file("bad.jsonl") + " -o " + dir.file("s.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("bad.jsonl:2:") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.file("s.json")));
  const auto no_dir = run_entente("snapshot datasets/relations -o " + dir.file("none/s.json"));
  CHECK(no_dir.exit_code == 1);
  CHECK(no_dir.output.find("does not exist") != std::string::npos);
}

TEST_CASE("diff and timeline compare snapshots as text, JSON and pictures", "[e2e]") {
  TempDir dir;
  for (const auto &[from, to, name] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"2011-08-01", "2011-08-15", "a.json"}, {"2011-08-16", "2011-08-31", "b.json"}})
    REQUIRE(run_entente("snapshot datasets/relations -q --from " + from + " --to " + to + " -o " +
                        dir.file(name))
                .exit_code == 0);
  auto r = run_entente("diff " + dir.file("a.json") + " " + dir.file("b.json") + " --image " +
                       dir.file("d.svg"));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("Sign flips") != std::string::npos);
  CHECK(std::system(("xmllint --noout '" + dir.file("d.svg") + "'").c_str()) == 0);
  r = run_entente("diff --json " + dir.file("a.json") + " " + dir.file("b.json"));
  const auto j = nlohmann::json::parse(r.output);
  CHECK(j.at("flipped").size() == 6); // as the main job reports for the two halves
  r = run_entente("timeline " + dir.file("a.json") + " " + dir.file("b.json") +
                  " --pair RUS:USA --chart " + dir.file("t.svg"));
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("2011-08-16") != std::string::npos);
  CHECK(std::system(("xmllint --noout '" + dir.file("t.svg") + "'").c_str()) == 0);
  // The chosen dyad is plotted, in its own panel.
  const auto chart = read_file(dir.file("t.svg"));
  CHECK(chart.find(">net RUS:USA</text>") != std::string::npos);
  CHECK(chart.find("net RUS:USA 2011-08-16: ") != std::string::npos);
  CHECK(run_entente("timeline " + dir.file("a.json") + " --pair RUS").exit_code == 2);
}

// Regression: `--chart t.png` wrote SVG text into the .png file and exited 0.
TEST_CASE("timeline charts are real PNG and PDF, other extensions are usage errors", "[e2e]") {
  TempDir dir;
  REQUIRE(run_entente("snapshot datasets/relations -q --every week -o " + dir.file("weeks"))
              .exit_code == 0);
  const std::string weeks = dir.file("weeks");
  auto r = run_entente("timeline " + weeks + " --chart " + dir.file("t.png"));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(read_file(dir.file("t.png")).substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  REQUIRE(run_entente("timeline " + weeks + " --chart " + dir.file("t.pdf")).exit_code == 0);
  CHECK(read_file(dir.file("t.pdf")).rfind("%PDF", 0) == 0);
  r = run_entente("timeline " + weeks + " --chart " + dir.file("t.dot"));
  CHECK(r.exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(dir.file("t.dot")));
  CHECK(run_entente("timeline " + weeks + " --chart " + dir.file("t.bmp")).exit_code == 2);
  // The chart on stdout only when the table goes elsewhere.
  CHECK(run_entente("timeline " + weeks + " --chart -").exit_code == 2);
  r = run_entente("timeline " + weeks + " -o " + dir.file("t.txt") + " --chart -");
  CHECK(r.exit_code == 0);
  CHECK(r.output.rfind("<svg", 0) == 0);
}
