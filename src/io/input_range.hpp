// A share of one input for one of several processes (issue 19: entente-mpi
// gives each rank a run of the inputs, and one large file to many ranks):
// a whole file, or the lines of a plain file that start in [begin, end).
// Cuts are moved to line starts by line_start_at, which every process
// computes alike from the file, so neighbouring ranges meet exactly.
//
//   entente::InputRange whole{"events.tsv"};
//   const std::uint64_t mid = entente::line_start_at("events.tsv", 1 << 20);
//   entente::InputRange first{"events.tsv", 0, mid};  // the next range starts at mid
//   std::uint64_t n = entente::count_lines(first);      // the lines before mid
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace entente {

struct InputRange {
  std::string path;
  std::uint64_t begin = 0;
  std::optional<std::uint64_t> end; // none: the whole input (any kind, compressed too)
  bool whole() const { return !end; }
};

// The first line start at or after `pos` in the plain file `path` (0 for
// 0; the file's size if no line starts there). Throws Error naming the
// file when it cannot be read.
std::uint64_t line_start_at(const std::string &path, std::uint64_t pos);

// Lines starting in the range (a last line without '\n' counts); for a
// whole input, of the plain file. Throws Error naming the file.
std::uint64_t count_lines(const InputRange &range);

} // namespace entente
