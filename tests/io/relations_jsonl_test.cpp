#include "entente/core/error.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/io/read_file.hpp"
#include "entente/io/relations_jsonl.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

using entente::Relation;

namespace {
std::vector<Relation> read_all(const std::string &text) {
  std::istringstream in(text);
  std::vector<Relation> out;
  entente::read_relations_jsonl(in, "t.jsonl", [&](Relation &&r) { out.push_back(r); });
  return out;
}
} // namespace

TEST_CASE("written relations read back identically", "[jsonl]") {
  std::vector<Relation> rs = {
      entente::make_relation(entente::Date::parse("2020-05-09"), "USA", "RUS", "036"),
      entente::make_relation(entente::Date::parse("2020-05-10"), "USA", "CHN", "112", 2)};
  rs[1].provenance = {"doc", 3, "accusing \"China\"\n"};
  std::ostringstream out;
  entente::RelationsWriter w(out);
  for (const auto &r : rs)
    w.write(r);
  CHECK(out.str().rfind(R"({"format":"entente-relations","version":1})", 0) == 0);
  CHECK(read_all(out.str()) == rs);
}

TEST_CASE("the header is optional, blank lines are skipped", "[jsonl]") {
  const auto rs = read_all("\n{\"date\":\"2020-01-01\",\"source\":\"A\",\"target\":\"B\","
                           "\"code\":\"042\"}\n\n");
  REQUIRE(rs.size() == 1);
}

TEST_CASE("bad lines are errors naming file and line", "[jsonl]") {
  CHECK_THROWS_WITH(read_all("{\"format\":\"entente-relations\",\"version\":1}\n{oops\n"),
                    Catch::StartsWith("t.jsonl:2: invalid JSON"));
  CHECK_THROWS_WITH(read_all("{\"format\":\"entente-relations\",\"version\":9}\n"),
                    Catch::Contains("unsupported relations format version 9"));
  CHECK_THROWS_WITH(read_all("{\"format\":\"other\"}\n"),
                    Catch::Contains("not an entente relations file"));
  CHECK_THROWS_WITH(read_all("{\"date\":\"2020-01-01\",\"source\":\"A\",\"target\":\"B\","
                             "\"code\":\"042\",\"weight\":\"x\"}\n"),
                    Catch::StartsWith("t.jsonl:1: wrong field type"));
  CHECK_THROWS_WITH(read_all("[1,2]\n"), Catch::StartsWith("t.jsonl:1:"));
}

TEST_CASE("deeply nested JSON is refused without recursion", "[json]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK_THROWS_WITH(entente::parse_json(deep, "deep.json"), Catch::Contains("nested deeper"));
}

TEST_CASE("atomic files appear whole or not at all", "[atomic]") {
  entente::test::TempDir dir;
  const auto target = dir.file("out.txt");
  entente::write_file_atomic(target, "old");
  {
    entente::AtomicFile f(target);
    f.stream() << "half-written";
    // destroyed without commit(), as when an exception unwinds
  }
  CHECK(entente::test::read_file(target) == "old");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1); // no temp left
  entente::write_file_atomic(target, "new");
  CHECK(entente::test::read_file(target) == "new");
  CHECK_THROWS_WITH(entente::write_file_atomic(dir.file("missing/out.txt"), "x"),
                    Catch::Contains("does not exist"));
}

TEST_CASE("reading a missing file names it", "[read]") {
  CHECK_THROWS_WITH(entente::read_text("/nonexistent/x.json"),
                    Catch::StartsWith("/nonexistent/x.json: cannot open"));
}

TEST_CASE("regression: a header whose version is no integer is an Error, not a type error",
          "[jsonl][fuzz]") {
  // Found by fuzz_relations_jsonl: j.value("version", 0) threw nlohmann's
  // type_error for "version":"2011-08-01", escaping entente's error handling.
  for (const char *version : {"\"2011-08-01\"", "1.5", "null", "[1]", "-1"})
    CHECK_THROWS_WITH(
        read_all(std::string("{\"format\":\"entente-relations\",\"version\":") + version + "}\n"),
        Catch::Contains("t.jsonl:1: unsupported relations format version"));
  CHECK(read_all("{\"format\":\"entente-relations\",\"version\":1}\n").empty());
}

TEST_CASE("regression: an out-of-range quad, root or sentence is an Error, not undefined behaviour",
          "[jsonl][fuzz]") {
  // Found by fuzz_relations_jsonl under UBSan: "quad": 2e42 went through
  // nlohmann's get<int>(), a float-to-int conversion out of range.
  const std::string head = "{\"format\":\"entente-relations\",\"version\":1}\n";
  const std::string row = "{\"date\":\"2011-08-01\",\"source\":\"BLR\",\"target\":\"RUS\","
                          "\"code\":\"014\",\"goldstein\":0.0,";
  for (const char *field :
       {"\"quad\":1999999999999999999999999999999999999999999", "\"root\":-3e12",
        "\"sentence\":1.5", "\"quad\":\"1\"", "\"root\":null"})
    CHECK_THROWS_WITH(read_all(head + row + field + "}\n"),
                      Catch::Contains("t.jsonl:2:") && Catch::Contains("must be a whole number"));
  const auto ok = read_all(head + row + "\"quad\":1.0,\"root\":1,\"sentence\":3}\n");
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].quad == 1);
  CHECK(ok[0].provenance.sentence == 3);
}
