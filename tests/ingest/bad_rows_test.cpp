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
                      bool strict = false, Level level = Level::country) {
  auto rows = sample_rows(10);
  breaker(rows[line - 1]);
  test::write_file(dir.file("broken.tsv"), join(rows));
  InputOptions options;
  options.strict = strict;
  options.level = level;
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

namespace {

// The ICEWS sample's header and first five rows, with field `column` of
// line `line` (1 = the header) replaced by `value`, written to icews.tab.
std::string icews_with(test::TempDir &dir, std::size_t line, std::size_t column,
                       std::string_view value) {
  const auto text = test::read_file(test::source_path("datasets/events/icews-2018-06-01_02.tab"));
  std::vector<std::string> lines;
  for (auto l : detail::split(text, '\n'))
    if (!l.empty() && lines.size() < 6)
      lines.emplace_back(l);
  auto fields = detail::split(lines[line - 1], '\t');
  std::string changed;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i)
      changed += '\t';
    changed += i == column ? value : fields[i];
  }
  lines[line - 1] = changed;
  std::string out;
  for (const auto &l : lines)
    out += l + "\n";
  test::write_file(dir.file("icews.tab"), out);
  return dir.file("icews.tab");
}

} // namespace

TEST_CASE("unknown ICEWS country names") {
  test::TempDir dir;
  icews_with(dir, 4, 4, "Atlantis"); // third data row, Source Country
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

// Issue 8: invalid UTF-8 in an actor name was accepted and came out as
// U+FFFD in the snapshot. It is now a bad row of kind "actor", like the
// other unusable names actor_problem names.
TEST_CASE("regression: invalid UTF-8 actor codes in GDELT rows are bad rows of kind actor") {
  test::TempDir dir;
  // The sample's first rows have no country codes: each row given here gets
  // both, one of them broken. Country level reads Actor1CountryCode (column
  // 7): a truncated sequence.
  auto f = fold_broken(dir, 4, [](auto &r) {
    r[7] = "US\xc3";
    r[17] = "RUS";
  });
  check_one_bad(f, "actor", 4);
  CHECK_THAT(f.stats.first_bad[0].detail, Catch::Contains("Actor1CountryCode 'US\\xc3'"));
  CHECK_THAT(f.stats.first_bad[0].detail, Catch::Contains("not valid UTF-8"));
  // Actor level reads Actor2Code (column 15): a stray continuation byte.
  f = fold_broken(
      dir, 6,
      [](auto &r) {
        r[7] = "GEO";
        r[17] = "RUS";
        r[15] = "RUS\x80MIL";
      },
      false, Level::actor);
  check_one_bad(f, "actor", 6);
  CHECK_THAT(f.stats.first_bad[0].detail, Catch::Contains("Actor2Code 'RUS\\x80MIL'"));
  // Under --strict the row stops the run, on both paths.
  CHECK_THROWS_WITH(fold_broken(
                        dir, 2,
                        [](auto &r) {
                          r[7] = "GEO";
                          r[17] = "\xff";
                        },
                        true),
                    Catch::Contains("broken.tsv:2: actor:"));
  InputOptions strict;
  strict.strict = true;
  CHECK_THROWS_WITH(read_inputs({dir.file("broken.tsv")}, strict, [](Relation &&) {}),
                    Catch::Contains("broken.tsv:2: actor: Actor2CountryCode '\\xff'"));
}

TEST_CASE("regression: invalid UTF-8 actor names in edge lists are refused on both paths") {
  test::TempDir dir;
  test::write_file(dir.file("edges.csv"), "source,target,weight\n"
                                          "Côte d'Ivoire,Ghana,2\n"
                                          "Ghana,Togo\xe2\x82,-1\n"
                                          "\"Ni\xc0\xa0ger\",Mali,1\n");
  const auto f = fold_snapshots({dir.file("edges.csv")}, {}, {Window{}});
  CHECK(f.stats.skipped.at("actor") == 2);
  REQUIRE(f.stats.first_bad.size() == 2);
  CHECK(f.stats.first_bad[0].line == 3);
  CHECK_THAT(f.stats.first_bad[0].detail, Catch::Contains("target 'Togo\\xe2\\x82'"));
  CHECK(f.stats.first_bad[1].line == 4); // an overlong encoding
  CHECK_THAT(f.stats.first_bad[1].detail, Catch::Contains("source 'Ni\\xc0\\xa0ger'"));
  // Valid UTF-8 names are kept as they are.
  const auto &g = f.snapshots.front().graph;
  CHECK(g.actor_count() == 2);

  std::vector<Relation> relations;
  const auto stats = read_inputs({dir.file("edges.csv")}, {},
                                 [&](Relation &&r) { relations.push_back(std::move(r)); });
  CHECK(stats.skipped.at("actor") == 2);
  REQUIRE(relations.size() == 1);
  CHECK(relations[0].source == "Côte d'Ivoire");
  CHECK_THAT(ingest_report(stats), Catch::Contains("edges.csv:3: actor: target"));
  CHECK_THAT(ingest_report(stats), Catch::Contains("2 bad rows skipped: actor 2"));
}

TEST_CASE("regression: invalid UTF-8 ICEWS actor names are bad rows at actor level") {
  test::TempDir dir;
  icews_with(dir, 3, 8, "Viet\xfeNam"); // second data row, Target Name
  InputOptions actor_level;
  actor_level.level = Level::actor;
  const auto f = fold_snapshots({dir.file("icews.tab")}, actor_level, {Window{}});
  CHECK(f.stats.skipped.at("actor") == 1);
  REQUIRE(f.stats.first_bad.size() == 1);
  CHECK(f.stats.first_bad[0].line == 3);
  CHECK_THAT(f.stats.first_bad[0].detail, Catch::Contains("Target Name 'Viet\\xfeNam'"));
  // At country level the names are not used: the row folds by its countries.
  const auto country = fold_snapshots({dir.file("icews.tab")}, {}, {Window{}});
  CHECK(country.stats.bad_rows() == 0);
}
