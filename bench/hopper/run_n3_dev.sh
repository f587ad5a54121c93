#!/bin/bash
# Lead N3 (2026-12-03, ninth session): the f16 dead map with the key norms
# alone (key_norms.cuh): each consumer warp checks the bound for its own Q
# rows and votes it with its armed rows, where N2's pass also read Q
# (B 16 H 16 S 512 D 64 f16: 0.845x cuDNN, 0.110 ms against bf16's 0.092).
# Checks: AttnDeadMapTests, HopperDeadTiles, the GPU mask tests, memcheck,
# racecheck and synccheck on HopperDeadTiles; then the causal + padding
# masks on N2's libraries (OLD) and these, ncu of one S 512 call in f16 and
# bf16, and the models sweep. Outputs checked per row before timing.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-n3}
OLD=$PWD/.devtree-lead/n2lib
for z in $OLD/*.gz; do [ -e "$z" ] && gunzip -f "$z"; done
H=.devtree-lead/benchR/hopper; B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $BIN/AttnDeadMapTests > /tmp/dm.log 2>&1
el "AttnDeadMapTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dm.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|entry|says" /tmp/dm.log | head -10 >> $S
timeout 90 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|Trace|gentile" /tmp/hd.log | head -20 >> $S
timeout 120 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMask*:*Mask*' > /tmp/gt.log 2>&1
el "AttnGpuTests masks rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -8 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in memcheck racecheck synccheck; do
  timeout 200 $CS --tool $tool --error-exitcode 9 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/san-$tool.log 2>&1
  el "$tool HopperDeadTiles rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/san-$tool.log | tr '\n' ' ')"
done
ab() {  # LABEL LIBDIR MASK SHAPE...
  local label=$1 lib=$2 mask=$3; shift 3
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  LD_LIBRARY_PATH=$lib:$LD_LIBRARY_PATH timeout 150 python3 $H/dead_tiles_ab.py --lib $lib/libattnrt.so --rounds 3 --dtypes bf16,f16 --mask $mask $args > /tmp/ab-$label.log 2>&1
  el "$label rc=$?"
  grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/ab-$label.log >> $S
}
SH="6,12,5100,64 8,16,2048,64 4,16,1024,64 16,16,512,64"
ab old $OLD causal_pad_add $SH
ab new $PWD/$L causal_pad_add $SH
for dt in f16 bf16; do
  timeout 60 ncu --clock-control none --metrics gpu__time_duration.sum,dram__bytes_read.sum -k 'regex:norms|build_dead_map|fa_fwd' -c 3 \
    python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes $dt --mask causal_pad_add --shape 16,16,512,64 > /tmp/ncu.txt 2>&1
  el "ncu S 512 $dt rc=$?"
  grep -E "^  [a-zA-Z_]|gpu__time|dram__" /tmp/ncu.txt | cut -c1-110 >> $S
done
timeout 150 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
el done
