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
  bool too_deep = false;
  // The callback sees every structural event before it is built, so nesting
  // is capped without recursing into it.
  auto limit = [&](int d, nlohmann::json::parse_event_t event, nlohmann::json &) {
    (void)d;
    if (event == nlohmann::json::parse_event_t::object_start ||
        event == nlohmann::json::parse_event_t::array_start) {
      if (++depth > max_json_depth)
        too_deep = true;
    } else if (event == nlohmann::json::parse_event_t::object_end ||
               event == nlohmann::json::parse_event_t::array_end) {
      --depth;
    }
    return !too_deep;
  };
  try {
    auto j = nlohmann::json::parse(text, limit);
    if (too_deep)
      throw Error::at(origin, 0, "JSON nested deeper than 256 levels");
    return j;
  } catch (const nlohmann::json::parse_error &e) {
    throw Error::at(origin, 0, std::string("invalid JSON: ") + e.what());
  }
}

nlohmann::json read_json_file(const std::string &path) {
  return parse_json(read_text(path), path == "-" ? "<stdin>" : path);
}

} // namespace entente
