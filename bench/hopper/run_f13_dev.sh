#!/bin/bash
# Lead F13 (2026-12-02, fourth session): the final tree's check. Suites (kernel
# table, AttnGpuTests, DecodeLse), RandomProblems on eight fresh seeds at once,
# every kernel under memcheck / racecheck / synccheck, tensors over 2^31
# elements, D 64 at one key tile, decode rows, the causal padding-mask rows,
# dead mask tiles (R35 with and without the skip), the models sweep (bf16) and
# tensors over 2^31 elements last, each output checked per row before timing
# (ordered so that a budget cut takes the measurements, not the checks).
# Run from a tree holding .devtree-lead/f13/{bin,lib}, .devtree-lead/old/lib (w-msk 8aeac2a's
# libattnrt), .devtree-lead/benchR/{gpu,hopper} (copies of bench/gpu, bench/hopper) and
# .devtree-lead/include (a copy of include/: the bench scripts check attnrt.h's layout against it).
cd "$(dirname "$0")/../.."
. scripts/lib/carried-build.sh .devtree-lead/f13
B=.devtree-lead/benchR/gpu; H=.devtree-lead/benchR/hopper; L=build-gpu/lib; BIN=build-gpu/bin
# (AttnGpuKernelTableTests needs no device: run on the development machine.)
for s in 301 302 303 304 305 306 307 308; do
  ATTN_GPU_TEST_SEED=$s ATTN_GPU_TEST_RANDOM=150 timeout 100 $BIN/AttnGpuTests --gtest_filter=HipBackend.RandomProblems > /tmp/rp-$s.log 2>&1 &
done
wait
el "random problems: $(grep -hE '^\[  (PASSED|FAILED) ' /tmp/rp-*.log | sort | uniq -c | tr '\n' ' ') timeouts: $(grep -L '^\[  ' /tmp/rp-*.log | wc -l)"
grep -h -A12 "Failure" /tmp/rp-*.log | head -60 >> $S
timeout 200 $BIN/AttnGpuTests > /tmp/gtest.log 2>&1
el "suite rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/gtest.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/gtest.log | head -20 >> $S
grep -q "^\[  FAILED" /tmp/gtest.log && cp /tmp/gtest.log $OUT/gtest-failed.log
timeout 60 compute-sanitizer --tool memcheck --error-exitcode 9 $BIN/AttnDecodeLseTests --gtest_filter='DecodeLse.HeadDim256Rings' > /tmp/mc256.log 2>&1 &
timeout 60 $BIN/AttnDecodeLseTests > /tmp/dec.log 2>&1
wait
el "memcheck HeadDim256Rings: $(grep -E 'ERROR SUMMARY|^\[  (PASSED|FAILED) ' /tmp/mc256.log | tr '\n' ' ')"
el "decode-lse rc=$? $(grep -E '^\[  (PASSED|FAILED) ' /tmp/dec.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is" /tmp/dec.log | head -10 >> $S
CV=$BIN/AttnKernelCoverageTests
timeout 120 $CV > /tmp/coverage.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  PASSED  \]|^\[  FAILED  \]' /tmp/coverage.log | tr '\n' ' ')"
grep -E "Failure|FAILED" /tmp/coverage.log | head -12 >> $S
for tool in memcheck racecheck synccheck; do
  t0=$(date +%s)
  for k in 0 1 2 3 4; do
    ATTN_COVERAGE_SHARD=$k/5 timeout 200 compute-sanitizer --tool $tool --error-exitcode 99 $CV > /tmp/san-$tool-$k.log 2>&1 &
  done
  wait
  el "coverage $tool $(( $(date +%s) - t0 )) s: $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/san-$tool-*.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED)' /tmp/san-$tool-*.log | sort | uniq -c | tr '\n' ' ')"
