#!/bin/bash
# Lead R1 (2026-12-02, fourth session): hunts F12's failed random problem.
# HipBackend.RandomProblems on many seeds at once (the seed, the case and the
# kernel are in each failure's trace): the default dispatch, and every D <= 64
# plain problem forced onto the three-Q-buffer kernel; then the whole GPU
# suite, DecodeLse and the kernel table on the same binaries.
# Run from a tree holding .devtree-lead/r1/{bin,lib}: bash bench/hopper/run_r1_dev.sh
cd "$(dirname "$0")/../.."
. scripts/lib/carried-build.sh .devtree-lead/r1
BIN=build-gpu/bin
export ATTN_GPU_TEST_VERBOSE=1
random() { # tag, cases, seeds...
  local tag=$1 n=$2; shift 2
  for s in "$@"; do
    ATTN_GPU_TEST_SEED=$s ATTN_GPU_TEST_RANDOM=$n timeout 150 stdbuf -oL -eL \
      $BIN/AttnGpuTests --gtest_filter=HipBackend.RandomProblems > /tmp/rp-$tag-$s.log 2>&1 &
  done
}
random default 250 101 102 103 104 105 106 107 108
ATTN_HOPPER_VARIANT=d64_bm128_ovl_pp_q3_static random q3 200 201 202 203
wait
for f in /tmp/rp-*.log; do
  el "$(basename $f): $(grep -c 'relL2' $f) cases, $(grep -c 'Failure' $f) failures; $(grep -E '^\[  (PASSED|FAILED) ' $f | tr '\n' ' ')"
done
cat /tmp/rp-*.log | grep -B2 -A14 "Failure" | head -c 3000000 > $OUT/random-failures.log
grep -h "ATTN_GPU_TEST_SEED=.* case" /tmp/rp-*.log | sort | uniq -c | head -40 >> $S
grep -h "kernel: " /tmp/rp-*.log | sort | uniq -c | head -20 >> $S
timeout 20 $BIN/AttnGpuKernelTableTests > /tmp/kt.log 2>&1; el "kernel table rc=$? $(tail -1 /tmp/kt.log)"
unset ATTN_GPU_TEST_VERBOSE
timeout 200 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "suite rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
grep -q "^\[  FAILED" /tmp/gtest.log && cp /tmp/gtest.log $OUT/gtest-failed.log
timeout 60 $BIN/AttnDecodeLseTests > /tmp/dec.log 2>&1
el "decode-lse rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dec.log | tr '\n' ' ')"
el done
cat $S
