//===- kernel_bench.cpp - times the cpu backend's micro-kernels alone -----===//
//
// One thread, one tile shape (kSubQ query rows x kBlockK keys, head dim D),
// each micro-kernel of one ISA table timed in a loop and reported as
// nanoseconds per call and as multiply-adds per nanosecond, to compare with
// the machine's FMA peak (a loop of independent FMAs, also timed here).
// Build (from the repository root):
//   bench/cpu/build_kernel_bench.sh   (writes build/kernel_bench)
// Run: build/kernel_bench [D] [isa ...]   isa in avx512 avx512-bf16 amx avx2
// (times are per kernel call on kSubQ rows; packK/packV per key tile)
//
//===----------------------------------------------------------------------===//

#include "../../lib/Runtime/backends/cpu/CpuKernels.h"

#include <immintrin.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace attnrt::cpu;

namespace {

double nowNs() {
  return std::chrono::duration<double, std::nano>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

template <class F> double timeNs(F &&f, int reps) {
  f();
  double best = 1e300;
  for (int t = 0; t < 25; ++t) {
    double t0 = nowNs();
    for (int i = 0; i < reps; ++i)
      f();
    best = std::min(best, (nowNs() - t0) / reps);
  }
  return best;
}

__attribute__((target("avx512f,fma"))) double peakFmaPerNs() {
  __m512 a[24];
  for (int i = 0; i < 24; ++i)
    a[i] = _mm512_set1_ps(i * 0.001f);
  const __m512 b = _mm512_set1_ps(0.999f), c = _mm512_set1_ps(1e-4f);
  const long n = 100000;
  double best = 0;
  for (int t = 0; t < 50; ++t) {
    double t0 = nowNs();
    for (long k = 0; k < n; ++k) {
      for (int i = 0; i < 24; ++i)
        a[i] = _mm512_fmadd_ps(a[i], b, c);
      __asm__ volatile(""
                       : "+v"(a[0]), "+v"(a[1]), "+v"(a[2]), "+v"(a[3]),
                         "+v"(a[4]), "+v"(a[5]), "+v"(a[6]), "+v"(a[7]),
                         "+v"(a[8]), "+v"(a[9]), "+v"(a[10]), "+v"(a[11]));
      __asm__ volatile(""
                       : "+v"(a[12]), "+v"(a[13]), "+v"(a[14]), "+v"(a[15]),
                         "+v"(a[16]), "+v"(a[17]), "+v"(a[18]), "+v"(a[19]),
                         "+v"(a[20]), "+v"(a[21]), "+v"(a[22]), "+v"(a[23]));
    }
    best = std::max(best, n * 24.0 / (nowNs() - t0));
  }
  return best;
}

void *alignedFloats(int64_t n) {
  void *p = nullptr;
  if (posix_memalign(&p, 64, std::max<int64_t>(n, 16) * 4 + 256))
    std::abort();
  std::memset(p, 0, std::max<int64_t>(n, 16) * 4 + 256);
  return p;
}

void benchTable(const MicroKernels &mk, int64_t D) {
  const int64_t Dv = D, nq = kSubQ, nk = kBlockK;
  std::mt19937 rng(1);
  std::normal_distribution<float> nd;
  std::vector<float> q(kBlockQ * D), k(nk * D), v(nk * Dv);
  for (float &x : q)
    x = nd(rng);
  for (float &x : k)
    x = nd(rng);
  for (float &x : v)
    x = nd(rng);
  float *qp = (float *)alignedFloats(mk.qPackFloats(D));
  float *kp = (float *)alignedFloats(mk.kPackFloats(D));
  float *vp = (float *)alignedFloats(mk.vPackFloats(Dv));
  float *s = (float *)alignedFloats(kSubQ * kBlockK);
  float *acc = (float *)alignedFloats(kBlockQ * Dv);
  const float *qUse = q.data();
  if (mk.packQ) {
    mk.packQ(q.data(), nq, D, qp);
    qUse = qp;
  }
  mk.packK(k.data(), D, nk, D, kp);
  const float *vUse = v.data();
  if (mk.packV) {
    mk.packV(v.data(), Dv, vp);
    vUse = vp;
  }
  const double fmas = double(nq) * nk * D; // Per product.
  const float scale = 1.0f / std::sqrt(float(D));
  std::vector<RowState> st(nq);
  std::vector<float> sSaved(nq * kBlockK);
  mk.scores(qUse, nq, kp, D, nk, s);
  std::memcpy(sSaved.data(), s, sSaved.size() * 4);

  double tPackK = timeNs([&] { mk.packK(k.data(), D, nk, D, kp); }, 40);
  double tScores = timeNs([&] { mk.scores(qUse, nq, kp, D, nk, s); }, 10);
  // rowUpdate on fresh scores each call (the copy is timed separately).
  double tCopy =
      timeNs([&] { std::memcpy(s, sSaved.data(), sSaved.size() * 4); }, 40);
  double tRow =
      timeNs(
          [&] {
            std::memcpy(s, sSaved.data(), sSaved.size() * 4);
            for (int64_t r = 0; r < nq; ++r) {
              st[r] = {0.0f, 1.0f}; // Maximum does not move for most rows.
              mk.rowUpdate(s + r * kBlockK, nk, scale, nullptr, nullptr, &st[r],
                           acc + r * Dv, Dv);
            }
          },
          50) -
      tCopy;
  double tRow64 = timeNs(
                      [&] {
                        std::memcpy(s, sSaved.data(), sSaved.size() * 4);
                        for (int64_t r = 0; r < nq; ++r) {
                          st[r] = {0.0f, 1.0f};
                          mk.rowUpdate(s + r * kBlockK, 64, scale, nullptr,
                                       nullptr, &st[r], acc + r * Dv, Dv);
                        }
                      },
                      10) -
                  tCopy;
  bool failed[kBlockQ];
  double tRows =
      timeNs(
          [&] {
            std::memcpy(s, sSaved.data(), sSaved.size() * 4);
            for (int64_t r = 0; r < nq; ++r)
              st[r] = {0.0f, 1.0f};
            mk.rowsUpdate(s, nq, nk, scale, st.data(), acc, Dv, failed);
          },
          10) -
      tCopy;
  std::printf("  rowsUpdate (all rows at once): %.1f us (%.2f ns/elem)\n",
              tRows / 1e3, tRows / (nq * nk));
  double tRowsSteady =
      timeNs(
          [&] {
            std::memcpy(s, sSaved.data(), sSaved.size() * 4);
            for (int64_t r = 0; r < nq; ++r)
              st[r] = {100.0f, 1.0f}; // Maximum unchanged: no rescaling.
            mk.rowsUpdate(s, nq, nk, scale, st.data(), acc, Dv, failed);
          },
          10) -
      tCopy;
  std::printf("  rowsUpdate, maximum unchanged: %.1f us (%.2f ns/elem)\n",
              tRowsSteady / 1e3, tRowsSteady / (nq * nk));
  std::printf("  rowUpdate over 64 keys a row: %.1f us (%.2f ns/elem)\n",
              tRow64 / 1e3, tRow64 / (nq * 64));
  double tPV =
      timeNs([&] { mk.accumulatePV(s, nq, vUse, Dv, nk, Dv, acc); }, 10);
  double tPackV = 0;
  if (mk.packV)
    tPackV = timeNs([&] { mk.packV(v.data(), Dv, vp); }, 40);
  // The driver's sequence for one tile, back to back.
  double tSeq = timeNs(
      [&] {
        mk.packK(k.data(), D, nk, D, kp);
        if (mk.packV)
          mk.packV(v.data(), Dv, vp);
        mk.scores(qUse, nq, kp, D, nk, s);
        mk.rowsUpdate(s, nq, nk, scale, st.data(), acc, Dv, failed);
        mk.accumulatePV(s, nq, vUse, Dv, nk, Dv, acc);
      },
      10);
  std::printf("  one tile in sequence: %.1f us\n", tSeq / 1e3);
  std::printf("%-12s D=%-4lld packK %7.1f us  scores %7.1f us (%.2f FMA/ns)  "
              "rowUpdate %7.1f us (%.2f ns/elem)  PV %7.1f us (%.2f FMA/ns)  "
              "packV %6.1f us  total %7.1f us\n",
              mk.name, (long long)D, tPackK / 1e3, tScores / 1e3,
              fmas / tScores, tRow / 1e3, tRow / (nq * nk), tPV / 1e3,
              fmas / tPV, tPackV / 1e3,
              (tPackK + tScores + tRow + tPV + tPackV) / 1e3);
  std::free(qp);
  std::free(kp);
  std::free(vp);
  std::free(s);
  std::free(acc);
}

} // namespace

int main(int argc, char **argv) {
  int64_t D = argc > 1 ? std::atoll(argv[1]) : 64;
  std::vector<std::string> isas;
  for (int i = 2; i < argc; ++i)
    isas.push_back(argv[i]);
  if (isas.empty())
    isas = {"avx512", "amx"};
  const double peak = peakFmaPerNs();
  std::printf("peak: %.2f zmm FMA/ns = %.1f f32 FMA/ns (one thread)\n", peak,
              peak * 16);
  for (const std::string &isa : isas) {
    const MicroKernels *mk = isa == "avx512"        ? getAvx512Kernels()
                             : isa == "avx512-bf16" ? getAvx512Bf16Kernels()
                             : isa == "avx2"        ? getAvx2Kernels()
                             : isa == "portable"    ? getPortableKernels()
                             : isa == "amx" && requestAmx() ? getAmxKernels()
                                                            : nullptr;
    if (!mk) {
      std::printf("%s: not available\n", isa.c_str());
      continue;
    }
    benchTable(*mk, D);
  }
}
