#include "entente/io/input_files.hpp"

#include <algorithm>
#include <mutex>
#include <sys/stat.h>
#include <utility>
#include <vector>

namespace entente {
namespace {

using FileId = std::pair<dev_t, ino_t>;

struct Registry {
  std::mutex mutex;
  std::vector<FileId> files; // few: one per input file, a folder's files at most
};

Registry &registry() {
  static Registry r;
  return r;
}

void remember(const struct stat &st) {
  if (!S_ISREG(st.st_mode))
    return;
  auto &r = registry();
  const std::lock_guard lock(r.mutex);
  const FileId id{st.st_dev, st.st_ino};
  if (std::find(r.files.begin(), r.files.end(), id) == r.files.end())
    r.files.push_back(id);
}

} // namespace

void note_input(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) == 0)
    remember(st);
}

void note_input(const std::filesystem::path &path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0)
    remember(st);
}

bool is_input(const std::filesystem::path &path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
    return false;
  auto &r = registry();
  const std::lock_guard lock(r.mutex);
  return std::find(r.files.begin(), r.files.end(), FileId{st.st_dev, st.st_ino}) != r.files.end();
}

} // namespace entente
