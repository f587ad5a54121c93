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
// and several (O written by the last block of each unit, or the combine).
// With several splits the last block of each (batch, KV head, row block)
// unit merges them, counting arrivals in a counter buffer per stream that
// every call must leave zero: chains on two streams at once (launches
// interleaved, each stream its own counters) and chains of problems with
// different unit counts check that; a chain captured into a CUDA graph (no
// counters: the combine kernel) and replayed checks the fallback. Each call's
// output is compared with an f64 host reference computed from the previous
// call's output as the device left it (relative L2 <= 1e-2, no NaN).
//===----------------------------------------------------------------------===//

#include "DecodeTestSupport.h"

#include <deque>

namespace {

using namespace attn_decode_test;

constexpr int kSteps = 6;
constexpr int kSplitsOf[kSteps] = {0, 1, 13, 1, 7, 0}; // 0: the kernel's pick

// One chain of kSteps calls: its own K/V, query/output buffers and
// workspace, on `stream`.
struct Chain {
  attnrt_dtype dt;
  int B, Hq, Hkv, Sk, D;
  int64_t nq = 0, nkv = 0;
  std::vector<uint16_t> q0, k, v, qo;
  uint16_t *dk = nullptr, *dv = nullptr, *dqo = nullptr;
  void *ws = nullptr;
  size_t wsBytes = 1;
  attnk_problem p;

  Chain(attnrt_dtype dt, int B, int Hq, int Hkv, int Sk, int D, uint32_t seed)
      : dt(dt), B(B), Hq(Hq), Hkv(Hkv), Sk(Sk), D(D) {
    std::mt19937 rng(seed);
    nq = (int64_t)B * Hq * D;
    nkv = (int64_t)B * Hkv * Sk * D;
    q0 = randomBits(nq, dt, rng);
    k = randomBits(nkv, dt, rng);
    // V of a spread that gives outputs of a usable size as the next query.
    v = randomBits(nkv, dt, rng, 3.f);
    p = decodeProblem(dt, dt, B, Hq, Hkv, 1, Sk, D);
  }
  // Uploads; false (with a failure added) where an allocation fails.
  bool setUp() {
    if (cudaMalloc(&dk, nkv * 2) != cudaSuccess || cudaMalloc(&dv, nkv * 2) != cudaSuccess ||
        cudaMalloc(&dqo, (kSteps + 1) * nq * 2) != cudaSuccess) {
      ADD_FAILURE() << "cudaMalloc";
      return false;
    }
    EXPECT_EQ(cudaMemcpy(dk, k.data(), nkv * 2, cudaMemcpyHostToDevice), cudaSuccess);
    EXPECT_EQ(cudaMemcpy(dv, v.data(), nkv * 2, cudaMemcpyHostToDevice), cudaSuccess);
    EXPECT_EQ(cudaMemset(dqo, 0xff, (kSteps + 1) * nq * 2), cudaSuccess); // NaN poison
    EXPECT_EQ(cudaMemcpy(dqo, q0.data(), nq * 2, cudaMemcpyHostToDevice), cudaSuccess);
    p.k = bhsd(dk, Hkv, Sk, D);
    p.v = bhsd(dv, Hkv, Sk, D);
    for (int s : kSplitsOf) wsBytes = std::max(wsBytes, attnk_decode_workspace_bytes(&p, splitsFor(p, s)));
    if (cudaMalloc(&ws, wsBytes) != cudaSuccess) {
      ADD_FAILURE() << "cudaMalloc";
      return false;
    }
    return true;
  }
  // Call t: the output of call t - 1 as the query.
  int launch(int t, cudaStream_t stream) {
    p.q = bhsd(dqo + t * nq, Hq, 1, D);
    p.o = bhsd(dqo + (t + 1) * nq, Hq, 1, D);
    return attnk_flash_attention_decode(&p, splitsFor(p, kSplitsOf[t]), ws, wsBytes, stream);
  }
  void download() {
    qo.resize((kSteps + 1) * nq);
    ASSERT_EQ(cudaMemcpy(qo.data(), dqo, qo.size() * 2, cudaMemcpyDeviceToHost), cudaSuccess);
  }
  Chain(const Chain &) = delete;
  Chain &operator=(const Chain &) = delete;
  ~Chain() {
    for (void *ptr : {(void *)dk, (void *)dv, (void *)dqo, ws})
      if (ptr) cudaFree(ptr);
  }
  // Every step against the f64 reference of its query as the device left it.
  void check() const {
    SCOPED_TRACE(::testing::Message() << "B" << B << " Hq" << Hq << "/" << Hkv << " Sk" << Sk << " D" << D
                                      << " dtype " << dt);
    const int group = Hq / Hkv;
    std::vector<double> s(Sk), ref;
    for (int t = 0; t < kSteps; ++t) {
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
            for (int d = 0; d < D; ++d)
              dot += (double)fromBits(dt, qr[d]) * fromBits(dt, k[kv0 + (int64_t)j * D + d]);
            s[j] = p.scale * dot;
            m = std::max(m, s[j]);
          }
          softmaxRow(s, m, D, [&](int64_t j, int d) { return fromBits(dt, v[kv0 + j * D + d]); }, ref);
          for (int d = 0; d < D; ++d) {
            const double r = ref[d], o = fromBits(dt, ot[((int64_t)b * Hq + h) * D + d]);
            if (std::isnan(o)) ++nan;
            err2 += (o - r) * (o - r);
            ref2 += r * r;
          }
        }
      EXPECT_EQ(nan, 0) << "step " << t << " (splits " << kSplitsOf[t] << "): NaN outputs";
      EXPECT_LE(std::sqrt(err2 / (ref2 > 0 ? ref2 : 1)), 1e-2)
          << "step " << t << " (splits " << kSplitsOf[t] << "): relative L2 error";
    }
  }
};

