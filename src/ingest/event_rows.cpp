#include "entente/ingest/event_rows.hpp"

#include "entente/core/actor.hpp"
#include "entente/core/cameo.hpp"
#include "entente/core/error.hpp"
#include "entente/core/organisation.hpp"
#include "entente/core/text.hpp"
#include "entente/ingest/actor_nodes.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <unordered_map>

namespace entente::embedded {
extern const std::string_view icews_countries_tsv;
}

namespace entente::detail {
namespace {

// GDELT columns (0-based; the same in 1.0 and 2.0 up to AvgTone).
enum GdeltColumn {
  g_date = 1,
  g_actor1 = 5,
  g_country1 = 7,
  g_actor2 = 15,
  g_country2 = 17,
  g_is_root = 25,
  g_code = 26,
  g_goldstein = 30,
  g_mentions = 31,
  g_sources = 32,
  g_articles = 33
};
// ICEWS columns.
enum IcewsColumn {
  i_date = 1,
  i_source = 2,
  i_source_country = 4,
  i_code = 6,
  i_intensity = 7,
  i_target = 8,
  i_target_country = 10
};

// CAMEO codes known to the table, indexed by length and value, so a row's
// code is checked without a map lookup.
class KnownCodes {
public:
  KnownCodes() {
    for (int len = 2; len <= 4; ++len) {
      const int n = len == 2 ? 100 : len == 3 ? 1000 : 10000;
      for (int v = 0; v < n; ++v) {
        std::string s = std::to_string(v);
        s.insert(0, static_cast<std::size_t>(len) - s.size(), '0');
        if (cameo_table().known(s))
          known_[offset(len) + v] = true;
      }
    }
  }
  bool known(std::string_view s) const {
    if (s.size() < 2 || s.size() > 4)
      return false;
    int v = 0;
    for (char c : s) {
      if (c < '0' || c > '9')
        return false;
      v = v * 10 + (c - '0');
    }
    return known_[offset(static_cast<int>(s.size())) + v];
  }

private:
  static int offset(int len) { return len == 2 ? 0 : len == 3 ? 100 : 1100; }
  std::array<bool, 11100> known_{};
};

const KnownCodes &known_codes() {
  static const KnownCodes codes;
  return codes;
}

// ICEWS country names -> CAMEO codes at country level (datasets/events/
// icews-countries.tsv, compiled in).
const std::unordered_map<std::string, std::string> &icews_countries() {
  static const auto table = [] {
    std::unordered_map<std::string, std::string> t;
    for_each_tsv_row(embedded::icews_countries_tsv, "icews-countries.tsv", 2,
                     [&](std::size_t, const std::vector<std::string_view> &f) {
                       t.emplace(std::string(f[0]), country_of(f[1]));
                     });
    return t;
  }();
  return table;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<Date> parse_yyyymmdd(std::string_view s) {
  if (s.size() != 8 || !all_digits(s))
    return std::nullopt;
  std::int64_t v = 0;
  for (char c : s)
    v = v * 10 + (c - '0');
  return Date::from_yyyymmdd(v);
}

std::optional<Date> parse_any_date(std::string_view s) {
  if (s.size() == 8)
    return parse_yyyymmdd(s);
  return Date::try_parse(s);
}

std::string_view unquote(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
    s = s.substr(1, s.size() - 2);
  return s;
}

std::string_view first_line(std::string_view head) {
  const auto nl = head.find('\n');
  auto line = nl == std::string_view::npos ? head : head.substr(0, nl);
  if (!line.empty() && line.back() == '\r')
    line.remove_suffix(1);
  return line;
}

} // namespace

Error line_error(const std::string &file, const LineTooLong &e, std::size_t offset) {
  return Error::at(file, offset + e.line(), "line longer than 256 MB: not a line-based format");
}

const char *kind_name(RowKind k) {
  static constexpr const char *names[row_kind_count] = {
      "ok",      "header", "columns",    "number",   "date",  "code",
      "country", "actor",  "no country", "filtered", "region"};
  return names[static_cast<int>(k)];
}

std::string printable(std::string_view value, std::size_t max) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  std::size_t i = 0;
  while (i < value.size() && i < max) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    // A whole valid UTF-8 sequence is kept as it is.
    const std::size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (n > 1 && i + n <= value.size() && valid_utf8(value.substr(i, n))) {
      out.append(value.substr(i, n));
      i += n;
      continue;
    }
    out += "\\x";
    out += hex[c >> 4];
    out += hex[c & 15];
    ++i;
  }
  if (i < value.size())
    out += "...";
  return out;
}

