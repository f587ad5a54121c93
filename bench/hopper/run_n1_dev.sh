#!/bin/bash
# Lead N1 (2026-12-03, ninth session): f16's lowest (-65504) left unloaded
# by the dead map's producer under the norm bound (qk_norms.cuh), and f16
# [B, 1, S, S] masks copied for the mask-tile kernels at D 64. Checks:
# AttnDeadMapTests (map rule, norm pass), HopperDeadTiles, the GPU dead-tile
# tests (AttnGpuKernelTableTests runs without a GPU: run here), memcheck
# on the first two; then the causal + padding masks on the
# landed build (K3's libraries, OLD) and this one, and the models sweep.
# Outputs checked per row before timing.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-n1}
OLD=$PWD/.devtree-lead/k3lib
for z in $OLD/*.gz; do [ -e "$z" ] && gunzip -f "$z"; done
H=.devtree-lead/benchR/hopper; B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $BIN/AttnDeadMapTests > /tmp/dm.log 2>&1
el "AttnDeadMapTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dm.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|entry" /tmp/dm.log | head -10 >> $S
timeout 90 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|Trace|gentile" /tmp/hd.log | head -16 >> $S
timeout 120 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMask*:*Mask*' > /tmp/gt.log 2>&1
el "AttnGpuTests masks rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -8 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
timeout 120 $CS --tool memcheck --error-exitcode 9 $BIN/AttnDeadMapTests > /tmp/mc1.log 2>&1
el "memcheck AttnDeadMapTests rc=$? $(grep -E 'ERROR SUMMARY' /tmp/mc1.log)"
timeout 200 $CS --tool memcheck --error-exitcode 9 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/mc2.log 2>&1
el "memcheck HopperDeadTiles rc=$? $(grep -E 'ERROR SUMMARY' /tmp/mc2.log)"
ab() {  # LABEL LIBDIR MASK SHAPE...
  local label=$1 lib=$2 mask=$3; shift 3
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  LD_LIBRARY_PATH=$lib:$LD_LIBRARY_PATH timeout 120 python3 $H/dead_tiles_ab.py --lib $lib/libattnrt.so --rounds 3 --dtypes bf16,f16 --mask $mask $args > /tmp/ab-$label.log 2>&1
  el "$label rc=$?"
  grep -E "^B |^\| (attnrt|attnrt-nomap|cudnn) |WRONG|rror" /tmp/ab-$label.log >> $S
}
ab r35-old $OLD causal_pad_add 6,12,5100,64
ab r35-new $PWD/$L causal_pad_add 6,12,5100,64
ab pad-old $OLD causal_pad_add 4,16,4096,128 8,16,2048,64 4,16,1024,64
ab pad-new $PWD/$L causal_pad_add 4,16,4096,128 8,16,2048,64 4,16,1024,64
ab r35-new2 $PWD/$L causal_pad_add 6,12,5100,64
timeout 60 ncu --clock-control none --metrics gpu__time_duration.sum,dram__bytes_read.sum -k 'regex:qk_norms|build_dead_map|fa_fwd|pack_mask' -c 4 \
  python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes f16 --mask causal_pad_add --shape 6,12,5100,64 > /tmp/ncu.txt 2>&1
el "ncu r35 f16 rc=$?"
grep -E "^  [a-zA-Z_]|gpu__time|dram__" /tmp/ncu.txt | cut -c1-110 >> $S
timeout 150 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
el done