done
F='HipBackend.PackedQueryGroupsDefaultChoice:HipBackend.EveryRowFullyMasked:HopperPath.PartialKeyTiles:HopperPath.DeadMaskTiles*'
timeout 120 compute-sanitizer --tool memcheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter="$F" > /tmp/mc.log 2>&1 &
timeout 120 compute-sanitizer --tool racecheck --error-exitcode 99 $BIN/AttnGpuTests --gtest_filter='HopperPath.DeadMaskTilesSmall:HopperPath.DeadMaskTilesLargeHiddenLogits' > /tmp/rc.log 2>&1 &
wait
el "memcheck $F: $(grep -E 'ERROR SUMMARY' /tmp/mc.log) $(grep -E '^\[  (PASSED|FAILED) ' /tmp/mc.log | tr '\n' ' ')"
el "racecheck dead tiles: $(grep -E 'RACECHECK SUMMARY' /tmp/rc.log) $(grep -E '^\[  (PASSED|FAILED) ' /tmp/rc.log | tr '\n' ' ')"
# The large-hidden-logit test against the library of the rule it mends
# (w-msk 8aeac2a: f16's -65504 counted as dead): it must fail there, on f16.
gunzip -f .devtree-lead/old/lib/libattnrt.so.gz
LD_LIBRARY_PATH=$PWD/.devtree-lead/old/lib timeout 30 $BIN/AttnGpuTests --gtest_filter=HopperPath.DeadMaskTilesLargeHiddenLogits > /tmp/old.log 2>&1
el "old library (8aeac2a) on DeadMaskTilesLargeHiddenLogits rc=$? (must fail): $(grep -E '^\[  (PASSED|FAILED) ' /tmp/old.log | tr '\n' ' ')"
grep -E "row b|Which is|mask=" /tmp/old.log | head -8 >> $S
timeout 60 python3 $H/ab_same_process.py --lib $L/libattnrt.so --rows "" --shape 2048,16,120,64,0 --shape 2048,16,124,64,0 --shape 2048,16,128,64,0 --rounds 4 --dtypes bf16 --skip flash,efficient > /tmp/ab.log 2>&1
el "D 64 one key tile rc=$?"; grep -E "^shape|^\| (attnrt|cudnn)" /tmp/ab.log >> $S
timeout 150 python3 $B/decode_variants.py --lib $L/libattnrt.so --only 28,38 --extra 64,32,8,131072,128 --extra 64,32,4,518,256 --extra 64,64,8,1510,256 --extra 64,64,8,4096,256 --extra 32,16,8,3000,256 --variant base= > /tmp/dv.log 2>&1
el "decode rows rc=$?"; grep -E "^\| [0-9]|FAIL|rror" /tmp/dv.log >> $S
timeout 60 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes bf16,f16 --shape 6,12,5100,64 > /tmp/dt.log 2>&1
el "dead tiles rc=$?"; grep -E "^B |^\| (attnrt|cudnn) " /tmp/dt.log >> $S
ATTN_HOPPER_SCHED=6 timeout 30 python3 $H/dead_tiles_ab.py --lib $L/libattnrt.so --rounds 2 --dtypes bf16 --shape 6,12,5100,64 > /tmp/dt0.log 2>&1
el "dead tiles, skip off (ATTN_HOPPER_SCHED=6) rc=$?"; grep -E "^B |^\| (attnrt|cudnn) " /tmp/dt0.log >> $S
timeout 170 python3 $B/bench_sdpa.py --lib $L/libattnrt.so --sweep models --dtypes bf16 --rounds 2 --json $OUT/models.json --out $OUT/models.md > /tmp/models.log 2>&1
el "models rc=$? $(tail -1 /tmp/models.log)"
grep -hE "^\| " $OUT/models.md | awk -F'|' '$11+0 > 0 && $11+0 < 1.02' >> $S
# Last: cut first if the device budget runs out.
timeout 150 python3 $H/ab_same_process.py --lib $L/libattnrt.so --rows "" --shape 1024,16,1024,128,0 --shape 2048,16,1024,64,1 --rounds 2 --dtypes bf16 --skip flash,efficient > /tmp/big.log 2>&1
el "prefill 2^31 elements rc=$?"; grep -E "^shape|^\| (attnrt|cudnn)|FAIL|rror" /tmp/big.log | head -12 >> $S
el done
cat $S
