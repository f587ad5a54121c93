#!/bin/bash
# Lead N2 (2026-12-03, ninth session): N1's f16 dead map, plus the norm
# pass gated by the map's "any dead bit" word (N1: T5's f16 bias at B 512
# paid 0.24 ms for norms it never used) and bounded verdicts on the D 64
# checkers from the KV head's norm (N1: f16 S 1024 D 64 0.90x cuDNN).
# Checks: AttnDeadMapTests, HopperDeadTiles, the GPU mask tests, memcheck
# on the first two, racecheck and synccheck on HopperDeadTiles; then the
# causal + padding masks and T5's bias, and the models sweep. Outputs
# checked per row before timing.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-n2}
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
timeout 120 $CS --tool memcheck --error-exitcode 9 $BIN/AttnDeadMapTests > /tmp/mc1.log 2>&1
el "memcheck AttnDeadMapTests rc=$? $(grep -E 'ERROR SUMMARY' /tmp/mc1.log)"
for tool in memcheck racecheck synccheck; do
  timeout 200 $CS --tool $tool --error-exitcode 9 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/san-$tool.log 2>&1
  el "$tool HopperDeadTiles rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/san-$tool.log | tr '\n' ' ')"
done
ab() {  # LABEL MASK SHAPE...
  local label=$1 mask=$2; shift 2
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  timeout 150 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 3 --dtypes bf16,f16 --mask $mask $args > /tmp/ab-$label.log 2>&1
  el "$label rc=$?"
  grep -E "^B |^\| (attnrt|attnrt-nomap|cudnn) |WRONG|rror" /tmp/ab-$label.log >> $S
}
ab r35 causal_pad_add 6,12,5100,64
ab pad causal_pad_add 4,16,4096,128 8,16,2048,64 4,16,1024,64 16,16,512,64
ab t5 bias 512,12,512,64
timeout 60 ncu --clock-control none --metrics gpu__time_duration.sum,dram__bytes_read.sum -k 'regex:qk_norms|build_dead_map|fa_fwd|pack_mask' -c 4 \
  python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 1 --dtypes f16 --mask causal_pad_add --shape 6,12,5100,64 > /tmp/ncu.txt 2>&1
el "ncu r35 f16 rc=$?"
grep -E "^  [a-zA-Z_]|gpu__time|dram__" /tmp/ncu.txt | cut -c1-110 >> $S
timeout 150 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
el done
