// Robustness end to end (issue 8): interrupted runs leave the old output or
// the new one and no temporary file, hostile actor names render safely to
// DOT, SVG and HTML, and the bad inputs of docs/robustness.md give the
// message and exit code the table promises.
#include "entente/render/graphviz.hpp"
#include "support/archives.hpp"
#include "support/helpers.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using entente::test::Child;
using entente::test::read_file;
using entente::test::run_entente;
using entente::test::TempDir;
using entente::test::write_file;
using entente::test::write_gzip;
using entente::test::write_zip;

namespace {

// Names of the files in `dir` other than `keep`.
std::vector<std::string> others(const std::filesystem::path &dir, const std::string &keep) {
  std::vector<std::string> names;
  for (const auto &e : std::filesystem::directory_iterator(dir))
    if (e.path().filename() != keep)
      names.push_back(e.path().filename().string());
  return names;
}

bool has_temp(const std::filesystem::path &dir) {
  for (const auto &e : std::filesystem::directory_iterator(dir))
    if (e.path().filename().string().find(".tmp.") != std::string::npos)
      return true;
  return false;
}

std::string relation_lines(int n) {
  std::string text;
  for (int i = 0; i < n; ++i)
    text += "{\"date\":\"2020-01-" + std::to_string(10 + i % 20) +
            "\",\"source\":\"USA\",\"target\":\"RUS\",\"code\":\"036\"}\n";
  return text;
}

} // namespace

