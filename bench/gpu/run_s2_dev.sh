#!/bin/bash
# Lead S2 (2026-12-03, thirteenth session): decode_nv's mask values read one
# key tile ahead (build s2) against main's (build new): the decode tests on
# s2, memcheck on the masked decode tests, and the same-process A/B on masked
# decode shapes, with the 4-warp two-block ring forced (w4) beside.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/.."
mkdir -p /tmp/oldbuild && cp -r .devtree-lead/old/lib /tmp/oldbuild/
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-s2}
for z in /tmp/oldbuild/lib/*.gz; do gunzip -f $z; done
B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin
timeout 120 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/dl.log | head -8 >> $S
timeout 120 $BIN/AttnKernelCoverageTests --gtest_filter='KernelCoverage.DecodeEveryVariant' > /tmp/kc.log 2>&1
el "DecodeEveryVariant rc=$? $(grep -E '^\[  (PASSED|FAILED) |decode kernels run' /tmp/kc.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/kc.log | head -8 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
timeout 150 $CS --tool memcheck --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.MasksAndEmptyRows:DecodeLse.SanitizerSubset' > /tmp/mc.log 2>&1
el "memcheck masked decode rc=$? $(grep -E 'ERROR SUMMARY|^\[  (PASSED|FAILED) ' /tmp/mc.log | tr '\n' ' ')"
X="--extra 64,32,8,2048,128,pad_add --extra 8,32,8,4096,128,pad_add --extra 32,28,4,8192,128,pad_add --extra 16,32,8,32768,128,pad_bool --extra 1,32,8,32768,128,pad_add --extra 64,32,8,1024,128,pad_add --extra 32,12,12,1024,64,pad_add --extra 64,32,8,2048,128"
W="RING=2,WARPS=4,STAGES=3"
for dt in bf16 f16; do
timeout 150 python3 $B/decode_variants.py --lib $L/libattnrt.so --lib-b /tmp/oldbuild/lib/libattnrt.so $X --dtype $dt --variant base= --variant b:old= --rows 100+101+102+103+104+105+107:w4=$W --rows 100+101+102+103+104+105+107:b:w4=$W --out $OUT/var-$dt.md > /tmp/v.log 2>&1
el "decode_variants $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
done
el done
