// End to end: `snapshot --every/--window` series and `diff` between windows,
// on the shipped GDELT 1.0 sample (datasets/events, August 2011).
#include "entente/graph/snapshot.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

using entente::test::read_file;
using entente::test::run_entente;
using entente::test::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string gdelt = "datasets/events/gdelt1-georgia-2011-08.tsv";

std::vector<std::string> json_files(const fs::path &dir) {
  std::vector<std::string> out;
  for (const auto &e : fs::directory_iterator(dir))
    if (e.path().extension() == ".json")
      out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// Distinct months ("201108") in column 2 (SQLDATE) of the sample.
std::set<std::string> months_in_sample() {
  std::ifstream in(entente::test::source_path(gdelt));
  std::set<std::string> months;
  std::string line;
  while (std::getline(in, line)) {
    months.insert(line.substr(line.find('\t') + 1, 6));
  }
  return months;
}

// Windows must follow each other without gap or overlap, and their used
// relations add up to what one snapshot of the whole input uses.
void check_partition(const std::vector<std::string> &files, std::size_t whole_used) {
  std::size_t used = 0;
  std::optional<entente::Date> previous_end;
  for (const auto &f : files) {
    const auto s = entente::load_snapshot(f); // throws if it does not load
    CHECK(s.metrics.balance);
    used += s.fold.used;
    if (previous_end)
      CHECK(*s.window.from == *previous_end + 1);
    previous_end = s.window.to;
  }
  CHECK(used == whole_used);
}

std::size_t whole_used(const TempDir &dir, const std::string &input) {
  const auto r = run_entente("snapshot -q " + input + " -o " + dir.file("whole.json"));
  REQUIRE(r.exit_code == 0);
  return entente::load_snapshot(dir.file("whole.json")).fold.used;
}

} // namespace

TEST_CASE("snapshot --every month and week write one loadable file per window", "[e2e][series]") {
  TempDir dir;
  auto r = run_entente("snapshot " + gdelt + " --every month -o " + dir.file("months"));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const auto months = json_files(dir.file("months"));
  CHECK(months.size() == months_in_sample().size());
  CHECK(fs::exists(dir.file("months/2011-08.json")));
  const std::size_t used = whole_used(dir, gdelt);
  check_partition(months, used);

  r = run_entente("snapshot -q " + gdelt + " --every week -o " + dir.file("weeks"));
  REQUIRE(r.exit_code == 0);
  const auto weeks = json_files(dir.file("weeks"));
  // 2011-08-01 was a Monday: ISO weeks 31 to 35 cover the month.
  CHECK(weeks.size() == 5);
  CHECK(fs::exists(dir.file("weeks/2011-W31.json")));
  check_partition(weeks, used);
}

TEST_CASE("relations JSONL series match the whole-window snapshot", "[e2e][series]") {
  TempDir dir;
  const std::string input = "datasets/relations/gdelt1-georgia-2011-08.jsonl";
  const auto r =
      run_entente("snapshot -q " + input + " --every 10d --from 2011-08-01 -o " + dir.file("tens"));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const auto files = json_files(dir.file("tens"));
  REQUIRE(files.size() >= 3);
  CHECK(fs::path(files.front()).filename() == "2011-08-01.json");
  check_partition(files, whole_used(dir, input + " --from 2011-08-01"));
}

TEST_CASE("the fast event fold and the relations path give the same series", "[e2e][series]") {
  // The JSONL holds the same GDELT events as the TSV (weight = NumMentions;
  // its region rows are left out when folded, as the TSV reader skips them).
  TempDir dir;
  REQUIRE(run_entente("snapshot -q " + gdelt + " --every week -o " + dir.file("tsv")).exit_code ==
          0);
  REQUIRE(run_entente("snapshot -q datasets/relations/gdelt1-georgia-2011-08.jsonl --every week "
                      "-o " +
                      dir.file("jsonl"))
              .exit_code == 0);
  const auto tsv = json_files(dir.file("tsv")), jsonl = json_files(dir.file("jsonl"));
  REQUIRE(tsv.size() == jsonl.size());
  for (std::size_t i = 0; i < tsv.size(); ++i) {
    INFO(tsv[i]);
    auto a = nlohmann::json::parse(read_file(tsv[i])),
         b = nlohmann::json::parse(read_file(jsonl[i]));
    CHECK(fs::path(tsv[i]).filename() == fs::path(jsonl[i]).filename());
    for (const char *key : {"window", "fold", "events", "actors", "dyads", "metrics"})
      CHECK(a[key] == b[key]);
  }
}

TEST_CASE("sliding windows overlap and start at --from", "[e2e][series]") {
  TempDir dir;
  const auto r = run_entente("snapshot -q " + gdelt +
                             " --window 14d --step 7d --from 2011-08-01 --to 2011-08-31 -o " +
                             dir.file("slide"));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const auto files = json_files(dir.file("slide"));
  REQUIRE(files.size() == 5); // starting 08-01, 08-08, 08-15, 08-22, 08-29
  const auto first = entente::load_snapshot(files[0]), second = entente::load_snapshot(files[1]);
  CHECK(first.window.from->to_string() == "2011-08-01");
  CHECK(first.window.to->to_string() == "2011-08-14");
  CHECK(second.window.from->to_string() == "2011-08-08");
  const auto last = entente::load_snapshot(files.back());
  CHECK(last.window.to->to_string() == "2011-08-31"); // clipped to --to
}

