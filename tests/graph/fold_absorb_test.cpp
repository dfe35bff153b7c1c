// Folds made apart and added up (issue 19): Fold::absorb and a packed fold
// (pack_fold / absorb_packed, entente-mpi's reduction messages) give the
// snapshots finish_folds gives for the parts side by side, for a fixed list
// of windows and a series; bytes that are not a packed fold are refused.
#include "entente/graph/fold.hpp"
#include "entente/graph/partial.hpp"
#include "entente/graph/snapshot.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace entente;

namespace {

// Rows of a few actors over two months; `seed` varies them, and some rows
// share dyads across seeds (so cells add) while others are new.
void fill(Fold &fold, int seed) {
  static const char *actors[] = {"USA", "RUS", "CHN", "GEO", "UKR", "FRA"};
  for (int i = 0; i < 400; ++i) {
    EventRow row;
    row.date = Date::parse("2020-01-01") + ((i * 7 + seed) % 60);
    row.source = actors[(i + seed) % 6];
    row.target = actors[(i * 5 + seed * 3 + 1) % 6];
    row.quad = 1 + (i + seed) % 4;
    row.goldstein = ((i * 13 + seed) % 21 - 10) * micro / 2;
    row.weight = (1 + (i + seed) % 3) * micro;
    fold.add(row);
  }
  fold.add_actor("BRA"); // isolated
}

std::string bytes_of(std::vector<Fold> &parts) {
  std::string text;
  for (const auto &s : finish_folds(parts, {"x"}))
    text += snapshot_to_string(s);
  return text;
}

template <typename MakeFold> void check_adds_up(const MakeFold &make) {
  std::vector<Fold> apart;
  for (int seed : {1, 2, 3}) {
    apart.push_back(make());
    fill(apart.back(), seed);
  }
  const std::string expected = bytes_of(apart);

  std::vector<Fold> absorbed;
  absorbed.push_back(make());
  for (int seed : {1, 2, 3}) {
    Fold f = make();
    fill(f, seed);
    absorbed.front().absorb(f);
  }
  CHECK(bytes_of(absorbed) == expected);

  std::vector<Fold> packed;
  packed.push_back(make());
  fill(packed.front(), 1);
  for (int seed : {2, 3}) {
    Fold f = make();
    fill(f, seed);
    absorb_packed(packed.front(), pack_fold(f));
  }
  CHECK(bytes_of(packed) == expected);
}

} // namespace

TEST_CASE("absorbed and packed folds add up to the folds side by side") {
  const std::vector<Window> windows = {{std::nullopt, Date::parse("2020-01-31")},
                                       {Date::parse("2020-02-01"), std::nullopt}};
  check_adds_up([&] { return Fold(windows, FoldPolicy{}); });
  SeriesOptions weeks;
  weeks.period = parse_period("week");
  check_adds_up([&] { return Fold(weeks); });
}

TEST_CASE("absorb_packed refuses bytes that are not a packed fold of these windows") {
  Fold one({Window{}}, FoldPolicy{});
  fill(one, 1);
  const std::string bytes = pack_fold(one);
  Fold into({Window{}}, FoldPolicy{});
  CHECK_THROWS_WITH(absorb_packed(into, bytes.substr(0, bytes.size() - 3)),
                    Catch::Contains("cut short"));
  CHECK_THROWS_WITH(absorb_packed(into, "not a fold at all"), Catch::Contains("packed fold"));
  CHECK_THROWS_WITH(absorb_packed(into, bytes + "x"), Catch::Contains("after the end"));
  Fold two({Window{}, Window{}}, FoldPolicy{});
  CHECK_THROWS_WITH(absorb_packed(two, bytes), Catch::Contains("other windows"));
  SeriesOptions weeks;
  weeks.period = parse_period("week");
  Fold series(weeks);
  CHECK_THROWS_WITH(absorb_packed(series, bytes), Catch::Contains("other windows"));
}
