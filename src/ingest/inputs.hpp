// Turning the paths a user names into a stream of relations: folders are
// expanded (sorted, so runs are deterministic), "-" is standard input, .gz
// and .zip are read transparently, and each file's format (relations JSONL,
// GDELT 1.0/2.0 exports, ICEWS events, CSV/TSV edge lists) is detected from
// its name and first line unless forced. Bad rows are counted by kind, the
// first few kept with file:line; options.strict makes the first one an Error.
//
//   entente::IngestStats stats = entente::read_inputs(
//       {"datasets/relations"}, {}, [&](entente::Relation&& r) { relations.push_back(r); });
//   std::cerr << entente::ingest_report(stats);
#pragma once

#include "entente/core/actor.hpp"
#include "entente/core/date.hpp"
#include "entente/core/relation.hpp"

#include <bitset>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

enum class InputFormat { automatic, relations, gdelt1, gdelt2, icews, edges };
InputFormat parse_input_format(std::string_view name); // throws Error::usage
std::string_view to_string(InputFormat f);

// Which GDELT count becomes a relation's weight (ICEWS and edge lists have
// none of them: their weight is 1, resp. |weight column|).
enum class WeightField { mentions, sources, articles, events };
WeightField parse_weight_field(std::string_view name); // throws Error::usage

// Rows kept by the event readers; everything else is dropped and counted.
struct RowFilter {
  std::optional<Date> from, to;       // inclusive; applies to every format
  std::bitset<21> roots;              // CAMEO roots 1..20 to keep; none set = all
  std::bitset<5> quads;               // quad classes 1..4 to keep; none set = all
  std::vector<std::string> countries; // keep rows whose two countries are listed
  bool root_only = false;             // GDELT IsRootEvent == 1 only
};

// "14,17-20" -> roots; "3,4" -> quads; "USA,RUS" -> countries (throw Error::usage).
std::bitset<21> parse_roots(std::string_view list);
std::bitset<5> parse_quads(std::string_view list);
std::vector<std::string> parse_country_list(std::string_view list);

struct InputOptions {
  InputFormat format = InputFormat::automatic;
  WeightField weight = WeightField::mentions;
  Level level = Level::country; // which actor code the event readers emit
  Groups groups = Groups::fold; // armed groups at country level: their country or their own
  bool regions = false;         // keep region actors ("EUR", "WST") instead of leaving them out
  RowFilter filter;
  bool strict = false;   // first bad row throws Error (file:line)
  bool progress = false; // progress bar on stderr (callers pass isatty && !quiet)
  int threads = 2;       // for large plain files on the fast snapshot path
  FoldPolicy fold_policy() const { return {level, groups, regions}; }
};

// One bad row, for the report.
struct BadRow {
  std::string file;
  std::size_t line = 0;
  std::string kind;
  std::string detail;
};

struct IngestStats {
  std::size_t files = 0;
  std::size_t rows = 0;      // data rows read (event formats; headers excluded)
  std::size_t relations = 0; // relations produced
  // Rows skipped, by kind: bad rows ("columns", "number", "date", "code",
  // "country") and rows dropped by rule ("no country", "region",
  // "filtered").
  std::map<std::string, std::size_t> skipped;
  std::vector<BadRow> first_bad; // the first few bad rows, in input order
  std::size_t bad_rows() const;
};

inline constexpr std::size_t max_reported_bad_rows = 5;

// True for the kinds that are problems in the data (not filter decisions).
bool is_bad_kind(std::string_view kind);

// Multi-line account of bad rows ("file:line: kind: detail" for the first
// few, then counts by kind); empty when there were none.
std::string ingest_report(const IngestStats &stats);

using RelationSink = std::function<void(Relation &&)>;

// Files named by `paths`, folders expanded recursively in sorted order
// (hidden files and README files skipped). Throws Error for a missing path
// and for a folder with no such file.
std::vector<std::string> expand_inputs(const std::vector<std::string> &paths);

// `head` is the start of the (decompressed) content.
InputFormat detect_format(const std::string &path, std::string_view head);

// Streams every input as relations (ingest/stream.hpp): event rows become
// relations at options.level, self-loops included (the fold decides what is
// self); relations JSONL passes through unchanged.
IngestStats read_inputs(const std::vector<std::string> &paths, const InputOptions &options,
                        const RelationSink &sink);

} // namespace entente
