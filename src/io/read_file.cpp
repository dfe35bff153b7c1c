#include "entente/io/read_file.hpp"

#include "entente/core/error.hpp"

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

nlohmann::json parse_json(const std::string &text, const std::string &origin) {
  int depth = 0;
  bool too_deep = false, duplicate = false;
  // Keys seen per open object: nlohmann keeps the last of two equal keys
  // silently, so an object that ends with fewer members than keys had one
  // twice ({"date":"2020-01-01","date":"2021-01-01"} is ambiguous input).
  std::vector<std::size_t> keys;
  // The callback sees every structural event before it is built, so nesting
  // is capped without recursing into it.
  auto limit = [&](int d, nlohmann::json::parse_event_t event, nlohmann::json &parsed) {
    (void)d;
    using Event = nlohmann::json::parse_event_t;
    if (event == Event::object_start || event == Event::array_start) {
      if (++depth > max_json_depth)
        too_deep = true;
      if (event == Event::object_start)
        keys.push_back(0);
    } else if (event == Event::key) {
      if (!keys.empty())
        ++keys.back();
    } else if (event == Event::object_end || event == Event::array_end) {
      --depth;
      if (event == Event::object_end && !keys.empty()) {
        if (keys.back() != parsed.size())
          duplicate = true;
        keys.pop_back();
      }
    }
    return !too_deep;
  };
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text, limit);
  } catch (const nlohmann::json::exception &e) {
    // parse_error, and out_of_range for numbers beyond a double ("1e400").
    throw Error::at(origin, 0, std::string("invalid JSON: ") + e.what());
  }
  if (too_deep)
    throw Error::at(origin, 0, "JSON nested deeper than 256 levels");
  if (duplicate)
    throw Error::at(origin, 0, "invalid JSON: an object has the same key twice");
  return j;
}

nlohmann::json read_json_file(const std::string &path) {
  return parse_json(read_text(path), path == "-" ? "<stdin>" : path);
}

} // namespace entente
