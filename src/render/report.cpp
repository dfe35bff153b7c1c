#include "entente/render/report.hpp"

#include "entente/render/charts.hpp"

namespace entente {

std::string base64(std::string_view in) {
  static constexpr char table[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(in[i]) << 16) |
                       (static_cast<unsigned char>(in[i + 1]) << 8) |
                       static_cast<unsigned char>(in[i + 2]);
    out += table[v >> 18], out += table[(v >> 12) & 63], out += table[(v >> 6) & 63],
        out += table[v & 63];
  }
  if (i < in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size())
      v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += table[v >> 18], out += table[(v >> 12) & 63];
    out += i + 1 < in.size() ? table[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

namespace {

std::string_view mime_of(std::string_view bytes) {
  if (bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8))
    return "image/png";
  return "image/svg+xml";
}

constexpr std::string_view stylesheet = R"(
body{font-family:Helvetica,Arial,sans-serif;max-width:1180px;margin:0 auto;padding:0 24px 48px;color:#222;line-height:1.45}
header{border-bottom:3px solid #0072B2;margin-bottom:12px}
h1{font-size:1.8em;margin:18px 0 4px}
h2{font-size:1.3em;margin-top:32px;border-bottom:1px solid #ddd}
.sub{color:#555;margin:0 0 12px}
nav a{margin-right:14px;color:#0072B2}
figure{margin:12px 0}
figure img{max-width:100%;height:auto;border:1px solid #eee}
figcaption{color:#555;font-size:.9em}
table{border-collapse:collapse;margin:8px 0;font-size:.92em}
th,td{border:1px solid #ddd;padding:4px 10px;text-align:left;vertical-align:top}
th{background:#f3f3f3}
td.num{text-align:right;font-variant-numeric:tabular-nums}
)";

bool numeric(const std::string &s) {
  if (s.empty())
    return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e'))
      return false;
  return true;
}

std::string anchor(std::size_t i) { return "s" + std::to_string(i + 1); }

} // namespace

std::string html_figure(std::string_view image_bytes, const std::string &caption) {
  return "<figure><img alt=\"" + xml_escape(caption) +
         "\" src=\"data:" + std::string(mime_of(image_bytes)) + ";base64," + base64(image_bytes) +
         "\"><figcaption>" + xml_escape(caption) + "</figcaption></figure>\n";
}

std::string html_table(const std::vector<std::string> &header,
                       const std::vector<std::vector<std::string>> &rows) {
  std::string t = "<table><thead><tr>";
  for (const auto &h : header)
    t += "<th>" + xml_escape(h) + "</th>";
  t += "</tr></thead><tbody>\n";
  for (const auto &row : rows) {
    t += "<tr>";
    for (const auto &cell : row)
      t += (numeric(cell) ? "<td class=\"num\">" : "<td>") + xml_escape(cell) + "</td>";
    t += "</tr>\n";
  }
  return t + "</tbody></table>\n";
}

std::string html_paragraph(const std::string &text) { return "<p>" + xml_escape(text) + "</p>\n"; }

std::string report_html(const Report &r) {
  std::string page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                     "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                     "img-src data:; style-src 'unsafe-inline'\">"
                     "<title>" +
                     xml_escape(r.title) + "</title><style>" + std::string(stylesheet) +
                     "</style></head><body>\n<header><h1>" + xml_escape(r.title) +
                     "</h1><p class=\"sub\">" + xml_escape(r.subtitle) + "</p><nav>";
  for (std::size_t i = 0; i < r.sections.size(); ++i)
    page += "<a href=\"#" + anchor(i) + "\">" + xml_escape(r.sections[i].title) + "</a>";
  page += "</nav></header>\n";
  for (std::size_t i = 0; i < r.sections.size(); ++i)
    page += "<section id=\"" + anchor(i) + "\"><h2>" + xml_escape(r.sections[i].title) + "</h2>\n" +
            r.sections[i].html + "</section>\n";
  return page + "</body></html>\n";
}

} // namespace entente
