#!/bin/bash
# dec's device calls (bench/gpu/DECODE_NOTES.md "Persistent decode blocks"): the same-process
# A/B of decode_variants.py, then the GPU tests, then the models sweep, as STEPS says.
# Run from a tree root that holds build-gpu/lib/libattnrt.so and build-gpu/bin/{AttnDecodeLseTests,
# AttnGpuTests} of this branch (built on the dev box: nvcc 13.0, preset cuda-sm90) and include/
# (bench_sdpa's layout probe): run tool, carry .devtree-dec, command
# "cd .devtree-dec && LIMIT=<s> bash bench/gpu/run_persist_dev.sh".
# STEPS (default "ab tests"):
#  ab: decode_variants.py, bf16 (AB_ONLY rows, AB_EXTRA shapes "B,Hq,Hkv,Sk,D ...", AB_VARIANTS
#      "name=K=V ..."), then f16 (AB16_ONLY, AB16_EXTRA, AB16_VARIANTS); AB_T, AB16_T cap each (s);
#  tests: AttnDecodeLseTests (LSE_FILTER; none: skipped) and AttnGpuTests (GT_FILTER; none:
#      skipped; GT_BACKEND: ATTN_GPU_TEST_BACKEND, gpu:decode by default, "default" for the
#      default dispatch) under TEST_ENV, then memcheck of AttnDecodeLseTests SAN_FILTER (none:
#      skipped);
#  models: bench_sdpa.py --sweep models on MODELS, bf16 and f16.
# Writes $OUT/summary.txt as it goes.
cd "$(dirname "$0")/../.."
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:${LD_LIBRARY_PATH:-}
export PYTHONUNBUFFERED=1
LIMIT=${LIMIT:-150}
STEPS=${STEPS:-ab tests}
T0=$(date +%s)
S=$OUT/summary.txt
el() { echo "[t+$(( $(date +%s) - T0 ))s] $*" | tee -a $S; }
left() { echo $(( LIMIT - ($(date +%s) - T0) )); }
cap() { local l=$(( $(left) - ${2:-10} )); echo $(( l < $1 ? l : $1 )); } # seconds: at most $1
has() { case " $STEPS " in *" $1 "*) return 0;; esac; return 1; }
{ date -u; nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.max.sm,power.draw,temperature.gpu --format=csv; } > $OUT/env.txt 2>&1
if ldd build-gpu/lib/libattnrt.so build-gpu/bin/AttnDecodeLseTests | grep -q "not found"; then
  el "prebuilt binaries miss libraries"; exit 3
fi
LIB=$PWD/build-gpu/lib/libattnrt.so
# The second call's A/B (bench/RESULTS.md "Decode 64 x 32/8 x 1k: packed query groups"): the
# default dispatch (base) against the decode kernel (PACK=0) and packed everywhere (PACK=1).
AB_ONLY=${AB_ONLY:-38,30}
AB_EXTRA=${AB_EXTRA:-64,32,8,512,128 64,32,8,2048,128 8,32,8,1024,128 16,32,8,1024,128 128,32,8,1024,128 64,28,4,1024,128 64,64,8,1024,128}
AB_VARIANTS=${AB_VARIANTS:-base= old=PACK=0 pk=PACK=1}
AB16_ONLY=${AB16_ONLY:-38}
AB16_EXTRA=${AB16_EXTRA:-64,32,8,512,128 64,32,8,2048,128 64,64,8,1024,128}
AB16_VARIANTS=${AB16_VARIANTS:-base= old=PACK=0 pk=PACK=1}
ab() { # dtype only extras variants cap
  local args="--dtype $1 --only $2" e v
  for e in $3; do args="$args --extra $e"; done
  for v in $4; do args="$args --variant $v"; done
  (cd bench/gpu && timeout $5 python3 decode_variants.py --lib $LIB $args --out $OUT/ab-$1.md) > $OUT/ab-$1.log 2>&1
  el "ab $1 rc=$?"
}
if has ab; then
  ab bf16 "$AB_ONLY" "$AB_EXTRA" "$AB_VARIANTS" $(cap ${AB_T:-60})
  ab f16 "$AB16_ONLY" "$AB16_EXTRA" "$AB16_VARIANTS" $(cap ${AB16_T:-25})
fi
if has tests; then
  B=build-gpu/bin
  if [ "${LSE_FILTER:-}" != none ]; then
    env $TEST_ENV timeout $(( $(left) - 5 )) $B/AttnDecodeLseTests --gtest_filter="${LSE_FILTER:-*}" > $OUT/lse.log 2>&1
    el "AttnDecodeLseTests ($TEST_ENV) rc=$? $(grep -E '^\[  (PASSED|FAILED)' $OUT/lse.log | tr '\n' ' ')"
    grep -E "Failure|Expected|Which is|relative|FAILED  \]" $OUT/lse.log | head -20 | tee -a $S
  fi
  if [ "${GT_FILTER:-}" != none ]; then
    be=${GT_BACKEND:-gpu:decode}
    [ "$be" = default ] && be=
    env $TEST_ENV ${be:+ATTN_GPU_TEST_BACKEND=$be} timeout $(( $(left) - 5 )) $B/AttnGpuTests \
      --gtest_filter="${GT_FILTER:-*Decode*:*decode*:*Lse*}" > $OUT/gt.log 2>&1
    el "AttnGpuTests (${be:-default dispatch}; $TEST_ENV) rc=$? $(grep -E '^\[  (PASSED|FAILED)' $OUT/gt.log | tr '\n' ' ')"
    grep -E "Failure|Expected|Which is|relative|FAILED  \]" $OUT/gt.log | head -20 | tee -a $S
  fi
  if [ "${SAN_FILTER:-}" != none ]; then
    env $TEST_ENV ATTN_GPU_TEST_BACKEND=gpu:decode timeout $(( $(left) - 2 )) compute-sanitizer --tool memcheck \
      --error-exitcode 99 $B/AttnDecodeLseTests --gtest_filter="${SAN_FILTER:-DecodeLse.SanitizerSubset}" \
      > $OUT/san.log 2>&1
    el "memcheck ($TEST_ENV) rc=$? $(grep -E 'ERROR SUMMARY|^\[  (PASSED|FAILED)' $OUT/san.log | tr '\n' ' ')"
  fi
fi
if has models; then
  timeout $(cap 60 3) python3 bench/gpu/bench_sdpa.py --lib $LIB --sweep models --dtypes bf16,f16 \
    --only "${MODELS:-38,30,31,28,32}" --out $OUT/models.md > $OUT/models.log 2>&1
  el "models rc=$?"
fi
for f in ab-bf16 ab-f16 models; do [ -f $OUT/$f.md ] && { echo "== $f" >> $S; cat $OUT/$f.md >> $S; }; done
for f in ab-bf16 ab-f16; do [ -f $OUT/$f.log ] && [ ! -f $OUT/$f.md ] && { echo "== $f (partial)" >> $S; grep "^|" $OUT/$f.log >> $S; }; done
grep -E "WRONG|ERROR|Traceback" $OUT/ab-*.log | head -5 >> $S
cat $S
