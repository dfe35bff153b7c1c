#include "entente/compare/partition.hpp"

#include "entente/core/error.hpp"

#include <cmath>

namespace entente {
namespace {

struct Contingency {
  std::map<std::pair<int, int>, double> cells; // (x bloc, y bloc) -> actors
  std::map<int, double> rows, cols;            // marginals
  double n = 0;
};

Contingency contingency(const std::vector<int> &x, const std::vector<int> &y) {
  if (x.size() != y.size())
    throw Error("partitions of different sizes (" + std::to_string(x.size()) + " and " +
                std::to_string(y.size()) + ")");
  Contingency c;
  for (std::size_t i = 0; i < x.size(); ++i) {
    c.cells[{x[i], y[i]}] += 1;
    c.rows[x[i]] += 1;
    c.cols[y[i]] += 1;
  }
  c.n = static_cast<double>(x.size());
  return c;
}

double pairs(double k) { return k * (k - 1) / 2; }

} // namespace

double adjusted_rand_index(const std::vector<int> &x, const std::vector<int> &y) {
  const Contingency c = contingency(x, y);
  double index = 0, sum_rows = 0, sum_cols = 0;
  for (const auto &[k, v] : c.cells)
    index += pairs(v);
  for (const auto &[k, v] : c.rows)
    sum_rows += pairs(v);
  for (const auto &[k, v] : c.cols)
    sum_cols += pairs(v);
  const double expected = c.n < 2 ? 0 : sum_rows * sum_cols / pairs(c.n);
  const double max = (sum_rows + sum_cols) / 2;
  if (max == expected) // both trivial: equal iff every bloc maps onto one bloc
    return c.cells.size() == c.rows.size() && c.cells.size() == c.cols.size() ? 1.0 : 0.0;
  return (index - expected) / (max - expected);
}

double variation_of_information(const std::vector<int> &x, const std::vector<int> &y) {
  const Contingency c = contingency(x, y);
  double vi = 0;
  // VI = -sum_ij p_ij [ln(p_ij / p_i) + ln(p_ij / q_j)]
  for (const auto &[k, v] : c.cells) {
    const double p = v / c.n;
    vi -= p * (std::log(v / c.rows.at(k.first)) + std::log(v / c.cols.at(k.second)));
  }
  return vi <= 0 ? 0.0 : vi; // -0 and rounding noise read as 0
}

std::map<int, int> match_blocs(const std::vector<int> &before, const std::vector<int> &after) {
  const Contingency c = contingency(after, before);
  std::map<int, int> out;
  std::map<int, double> best;
  // Cells are in (after, before) order, so the first maximum is the
  // smallest `before` id.
  for (const auto &[k, v] : c.cells) {
    auto it = best.find(k.first);
    if (it == best.end() || v > it->second) {
      best[k.first] = v;
      out[k.first] = k.second;
    }
  }
  return out;
}

} // namespace entente
