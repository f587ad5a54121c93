#!/bin/bash
# dec's device call of 2026-12-02 (bench/gpu/DECODE_NOTES.md "Row 38: the packed tiles' K/V ring"):
# AttnDecodeLseTests (all), KernelCoverage.HopperEveryVariant (the two new ring variants
# included) and HipBackend.PackedQueryGroups* first; then the same-process A/B of the Hopper
# variant sm90-packgqa runs (ATTN_PACKGQA_VARIANT, decode_variants.py PVAR=): base (unset:
# d128_bm128_ovl_otma_dyn), st3 (d128_st3_bm128_ovl_dyn), bn64 (d128_bn64_st6_bm128_ovl_dyn),
# q2 (d128_bm128_ovl_q2_otma_dyn), each twice, NPROC processes a dtype (orders alternating);
# decode_ab_rule.py applies the rule to each candidate; the models sweep (rows 38, 28, 32) under
# the winner.
# Needs a build of w-dec 10c644e: the rule removed the two ring variants afterwards (7d3ed35), so
# on later trees st3 and bn64 fall back to the default variant (the knob names no compiled kernel).
# Run from a tree root holding include/ (bench_sdpa.py's layout probe), bench/gpu/,
# build-gpu/lib/libattnrt.so(.gz), build-gpu/bin/{AttnDecodeLseTests,AttnKernelCoverageTests,
# AttnGpuTests}(.gz): run tool, carry .devtree-dec, command
# "cd .devtree-dec && LIMIT=<s> bash bench/gpu/run_dec_r38_dev.sh".
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-220}
NPROC=${NPROC:-4}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
cap() { local l=$(( $(left) - ${2:-5} )); l=$(( l < $1 ? l : $1 )); echo $(( l < 1 ? 1 : l )); } # never 0
for z in $(find build-gpu/ -name '*.gz'); do gunzip -f "$z"; done
chmod +x build-gpu/bin/* 2>/dev/null
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv,noheader; } >> $S 2>&1
LIB=$PWD/build-gpu/lib/libattnrt.so
DL=build-gpu/bin/AttnDecodeLseTests
KC=build-gpu/bin/AttnKernelCoverageTests
GT=build-gpu/bin/AttnGpuTests
if ldd $LIB $DL $KC $GT | grep -q "not found"; then el "prebuilt binaries miss libraries"; exit 3; fi
if [ -z "$AB_ONLY" ]; then
  timeout $(cap 45 150) $DL > $OUT/tests.log 2>&1
  el "AttnDecodeLseTests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests.log | tr '\n' ' ')"
  grep -E "^\[  FAILED|Failure|Which is" $OUT/tests.log | head -8 | tee -a $S
  timeout $(cap 45 130) $KC --gtest_filter=KernelCoverage.HopperEveryVariant:KernelCoverage.TablesAsListed \
    > $OUT/coverage.log 2>&1
  el "coverage rc=$? $(grep -E 'kernels run of|^\[  (PASSED|FAILED) ' $OUT/coverage.log | tr '\n' ' ')"
  grep -E "^\[  FAILED|Failure|Which is" $OUT/coverage.log | head -8 | tee -a $S
  timeout $(cap 40 120) $GT --gtest_filter='HipBackend.PackedQueryGroups*' > $OUT/packed.log 2>&1
  el "packed tests rc=$? $(grep -E '^\[  (PASSED|FAILED) |^\[  SKIPPED' $OUT/packed.log | tr '\n' ' ')"
  grep -E "^\[  FAILED|Failure|Which is" $OUT/packed.log | head -8 | tee -a $S
fi
V=/tmp/dec-r38; rm -rf $V; mkdir -p $V # a warm machine keeps /tmp: no logs of an earlier call
ST3=PVAR=d128_st3_bm128_ovl_dyn; B64=PVAR=d128_bn64_st6_bm128_ovl_dyn; Q2=PVAR=d128_bm128_ovl_q2_otma_dyn
# decode_variants.py times its first variant again last (NAME'): each order names 7 timings.
for p in $(seq 0 $((NPROC - 1))); do
  if [ $((p % 2)) = 0 ]; then
    order="--variant base= --variant st3=$ST3 --variant bn64=$B64 --variant q2=$Q2 --variant q2'=$Q2 --variant bn64'=$B64 --variant st3'=$ST3"
  else
    order="--variant q2=$Q2 --variant bn64=$B64 --variant st3=$ST3 --variant base= --variant base'= --variant st3'=$ST3 --variant bn64'=$B64"
  fi
  for dt in bf16 f16; do
    (cd bench/gpu && timeout $(cap 35 40) python3 decode_variants.py --lib $LIB --only 38,28,32 \
      --extra 16,32,8,1024,128 --extra 32,32,8,1024,128 --extra 128,32,8,1024,128 --extra 64,64,8,1024,128 \
      --dtype $dt --digits 3 $order) > $V/var-$dt-$p.log 2>&1
    el "variants $dt process $p rc=$?"
  done
done
for f in $V/var-*.log; do echo "## $(basename $f)"; cat $f; done > $OUT/var-all.log
: > $OUT/rule.md
best=; bestm=0
for c in st3 bn64 q2; do
  { echo "## $c against base"; python3 bench/gpu/decode_ab_rule.py --new $c --old base --key-rows 38 --key-min 1 \
      --key-low 1.005 --guard-rows 28,32 --guard-loss 0.005 --mean-rows 100,101,102,103 --mean-min 0.995 \
      $V/var-*.log; echo; } > $V/rule-$c.md 2>&1
  cat $V/rule-$c.md >> $OUT/rule.md
  if grep -q "^DECISION KEEP" $V/rule-$c.md; then
    m=$(grep -E '^\| 38 \|' $V/rule-$c.md | awk -F'|' '{gsub(/[ %+]/,"",$6); s+=$6; n++} END {if (n) printf "%.3f", s/n}')
    if [ -z "$best" ] || awk "BEGIN{exit !($m > $bestm)}"; then best=$c; bestm=$m; fi
  fi
done
el "rule: winner ${best:-none} (row 38 mean ${bestm}%)"
cat $OUT/rule.md >> $S
case $best in st3) W=d128_st3_bm128_ovl_dyn;; bn64) W=d128_bn64_st6_bm128_ovl_dyn;; q2) W=d128_bm128_ovl_q2_otma_dyn;; *) W=;; esac
el "models sweep with ATTN_PACKGQA_VARIANT=${W:-unset}"
ATTN_PACKGQA_VARIANT=$W timeout $(cap 60 3) python3 bench/gpu/bench_sdpa.py --lib $LIB --sweep models \
  --only 38,28,32 --dtypes bf16,f16 --rounds 4 --json $OUT/m.json --out $OUT/m.md > /tmp/dec-models.log 2>&1
el "models rc=$? $(tail -2 /tmp/dec-models.log | tr '\n' ' ')"
grep -E "^\| " $OUT/m.md >> $S 2>/dev/null
el "done"
cat $S
