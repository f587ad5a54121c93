#!/bin/bash
# Lead T8 (prepared 2026-12-03, fourteenth session; for the next session's
# first call): main's decode tests and GPU tests whole after T7's masked D 256
# decode and HeadDim256's corrected negative twin (not run on the device in
# the session that landed them), the decode kernels under the sanitizers, and
# the models sweep. Carry a packed build of main as .devtree-lead/t8
# (scripts/lib/pack-carried-build.sh; AttnGpuTests, AttnDecodeLseTests,
# AttnKernelCoverageTests and both libraries).
R=$(cd "$(dirname "$0")" && pwd)
cd "$R/../.."
. scripts/lib/carried-build.sh .devtree-lead/${BUILD:-t8}
B=bench/gpu; L=build-gpu/lib; BIN=build-gpu/bin
timeout 150 $BIN/AttnDecodeLseTests > /tmp/dl.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dl.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]|Which is|Expected" /tmp/dl.log | head -16 >> $S
timeout 300 $BIN/AttnGpuTests > /tmp/gt.log 2>&1
el "AttnGpuTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gt.log | tr '\n' ' ')"
grep -E "Failure|FAILED  \]" /tmp/gt.log | head -16 >> $S
timeout 60 $BIN/AttnKernelCoverageTests --gtest_filter='KernelCoverage.DecodeEveryVariant' > /tmp/kc.log 2>&1
el "DecodeEveryVariant rc=$? $(grep -E '^\[  (PASSED|FAILED) |decode kernels run' /tmp/kc.log | tr '\n' ' ')"
CS=$(command -v compute-sanitizer || echo /usr/local/cuda/bin/compute-sanitizer)
for tool in racecheck synccheck memcheck; do
timeout 150 $CS --tool $tool --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.HeadDim256:DecodeLse.OperandDtypeMasks:DecodeLse.ShortKeyRings' > /tmp/$tool.log 2>&1
el "$tool rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|^\[  (PASSED|FAILED) ' /tmp/$tool.log | tr '\n' ' ')"
done
timeout 150 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 2 --out $OUT/models.md > /tmp/models.log 2>&1
el "models bf16,f16 rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.03' | cut -d'|' -f2-12 >> $S
el done
