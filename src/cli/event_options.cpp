#include "entente/cli/event_options.hpp"
#include "entente/pipeline/flow.hpp"

#include "entente/core/error.hpp"

#include <iostream>
#include <unistd.h>

namespace entente::cli {

InputOptions EventOptions::to_input_options(bool quiet) const {
  InputOptions in;
  in.format = parse_input_format(format);
  in.weight = parse_weight_field(weight);
  if (!roots.empty())
    in.filter.roots = parse_roots(roots);
  if (!quads.empty())
    in.filter.quads = parse_quads(quads);
  if (!countries.empty())
    in.filter.countries = parse_country_list(countries);
  in.filter.root_only = root_only;
  in.groups = parse_groups(groups);
  in.regions = regions;
  in.strict = strict;
  in.threads = threads;
  in.progress = !quiet && ::isatty(2) == 1;
  return in;
}

void add_event_options(CLI::App *cmd, EventOptions &o) {
  cmd->add_option("--format", o.format,
                  "Input format: auto (detect per file), relations, gdelt1, gdelt2, icews, edges")
      ->capture_default_str();
  cmd->add_option("--weight", o.weight, "GDELT count used as event weight")
      ->check(CLI::IsMember({"mentions", "sources", "articles", "events"}))
      ->capture_default_str();
  cmd->add_option("--roots", o.roots, "Keep only these CAMEO roots (e.g. 14,17-20)");
  cmd->add_option("--quads", o.quads, "Keep only these quad classes (e.g. 3,4)");
  cmd->add_option("--countries", o.countries,
                  "Keep only events between these countries (CAMEO codes, any case: USA,RUS,CHN)");
  cmd->add_flag("--root-only", o.root_only, "GDELT: keep only rows with IsRootEvent = 1");
  cmd->add_option("--groups", o.groups,
                  "Armed and political groups (Hamas, the Taliban) at country level: fold into "
                  "their country, or keep as nodes of their own")
      ->check(CLI::IsMember({"fold", "keep"}))
      ->capture_default_str();
  cmd->add_flag("--regions", o.regions,
                "Keep region actors (Europe, the West, Africa) as nodes; by default they are "
                "left out");
  cmd->add_flag("--strict", o.strict, "Stop with an error (exit 1) at the first bad row");
  cmd->add_option("--threads", o.threads, "Threads for large plain files (1 or 2)")
      ->check(CLI::Range(1, 2))
      ->capture_default_str();
}

void report_bad_rows(const IngestStats &stats) {
  report_bad_row_lines(stats);
  // Every row bad is a failure: exit 1 with the counts, after the account.
  check_rows_usable(stats);
}

void report_bad_row_lines(const IngestStats &stats) {
  for (const auto &line : bad_row_warnings(stats))
    std::cerr << "entente: " << line << "\n";
}

} // namespace entente::cli
