//===- ReferenceBackend.cpp - the oracle ----------------------------------===//
//
// The definition of the result, written for obviousness rather than speed:
// one query row at a time (rows spread over threads, each computed alone,
// so the result does not depend on their count), every logit in f64 (a
// hidden position takes mask_fill; under logit_rounding, each step rounded
// to f16 / bf16 as LogitRounding.h says), a two-pass softmax in f64 (empty
// rows per empty_rows), and one correctly rounded conversion to the output
// type. Other backends are tested against it, and it is itself checked
// against an independent formula in the unit tests.
//
//===----------------------------------------------------------------------===//

#include "../Backend.h"
#include "../Half.h"
#include "../LogitRounding.h"
#include "../Threads.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <system_error>
#include <thread>
#include <vector>

namespace attnrt {
namespace {

double load(const View &t, int64_t i0, int64_t i1, int64_t i2, int64_t i3) {
  const void *ptr = t.at(i0, i1, i2, i3);
  switch (t.dtype) {
  case ATTNRT_DTYPE_F32:
    return *static_cast<const float *>(ptr);
  case ATTNRT_DTYPE_F16:
    return halfToFloat(*static_cast<const uint16_t *>(ptr));
  case ATTNRT_DTYPE_BF16:
    return bf16ToFloat(*static_cast<const uint16_t *>(ptr));
  case ATTNRT_DTYPE_BOOL:
    return *static_cast<const uint8_t *>(ptr) != 0 ? 1.0 : 0.0;
  }
  return 0.0;
}

void store(const View &t, int64_t i0, int64_t i1, int64_t i2, int64_t i3,
           double value) {
  void *ptr = t.at(i0, i1, i2, i3);
  switch (t.dtype) {
  case ATTNRT_DTYPE_F32:
    *static_cast<float *>(ptr) = static_cast<float>(value);
    break;
  case ATTNRT_DTYPE_F16:
    *static_cast<uint16_t *>(ptr) = doubleToHalf(value);
    break;
  case ATTNRT_DTYPE_BF16:
    *static_cast<uint16_t *>(ptr) = doubleToBf16(value);
    break;
  case ATTNRT_DTYPE_BOOL:
    break; // Rejected by validation for the output.
  }
}

bool supports(const Problem &p, std::string *whyNot) {
  if (p.memory != ATTNRT_MEMORY_HOST) {
    if (whyNot)
      *whyNot = "needs host memory (memory == ATTNRT_MEMORY_DEVICE)";
    return false;
  }
  return true;
}

/// The logit s_ij of query row i and key j (see attnrt_types.h): the fill
/// for a hidden key, else scale * q.k (+ the additive mask), in f64 (or
/// rounded step by step under logit_rounding).
double logit(const Problem &p, int64_t b, int64_t h, int64_t hk, int64_t i,
             int64_t j) {
  bool hidden = j >= p.visibleKeys(i) ||
                (p.hasMask && p.maskIsBool && load(p.mask, b, h, i, j) == 0.0);
  if (hidden)
    return static_cast<double>(p.maskFill);
  double dot = 0.0;
  for (int64_t d = 0; d < p.D; ++d)
    dot += load(p.q, b, h, i, d) * load(p.k, b, hk, j, d);
  const bool additive = p.hasMask && !p.maskIsBool;
  if (p.logitRounding != ATTNRT_LOGIT_ROUNDING_NONE)
    return roundedLogit(p.logitRounding, dot, p.scale, additive,
                        additive ? load(p.mask, b, h, i, j) : 0.0);
  double s = static_cast<double>(p.scale) * dot;
  if (additive)
    s += load(p.mask, b, h, i, j);
  return s;
}

/// Query row (b, h, i): its output row and lse. `scores` (Sk) and `out`
/// (Dv) are the caller's scratch.
void runRow(const Problem &p, int64_t b, int64_t h, int64_t i,
            std::vector<double> &scores, std::vector<double> &out) {
  const double negInf = -std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const int64_t hk = p.kvHead(h);
  // Row maximum; NaN propagates (std::fmax would drop it), so a NaN
  // logit (e.g. from a NaN scale, MLIR entry points only) makes the
  // row NaN, as the program's max/exp/sum/div does.
  double rowMax = negInf;
  for (int64_t j = 0; j < p.Sk; ++j) {
    double s = logit(p, b, h, hk, i, j);
    scores[j] = s;
    if (std::isnan(s) || s > rowMax)
      rowMax = std::isnan(rowMax) ? rowMax : s;
  }
  double lse;
  if (rowMax == negInf) {
    // Empty row: every logit is -inf (Sk >= 1 here).
    double fill = p.emptyRows == ATTNRT_EMPTY_ROWS_NAN ? nan : 0.0;
    for (double &o : out)
      o = fill;
    lse = negInf;
  } else {
    for (double &o : out)
      o = 0.0;
    // exp(-inf - m) == 0; with m == +inf (an infinite logit) the
    // +inf entries become exp(NaN), and the row NaN, like the formula.
    double sum = 0.0;
    for (int64_t j = 0; j < p.Sk; ++j) {
      double e = std::exp(scores[j] - rowMax);
      scores[j] = e;
      sum += e;
    }
    for (int64_t j = 0; j < p.Sk; ++j) {
      if (scores[j] == 0.0)
        continue; // Also skips V rows of masked keys (may hold inf).
      double w = scores[j] / sum;
      for (int64_t d = 0; d < p.Dv; ++d)
        out[d] += w * load(p.v, b, hk, j, d);
    }
    lse = rowMax + std::log(sum);
  }
  for (int64_t d = 0; d < p.Dv; ++d)
    store(p.o, b, h, i, d, out[d]);
  if (p.hasLse)
    store(p.lse, b, h, i, 0, lse);
}

/// Threads for the rows: configuredThreads(), and none beyond one per ~4M
/// multiply-adds. The rows are independent (each writes its own output
/// row), so the result does not depend on the count; the threads only make
/// the oracle usable on the large shapes the GPU tests compare against it.
int64_t rowThreads(const Problem &p, int64_t rows) {
  const double work = double(rows) * double(p.Sk) * double(p.D + p.Dv);
  return std::max<int64_t>(1, std::min<int64_t>(configuredThreads(), int64_t(work / 4.0e6)));
}

attnrt_status run(const Problem &p, std::string * /*error*/) {
  const int64_t rows = p.B * p.Hq * p.Sq;
  constexpr int64_t kRowsPerItem = 16;
  const int64_t items = (rows + kRowsPerItem - 1) / kRowsPerItem;
  std::atomic<int64_t> next{0};
  auto worker = [&] {
    std::vector<double> scores(static_cast<size_t>(p.Sk));
    std::vector<double> out(static_cast<size_t>(p.Dv));
    for (int64_t item = next.fetch_add(1, std::memory_order_relaxed);
         item < items; item = next.fetch_add(1, std::memory_order_relaxed)) {
      const int64_t end = std::min(rows, (item + 1) * kRowsPerItem);
      for (int64_t r = item * kRowsPerItem; r < end; ++r)
        runRow(p, r / (p.Hq * p.Sq), r / p.Sq % p.Hq, r % p.Sq, scores, out);
    }
  };
  const int64_t nThreads = rowThreads(p, rows);
  std::vector<std::thread> threads;
  try {
    threads.reserve(static_cast<size_t>(nThreads - 1));
    for (int64_t t = 1; t < nThreads; ++t)
      threads.emplace_back(worker);
  } catch (const std::system_error &) {
    // Could not start (more) threads: this one still drains the rows.
  } catch (const std::bad_alloc &) {
  }
  worker();
  for (std::thread &t : threads)
    t.join();
  return ATTNRT_SUCCESS;
}

} // namespace

const Backend *getReferenceBackend() {
  static const Backend backend = {"reference", /*priority=*/0, supports, run};
  return &backend;
}

} // namespace attnrt
