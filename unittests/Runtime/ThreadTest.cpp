//===- ThreadTest.cpp - concurrent calls are safe and deterministic -------===//
//
// Threads released together make this process's very first attnrt calls
// (racing the registry's lazy initialization), each on its own problem,
// with successful and failing calls interleaved. Results must be bitwise
// equal to the same calls made serially afterwards, and each thread must
// see its own attnrt_last_error(). Runs under TSan in
// scripts/test-runtime-sanitizers.sh. Keep this the only test in its binary:
// an earlier attnrt call would initialize the registry before the race.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>

using namespace attnrt_test;

namespace {

constexpr int kThreads = 6;

struct Job {
  HostTensor q, k, v, mask;
  HostTensor out[2]; // [0]: default selection, [1]: reference.
  attnrt_causal causal;
  float scale;

  Job(int t) {
    std::mt19937 rng(1000 + t);
    // Thread 0 gets a problem large enough for the cpu backend to start its
    // own worker threads; the others are small and differ in shape, dtype,
    // masking and causality.
    int64_t H = t == 0 ? 4 : 2, Sq = t == 0 ? 128 : 17 + 5 * t,
            Sk = t == 0 ? 160 : 29 + 3 * t, D = t == 0 ? 64 : 8 + 8 * (t % 3);
    attnrt_dtype dt = t % 3 == 1   ? ATTNRT_DTYPE_F16
                      : t % 3 == 2 ? ATTNRT_DTYPE_BF16
                                   : ATTNRT_DTYPE_F32;
    q = HostTensor(dt, {1, H, Sq, D});
    k = HostTensor(dt, {1, H / 2, Sk, D});
    v = HostTensor(dt, {1, H / 2, Sk, D});
    for (HostTensor &o : out)
      o = HostTensor(ATTNRT_DTYPE_F32, {1, H, Sq, D});
    mask = HostTensor(ATTNRT_DTYPE_BOOL, {1, 1, Sq, Sk});
    q.fillRandom(rng);
    k.fillRandom(rng);
    v.fillRandom(rng);
    mask.forEach([&](int64_t a, int64_t b, int64_t i, int64_t j) {
      mask.set(a, b, i, j, (rng() % 4) != 0);
    });
    causal = static_cast<attnrt_causal>(t % 3);
    scale = 0.125f * static_cast<float>(t + 1);
  }

  attnrt_problem problem(int which) {
    attnrt_problem p;
    attnrt_problem_init(&p);
    p.q = q.view();
    p.k = k.view();
    p.v = v.view();
    p.o = out[which].view();
    if (causal != ATTNRT_CAUSAL_TOP_LEFT)
      p.mask = mask.view();
    p.causal = causal;
    p.scale = scale;
    return p;
  }

  /// Runs both variants plus one failing call; returns "" or a failure.
  std::string runAll(int t) {
    attnrt_problem p0 = problem(0);
    if (attnrt_run(&p0) != ATTNRT_SUCCESS)
      return std::string("attnrt_run: ") + attnrt_last_error();
    // A failure whose message is specific to this thread.
    attnrt_problem bad = problem(0);
    bad.k.sizes[3] = 1000 + t;
    if (attnrt_run(&bad) != ATTNRT_ERROR_INVALID_ARGUMENT)
      return "bad problem was not rejected";
    std::string msg = attnrt_last_error();
    std::string want = "is " + std::to_string(1000 + t) + ", expected";
    if (msg.find(want) == std::string::npos)
      return "thread " + std::to_string(t) + " saw another's error: " + msg;
    attnrt_problem p1 = problem(1);
    if (attnrt_run_on(&p1, "reference") != ATTNRT_SUCCESS)
      return std::string("reference: ") + attnrt_last_error();
    return "";
  }
};

TEST(Threads, ConcurrentFirstCallsMatchSerialBitwise) {
  unsetenv("ATTNRT_BACKEND");
  std::vector<std::unique_ptr<Job>> jobs;
  for (int t = 0; t < kThreads; ++t)
    jobs.push_back(std::make_unique<Job>(t));

  std::atomic<int> ready{0};
  std::atomic<bool> go{false};
  std::vector<std::string> errors(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      ready.fetch_add(1);
      while (!go.load())
        std::this_thread::yield();
      errors[t] = jobs[t]->runAll(t);
    });
  while (ready.load() != kThreads)
    std::this_thread::yield();
  go.store(true);
  for (std::thread &th : threads)
    th.join();
  for (int t = 0; t < kThreads; ++t)
    EXPECT_EQ(errors[t], "") << "thread " << t;

  // Serially, into fresh outputs: identical bytes.
  for (int t = 0; t < kThreads; ++t) {
    SCOPED_TRACE("thread " + std::to_string(t));
    Job &job = *jobs[t];
    std::vector<unsigned char> concurrent[2] = {job.out[0].bytes,
                                                job.out[1].bytes};
    for (HostTensor &o : job.out)
      std::fill(o.bytes.begin(), o.bytes.end(), 0);
    ASSERT_EQ(job.runAll(t), "");
    EXPECT_EQ(job.out[0].bytes, concurrent[0]);
    EXPECT_EQ(job.out[1].bytes, concurrent[1]);
    // And the run produced something (not all zero bytes).
    EXPECT_NE(std::count(concurrent[0].begin(), concurrent[0].end(), 0),
              static_cast<long>(concurrent[0].size()));
  }
}

} // namespace