struct Stream {
  cudaStream_t s = nullptr;
  Stream() { EXPECT_EQ(cudaStreamCreateWithFlags(&s, cudaStreamNonBlocking), cudaSuccess); }
  ~Stream() {
    if (s) cudaStreamDestroy(s);
  }
};

// The chains' steps interleaved (step t of every chain, then step t + 1),
// chain c on streams[c % streams.size()], no host synchronization inside.
void runChains(std::deque<Chain> &chains, const std::vector<cudaStream_t> &streams) {
  for (Chain &c : chains)
    if (!c.setUp()) return;
  for (int t = 0; t < kSteps; ++t)
    for (size_t c = 0; c < chains.size(); ++c)
      ASSERT_EQ(chains[c].launch(t, streams[c % streams.size()]), 0)
          << "chain " << c << " step " << t << ": " << attnk_error_string(cudaGetLastError());
  ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
  for (Chain &c : chains) {
    c.download();
    c.check();
  }
}

void runChain(attnrt_dtype dt, int B, int Hq, int Hkv, int Sk, int D, uint32_t seed) {
  std::deque<Chain> chains;
  chains.emplace_back(dt, B, Hq, Hkv, Sk, D, seed);
  Stream stream;
  runChains(chains, {stream.s});
}

TEST(DecodeChain, OutputFeedsTheNextCall) {
  DECODE_GPU_OR_SKIP();
  runChain(ATTNRT_DTYPE_BF16, 2, 8, 2, 3000, 128, 11); // the D 128 kernel (TMA ring)
  runChain(ATTNRT_DTYPE_F16, 3, 8, 1, 2100, 64, 12);   // the D 64 kernel (per-warp rings)
}

// Two chains of the same shape (the same counter slots) on two streams at
// once, then three chains of different unit counts (2 x 2 and 5 x 4 (batch,
// KV head) units; 1 x 1 with the wide-group kernel's 2 row blocks, merged
// by the combine kernel) interleaved on one stream: every call must find
// its units' counters zero.
TEST(DecodeChain, LastBlockCountersPerStream) {
  DECODE_GPU_OR_SKIP();
  {
    std::deque<Chain> chains;
    chains.emplace_back(ATTNRT_DTYPE_BF16, 2, 8, 2, 3000, 128, 21);
    chains.emplace_back(ATTNRT_DTYPE_BF16, 2, 8, 2, 3000, 128, 22);
    Stream s0, s1;
    runChains(chains, {s0.s, s1.s});
  }
  {
    std::deque<Chain> chains;
    chains.emplace_back(ATTNRT_DTYPE_BF16, 2, 8, 2, 2500, 128, 23);
    chains.emplace_back(ATTNRT_DTYPE_F16, 5, 8, 4, 1100, 64, 24);
    chains.emplace_back(ATTNRT_DTYPE_BF16, 1, 96, 1, 1300, 128, 25); // 96 rows: 2 blocks of 80
    Stream s0;
    runChains(chains, {s0.s});
  }
}

