#include "entente/pipeline/balance_series.hpp"

#include "entente/core/error.hpp"
#include "entente/core/relation.hpp"
#include "entente/ingest/signed_csv.hpp"
#include "entente/metrics/balance.hpp"
#include "entente/pipeline/run_jobs.hpp"

#include <chrono>
#include <cstdio>
#include <regex>

namespace entente {
namespace {

std::string window_label(const std::string &stem) {
  static const std::regex cow(R"(cow_(\d\d)-(\d\d)_edges)");
  std::smatch m;
  if (std::regex_match(stem, m, cow))
    return "19" + m[1].str() + "-19" + m[2].str();
  return stem;
}

} // namespace

std::vector<SeriesRow> balance_series(const std::filesystem::path &dir) {
  std::vector<SeriesRow> rows;
  for (const auto &file : detail::files_with_extension(dir, ".csv")) {
    const auto stem = file.stem().string();
    if (!stem.ends_with("_edges"))
      continue;
    const auto s = load_signed_csv(file.string(), vertices_beside(file.string()));
    const auto net = detail::SignedNet::from(s.graph);
    SeriesRow r;
    r.window = window_label(stem);
    r.actors = net.size();
    r.edges = net.edges.size();
    for (const auto &e : net.edges)
      ++(e.w > 0 ? r.positive : r.negative);
    const auto t = triangle_census(net);
    r.triangles = t.total();
    r.triangle_balance = t.balance();
    const auto start = std::chrono::steady_clock::now();
    const auto f = frustration(net);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.L = f.L;
    r.F = f.F;
    r.exact = f.exact;
    rows.push_back(r);
  }
  if (rows.empty())
    throw Error::at(dir.string(), 0, "no signed edge lists (*_edges.csv)");
  return rows;
}

std::string series_table(const std::vector<SeriesRow> &rows, bool with_time) {
  std::string out = "window     actors  edges     +     -  triangles  tri.bal     L       F  exact";
  out += with_time ? "  seconds\n" : "\n";
  double worst = 0, total = 0;
  for (const auto &r : rows) {
    char buf[200];
    std::snprintf(
        buf, sizeof buf, "%-10s %6zu %6zu %5zu %5zu %10llu  %7s %5zu %7.4f  %-5s", r.window.c_str(),
        r.actors, r.edges, r.positive, r.negative, static_cast<unsigned long long>(r.triangles),
        r.triangle_balance < 0 ? "-"
                               : std::to_string(round6(r.triangle_balance)).substr(0, 6).c_str(),
        r.L, r.F, r.exact ? "yes" : "no");
    out += buf;
    if (with_time) {
      std::snprintf(buf, sizeof buf, "  %7.3f", r.seconds);
      out += buf;
    }
    out += "\n";
    worst = std::max(worst, r.seconds);
    total += r.seconds;
  }
  if (with_time) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%zu windows; frustration index: slowest %.3f s, total %.3f s\n",
                  rows.size(), worst, total);
    out += buf;
  }
  return out;
}

nlohmann::json series_json(const std::vector<SeriesRow> &rows) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto &r : rows)
    j.push_back(
        {{"window", r.window},
         {"actors", r.actors},
         {"edges", r.edges},
         {"positive_dyads", r.positive},
         {"negative_dyads", r.negative},
         {"triangles", r.triangles},
         {"triangle_balance",
          r.triangle_balance < 0 ? nlohmann::json() : nlohmann::json(round6(r.triangle_balance))},
         {"frustration_L", r.L},
         {"frustration_F", round6(r.F)},
         {"exact", r.exact}});
  return j;
}

} // namespace entente
