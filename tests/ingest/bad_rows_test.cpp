// Bad rows are counted by kind, the first few reported with file:line, and
// --strict turns the first one into an error. One test per kind.
#include "entente/core/error.hpp"
#include "entente/core/text.hpp"
#include "entente/ingest/event_fold.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>

using namespace entente;

namespace {

// The first `n` rows of the real GDELT 1.0 sample, as lines of fields.
std::vector<std::vector<std::string>> sample_rows(std::size_t n) {
  const auto text =
      test::read_file(test::source_path("datasets/events/gdelt1-georgia-2011-08.tsv"));
  std::vector<std::vector<std::string>> rows;
  for (auto line : detail::split(text, '\n')) {
    if (line.empty() || rows.size() == n)
      continue;
    std::vector<std::string> fields;
    for (auto f : detail::split(line, '\t'))
      fields.emplace_back(f);
    rows.push_back(fields);
  }
  return rows;
}

std::string join(const std::vector<std::vector<std::string>> &rows) {
  std::string out;
  for (const auto &r : rows) {
    for (std::size_t i = 0; i < r.size(); ++i)
      out += (i ? "\t" : "") + r[i];
    out += "\n";
  }
  return out;
}

// Breaks row `line` (1-based) of a 10-row file in one way and folds it.
EventFold fold_broken(const test::TempDir &dir, std::size_t line,
                      const std::function<void(std::vector<std::string> &)> &breaker,
                      bool strict = false) {
  auto rows = sample_rows(10);
  breaker(rows[line - 1]);
  test::write_file(dir.file("broken.tsv"), join(rows));
  InputOptions options;
  options.strict = strict;
  return fold_snapshots({dir.file("broken.tsv")}, options, {Window{}});
}

void check_one_bad(const EventFold &f, const std::string &kind, std::size_t line) {
  CHECK(f.stats.rows == 10);
  CHECK(f.stats.bad_rows() == 1);
  CHECK(f.stats.skipped.at(kind) == 1);
  REQUIRE(f.stats.first_bad.size() == 1);
  CHECK(f.stats.first_bad[0].line == line);
  CHECK(f.stats.first_bad[0].kind == kind);
  const auto report = ingest_report(f.stats);
  std::string where = "broken.tsv:";
  where += std::to_string(line);
  CHECK_THAT(report, Catch::Contains(where + ": " + kind));
  const std::string summary = "1 bad row skipped: ";
  CHECK_THAT(report, Catch::Contains(summary + kind + " 1"));
}

} // namespace

TEST_CASE("wrong column count") {
  test::TempDir dir;
  const auto f = fold_broken(dir, 3, [](auto &r) { r.resize(20); });
  check_one_bad(f, "columns", 3);
  CHECK_THAT(f.stats.first_bad[0].detail, Catch::Contains("expected 57 or 58 columns, got 20"));
}

TEST_CASE("non-numeric numbers") {
  test::TempDir dir;
  check_one_bad(fold_broken(dir, 5, [](auto &r) { r[30] = "high"; }), "number", 5);
  check_one_bad(fold_broken(dir, 6, [](auto &r) { r[31] = "12x"; }), "number", 6);
  check_one_bad(fold_broken(dir, 2, [](auto &r) { r[30] = "11.5"; }), "number", 2); // > 10
}

TEST_CASE("impossible dates") {
  test::TempDir dir;
  const auto f = fold_broken(dir, 7, [](auto &r) { r[1] = "20110231"; });
  check_one_bad(f, "date", 7);
  CHECK_THAT(f.stats.first_bad[0].detail, Catch::Contains("'20110231'"));
  check_one_bad(fold_broken(dir, 4, [](auto &r) { r[1] = "2011-08"; }), "date", 4);
}

TEST_CASE("unknown CAMEO codes") {
  test::TempDir dir;
  const auto f = fold_broken(dir, 9, [](auto &r) { r[26] = "999"; });
  check_one_bad(f, "code", 9);
  CHECK_THAT(f.stats.first_bad[0].detail, Catch::Contains("EventCode '999'"));
}

TEST_CASE("unknown ICEWS country names") {
  test::TempDir dir;
  const auto text = test::read_file(test::source_path("datasets/events/icews-2018-06-01_02.tab"));
  std::vector<std::string> lines;
  for (auto l : detail::split(text, '\n'))
    if (!l.empty() && lines.size() < 6)
      lines.emplace_back(l);
  // Line 4 (third data row): Source Country is column 5.
  auto fields = detail::split(lines[3], '\t');
  std::string changed;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i)
      changed += '\t';
    changed += i == 4 ? std::string_view("Atlantis") : fields[i];
  }
  lines[3] = changed;
  std::string out;
  for (const auto &l : lines)
    out += l + "\n";
  test::write_file(dir.file("icews.tab"), out);
  const auto f = fold_snapshots({dir.file("icews.tab")}, {}, {Window{}});
  CHECK(f.stats.rows == 5);
  CHECK(f.stats.skipped.at("country") == 1);
  REQUIRE(f.stats.first_bad.size() == 1);
  CHECK(f.stats.first_bad[0].line == 4);
  CHECK_THAT(f.stats.first_bad[0].detail, Catch::Contains("'Atlantis'"));
}

TEST_CASE("strict mode makes the first bad row an error naming file:line") {
  test::TempDir dir;
  try {
    fold_broken(
        dir, 8, [](auto &r) { r[26] = "1x"; }, true);
    FAIL("no error");
  } catch (const Error &e) {
    CHECK_THAT(e.what(), Catch::Contains("broken.tsv:8: code:"));
    CHECK(e.exit_code() == ExitCode::failure);
  }
  // Same through the relation stream.
  InputOptions strict;
  strict.strict = true;
  CHECK_THROWS_WITH(read_inputs({dir.file("broken.tsv")}, strict, [](Relation &&) {}),
                    Catch::Contains("broken.tsv:8: code:"));
}

TEST_CASE("many bad rows: the first five are reported, all are counted") {
  test::TempDir dir;
  auto rows = sample_rows(40);
  for (std::size_t i = 0; i < rows.size(); i += 2)
    rows[i][1] = "20119999";
  test::write_file(dir.file("many.tsv"), join(rows));
  const auto f = fold_snapshots({dir.file("many.tsv")}, {}, {Window{}});
  CHECK(f.stats.skipped.at("date") == 20);
  REQUIRE(f.stats.first_bad.size() == max_reported_bad_rows);
  CHECK(f.stats.first_bad[0].line == 1);
  CHECK(f.stats.first_bad[4].line == 9);
  CHECK_THAT(ingest_report(f.stats), Catch::Contains("and 15 more"));
}

TEST_CASE("bad rows in the second half of a file split between threads keep exact lines") {
  test::TempDir dir;
  auto rows = sample_rows(5894);
  std::string text;
  for (int copy = 0; copy < 6; ++copy) // > 8 MB, so the file is split
    text += join(rows);
  // Break a row near the end; its line number is known.
  const std::size_t total_lines = 6 * 5894;
  auto broken = rows[100];
  broken[1] = "20111340";
  text += join({broken});
  test::write_file(dir.file("big.tsv"), text);
  InputOptions two;
  two.threads = 2;
  const auto f = fold_snapshots({dir.file("big.tsv")}, two, {Window{}});
  REQUIRE(f.stats.first_bad.size() == 1);
  CHECK(f.stats.first_bad[0].line == total_lines + 1);
  CHECK(f.stats.rows == total_lines + 1);
}
