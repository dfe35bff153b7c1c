// entente._entente.Snapshot and the folds that make snapshots: windows and
// series over files or relation columns, loading and saving, measures and
// the export tables (the columns GraphML and CSV exports carry).
#include "entente/python/bindings.hpp"

#include "entente/core/error.hpp"
#include "entente/export/tables.hpp"
#include "entente/graph/series.hpp"
#include "entente/ingest/event_fold.hpp"
#include "entente/metrics/compute.hpp"
#include "entente/pipeline/pipeline.hpp"

#include <filesystem>

namespace entente::python {

namespace {

py::object date_or_none(const std::optional<Date> &d) {
  return d ? py::object(py::str(d->to_string())) : py::object(py::none());
}

py::dict fold_stats(const FoldStats &f) {
  py::dict d;
  d["relations"] = f.relations;
  d["used"] = f.used;
  d["outside_window"] = f.outside_window;
  d["self"] = f.self;
  d["left_out"] = f.left_out;
  return d;
}

std::vector<Window> windows_of(const std::vector<std::pair<py::object, py::object>> &given) {
  std::vector<Window> out;
  for (const auto &[from, to] : given) {
    Window w{optional_date(from, "start"), optional_date(to, "end")};
    if (w.from && w.to && *w.to < *w.from)
      throw Error::usage("window end " + w.to->to_string() + " is before its start " +
                         w.from->to_string());
    out.push_back(w);
  }
  if (out.empty())
    throw Error::usage("no window to fold");
  return out;
}

// Relations already in memory (a DataFrame's columns) folded by the one fold.
std::vector<Snapshot> fold_columns(const py::dict &columns, Fold fold, const std::string &source) {
  const std::vector<Relation> relations = relations_from_columns(columns);
  py::gil_scoped_release unlocked;
  for (const auto &r : relations)
    fold.add(r);
  std::vector<Fold> parts;
  parts.push_back(std::move(fold));
  return finish_folds(parts, {source});
}

py::tuple fold_files(const std::vector<std::string> &paths, const py::dict &options,
                     const std::vector<std::pair<py::object, py::object>> &windows,
                     const std::string &dictionaries, const py::object &article_date) {
  const InputOptions in = input_options(options);
  const auto ws = windows_of(windows);
  const auto date = optional_date(article_date, "article_date");
  FoldRun run;
  {
    py::gil_scoped_release unlocked;
    run = fold_inputs(paths, in, {dictionaries, date}, ws);
    check_rows(run.stats);
  }
  return py::make_tuple(std::move(run.snapshots), ingest_stats(run.stats));
}

std::vector<Snapshot> fold_relations(const py::dict &columns, const py::dict &options,
                                     const std::vector<std::pair<py::object, py::object>> &windows,
                                     const std::string &source) {
  const InputOptions in = input_options(options);
  return fold_columns(columns, Fold(windows_of(windows), in.fold_policy()), source);
}

SeriesOptions series_options(const py::dict &given, const InputOptions &in) {
  SeriesOptions o;
  o.level = in.level;
  o.groups = in.groups;
  o.regions = in.regions;
  auto text = [&](const char *key) {
    return given.contains(key) && !given[key].is_none() ? py::str(given[key]).cast<std::string>()
                                                        : std::string();
  };
  const std::string every = text("every"), window = text("window"), step = text("step");
  if (!every.empty() && (!window.empty() || !step.empty()))
    throw Error::usage("every excludes window and step");
  if (!every.empty())
    o.period = parse_period(every);
  else if (!window.empty() && !step.empty()) {
    o.window_days = parse_period(window).days;
    o.step_days = parse_period(step).days;
    if (o.window_days <= 0 || o.step_days <= 0)
      throw Error::usage("window and step take a number of days such as '30d'");
  } else
    throw Error::usage("a series needs every='month' (or day, week, quarter, year, '30d') or "
                       "window='90d' with step='30d'");
  auto item = [&](const char *key) -> py::object {
    return given.contains(key) ? py::object(given[key]) : py::object(py::none());
  };
  o.range = {optional_date(item("start"), "start"), optional_date(item("end"), "end")};
  if (given.contains("max_windows") && !given["max_windows"].is_none())
    o.max_windows = given["max_windows"].cast<long>();
  check_series_options(o);
  return o;
}

py::tuple series_files(const std::vector<std::string> &paths, const py::dict &options,
                       const py::dict &series, const std::string &dictionaries,
                       const py::object &article_date) {
  const InputOptions in = input_options(options);
  const SeriesOptions o = series_options(series, in);
  const auto date = optional_date(article_date, "article_date");
  FoldRun run;
  {
    py::gil_scoped_release unlocked;
    run = fold_inputs(paths, in, {dictionaries, date}, o);
    check_rows(run.stats);
  }
  return py::make_tuple(std::move(run.snapshots), ingest_stats(run.stats));
}

std::vector<Snapshot> series_relations(const py::dict &columns, const py::dict &options,
                                       const py::dict &series, const std::string &source) {
  const InputOptions in = input_options(options);
  return fold_columns(columns, Fold(series_options(series, in)), source);
}

void measure(Snapshot &s, std::size_t k, double alpha) {
  if (!(alpha >= 0 && alpha <= 1))
    throw Error::usage("alpha must be between 0 and 1");
  if (k > s.graph.actor_count())
    throw Error::usage("k " + std::to_string(k) + ": more blocs than the " +
                       std::to_string(s.graph.actor_count()) + " actors");
  MetricsOptions o;
  o.blocs.k = k;
  o.blocs.alpha = alpha;
  py::gil_scoped_release unlocked;
  s.metrics = compute_metrics(s, o);
}

py::dict tables(const Snapshot &s) {
  GraphTables t;
  {
    py::gil_scoped_release unlocked;
    t = graph_tables(s);
  }
  py::dict graph;
  for (const auto &[key, value] : t.graph)
    graph[py::str(key)] = std::visit(
        [](const auto &v) -> py::object {
          if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>)
            return py::none();
          else
            return py::cast(v);
        },
        value);
  py::dict d;
  d["nodes"] = table_to_python(t.nodes);
  d["edges"] = table_to_python(t.edges);
  d["graph"] = graph;
  return d;
}

Snapshot load(const std::string &path) {
  py::gil_scoped_release unlocked;
  return load_snapshot(path);
}

void save(const Snapshot &s, const std::string &path) {
  py::gil_scoped_release unlocked;
  save_snapshot(s, path);
}

} // namespace

