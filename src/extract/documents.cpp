#include "entente/extract/documents.hpp"

#include "entente/core/error.hpp"
#include "entente/io/read_file.hpp"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace entente {
namespace {

namespace fs = std::filesystem;

bool digit(char c) { return c >= '0' && c <= '9'; }

int month_of(std::string_view w) {
  static const char *names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3)
    return 0;
  std::string low;
  for (char c : w.substr(0, 3))
    low += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (int m = 0; m < 12; ++m)
    if (low == names[m])
      return m + 1;
  return 0;
}

std::optional<Date> iso_at(std::string_view s, std::size_t i) {
  if (i + 10 > s.size() || s[i + 4] != '-' || s[i + 7] != '-')
    return std::nullopt;
  return Date::try_parse(s.substr(i, 10));
}

// Words of a line with their positions, for "May 9, 2020" / "9 May 2020".
std::optional<Date> written_date(std::string_view line) {
  std::vector<std::string_view> w;
  for (std::size_t i = 0; i < line.size();) {
    while (i < line.size() && !std::isalnum(static_cast<unsigned char>(line[i])))
      ++i;
    std::size_t j = i;
    while (j < line.size() && std::isalnum(static_cast<unsigned char>(line[j])))
      ++j;
    if (j > i)
      w.push_back(line.substr(i, j - i));
    i = j;
  }
  const auto num = [](std::string_view x) {
    return !x.empty() && x.size() <= 4 && std::all_of(x.begin(), x.end(), digit)
               ? std::stoi(std::string(x))
               : -1;
  };
  for (std::size_t k = 0; k + 2 < w.size(); ++k) {
    int m = month_of(w[k]), d = num(w[k + 1]), y = num(w[k + 2]);
    if (m && w[k].size() <= 9 && d >= 1 && d <= 31 && y >= 1000)
      if (auto r = Date::from_civil(y, m, d))
        return r;
    d = num(w[k]);
    m = month_of(w[k + 1]);
    if (m && w[k + 1].size() <= 9 && d >= 1 && d <= 31 && y >= 1000)
      if (auto r = Date::from_civil(y, m, d))
        return r;
  }
  return std::nullopt;
}

bool looks_like_jsonl(std::string_view text) {
  for (char c : text)
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
      return c == '{';
  return false;
}

void add_file(const std::string &path, std::optional<Date> date, std::vector<Document> &out) {
  const std::string text = read_text(path);
  const std::string ext = path == "-" ? "" : fs::path(path).extension().string();
  if (ext == ".jsonl" || ext == ".json" || (ext != ".txt" && looks_like_jsonl(text))) {
    auto docs = parse_documents_jsonl(text, path, date);
    out.insert(out.end(), std::make_move_iterator(docs.begin()),
               std::make_move_iterator(docs.end()));
    return;
  }
  Document d;
  d.id = path == "-" ? "stdin" : fs::path(path).filename().string();
  d.date = date ? date : find_date(text);
  if (!d.date)
    throw Error::at(path, 0, "no date found in the text; give one with --date YYYY-MM-DD");
  d.text = text;
  out.push_back(std::move(d));
}

} // namespace

std::optional<Date> find_date(std::string_view text) {
  std::size_t pos = 0;
  for (int line = 0; line < 20 && pos < text.size(); ++line) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos)
      end = text.size();
    const auto l = text.substr(pos, end - pos);
    for (std::size_t i = 0; i + 10 <= l.size(); ++i)
      if (digit(l[i]) && (i == 0 || !digit(l[i - 1])))
        if (auto d = iso_at(l, i))
          return d;
    if (auto d = written_date(l))
      return d;
    pos = end + 1;
  }
  return std::nullopt;
}

std::vector<Document> parse_documents_jsonl(std::string_view text, const std::string &origin,
                                            std::optional<Date> date, std::size_t first_line) {
  std::vector<Document> out;
  std::size_t pos = 0, line = first_line - 1;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos)
      end = text.size();
    const auto l = text.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    if (l.find_first_not_of(" \t\r") == std::string_view::npos)
      continue;
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(l);
    } catch (const nlohmann::json::exception &e) {
      throw Error::at(origin, line, std::string("invalid JSON: ") + e.what());
    }
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string())
      throw Error::at(origin, line, "expected an object with a string \"text\"");
    Document d;
    d.id = j.contains("id") ? (j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump())
                            : origin + ":" + std::to_string(line);
    d.text = j["text"].get<std::string>();
    d.date = date;
    if (!d.date && j.contains("date")) {
      if (!j["date"].is_string() || !(d.date = Date::try_parse(j["date"].get<std::string>())))
        throw Error::at(origin, line, "invalid \"date\" (expected \"YYYY-MM-DD\")");
    }
    if (!d.date)
      d.date = find_date(d.text);
    if (!d.date)
      throw Error::at(origin, line, "document '" + d.id + "' has no date; give --date");
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<std::string> document_files(const std::string &folder) {
  std::vector<std::string> files;
  for (const auto &e : fs::directory_iterator(folder)) {
    const auto ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".txt" || ext == ".jsonl"))
      files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<Document> read_documents(const std::vector<std::string> &paths,
                                     std::optional<Date> date) {
  std::vector<Document> out;
  for (const auto &p : paths) {
    if (p != "-" && fs::is_directory(p)) {
      for (const auto &f : document_files(p))
        add_file(f, date, out);
    } else {
      if (p != "-" && !fs::exists(p))
        throw Error::at(p, 0, "no such file or folder");
      add_file(p, date, out);
    }
  }
  return out;
}

} // namespace entente
