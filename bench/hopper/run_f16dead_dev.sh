#!/bin/bash
# Helper f16dead (2026-12-02): f16's lowest (-65504) dead under the norm bound
# (mainloop.cuh kDeadBound2). Checks first: AttnGpuTests (full), the dead-tile
# tests with their skip counts (AttnKernelCoverageTests HopperDeadTiles.*),
# memcheck and racecheck on those and on HopperPath.DeadMaskTiles*; then R35
# (6 x 12 x 5100, D 64) bf16 and f16 with and without the skip, and f16
# 4 x 16 x 4096 at D 128 (Hugging Face's causal + padding mask, is_causal off).
# Run from a tree holding .devtree-f16dead/b1/{bin,lib}, .devtree-f16dead/benchR/{gpu,hopper}
# and .devtree-f16dead/include (copies of bench/gpu, bench/hopper, include/).
# (The tree root: two levels up from bench/hopper, one from .devtree-f16dead.)
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-f16dead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-f16dead/b1
B=.devtree-f16dead/benchR/gpu; H=.devtree-f16dead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin
timeout 60 $BIN/AttnKernelCoverageTests --gtest_filter='HopperDeadTiles.*' > /tmp/f16d-hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/f16d-hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|row b|rows of" /tmp/f16d-hd.log | head -20 >> $S
F='HopperPath.DeadMaskTiles*:HopperPath.PackedMasks'
timeout 150 compute-sanitizer --tool memcheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter="$F" > /tmp/f16d-mc.log 2>&1 &
timeout 150 compute-sanitizer --tool racecheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMaskTilesSmall:HopperPath.DeadMaskTilesLargeHiddenLogits' > /tmp/f16d-rc.log 2>&1 &
# HopperDeadTiles: each (variant, dtype) a shard, 3 processes a tool.
for k in 0 1 2; do
  ATTN_COVERAGE_SHARD=$k/3 timeout 150 compute-sanitizer --tool memcheck --error-exitcode 99 $BIN/AttnKernelCoverageTests --gtest_filter='HopperDeadTiles.*' > /tmp/f16d-mch$k.log 2>&1 &
  ATTN_COVERAGE_SHARD=$k/3 timeout 150 compute-sanitizer --tool racecheck --error-exitcode 99 $BIN/AttnKernelCoverageTests --gtest_filter='HopperDeadTiles.*' > /tmp/f16d-rch$k.log 2>&1 &
done
timeout 150 $BIN/AttnGpuTests > /tmp/f16d-gtest.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/f16d-gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/f16d-gtest.log | head -20 >> $S
grep -q "^\[  FAILED" /tmp/f16d-gtest.log && cp /tmp/f16d-gtest.log $OUT/gtest-failed.log
wait
for f in mc rc mch0 mch1 mch2 rch0 rch1 rch2; do
  el "$f: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/f16d-$f.log | tr '\n' ' ') $(grep -E '^\[  (PASSED|FAILED) ' /tmp/f16d-$f.log | tr '\n' ' ')"
  grep -E "Failure|Invalid|Race|hazard|Timeout|timed out" /tmp/f16d-$f.log | head -4 >> $S
done
timeout 60 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes bf16,f16 --shape 6,12,5100,64 > /tmp/f16d-dt.log 2>&1
el "R35 dead tiles rc=$?"; grep -E "^B |^\| |FAIL|rror" /tmp/f16d-dt.log >> $S
ATTN_HOPPER_SCHED=6 timeout 30 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes f16 --shape 6,12,5100,64 > /tmp/f16d-dt0.log 2>&1
el "R35 f16, skip off (ATTN_HOPPER_SCHED=6) rc=$?"; grep -E "^B |^\| |FAIL|rror" /tmp/f16d-dt0.log >> $S
timeout 45 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes f16 --shape 4,16,4096,128 > /tmp/f16d-dt2.log 2>&1
el "f16 4x16x4096 D128 rc=$?"; grep -E "^B |^\| |FAIL|rror" /tmp/f16d-dt2.log >> $S
el done; cat $S
