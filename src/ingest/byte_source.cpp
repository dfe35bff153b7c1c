#include "entente/ingest/byte_source.hpp"

#include "entente/core/error.hpp"
#include "entente/io/input_files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>

namespace entente {
namespace {

std::string errno_text() { return std::strerror(errno); }

class FdSource : public ByteSource {
public:
  FdSource(std::string name, int fd, bool owned)
      : ByteSource(std::move(name)), fd_(fd), owned_(owned) {
    struct stat st {};
    if (::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode)) {
      size_ = static_cast<std::uint64_t>(st.st_size);
      regular_ = true;
    }
  }
  ~FdSource() override {
    if (owned_)
      ::close(fd_);
  }
  FdSource(const FdSource &) = delete;
  FdSource &operator=(const FdSource &) = delete;

  std::size_t read(char *buf, std::size_t n) override {
    for (;;) {
      const ssize_t got = ::read(fd_, buf, n);
      if (got >= 0) {
        pos_ += static_cast<std::uint64_t>(got);
        return static_cast<std::size_t>(got);
      }
      if (errno != EINTR)
        throw Error::at(name(), 0, "read failed: " + errno_text());
    }
  }
  std::uint64_t size() const override { return size_; }
  std::uint64_t position() const override { return pos_; }
  int plain_fd() const override { return regular_ ? fd_ : -1; }

private:
  int fd_;
  bool owned_;
  bool regular_ = false;
  std::uint64_t size_ = 0, pos_ = 0;
};

class GzSource : public ByteSource {
public:
  GzSource(std::string name, int fd) : ByteSource(std::move(name)) {
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
      size_ = static_cast<std::uint64_t>(st.st_size);
    gz_ = ::gzdopen(fd, "rb");
    if (!gz_) {
      ::close(fd);
      throw Error::at(this->name(), 0, "cannot open gzip stream");
    }
    ::gzbuffer(gz_, 1 << 17);
  }
  ~GzSource() override { ::gzclose(gz_); }
  GzSource(const GzSource &) = delete;
  GzSource &operator=(const GzSource &) = delete;

  std::size_t read(char *buf, std::size_t n) override {
    const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(n, 1u << 30));
    const int got = ::gzread(gz_, buf, chunk);
    if (got < 0) {
      int code = 0;
      const char *msg = ::gzerror(gz_, &code);
      throw Error::at(name(), 0, std::string("gzip: ") + (msg ? msg : "read error"));
    }
    if (got == 0) { // zlib reports a cut-off stream only here
      int code = Z_OK;
      const char *msg = ::gzerror(gz_, &code);
      if (code != Z_OK && code != Z_STREAM_END)
        throw Error::at(name(), 0, std::string("gzip: ") + (msg ? msg : "read error"));
    }
    return static_cast<std::size_t>(got);
  }
  std::uint64_t size() const override { return size_; }
  std::uint64_t position() const override {
    const auto off = ::gzoffset(gz_);
    return off < 0 ? 0 : static_cast<std::uint64_t>(off);
  }

private:
  gzFile gz_ = nullptr;
  std::uint64_t size_ = 0;
};

struct ZipCloser {
  void operator()(zip_t *z) const { ::zip_discard(z); }
};
using ZipHandle = std::shared_ptr<zip_t>;

class ZipEntrySource : public ByteSource {
public:
  ZipEntrySource(std::string name, ZipHandle zip, zip_uint64_t index, std::uint64_t size)
      : ByteSource(std::move(name)), zip_(std::move(zip)), index_(index), size_(size) {}
  ~ZipEntrySource() override {
    if (file_)
      ::zip_fclose(file_);
  }
  ZipEntrySource(const ZipEntrySource &) = delete;
  ZipEntrySource &operator=(const ZipEntrySource &) = delete;

  // The entry is opened on the first read and closed at its end: only one
  // inflater is alive at a time (100 000 entries left open to the end of
  // the archive used 3.3 GB).
  std::size_t read(char *buf, std::size_t n) override {
    if (done_)
      return 0;
    if (!file_) {
      file_ = ::zip_fopen_index(zip_.get(), index_, 0);
      if (!file_)
        throw Error::at(name(), 0, std::string("zip: ") + ::zip_strerror(zip_.get()));
    }
    const zip_int64_t got = ::zip_fread(file_, buf, n);
    if (got < 0)
      throw Error::at(name(), 0, std::string("zip: ") + ::zip_file_strerror(file_));
    if (got == 0) {
      ::zip_fclose(file_);
      file_ = nullptr;
      done_ = true;
    }
    pos_ += static_cast<std::uint64_t>(got);
    return static_cast<std::size_t>(got);
  }
  std::uint64_t size() const override { return size_; }
  std::uint64_t position() const override { return pos_; }

private:
  ZipHandle zip_;
  zip_uint64_t index_;
  zip_file_t *file_ = nullptr;
  bool done_ = false;
  std::uint64_t size_, pos_ = 0;
};

