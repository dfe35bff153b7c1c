// Subcommand registry: each cmd_*.cpp registers itself with a static
// Registrar, so adding a subcommand means adding one file and nothing else.
//
//   namespace { void setup(CLI::App& app) { ... } const Registrar r{"snapshot", 20, setup}; }
#pragma once

#include "entente/core/date.hpp"
#include "entente/core/error.hpp"

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace entente::cli {

struct Command {
  std::string name;
  int order; // position in `entente --help`
  std::function<void(CLI::App &)> setup;
};

std::vector<Command> &commands();

struct Registrar {
  Registrar(std::string name, int order, std::function<void(CLI::App &)> setup) {
    commands().push_back({std::move(name), order, std::move(setup)});
  }
};

// Checks an ISO date option and converts it ("" stays empty).
std::optional<Date> optional_date(const std::string &value, const std::string &option);

// A number in [lo, hi]; unlike CLI::Range it refuses NaN (NaN fails no
// comparison, so a NaN threshold would make every check pass).
CLI::Validator finite_range(double lo, double hi);

// The subcommand called `name`, or nullptr (CLI11 2.3 throws instead).
CLI::App *find_command(CLI::App &app, const std::string &name);

// The options every command spells and explains the same way (issue 18):
// -q/--quiet silences notes, summaries and progress (errors and bad-row
// accounts still go to stderr); -o/--output is where the command's result
// goes ('-' = stdout); --top N keeps the N largest entries of each list.
CLI::Option *add_quiet(CLI::App *cmd, bool &quiet);
CLI::Option *add_output(CLI::App *cmd, std::string &output, const std::string &what);
CLI::Option *add_top(CLI::App *cmd, std::size_t &top, const std::string &what);
// --top 0 (all) as a limit.
inline std::size_t top_or_all(std::size_t top) { return top ? top : static_cast<std::size_t>(-1); }

// Keeps freed memory for reuse instead of handing it back to the kernel
// (both programs call it first): large buffers are otherwise mapped fresh
// and page-faulted each time, which is expensive on virtual machines.
void keep_freed_memory();

// "entente: note" lines on stderr unless --quiet.
void note(bool quiet, const std::string &message);

} // namespace entente::cli
