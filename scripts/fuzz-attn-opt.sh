#!/usr/bin/env bash
# Robustness fuzz of attn-opt under AddressSanitizer + UBSan.
#   scripts/fuzz-attn-opt.sh [--count N] [--seed S] [--no-build] [other utils/mlir_mutate.py options]
# Builds attn-opt with ASan+UBSan (preset opt-asan: build-asan-opt/, only
# the attn-opt target),
# then runs utils/mlir_mutate.py: N seeded mutants (default 300, about 2-4 min
# on 2 cores) of the lit inputs under test/Transforms, test/Dialect and of
# generated attention graphs, each through `attn-opt --attn-fuse=report=true`
# and `attn-opt --attn-fuse --attn-lower-to-llvm`. The oracle: a mutant that
# upstream mlir-opt accepts must go through attn-opt with exit 0 and an output
# that verifies; crashes, sanitizer reports and timeouts always fail; crashes
# that upstream mlir-opt has alone are listed apart (utils/mlir_mutate.py).
# Exit status is nonzero on any failure; reproducer paths are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
count=300
seed=1
build=1
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
if [[ $build == 1 ]]; then
  [[ -f build-asan-opt/build.ninja ]] || cmake --preset opt-asan >/dev/null
  cmake --build --preset opt-asan -j "${JOBS:-2}"
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
exec python3 utils/mlir_mutate.py --attn-opt build-asan-opt/bin/attn-opt \
  --count "$count" --seed "$seed" "${args[@]}"
