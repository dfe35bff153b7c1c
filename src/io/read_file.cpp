#include "entente/io/read_file.hpp"

#include "entente/core/error.hpp"
#include "entente/io/input_files.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <streambuf>
#include <vector>

namespace entente {
namespace {

std::string slurp(std::istream &in, const std::string &path) {
  std::string data;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    data.append(buf, static_cast<std::size_t>(in.gcount()));
    if (data.size() > max_whole_file_bytes)
      throw Error::at(path, 0, "file larger than 1 GiB");
  }
  if (in.bad())
    throw Error::at(path, 0, "read error");
  // A UTF-8 byte-order mark is no part of the text (a CSV header or an
  // article's first word would carry it).
  if (data.starts_with("\xEF\xBB\xBF"))
    data.erase(0, 3);
  return data;
}

} // namespace

std::string read_text(const std::string &path) {
  if (path == "-")
    return slurp(std::cin, "<stdin>");
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw Error::at(path, 0, "is a folder, expected a file");
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error::at(path, 0, std::string("cannot open: ") + std::strerror(errno));
  note_input(path);
  return slurp(in, path);
}

namespace {

// Counts the bytes read from a stream and stops at a moving limit: a
// member of a streamed document may not take more than its share, even as
// one huge string token (which nlohmann would read whole before any event).
class CountingBuf : public std::streambuf {
public:
  struct PastLimit {};
  explicit CountingBuf(std::streambuf &source) : source_(source) {}
  std::size_t count() const { return count_ - static_cast<std::size_t>(egptr() - gptr()); }
  void limit_after(std::size_t bytes) { limit_ = count() + bytes; }

protected:
  int_type underflow() override {
    if (count_ > limit_)
      throw PastLimit{};
    const auto n = source_.sgetn(buf_, sizeof buf_);
    if (n <= 0)
      return traits_type::eof();
    count_ += static_cast<std::size_t>(n);
    setg(buf_, buf_, buf_ + n);
    return traits_type::to_int_type(*gptr());
  }

private:
  std::streambuf &source_;
  std::size_t count_ = 0, limit_ = ~std::size_t{0};
  char buf_[1 << 16];
};

// The checks every parse makes, as nlohmann's parser callback: nesting at
// most 256 deep (the callback sees every structural event before it is
// built, so the cap works without recursing) and no key twice in an object
// (nlohmann keeps the last one silently: {"date":"2020-01-01","date":"2021-
// 01-01"} is ambiguous input). When streaming, the top-level arrays'
// elements are handed to `take` as they complete, and each member (or each
// taken element) may read `member_limit` bytes at most.
class Guard {
public:
  Guard(const JsonElementTaker *take, CountingBuf *bytes, std::size_t member_limit,
        std::string origin)
      : take_(take), bytes_(bytes), member_limit_(member_limit), origin_(std::move(origin)) {}

  bool operator()(int, nlohmann::json::parse_event_t event, nlohmann::json &parsed) {
    using Event = nlohmann::json::parse_event_t;
    switch (event) {
    case Event::object_start:
    case Event::array_start:
      kinds_.push_back(event == Event::object_start ? 'o' : 'a');
      if (kinds_.size() > max_depth)
        too_deep_ = true;
      if (event == Event::object_start)
        keys_.push_back(0);
      if (top_array())
        index_ = 0;
      return !too_deep_;
    case Event::key:
      if (!keys_.empty())
        ++keys_.back();
      if (kinds_.size() == 1) {
        key_ = parsed.is_string() ? parsed.get<std::string>() : std::string();
        restart_limit();
      }
      return !too_deep_;
    case Event::object_end:
    case Event::array_end:
      kinds_.pop_back();
      if (event == Event::object_end && !keys_.empty()) {
        if (!too_deep_ && keys_.back() != parsed.size())
          throw Error::at(origin_, 0, "invalid JSON: an object has the same key twice");
        keys_.pop_back();
      }
      return keep(parsed);
    case Event::value:
      return keep(parsed);
    }
    return !too_deep_;
  }

  void check() const {
    if (too_deep_)
      throw Error::at(origin_, 0, "JSON nested deeper than 256 levels");
  }
  const std::string &member() const { return key_; }

private:
  static constexpr std::size_t max_depth = 256;
  bool top_array() const { return kinds_.size() == 2 && kinds_[0] == 'o' && kinds_[1] == 'a'; }
  void restart_limit() {
    if (bytes_)
      bytes_->limit_after(member_limit_);
  }
  // A completed value: an element of a top-level array may go to `take`.
  bool keep(nlohmann::json &parsed) {
    if (too_deep_)
      return false;
    if (take_ && *take_ && top_array() && (*take_)(key_, index_++, parsed)) {
      restart_limit(); // what was taken costs nothing any more
      return false;
    }
    return true;
  }

  const JsonElementTaker *take_;
  CountingBuf *bytes_;
  std::size_t member_limit_;
  std::string origin_;
  std::vector<char> kinds_;       // open containers, 'o' or 'a'
  std::vector<std::size_t> keys_; // keys seen per open object
  std::string key_;               // the current top-level member
  std::size_t index_ = 0;         // of the next element of a top-level array
  bool too_deep_ = false;
};

} // namespace

nlohmann::json parse_json(const std::string &text, const std::string &origin) {
  Guard guard(nullptr, nullptr, 0, origin);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text, std::ref(guard));
  } catch (const nlohmann::json::exception &e) {
    // parse_error, and out_of_range for numbers beyond a double ("1e400").
    throw Error::at(origin, 0, std::string("invalid JSON: ") + e.what());
  }
  guard.check();
  return j;
}

nlohmann::json parse_json_stream(std::istream &in, const std::string &origin,
                                 const JsonElementTaker &take, std::size_t member_limit) {
  CountingBuf bytes(*in.rdbuf());
  std::istream counted(&bytes);
  Guard guard(&take, &bytes, member_limit, origin);
  bytes.limit_after(member_limit); // until the first member
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(counted, std::ref(guard));
  } catch (const nlohmann::json::exception &e) {
    throw Error::at(origin, 0, std::string("invalid JSON: ") + e.what());
  } catch (const CountingBuf::PastLimit &) {
    throw Error::at(origin, 0,
                    "member \"" + guard.member() + "\" takes more than " +
                        std::to_string(member_limit >> 20) + " MiB of JSON");
  }
  if (in.bad())
    throw Error::at(origin, 0, "read error");
  guard.check();
  return j;
}

LineRead read_bounded_line(std::istream &in, std::string &line, std::size_t max) {
  line.clear();
  bool any = false;
  char piece[1 << 16];
  for (;;) {
    in.get(piece, sizeof piece, '\n');
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got > 0) {
      any = true;
      line.append(piece, got);
      if (line.size() > max)
        return LineRead::too_long;
    }
    if (in.bad())
      return LineRead::end; // callers check in.bad() and report the read error
    if (in.eof())
      return any ? LineRead::line : LineRead::end;
    if (got == 0) // get() stored nothing and set failbit: the next byte is '\n'
      in.clear();
    if (in.peek() == '\n') {
      in.ignore();
      return LineRead::line;
    }
  }
}

nlohmann::json read_json_file(const std::string &path) {
  return parse_json(read_text(path), path == "-" ? "<stdin>" : path);
}

} // namespace entente
