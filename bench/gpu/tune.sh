#!/usr/bin/env bash
# Builds the library with kernel tuning overrides (fa_core.h: ATTN_NV_*) and
# times each variant with bench_sdpa.py on selected shapes, on the GPU machine.
#   bench/gpu/tune.sh "0,3" "-DATTN_NV_BC64=64" "-DATTN_NV_BC64=128 -DATTN_NV_QREGS64=0" ...
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib/gpu-env.sh  # cmake, ninja, nvcc, the python with torch: found, not named
OUT=${OUT:-$PWD/tune-out}
mkdir -p "$OUT"
only=$1; shift
n=0
for flags in "$@"; do
  b=build-tune-$n
  echo "== variant $n: $flags"
  if cmake --preset cuda-sm90 -B $b \
       -DATTN_BUILD_TESTS=OFF "-DCMAKE_CUDA_FLAGS=$flags" >"$b.log" 2>&1 &&
     cmake --build $b -j "$(nproc)" --target attnrt >>"$b.log" 2>&1; then
    PYTHONUNBUFFERED=1 "$ATTN_PYTHON" bench/gpu/bench_sdpa.py --lib $b/lib/libattnrt.so --only "$only" 2>&1 | grep -v Deprecation | tee "$OUT/tune-$n.log"
  else
    echo "build failed"; tail -20 "$b.log"
  fi
  n=$((n + 1))
done
