// Turning the paths a user names into a stream of relations: folders are
// expanded (sorted, so runs are deterministic), "-" is standard input, and
// each file's format is detected from its name and first bytes unless forced.
//
//   entente::IngestStats stats = entente::read_inputs(
//       {"datasets/relations"}, {}, [&](entente::Relation&& r) { ... });
#pragma once

#include "entente/core/relation.hpp"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

enum class InputFormat { automatic, relations };
InputFormat parse_input_format(std::string_view name); // throws Error::usage
std::string_view to_string(InputFormat f);

struct InputOptions {
  InputFormat format = InputFormat::automatic;
};

struct IngestStats {
  std::size_t files = 0;
  std::size_t relations = 0;
  // Rows skipped, by kind of problem ("self-loop", "bad date", ...).
  std::map<std::string, std::size_t> skipped;
};

using RelationSink = std::function<void(Relation &&)>;

// Files named by `paths`, folders expanded recursively in sorted order
// (hidden files and README files skipped). Throws Error for a missing path.
std::vector<std::string> expand_inputs(const std::vector<std::string> &paths);

InputFormat detect_format(const std::string &path, std::string_view head);

IngestStats read_inputs(const std::vector<std::string> &paths, const InputOptions &options,
                        const RelationSink &sink);

} // namespace entente
