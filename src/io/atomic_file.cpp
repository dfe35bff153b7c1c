#include "entente/io/atomic_file.hpp"

#include "entente/core/error.hpp"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <unistd.h>

namespace entente {
namespace {

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
  out_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!out_)
    throw Error::at(target_.string(), 0,
                    std::string("cannot create output file: ") + std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    out_.close();
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
  }
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
