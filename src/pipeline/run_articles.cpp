// Main-job part: each article in datasets/articles/ (*.txt) is coded into
// relations (written to output/<name>.relations.jsonl), folded in memory
// into output/<name>.json and drawn as output/<name>.{dot,svg,png}. An
// article without a date in its text takes the one listed in
// datasets/articles/dates.tsv (file<TAB>date).
#include "entente/core/text.hpp"
#include "entente/extract/coder.hpp"
#include "entente/extract/documents.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/io/read_file.hpp"
#include "entente/io/relations_jsonl.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/pipeline/flow.hpp"
#include "entente/pipeline/run_jobs.hpp"
#include "entente/render/views.hpp"

#include <map>
#include <sstream>

namespace entente {

using detail::files_with_extension;
using detail::RunContext;

namespace {

std::map<std::string, Date> listed_dates(const std::filesystem::path &file) {
  std::map<std::string, Date> dates;
  if (!std::filesystem::exists(file))
    return dates;
  const std::string text = read_text(file.string());
  detail::for_each_tsv_row(text, file.string(), 2,
                           [&](std::size_t line, const std::vector<std::string_view> &f) {
                             const auto d = Date::try_parse(detail::trim(f[1]));
                             if (!d)
                               throw Error::at(file.string(), line, "invalid date");
                             dates[std::string(detail::trim(f[0]))] = *d;
                           });
  return dates;
}

} // namespace

void detail::run_articles(RunContext &c) {
  const auto dir = c.datasets / "articles";
  const auto files = files_with_extension(dir, ".txt");
  if (files.empty())
    return;
  const Coder coder = Coder::load(c.datasets / "dictionaries");
  const auto dates = listed_dates(dir / "dates.tsv");
  for (const auto &file : files) {
    const std::string name = file.stem().string();
    std::optional<Date> date;
    if (auto it = dates.find(file.filename().string()); it != dates.end())
      date = it->second;
    const auto docs = read_documents({file.string()}, date);
    std::ostringstream out;
    RelationsWriter writer(out);
    CodingStats stats;
    SnapshotBuilder builder({});
    IngestStats in;
    in.files = 1;
    for (const auto &d : docs)
      for (const auto &r : code_document(d, coder, nullptr, &stats)) {
        writer.write(r);
        builder.add(r);
        ++in.relations;
      }
    const auto base = (c.output / name).string();
    write_file_atomic(base + ".relations.jsonl", out.str());
    Snapshot s = std::move(builder).finish({file.string()});
    measure(s);
    save_snapshot(s, base + ".json");
    auto picture =
        draw_pictures(c, plan_snapshot(s, styled_picture(s)), base, {".dot", ".svg", ".png"});
    c.note(name + ": " + std::to_string(stats.sentences) + " sentences -> " +
           std::to_string(stats.relations) + " relations; " + describe(in, s) + " -> " + base +
           ".{relations.jsonl,json,dot,svg,png}");
    c.results.snapshots.push_back({name, std::move(s), std::move(picture)});
  }
}

} // namespace entente
