// The files this run has read, so that no output replaces one of them: a
// report written over its own input would destroy the data it came from.
// Readers note each regular file they open; AtomicFile refuses a target
// that is one of them (same device and inode, so a symlink or another
// spelling of the path is caught too).
//
//   entente::note_input("events.tsv");           // readers: after opening
//   entente::is_input("out/../events.tsv");      // true
#pragma once

#include <filesystem>

namespace entente {

// Records the regular file open at `fd` (anything else, a pipe or a device,
// is ignored: reading /dev/stdin and writing /dev/stdout is fine).
void note_input(int fd);
// The same by path (following symlinks); a path that cannot be stat'ed is ignored.
void note_input(const std::filesystem::path &path);
// True if `path` (following symlinks) is a regular file noted as an input.
bool is_input(const std::filesystem::path &path);

} // namespace entente
