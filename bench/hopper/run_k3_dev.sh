#!/bin/bash
# Lead K3 (2026-12-03, eighth session): K2's pass, and the map only where
# each mask value serves 4 (batch, query head) pairs or more
# (launch.cuh kDeadMapMinReuse). Checks: AttnGpuKernelTableTests,
# HopperDeadTiles, AttnDeadMapTests; the bias, bias + causal and causal +
# padding masks by default and with the map forced off (ATTN_HOPPER_SCHED);
# the models sweep (bf16, f16). Outputs checked per row before timing.
R=$(cd "$(dirname "$0")" && pwd)
case "$R" in */.devtree-lead) cd "$R/.." ;; *) cd "$R/../.." ;; esac
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-k3}
H=.devtree-lead/benchR/hopper; B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin; CV=$BIN/AttnKernelCoverageTests
timeout 60 $BIN/AttnGpuKernelTableTests > /tmp/kt.log 2>&1
el "AttnGpuKernelTableTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/kt.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected" /tmp/kt.log | head -8 >> $S
timeout 60 $BIN/AttnDeadMapTests > /tmp/dm.log 2>&1
el "AttnDeadMapTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dm.log | tr '\n' ' ')"
timeout 60 $CV --gtest_filter='HopperDeadTiles.*' > /tmp/hd.log 2>&1
el "HopperDeadTiles rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/hd.log | tr '\n' ' ')"
grep -E "Failure|Which is|Expected|actual" /tmp/hd.log | head -10 >> $S
ab() {  # LABEL BITS MASK SHAPE...
  local label=$1 bits=$2 mask=$3; shift 3
  local args=""; for sh in "$@"; do args="$args --shape $sh"; done
  if [ "$bits" = default ]; then unset ATTN_HOPPER_SCHED; else export ATTN_HOPPER_SCHED=$bits; fi
  timeout 90 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 3 --dtypes bf16,f16 --mask $mask $args > /tmp/ab-$label.log 2>&1
  el "$label (ATTN_HOPPER_SCHED=$bits) rc=$?"
  grep -E "^B |^\| (attnrt|cudnn) |WRONG|rror" /tmp/ab-$label.log >> $S
  unset ATTN_HOPPER_SCHED
}
ab bias default bias 2,16,4096,64 2,16,4096,128
ab biascausal default bias_causal 2,16,4096,64 2,16,4096,128
ab r35 default causal_pad_add 6,12,5100,64
ab short default causal_pad_add 4,16,4096,128 8,16,2048,64
timeout 120 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
el done
