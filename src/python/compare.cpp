// entente._entente.diff: two snapshots compared, as `entente diff --json`.
#include "entente/python/bindings.hpp"

#include "entente/compare/snapshot_diff.hpp"
#include "entente/core/error.hpp"

namespace entente::python {

namespace {

py::object diff(const Snapshot &a, const Snapshot &b, std::size_t top, bool nonzero,
                bool edges_only) {
  if (a.level != b.level)
    throw Error("the snapshots are at different levels (" + std::string(to_string(a.level)) +
                " and " + std::string(to_string(b.level)) + ")");
  nlohmann::json j;
  {
    py::gil_scoped_release unlocked;
    j = diff_snapshots(a, b, {top, nonzero, edges_only});
  }
  return to_python(j);
}

} // namespace

void init_compare(py::module_ &m) {
  m.def("diff", &diff, py::arg("before"), py::arg("after"), py::arg("top") = 10,
        py::arg("nonzero") = false, py::arg("edges_only") = false,
        "What changed between two snapshots, as the dict entente diff --json prints.");
}

} // namespace entente::python
