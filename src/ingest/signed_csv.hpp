// Reader for signed edge-list CSVs (the layout of R signnet's exports, e.g.
// the Highland tribes and the Correlates of War windows in datasets/signed/):
// an edges file with header "from","to","from_id","to_id","sign" (sign +1 or
// -1) and an optional vertices file "id","name" that also lists isolated
// actors. Each edge becomes one dyad with one event of Goldstein value
// `sign` and weight 1, so its net score is the sign.
//
//   entente::Snapshot s = entente::load_signed_csv(
//       "datasets/signed/tribes_edges.csv", "datasets/signed/tribes_vertices.csv");
//   s.graph.dyad("Gama", "Gavev")->sign();   // +1
#pragma once

#include "entente/graph/snapshot.hpp"

#include <string>

namespace entente {

// Throws Error("file:line: ...") for a bad header, a wrong field count, a
// sign other than +1/-1, a self-loop, a dyad listed twice or an edge whose
// ids disagree with the vertices file. `vertices` may be empty.
Snapshot load_signed_csv(const std::string &edges, const std::string &vertices = "");

// A snapshot JSON, or a signed edges CSV (".csv", with its vertices file
// beside it when there is one): what `entente metrics` and friends accept.
Snapshot load_graph_input(const std::string &path);

// The vertices file beside an edges file ("x_edges.csv" -> "x_vertices.csv"),
// or "" when there is none.
std::string vertices_beside(const std::string &edges);

} // namespace entente
