// Snapshot JSON as `render`, `metrics`, `diff` and `report` load it: parsed
// with the nesting limit, then checked field by field (the inputs are in
// effect hand-edited snapshots). An accepted snapshot must save to text
// that loads back to the same text, and the streamed reader (load_snapshot,
// which never holds the file as text or DOM) must accept and refuse exactly
// what the DOM reader does, with the same result.
#include "entente/graph/snapshot.hpp"
#include "entente/io/read_file.hpp"
#include "fuzz_support.hpp"

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  const std::string input(fuzz::as_text(data, size));
  std::optional<std::string> from_dom, streamed;
  fuzz::expect_errors([&] {
    const auto j = parse_json(input, "fuzz.json");
    const Snapshot s = snapshot_from_json(j, "fuzz.json");
    const std::string text = snapshot_to_string(s);
    const Snapshot back = snapshot_from_json(parse_json(text, "again.json"), "again.json");
    if (snapshot_to_string(back) != text)
      __builtin_trap(); // a saved snapshot must load back byte for byte
    from_dom = text;
  });
  fuzz::expect_errors([&] {
    streamed = snapshot_to_string(load_snapshot(fuzz::write_scratch("snapshot.json", input)));
  });
  if (from_dom != streamed)
    __builtin_trap(); // the two readers disagree
  return 0;
}
