#include "entente/pipeline/series_folder.hpp"

#include "entente/core/error.hpp"
#include "entente/io/input_files.hpp"

#include <algorithm>
#include <regex>

namespace fs = std::filesystem;

namespace entente {

bool is_series_file_name(const std::string &name) {
  // The labels of graph/series.hpp's window_label.
  static const std::regex window(R"(\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4])?\.json)");
  static const std::regex temp(R"(\.(.*)\.tmp\.\d+\.\d+)");
  std::smatch m;
  if (std::regex_match(name, m, temp))
    return std::regex_match(m[1].str(), window);
  return std::regex_match(name, window);
}

void check_series_folder(const fs::path &dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec))
    return;
  if (!fs::is_directory(dir, ec))
    throw Error::at(dir.string(), 0,
                    "is not a folder (a series is written as one file per window)");
  for (const auto &e : fs::directory_iterator(dir, ec)) {
    const auto name = e.path().filename().string();
    if (!e.is_regular_file(ec) || !is_series_file_name(name))
      throw Error::at(dir.string(), 0,
                      "holds '" + name +
                          "', which is no window of a series: a series replaces the folder's "
                          "windows, so write it to a new or empty folder");
  }
  if (ec)
    throw Error::at(dir.string(), 0, "cannot list folder: " + ec.message());
}

void remove_stale_windows(const fs::path &dir, const std::vector<std::string> &outputs) {
  std::vector<fs::path> stale;
  std::error_code ec;
  for (const auto &e : fs::directory_iterator(dir, ec)) {
    const auto name = e.path().filename().string();
    const bool written = std::any_of(outputs.begin(), outputs.end(), [&](const std::string &o) {
      return fs::path(o).filename() == name;
    });
    if (!written && e.is_regular_file(ec) && is_series_file_name(name))
      stale.push_back(e.path());
  }
  for (const auto &p : stale)
    if (is_input(p))
      throw Error::at(p.string(), 0,
                      "is one of this run's inputs and an old window of the series in " +
                          dir.string() + ": refusing to remove it");
  for (const auto &p : stale)
    fs::remove(p, ec);
}

} // namespace entente
