#include "entente/io/input_range.hpp"

#include "entente/core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace entente {
namespace {

// A read-only descriptor, closed with the object.
class ReadFd {
public:
  explicit ReadFd(const std::string &path) : path_(path), fd_(::open(path.c_str(), O_RDONLY)) {
    if (fd_ < 0)
      fail("cannot open");
  }
  ~ReadFd() { ::close(fd_); }
  ReadFd(const ReadFd &) = delete;
  ReadFd &operator=(const ReadFd &) = delete;

  std::uint64_t size() const {
    struct stat st {};
    if (::fstat(fd_, &st) != 0)
      fail("cannot stat");
    return static_cast<std::uint64_t>(st.st_size);
  }
  std::size_t pread(char *buf, std::size_t n, std::uint64_t at) const {
    for (;;) {
      const ssize_t k = ::pread(fd_, buf, n, static_cast<off_t>(at));
      if (k >= 0)
        return static_cast<std::size_t>(k);
      if (errno != EINTR)
        fail("read failed");
    }
  }

private:
  [[noreturn]] void fail(const char *what) const {
    throw Error::at(path_, 0, std::string(what) + ": " + std::strerror(errno));
  }
  std::string path_;
  int fd_;
};

constexpr std::size_t scan_block = std::size_t{1} << 20;

} // namespace

std::uint64_t line_start_at(const std::string &path, std::uint64_t pos) {
  if (pos == 0)
    return 0;
  const ReadFd fd(path);
  const std::uint64_t size = fd.size();
  // A line starts at pos when the byte before it ends one.
  std::vector<char> buf(1 << 16);
  for (std::uint64_t at = pos - 1; at < size;) {
    const std::size_t got = fd.pread(buf.data(), buf.size(), at);
    if (got == 0)
      break;
    if (const void *nl = std::memchr(buf.data(), '\n', got))
      return at + static_cast<std::uint64_t>(static_cast<const char *>(nl) - buf.data()) + 1;
    at += got;
  }
  return size;
}

std::uint64_t count_lines(const InputRange &range) {
  const ReadFd fd(range.path);
  const std::uint64_t end = range.end ? *range.end : fd.size();
  std::vector<char> buf(scan_block);
  std::uint64_t lines = 0;
  char last = '\n';
  for (std::uint64_t at = range.begin; at < end;) {
    const std::size_t got = fd.pread(
        buf.data(), static_cast<std::size_t>(std::min<std::uint64_t>(scan_block, end - at)), at);
    if (got == 0)
      break;
    lines += static_cast<std::uint64_t>(std::count(buf.data(), buf.data() + got, '\n'));
    last = buf[got - 1];
    at += got;
  }
  return lines + (last != '\n' ? 1 : 0);
}

} // namespace entente
