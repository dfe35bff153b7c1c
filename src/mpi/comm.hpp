// The MPI calls entente-mpi makes, and nothing else of MPI: one Session
// (MPI_Init, MPI_Finalize) per process, and a Comm over MPI_COMM_WORLD for
// the few collectives the jobs need. Messages are bytes (partials, relations
// JSONL, JSON), sent as a length and then pieces of at most 1 GiB (MPI
// counts are ints). MPI is called from the main thread only (the library's
// threads never touch it): MPI_THREAD_FUNNELED.
//
//   entente::mpi::Session session(argc, argv);
//   entente::mpi::Comm comm;
//   std::string plan = comm.rank() == 0 ? make_plan() : "";
//   comm.broadcast(plan);
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace entente::mpi {

class Session {
public:
  Session(int &argc, char **&argv);
  ~Session();
  Session(const Session &) = delete;
  Session &operator=(const Session &) = delete;
};

class Comm {
public:
  Comm();
  int rank() const { return rank_; }
  int size() const { return size_; }

  // root's text to every rank.
  void broadcast(std::string &text, int root = 0) const;
  void send(int to, const std::string &bytes) const;
  std::string receive(int from) const;
  // True on every rank if `mine` is true on any.
  bool any(bool mine) const;
  // Every rank's text, in rank order, at root (empty elsewhere).
  std::vector<std::string> gather(const std::string &mine, int root = 0) const;
  double max(double mine) const;
  double min(double mine) const;
  std::uint64_t sum(std::uint64_t mine) const;
  // Ends every rank's process (a failure the ranks cannot agree on).
  [[noreturn]] void abort(const std::string &message) const;

private:
  int rank_ = 0, size_ = 1;
};

} // namespace entente::mpi
