#include "entente/io/relations_jsonl.hpp"

#include "entente/core/error.hpp"
#include "entente/core/text.hpp"
#include "entente/io/read_file.hpp"

#include <cstdint>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

namespace entente {

RelationsWriter::RelationsWriter(std::ostream &out) : out_(out) {
  out_ << R"({"format":"entente-relations","version":)" << relations_format_version << "}\n";
}

void RelationsWriter::write(const Relation &r) {
  out_ << nlohmann::json(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  ++count_;
}

namespace {

constexpr std::size_t max_line_bytes = std::size_t{16} << 20;

bool is_header(const nlohmann::json &j) { return j.is_object() && j.contains("format"); }

void check_header(const nlohmann::json &j, const std::string &origin, std::size_t line) {
  if (j.at("format") != "entente-relations")
    throw Error::at(origin, line,
                    "not an entente relations file (format " + j.at("format").dump() + ")");
  // A version that is no integer ("2011-08-01") is unsupported too, not a
  // type error escaping from j.value().
  const auto it = j.find("version");
  const bool known = it != j.end() && it->is_number_integer() &&
                     it->get<std::int64_t>() == relations_format_version;
  if (!known)
    throw Error::at(
        origin, line,
        "unsupported relations format version " + j.value("version", nlohmann::json()).dump() +
            " (this entente reads version " + std::to_string(relations_format_version) + ")");
}

} // namespace

std::size_t read_relations_jsonl(std::istream &in, const std::string &origin,
                                 const std::function<void(Relation &&)> &sink) {
  std::string line;
  std::size_t line_no = 0, count = 0;
  bool first = true;
  for (LineRead got; (got = read_bounded_line(in, line, max_line_bytes)) != LineRead::end;) {
    ++line_no;
    if (got == LineRead::too_long)
      throw Error::at(origin, line_no, "line longer than 16 MiB");
    if (detail::trim(line).empty())
      continue;
    // Errors read "origin:line: invalid JSON: why".
    nlohmann::json j = parse_json(line, origin + ":" + std::to_string(line_no));
    if (first && is_header(j)) {
      check_header(j, origin, line_no);
      first = false;
      continue;
    }
    first = false;
    if (j.is_object() && j.contains("text") && !j.contains("source"))
      throw Error::at(origin, line_no,
                      "a document (it has \"text\"), not a relation: code documents into "
                      "relations first with `entente extract " +
                          origin + " -o relations.jsonl`");
    Relation r;
    try {
      from_json(j, r);
    } catch (const Error &e) {
      throw Error::at(origin, line_no, e.what());
    } catch (const nlohmann::json::exception &e) {
      throw Error::at(origin, line_no, std::string("wrong field type: ") + e.what());
    }
    sink(std::move(r));
    ++count;
  }
  if (in.bad())
    throw Error::at(origin, 0, "read error");
  return count;
}

bool looks_like_relations_jsonl(std::string_view head) {
  head = detail::trim(head);
  if (head.empty() || head.front() != '{')
    return false;
  const auto nl = head.find('\n');
  const auto first = head.substr(0, nl);
  return first.find("\"entente-relations\"") != std::string_view::npos ||
         (first.find("\"source\"") != std::string_view::npos &&
          first.find("\"target\"") != std::string_view::npos);
}

} // namespace entente
