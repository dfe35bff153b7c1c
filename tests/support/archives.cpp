#include "support/archives.hpp"

#include <catch2/catch.hpp>
#include <zip.h>
#include <zlib.h>

namespace entente::test {

void write_gzip(const std::string &path, const std::string &text) {
  gzFile f = gzopen(path.c_str(), "wb");
  REQUIRE(f);
  REQUIRE(gzwrite(f, text.data(), static_cast<unsigned>(text.size())) ==
          static_cast<int>(text.size()));
  REQUIRE(gzclose(f) == Z_OK);
}

void write_zip(const std::string &path, const std::string &entry, const std::string &text) {
  int err = 0;
  zip_t *z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z);
  // The buffer is read at zip_close, while `text` is still alive.
  zip_source_t *src = zip_source_buffer(z, text.data(), text.size(), 0);
  REQUIRE(src);
  REQUIRE(zip_file_add(z, entry.c_str(), src, ZIP_FL_OVERWRITE) >= 0);
  REQUIRE(zip_close(z) == 0);
}

} // namespace entente::test
