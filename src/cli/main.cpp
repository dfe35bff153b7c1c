// entente's driver: builds the subcommands, parses, and maps every failure to
// an exit code (0 ok, 1 failure, 2 usage) here and nowhere else.
#include "entente/cli/command.hpp"
#include "entente/core/error.hpp"
#include "entente/core/version.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/io/temp_registry.hpp"

#include <algorithm>
#include <cmath>
#include <iostream>

namespace entente::cli {

// --help and --version print and exit 0; any other parse error is a usage
// error (exit 2) in entente's own format, naming an unknown command as such
// (CLI11 would say "A subcommand is required" for `entente bogus`).
int parse_error(CLI::App &app, const CLI::ParseError &e, int argc, char **argv) {
  if (e.get_exit_code() == 0)
    return app.exit(e) == 0 ? static_cast<int>(ExitCode::ok) : static_cast<int>(ExitCode::usage);
  std::string message = e.what(), hint = "entente --help";
  if (argc > 1 && argv[1][0] != '-') {
    const std::string first = argv[1];
    if (find_command(app, first))
      hint = "entente " + first + " --help";
    else
      message = "unknown command '" + first + "'";
  }
  std::cerr << "entente: error: " << message << " (see '" << hint << "')\n";
  return static_cast<int>(ExitCode::usage);
}

} // namespace entente::cli

int main(int argc, char **argv) {
  using namespace entente;
  cli::keep_freed_memory();
  // A run that a signal ends leaves no temporary output files behind.
  install_cleanup_handlers();
  CLI::App app{"entente: who is aligning with whom. Coded events in, signed graphs, "
               "measures, pictures and comparisons out."};
  app.name("entente");
  app.require_subcommand(1);
  app.set_version_flag("--version", "entente " + std::string(version()));
  auto &list = cli::commands();
  std::stable_sort(list.begin(), list.end(),
                   [](const auto &a, const auto &b) { return a.order < b.order; });
  try {
    for (const auto &c : list)
      c.setup(app);
    app.parse(argc, argv);
    // The last check of every command: output that never reached stdout
    // (a full disk, /dev/full, a closed pipe) is a failure, not exit 0.
    finish_stdout();
    return static_cast<int>(ExitCode::ok);
  } catch (const CLI::ParseError &e) {
    return cli::parse_error(app, e, argc, argv);
  } catch (const Error &e) {
    std::cerr << "entente: error: " << e.what() << "\n";
    return static_cast<int>(e.exit_code());
  } catch (const std::exception &e) {
    std::cerr << "entente: error: " << e.what() << "\n";
    return static_cast<int>(ExitCode::failure);
  }
}
