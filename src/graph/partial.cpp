#include "entente/graph/partial.hpp"

#include "entente/core/error.hpp"
#include "entente/graph/fold_state.hpp"

#include <istream>
#include <limits>
#include <ostream>
#include <type_traits>
#include <utility>

namespace entente {
namespace {

using detail::DirStats;
using detail::DyadCell;
using detail::FoldState;
using detail::wide_int;
using detail::WindowTable;
using nlohmann::json;

__extension__ typedef unsigned __int128 wide_uint;
constexpr wide_uint wide_max = (wide_uint{1} << 127) - 1;

const char *const unit_names[] = {"day", "week", "month", "quarter", "year", "days"};

json date_or_null(const std::optional<Date> &d) { return d ? json(d->to_string()) : json(); }

json window_json(const Window &w) {
  return {{"from", date_or_null(w.from)}, {"to", date_or_null(w.to)}};
}

// What partials must share to add up.
json config_of(const FoldState &s) {
  json c = {{"level", std::string(to_string(s.level()))},
            {"groups", s.policy().groups == Groups::fold ? "fold" : "keep"},
            {"regions", s.policy().regions},
            {"names", s.names() == ActorNames::cameo ? "cameo" : "code"}};
  if (s.is_series()) {
    const auto &o = s.series();
    c["series"] = {{"period", unit_names[static_cast<int>(o.period.unit)]},
                   {"days", o.period.days},
                   {"window_days", o.window_days},
                   {"step_days", o.step_days},
                   {"range", window_json(o.range)},
                   {"max_windows", o.max_windows}};
  } else {
    json windows = json::array();
    for (const auto &t : s.tables())
      windows.push_back(window_json(t.window));
    c["windows"] = windows;
  }
  return c;
}

std::string wide_text(wide_int v) {
  if (v == 0)
    return "0";
  wide_uint u = v < 0 ? -static_cast<wide_uint>(v) : static_cast<wide_uint>(v);
  std::string digits;
  for (; u != 0; u /= 10)
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
  return v < 0 ? "-" + digits : digits;
}

json direction_json(const DirStats &d) {
  return json::array({wide_text(d.net), wide_text(d.coop), wide_text(d.weight), d.quad[0],
                      d.quad[1], d.quad[2], d.quad[3], d.quad[4]});
}

json table_json(const WindowTable &t, std::size_t j, std::optional<long> k) {
  json cells = json::array();
  for (std::size_t i = 0; i < t.cells.size(); ++i)
    cells.push_back({static_cast<std::uint32_t>(t.keys[i] >> 32),
                     static_cast<std::uint32_t>(t.keys[i] & 0xffffffffu),
                     direction_json(t.cells[i].lo_hi), direction_json(t.cells[i].hi_lo)});
  json line = {
      {"table", j},       {"used", t.used}, {"self", t.self},           {"left_out", t.left_out},
      {"first", t.first}, {"last", t.last}, {"cells", std::move(cells)}};
  if (k)
    line["k"] = *k;
  return line;
}

// ---- reading --------------------------------------------------------------

// One line of the file being read, for errors that name it.
struct Reader {
  std::istream &in;
  const std::string &origin;
  std::size_t line_no = 0;

  [[noreturn]] void bad(const std::string &why) const { throw Error::at(origin, line_no, why); }

