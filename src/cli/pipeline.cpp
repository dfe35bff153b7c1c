#include "entente/cli/pipeline.hpp"

#include "entente/extract/coder.hpp"
#include "entente/extract/documents.hpp"

#include <filesystem>

namespace entente::cli {

bool is_article(const std::string &path) {
  return std::filesystem::path(path).extension() == ".txt";
}

Snapshot snapshot_from_inputs(const std::vector<std::string> &paths, const InputOptions &input,
                              const SnapshotOptions &options, IngestStats *stats,
                              const ArticleOptions &article_options) {
  std::vector<std::string> articles, others;
  for (const auto &f : expand_inputs(paths))
    (is_article(f) ? articles : others).push_back(f);
  SnapshotBuilder builder(options);
  IngestStats in;
  if (!others.empty())
    in = read_inputs(others, input, [&](Relation &&r) { builder.add(r); });
  if (!articles.empty()) {
    const Coder coder = Coder::load(find_dictionaries(article_options.dictionaries));
    const auto docs = read_documents(articles, article_options.date);
    for (const auto &relations : code_documents(docs, coder, input.threads))
      for (const auto &r : relations) {
        builder.add(r);
        ++in.relations;
      }
    in.files += articles.size();
  }
  if (stats)
    *stats = in;
  return std::move(builder).finish(paths);
}

std::string describe(const IngestStats &in, const Snapshot &s) {
  std::string text = "read " + std::to_string(in.relations) + " relations from " +
                     std::to_string(in.files) + (in.files == 1 ? " file" : " files");
  for (const auto &[kind, n] : in.skipped)
    text += ", skipped " + std::to_string(n) + " (" + kind + ")";
  text += "; used " + std::to_string(s.fold.used) + " (" + std::to_string(s.fold.outside_window) +
          " outside window, " + std::to_string(s.fold.self) + " self); " +
          std::to_string(s.graph.actor_count()) + " actors, " +
          std::to_string(s.graph.dyad_count()) + " dyads";
  return text;
}

} // namespace entente::cli
