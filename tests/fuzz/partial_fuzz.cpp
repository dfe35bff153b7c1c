// Partial files (issue 19), as `entente merge` reads them. Whatever is
// accepted must finish into snapshots without a crash, and write back to a
// partial that reads again and finishes into the same snapshots (the
// format's round-trip promise); anything else must be an entente::Error.
#include "entente/graph/partial.hpp"
#include "entente/graph/snapshot.hpp"
#include "fuzz_support.hpp"

#include <sstream>

namespace {

std::string finished(entente::Partial &p) {
  std::string out;
  for (const auto &s : entente::finish_folds(p.parts, p.sources))
    out += entente::snapshot_to_string(s);
  return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  const auto text = fuzz::as_text(data, size);
  std::optional<Partial> read;
  fuzz::expect_errors([&] {
    std::istringstream in{std::string(text)};
    read = read_partial(in, "fuzz.partial");
  });
  if (!read)
    return 0;
  std::string first;
  fuzz::expect_errors([&] { first = finished(*read); }); // e.g. more windows than allowed
  std::ostringstream out;
  write_partial(out, read->parts, read->sources, read->meta);
  std::istringstream again(out.str());
  Partial back = read_partial(again, "again.partial");
  std::string second;
  fuzz::expect_errors([&] { second = finished(back); });
  if (first != second)
    __builtin_trap(); // a partial written back must finish into the same snapshots
  return 0;
}
