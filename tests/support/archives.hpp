// Compressed fixtures for the tests that read .gz and .zip inputs: write a
// text as a gzip stream or as one entry of a zip archive. Each step is a
// Catch2 REQUIRE, so a fixture that cannot be written fails the test there
// instead of surfacing later as a puzzling read error.
//
//   entente::test::TempDir dir;
//   entente::test::write_gzip(dir.file("events.tsv.gz"), text);
//   entente::test::write_zip(dir.file("events.zip"), "events.tsv", text);
#pragma once

#include <string>

namespace entente::test {

// Writes `text` to `path` as a gzip stream.
void write_gzip(const std::string &path, const std::string &text);

// Writes a zip archive at `path` holding `text` as its one entry `entry`.
void write_zip(const std::string &path, const std::string &entry, const std::string &text);

} // namespace entente::test
