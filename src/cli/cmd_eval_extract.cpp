// entente eval-extract [--plover FILE --cameo2plover FILE] [--petr FILE] [--news FILE]
// Precision, recall and F1 of the coder on gold-standard sentences.
#include "entente/cli/command.hpp"
#include "entente/extract/evaluate.hpp"
#include "entente/io/atomic_file.hpp"

#include <iostream>
#include <sstream>

namespace entente::cli {
namespace {

struct Options {
  std::string plover = "datasets/gold/PLOVER_GSR_CAMEO.json";
  std::string cameo2plover = "datasets/gold/CAMEO2PLOVER-2021.txt";
  std::string petr = "datasets/gold/PETR_Validate_records_2_02.xml";
  std::string petr_actors = "datasets/gold/petr_validate_actors.tsv";
  std::string news = "datasets/gold/entente_news.tsv";
  std::string dictionaries, parser = "fast", output = "-";
  double min_f1 = 0;
  bool show_errors = false, quiet = false;
};

void run(const Options &o) {
  Coder coder = Coder::load(find_dictionaries(o.dictionaries), parse_parser(o.parser));
  std::vector<std::string> errors;
  std::ostringstream out;
  const GoldSet plover = load_plover_gold(o.plover, o.cameo2plover);
  const Evaluation ep = evaluate(plover, coder, o.show_errors ? &errors : nullptr);
  out << format_evaluation(plover, ep);
  if (!o.petr.empty()) {
    Coder petr_coder = Coder::load(find_dictionaries(o.dictionaries), parse_parser(o.parser));
    if (!o.petr_actors.empty())
      petr_coder.dictionaries().add_actors_file(o.petr_actors);
    const GoldSet petr = load_petr_validation(o.petr);
    const Evaluation ev = evaluate(petr, petr_coder, o.show_errors ? &errors : nullptr);
    out << format_evaluation(petr, ev);
  }
  if (!o.news.empty())
    for (const char *part : {"dev", "held-out"}) {
      const GoldSet news = load_news_gold(o.news, part);
      const Evaluation en = evaluate(news, coder, o.show_errors ? &errors : nullptr);
      out << format_evaluation(news, en);
    }
  for (const auto &e : errors)
    out << "  miss: " << e << "\n";
  write_output(o.output, out.str());
  if (ep.polarity.f1() < o.min_f1)
    throw Error("PLOVER dyad+polarity F1 " + std::to_string(ep.polarity.f1()) +
                " is below --min-f1 " + std::to_string(o.min_f1));
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("eval-extract",
                                 "Score the coder on the gold sets: precision, recall, F1 of "
                                 "directed events (dyad, +polarity, +category)");
  cmd->add_option("--plover", o->plover, "PLOVER gold records (JSON)")->capture_default_str();
  cmd->add_option("--cameo2plover", o->cameo2plover, "CAMEO -> PLOVER map")->capture_default_str();
  cmd->add_option("--petr", o->petr, "PETRARCH validation records (XML; '' = skip)")
      ->capture_default_str();
  cmd->add_option("--petr-actors", o->petr_actors,
                  "Actor names of the validation records' fictional countries")
      ->capture_default_str();
  cmd->add_option("--news", o->news,
                  "entente's own news sentences (TSV; dev and held-out parts scored apart; '' = "
                  "skip)")
      ->capture_default_str();
  cmd->add_option("--dictionaries", o->dictionaries,
                  "Folder of coder dictionaries (default: $ENTENTE_DICTIONARIES, "
                  "./datasets/dictionaries, then the installed or source tree's)")
      ->capture_default_str();
  cmd->add_option("--parser", o->parser, "The coder's mode: fast, or link (precise)")
      ->check(CLI::IsMember({"fast", "link"}))
      ->capture_default_str();
  cmd->add_option("--min-f1", o->min_f1, "Fail if PLOVER dyad+polarity F1 is below this")
      ->check(finite_range(0.0, 1.0));
  cmd->add_flag("--errors", o->show_errors, "List the documents coded differently from gold");
  add_output(cmd, o->output, "the scores");
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"eval-extract", 16, setup};

} // namespace
} // namespace entente::cli
