// Issue 18, item 5: one meaning per option across commands. Every command
// that produces something takes -q/--quiet and -o/--output with the same
// explanation, --top means "at most N, largest first (0 = all)" wherever it
// exists, and each command's -o really receives what it would print.
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

using entente::test::read_file;
using entente::test::run_entente;
using entente::test::TempDir;

namespace {

std::vector<std::string> commands() {
  const auto help = run_entente("--help").output;
  std::vector<std::string> out;
  std::istringstream in(help.substr(help.find("Subcommands:")));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line))
    if (line.size() > 2 && line[0] == ' ' && line[2] != ' ')
      out.push_back(line.substr(2, line.find(' ', 2) - 2));
  return out;
}

// The explanation of an option in a help text, spaces squeezed (CLI11 pads
// and wraps it).
std::string option_text(const std::string &help, const std::string &names) {
  const auto at = help.find("  " + names + " ");
  if (at == std::string::npos)
    return {};
  const auto from = at + 2 + names.size();
  const auto end = std::min(help.find("\n  -", from), help.find("\n\n", from));
  std::istringstream words(help.substr(from, end == std::string::npos ? end : end - from));
  std::string out, w;
  while (words >> w)
    out += (out.empty() ? "" : " ") + w;
  return out;
}

} // namespace

TEST_CASE("every command spells -q and -o alike, and --top has one meaning", "[e2e][cli]") {
  const auto names = commands();
  REQUIRE(names.size() >= 15);
  std::string quiet_text;
  for (const auto &name : names) {
    if (name == "help" || name == "completion")
      continue; // they print only what was asked for
    INFO(name);
    const auto help = run_entente("help " + name).output;
    const auto quiet = option_text(help, "-q,--quiet");
    CHECK_FALSE(quiet.empty());
    if (quiet_text.empty())
      quiet_text = quiet;
    CHECK(quiet == quiet_text);
    CHECK(help.find("-o,--output") != std::string::npos);
    if (const auto at = help.find("  --top "); at != std::string::npos)
      CHECK(help.find("At most N", at) < help.find("\n  -", at + 1));
  }
}

TEST_CASE("the output option receives what the command would print", "[e2e][cli]") {
  TempDir dir;
  const std::string tribes = "datasets/signed/tribes_edges.csv";
  const std::vector<std::string> cases = {
      "align Gama Gavev " + tribes + " --json", "metrics " + tribes + " --json",
      "metrics " + tribes, "dyads datasets/relations/gdelt1-georgia-2011-08.jsonl --json",
      "series datasets/signed/cow"};
  for (const auto &args : cases) {
    INFO(args);
    const auto printed = run_entente(args + " -q 2>/dev/null");
    REQUIRE(printed.exit_code == 0);
    REQUIRE_FALSE(printed.output.empty());
    const auto written = run_entente(args + " -q -o " + dir.file("out.txt"));
    REQUIRE(written.exit_code == 0);
    CHECK(written.output.empty());
    if (args.rfind("series", 0) == 0) // per-window seconds vary: compare the rest
      CHECK(read_file(dir.file("out.txt")).substr(0, 40) == printed.output.substr(0, 40));
    else
      CHECK(read_file(dir.file("out.txt")) == printed.output);
  }
}

TEST_CASE("metrics --save keeps the measured snapshot, -o the table", "[e2e][cli]") {
  TempDir dir;
  const auto r = run_entente("metrics datasets/signed/tribes_edges.csv -q --save " +
                             dir.file("s.json") + " -o " + dir.file("table.txt"));
  REQUIRE(r.exit_code == 0);
  CHECK(read_file(dir.file("table.txt")).find("frustration") != std::string::npos);
  const auto s = nlohmann::json::parse(read_file(dir.file("s.json")));
  CHECK(s.at("format") == "entente-snapshot");
  CHECK(s.at("metrics").contains("balance"));
}

TEST_CASE("dyads takes the event filters and --top 0 lists every dyad", "[e2e][cli]") {
  const std::string gdelt = "datasets/relations/gdelt1-georgia-2011-08.jsonl";
  const auto all = nlohmann::json::parse(run_entente("dyads -q --json " + gdelt).output);
  const auto two =
      nlohmann::json::parse(run_entente("dyads -q --json --countries geo,rus " + gdelt).output);
  REQUIRE(all.size() > two.size());
  REQUIRE(two.size() == 1);
  CHECK(two[0].at("a") == "GEO");
  CHECK(two[0].at("b") == "RUS");
  const auto conflict =
      nlohmann::json::parse(run_entente("dyads -q --json --quads 3,4 " + gdelt).output);
  CHECK(conflict.size() < all.size());
  auto lines = [](const std::string &text) { return std::count(text.begin(), text.end(), '\n'); };
  const auto table = run_entente("dyads -q --top 0 " + gdelt).output;
  CHECK(lines(table) == static_cast<long>(all.size()) + 1);
  CHECK(lines(run_entente("dyads -q --top 3 " + gdelt).output) == 4);
}
