// entente-mpi (issue 19) under mpirun with 1, 2 and 3 ranks on this
// machine: the snapshots and relations it writes are the bytes one
// `entente snapshot` / `entente extract` writes (samples, an article,
// generated GDELT cut between ranks, bad rows and their account); its
// partial merges into the same snapshots; a failing rank fails the job
// with its message and leaves no output.
#include "support/generated_events.hpp"
#include "support/helpers.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace entente;
namespace fs = std::filesystem;

namespace {

// Ranks run as root in CI containers, and more ranks than cores. One
// machine's transports only (shared memory, no single-copy mechanism that
// needs ptrace rights): OpenMPI then has no network or device to probe and
// warn about, and the outputs compared below are entente's alone.
test::RunResult run_mpi(int ranks, const std::string &args) {
  return test::run_shell(std::string("'" ENTENTE_MPIRUN "' --allow-run-as-root --oversubscribe "
                                     "--mca pml ob1 --mca btl self,vader "
                                     "--mca btl_vader_single_copy_mechanism none -n ") +
                         std::to_string(ranks) + " '" ENTENTE_MPI_BINARY "' " + args + " 2>&1");
}

// Every file of an output (FILE, FILE's --split siblings, or a folder),
// by name relative to its stem, with its bytes.
std::vector<std::pair<std::string, std::string>> output_files(const std::string &stem) {
  std::vector<std::pair<std::string, std::string>> out;
  const fs::path p(stem);
  for (const auto &e : fs::directory_iterator(p.parent_path())) {
    const std::string name = e.path().filename().string(), base = p.filename().string();
    if (name.rfind(base, 0) != 0)
      continue;
    if (e.is_directory())
      for (const auto &f : fs::directory_iterator(e.path()))
        out.emplace_back(name.substr(base.size()) + "/" + f.path().filename().string(),
                         test::read_file(f.path().string()));
    else
      out.emplace_back(name.substr(base.size()), test::read_file(e.path().string()));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// `entente snapshot ARGS -o NAME-one[.json]`, then entente-mpi on 1, 2 and
// 3 ranks: the same files, and the same account of bad rows on stderr.
// `ext`: ".json" for file outputs, "" for a series folder.
void same_snapshots(const test::TempDir &dir, const std::string &args, const std::string &name,
                    const std::string &ext, const std::string &min_range = "1000") {
  const auto one = test::run_shell("{entente} snapshot " + args + " -q -o " +
                                   dir.file(name + "-one" + ext) + " 2>&1");
  INFO(args << "\n" << one.output);
  REQUIRE(one.exit_code == 0);
  const auto expected = output_files(dir.file(name + "-one"));
  REQUIRE(!expected.empty());
  for (int n = 1; n <= 3; ++n) {
    const auto out = dir.file(name + "-mpi" + std::to_string(n));
    const auto r =
        run_mpi(n, "snapshot " + args + " --min-range " + min_range + " -q -o " + out + ext);
    INFO(n << " ranks: " << r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(r.output == one.output);
    CHECK(output_files(out) == expected);
  }
}

const std::string samples = "datasets/events datasets/relations";
const std::string article = "datasets/articles/us-russia-2020-05.txt";

} // namespace

TEST_CASE("every N writes the snapshots of one run: samples and an article") {
  test::TempDir dir;
  same_snapshots(dir, samples + " --split 2011-08-15,2018-06-02", "split", ".json");
  same_snapshots(dir,
                 "datasets/events " + article + " --date 2020-05-09 --level actor --every week",
                 "weeks", "");
  same_snapshots(dir, "datasets/events/icews-2018-06-01_02.tab --window 2d --step 1d", "slide", "");
}

TEST_CASE("every N writes the snapshots of one run: generated GDELT with bad rows") {
  test::TempDir dir;
  std::string rows = test::generated_gdelt(30000, 19);
  // Bad rows deep inside the file (in the second and third rank's ranges):
  // their account names the lines one reader counts.
  for (std::size_t at : {rows.size() / 2, rows.size() * 5 / 6}) {
    at = rows.find('\n', at) + 1;
    rows.insert(at, "not\ta\trow\n");
  }
  test::write_file(dir.file("g.tsv"), rows);
  test::write_file(dir.file("small.tsv"), test::generated_gdelt(2000, 23));
  const auto files = dir.file("g.tsv") + " " + dir.file("small.tsv");
  same_snapshots(dir, files + " --every week", "country", "", "100000");
  same_snapshots(dir, files + " --level actor --from 2020-02-01 --to 2020-03-01 --no-metrics",
                 "actor", ".json", "100000");

  // --partial: what the ranks folded, for entente merge.
  const auto partial = dir.file("mpi.partial");
  auto r =
      run_mpi(3, "snapshot " + files + " --every week --min-range 100000 -q --partial " + partial);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  r = test::run_entente("merge " + partial + " -q -o " + dir.file("merged"));
  REQUIRE(r.exit_code == 0);
  CHECK(output_files(dir.file("merged")) == output_files(dir.file("country-one")));

  // --strict: the first bad row, by its real line, and nothing written.
  const auto one = test::run_entente("snapshot " + files + " --strict -q -o " + dir.file("s.json"));
  REQUIRE(one.exit_code == 1);
  for (int n = 2; n <= 3; ++n) {
    r = run_mpi(n,
                "snapshot " + files + " --strict --min-range 100000 -q -o " + dir.file("s.json"));
    CHECK(r.exit_code == 1);
    CHECK(r.output.find(one.output.substr(std::string("entente: error: ").size())) !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir.file("s.json")));
  }
}

TEST_CASE("every N writes the relations of one entente extract") {
  test::TempDir dir;
  // Documents JSON Lines without ids (ids are "file:line"): the article's
  // paragraphs, twice, so the ranks cut the file between documents.
  const auto text = test::read_file(test::source_path(article));
  std::string docs;
  for (int copy = 0; copy < 2; ++copy)
    for (std::size_t p = 0; p < text.size();) {
      auto end = text.find("\n\n", p);
      end = end == std::string::npos ? text.size() : end + 2;
      nlohmann::json d = {{"date", "2020-05-09"}, {"text", text.substr(p, end - p)}};
      docs += d.dump() + "\n";
      p = end;
    }
  test::write_file(dir.file("docs.jsonl"), docs);
  const auto args = dir.file("docs.jsonl") + " " + article + " --date 2020-05-09";
  const auto one = test::run_entente("extract " + args + " -q -o " + dir.file("one.jsonl"));
  REQUIRE(one.exit_code == 0);
  const auto expected = test::read_file(dir.file("one.jsonl"));
  REQUIRE(expected.find(dir.file("docs.jsonl") + ":") != std::string::npos);
  for (int n = 1; n <= 3; ++n) {
    const auto out = dir.file("mpi" + std::to_string(n) + ".jsonl");
    const auto r = run_mpi(n, "extract " + args + " --min-range 500 -q -o " + out);
    INFO(n << " ranks: " << r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(test::read_file(out) == expected);
  }
}

TEST_CASE("a failing rank fails the job with its message and no output") {
  test::TempDir dir;
  test::write_file(dir.file("g.tsv"), test::generated_gdelt(3000, 5));
  // Compressed by its first bytes, broken after them: the rank given it fails.
  test::write_file(dir.file("broken.gz"), std::string("\x1f\x8b\x08\x00", 4) + "not gzip at all");
  for (int n = 1; n <= 3; ++n) {
    for (const std::string &out :
         {"-o " + dir.file("s.json"), "--partial " + dir.file("s.partial")}) {
      const auto r =
          run_mpi(n, "snapshot " + dir.file("g.tsv") + " " + dir.file("broken.gz") + " -q " + out);
      INFO(n << " ranks: " << r.output);
      CHECK(r.exit_code == 1);
      CHECK(r.output.find("broken.gz") != std::string::npos);
      CHECK_FALSE(fs::exists(dir.file("s.json")));
      CHECK_FALSE(fs::exists(dir.file("s.partial")));
    }
  }
  // An input read by another rank is still an input: rank 0 refuses to
  // write over it (regression: a rank notes only the files it opens, and
  // rank 0 deals documents without opening them all).
  std::string docs;
  for (int i = 0; i < 40; ++i)
    docs += R"({"date": "2020-05-09", "text": "Russia accused Ukraine of shelling."})"
            "\n";
  test::write_file(dir.file("d1.jsonl"), docs);
  test::write_file(dir.file("d2.jsonl"), docs.substr(0, docs.size() / 4)); // past rank 0's half
  const auto before = test::read_file(dir.file("d2.jsonl"));
  const auto over = run_mpi(2, "extract " + dir.file("d1.jsonl") + " " + dir.file("d2.jsonl") +
                                   " --min-range 1 -q -o " + dir.file("d2.jsonl"));
  CHECK(over.exit_code == 1);
  CHECK(over.output.find("refusing to overwrite") != std::string::npos);
  CHECK(test::read_file(dir.file("d2.jsonl")) == before);

  // Standard input cannot be shared: a usage error, said once.
  const auto r = run_mpi(2, "snapshot - -o " + dir.file("s.json"));
  CHECK(r.exit_code == 2);
  const auto said = r.output.find("standard input");
  REQUIRE(said != std::string::npos);
  CHECK(r.output.find("standard input", said + 1) == std::string::npos);
}
