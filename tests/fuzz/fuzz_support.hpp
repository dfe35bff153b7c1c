// Shared pieces of the libFuzzer targets: a private scratch folder for the
// readers that only take paths, and the rule for exceptions. A reader may
// refuse input only by throwing entente::Error (the CLI turns it into a
// message and exit code 1); any other exception escapes the target, and
// libFuzzer reports it as a crash, because then the user would see a raw
// library message or worse.
//
//   extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
//     entente::fuzz::expect_errors([&] { entente::Date::try_parse(as_text(data, size)); });
//     return 0;
//   }
#pragma once

#include "entente/core/error.hpp"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace entente::fuzz {

inline std::string_view as_text(const std::uint8_t *data, std::size_t size) {
  return {reinterpret_cast<const char *>(data), size};
}

// One folder per fuzzing process (tmpfs when there is one, to spare the
// disk), removed at a normal exit; libFuzzer's own exit skips atexit, so
// scripts/fuzz.sh removes it after each target.
inline const std::filesystem::path &scratch() {
  static const std::filesystem::path dir = [] {
    std::error_code ec;
    const bool shm = std::filesystem::is_directory("/dev/shm", ec);
    std::string name = shm ? "/dev/shm" : std::filesystem::temp_directory_path().string();
    name += "/entente-fuzz." + std::to_string(::getpid());
    std::filesystem::create_directories(name);
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(scratch(), ignored);
    });
    return std::filesystem::path(name);
  }();
  return dir;
}

inline std::string write_scratch(const std::string &name, std::string_view bytes) {
  const auto path = (scratch() / name).string();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

// Runs `f`; entente::Error is the expected answer to bad input.
template <typename F> void expect_errors(F &&f) {
  try {
    f();
  } catch (const entente::Error &) {
  }
}

// Splits fuzz input into parts at a marker line, so one input can carry
// several files (e.g. the edges and vertices of a signed CSV).
inline std::vector<std::string_view> split_parts(std::string_view text, std::string_view marker,
                                                 std::size_t max_parts) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < max_parts) {
    const auto at = text.find(marker);
    if (at == std::string_view::npos)
      break;
    parts.push_back(text.substr(0, at));
    text.remove_prefix(at + marker.size());
  }
  parts.push_back(text);
  return parts;
}

} // namespace entente::fuzz
