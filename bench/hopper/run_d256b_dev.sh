#!/bin/bash
# d256's device call (one-off; bench/RESULTS.md "D 256 causal: the softmax back under
# P V, 16-byte O stores"). Run from a tree root that holds build-gpu/lib/libattnrt.so and
# build-gpu/bin/AttnGpuTests of this branch and base/libattn_hopper.so of main (3803a3c at the last build), all
# built on the dev box with nvcc 13.0 (/work/main/.devtree-d256 is that tree, this file
# as its dev.sh): run tool, carry .devtree-d256, command "cd .devtree-d256 && ./dev.sh".
cd "$(dirname "$0")"
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
T0=$(date +%s)
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*"; }
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,power.limit,temperature.gpu --format=csv; } > $OUT/env.txt 2>&1
if ldd build-gpu/bin/AttnGpuTests build-gpu/lib/libattnrt.so | grep -q "not found"; then
  el "prebuilt binaries miss libraries: building here" 
  ldd build-gpu/bin/AttnGpuTests > $OUT/ldd.txt 2>&1
  exit 3
fi
el "A/B"
timeout 110 python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
  --hopper base/libattn_hopper.so --variants default --rows 16,17 --dtypes bf16,f16 --rounds 3 \
  --skip flash > $OUT/ab.txt 2>&1
el "A/B rc $?"
tail -40 $OUT/ab.txt
el "tests + memcheck"
( timeout 150 build-gpu/bin/AttnGpuTests \
   --gtest_filter='HopperPath.D256OutputStores:HopperPath.SanitizerSubset:HopperPath.CausalTileRanges:HopperPath.ValueHeadDims:HopperPath.HeadDims' \
   > $OUT/gtest.txt 2>&1; echo "gtest rc $?" >> $OUT/gtest.txt ) &
GT=$!
timeout 150 compute-sanitizer --tool memcheck --error-exitcode 9 build-gpu/bin/AttnGpuTests \
  --gtest_filter='HopperPath.SanitizerSubset' > $OUT/memcheck.txt 2>&1
el "memcheck rc $?"
wait $GT
el "gtest done"
grep -E "^\[  (PASSED|FAILED|  OK) |^\[==========\]|gtest rc|Failure" $OUT/gtest.txt | tail -20
grep -E "ERROR SUMMARY|PASSED|FAILED" $OUT/memcheck.txt | tail -4
el "A/B, loop change alone (ATTN_HOPPER_SCHED=3: attnrt without kSchedWideO)"
ATTN_HOPPER_SCHED=3 timeout 90 python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
  --hopper base/libattn_hopper.so --variants default --rows 16,17 --dtypes bf16,f16 --rounds 2 \
  --skip flash > $OUT/ab_sched3.txt 2>&1
el "A/B sched3 rc $?"
tail -30 $OUT/ab_sched3.txt
