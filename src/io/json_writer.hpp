// A streaming JSON writer whose bytes are exactly those of nlohmann's
// dump(1, ' ', false, replace) of the same document (one space per level,
// keys in the order given, which the caller keeps sorted), so large outputs
// such as a snapshot's dyads are written without building a DOM first: no
// node per value, no copy of the whole text. Values that are already a DOM
// (a snapshot's metrics) go in through json() at the current depth.
//
//   std::ostringstream out;
//   entente::JsonWriter w(out);
//   w.begin_object();
//   w.key("code"); w.value("USA");
//   w.key("net");  w.value(2.5);
//   w.end_object();
//   w.finish();          // out.str() == "{\n \"code\": \"USA\",\n \"net\": 2.5\n}"
#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

class JsonWriter {
public:
  explicit JsonWriter(std::ostream &out) : out_(out) {}
  JsonWriter(const JsonWriter &) = delete;
  JsonWriter &operator=(const JsonWriter &) = delete;
  ~JsonWriter(); // flushes what is buffered; call finish() to see errors

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // Names the next value inside an object.
  void key(std::string_view name);

  void value(std::string_view s);
  void value(const char *s) { value(std::string_view(s)); }
  void value(const std::string &s) { value(std::string_view(s)); }
  void value(std::int64_t n);
  void value(std::size_t n);
  void value(int n) { value(static_cast<std::int64_t>(n)); }
  void value(double x); // shortest round-trip digits as nlohmann writes them; NaN/inf -> null
  void null();
  void json(const nlohmann::json &j); // a DOM value, at the current depth
  // An array of the range's values, each as value() writes it.
  template <typename Range> void array(const Range &range) {
    begin_array();
    for (const auto &x : range)
      value(x);
    end_array();
  }

  // Writes what is buffered to the stream.
  void finish();

private:
  template <typename Int> void integer(Int n);
  void open(char bracket);
  void close(char bracket);
  void before_value(); // comma, newline and indentation for the next value
  void spill();        // hands the buffer to the stream once it is large
  std::ostream &out_;
  std::string buf_;
  std::vector<std::size_t> counts_; // values so far in each open container
  bool after_key_ = false;
};

} // namespace entente
