// Conversions between the library's values and Python's (bindings.hpp).
#include "entente/python/bindings.hpp"

#include "entente/core/error.hpp"

#include <set>

namespace entente::python {

py::object to_python(const nlohmann::json &j) {
  switch (j.type()) {
  case nlohmann::json::value_t::object: {
    py::dict d;
    for (const auto &[key, value] : j.items())
      d[py::str(key)] = to_python(value);
    return d;
  }
  case nlohmann::json::value_t::array: {
    py::list l(j.size());
    for (std::size_t i = 0; i < j.size(); ++i)
      l[i] = to_python(j[i]);
    return l;
  }
  case nlohmann::json::value_t::string:
    return py::str(j.get_ref<const std::string &>());
  case nlohmann::json::value_t::boolean:
    return py::bool_(j.get<bool>());
  case nlohmann::json::value_t::number_integer:
    return py::int_(j.get<std::int64_t>());
  case nlohmann::json::value_t::number_unsigned:
    return py::int_(j.get<std::uint64_t>());
  case nlohmann::json::value_t::number_float:
    return py::float_(j.get<double>());
  default: // null, discarded, binary (never written by entente)
    return py::none();
  }
}

void RelationColumns::add(const Relation &r) {
  date.push_back(r.date.to_string());
  source.push_back(r.source);
  target.push_back(r.target);
  code.push_back(r.code);
  root.push_back(r.root);
  quad.push_back(r.quad);
  goldstein.push_back(r.goldstein);
  weight.push_back(r.weight);
  doc.push_back(r.provenance.doc);
  sentence.push_back(r.provenance.sentence);
  evidence.push_back(r.provenance.evidence);
}

py::dict RelationColumns::to_python() const {
  py::dict d;
  d["date"] = date;
  d["source"] = source;
  d["target"] = target;
  d["code"] = code;
  d["root"] = root;
  d["quad"] = quad;
  d["goldstein"] = goldstein;
  d["weight"] = weight;
  d["doc"] = doc;
  d["sentence"] = sentence;
  d["evidence"] = evidence;
  return d;
}

namespace {

// A cell of a DataFrame column as JSON: None and NaN (pandas' missing
// values) are absent, so from_json applies its defaults.
std::optional<nlohmann::json> cell_json(const py::handle &cell, bool text) {
  if (cell.is_none() ||
      (py::isinstance<py::float_>(cell) && cell.cast<double>() != cell.cast<double>()))
    return std::nullopt;
  if (text) // a code read by pandas as the number 42 is still "42"
    return nlohmann::json(py::str(cell).cast<std::string>());
  if (py::isinstance<py::bool_>(cell))
    return nlohmann::json(cell.cast<bool>());
  if (py::isinstance<py::int_>(cell))
    return nlohmann::json(cell.cast<std::int64_t>());
  if (py::isinstance<py::float_>(cell))
    return nlohmann::json(cell.cast<double>());
  return nlohmann::json(py::str(cell).cast<std::string>());
}

} // namespace

std::vector<Relation> relations_from_columns(const py::dict &columns) {
  static const std::set<std::string, std::less<>> text_columns{"date", "source", "target",
                                                               "code", "doc",    "evidence"};
  std::vector<std::pair<std::string, py::list>> cols;
  std::size_t rows = 0;
  for (const auto &[key, value] : columns) {
    cols.emplace_back(py::str(key).cast<std::string>(),
                      py::list(py::reinterpret_borrow<py::object>(value)));
    if (cols.size() > 1 && cols.back().second.size() != rows)
      throw Error("relations: column '" + cols.back().first + "' has " +
                  std::to_string(cols.back().second.size()) + " rows, not " + std::to_string(rows));
    rows = cols.back().second.size();
  }
  std::vector<Relation> out;
  out.reserve(rows);
  for (std::size_t i = 0; i < rows; ++i) {
    nlohmann::json row = nlohmann::json::object();
    for (const auto &[name, list] : cols) {
      auto cell = cell_json(list[i], text_columns.count(name) > 0);
      if (!cell)
        continue;
      row[name] = std::move(*cell);
    }
    try {
      out.push_back(row.get<Relation>());
    } catch (const std::exception &e) {
      throw Error("relations row " + std::to_string(i) + ": " + e.what());
    }
  }
  return out;
}

std::optional<Date> optional_date(const py::object &value, const char *name) {
  if (value.is_none())
    return std::nullopt;
  const auto text = py::str(value).cast<std::string>();
  if (auto d = Date::try_parse(text))
    return d;
  throw Error::usage(std::string(name) + ": '" + text + "' is not a date (YYYY-MM-DD)");
}

namespace {

std::string text_option(const py::handle &value) { return py::str(value).cast<std::string>(); }

} // namespace

InputOptions input_options(const py::dict &options) {
  InputOptions in;
  for (const auto &[key_handle, value] : options) {
    const auto key = py::str(key_handle).cast<std::string>();
    if (value.is_none())
      continue;
    if (key == "format")
      in.format = parse_input_format(text_option(value));
    else if (key == "weight")
      in.weight = parse_weight_field(text_option(value));
    else if (key == "level")
      in.level = parse_level(text_option(value));
    else if (key == "groups")
      in.groups = parse_groups(text_option(value));
    else if (key == "regions")
      in.regions = value.cast<bool>();
    else if (key == "start")
      in.filter.from = optional_date(py::reinterpret_borrow<py::object>(value), "start");
    else if (key == "end")
      in.filter.to = optional_date(py::reinterpret_borrow<py::object>(value), "end");
    else if (key == "roots")
      in.filter.roots = parse_roots(text_option(value));
    else if (key == "quads")
      in.filter.quads = parse_quads(text_option(value));
    else if (key == "countries")
      in.filter.countries = parse_country_list(text_option(value));
    else if (key == "root_only")
      in.filter.root_only = value.cast<bool>();
    else if (key == "strict")
      in.strict = value.cast<bool>();
    else if (key == "threads")
      in.threads = value.cast<int>();
    else
      throw Error::usage("unknown input option '" + key + "'");
  }
  if (in.filter.from && in.filter.to && *in.filter.to < *in.filter.from)
    throw Error::usage("end is before start");
  if (in.threads < 1 || in.threads > 2)
    throw Error::usage("threads must be 1 or 2");
  return in;
}

py::dict ingest_stats(const IngestStats &stats) {
  py::dict d;
  d["files"] = stats.files;
  d["rows"] = stats.rows;
  d["relations"] = stats.relations;
  d["skipped"] = stats.skipped;
  py::list bad;
  for (const auto &b : stats.first_bad) {
    py::dict row;
    row["file"] = b.file;
    row["line"] = b.line;
    row["kind"] = b.kind;
    row["detail"] = b.detail;
    bad.append(row);
  }
  d["first_bad"] = bad;
  d["bad_rows"] = stats.bad_rows();
  return d;
}

void check_rows(const IngestStats &stats) {
  const std::size_t bad = stats.bad_rows();
  if (stats.rows > 0 && stats.relations == 0 && bad == stats.rows)
    throw Error("none of the " + std::to_string(stats.rows) + (stats.rows == 1 ? " row" : " rows") +
                " read could be used: all were bad rows (wrong format?)\n" + ingest_report(stats));
}

namespace {

py::object cell_to_python(const Cell &c) {
  return std::visit(
      [](const auto &v) -> py::object {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>)
          return py::none();
        else
          return py::cast(v);
      },
      c);
}

} // namespace

py::dict table_to_python(const Table &t) {
  py::list columns;
  py::dict data;
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    columns.append(py::make_tuple(t.columns[c].name, std::string(to_string(t.columns[c].type))));
    py::list cells(t.rows.size());
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      cells[r] = cell_to_python(t.rows[r][c]);
    data[py::str(t.columns[c].name)] = cells;
  }
  py::dict d;
  d["columns"] = columns;
  d["data"] = data;
  return d;
}

} // namespace entente::python
