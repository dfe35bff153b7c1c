// Main-job part, last: output/report.html from the snapshots the other
// parts wrote into output/ (and the comparison in output/compare/).
#include "entente/cli/command.hpp"
#include "entente/cli/run_jobs.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/io/read_file.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/render/snapshot_report.hpp"

#include <filesystem>

namespace fs = std::filesystem;

namespace entente::cli {
namespace {

bool is_snapshot(const fs::path &p) {
  const auto text = read_text(p.string());
  return text.find("\"entente-snapshot\"") != std::string::npos;
}

void run(const RunContext &c) {
  std::vector<NamedSnapshot> all;
  for (const auto &p : files_with_extension(c.output, ".json"))
    if (is_snapshot(p))
      all.push_back({p.stem().string(), load_snapshot(p.string())});
  std::vector<std::pair<std::size_t, std::size_t>> compare;
  for (const char *half : {"2011-08-first-half", "2011-08-second-half"}) {
    const auto p = c.output / "compare" / (std::string(half) + ".json");
    if (fs::exists(p))
      all.push_back({half, load_snapshot(p.string())});
  }
  if (all.size() >= 2 && all[all.size() - 2].name == "2011-08-first-half")
    compare.emplace_back(all.size() - 2, all.size() - 1);
  for (auto &[name, s] : all)
    if (!s.metrics.contains("balance"))
      s.metrics = compute_metrics(s);
  std::vector<std::pair<std::string, std::string>> charts;
  for (const auto &p : files_with_extension(c.output, ".svg"))
    if (p.stem().string().find("timeline") != std::string::npos)
      charts.emplace_back("Timeline: " + p.stem().string(), read_text(p.string()));
  write_file_atomic(c.output / "report.html",
                    report_html(snapshots_report(all, "entente report", compare, charts)));
  note(c.quiet, "report: " + std::to_string(all.size()) + " snapshots -> " +
                    (c.output / "report.html").string());
}

const RunJobRegistrar registrar{"report", 100, run};

} // namespace
} // namespace entente::cli