  json next(const char *what) {
    std::string line;
    if (!std::getline(in, line))
      throw Error::at(origin, line_no,
                      std::string("partial cut short: expected ") + what +
                          " (was the writer stopped, or the file truncated?)");
    ++line_no;
    json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object())
      bad(std::string("not a JSON object where ") + what + " was expected");
    return j;
  }
  template <typename T> T get(const json &j, const char *key) const {
    if (!j.contains(key))
      bad(std::string("missing \"") + key + "\"");
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
      return whole<T>(j.at(key), key);
    try {
      return j.at(key).get<T>();
    } catch (const json::exception &) {
      bad(std::string("\"") + key + "\" has the wrong type: " + j.at(key).dump());
    }
  }
  // nlohmann's get<int> casts any number: 1.5e25 to int is undefined
  // behaviour (found by the fuzzer) and -1 to size_t wraps. Whole numbers
  // in T's range only.
  template <typename T> T whole(const json &v, const char *key) const {
    if (v.is_number_unsigned() && std::in_range<T>(v.get<std::uint64_t>()))
      return static_cast<T>(v.get<std::uint64_t>());
    if (v.is_number_integer() && !v.is_number_unsigned() && std::in_range<T>(v.get<std::int64_t>()))
      return static_cast<T>(v.get<std::int64_t>());
    bad(std::string("\"") + key + "\" must be a whole number in [" +
        std::to_string(std::numeric_limits<T>::min()) + ", " +
        std::to_string(std::numeric_limits<T>::max()) + "], got " + v.dump());
  }
};

wide_int parse_wide(const Reader &r, const json &v) {
  if (!v.is_string() || v.get_ref<const std::string &>().empty())
    r.bad("a sum must be a string of digits, got " + v.dump());
  const auto &s = v.get_ref<const std::string &>();
  const bool negative = s[0] == '-';
  if (negative && s.size() == 1)
    r.bad("a sum must be a string of digits, got " + v.dump());
  wide_uint out = 0;
  for (std::size_t i = negative ? 1 : 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9')
      r.bad("a sum must be a string of digits, got " + v.dump());
    const auto digit = static_cast<wide_uint>(s[i] - '0');
    if (out > (wide_max - digit) / 10)
      r.bad("a sum out of range: " + s);
    out = out * 10 + digit;
  }
  return negative ? -static_cast<wide_int>(out) : static_cast<wide_int>(out);
}

DirStats parse_direction(const Reader &r, const json &v, std::int64_t &events) {
  if (!v.is_array() || v.size() != 8)
    r.bad("a direction must be [net, coop, weight, 5 event counts], got " + v.dump());
  DirStats d;
  d.net = parse_wide(r, v[0]);
  d.coop = parse_wide(r, v[1]);
  d.weight = parse_wide(r, v[2]);
  for (std::size_t q = 0; q < 5; ++q) {
    if (!v[3 + q].is_number_integer() || v[3 + q].get<std::int64_t>() < 0)
      r.bad("an event count must be a whole number >= 0, got " + v[3 + q].dump());
    d.quad[q] = v[3 + q].get<std::int64_t>();
    events += d.quad[q];
  }
  if (d.coop < 0 || d.coop < d.net || d.weight < 0) // conflict = net - coop <= 0
    r.bad("a direction's sums do not add up: " + v.dump());
  return d;
}

std::optional<Date> date_of(const Reader &r, const json &v) {
  if (v.is_null())
    return std::nullopt;
  const auto d = v.is_string() ? Date::try_parse(v.get<std::string>()) : std::nullopt;
  if (!d)
    r.bad("a date must be YYYY-MM-DD or null, got " + v.dump());
  return d;
}

Window window_of(const Reader &r, const json &v) {
  if (!v.is_object() || !v.contains("from") || !v.contains("to"))
    r.bad("a window must be {\"from\", \"to\"}, got " + v.dump());
  return {date_of(r, v.at("from")), date_of(r, v.at("to"))};
}

// The config's policy and naming, with the windows or series it names
// decoded into `p` (each part's Fold is made from them: make_fold).
struct Settings {
  FoldPolicy policy;
  ActorNames names = ActorNames::cameo;
};

Settings decode_config(const Reader &r, Partial &p) {
  const json &c = p.config;
  if (!c.is_object())
    r.bad("\"config\" must be an object");
  Settings out;
  try {
    out.policy.level = parse_level(r.get<std::string>(c, "level"));
    out.policy.groups = parse_groups(r.get<std::string>(c, "groups"));
  } catch (const Error &e) {
    r.bad(std::string("config: ") + e.what());
  }
  out.policy.regions = r.get<bool>(c, "regions");
  const auto names = r.get<std::string>(c, "names");
  if (names != "cameo" && names != "code")
    r.bad("config: names must be \"cameo\" or \"code\", got \"" + names + "\"");
  out.names = names == "cameo" ? ActorNames::cameo : ActorNames::code;
  if (c.contains("series")) {
    const json &s = c.at("series");
    SeriesOptions o;
    const auto unit = r.get<std::string>(s, "period");
    const auto *found = std::find(std::begin(unit_names), std::end(unit_names), unit);
    if (found == std::end(unit_names))
      r.bad("config: unknown series period \"" + unit + "\"");
    o.period.unit = static_cast<Period::Unit>(found - std::begin(unit_names));
    o.period.days = r.get<int>(s, "days");
    o.window_days = r.get<int>(s, "window_days");
    o.step_days = r.get<int>(s, "step_days");
    o.range = window_of(r, s.contains("range") ? s.at("range") : json());
    o.max_windows = r.get<long>(s, "max_windows");
    o.level = out.policy.level;
    o.groups = out.policy.groups;
    o.regions = out.policy.regions;
    try {
      check_series_options(o);
    } catch (const Error &e) {
      r.bad(std::string("config: ") + e.what());
    }
    p.series = o;
    return out;
  }
  if (!c.contains("windows") || !c.at("windows").is_array() || c.at("windows").empty())
    r.bad("config: \"windows\" must be a list of windows (or \"series\" given)");
  for (const auto &w : c.at("windows"))
    p.windows.push_back(window_of(r, w));
  return out;
}

Fold make_fold(const Partial &p, const Settings &s) {
  return p.series ? Fold(*p.series) : Fold(p.windows, s.policy, s.names);
}

void read_table(Reader &r, FoldState &state, std::size_t j, std::size_t actors,
                std::uint64_t offered) {
  const json t = r.next("a window table");
  if (r.get<std::size_t>(t, "table") != j)
    r.bad("expected table " + std::to_string(j));
  const long k = state.is_series() ? r.get<long>(t, "k") : 0;
  WindowTable *tab = nullptr;
  const std::size_t before = state.series_tables().size();
  try {
    tab = &state.restored_table(j, k);
  } catch (const std::exception &e) {
    r.bad(std::string("table ") + std::to_string(j) + ": " + e.what());
  }
  if (state.is_series() && state.series_tables().size() == before)
    r.bad("series window " + std::to_string(k) + " appears twice");
  tab->used = r.get<std::uint64_t>(t, "used");
  tab->self = r.get<std::uint64_t>(t, "self");
  tab->left_out = r.get<std::uint64_t>(t, "left_out");
  tab->first = r.get<std::int32_t>(t, "first");
  tab->last = r.get<std::int32_t>(t, "last");
  if (tab->used > offered || tab->self > offered - tab->used ||
      tab->left_out > offered - tab->used - tab->self)
    r.bad("used + self + left_out exceed the rows offered (" + std::to_string(offered) + ")");
  if (!t.contains("cells") || !t.at("cells").is_array())
    r.bad("missing \"cells\"");
  std::int64_t events = 0;
  for (const auto &c : t.at("cells")) {
    if (!c.is_array() || c.size() != 4 || !c[0].is_number_unsigned() || !c[1].is_number_unsigned())
      r.bad("a cell must be [lo, hi, lo->hi, hi->lo], got " + c.dump().substr(0, 200));
    const auto lo = c[0].get<std::uint64_t>(), hi = c[1].get<std::uint64_t>();
    if (lo >= hi || hi >= actors)
      r.bad("a cell's actors must be two ids lo < hi < " + std::to_string(actors) + ", got " +
            std::to_string(lo) + ", " + std::to_string(hi));
    DyadCell cell{parse_direction(r, c[2], events), parse_direction(r, c[3], events)};
    if (!FoldState::restore_cell(*tab, (lo << 32) | hi, cell))
      r.bad("the dyad " + std::to_string(lo) + "-" + std::to_string(hi) + " appears twice");
  }
  if (events != static_cast<std::int64_t>(tab->used))
    r.bad("the cells hold " + std::to_string(events) + " events, \"used\" says " +
          std::to_string(tab->used));
}

void read_part(Reader &r, Fold &fold, std::size_t i) {
  const json h = r.next("a part");
  if (r.get<std::size_t>(h, "part") != i)
    r.bad("expected part " + std::to_string(i));
  auto &state = detail::fold_state(fold);
  const auto names = r.get<std::vector<std::string>>(h, "actors");
  for (std::size_t a = 0; a < names.size(); ++a)
    if (names[a].empty() || state.restored_actor(names[a]) != a)
      r.bad("actor \"" + names[a] + "\" is empty or listed twice");
  const auto isolated = r.get<std::vector<std::uint32_t>>(h, "isolated");
  for (const auto a : isolated)
    if (a >= names.size())
      r.bad("isolated actor " + std::to_string(a) + " is not among the " +
            std::to_string(names.size()) + " actors");
  const auto offered = r.get<std::uint64_t>(h, "offered");
  state.restore_counts(offered, isolated);
  const auto tables = r.get<std::size_t>(h, "tables");
  if (!state.is_series() && tables != state.tables().size())
    r.bad(std::to_string(tables) + " tables for " + std::to_string(state.tables().size()) +
          " windows");
  for (std::size_t j = 0; j < tables; ++j)
    read_table(r, state, j, names.size(), offered);
}

// The first setting in which two configs differ, for the error.
std::string first_difference(const json &a, const json &b) {
  for (const auto &[key, value] : a.items())
    if (!b.contains(key) || b.at(key) != value)
      return key + " " + value.dump() + " vs " + (b.contains(key) ? b.at(key).dump() : "none");
  for (const auto &[key, value] : b.items())
    if (!a.contains(key))
      return key + " none vs " + value.dump();
  return "";
}

} // namespace

