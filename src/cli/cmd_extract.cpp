// entente extract INPUT... [--date D] [--explain] [--threads N] [--parser fast|link] -o FILE
// News text to relations JSONL with entente's dictionary coder.
#include "entente/cli/command.hpp"
#include "entente/extract/coder.hpp"
#include "entente/extract/document_stream.hpp"
#include "entente/extract/documents.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/io/relations_jsonl.hpp"

#include <chrono>
#include <cstdio>
#include <iostream>

namespace entente::cli {
namespace {

struct Options {
  std::vector<std::string> inputs;
  std::string date, output = "-", dictionaries, parser = "fast";
  int threads = 2;
  bool explain = false, quiet = false;
};

std::string rate(double per_second) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", per_second);
  return buf;
}

// --explain: document by document, each read whole (an account is for a
// few articles, not for streaming).
CodingStats explain(const Options &o, const Coder &coder, RelationsWriter &writer) {
  CodingStats stats;
  std::string explanation;
  for (const auto &d : read_documents(o.inputs, optional_date(o.date, "--date")))
    for (const auto &r : code_document(d, coder, &explanation, &stats))
      writer.write(r);
  (o.output == "-" ? std::cerr : std::cout) << explanation;
  return stats;
}

// Relations are written as they are coded, never held all at once.
CodingStats code_into(const Options &o, const Coder &coder, std::ostream &out) {
  RelationsWriter writer(out);
  if (o.explain)
    return explain(o, coder, writer);
  return code_stream(o.inputs, optional_date(o.date, "--date"), coder, o.threads,
                     [&](Relation &&r) { writer.write(r); });
}

void run(const Options &o) {
  if (o.threads < 1)
    throw Error::usage("--threads must be at least 1");
  const Coder coder = Coder::load(find_dictionaries(o.dictionaries), parse_parser(o.parser));
  const auto start = std::chrono::steady_clock::now();
  CodingStats stats;
  if (o.output == "-") {
    stats = code_into(o, coder, std::cout);
    finish_stdout();
  } else {
    AtomicFile file(o.output);
    stats = code_into(o, coder, file.stream());
    file.commit();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  note(o.quiet, "coded " + std::to_string(stats.documents) + " documents, " +
                    std::to_string(stats.sentences) + " sentences -> " +
                    std::to_string(stats.relations) + " relations in " + std::to_string(seconds) +
                    " s (" +
                    rate(seconds > 0 ? static_cast<double>(stats.sentences) / seconds : 0) +
                    " sentences/s, " + std::to_string(o.explain ? 1 : o.threads) + " threads" +
                    (coder.link_parser() ? ", " + std::to_string(stats.parsed) + " parsed" : "") +
                    ")" + (o.output == "-" ? "" : " -> " + o.output));
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand(
      "extract", "Code news text (.txt articles, documents JSONL, folders, '-') into relations "
                 "JSONL with CAMEO events");
  cmd->add_option("inputs", o->inputs, "Articles (.txt), documents (.jsonl), folders or '-'")
      ->required();
  cmd->add_option("--date", o->date, "Date of every document (YYYY-MM-DD); else the text's own");
  add_output(cmd, o->output, "the relations JSONL");
  cmd->add_option("--dictionaries", o->dictionaries,
                  "Folder of coder dictionaries (default: $ENTENTE_DICTIONARIES, "
                  "./datasets/dictionaries, then the installed or source tree's)")
      ->capture_default_str();
  cmd->add_option("--threads", o->threads, "Threads over documents (output order is fixed)")
      ->capture_default_str();
  cmd->add_option("--parser", o->parser,
                  "fast: the dictionary coder's rules; link: also parse each sentence with two "
                  "actors with Link Grammar (the precise mode, slower; docs/syntax.md)")
      ->check(CLI::IsMember({"fast", "link"}))
      ->capture_default_str();
  cmd->add_flag("--explain", o->explain,
                "Per sentence: actors found and the pattern that fired, or why none did "
                "(stdout with -o FILE, else stderr)");
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"extract", 15, setup};

} // namespace
} // namespace entente::cli
