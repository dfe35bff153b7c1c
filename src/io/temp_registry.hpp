// The temporary files AtomicFile has open right now, removed by a signal
// handler when a signal ends the run from outside (SIGINT, SIGTERM, SIGHUP,
// SIGPIPE, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGXFSZ), which then
// lets the signal end the process as usual.
//
// The handler resets its signal to the default action itself before raising
// it again, so it works however it was installed: COIN-OR CBC saves it and
// puts it back with signal(), which drops SA_RESETHAND, and a handler that
// relied on that flag re-entered itself forever (issue 15).
//
//   int slot = entente::detail::register_temp(path);   // before creating it
//   ...
//   entente::detail::unregister_temp(slot);            // renamed or removed
#pragma once

#include <filesystem>

namespace entente::detail {

// Installs the handlers once (a signal the process ignores or already
// handles is left alone).
void install_cleanup_handlers();
// Puts the handlers back after a library replaced them (COIN-OR CBC installs
// its own SIGINT handler for the length of a solve and restores the old one
// with signal()); only the signals install_cleanup_handlers took, if it ran.
void restore_cleanup_handlers();
// Returns the slot index, or -1 when every slot is taken or the path does
// not fit (such a file is still removed on exceptions, by AtomicFile).
int register_temp(const std::filesystem::path &p);
void unregister_temp(int slot);

} // namespace entente::detail
