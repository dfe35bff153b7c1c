// entente render SNAPSHOT.json -o FILE.{dot,svg,png,pdf} [--engine E]
#include "entente/cli/command.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/snapshot_report.hpp"

namespace entente::cli {
namespace {

struct Options {
  std::string snapshot, output, engine, title;
  std::size_t top = 0;
  double min_weight = 0;
  bool clusters = false, no_blocs = false;
};

void run(const Options &o) {
  picture_format_for(o.output); // a bad extension is a usage error before any work
  const Snapshot s = load_snapshot(o.snapshot);
  // Blocs (colours) and PageRank (sizes) come from the snapshot's measures.
  PictureOptions p = styled_picture(s);
  if (o.no_blocs)
    p.bloc.clear();
  p.clusters = o.clusters;
  p.engine = o.engine;
  p.title = o.title;
  p.top_n = o.top;
  p.min_weight = o.min_weight;
  render_snapshot(s, o.output, p);
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("render", "Draw a snapshot with Graphviz (DOT, SVG, PNG or PDF)");
  cmd->add_option("snapshot", o->snapshot, "Snapshot JSON ('-' = stdin)")->required();
  cmd->add_option("-o,--output", o->output, "Picture to write; the extension picks the format")
      ->required();
  cmd->add_option("--engine", o->engine, "Layout engine (default: neato, sfdp beyond 150 actors)")
      ->check(CLI::IsMember({"sfdp", "neato", "fdp", "dot", "circo", "twopi"}));
  cmd->add_option("--title", o->title, "Title (default: the time window)");
  cmd->add_option("--top", o->top, "Keep the N actors with the largest strength");
  cmd->add_option("--min-weight", o->min_weight, "Drop dyads with |net| below this")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--clusters", o->clusters, "Draw a box around each bloc (fdp or dot engine)");
  cmd->add_flag("--no-blocs", o->no_blocs, "Do not colour actors by bloc");
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"render", 30, setup};

} // namespace
} // namespace entente::cli
