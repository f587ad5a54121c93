#!/bin/bash
# Lead Q4 (2026-12-03, twelfth session): dead_tiles_pay's 32 pairs count for
# masks shared by the query heads only; a per-head bias (T5's at batch 128)
# computes every tile at 1024 keys or fewer. The bias tests, the
# same-process A/B on T5's bias at batch 128 and the models sweep.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/.."
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-new}
H=.devtree-lead/benchR/hopper; B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin
timeout 60 $BIN/AttnGpuTests --gtest_filter='*Bias*:HopperPath.DeadMask*' > /tmp/gt.log 2>&1
el "AttnGpuTests bias+dead rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -8 >> $S
timeout 60 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --hopper $L/libattn_hopper.so --rounds 3 --dtypes bf16,f16 --mask bias --shape 128,12,512,64 > $OUT/ab-bias.log 2>&1
el "bias rc=$?"
grep -E "^B |^\| (attnrt|hopper|cudnn)|WRONG|rror" $OUT/ab-bias.log | grep -v -e causal -e nopdl >> $S
timeout 100 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.05' >> $S
el done
