// entente._entente.Coder: the dictionary coder, article text to relations.
#include "entente/python/bindings.hpp"

#include "entente/core/error.hpp"
#include "entente/extract/coder.hpp"
#include "entente/extract/document_stream.hpp"
#include "entente/extract/documents.hpp"

namespace entente::python {

namespace {

Coder load_coder(const std::string &dictionaries, const std::string &parser) {
  const Parser p = parse_parser(parser);
  py::gil_scoped_release unlocked;
  return Coder::load(find_dictionaries(dictionaries), p);
}

py::dict code_text(const Coder &coder, const std::string &text, const py::object &date,
                   const std::string &doc_id) {
  Document doc{doc_id, optional_date(date, "date"), text};
  RelationColumns columns;
  {
    py::gil_scoped_release unlocked;
    if (!doc.date)
      doc.date = find_date(text);
    if (!doc.date)
      throw Error(doc_id + ": no date given and none found in the text's first lines");
    for (const auto &r : code_document(doc, coder))
      columns.add(r);
  }
  return columns.to_python();
}

py::dict code_files(const Coder &coder, const std::vector<std::string> &paths,
                    const py::object &date, int threads) {
  const auto override_date = optional_date(date, "date");
  if (threads < 1)
    throw Error::usage("threads must be at least 1");
  RelationColumns columns;
  {
    py::gil_scoped_release unlocked;
    code_stream(paths, override_date, coder, threads, [&](Relation &&r) { columns.add(r); });
  }
  return columns.to_python();
}

} // namespace

void init_extract(py::module_ &m) {
  py::class_<Coder>(m, "Coder",
                    "entente's dictionary-based CAMEO event coder (loaded once, reused).")
      .def(py::init(&load_coder), py::arg("dictionaries") = "", py::arg("parser") = "fast",
           "Loads the dictionaries from a folder ('' = where entente extract finds them); "
           "parser 'fast' or 'link' (Link Grammar, when built with it).")
      .def("code_text", &code_text, py::arg("text"), py::arg("date") = py::none(),
           py::arg("doc_id") = "text",
           "Codes one article's text; its date is `date` or the first date in its first lines.")
      .def("code_files", &code_files, py::arg("paths"), py::arg("date") = py::none(),
           py::arg("threads") = 2,
           "Codes .txt articles and documents JSON Lines (files or folders), as entente "
           "extract does.");
}

} // namespace entente::python
