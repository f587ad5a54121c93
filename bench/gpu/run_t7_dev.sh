#!/bin/bash
# Lead T7 (2026-12-03, fourteenth session): masked D 256 decode on the D 256
# TMA ring (build t7) against T4's build (t4lib: those problems on
# sm90-wgmma): decode tests and sanitizers, the A/B with SDPA, and the
# masked decode probe.
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
mkdir -p /tmp/oldbuild && cp -r .devtree-lead/t4lib/lib /tmp/oldbuild/
. scripts/lib/carried-build.sh .devtree-lead/t7
for z in /tmp/oldbuild/lib/*.gz; do gunzip -f $z; done
B=bench/gpu; L=build-gpu/lib; BIN=build-gpu/bin
timeout 150 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]|Which is|Expected|B [0-9]+ D" /tmp/dl.log | head -16 >> $S
timeout 60 $BIN/AttnKernelCoverageTests --gtest_filter='KernelCoverage.DecodeEveryVariant' > /tmp/kc.log 2>&1
el "DecodeEveryVariant rc=$? $(grep -E '^\[  (PASSED|FAILED) |decode kernels run' /tmp/kc.log | tr '\n' ' ')"
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in racecheck memcheck synccheck; do
timeout 100 $CS --tool $tool --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.OperandDtypeMasks' > /tmp/$tool.log 2>&1
el "$tool rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|^\[  (PASSED|FAILED) ' /tmp/$tool.log | tr '\n' ' ')"
done
X="--extra 2,16,16,12000,256,pad_add --extra 8,16,16,8192,256,pad_add --extra 48,8,8,4096,256,pad_bool --extra 4,16,8,4096,256,pad_add --extra 32,16,8,1500,256,pad_add --extra 1,16,16,32768,256,pad_add --extra 16,8,4,2048,256,bias --extra 64,16,16,1500,256,pad_add"
for dt in bf16 f16; do
timeout 120 python3 $B/decode_variants.py --lib $L/libattnrt.so --lib-b /tmp/oldbuild/lib/libattnrt.so $X --dtype $dt --variant base= --variant b:t4= --digits 3 --out $OUT/d256-$dt.md > /tmp/v.log 2>&1
el "masked D256 $dt rc=$?"
grep -E "^\| [0-9]" /tmp/v.log >> $S
done
timeout 150 python3 $B/probe_masked_decode.py --lib $L/libattnrt.so --dtypes bf16,f16 --rounds 2 --out $OUT/masked-decode.md > /tmp/md.log 2>&1
el "masked decode probe rc=$? $(tail -1 /tmp/md.log)"
grep -h "D256" $OUT/masked-decode.md | cut -d'|' -f2-12 >> $S
el done
