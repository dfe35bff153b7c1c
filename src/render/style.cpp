#include "entente/render/style.hpp"

#include "entente/core/relation.hpp"
#include "entente/core/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace entente::style {
namespace {
// Tol's light scheme: light blue, light yellow, pink, light cyan, pear, olive.
constexpr std::array<const char *, bloc_colours> bloc_palette = {"#77AADD", "#EEDD88", "#FFAABB",
                                                                 "#99DDFF", "#BBCC33", "#AAAA00"};

// The fill at 55% brightness: an outline that belongs to the fill.
std::string darker(const char *rgb) {
  unsigned r = 0, g = 0, b = 0;
  std::sscanf(rgb, "#%02x%02x%02x", &r, &g, &b);
  char buf[16];
  std::snprintf(buf, sizeof buf, "#%02X%02X%02X", (r * 55 / 100) & 0xFFu, (g * 55 / 100) & 0xFFu,
                (b * 55 / 100) & 0xFFu);
  return buf;
}
} // namespace

std::string bloc_fill(int id) {
  if (id < 0)
    return no_bloc;
  return id < bloc_colours ? bloc_palette[static_cast<std::size_t>(id)] : other_blocs;
}

std::string bloc_line(int id) {
  if (id < 0)
    return "#636363";
  return id < bloc_colours ? darker(bloc_palette[static_cast<std::size_t>(id)]) : "#7A7A7A";
}

bool is_mixed(const DyadStats &t) {
  const double pos = t.coop, neg = -t.conflict;
  return pos + neg > 0 && std::min(pos, neg) / (pos + neg) >= mixed_share;
}

std::string fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, round6(x));
  return buf;
}

std::string count(std::size_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0)
      out += ',';
    out += digits[i];
  }
  return out;
}

double pen_width(double abs_net, double max_abs_net, double base) {
  return base + 5.0 * (max_abs_net > 0 ? std::sqrt(abs_net / max_abs_net) : 0.0);
}

std::string with_alpha(const std::string &rgb, int alpha) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%02X", std::clamp(alpha, 0, 255));
  return rgb + buf;
}

std::string html_escape(const std::string &text) {
  // Labels are one line: line breaks become spaces before escaping.
  std::string flat = text;
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  std::replace(flat.begin(), flat.end(), '\r', ' ');
  return detail::xml_escape(flat);
}

} // namespace entente::style
