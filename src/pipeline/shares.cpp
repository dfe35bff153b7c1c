#include "entente/pipeline/shares.hpp"

#include "entente/core/error.hpp"
#include "entente/extract/coder.hpp"
#include "entente/extract/document_stream.hpp"
#include "entente/extract/documents.hpp"
#include "entente/ingest/event_fold.hpp"

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <type_traits>

namespace fs = std::filesystem;

namespace entente {
namespace {

__extension__ typedef unsigned __int128 wide; // bytes x ranks cannot overflow

std::uint64_t size_of(const std::string &path) {
  std::error_code ec;
  const auto n = fs::file_size(path, ec);
  if (ec)
    throw Error::at(path, 0, "cannot read its size: " + ec.message());
  return n;
}

// The rank holding byte x of total (monotone in x, so runs stay in order).
int owner(std::uint64_t x, std::uint64_t total, int ranks) {
  if (total == 0)
    return 0;
  const auto r = static_cast<wide>(x) * static_cast<unsigned>(ranks) / total;
  return static_cast<int>(std::min<wide>(r, static_cast<unsigned>(ranks - 1)));
}

// The cuts inside [offset, offset + size): the rank bounds that fall in it,
// none closer than min_piece to the last cut or the end, each with the rank
// whose bytes start there.
struct Cut {
  std::uint64_t at;
  int rank;
};
std::vector<Cut> cuts_of(std::uint64_t offset, std::uint64_t size, std::uint64_t total, int ranks,
                         std::uint64_t min_piece) {
  std::vector<Cut> cuts;
  std::uint64_t last = 0;
  for (int r = 1; r < ranks; ++r) {
    const auto bound = static_cast<std::uint64_t>(
        static_cast<wide>(total) * static_cast<unsigned>(r) / static_cast<unsigned>(ranks));
    if (bound <= offset || bound >= offset + size)
      continue;
    const std::uint64_t at = bound - offset;
    if (at - last >= min_piece && size - at >= min_piece) {
      cuts.push_back({at, r});
      last = at;
    }
  }
  return cuts;
}

template <typename Windows>
FoldedShare fold_share_of(const std::vector<InputRange> &ranges, const InputOptions &input,
                          const ArticleOptions &articles, const Windows &windows) {
  FoldedShare out;
  if constexpr (std::is_same_v<Windows, SeriesOptions>)
    out.parts.emplace_back(windows);
  else
    out.parts.emplace_back(windows, input.fold_policy());
  Fold &fold = out.parts.front();
  std::optional<Coder> coder; // loaded for the first article
  for (const auto &range : ranges) {
    if (range.whole() && is_article(range.path)) {
      if (!coder)
        coder.emplace(Coder::load(find_dictionaries(articles.dictionaries)));
      RangeStats coded;
      coded.stats.files = 1;
      coded.stats.relations =
          code_ranges({{range}}, articles.date, *coder, input.threads, [&](Relation &&r) {
            fold.add(r);
          }).relations;
      out.ranges.push_back(std::move(coded));
      continue;
    }
    out.ranges.push_back(fold_range(range, input, fold));
    if (out.ranges.back().stopped)
      break;
  }
  return out;
}

} // namespace

std::vector<ShareItem> event_share_items(const std::vector<std::string> &paths,
                                         const InputOptions &input) {
  std::vector<ShareItem> items;
  for (const auto &f : expand_inputs(paths)) {
    if (f == "-")
      throw Error::usage("ranks cannot share standard input ('-'): give files");
    const bool cuttable = !is_article(f) && can_read_in_ranges(f, input);
    items.push_back({f, size_of(f), cuttable});
  }
  return items;
}

std::vector<ShareItem> document_share_items(const std::vector<std::string> &paths) {
  std::vector<ShareItem> items;
  for (const auto &p : paths) {
    if (p == "-")
      throw Error::usage("ranks cannot share standard input ('-'): give files");
    std::vector<std::string> files{p};
    if (fs::is_directory(p)) {
      files = document_files(p);
      if (files.empty())
        throw Error::at(p, 0, "the folder holds no articles (.txt) or documents (.jsonl)");
    } else if (!fs::exists(p)) {
      throw Error::at(p, 0, "no such file or folder");
    }
    for (const auto &f : files)
      items.push_back({f, size_of(f), is_documents_jsonl(f)});
  }
  return items;
}

std::vector<std::vector<InputRange>> deal_shares(const std::vector<ShareItem> &items, int ranks,
                                                 std::uint64_t min_piece,
                                                 const LineStart &line_start) {
  if (ranks < 1)
    throw Error("deal_shares: no rank");
  std::vector<std::vector<InputRange>> shares(static_cast<std::size_t>(ranks));
  std::uint64_t total = 0;
  for (const auto &item : items)
    total += item.size;
  std::uint64_t offset = 0;
  for (const auto &item : items) {
    const auto cuts = item.cuttable ? cuts_of(offset, item.size, total, ranks,
                                              std::max<std::uint64_t>(min_piece, 1))
                                    : std::vector<Cut>{};
    if (cuts.empty()) {
      shares[static_cast<std::size_t>(owner(offset + item.size / 2, total, ranks))].push_back(
          {item.path, 0, std::nullopt});
    } else {
      std::uint64_t begin = 0;
      int rank = owner(offset, total, ranks); // of the bytes before the first cut
      for (std::size_t i = 0; i <= cuts.size(); ++i) {
        const std::uint64_t end = i < cuts.size() ? line_start(item.path, cuts[i].at) : item.size;
        if (end > begin)
          shares[static_cast<std::size_t>(rank)].push_back({item.path, begin, end});
        begin = std::max(begin, end);
        if (i < cuts.size())
          rank = cuts[i].rank;
      }
    }
    offset += item.size;
  }
  return shares;
}

FoldedShare fold_share(const std::vector<InputRange> &ranges, const InputOptions &input,
                       const ArticleOptions &articles, const std::vector<Window> &windows) {
  return fold_share_of(ranges, input, articles, windows);
}

FoldedShare fold_share(const std::vector<InputRange> &ranges, const InputOptions &input,
                       const ArticleOptions &articles, const SeriesOptions &series) {
  return fold_share_of(ranges, input, articles, at_input_level(series, input));
}

IngestStats combine_range_stats(const std::vector<InputRange> &ranges,
                                const std::vector<RangeStats> &stats) {
  IngestStats all;
  std::map<std::string, std::uint64_t> lines_before; // per file, of the ranges so far
  for (std::size_t i = 0; i < stats.size() && i < ranges.size(); ++i) {
    const RangeStats &r = stats[i];
    std::uint64_t &before = lines_before[ranges[i].path];
    for (const auto &b : r.stats.first_bad)
      if (all.first_bad.size() < max_reported_bad_rows)
        all.first_bad.push_back({b.file, b.line + before, b.kind, b.detail});
    if (r.stopped) {
      const auto &b = r.stats.first_bad.back();
      throw Error::at(b.file, b.line + before, b.kind + ": " + b.detail + " (--strict)");
    }
    before += r.lines;
    all.files += r.stats.files;
    all.rows += r.stats.rows;
    all.relations += r.stats.relations;
    for (const auto &[kind, n] : r.stats.skipped)
      all.skipped[kind] += n;
  }
  return all;
}

void to_json(nlohmann::json &j, const RangeStats &r) {
  nlohmann::json bad = nlohmann::json::array();
  for (const auto &b : r.stats.first_bad)
    bad.push_back({b.file, b.line, b.kind, b.detail});
  j = {{"lines", r.lines},
       {"stopped", r.stopped},
       {"files", r.stats.files},
       {"rows", r.stats.rows},
       {"relations", r.stats.relations},
       {"skipped", r.stats.skipped},
       {"bad", bad}};
}

void from_json(const nlohmann::json &j, RangeStats &r) {
  r.lines = j.at("lines").get<std::uint64_t>();
  r.stopped = j.at("stopped").get<bool>();
  r.stats.files = j.at("files").get<std::size_t>();
  r.stats.rows = j.at("rows").get<std::size_t>();
  r.stats.relations = j.at("relations").get<std::size_t>();
  r.stats.skipped = j.at("skipped").get<std::map<std::string, std::size_t>>();
  for (const auto &b : j.at("bad"))
    r.stats.first_bad.push_back({b.at(0).get<std::string>(), b.at(1).get<std::size_t>(),
                                 b.at(2).get<std::string>(), b.at(3).get<std::string>()});
}

} // namespace entente
