// Main-job part, last: output/report.html from what the other parts
// measured and drew, handed over in memory (RunContext::results): every
// snapshot in name order, then the compared pair with its diff, then the
// timelines.
#include "entente/io/atomic_file.hpp"
#include "entente/pipeline/run_jobs.hpp"
#include "entente/render/snapshot_report.hpp"

#include <algorithm>

namespace entente {

using detail::files_with_extension;
using detail::RunContext;

void detail::run_report(RunContext &c) {
  auto &r = c.results;
  std::vector<NamedSnapshot> all = std::move(r.snapshots);
  std::stable_sort(all.begin(), all.end(),
                   [](const auto &x, const auto &y) { return x.name < y.name; });
  std::vector<std::pair<std::size_t, std::size_t>> compare;
  for (std::size_t i = 0; i + 1 < r.compared.size(); i += 2)
    compare.emplace_back(all.size() + i, all.size() + i + 1);
  for (auto &s : r.compared)
    all.push_back(std::move(s));
  write_file_atomic(c.output / "report.html",
                    report_html(snapshots_report(all, "entente report", compare, r.charts)));
  c.note("report: " + std::to_string(all.size()) + " snapshots -> " +
         (c.output / "report.html").string());
}

} // namespace entente