TEST_CASE("an interrupted run leaves the old output and no temporary file", "[e2e][robustness]") {
  ::signal(SIGPIPE, SIG_IGN); // a child that dies early must fail the test, not kill it
  const std::string old_text = "{\"format\":\"entente-relations\",\"version\":1}\n" +
                               relation_lines(1); // the previous run's output
  for (const int sig : {SIGTERM, SIGINT}) {
    DYNAMIC_SECTION("signal " << sig) {
      TempDir dir;
      const auto out = dir.file("out.jsonl");
      write_file(out, old_text);
      // `load -` reads stdin until it ends; this one never does until the
      // signal, so the run is mid-way when it arrives.
      Child child({"load", "-", "-q", "-o", out});
      REQUIRE(child.write("{\"format\":\"entente-relations\",\"version\":1}\n"));
      bool started = false;
      for (int i = 0; i < 400 && !started; ++i) { // up to 20 s (sanitizer builds are slow)
        REQUIRE(child.write(relation_lines(50)));
        started = has_temp(dir.path());
        if (!started)
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
      REQUIRE(started); // the new output is being written next to the old one
      child.signal(sig);
      const int status = child.wait();
      CHECK(WIFSIGNALED(status)); // ended by the signal, as without entente's handler
      CHECK(WTERMSIG(status) == sig);
      CHECK(read_file(out) == old_text);
      CHECK(others(dir.path(), "out.jsonl").empty());
    }
  }
}

TEST_CASE("a run that fails mid-way keeps the old output; one that ends replaces it",
          "[e2e][robustness]") {
  ::signal(SIGPIPE, SIG_IGN);
  TempDir dir;
  const auto out = dir.file("out.jsonl");
  const std::string old_text = "old\n";
  write_file(out, old_text);
  {
    Child child({"load", "-", "-q", "-o", out});
    REQUIRE(child.write(relation_lines(200) + "{\"date\":\"2020-02-30\"}\n"));
    const int status = child.wait();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(read_file(out) == old_text);
    CHECK(others(dir.path(), "out.jsonl").empty());
  }
  {
    Child child({"load", "-", "-q", "-o", out});
    REQUIRE(child.write(relation_lines(200)));
    const int status = child.wait();
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    const auto text = read_file(out);
    CHECK(text.rfind("{\"format\":\"entente-relations\"", 0) == 0);
    CHECK(std::count(text.begin(), text.end(), '\n') == 201);
    CHECK(others(dir.path(), "out.jsonl").empty());
  }
}

TEST_CASE("hostile actor names render safely to DOT, SVG and the HTML report",
          "[e2e][robustness]") {
  // Markup, quotes, backslashes, braces, DOT keywords and edge operators.
  // A name ending in a backslash is refused on input (DOT cannot quote it:
  // see tests/core/actor_test.cpp).
  const std::vector<std::string> names = {"Say \"hi\"",
                                          "back\\slash \\ mid",
                                          "{brace} [bracket]",
                                          "<script>alert(1)</script>",
                                          "</svg><svg onload=alert(2)>",
                                          "AT&T &amp; co",
                                          "node",
                                          "graph",
                                          "subgraph",
                                          "strict",
                                          "a -- b -> c;",
                                          "<!-- x --> ]]> 'q'"};
  TempDir dir;
  // A TSV edge list (names may hold commas and quotes there): each name
  // allied with the next, at odds with the one after.
  std::string tsv = "source\ttarget\tweight\n";
  for (std::size_t i = 0; i < names.size(); ++i) {
    tsv += names[i] + "\t" + names[(i + 1) % names.size()] + "\t3\n";
    tsv += names[i] + "\t" + names[(i + 2) % names.size()] + "\t-2\n";
  }
  write_file(dir.file("edges.tsv"), tsv);
  const auto snap = run_entente("snapshot " + dir.file("edges.tsv") + " --level actor -q -o " +
                                dir.file("s.json"));
  INFO(snap.output);
  REQUIRE(snap.exit_code == 0);

  // DOT: Graphviz reads back every name as one node.
  REQUIRE(run_entente("render " + dir.file("s.json") + " -o " + dir.file("g.dot")).exit_code == 0);
  {
    auto lock = entente::graphviz_lock();
    const auto g = entente::CGraph::parse_dot(read_file(dir.file("g.dot")));
    CHECK(static_cast<std::size_t>(agnnodes(g.get())) == names.size());
    for (auto name : names) {
      INFO(name);
      CHECK(agnode(g.get(), name.data(), 0) != nullptr);
    }
  }

  // SVG: well-formed, and no name became markup.
  REQUIRE(run_entente("render " + dir.file("s.json") + " -o " + dir.file("g.svg")).exit_code == 0);
  const auto svg = read_file(dir.file("g.svg"));
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("<svg onload") == std::string::npos);
  if (std::system("command -v xmllint >/dev/null 2>&1") == 0)
    CHECK(std::system(("xmllint --noout '" + dir.file("g.svg") + "'").c_str()) == 0);
  else
    WARN("xmllint not installed (libxml2-utils): SVG well-formedness not checked");

  // HTML report: no script at all, the CSP that forbids it, names escaped.
  const auto report = run_entente("report " + dir.file("s.json") + " -o " + dir.file("r.html") +
                                  " --title " + "'<script>alert(3)</script> & \"t\"'");
  INFO(report.output);
  REQUIRE(report.exit_code == 0);
  const auto html = read_file(dir.file("r.html"));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<svg onload") == std::string::npos);
  CHECK(html.find("Content-Security-Policy") != std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(3)") != std::string::npos); // the title, escaped
}

TEST_CASE("a newline or control character in an actor name is refused with file:line",
          "[e2e][robustness]") {
  TempDir dir;
  write_file(dir.file("r.jsonl"), "{\"date\":\"2020-01-01\",\"source\":\"USA\",\"target\":\"RUS\","
                                  "\"code\":\"036\"}\n{\"date\":\"2020-01-01\",\"source\":"
                                  "\"line\\nbreak\",\"target\":\"RUS\",\"code\":\"036\"}\n");
  const auto r = run_entente("snapshot " + dir.file("r.jsonl") + " -o " + dir.file("s.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("r.jsonl:2: source: actor name contains a control character") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.file("s.json")));
}

namespace {

struct BadCase {
  std::string name;    // row of the table in docs/robustness.md
  std::string file;    // written into the temp dir with `content`...
  std::string content; // ...unless empty (then `args` name what to read)
  std::string args;    // {} is replaced by the file's path
  int exit_code;
  std::string message; // part of what entente says
};

void truncate_to_half(const std::string &path) {
  const auto bytes = read_file(path);
  write_file(path, bytes.substr(0, bytes.size() / 2));
}

const std::string header = "{\"format\":\"entente-relations\",\"version\":1}\n";
std::string relation(const std::string &fields) {
  return "{\"date\":\"2020-01-01\",\"source\":\"USA\",\"target\":\"RUS\",\"code\":\"036\"" +
         fields + "}\n";
}

} // namespace

TEST_CASE("bad inputs: the messages and exit codes of docs/robustness.md", "[e2e][robustness]") {
  TempDir dir;
  std::string garbage; // deterministic binary noise with NUL bytes
  for (unsigned i = 0, x = 12345; i < 4096; ++i, x = x * 1103515245u + 12345u)
    garbage += static_cast<char>(x >> 16);
  const std::vector<BadCase> cases = {
      {"0-byte relations", "e.jsonl", "", "snapshot {} -q -o -", 0, "\"actors\""},
      {"0-byte event file", "e.tsv", "", "snapshot {} -o s.json", 1,
       "e.tsv: unrecognised input format"},
      {"0-byte snapshot", "e.json", "", "render {} -o g.dot", 1, "e.json: invalid JSON"},
      {"binary garbage", "g.tsv", garbage, "snapshot {} -o s.json", 1,
       "g.tsv: unrecognised input format"},
      {"binary garbage as snapshot", "g.json", garbage, "metrics {}", 1, "g.json: invalid JSON"},
      {"invalid UTF-8 in JSONL", "u.jsonl", header + relation(",\"doc\":\"a\xff\xfe\""),
       "snapshot {} -o s.json", 1, "u.jsonl:2: invalid JSON"},
      {"wrong column count", "c.tsv", "A\tB\t1\nA\tB\nA\tB\t1\t2020-01-01\tx\n",
       "snapshot {} -o s.json", 0, "c.tsv:2: columns: expected 3 or 4 columns, got 2"},
      {"wrong column count, --strict", "c.tsv", "A\tB\t1\nA\tB\n", "snapshot {} --strict -o s.json",
       1, "c.tsv:2: columns"},
      {"signed CSV with a wrong field count", "x_edges.csv",
       "\"from\",\"to\",\"from_id\",\"to_id\",\"sign\"\n\"A\",\"B\",1,2\n", "metrics {}", 1,
       "x_edges.csv:2:"},
      {"NaN in JSON", "n.jsonl", relation(",\"weight\":NaN"), "snapshot {} -o s.json", 1,
       "n.jsonl:1: invalid JSON"},
      {"number beyond a double", "n.jsonl", relation(",\"goldstein\":1e400"),
       "snapshot {} -o s.json", 1, "n.jsonl:1: invalid JSON"},
      {"Goldstein out of range", "n.jsonl", relation(",\"goldstein\":11"), "snapshot {} -o s.json",
       1, "n.jsonl:1: goldstein must be a number in -10..10"},
      {"inf and huge weights in an edge list", "w.tsv",
       "s\tt\tw\nA\tB\tinf\nA\tC\t1e400\nA\tD\t2\n", "snapshot {} -o s.json", 0,
       "w.tsv:2: number: weight 'inf' is not a valid number"},
      {"date out of range in JSONL", "d.jsonl",
       "{\"date\":\"10000-01-01\",\"source\":\"A\",\"target\":\"B\"}\n", "snapshot {} -o s.json", 1,
       "d.jsonl:1: invalid date '10000-01-01'"},
      {"impossible date in an edge list", "d.tsv", "A\tB\t1\t2019-02-29\n",
       "snapshot {} --strict -o s.json", 1, "d.tsv:1: date"},
      {"date out of range on the command line", "", "",
       "snapshot datasets/relations --from "
       "0000-12-31",
       2, "--from: invalid date '0000-12-31'"},
      {"deeply nested JSON", "deep.json", std::string(100000, '[') + std::string(100000, ']'),
       "render {} -o g.dot", 1, "deep.json: JSON nested deeper than 256 levels"},
      {"duplicate keys", "k.jsonl",
       "{\"date\":\"2020-01-01\",\"date\":\"2021-01-01\",\"source\":\"A\",\"target\":\"B\"}\n",
       "snapshot {} -o s.json", 1, "k.jsonl:1: invalid JSON: an object has the same key twice"},
      {"unknown relations version", "v.jsonl", "{\"format\":\"entente-relations\",\"version\":2}\n",
       "snapshot {} -o s.json", 1, "v.jsonl:1: unsupported relations format version 2"},
      {"unknown snapshot version", "v.json", "{\"format\":\"entente-snapshot\",\"version\":9}\n",
       "render {} -o g.dot", 1, "v.json: unsupported snapshot version 9"},
      {"missing input", "", "", "snapshot /nonexistent/x.jsonl -o s.json", 1,
       "/nonexistent/x.jsonl: no such file or folder"},
      {"a folder where a file belongs", "", "", "render datasets -o g.dot", 1,
       "datasets: is a folder, expected a file"},
      {"output in a missing folder", "", "", "snapshot datasets/relations -o /nonexistent/s.json",
       1, "output folder '/nonexistent' does not exist"},
  };
  for (const auto &c : cases) {
    INFO(c.name);
    std::string args = c.args;
    if (!c.file.empty()) {
      write_file(dir.file(c.file), c.content);
      args.replace(args.find("{}"), 2, dir.file(c.file));
    }
    // Outputs go to the temp dir (the commands run from the source root).
    for (const char *out : {"s.json", "g.dot"})
      if (const auto at = args.find(std::string("-o ") + out); at != std::string::npos)
        args.replace(at + 3, std::strlen(out), dir.file(out));
    const auto r = run_entente(args);
    INFO(args << "\n" << r.output);
    CHECK(r.exit_code == c.exit_code);
    CHECK(r.output.find(c.message) != std::string::npos);
    CHECK(r.output.find("error: [json.exception") == std::string::npos); // never unwrapped
  }
}

TEST_CASE("bad inputs: truncated gzip and zip archives", "[e2e][robustness]") {
  TempDir dir;
  const auto events =
      read_file(entente::test::source_path("datasets/events/icews-2018-06-01_02.tab"));
  write_gzip(dir.file("e.tab.gz"), events);
  truncate_to_half(dir.file("e.tab.gz"));
  const auto gz = run_entente("snapshot " + dir.file("e.tab.gz") + " -o " + dir.file("s.json"));
  CHECK(gz.exit_code == 1);
  CHECK(gz.output.find("e.tab.gz: gzip:") != std::string::npos);
  write_zip(dir.file("e.zip"), "e.tab", events);
  truncate_to_half(dir.file("e.zip"));
  const auto zip = run_entente("snapshot " + dir.file("e.zip") + " -o " + dir.file("s.json"));
  CHECK(zip.exit_code == 1);
  CHECK(zip.output.find("e.zip: zip:") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.file("s.json")));
}

TEST_CASE("bad inputs: a 100 MB line is refused or skipped within bounded memory",
          "[e2e][robustness]") {
  TempDir dir;
  const std::string long_line(100u << 20, 'x');
  write_file(dir.file("long.jsonl"), header + "{\"source\":\"" + long_line + "\"}\n");
  const auto jsonl =
      run_entente("snapshot " + dir.file("long.jsonl") + " -o " + dir.file("s.json"));
  CHECK(jsonl.exit_code == 1);
  CHECK(jsonl.output.find("long.jsonl:2: line longer than 16 MiB") != std::string::npos);
  write_file(dir.file("long.tsv"), "A\tB\t1\n" + long_line + "\nC\tD\t-1\n");
  const auto tsv = run_entente("snapshot " + dir.file("long.tsv") + " -q -o " + dir.file("s.json"));
  CHECK(tsv.exit_code == 0);
  CHECK(tsv.output.find("long.tsv:2: columns") != std::string::npos);
  CHECK(read_file(dir.file("s.json")).find("\"C\"") != std::string::npos); // the row after it
}

TEST_CASE("bad inputs: an unreadable file names the file", "[e2e][robustness]") {
  if (::geteuid() == 0) {
    WARN("running as root: permissions do not stop root, unreadable files not tested");
    return;
  }
  TempDir dir;
  write_file(dir.file("r.jsonl"), header);
  std::filesystem::permissions(dir.file("r.jsonl"), std::filesystem::perms::none);
  const auto r = run_entente("snapshot " + dir.file("r.jsonl") + " -o " + dir.file("s.json"));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("r.jsonl") != std::string::npos);
}
