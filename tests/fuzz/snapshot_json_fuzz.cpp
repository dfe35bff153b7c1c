// Snapshot JSON as `render`, `metrics`, `diff` and `report` load it: parsed
// with the nesting limit, then checked field by field. An accepted snapshot
// must save to text that loads back to the same text.
#include "entente/graph/snapshot.hpp"
#include "entente/io/read_file.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  fuzz::expect_errors([&] {
    const auto j = parse_json(std::string(fuzz::as_text(data, size)), "fuzz.json");
    const Snapshot s = snapshot_from_json(j, "fuzz.json");
    const std::string text = snapshot_to_string(s);
    const Snapshot back = snapshot_from_json(parse_json(text, "again.json"), "again.json");
    if (snapshot_to_string(back) != text)
      __builtin_trap(); // a saved snapshot must load back byte for byte
  });
  return 0;
}
