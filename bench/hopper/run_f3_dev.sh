#!/bin/bash
# Lead F3 (2026-12-02, fifth session): the landing tree with w-f16dead merged
# and its bounded verdicts limited to the D 128 kernels (kBoundedDeadTiles):
# AttnGpuTests alone, then the dead-tile skip counts (HopperDeadTiles) with
# memcheck and racecheck, then R35 (f16, bf16) and f16 D 128 S 4096, each output
# checked per row before timing. Run from a tree holding .devtree-lead/f3/{bin,lib},
# .devtree-lead/benchR/{gpu,hopper}, .devtree-lead/include, .devtree-lead/kernels/include.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/f3
H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 240 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
grep -q "^\[  FAILED" /tmp/gtest.log && cp /tmp/gtest.log $OUT/gtest-failed.log
timeout 90 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1 &
for k in 0 1 2; do
  ATTN_COVERAGE_SHARD=$k/3 timeout 90 compute-sanitizer --tool memcheck --error-exitcode 99 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/mch$k.log 2>&1 &
done
ATTN_COVERAGE_SHARD=2/3 timeout 90 compute-sanitizer --tool racecheck --error-exitcode 99 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/rch.log 2>&1 &
wait
for f in hd mch0 mch1 mch2 rch; do
  el "$f: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/$f.log | tr '\n' ' ') $(grep -E '^\[  (PASSED|FAILED) ' /tmp/$f.log | tr '\n' ' ')"
  grep -E "Failure|Which is|Expected|Invalid|hazard" /tmp/$f.log | grep -v "0 hazards" | head -6 >> $S
done
timeout 40 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes f16,bf16 --shape 6,12,5100,64 > /tmp/dt.log 2>&1
el "R35 rc=$?"; grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/dt.log >> $S
timeout 25 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes f16 --shape 4,16,4096,128 > /tmp/dt2.log 2>&1
el "f16 4x16x4096 D 128 rc=$?"; grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/dt2.log >> $S
el done
cat $S
