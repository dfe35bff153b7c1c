// The facade: entente's whole flow as functions over values in memory.
// Inputs (articles to code, relations, event files) -> relations -> folded
// windows -> measured snapshots -> pictures and comparisons. Plain-text
// articles (.txt) among the inputs are coded with the dictionary coder on
// the way in; everything else is read as relations or events. The CLI's
// subcommands and the main job (run.hpp) are built from these.
//
//   std::vector<entente::Relation> rel = entente::load_relations({"datasets/relations"});
//   entente::Snapshot s = entente::fold(rel, {});
//   entente::measure(s);
//   std::string svg = entente::picture(s, entente::PictureFormat::svg);
//   entente::Snapshot t = entente::fold(rel, {entente::Window{entente::Date::parse("2011-08-16"),
//                                                               entente::Date::parse("2011-08-31")}});
//   entente::measure(t);
//   entente::SnapshotDiff d = entente::compare(s, t);
#pragma once

#include "entente/compare/snapshot_diff.hpp"
#include "entente/graph/series.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/pipeline/pipeline.hpp"
#include "entente/render/picture.hpp"

#include <string>
#include <vector>

namespace entente {

// Every relation of the inputs, read once into memory, for several folds
// over the same data (windows, a series, both halves of a month).
std::vector<Relation> load_relations(const std::vector<std::string> &paths,
                                     const InputOptions &input = {},
                                     const ArticleOptions &articles = {},
                                     IngestStats *stats = nullptr);

// Relations folded into one window's snapshot; `sources` are recorded as
// the snapshot's inputs.
Snapshot fold(const std::vector<Relation> &relations, const SnapshotOptions &options,
              const std::vector<std::string> &sources = {});
// ... into a series of windows (SeriesOptions: calendar period or window/step).
std::vector<Snapshot> fold_windows(const std::vector<Relation> &relations,
                                   const SeriesOptions &options,
                                   const std::vector<std::string> &sources = {});

// Computes every measure into s.metrics.
void measure(Snapshot &s, const MetricsOptions &options = {});

// The snapshot's styled picture (blocs coloured when measured) as bytes of
// `format` (DOT, SVG, PNG or PDF).
std::string picture(const Snapshot &s, PictureFormat format);

// Two measured snapshots compared: dyads added, removed and flipped, the
// largest changes, alignment and bloc shifts.
SnapshotDiff compare(const Snapshot &a, const Snapshot &b, std::size_t top = 10);

// Throws Error when rows were read and every one of them was bad (a wrong
// --format, a file of another kind): no empty result but a failure.
void check_rows_usable(const IngestStats &stats);
// The bad-row account, one "warning: ..." line per kind of bad row.
std::vector<std::string> bad_row_warnings(const IngestStats &stats);

} // namespace entente
