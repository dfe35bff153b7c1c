// Drawing a snapshot: the graph is built through cgraph (so Graphviz escapes
// every name itself), written as DOT, or laid out and rendered in-process.
//
//   entente::PictureOptions opt;  opt.engine = "neato";
//   entente::render_snapshot(snapshot, "output/graph.svg", opt);  // by extension
//   std::string dot = entente::snapshot_dot(snapshot, opt);
#pragma once

#include "entente/graph/snapshot.hpp"

#include <string>

namespace entente {

struct PictureOptions {
  std::string engine;    // empty: neato up to 150 actors, sfdp beyond
  std::string title;     // empty: derived from the window
  std::size_t top_n = 0; // keep the N strongest actors (0 = all)
  double min_weight = 0; // drop dyads with |net| below this
};

// Output formats by file extension.
enum class PictureFormat { dot, svg, png, pdf };
PictureFormat picture_format_for(const std::string &path); // throws Error::usage
std::string_view to_string(PictureFormat f);

std::string snapshot_dot(const Snapshot &s, const PictureOptions &options);
// Bytes of the picture in `format` (DOT text for dot).
std::string render_snapshot_bytes(const Snapshot &s, PictureFormat format,
                                  const PictureOptions &options);
// Writes atomically; the format comes from the extension; "-" needs dot.
void render_snapshot(const Snapshot &s, const std::string &path, const PictureOptions &options);

} // namespace entente
