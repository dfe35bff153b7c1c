// Signal handling is opt-in (issue 16, item 4): linking io and writing
// files leaves the process's signal dispositions alone; a program that
// wants its temporary files removed on a signal calls
// install_cleanup_handlers(), which takes only the signals still at their
// default action.
#include "entente/io/atomic_file.hpp"
#include "entente/io/temp_registry.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <csignal>

using namespace entente;

namespace {

bool is_default(int sig) {
  struct sigaction now {};
  REQUIRE(::sigaction(sig, nullptr, &now) == 0);
  return now.sa_handler == SIG_DFL;
}

} // namespace

TEST_CASE("issue 16: writing output installs no signal handler; the program opts in",
          "[io][issue16]") {
  test::TempDir dir;
  // SIGUSR1 is left ignored by the program: the handlers must not take it.
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  REQUIRE(::sigaction(SIGUSR1, &ignore, nullptr) == 0);

  write_file_atomic(dir.file("a.json"), "{}\n");
  CHECK(test::read_file(dir.file("a.json")) == "{}\n");
  for (const int sig : {SIGINT, SIGTERM, SIGHUP, SIGUSR2})
    CHECK(is_default(sig));

  install_cleanup_handlers();
  for (const int sig : {SIGINT, SIGTERM, SIGHUP, SIGUSR2})
    CHECK_FALSE(is_default(sig));
  struct sigaction usr1 {};
  REQUIRE(::sigaction(SIGUSR1, nullptr, &usr1) == 0);
  CHECK(usr1.sa_handler == SIG_IGN);
}
