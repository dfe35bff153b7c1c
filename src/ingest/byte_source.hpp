// Where input bytes come from: a plain file, standard input, a gzip file
// (zlib) or the entries of a zip archive (libzip), chosen by the first bytes,
// not the name. Readers pull blocks; nothing holds a whole file in memory.
//
//   char buf[1 << 16];
//   std::size_t bytes = 0;
//   for (auto& src : entente::open_sources("events.export.CSV.zip"))
//     while (std::size_t n = src->read(buf, sizeof buf)) bytes += n;
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

class ByteSource {
public:
  virtual ~ByteSource() = default;
  // Up to n bytes into buf; 0 at the end. Throws Error naming the input.
  virtual std::size_t read(char *buf, std::size_t n) = 0;
  // For progress: the input's size and how far reading got, in the same
  // unit (compressed bytes for gzip); 0 if unknown.
  virtual std::uint64_t size() const { return 0; }
  virtual std::uint64_t position() const = 0;
  // A plain regular file can be read in parallel ranges (pread); -1 otherwise.
  virtual int plain_fd() const { return -1; }
  const std::string &name() const { return name_; }

protected:
  explicit ByteSource(std::string name) : name_(std::move(name)) {}

private:
  std::string name_;
};

// One source per input stream: a zip archive gives one per file entry
// (named "archive.zip:entry"), anything else exactly one. "-" is stdin.
std::vector<std::unique_ptr<ByteSource>> open_sources(const std::string &path);

// Reads the whole (decompressed) source as one string; for small inputs.
std::string read_all(ByteSource &source);

// The first bytes of a source (at least its first line, up to 64 KB), read
// once for format detection and then handed out again by read(). A UTF-8
// byte-order mark at the start is dropped: it belongs to no field (it stuck
// to the first actor of an edge list, and hid a JSONL file's '{' from
// detection on stdin).
class PeekedSource {
public:
  explicit PeekedSource(ByteSource &source);
  std::string_view head() const { return head_; }
  std::size_t read(char *buf, std::size_t n);
  ByteSource &source() { return source_; }
  // Bytes dropped at the start (3 after a byte-order mark, else 0), for
  // readers that read the file again by offset.
  std::size_t skipped() const { return skipped_; }

private:
  ByteSource &source_;
  std::string head_;
  std::size_t offset_ = 0, skipped_ = 0;
};

// True if `text` starts with a UTF-8 byte-order mark (EF BB BF).
bool starts_with_bom(std::string_view text);

// std::istream access to a PeekedSource (for the JSON Lines reader).
class PeekedStreamBuf : public std::streambuf {
public:
  explicit PeekedStreamBuf(PeekedSource &source) : source_(source) {}

protected:
  int_type underflow() override;

private:
  PeekedSource &source_;
  char buf_[1 << 16];
};

} // namespace entente
