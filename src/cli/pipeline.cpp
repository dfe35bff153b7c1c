#include "entente/cli/pipeline.hpp"

namespace entente::cli {

Snapshot snapshot_from_inputs(const std::vector<std::string> &paths, const InputOptions &input,
                              const SnapshotOptions &options, IngestStats *stats) {
  SnapshotBuilder builder(options);
  IngestStats in = read_inputs(paths, input, [&](Relation &&r) { builder.add(r); });
  if (stats)
    *stats = in;
  return std::move(builder).finish(paths);
}

std::string describe(const IngestStats &in, const Snapshot &s) {
  std::string text = "read " + std::to_string(in.relations) + " relations from " +
                     std::to_string(in.files) + (in.files == 1 ? " file" : " files");
  for (const auto &[kind, n] : in.skipped)
    text += ", skipped " + std::to_string(n) + " (" + kind + ")";
  text += "; used " + std::to_string(s.fold.used) + " (" + std::to_string(s.fold.outside_window) +
          " outside window, " + std::to_string(s.fold.self) + " self); " +
          std::to_string(s.graph.actor_count()) + " actors, " +
          std::to_string(s.graph.dyad_count()) + " dyads";
  return text;
}

} // namespace entente::cli
