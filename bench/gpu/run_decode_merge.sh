#!/usr/bin/env bash
# Decode run 17 (issue 12), on the GPU machine in one call, inside a time
# budget (BUDGET seconds of command, default 200; a step that would not fit
# is skipped and named in the summary): build libattnrt and
# AttnDecodeLseTests (preset cuda-sm90, no Hopper prefill path), then
#  1. decode_variants.py, bf16, rows 28, 32, 27, 29, 26, 30: the merge of the
#     splits as before (base), with merge_row (comb: COMB=1, the combine
#     kernel where a block has > 4 key tiles, the unit's last block below),
#     merge_row in the unit's last block at every tile count (fuse:
#     COMB=1,FUSE=1); row 30 (one split) also with 4-warp blocks (WARPS=4)
#     and 2 splits (SPLITS=2,COMB=1); row 32 with 4-warp blocks and COMB=1;
#  2. AttnDecodeLseTests with COMB=1 and with the default;
#  3. compute-sanitizer memcheck (COMB=1: SanitizerSubset, SplitMerges,
#     DecodeChain), racecheck and synccheck (COMB=1,FUSE=1: SanitizerSubset);
#  4. decode_variants.py, f16, rows 28, 32, 30;
#  5. decode_kernel_time.py on rows 28, 32 (CUDA events, 200 calls), then
#     under ncu (each kernel's gpu__time_duration);
#  6. AttnDecodeLseTests with COMB=1,FUSE=0 and COMB=1,FUSE=1.
# $OUT/summary.txt (progress), tables, ncu.csv, logs in $OUT/logs.tgz.
# (After run 17 the last block's merge_row was removed: COMB=1,FUSE=1 now
# merges in the last block with combine_unit, as FUSE=1 alone.)
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/decode-out}
L=$OUT/logs
mkdir -p "$L"
S=$OUT/summary.txt
. scripts/lib/gpu-env.sh 2>>"$S"
export PYTHONUNBUFFERED=1
BUILD=${BUILD:-build-gpu}
LIB=$PWD/$BUILD/lib/libattnrt.so
BUDGET=${BUDGET:-200}
t0=$(date +%s)
el() { echo $(($(date +%s) - t0)); }
stamp() { echo "== [$(el) s] $*" | tee -a "$S"; }
fits() { # NEED: whether NEED more seconds fit in the budget
  if [ $(($(el) + $1)) -le "$BUDGET" ]; then return 0; fi
  stamp "SKIPPED (budget): $2"
  return 1
}
status=0
finish() {
  tar -C "$OUT" -czf "$OUT/logs.tgz" logs && rm -rf "$L"
  stamp "end, status $status"
  cat "$S"
  exit $status
}
sed -i 's/^  add_subdirectory(hopper)$/  # add_subdirectory(hopper)/' kernels/CMakeLists.txt
{ timeout 150 cmake --preset cuda-sm90 -B "$BUILD" -DATTN_BUILD_COMPILER=OFF &&
    timeout 150 cmake --build "$BUILD" -j "$(nproc)" --target attnrt AttnDecodeLseTests
} >"$L/build.log" 2>&1 || { stamp "BUILD FAILED"; tail -30 "$L/build.log" | tee -a "$S"; status=1; finish; }
stamp "built; $(nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.mem --format=csv,noheader)"

