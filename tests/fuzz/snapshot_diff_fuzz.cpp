// `entente diff` on two hand-edited snapshots: the input is both files, cut
// at the first "\n@@\n". Both are loaded and checked, then compared with
// their stored measures (alignment matrices, blocs, PageRank), which a hand
// edit may have cut short or retyped: refused as entente::Error naming the
// key, never read out of bounds (a short matrix made diff segfault).
#include "entente/compare/diff_text.hpp"
#include "entente/compare/snapshot_diff.hpp"
#include "entente/io/read_file.hpp"
#include "fuzz_support.hpp"

#include <nlohmann/json.hpp>

namespace {

bool has_measures(const entente::Snapshot &s) {
  const auto &m = s.metrics;
  return m.balance && m.blocs && m.centrality && (m.alignment || m.alignment_omitted);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  fuzz::expect_errors([&] {
    const std::string_view input = fuzz::as_text(data, size);
    const auto cut = input.find("\n@@\n");
    if (cut == std::string_view::npos)
      return;
    const auto ja = parse_json(std::string(input.substr(0, cut)), "a.json");
    const auto jb = parse_json(std::string(input.substr(cut + 4)), "b.json");
    check_comparable(ja, "a.json", jb, "b.json");
    const Snapshot a = snapshot_from_json(ja, "a.json"), b = snapshot_from_json(jb, "b.json");
    DiffOptions o;
    o.top = 3;
    // Measures are computed when missing; that runs CBC and the rest on
    // every input, so such pairs are compared by their dyads only.
    o.edges_only = !has_measures(a) || !has_measures(b);
    const SnapshotDiff d = diff_snapshots(a, b, o);
    const std::string json = nlohmann::json(d).dump();
    const std::string text = diff_text(a, b, d, TextStyle::markdown);
    if (json.empty() || text.empty())
      __builtin_trap();
  });
  return 0;
}
