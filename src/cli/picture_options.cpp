#include "entente/cli/picture_options.hpp"

#include "entente/core/error.hpp"

#include <algorithm>

namespace entente::cli {

void PictureFlags::apply(PictureOptions &o) const {
  o.backbone.method = backbone_method(backbone);
  if (!(alpha > 0 && alpha < 1))
    throw Error::usage("--alpha must be between 0 and 1 (exclusive)");
  o.backbone.alpha = alpha;
  if (ties == 0)
    throw Error::usage("--ties must be at least 1");
  o.backbone.k = ties;
  if (max_actors == 0 || max_dyads == 0)
    throw Error::usage("--max-actors and --max-dyads must be at least 1");
  o.max_actors = max_actors;
  o.max_dyads = max_dyads;
  o.engine = engine;
}

void add_picture_options(CLI::App *cmd, PictureFlags &o) {
  cmd->add_option("--backbone", o.backbone,
                  "Which dyads to draw: disparity (Serrano et al. 2009, on |net|, cooperation and "
                  "conflict apart), top-k (each actor's --ties strongest of each sign) or all; "
                  "every drawn actor keeps its strongest tie of each sign")
      ->check(CLI::IsMember({"disparity", "top-k", "all"}))
      ->capture_default_str();
  cmd->add_option("--alpha", o.alpha, "Significance level of the disparity filter")
      ->capture_default_str();
  cmd->add_option("--ties", o.ties, "Ties per actor and sign for --backbone top-k")
      ->capture_default_str();
  cmd->add_option("--max-actors", o.max_actors,
                  "Layout budget: draw at most this many actors (the strongest by |net|)")
      ->capture_default_str();
  cmd->add_option("--max-dyads", o.max_dyads,
                  "Layout budget: draw at most this many dyads (the most important of the "
                  "backbone)")
      ->capture_default_str();
  cmd->add_option("--engine", o.engine,
                  "Layout engine (default: neato up to 150 drawn actors, sfdp beyond)")
      ->check(CLI::IsMember({"neato", "sfdp", "fdp", "dot", "circo", "twopi"}));
}

void one_stdout(const std::vector<std::string> &paths) {
  if (std::count(paths.begin(), paths.end(), "-") > 1)
    throw Error::usage("only one output can go to standard output ('-')");
}

} // namespace entente::cli
