#!/bin/bash
# Lead U3 (fifteenth session, 2026-12-03): U2's head dims with the rules U2
# measured: TMA rings only where K/V rows start at 32-byte steps, bucket 192
# (and D 200-248) on the D 256 kernels for one query head per KV head on
# fewer (batch, head) pairs than half the multiprocessors. Carry
# .devtree-lead/u3: this build (bin/, lib/) and U2's build that takes bucket
# 192 on the D 256 kernels everywhere and every D of a bucket on the TMA
# rings (alt/d192).
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
. scripts/lib/carried-build.sh .devtree-lead/u3
gunzip -f build-gpu/alt/*/libattnrt.so.gz
B=bench/gpu; L=build-gpu/lib; BIN=build-gpu/bin; A=build-gpu/alt
timeout 150 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]|Which is|Expected|Sk[0-9]+ D|^  D " /tmp/dl.log | head -16 >> $S
timeout 300 $BIN/AttnGpuTests > /tmp/gt.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E -A3 "Failure" /tmp/gt.log | grep -vE "^\s*$" | head -24 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in racecheck memcheck synccheck; do
timeout 120 $CS --tool $tool --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.PaddedHeadDims' > /tmp/$tool.log 2>&1
el "$tool rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|^\[  (PASSED|FAILED) ' /tmp/$tool.log | tr '\n' ' ')"
done
X="--extra 1,16,16,8192,192 --extra 1,32,32,8192,192 --extra 1,48,48,8192,160 --extra 1,64,64,8192,160 --extra 1,65,65,8192,192 --extra 1,66,66,8192,192 --extra 2,48,48,8192,160 --extra 4,32,32,4096,192,pad_add --extra 8,16,16,8192,160 --extra 1,16,16,65536,240 --extra 8,16,16,8192,40 --extra 64,28,4,1024,56 --extra 1,32,32,65536,96 --extra 8,32,8,8192,96 --extra 2,32,32,32768,80 --extra 4,32,32,8192,32"
for dt in bf16 f16; do
timeout 120 python3 $B/decode_variants.py --lib $L/libattnrt.so --lib-b $A/d192/libattnrt.so --only 26 $X --dtype $dt --variant base= --variant b:u2= --digits 3 --out $OUT/u3-$dt.md > /tmp/v.log 2>&1
el "head-dim buckets $dt rc=$?"
grep -E "^\| [0-9]|WRONG" /tmp/v.log >> $S
done
timeout 100 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.03' | cut -d'|' -f2-12 >> $S
el done-u3
