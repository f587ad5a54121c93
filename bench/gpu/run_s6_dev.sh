#!/bin/bash
# Lead S6 (2026-12-03, thirteenth session): real-model masked shapes no sweep
# row had (probe_masked_shapes.py rows 22-29) and a fresh random seed, on
# main 3499f85's binaries (build s5).
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/.."
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-s5}
B=.devtree-lead/benchR/gpu; L=build-gpu/lib
PROBE_ONLY=22,23,24,25,26,27,28,29 timeout 200 python3 $B/probe_masked_shapes.py --lib $L/libattnrt.so --dtypes bf16,f16 --rounds 2 --out $OUT/masked-models.md > /tmp/mm.log 2>&1
el "masked model shapes rc=$? $(tail -1 /tmp/mm.log)"
grep -hE "^\| " $OUT/masked-models.md | cut -d'|' -f2-12 >> $S
timeout 200 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep random --seed 59 --count 24 --dtypes bf16,f16 --rounds 2 --out $OUT/random59.md > /tmp/r.log 2>&1
el "random 59 rc=$? $(tail -1 /tmp/r.log)"
grep -hE "^\| " $OUT/random59.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.05' | cut -d'|' -f2-12 >> $S
grep -hE "WRONG|ERROR" $OUT/random59.md | head >> $S
el done
