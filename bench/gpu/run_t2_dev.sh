#!/bin/bash
# Lead T2 (2026-12-03, fourteenth session): masked D 64 decode on the D 64
# TMA rings alone (the S9 patch; build t2), against main's build (baselib)
# and against its own per-warp ring (RING=0: what main runs for a mask):
# decode tests and sanitizers, the masked D 64 rows in both dtypes, the
# Whisper cross-attention row's split counts, the models sweep and two fresh
# random seeds.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
mkdir -p /tmp/oldbuild && cp -r .devtree-lead/baselib/lib /tmp/oldbuild/
. scripts/lib/carried-build.sh .devtree-lead/t2
for z in /tmp/oldbuild/lib/*.gz; do gunzip -f $z; done
B=bench/gpu; L=build-gpu/lib; BIN=build-gpu/bin
timeout 100 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]|Which is|Expected" /tmp/dl.log | head -12 >> $S
timeout 60 $BIN/AttnKernelCoverageTests --gtest_filter='KernelCoverage.DecodeEveryVariant' > /tmp/kc.log 2>&1
el "DecodeEveryVariant rc=$? $(grep -E '^\[  (PASSED|FAILED) |decode kernels run' /tmp/kc.log | tr '\n' ' ')"
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in racecheck synccheck memcheck; do
timeout 120 $CS --tool $tool --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.SanitizerSubset:DecodeLse.MasksAndEmptyRows:DecodeLse.OperandDtypeMasks' > /tmp/$tool.log 2>&1
el "$tool rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|^\[  (PASSED|FAILED) ' /tmp/$tool.log | tr '\n' ' ')"
done
X="--extra 32,12,12,1024,64,pad_add --extra 32,12,12,512,64,bias --extra 16,71,1,2048,64,pad_add --extra 8,16,16,16384,64,pad_add --extra 64,12,12,256,64,pad_add --extra 1,12,12,4096,64,pad_add --extra 16,32,32,2048,64,pad_bool --extra 4,32,8,8192,64,pad_add --extra 64,16,4,1024,64,bias"
for dt in bf16 f16; do
timeout 150 python3 $B/decode_variants.py --lib $L/libattnrt.so --lib-b /tmp/oldbuild/lib/libattnrt.so $X --dtype $dt --variant base= --variant warp=RING=0 --variant b:main= --no-sdpa --digits 3 --out $OUT/var-$dt.md > /tmp/v.log 2>&1
el "masked D64 decode_variants $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
done
timeout 100 python3 $B/decode_variants.py --lib $L/libattnrt.so --extra 16,20,20,1500,64 --extra 16,20,20,1500,64,pad_add --extra 8,20,20,1500,64 --dtype bf16 --variant base= --variant s1=SPLITS=1 --variant s2=SPLITS=2 --variant s3=SPLITS=3 --variant s4=SPLITS=4 --variant r3=RING=2,WARPS=8,STAGES=3 --digits 3 --out $OUT/whisper.md > /tmp/v.log 2>&1
el "whisper splits rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
timeout 150 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.05' | cut -d'|' -f2-12 >> $S
for seed in 61 67; do
timeout 120 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep random --seed $seed --count 24 --dtypes bf16,f16 --rounds 2 --out $OUT/random$seed.md > /tmp/r.log 2>&1
el "random $seed rc=$? $(tail -1 /tmp/r.log)"
grep -hE "^\| " $OUT/random$seed.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.05' | cut -d'|' -f2-12 >> $S
grep -hE "WRONG|ERROR" $OUT/random$seed.md | head >> $S
done
el done
