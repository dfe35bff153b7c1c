#include "entente/mpi/comm.hpp"

#include "entente/core/error.hpp"

#include <algorithm>
#include <iostream>
#include <mpi.h>

namespace entente::mpi {
namespace {

constexpr std::uint64_t max_piece = std::uint64_t{1} << 30;
constexpr int tag_size = 1, tag_bytes = 2;

} // namespace

Session::Session(int &argc, char **&argv) {
  int provided = 0;
  if (MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided) != MPI_SUCCESS)
    throw Error("MPI_Init_thread failed");
}

Session::~Session() { MPI_Finalize(); }

Comm::Comm() {
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

void Comm::broadcast(std::string &text, int root) const {
  std::uint64_t n = text.size();
  MPI_Bcast(&n, 1, MPI_UINT64_T, root, MPI_COMM_WORLD);
  text.resize(n);
  for (std::uint64_t at = 0; at < n; at += max_piece)
    MPI_Bcast(text.data() + at, static_cast<int>(std::min(max_piece, n - at)), MPI_BYTE, root,
              MPI_COMM_WORLD);
}

void Comm::send(int to, const std::string &bytes) const {
  std::uint64_t n = bytes.size();
  MPI_Send(&n, 1, MPI_UINT64_T, to, tag_size, MPI_COMM_WORLD);
  for (std::uint64_t at = 0; at < n; at += max_piece)
    MPI_Send(bytes.data() + at, static_cast<int>(std::min(max_piece, n - at)), MPI_BYTE, to,
             tag_bytes, MPI_COMM_WORLD);
}

std::string Comm::receive(int from) const {
  std::uint64_t n = 0;
  MPI_Recv(&n, 1, MPI_UINT64_T, from, tag_size, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  std::string bytes(n, '\0');
  for (std::uint64_t at = 0; at < n; at += max_piece)
    MPI_Recv(bytes.data() + at, static_cast<int>(std::min(max_piece, n - at)), MPI_BYTE, from,
             tag_bytes, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  return bytes;
}

bool Comm::any(bool mine) const {
  int in = mine ? 1 : 0, out = 0;
  MPI_Allreduce(&in, &out, 1, MPI_INT, MPI_LOR, MPI_COMM_WORLD);
  return out != 0;
}

std::vector<std::string> Comm::gather(const std::string &mine, int root) const {
  std::vector<std::string> all;
  if (rank_ != root) {
    send(root, mine);
    return all;
  }
  all.resize(static_cast<std::size_t>(size_));
  for (int r = 0; r < size_; ++r)
    all[static_cast<std::size_t>(r)] = r == root ? mine : receive(r);
  return all;
}

double Comm::max(double mine) const {
  double out = 0;
  MPI_Allreduce(&mine, &out, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
  return out;
}

double Comm::min(double mine) const {
  double out = 0;
  MPI_Allreduce(&mine, &out, 1, MPI_DOUBLE, MPI_MIN, MPI_COMM_WORLD);
  return out;
}

std::uint64_t Comm::sum(std::uint64_t mine) const {
  std::uint64_t out = 0;
  MPI_Allreduce(&mine, &out, 1, MPI_UINT64_T, MPI_SUM, MPI_COMM_WORLD);
  return out;
}

void Comm::abort(const std::string &message) const {
  std::cerr << "entente-mpi: error: rank " << rank_ << ": " << message << "\n";
  MPI_Abort(MPI_COMM_WORLD, 1);
  std::abort(); // MPI_Abort does not return
}

} // namespace entente::mpi
