// Relations JSON Lines, as `snapshot` and `load` read it. Whatever is
// accepted must write back and read again to the same text (the format's
// round-trip promise).
#include "entente/io/relations_jsonl.hpp"
#include "fuzz_support.hpp"

#include <sstream>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  const auto text = fuzz::as_text(data, size);
  (void)looks_like_relations_jsonl(text);
  std::vector<Relation> read;
  fuzz::expect_errors([&] {
    std::istringstream in{std::string(text)};
    read_relations_jsonl(in, "fuzz.jsonl", [&](Relation &&r) { read.push_back(std::move(r)); });
  });
  std::ostringstream first;
  RelationsWriter w(first);
  for (const auto &r : read)
    w.write(r);
  std::istringstream again(first.str());
  std::ostringstream second;
  RelationsWriter w2(second);
  read_relations_jsonl(again, "again.jsonl", [&](Relation &&r) { w2.write(r); });
  if (first.str() != second.str())
    __builtin_trap(); // written relations must read back unchanged
  return 0;
}
