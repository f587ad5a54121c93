#!/bin/bash
# Lead K2 (2026-12-03, eighth session): K1 found the streaming second phase
# (4 KiB row segments) 2-3x slower than the previous pass on masks with
# structure; this build's second phase reads each open tile whole, one warp
# a tile (the first design measured in K0). Checks: AttnDeadMapTests plain
# and under memcheck; dead_map_time.cu; HopperDeadTiles; every kernel once;
# ncu durations of a bias call; the map's A/B on bias, bias + causal and
# causal + padding masks. Outputs checked per row before timing.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-k2}
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
timeout 90 $CV > /tmp/cov.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  (PASSED|FAILED)' /tmp/cov.log | tr '\n' ' ')"
timeout 40 ncu --clock-control none --metrics gpu__time_duration.sum -k 'regex:build_dead_map|fa_fwd' -c 4 \
  python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes bf16 --mask bias --shape 2,16,4096,64 > /tmp/ncu.txt 2>&1
el "ncu bias rc=$?"
grep -E "^  [a-zA-Z_]|gpu__time" /tmp/ncu.txt | cut -c1-110 >> $S
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
ab short-map default causal_pad_add 4,16,4096,128 8,16,2048,64
el done
