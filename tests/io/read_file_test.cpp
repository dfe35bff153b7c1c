// JSON reading: every malformed input is an entente::Error naming its
// origin, never another exception type escaping to the user.
#include "entente/core/error.hpp"
#include "entente/io/read_file.hpp"
#include "entente/io/relations_jsonl.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

using namespace entente;

TEST_CASE("regression: a JSON number beyond a double is an Error, not an escaping exception",
          "[io][fuzz]") {
  // Found by fuzz_relations_jsonl: nlohmann throws out_of_range (406) for
  // "1e316", which parse_json did not catch, so it crossed entente's error
  // handling as a raw library exception.
  CHECK_THROWS_AS(parse_json("{\"goldstein\":1e316}", "x.json"), Error);
  CHECK_THROWS_WITH(parse_json("[-1e400]", "x.json"), Catch::Contains("x.json: invalid JSON"));
  std::istringstream in("{\"date\":\"2020-01-01\",\"source\":\"A\",\"target\":\"B\","
                        "\"code\":\"036\",\"goldstein\":1e316}\n");
  CHECK_THROWS_WITH(read_relations_jsonl(in, "r.jsonl", [](Relation &&) {}),
                    Catch::Contains("r.jsonl:1:"));
}

TEST_CASE("JSON nested past the limit is refused without recursing", "[io]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK_THROWS_WITH(parse_json(deep, "deep.json"), Catch::Contains("nested deeper than 256"));
  CHECK(parse_json(std::string(200, '[') + std::string(200, ']'), "ok.json").is_array());
}
