#!/bin/sh
# Builds bench/cpu/kernel_bench.cpp with the micro-kernel files, each with the
# flags lib/Runtime/CMakeLists.txt gives it, into ${OUT:-build}/kernel_bench.
set -e
cd "$(dirname "$0")/../.."
OUT=${OUT:-build}
CXX=${CXX:-clang++-22}
K=lib/Runtime/backends/cpu
F="-O3 -std=c++17 -DNDEBUG -Iinclude"
X512="-mavx2 -mfma -mavx512f -mavx512bw -mavx512vl -mavx512dq -mavx512bf16"
mkdir -p "$OUT/kernel_bench.d"
$CXX $F -c $K/KernelsPortable.cpp -o "$OUT/kernel_bench.d/p.o"
$CXX $F -mavx2 -mfma -c $K/KernelsAvx2.cpp -o "$OUT/kernel_bench.d/a2.o"
$CXX $F $X512 -c $K/KernelsAvx512.cpp -o "$OUT/kernel_bench.d/a512.o"
$CXX $F $X512 -mamx-tile -mamx-bf16 -c $K/KernelsAmx.cpp -o "$OUT/kernel_bench.d/amx.o"
$CXX $F -c bench/cpu/kernel_bench.cpp -o "$OUT/kernel_bench.d/main.o"
$CXX "$OUT"/kernel_bench.d/*.o -o "$OUT/kernel_bench"
$CXX $F -Iinclude bench/cpu/run_shape.cpp -o "$OUT/run_shape" -L"$OUT/lib" -lattnrt -Wl,-rpath,"$(pwd)/$OUT/lib"
