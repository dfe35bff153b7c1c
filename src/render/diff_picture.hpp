// Pictures of what changed between two snapshots: one image whose edges
// are styled by change (new, vanished, flipped, stronger, weaker), and the
// two snapshots drawn with the same node positions so the eye can compare.
//
//   auto layout = entente::shared_layout(before, after, {});
//   entente::render_diff(before, after, "output/diff.svg", layout);
//   entente::render_snapshot(before, "output/a.svg", layout.options);
#pragma once

#include "entente/graph/snapshot.hpp"
#include "entente/render/picture.hpp"

#include <string>

namespace entente {

enum class EdgeChange { unchanged, added, removed, flipped, stronger, weaker };
std::string_view to_string(EdgeChange c);
// How the dyad's net went from `before` to `after` (0 = absent).
EdgeChange classify_change(bool in_a, bool in_b, double before, double after);

struct SharedLayout {
  PictureOptions options; // positions filled for every actor of either snapshot
};

// Lays out the union of both snapshots once.
SharedLayout shared_layout(const Snapshot &a, const Snapshot &b, const PictureOptions &base);

std::string diff_dot(const Snapshot &a, const Snapshot &b, const SharedLayout &layout);
std::string render_diff_bytes(const Snapshot &a, const Snapshot &b, PictureFormat format,
                              const SharedLayout &layout);
void render_diff(const Snapshot &a, const Snapshot &b, const std::string &path,
                 const SharedLayout &layout);

} // namespace entente
