#!/bin/bash
# dec's device call (bench/gpu/DECODE_NOTES.md "Rows 28/32: the live-row merge, decided over
# processes"): the multi-process A/B of this build (build-gpu/lib/libattnrt.so) against main's
# (build-gpu/lib/base/libattnrt.so) with decode_variants.py, NPROC processes a dtype, each timing
# both builds twice (ABBA in even processes, BAAB in odd ones); the rule (decode_ab_rule.py)
# picks the build; the models sweep with it; then this build's AttnDecodeLseTests, the decode
# kernels of AttnKernelCoverageTests plain and under compute-sanitizer (5 shards a tool).
# Run from a tree root holding build-gpu/lib/libattnrt.so(.gz), build-gpu/lib/base/libattnrt.so(.gz),
# build-gpu/bin/AttnDecodeLseTests(.gz), build-gpu/bin/AttnKernelCoverageTests(.gz):
# run tool, carry .devtree-dec, command "cd .devtree-dec && LIMIT=<s> bash bench/gpu/run_dec_dev.sh".
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-300}
NPROC=${NPROC:-5}
ROWS=${ROWS:-28,32,29,30,31,33}
MODELS=${MODELS:-28,29,30,31,32,33,34,38,39}
EXTRA=${EXTRA:---extra 2,16,16,54500,64} # row 100 (the lead's D 64 MHA row): outside the rule
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
cap() { local l=$(( $(left) - ${2:-5} )); l=$(( l < $1 ? l : $1 )); echo $(( l < 1 ? 1 : l )); } # never 0 (no limit)
for z in $(find build-gpu/ -name '*.gz'); do gunzip -f "$z"; done
chmod +x build-gpu/bin/* 2>/dev/null
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv,noheader; } >> $S 2>&1
LIB=$PWD/build-gpu/lib/libattnrt.so
LIBB=$PWD/build-gpu/lib/base/libattnrt.so
DL=build-gpu/bin/AttnDecodeLseTests
KC=build-gpu/bin/AttnKernelCoverageTests
if ldd $LIB $LIBB $DL $KC | grep -q "not found"; then el "prebuilt binaries miss libraries"; exit 3; fi
V=/tmp/dec-var; mkdir -p $V
for p in $(seq 0 $((NPROC - 1))); do
  if [ $((p % 2)) = 0 ]; then order="--variant base= --variant b:old= --variant b:old'="
  else order="--variant b:old= --variant base= --variant base'="; fi
  for dt in bf16 f16; do
    (cd bench/gpu && timeout $(cap 40 150) python3 decode_variants.py --lib $LIB --lib-b $LIBB --only $ROWS \
      --dtype $dt --no-sdpa --digits 3 $EXTRA $order) > $V/var-$dt-$p.log 2>&1
    el "variants $dt process $p rc=$?"
  done
done
for f in $V/var-*.log; do echo "## $(basename $f)"; cat $f; done > $OUT/var-all.log
python3 bench/gpu/decode_ab_rule.py $V/var-*.log > $OUT/rule.md 2>&1
cat $OUT/rule.md >> $S
WIN=$LIBB; grep -q "^DECISION KEEP" $OUT/rule.md && WIN=$LIB
el "models sweep with $WIN"
timeout $(cap 150 70) python3 bench/gpu/bench_sdpa.py --lib $WIN --sweep models --only $MODELS --dtypes bf16,f16 \
  --rounds 4 --json $OUT/m.json --out $OUT/m.md > /tmp/dec-models.log 2>&1
el "models rc=$? $(tail -2 /tmp/dec-models.log | tr '\n' ' ')"
grep -E "^\| " $OUT/m.md >> $S 2>/dev/null
timeout $(cap 60 40) $DL > $OUT/tests.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is|relative" $OUT/tests.log | head -10 | tee -a $S
KF='KernelCoverage.TablesAsListed:KernelCoverage.DecodeEveryVariant:KernelCoverage.PortableEveryInstantiation'
timeout $(cap 30 30) $KC --gtest_filter=$KF > $OUT/coverage.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  (PASSED|FAILED) ' $OUT/coverage.log | tr '\n' ' ')"
: > $OUT/sanitizer.txt
pids=()
for tool in memcheck racecheck synccheck; do
  for k in 0 1 2 3 4; do
    ATTN_COVERAGE_SHARD=$k/5 timeout $(cap 60 3) compute-sanitizer --tool $tool --error-exitcode 99 $KC \
      --gtest_filter=KernelCoverage.DecodeEveryVariant > /tmp/dec-san-$tool-$k.log 2>&1 &
    pids+=($!)
  done
done
src=0; for pid in "${pids[@]}"; do wait $pid || src=$?; done
for tool in memcheck racecheck synccheck; do
  el "$tool (decode kernels, 5 shards): $(cat /tmp/dec-san-$tool-*.log | grep -oE '[0-9]+ decode kernels run of [0-9]+' | awk '{n += $1} END {print n + 0}') run; $(grep -hE 'ERROR SUMMARY|RACECHECK SUMMARY' /tmp/dec-san-$tool-*.log | sort | uniq -c | tr '\n' ' ') $(grep -hE '^\[  (PASSED|FAILED) ' /tmp/dec-san-$tool-*.log | sort | uniq -c | tr '\n' ' ')"
  cat /tmp/dec-san-$tool-*.log >> $OUT/sanitizer.txt
done
el "sanitizers last exit $src"
el "done"
cat $S
