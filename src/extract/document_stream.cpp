#include "entente/extract/document_stream.hpp"

#include "entente/core/error.hpp"
#include "entente/core/parallel.hpp"
#include "entente/extract/documents.hpp"
#include "entente/io/input_files.hpp"
#include "entente/io/read_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace entente {
namespace {

bool blank_byte(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Where to cut `text` near its end: just after the last blank line (a
// sentence ends there anyway), else after the last line end, else after
// the last space, else before the last UTF-8 character that may be cut
// short. Never 0 for a text of two bytes or more.
std::size_t cut_point(const std::string &text) {
  std::size_t last_newline = std::string::npos;
  for (std::size_t i = text.size(); i-- > 0;) {
    if (text[i] != '\n')
      continue;
    if (last_newline == std::string::npos)
      last_newline = i;
    std::size_t j = i;
    while (j > 0 && blank_byte(text[j - 1]))
      --j;
    if (j > 0 && text[j - 1] == '\n') // "\n" [ \t\r]* "\n": a blank line
      return i + 1;
  }
  if (last_newline != std::string::npos && last_newline > 0)
    return last_newline + 1;
  const auto space = text.find_last_of(' ');
  if (space != std::string::npos && space > 0)
    return space + 1;
  std::size_t at = text.size() - 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
    --at; // back to the first byte of a character
  return at > 0 ? at : text.size();
}

bool looks_like_jsonl(std::string_view head) {
  for (char c : head)
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
      return c == '{';
  return false;
}

// A plain-text article in pieces of about piece_bytes.
void article_pieces(std::istream &in, std::string first, const std::string &path,
                    std::optional<Date> date, std::size_t piece_bytes,
                    const std::function<void(DocumentPiece &&)> &sink) {
  const std::string id = path == "-" ? "stdin" : fs::path(path).filename().string();
  std::string pending = std::move(first);
  if (pending.starts_with("\xEF\xBB\xBF"))
    pending.erase(0, 3);
  std::optional<Date> when = date;
  std::size_t part = 0;
  std::vector<char> block(piece_bytes);
  bool more = true;
  auto emit = [&](std::string text) {
    if (part == 0 && !when) {
      when = find_date(text);
      if (!when)
        throw Error::at(path, 0, "no date found in the text; give one with --date YYYY-MM-DD");
    }
    sink({Document{id, when, std::move(text)}, part++});
  };
  while (more) {
    while (more && pending.size() < piece_bytes) {
      in.read(block.data(), static_cast<std::streamsize>(block.size()));
      pending.append(block.data(), static_cast<std::size_t>(in.gcount()));
      more = in.gcount() > 0 && !in.eof();
    }
    if (in.bad())
      throw Error::at(path, 0, "read error");
    if (!more)
      break;
    const std::size_t cut = cut_point(pending);
    emit(pending.substr(0, cut));
    pending.erase(0, cut);
  }
  if (part == 0 || !pending.empty())
    emit(std::move(pending));
}

// Documents JSON Lines, one line (one document) at a time.
void jsonl_documents(std::istream &in, std::string first, const std::string &path,
                     std::optional<Date> date, const std::function<void(DocumentPiece &&)> &sink,
                     std::size_t first_line = 1) {
  // The bytes already read are parsed first, line by line, then the rest.
  std::size_t line_no = first_line - 1;
  auto one = [&](const std::string &line) {
    ++line_no;
    for (auto &d : parse_documents_jsonl(line, path, date, line_no))
      sink({std::move(d), 0});
  };
  std::string carry;
  std::size_t pos = 0;
  while (pos < first.size()) {
    const auto nl = first.find('\n', pos);
    if (nl == std::string::npos) {
      carry = first.substr(pos);
      break;
    }
    one(first.substr(pos, nl - pos));
    pos = nl + 1;
  }
  std::string line;
  for (LineRead got;
       (got = read_bounded_line(in, line, max_document_line_bytes)) != LineRead::end;) {
    line.insert(0, carry);
    carry.clear();
    if (got == LineRead::too_long || line.size() > max_document_line_bytes)
      throw Error::at(path, line_no + 1,
                      "line longer than " + std::to_string(max_document_line_bytes >> 20) + " MiB");
    one(line);
  }
  if (!carry.empty())
    one(carry);
  if (in.bad())
    throw Error::at(path, 0, "read error");
}

bool jsonl_by_name_or_head(const std::string &path, std::string_view head) {
  const std::string ext = path == "-" ? "" : fs::path(path).extension().string();
  return ext == ".jsonl" || ext == ".json" || (ext != ".txt" && looks_like_jsonl(head));
}

// The bytes [begin, end) of a file as a stream (a documents range).
class RangeBuf : public std::streambuf {
public:
  RangeBuf(const std::string &path, std::uint64_t begin, std::uint64_t end)
      : file_(path, std::ios::binary), left_(end - begin) {
    if (!file_)
      throw Error::at(path, 0, std::string("cannot open: ") + std::strerror(errno));
    file_.seekg(static_cast<std::streamoff>(begin));
  }

protected:
  int_type underflow() override {
    if (left_ == 0)
      return traits_type::eof();
    file_.read(buf_, static_cast<std::streamsize>(std::min<std::uint64_t>(sizeof buf_, left_)));
    const auto got = static_cast<std::size_t>(file_.gcount());
    if (got == 0)
      return traits_type::eof();
    left_ -= got;
    setg(buf_, buf_, buf_ + got);
    return traits_type::to_int_type(buf_[0]);
  }

private:
  std::ifstream file_;
  std::uint64_t left_;
  char buf_[1 << 16];
};

void stream_range(const DocumentRange &r, std::optional<Date> date,
                  const std::function<void(DocumentPiece &&)> &sink) {
  RangeBuf buf(r.range.path, r.range.begin, *r.range.end);
  std::istream in(&buf);
  note_input(r.range.path);
  std::string first;
  if (r.range.begin == 0) { // a byte-order mark belongs to no document
    first.resize(3);
    in.read(first.data(), 3);
    first.resize(static_cast<std::size_t>(in.gcount()));
    if (first.starts_with("\xEF\xBB\xBF"))
      first.clear();
  }
  jsonl_documents(in, std::move(first), r.range.path, date, sink, r.first_line);
}

void stream_file(const std::string &path, std::optional<Date> date, std::size_t piece_bytes,
                 const std::function<void(DocumentPiece &&)> &sink) {
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file)
      throw Error::at(path, 0, std::string("cannot open: ") + std::strerror(errno));
    note_input(path);
  }
  std::istream &in = path == "-" ? std::cin : file;
  // The first block decides between documents JSON Lines and an article.
  std::string first(std::min<std::size_t>(piece_bytes, 1 << 16), '\0');
  in.read(first.data(), static_cast<std::streamsize>(first.size()));
  first.resize(static_cast<std::size_t>(in.gcount()));
  const std::string_view head =
      std::string_view(first).substr(first.starts_with("\xEF\xBB\xBF") ? 3 : 0);
  if (jsonl_by_name_or_head(path, head))
    jsonl_documents(in, std::string(head), path, date, sink);
  else
    article_pieces(in, std::move(first), path, date, piece_bytes, sink);
}

// Relations of one batch, and each piece's sentence count.
struct Coded {
  std::vector<Relation> relations;
  CodingStats stats;
};

} // namespace

