// PNG encoding for the pictures entente rasterises: Graphviz's pixels
// (taken as an uncompressed BMP, see draw.cpp) and cairo image surfaces
// (charts). Internal to the render stage.
//
//   std::string png = entente::detail::bmp_to_png(graphviz_bmp_bytes);
//
// Graphviz's own PNG writer (cairo's) compresses at zlib's default level,
// which took longer than drawing the picture (0.6 s of 1.0 s for a
// 2,585 × 1,791 GDELT month). Here zlib runs at its fastest level with the
// PNG "Up" filter, which keeps flat backgrounds and straight edges cheap:
// about a quarter of the time for files about 10% larger. The container is
// written directly (chunks with zlib's CRC-32): libpng reports errors by
// longjmp, which must not cross C++ frames.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace entente::detail {

// `row(y, out)` writes row y (top first) as width × channels bytes, RGB
// (channels 3) or RGBA (channels 4).
using PngRow = std::function<void(std::uint32_t y, unsigned char *out)>;
std::string encode_png(std::uint32_t width, std::uint32_t height, int channels, const PngRow &row);

// An uncompressed 24- or 32-bit BMP (as Graphviz's "bmp" device writes) as
// PNG; throws Error for anything else.
std::string bmp_to_png(std::string_view bmp);

} // namespace entente::detail
