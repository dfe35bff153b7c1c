// The delimited event readers (GDELT 1.0/2.0, ICEWS, CSV/TSV edge lists) on
// both paths: the relation stream (read_inputs, as `load` uses it) and the
// fast snapshot fold (as `snapshot` uses it). The first byte picks the
// format (automatic detection included), the level and --strict; the rest
// is the file, written to a scratch file because the readers take paths.
#include "entente/ingest/event_fold.hpp"
#include "entente/ingest/inputs.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  if (size == 0)
    return 0;
  static const InputFormat formats[] = {InputFormat::automatic, InputFormat::gdelt1,
                                        InputFormat::gdelt2,    InputFormat::icews,
                                        InputFormat::edges,     InputFormat::automatic};
  static const char *names[] = {"events.tsv", "a.export.CSV", "b.export.CSV",
                                "events.tab", "edges.csv",    "edges.tsv"};
  const unsigned pick = data[0] % 6;
  InputOptions options;
  options.format = formats[pick];
  options.level = (data[0] & 0x10) ? Level::actor : Level::country;
  options.strict = (data[0] & 0x20) != 0;
  options.threads = 1;
  const auto path = fuzz::write_scratch(names[pick], fuzz::as_text(data + 1, size - 1));
  std::size_t relations = 0;
  fuzz::expect_errors([&] {
    const auto stats = read_inputs({path}, options, [&](Relation &&) { ++relations; });
    (void)ingest_report(stats);
  });
  fuzz::expect_errors([&] {
    const std::vector<Window> windows = {
        {}, {Date::from_civil(2000, 1, 1), Date::from_civil(2020, 12, 31)}};
    const auto fold = fold_snapshots({path}, options, windows);
    (void)snapshot_to_string(fold.snapshots.front());
  });
  return 0;
}
