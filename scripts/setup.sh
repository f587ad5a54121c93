#!/usr/bin/env bash
# Installs every Debian package attn-opt's build and tests need. Idempotent.
set -euo pipefail
pkgs=(cmake ninja-build python3 g++ llvm-22-dev llvm-22-tools libmlir-22-dev
      mlir-22-tools clang-22 lld-22 libclang-rt-22-dev libgtest-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
