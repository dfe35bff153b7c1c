// One owner per Graphviz C handle. Graphviz is not thread-safe, so every
// call into it happens while holding graphviz_lock(); the owners below expect
// the caller to hold it.
//
//   auto lock = entente::graphviz_lock();
//   entente::CGraph g("snapshot", /*directed=*/false);   // agopen
//   entente::set_attr(g.get(), "label", "Côte d'Ivoire");
//   entente::Layout layout(g, "neato");                  // gvLayout
//   entente::RenderBuffer svg = layout.render("svg");     // gvRenderData
//
// Teardown order is encoded in the types: a Layout keeps a reference to its
// graph and frees itself (gvFreeLayout) in its destructor, so it must be
// declared after the graph it lays out; the context lives in a function-local
// static and is freed (gvFreeContext) after every graph is gone.
#pragma once

#include "entente/render/plan.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <mutex>
#include <string>
#include <string_view>

namespace entente {

[[nodiscard]] std::unique_lock<std::mutex> graphviz_lock();

// The process's one GVC_t (layout and render plugins loaded on first use).
GVC_t *graphviz_context();

class CGraph {
public:
  CGraph(const std::string &name, bool directed); // agopen; throws Error
  static CGraph parse_dot(std::string_view dot);  // agmemread; throws Error
  CGraph(CGraph &&other) noexcept : g_(other.g_) { other.g_ = nullptr; }
  CGraph &operator=(CGraph &&) = delete;
  CGraph(const CGraph &) = delete;
  ~CGraph();

  Agraph_t *get() const { return g_; }
  std::string write_dot() const; // agwrite

private:
  explicit CGraph(Agraph_t *g) : g_(g) {}
  Agraph_t *g_;
};

class RenderBuffer {
public:
  RenderBuffer(char *data, unsigned size) : data_(data), size_(size) {}
  RenderBuffer(RenderBuffer &&o) noexcept : data_(o.data_), size_(o.size_) { o.data_ = nullptr; }
  RenderBuffer(const RenderBuffer &) = delete;
  RenderBuffer &operator=(const RenderBuffer &) = delete;
  ~RenderBuffer();
  // May be binary (PNG, PDF): use the size, not a terminator.
  std::string_view bytes() const { return {data_, size_}; }

private:
  char *data_;
  unsigned size_;
};

class Layout {
public:
  Layout(const CGraph &graph, const std::string &engine); // gvLayout; throws Error
  Layout(const Layout &) = delete;
  Layout &operator=(const Layout &) = delete;
  ~Layout(); // gvFreeLayout, before the graph is closed

  RenderBuffer render(const std::string &format) const; // gvRenderData; throws Error

private:
  const CGraph &graph_;
};

// agsafeset with mutable copies of the strings (cgraph takes char*).
void set_attr(void *object, const std::string &name, const std::string &value,
              const std::string &fallback = "");
// Sets an HTML-like label value (Graphviz's <...> strings); the caller has
// escaped every piece of user text in `html`.
void set_html_attr(Agraph_t *root, void *object, const std::string &name, const std::string &html);

// Where the last layout put the node, in points.
Point node_position(Agnode_t *node);

} // namespace entente
