#!/usr/bin/env bash
# On the GPU machine, with binaries built on the dev box (preset cuda-sm90,
# copied to build-gpu/bin/AttnGpuTests and build-gpu/lib/libattnrt.so) when
# the device share has no room for a build: the HopperPath short-key tests
# in the default dispatch and with gpu:sm90-wgmma forced, memcheck on
# HopperPath.SanitizerSubset, and the same-process A/B of ViT 197 and DeiT
# 577 (attnrt's default dispatch against SDPA). Exits 3 at once if the
# carried binaries do not run on this machine's image.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/short-check-out}
mkdir -p "$OUT"
export PYTHONUNBUFFERED=1
. scripts/lib/gpu-env.sh || exit 1  # python with torch, cmake, ninja, nvcc: found, not named
export LD_LIBRARY_PATH=$PWD/build-gpu/lib:/usr/local/cuda/lib64:/usr/local/cuda/lib:${LD_LIBRARY_PATH:-}
S=$SECONDS
t() { echo "[t+$((SECONDS - S))s] $*"; }
build-gpu/bin/AttnGpuTests --gtest_list_tests >"$OUT/list.txt" 2>&1 ||
  { echo "carried binaries do not run here:"; head -5 "$OUT/list.txt"; exit 3; }
F=${GTEST_FILTER:-'HopperPath.ShortKeys:HopperPath.SanitizerSubset:HipBackend.FastPaths'}
timeout 60 build-gpu/bin/AttnGpuTests --gtest_filter="$F" >"$OUT/gtest.log" 2>&1 &
a=$!
ATTN_GPU_TEST_BACKEND=gpu:sm90-wgmma timeout 60 build-gpu/bin/AttnGpuTests --gtest_filter="$F" \
  >"$OUT/gtest-wgmma.log" 2>&1
rb=$?
wait $a; ra=$?
echo "AttnGpuTests ($F) default rc=$ra: $(grep -E '^\[  (PASSED|FAILED) ' "$OUT/gtest.log" | tr '\n' ' ')"
grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest.log" | head -10
echo "AttnGpuTests sm90-wgmma rc=$rb: $(grep -E '^\[  (PASSED|FAILED) |declined by the forced' "$OUT/gtest-wgmma.log" | tr '\n' ' ' | cut -c1-300)"
grep -E "^\[  FAILED|Failure|row b" "$OUT/gtest-wgmma.log" | head -10
t memcheck
timeout 40 compute-sanitizer --tool memcheck --error-exitcode 99 build-gpu/bin/AttnGpuTests \
  --gtest_filter='HopperPath.SanitizerSubset' >"$OUT/san.txt" 2>&1
echo "memcheck (HopperPath.SanitizerSubset) rc=$? $(grep -E 'ERROR SUMMARY' "$OUT/san.txt" | tail -1)"
[ "${AB:-1}" = 0 ] && { t done; exit 0; }
t ab
timeout 60 python3 bench/hopper/ab_same_process.py --lib build-gpu/lib/libattnrt.so --rows 5,6 \
  --rounds 3 >"$OUT/ab.md" 2>&1
echo "ab rc=$?"; grep -E "^row|^\| [a-z0-9]|WRONG|error" "$OUT/ab.md"
t done
