#!/usr/bin/env bash
# On the GPU machine (issue 12, short sequences on the Hopper path): one call
# that builds libattnrt, AttnGpuTests and libattn_hopper.so (preset
# cuda-sm90), runs the GPU suite in the default dispatch and with
# gpu:sm90-wgmma forced plus the Hopper variant check (every compiled
# variant on fresh inputs against f64), compute-sanitizer memcheck on
# HopperPath.SanitizerSubset, then the same-process A/B
# (bench/hopper/ab_same_process.py): ViT 197 (models row 5) with the old
# default (128-key tiles) and the single-key-tile variants, DeiT 577 (row 6)
# and issue 6's D 64 S 512, and the GQA/MQA causal prefill rows 18-22
# (attnrt against cuDNN and flash, interleaved rounds). Last, if time is
# left, bench_sdpa.py --sweep models on $ROWS. Outputs under $OUT.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/short-out}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1
. scripts/lib/gpu-env.sh || exit 1  # python with torch, cmake, ninja, nvcc: found, not named
S=$SECONDS
t() { echo "[t+$((SECONDS - S))s] $*"; }
t build
{ cmake --preset cuda-sm90 -B build-gpu &&
  cmake --build build-gpu -j16 --target attnrt AttnGpuTests attn_hopper_shared
} >"$OUT/log.txt" 2>&1 || { grep -m20 -B2 -A8 "error" "$OUT/log.txt"; exit 1; }
t tests
timeout 150 build-gpu/bin/AttnGpuTests >"$OUT/gtest.log" 2>&1 &
a=$!
ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma timeout 150 build-gpu/bin/AttnGpuTests \
  >"$OUT/gtest-wgmma.log" 2>&1 &
b=$!
timeout 150 python3 bench/gpu/bench_sdpa.py --hopper-variants build-gpu/lib/libattn_hopper.so \
  --check-only >"$OUT/hv.txt" 2>&1; rv=$?
wait $a; ra=$?
wait $b; rb=$?
echo "variants check rc=$rv: $(grep -c '^ok' "$OUT/hv.txt") ok, $(grep -c '^FAIL' "$OUT/hv.txt") FAIL; $(tail -1 "$OUT/hv.txt")"
grep -E "^FAIL|UNSUPPORTED|Error" "$OUT/hv.txt" | head -10
echo "AttnGpuTests default rc=$ra: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/gtest.log" | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest.log" | head -10
echo "AttnGpuTests sm90-wgmma rc=$rb: $(grep -E '^\[  (PASSED|FAILED) |declined by the forced' "$OUT/gtest-wgmma.log" | tr '\n' ' ' | cut -c1-300)"
grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest-wgmma.log" | head -10
t ab
V=d64_bm128_ovl_pp_static,d64_bn208_bm128_ovl_pp_static,d64_bn208_bm128_ovl_static,d64_bn256_bm128_pp_static
timeout 120 python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
  --hopper build-gpu/lib/libattn_hopper.so --rows 5 --dtypes bf16,f16 --rounds 3 --variants "$V" \
  >"$OUT/ab-short.md" 2>&1
echo "ab short rc=$?"; grep -E "^row|^issue|^\| [a-z0-9]|WRONG|error" "$OUT/ab-short.md"
timeout 90 python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
  --hopper build-gpu/lib/libattn_hopper.so --rows 6 --issue6-s512 --rounds 3 \
  --variants d64_bm128_ovl_pp_static,d64_bm192_ovl_pp_static,d64_bn208_bm128_ovl_pp_static,d64_bn256_bm128_pp_static \
  >"$OUT/ab-577.md" 2>&1
echo "ab 577/512 rc=$?"; grep -E "^row|^issue|^\| [a-z0-9]|WRONG|error" "$OUT/ab-577.md"
t memcheck
timeout 60 compute-sanitizer --tool memcheck --error-exitcode 99 build-gpu/bin/AttnGpuTests \
  --gtest_filter='HopperPath.SanitizerSubset' >"$OUT/san.txt" 2>&1
echo "memcheck (HopperPath.SanitizerSubset) rc=$? $(grep -E 'ERROR SUMMARY' "$OUT/san.txt" | tail -1)"
t gqa
timeout 100 python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so \
  --rows 18,19,20,21,22 --rounds 3 --ref flash >"$OUT/ab-gqa.md" 2>&1
echo "ab gqa rc=$?"; grep -E "^row|^\| [a-z0-9]|WRONG|error" "$OUT/ab-gqa.md"
t done
