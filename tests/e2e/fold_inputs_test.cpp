// Every input kind with every window option, through the binary (issue 16:
// the CLI no longer picks a path, so none of them can fall on a path that
// does not read it): articles, documents JSONL, relations JSONL, GDELT 1.0
// and 2.0, ICEWS, a CSV edge list, .gz, .zip and stdin, each with no
// window, --from/--to, --split, --every and sliding windows. The windows of
// a split and of a calendar series partition the relations, so their used
// counts add up to the whole input's.
#include "entente/graph/snapshot.hpp"
#include "support/archives.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace entente;

namespace {

struct Input {
  std::string name;
  std::string args; // the input as given on the command line (with --date for articles)
  std::string from, split, to;
};

// GDELT 2.0 rows: the GDELT 1.0 sample's rows with 61 columns (2.0 only
// adds columns after AvgTone).
std::string gdelt2_text() {
  const auto text =
      test::read_file(test::source_path("datasets/events/gdelt1-georgia-2011-08.tsv"));
  std::string out;
  std::size_t p = 0;
  while (p < text.size()) {
    auto nl = text.find('\n', p);
    if (nl == std::string::npos)
      nl = text.size();
    std::string line = text.substr(p, nl - p);
    std::size_t tabs = 0;
    for (char c : line)
      tabs += c == '\t';
    out += line + std::string(60 - tabs, '\t') + "\n";
    p = nl + 1;
  }
  return out;
}

std::vector<Input> inputs(test::TempDir &dir) {
  const std::string gdelt1 = "datasets/events/gdelt1-georgia-2011-08.tsv";
  const std::string article = "datasets/articles/us-russia-2020-05.txt";
  const auto gdelt1_text = test::read_file(test::source_path(gdelt1));
  // Two documents on two days, so the windows have something to cut.
  const auto article_text = test::read_file(test::source_path(article));
  nlohmann::json a = {{"id", "a1"}, {"date", "2020-05-04"}, {"text", article_text}};
  nlohmann::json b = {{"id", "a2"}, {"date", "2020-05-11"}, {"text", article_text}};
  test::write_file(dir.file("docs.jsonl"), a.dump() + "\n" + b.dump() + "\n");
  test::write_file(dir.file("g2.export.CSV"), gdelt2_text());
  test::write_file(dir.file("edges.csv"), "source,target,weight,date\n"
                                          "Alpha,Beta,2.5,2021-03-01\nBeta,Gamma,-1,2021-03-09\n"
                                          "Gamma,Alpha,4,2021-03-15\nAlpha,Beta,-0.5,2021-03-30\n");
  test::write_gzip(dir.file("g1.tsv.gz"), gdelt1_text);
  test::write_zip(dir.file("g1.zip"), "20110801.export.CSV", gdelt1_text);
  const Input gdelt_dates{"", "", "2011-08-03", "2011-08-16", "2011-08-25"};
  auto with = [](Input dates, std::string name, std::string args) {
    dates.name = std::move(name);
    dates.args = std::move(args);
    return dates;
  };
  return {
      {"article", article + " --date 2020-05-09", "2020-05-01", "2020-05-05", "2020-05-31"},
      {"documents JSONL", dir.file("docs.jsonl"), "2020-05-01", "2020-05-08", "2020-05-31"},
      with(gdelt_dates, "relations JSONL", "datasets/relations/gdelt1-georgia-2011-08.jsonl"),
      with(gdelt_dates, "GDELT 1.0", gdelt1),
      with(gdelt_dates, "GDELT 2.0", dir.file("g2.export.CSV")),
      {"ICEWS", "datasets/events/icews-2018-06-01_02.tab", "2018-06-01", "2018-06-02",
       "2018-06-02"},
      {"CSV edge list", dir.file("edges.csv"), "2021-03-01", "2021-03-10", "2021-03-31"},
      with(gdelt_dates, ".gz", dir.file("g1.tsv.gz")),
      with(gdelt_dates, ".zip", dir.file("g1.zip")),
      with(gdelt_dates, "stdin", "- < " + gdelt1),
  };
}

std::size_t used_in_folder(const std::string &folder) {
  std::size_t used = 0, files = 0;
  for (const auto &e : std::filesystem::directory_iterator(folder)) {
    used += load_snapshot(e.path().string()).fold.used;
    ++files;
  }
  CHECK(files > 0);
  return used;
}

} // namespace

