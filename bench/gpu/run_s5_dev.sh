#!/bin/bash
# Lead S5 (2026-12-03, thirteenth session): decode_nv's mask rows from
# per-segment addresses, key pairs in one load, the mask alone on interior
# tiles, the two-block short-key ring for masked problems too (build s5),
# against main's (build old): the decode tests (OperandDtypeMasks new),
# memcheck on the masked ones, the same-process A/B and the masked decode
# probe against SDPA.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/.."
mkdir -p /tmp/oldbuild && cp -r .devtree-lead/old/lib /tmp/oldbuild/
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-s5}
for z in /tmp/oldbuild/lib/*.gz; do gunzip -f $z; done
B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin
timeout 150 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]|Which is|Expected" /tmp/dl.log | head -12 >> $S
timeout 120 $BIN/AttnKernelCoverageTests --gtest_filter='KernelCoverage.DecodeEveryVariant' > /tmp/kc.log 2>&1
el "DecodeEveryVariant rc=$? $(grep -E '^\[  (PASSED|FAILED) |decode kernels run' /tmp/kc.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/kc.log | head -8 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
timeout 200 $CS --tool memcheck --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.MasksAndEmptyRows:DecodeLse.SanitizerSubset:DecodeLse.OperandDtypeMasks' > /tmp/mc.log 2>&1
el "memcheck masked decode rc=$? $(grep -E 'ERROR SUMMARY|^\[  (PASSED|FAILED) ' /tmp/mc.log | tr '\n' ' ')"
X="--extra 64,32,8,2048,128,pad_add --extra 8,32,8,4096,128,pad_add --extra 32,28,4,8192,128,pad_add --extra 16,32,8,32768,128,pad_bool --extra 1,32,8,32768,128,pad_add --extra 64,32,8,1024,128,pad_add --extra 32,12,12,1024,64,pad_add --extra 64,32,8,2048,128 --extra 64,32,8,2048,128,pad_bool"
for dt in bf16 f16; do
timeout 150 python3 $B/decode_variants.py --lib $L/libattnrt.so --lib-b /tmp/oldbuild/lib/libattnrt.so $X --dtype $dt --variant base= --variant b:old= --out $OUT/var-$dt.md > /tmp/v.log 2>&1
el "decode_variants $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
done
timeout 200 python3 $B/probe_masked_decode.py --lib $L/libattnrt.so --dtypes bf16,f16 --rounds 2 --out $OUT/masked-decode.md > /tmp/md.log 2>&1
el "masked decode probe rc=$? $(tail -1 /tmp/md.log)"
grep -hE "^\| " $OUT/masked-decode.md | cut -d'|' -f2-12 >> $S
el done
