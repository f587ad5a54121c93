#!/usr/bin/env bash
# Regenerates the frontend corpus test/Frontends/Inputs/*.mlir from real
# frontends (PyTorch + transformers -> torch-mlir / ONNX / IREE; JAX -> IREE).
# Needs the pinned frontends in a virtual environment outside the repository:
#   python3 -m venv /work/venv-fe && /work/venv-fe/bin/pip install -r frontends/requirements.txt
#   FE_PYTHON=/work/venv-fe/bin/python frontends/regenerate.sh
# CI does not run this: the generated IR is committed. A log of what was
# written and what each frontend refused goes to frontends/generate.log.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${FE_PYTHON:-python3}
rm -f test/Frontends/Inputs/*.mlir
{
  "$PY" frontends/gen_torch.py
  "$PY" frontends/gen_jax.py
} 2>/dev/null | tee frontends/generate.log
echo "$(ls test/Frontends/Inputs/*.mlir | wc -l) files, $(du -sh test/Frontends/Inputs | cut -f1)"
