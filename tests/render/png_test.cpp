#include "entente/core/error.hpp"
#include "entente/render/png.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>
#include <zlib.h>

namespace {

std::uint32_t be32(const std::string &s, std::size_t at) {
  return (std::uint32_t(static_cast<unsigned char>(s[at])) << 24) |
         (std::uint32_t(static_cast<unsigned char>(s[at + 1])) << 16) |
         (std::uint32_t(static_cast<unsigned char>(s[at + 2])) << 8) |
         std::uint32_t(static_cast<unsigned char>(s[at + 3]));
}

// Decodes what encode_png writes (RGB, 8 bits, filters None/Sub/Up), checking
// every chunk's CRC: an independent reader of the format.
std::vector<unsigned char> decode(const std::string &png, std::uint32_t &w, std::uint32_t &h) {
  REQUIRE(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  std::string idat;
  for (std::size_t at = 8; at < png.size();) {
    const auto n = be32(png, at);
    const std::string type = png.substr(at + 4, 4);
    const auto crc = crc32(0, reinterpret_cast<const Bytef *>(png.data() + at + 4), n + 4);
    CHECK(crc == be32(png, at + 8 + n));
    if (type == "IHDR") {
      w = be32(png, at + 8), h = be32(png, at + 12);
      CHECK(png[at + 16] == 8);
      CHECK(png[at + 17] == 2);
    } else if (type == "IDAT") {
      idat += png.substr(at + 8, n);
    }
    at += 12 + n;
  }
  const std::size_t stride = std::size_t{w} * 3;
  std::vector<unsigned char> raw((stride + 1) * h);
  uLongf size = raw.size();
  REQUIRE(uncompress(raw.data(), &size, reinterpret_cast<const Bytef *>(idat.data()),
                     idat.size()) == Z_OK);
  REQUIRE(size == raw.size());
  std::vector<unsigned char> px(stride * h);
  for (std::uint32_t y = 0; y < h; ++y) {
    const unsigned char filter = raw[y * (stride + 1)];
    for (std::size_t i = 0; i < stride; ++i) {
      const unsigned char v = raw[y * (stride + 1) + 1 + i];
      const unsigned char up = y ? px[(y - 1) * stride + i] : 0;
      const unsigned char left = i >= 3 ? px[y * stride + i - 3] : 0;
      px[y * stride + i] = static_cast<unsigned char>(filter == 2   ? v + up
                                                      : filter == 1 ? v + left
                                                                    : v);
    }
  }
  return px;
}

} // namespace

TEST_CASE("a BMP becomes a PNG with the same pixels", "[png]") {
  // 3 x 2 pixels, 24-bit BGR, bottom-up, rows padded to 12 bytes.
  const unsigned char top[3][3] = {{255, 0, 0}, {0, 255, 0}, {0, 0, 255}}; // RGB
  const unsigned char bottom[3][3] = {{10, 20, 30}, {40, 50, 60}, {70, 80, 90}};
  std::string bmp = "BM";
  auto put32 = [&](std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
      bmp += static_cast<char>((v >> (8 * i)) & 0xFF);
  };
  put32(54 + 24), put32(0), put32(54);                   // file header
  put32(40), put32(3), put32(2), put32(1 | (24u << 16)); // width, height, planes, bits
  put32(0), put32(24), put32(0), put32(0), put32(0), put32(0);
  for (const auto *row : {bottom, top}) { // bottom row first
    for (int x = 0; x < 3; ++x)
      bmp += static_cast<char>(row[x][2]), bmp += static_cast<char>(row[x][1]),
          bmp += static_cast<char>(row[x][0]);
    bmp.append(3, '\0');
  }
  std::uint32_t w = 0, h = 0;
  const auto px = decode(entente::detail::bmp_to_png(bmp), w, h);
  REQUIRE(w == 3);
  REQUIRE(h == 2);
  for (int x = 0; x < 3; ++x)
    for (int c = 0; c < 3; ++c) {
      CHECK(px[static_cast<std::size_t>(x * 3 + c)] == top[x][c]);
      CHECK(px[static_cast<std::size_t>(9 + x * 3 + c)] == bottom[x][c]);
    }
  CHECK_THROWS_AS(entente::detail::bmp_to_png("BM"), entente::Error);
  CHECK_THROWS_AS(entente::detail::bmp_to_png(bmp.substr(0, 60)), entente::Error);
}

TEST_CASE("large images encode row by row", "[png]") {
  std::uint32_t w = 0, h = 0;
  const auto png =
      entente::detail::encode_png(700, 300, 3, [](std::uint32_t y, unsigned char *out) {
        for (std::uint32_t x = 0; x < 700; ++x)
          out[3 * x] = static_cast<unsigned char>(x),
                  out[3 * x + 1] = static_cast<unsigned char>(y),
                  out[3 * x + 2] = static_cast<unsigned char>(x ^ y);
      });
  const auto px = decode(png, w, h);
  REQUIRE((w == 700 && h == 300));
  CHECK(px[(299 * 700 + 650) * 3 + 2] == static_cast<unsigned char>(650 ^ 299));
}
