// entente's news gold set format (datasets/gold/entente_news.tsv) and the
// organisation table (datasets/actors/organisations.tsv), both tab-separated.
// The input is split at a line "--next--" into the two.
#include "entente/core/organisation.hpp"
#include "entente/extract/evaluate.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  const auto parts = fuzz::split_parts(fuzz::as_text(data, size), "--next--\n", 2);
  const std::string gold =
      fuzz::write_scratch("news.tsv", parts.empty() ? std::string_view{} : parts[0]);
  fuzz::expect_errors([&] {
    for (const char *part : {"dev", "held-out"})
      (void)load_news_gold(gold, part).docs.size();
  });
  fuzz::expect_errors([&] {
    const auto t = OrganisationTable::parse(parts.size() > 1 ? parts[1] : std::string_view{}, "o");
    (void)t.longest_prefix("IGOUNOSEC");
    (void)t.region("EUR");
  });
  return 0;
}
