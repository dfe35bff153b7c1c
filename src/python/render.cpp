// entente._entente.render: a snapshot drawn by Graphviz, as bytes or files
// (the render stage, as `entente render` draws it).
#include "entente/python/bindings.hpp"

#include "entente/core/error.hpp"
#include "entente/render/picture.hpp"
#include "entente/render/views.hpp"

namespace entente::python {

namespace {

// Picture options from keyword arguments given as a dict (the names of
// `entente render`'s options, with underscores).
PictureOptions picture_options(const Snapshot &s, const py::dict &given) {
  PictureOptions p = styled_picture(s); // blocs and PageRank from the stored measures
  for (const auto &[key_handle, value] : given) {
    const auto key = py::str(key_handle).cast<std::string>();
    if (value.is_none())
      continue;
    if (key == "engine")
      p.engine = value.cast<std::string>();
    else if (key == "title")
      p.title = value.cast<std::string>();
    else if (key == "backbone")
      p.backbone.method = backbone_method(value.cast<std::string>());
    else if (key == "alpha")
      p.backbone.alpha = value.cast<double>();
    else if (key == "ties")
      p.backbone.k = value.cast<std::size_t>();
    else if (key == "max_actors")
      p.max_actors = value.cast<std::size_t>();
    else if (key == "max_dyads")
      p.max_dyads = value.cast<std::size_t>();
    else if (key == "top")
      p.top_n = value.cast<std::size_t>();
    else if (key == "min_weight")
      p.min_weight = value.cast<double>();
    else if (key == "clusters")
      p.clusters = value.cast<bool>();
    else if (key == "legend")
      p.legend = value.cast<bool>();
    else if (key == "blocs") {
      if (!value.cast<bool>())
        p.bloc.clear();
    } else
      throw Error::usage("unknown picture option '" + key + "'");
  }
  if (!(p.backbone.alpha > 0 && p.backbone.alpha < 1))
    throw Error::usage("alpha must be between 0 and 1 (exclusive)");
  if (p.backbone.k == 0 || p.max_actors == 0 || p.max_dyads == 0)
    throw Error::usage("ties, max_actors and max_dyads must be at least 1");
  if (!(p.min_weight >= 0))
    throw Error::usage("min_weight must be a number >= 0");
  return p;
}

py::bytes render(const Snapshot &s, const std::string &format, const py::dict &options,
                 bool by_bloc) {
  // picture_format_for reads an extension; a bare format name is one too.
  const PictureFormat f = picture_format_for("picture." + format);
  const PictureOptions p = picture_options(s, options);
  std::string bytes;
  {
    py::gil_scoped_release unlocked;
    const DrawPlan plan = by_bloc ? plan_blocs(s, p) : plan_snapshot(s, p);
    bytes = std::move(render_plan(plan, {f}).front());
  }
  return py::bytes(bytes);
}

void render_files(const Snapshot &s, const std::vector<std::string> &paths, const py::dict &options,
                  bool by_bloc) {
  for (const auto &path : paths)
    picture_format_for(path); // a bad extension fails before any work
  const PictureOptions p = picture_options(s, options);
  py::gil_scoped_release unlocked;
  write_pictures(by_bloc ? plan_blocs(s, p) : plan_snapshot(s, p), paths);
}

} // namespace

void init_render(py::module_ &m) {
  m.def("render", &render, py::arg("snapshot"), py::arg("format"), py::arg("options"),
        py::arg("by_bloc") = false, "The picture's bytes: format svg, png, pdf or dot.");
  m.def("render_files", &render_files, py::arg("snapshot"), py::arg("paths"), py::arg("options"),
        py::arg("by_bloc") = false, "Writes the picture to each path (format by extension).");
}

} // namespace entente::python
