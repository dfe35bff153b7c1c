// Pictures of what changed between two snapshots: one image whose edges are
// styled by change (new, vanished, flipped, stronger, weaker), drawn as a
// backbone of the changes (the same methods as plan_snapshot, on |change|),
// and a layout shared by both snapshots so the eye can compare them.
//
//   entente::PictureOptions o;
//   o.positions = entente::shared_layout(before, after, o);        // one layout
//   entente::write_pictures(entente::plan_diff(before, after, o), {"diff.svg", "diff.png"});
//   auto a = entente::styled_picture(before);
//   a.positions = o.positions;                                     // same places
//   entente::write_pictures(entente::plan_snapshot(before, a), {"before.svg"});
#pragma once

#include "entente/graph/snapshot.hpp"
#include "entente/render/picture.hpp"

#include <string>

namespace entente {

enum class EdgeChange { unchanged, added, removed, flipped, stronger, weaker };
std::string_view to_string(EdgeChange c);
// How the dyad's net went from `before` to `after` (0 = absent).
EdgeChange classify_change(bool in_a, bool in_b, double before, double after);

// Lays out, once, every actor that the pictures of `a`, of `b` (with their
// stored blocs and sizes) and of their diff draw under `base`'s backbone and
// budget. Throws Error when the snapshots are of different levels.
Positions shared_layout(const Snapshot &a, const Snapshot &b, const PictureOptions &base);

// The diff picture. o.backbone picks the changed dyads to draw (on |change|,
// increases and decreases filtered apart), o.positions pins the actors.
DrawPlan plan_diff(const Snapshot &a, const Snapshot &b, const PictureOptions &o);

std::string diff_dot(const Snapshot &a, const Snapshot &b, const PictureOptions &o);
std::string render_diff_bytes(const Snapshot &a, const Snapshot &b, PictureFormat format,
                              const PictureOptions &o);

} // namespace entente
