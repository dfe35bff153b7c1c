#include "entente/ingest/progress.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

namespace entente {
namespace {

std::string human_bytes(double b) {
  const char *units[] = {"B", "KB", "MB", "GB", "TB"};
  int u = 0;
  while (b >= 1000 && u < 4) {
    b /= 1000;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", b, units[u]);
  return buf;
}

} // namespace

Progress::Progress(std::uint64_t total_bytes, bool enabled)
    : total_(total_bytes), enabled_(enabled), start_(Clock::now()), last_(start_) {}

void Progress::tick() {
  if (!enabled_)
    return;
  const auto now = Clock::now();
  std::unique_lock lock(mutex_, std::try_to_lock);
  if (!lock.owns_lock() || now - last_ < std::chrono::milliseconds(250))
    return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double bytes = static_cast<double>(bytes_.load(std::memory_order_relaxed));
  const double rows = static_cast<double>(rows_.load(std::memory_order_relaxed));
  char line[160];
  if (total_ > 0) {
    const double frac = std::min(1.0, bytes / static_cast<double>(total_));
    const int filled = static_cast<int>(frac * 24);
    std::string bar(static_cast<std::size_t>(filled), '=');
    bar.resize(24, ' ');
    const double eta = frac > 0 ? secs * (1 - frac) / frac : 0;
    std::snprintf(line, sizeof line, "\r[%s] %3.0f%% %s / %s  %.2fM rows/s  ETA %.0fs\033[K",
                  bar.c_str(), frac * 100, human_bytes(bytes).c_str(),
                  human_bytes(static_cast<double>(total_)).c_str(),
                  secs > 0 ? rows / secs / 1e6 : 0.0, eta);
  } else {
    std::snprintf(line, sizeof line, "\r%s read  %.2fM rows/s\033[K", human_bytes(bytes).c_str(),
                  secs > 0 ? rows / secs / 1e6 : 0.0);
  }
  std::fputs(line, stderr);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  std::lock_guard lock(mutex_);
  if (drawn_) {
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    drawn_ = false;
  }
}

} // namespace entente
