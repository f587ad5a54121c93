#!/usr/bin/env bash
# Regenerates the TableGen docs (attn dialect, ops, passes) in the build
# directory and compares them, file by file, with the committed copy in
# docs/generated: the docs must match the code. Works the same in a git
# checkout, an exported tree or a tarball (no git involved).
#   scripts/check-docs.sh [BUILD_DIR]            (default build)
#   scripts/check-docs.sh --compare GENERATED COMMITTED   (no build; self-test)
# To update the committed copy: cmake --build build --target attn-docs
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/result.sh

if [ "${1:-}" = "--compare" ]; then
  generated=$2; committed=$3
else
  build=${1:-build}
  if ! cmake --build "$build" --target mlir-doc >/dev/null; then
    fail "docs: 'cmake --build $build --target mlir-doc' failed"; finish
  fi
  generated=$build/docs; committed=docs/generated
fi
if [ ! -d "$generated" ] || [ -z "$(ls -A "$generated" 2>/dev/null)" ]; then
  fail "docs: nothing generated in $generated"; finish
fi
if diff -r "$generated" "$committed"; then
  pass "docs: $committed matches the TableGen definitions ($(find "$generated" -type f | wc -l) files)"
else
  fail "docs: $committed is stale (update it with 'cmake --build build --target attn-docs')"
fi
finish
