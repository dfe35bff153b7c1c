#include "entente/pipeline/run.hpp"

#include "entente/core/error.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/pipeline/run_jobs.hpp"

#include <algorithm>

namespace fs = std::filesystem;

namespace entente {

void run_main_job(const RunOptions &o) {
  if (!fs::is_directory(o.datasets))
    throw Error::at(o.datasets.string(), 0,
                    "datasets folder not found (run from the repository root "
                    "or pass --datasets)");
  std::error_code ec;
  fs::create_directories(o.output, ec);
  if (ec)
    throw Error::at(o.output.string(), 0, "cannot create output folder: " + ec.message());
  detail::RunContext c{o.datasets, o.output, o, {}};
  // Listed here, not registered by static objects: in a static library an
  // object file nothing refers to is not linked, so a registrar would vanish.
  for (auto *job : {detail::run_articles, detail::run_relations, detail::run_events,
                    detail::run_cow, detail::run_compare, detail::run_report})
    job(c);
}

} // namespace entente

namespace entente::detail {

std::vector<fs::path> files_with_extension(const fs::path &dir, const std::string &ext) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto &e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ext)
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

ReportPicture draw_pictures(const RunContext &c, const DrawPlan &plan, const std::string &base,
                            const std::vector<std::string> &extensions) {
  for (const auto &n : plan.notes)
    c.note("note: " + n);
  std::vector<PictureFormat> formats;
  for (const auto &ext : extensions)
    formats.push_back(picture_format_for(base + ext));
  auto svg = std::find(formats.begin(), formats.end(), PictureFormat::svg);
  const auto svg_at = static_cast<std::size_t>(svg - formats.begin());
  if (svg == formats.end())
    formats.push_back(PictureFormat::svg); // the report's copy
  auto bytes = render_plan(plan, formats);
  for (std::size_t i = 0; i < extensions.size(); ++i)
    write_output(base + extensions[i], bytes[i]);
  return {std::move(bytes[svg_at]), plan.caption};
}

} // namespace entente::detail
