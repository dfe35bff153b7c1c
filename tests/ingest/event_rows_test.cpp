// Row-level pieces of the event readers: the line scanner, fixed-point
// numbers, format detection and the filter lists.
#include "entente/core/actor.hpp"
#include "entente/core/error.hpp"
#include "entente/ingest/event_rows.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace entente;
using namespace entente::detail;

namespace {

std::vector<std::vector<std::string>> scan(const std::string &text, char sep, bool eof = true) {
  std::vector<std::vector<std::string>> rows;
  scan_lines_fast(text.data(), text.data() + text.size(), sep, eof, [&](const Line &line) {
    std::vector<std::string> fields;
    for (int i = 0; i < std::min(line.count, max_fields); ++i)
      fields.emplace_back(line.field(i));
    std::string count = "#";
    count += std::to_string(line.count);
    fields.push_back(count);
    rows.push_back(fields);
  });
  return rows;
}

} // namespace

TEST_CASE("the line scanner finds every field and counts long rows") {
  const auto rows = scan("a\tb\t\r\n\nx\ty\n", '\t');
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"a", "b", "", "#3"}); // '\r' trimmed
  CHECK(rows[1] == std::vector<std::string>{"", "#1"});
  CHECK(rows[2] == std::vector<std::string>{"x", "y", "#2"});

  // 61 fields (more than are stored), long enough for the vector paths.
  std::string wide;
  for (int i = 0; i < 61; ++i) {
    if (i)
      wide += '\t';
    wide += "field";
    wide += std::to_string(i);
  }
  const auto w = scan(wide + "\n" + wide, '\t'); // the last line has no '\n'
  REQUIRE(w.size() == 2);
  CHECK(w[1].back() == "#61");
  CHECK(w[1][34] == "field34"); // the last field whose end is stored
}

namespace {

// What a scanner must report for `text`, from a plain split: every line
// (the last one only if non-empty), a trailing '\r' dropped, its field
// count, and its first max_fields fields, the last stored one running to
// the end of the line.
std::vector<std::vector<std::string>> reference(const std::string &text, char sep) {
  std::vector<std::vector<std::string>> rows;
  std::size_t begin = 0;
  while (begin < text.size()) {
    auto end = text.find('\n', begin);
    const std::size_t next = end == std::string::npos ? text.size() : end + 1;
    if (end == std::string::npos)
      end = text.size();
    std::string line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r')
      line.pop_back();
    std::vector<std::string> fields{""};
    for (char c : line) {
      if (c == sep)
        fields.emplace_back();
      else
        fields.back().push_back(c);
    }
    std::vector<std::string> row;
    for (int i = 0; i < std::min<int>(static_cast<int>(fields.size()), max_fields); ++i) {
      std::string f = fields[static_cast<std::size_t>(i)];
      for (std::size_t k = static_cast<std::size_t>(i) + 1;
           i == max_fields - 1 && k < fields.size(); ++k)
        f += sep + fields[k];
      row.push_back(f);
    }
    row.push_back("#" + std::to_string(fields.size()));
    rows.push_back(row);
    begin = next;
  }
  return rows;
}

template <typename Scanner>
std::vector<std::vector<std::string>> scan_with(Scanner scanner, const std::string &text,
                                                char sep) {
  std::vector<std::vector<std::string>> rows;
  scanner(text.data(), text.data() + text.size(), sep, true, [&](const Line &line) {
    std::vector<std::string> fields;
    for (int i = 0; i < std::min(line.count, max_fields); ++i)
      fields.emplace_back(line.field(i));
    fields.push_back("#" + std::to_string(line.count));
    rows.push_back(fields);
  });
  return rows;
}

} // namespace

// The scanners store field starts several at a time; runs of separators
// (more than eight, more than a chunk), lines past max_fields, CRLF and
// lines that end mid-chunk must all come out as a plain split gives them.
TEST_CASE("regression: the vector scanners agree with a plain split on random text") {
  std::mt19937 rng(7);
  const std::string alphabet = "ab\t\t\t\n\r,";
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const auto length = rng() % 400;
    while (text.size() < length) {
      const char c = alphabet[rng() % alphabet.size()];
      // Sometimes a long run of one byte: many separators in one chunk.
      text.append(rng() % 8 == 0 ? 1 + rng() % 70 : 1, c);
    }
    const auto expected = reference(text, '\t');
    const auto sse2 = scan_with([](const char *p, const char *e, char sep, bool eof,
                                   auto &&f) { return scan_lines(p, e, sep, eof, f); },
                                text, '\t');
    const auto fast = scan_with([](const char *p, const char *e, char sep, bool eof,
                                   auto &&f) { return scan_lines_fast(p, e, sep, eof, f); },
                                text, '\t');
    INFO("round " << round << ", text of " << text.size() << " bytes");
    REQUIRE(sse2 == expected);
    REQUIRE(fast == expected);
  }
}

TEST_CASE("an unfinished last line is left for the next block") {
  const std::string text = "a,b\nc,d";
  const char *tail =
      scan_lines_fast(text.data(), text.data() + text.size(), ',', false, [](const Line &) {});
  CHECK(std::string(tail) == "c,d");
}

