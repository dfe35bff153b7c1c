#include "entente/io/json_writer.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {

// Writes `j` through JsonWriter value by value (objects' keys in their
// sorted order, as nlohmann keeps them).
void write(entente::JsonWriter &w, const nlohmann::json &j) {
  if (j.is_object()) {
    w.begin_object();
    for (const auto &[k, v] : j.items()) {
      w.key(k);
      write(w, v);
    }
    w.end_object();
  } else if (j.is_array()) {
    w.begin_array();
    for (const auto &v : j)
      write(w, v);
    w.end_array();
  } else if (j.is_string()) {
    w.value(j.get_ref<const std::string &>());
  } else if (j.is_number_float()) {
    w.value(j.get<double>());
  } else if (j.is_number_unsigned()) {
    w.value(j.get<std::size_t>());
  } else if (j.is_number_integer()) {
    w.value(j.get<std::int64_t>());
  } else if (j.is_null()) {
    w.null();
  } else {
    w.json(j); // booleans: through the DOM path
  }
}

std::string streamed(const nlohmann::json &j) {
  std::ostringstream out;
  entente::JsonWriter w(out);
  write(w, j);
  w.finish();
  return out.str();
}

std::string dumped(const nlohmann::json &j) {
  return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

TEST_CASE("JsonWriter writes the bytes of nlohmann's dump(1)", "[json_writer]") {
  const double inf = std::numeric_limits<double>::infinity();
  nlohmann::json j = {
      {"numbers",
       {0.0, -0.0, 1.0, -62.0, 0.1, 1e-05, 0.0001, 123456.789012, 1e15, 1e16, 1e300, 2.5e-300,
        -85.1, inf, std::nan("")}},
      {"integers", {0, -1, std::int64_t{1} << 62, std::numeric_limits<std::int64_t>::min()}},
      {"unsigned", std::size_t{18446744073709551615ull}},
      {"strings",
       {"", "plain", "quote \" and \\ backslash", "tab\tnew\nline", "\x01 control", "del \x7f",
        "caf\xc3\xa9 \xe2\x82\xac", "broken \xe2\x82 utf-8", "\xff"}},
      {"empty object", nlohmann::json::object()},
      {"empty array", nlohmann::json::array()},
      {"nested", {{"a", {{"b", {1, 2, {{"c", nullptr}}}}}}, {"z", true}}},
      {"\xe2\x9c\x93 key \"quoted\"", false}};
  CHECK(streamed(j) == dumped(j));
  CHECK(streamed(nlohmann::json::object()) == "{}");
  CHECK(streamed(nlohmann::json::array()) == "[]");
  CHECK(streamed(nlohmann::json(2.5)) == "2.5");
}

TEST_CASE("JsonWriter indents a DOM value to the depth it is written at", "[json_writer]") {
  const nlohmann::json inner = {{"x", {1, 2}}, {"y", {{"z", "w"}}}, {"e", nlohmann::json::array()}};
  const nlohmann::json whole = {{"a", {{"deep", inner}}}, {"b", inner}, {"c", {inner, inner}}};
  std::ostringstream out;
  {
    entente::JsonWriter w(out);
    w.begin_object();
    w.key("a");
    w.begin_object();
    w.key("deep");
    w.json(inner);
    w.end_object();
    w.key("b");
    w.json(inner);
    w.key("c");
    w.begin_array();
    w.json(inner);
    w.json(inner);
    w.end_array();
    w.end_object();
    w.finish();
  }
  CHECK(out.str() == dumped(whole));
}

TEST_CASE("JsonWriter hands large outputs to the stream as it goes", "[json_writer]") {
  nlohmann::json big = nlohmann::json::array();
  for (int i = 0; i < 60000; ++i)
    big.push_back({{"i", i}, {"name", "actor " + std::to_string(i)}, {"w", i / 7.0}});
  CHECK(streamed(big) == dumped(big)); // more than one 1 MB spill
}
