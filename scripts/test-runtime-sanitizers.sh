#!/usr/bin/env bash
# Builds the runtime alone (no MLIR) twice, under ASan+UBSan and under TSan,
# and runs the tests registered for each (fuzz + validation, thread safety).
# Usage: scripts/test-runtime-sanitizers.sh   (JOBS=N to change parallelism)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${JOBS:-2}"
cc="${CC:-clang-22}"
cxx="${CXX:-clang++-22}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"

run() {
  local dir="$1" sanitizer="$2"
  echo "=== $dir: ATTN_SANITIZER=$sanitizer ==="
  cmake -G Ninja -S . -B "$dir" -DATTN_BUILD_COMPILER=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER="$cc" \
    -DCMAKE_CXX_COMPILER="$cxx" "-DATTN_SANITIZER=$sanitizer" >/dev/null
  cmake --build "$dir" -j "$jobs"
  (cd "$dir" && ctest --output-on-failure -j "$jobs")
}

run build-asan "address;undefined"
run build-tsan "thread"