// Blocks of more than 4 key tiles (9000 keys: 71 tiles; 13 and 7 splits
// merged by the combine kernel after the grid, the kernel's pick by the
// unit's last block): two chains of the same shape on two streams at once,
// each call's merge reading the partials its own split kernel wrote.
TEST(DecodeChain, LongBlocksOnTwoStreams) {
  DECODE_GPU_OR_SKIP();
  std::deque<Chain> chains;
  chains.emplace_back(ATTNRT_DTYPE_BF16, 2, 8, 2, 9000, 128, 26);
  chains.emplace_back(ATTNRT_DTYPE_F16, 2, 8, 2, 9000, 128, 27);
  Stream s0, s1;
  runChains(chains, {s0.s, s1.s});
}

// A chain captured into a CUDA graph (the kernel keeps no counters for a
// stream being captured: the combine kernel merges the splits), replayed
// twice; then the same calls on the stream directly.
TEST(DecodeChain, CapturedIntoAGraph) {
  DECODE_GPU_OR_SKIP();
  Chain c(ATTNRT_DTYPE_BF16, 2, 8, 2, 2000, 128, 31);
  ASSERT_TRUE(c.setUp());
  Stream stream;
  ASSERT_EQ(c.launch(0, stream.s), 0); // warm: per-device caches filled outside the capture
  ASSERT_EQ(cudaStreamSynchronize(stream.s), cudaSuccess);
  ASSERT_EQ(cudaStreamBeginCapture(stream.s, cudaStreamCaptureModeThreadLocal), cudaSuccess);
  int rc = 0;
  for (int t = 0; t < kSteps && rc == 0; ++t) rc = c.launch(t, stream.s);
  cudaGraph_t graph = nullptr;
  ASSERT_EQ(cudaStreamEndCapture(stream.s, &graph), cudaSuccess);
  ASSERT_EQ(rc, 0) << attnk_error_string(rc);
  cudaGraphExec_t exec = nullptr;
  ASSERT_EQ(cudaGraphInstantiate(&exec, graph, 0), cudaSuccess);
  for (int rep = 0; rep < 2; ++rep) {
    SCOPED_TRACE(::testing::Message() << "graph replay " << rep);
    ASSERT_EQ(cudaMemset(c.dqo + c.nq, 0xff, kSteps * c.nq * 2), cudaSuccess); // NaN poison
    ASSERT_EQ(cudaGraphLaunch(exec, stream.s), cudaSuccess);
    ASSERT_EQ(cudaStreamSynchronize(stream.s), cudaSuccess);
    c.download();
    c.check();
  }
  cudaGraphExecDestroy(exec);
  cudaGraphDestroy(graph);
  ASSERT_EQ(cudaMemset(c.dqo + c.nq, 0xff, kSteps * c.nq * 2), cudaSuccess);
  for (int t = 0; t < kSteps; ++t) ASSERT_EQ(c.launch(t, stream.s), 0);
  ASSERT_EQ(cudaStreamSynchronize(stream.s), cudaSuccess);
  c.download();
  c.check();
}

