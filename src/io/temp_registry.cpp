#include "entente/io/temp_registry.hpp"

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>
#include <mutex>
#include <poll.h>
#include <pthread.h>
#include <string>
#include <sys/signalfd.h>
#include <thread>
#include <unistd.h>

namespace entente::detail {
namespace {

// A fixed array (no allocation, no locks), each slot free (0), being filled
// (1) or live (2). The handler only reads live slots and calls unlink(),
// which is async-signal-safe.
struct TempSlot {
  std::atomic<int> state{0};
  char path[4096];
};
std::array<TempSlot, 32> live_temps;

// The signals whose default action ends the process and that arrive from
// outside (a user, a shell, a pipe, a scheduler's time or size limit).
constexpr int cleanup_signals[] = {SIGINT,  SIGTERM, SIGHUP,  SIGPIPE, SIGQUIT,
                                   SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGXFSZ};

extern "C" void remove_temps_and_reraise(int sig) {
  for (auto &slot : live_temps)
    if (slot.state.load(std::memory_order_acquire) == 2)
      ::unlink(slot.path);
  // Back to the default action explicitly (sigaction is async-signal-safe):
  // SA_RESETHAND may be gone if a library re-installed this handler with
  // signal(). The signal is blocked while the handler runs, so the raised
  // one takes effect, ending the process with the usual status, as soon as
  // the handler returns.
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  ::sigaction(sig, &dfl, nullptr);
  ::raise(sig);
}

// Which of cleanup_signals got the handler (bit i for cleanup_signals[i]).
std::atomic<unsigned> installed{0};

void install_handler(int sig) {
  struct sigaction action {};
  action.sa_handler = remove_temps_and_reraise;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;
  ::sigaction(sig, &action, nullptr);
}

// Signals the kernel sends to one thread (the one writing to a closed pipe
// or past the file size limit) stay with the handler; the rest are sent to
// the process and are taken by the waiting thread below.
bool thread_directed(int sig) { return sig == SIGPIPE || sig == SIGXFSZ; }

// Process-directed signals are blocked in every thread (threads inherit the
// mask of main, which blocks them before it starts any) and taken by a
// thread of their own through a signalfd, so whatever handler a library has
// installed at that moment never runs: COIN-OR CBC swaps in its own SIGINT
// handler for each solve, which only asks the running branch-and-bound to
// stop, and a Ctrl-C that came between two of its phases was lost while the
// run went on (issue 15.2).
//
// That thread is not the one writing, so the writer must not commit an
// output after the signal came: the thread sees the signal first without
// taking it (poll), then holds the commit lock for good and only then takes
// it (read). A commit, under the same lock, finds the signal still pending
// (sigpending) until then, and waits for the end instead of renaming.
std::mutex commit_mutex;
std::atomic<bool> signal_thread{false};
sigset_t waited_signals;

[[noreturn]] void end_with(int sig) {
  for (auto &slot : live_temps)
    if (slot.state.load(std::memory_order_acquire) == 2)
      ::unlink(slot.path);
  // Unblocked in this thread, a raised signal is delivered before raise()
  // returns, so with the default action the process ends there. A library
  // may put a handler back in between (CBC restores its saved one when a
  // solve ends): then the handler runs, and the loop sets the default again.
  sigset_t one;
  sigemptyset(&one);
  sigaddset(&one, sig);
  ::pthread_sigmask(SIG_UNBLOCK, &one, nullptr);
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  for (int tries = 0; tries < 1000; ++tries) {
    ::sigaction(sig, &dfl, nullptr);
    ::raise(sig);
  }
  ::_exit(128 + sig); // the shell's status for a death by this signal
}

void take_signals(int fd) {
  for (;;) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, -1) <= 0)
      continue;
    commit_mutex.lock(); // never unlocked: the process ends below
    signalfd_siginfo info{};
    if (::read(fd, &info, sizeof info) == static_cast<ssize_t>(sizeof info))
      end_with(static_cast<int>(info.ssi_signo));
    commit_mutex.unlock();
  }
}

} // namespace
} // namespace entente::detail

namespace entente {

void install_cleanup_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    unsigned bits = 0;
    sigset_t waited;
    sigemptyset(&waited);
    for (unsigned i = 0; i < std::size(detail::cleanup_signals); ++i) {
      const int sig = detail::cleanup_signals[i];
      struct sigaction old {};
      if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL)
        continue;
      detail::install_handler(sig); // for threads that do not block it
      bits |= 1u << i;
      if (!detail::thread_directed(sig))
        sigaddset(&waited, sig);
    }
    detail::installed = bits;
    // Blocked here, and so in every thread the caller starts from now on;
    // they reach the process only through the signalfd.
    if (::pthread_sigmask(SIG_BLOCK, &waited, nullptr) != 0)
      return;
    const int fd = ::signalfd(-1, &waited, SFD_CLOEXEC);
    if (fd < 0) {
      ::pthread_sigmask(SIG_UNBLOCK, &waited, nullptr); // the handlers stay
      return;
    }
    detail::waited_signals = waited;
    detail::signal_thread = true;
    std::thread(detail::take_signals, fd).detach();
  });
}

} // namespace entente

namespace entente::detail {

std::unique_lock<std::mutex> commit_lock() {
  std::unique_lock<std::mutex> lock(commit_mutex);
  if (!signal_thread)
    return lock;
  sigset_t pending;
  sigemptyset(&pending);
  ::sigpending(&pending);
  for (const int sig : cleanup_signals)
    if (sigismember(&waited_signals, sig) == 1 && sigismember(&pending, sig) == 1) {
      lock.unlock(); // the signal thread takes it and ends the process
      for (;;)
        ::pause();
    }
  return lock;
}

void restore_cleanup_handlers() {
  const unsigned bits = installed;
  for (unsigned i = 0; i < std::size(cleanup_signals); ++i)
    if (bits & (1u << i))
      install_handler(cleanup_signals[i]);
}

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

} // namespace entente::detail
