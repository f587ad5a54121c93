#!/bin/bash
# Lead V1 (prepared 2026-12-03, fifteenth session; for the next session's
# first call): the GPU tests the fifteenth session changed but could not run
# on the device (U3 carried a stale AttnGpuTests): AttnGpuTests whole
# (HipBackend.DecodeHeadDimBuckets, PackedQueryGroupsDefaultChoice's
# head-dim block, the D 96 logit-rounding decode case), AttnDecodeLseTests
# whole (WideGroups' D 96 / D 40 cases), the sanitizers on them, the models
# sweep. Carry a packed build of main as .devtree-lead/v1
# (scripts/lib/pack-carried-build.sh; AttnGpuTests, AttnDecodeLseTests and
# both libraries).
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-v1}
B=bench/gpu; L=build-gpu/lib; BIN=build-gpu/bin
timeout 150 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E -A3 "Failure" /tmp/dl.log | head -24 >> $S
timeout 300 $BIN/AttnGpuTests > /tmp/gt.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E -A6 "Failure" /tmp/gt.log | head -40 >> $S
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in racecheck memcheck; do
timeout 150 $CS --tool $tool --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.WideGroups:DecodeLse.PaddedHeadDims' > /tmp/$tool.log 2>&1
el "$tool rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|^\[  (PASSED|FAILED) ' /tmp/$tool.log | tr '\n' ' ')"
done
timeout 150 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.03' | cut -d'|' -f2-12 >> $S
el done
