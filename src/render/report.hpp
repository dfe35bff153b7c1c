// The HTML report: one self-contained page (styles and images inline, no
// script, no network) that opens offline and reads on a laptop screen.
//
//   entente::Report r{"entente report", "datasets/ -> output/", {}};
//   std::string svg = entente::render_plan(entente::plan_snapshot(snapshot, {}),
//                                          {entente::PictureFormat::svg}).at(0);
//   r.sections.push_back({"Graph", entente::html_figure(svg, "GDELT, Aug 2011")});
//   r.sections.push_back({"Strongest alliances",
//                         entente::html_table({"pair", "net"}, {{"RUS-CHN", "12.5"}})});
//   entente::write_output("output/report.html", entente::report_html(r));
//
// Every piece of text passes through xml_escape; an SVG is inlined as a
// data: URI image, so markup inside it can never run in the page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct ReportSection {
  std::string title;
  std::string html; // built with the helpers below
};

struct Report {
  std::string title;
  std::string subtitle;
  std::vector<ReportSection> sections;
};

std::string report_html(const Report &r);

// <figure> with the image inline as a data: URI (mime from the bytes).
std::string html_figure(std::string_view image_bytes, const std::string &caption);
std::string html_table(const std::vector<std::string> &header,
                       const std::vector<std::vector<std::string>> &rows);
std::string html_paragraph(const std::string &text);
std::string base64(std::string_view bytes);

} // namespace entente
