#!/bin/bash
# Lead P3 (2026-12-03, eleventh session): the attention kernel launched
# programmatically after the dead map's pass (P2) and, new, its checkers
# off where the map has no dead or clear tile (the pass's "any bit" word:
# T5's bias), and an f16 mask's key norms inside the cooperative map
# pass's launch (no memset, no launch of their own). Checks (the map tests with the any-bit word, the dead-tile
# and mask tests, sanitizers), then the same-process A/B through
# libattn_hopper.so (hopper / -nopdl / -nomap / -noskip) beside attnrt and
# cuDNN, and ncu times of the f16 T5 call's kernels.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-new}
H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $BIN/AttnDeadMapTests > /tmp/dm.log 2>&1
el "AttnDeadMapTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dm.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|says|rule|word" /tmp/dm.log | head -12 >> $S
timeout 90 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual|Trace" /tmp/hd.log | head -12 >> $S
timeout 90 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMask*:*Mask*:*Bias*' > /tmp/gt.log 2>&1
el "AttnGpuTests masks rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -8 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in memcheck racecheck synccheck; do
  timeout 100 $CS --tool $tool --error-exitcode 9 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMask*' > /tmp/s-$tool.log 2>&1
  el "DeadMask $tool rc=$? $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/s-$tool.log | tail -1)"
done
timeout 60 $CS --tool memcheck --error-exitcode 9 $BIN/AttnDeadMapTests > /tmp/s-dm.log 2>&1
el "AttnDeadMapTests memcheck rc=$? $(grep -hE 'ERROR SUMMARY' /tmp/s-dm.log | tail -1)"
ab() {  # LABEL MASK DTYPES ROUNDS SHAPE...
  local label=$1 mask=$2 dts=$3 rounds=$4; shift 4
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  timeout 200 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --hopper $L/libattn_hopper.so --rounds $rounds --dtypes $dts --mask $mask $args > $OUT/ab-$label.log 2>&1
  el "$label rc=$?"
  grep -E "^B |^\| (attnrt|hopper|cudnn)|WRONG|rror" $OUT/ab-$label.log | grep -v causal >> $S
}
ab bias bias bf16,f16 3 16,16,512,64 128,12,512,64
ab cp causal_pad_add bf16,f16 3 16,16,512,64 4,16,1024,64
ab r35 causal_pad_add f16 2 6,12,5100,64
# The session's base (main c336ca2) in its own process, for the f16 rows.
BASE=$PWD/.devtree-lead/base/lib
for z in $BASE/*.gz; do [ -e "$z" ] && gunzip -f "$z"; done
LD_LIBRARY_PATH=$BASE:$LD_LIBRARY_PATH timeout 120 python3 $H/dead_tiles_ab.py --lib $BASE/libattnrt.so --rounds 3 --dtypes f16 --mask bias --shape 16,16,512,64 > $OUT/ab-base-bias.log 2>&1
el "base bias rc=$?"
grep -E "^B |^\| (attnrt|cudnn) " $OUT/ab-base-bias.log >> $S
LD_LIBRARY_PATH=$BASE:$LD_LIBRARY_PATH timeout 120 python3 $H/dead_tiles_ab.py --lib $BASE/libattnrt.so --rounds 2 --dtypes f16 --mask causal_pad_add --shape 6,12,5100,64 > $OUT/ab-base-r35.log 2>&1
el "base r35 rc=$?"
grep -E "^B |^\| (attnrt|cudnn) " $OUT/ab-base-r35.log >> $S
timeout 60 ncu --clock-control none --metrics gpu__time_duration.sum -k 'regex:fa_fwd|dead_map|norms' -c 6 \
  python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes f16 --mask bias --shape 16,16,512,64 > $OUT/ncu-f16.txt 2>&1
el "ncu f16 b16 rc=$?"
grep -E "^  [a-zA-Z_]|gpu__time" $OUT/ncu-f16.txt | cut -c1-110 >> $S
el done
