#include "entente/mpi/job.hpp"

#include "entente/core/error.hpp"
#include "entente/io/atomic_file.hpp"

#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

namespace entente::mpi {
namespace {

// Each distinct message once; "rank R: " when ranks failed differently (one
// message names its file anyway, and rank 0 reports what it found in the
// others' accounts, such as a --strict row, as its own).
void report(const std::vector<std::string> &failures) {
  std::set<std::string> seen;
  for (const auto &f : failures)
    if (!f.empty())
      seen.insert(f.substr(f.find('\t') + 1));
  const bool alike = seen.size() == 1;
  seen.clear();
  for (std::size_t r = 0; r < failures.size(); ++r) {
    const auto &f = failures[r];
    const std::string message = f.substr(f.find('\t') + 1);
    if (f.empty() || !seen.insert(message).second)
      continue;
    std::cerr << "entente-mpi: error: " << (alike ? "" : "rank " + std::to_string(r) + ": ")
              << message << "\n";
  }
}

} // namespace

void together(const Comm &comm, const std::function<void()> &stage) {
  std::string failure; // "code\tmessage"
  try {
    stage();
  } catch (const Error &e) {
    failure = std::to_string(static_cast<int>(e.exit_code())) + "\t" + e.what();
  } catch (const std::exception &e) {
    failure = "1\t" + std::string(e.what());
  }
  if (!comm.any(!failure.empty()))
    return;
  const auto failures = comm.gather(failure);
  int code = 1;
  if (comm.rank() == 0) {
    report(failures);
    for (const auto &f : failures)
      if (!f.empty()) {
        code = std::stoi(f.substr(0, f.find('\t')));
        break;
      }
  }
  std::string shared = std::to_string(code);
  comm.broadcast(shared);
  throw JobFailed{std::stoi(shared)};
}

void write_timings(const Timings &t, const std::string &path) {
  nlohmann::json seconds = nlohmann::json::object();
  for (const auto &[stage, s] : t.seconds)
    seconds[stage] = std::round(s * 1000) / 1000;
  const nlohmann::json j = {{"command", t.command},
                            {"ranks", t.ranks},
                            {"seconds", seconds},
                            {"reduced_bytes", t.reduced_bytes}};
  AtomicFile out(path);
  out.stream() << j.dump(2) << "\n";
  out.commit();
}

} // namespace entente::mpi
