// Charts to PNG and PDF: entente's own SVG through librsvg onto a cairo
// surface. Each C handle has one owner (unique_ptr with its free function).
#include "entente/core/error.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/render/charts.hpp"
#include "entente/render/png.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <cmath>
#include <librsvg/rsvg.h>
#include <memory>

namespace entente {
namespace {

struct GErrorFree {
  void operator()(GError *e) const { g_error_free(e); }
};
struct HandleFree {
  void operator()(RsvgHandle *h) const { g_object_unref(h); }
};
struct SurfaceFree {
  void operator()(cairo_surface_t *s) const { cairo_surface_destroy(s); }
};
struct ContextFree {
  void operator()(cairo_t *c) const { cairo_destroy(c); }
};
using Handle = std::unique_ptr<RsvgHandle, HandleFree>;
using Surface = std::unique_ptr<cairo_surface_t, SurfaceFree>;
using Context = std::unique_ptr<cairo_t, ContextFree>;

// cairo's RGB24 pixels are native-endian 32-bit 0xXXRRGGBB words.
std::string surface_to_png(cairo_surface_t *image) {
  cairo_surface_flush(image);
  const auto width = static_cast<std::uint32_t>(cairo_image_surface_get_width(image));
  const auto height = static_cast<std::uint32_t>(cairo_image_surface_get_height(image));
  const unsigned char *data = cairo_image_surface_get_data(image);
  const auto stride = static_cast<std::size_t>(cairo_image_surface_get_stride(image));
  return detail::encode_png(width, height, 3, [&](std::uint32_t y, unsigned char *out) {
    const auto *px = reinterpret_cast<const std::uint32_t *>(data + y * stride);
    for (std::uint32_t x = 0; x < width; ++x, out += 3) {
      out[0] = static_cast<unsigned char>(px[x] >> 16);
      out[1] = static_cast<unsigned char>(px[x] >> 8);
      out[2] = static_cast<unsigned char>(px[x]);
    }
  });
}

cairo_status_t append(void *closure, const unsigned char *data, unsigned int length) {
  static_cast<std::string *>(closure)->append(reinterpret_cast<const char *>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

Handle read_svg(const std::string &svg, double &width, double &height) {
  GError *raw = nullptr;
  Handle h(
      rsvg_handle_new_from_data(reinterpret_cast<const guint8 *>(svg.data()), svg.size(), &raw));
  std::unique_ptr<GError, GErrorFree> error(raw);
  if (!h)
    throw Error(std::string("cannot read the chart's SVG: ") +
                (error ? error->message : "unknown error"));
  if (!rsvg_handle_get_intrinsic_size_in_pixels(h.get(), &width, &height) || width <= 0 ||
      height <= 0)
    throw Error("the chart's SVG has no size");
  return h;
}

void draw(RsvgHandle *h, cairo_surface_t *surface, double width, double height) {
  const Context cr(cairo_create(surface));
  const RsvgRectangle viewport{0, 0, width, height};
  GError *raw = nullptr;
  const bool ok = rsvg_handle_render_document(h, cr.get(), &viewport, &raw);
  std::unique_ptr<GError, GErrorFree> error(raw);
  if (!ok)
    throw Error(std::string("cannot draw the chart: ") +
                (error ? error->message : "unknown error"));
}

} // namespace

std::string chart_bytes(const std::string &svg, PictureFormat format) {
  if (format == PictureFormat::svg)
    return svg;
  if (format == PictureFormat::dot)
    throw Error::usage("charts are drawn as .svg, .png or .pdf, not DOT");
  double width = 0, height = 0;
  const Handle h = read_svg(svg, width, height);
  std::string out;
  if (format == PictureFormat::png) {
    constexpr double scale = 2; // crisp on high-density screens
    const Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24,
                                                     static_cast<int>(std::ceil(width * scale)),
                                                     static_cast<int>(std::ceil(height * scale))));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
      throw Error("cannot allocate the chart's image");
    draw(h.get(), surface.get(), width * scale, height * scale);
    return surface_to_png(surface.get());
  }
  // PDF: CSS pixels are 0.75 points.
  const Surface surface(
      cairo_pdf_surface_create_for_stream(append, &out, width * 0.75, height * 0.75));
  draw(h.get(), surface.get(), width * 0.75, height * 0.75);
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    throw Error("cannot write the chart as PDF");
  return out;
}

void write_chart(const std::string &path, const std::string &svg) {
  write_output(path, chart_bytes(svg, path == "-" ? PictureFormat::svg : picture_format_for(path)));
}

} // namespace entente
