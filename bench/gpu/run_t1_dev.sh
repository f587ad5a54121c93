#!/bin/bash
# Lead T1 (2026-12-03, fourteenth session): the S8 and S9 patches together
# (decode_nv's TMA rings refill before the tile's wait; masked D 64 decode on
# the D 64 TMA rings), build t1, against main's build (baselib): the decode
# tests, the three sanitizers on the decode tests, and the same-process A/B.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
mkdir -p /tmp/oldbuild && cp -r .devtree-lead/baselib/lib /tmp/oldbuild/
. scripts/lib/carried-build.sh .devtree-lead/t1
for z in /tmp/oldbuild/lib/*.gz; do gunzip -f $z; done
B=bench/gpu; L=build-gpu/lib; BIN=build-gpu/bin
timeout 100 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]|Which is|Expected" /tmp/dl.log | head -12 >> $S
timeout 60 $BIN/AttnKernelCoverageTests --gtest_filter='KernelCoverage.DecodeEveryVariant' > /tmp/kc.log 2>&1
el "DecodeEveryVariant rc=$? $(grep -E '^\[  (PASSED|FAILED) |decode kernels run' /tmp/kc.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/kc.log | head -8 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in racecheck synccheck memcheck; do
timeout 120 $CS --tool $tool --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.SanitizerSubset:DecodeLse.MasksAndEmptyRows:DecodeLse.OperandDtypeMasks' > /tmp/$tool.log 2>&1
el "$tool rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|^\[  (PASSED|FAILED) ' /tmp/$tool.log | tr '\n' ' ')"
done
X="--extra 64,32,8,2048,128,pad_add --extra 64,32,8,1024,128,pad_add --extra 32,28,4,8192,128,pad_add --extra 64,32,8,2048,128,pad_bool --extra 64,32,8,2048,128 --extra 64,32,8,1024,128 --extra 8,32,8,32768,128 --extra 1,32,8,131072,128 --extra 32,12,12,1024,64,pad_add --extra 8,16,16,16384,64,pad_add --extra 32,12,12,1024,64 --extra 8,16,16,16384,64 --extra 64,16,16,3051,256 --extra 4,8,4,32768,256"
for dt in bf16 f16; do
timeout 120 python3 $B/decode_variants.py --lib $L/libattnrt.so --lib-b /tmp/oldbuild/lib/libattnrt.so $X --dtype $dt --variant base= --variant b:main= --digits 3 --out $OUT/var-$dt.md > /tmp/v.log 2>&1
el "decode_variants $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
done
timeout 120 python3 $B/decode_variants.py --lib $L/libattnrt.so --lib-b /tmp/oldbuild/lib/libattnrt.so $X --dtype bf16 --variant b:main= --variant base= --digits 3 --out $OUT/var-bf16-rev.md > /tmp/v.log 2>&1
el "decode_variants bf16 (order reversed) rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
timeout 200 python3 $B/probe_masked_decode.py --lib $L/libattnrt.so --dtypes bf16,f16 --rounds 2 --out $OUT/masked-decode.md > /tmp/md.log 2>&1
el "masked decode probe rc=$? $(tail -1 /tmp/md.log)"
el done
