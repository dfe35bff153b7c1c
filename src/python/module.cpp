// entente._entente, the compiled part of `import entente`: entente::Error
// becomes entente.Error (a subclass of Exception carrying the message),
// then each area registers its functions.
#include "entente/python/bindings.hpp"

#include "entente/core/error.hpp"

PYBIND11_MODULE(_entente, m) {
  namespace py = pybind11;
  m.doc() = "entente's library, wrapped for Python; use the package `entente`, not this module.";
  // Held for the life of the interpreter (pybind11's recipe for custom
  // exceptions): the translator below refers to it.
  static py::exception<entente::Error> error(m, "Error", PyExc_Exception);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p)
        std::rethrow_exception(p);
    } catch (const entente::Error &e) {
      error(e.what());
    }
  });
  entente::python::init_ingest(m);
  entente::python::init_extract(m);
  entente::python::init_snapshot(m);
  entente::python::init_compare(m);
  entente::python::init_render(m);
}
