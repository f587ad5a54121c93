#!/bin/bash
# dec's third device call (bench/gpu/DECODE_NOTES.md "Next, the D 64 default"): this build's
# AttnDecodeLseTests and the coverage test's decode part, then decode_variants.py on the D 64 decode
# shapes, the new default (base) against main's D 64 default (old = RING=0) in NPROC processes a
# dtype (ABBA / BAAB alternating), and decode_ab_rule.py with the rule written there.
# Tree root with build-gpu/lib/libattnrt.so(.gz), build-gpu/bin/AttnDecodeLseTests(.gz),
# build-gpu/bin/AttnKernelCoverageTests(.gz); "cd .devtree-dec && LIMIT=<s> bash bench/gpu/run_dec64b_dev.sh".
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-100}
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
V=/tmp/dec-var64; mkdir -p $V
for p in $(seq 0 $((NPROC - 1))); do
  if [ $((p % 2)) = 0 ]; then order="--variant base= --variant old=RING=0 --variant old'=RING=0"
  else order="--variant old=RING=0 --variant base= --variant base'="; fi
  for dt in bf16 f16; do
    (cd bench/gpu && timeout $(cap 30 35) python3 decode_variants.py --lib $LIB --only 34 --dtype $dt --digits 3 \
      --extra 2,16,16,54500,64 --extra 4,32,32,16384,64 --extra 1,12,12,32768,64 --extra 8,32,8,8192,64 \
      $order) > $V/var-$dt-$p.log 2>&1
    el "variants $dt process $p rc=$?"
  done
done
for f in $V/var-*.log; do echo "## $(basename $f)"; cat $f; done > $OUT/var-all.log
python3 bench/gpu/decode_ab_rule.py --new base --old old --key-rows 100,101 --key-min 1.03 --guard-rows 103 \
  --guard-loss 0.02 --mean-rows 102 --mean-min 0.99 $V/var-*.log > $OUT/rule.md 2>&1
cat $OUT/rule.md >> $S
timeout $(cap 30 8) $DL > $OUT/tests.log 2>&1
el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests.log | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|Which is|relative" $OUT/tests.log | head -10 | tee -a $S
timeout $(cap 15 2) $KC --gtest_filter='KernelCoverage.TablesAsListed:KernelCoverage.DecodeEveryVariant' > $OUT/coverage.log 2>&1
el "coverage rc=$? $(grep -E 'kernels run of|^\[  (PASSED|FAILED|SKIPPED) ' $OUT/coverage.log | tr '\n' ' ')"
el "done"
cat $S
