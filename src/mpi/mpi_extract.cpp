// entente-mpi extract DOCS... [--date D] [--threads T] [--parser P] -o FILE
// Each rank codes its share of the documents (whole articles, line ranges
// of documents JSON Lines), and rank 0 writes the ranks' relations in rank
// order, which is input order: the file one `entente extract` writes.
#include "entente/mpi/jobs.hpp"

#include "entente/cli/command.hpp"
#include "entente/extract/document_stream.hpp"
#include "entente/io/atomic_file.hpp"
#include "entente/io/relations_jsonl.hpp"
#include "entente/mpi/plan.hpp"
#include "entente/pipeline/shares.hpp"

#include <exception>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace entente::mpi {
namespace {

// Document ids and messages name lines of the file ("docs.jsonl:812"), so
// each range starts at the line the lines of the ranges before it end:
// ranks count their ranges' lines, rank 0 gathers them and hands out the
// first line of every range.
std::vector<DocumentRange> numbered(const Comm &comm, const Shares &shares) {
  const auto &mine = shares[static_cast<std::size_t>(comm.rank())];
  nlohmann::json counts = nlohmann::json::array();
  together(comm, [&] {
    for (const auto &r : mine)
      counts.push_back(r.whole() ? 0 : count_lines(r));
  });
  const auto gathered = comm.gather(counts.dump());
  std::string firsts;
  if (comm.rank() == 0) {
    const auto all = all_ranges(shares);
    std::map<std::string, std::uint64_t> lines_before;
    nlohmann::json out = nlohmann::json::array();
    std::size_t i = 0;
    for (const auto &text : gathered)
      for (const auto &n : nlohmann::json::parse(text)) {
        auto &before = lines_before[all.at(i++).path];
        out.push_back(before + 1);
        before += n.get<std::uint64_t>();
      }
    firsts = out.dump();
  }
  comm.broadcast(firsts);
  const auto first_lines = nlohmann::json::parse(firsts);
  std::vector<DocumentRange> ranges;
  const std::size_t at = first_index(shares, comm.rank());
  for (std::size_t i = 0; i < mine.size(); ++i)
    ranges.push_back({mine[i], first_lines.at(at + i).get<std::uint64_t>()});
  return ranges;
}

// Rank 0 writes its relations, then each rank's in order; it receives them
// all even after a failed write, so no rank waits on a send forever.
void write_in_rank_order(const Comm &comm, const ExtractArgs &o, const std::string &mine) {
  if (comm.rank() != 0)
    return comm.send(0, mine);
  std::exception_ptr failure;
  std::optional<AtomicFile> file;
  std::ostream *out = &std::cout;
  try {
    if (o.output != "-") {
      file.emplace(o.output);
      out = &file->stream();
    }
    *out << mine;
  } catch (...) {
    failure = std::current_exception();
  }
  for (int r = 1; r < comm.size(); ++r) {
    const std::string theirs = comm.receive(r);
    if (!failure)
      *out << theirs;
  }
  if (failure)
    std::rethrow_exception(failure);
  if (file)
    file->commit();
  else
    finish_stdout();
}

} // namespace

void run_extract(const Comm &comm, const ExtractArgs &o, const JobOptions &m) {
  Stopwatch total;
  Timings t{"extract", comm.size(), {}, 0};
  std::optional<Coder> coder;
  std::optional<Date> date;
  together(comm, [&] {
    if (o.threads < 1)
      throw Error::usage("--threads must be at least 1");
    date = cli::optional_date(o.date, "--date");
    coder.emplace(Coder::load(find_dictionaries(o.dictionaries), parse_parser(o.parser)));
  });
  Stopwatch plan_clock;
  const Shares shares = share_plan(
      comm, [&] { return deal_shares(document_share_items(o.inputs), comm.size(), m.min_range); });
  const auto ranges = numbered(comm, shares);
  t.seconds["plan"] = plan_clock.seconds();

  Stopwatch work_clock;
  std::ostringstream coded;
  CodingStats stats;
  together(comm, [&] {
    RelationsWriter writer(coded); // its header line: rank 0's alone is kept
    stats = code_ranges(ranges, date, *coder, o.threads, [&](Relation &&r) { writer.write(r); });
  });
  std::string mine = std::move(coded).str();
  if (comm.rank() != 0)
    mine.erase(0, mine.find('\n') + 1);
  const double work = work_clock.seconds();
  t.seconds["work_max"] = comm.max(work);
  t.seconds["work_min"] = comm.min(work);
  const std::uint64_t documents = comm.sum(stats.documents), sentences = comm.sum(stats.sentences),
                      relations = comm.sum(stats.relations);

  Stopwatch finish_clock;
  t.reduced_bytes = comm.sum(comm.rank() == 0 ? 0 : mine.size());
  together(comm, [&] { write_in_rank_order(comm, o, mine); });
  t.seconds["reduce"] = finish_clock.seconds();
  t.seconds["finish"] = 0; // the writing is the gather
  t.seconds["total"] = total.seconds();
  if (comm.rank() != 0)
    return;
  cli::note(o.quiet, "coded " + std::to_string(documents) + " documents, " +
                         std::to_string(sentences) + " sentences -> " + std::to_string(relations) +
                         " relations on " + std::to_string(comm.size()) + " ranks in " +
                         std::to_string(t.seconds["total"]) + " s" +
                         (o.output == "-" ? "" : " -> " + o.output));
  if (!m.timings.empty())
    write_timings(t, m.timings);
}

} // namespace entente::mpi
