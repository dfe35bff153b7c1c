// Errors that stop a stage. Carries the exit code the CLI returns, so that
// mapping failures to exit codes happens in exactly one place (cli/main.cpp).
//
//   throw entente::Error::at("events.tsv", 12, "expected 58 columns, got 3");
//   // what(): "events.tsv:12: expected 58 columns, got 3", exit_code() == 1
//
// Bugs are asserts; bad records in big inputs are counted diagnostics
// (ingest/diagnostics.hpp); everything that cannot go on throws Error.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace entente {

enum class ExitCode : int { ok = 0, failure = 1, usage = 2 };

class Error : public std::runtime_error {
public:
  explicit Error(const std::string &message, ExitCode code = ExitCode::failure)
      : std::runtime_error(message), code_(code) {}

  // "file:line: message" (line 0 means the whole file).
  static Error at(const std::string &file, std::size_t line, const std::string &message) {
    return Error(line == 0 ? file + ": " + message
                           : file + ":" + std::to_string(line) + ": " + message);
  }
  static Error usage(const std::string &message) { return Error(message, ExitCode::usage); }

  ExitCode exit_code() const noexcept { return code_; }

private:
  ExitCode code_;
};

} // namespace entente
