// The plan every rank works from: each rank's ranges of the inputs
// (deal_shares, pipeline/shares.hpp), made once by rank 0 from the file
// system and broadcast, so every rank sees the same cuts.
//
//   auto shares = entente::mpi::share_plan(comm, [&] { return deal_shares(items, n); });
#pragma once

#include "entente/io/input_range.hpp"
#include "entente/mpi/comm.hpp"

#include <functional>
#include <vector>

namespace entente::mpi {

using Shares = std::vector<std::vector<InputRange>>;

// Rank 0's make(), on every rank (inside together(): a failure of make()
// fails the job). Every input of the plan is noted as an input on every
// rank (io/input_files.hpp): no output may replace one.
Shares share_plan(const Comm &comm, const std::function<Shares()> &make);

// Every rank's ranges in rank order: the inputs' order.
std::vector<InputRange> all_ranges(const Shares &shares);

// The index in all_ranges of rank r's first range.
std::size_t first_index(const Shares &shares, int rank);

} // namespace entente::mpi
