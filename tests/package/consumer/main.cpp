// Folds relations files through entente's facade and prints what it found:
// the actors and dyads of the whole span, the dyads with a negative net
// score, and the dyads the second half of the span added to the first.
//
//   consumer datasets/relations/gdelt-georgia-2011-08.jsonl
#include <entente/core/version.hpp>
#include <entente/pipeline/flow.hpp>

#include <algorithm>
#include <iostream>

int main(int argc, char **argv) {
  if (argc < 2) {
    std::cerr << "usage: consumer RELATIONS...\n";
    return 2;
  }
  try {
    const std::vector<std::string> inputs(argv + 1, argv + argc);
    entente::IngestStats stats;
    const auto relations = entente::load_relations(inputs, {}, {}, &stats);
    entente::Snapshot all = entente::fold(relations, {}, inputs);
    entente::measure(all);
    std::size_t negative = 0;
    for (const auto &d : all.graph.dyads())
      negative += d.edge().sign() < 0;
    std::cout << "entente " << entente::version() << ": " << entente::describe(stats, all) << "; "
              << negative << " negative dyads\n";
    if (relations.empty())
      return 0;
    // The span's two halves, compared.
    auto [lo, hi] = std::minmax_element(
        relations.begin(), relations.end(),
        [](const entente::Relation &x, const entente::Relation &y) { return x.date < y.date; });
    const entente::Date mid = entente::Date::from_days((lo->date.days() + hi->date.days()) / 2);
    entente::Snapshot first = entente::fold(relations, {{lo->date, mid}}, inputs);
    entente::Snapshot second = entente::fold(relations, {{mid + 1, hi->date}}, inputs);
    entente::measure(first);
    entente::measure(second);
    const auto diff = entente::compare(first, second);
    std::cout << "second half: " << diff.edges.added.size() << " dyads added, "
              << diff.edges.removed.size() << " removed\n";
    return 0;
  } catch (const std::exception &e) {
    std::cerr << "consumer: " << e.what() << "\n";
    return 1;
  }
}
