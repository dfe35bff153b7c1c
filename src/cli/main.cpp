// entente's driver: builds the subcommands, parses, and maps every failure to
// an exit code (0 ok, 1 failure, 2 usage) here and nowhere else.
#include "entente/cli/command.hpp"
#include "entente/core/error.hpp"

#include <algorithm>
#include <iostream>

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

void note(bool quiet, const std::string &message) {
  if (!quiet)
    std::cerr << "entente: " << message << "\n";
}

} // namespace entente::cli

int main(int argc, char **argv) {
  using namespace entente;
  CLI::App app{"entente: who is aligning with whom. Coded events in, signed graphs, "
               "measures, pictures and comparisons out."};
  app.name("entente");
  app.require_subcommand(1);
  app.set_version_flag("--version", "entente 0.1.0");
  auto &list = cli::commands();
  std::stable_sort(list.begin(), list.end(),
                   [](const auto &a, const auto &b) { return a.order < b.order; });
  try {
    for (const auto &c : list)
      c.setup(app);
    app.parse(argc, argv);
    return static_cast<int>(ExitCode::ok);
  } catch (const CLI::ParseError &e) {
    return app.exit(e) == 0 ? static_cast<int>(ExitCode::ok) : static_cast<int>(ExitCode::usage);
  } catch (const Error &e) {
    std::cerr << "entente: error: " << e.what() << "\n";
    return static_cast<int>(e.exit_code());
  } catch (const std::exception &e) {
    std::cerr << "entente: error: " << e.what() << "\n";
    return static_cast<int>(ExitCode::failure);
  }
}
