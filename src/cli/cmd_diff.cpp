// entente diff A.json B.json [--json|--markdown] [-o FILE] [--image diff.svg]
#include "entente/cli/command.hpp"
#include "entente/compare/diff_text.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/render/diff_picture.hpp"

#include <nlohmann/json.hpp>

namespace entente::cli {
namespace {

struct Options {
  std::string a, b, output = "-", image, engine;
  std::size_t top = 10;
  bool json = false, markdown = false;
};

void run(const Options &o) {
  if (!o.image.empty())
    picture_format_for(o.image);
  const Snapshot a = load_snapshot(o.a), b = load_snapshot(o.b);
  const EdgeDiff d = diff_edges(a, b, o.top);
  std::string text;
  if (o.json)
    text = nlohmann::json(d).dump(1) + "\n";
  else
    text = diff_text(a, b, d, o.markdown ? TextStyle::markdown : TextStyle::plain);
  write_output(o.output, text);
  if (!o.image.empty()) {
    PictureOptions base;
    base.engine = o.engine;
    render_diff(a, b, o.image, shared_layout(a, b, base));
  }
}

void setup(CLI::App &app) {
  auto o = std::make_shared<Options>();
  auto *cmd = app.add_subcommand("diff", "What changed between two snapshots: actors and dyads "
                                         "added and removed, sign flips, largest changes");
  cmd->add_option("before", o->a, "Earlier snapshot JSON")->required();
  cmd->add_option("after", o->b, "Later snapshot JSON")->required();
  cmd->add_option("-o,--output", o->output, "Where to write the report ('-' = stdout)")
      ->capture_default_str();
  cmd->add_flag("--json", o->json, "JSON instead of text");
  cmd->add_flag("--markdown", o->markdown, "Markdown instead of plain text");
  cmd->add_option("--top", o->top, "How many of the largest changes to list")
      ->capture_default_str();
  cmd->add_option("--image", o->image,
                  "Also draw the changes (.svg, .png, .pdf or .dot), nodes where they stand in "
                  "a layout shared by both snapshots");
  cmd->add_option("--engine", o->engine, "Layout engine for the shared layout")
      ->check(CLI::IsMember({"sfdp", "neato", "fdp", "circo"}));
  cmd->callback([o] { run(*o); });
}

const Registrar registrar{"diff", 50, setup};

} // namespace
} // namespace entente::cli
