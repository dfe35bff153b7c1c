// entente render SNAPSHOT.json -o FILE.{dot,svg,png,pdf} [-o FILE...] [--by-bloc]
//                [--backbone disparity|top-k|all] [--alpha A] [--max-actors N] ...
//
// One layout, every requested format: `-o g.svg -o g.png` lays the graph
// out once.
#include "entente/cli/command.hpp"
#include "entente/cli/picture_options.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/views.hpp"

namespace entente::cli {
namespace {

struct Options {
  std::string snapshot, title;
  std::vector<std::string> outputs;
  PictureFlags picture;
  std::size_t top = 0;
  double min_weight = 0;
  bool clusters = false, no_blocs = false, by_bloc = false, quiet = false;
};

void run(const Options &o) {
  for (const auto &out : o.outputs) // a bad extension is a usage error before any work
    picture_format_for(out);
  one_stdout(o.outputs);
  if (!(o.min_weight >= 0))
    throw Error::usage("--min-weight must be a number >= 0");
  // The large metric tables are not drawn: not reading them halves the load.
  const Snapshot s = load_snapshot(o.snapshot, {.dyad_table = false, .alignment = false});
  // Blocs (colours) and PageRank (sizes) come from the snapshot's measures.
  PictureOptions p = styled_picture(s);
  o.picture.apply(p);
  if (o.no_blocs)
    p.bloc.clear();
  p.clusters = o.clusters;
  p.title = o.title;
  p.top_n = o.top;
  p.min_weight = o.min_weight;
  const DrawPlan plan = o.by_bloc ? plan_blocs(s, p) : plan_snapshot(s, p);
  for (const auto &n : plan.notes)
    note(o.quiet, "note: " + n);
  write_pictures(plan, o.outputs);
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("render", "Draw a snapshot with Graphviz (DOT, SVG, PNG or PDF)");
  cmd->footer("What is drawn: the backbone of the dyads within a layout budget, said in the "
              "picture's caption (docs/pictures.md). Several -o files share one layout.");
  cmd->add_option("snapshot", o->snapshot, "Snapshot JSON ('-' = stdin)")->required();
  cmd->add_option("-o,--output", o->outputs,
                  "Picture to write (repeatable); the extension picks the format")
      ->required();
  add_picture_options(cmd, o->picture);
  cmd->add_flag("--by-bloc", o->by_bloc,
                "Draw blocs as nodes (sized by members, named by their largest) and the net "
                "relation between blocs as edges");
  cmd->add_option("--title", o->title, "Title (default: the source and the time window)");
  add_top(cmd, o->top, "actors drawn, by strength");
  cmd->add_option("--min-weight", o->min_weight, "Leave out dyads with |net| below this");
  cmd->add_flag("--clusters", o->clusters, "Draw a box around each bloc (fdp or dot engine)");
  cmd->add_flag("--no-blocs", o->no_blocs, "Do not colour actors by bloc");
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"render", 30, setup};

} // namespace
} // namespace entente::cli