std::vector<std::unique_ptr<ByteSource>> open_zip(const std::string &path) {
  int err = 0;
  zip_t *raw = ::zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (!raw) {
    zip_error_t e;
    ::zip_error_init_with_code(&e, err);
    const std::string msg = ::zip_error_strerror(&e);
    ::zip_error_fini(&e);
    throw Error::at(path, 0, "zip: " + msg);
  }
  ZipHandle zip(raw, ZipCloser{});
  std::vector<std::unique_ptr<ByteSource>> out;
  const zip_int64_t n = ::zip_get_num_entries(raw, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    const auto index = static_cast<zip_uint64_t>(i);
    if (::zip_stat_index(raw, index, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
      continue;
    const std::string entry = st.name;
    if (entry.empty() || entry.back() == '/' || entry.find("__MACOSX") == 0)
      continue;
    const std::uint64_t size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
    out.push_back(std::make_unique<ZipEntrySource>(path + ":" + entry, zip, index, size));
  }
  if (out.empty())
    throw Error::at(path, 0, "zip archive has no files");
  return out;
}

} // namespace

std::vector<std::unique_ptr<ByteSource>> open_sources(const std::string &path) {
  std::vector<std::unique_ptr<ByteSource>> out;
  if (path == "-") {
    // gzdopen reads plain data through unchanged, so stdin may be either.
    const int fd = ::dup(0);
    if (fd < 0)
      throw Error::at("<stdin>", 0, "cannot read: " + errno_text());
    out.push_back(std::make_unique<GzSource>("<stdin>", fd));
    return out;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    throw Error::at(path, 0, "cannot open: " + errno_text());
  note_input(fd);
  unsigned char magic[4] = {0, 0, 0, 0};
  const ssize_t got = ::pread(fd, magic, sizeof magic, 0);
  if (got >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
    ::close(fd);
    return open_zip(path);
  }
  if (got >= 2 && magic[0] == 0x1f && magic[1] == 0x8b)
    out.push_back(std::make_unique<GzSource>(path, fd));
  else
    out.push_back(std::make_unique<FdSource>(path, fd, true));
  return out;
}

std::string read_all(ByteSource &source) {
  std::string text;
  char buf[1 << 16];
  while (std::size_t n = source.read(buf, sizeof buf))
    text.append(buf, n);
  return text;
}

bool starts_with_bom(std::string_view text) { return text.starts_with("\xEF\xBB\xBF"); }

PeekedSource::PeekedSource(ByteSource &source) : source_(source) {
  char buf[1 << 16];
  while (head_.size() < sizeof buf && head_.find('\n') == std::string::npos) {
    const std::size_t n = source_.read(buf, sizeof buf - head_.size());
    if (n == 0)
      break;
    head_.append(buf, n);
    if (head_.size() < 3 && std::string_view("\xEF\xBB\xBF").starts_with(head_))
      continue; // a mark cut short by a small read: read on before deciding
    if (skipped_ == 0 && starts_with_bom(head_)) {
      head_.erase(0, 3);
      skipped_ = 3;
    }
  }
}

std::size_t PeekedSource::read(char *buf, std::size_t n) {
  if (offset_ < head_.size()) {
    const std::size_t k = std::min(n, head_.size() - offset_);
    std::memcpy(buf, head_.data() + offset_, k);
    offset_ += k;
    return k;
  }
  return source_.read(buf, n);
}

PeekedStreamBuf::int_type PeekedStreamBuf::underflow() {
  if (gptr() < egptr())
    return traits_type::to_int_type(*gptr());
  const std::size_t n = source_.read(buf_, sizeof buf_);
  if (n == 0)
    return traits_type::eof();
  setg(buf_, buf_, buf_ + n);
  return traits_type::to_int_type(*gptr());
}

} // namespace entente
