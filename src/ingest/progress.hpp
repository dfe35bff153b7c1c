// A progress bar on stderr for long loads: bytes, rows/s and ETA, redrawn at
// most a few times a second from whichever thread calls tick(). Callers
// enable it only when stderr is a terminal and --quiet is off.
//
//   entente::Progress bar(1 << 30, /*enabled=*/true);   // total bytes, if known
//   bar.add(1 << 20, 5000); bar.tick();  // bytes and rows, from the reading loop
//   bar.finish();                       // clears the line
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>

namespace entente {

class Progress {
public:
  Progress(std::uint64_t total_bytes, bool enabled);
  ~Progress() { finish(); }
  Progress(const Progress &) = delete;
  Progress &operator=(const Progress &) = delete;

  void add(std::uint64_t bytes, std::uint64_t rows) {
    bytes_.fetch_add(bytes, std::memory_order_relaxed);
    rows_.fetch_add(rows, std::memory_order_relaxed);
  }
  // Sets the byte position instead (compressed inputs report their own).
  void set_bytes(std::uint64_t bytes) { bytes_.store(bytes, std::memory_order_relaxed); }
  void tick();
  void finish();
  bool enabled() const { return enabled_; }

private:
  using Clock = std::chrono::steady_clock;
  std::uint64_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::atomic<std::uint64_t> bytes_{0}, rows_{0};
  Clock::time_point start_, last_;
  std::mutex mutex_;
};

} // namespace entente
