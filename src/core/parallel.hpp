// A small work loop for the stages that split independent items (windows,
// snapshots) across the machine's two cores: indices are handed out in
// order, the caller's thread works too, and a failure stops the handing out
// and is rethrown once every thread has finished.
//
//   std::vector<std::size_t> squares(100);
//   entente::for_each_index(squares.size(), 2, [&](std::size_t i) { squares[i] = i * i; });
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace entente {

// Runs task(i) for every i < n on up to `threads` threads. Throws the error
// of the first failing index (in index order); indices not yet started when
// a task fails are skipped.
template <typename Task> void for_each_index(std::size_t n, int threads, const Task &task) {
  std::vector<std::exception_ptr> errors(n);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next++) < n;) {
      try {
        task(i);
      } catch (...) {
        errors[i] = std::current_exception();
        next = n;
      }
    }
  };
  const std::size_t helpers =
      n > 1 && threads > 1 ? std::min<std::size_t>(n, static_cast<std::size_t>(threads)) - 1 : 0;
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < helpers; ++t)
    pool.emplace_back(work);
  work();
  for (auto &t : pool)
    t.join();
  for (const auto &e : errors)
    if (e)
      std::rethrow_exception(e);
}

} // namespace entente
