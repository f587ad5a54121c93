#!/bin/bash
# Lead U2 (fifteenth session, 2026-12-03): head dims of buckets 32 and 96 on
# the decode kernel's 64 and 128 kernels (TMA rings for every D == Dv of a
# bucket). Carry .devtree-lead/u2: this build (bin/, lib/), main's
# libattnrt.so (alt/main) and the same build with bucket 192 on the D 256
# kernels too (alt/d192). Tests whole, sanitizers on PaddedHeadDims, then
# the decode rows of those head dims against main in one process, and
# bucket 192 against this build.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
. scripts/lib/carried-build.sh .devtree-lead/u2
gunzip -f build-gpu/alt/*/libattnrt.so.gz
B=bench/gpu; L=build-gpu/lib; BIN=build-gpu/bin; A=build-gpu/alt
timeout 150 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]|Which is|Expected|Sk[0-9]+ D" /tmp/dl.log | head -16 >> $S
timeout 300 $BIN/AttnGpuTests > /tmp/gt.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -16 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in racecheck memcheck; do
timeout 120 $CS --tool $tool --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.PaddedHeadDims' > /tmp/$tool.log 2>&1
el "$tool rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|^\[  (PASSED|FAILED) ' /tmp/$tool.log | tr '\n' ' ')"
done
X="--extra 1,32,32,4096,96 --extra 16,32,32,4096,96 --extra 4,32,32,16384,96,pad_add --extra 1,32,32,65536,96 --extra 8,32,8,8192,96 --extra 8,32,32,2048,80 --extra 32,32,32,1024,80 --extra 2,32,32,32768,80 --extra 8,32,8,4096,112 --extra 4,32,32,8192,32 --extra 8,16,16,8192,40 --extra 16,12,12,4096,48,pad_add --extra 64,28,4,1024,56"
for dt in bf16 f16; do
timeout 100 python3 $B/decode_variants.py --lib $L/libattnrt.so --lib-b $A/main/libattnrt.so --only 26 $X --dtype $dt --variant base= --variant b:main= --digits 3 --out $OUT/odd-d-$dt.md > /tmp/v.log 2>&1
el "odd-D decode $dt rc=$?"
grep -E "^\| [0-9]|WRONG" /tmp/v.log >> $S
done
Y="--extra 8,16,16,8192,160 --extra 32,16,16,2048,160 --extra 4,16,16,4096,160,pad_add --extra 8,32,8,8192,192 --extra 1,16,16,32768,192 --extra 64,32,8,2048,192 --extra 8,16,16,8192,256"
for dt in bf16 f16; do
timeout 100 python3 $B/decode_variants.py --lib $A/d192/libattnrt.so --lib-b $L/libattnrt.so --only 26 $Y --dtype $dt --variant base= --variant b:d96= --digits 3 --out $OUT/d192-$dt.md > /tmp/v.log 2>&1
el "bucket 192 $dt rc=$?"
grep -E "^\| [0-9]|WRONG" /tmp/v.log >> $S
done
timeout 100 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.03' | cut -d'|' -f2-12 >> $S
el done-u2
