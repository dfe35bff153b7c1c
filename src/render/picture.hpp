// Drawing a snapshot: the graph is built through cgraph (so Graphviz escapes
// every name itself), written as DOT, or laid out and rendered in-process.
//
//   entente::PictureOptions opt;
//   opt.bloc = {{"USA", 0}, {"GBR", 0}, {"CHN", 1}};   // node colours
//   entente::render_snapshot(snapshot, "output/graph.svg", opt);  // by extension
//   std::string dot = entente::snapshot_dot(snapshot, opt);
#pragma once

#include "entente/graph/snapshot.hpp"

#include <map>
#include <string>

namespace entente {

struct PictureOptions {
  std::string engine;                       // empty: neato up to 150 actors, sfdp beyond
  std::string title;                        // empty: derived from the window
  std::size_t top_n = 0;                    // keep the N strongest actors (0 = all)
  double min_weight = 0;                    // drop dyads with |net| below this
  std::map<std::string, int> bloc;          // actor -> bloc id (0-based) for colours
  std::map<std::string, double> centrality; // actor -> size measure (default: strength)
  bool clusters = false;                    // a box around each bloc (fdp/dot engines)
  bool legend = true;
  // Fixed node positions in points ("x,y"), e.g. from layout_positions(),
  // so that several pictures share one layout.
  std::map<std::string, std::string> positions;
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

// Lays the snapshot out and returns each drawn actor's position ("x,y" in
// points), to pin in later pictures.
std::map<std::string, std::string> layout_positions(const Snapshot &s,
                                                    const PictureOptions &options);

namespace detail {
std::string default_engine(std::size_t actors);
// Graphviz reads labels as escString (\N, \n, \l are escapes), so a name is
// drawn literally only with its backslashes doubled.
std::string literal_label(const std::string &name);
std::string window_title(const Snapshot &s);
} // namespace detail

} // namespace entente
