// Output files appear whole or not at all: bytes go to a temporary file in
// the destination folder, which is renamed over the target only on commit().
// An exception, a crash or a signal leaves the old file (or none) in place.
// The temporary file is removed by the destructor (exceptions) and, for the
// signals that end a run from outside, by a signal handler (temp_registry.hpp;
// only a SIGKILL or a crash can leave a ".name.tmp.*" file behind).
//
// Only a regular file (or a new one) is replaced that way. A character
// device or a FIFO (/dev/null, /dev/stdout, a named pipe) is written
// straight through, so it stays what it is; a symlink is followed and its
// target replaced, the link kept; the replaced file keeps its permissions
// (and, as root, its owner). A target that is one of the run's own inputs
// (input_files.hpp) is refused.
//
//   entente::AtomicFile out("output/snapshot.json");   // throws Error
//   out.stream() << text;
//   out.commit();                                      // fsync + rename
//
//   entente::write_file_atomic("output/graph.dot", text);  // the same, at once
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace entente {

class AtomicFile {
public:
  explicit AtomicFile(std::filesystem::path target);
  AtomicFile(const AtomicFile &) = delete;
  AtomicFile &operator=(const AtomicFile &) = delete;
  ~AtomicFile(); // removes the temporary file unless committed

  std::ostream &stream() { return out_; }
  void commit(); // throws Error if writing or renaming failed
  const std::filesystem::path &target() const { return target_; }

private:
  void open_temp(bool keep_mode, mode_t mode, uid_t uid, gid_t gid);

  std::filesystem::path target_; // as named, for messages
  std::filesystem::path final_;  // after symlinks: what is written or replaced
  std::filesystem::path temp_;   // empty when writing straight to a device or FIFO
  std::ofstream out_;
  bool committed_ = false;
  int slot_ = -1; // in the registry of live temporary files, -1 if none
};

void write_file_atomic(const std::filesystem::path &target, std::string_view bytes);

// "-" means standard output (written directly); anything else atomically.
void write_output(const std::string &target, std::string_view bytes);

// Flushes standard output and throws Error if any write to it failed (a
// full disk, a closed pipe or /dev/full): a command must not report success
// for output that never arrived. Call it before the closing note.
void finish_stdout();

} // namespace entente
