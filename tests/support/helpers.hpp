// Test helpers: temporary folders, running the built binary, reading files.
//
//   entente::test::TempDir dir;                       // removed at scope end
//   auto r = entente::test::run_entente("snapshot x.jsonl -o " + dir.file("s.json"));
//   REQUIRE(r.exit_code == 0);
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace entente::test {

inline std::string source_path(const std::string &relative) {
  return std::string(ENTENTE_SOURCE_DIR) + "/" + relative;
}

class TempDir {
public:
  TempDir() {
    std::random_device rd;
    std::string name = "t"; // += : GCC 12 warns falsely on "literal" + string&&
    name += std::to_string(rd());
    path_ = std::filesystem::path(ENTENTE_TEST_TMP) / name;
    std::filesystem::create_directories(path_);
  }
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string file(const std::string &name) const { return (path_ / name).string(); }
  const std::filesystem::path &path() const { return path_; }

private:
  std::filesystem::path path_;
};

inline std::string read_file(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_file(const std::string &path, const std::string &text) {
  std::ofstream(path, std::ios::binary) << text;
}

struct RunResult {
  int exit_code = -1;
  std::string output; // stdout and stderr together
};

// Runs the built entente with `args` (shell syntax) from the source root.
inline RunResult run_entente(const std::string &args) {
  const std::string cmd =
      "cd '" + std::string(ENTENTE_SOURCE_DIR) + "' && '" ENTENTE_BINARY "' " + args + " 2>&1";
  RunResult r;
  FILE *p = popen(cmd.c_str(), "r");
  if (!p)
    return r;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0)
    r.output.append(buf, n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

} // namespace entente::test
