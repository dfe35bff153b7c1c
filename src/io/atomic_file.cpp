#include "entente/io/atomic_file.hpp"

#include "entente/core/error.hpp"
#include "entente/io/input_files.hpp"
#include "entente/io/temp_registry.hpp"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace entente {
namespace {

std::string errno_text() { return std::strerror(errno); }

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

// The file a chain of symlinks ends at (the path itself if it is none); a
// link to a missing file gives that file, which is then created.
fs::path follow_links(const fs::path &target) {
  fs::path p = target;
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(p, ec)))
      return p;
    const fs::path to = fs::read_symlink(p, ec);
    if (ec)
      throw Error::at(target.string(), 0, "cannot read symlink: " + ec.message());
    p = to.is_absolute() ? to : p.parent_path() / to;
  }
  throw Error::at(target.string(), 0, "too many levels of symlinks");
}

void refuse_input(const fs::path &target) {
  if (is_input(target))
    throw Error::at(target.string(), 0,
                    "is one of this run's inputs: refusing to overwrite it (write elsewhere)");
}

} // namespace

AtomicFile::AtomicFile(std::filesystem::path target) : target_(std::move(target)) {
  if (target_.empty() || target_.filename().empty())
    throw Error::at(target_.string(), 0, "invalid output path");
  // What the kernel finds at the path, every link followed (the /proc
  // "magic" links of /dev/stdout too, which readlink cannot follow).
  struct stat st {};
  bool exists = ::stat(target_.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode))
    throw Error::at(target_.string(), 0, "is a folder, expected a file");
  if (exists && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))) {
    // A device or a pipe is written as it is: renaming a file over
    // /dev/null would replace the device for the whole machine.
    out_.open(target_, std::ios::binary | std::ios::out);
    if (!out_)
      throw Error::at(target_.string(), 0, "cannot open for writing: " + errno_text());
    return;
  }
  if (exists && !S_ISREG(st.st_mode))
    throw Error::at(target_.string(), 0, "is neither a file, a character device nor a FIFO");
  // A regular file (or none yet) is replaced where the symlinks lead.
  final_ = follow_links(target_);
  exists = ::stat(final_.c_str(), &st) == 0;
  refuse_input(final_);
  const auto dir = final_.parent_path().empty() ? fs::path(".") : final_.parent_path();
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw Error::at(target_.string(), 0, "output folder '" + dir.string() + "' does not exist");
  open_temp(exists, st.st_mode & 07777, st.st_uid, st.st_gid);
}

void AtomicFile::open_temp(bool keep_mode, mode_t mode, uid_t uid, gid_t gid) {
  temp_ = temp_name(final_);
  // Registered before it exists, so there is no moment when a signal could
  // leave it behind; and created under the commit lock, so none is created
  // once the signal thread has begun removing them.
  const auto lock = detail::commit_lock();
  slot_ = detail::register_temp(temp_);
  // Created here with the old file's mode (set before any byte is written,
  // so a private file is never readable by others, even half-written); a
  // new file gets the usual 0666 less the umask.
  const int fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  int err = fd < 0 ? errno : 0;
  if (fd >= 0) {
    if (keep_mode) {
      if (::geteuid() == 0)
        (void)!::fchown(fd, uid, gid); // best effort: the mode matters more
      if (::fchmod(fd, mode) != 0)
        err = errno;
    }
    ::close(fd);
  }
  if (err == 0)
    out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (err != 0 || !out_) {
    err = err ? err : errno;
    std::error_code ec;
    fs::remove(temp_, ec);
    detail::unregister_temp(slot_);
    slot_ = -1;
    throw Error::at(target_.string(), 0,
                    std::string("cannot create output file: ") + std::strerror(err));
  }
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !temp_.empty()) {
    out_.close();
    std::error_code ec;
    fs::remove(temp_, ec);
  }
  detail::unregister_temp(slot_);
}

void AtomicFile::commit() {
  out_.flush();
  const bool good = static_cast<bool>(out_);
  out_.close();
  if (!good || out_.fail())
    throw Error::at(target_.string(), 0, "write failed (disk full?)");
  if (temp_.empty()) { // written straight to a device or FIFO
    committed_ = true;
    return;
  }
  refuse_input(final_); // inputs opened after the constructor ran (load, extract)
  sync_file(temp_);
  const auto lock = detail::commit_lock(); // no commit once a signal came
  if (std::rename(temp_.c_str(), final_.c_str()) != 0)
    throw Error::at(target_.string(), 0, "cannot rename: " + errno_text());
  committed_ = true;
  detail::unregister_temp(slot_);
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
    finish_stdout();
    return;
  }
  write_file_atomic(target, bytes);
}

void finish_stdout() {
  errno = 0;
  std::cout.flush();
  int err = errno;
  // With sync_with_stdio (the default) std::cout writes through C's stdout,
  // whose buffer only meets the error when it is flushed.
  const bool c_ok = std::fflush(stdout) == 0 && !std::ferror(stdout);
  if (!c_ok)
    err = errno;
  if (!std::cout || !c_ok)
    throw Error(std::string("cannot write to standard output") +
                (err ? std::string(": ") + std::strerror(err) : std::string()));
}

} // namespace entente
