// Partial aggregates (issue 19): `snapshot --partial` over shares of the
// inputs, then `merge`, writes the bytes one `snapshot` over all of them
// writes (fixed windows, --split, a series, both levels, articles among
// the inputs); mismatched, truncated or foreign partials are refused with
// the file named and leave no output behind.
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

using namespace entente;
namespace fs = std::filesystem;

namespace {

const std::string gdelt = "datasets/events/gdelt1-georgia-2011-08.tsv";

// The sample's lines dealt into `n` files by turns (so each share spans the
// whole month, as a rank's byte range of a sorted file would not).
std::vector<std::string> deal(const test::TempDir &dir, std::size_t n) {
  const auto text = test::read_file(test::source_path(gdelt));
  std::vector<std::string> shares(n);
  std::size_t p = 0, i = 0;
  while (p < text.size()) {
    auto nl = text.find('\n', p);
    nl = nl == std::string::npos ? text.size() : nl + 1;
    shares[i++ % n] += text.substr(p, nl - p);
    p = nl;
  }
  std::vector<std::string> files;
  for (std::size_t k = 0; k < n; ++k) {
    files.push_back(dir.file("share" + std::to_string(k) + ".tsv"));
    test::write_file(files.back(), shares[k]);
  }
  return files;
}

std::string joined(const std::vector<std::string> &files) {
  std::string out;
  for (const auto &f : files)
    out += " " + f;
  return out;
}

void run_ok(const std::string &args) {
  const auto r = test::run_entente(args);
  INFO(args << "\n" << r.output);
  REQUIRE(r.exit_code == 0);
}

// Partials of each file (window options `opts`), merged into `merged`.
void partials_and_merge(const test::TempDir &dir, const std::vector<std::string> &files,
                        const std::string &opts, const std::string &merged) {
  std::string partials;
  for (std::size_t k = 0; k < files.size(); ++k) {
    const auto p = dir.file("p" + std::to_string(k) + ".partial");
    run_ok("snapshot " + files[k] + " " + opts + " -q --partial " + p);
    partials += " " + p;
  }
  run_ok("merge" + partials + " -q -o " + merged);
}

std::vector<std::string> listing(const fs::path &folder) {
  std::vector<std::string> names;
  for (const auto &e : fs::directory_iterator(folder))
    names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

} // namespace

TEST_CASE("issue 19: merged partials give the bytes of one run", "[e2e][issue19]") {
  test::TempDir dir;
  for (const std::size_t n : {1, 2, 3}) {
    for (const std::string level : {"country", "actor"}) {
      DYNAMIC_SECTION(n << " shares, " << level << " level") {
        const auto files = deal(dir, n);
        const std::string opts = "--level " + level;
        run_ok("snapshot" + joined(files) + " " + opts + " -q -o " + dir.file("one.json"));
        partials_and_merge(dir, files, opts, dir.file("merged.json"));
        CHECK(test::read_file(dir.file("merged.json")) == test::read_file(dir.file("one.json")));
      }
    }
  }
}

TEST_CASE("issue 19: merged partials of --split windows and of a series", "[e2e][issue19]") {
  test::TempDir dir;
  const auto files = deal(dir, 3);
  SECTION("--split") {
    const std::string opts = "--split 2011-08-10,2011-08-20";
    run_ok("snapshot" + joined(files) + " " + opts + " -q -o " + dir.file("one.json"));
    partials_and_merge(dir, files, opts, dir.file("merged.json"));
    for (const char *w : {"A", "B", "C"})
      CHECK(test::read_file(dir.file(std::string("merged.") + w + ".json")) ==
            test::read_file(dir.file(std::string("one.") + w + ".json")));
  }
  SECTION("--every week and sliding windows") {
    for (const std::string opts : {"--every week", "--window 10d --step 5d --from 2011-08-01"}) {
      fs::remove_all(dir.file("one"));
      fs::remove_all(dir.file("merged"));
      run_ok("snapshot" + joined(files) + " " + opts + " -q -o " + dir.file("one"));
      partials_and_merge(dir, files, opts, dir.file("merged"));
      const auto names = listing(dir.file("one"));
      REQUIRE(names.size() >= 3);
      CHECK(listing(dir.file("merged")) == names);
      for (const auto &name : names)
        CHECK(test::read_file(dir.file("merged/" + name)) ==
              test::read_file(dir.file("one/" + name)));
    }
  }
}

TEST_CASE("issue 19: an article and events, coded and folded apart, merge as one run",
          "[e2e][issue19]") {
  test::TempDir dir;
  const std::string article = test::source_path("datasets/articles/us-russia-2020-05.txt");
  const std::string relations =
      test::source_path("datasets/relations/gdelt1-georgia-2011-08.jsonl");
  run_ok("snapshot " + article + " " + relations + " --date 2020-05-09 -q -o " +
         dir.file("one.json"));
  partials_and_merge(dir, {article, relations}, "--date 2020-05-09", dir.file("merged.json"));
  CHECK(test::read_file(dir.file("merged.json")) == test::read_file(dir.file("one.json")));
}

TEST_CASE("issue 19: partials that cannot be added are refused, nothing written",
          "[e2e][issue19]") {
  test::TempDir dir;
  const auto files = deal(dir, 2);
  const auto a = dir.file("a.partial"), b = dir.file("b.partial");
  run_ok("snapshot " + files[0] + " -q --partial " + a);
  const auto out = dir.file("out.json");
  auto refused = [&](const std::string &partials, const std::string &message) {
    const auto r = test::run_entente("merge " + partials + " -q -o " + out);
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("entente: error: ") && Catch::Contains(message));
    CHECK_FALSE(fs::exists(out));
  };
  SECTION("another level") {
    run_ok("snapshot " + files[1] + " --level actor -q --partial " + b);
    refused(a + " " + b, "b.partial cannot be added to " + a + ": they differ in level");
  }
  SECTION("other windows") {
    run_ok("snapshot " + files[1] + " --split 2011-08-15 -q --partial " + b);
    refused(a + " " + b, "they differ in windows");
  }
  SECTION("a window list and a series") {
    run_ok("snapshot " + files[1] + " --every week -q --partial " + b);
    refused(a + " " + b, "they differ in");
  }
  const auto text = test::read_file(a);
  SECTION("truncated") {
    test::write_file(b, text.substr(0, text.rfind("{\"end\"")));
    refused(b, "b.partial:");
    refused(b, "cut short");
    test::write_file(b, text.substr(0, text.size() / 2)); // mid-line
    refused(b, "b.partial:");
  }
  SECTION("another version") {
    auto edited = text;
    edited.replace(edited.find("\"version\":1"), 11, "\"version\":9");
    test::write_file(b, edited);
    refused(b, "b.partial:1: partial format version 9; this entente reads version 1");
  }
  SECTION("counts that do not add up") {
    auto edited = text;
    const auto at = edited.find("\"used\":");
    edited.insert(at + 7, "1");
    test::write_file(b, edited);
    refused(b, "b.partial:3: ");
  }
  SECTION("not a partial") {
    run_ok("snapshot " + files[0] + " -q --no-metrics -o " + b);
    refused(b, "not an entente partial");
  }
}

TEST_CASE("issue 19: --partial and -o are one output or the other", "[e2e][issue19]") {
  test::TempDir dir;
  const auto r = test::run_entente("snapshot " + test::source_path(gdelt) + " -o " +
                                   dir.file("s.json") + " --partial " + dir.file("p"));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.output, Catch::Contains("--partial writes the fold"));
}
