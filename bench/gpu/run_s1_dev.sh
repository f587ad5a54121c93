#!/bin/bash
# Lead S1 (2026-12-03, thirteenth session): masked decode / verification
# (Sq 1..8 with padding masks, T5's decoder bias) against SDPA, and a fresh
# random seed; main 8a2351a's binaries.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/.."
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-new}
B=.devtree-lead/benchR/gpu; L=build-gpu/lib
timeout 200 python3 $B/probe_masked_decode.py --lib $L/libattnrt.so --dtypes bf16,f16 --rounds 2 --out $OUT/masked-decode.md > /tmp/md.log 2>&1
el "masked decode rc=$? $(tail -1 /tmp/md.log)"
grep -hE "^\| " $OUT/masked-decode.md | cut -d'|' -f2-12 >> $S
timeout 200 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep random --seed 53 --count 24 --dtypes bf16,f16 --rounds 2 --out $OUT/random53.md > /tmp/r.log 2>&1
el "random 53 rc=$? $(tail -1 /tmp/r.log)"
grep -hE "^\| " $OUT/random53.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.05' | cut -d'|' -f2-12 >> $S
grep -hE "WRONG|ERROR|wrong|error" $OUT/random53.md | head >> $S
el done
