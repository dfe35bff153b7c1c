// pack_fold / absorb_packed (graph/partial.hpp): a FoldState as flat bytes.
//
// Layout: the tag "entfold1"; series flag (u8); counts (u64): tables,
// offered, isolated, actors; each actor's code (u32 length, bytes); the
// isolated actors (u32 ids); per table its index (i64: j for a fixed list,
// k for a series), used, self, left_out (u64), first, last (i32), cells
// (u64), then per cell its key (u64) and the DyadCell as it is in memory.
#include "entente/core/error.hpp"
#include "entente/graph/fold_state.hpp"
#include "entente/graph/partial.hpp"

#include <cstring>
#include <type_traits>

namespace entente {
namespace {

using detail::DyadCell;
using detail::FoldState;
using detail::WindowTable;

static_assert(std::is_trivially_copyable_v<DyadCell>);
constexpr char tag[8] = {'e', 'n', 't', 'f', 'o', 'l', 'd', '1'};

template <typename T> void put(std::string &out, const T &v) {
  static_assert(std::is_trivially_copyable_v<T>);
  out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

void put_table(std::string &out, std::int64_t index, const WindowTable &t) {
  put(out, index);
  put(out, t.used);
  put(out, t.self);
  put(out, t.left_out);
  put(out, t.first);
  put(out, t.last);
  put(out, static_cast<std::uint64_t>(t.cells.size()));
  for (std::size_t i = 0; i < t.cells.size(); ++i) {
    put(out, t.keys[i]);
    put(out, t.cells[i]);
  }
}

// Reads what put wrote, refusing to read past the end.
class Unpacker {
public:
  explicit Unpacker(std::string_view bytes) : bytes_(bytes) {}
  template <typename T> T get() {
    T v;
    std::memcpy(&v, take(sizeof v), sizeof v);
    return v;
  }
  std::string_view text(std::size_t n) { return {take(n), n}; }
  bool done() const { return at_ == bytes_.size(); }

private:
  const char *take(std::size_t n) {
    if (n > bytes_.size() - at_)
      throw Error("packed fold: cut short");
    const char *p = bytes_.data() + at_;
    at_ += n;
    return p;
  }
  std::string_view bytes_;
  std::size_t at_ = 0;
};

// The packed size, so the bytes are written once into one allocation (a
// growing string copied a 90 MB fold twice and page-faulted each copy).
std::size_t packed_size(const FoldState &s) {
  const std::size_t table_head = sizeof(std::int64_t) + 3 * sizeof(std::uint64_t) +
                                 2 * sizeof(std::int32_t) + sizeof(std::uint64_t);
  const std::size_t cell = sizeof(std::uint64_t) + sizeof(DyadCell);
  std::size_t n = sizeof tag + 1 + 4 * sizeof(std::uint64_t);
  for (std::uint32_t i = 0; i < s.actors().size(); ++i)
    n += sizeof(std::uint32_t) + s.actors().name(i).size();
  n += s.isolated().size() * sizeof(std::uint32_t);
  auto add_table = [&](const WindowTable &t) { n += table_head + t.cells.size() * cell; };
  if (s.is_series())
    for (const auto &[k, table] : s.series_tables())
      add_table(*table);
  else
    for (const auto &t : s.tables())
      add_table(t);
  return n;
}

} // namespace

std::string pack_fold(Fold &fold) {
  FoldState &s = detail::fold_state(fold);
  s.flush();
  std::string out;
  out.reserve(packed_size(s));
  out.append(tag, sizeof tag);
  put(out, static_cast<std::uint8_t>(s.is_series()));
  const std::uint64_t tables = s.is_series() ? s.series_tables().size() : s.tables().size();
  put(out, tables);
  put(out, s.offered());
  put(out, static_cast<std::uint64_t>(s.isolated().size()));
  put(out, static_cast<std::uint64_t>(s.actors().size()));
  for (std::uint32_t i = 0; i < s.actors().size(); ++i) {
    const std::string &code = s.actors().name(i);
    put(out, static_cast<std::uint32_t>(code.size()));
    out += code;
  }
  for (const auto a : s.isolated())
    put(out, a);
  if (s.is_series()) {
    for (const auto &[k, table] : s.series_tables())
      put_table(out, k, *table);
  } else {
    for (std::size_t j = 0; j < s.tables().size(); ++j)
      put_table(out, static_cast<std::int64_t>(j), s.tables()[j]);
  }
  return out;
}

void absorb_packed(Fold &fold, std::string_view bytes) {
  FoldState &s = detail::fold_state(fold);
  s.flush();
  Unpacker in(bytes);
  if (in.text(sizeof tag) != std::string_view(tag, sizeof tag))
    throw Error("packed fold: not one");
  const bool series = in.get<std::uint8_t>() != 0;
  const auto tables = in.get<std::uint64_t>();
  if (series != s.is_series() || (!series && tables != s.tables().size()))
    throw Error("packed fold: over other windows");
  const auto offered = in.get<std::uint64_t>();
  const auto isolated = in.get<std::uint64_t>();
  const auto actors = in.get<std::uint64_t>();
  std::vector<std::uint32_t> to_mine;
  to_mine.reserve(std::min<std::uint64_t>(actors, bytes.size()));
  for (std::uint64_t i = 0; i < actors; ++i)
    to_mine.push_back(s.restored_actor(in.text(in.get<std::uint32_t>())));
  auto mine = [&](std::uint64_t id) {
    if (id >= to_mine.size())
      throw Error("packed fold: an actor id out of range");
    return to_mine[id];
  };
  std::vector<std::uint32_t> isolated_ids;
  for (std::uint64_t i = 0; i < isolated; ++i)
    isolated_ids.push_back(mine(in.get<std::uint32_t>()));
  s.absorb_offered(offered, isolated_ids);
  for (std::uint64_t t = 0; t < tables; ++t) {
    const auto index = in.get<std::int64_t>();
    if (!series && (index < 0 || static_cast<std::uint64_t>(index) >= tables))
      throw Error("packed fold: a window out of range");
    WindowTable &into = s.restored_table(static_cast<std::size_t>(index), index);
    WindowTable counts;
    counts.used = in.get<std::uint64_t>();
    counts.self = in.get<std::uint64_t>();
    counts.left_out = in.get<std::uint64_t>();
    counts.first = in.get<std::int32_t>();
    counts.last = in.get<std::int32_t>();
    FoldState::absorb_counts(into, counts);
    const auto cells = in.get<std::uint64_t>();
    for (std::uint64_t c = 0; c < cells; ++c) {
      const auto key = in.get<std::uint64_t>();
      const auto a = mine(key >> 32), b = mine(key & 0xffffffffu);
      if (a == b)
        throw Error("packed fold: a dyad of one actor");
      s.absorb_cell(into, a, b, in.get<DyadCell>());
    }
  }
  if (!in.done())
    throw Error("packed fold: bytes after the end");
}

} // namespace entente
