#!/bin/bash
# Helper f16dead, second build (b2, 2026-12-02): the key norms split between the
# checker warps (a half each, two FMA chains a row). Only: HopperDeadTiles, memcheck
# and racecheck on the dead-tile tests (parallel, <= 90 s), then R35 f16 / bf16, R35 f16
# with the skip off, f16 4 x 16 x 4096 D 128 (dead_tiles_ab.py, rows checked first).
# Run from a tree holding .devtree-f16dead/b2/{bin,lib}, benchR/{gpu,hopper}, include.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-f16dead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-f16dead/b2
H=.devtree-f16dead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin
timeout 90 $BIN/AttnKernelCoverageTests --gtest_filter='HopperDeadTiles.*' > /tmp/f16e-hd.log 2>&1 &
timeout 90 compute-sanitizer --tool memcheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMaskTiles*' > /tmp/f16e-mc.log 2>&1 &
timeout 90 compute-sanitizer --tool racecheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMaskTilesSmall:HopperPath.DeadMaskTilesLargeHiddenLogits' > /tmp/f16e-rc.log 2>&1 &
ATTN_COVERAGE_SHARD=0/3 timeout 90 compute-sanitizer --tool racecheck --error-exitcode 99 $BIN/AttnKernelCoverageTests --gtest_filter='HopperDeadTiles.*' > /tmp/f16e-rch.log 2>&1 &
wait
for f in hd mc rc rch; do
  el "$f: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/f16e-$f.log | tr '\n' ' ') $(grep -E '^\[  (PASSED|FAILED) ' /tmp/f16e-$f.log | tr '\n' ' ')"
  grep -E "Failure|Which is|Expected|row b|rows of|Invalid|hazard" /tmp/f16e-$f.log | grep -v "0 hazards" | head -6 >> $S
done
timeout 40 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes f16,bf16 --shape 6,12,5100,64 > /tmp/f16e-dt.log 2>&1
el "R35 rc=$?"; grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/f16e-dt.log >> $S
ATTN_HOPPER_SCHED=6 timeout 25 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes f16 --shape 6,12,5100,64 > /tmp/f16e-dt0.log 2>&1
el "R35 f16 skip off (ATTN_HOPPER_SCHED=6) rc=$?"; grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/f16e-dt0.log >> $S
timeout 25 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes f16 --shape 4,16,4096,128 > /tmp/f16e-dt2.log 2>&1
el "f16 4x16x4096 D128 rc=$?"; grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/f16e-dt2.log >> $S
el done; cat $S
