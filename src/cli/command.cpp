#include "entente/cli/command.hpp"

#include <cmath>
#include <iostream>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace entente::cli {

std::vector<Command> &commands() {
  static std::vector<Command> list;
  return list;
}

std::optional<Date> optional_date(const std::string &value, const std::string &option) {
  if (value.empty())
    return std::nullopt;
  if (auto d = Date::try_parse(value))
    return d;
  throw Error::usage(option + ": invalid date '" + value + "' (expected YYYY-MM-DD)");
}

CLI::Validator finite_range(double lo, double hi) {
  return CLI::Validator(
      [lo, hi](std::string &text) -> std::string {
        double v = 0;
        if (!CLI::detail::lexical_cast(text, v) || !std::isfinite(v) || v < lo || v > hi)
          return "Value " + text + " not a number in [" + CLI::detail::to_string(lo) + " - " +
                 CLI::detail::to_string(hi) + "]";
        return {};
      },
      "NUMBER in [" + CLI::detail::to_string(lo) + " - " + CLI::detail::to_string(hi) + "]");
}

CLI::App *find_command(CLI::App &app, const std::string &name) {
  for (auto *sub : app.get_subcommands({}))
    if (sub->get_name() == name)
      return sub;
  return nullptr;
}

CLI::Option *add_quiet(CLI::App *cmd, bool &quiet) {
  return cmd->add_flag("-q,--quiet", quiet,
                       "No notes, summary or progress on stderr (errors and bad-row counts "
                       "are still reported)");
}

CLI::Option *add_output(CLI::App *cmd, std::string &output, const std::string &what) {
  return cmd->add_option("-o,--output", output, "Where to write " + what + " ('-' = stdout)")
      ->capture_default_str();
}

CLI::Option *add_top(CLI::App *cmd, std::size_t &top, const std::string &what) {
  return cmd->add_option("--top", top, "At most N " + what + ", largest first (0 = all)")
      ->capture_default_str();
}

void note(bool quiet, const std::string &message) {
  if (!quiet)
    std::cerr << "entente: " << message << "\n";
}

// Keeps freed memory for reuse instead of handing it back to the kernel:
// large buffers (read blocks, dyad tables, JSON text) are otherwise mapped
// fresh and page-faulted each time, and page faults are expensive on
// virtual machines (about 7% of a 5M-row snapshot run).
void keep_freed_memory() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
}

} // namespace entente::cli
