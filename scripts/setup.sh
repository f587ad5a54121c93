#!/usr/bin/env bash
# Installs every Debian package attn-opt's build and tests need, and cuobjdump
# where nvcc is installed without it (below). Idempotent.
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

# scripts/check-kernels.sh needs cuobjdump and nvdisasm (cuobjdump calls it
# for sm_90a) wherever nvcc is installed (the SASS checks); a CUDA install
# without them (nvcc and ptxas only) gets NVIDIA's wheels of the same major
# version under .tools/cuda (git-ignored).
. "$(dirname "$0")/lib/cuda-tools.sh"
nvcc=$(attn_find_nvcc)
if [ -n "$nvcc" ]; then
  major=$("$nvcc" --version | sed -nE 's/.*release ([0-9]+)\..*/\1/p')
  for tool in cuobjdump nvdisasm; do
    [ -z "$(attn_find_cuda_tool "$tool" "$nvcc")" ] || continue
    echo "setup: installing $tool (pip nvidia-cuda-$tool ${major}.x) into $ATTN_TOOLS_DIR/cuda"
    python3 -m pip install -q --disable-pip-version-check --target "$ATTN_TOOLS_DIR/cuda/$tool" \
      "nvidia-cuda-$tool>=${major},<$((major + 1))"
  done
fi
