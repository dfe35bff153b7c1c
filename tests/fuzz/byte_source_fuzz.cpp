// Where bytes come from: plain, gzip (zlib) or zip (libzip) inputs, chosen
// by their first bytes. Truncated or corrupt archives must end in Error,
// never a crash or an endless loop. libzip and zlib read from paths, so the
// input goes to a scratch file first.
#include "entente/ingest/byte_source.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  const auto path = fuzz::write_scratch("input.bin", fuzz::as_text(data, size));
  fuzz::expect_errors([&] {
    for (auto &source : open_sources(path)) {
      PeekedSource peeked(*source);
      (void)peeked.head();
      char buf[4096];
      std::size_t total = 0;
      while (const std::size_t n = peeked.read(buf, sizeof buf)) {
        total += n;
        if (total > (std::size_t{64} << 20))
          break; // a zip bomb is not what we are looking for here
      }
      (void)source->position();
    }
  });
  return 0;
}
