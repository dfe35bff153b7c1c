// The pieces of the Python extension entente._entente: one init function
// per area (module.cpp calls them) and the conversions they share. The
// extension stays a thin layer: it turns Python values into the library's
// options, releases the GIL around the library's work, and hands results
// back as plain Python values (dicts, lists, numpy-free columns); the
// package entente/ (pure Python) makes DataFrames and networkx graphs.
//
//   py::dict columns = relation_columns(relations);   // {"date": [...], ...}
//   py::object metrics = to_python(snapshot.metrics);  // nested dicts and lists
#pragma once

#include "entente/core/relation.hpp"
#include "entente/export/tables.hpp"
#include "entente/graph/snapshot.hpp"
#include "entente/ingest/inputs.hpp"

#include <nlohmann/json.hpp>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

namespace entente::python {

namespace py = pybind11;

void init_ingest(py::module_ &m);
void init_extract(py::module_ &m);
void init_snapshot(py::module_ &m);
void init_compare(py::module_ &m);
void init_render(py::module_ &m);

// JSON values as Python objects: objects become dicts (keys in JSON order),
// arrays lists, numbers int or float, null None.
py::object to_python(const nlohmann::json &j);

// Relations as columns of equal length, filled without the GIL and turned
// into Python lists with it.
struct RelationColumns {
  std::vector<std::string> date, source, target, code, doc, evidence;
  std::vector<int> root, quad, sentence;
  std::vector<double> goldstein, weight;
  void add(const Relation &r);
  py::dict to_python() const;
};

// Relations from columns (a DataFrame's): every row is read as a line of
// relations JSON Lines would be (the same checks, the same defaults); an
// error names the row.
std::vector<Relation> relations_from_columns(const py::dict &columns);

// Input options from keyword arguments given as a dict: format, weight,
// level, groups, regions, start, end, roots, quads, countries, root_only,
// strict, threads. Unknown keys are an Error.
InputOptions input_options(const py::dict &options);
// "YYYY-MM-DD" or None.
std::optional<Date> optional_date(const py::object &value, const char *name);
py::dict ingest_stats(const IngestStats &stats);
// Every row read was bad: an Error, as the CLI's exit 1.
void check_rows(const IngestStats &stats);

// A table as {"columns": [(name, type)], "data": {name: [cells]}}, an empty
// cell being None.
py::dict table_to_python(const Table &t);

} // namespace entente::python
