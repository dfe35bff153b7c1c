// entente-mpi snapshot INPUT... [entente snapshot's options] -o FILE|DIR
// Each rank folds its share of the inputs (pipeline/shares.hpp), the folds
// are reduced over a binary tree (each step sends a packed fold state,
// graph/partial.hpp, and the receiver adds it in), and rank 0
// measures and writes what one `entente snapshot` writes, byte for byte.
#include "entente/mpi/jobs.hpp"

#include "entente/cli/command.hpp"
#include "entente/graph/partial.hpp"
#include "entente/mpi/plan.hpp"
#include "entente/pipeline/shares.hpp"

#include <cstring>
#include <nlohmann/json.hpp>

namespace entente::mpi {
namespace {

// This rank's fold as the reduction's message: the accounts of the ranges
// folded into it ([[index, stats]] as JSON, after its length), then the
// fold itself, packed (pack_fold: no parsing of text on the way back).
std::string as_message(Fold &fold, const nlohmann::json &ranges) {
  const std::string accounts = ranges.dump();
  std::string message(sizeof(std::uint64_t), '\0');
  const std::uint64_t n = accounts.size();
  std::memcpy(message.data(), &n, sizeof n);
  message += accounts;
  message += pack_fold(fold);
  return message;
}

// Adds a message into this rank's fold and accounts.
void add_message(const std::string &message, Fold &fold, nlohmann::json &ranges) {
  std::uint64_t n = 0;
  if (message.size() < sizeof n)
    throw Error("a reduction message cut short");
  std::memcpy(&n, message.data(), sizeof n);
  if (n > message.size() - sizeof n)
    throw Error("a reduction message cut short");
  for (auto &r : nlohmann::json::parse(message.substr(sizeof n, n)))
    ranges.push_back(std::move(r));
  absorb_packed(fold, std::string_view(message).substr(sizeof n + n));
}

// Binary-tree reduction into rank 0: at step s = 1, 2, 4 ... rank r with
// r mod 2s = s sends its fold to r - s and is done; r mod 2s = 0 adds what
// r + s sends. log2(N) steps; a message is one fold state (dyads x windows).
std::uint64_t reduce(const Comm &comm, Fold &fold, nlohmann::json &ranges) {
  for (int step = 1; step < comm.size(); step *= 2) {
    if (comm.rank() % (2 * step) == step) {
      const std::string message = as_message(fold, ranges);
      comm.send(comm.rank() - step, message);
      return message.size();
    }
    if (comm.rank() + step >= comm.size())
      continue;
    try {
      add_message(comm.receive(comm.rank() + step), fold, ranges);
    } catch (const std::exception &e) { // a peer cannot wait for an answer here
      comm.abort(std::string("the fold of rank ") + std::to_string(comm.rank() + step) + ": " +
                 e.what());
    }
  }
  return 0;
}

nlohmann::json range_accounts(const FoldedShare &folded, std::size_t first) {
  nlohmann::json out = nlohmann::json::array();
  for (std::size_t i = 0; i < folded.ranges.size(); ++i)
    out.push_back({first + i, folded.ranges[i]});
  return out;
}

// The ranges' accounts (in rank order) as one reader's.
IngestStats combined(const Shares &shares, const nlohmann::json &accounts) {
  const auto all = all_ranges(shares);
  std::vector<InputRange> ranges;
  std::vector<RangeStats> stats;
  for (const auto &a : accounts) {
    ranges.push_back(all.at(a.at(0).get<std::size_t>()));
    stats.push_back(a.at(1).get<RangeStats>());
  }
  return combine_range_stats(ranges, stats);
}

template <typename Windows>
void run_job(const Comm &comm, const cli::SnapshotArgs &o, const cli::SnapshotJob &job,
             const Windows &windows, const JobOptions &m, Timings &t) {
  Stopwatch plan_clock;
  const Shares shares = share_plan(comm, [&] {
    return deal_shares(event_share_items(o.inputs, job.input), comm.size(), m.min_range);
  });
  t.seconds["plan"] = plan_clock.seconds();

  Stopwatch work_clock;
  FoldedShare folded;
  together(comm, [&] {
    folded =
        fold_share(shares[static_cast<std::size_t>(comm.rank())], job.input, job.articles, windows);
  });
  const double work = work_clock.seconds();
  t.seconds["work_max"] = comm.max(work);
  t.seconds["work_min"] = comm.min(work);

  Stopwatch reduce_clock;
  nlohmann::json accounts = range_accounts(folded, first_index(shares, comm.rank()));
  t.reduced_bytes = comm.sum(reduce(comm, folded.parts.front(), accounts));
  t.seconds["reduce"] = reduce_clock.seconds();

  Stopwatch finish_clock;
  together(comm, [&] {
    if (comm.rank() != 0)
      return;
    const IngestStats stats = combined(shares, accounts);
    if (!o.partial.empty())
      return cli::save_partial(o, folded.parts, stats);
    const auto snapshots = finish_folds(folded.parts, o.inputs, 2);
    cli::save_snapshots(o, job, snapshots, stats);
  });
  t.seconds["finish"] = finish_clock.seconds();
}

} // namespace

void run_snapshot(const Comm &comm, const cli::SnapshotArgs &o, const JobOptions &m) {
  Stopwatch total;
  Timings t{"snapshot", comm.size(), {}, 0};
  cli::SnapshotJob job;
  // Every rank checks the options alike; rank 0 alone reports.
  together(comm, [&] { job = cli::resolve_snapshot(o); });
  job.input.progress = false; // N progress bars would draw over each other
  if (job.series)
    run_job(comm, o, job, *job.series, m, t);
  else
    run_job(comm, o, job, job.windows, m, t);
  t.seconds["total"] = total.seconds();
  if (comm.rank() == 0 && !m.timings.empty())
    write_timings(t, m.timings);
}

} // namespace entente::mpi
