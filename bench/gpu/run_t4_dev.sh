#!/bin/bash
# Lead T4 (2026-12-03, fourteenth session): the two-block decode rings by the
# split model's time on each ring (decode_nv_short_key_ring; masked D 64 at
# any length), build t4, against T2's build (t2lib): the decode tests and
# sanitizers, the same-process A/B on T3's rows and the models sweep's decode
# rows, the models sweep and the masked decode probe.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
mkdir -p /tmp/oldbuild && cp -r .devtree-lead/t2lib/lib /tmp/oldbuild/
. scripts/lib/carried-build.sh .devtree-lead/t4
for z in /tmp/oldbuild/lib/*.gz; do gunzip -f $z; done
B=bench/gpu; L=build-gpu/lib; BIN=build-gpu/bin
timeout 150 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]|Which is|Expected|B [0-9]+ D" /tmp/dl.log | head -16 >> $S
timeout 60 $BIN/AttnKernelCoverageTests --gtest_filter='KernelCoverage.DecodeEveryVariant' > /tmp/kc.log 2>&1
el "DecodeEveryVariant rc=$? $(grep -E '^\[  (PASSED|FAILED) |decode kernels run' /tmp/kc.log | tr '\n' ' ')"
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in racecheck memcheck; do
timeout 150 $CS --tool $tool --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.ShortKeyRings:DecodeLse.OperandDtypeMasks' > /tmp/$tool.log 2>&1
el "$tool rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|^\[  (PASSED|FAILED) ' /tmp/$tool.log | tr '\n' ' ')"
done
D64="--extra 16,20,20,1500,64 --extra 24,16,16,1500,64 --extra 48,12,12,2048,64 --extra 16,20,20,1500,64,pad_add --extra 48,12,12,2048,64,pad_add --extra 8,16,16,16384,64,pad_add --extra 2,16,16,54500,64,pad_add --extra 4,32,8,8192,64,pad_add --extra 1,12,12,4096,64,pad_add"
D128="--extra 48,32,8,1536,128 --extra 24,32,8,2048,128 --extra 20,32,8,1800,128 --extra 40,28,4,2048,128,pad_add --extra 40,28,4,2048,128 --extra 30,32,8,2048,128"
for dt in bf16 f16; do
timeout 150 python3 $B/decode_variants.py --lib $L/libattnrt.so --lib-b /tmp/oldbuild/lib/libattnrt.so --only 26,27,28,29,30,31,32,33,34,38,39,42,43,44 $D64 $D128 --dtype $dt --variant base= --variant b:t2= --digits 3 --out $OUT/ab-$dt.md > /tmp/v.log 2>&1
el "A/B $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
done
timeout 150 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.03' | cut -d'|' -f2-12 >> $S
timeout 150 python3 $B/probe_masked_decode.py --lib $L/libattnrt.so --dtypes bf16,f16 --rounds 2 --out $OUT/masked-decode.md > /tmp/md.log 2>&1
el "masked decode probe rc=$? $(tail -1 /tmp/md.log)"
el done
