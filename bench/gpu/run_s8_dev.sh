#!/bin/bash
# Lead S8 (2026-12-03, thirteenth session): decode_nv's TMA rings refill the
# freed buffer before waiting for the current tile, and read its mask
# values while it lands (build s8), against S5's build (s5lib): the decode
# tests, memcheck / racecheck / synccheck on the small ones, and the
# same-process A/B on masked and unmasked decode shapes.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/.."
mkdir -p /tmp/oldbuild && cp -r .devtree-lead/s5lib/lib /tmp/oldbuild/
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-s8}
for z in /tmp/oldbuild/lib/*.gz; do gunzip -f $z; done
B=.devtree-lead/benchR/gpu; L=build-gpu/lib; BIN=build-gpu/bin
timeout 100 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]|Which is|Expected" /tmp/dl.log | head -12 >> $S
timeout 60 $BIN/AttnKernelCoverageTests --gtest_filter='KernelCoverage.DecodeEveryVariant' > /tmp/kc.log 2>&1
el "DecodeEveryVariant rc=$? $(grep -E '^\[  (PASSED|FAILED) |decode kernels run' /tmp/kc.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/kc.log | head -8 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in racecheck synccheck memcheck; do
timeout 60 $CS --tool $tool --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.SanitizerSubset:DecodeLse.MasksAndEmptyRows' > /tmp/$tool.log 2>&1
el "$tool rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|^\[  (PASSED|FAILED) ' /tmp/$tool.log | tr '\n' ' ')"
done
X="--extra 64,32,8,2048,128,pad_add --extra 64,32,8,1024,128,pad_add --extra 32,28,4,8192,128,pad_add --extra 64,32,8,2048,128 --extra 64,32,8,1024,128 --extra 8,32,8,32768,128 --extra 1,32,8,131072,128 --extra 32,12,12,1024,64,pad_add --extra 64,16,16,3051,256"
for dt in bf16 f16; do
timeout 60 python3 $B/decode_variants.py --lib $L/libattnrt.so --lib-b /tmp/oldbuild/lib/libattnrt.so $X --dtype $dt --variant base= --variant b:s5= --no-sdpa --digits 3 --out $OUT/var-$dt.md > /tmp/v.log 2>&1
el "decode_variants $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
done
el done
