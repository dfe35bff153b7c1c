#include "entente/render/png.hpp"

#include "entente/core/error.hpp"

#include <cstring>
#include <vector>
#include <zlib.h>

namespace entente::detail {
namespace {

void put32(std::string &out, std::uint32_t v) {
  out += static_cast<char>(v >> 24), out += static_cast<char>(v >> 16);
  out += static_cast<char>(v >> 8), out += static_cast<char>(v);
}

void chunk(std::string &out, const char *type, std::string_view data) {
  put32(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t start = out.size();
  out.append(type, 4);
  out.append(data);
  const auto crc = crc32(0, reinterpret_cast<const Bytef *>(out.data() + start),
                         static_cast<uInt>(out.size() - start));
  put32(out, static_cast<std::uint32_t>(crc));
}

// One zlib stream, fed a filtered row at a time.
class Deflater {
public:
  Deflater() {
    if (deflateInit2(&z_, Z_BEST_SPEED, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
      throw Error("png: cannot start zlib");
  }
  Deflater(const Deflater &) = delete;
  Deflater &operator=(const Deflater &) = delete;
  ~Deflater() { deflateEnd(&z_); }

  void add(const unsigned char *data, std::size_t size, bool last) {
    z_.next_in = const_cast<Bytef *>(data);
    z_.avail_in = static_cast<uInt>(size);
    int rc = Z_OK;
    do {
      unsigned char buf[1 << 16];
      z_.next_out = buf;
      z_.avail_out = sizeof buf;
      rc = deflate(&z_, last ? Z_FINISH : Z_NO_FLUSH);
      if (rc == Z_STREAM_ERROR)
        throw Error("png: zlib failed");
      out.append(reinterpret_cast<char *>(buf), sizeof buf - z_.avail_out);
    } while (z_.avail_out == 0 || (last && rc != Z_STREAM_END));
  }

  std::string out;

private:
  z_stream z_{};
};

} // namespace

std::string encode_png(std::uint32_t width, std::uint32_t height, int channels, const PngRow &row) {
  if (width == 0 || height == 0 || (channels != 3 && channels != 4))
    throw Error("png: empty image");
  const std::size_t stride = std::size_t{width} * static_cast<std::size_t>(channels);
  std::vector<unsigned char> above(stride, 0), current(stride), filtered(stride + 1);
  Deflater z;
  for (std::uint32_t y = 0; y < height; ++y) {
    row(y, current.data());
    filtered[0] = 2; // "Up": each byte minus the byte above it
    for (std::size_t i = 0; i < stride; ++i)
      filtered[i + 1] = static_cast<unsigned char>(current[i] - above[i]);
    z.add(filtered.data(), filtered.size(), y + 1 == height);
    above.swap(current);
  }
  std::string png("\x89PNG\r\n\x1a\n", 8), header;
  put32(header, width);
  put32(header, height);
  header += static_cast<char>(8);                     // bits per channel
  header += static_cast<char>(channels == 4 ? 6 : 2); // RGBA or RGB
  header.append(3, '\0');                             // deflate, filter set 0, no interlace
  chunk(png, "IHDR", header);
  chunk(png, "IDAT", z.out);
  chunk(png, "IEND", {});
  return png;
}

namespace {
std::uint32_t le32(std::string_view b, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i)
    v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
  return v;
}
} // namespace

std::string bmp_to_png(std::string_view bmp) {
  if (bmp.size() < 54 || bmp.substr(0, 2) != "BM")
    throw Error("png: not a BMP image");
  const std::uint32_t offset = le32(bmp, 10);
  const auto width = static_cast<std::int32_t>(le32(bmp, 18));
  const auto raw_height = static_cast<std::int32_t>(le32(bmp, 22));
  const std::uint32_t bits = le32(bmp, 28) & 0xFFFF, compression = le32(bmp, 30);
  if (width <= 0 || raw_height == 0 || (bits != 24 && bits != 32) ||
      (compression != 0 && compression != 3))
    throw Error("png: unsupported BMP (" + std::to_string(bits) + " bits per pixel)");
  const bool bottom_up = raw_height > 0;
  const auto height = static_cast<std::uint32_t>(bottom_up ? raw_height : -raw_height);
  const std::size_t bytes = bits / 8;
  const std::size_t stride = (std::size_t(width) * bytes + 3) / 4 * 4;
  if (offset + stride * height > bmp.size())
    throw Error("png: truncated BMP");
  return encode_png(static_cast<std::uint32_t>(width), height, 3,
                    [&](std::uint32_t y, unsigned char *out) {
                      const std::size_t line = bottom_up ? height - 1 - y : y;
                      const char *in = bmp.data() + offset + line * stride;
                      for (std::int32_t x = 0; x < width; ++x, in += bytes, out += 3) {
                        out[0] = static_cast<unsigned char>(in[2]); // BGR -> RGB
                        out[1] = static_cast<unsigned char>(in[1]);
                        out[2] = static_cast<unsigned char>(in[0]);
                      }
                    });
}

} // namespace entente::detail
