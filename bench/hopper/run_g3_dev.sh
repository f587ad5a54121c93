#!/bin/bash
# Lead G3 (2026-12-02, sixth session): the dead map, second build (a warp a
# tile in the map kernel, early exit on live tiles; armed rounds through
# atomics). HopperDeadTiles and the GPU dead-tile tests under the three
# sanitizers (full racecheck log kept), AttnGpuTests; ncu durations of the
# map, pack and attention kernels with and without the map; then R35 and two
# aligned shapes, default against ATTN_HOPPER_SCHED without kSchedDeadMap
# (38 / 39) and without the skip (6 / 7), each its own process, outputs
# checked per row before timing.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-g3}
H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|changed|dead map" /tmp/hd.log | head -16 >> $S
for tool in memcheck racecheck synccheck; do
  for k in 0 1 2; do
    ATTN_COVERAGE_SHARD=$k/3 timeout 150 compute-sanitizer --tool $tool --error-exitcode 99 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/dt-$tool-$k.log 2>&1 &
  done
  F='HopperPath.DeadMaskTiles*:HopperPath.PackedMasks'
  timeout 150 compute-sanitizer --tool $tool --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter="$F" > /tmp/g-$tool.log 2>&1 &
  wait
  el "HopperDeadTiles + GPU dead-tile tests, $tool: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/dt-$tool-*.log /tmp/g-$tool.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED)' /tmp/dt-$tool-*.log /tmp/g-$tool.log | sort | uniq -c | tr '\n' ' ')"
  grep -hE "Invalid|hazard|Failure|Which is" /tmp/dt-$tool-*.log /tmp/g-$tool.log | grep -v " 0 hazards" | head -6 >> $S
done
cat /tmp/dt-racecheck-*.log /tmp/g-racecheck.log | gzip > $OUT/racecheck.log.gz
M=gpu__time_duration.sum
for bits in default 38; do
  if [ $bits = default ]; then unset ATTN_HOPPER_SCHED; else export ATTN_HOPPER_SCHED=$bits; fi
  timeout 60 ncu --clock-control none --metrics $M -k 'regex:build_dead_map|fa_fwd|pack_mask' -c 4 \
    python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes bf16 --shape 6,12,5100,64 > /tmp/ncu-$bits.txt 2>&1
  el "ncu R35 bf16, sched $bits rc=$?"
  grep -E "^  [a-zA-Z_]|gpu__time" /tmp/ncu-$bits.txt | cut -c1-120 >> $S
done
unset ATTN_HOPPER_SCHED
timeout 220 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
ab() {  # LABEL BITS SHAPE...
  local label=$1 bits=$2; shift 2
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  if [ "$bits" = default ]; then unset ATTN_HOPPER_SCHED; else export ATTN_HOPPER_SCHED=$bits; fi
  timeout 60 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 3 --dtypes bf16 $args > /tmp/ab-$label.log 2>&1
  el "$label (ATTN_HOPPER_SCHED=$bits) rc=$?"
  grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/ab-$label.log >> $S
  unset ATTN_HOPPER_SCHED
}
ab r35-map default 6,12,5100,64
ab r35-nomap 38 6,12,5100,64
ab r35-noskip 6 6,12,5100,64
ab short-map default 4,16,4096,128 8,16,2048,64
ab short-nomap 39 4,16,4096,128 8,16,2048,64
ab short-noskip 7 4,16,4096,128 8,16,2048,64
el done
cat $S
