#include "entente/extract/text.hpp"

namespace entente {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
// Bytes >= 0x80 belong to (already validated) multi-byte letters.
bool is_word_byte(char c) {
  return is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Length of a valid UTF-8 sequence at s[i], 0 if invalid.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size())
    return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2)
      return 0;
  if (n == 2 && b < 0xC2)
    return 0; // overlong
  return n;
}

std::uint32_t code_point(std::string_view s, std::size_t i, std::size_t n) {
  const auto b = [&](std::size_t k) { return static_cast<std::uint32_t>(s[i + k]) & 0x3F; };
  const auto lead = static_cast<unsigned char>(s[i]);
  if (n == 2)
    return ((lead & 0x1Fu) << 6) | b(1);
  if (n == 3)
    return ((lead & 0x0Fu) << 12) | (b(1) << 6) | b(2);
  return ((lead & 0x07u) << 18) | (b(1) << 12) | (b(2) << 6) | b(3);
}

// ASCII replacement for punctuation-like code points, 0 to keep as is.
char ascii_for(std::uint32_t cp) {
  switch (cp) {
  case 0x2018:
  case 0x2019:
  case 0x201A:
  case 0x201B:
  case 0x2032:
  case 0x00B4:
    return '\'';
  case 0x201C:
  case 0x201D:
  case 0x201E:
  case 0x201F:
  case 0x2033:
  case 0x00AB:
  case 0x00BB:
    return '"';
  case 0x2010:
  case 0x2011:
  case 0x2012:
  case 0x2013:
  case 0x2014:
  case 0x2015:
  case 0x2212:
    return '-';
  case 0x00A0:
  case 0x2002:
  case 0x2003:
  case 0x2009:
  case 0x200A:
  case 0x202F:
  case 0x3000:
  case 0x2028:
  case 0x2029:
  case 0xFEFF:
  case 0x200B:
    return ' ';
  case 0x2026:
    return '.';
  default:
    return 0;
  }
}

std::string lower(std::string_view w) {
  std::string s;
  lower_into(w, s);
  return s;
}

} // namespace

void lower_into(std::string_view word, std::string &out) {
  out.assign(word);
  for (char &c : out)
    if (is_upper(c))
      c = static_cast<char>(c - 'A' + 'a');
}

std::string normalize_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const auto n = utf8_length(text, i);
    if (n == 0) {
      out += '?';
      ++i;
    } else if (n == 1) {
      const auto u = static_cast<unsigned char>(c);
      out += (u < 0x20 && c != '\n') || u == 0x7F ? ' ' : c;
      ++i;
    } else {
      const char a = ascii_for(code_point(text, i, n));
      if (a)
        out += a;
      else
        out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::vector<TextSpan> split_sentences(std::string_view text,
                                      const std::unordered_set<std::string> &abbreviations) {
  std::vector<TextSpan> spans;
  std::size_t start = 0;
  const auto emit = [&](std::size_t end) {
    std::size_t b = start, e = end;
    while (b < e && is_space(text[b]))
      ++b;
    while (e > b && is_space(text[e - 1]))
      --e;
    if (e > b)
      spans.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
    start = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      std::size_t j = i + 1;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r'))
        ++j;
      if (j < text.size() && text[j] == '\n')
        emit(i);
      continue;
    }
    if (c != '.' && c != '!' && c != '?')
      continue;
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')'))
      ++j;
    if (j < text.size() && !is_space(text[j]))
      continue;
    std::size_t k = j;
    while (k < text.size() && is_space(text[k]))
      ++k;
    if (k < text.size() && !(is_upper(text[k]) || is_digit(text[k]) || text[k] == '"' ||
                             text[k] == '\'' || static_cast<unsigned char>(text[k]) >= 0x80))
      continue;
    if (c == '.') {
      std::size_t w = i;
      while (w > start && (is_word_byte(text[w - 1]) || text[w - 1] == '.'))
        --w;
      const std::string word = lower(text.substr(w, i - w));
      if ((word.size() == 1 && is_alpha(word[0])) || abbreviations.count(word) ||
          abbreviations.count(word + "."))
        continue;
    }
    emit(j);
  }
  emit(text.size());
  return spans;
}

void tokenize(std::string_view s, std::vector<Token> &out) {
  out.clear();
  const auto push = [&](std::size_t b, std::size_t e) {
    out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), is_upper(s[b])});
  };
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (is_space(c)) {
      ++i;
      continue;
    }
    if (!is_word_byte(c)) {
      // "'s" after a word that ended at a space-less boundary is handled below.
      push(i, i + 1);
      ++i;
      continue;
    }
    std::size_t b = i, e = i;
    bool dotted = false;
    while (e < s.size()) {
      const char d = s[e];
      if (is_word_byte(d)) {
        ++e;
      } else if (d == '.' && e + 1 < s.size() && is_alpha(s[e + 1]) && e > b &&
                 is_alpha(s[e - 1]) &&
                 (e + 2 >= s.size() || !is_alpha(s[e + 2]) || s[e + 2] == '.')) {
        dotted = true; // U.S, U.N.: a dot between single letters
        ++e;
      } else if (d == '\'' && e + 1 < s.size() && is_alpha(s[e + 1])) {
        const bool possessive =
            (s[e + 1] == 's' || s[e + 1] == 'S') && (e + 2 >= s.size() || !is_word_byte(s[e + 2]));
        if (possessive)
          break;
        ++e; // O'Brien
      } else {
        break;
      }
    }
    // A trailing dot belongs to "U.S." and to initials ("V.").
    if (e < s.size() && s[e] == '.' && (dotted || (e - b == 1 && is_upper(s[b]))))
      ++e;
    // "don't" -> "do" "n't"
    if (e - b >= 4 && s[e - 1] == 't' && s[e - 2] == '\'' && s[e - 3] == 'n') {
      push(b, e - 3);
      push(e - 3, e);
    } else {
      push(b, e);
    }
    i = e;
    if (i + 1 < s.size() && s[i] == '\'' && (s[i + 1] == 's' || s[i + 1] == 'S') &&
        (i + 2 >= s.size() || !is_word_byte(s[i + 2]))) {
      push(i, i + 2);
      i += 2;
    }
  }
}

} // namespace entente