variants() { # tag dtype rows timeout extra-args...
  local tag=$1 dt=$2 rows=$3 to=$4
  shift 4
  (cd bench/gpu && timeout "$to" "$ATTN_PYTHON" decode_variants.py --lib "$LIB" --dtype "$dt" \
    --out "$OUT/variants-$tag.md" --only "$rows" "$@") >"$L/variants-$tag.log" 2>&1 || status=1
  stamp "variants $tag ($dt) exit $?"
  grep '^|' "$L/variants-$tag.log" | tee -a "$S"
}
gt() { # name timeout env... : AttnDecodeLseTests
  local name=$1 to=$2
  shift 2
  env "$@" timeout "$to" "$BUILD/bin/AttnDecodeLseTests" >"$L/$name.log" 2>&1
  local rc=$?
  stamp "$name exit $rc: $(grep -E '^\[  (PASSED|FAILED) ' "$L/$name.log" | tr '\n' ' ' | cut -c1-200)"
  [ $rc -eq 0 ] || { status=1; grep -E 'Failure|Expected|Which is|error|lse row|step' "$L/$name.log" | head -12 | tee -a "$S"; }
}
san() { # tool timeout knobs filter
  local tool=$1 to=$2 kn=$3 filter=$4
  env $kn timeout "$to" compute-sanitizer --tool "$tool" --error-exitcode 99 "$BUILD/bin/AttnDecodeLseTests" \
    --gtest_filter="$filter" >"$L/san-$tool.log" 2>&1
  local rc=$?
  stamp "$tool ($kn; $filter) exit $rc: $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|SYNCCHECK|PASSED|FAILED' "$L/san-$tool.log" | tail -3 | tr '\n' ' ')"
  [ $rc -eq 0 ] || status=1
}

V="--variant base= --variant comb=COMB=1 --variant fuse=COMB=1,FUSE=1"
fits 45 "variants bf16" &&
  variants bf16 bf16 28,32,27,29,26,30 80 $V --variant comb2=COMB=1 \
    --rows 30:w4=WARPS=4 --rows 30:sp2=SPLITS=2,COMB=1 --rows 32:w4=WARPS=4,COMB=1
fits 15 "lse COMB=1" && gt lse-comb 60 ATTN_DECODE_NV_COMB=1
fits 15 "lse default" && gt lse-default 60
fits 25 "memcheck" && san memcheck 70 ATTN_DECODE_NV_COMB=1 \
  'DecodeLse.SanitizerSubset:DecodeLse.SplitMerges:DecodeChain.*'
fits 20 "racecheck" && san racecheck 60 "ATTN_DECODE_NV_COMB=1 ATTN_DECODE_NV_FUSE=1" 'DecodeLse.SanitizerSubset'
fits 15 "synccheck" && san synccheck 60 "ATTN_DECODE_NV_COMB=1 ATTN_DECODE_NV_FUSE=1" 'DecodeLse.SanitizerSubset'
fits 20 "variants f16" && variants f16 f16 28,32,30 45 $V
VT="--variant base= --variant comb=COMB=1 --variant fuse=COMB=1,FUSE=1"
if fits 15 "events"; then
  (cd bench/gpu && timeout 40 "$ATTN_PYTHON" decode_kernel_time.py --lib "$LIB" --only 28,32 $VT --warm 5 \
    --calls 200) >"$L/events.log" 2>&1 || status=1
  stamp "events: $(grep '^time' "$L/events.log" | tr '\n' ';')"
fi
if fits 25 "ncu"; then
  NCU=$(command -v ncu || ls /usr/local/cuda/bin/ncu /opt/nvidia/nsight-compute/*/ncu 2>/dev/null | head -1)
  (cd bench/gpu && timeout 60 "$NCU" --clock-control none --cache-control none --metrics gpu__time_duration.sum \
    -k regex:'decode_nv|decode_combine' --csv --log-file "$OUT/ncu.csv" \
    "$ATTN_PYTHON" decode_kernel_time.py --lib "$LIB" --only 28,32 $VT --warm 2 --calls 6) >"$L/ncu.log" 2>&1
  stamp "ncu exit $?: $(grep -c gpu__time_duration "$OUT/ncu.csv" 2>/dev/null) kernels"
  grep -E '^mark' "$L/ncu.log" | tr '\n' ';' >>"$S"
fi
fits 12 "lse COMB=1 FUSE=0" && gt lse-comb-nofuse 50 ATTN_DECODE_NV_COMB=1 ATTN_DECODE_NV_FUSE=0
fits 12 "lse COMB=1 FUSE=1" && gt lse-comb-fuse 50 ATTN_DECODE_NV_COMB=1 ATTN_DECODE_NV_FUSE=1
finish
