//===- DecodeChainTest.cpp - decode calls that feed each other on one stream ===//
//
// The NVIDIA decode kernel and its combine are launched with programmatic
// stream serialization (kernels/decode/decode_nv.h): each may be scheduled
// while the stream's previous kernel still runs, and must wait for it before
// its first global access. This test chains decode calls on one stream with
// no host synchronization in between: call t reads as its query the output
// of call t - 1 (poisoned with NaN beforehand) and shares one workspace with
// every other call, so a read of the query or a write of the partials before
// the previous call has finished shows up as NaN or a wrong row. Split counts
// alternate between the kernel's pick, 1 (O written by the split kernel)
// and several (O written by the combine). Each call's output is compared with
// an f64 host reference computed from the previous call's output as the
// device left it (relative L2 <= 1e-2, no NaN).
//===----------------------------------------------------------------------===//

#include "DecodeTestSupport.h"

namespace {

using namespace attn_decode_test;

void runChain(attnrt_dtype dt, int B, int Hq, int Hkv, int Sk, int D, uint32_t seed) {
  SCOPED_TRACE(::testing::Message() << "B" << B << " Hq" << Hq << "/" << Hkv << " Sk" << Sk << " D" << D
                                    << " dtype " << dt);
  const int steps = 6;
  const int splitsOf[steps] = {0, 1, 13, 1, 7, 0}; // 0: the kernel's pick
  std::mt19937 rng(seed);
  const int64_t nq = (int64_t)B * Hq * D, nkv = (int64_t)B * Hkv * Sk * D;
  const std::vector<uint16_t> q0 = randomBits(nq, dt, rng), k = randomBits(nkv, dt, rng);
  // V of a spread that gives outputs of a usable size as the next query.
  const std::vector<uint16_t> v = randomBits(nkv, dt, rng, 3.f);

  uint16_t *dk = nullptr, *dv = nullptr, *dqo = nullptr; // dqo: q0, then the output of each step
  ASSERT_EQ(cudaMalloc(&dk, nkv * 2), cudaSuccess);
  ASSERT_EQ(cudaMalloc(&dv, nkv * 2), cudaSuccess);
  ASSERT_EQ(cudaMalloc(&dqo, (steps + 1) * nq * 2), cudaSuccess);
  ASSERT_EQ(cudaMemcpy(dk, k.data(), nkv * 2, cudaMemcpyHostToDevice), cudaSuccess);
  ASSERT_EQ(cudaMemcpy(dv, v.data(), nkv * 2, cudaMemcpyHostToDevice), cudaSuccess);
  ASSERT_EQ(cudaMemset(dqo, 0xff, (steps + 1) * nq * 2), cudaSuccess); // NaN poison
  ASSERT_EQ(cudaMemcpy(dqo, q0.data(), nq * 2, cudaMemcpyHostToDevice), cudaSuccess);

  attnk_problem p = decodeProblem(dt, dt, B, Hq, Hkv, 1, Sk, D);
  p.k = bhsd(dk, Hkv, Sk, D);
  p.v = bhsd(dv, Hkv, Sk, D);
  size_t wsBytes = 1;
  for (int s : splitsOf)
    wsBytes = std::max(wsBytes, attnk_decode_workspace_bytes(&p, splitsFor(p, s)));
  void *ws = nullptr;
  ASSERT_EQ(cudaMalloc(&ws, wsBytes), cudaSuccess);
  cudaStream_t stream = nullptr;
  ASSERT_EQ(cudaStreamCreateWithFlags(&stream, cudaStreamNonBlocking), cudaSuccess);
  for (int t = 0; t < steps; ++t) { // no host synchronization inside the chain
    p.q = bhsd(dqo + t * nq, Hq, 1, D);
    p.o = bhsd(dqo + (t + 1) * nq, Hq, 1, D);
    ASSERT_EQ(attnk_flash_attention_decode(&p, splitsFor(p, splitsOf[t]), ws, wsBytes, stream), 0)
        << "step " << t << ": " << attnk_error_string(cudaGetLastError());
  }
  ASSERT_EQ(cudaStreamSynchronize(stream), cudaSuccess);
  std::vector<uint16_t> qo((steps + 1) * nq);
  ASSERT_EQ(cudaMemcpy(qo.data(), dqo, qo.size() * 2, cudaMemcpyDeviceToHost), cudaSuccess);
  cudaStreamDestroy(stream);
  for (void *ptr : {(void *)dk, (void *)dv, (void *)dqo, ws}) cudaFree(ptr);

  const int group = Hq / Hkv;
  std::vector<double> s(Sk), ref;
  for (int t = 0; t < steps; ++t) {
    const uint16_t *qt = &qo[t * nq], *ot = &qo[(t + 1) * nq];
    double err2 = 0, ref2 = 0;
    int nan = 0;
    for (int b = 0; b < B; ++b)
      for (int h = 0; h < Hq; ++h) {
        const int64_t kv0 = ((int64_t)b * Hkv + h / group) * Sk * D;
        const uint16_t *qr = &qt[((int64_t)b * Hq + h) * D];
        double m = -INFINITY;
        for (int j = 0; j < Sk; ++j) {
          double dot = 0;
          for (int d = 0; d < D; ++d) dot += (double)fromBits(dt, qr[d]) * fromBits(dt, k[kv0 + (int64_t)j * D + d]);
          s[j] = p.scale * dot;
          m = std::max(m, s[j]);
        }
        softmaxRow(s, m, D, [&](int64_t j, int d) { return fromBits(dt, v[kv0 + j * D + d]); },
                   ref);
        for (int d = 0; d < D; ++d) {
          const double r = ref[d], o = fromBits(dt, ot[((int64_t)b * Hq + h) * D + d]);
          if (std::isnan(o)) ++nan;
          err2 += (o - r) * (o - r);
          ref2 += r * r;
        }
      }
    EXPECT_EQ(nan, 0) << "step " << t << " (splits " << splitsOf[t] << "): NaN outputs";
    EXPECT_LE(std::sqrt(err2 / (ref2 > 0 ? ref2 : 1)), 1e-2)
        << "step " << t << " (splits " << splitsOf[t] << "): relative L2 error";
  }
}

TEST(DecodeChain, OutputFeedsTheNextCall) {
  DECODE_GPU_OR_SKIP();
  runChain(ATTNRT_DTYPE_BF16, 2, 8, 2, 3000, 128, 11); // the D 128 kernel (block ring)
  runChain(ATTNRT_DTYPE_F16, 3, 8, 1, 2100, 64, 12);   // the D 64 kernel (per-warp rings)
}

} // namespace
