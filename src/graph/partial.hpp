// Partial aggregates (issue 19): a fold's state saved to a file, so folds of
// disjoint inputs, run apart (other processes, other machines), add up to
// the fold of all the inputs. A partial holds each part's actor names and,
// per window, its dyad cells in integer micro units with the fold counts;
// adding partials is adding integers, so neither the order nor the split of
// the inputs changes a byte of the snapshots finish_folds makes from them.
//
//   std::ostringstream out;
//   std::vector<entente::Fold> parts;
//   parts.emplace_back(std::vector<entente::Window>{{}}, entente::FoldPolicy{});
//   entente::write_partial(out, parts, {"a.tsv"}, nlohmann::json::object());
//   std::istringstream in(out.str());
//   entente::Partial p = entente::read_partial(in, "a.partial");
//   std::vector<entente::Snapshot> windows = entente::finish_folds(p.parts, p.sources);
//
// The file is JSON Lines: a header ({"format": "entente-partial", "version",
// "config", "sources", "meta", "parts"}), then per part a line with its
// actors and one line per window table, then {"end": true}: a file cut short
// has no end line and is refused. docs/formats.md has the fields.
#pragma once

#include "entente/graph/fold.hpp"
#include "entente/graph/series.hpp"

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

inline constexpr int partial_format_version = 1;

struct Partial {
  std::vector<Fold> parts;
  std::vector<std::string> sources; // the inputs folded, in order
  // Level, fold policy, actor naming and the windows (a fixed list or a
  // series): partials add up only when these are equal.
  nlohmann::json config;
  std::vector<Window> windows;         // a fixed list, or
  std::optional<SeriesOptions> series; // a series
  nlohmann::json meta;                 // what the writer added (entente: ingest counts)
};

// Writes the parts (which all fold over the same windows) with the sources
// they folded and `meta`. Flushes the parts' pending rows.
void write_partial(std::ostream &out, std::vector<Fold> &parts,
                   const std::vector<std::string> &sources, const nlohmann::json &meta);

// Reads a partial; throws Error naming origin and line for another format or
// version, a malformed line (an actor twice, a dyad twice, a cell of an
// unknown actor, counts that do not add up) or a file cut short.
Partial read_partial(std::istream &in, const std::string &origin);

// Adds `other` (read from other_name) into `into`: its parts and sources
// after into's. Throws Error naming both files and the setting that
// differs (level, groups, regions, names, windows, series).
void merge_partial(Partial &into, const std::string &into_name, Partial &&other,
                   const std::string &other_name);

// The same state as bytes, for the processes of one job (entente-mpi's
// reduction sends a fold per message): not a file format, so no version
// beyond a tag, and both ends are the same build on the same kind of
// machine (the integers are in its byte order). About ten times faster to
// read than a partial. Flushes the fold's pending row.
std::string pack_fold(Fold &fold);

// Adds a packed fold (over the same windows) into `fold`, as Fold::absorb
// adds a fold; throws Error for bytes that are not one (cut short, another
// kind of windows, an actor id out of range).
void absorb_packed(Fold &fold, std::string_view bytes);

} // namespace entente