void init_snapshot(py::module_ &m) {
  py::class_<Snapshot>(m, "Snapshot", "The signed graph of one time window (C++ value).")
      .def_property_readonly("window_start",
                             [](const Snapshot &s) { return date_or_none(s.window.from); })
      .def_property_readonly("window_end",
                             [](const Snapshot &s) { return date_or_none(s.window.to); })
      .def_property_readonly("first_event",
                             [](const Snapshot &s) { return date_or_none(s.first_event); })
      .def_property_readonly("last_event",
                             [](const Snapshot &s) { return date_or_none(s.last_event); })
      .def_property_readonly("level",
                             [](const Snapshot &s) { return std::string(to_string(s.level)); })
      .def_property_readonly("sources", [](const Snapshot &s) { return s.sources; })
      .def_property_readonly("fold", [](const Snapshot &s) { return fold_stats(s.fold); })
      .def_property_readonly("actor_count", [](const Snapshot &s) { return s.graph.actor_count(); })
      .def_property_readonly("dyad_count", [](const Snapshot &s) { return s.graph.dyad_count(); })
      .def_property_readonly("has_metrics", [](const Snapshot &s) { return !s.metrics.empty(); })
      .def(
          "metrics", [](const Snapshot &s) { return to_python(s.metrics); },
          "The stored measures as plain dicts and lists ({} before measure()).")
      .def("measure", &measure, py::arg("k") = 0, py::arg("alpha") = 0.5,
           "Computes every measure (as entente metrics does) and stores it.")
      .def("tables", &tables, "The export tables: nodes, edges and graph attributes.")
      .def("save", &save, py::arg("path"), "Saves as snapshot JSON (atomic).")
      .def("__copy__", [](const Snapshot &s) { return Snapshot(s); });
  m.def("load_snapshot", &load, py::arg("path"), "Loads a snapshot JSON file.");
  m.def("fold_files", &fold_files, py::arg("paths"), py::arg("options"), py::arg("windows"),
        py::arg("dictionaries") = "", py::arg("article_date") = py::none(),
        "One snapshot per window from files; returns (snapshots, ingest stats).");
  m.def("fold_relations", &fold_relations, py::arg("columns"), py::arg("options"),
        py::arg("windows"), py::arg("source") = "DataFrame",
        "One snapshot per window from relation columns.");
  m.def("series_files", &series_files, py::arg("paths"), py::arg("options"), py::arg("series"),
        py::arg("dictionaries") = "", py::arg("article_date") = py::none(),
        "A series of snapshots from files; returns (snapshots, ingest stats).");
  m.def("series_relations", &series_relations, py::arg("columns"), py::arg("options"),
        py::arg("series"), py::arg("source") = "DataFrame",
        "A series of snapshots from relation columns.");
}

} // namespace entente::python
