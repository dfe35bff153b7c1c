#include "entente/extract/coder.hpp"

#include "entente/core/error.hpp"
#include "entente/extract/sentence.hpp"
#include "entente/extract/text.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

namespace entente {

using detail::cat;
using detail::SentenceCoder;
using detail::work;

Parser parse_parser(std::string_view name) {
  if (name == "fast")
    return Parser::fast;
  if (name == "link")
    return Parser::link;
  throw Error::usage("unknown parser '" + std::string(name) + "' (expected fast or link)");
}

Coder::Coder(Dictionaries d, Parser parser) : dict_(std::move(d)) {
  if (parser == Parser::link)
    link_ = std::make_shared<const LinkParser>();
}

std::vector<Relation> code_sentence(std::string_view sentence, Date date, const Coder &coder,
                                    const std::string &doc_id, int index, std::string *explain) {
  std::vector<Relation> out;
  SentenceCoder(sentence, date, coder.dictionaries(), work(), explain, coder.link_parser())
      .run(doc_id, index, out);
  return out;
}

std::vector<Relation> code_document(const Document &doc, const Coder &coder, std::string *explain,
                                    CodingStats *stats) {
  if (!doc.date)
    throw Error::at(doc.id, 0, "no date for document (give --date or a dated text)");
  const std::string text = normalize_text(doc.text);
  const auto sentences = split_sentences(text, coder.dictionaries().abbreviations());
  std::vector<Relation> out;
  int index = 0;
  std::size_t parsed = 0;
  for (const auto &sp : sentences) {
    const std::string_view s(text.data() + sp.begin, sp.end - sp.begin);
    if (explain)
      *explain += cat({"[", doc.id, " #", std::to_string(index), "] ", s, "\n"});
    const auto before = out.size();
    SentenceCoder sc(s, *doc.date, coder.dictionaries(), work(), explain, coder.link_parser());
    sc.run(doc.id, index, out);
    parsed += sc.parsed() ? 1 : 0;
    if (explain && out.size() == before && explain->back() == '\n')
      *explain += "    (no event)\n";
    ++index;
  }
  if (stats) {
    ++stats->documents;
    stats->sentences += sentences.size();
    stats->relations += out.size();
    stats->parsed += parsed;
  }
  return out;
}

std::vector<std::vector<Relation>> code_documents(const std::vector<Document> &docs,
                                                  const Coder &coder, int threads,
                                                  CodingStats *stats) {
  std::vector<std::vector<Relation>> out(docs.size());
  std::vector<CodingStats> per(std::max(1, threads));
  std::atomic<std::size_t> next{0};
  std::vector<std::string> errors(per.size());
  const auto worker = [&](std::size_t w) {
    try {
      for (std::size_t i; (i = next.fetch_add(1)) < docs.size();)
        out[i] = code_document(docs[i], coder, nullptr, &per[w]);
    } catch (const std::exception &e) {
      errors[w] = e.what();
      next = docs.size();
    }
  };
  if (per.size() == 1 || docs.size() < 2) {
    worker(0);
  } else {
    std::vector<std::thread> pool;
    for (std::size_t w = 0; w < per.size(); ++w)
      pool.emplace_back(worker, w);
    for (auto &t : pool)
      t.join();
  }
  for (const auto &e : errors)
    if (!e.empty())
      throw Error(e);
  if (stats)
    for (const auto &p : per) {
      stats->documents += p.documents;
      stats->sentences += p.sentences;
      stats->relations += p.relations;
      stats->parsed += p.parsed;
    }
  return out;
}

} // namespace entente
