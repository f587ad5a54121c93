#!/usr/bin/env bash
# On the GPU machine: builds libattnrt (sm_90) and measures what host memory
# costs a call (staging through the hip backend) against device pointers.
#   bench/gpu/run_staging.sh        (results under $OUT, or ./staging-out)
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-$PWD/staging-out}
mkdir -p "$OUT"
export PATH=/opt/torch/.venv/bin:/usr/local/cuda/bin:$PATH
BUILD=${BUILD:-build-gpu}
{ cmake -G Ninja -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DATTN_BUILD_COMPILER=OFF \
    -DATTN_ENABLE_CUDA=ON && cmake --build "$BUILD" -j "$(nproc)" --target attnrt
} >"$OUT/build.log" 2>&1 || { echo "BUILD FAILED"; tail -30 "$OUT/build.log"; exit 1; }
PYTHONUNBUFFERED=1 python3 bench/gpu/bench_sdpa.py --lib "$BUILD/lib/libattnrt.so" --staging \
  --out "$OUT/staging.md" 2>&1 | tee "$OUT/staging.log"
