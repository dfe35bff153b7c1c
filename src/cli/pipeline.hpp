// The steps subcommands share: inputs -> snapshot, with a one-line account
// of what was read and dropped.
//
//   auto s = entente::cli::snapshot_from_inputs({"datasets/relations"}, {}, {});
#pragma once

#include "entente/graph/snapshot.hpp"
#include "entente/ingest/inputs.hpp"

#include <string>
#include <vector>

namespace entente::cli {

Snapshot snapshot_from_inputs(const std::vector<std::string> &paths, const InputOptions &input,
                              const SnapshotOptions &options, IngestStats *stats = nullptr);

// "read 812 relations from 1 file; used 790 (12 outside window, 10 self); 31 actors, 74 dyads"
std::string describe(const IngestStats &in, const Snapshot &s);

} // namespace entente::cli
