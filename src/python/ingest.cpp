// entente._entente.read_relations: event files, relations JSON Lines and
// articles to relation columns and ingest counts.
#include "entente/python/bindings.hpp"

#include "entente/extract/coder.hpp"
#include "entente/extract/document_stream.hpp"

#include <filesystem>

namespace entente::python {

IngestStats read_all(const std::vector<std::string> &paths, const InputOptions &input,
                     const std::string &dictionaries, std::optional<Date> article_date,
                     const RelationSink &sink) {
  std::vector<std::string> articles, others;
  for (const auto &f : expand_inputs(paths))
    (std::filesystem::path(f).extension() == ".txt" ? articles : others).push_back(f);
  IngestStats in;
  if (!others.empty())
    in = read_inputs(others, input, sink);
  if (!articles.empty()) {
    const Coder coder = Coder::load(find_dictionaries(dictionaries));
    in.relations += code_stream(articles, article_date, coder, input.threads, sink).relations;
    in.files += articles.size();
  }
  return in;
}

namespace {

py::tuple read_relations(const std::vector<std::string> &paths, const py::dict &options,
                         const std::string &dictionaries, const py::object &article_date) {
  const InputOptions input = input_options(options);
  const auto date = optional_date(article_date, "article_date");
  RelationColumns columns;
  IngestStats stats;
  {
    py::gil_scoped_release unlocked;
    stats = read_all(paths, input, dictionaries, date, [&](Relation &&r) { columns.add(r); });
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
