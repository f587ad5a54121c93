#!/bin/bash
# dtail's device calls (bench/gpu/DECODE_NOTES.md "Rows 28/32: the tail's merge, the combine's
# blocks and trigger"): quick decode tests, the per-block timeline of rows 28/32 and
# decode_variants.py on rows 28, 32, 29, 30, 31, 33 in bf16 and f16 for this build against a second
# build (b:old) in the same process, the models sweep (STEPS=models, MODELS rows), compute-sanitizer
# on DecodeLse.SanitizerSubset, the rest of the decode tests. (The combine knobs CWARPS and CTRIG
# that call 1 ran exist only at commit aa90895.)
# Run from a tree root holding build-gpu/lib/libattnrt.so(.gz), build-gpu/lib/base/libattnrt.so(.gz)
# (the build to compare with) and build-gpu/bin/AttnDecodeLseTests(.gz): run tool, carry
# .devtree-dtail, command "cd .devtree-dtail && LIMIT=<s> bash bench/gpu/run_dtail_dev.sh".
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-150}
STEPS=${STEPS:-quick tl var san tests}
ROWS=${ROWS:-28,32,29,30,31,33}
VARS=${VARS:-base= b:old= b:old\'=}
TL_VARS=${TL_VARS:-base= b:old=}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
cap() { local l=$(( $(left) - ${2:-5} )); echo $(( l < $1 ? l : $1 )); }
has() { case " $STEPS " in *" $1 "*) return 0;; esac; return 1; }
for z in $(find build-gpu/ -name '*.gz'); do gunzip -f "$z"; done
chmod +x build-gpu/bin/* 2>/dev/null
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv,noheader; } >> $S 2>&1
LIB=$PWD/build-gpu/lib/libattnrt.so
LIBB=$PWD/build-gpu/lib/base/libattnrt.so
DL=build-gpu/bin/AttnDecodeLseTests
if ldd $LIB $LIBB $DL | grep -q "not found"; then el "prebuilt binaries miss libraries"; exit 3; fi
if has quick; then # the merge's paths: 4 and 12 live rows, D 64, D 256, wide groups, split counts
  timeout $(cap 40) $DL --gtest_filter='DecodeLse.GqaNoMask:DecodeLse.SplitMerges:DecodeLse.WideGroups:DecodeLse.HeadDim256' > $OUT/quick.log 2>&1
  el "decode quick tests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/quick.log | tr '\n' ' ')"
  grep -E "^\[  FAILED|Failure|Which is|relative" $OUT/quick.log | head -10 | tee -a $S
fi
if has tl; then
  args=""; for v in $TL_VARS; do args="$args --variant $v"; done
  (cd bench/gpu && timeout $(cap 40) python3 decode_timeline.py --lib $LIB --lib-b $LIBB --only 28,32 $args) \
    > $OUT/tl-bf16.log 2>&1
  el "timeline bf16 rc=$?"
  grep -E "^### |^- (period|tail|host)" $OUT/tl-bf16.log >> $S
fi
if has var; then
  args=""; for v in $VARS; do args="$args --variant $v"; done
  for dt in bf16 f16; do
    (cd bench/gpu && timeout $(cap 60) python3 decode_variants.py --lib $LIB --lib-b $LIBB --only $ROWS --dtype $dt \
      $args) > $OUT/var-$dt.log 2>&1
    el "variants $dt rc=$?"
    grep -E "^\| [0-9]" $OUT/var-$dt.log >> $S
  done
fi
if has models; then
  timeout $(cap 60 3) python3 bench/gpu/bench_sdpa.py --lib $LIB --sweep models --dtypes bf16,f16 \
    --only "${MODELS:-28,32}" --out $OUT/models.md > $OUT/models.log 2>&1
  el "models rc=$?"
  grep -E "^\| " $OUT/models.md >> $S 2>/dev/null
fi
if has san; then
  for tool in memcheck racecheck synccheck; do
    timeout $(cap $([ $tool = racecheck ] && echo 40 || echo 25)) compute-sanitizer --tool $tool --error-exitcode 99 $DL --gtest_filter='DecodeLse.SanitizerSubset' >> $OUT/sanitizer.txt 2>&1
    el "$tool rc=$? $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY' $OUT/sanitizer.txt | tail -1) $(grep -E '^\[  (PASSED|FAILED) ' $OUT/sanitizer.txt | tail -1)"
  done
fi
if has tests; then
  timeout $(cap 60) $DL --gtest_filter='DecodeLse.*:DecodeChain.*:-DecodeLse.GqaNoMask:DecodeLse.SplitMerges:DecodeLse.WideGroups:DecodeLse.HeadDim256' > $OUT/tests.log 2>&1
  el "decode tests rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests.log | tr '\n' ' ')"
  grep -E "^\[  FAILED|Failure|Which is|relative" $OUT/tests.log | head -10 | tee -a $S
  for kn in ${TEST_KNOBS:-}; do # e.g. TEST_KNOBS="FUSE=1 COMB=0": the split-merge tests again under each
    env $(for k in $kn; do echo ATTN_DECODE_NV_$k; done) timeout $(cap 30) $DL \
      --gtest_filter='DecodeLse.SplitMerges:DecodeLse.GqaNoMask:DecodeChain.*' >> $OUT/tests.log 2>&1
    el "decode tests ($kn) rc=$? $(grep -E '^\[  (PASSED|FAILED) ' $OUT/tests.log | tail -1)"
  done
fi
el "done"
cat $S
