// Output files appear whole or not at all: bytes go to a temporary file in
// the destination folder, which is renamed over the target only on commit().
// An exception, a crash or a signal leaves the old file (or none) in place.
// The temporary file is removed by the destructor (exceptions) and, for
// SIGINT, SIGTERM, SIGHUP and SIGPIPE, by a signal handler installed with
// the first AtomicFile, which then lets the signal end the process as usual
// (only a SIGKILL or a crash can leave a ".name.tmp.*" file behind).
//
//   entente::AtomicFile out("output/snapshot.json");   // throws Error
//   out.stream() << text;
//   out.commit();                                      // fsync + rename
//
//   entente::write_file_atomic("output/graph.dot", dot);  // the same, at once
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

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
  std::filesystem::path target_;
  std::filesystem::path temp_;
  std::ofstream out_;
  bool committed_ = false;
  int slot_ = -1; // in the registry of live temporary files, -1 if none
};

void write_file_atomic(const std::filesystem::path &target, std::string_view bytes);

// "-" means standard output (written directly); anything else atomically.
void write_output(const std::string &target, std::string_view bytes);

} // namespace entente
