#include "entente/mpi/plan.hpp"

#include "entente/io/input_files.hpp"
#include "entente/mpi/job.hpp"

#include <nlohmann/json.hpp>

namespace entente::mpi {

Shares share_plan(const Comm &comm, const std::function<Shares()> &make) {
  std::string text;
  together(comm, [&] {
    if (comm.rank() != 0)
      return;
    nlohmann::json j = nlohmann::json::array();
    for (const auto &share : make()) {
      nlohmann::json ranges = nlohmann::json::array();
      for (const auto &r : share)
        ranges.push_back({r.path, r.begin, r.end ? nlohmann::json(*r.end) : nlohmann::json()});
      j.push_back(std::move(ranges));
    }
    text = j.dump();
  });
  comm.broadcast(text);
  Shares shares;
  for (const auto &ranges : nlohmann::json::parse(text)) {
    auto &share = shares.emplace_back();
    for (const auto &r : ranges)
      share.push_back({r.at(0).get<std::string>(), r.at(1).get<std::uint64_t>(),
                       r.at(2).is_null()
                           ? std::nullopt
                           : std::optional<std::uint64_t>(r.at(2).get<std::uint64_t>())});
  }
  // Every rank knows every input, so rank 0 refuses to write over one that
  // another rank read (a process notes only the files it opens itself).
  for (const auto &share : shares)
    for (const auto &r : share)
      note_input(r.path);
  return shares;
}

std::vector<InputRange> all_ranges(const Shares &shares) {
  std::vector<InputRange> all;
  for (const auto &share : shares)
    all.insert(all.end(), share.begin(), share.end());
  return all;
}

std::size_t first_index(const Shares &shares, int rank) {
  std::size_t n = 0;
  for (int r = 0; r < rank; ++r)
    n += shares[static_cast<std::size_t>(r)].size();
  return n;
}

} // namespace entente::mpi
