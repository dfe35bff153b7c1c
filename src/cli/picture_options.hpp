// The picture options `render`, `diff --image` and `report` share: which
// dyads to draw (the backbone), the layout budget and the engine, declared
// once for CLI11 and checked once.
//
//   auto o = std::make_shared<PictureFlags>();  add_picture_options(cmd, *o);
//   PictureOptions p = styled_picture(s);  o->apply(p);
#pragma once

#include "entente/render/picture.hpp"

#include <CLI/CLI.hpp>
#include <string>

namespace entente::cli {

struct PictureFlags {
  std::string backbone = "disparity", engine;
  double alpha = 0.05;
  std::size_t ties = 2;
  std::size_t max_actors = PictureOptions{}.max_actors;
  std::size_t max_dyads = PictureOptions{}.max_dyads;
  // Throws Error::usage for values CLI11 lets through (NaN, alpha outside (0, 1)).
  void apply(PictureOptions &o) const;
};

void add_picture_options(CLI::App *cmd, PictureFlags &o);

// Paths that would all go to standard output: at most one may be "-".
void one_stdout(const std::vector<std::string> &paths);

} // namespace entente::cli
