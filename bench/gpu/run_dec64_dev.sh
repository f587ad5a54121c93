#!/bin/bash
# dec's second device call (bench/gpu/DECODE_NOTES.md "D 64 MHA decode on a TMA ring"): this build's
# AttnKernelCoverageTests decode part (the fixed probe: every decode_nv variant, the D 64 TMA ones
# too) plain and under compute-sanitizer memcheck / racecheck / synccheck (5 shards a tool, at once),
# AttnDecodeLseTests, then decode_variants.py on D 64 decode shapes: base against the D 64 TMA ring
# (RING=2 WARPS=8, STAGES=6 and 3, EVICT=1), NPROC processes a dtype, with SDPA's backends.
# Run from a tree root holding build-gpu/lib/libattnrt.so(.gz), build-gpu/bin/AttnDecodeLseTests(.gz),
# build-gpu/bin/AttnKernelCoverageTests(.gz): run tool, carry .devtree-dec,
# command "cd .devtree-dec && LIMIT=<s> bash bench/gpu/run_dec64_dev.sh".
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-150}
NPROC=${NPROC:-3}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
cap() { local l=$(( $(left) - ${2:-5} )); l=$(( l < $1 ? l : $1 )); echo $(( l < 1 ? 1 : l )); } # never 0 (no limit)
for z in $(find build-gpu/ -name '*.gz'); do gunzip -f "$z"; done
chmod +x build-gpu/bin/* 2>/dev/null
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv,noheader; } >> $S 2>&1
LIB=$PWD/build-gpu/lib/libattnrt.so
DL=build-gpu/bin/AttnDecodeLseTests
KC=build-gpu/bin/AttnKernelCoverageTests
if ldd $LIB $DL $KC | grep -q "not found"; then el "prebuilt binaries miss libraries"; exit 3; fi
timeout $(cap 30) $KC --gtest_filter='KernelCoverage.TablesAsListed:KernelCoverage.DecodeEveryVariant' > $OUT/coverage.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  (PASSED|FAILED|SKIPPED) ' $OUT/coverage.log | tr '\n' ' ')"
grep -E "Failure|Which is|variant [0-9]+ dp" $OUT/coverage.log | head -10 | tee -a $S
pids=()
for tool in memcheck racecheck synccheck; do
  for k in 0 1 2 3 4; do
    ATTN_COVERAGE_SHARD=$k/5 timeout $(cap 90 60) compute-sanitizer --tool $tool --error-exitcode 99 $KC \
      --gtest_filter=KernelCoverage.DecodeEveryVariant > /tmp/dec-san-$tool-$k.log 2>&1 &
    pids+=($!)
  done
done
src=0; for pid in "${pids[@]}"; do wait $pid || src=$?; done
: > $OUT/sanitizer.txt
for tool in memcheck racecheck synccheck; do
  el "$tool (decode kernels, 5 shards): $(cat /tmp/dec-san-$tool-*.log | grep -oE '[0-9]+ decode kernels run of [0-9]+' | awk '{n += $1} END {print n + 0}') run; $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/dec-san-$tool-*.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED|SKIPPED) ' /tmp/dec-san-$tool-*.log | sort | uniq -c | tr '\n' ' ')"
  cat /tmp/dec-san-$tool-*.log >> $OUT/sanitizer.txt
done
el "sanitizers last exit $src"
timeout $(cap 40 30) $DL > $OUT/tests.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is|relative" $OUT/tests.log | head -10 | tee -a $S
: > $OUT/var64.log
for p in $(seq 0 $((NPROC - 1))); do
  for dt in bf16 f16; do
    (cd bench/gpu && timeout $(cap 40 3) python3 decode_variants.py --lib $LIB --only 34 --dtype $dt --digits 3 \
      --extra 2,16,16,54500,64 --extra 4,32,32,16384,64 --extra 1,12,12,32768,64 --extra 8,32,8,8192,64 \
      --variant base= --variant t6=RING=2,WARPS=8,STAGES=6 --variant t3=RING=2,WARPS=8,STAGES=3 \
      --variant t6e=RING=2,WARPS=8,STAGES=6,EVICT=1) > /tmp/dec-v.log 2>&1
    el "variants $dt process $p rc=$?"
    { echo "## $dt process $p"; cat /tmp/dec-v.log; } >> $OUT/var64.log
    grep -E "^\| [0-9]" /tmp/dec-v.log >> $S
  done
done
el "done"
cat $S
