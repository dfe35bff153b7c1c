// Balance series over a folder of signed edge lists (the Correlates of War
// windows): per window the frustration index L (exact where it can be), F,
// triangle balance and how long the frustration index took.
//
//   auto rows = entente::balance_series("datasets/signed/cow");
//   std::cout << entente::series_table(rows, true);
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace entente {

struct SeriesRow {
  std::string window; // "1946-1949" for cow_46-49, else the file stem
  std::size_t actors = 0, edges = 0, positive = 0, negative = 0;
  std::uint64_t triangles = 0;
  double triangle_balance = -1; // -1 = no triangles
  std::size_t L = 0;
  double F = 1;
  bool exact = true;
  double seconds = 0; // wall time of the frustration index
};

// Every *_edges.csv in `dir`, sorted by name; throws Error if there is none.
std::vector<SeriesRow> balance_series(const std::filesystem::path &dir);
std::string series_table(const std::vector<SeriesRow> &rows, bool with_time);
// Without timings, so that the output is deterministic.
nlohmann::json series_json(const std::vector<SeriesRow> &rows);

} // namespace entente
