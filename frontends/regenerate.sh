#!/usr/bin/env bash
# Regenerates the frontend corpus test/Frontends/Inputs/*.mlir from real
# frontends (PyTorch + transformers -> torch-mlir / ONNX / IREE; JAX -> IREE).
# Needs the pinned frontends in a virtual environment outside the repository:
#   python3 -m venv /work/venv-fe && /work/venv-fe/bin/pip install -r frontends/requirements.txt
#   python3 -m venv /work/venv-tf && /work/venv-tf/bin/pip install -r frontends/requirements-tflite.txt
#   FE_PYTHON=/work/venv-fe/bin/python TF_PYTHON=/work/venv-tf/bin/python frontends/regenerate.sh
# (without TF_PYTHON the TFLite files are left as they are)
# CI does not run this: the generated IR is committed. A log of what was
# written and what each frontend refused goes to frontends/generate.log.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${FE_PYTHON:-python3}
"$PY" -c "import torch, torch_mlir, iree.compiler, jax" || { echo "error: $PY lacks the frontends (see frontends/requirements.txt)" >&2; exit 1; }
if [ -n "${TF_PYTHON:-}" ]; then
  rm -f test/Frontends/Inputs/*.mlir
else
  find test/Frontends/Inputs -name '*.mlir' ! -name 'tflite-tosa.*' -delete
fi
export IREE_OPT=${IREE_OPT:-$(dirname "$PY")/iree-opt}
{
  "$PY" frontends/gen_torch.py
  "$PY" frontends/gen_jax.py
  if [ -n "${TF_PYTHON:-}" ]; then "$TF_PYTHON" frontends/gen_tflite.py; fi
} 2>frontends/generate.err | grep -E '^[^ ]+\.mlir: ' | tee frontends/generate.log
echo "$(ls test/Frontends/Inputs/*.mlir | wc -l) files, $(du -sh test/Frontends/Inputs | cut -f1)"
