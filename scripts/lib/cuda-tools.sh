# Finds the CUDA tools instead of naming their paths (sourced by
# scripts/check-kernels.sh and scripts/setup.sh).
#   attn_find_nvcc                 nvcc on PATH, else $CUDA_HOME/bin,
#                                  /usr/local/cuda/bin; prints nothing if none
#   attn_find_cuda_tool NAME NVCC  NAME (cuobjdump, nvdisasm) on PATH, next
#                                  to NVCC, in $CUDA_HOME/bin, or from
#                                  NVIDIA's pip wheel under <repo>/.tools/cuda/NAME
#                                  (scripts/setup.sh puts it there); prints
#                                  nothing if none
ATTN_TOOLS_DIR=${ATTN_TOOLS_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.tools}

attn_find_nvcc() {
  local d
  if command -v nvcc; then return 0; fi
  for d in "${CUDA_HOME:-}" /usr/local/cuda; do
    if [ -n "$d" ] && [ -x "$d/bin/nvcc" ]; then echo "$d/bin/nvcc"; return 0; fi
  done
  return 0
}

attn_find_cuda_tool() {
  local name="$1" nvcc="${2:-}" c
  if command -v "$name"; then return 0; fi
  for c in "${nvcc:+$(dirname "$nvcc")/$name}" "${CUDA_HOME:+$CUDA_HOME/bin/$name}" \
           "$ATTN_TOOLS_DIR"/cuda/"$name"/nvidia/*/bin/"$name"; do
    if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; return 0; fi
  done
  return 0
}
