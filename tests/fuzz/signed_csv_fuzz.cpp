// Signed edge-list CSVs (R signnet's layout): an edges file and an optional
// vertices file. The input carries both, split at a line "--vertices--".
#include "entente/ingest/signed_csv.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  const auto parts = fuzz::split_parts(fuzz::as_text(data, size), "--vertices--\n", 2);
  const auto edges = fuzz::write_scratch("x_edges.csv", parts[0]);
  std::string vertices;
  if (parts.size() > 1)
    vertices = fuzz::write_scratch("x_vertices.csv", parts[1]);
  else
    std::filesystem::remove(fuzz::scratch() / "x_vertices.csv");
  fuzz::expect_errors([&] {
    const Snapshot s = load_signed_csv(edges, vertices);
    (void)snapshot_to_string(s);
  });
  fuzz::expect_errors([&] { (void)load_graph_input(edges); });
  return 0;
}
