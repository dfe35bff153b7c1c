// How entente-mpi deals inputs to ranks (issue 19): runs of the inputs in
// order, a cuttable file tiled exactly by its ranges at line starts, no
// piece under the minimum, whole files to the rank holding their middle.
#include "entente/pipeline/shares.hpp"

#include <catch2/catch.hpp>
#include <map>

using namespace entente;

namespace {

// Line starts every 10 bytes: a cut at 23 moves to 30.
std::uint64_t every_ten(const std::string &, std::uint64_t pos) { return (pos + 9) / 10 * 10; }

// The ranges in rank order, and for each file the bytes they cover.
std::vector<InputRange> in_order(const std::vector<std::vector<InputRange>> &shares) {
  std::vector<InputRange> all;
  for (const auto &s : shares)
    all.insert(all.end(), s.begin(), s.end());
  return all;
}

} // namespace

TEST_CASE("deal_shares: a large file is tiled by line ranges, one run per rank") {
  const std::vector<ShareItem> items = {{"a.tsv", 1000, true}};
  const auto shares = deal_shares(items, 4, 10, every_ten);
  REQUIRE(shares.size() == 4);
  std::uint64_t at = 0;
  for (const auto &share : shares) {
    REQUIRE(share.size() == 1);
    CHECK(share[0].begin == at);
    REQUIRE(share[0].end);
    CHECK(*share[0].end % 10 == 0);
    at = *share[0].end;
  }
  CHECK(at == 1000);
}

TEST_CASE("deal_shares: pieces under the minimum are not made; small files stay whole") {
  const std::vector<ShareItem> items = {
      {"a.tsv", 100, true}, {"b.gz", 500, false}, {"c.tsv", 400, true}};
  const auto shares = deal_shares(items, 3, 150, every_ten);
  const auto all = in_order(shares);
  std::map<std::string, std::uint64_t> covered;
  for (const auto &r : all) {
    if (r.whole()) {
      covered[r.path] += r.path == "a.tsv" ? 100 : r.path == "b.gz" ? 500 : 400;
      continue;
    }
    CHECK(*r.end - r.begin >= 100); // 150 moved to line starts: no tiny piece
    covered[r.path] += *r.end - r.begin;
  }
  CHECK(covered ==
        std::map<std::string, std::uint64_t>{{"a.tsv", 100}, {"b.gz", 500}, {"c.tsv", 400}});
  // Rank order is input order: a, b, c in turn.
  std::vector<std::string> order;
  for (const auto &r : all)
    if (order.empty() || order.back() != r.path)
      order.push_back(r.path);
  CHECK(order == std::vector<std::string>{"a.tsv", "b.gz", "c.tsv"});
  // b.gz (bytes 100..600 of 1000) goes whole to rank 1, which holds byte 350.
  REQUIRE(shares[1].size() >= 1);
  CHECK(shares[1][0].path == "b.gz");
}

TEST_CASE("deal_shares: more ranks than bytes, and nothing at all") {
  const auto few = deal_shares({{"a.tsv", 3, true}}, 8, 1, every_ten);
  CHECK(in_order(few).size() >= 1);
  const auto none = deal_shares({{"empty.tsv", 0, true}}, 3, 1, every_ten);
  REQUIRE(in_order(none).size() == 1);
  CHECK(none[0].size() == 1);
  CHECK_THROWS(deal_shares({}, 0));
}

TEST_CASE("combine_range_stats: bad rows renumbered by the earlier ranges of their file") {
  RangeStats first, second;
  first.lines = 100;
  first.stats.files = 1;
  first.stats.rows = 100;
  second.lines = 50;
  second.stats.rows = 50;
  second.stats.first_bad.push_back({"a.tsv", 7, "columns", "expected 58 columns, got 2"});
  second.stats.skipped["columns"] = 1;
  const std::vector<InputRange> ranges = {{"a.tsv", 0, 900}, {"a.tsv", 900, 1300}};
  const IngestStats all = combine_range_stats(ranges, {first, second});
  CHECK(all.files == 1);
  CHECK(all.rows == 150);
  REQUIRE(all.first_bad.size() == 1);
  CHECK(all.first_bad[0].line == 107);
  second.stopped = true;
  CHECK_THROWS_WITH(combine_range_stats(ranges, {first, second}),
                    Catch::Contains("a.tsv:107") && Catch::Contains("--strict"));
}
