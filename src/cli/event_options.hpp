// The input options `snapshot` and `load` share: format, weight, row filters,
// the fold policy of groups and regions, --strict and progress, declared once for CLI11 and turned
// into InputOptions.
//
//   auto o = std::make_shared<EventOptions>();  add_event_options(cmd, *o);
//   InputOptions in = o->to_input_options(quiet);
#pragma once

#include "entente/ingest/inputs.hpp"

#include <CLI/CLI.hpp>
#include <string>

namespace entente::cli {

struct EventOptions {
  std::string format = "auto", weight = "mentions", roots, quads, countries, groups = "fold";
  bool root_only = false, strict = false, regions = false;
  int threads = 2;
  InputOptions to_input_options(bool quiet) const;
};

void add_event_options(CLI::App *cmd, EventOptions &o);

// Bad-row account on stderr (even with --quiet: bad rows never vanish);
// throws Error (exit 1) when rows were read and every one of them was bad.
void report_bad_rows(const IngestStats &stats);
// The account alone.
void report_bad_row_lines(const IngestStats &stats);

} // namespace entente::cli
