// read_partial's numbers (issue 19): a count or a day that is not a whole
// number in its type's range is refused with the file and line, not cast
// (regression: the fuzzer's "first": 1.52e25 was undefined behaviour in
// nlohmann's conversion to int).
#include "entente/core/error.hpp"
#include "entente/graph/partial.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

using namespace entente;

namespace {

// A valid partial of one window with one dyad, as text.
std::string one_partial() {
  std::vector<Fold> parts;
  parts.emplace_back(std::vector<Window>{{}}, FoldPolicy{});
  EventRow row;
  row.date = Date::parse("2011-08-10");
  row.source = "RUS";
  row.target = "GEO";
  row.quad = 4;
  row.goldstein = -10 * micro;
  row.weight = micro;
  parts[0].add(row);
  std::ostringstream out;
  write_partial(out, parts, {"a.tsv"}, nlohmann::json::object());
  return out.str();
}

// `text` with the first `"key":value` given another value.
std::string with(std::string text, const std::string &key, const std::string &value) {
  const auto at = text.find("\"" + key + "\":");
  REQUIRE(at != std::string::npos);
  const auto from = at + key.size() + 3;
  const auto to = text.find_first_of(",}", from);
  return text.replace(from, to - from, value);
}

std::string refusal(const std::string &text) {
  std::istringstream in(text);
  try {
    read_partial(in, "p.partial");
  } catch (const Error &e) {
    return e.what();
  }
  return "";
}

} // namespace

TEST_CASE("read_partial refuses numbers that are not whole numbers in range") {
  const std::string good = one_partial();
  CHECK(refusal(good).empty());
  for (const auto &[key, value] :
       std::vector<std::pair<std::string, std::string>>{{"first", "1.52e25"},
                                                        {"first", "99999999999"},
                                                        {"used", "-1"},
                                                        {"offered", "2.5"},
                                                        {"version", "1e300"}}) {
    INFO(key << ": " << value);
    const auto why = refusal(with(good, key, value));
    CHECK_THAT(why, Catch::Contains("p.partial:") && Catch::Contains(key));
  }
}
