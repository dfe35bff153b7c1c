// The coder's dictionary files. The input is split at lines "--next--" into
// grammar.tsv, actors.tsv, agents.tsv, verbs.tsv, patterns.tsv, leaders.tsv
// and actors.organisations.tsv (missing parts are empty files), loaded as a
// dictionary folder.
#include "entente/extract/dictionary.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  using namespace entente;
  static const char *files[] = {"grammar.tsv",
                                "actors.tsv",
                                "agents.tsv",
                                "verbs.tsv",
                                "patterns.tsv",
                                "leaders.tsv",
                                "actors.organisations.tsv"};
  constexpr std::size_t count = sizeof files / sizeof files[0];
  const auto dir = fuzz::scratch() / "dictionaries";
  std::filesystem::create_directories(dir);
  const auto parts = fuzz::split_parts(fuzz::as_text(data, size), "--next--\n", count);
  for (std::size_t i = 0; i < count; ++i)
    fuzz::write_scratch("dictionaries/" + std::string(files[i]),
                        i < parts.size() ? parts[i] : std::string_view{});
  fuzz::expect_errors([&] {
    const auto d = Dictionaries::load(dir);
    (void)d.lemma("accusing");
    (void)d.pattern_count();
    (void)d.leaders().size();
  });
  return 0;
}
