#include "entente/io/read_file.hpp"

#include "entente/core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
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
  return slurp(in, path);
}

namespace {

// Builds the DOM from nlohmann's SAX events, refusing nesting deeper than
// max_json_depth and an object with the same key twice (nlohmann would keep
// the last silently: {"date":"2020-01-01","date":"2021-01-01"} is
// ambiguous input). nlohmann's callback parser could check both, but it
// rescans an object's or array's members each time one of them ends, which
// is quadratic in a snapshot's 20,000-dyad arrays.
class DomBuilder : public nlohmann::json_sax<nlohmann::json> {
public:
  using json = nlohmann::json;
  DomBuilder(json &root, const SkippedMembers &skip) : root_(root), skip_(skip) {}

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
    if (skipped(key_))
      skipping_ = 1; // the member's value follows
    return true;
  }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string &,
                   const nlohmann::detail::exception &e) override {
    error = e.what();
    return false;
  }

  bool too_deep = false, duplicate = false;
  std::string error;

private:
  json &root_;
  const SkippedMembers &skip_;
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
    else if (skipping_ == 0)
      slot(json(std::forward<T>(v)));
    return true;
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
    return true;
  }
};

} // namespace

nlohmann::json parse_json(const std::string &text, const std::string &origin,
                          const SkippedMembers &skip) {
  nlohmann::json j;
  DomBuilder builder(j, skip);
  bool ok = false;
  try {
    ok = nlohmann::json::sax_parse(text, &builder);
  } catch (const nlohmann::json::exception &e) {
    // out_of_range for numbers beyond a double ("1e400").
    throw Error::at(origin, 0, std::string("invalid JSON: ") + e.what());
  }
  if (builder.too_deep)
    throw Error::at(origin, 0, "JSON nested deeper than 256 levels");
  if (builder.duplicate)
    throw Error::at(origin, 0, "invalid JSON: an object has the same key twice");
  if (!ok)
    throw Error::at(origin, 0, "invalid JSON: " + builder.error);
  return j;
}

nlohmann::json read_json_file(const std::string &path, const SkippedMembers &skip) {
  return parse_json(read_text(path), path == "-" ? "<stdin>" : path, skip);
}

} // namespace entente
