// entente._entente.read_relations: event files, relations JSON Lines and
// articles to relation columns and ingest counts.
#include "entente/pipeline/pipeline.hpp"
#include "entente/python/bindings.hpp"

#include "entente/extract/coder.hpp"
#include "entente/extract/document_stream.hpp"

#include <filesystem>

namespace entente::python {

namespace {

py::tuple read_relations(const std::vector<std::string> &paths, const py::dict &options,
                         const std::string &dictionaries, const py::object &article_date) {
  const InputOptions input = input_options(options);
  const auto date = optional_date(article_date, "article_date");
  RelationColumns columns;
  IngestStats stats;
  {
    py::gil_scoped_release unlocked;
    stats = entente::read_relations(paths, input, {dictionaries, date},
                                    [&](Relation &&r) { columns.add(r); });
    check_rows(stats);
  }
  return py::make_tuple(columns.to_python(), ingest_stats(stats));
}

} // namespace

void init_ingest(py::module_ &m) {
  m.def("read_relations", &read_relations, py::arg("paths"), py::arg("options"),
        py::arg("dictionaries") = "", py::arg("article_date") = py::none(),
        "Reads event files, relations JSON Lines and .txt articles (coded) into relation "
        "columns; returns (columns, ingest stats). Options as entente.read_events takes them.");
}

} // namespace entente::python
