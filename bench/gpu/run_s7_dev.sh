#!/bin/bash
# Lead S7 (2026-12-03, thirteenth session): one read for both of a lane's mask
# rows where they are the same row ([B,1,1,Sk] at Sq 1) (build s7) against
# S5's build (s5lib): the decode tests, the same-process A/B on the masked
# decode shapes, and the models sweep with its new masked decode rows 42-44.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/.."
mkdir -p /tmp/oldbuild && cp -r .devtree-lead/s5lib/lib /tmp/oldbuild/
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-s7}
for z in /tmp/oldbuild/lib/*.gz; do gunzip -f $z; done
B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin
timeout 150 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]|Which is|Expected" /tmp/dl.log | head -12 >> $S
timeout 120 $BIN/AttnKernelCoverageTests --gtest_filter='KernelCoverage.DecodeEveryVariant' > /tmp/kc.log 2>&1
el "DecodeEveryVariant rc=$? $(grep -E '^\[  (PASSED|FAILED) |decode kernels run' /tmp/kc.log | tr '\n' ' ')"
X="--extra 64,32,8,2048,128,pad_add --extra 32,28,4,8192,128,pad_add --extra 64,32,8,1024,128,pad_add --extra 8,32,8,4096,128,pad_add --extra 64,32,8,2048,128,pad_bool --extra 64,32,8,2048,128"
for dt in bf16 f16; do
timeout 150 python3 $B/decode_variants.py --lib $L/libattnrt.so --lib-b /tmp/oldbuild/lib/libattnrt.so $X --dtype $dt --variant base= --variant b:s5= --no-sdpa --digits 3 --out $OUT/var-$dt.md > /tmp/v.log 2>&1
el "decode_variants $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
done
timeout 150 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.05' | cut -d'|' -f2-12 >> $S
grep -hE "^\| 4[234] " $OUT/models.md | cut -d'|' -f2-12 >> $S
el done
