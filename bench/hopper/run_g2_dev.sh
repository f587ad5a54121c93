#!/bin/bash
# Lead G2 (2026-12-02, sixth session): the dead map (kernels/hopper/dead_map.cuh,
# kSchedDeadMap): the mask-tile kernels leave out the loads of key tiles a mask
# hides from every warpgroup once their rows are armed. Checks first (AttnGpuTests,
# HopperDeadTiles with the map on and off and its three sanitizers, the GPU
# dead-tile tests under the sanitizers, every kernel once), then R35 (6 x 12 x
# 5100 D 64, f16 / bf16: map, no map, no skip) and D 128 4 x 16 x 4096, each
# output checked per row before timing.
# Run from a tree holding .devtree-lead/g2/{bin,lib}, .devtree-lead/benchR/{gpu,hopper},
# .devtree-lead/include, .devtree-lead/kernels/include.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-g2}
H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|changed|dead map" /tmp/hd.log | head -16 >> $S
timeout 200 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
grep -q "^\[  FAILED" /tmp/gtest.log && cp /tmp/gtest.log $OUT/gtest-failed.log
for tool in memcheck racecheck synccheck; do
  for k in 0 1 2; do
    ATTN_COVERAGE_SHARD=$k/3 timeout 150 compute-sanitizer --tool $tool --error-exitcode 99 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/dt-$tool-$k.log 2>&1 &
  done
  wait
  el "HopperDeadTiles $tool: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/dt-$tool-*.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED)' /tmp/dt-$tool-*.log | sort | uniq -c | tr '\n' ' ')"
  grep -hE "Invalid|hazard|Failure|Which is" /tmp/dt-$tool-*.log | grep -v " 0 hazards" | head -6 >> $S
done
F='HopperPath.DeadMaskTiles*:HopperPath.PackedMasks'
for tool in memcheck racecheck synccheck; do
  timeout 150 compute-sanitizer --tool $tool --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter="$F" > /tmp/g-$tool.log 2>&1 &
done
wait
for tool in memcheck racecheck synccheck; do
  el "$tool dead-tile GPU tests: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/g-$tool.log | tr '\n' ' ') $(grep -E '^\[  (PASSED|FAILED) ' /tmp/g-$tool.log | tr '\n' ' ')"
  grep -hE "Invalid|hazard|Failure|Which is" /tmp/g-$tool.log | grep -v " 0 hazards" | head -6 >> $S
done
timeout 120 $CV > /tmp/coverage.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  PASSED  \]|^\[  FAILED  \]' /tmp/coverage.log | tr '\n' ' ')"
grep -E "Failure|FAILED" /tmp/coverage.log | head -12 >> $S
timeout 90 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 3 --dtypes bf16,f16 --shape 6,12,5100,64 > /tmp/dt.log 2>&1
el "R35 rc=$?"; grep -E "^B |^\| |WRONG|rror" /tmp/dt.log >> $S
timeout 90 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 3 --dtypes bf16 --shape 4,16,4096,128 --shape 8,16,2048,64 > /tmp/dt2.log 2>&1
el "D 128 4x16x4096, D 64 8x16x2048 rc=$?"; grep -E "^B |^\| |WRONG|rror" /tmp/dt2.log >> $S
el done
cat $S
