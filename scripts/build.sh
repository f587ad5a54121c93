#!/usr/bin/env bash
# Configures and builds through a CMake preset (CMakePresets.json); default
# `cpu`: attn-opt, libattnrt and the tests into build/.
#   scripts/build.sh [extra cmake configure args]      PRESET=cpu-asan scripts/build.sh
# JOBS (default 2) bounds the parallel compiles.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${PRESET:-cpu}
cmake --preset "$preset" "$@"
cmake --build --preset "$preset" -j "${JOBS:-2}"
