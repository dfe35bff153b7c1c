// Inputs dealt among the ranks of a parallel job (entente-mpi, issue 19)
// and their accounts put back together. The inputs are laid end to end by
// size and rank r of N takes bytes [r T/N, (r+1) T/N): a large plain event
// file or documents JSON Lines is cut at line starts, anything else goes
// whole to the rank holding its middle byte. Ranks take runs of the inputs
// in order, so rank order is input order (extract concatenates by rank).
//
//   auto items = entente::event_share_items({"datasets/events"}, {});
//   auto shares = entente::deal_shares(items, 4);        // shares[r]: rank r's ranges
//   auto mine = entente::fold_share(shares[1], {}, {}, std::vector<entente::Window>{{}});
#pragma once

#include "entente/graph/fold.hpp"
#include "entente/graph/series.hpp"
#include "entente/ingest/stream.hpp"
#include "entente/io/input_range.hpp"
#include "entente/pipeline/pipeline.hpp"

#include <cstdint>
#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace entente {

struct ShareItem {
  std::string path;
  std::uint64_t size = 0;
  bool cuttable = false; // may be read in line ranges
};

// The files of snapshot's inputs (folders expanded as ingest does), event
// files cuttable when plain and delimited, articles and the rest whole.
// Throws Error::usage for stdin: ranks cannot share it.
std::vector<ShareItem> event_share_items(const std::vector<std::string> &paths,
                                         const InputOptions &input);
// The files of extract's inputs (folders expanded as extract does),
// documents JSON Lines cuttable.
std::vector<ShareItem> document_share_items(const std::vector<std::string> &paths);

// Rank r's ranges, for r < ranks. A file is cut only into pieces of at
// least min_piece bytes; `line_start(path, pos)` moves a cut to a line
// start (line_start_at, or another for tests).
using LineStart = std::function<std::uint64_t(const std::string &, std::uint64_t)>;
std::vector<std::vector<InputRange>> deal_shares(const std::vector<ShareItem> &items, int ranks,
                                                 std::uint64_t min_piece = std::uint64_t{8} << 20,
                                                 const LineStart &line_start = line_start_at);

// One rank's ranges folded into one Fold, articles coded on the way in;
// stops after a range --strict stopped. `ranges` holds one RangeStats per
// range read, in order.
struct FoldedShare {
  std::vector<Fold> parts; // one
  std::vector<RangeStats> ranges;
};
FoldedShare fold_share(const std::vector<InputRange> &ranges, const InputOptions &input,
                       const ArticleOptions &articles, const std::vector<Window> &windows);
FoldedShare fold_share(const std::vector<InputRange> &ranges, const InputOptions &input,
                       const ArticleOptions &articles, const SeriesOptions &series);

// The accounts of all ranges (every rank's, in rank order, which is the
// order of `ranges`) as one reader of all the inputs gives them: bad rows
// renumbered by the lines of the earlier ranges of their file, the first
// few kept. Throws the --strict error of the first range that stopped,
// with its file and real line.
IngestStats combine_range_stats(const std::vector<InputRange> &ranges,
                                const std::vector<RangeStats> &stats);

void to_json(nlohmann::json &j, const RangeStats &r);
void from_json(const nlohmann::json &j, RangeStats &r);

} // namespace entente
