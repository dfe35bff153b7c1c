// Test helpers: temporary folders, running the built binary, reading files.
//
//   entente::test::TempDir dir;                       // removed at scope end
//   auto r = entente::test::run_entente("snapshot x.jsonl -o " + dir.file("s.json"));
//   REQUIRE(r.exit_code == 0);
#pragma once

#include <chrono>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

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

// Runs a shell command from the source root; "{entente}" stands for the
// built binary. Only what the command sends to stdout is captured (add
// 2>&1 where it belongs: before a redirect of stdout, to see stderr alone).
inline RunResult run_shell(std::string cmd) {
  for (auto at = cmd.find("{entente}"); at != std::string::npos; at = cmd.find("{entente}"))
    cmd.replace(at, 9, "'" ENTENTE_BINARY "'");
  cmd = "cd '" + std::string(ENTENTE_SOURCE_DIR) + "' && " + cmd;
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

// Runs the built entente with `args` (shell syntax) from the source root.
inline RunResult run_entente(const std::string &args) {
  return run_shell("{entente} " + args + " 2>&1");
}

// The same with its data limited to `megabytes` (ulimit -d: since Linux
// 4.7 the heap and every private writable mapping, but not the shared
// libraries' code, whose address space grew past these limits when librsvg and
// Link Grammar were linked and made `ulimit -v` measure them): a
// bounded-memory check. AddressSanitizer maps terabytes of shadow memory,
// so sanitizer builds cannot run these (see address_limit_works).
inline RunResult run_entente_within(std::size_t megabytes, const std::string &args) {
  return run_shell("ulimit -d " + std::to_string(megabytes * 1024) + " && {entente} " + args +
                   " 2>&1");
}

inline constexpr bool address_limit_works() {
#if defined(__SANITIZE_ADDRESS__)
  return false;
#else
  return true;
#endif
}

// Reads a FIFO in another process (copying what arrives to `into`), so that
// a writer that never comes, or a FIFO replaced by a file, fails the test
// after `limit` instead of hanging it.
class FifoReader {
public:
  FifoReader(const std::string &fifo, const std::string &into) {
    pid_ = ::fork();
    if (pid_ == 0) {
      std::ifstream in(fifo, std::ios::binary);
      std::ofstream out(into, std::ios::binary);
      out << in.rdbuf();
      out.close(); // _exit runs no destructors
      ::_exit(0);
    }
  }
  FifoReader(const FifoReader &) = delete;
  FifoReader &operator=(const FifoReader &) = delete;
  ~FifoReader() { finished(std::chrono::milliseconds(0)); }
  // True if the reader got to the end of the data within `limit`.
  bool finished(std::chrono::milliseconds limit) {
    if (pid_ <= 0)
      return done_;
    const auto end = std::chrono::steady_clock::now() + limit;
    for (;;) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return done_ = true;
      }
      if (std::chrono::steady_clock::now() >= end) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, &status, 0);
        pid_ = -1;
        return done_ = false;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }

private:
  pid_t pid_ = -1;
  bool done_ = false;
};

// The built entente running in the background, its stdin a pipe the test
// writes to and its output discarded: for signals sent mid-run.
class Child {
public:
  explicit Child(std::vector<std::string> args) {
    int fds[2];
    if (::pipe(fds) != 0)
      throw std::runtime_error("pipe failed");
    pid_ = ::fork();
    if (pid_ < 0)
      throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      ::dup2(fds[0], 0);
      ::close(fds[0]);
      ::close(fds[1]);
      const int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, 1);
      ::dup2(null, 2);
      // The test ignores SIGPIPE, and a shell running it in the background
      // ignores SIGINT: the child must not inherit either.
      for (const int sig : {SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGUSR1})
        ::signal(sig, SIG_DFL);
      if (::chdir(ENTENTE_SOURCE_DIR) != 0)
        ::_exit(126);
      std::vector<char *> argv{const_cast<char *>(ENTENTE_BINARY)};
      for (auto &a : args)
        argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(ENTENTE_BINARY, argv.data());
      ::_exit(127);
    }
    ::close(fds[0]);
    in_ = fds[1];
  }
  Child(const Child &) = delete;
  Child &operator=(const Child &) = delete;
  ~Child() {
    if (!done_) {
      ::kill(pid_, SIGKILL);
      wait_for(std::chrono::seconds(5));
    }
    if (in_ >= 0)
      ::close(in_);
  }

  bool write(const std::string &text) const {
    return ::write(in_, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  }
  void close_input() {
    if (in_ >= 0)
      ::close(in_);
    in_ = -1;
  }
  void signal(int sig) const { ::kill(pid_, sig); }
  // The raw wait status, or nothing if the child is still running after
  // `limit` (the caller then kills it: a hang is a failure, not a wait).
  std::optional<int> wait_for(std::chrono::milliseconds limit) {
    close_input();
    const auto end = std::chrono::steady_clock::now() + limit;
    for (;;) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        done_ = true;
        return status;
      }
      if (std::chrono::steady_clock::now() > end)
        return std::nullopt;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  int wait() { // the raw wait status
    close_input();
    int status = 0;
    ::waitpid(pid_, &status, 0);
    done_ = true;
    return status;
  }

private:
  pid_t pid_ = -1;
  int in_ = -1; // write end of the child's stdin
  bool done_ = false;
};
} // namespace entente::test
