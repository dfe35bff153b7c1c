// Golden test: the shipped article, coded and folded into a snapshot, shows
// the US-Russia rapprochement and the four-country front against China.
#include "entente/graph/snapshot.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace entente::test;

namespace {
// Net score over both directions of the dyad {a, b}.
double net(const nlohmann::json &snap, const std::string &a, const std::string &b) {
  for (const auto &d : snap["dyads"])
    if ((d["a"] == a && d["b"] == b) || (d["a"] == b && d["b"] == a))
      return d["total"]["net"].get<double>();
  FAIL("no dyad " + a + "-" + b);
  return 0;
}
} // namespace

TEST_CASE("extract: the article's graph has USA-RUS cooperative and four countries against "
          "China") {
  TempDir dir;
  const auto rel = dir.file("rel.jsonl"), snap = dir.file("snap.json");
  auto r =
      run_entente("extract datasets/articles/us-russia-2020-05.txt --date 2020-05-09 -o " + rel);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Matchers::Contains("33 sentences"));
  r = run_entente("snapshot " + rel + " -o " + snap);
  REQUIRE(r.exit_code == 0);
  const auto s = nlohmann::json::parse(read_file(snap));
  CHECK(net(s, "USA", "RUS") > 0);
  for (const char *c : {"USA", "GBR", "JPN", "AUS"})
    CHECK(net(s, c, "CHN") < 0);
  // Issue 17: the hypothetical "China will be struck, even if Russia does not
  // join the front" gave RUS->CHN 190, and "false accusations of Russian
  // involvement ... compromised the US-Russia relations" RUS->USA +5.
  const auto text = read_file(rel);
  std::size_t lines = 0;
  for (std::size_t pos = 0, end; (end = text.find('\n', pos)) != std::string::npos; pos = end + 1) {
    const auto j = nlohmann::json::parse(text.substr(pos, end - pos));
    if (!j.contains("source"))
      continue;
    ++lines;
    const std::string src = j["source"], tgt = j["target"], code = j["code"];
    const bool russia_hits_china = src.rfind("RUS", 0) == 0 && tgt.rfind("CHN", 0) == 0 &&
                                   code.size() >= 2 && code.substr(0, 2) >= "18";
    CHECK_FALSE(russia_hits_china);
    CHECK_THAT(j["evidence"].get<std::string>(), !Catch::Matchers::Contains("compromised"));
  }
  CHECK(lines >= 15);
  // Provenance on every line after the header.
  CHECK_THAT(text, Catch::Matchers::Contains("\"doc\":\"us-russia-2020-05.txt\""));
  CHECK_THAT(text, Catch::Matchers::Contains("castigating China"));
}

TEST_CASE("snapshot: takes the article text directly, and from a folder with --every") {
  TempDir dir;
  const auto snap = dir.file("snap.json");
  auto r =
      run_entente("snapshot datasets/articles/us-russia-2020-05.txt --date 2020-05-09 -o " + snap);
  REQUIRE(r.exit_code == 0);
  const auto s = nlohmann::json::parse(read_file(snap));
  CHECK(net(s, "USA", "RUS") > 0);
  for (const char *c : {"USA", "GBR", "JPN", "AUS"})
    CHECK(net(s, c, "CHN") < 0);
  // Without a date the article's own dateline is needed: a clear error.
  r = run_entente("snapshot datasets/articles/us-russia-2020-05.txt -o " + snap);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Matchers::Contains("us-russia-2020-05.txt"));
  // A series over articles: one window for the article's month.
  const auto series = dir.file("series");
  r = run_entente("snapshot datasets/articles/us-russia-2020-05.txt --date 2020-05-09 --every "
                  "month -o " +
                  series);
  REQUIRE(r.exit_code == 0);
  CHECK(net(nlohmann::json::parse(read_file(series + "/2020-05.json")), "USA", "RUS") > 0);
}

TEST_CASE("extract: an article without a date is an error naming the file") {
  TempDir dir;
  write_file(dir.file("a.txt"), "Russia accused China.");
  const auto r = run_entente("extract " + dir.file("a.txt") + " -o " + dir.file("o.jsonl"));
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Matchers::Contains("a.txt"));
  CHECK_THAT(r.output, Catch::Matchers::Contains("--date"));
}

TEST_CASE("extract: documents JSONL from stdin, explained") {
  TempDir dir;
  write_file(dir.file("d.jsonl"),
             "{\"id\":\"x\",\"date\":\"2020-05-09\",\"text\":\"Russia has not supported China. "
             "Japan criticized China.\"}\n");
  const auto r =
      run_entente("extract - --explain -o " + dir.file("o.jsonl") + " < " + dir.file("d.jsonl"));
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Matchers::Contains("negated, not coded"));
  const auto out = read_file(dir.file("o.jsonl"));
  CHECK_THAT(out, Catch::Matchers::Contains("\"source\":\"JPN\""));
  CHECK_THAT(out, !Catch::Matchers::Contains("\"source\":\"RUS\""));
}

TEST_CASE("eval-extract prints both gold tables") {
  const auto r = run_entente("eval-extract");
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Matchers::Contains("PLOVER gold"));
  CHECK_THAT(r.output, Catch::Matchers::Contains("PETRARCH validation"));
  CHECK_THAT(r.output, Catch::Matchers::Contains("dyad + polarity"));
}