// The next call's split blocks may be resident before the previous kernel
// ends (the split kernel triggers after its key loop, the combine after its
// dependency wait) and ask L2 for their first K/V tiles before their own wait
// (decode_nv.cu, DnArgs::prefetch_l2). Here call A's output (1 x 256 heads x
// D 128, NaN-poisoned first) is call B's K and V (256 keys of one KV head:
// both of B's 128-key tiles are prefetched), launched with no host
// synchronization in between: B must read what A wrote. A runs with one split
// (O written by the split kernel's blocks after their trigger) and with 4
// (32 key tiles: 8 a block, merged by the combine kernel).
TEST(DecodeChain, KeysWrittenByThePreviousCall) {
  DECODE_GPU_OR_SKIP();
  const attnrt_dtype dt = ATTNRT_DTYPE_BF16;
  const int D = 128, HqA = 256, HkvA = 8, SkA = 4096, HqB = 8, SkB = HqA;
  std::mt19937 rng(41);
  const int64_t nqA = (int64_t)HqA * D, nkvA = (int64_t)HkvA * SkA * D, nqB = (int64_t)HqB * D;
  const std::vector<uint16_t> qA = randomBits(nqA, dt, rng), kA = randomBits(nkvA, dt, rng),
                              vA = randomBits(nkvA, dt, rng, 3.f), qB = randomBits(nqB, dt, rng);
  uint16_t *dqA = nullptr, *dkA = nullptr, *dvA = nullptr, *doA = nullptr, *dqB = nullptr, *doB = nullptr;
  void *ws = nullptr;
  for (uint16_t **ptr : {&dqA, &doA})
    ASSERT_EQ(cudaMalloc(ptr, nqA * 2), cudaSuccess);
  for (uint16_t **ptr : {&dkA, &dvA})
    ASSERT_EQ(cudaMalloc(ptr, nkvA * 2), cudaSuccess);
  for (uint16_t **ptr : {&dqB, &doB})
    ASSERT_EQ(cudaMalloc(ptr, nqB * 2), cudaSuccess);
  ASSERT_EQ(cudaMemcpy(dqA, qA.data(), nqA * 2, cudaMemcpyHostToDevice), cudaSuccess);
  ASSERT_EQ(cudaMemcpy(dkA, kA.data(), nkvA * 2, cudaMemcpyHostToDevice), cudaSuccess);
  ASSERT_EQ(cudaMemcpy(dvA, vA.data(), nkvA * 2, cudaMemcpyHostToDevice), cudaSuccess);
  ASSERT_EQ(cudaMemcpy(dqB, qB.data(), nqB * 2, cudaMemcpyHostToDevice), cudaSuccess);
  attnk_problem a = decodeProblem(dt, dt, 1, HqA, HkvA, 1, SkA, D);
  a.q = bhsd(dqA, HqA, 1, D);
  a.k = bhsd(dkA, HkvA, SkA, D);
  a.v = bhsd(dvA, HkvA, SkA, D);
  a.o = bhsd(doA, HqA, 1, D);
  attnk_problem b = decodeProblem(dt, dt, 1, HqB, 1, 1, SkB, D);
  b.q = bhsd(dqB, HqB, 1, D);
  b.k = bhsd(doA, 1, SkB, D); // A's output rows as B's keys and values
  b.v = bhsd(doA, 1, SkB, D);
  b.o = bhsd(doB, HqB, 1, D);
  size_t wsBytes = 1;
  for (int s : {1, 4, 2}) wsBytes = std::max(wsBytes, attnk_decode_workspace_bytes(s == 2 ? &b : &a, s));
  ASSERT_EQ(cudaMalloc(&ws, wsBytes), cudaSuccess);
  Stream stream;
  std::vector<uint16_t> oA(nqA), oB(nqB);
  std::vector<double> z(SkB), ref;
  for (int splitsA : {1, 4})
    for (int splitsB : {1, 2}) {
      SCOPED_TRACE(::testing::Message() << "A splits " << splitsA << ", B splits " << splitsB);
      ASSERT_EQ(cudaMemset(doA, 0xff, nqA * 2), cudaSuccess); // NaN poison
      ASSERT_EQ(cudaMemset(doB, 0xff, nqB * 2), cudaSuccess);
      ASSERT_EQ(cudaDeviceSynchronize(), cudaSuccess);
      ASSERT_EQ(attnk_flash_attention_decode(&a, splitsA, ws, wsBytes, stream.s), 0);
      ASSERT_EQ(attnk_flash_attention_decode(&b, splitsB, ws, wsBytes, stream.s), 0);
      ASSERT_EQ(cudaStreamSynchronize(stream.s), cudaSuccess);
      ASSERT_EQ(cudaMemcpy(oA.data(), doA, nqA * 2, cudaMemcpyDeviceToHost), cudaSuccess);
      ASSERT_EQ(cudaMemcpy(oB.data(), doB, nqB * 2, cudaMemcpyDeviceToHost), cudaSuccess);
      int nanA = 0;
      for (uint16_t x : oA) nanA += std::isnan(fromBits(dt, x));
      ASSERT_EQ(nanA, 0) << "A's output";
      double err2 = 0, ref2 = 0;
      int nan = 0;
      for (int h = 0; h < HqB; ++h) {
        double m = -INFINITY;
        for (int j = 0; j < SkB; ++j) {
          double dot = 0;
          for (int d = 0; d < D; ++d) dot += (double)fromBits(dt, qB[h * D + d]) * fromBits(dt, oA[j * D + d]);
          z[j] = b.scale * dot;
          m = std::max(m, z[j]);
        }
        softmaxRow(z, m, D, [&](int64_t j, int d) { return fromBits(dt, oA[j * D + d]); }, ref);
        for (int d = 0; d < D; ++d) {
          const double r = ref[d], o = fromBits(dt, oB[h * D + d]);
          nan += std::isnan(o);
          err2 += (o - r) * (o - r);
          ref2 += r * r;
        }
      }
      EXPECT_EQ(nan, 0) << "B read A's poison";
      EXPECT_LE(std::sqrt(err2 / (ref2 > 0 ? ref2 : 1)), 1e-2) << "B's relative L2 error";
    }
  for (void *ptr : {(void *)dqA, (void *)dkA, (void *)dvA, (void *)doA, (void *)dqB, (void *)doB, ws}) cudaFree(ptr);
}

} // namespace
