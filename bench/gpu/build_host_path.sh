#!/bin/bash
# Builds bench/gpu/host_path.cu (links cudart only; the libraries it times are dlopened):
#   bash bench/gpu/build_host_path.sh [out]      (default build-gpu/bin/host_path)
set -e
cd "$(dirname "$0")/../.."
OUT=${1:-build-gpu/bin/host_path}
/usr/local/cuda/bin/nvcc -O2 -std=c++17 -arch=sm_90 -Iinclude -Ikernels/include \
  bench/gpu/host_path.cu -lcudart -ldl -o "$OUT"
