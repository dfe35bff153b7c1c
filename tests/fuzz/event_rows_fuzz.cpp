// The delimited event readers (GDELT 1.0/2.0, ICEWS, CSV/TSV edge lists) on
// both paths: the relation stream (read_inputs, as `load` uses it) and the
// fold of rows (as `snapshot` uses it), and checks that the two give the
// same snapshot bytes and fold counts (issue 16: one fold, the same answer
// by every path). The first byte picks the format (automatic detection
// included), the level and --strict; the rest is the file, written to a
// scratch file because the readers take paths.
#include "entente/ingest/event_fold.hpp"
#include "entente/ingest/inputs.hpp"
#include "fuzz_support.hpp"

#include <cmath>

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
  const std::vector<Window> windows = {
      {}, {Date::from_civil(2000, 1, 1), Date::from_civil(2020, 12, 31)}};
  std::vector<SnapshotBuilder> builders;
  for (const auto &w : windows)
    builders.emplace_back(SnapshotOptions{w, options.level, options.groups, options.regions});
  bool relations_read = false, exact = true;
  fuzz::expect_errors([&] {
    const auto stats = read_inputs({path}, options, [&](Relation &&r) {
      // Relations carry doubles: past 2^53 micro units a weight no longer
      // round-trips, and the two paths may differ in the last unit.
      exact = exact && std::fabs(r.weight) < 9e9;
      for (auto &b : builders)
        b.add(r);
    });
    (void)ingest_report(stats);
    relations_read = true;
  });
  fuzz::expect_errors([&] {
    const auto fold = fold_snapshots({path}, options, windows);
    if (!relations_read || !exact)
      return;
    for (std::size_t i = 0; i < windows.size(); ++i) {
      const Snapshot s = std::move(builders[i]).finish({path});
      if (snapshot_to_string(s) != snapshot_to_string(fold.snapshots[i]) ||
          !(s.fold == fold.snapshots[i].fold))
        __builtin_trap(); // the relation path and the row path disagree
    }
  });
  return 0;
}
