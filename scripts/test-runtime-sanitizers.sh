#!/usr/bin/env bash
# Builds the runtime alone (no MLIR) under ASan+UBSan (preset cpu-asan) and
# under TSan (preset cpu-tsan) and runs the tests registered for each (fuzz +
# validation, thread safety); ctest fails when no test is registered.
#   scripts/test-runtime-sanitizers.sh        (JOBS=N, default 2)
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/result.sh
jobs=${JOBS:-2}
for preset in cpu-asan cpu-tsan; do
  echo "=== $preset"
  if ! cmake --preset "$preset" >/dev/null; then fail "$preset: configure"; continue; fi
  if ! cmake --build --preset "$preset" -j "$jobs"; then fail "$preset: build"; continue; fi
  if ctest --preset "$preset" -j "$jobs"; then
    pass "$preset: runtime tests"
  else
    fail "$preset: runtime tests"
  fi
done
finish
