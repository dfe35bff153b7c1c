#include "entente/render/picture.hpp"

#include "entente/core/error.hpp"
#include "entente/render/style.hpp"

#include <filesystem>

namespace entente {

PictureFormat picture_format_for(const std::string &path) {
  if (path == "-")
    return PictureFormat::dot;
  const auto ext = std::filesystem::path(path).extension().string();
  if (ext == ".dot" || ext == ".gv")
    return PictureFormat::dot;
  if (ext == ".svg")
    return PictureFormat::svg;
  if (ext == ".png")
    return PictureFormat::png;
  if (ext == ".pdf")
    return PictureFormat::pdf;
  throw Error::usage("cannot tell the picture format of '" + path +
                     "' (use .dot, .svg, .png or .pdf)");
}

std::string_view to_string(PictureFormat f) {
  switch (f) {
  case PictureFormat::dot:
    return "dot";
  case PictureFormat::svg:
    return "svg";
  case PictureFormat::png:
    return "png";
  case PictureFormat::pdf:
    return "pdf";
  }
  return "dot";
}

namespace detail {

std::string default_engine(std::size_t drawn_actors) {
  return drawn_actors <= neato_node_limit ? "neato" : "sfdp";
}

std::string literal_label(const std::string &name) {
  std::string out;
  for (char c : name) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

std::string window_text(const Snapshot &s) {
  const auto from = s.window.from ? s.window.from : s.first_event;
  const auto to = s.window.to ? s.window.to : s.last_event;
  if (!from && !to)
    return "undated";
  return (from ? from->to_string() : std::string("…")) + " to " +
         (to ? to->to_string() : std::string("…"));
}

std::string source_text(const Snapshot &s) {
  if (s.sources.empty())
    return "entente";
  std::string first = std::filesystem::path(s.sources.front()).filename().string();
  if (first.empty())
    first = s.sources.front();
  if (s.sources.size() > 1)
    first += " and " + std::to_string(s.sources.size() - 1) + " more";
  return first;
}

namespace {
std::size_t event_count(const Snapshot &s) {
  std::size_t n = 0;
  for (const auto &d : s.graph.dyads())
    n += static_cast<std::size_t>(d.edge().total().events);
  return n;
}
} // namespace

std::string picture_title(const Snapshot &s) {
  return source_text(s) + ": " + window_text(s) + ", " + style::count(event_count(s)) + " events";
}

} // namespace detail

std::string snapshot_dot(const Snapshot &s, const PictureOptions &o) {
  return render_plan(plan_snapshot(s, o), {PictureFormat::dot}).front();
}

std::string render_snapshot_bytes(const Snapshot &s, PictureFormat format,
                                  const PictureOptions &o) {
  return render_plan(plan_snapshot(s, o), {format}).front();
}

void render_snapshot(const Snapshot &s, const std::vector<std::string> &paths,
                     const PictureOptions &o) {
  write_pictures(plan_snapshot(s, o), paths);
}

} // namespace entente
