#!/bin/bash
# Lead E3 (2026-12-02, fourth session): fresh random sweeps on w-lead's
# binaries (three Q buffers back at D 64 124..128 keys): seeds 19, 23 (bf16)
# and 29 (f16), 40 rows each against every SDPA backend; the suite's new
# EveryRowFullyMasked and PackedQueryGroupsDefaultChoice.
# Run from a tree holding .devtree-lead/e3/{bin,lib} and .devtree-lead/benchR.
cd "$(dirname "$0")/../.."
. scripts/lib/carried-build.sh .devtree-lead/e3
B=.devtree-lead/benchR; L=build-gpu/lib
timeout 60 build-gpu/bin/AttnGpuTests --gtest_filter='HipBackend.EveryRowFullyMasked:HipBackend.PackedQueryGroupsDefaultChoice' > /tmp/g.log 2>&1
el "tests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/g.log | tr '\n' ' ')"
grep -E "Failure|Which is|row b" /tmp/g.log | head -20 >> $S
for sd in 19:bf16 23:bf16 29:f16; do seed=${sd%%:*}; dt=${sd##*:}
  timeout 110 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep random --seed $seed --count 40 --dtypes $dt --rounds 3 --out $OUT/r$seed.md > /tmp/r$seed.log 2>&1
  el "random seed$seed $dt rc=$? $(tail -1 /tmp/r$seed.log)"
  grep -hE "^\| " $OUT/r$seed.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.05' >> $S
done
el done
cat $S
