#include "entente/render/graphviz.hpp"

#include "entente/core/error.hpp"

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace entente {
namespace {

std::mutex &graphviz_mutex() {
  static std::mutex m;
  return m;
}

// Graphviz reports through a process-wide callback; we collect the text and
// attach it to the Error thrown by the failing call.
std::string &pending_messages() {
  static std::string text;
  return text;
}

int collect_message(char *message) {
  pending_messages() += message;
  return 0;
}

std::string take_messages() {
  std::string text;
  text.swap(pending_messages());
  while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
    text.pop_back();
  return text;
}

Error graphviz_error(const std::string &what) {
  auto detail = take_messages();
  return Error("graphviz: " + what + (detail.empty() ? "" : ": " + detail));
}

std::vector<char> mutable_copy(const std::string &s) {
  std::vector<char> v(s.begin(), s.end());
  v.push_back('\0');
  return v;
}

} // namespace

std::unique_lock<std::mutex> graphviz_lock() {
  return std::unique_lock<std::mutex>(graphviz_mutex());
}

GVC_t *graphviz_context() {
  struct Owner {
    GVC_t *gvc;
    Owner() : gvc(gvContext()) {
      agseterrf(collect_message);
      if (!gvc)
        throw graphviz_error("cannot create a context");
    }
    ~Owner() { gvFreeContext(gvc); }
  };
  static Owner owner;
  return owner.gvc;
}

CGraph::CGraph(const std::string &name, bool directed) {
  graphviz_context(); // installs the error collector before the first call
  auto n = mutable_copy(name);
  g_ = agopen(n.data(), directed ? Agdirected : Agundirected, nullptr);
  if (!g_)
    throw graphviz_error("cannot create graph");
}

CGraph CGraph::parse_dot(std::string_view dot) {
  graphviz_context();
  const std::string text(dot);
  Agraph_t *g = agmemread(text.c_str());
  if (!g)
    throw graphviz_error("cannot parse DOT");
  return CGraph(g);
}

CGraph::~CGraph() {
  if (g_)
    agclose(g_);
}

std::string CGraph::write_dot() const {
  char *buffer = nullptr;
  std::size_t size = 0;
  FILE *stream = open_memstream(&buffer, &size);
  if (!stream)
    throw Error("cannot open a memory stream for DOT output");
  const int rc = agwrite(g_, stream);
  std::fclose(stream);
  std::string dot(buffer, size);
  std::free(buffer);
  if (rc != 0)
    throw graphviz_error("cannot write DOT");
  return dot;
}

RenderBuffer::~RenderBuffer() {
  if (data_)
    gvFreeRenderData(data_);
}

Layout::Layout(const CGraph &graph, const std::string &engine) : graph_(graph) {
  if (gvLayout(graphviz_context(), graph_.get(), engine.c_str()) != 0)
    throw graphviz_error("layout with engine '" + engine + "' failed");
}

Layout::~Layout() { gvFreeLayout(graphviz_context(), graph_.get()); }

RenderBuffer Layout::render(const std::string &format) const {
  char *data = nullptr;
  unsigned size = 0;
  if (gvRenderData(graphviz_context(), graph_.get(), format.c_str(), &data, &size) != 0 || !data) {
    if (data)
      gvFreeRenderData(data);
    throw graphviz_error("rendering to '" + format + "' failed");
  }
  return RenderBuffer(data, size);
}

void set_attr(void *object, const std::string &name, const std::string &value,
              const std::string &fallback) {
  auto n = mutable_copy(name), v = mutable_copy(value), f = mutable_copy(fallback);
  agsafeset(object, n.data(), v.data(), f.data());
}

void set_html_attr(Agraph_t *root, void *object, const std::string &name, const std::string &html) {
  set_attr(object, name, ""); // declares the attribute for the object's kind
  auto n = mutable_copy(name), h = mutable_copy(html);
  Agsym_t *sym = agattrsym(object, n.data());
  // agxset interns the value again: it finds our HTML-flagged string and
  // shares it, so our own reference is released afterwards.
  char *value = agstrdup_html(root, h.data());
  agxset(object, sym, value);
  agstrfree(root, value);
}

Point node_position(Agnode_t *node) { return {ND_coord(node).x, ND_coord(node).y}; }

} // namespace entente