bool parse_fixed(std::string_view s, std::int64_t &out) {
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+'))
    negative = s[i++] == '-';
  // At most 1e12 (1e18 micro units): the weight bound of relations JSONL
  // (relation_problem), so what `load` writes reads back, and the bound the
  // fold's sums are proven safe for (event_fold.cpp). 1e13 overflowed here.
  constexpr std::int64_t max_whole = 1'000'000'000'000;
  std::int64_t whole = 0;
  std::size_t digits = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++digits) {
    whole = whole * 10 + (s[i] - '0');
    if (whole > max_whole)
      return false;
  }
  std::int64_t frac = 0, scale = micro / 10;
  bool round_up = false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t fdigits = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++fdigits) {
      if (scale > 0) {
        frac += (s[i] - '0') * scale;
        scale /= 10;
      } else if (fdigits == 6) {
        round_up = s[i] >= '5';
      }
    }
    digits += fdigits;
  }
  if (digits == 0 || i != s.size())
    return false;
  const std::int64_t v = whole * micro + frac + (round_up ? 1 : 0);
  if (v > max_whole * micro)
    return false;
  out = negative ? -v : v;
  return true;
}

bool parse_count(std::string_view s, std::int64_t &out) {
  if (s.empty() || s.size() > 9) // keeps Goldstein x count inside int64
    return false;
  std::int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9')
      return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

InputFormat sniff_format(const std::string &path, std::string_view head) {
  auto name = std::filesystem::path(path).filename().string();
  for (const char *ext : {".gz", ".zip"})
    if (name.size() > std::strlen(ext) && name.ends_with(ext))
      name.resize(name.size() - std::strlen(ext));
  if (name.ends_with(".jsonl") || name.ends_with(".ndjson"))
    return InputFormat::relations;
  // No text format has NUL bytes: binary data is refused as unrecognised
  // rather than read as an edge list whose every row is bad.
  if (head.find('\0') != std::string_view::npos)
    return InputFormat::automatic;
  const auto line = first_line(head);
  const auto t = trim(line);
  if (!t.empty() && t.front() == '{')
    return InputFormat::relations;
  const auto tabs = static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t'));
  if (tabs == 56 || tabs == 57)
    return InputFormat::gdelt1;
  if (tabs == 60)
    return InputFormat::gdelt2;
  if (tabs == 19)
    return InputFormat::icews;
  if (tabs == 2 || tabs == 3)
    return InputFormat::edges;
  const auto commas = std::count(line.begin(), line.end(), ',');
  if (tabs == 0 && (commas == 2 || commas == 3))
    return InputFormat::edges;
  return InputFormat::automatic;
}

char separator_for(InputFormat format, std::string_view head) {
  if (format != InputFormat::edges)
    return '\t';
  return first_line(head).find('\t') != std::string_view::npos ? '\t' : ',';
}

RowKind filter_relation(const Relation &r, const RowFilter &f, bool dates) {
  if (dates && ((f.from && r.date < *f.from) || (f.to && r.date > *f.to)))
    return RowKind::filtered;
  if (f.roots.any() && !f.roots.test(static_cast<std::size_t>(r.root)))
    return RowKind::filtered;
  if (f.quads.any() && !f.quads.test(static_cast<std::size_t>(r.quad)))
    return RowKind::filtered;
  if (!f.countries.empty()) {
    auto listed = [&](const std::string &c) {
      return std::binary_search(f.countries.begin(), f.countries.end(), c);
    };
    if (!listed(country_of(r.source)) || !listed(country_of(r.target)))
      return RowKind::filtered;
  }
  return RowKind::ok;
}

RowParser::RowParser(InputFormat format, const InputOptions &options)
    : format_(format), options_(options) {
  switch (options.weight) {
  case WeightField::mentions:
    weight_column_ = g_mentions;
    break;
  case WeightField::sources:
    weight_column_ = g_sources;
    break;
  case WeightField::articles:
    weight_column_ = g_articles;
    break;
  case WeightField::events:
    weight_column_ = -1;
    break;
  }
  const auto &f = options.filter;
  has_filter_ = f.from || f.to || f.roots.any() || f.quads.any() || !f.countries.empty();
  (void)known_codes(); // build the tables before threads share them
  if (format == InputFormat::icews)
    (void)icews_countries();
}

RowKind RowParser::parse(const Line &line, bool first, EventRow &row) {
  switch (format_) {
  case InputFormat::gdelt1:
  case InputFormat::gdelt2:
    return gdelt(line, first, row);
  case InputFormat::icews:
    return icews(line, first, row);
  case InputFormat::edges:
    return edges(line, first, row);
  default:
    break;
  }
  throw Error("RowParser: not a delimited event format");
}

RowKind RowParser::filter(EventRow &row, std::string_view c1, std::string_view c2) const {
  const auto &f = options_.filter;
  if ((f.from && row.date < *f.from) || (f.to && row.date > *f.to))
    return RowKind::filtered;
  if (f.roots.any() && !f.roots.test(static_cast<std::size_t>(row.root)))
    return RowKind::filtered;
  if (f.quads.any() && !f.quads.test(static_cast<std::size_t>(row.quad)))
    return RowKind::filtered;
  if (!f.countries.empty()) {
    auto listed = [&](std::string_view c) {
      return std::binary_search(f.countries.begin(), f.countries.end(), c);
    };
    if (!listed(c1) || !listed(c2))
      return RowKind::filtered;
  }
  return RowKind::ok;
}

RowKind RowParser::gdelt(const Line &line, bool first, EventRow &row) {
  const int n = line.count;
  const bool columns_ok = format_ == InputFormat::gdelt2 ? n == 61 : (n == 57 || n == 58);
  if (!columns_ok) {
    if (first && n >= 35 && !all_digits(line.field(g_date)))
      return RowKind::header;
    return RowKind::columns;
  }
  row.dated = true;
  const auto sqldate = line.field(g_date);
  if (sqldate.size() == 8 && std::memcmp(sqldate.data(), last_day_text_, 8) == 0) {
    row.date = last_day_; // rows come in date order: most repeat the last day
  } else {
    const auto date = parse_yyyymmdd(sqldate);
    if (!date) {
      if (first && !all_digits(sqldate))
        return RowKind::header; // e.g. gen_gdelt.py --header
      return bad(RowKind::date, "SQLDATE", sqldate);
    }
    row.date = last_day_ = *date;
    std::memcpy(last_day_text_, sqldate.data(), 8);
  }
  if (const auto kind = event(line, {g_code, "EventCode"}, {g_goldstein, "GoldsteinScale"}, row);
      kind != RowKind::ok)
    return kind;
  std::int64_t w = 1;
  if (weight_column_ >= 0 && !parse_count(line.field(weight_column_), w)) {
    return bad(RowKind::number,
               weight_column_ == g_mentions  ? "NumMentions"
               : weight_column_ == g_sources ? "NumSources"
                                             : "NumArticles",
               line.field(weight_column_));
  }
  row.weight = w * micro;
  if (options_.filter.root_only) {
    const auto r = line.field(g_is_root);
    if (r != "0" && r != "1") {
      return bad(RowKind::number, "IsRootEvent", r);
    }
    if (r == "0")
      return RowKind::filtered;
  }
  const auto c1 = line.field(g_country1), c2 = line.field(g_country2);
  bool code1 = false, code2 = false;
  const FoldPolicy policy = options_.fold_policy();
  if (const auto kind =
          gdelt_node(line.field(g_actor1), c1, policy, folded_source_, row.source, code1);
      kind != RowKind::ok)
    return kind;
  if (const auto kind =
          gdelt_node(line.field(g_actor2), c2, policy, folded_target_, row.target, code2);
      kind != RowKind::ok)
    return kind;
  if (const auto kind = actors(row, code1 ? "Actor1Code" : "Actor1CountryCode",
                               code2 ? "Actor2Code" : "Actor2CountryCode");
      kind != RowKind::ok)
    return kind;
  // The country filter sees an organisation without a country as itself.
  return has_filter_ ? filter(row, c1.empty() ? row.source : c1, c2.empty() ? row.target : c2)
                     : RowKind::ok;
}

RowKind RowParser::icews(const Line &line, bool first, EventRow &row) {
  if (first && line.count >= 1 && line.field(0) == "Event ID")
    return RowKind::header;
  if (line.count != 20)
    return RowKind::columns;
  const auto date = Date::try_parse(line.field(i_date));
  if (!date) {
    return bad(RowKind::date, "Event Date", line.field(i_date));
  }
  row.date = *date;
  row.dated = true;
  if (const auto kind = event(line, {i_code, "CAMEO Code"}, {i_intensity, "Intensity"}, row);
      kind != RowKind::ok)
    return kind;
  row.weight = micro; // ICEWS has no mention counts: every event weighs 1
  std::string_view country1, country2;
  if (const auto kind = icews_side(line.field(i_source), line.field(i_source_country),
                                   "Source Country", folded_source_, row.source, country1);
      kind != RowKind::ok)
    return kind;
  if (const auto kind = icews_side(line.field(i_target), line.field(i_target_country),
                                   "Target Country", folded_target_, row.target, country2);
      kind != RowKind::ok)
    return kind;
  if (options_.level == Level::actor)
    if (const auto kind = actors(row, "Source Name", "Target Name"); kind != RowKind::ok)
      return kind;
  return has_filter_ ? filter(row, country1, country2) : RowKind::ok;
}

// One side of an ICEWS row: a country from the country column, or, when
// that is empty, an organisation, group or region named by the actor.
RowKind RowParser::icews_side(std::string_view name, std::string_view country_name,
                              const char *field, std::string &buffer, std::string_view &node,
                              std::string_view &country) {
  const FoldPolicy policy = options_.fold_policy();
  const bool missing = country_name.empty() || country_name == "NA";
  const std::string_view org =
      missing || policy.groups == Groups::keep ? icews_organisation(name) : std::string_view();
  if (missing) {
    if (org.empty())
      return RowKind::no_country;
    if (is_region(org) && !policy.regions)
      return RowKind::region;
    buffer = fold_actor(org, policy);
    country = buffer;
    node = policy.level == Level::actor ? name : std::string_view(buffer);
    return RowKind::ok;
  }
  const auto &table = icews_countries();
  const auto it = table.find(std::string(country_name));
  if (it == table.end())
    return bad(RowKind::country, field, country_name);
  country = it->second; // from the compiled-in table: always usable
  node = policy.level == Level::actor ? name : country;
  if (policy.level == Level::country && !org.empty() && organisation_table().find(org) &&
      organisation_table().find(org)->kind == ActorKind::group) {
    buffer = std::string(org); // --groups keep: Hamas stays Hamas
    node = buffer;
  }
  return RowKind::ok;
}

RowKind RowParser::edges(const Line &line, bool first, EventRow &row) {
  if (line.count != 3 && line.count != 4)
    return RowKind::columns;
  std::int64_t value = 0;
  if (!parse_fixed(unquote(line.field(2)), value)) {
    if (first)
      return RowKind::header; // "source,target,weight"
    return bad(RowKind::number, "weight", line.field(2));
  }
  row.date = Date();
  row.dated = false;
  if (line.count == 4) {
    const auto d = unquote(line.field(3));
    if (!d.empty()) {
      const auto date = parse_any_date(d);
      if (!date) {
        return bad(RowKind::date, "date", d);
      }
      row.date = *date;
      row.dated = true;
    }
  }
  const auto s = unquote(line.field(0)), t = unquote(line.field(1));
  if (s.empty() || t.empty())
    return RowKind::no_country;
  // The names as written are checked, before folding to countries.
  row.source = s;
  row.target = t;
  if (const auto kind = actors(row, "source", "target"); kind != RowKind::ok)
    return kind;
  // A signed weight w becomes Goldstein sign(w) x weight |w|, so that
  // net = sum of w and weight = sum of |w|.
  row.goldstein = value > 0 ? micro : value < 0 ? -micro : 0;
  row.weight = value < 0 ? -value : value;
  row.code = {};
  row.root = row.quad = 0;
  folded_source_ = actor_at_level(s, options_.level);
  folded_target_ = actor_at_level(t, options_.level);
  row.source = folded_source_;
  row.target = folded_target_;
  if (!has_filter_)
    return RowKind::ok;
  if (options_.filter.roots.any() || options_.filter.quads.any())
    return RowKind::filtered; // edge lists carry no CAMEO code
  return filter(row, country_of(s), country_of(t));
}

RowKind RowParser::event(const Line &line, Column code, Column score, EventRow &row) {
  row.code = line.field(code.index);
  if (!known_codes().known(row.code))
    return bad(RowKind::code, code.name, row.code);
  row.root = (row.code[0] - '0') * 10 + (row.code[1] - '0');
  row.quad = quad_of_root(row.root);
  const auto text = line.field(score.index);
  if (!parse_fixed(text, row.goldstein) || row.goldstein < -10 * micro ||
      row.goldstein > 10 * micro)
    return bad(RowKind::number, score.name, text);
  return RowKind::ok;
}

RowKind RowParser::actors(const EventRow &row, const char *source_field, const char *target_field) {
  if (plain_actor(row.source) && plain_actor(row.target))
    return RowKind::ok; // nearly every row: no call, no allocation
  for (const auto &[name, field] :
       {std::pair{row.source, source_field}, std::pair{row.target, target_field}}) {
    if (auto problem = actor_problem(name); !problem.empty()) {
      bad_problem_ = std::move(problem);
      return bad(RowKind::actor, field, name);
    }
  }
  return RowKind::ok;
}

RowKind RowParser::bad(RowKind kind, const char *field, std::string_view value) {
  bad_field_ = field;
  bad_value_ = printable(value);
  return kind;
}

std::string RowParser::detail(const Line &line, RowKind kind) const {
  switch (kind) {
  case RowKind::columns: {
    const char *expected = format_ == InputFormat::gdelt1   ? "57 or 58"
                           : format_ == InputFormat::gdelt2 ? "61"
                           : format_ == InputFormat::icews  ? "20"
                                                            : "3 or 4";
    return std::string("expected ") + expected + " columns, got " + std::to_string(line.count);
  }
  case RowKind::number:
    return bad_field_ + " '" + bad_value_ + "' is not a valid number";
  case RowKind::date:
    return bad_field_ + " '" + bad_value_ + "' is not a valid date";
  case RowKind::code:
    return bad_field_ + " '" + bad_value_ + "' is not a known CAMEO code";
  case RowKind::country:
    return bad_field_ + " '" + bad_value_ +
           "' is not in the country table (datasets/actors/icews-countries.tsv)";
  case RowKind::actor:
    return bad_field_ + " '" + bad_value_ + "': " + bad_problem_;
  default:
    break;
  }
  return kind_name(kind);
}

} // namespace entente::detail
