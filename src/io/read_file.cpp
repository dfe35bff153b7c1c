#include "entente/io/read_file.hpp"

#include "entente/core/error.hpp"
#include "entente/io/input_files.hpp"

#include <algorithm>
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

constexpr int max_json_depth = 256;

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

// nlohmann's messages open with "[json.exception.parse_error.101] ", which
// tells a user nothing: the rest ("parse error at line 2, column 1: ...")
// does.
std::string without_tag(const std::string &what) {
  if (what.starts_with("[json.exception.")) {
    const auto end = what.find("] ");
    if (end != std::string::npos)
      return what.substr(end + 2);
  }
  return what;
}

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

// Builds the DOM from nlohmann's SAX events, refusing nesting deeper than
// max_json_depth and an object with the same key twice (nlohmann would keep
// the last silently: {"date":"2020-01-01","date":"2021-01-01"} is
// ambiguous input). nlohmann's callback parser could check both, but it
// rescans an object's or array's members each time one of them ends, which
// is quadratic in a snapshot's 20,000-dyad arrays. When streaming, the
// elements of the top-level object's arrays go to `take` as they complete,
// and each member (or each taken element) may read `member_limit` bytes.
class DomBuilder : public nlohmann::json_sax<nlohmann::json> {
public:
  using json = nlohmann::json;
  DomBuilder(json &root, const SkippedMembers &skip) : root_(root), skip_(skip) {}
  DomBuilder(json &root, const SkippedMembers &skip, const JsonElementTaker &take,
             CountingBuf &bytes, std::size_t member_limit)
      : root_(root), skip_(skip), take_(&take), bytes_(&bytes), member_limit_(member_limit) {}

  bool null() override { return put(nullptr); }
  bool boolean(bool v) override { return put(v); }
  bool number_integer(number_integer_t v) override { return put(v); }
  bool number_unsigned(number_unsigned_t v) override { return put(v); }
  bool number_float(number_float_t v, const string_t &) override { return put(v); }
  bool string(string_t &v) override { return put(std::move(v)); }
  bool binary(binary_t &v) override { return put(json::binary(std::move(v))); }
  bool start_object(std::size_t) override { return open(json::object()); }
  bool start_array(std::size_t) override { return open(json::array()); }
  bool key(string_t &k) override {
    if (skipping_ > 0)
      return true;
    if (stack_.back()->contains(k)) {
      duplicate = true;
      return false;
    }
    key_ = std::move(k);
    if (stack_.size() == 1) {
      member_ = key_;
      restart_limit();
    }
    if (skipped(key_))
      skipping_ = 1; // the member's value follows
    return true;
  }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string &,
                   const nlohmann::detail::exception &e) override {
    error = without_tag(e.what());
    return false;
  }

  bool too_deep = false, duplicate = false;
  std::string error;
  const std::string &member() const { return member_; }

private:
  json &root_;
  const SkippedMembers &skip_;
  const JsonElementTaker *take_ = nullptr;
  CountingBuf *bytes_ = nullptr;
  std::size_t member_limit_ = 0;
  std::string member_;    // the current member of the top-level object
  std::size_t index_ = 0; // of the next element of a top-level array
  std::vector<json *> stack_;
  std::vector<std::string> path_; // keys from the root to the open container
  string_t key_;
  // Inside a skipped member: 1 + the nesting inside its value; 0 otherwise.
  std::size_t skipping_ = 0;

  bool skipped(const std::string &key) const {
    for (const auto &p : skip_)
      if (p.size() == path_.size() + 1 && p.back() == key &&
          std::equal(path_.begin(), path_.end(), p.begin()))
        return true;
    return false;
  }

  // Where the next value goes: the root, the end of an array, or the object
  // member named by the last key.
  json *slot(json &&value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    json &parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    return &(parent[key_] = std::move(value));
  }
  template <class T> bool put(T &&v) {
    if (skipping_ == 1)
      skipping_ = 0; // a skipped scalar member
    else if (skipping_ == 0) {
      slot(json(std::forward<T>(v)));
      offer();
    }
    return true;
  }
  void restart_limit() {
    if (bytes_)
      bytes_->limit_after(member_limit_);
  }
  bool in_top_array() const {
    return stack_.size() == 2 && stack_[0]->is_object() && stack_[1]->is_array();
  }
  // A value just completed: an element of a top-level array may go to
  // `take`, and then stays out of the DOM.
  void offer() {
    if (!take_ || !*take_ || !in_top_array())
      return;
    auto &array = stack_[1]->get_ref<json::array_t &>();
    if ((*take_)(member_, index_++, array.back())) {
      array.pop_back();
      restart_limit(); // what was taken costs nothing any more
    }
  }
  bool open(json &&empty) {
    if (stack_.size() + skipping_ >= static_cast<std::size_t>(max_json_depth)) {
      too_deep = true;
      return false;
    }
    if (skipping_ > 0) {
      ++skipping_;
      return true;
    }
    // A container below the root is named by the key that holds it, or ""
    // in an array (skipped paths name object members only).
    if (!stack_.empty())
      path_.push_back(stack_.back()->is_object() ? key_ : std::string());
    stack_.push_back(slot(std::move(empty)));
    if (in_top_array())
      index_ = 0;
    return true;
  }
  bool close() {
    if (skipping_ > 0) {
      if (--skipping_ == 1)
        skipping_ = 0; // the skipped value ended
      return true;
    }
    stack_.pop_back();
    if (!stack_.empty())
      path_.pop_back();
    offer();
    return true;
  }
};

} // namespace

namespace {

// Runs the SAX parse of `input` into `j` and turns what the builder saw
// into errors naming `origin`.
template <class Input> void build(Input &&input, DomBuilder &builder, const std::string &origin) {
  bool ok = false;
  try {
    ok = nlohmann::json::sax_parse(std::forward<Input>(input), &builder);
  } catch (const nlohmann::json::exception &e) {
    // out_of_range for numbers beyond a double ("1e400").
    throw Error::at(origin, 0, "invalid JSON: " + without_tag(e.what()));
  }
  if (builder.too_deep)
    throw Error::at(origin, 0, "JSON nested deeper than 256 levels");
  if (builder.duplicate)
    throw Error::at(origin, 0, "invalid JSON: an object has the same key twice");
  if (!ok)
    throw Error::at(origin, 0, "invalid JSON: " + builder.error);
}

} // namespace

nlohmann::json parse_json(const std::string &text, const std::string &origin,
                          const SkippedMembers &skip) {
  nlohmann::json j;
  DomBuilder builder(j, skip);
  build(text, builder, origin);
  return j;
}

nlohmann::json parse_json_stream(std::istream &in, const std::string &origin,
                                 const JsonElementTaker &take, std::size_t member_limit,
                                 const SkippedMembers &skip) {
  CountingBuf bytes(*in.rdbuf());
  std::istream counted(&bytes);
  bytes.limit_after(member_limit); // until the first member
  nlohmann::json j;
  DomBuilder builder(j, skip, take, bytes, member_limit);
  try {
    build(counted, builder, origin);
  } catch (const CountingBuf::PastLimit &) {
    throw Error::at(origin, 0,
                    "member \"" + builder.member() + "\" takes more than " +
                        std::to_string(member_limit >> 20) + " MiB of JSON");
  }
  if (in.bad())
    throw Error::at(origin, 0, "read error");
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

nlohmann::json read_json_file(const std::string &path, const SkippedMembers &skip) {
  return parse_json(read_text(path), path == "-" ? "<stdin>" : path, skip);
}

} // namespace entente