void write_partial(std::ostream &out, std::vector<Fold> &parts,
                   const std::vector<std::string> &sources, const json &meta) {
  if (parts.empty())
    throw Error("write_partial: no fold");
  std::vector<FoldState *> states;
  for (auto &p : parts) {
    states.push_back(&detail::fold_state(p));
    states.back()->flush();
  }
  const json config = config_of(*states[0]);
  for (const auto *s : states)
    if (config_of(*s) != config)
      throw Error("write_partial: parts over different windows");
  out << json{{"format", "entente-partial"},
              {"version", partial_format_version},
              {"config", config},
              {"sources", sources},
              {"meta", meta},
              {"parts", parts.size()}}
             .dump()
      << '\n';
  for (std::size_t i = 0; i < states.size(); ++i) {
    const auto &s = *states[i];
    json names = json::array();
    for (std::size_t a = 0; a < s.actors().size(); ++a)
      names.push_back(s.actors().name(static_cast<std::uint32_t>(a)));
    const std::size_t tables = s.is_series() ? s.series_tables().size() : s.tables().size();
    out << json{{"part", i},
                {"offered", s.offered()},
                {"actors", std::move(names)},
                {"isolated", s.isolated()},
                {"tables", tables}}
               .dump()
        << '\n';
    if (s.is_series()) {
      std::size_t j = 0;
      for (const auto &[k, tab] : s.series_tables()) // by window index
        out << table_json(*tab, j++, k).dump() << '\n';
    } else {
      for (std::size_t j = 0; j < s.tables().size(); ++j)
        out << table_json(s.tables()[j], j, std::nullopt).dump() << '\n';
    }
  }
  out << json{{"end", true}, {"parts", parts.size()}}.dump() << '\n';
}