void for_each_document(const std::vector<std::string> &paths, std::optional<Date> date,
                       const std::function<void(DocumentPiece &&)> &sink, std::size_t piece_bytes) {
  for (const auto &p : paths) {
    if (p != "-" && fs::is_directory(p)) {
      const auto files = document_files(p);
      if (files.empty())
        throw Error::at(p, 0, "the folder holds no articles (.txt) or documents (.jsonl)");
      for (const auto &f : files)
        stream_file(f, date, piece_bytes, sink);
    } else {
      if (p != "-" && !fs::exists(p))
        throw Error::at(p, 0, "no such file or folder");
      stream_file(p, date, piece_bytes, sink);
    }
  }
}

namespace {

// Codes the pieces `produce` hands out, a batch at a time, in order.
using Producer = std::function<void(const std::function<void(DocumentPiece &&)> &)>;
CodingStats code_pieces(const Producer &produce, const Coder &coder, int threads,
                        const std::function<void(Relation &&)> &sink) {
  // A batch: enough text to keep two threads busy, little enough to hold.
  constexpr std::size_t batch_bytes = std::size_t{4} << 20, batch_docs = 256;
  CodingStats total;
  std::vector<DocumentPiece> batch;
  std::size_t bytes = 0;
  int sentence_offset = 0; // sentences of the earlier pieces of this article
  auto flush = [&] {
    std::vector<Coded> coded(batch.size());
    for_each_index(batch.size(), std::max(1, threads), [&](std::size_t i) {
      coded[i].relations = code_document(batch[i].doc, coder, nullptr, &coded[i].stats);
    });
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (batch[i].part == 0) {
        sentence_offset = 0;
        ++total.documents;
      }
      for (auto &r : coded[i].relations) {
        if (r.provenance.sentence >= 0)
          r.provenance.sentence += sentence_offset;
        ++total.relations;
        sink(std::move(r));
      }
      total.sentences += coded[i].stats.sentences;
      total.parsed += coded[i].stats.parsed;
      sentence_offset += static_cast<int>(coded[i].stats.sentences);
    }
    batch.clear();
    bytes = 0;
  };
  produce([&](DocumentPiece &&piece) {
    bytes += piece.doc.text.size();
    batch.push_back(std::move(piece));
    if (bytes >= batch_bytes || batch.size() >= batch_docs)
      flush();
  });
  flush();
  return total;
}

} // namespace

CodingStats code_stream(const std::vector<std::string> &paths, std::optional<Date> date,
                        const Coder &coder, int threads,
                        const std::function<void(Relation &&)> &sink) {
  return code_pieces([&](const auto &piece) { for_each_document(paths, date, piece); }, coder,
                     threads, sink);
}

CodingStats code_ranges(const std::vector<DocumentRange> &ranges, std::optional<Date> date,
                        const Coder &coder, int threads,
                        const std::function<void(Relation &&)> &sink) {
  return code_pieces(
      [&](const auto &piece) {
        for (const auto &r : ranges) {
          if (r.range.whole())
            stream_file(r.range.path, date, article_piece_bytes, piece);
          else
            stream_range(r, date, piece);
        }
      },
      coder, threads, sink);
}

bool is_documents_jsonl(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(1 << 16, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return jsonl_by_name_or_head(
      path, std::string_view(head).substr(head.starts_with("\xEF\xBB\xBF") ? 3 : 0));
}

} // namespace entente
