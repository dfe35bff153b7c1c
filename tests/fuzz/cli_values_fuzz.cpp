// Command-line values: periods ("month", "30d"), half-lives ("30d", "6w"),
// CAMEO root and quad lists ("14,17-20"), country lists, input formats,
// weights and levels. Each either parses or throws Error::usage.
#include "entente/core/actor.hpp"
#include "entente/graph/series.hpp"
#include "entente/ingest/inputs.hpp"
#include "entente/metrics/dyads.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  const auto text = fuzz::as_text(data, size);
  fuzz::expect_errors([&] {
    const Period p = parse_period(text);
    if (p.unit == Period::Unit::days && p.days <= 0)
      __builtin_trap(); // a period of no days would loop forever
  });
  fuzz::expect_errors([&] {
    const double h = parse_half_life(std::string(text));
    if (!(h > 0) || h != h)
      __builtin_trap(); // the decay divides by it
  });
  fuzz::expect_errors([&] { (void)parse_roots(text); });
  fuzz::expect_errors([&] { (void)parse_quads(text); });
  fuzz::expect_errors([&] { (void)parse_country_list(text); });
  fuzz::expect_errors([&] { (void)parse_input_format(text); });
  fuzz::expect_errors([&] { (void)parse_weight_field(text); });
  fuzz::expect_errors([&] { (void)parse_level(text); });
  return 0;
}
