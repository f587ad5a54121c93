# Sourced by the scripts that run on the GPU machine (scripts/gpu-test.sh,
# bench/gpu/*.sh): finds the tools there instead of naming their paths.
#   ATTN_PYTHON   a python3 that imports torch: $ATTN_PYTHON if set, else the
#                 first of python3 on PATH, $VIRTUAL_ENV, $CONDA_PREFIX and
#                 /opt/*/.venv, /opt/*/ (virtual environments and conda
#                 installs) that does; its bin/ goes first on PATH (pip's
#                 cmake and ninja live there on the GPU machine).
#   PATH          also gets nvcc's directory (nvcc on PATH, $CUDA_HOME/bin or
#                 /usr/local/cuda/bin) when nvcc is not on PATH yet.
# Prints what it found on stderr; fails (return 1) when cmake or ninja is
# still missing. Torch is optional (only the benchmarks need it).
attn_find_python() {
  local c
  for c in "${ATTN_PYTHON:-}" "$(command -v python3 || true)" \
           "${VIRTUAL_ENV:+$VIRTUAL_ENV/bin/python3}" "${CONDA_PREFIX:+$CONDA_PREFIX/bin/python3}" \
           /opt/*/.venv/bin/python3 /opt/*/bin/python3; do
    [ -n "$c" ] && [ -x "$c" ] || continue
    if "$c" -c 'import torch' >/dev/null 2>&1; then echo "$c"; return 0; fi
  done
  command -v python3 || true
}

ATTN_PYTHON=$(attn_find_python)
export ATTN_PYTHON
if [ -n "$ATTN_PYTHON" ]; then
  PATH="$(dirname "$ATTN_PYTHON"):$PATH"
fi
if ! command -v nvcc >/dev/null; then
  for d in "${CUDA_HOME:+$CUDA_HOME/bin}" /usr/local/cuda/bin; do
    if [ -n "$d" ] && [ -x "$d/nvcc" ]; then PATH="$d:$PATH"; break; fi
  done
fi
export PATH
echo "gpu-env: python $ATTN_PYTHON; cmake $(command -v cmake || echo MISSING);" \
  "ninja $(command -v ninja || echo MISSING); nvcc $(command -v nvcc || echo MISSING)" >&2
command -v cmake >/dev/null && command -v ninja >/dev/null
