#!/bin/bash
# Lead N6 (2026-12-03, tenth session): an f16 mask's key norm pass runs
# beside the dead map's direct pass, in its launch (blocks past the map's;
# ungated, where K is at most twice the mask's bytes), where N5 ran it as
# its own launch after the map (B 16 H 16 S 512 D 64 f16: map 9.6 us, norms
# 10.0 us, kernel 73.6 us; 0.949x cuDNN). Checks: AttnDeadMapTests (the
# norms alone and beside the map) and its sanitizers, HopperDeadTiles, the
# whole AttnGpuTests; the A/B against N5's libraries; ncu of the S 512 f16
# call; the models sweep.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-n6}
OLD=$PWD/.devtree-lead/n5lib
for z in $OLD/*.gz; do [ -e "$z" ] && gunzip -f "$z"; done
H=.devtree-lead/benchR/hopper; B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $BIN/AttnDeadMapTests > /tmp/dm.log 2>&1
el "AttnDeadMapTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dm.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|entry|says|rule gives|mask \[" /tmp/dm.log | head -12 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in memcheck racecheck synccheck; do
  timeout 120 $CS --tool $tool --error-exitcode 9 $BIN/AttnDeadMapTests > /tmp/dm-$tool.log 2>&1
  el "AttnDeadMapTests $tool rc=$? $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/dm-$tool.log | tail -1)"
done
timeout 90 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|Trace" /tmp/hd.log | head -12 >> $S
timeout 240 $BIN/AttnGpuTests > /tmp/gt.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -8 >> $S
ab() {  # LABEL LIBDIR MASK SHAPE...
  local label=$1 lib=$2 mask=$3; shift 3
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  LD_LIBRARY_PATH=$lib:$LD_LIBRARY_PATH timeout 150 python3 $H/dead_tiles_ab.py --lib $lib/libattnrt.so --rounds 3 --dtypes bf16,f16 --mask $mask $args > /tmp/ab-$label.log 2>&1
  el "$label rc=$?"
  grep -E "^B |^\| [a-z]|WRONG|rror" /tmp/ab-$label.log | grep -v "^| efficient" >> $S
}
SH="16,16,512,64 4,16,1024,64 8,16,2048,64 2,16,2048,128"
ab old $OLD causal_pad_add $SH
ab new $PWD/$L causal_pad_add $SH
for dt in f16; do
  timeout 60 ncu --clock-control none --metrics gpu__time_duration.sum,dram__bytes_read.sum -k 'regex:norms|build_dead_map|fa_fwd' -c 3 \
    python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes $dt --mask causal_pad_add --shape 16,16,512,64 > /tmp/ncu.txt 2>&1
  el "ncu S 512 $dt rc=$?"
  grep -E "^  [a-zA-Z_]|gpu__time|dram__" /tmp/ncu.txt | cut -c1-110 >> $S
done
timeout 150 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
el done
