#!/usr/bin/env bash
# Installs build/ into a fresh prefix and builds two consumer projects against
# the installed CMake package: one calls the runtime's C API, one registers the
# attn dialect and passes in its own opt tool. Needs a finished build/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install build --prefix "$work/prefix" >/dev/null
for c in c-consumer opt-consumer; do
  cmake -G Ninja -S test/Packaging/$c -B "$work/$c" \
    -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 >/dev/null
  cmake --build "$work/$c" >/dev/null
done
# The runtime is found through the installed RPATH-less prefix.
LD_LIBRARY_PATH="$work/prefix/lib" "$work/c-consumer/c-consumer"
# my-opt parses and verifies the attn dialect and knows the fusion pass.
"$work/opt-consumer/my-opt" --help | grep -- "--attn-fuse" >/dev/null
"$work/opt-consumer/my-opt" test/Dialect/Attn/roundtrip.mlir | grep "attn.flash_attention" >/dev/null
echo "PASS: install: c-consumer and opt-consumer built and ran against the installed package"