TEST_CASE("series usage errors", "[e2e][series]") {
  TempDir dir;
  const std::string out = " -o " + dir.file("x");
  CHECK(run_entente("snapshot " + gdelt + " --every month --split 2011-08-16" + out).exit_code ==
        2);
  CHECK(run_entente("snapshot " + gdelt + " --every fortnight" + out).exit_code == 2);
  CHECK(run_entente("snapshot " + gdelt + " --window 14d" + out).exit_code == 2);
  CHECK(run_entente("snapshot " + gdelt + " --window month --step 7d" + out).exit_code == 2);
  CHECK(run_entente("snapshot " + gdelt + " --every month").exit_code == 2); // needs -o DIR
  const auto many =
      run_entente("snapshot " + gdelt + " --every day --from 1990-01-01 --to 2020-01-01" + out);
  CHECK(many.exit_code == 2);
  CHECK(many.output.find("at most 5000") != std::string::npos);
}

TEST_CASE("diff of two weekly windows: every section, consistent", "[e2e][diff]") {
  TempDir dir;
  REQUIRE(run_entente("snapshot -q " + gdelt + " --every week -o " + dir.file("w")).exit_code == 0);
  const std::string a = dir.file("w/2011-W32.json"), b = dir.file("w/2011-W33.json");
  auto r = run_entente("diff --json " + a + " " + b + " -o " + dir.file("d.json"));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const auto d = nlohmann::json::parse(read_file(dir.file("d.json")));
  const auto sa = entente::load_snapshot(a), sb = entente::load_snapshot(b);
  std::size_t shared = 0;
  for (auto v : sa.graph.sorted_actors())
    shared += sb.graph.find(sa.graph.node(v).code).has_value();
  const auto &blocs = d.at("bloc_migrations");
  CHECK(blocs.at("shared_actors") == shared);
  CHECK(d.at("centrality_ranks").at("shared_actors") == shared);
  CHECK(d.at("alignment_shifts").at("pairs") == shared * (shared - 1) / 2);
  CHECK(blocs.at("moved").size() <= shared);
  const double ari = blocs.at("adjusted_rand_index");
  CHECK(ari <= 1.0);
  CHECK(blocs.at("variation_of_information").get<double>() >= 0.0);
  for (const auto &m : blocs.at("moved"))
    CHECK(m.at("camp_after") != m.at("bloc_before"));
  for (const auto &x : d.at("centrality_ranks").at("risers"))
    CHECK(x.at("rank_after").get<int>() < x.at("rank_before").get<int>());
  for (const auto &x : d.at("alignment_shifts").at("closer"))
    CHECK(x.at("change").get<double>() > 0);
  for (const auto &x : d.at("alignment_shifts").at("further"))
    CHECK(x.at("change").get<double>() < 0);
  // Balance figures are the ones stored in the snapshots.
  CHECK(d.at("balance").at("frustration_L").at("before") == sa.metrics.balance->frustration.L);
  CHECK(d.at("balance").at("frustration_F").at("after") == sb.metrics.balance->frustration.F);

  r = run_entente("diff " + a + " " + b);
  REQUIRE(r.exit_code == 0);
  for (const char *heading : {"Sign flips", "Alignment shifts", "Bloc migrations",
                              "Balance and frustration", "PageRank rank changes"})
    CHECK(r.output.find(heading) != std::string::npos);
  r = run_entente("diff --markdown " + a + " " + b);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("## Bloc migrations") != std::string::npos);
  // Deterministic: the same inputs give the same bytes.
  CHECK(run_entente("diff --json " + a + " " + b).output == read_file(dir.file("d.json")));
}

TEST_CASE("diff computes measures a snapshot was saved without; --edges-only skips them",
          "[e2e][diff]") {
  TempDir dir;
  const std::string split = " --split 2011-08-16 -o ";
  REQUIRE(run_entente("snapshot -q " + gdelt + split + dir.file("m.json")).exit_code == 0);
  REQUIRE(run_entente("snapshot -q --no-metrics " + gdelt + split + dir.file("n.json")).exit_code ==
          0);
  const auto bare = nlohmann::json::parse(read_file(dir.file("n.A.json")));
  CHECK(bare.at("metrics").empty());
  const auto with = run_entente("diff --json " + dir.file("m.A.json") + " " + dir.file("m.B.json"));
  const auto without =
      run_entente("diff --json " + dir.file("n.A.json") + " " + dir.file("n.B.json"));
  REQUIRE(with.exit_code == 0);
  CHECK(with.output == without.output);
  const auto edges = nlohmann::json::parse(
      run_entente("diff --json --edges-only " + dir.file("n.A.json") + " " + dir.file("n.B.json"))
          .output);
  const auto full = nlohmann::json::parse(with.output);
  CHECK_FALSE(edges.contains("bloc_migrations"));
  CHECK(edges.at("flipped") == full.at("flipped"));
  CHECK(edges.at("top_changes") == full.at("top_changes"));
}

TEST_CASE("diff refuses snapshots of different versions or levels", "[e2e][diff]") {
  TempDir dir;
  REQUIRE(run_entente("snapshot -q " + gdelt + " -o " + dir.file("a.json")).exit_code == 0);
  REQUIRE(run_entente("snapshot -q " + gdelt + " --level actor -o " + dir.file("actor.json"))
              .exit_code == 0);
  auto j = nlohmann::json::parse(read_file(dir.file("a.json")));
  j["version"] = 99;
  entente::test::write_file(dir.file("v99.json"), j.dump());

  auto r = run_entente("diff " + dir.file("a.json") + " " + dir.file("v99.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("a.json has version 1") != std::string::npos);
  CHECK(r.output.find("v99.json has version 99") != std::string::npos);

  r = run_entente("diff " + dir.file("a.json") + " " + dir.file("actor.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("level \"actor\"") != std::string::npos);
  CHECK(r.output.find("a.json") != std::string::npos);

  // Same unknown version on both sides: loading says which version it reads.
  r = run_entente("diff " + dir.file("v99.json") + " " + dir.file("v99.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("unsupported snapshot version 99") != std::string::npos);
}
