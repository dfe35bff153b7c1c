// entente diff A.json B.json [--json|--markdown] [-o FILE] [--top N] [--nonzero]
//                            [--edges-only] [--image diff.svg]... [picture options]
//
// Both files are checked for the same snapshot version and level before
// anything else (naming both files), then compared: dyads, alignment
// shifts, bloc migrations, balance and frustration, PageRank ranks.
#include "entente/cli/command.hpp"
#include "entente/cli/picture_options.hpp"
#include "entente/compare/diff_text.hpp"
#include "entente/compare/snapshot_diff.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/render/diff_picture.hpp"

#include <nlohmann/json.hpp>

namespace entente::cli {
namespace {

struct Options {
  std::string a, b, output = "-";
  std::vector<std::string> images;
  PictureFlags picture;
  std::size_t top = 10;
  bool json = false, markdown = false, nonzero = false, edges_only = false, quiet = false;
};

std::string origin(const std::string &path) { return path == "-" ? "<stdin>" : path; }

void run(const Options &o) {
  for (const auto &image : o.images)
    picture_format_for(image);
  std::vector<std::string> outputs = o.images;
  outputs.push_back(o.output);
  one_stdout(outputs);
  PictureOptions picture;
  o.picture.apply(picture);
  if (o.a == "-" && o.b == "-")
    throw Error::usage("only one of the two snapshots can be read from stdin");
  // Streamed (no snapshot is held as text or DOM); versions and levels are
  // compared before either file is checked further. The stored dyad table
  // is not compared (the graphs are): not read.
  const SnapshotReading reading{.dyad_table = false, .alignment = true};
  SnapshotFile fa = read_snapshot_file(o.a, reading), fb = read_snapshot_file(o.b, reading);
  check_comparable(fa.head, origin(o.a), fb.head, origin(o.b));
  const Snapshot a = snapshot_from_file(std::move(fa)), b = snapshot_from_file(std::move(fb));
  const SnapshotDiff d = diff_snapshots(a, b, {top_or_all(o.top), o.nonzero, o.edges_only});
  std::string text;
  if (o.json)
    text = nlohmann::json(d).dump(1) + "\n";
  else
    text =
        diff_text(a, b, d, o.markdown ? TextStyle::markdown : TextStyle::plain, top_or_all(o.top));
  write_output(o.output, text);
  if (!o.images.empty()) {
    picture.positions = shared_layout(a, b, picture);
    const DrawPlan plan = plan_diff(a, b, picture);
    for (const auto &n : plan.notes)
      note(o.quiet, "note: " + n);
    write_pictures(plan, o.images);
  }
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand(
      "diff", "What changed between two snapshots: actors and dyads added and removed, sign "
              "flips, largest changes, alignment shifts, bloc migrations, balance, ranks");
  cmd->footer(
      "Both snapshots must have the same format version and level. Measures stored in the "
      "snapshots are used (computed when missing). Alignment shifts: pairs present in both, by "
      "the mean change of kappa (quadratic) and S. Bloc migrations: each bloc of AFTER is "
      "matched to the BEFORE bloc it overlaps most; an actor changed camp when its bloc "
      "matches another one than it was in; adjusted Rand index and variation of information "
      "compare the two partitions on the shared actors. Rank changes: PageRank (positive "
      "ties) rank among the shared actors. JSON schema: docs/formats.md.");
  cmd->add_option("before", o->a, "Earlier snapshot JSON ('-' = stdin)")->required();
  cmd->add_option("after", o->b, "Later snapshot JSON ('-' = stdin)")->required();
  add_output(cmd, o->output, "the report");
  cmd->add_flag("--json", o->json, "JSON instead of text");
  cmd->add_flag("--markdown", o->markdown, "Markdown instead of plain text");
  add_top(cmd, o->top,
          "entries per list (net changes, alignment shifts, rank changes; in the text also "
          "sign flips, added and removed dyads, which --json lists whole)");
  cmd->add_flag("--nonzero", o->nonzero,
                "Dyads with a net score of 0 count as absent (an edge is a non-zero dyad, as "
                "in the peer benchmark)");
  cmd->add_flag("--edges-only", o->edges_only,
                "Only actors and dyads: no alignment, blocs, balance or ranks (so no measures "
                "are computed for snapshots saved without them)");
  cmd->add_option("--image", o->images,
                  "Also draw the changes (.svg, .png, .pdf or .dot; repeatable, one layout), "
                  "nodes where they stand in a layout shared by both snapshots");
  add_picture_options(cmd, o->picture);
  add_quiet(cmd, o->quiet);
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"diff", 50, setup};

} // namespace
} // namespace entente::cli
