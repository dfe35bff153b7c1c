// Atomic output (issue 15, item 1): a regular file is replaced whole with
// its mode kept; a character device or a FIFO is written through and stays
// what it was; a symlink is followed; an input of the run is never replaced.
#include "entente/core/error.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/io/input_files.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>

using namespace entente;
namespace fs = std::filesystem;

namespace {

mode_t mode_of(const std::string &path, bool follow = true) {
  struct stat st {};
  REQUIRE((follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st)) == 0);
  return st.st_mode;
}

std::size_t files_in(const fs::path &dir) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

} // namespace

TEST_CASE("regression: a rewrite keeps the file's permissions", "[io][issue15]") {
  test::TempDir dir;
  const auto path = dir.file("private.json");
  test::write_file(path, "old");
  REQUIRE(::chmod(path.c_str(), 0600) == 0);
  write_file_atomic(path, "new");
  CHECK(test::read_file(path) == "new");
  CHECK((mode_of(path) & 07777) == 0600); // was 644 after the rename
  CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("regression: a character device is written through, not replaced", "[io][issue15]") {
  test::TempDir dir;
  // A null device of our own (mknod needs root): never /dev/null itself.
  const auto device = dir.file("null");
  if (::mknod(device.c_str(), S_IFCHR | 0666, ::makedev(1, 3)) != 0) {
    WARN("cannot make a device node here (not root): device case not tested");
    return;
  }
  write_file_atomic(device, "discarded");
  CHECK(S_ISCHR(mode_of(device)));
  CHECK(files_in(dir.path()) == 1); // no temporary file either
}

TEST_CASE("regression: a FIFO is written through to its reader", "[io][issue15]") {
  test::TempDir dir;
  const auto fifo = dir.file("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  test::FifoReader reader(fifo, dir.file("got"));
  write_file_atomic(fifo, "through the pipe\n");
  REQUIRE(reader.finished(std::chrono::seconds(10)));
  CHECK(test::read_file(dir.file("got")) == "through the pipe\n");
  CHECK(S_ISFIFO(mode_of(fifo)));
  CHECK(files_in(dir.path()) == 2); // the FIFO and what the reader got
}

TEST_CASE("regression: a symlink's target is replaced, the link kept", "[io][issue15]") {
  test::TempDir dir;
  fs::create_directory(dir.file("sub"));
  test::write_file(dir.file("sub/target.txt"), "old");
  fs::create_symlink("sub/target.txt", dir.file("link.txt"));
  fs::create_symlink("link.txt", dir.file("link2.txt")); // a chain
  write_file_atomic(dir.file("link2.txt"), "new");
  CHECK(S_ISLNK(mode_of(dir.file("link.txt"), false)));
  CHECK(S_ISLNK(mode_of(dir.file("link2.txt"), false)));
  CHECK(test::read_file(dir.file("sub/target.txt")) == "new");
  fs::create_symlink("loop.txt", dir.file("loop.txt"));
  CHECK_THROWS_WITH(write_file_atomic(dir.file("loop.txt"), "x"),
                    Catch::Contains("too many levels of symlinks"));
}

TEST_CASE("regression: an input of the run is never the output", "[io][issue15]") {
  test::TempDir dir;
  const auto input = dir.file("in.csv");
  test::write_file(input, "data");
  fs::create_symlink("in.csv", dir.file("alias.csv"));
  note_input(input);
  CHECK(is_input(dir.file("alias.csv")));
  CHECK_THROWS_WITH(write_file_atomic(dir.file("alias.csv"), "x"),
                    Catch::Contains("is one of this run's inputs"));
  CHECK_THROWS_WITH(write_output(input, "x"), Catch::Contains("is one of this run's inputs"));
  // Noted after the output was opened (load reads as it writes): refused at commit.
  const auto later = dir.file("later.csv");
  test::write_file(later, "data");
  {
    AtomicFile out(later);
    out.stream() << "x";
    note_input(later);
    CHECK_THROWS_WITH(out.commit(), Catch::Contains("is one of this run's inputs"));
  }
  CHECK(test::read_file(input) == "data");
  CHECK(test::read_file(later) == "data");
  CHECK(files_in(dir.path()) == 3);
}

TEST_CASE("a folder or a missing folder is no output", "[io][issue15]") {
  test::TempDir dir;
  CHECK_THROWS_WITH(write_file_atomic(dir.path(), "x"), Catch::Contains("is a folder"));
  CHECK_THROWS_WITH(write_file_atomic(dir.file("no/such.json"), "x"),
                    Catch::Contains("does not exist"));
}
