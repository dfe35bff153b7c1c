#include "entente/io/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

namespace entente {
namespace {

// Strings that need no escaping in JSON and are valid UTF-8 as they are:
// printable ASCII without quote or backslash. Anything else is escaped by
// nlohmann itself, so that both writers agree byte for byte.
bool plain(std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\')
      return false;
  }
  return true;
}

void append_string(std::string &buf, std::string_view s) {
  if (plain(s)) {
    buf += '"';
    buf.append(s);
    buf += '"';
  } else {
    buf += nlohmann::json(std::string(s))
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
}

} // namespace

JsonWriter::~JsonWriter() {
  try {
    finish();
  } catch (...) { // a destructor must not throw; finish() reports errors
  }
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (counts_.empty())
    return;
  buf_ += counts_.back() > 0 ? ",\n" : "\n";
  buf_.append(counts_.size(), ' ');
  ++counts_.back();
}

void JsonWriter::key(std::string_view name) {
  buf_ += counts_.back() > 0 ? ",\n" : "\n";
  buf_.append(counts_.size(), ' ');
  ++counts_.back();
  append_string(buf_, name);
  buf_ += ": ";
  after_key_ = true;
}

void JsonWriter::open(char bracket) {
  before_value();
  buf_ += bracket;
  counts_.push_back(0);
}

void JsonWriter::close(char bracket) {
  const auto n = counts_.back();
  counts_.pop_back();
  if (n > 0) { // an empty container stays "{}" or "[]"
    buf_ += '\n';
    buf_.append(counts_.size(), ' ');
  }
  buf_ += bracket;
  spill();
}

void JsonWriter::value(std::string_view s) {
  before_value();
  append_string(buf_, s);
  spill();
}

void JsonWriter::value(std::int64_t n) { integer(n); }
void JsonWriter::value(std::size_t n) { integer(n); }

template <typename Int> void JsonWriter::integer(Int n) {
  before_value();
  char text[24];
  const auto end = std::to_chars(text, text + sizeof text, n).ptr;
  buf_.append(text, end);
  spill();
}

void JsonWriter::value(double x) {
  before_value();
  if (!std::isfinite(x)) {
    buf_ += "null";
    return;
  }
  // nlohmann's own shortest round-trip formatting (what dump() calls), so
  // that "1.0", "0.0001" and "1e-05" come out as they always have.
  char text[64];
  char *end = nlohmann::detail::to_chars(text, text + sizeof text, x);
  buf_.append(text, static_cast<std::size_t>(end - text));
  spill();
}

void JsonWriter::null() {
  before_value();
  buf_ += "null";
}

void JsonWriter::json(const nlohmann::json &j) {
  before_value();
  const std::string text = j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
  // The dump starts at depth 0; every line after the first moves in by the
  // current depth (JSON strings hold no raw newline, so each '\n' is a line).
  const std::size_t depth = counts_.size();
  for (std::size_t from = 0; from < text.size();) {
    const auto nl = text.find('\n', from);
    const auto to = nl == std::string::npos ? text.size() : nl + 1;
    buf_.append(text, from, to - from);
    if (nl != std::string::npos)
      buf_.append(depth, ' ');
    from = to;
    spill();
  }
}

void JsonWriter::spill() {
  if (buf_.size() >= (std::size_t{1} << 20))
    finish();
}

void JsonWriter::finish() {
  if (!buf_.empty()) {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
}

} // namespace entente
