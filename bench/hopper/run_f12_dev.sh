#!/bin/bash
# Lead F12: the final tree of 2026-12-02 (third session): suites, every kernel under the sanitizers, D 64 one key tile, D 256 / short decode, models sweep, random seeds 5 and 13 (bf16).
# Run from a tree holding .devtree-lead/{f12/{bin,lib} (gzipped, stripped builds of preset cuda-sm90),benchR (copies of bench/gpu/*.py, bench/hopper/ab_same_process.py)}: bash .devtree-lead/callF12.sh (this file).
cd "$(dirname "$0")/.."; rm -rf build-gpu; ln -s .devtree-lead/f12 build-gpu
for z in build-gpu/bin/*.gz build-gpu/lib/*.gz; do [ -e "$z" ] && gunzip -f "$z"; done; chmod +x build-gpu/bin/* build-gpu/lib/*
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
S=$OUT/summary.txt; T0=$(date +%s)
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
{ date -u; nvidia-smi --query-gpu=name,driver_version --format=csv,noheader; } >> $S 2>&1
D=.devtree-lead; B=$D/benchR; L=build-gpu/lib
timeout 20 build-gpu/bin/AttnGpuKernelTableTests > /tmp/kt.log 2>&1; el "kernel table rc=$? $(tail -1 /tmp/kt.log)"
grep -E "Failure|Which is" /tmp/kt.log | head -10 >> $S
timeout 200 build-gpu/bin/AttnGpuTests > /tmp/gtest.log 2>&1
el "suite rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
# A failure's whole log comes back (the seed, the case and the kernel are in its trace).
grep -q "^\[  FAILED" /tmp/gtest.log && cp /tmp/gtest.log $OUT/gtest-failed.log
timeout 60 build-gpu/bin/AttnDecodeLseTests > /tmp/dec.log 2>&1
el "decode-lse rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dec.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/dec.log | head -10 >> $S
CV=build-gpu/bin/AttnKernelCoverageTests
timeout 120 $CV > /tmp/coverage.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  PASSED  \]|^\[  FAILED  \]' /tmp/coverage.log | tr '\n' ' ')"
grep -E "Failure|FAILED" /tmp/coverage.log | head -12 >> $S
mkdir -p /tmp/san
for tool in memcheck racecheck synccheck; do
  t0=$(date +%s)
  for k in 0 1 2 3 4; do
    ATTN_COVERAGE_SHARD=$k/5 timeout 200 compute-sanitizer --tool $tool --error-exitcode 99 $CV > /tmp/san/$tool-$k.log 2>&1 &
  done
  wait
  el "coverage $tool $(( $(date +%s) - t0 )) s: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/san/$tool-*.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED)' /tmp/san/$tool-*.log | sort | uniq -c | tr '\n' ' ')"
done
timeout 120 compute-sanitizer --tool memcheck --error-exitcode 99 build-gpu/bin/AttnGpuTests --gtest_filter='HipBackend.PackedQueryGroupsDefaultChoice:HopperPath.PartialKeyTiles' > /tmp/mc.log 2>&1
el "memcheck PackedQueryGroupsDefaultChoice+PartialKeyTiles rc=$? $(grep -E 'ERROR SUMMARY' /tmp/mc.log) $(grep -E '^\[  (PASSED|FAILED) ' /tmp/mc.log | tr '\n' ' ')"
timeout 60 python3 $B/ab_same_process.py --lib $L/libattnrt.so --rows "" --shape 2048,16,104,64,0 --shape 2048,16,112,64,0 --shape 2048,16,120,64,0 --shape 2048,16,127,64,0 --shape 2048,16,128,64,0 --rounds 4 --dtypes bf16 --skip flash,efficient > /tmp/ab.log 2>&1
el "D 64 one key tile rc=$?"; grep -E "^shape|^\| (attnrt|cudnn)" /tmp/ab.log >> $S
timeout 60 python3 $B/decode_variants.py --lib $L/libattnrt.so --only 26,38 --extra 64,32,4,518,256 --extra 64,64,8,1510,256 --extra 8,16,8,3000,256 --extra 128,28,4,1105,64 --extra 64,20,20,1059,128 --extra 128,20,20,677,128 --variant base= > /tmp/dv.log 2>&1
el "decode rows rc=$?"; grep -E "^\| [0-9]" /tmp/dv.log >> $S
timeout 170 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16,f16 --rounds 4 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
for sd in 5:bf16 13:bf16; do seed=${sd%%:*}; dt=${sd##*:}
timeout 110 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep random --seed $seed --count 40 --dtypes $dt --rounds 3 --out $OUT/r$seed.md > /tmp/r$seed.log 2>&1
el "random seed$seed $dt rc=$? $(tail -1 /tmp/r$seed.log)"
grep -hE "^\| " $OUT/r$seed.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
done
el done
cat $S
