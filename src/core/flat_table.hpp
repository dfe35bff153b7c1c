// Open-addressing hash tables for hot lookups: the coder's words and trie
// edges, the edge-list reader's actor names. The standard node-based maps
// cost two or three cache misses per lookup (bucket, node, string); these
// keep the hash, the key and the value side by side in one array, so a
// lookup usually touches one line.
//
//   entente::detail::WordTable words;
//   std::uint32_t id = words.intern("accuse");   // 1
//   words.find("accuse") == id;  words.find("praise") == 0;
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace entente::detail {

// FNV-1a, 64 bits: short words hash in a few cycles and spread well enough
// for a power-of-two table with linear probing.
inline std::uint64_t fnv1a(std::string_view s) noexcept {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Mixes a 64-bit key so that keys differing only in high bits still spread.
inline std::uint64_t mix64(std::uint64_t k) noexcept {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  return k;
}

// Strings -> dense ids 1, 2, ... (0 = absent).
class WordTable {
public:
  std::uint32_t find(std::string_view s) const noexcept {
    if (slots_.empty())
      return 0;
    const std::uint64_t h = fnv1a(s);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot &slot = slots_[i];
      if (slot.id == 0)
        return 0;
      if (slot.hash == h && slot.len == s.size() &&
          std::memcmp(pool_.data() + slot.offset, s.data(), s.size()) == 0)
        return slot.id;
    }
  }

  std::uint32_t intern(std::string_view s) {
    if (const auto id = find(s))
      return id;
    if ((size_ + 1) * 2 > slots_.size())
      grow();
    const auto id = static_cast<std::uint32_t>(++size_);
    const std::uint64_t h = fnv1a(s);
    insert({h, static_cast<std::uint32_t>(pool_.size()), static_cast<std::uint32_t>(s.size()), id});
    pool_.append(s);
    return id;
  }

  std::size_t size() const noexcept { return size_; }

private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0, len = 0, id = 0;
  };

  void insert(const Slot &s) {
    std::size_t i = s.hash & mask_;
    while (slots_[i].id != 0)
      i = (i + 1) & mask_;
    slots_[i] = s;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const auto &s : old)
      if (s.id != 0)
        insert(s);
  }

  std::vector<Slot> slots_;
  std::string pool_;
  std::size_t mask_ = 0, size_ = 0;
};

// Non-zero 64-bit keys -> non-zero 32-bit values (0 = absent).
class KeyTable {
public:
  std::uint32_t find(std::uint64_t key) const noexcept {
    if (slots_.empty())
      return 0;
    for (std::size_t i = mix64(key) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key)
        return slots_[i].value;
      if (slots_[i].key == 0)
        return 0;
    }
  }

  // Sets key -> value; key and value must be non-zero.
  void set(std::uint64_t key, std::uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size())
      grow();
    std::size_t i = mix64(key) & mask_;
    while (slots_[i].key != 0 && slots_[i].key != key)
      i = (i + 1) & mask_;
    if (slots_[i].key == 0)
      ++size_;
    slots_[i] = {key, value};
  }

private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = 0;
  };

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const auto &s : old)
      if (s.key != 0)
        set(s.key, s.value);
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0, size_ = 0;
};

} // namespace entente::detail
