// The folder a series (`snapshot --every` or `--window/--step`) is written
// to holds that series and nothing else: a second run replaces the first
// run's windows instead of leaving them beside the new ones (daily and
// weekly windows then mixed in `timeline DIR`), and a folder holding other
// files is refused before any work, so nothing of the user's is removed.
//
//   entente::check_series_folder("out/weeks");           // throws Error
//   std::vector<std::string> outputs{"out/weeks/2011-W32.json"}; // written (AtomicFile)
//   entente::remove_stale_windows("out/weeks", outputs); // the old run's extras
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace entente {

// True for the names a series writes: "2011-08.json", "2011-W32.json",
// "2011-Q3.json", "2011.json", "2011-08-01.json", and the temporary files
// of an interrupted write of them (".2011-08.json.tmp.<pid>.<n>").
bool is_series_file_name(const std::string &name);

// Throws Error if `dir` exists and holds anything but series files (a
// folder where a file belongs too).
void check_series_folder(const std::filesystem::path &dir);

// Removes the series files in `dir` that are not among `outputs` (the
// windows just written). Throws Error, removing nothing, if one of them is
// an input of this run.
void remove_stale_windows(const std::filesystem::path &dir,
                          const std::vector<std::string> &outputs);

} // namespace entente
