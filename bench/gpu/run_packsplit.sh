#!/usr/bin/env bash
# decode run 18 (issue 12), on the GPU machine in one call, with binaries
# built elsewhere (preset cuda-sm90) and carried in $BIN (libattnrt.so,
# AttnGpuTests): the packed-query-group GPU tests (with the split-key cases),
# memcheck / racecheck on the split subset, then bench/gpu/decode_variants.py
# on row 34 (+ a control row) and the few-tile MQA / large-group shapes:
# base (the default), new (ATTN_PACKGQA_SPLITS=-1: the split rule, the
# candidate default), pk (PACK=1: packed, keys not split), and forced split
# counts on some rows.
# Progress in $OUT/summary.txt; tables in $OUT/variants-*.md.
#   BIN=path/to/bin OUT=out bash bench/gpu/run_packsplit.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/packsplit-out}
BIN=${BIN:-build-gpu/bin}
mkdir -p "$OUT"
. scripts/lib/gpu-env.sh
export LD_LIBRARY_PATH="$PWD/$BIN:/usr/local/cuda/lib64:/usr/local/cuda/lib:${LD_LIBRARY_PATH:-}" PYTHONUNBUFFERED=1
t0=$(date +%s)
note() { echo "== [$(($(date +%s) - t0)) s] $*" | tee -a "$OUT/summary.txt"; }
note "$(nvidia-smi --query-gpu=name,driver_version,clocks.max.sm --format=csv,noheader)"
status=0
gt() { # name filter binary
  local name=$1 filter=$2 bin=$3
  [ -x "$BIN/$bin" ] || { note "$name: no $BIN/$bin (not carried)"; return; }
  timeout "${GT_TIMEOUT:-60}" "$BIN/$bin" ${filter:+--gtest_filter=$filter} >"$OUT/$name.log" 2>&1
  local rc=$?
  note "$name exit $rc: $(grep -E '^\[  (PASSED|FAILED|SKIPPED) ' "$OUT/$name.log" | tr '\n' ' ')"
  [ $rc -eq 0 ] || { status=1; grep -E 'Failure|Expected|Which is|error|row b|FAILED' "$OUT/$name.log" | head -30 | tee -a "$OUT/summary.txt"; }
}
[ "${TESTS:-1}" = 1 ] && gt gpu "${GTEST_FILTER:-HipBackend.Packed*:HipBackend.Registered}" AttnGpuTests
san() { # tool
  timeout "${SAN_TIMEOUT:-45}" compute-sanitizer --tool "$1" --error-exitcode 99 "$BIN/AttnGpuTests" \
    --gtest_filter=HipBackend.PackedQueryGroupsSplitSanitizerSubset >"$OUT/san-$1.log" 2>&1
  local rc=$?
  note "$1 exit $rc: $(grep -E 'ERROR SUMMARY|RACECHECK SUMMARY|PASSED|FAILED' "$OUT/san-$1.log" | tail -3 | tr '\n' ' ')"
  [ $rc -eq 0 ] || status=1
}
if [ "${SAN:-1}" = 1 ]; then san memcheck; san racecheck; fi
EXTRA=${EXTRA:-"32,71,1,8192,64 8,128,1,8192,128 1,71,1,4096,64 1,71,1,32768,64 8,71,1,8192,64 16,71,1,8192,64 32,71,1,2048,64"}
for dt in ${DTYPES:-bf16}; do
  (cd bench/gpu && timeout "${VAR_TIMEOUT:-100}" "$ATTN_PYTHON" decode_variants.py --lib "../../$BIN/libattnrt.so" \
    --dtype "$dt" --only "${ROWS:-29,34}" $(for e in $EXTRA; do echo --extra "$e"; done) \
    --variant base= --variant new=PSPLITS=-1 --variant pk=PACK=1 \
    ${ROWVARS:---rows 34+100:s8=PACK=1,PSPLITS=8 --rows 101+104:s32=PACK=1,PSPLITS=32} \
    --out "$OUT/variants-$dt.md") \
    >"$OUT/variants-$dt.log" 2>&1 || { status=1; note "variants $dt failed"; tail -5 "$OUT/variants-$dt.log"; }
  note "variants $dt done"
done
(cd "$OUT" && tar czf logs.tgz --remove-files $(ls | grep -v -e '\.md$' -e '^summary.txt$' -e '^logs.tgz$'))
cat "$OUT/summary.txt" "$OUT"/variants-*.md 2>/dev/null
exit $status
