#include "entente/ingest/inputs.hpp"

#include "entente/core/error.hpp"
#include "entente/core/text.hpp"
#include "entente/ingest/event_rows.hpp"
#include "entente/ingest/stream.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>

namespace fs = std::filesystem;

namespace entente {

InputFormat parse_input_format(std::string_view name) {
  if (name == "auto")
    return InputFormat::automatic;
  if (name == "relations" || name == "jsonl")
    return InputFormat::relations;
  if (name == "gdelt1" || name == "gdelt")
    return InputFormat::gdelt1;
  if (name == "gdelt2")
    return InputFormat::gdelt2;
  if (name == "icews")
    return InputFormat::icews;
  if (name == "edges" || name == "csv" || name == "tsv")
    return InputFormat::edges;
  throw Error::usage("unknown input format '" + std::string(name) +
                     "' (auto, relations, gdelt1, gdelt2, icews, edges)");
}

std::string_view to_string(InputFormat f) {
  switch (f) {
  case InputFormat::relations:
    return "relations";
  case InputFormat::gdelt1:
    return "gdelt1";
  case InputFormat::gdelt2:
    return "gdelt2";
  case InputFormat::icews:
    return "icews";
  case InputFormat::edges:
    return "edges";
  case InputFormat::automatic:
    break;
  }
  return "auto";
}

WeightField parse_weight_field(std::string_view name) {
  if (name == "mentions")
    return WeightField::mentions;
  if (name == "sources")
    return WeightField::sources;
  if (name == "articles")
    return WeightField::articles;
  if (name == "events")
    return WeightField::events;
  throw Error::usage("unknown weight '" + std::string(name) +
                     "' (mentions, sources, articles, events)");
}

namespace {

// "1,3-5" -> {1, 3, 4, 5}, each in [lo, hi].
std::vector<int> parse_int_list(std::string_view list, int lo, int hi, const char *what) {
  std::vector<int> out;
  for (auto item : detail::split(list, ',')) {
    item = detail::trim(item);
    const auto dash = item.find('-', 1);
    auto number = [&](std::string_view s) {
      int v = 0;
      const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
      if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size() || v < lo || v > hi)
        throw Error::usage(std::string("invalid ") + what + " '" + std::string(s) + "' (" +
                           std::to_string(lo) + ".." + std::to_string(hi) + ")");
      return v;
    };
    const int a = number(item.substr(0, dash));
    const int b = dash == std::string_view::npos ? a : number(item.substr(dash + 1));
    if (b < a)
      throw Error::usage(std::string("invalid ") + what + " range '" + std::string(item) + "'");
    for (int v = a; v <= b; ++v)
      out.push_back(v);
  }
  return out;
}

bool skipped_name(const fs::path &p) {
  const auto name = p.filename().string();
  return name.empty() || name.front() == '.' || name.rfind("README", 0) == 0;
}

Relation to_relation(const EventRow &row, InputFormat format, std::string_view id) {
  Relation r;
  r.date = row.date;
  r.source = std::string(row.source);
  r.target = std::string(row.target);
  r.code = std::string(row.code);
  r.root = row.root;
  r.quad = row.quad;
  r.goldstein = static_cast<double>(row.goldstein) / static_cast<double>(micro);
  r.weight = static_cast<double>(row.weight) / static_cast<double>(micro);
  if (!id.empty())
    r.provenance.doc = (format == InputFormat::icews ? "icews:" : "gdelt:") + std::string(id);
  return r;
}

// Rows become Relations; relations pass through.
class RelationStream : public RecordSink {
public:
  explicit RelationStream(const RelationSink &sink) : sink_(sink) {}
  void row(const EventRow &row, InputFormat format, std::string_view id) override {
    sink_(to_relation(row, format, id));
  }
  void relation(Relation &&r) override { sink_(std::move(r)); }

private:
  const RelationSink &sink_;
};

} // namespace

std::bitset<21> parse_roots(std::string_view list) {
  std::bitset<21> b;
  for (int v : parse_int_list(list, 1, 20, "CAMEO root"))
    b.set(static_cast<std::size_t>(v));
  return b;
}

std::bitset<5> parse_quads(std::string_view list) {
  std::bitset<5> b;
  for (int v : parse_int_list(list, 1, 4, "quad class"))
    b.set(static_cast<std::size_t>(v));
  return b;
}

std::vector<std::string> parse_country_list(std::string_view list) {
  std::vector<std::string> out;
  for (auto item : detail::split(list, ',')) {
    item = detail::trim(item);
    if (item.empty())
      throw Error::usage("empty country code in '" + std::string(list) + "'");
    // Codes are CAMEO's three capitals; "usa,rus" kept nothing (exit 0 and
    // an empty graph), so case is folded and anything else is refused.
    std::string code(item);
    for (char &c : code)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const bool letters =
        std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (code.size() != 3 || !letters)
      throw Error::usage("country code '" + std::string(item) +
                         "' is not three letters (CAMEO codes such as USA, RUS, CHN)");
    out.push_back(std::move(code));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool is_bad_kind(std::string_view kind) {
  for (int k = 0; k < detail::row_kind_count; ++k)
    if (kind == detail::kind_name(static_cast<detail::RowKind>(k)))
      return detail::is_bad(static_cast<detail::RowKind>(k));
  return false;
}

std::size_t IngestStats::bad_rows() const {
  std::size_t n = 0;
  for (const auto &[kind, count] : skipped)
    if (is_bad_kind(kind))
      n += count;
  return n;
}

std::string ingest_report(const IngestStats &stats) {
  const std::size_t bad = stats.bad_rows();
  if (bad == 0)
    return {};
  std::string text;
  for (const auto &b : stats.first_bad)
    text += b.file + ":" + std::to_string(b.line) + ": " + b.kind + ": " + b.detail + "\n";
  if (bad > stats.first_bad.size())
    text += "... and " + std::to_string(bad - stats.first_bad.size()) + " more\n";
  text += std::to_string(bad) + (bad == 1 ? " bad row" : " bad rows") + " skipped:";
  bool first = true;
  for (const auto &[kind, count] : stats.skipped)
    if (is_bad_kind(kind)) {
      text += (first ? " " : ", ") + kind + " " + std::to_string(count);
      first = false;
    }
  return text;
}

std::vector<std::string> expand_inputs(const std::vector<std::string> &paths) {
  std::vector<std::string> files;
  for (const auto &p : paths) {
    std::error_code ec;
    if (p == "-") {
      files.push_back(p);
    } else if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it);
           it.increment(ec))
        if (it->is_regular_file() && !skipped_name(it->path()))
          found.push_back(it->path().string());
      if (ec)
        throw Error::at(p, 0, "cannot list folder: " + ec.message());
      if (found.empty()) // an empty result that would look like a quiet success
        throw Error::at(p, 0,
                        "the folder holds no input files (hidden and README files are skipped)");
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      throw Error::at(p, 0, "no such file or folder");
    }
  }
  return files;
}

InputFormat detect_format(const std::string &path, std::string_view head) {
  return detail::sniff_format(path, head);
}

IngestStats read_inputs(const std::vector<std::string> &paths, const InputOptions &options,
                        const RelationSink &sink) {
  RelationStream stream(sink);
  return stream_inputs(paths, options, {&stream});
}

} // namespace entente
