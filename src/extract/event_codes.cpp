#include "entente/extract/event_codes.hpp"

#include "entente/core/cameo.hpp"

#include <initializer_list>
#include <utility>

namespace entente {
namespace {

using Map = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// The value of the longest key that `code` starts with, else `fallback`.
// Keys are CAMEO codes or their prefixes ("087" covers 0871..0874).
std::string lookup(std::string_view code, Map map, std::string_view fallback) {
  std::string_view best, value = fallback;
  for (const auto &[key, v] : map)
    if (code.substr(0, key.size()) == key && key.size() > best.size()) {
      best = key;
      value = v;
    }
  return std::string(value);
}

bool hostile(std::string_view code) { return cameo_root(code) >= 9; }

} // namespace

std::string threat_code(std::string_view act) {
  if (!hostile(act))
    return intent_code(act);
  return lookup(act, {{"14", "133"},    {"15", "138"},    {"16", "131"},    {"160", "131"},
                      {"161", "1313"},  {"162", "1311"},  {"163", "1312"},  {"164", "134"},
                      {"165", "135"},   {"166", "136"},   {"17", "130"},    {"172", "132"},
                      {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"},
                      {"175", "137"},   {"171", "138"},   {"18", "1383"},   {"19", "138"},
                      {"191", "1381"},  {"192", "1382"},  {"193", "1384"},  {"194", "1384"},
                      {"195", "1384"},  {"20", "138"},    {"204", "1385"}},
                std::string(act));
}

std::string intent_code(std::string_view act) {
  if (cameo_root(act) >= 14)
    return threat_code(act);
  return lookup(act, {{"04", "036"},   {"045", "039"},  {"05", "032"},   {"06", "031"},
                      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
                      {"07", "033"},   {"071", "0331"}, {"072", "0332"}, {"073", "0333"},
                      {"074", "0334"}, {"08", "035"},   {"081", "0351"}, {"082", "0352"},
                      {"083", "034"},  {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
                      {"087", "0356"}},
                std::string(act));
}

std::string appeal_code(std::string_view act) {
  return lookup(act, {{"04", "026"},    {"045", "028"},   {"05", "022"},    {"06", "021"},
                      {"061", "0211"},  {"062", "0212"},  {"063", "0213"},  {"064", "0214"},
                      {"07", "023"},    {"071", "0231"},  {"072", "0232"},  {"073", "0233"},
                      {"074", "0234"},  {"08", "025"},    {"081", "0251"},  {"082", "0252"},
                      {"083", "024"},   {"0831", "0241"}, {"0832", "0242"}, {"0833", "0243"},
                      {"0834", "0244"}, {"084", "0253"},  {"085", "0254"},  {"086", "0255"},
                      {"087", "0256"},  {"16", "0242"}},
                "020");
}

std::string demand_code(std::string_view act) {
  return lookup(act, {{"04", "108"},    {"045", "105"},   {"05", "102"},    {"06", "101"},
                      {"061", "1011"},  {"062", "1012"},  {"063", "1013"},  {"064", "1014"},
                      {"07", "103"},    {"071", "1031"},  {"072", "1032"},  {"073", "1033"},
                      {"074", "1034"},  {"081", "1051"},  {"082", "1052"},  {"083", "104"},
                      {"0831", "1041"}, {"0832", "1042"}, {"0833", "1043"}, {"0834", "1044"},
                      {"084", "1053"},  {"085", "1054"},  {"086", "1055"},  {"087", "1056"},
                      {"0871", "107"},  {"0874", "106"}},
                "100");
}

std::string demand_for_appeal(std::string_view appeal) {
  return lookup(appeal, {{"021", "101"},   {"0211", "1011"}, {"0212", "1012"}, {"0213", "1013"},
                         {"0214", "1014"}, {"022", "102"},   {"023", "103"},   {"0231", "1031"},
                         {"0232", "1032"}, {"0233", "1033"}, {"0234", "1034"}, {"024", "104"},
                         {"0241", "1041"}, {"0242", "1042"}, {"0243", "1043"}, {"0244", "1044"},
                         {"025", "105"},   {"0251", "1051"}, {"0252", "1052"}, {"0253", "1053"},
                         {"0254", "1054"}, {"0255", "1055"}, {"0256", "1056"}, {"026", "108"}},
                "100");
}

std::string refusal_code(std::string_view act) {
  return lookup(act, {{"04", "125"},   {"045", "126"},  {"037", "127"},  {"057", "127"},
                      {"06", "121"},   {"061", "1211"}, {"062", "1212"}, {"07", "122"},
                      {"071", "1221"}, {"072", "1222"}, {"073", "1223"}, {"074", "1224"},
                      {"08", "124"},   {"081", "1241"}, {"082", "1242"}, {"083", "123"},
                      {"084", "1243"}, {"085", "1244"}, {"086", "1245"}, {"087", "1246"}},
                "120");
}

std::string halt_code(std::string_view act) {
  if (hostile(act))
    return "087";
  if (cameo_root(act) <= 1)
    return std::string(act);
  return lookup(act,
                {{"04", "164"},
                 {"045", "165"},
                 {"07", "162"},
                 {"071", "1621"},
                 {"072", "1622"},
                 {"073", "1623"}},
                "160");
}

bool reciprocal_code(std::string_view code) {
  for (std::string_view c : {"040", "041", "044", "046", "057", "0871"})
    if (code == c)
      return true;
  return false;
}

std::string linked_code(std::string_view code) {
  if (code == "042")
    return "043";
  if (code == "043")
    return "042";
  return "";
}

int polarity(std::string_view code) {
  const auto g = cameo_table().goldstein(code);
  return !g || *g == 0 ? 0 : *g > 0 ? 1 : -1;
}

} // namespace entente
