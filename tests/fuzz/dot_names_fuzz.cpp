// Actor names through DOT and back: any name entente accepts (actor_problem
// is empty) must come back from Graphviz's own reader as the same node, and
// a picture with it must be written without error. Regression target for
// names Graphviz could write but not read ("A\\"B", a final backslash).
#include "entente/core/actor.hpp"
#include "entente/render/graphviz.hpp"
#include "entente/render/picture.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  const std::string name(fuzz::as_text(data, size));
  if (!actor_problem(name).empty())
    return 0;
  fuzz::expect_errors([&] {
    Snapshot s;
    s.graph.add_stats(name, name == "FRA" ? "USA" : "FRA", {});
    s.graph = s.graph.canonical();
    const std::string dot =
        snapshot_dot(s, PictureOptions{.backbone = {.method = BackboneMethod::all}});
    auto lock = graphviz_lock();
    const CGraph g = CGraph::parse_dot(dot);
    std::vector<char> copy(name.begin(), name.end());
    copy.push_back('\0');
    if (!agnode(g.get(), copy.data(), 0))
      __builtin_trap(); // written but not read back as the same node
  });
  return 0;
}
