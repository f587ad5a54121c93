#!/bin/bash
# Lead F1 (2026-12-02, fifth session): the merged tree (w-lead: the short
# causal D 64 grid rule, decode's work_units, helper f16dead's norm-bounded
# dead tiles for f16's -65504). Checks first: the dead-tile tests with their
# skip counts and sanitizers, AttnGpuTests, AttnDecodeLseTests, every kernel
# under memcheck / racecheck / synccheck, RandomProblems on fresh seeds; then
# R35 (f16 / bf16, skip on and off), f16 D 128 S 4096 causal + padding, and
# the D 64 causal grid shapes (default against the two grids), each output
# checked per row before timing.
# Run from a tree holding .devtree-lead/f1/{bin,lib}, .devtree-lead/benchR/{gpu,hopper},
# .devtree-lead/include and .devtree-lead/kernels/include (copies of bench/gpu,
# bench/hopper, include/, kernels/include).
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/f1
B=.devtree-lead/benchR/gpu; H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin
CV=$BIN/AttnKernelCoverageTests
timeout 60 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|row b|rows of|dead" /tmp/hd.log | head -16 >> $S
F='HopperPath.DeadMaskTiles*:HopperPath.PackedMasks'
timeout 150 compute-sanitizer --tool memcheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter="$F" > /tmp/mc.log 2>&1 &
timeout 150 compute-sanitizer --tool racecheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMaskTilesSmall:HopperPath.DeadMaskTilesLargeHiddenLogits' > /tmp/rc.log 2>&1 &
timeout 150 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
grep -q "^\[  FAILED" /tmp/gtest.log && cp /tmp/gtest.log $OUT/gtest-failed.log
wait
for f in mc rc; do
  el "$f dead tiles: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/$f.log | tr '\n' ' ') $(grep -E '^\[  (PASSED|FAILED) ' /tmp/$f.log | tr '\n' ' ')"
done
timeout 90 $BIN/AttnDecodeLseTests > /tmp/dec.log 2>&1
el "decode-lse rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dec.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/dec.log | head -10 >> $S
timeout 120 $CV > /tmp/coverage.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  PASSED  \]|^\[  FAILED  \]' /tmp/coverage.log | tr '\n' ' ')"
grep -E "Failure|FAILED" /tmp/coverage.log | head -12 >> $S
for tool in memcheck racecheck synccheck; do
  t0=$(date +%s)
  for k in 0 1 2 3 4; do
    ATTN_COVERAGE_SHARD=$k/5 timeout 200 compute-sanitizer --tool $tool --error-exitcode 99 $CV > /tmp/san-$tool-$k.log 2>&1 &
  done
  wait
  el "coverage $tool $(( $(date +%s) - t0 )) s: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/san-$tool-*.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED)' /tmp/san-$tool-*.log | sort | uniq -c | tr '\n' ' ')"
done
for s in 401 402 403 404 405 406 407 408; do
  ATTN_GPU_TEST_SEED=$s ATTN_GPU_TEST_RANDOM=150 timeout 100 $BIN/AttnGpuTests --gtest_filter=HipBackend.RandomProblems > /tmp/rp-$s.log 2>&1 &
done
wait
el "random problems: $(grep -hE '^\[  (PASSED|FAILED) ' /tmp/rp-*.log | sort | uniq -c | tr '\n' ' ') timeouts: $(grep -L '^\[  ' /tmp/rp-*.log | wc -l)"
grep -h -A12 "Failure" /tmp/rp-*.log | head -40 >> $S
timeout 60 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes f16,bf16 --shape 6,12,5100,64 > /tmp/dt.log 2>&1
el "R35 dead tiles rc=$?"; grep -E "^B |^\| (attnrt|cudnn) |FAIL|rror" /tmp/dt.log >> $S
ATTN_HOPPER_SCHED=6 timeout 30 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes f16 --shape 6,12,5100,64 > /tmp/dt0.log 2>&1
el "R35 f16, skip off (ATTN_HOPPER_SCHED=6) rc=$?"; grep -E "^B |^\| (attnrt|cudnn) |FAIL|rror" /tmp/dt0.log >> $S
timeout 45 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes f16 --shape 4,16,4096,128 > /tmp/dt2.log 2>&1
el "f16 4x16x4096 D 128 rc=$?"; grep -E "^B |^\| (attnrt|cudnn) |FAIL|rror" /tmp/dt2.log >> $S
timeout 200 python3 $H/ab_same_process.py --lib $L/libattnrt.so --hopper $L/libattn_hopper.so --rows "" \
  --shape 2048,16,1024,64,1 --shape 2048,16,512,64,1 --shape 128,16,1024,64,1 --shape 48,16,1024,64,1 --shape 16,16,1024,64,1 \
  --variants d64_bm192_ovl_pp_q2_otma_static,d64_bm192_ovl_pp_q2_otma_dyn --rounds 2 --dtypes bf16 --skip flash,efficient > /tmp/c.log 2>&1
el "D 64 causal grids rc=$?"; grep -E "^shape|^\| (attnrt|d64|cudnn)|FAIL|rror" /tmp/c.log >> $S
el done
cat $S