TEST_CASE("every input kind works with every window option") {
  test::TempDir dir;
  for (const auto &in : inputs(dir)) {
    INFO(in.name << ": " << in.args);
    // The whole input: the reference count.
    auto r =
        test::run_entente("snapshot " + in.args + " --no-metrics -q -o " + dir.file("all.json"));
    REQUIRE(r.exit_code == 0);
    const auto all = load_snapshot(dir.file("all.json")).fold.used;
    CHECK(all > 0);

    r = test::run_entente("snapshot " + in.args + " --from " + in.from + " --to " + in.to +
                          " --no-metrics -q -o " + dir.file("window.json"));
    CHECK(r.exit_code == 0);
    const auto window = load_snapshot(dir.file("window.json"));
    CHECK(window.window.from->to_string() == in.from);
    CHECK(window.fold.used <= all);

    r = test::run_entente("snapshot " + in.args + " --split " + in.split + " --no-metrics -q -o " +
                          dir.file("s.json"));
    CHECK(r.exit_code == 0);
    CHECK(load_snapshot(dir.file("s.A.json")).fold.used +
              load_snapshot(dir.file("s.B.json")).fold.used ==
          all);

    const auto weeks = dir.file("weeks");
    std::filesystem::remove_all(weeks);
    r = test::run_entente("snapshot " + in.args + " --every week --no-metrics -q -o " + weeks);
    CHECK(r.exit_code == 0);
    CHECK(used_in_folder(weeks) == all);

    const auto sliding = dir.file("sliding");
    std::filesystem::remove_all(sliding);
    r = test::run_entente("snapshot " + in.args + " --window 7d --step 3d --no-metrics -q -o " +
                          sliding);
    CHECK(r.exit_code == 0);
    CHECK(used_in_folder(sliding) >= all); // each relation in two or three windows
  }
}

TEST_CASE("regression: an article with --date and --split is folded, not refused") {
  // It exited 1 "unrecognised input format": --split took the event-file
  // path, which did not read articles.
  test::TempDir dir;
  const auto r = test::run_entente(
      "snapshot datasets/articles/us-russia-2020-05.txt --date 2020-05-09 --split 2020-05-05 "
      "-q -o " +
      dir.file("s.json"));
  REQUIRE(r.exit_code == 0);
  const auto a = load_snapshot(dir.file("s.A.json")), b = load_snapshot(dir.file("s.B.json"));
  CHECK(a.fold.used == 0);
  CHECK(b.fold.used > 0);
  CHECK(a.fold.relations == b.fold.relations);
  CHECK(b.window.from->to_string() == "2020-05-05");
}

TEST_CASE("regression: load then snapshot counts what snapshot on the events counts") {
  // load then snapshot reported fold {relations 417, self 0}, snapshot on
  // the TSV {711, self 294}, for the same dyads: load dropped the rows whose
  // two actors are one country, which now reach the fold on both paths.
  test::TempDir dir;
  const std::string tsv = "datasets/events/gdelt1-georgia-2011-08.tsv";
  const auto load = test::run_entente("load " + tsv + " -o " + dir.file("r.jsonl"));
  REQUIRE(load.exit_code == 0);
  CHECK_THAT(load.output, Catch::Contains("wrote 711 relations"));
  REQUIRE(test::run_entente("snapshot " + dir.file("r.jsonl") + " -q -o " + dir.file("a.json"))
              .exit_code == 0);
  REQUIRE(test::run_entente("snapshot " + tsv + " -q -o " + dir.file("b.json")).exit_code == 0);
  auto a = load_snapshot(dir.file("a.json")), b = load_snapshot(dir.file("b.json"));
  CHECK(a.fold == b.fold);
  CHECK(b.fold.relations == 711);
  CHECK(b.fold.self == 294);
  a.sources = b.sources; // the only difference: which file was read
  CHECK(snapshot_to_string(a) == snapshot_to_string(b));
}
