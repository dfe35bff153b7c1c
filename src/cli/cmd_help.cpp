// entente help [COMMAND]
// The help of entente, or of one command: `entente help render` is
// `entente render --help`, as in git and cargo.
#include "entente/cli/command.hpp"

#include <iostream>

namespace entente::cli {
namespace {

void run(CLI::App &app, const std::string &name) {
  if (name.empty()) {
    // app.help() would explain the selected subcommand: this one.
    std::cout << app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
    return;
  }
  if (const auto *sub = find_command(app, name); sub && name != "help") {
    std::cout << sub->help(app.get_name());
    return;
  }
  throw Error::usage("unknown command '" + name + "'");
}

void setup(CLI::App &app) {
  auto name = std::make_shared<std::string>();
  auto *cmd = app.add_subcommand("help", "Show the help of entente or of one command");
  cmd->add_option("command", *name, "The command to explain (default: all of them)");
  cmd->callback([&app, name] { run(app, *name); });
}

const Registrar registrar{"help", 90, setup};

} // namespace
} // namespace entente::cli