Partial read_partial(std::istream &in, const std::string &origin) {
  Reader r{in, origin};
  std::string first;
  if (!std::getline(in, first))
    r.bad("empty file, not an entente partial");
  r.line_no = 1;
  const json h = json::parse(first, nullptr, /*allow_exceptions=*/false);
  if (!h.is_object() || !h.contains("format") || h.at("format") != "entente-partial")
    r.bad("not an entente partial (no \"format\": \"entente-partial\"); write one with "
          "`entente snapshot ... --partial FILE`");
  const auto version = r.get<int>(h, "version");
  if (version != partial_format_version)
    r.bad("partial format version " + std::to_string(version) + "; this entente reads version " +
          std::to_string(partial_format_version));
  Partial p;
  p.config = h.contains("config") ? h.at("config") : json();
  p.sources = r.get<std::vector<std::string>>(h, "sources");
  p.meta = h.contains("meta") ? h.at("meta") : json::object();
  const auto parts = r.get<std::size_t>(h, "parts");
  if (parts == 0 || parts > 1024)
    r.bad("\"parts\" must be 1 to 1024, got " + std::to_string(parts));
  const Settings settings = decode_config(r, p);
  for (std::size_t i = 0; i < parts; ++i) {
    p.parts.push_back(make_fold(p, settings));
    read_part(r, p.parts.back(), i);
  }
  const json end = r.next("the end line");
  if (!end.contains("end") || end.at("end") != true || r.get<std::size_t>(end, "parts") != parts)
    r.bad("expected the end line {\"end\": true, \"parts\": " + std::to_string(parts) + "}");
  return p;
}

void merge_partial(Partial &into, const std::string &into_name, Partial &&other,
                   const std::string &other_name) {
  if (into.config != other.config)
    throw Error(other_name + " cannot be added to " + into_name + ": they differ in " +
                first_difference(into.config, other.config));
  for (auto &part : other.parts)
    into.parts.push_back(std::move(part));
  into.sources.insert(into.sources.end(), other.sources.begin(), other.sources.end());
}

} // namespace entente
