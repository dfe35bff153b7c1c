// The temporary files AtomicFile has open right now, removed by a signal
// handler when a signal ends the run from outside (SIGINT, SIGTERM, SIGHUP,
// SIGPIPE, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGXFSZ), which then
// lets the signal end the process as usual.
//
// The handlers are the program's choice, not a side effect of linking
// entente: a program that wants them calls install_cleanup_handlers() once
// (the entente CLI does, first thing in main). Without it, AtomicFile still
// removes its temporary file on every exception, only not on a signal.
//
// The handler resets its signal to the default action itself before raising
// it again, so it works however it was installed: COIN-OR CBC saves it and
// puts it back with signal(), which drops SA_RESETHAND, and a handler that
// relied on that flag re-entered itself forever (issue 15).
//
//   entente::install_cleanup_handlers();   // in main, before any output
#pragma once

#include <filesystem>
#include <mutex>

namespace entente {

// Installs the handlers once (a signal the process ignores or already
// handles is left alone). Safe to call from several threads. Call it before
// starting threads: the signals sent to the process (all but SIGPIPE and
// SIGXFSZ) are blocked in the calling thread, and so in the threads it
// starts later, and taken by a thread of their own (a signalfd), so no
// library's handler (CBC's during a solve) can swallow them.
void install_cleanup_handlers();

} // namespace entente

// AtomicFile's side: each temporary file is registered before it is
// created and unregistered once renamed or removed.
namespace entente::detail {

// Puts the handlers back after a library replaced them (COIN-OR CBC installs
// its own SIGINT handler for the length of a solve and restores the old one
// with signal()); only the signals install_cleanup_handlers took, if it ran.
void restore_cleanup_handlers();
// Held by AtomicFile while it creates its temporary file and while it
// renames it: once a signal has come for the signal thread
// (install_cleanup_handlers), no temporary file is created and no output
// committed; the call then waits for that thread to end the process.
std::unique_lock<std::mutex> commit_lock();
// Returns the slot index, or -1 when every slot is taken or the path does
// not fit (such a file is still removed on exceptions, by AtomicFile).
int register_temp(const std::filesystem::path &p);
void unregister_temp(int slot);

} // namespace entente::detail
