#!/bin/bash
# Lead K1 (2026-12-03, eighth session): the dead map pass as one cooperative
# launch (dead_map.cuh): a one-chunk sample of every tile, a grid barrier,
# then the open words' rows read as 4 KiB row segments by the whole grid; no
# memset. Checks: AttnDeadMapTests (the map bit by bit against its rule)
# plain and under memcheck / racecheck / synccheck; the pass alone against
# the previous one (dead_map_time.cu); HopperDeadTiles and the GPU dead-tile
# tests (memcheck); the map's A/B on bias, bias + causal and
# causal + padding masks; the models sweep; every kernel once; AttnGpuTests.
# Outputs checked per row before timing.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-k1}
H=.devtree-lead/benchR/hopper; B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $BIN/AttnDeadMapTests > /tmp/dm.log 2>&1
el "AttnDeadMapTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dm.log | tr '\n' ' ')"
grep -E "Failure|rule gives|mask \[" /tmp/dm.log | head -8 >> $S
for t in memcheck racecheck synccheck; do
  timeout 120 compute-sanitizer --tool $t --error-exitcode 99 $BIN/AttnDeadMapTests > /tmp/dm-$t.log 2>&1
  el "AttnDeadMapTests $t rc=$? $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/dm-$t.log | tail -1)"
done
nvcc -O3 -std=c++17 -gencode=arch=compute_90a,code=sm_90a -I .devtree-lead/include -I .devtree-lead/kernels/hopper \
  -I .devtree-lead/kernels/include $H/dead_map_time.cu -o /tmp/dmt > /tmp/dmt-build.log 2>&1
/tmp/dmt > $OUT/dead-map-time.txt 2>&1
el "dead_map_time rc=$?"
cat $OUT/dead-map-time.txt >> $S
timeout 60 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual" /tmp/hd.log | head -10 >> $S
for k in 0 1 2; do
  ATTN_COVERAGE_SHARD=$k/3 timeout 120 compute-sanitizer --tool memcheck --error-exitcode 99 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/dt-$k.log 2>&1 &
done
timeout 120 compute-sanitizer --tool memcheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMaskTiles*:HopperPath.PackedMasks' > /tmp/g-mc.log 2>&1 &
wait
el "HopperDeadTiles + GPU dead-tile tests, memcheck: $(grep -hE 'ERROR SUMMARY' /tmp/dt-*.log /tmp/g-mc.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED)' /tmp/dt-*.log /tmp/g-mc.log | sort | uniq -c | tr '\n' ' ')"
grep -hE "Invalid|Failure|Which is|access at" /tmp/dt-*.log /tmp/g-mc.log | head -8 >> $S
kt() {  # LABEL MASK SHAPE: ncu durations of one call's kernels
  timeout 40 ncu --clock-control none --metrics gpu__time_duration.sum,dram__bytes_read.sum -k 'regex:build_dead_map|fa_fwd|pack_mask' -c 3 \
    python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes bf16 --mask $2 --shape $3 > /tmp/ncu-$1.txt 2>&1
  el "ncu $1 rc=$?"
  grep -E "^  [a-zA-Z_]|gpu__time|dram__" /tmp/ncu-$1.txt | cut -c1-110 >> $S
}
ab() {  # LABEL BITS MASK SHAPE...
  local label=$1 bits=$2 mask=$3; shift 3
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  if [ "$bits" = default ]; then unset ATTN_HOPPER_SCHED; else export ATTN_HOPPER_SCHED=$bits; fi
  timeout 90 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 3 --dtypes bf16,f16 --mask $mask $args > /tmp/ab-$label.log 2>&1
  el "$label (ATTN_HOPPER_SCHED=$bits) rc=$?"
  grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/ab-$label.log >> $S
  unset ATTN_HOPPER_SCHED
}
ab bias-map default bias 2,16,4096,64 2,16,4096,128
ab bias-nomap 39 bias 2,16,4096,64 2,16,4096,128
ab biascausal-map default bias_causal 2,16,4096,64 2,16,4096,128
ab biascausal-nomap 39 bias_causal 2,16,4096,64 2,16,4096,128
ab r35-map default causal_pad_add 6,12,5100,64
ab r35-nomap 38 causal_pad_add 6,12,5100,64
ab short-map default causal_pad_add 4,16,4096,128 8,16,2048,64
timeout 120 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
timeout 90 $CV > /tmp/cov.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  (PASSED|FAILED)' /tmp/cov.log | tr '\n' ' ')"
timeout 200 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
el done
