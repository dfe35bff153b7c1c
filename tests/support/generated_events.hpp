// Generated GDELT 1.0 files for tests that need more than the samples
// (two reading threads, ranges of a file shared by MPI ranks): rows of
// every kind the readers meet, deterministic for a seed on every platform.
//
//   entente::test::write_file(dir.file("g.tsv"), entente::test::generated_gdelt(40000, 7));
#pragma once

#include "entente/core/date.hpp"
#include "ingest/samples.hpp"
#include "support/helpers.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace entente::test {

// A deterministic stream of numbers (no <random>: its distributions differ
// between standard libraries, and the files must not).
struct Lcg {
  std::uint64_t state;
  std::uint64_t next() {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return state >> 33;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

// GDELT 1.0 rows (58 columns, the sample's first row as the template) over
// `days` days from 2020-01-27: countries and agents, organisations, a
// region, rows without a country, self-loops at country level, and
// Goldstein scores and mention counts of every sign and size.
inline std::string generated_gdelt(std::size_t rows, unsigned seed, int days = 70) {
  const auto sample = test::read_file(test::gdelt1_sample);
  std::vector<std::string> fields;
  {
    const std::string first = sample.substr(0, sample.find('\n'));
    std::size_t p = 0;
    for (;;) {
      const auto tab = first.find('\t', p);
      fields.push_back(first.substr(p, tab == std::string::npos ? std::string::npos : tab - p));
      if (tab == std::string::npos)
        break;
      p = tab + 1;
    }
  }
  REQUIRE(fields.size() == 58);
  static const char *countries[] = {"USA", "RUS", "CHN", "GEO", "UKR", "FRA", "DEU", "IRN", ""};
  static const char *agents[] = {"", "GOV", "MIL", "BUS", "OPP"};
  static const char *codes[][2] = {{"010", "0"},   {"042", "1.9"},  {"057", "8"},   {"0874", "10"},
                                   {"112", "-2"},  {"173", "-5"},   {"190", "-10"}, {"036", "4"},
                                   {"061", "6.4"}, {"1821", "-9.5"}};
  Lcg rng{seed};
  const Date start = *Date::from_civil(2020, 1, 27);
  std::string out;
  for (std::size_t i = 0; i < rows; ++i) {
    auto actor = [&](std::string &code, std::string &country) {
      const auto kind = rng.below(20);
      if (kind == 0) { // an organisation, no country
        code = "IGOUNO";
        country.clear();
      } else if (kind == 1) { // a region: left out unless --regions
        code = "EURGOV";
        country = "EUR";
      } else {
        country = countries[rng.below(9)];
        code = country + agents[rng.below(5)];
      }
    };
    std::string a, ac, b, bc;
    actor(a, ac);
    actor(b, bc);
    const auto &event = codes[rng.below(10)];
    const std::string code = event[0], root = code.substr(0, 2);
    const int r = std::stoi(root);
    const int quad = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    const auto c = (start + static_cast<int>(rng.below(static_cast<std::size_t>(days)))).civil();
    char date[16];
    std::snprintf(date, sizeof date, "%04d%02u%02u", c.year, c.month, c.day);
    fields[0] = std::to_string(1000000 + i);
    fields[1] = date;
    fields[5] = a;
    fields[7] = ac;
    fields[15] = b;
    fields[17] = bc;
    fields[25] = rng.below(3) == 0 ? "0" : "1";
    fields[26] = fields[27] = code;
    fields[28] = root;
    fields[29] = std::to_string(quad);
    fields[30] = event[1];
    fields[31] = std::to_string(1 + rng.below(rng.below(10) == 0 ? 5000 : 12));
    fields[32] = std::to_string(1 + rng.below(4));
    fields[33] = std::to_string(1 + rng.below(8));
    for (std::size_t k = 0; k < fields.size(); ++k)
      out += (k ? "\t" : "") + fields[k];
    out += '\n';
  }
  return out;
}

} // namespace entente::test
