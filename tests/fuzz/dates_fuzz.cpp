// Dates as users and datasets write them: ISO "YYYY-MM-DD" (options, JSON),
// GDELT's YYYYMMDD numbers. What parses must print back the same way.
#include "entente/core/date.hpp"
#include "fuzz_support.hpp"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  const auto text = fuzz::as_text(data, size);
  if (const auto d = Date::try_parse(text)) {
    if (Date::try_parse(d->to_string()) != d || Date::from_yyyymmdd(d->yyyymmdd()) != d)
      __builtin_trap(); // a parsed date must survive printing
  }
  fuzz::expect_errors([&] { (void)Date::parse(text); });
  if (size >= sizeof(std::int64_t)) {
    std::int64_t number;
    std::memcpy(&number, data, sizeof number);
    if (const auto d = Date::from_yyyymmdd(number))
      if (d->yyyymmdd() != number)
        __builtin_trap();
  }
  return 0;
}
