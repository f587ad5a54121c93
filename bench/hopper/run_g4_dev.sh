#!/bin/bash
# Lead G4 (2026-12-02, sixth session): the dead map's clear plane (tiles whose
# mask adds nothing come without it: kTileMaskFree) and the mask copy in
# words (pack_mask_rows_vec). HopperDeadTiles (counts against the host rule,
# the map off bitwise the same) and the GPU dead-tile tests under the three
# sanitizers, AttnGpuTests; ncu durations of the pack, map and attention
# kernels (R35 bf16); R35 and two aligned shapes with the map and without
# (ATTN_HOPPER_SCHED 38 / 39), outputs checked per row before timing; every
# kernel once.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-g4}
H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|changed|dead map" /tmp/hd.log | head -20 >> $S
for tool in memcheck racecheck synccheck; do
  for k in 0 1 2; do
    ATTN_COVERAGE_SHARD=$k/3 timeout 120 compute-sanitizer --tool $tool --error-exitcode 99 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/dt-$tool-$k.log 2>&1 &
  done
  F='HopperPath.DeadMaskTiles*:HopperPath.PackedMasks'
  timeout 120 compute-sanitizer --tool $tool --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter="$F" > /tmp/g-$tool.log 2>&1 &
  wait
  el "HopperDeadTiles + GPU dead-tile tests, $tool: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/dt-$tool-*.log /tmp/g-$tool.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED)' /tmp/dt-$tool-*.log /tmp/g-$tool.log | sort | uniq -c | tr '\n' ' ')"
  grep -hE "Invalid|hazard|Failure|Which is|access at" /tmp/dt-$tool-*.log /tmp/g-$tool.log | grep -v " 0 hazards" | head -8 >> $S
done
timeout 210 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
grep -q "^\[  FAILED" /tmp/gtest.log && cp /tmp/gtest.log $OUT/gtest-failed.log
timeout 40 ncu --clock-control none --metrics gpu__time_duration.sum -k 'regex:build_dead_map|fa_fwd|pack_mask' -c 3 \
  python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes bf16 --shape 6,12,5100,64 > /tmp/ncu.txt 2>&1
el "ncu R35 bf16 rc=$?"
grep -E "^  [a-zA-Z_]|gpu__time" /tmp/ncu.txt | cut -c1-120 >> $S
ab() {  # LABEL BITS SHAPE...
  local label=$1 bits=$2; shift 2
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  if [ "$bits" = default ]; then unset ATTN_HOPPER_SCHED; else export ATTN_HOPPER_SCHED=$bits; fi
  timeout 60 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 3 --dtypes bf16,f16 $args > /tmp/ab-$label.log 2>&1
  el "$label (ATTN_HOPPER_SCHED=$bits) rc=$?"
  grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/ab-$label.log >> $S
  unset ATTN_HOPPER_SCHED
}
ab r35-map default 6,12,5100,64
ab r35-nomap 38 6,12,5100,64
ab short-map default 4,16,4096,128 8,16,2048,64
ab short-nomap 39 4,16,4096,128 8,16,2048,64
timeout 100 $CV > /tmp/coverage.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  PASSED  \]|^\[  FAILED  \]' /tmp/coverage.log | tr '\n' ' ')"
grep -E "Failure|FAILED" /tmp/coverage.log | head -12 >> $S
el done
cat $S