TEST_CASE("fixed-point numbers are exact to 6 decimals") {
  std::int64_t v = 0;
  CHECK((parse_fixed("-10.0", v) && v == -10'000'000));
  CHECK((parse_fixed("3.4", v) && v == 3'400'000));
  CHECK((parse_fixed("+.5", v) && v == 500'000));
  CHECK((parse_fixed("0.0000005", v) && v == 1)); // rounded half up
  CHECK_FALSE(parse_fixed("", v));
  CHECK_FALSE(parse_fixed("1.2.3", v));
  CHECK_FALSE(parse_fixed("abc", v));
  CHECK_FALSE(parse_fixed("-", v));
  CHECK((parse_count("12", v) && v == 12));
  CHECK_FALSE(parse_count("-1", v));
  CHECK_FALSE(parse_count("1e3", v));
}

TEST_CASE("formats are detected from the first line") {
  const std::string g1(57, '\t'), g1b(56, '\t'), g2(60, '\t'), ic(19, '\t');
  CHECK(sniff_format("x.tsv", "1" + g1 + "\n") == InputFormat::gdelt1);
  CHECK(sniff_format("x.tsv", "1" + g1b + "\n") == InputFormat::gdelt1);
  CHECK(sniff_format("x.export.CSV", "1" + g2 + "\n") == InputFormat::gdelt2);
  CHECK(sniff_format("x.tab", "Event ID" + ic + "\n") == InputFormat::icews);
  CHECK(sniff_format("e.csv", "source,target,weight\nUSA,RUS,-2\n") == InputFormat::edges);
  CHECK(sniff_format("e.tsv", "USA\tRUS\t1\t2020-01-01\n") == InputFormat::edges);
  CHECK(sniff_format("r.jsonl.gz", "") == InputFormat::relations);
  CHECK(sniff_format("r.txt", "{\"format\":\"entente-relations\"}\n") == InputFormat::relations);
  CHECK(sniff_format("x.txt", "just some words\n") == InputFormat::automatic);
  CHECK(separator_for(InputFormat::edges, "a,b,1\n") == ',');
  CHECK(separator_for(InputFormat::edges, "a\tb\t1\n") == '\t');
}

TEST_CASE("filter lists parse and reject nonsense") {
  const auto roots = parse_roots("14, 17-20");
  CHECK(roots.count() == 5);
  CHECK(roots.test(14));
  CHECK(roots.test(20));
  CHECK_FALSE(roots.test(15));
  CHECK(parse_quads("3,4").count() == 2);
  CHECK(parse_country_list("RUS,USA,RUS") == std::vector<std::string>{"RUS", "USA"});
  // Regression (issue 18): "usa,rus" matched nothing and gave an empty graph.
  CHECK(parse_country_list("usa, Rus") == std::vector<std::string>{"RUS", "USA"});
  CHECK_THROWS_WITH(parse_country_list("USA,Russia"), Catch::Contains("'Russia'"));
  CHECK_THROWS_AS(parse_country_list("US"), Error);
  CHECK_THROWS_AS(parse_roots("0"), Error);
  CHECK_THROWS_AS(parse_roots("5-2"), Error);
  CHECK_THROWS_AS(parse_quads("x"), Error);
  CHECK_THROWS_AS(parse_weight_field("tone"), Error);
  CHECK_THROWS_AS(parse_input_format("xml"), Error);
}

TEST_CASE("the cheap actor check passes only names actor_problem passes") {
  for (std::string name : {"USA", "IGOUNOAGR", "Foreign Affairs (Bangladesh)", "a\\b"}) {
    CHECK(plain_actor(name));
    CHECK(actor_problem(name).empty());
  }
  // Everything else goes to actor_problem, which still accepts UTF-8 names.
  for (std::string name : {"", " USA", "x\\", "C\xc3\xb4te", "US\xc3", "a\x01", "a\x7f"})
    CHECK_FALSE(plain_actor(name));
  CHECK_FALSE(plain_actor(std::string(257, 'A')));
  CHECK(plain_actor(std::string(256, 'A')));
  CHECK(actor_problem("C\xc3\xb4te").empty());
  CHECK(actor_problem("US\xc3") == "actor name is not valid UTF-8");
}

TEST_CASE("values in bad-row reports are printable and cut") {
  CHECK(printable("Abc") == "Abc");
  CHECK(printable("C\xc3\xb4te") == "C\xc3\xb4te"); // valid UTF-8 kept
  CHECK(printable("a\xff\tb\xc3") == "a\\xff\\x09b\\xc3");
  CHECK(printable(std::string(50, 'x')) == std::string(40, 'x') + "...");
}

TEST_CASE("read_lines carries lines across small and growing blocks") {
  // Lines longer than the first 64 KB block, and a source that hands out
  // bytes in small pieces, give the same lines as one whole pass.
  std::string text;
  for (int i = 0; i < 300; ++i)
    text += std::to_string(i) + "," + std::string(i % 50 == 7 ? 100000 : 300, 'x') + "\n";
  for (std::size_t piece : {std::size_t{4096}, std::size_t{1} << 20}) {
    std::size_t pos = 0;
    std::vector<std::string> firsts;
    std::size_t blocks = 0;
    read_lines(
        [&](char *buf, std::size_t n) {
          const std::size_t k = std::min({n, piece, text.size() - pos});
          std::memcpy(buf, text.data() + pos, k);
          pos += k;
          return k;
        },
        ',', std::size_t{4} << 20, [&](const Line &line) { firsts.emplace_back(line.field(0)); },
        [&](std::size_t, std::size_t) { ++blocks; }, [] { return false; });
    REQUIRE(firsts.size() == 300);
    for (int i = 0; i < 300; ++i)
      CHECK(firsts[static_cast<std::size_t>(i)] == std::to_string(i));
    CHECK(blocks > 1);
  }
}
