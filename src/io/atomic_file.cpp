#include "entente/io/atomic_file.hpp"

#include "entente/core/error.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <mutex>
#include <unistd.h>

namespace entente {
namespace {

// Temporary files that exist right now, for the signal handler: a fixed
// array (no allocation, no locks), each slot free (0), being filled (1) or
// live (2). The handler only reads live slots and calls unlink(), which is
// async-signal-safe. More live files than slots are simply not cleaned up
// on a signal (they still are on exceptions, by the destructor).
struct TempSlot {
  std::atomic<int> state{0};
  char path[4096];
};
std::array<TempSlot, 32> live_temps;

extern "C" void remove_temps_and_reraise(int sig) {
  for (auto &slot : live_temps)
    if (slot.state.load(std::memory_order_acquire) == 2)
      ::unlink(slot.path);
  // SA_RESETHAND restored the default action; the signal is blocked while
  // this handler runs, so it takes effect (ending the process with the
  // usual status) as soon as the handler returns.
  ::raise(sig);
}

// Installed once, on the first output file, for the signals that end a run
// from outside. A signal the process ignores (nohup) or already handles is
// left alone.
void install_signal_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (const int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
      struct sigaction old {};
      if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL)
        continue;
      struct sigaction action {};
      action.sa_handler = remove_temps_and_reraise;
      sigemptyset(&action.sa_mask);
      action.sa_flags = SA_RESETHAND;
      ::sigaction(sig, &action, nullptr);
    }
  });
}

// Registers `p`; returns the slot index, or -1 if none is free (or the path
// does not fit).
int register_temp(const std::filesystem::path &p) {
  const std::string &s = p.native();
  if (s.size() >= sizeof(TempSlot::path))
    return -1;
  for (std::size_t i = 0; i < live_temps.size(); ++i) {
    int expected = 0;
    if (live_temps[i].state.compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) {
      std::memcpy(live_temps[i].path, s.c_str(), s.size() + 1);
      live_temps[i].state.store(2, std::memory_order_release);
      return static_cast<int>(i);
    }
  }
  return -1;
}

void unregister_temp(int slot) {
  if (slot >= 0)
    live_temps[static_cast<std::size_t>(slot)].state.store(0, std::memory_order_release);
}

std::filesystem::path temp_name(const std::filesystem::path &target) {
  static std::atomic<unsigned> counter{0};
  // Built with += : GCC 12 warns falsely (-Wrestrict) on "literal" + string&&.
  std::string name = ".";
  name += target.filename().string();
  name += ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
  return target.parent_path() / name;
}

void sync_file(const std::filesystem::path &p) {
  const int fd = ::open(p.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

} // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  if (target_.empty() || target_.filename().empty())
    throw Error("invalid output path '" + target_.string() + "'");
  const auto dir =
      target_.parent_path().empty() ? std::filesystem::path(".") : target_.parent_path();
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw Error::at(target_.string(), 0, "output folder '" + dir.string() + "' does not exist");
  temp_ = temp_name(target_);
  install_signal_handlers();
  // Registered before it exists, so there is no moment when a signal could
  // leave it behind.
  slot_ = register_temp(temp_);
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    const int err = errno;
    unregister_temp(slot_);
    throw Error::at(target_.string(), 0,
                    std::string("cannot create output file: ") + std::strerror(err));
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    out_.close();
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
  }
  unregister_temp(slot_);
}

void AtomicFile::commit() {
  out_.flush();
  const bool good = static_cast<bool>(out_);
  out_.close();
  if (!good)
    throw Error::at(target_.string(), 0, "write failed (disk full?)");
  sync_file(temp_);
  if (std::rename(temp_.c_str(), target_.c_str()) != 0)
    throw Error::at(target_.string(), 0, std::string("cannot rename: ") + std::strerror(errno));
  committed_ = true;
  unregister_temp(slot_);
  slot_ = -1;
}

void write_file_atomic(const std::filesystem::path &target, std::string_view bytes) {
  AtomicFile f(target);
  f.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  f.commit();
}

void write_output(const std::string &target, std::string_view bytes) {
  if (target == "-") {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    if (!std::cout)
      throw Error("cannot write to standard output");
    return;
  }
  write_file_atomic(target, bytes);
}

} // namespace entente
