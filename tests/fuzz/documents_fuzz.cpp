// What `extract` reads before coding: documents JSON Lines and the date
// found near the top of a plain-text article.
#include "entente/extract/documents.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  const auto text = fuzz::as_text(data, size);
  (void)find_date(text);
  fuzz::expect_errors([&] { (void)parse_documents_jsonl(text, "fuzz.jsonl", std::nullopt); });
  fuzz::expect_errors(
      [&] { (void)parse_documents_jsonl(text, "fuzz.jsonl", Date::from_civil(2020, 5, 9)); });
  return 0;
}
