#!/bin/bash
# dec's device call of 2026-12-02 (bench/gpu/DECODE_NOTES.md "Rows 28/32: the next call's first
# tiles under this call's merge"): AttnDecodeLseTests and the decode kernels of
# AttnKernelCoverageTests first; then the multi-process A/B of this build
# (build-gpu/lib/libattnrt.so: default base, PREF=0 p0, rows 28/32 PREF=1 p1) against main's
# (build-gpu/lib/base/libattnrt.so, b:old) with decode_variants.py, NPROC processes a dtype (orders
# alternating); decode_ab_rule.py picks the build; the models sweep with it; then the decode
# kernels under compute-sanitizer where time is left.
# NEW must be a build of commit b891419 (its ATTN_DECODE_NV_PREF knob; reverted after this call's
# rule, see DECODE_NOTES), MAIN one of its parent 829e2d3; decode_variants.py must list PREF (b891419's).
# Run from a tree root holding include/ (bench_sdpa.py's layout probe compiles against
# include/attnrt/attnrt.h), bench/gpu/, build-gpu/lib/libattnrt.so(.gz),
# build-gpu/lib/base/libattnrt.so(.gz), build-gpu/bin/AttnDecodeLseTests(.gz),
# build-gpu/bin/AttnKernelCoverageTests(.gz): run tool, carry .devtree-dec, command
# "cd .devtree-dec && LIMIT=<s> bash bench/gpu/run_dec_pref_dev.sh" (AB_ONLY=1: no tests, no
# sanitizers). ~10-13 s a process of decode_variants.py, ~15 s the models sweep of rows 28, 32.
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-170}
NPROC=${NPROC:-4}
ROWS=${ROWS:-28,32,29,30,31,33}
MODELS=${MODELS:-28,29,30,31,32,33,34,39}
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
[ -z "$AB_ONLY" ] && timeout $(cap 45 120) $DL > $OUT/tests.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is|relative|KeysWritten" $OUT/tests.log | head -12 | tee -a $S
[ -z "$AB_ONLY" ] && timeout $(cap 20 110) $KC --gtest_filter=KernelCoverage.DecodeEveryVariant > $OUT/coverage.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  (PASSED|FAILED) ' $OUT/coverage.log | tr '\n' ' ')"
V=/tmp/dec-var; rm -rf $V; mkdir -p $V # a warm machine keeps /tmp: no logs of an earlier call
for p in $(seq 0 $((NPROC - 1))); do
  if [ $((p % 2)) = 0 ]; then order="--variant base= --variant p0=PREF=0 --variant b:old= --variant b:old'= --variant p0'=PREF=0"
  else order="--variant b:old= --variant p0=PREF=0 --variant base= --variant base'= --variant p0'=PREF=0"; fi
  for dt in bf16 f16; do
    (cd bench/gpu && timeout $(cap 30 20) python3 decode_variants.py --lib $LIB --lib-b $LIBB --only $ROWS \
      --dtype $dt --digits 3 $order --rows 28+32:p1=PREF=1) > $V/var-$dt-$p.log 2>&1
    el "variants $dt process $p rc=$?"
  done
done
for f in $V/var-*.log; do echo "## $(basename $f)"; cat $f; done > $OUT/var-all.log
python3 bench/gpu/decode_ab_rule.py $V/var-*.log > $OUT/rule.md 2>&1
{ echo; echo "## attribution (outside the rule): base against p0 (PREF=0, same build)"; \
  python3 bench/gpu/decode_ab_rule.py --old p0 $V/var-*.log; } >> $OUT/rule.md 2>&1
cat $OUT/rule.md >> $S
WIN=$LIBB; grep -q "^DECISION KEEP" $OUT/rule.md && WIN=$LIB
el "models sweep with $WIN"
timeout $(cap 40 5) python3 bench/gpu/bench_sdpa.py --lib $WIN --sweep models --only $MODELS --dtypes bf16,f16 \
  --rounds 4 --json $OUT/m.json --out $OUT/m.md > /tmp/dec-models.log 2>&1
el "models rc=$? $(tail -2 /tmp/dec-models.log | tr '\n' ' ')"
grep -E "^\| " $OUT/m.md >> $S 2>/dev/null
if [ -z "$AB_ONLY" ] && [ $(left) -gt 25 ]; then
  : > $OUT/sanitizer.txt
  pids=()
  for tool in memcheck racecheck synccheck; do
    for k in 0 1 2 3 4; do
      ATTN_COVERAGE_SHARD=$k/5 timeout $(cap 40 3) compute-sanitizer --tool $tool --error-exitcode 99 $KC \
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
else
  el "sanitizers skipped: $(left) s left"
fi
el "done"
cat $S
