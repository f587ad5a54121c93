#!/usr/bin/env python3
"""PyTorch models -> MLIR through every PyTorch frontend path.

Paths (the `path` field of a corpus file):
  tm-linalg     torch.export -> torch_mlir.fx.export_and_import, linalg-on-tensors
  tm-tosa       torch.export -> torch_mlir.fx.export_and_import, TOSA
  onnx17-tm     torch.onnx.export(dynamo=False, opset 17) -> torch-mlir's ONNX importer
                -> torch-onnx-to-torch-backend + torch-backend-to-linalg-on-tensors
  onnxdy-tm     torch.onnx.export(dynamo=True) -> the same
  onnx17-iree   the opset-17 file -> iree-import-onnx -> iree-compile --compile-to=input
  onnxdy-iree   the dynamo file -> the same
  turbine-iree  torch.export (core ATen decompositions) -> iree-turbine
                -> iree-compile --compile-to=input
The IREE outputs are cut down to upstream dialects by iree_extract.py.

Usage: gen_torch.py [--only PATH,...] [--models M,...]
       gen_torch.py --try PATH:MODEL:ATTN:DTYPE ...   (one variant each, outside
       the corpus matrix; with FE_OUT=DIR written there, e.g. to try a model)
"""

import argparse
import os
import subprocess
import sys
import tempfile
import traceback

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus  # noqa: E402
import iree_extract  # noqa: E402
import models  # noqa: E402

VENV_BIN = os.path.dirname(sys.executable)

# (model, attn, dtype, shapes) per path; the full matrix is large, so dtypes
# and dynamic shapes are covered on the torch-mlir paths, every model in f32
# static on every path.
ALL_PATHS = ["tm-linalg", "tm-tosa", "onnx17-tm", "onnxdy-tm", "onnx17-iree", "onnxdy-iree",
             "turbine-iree"]


def variants(path):
    out = []
    for name, spec in models.MODELS.items():
        if spec.corpus is not None:
            out += [(name, a, dt, "static") for (p, a, dt) in spec.corpus if p == path]
            continue
        for attn in spec.attns:
            out.append((name, attn, "f32", "static"))
    if path in ("tm-linalg", "tm-tosa"):
        for name in ("bert", "llama", "decode_step", "mistral", "bart"):
            for attn in models.MODELS[name].attns:
                for dt in ("f16", "bf16"):
                    out.append((name, attn, dt, "static"))
        for name, spec in models.MODELS.items():
            if spec.dynamic:
                for attn in spec.attns:
                    out.append((name, attn, "f32", "dynamic"))
    return out


def arg_roles(spec, weights, inputs):
    roles = [{"role": "weight", "shape": list(w.shape)} for w in weights]
    for k, v in inputs.items():
        kind = spec.kinds[k]
        r = {"role": kind[0], "shape": list(v.shape)}
        if kind[0] == "ids":
            r["vocab"] = kind[1]
        roles.append(r)
    return roles


def export_program(spec, fn, weights, inputs, shapes):
    args = tuple(weights) + tuple(inputs.values())
    dyn = None
    if shapes == "dynamic":
        # Dim.DYNAMIC: named Dims with ranges trip torch.export 2.9 on the
        # HF mask code ("name 'L' is not defined"); export relates the
        # inputs' sizes itself
        ds = [None] * len(weights)
        dims = {}
        for k in inputs:
            d = spec.dynamic.get(k, {})
            if spec.named_dims:
                ds.append({i: dims.setdefault(n, torch.export.Dim(n, min=2, max=32))
                           for i, n in d.items()} or None)
            else:
                ds.append({i: torch.export.Dim.DYNAMIC for i in d} or None)
        dyn = (tuple(ds),)  # forward(*args): one variadic argument
    return torch.export.export(fn, args, dynamic_shapes=dyn, strict=False), args


def torch_mlir_fx(prog, output_type):
    from torch_mlir import fx
    m = fx.export_and_import(prog, output_type=output_type, func_name="forward")
    return m.operation.get_asm(large_elements_limit=None)


def torch_mlir_onnx(onnx_path):
    from torch_mlir.dialects import torch as torch_d  # noqa: F401
    from torch_mlir import ir
    from torch_mlir.passmanager import PassManager
    from torch_mlir.extras import onnx_importer
    import onnx
    model = onnx.shape_inference.infer_shapes(onnx.load(onnx_path), data_prop=True)
    ctx = ir.Context()
    torch_d.register_dialect(ctx)
    mi = onnx_importer.ModelInfo(model)
    m = mi.create_module(context=ctx).operation
    onnx_importer.NodeImporter.define_function(mi.main_graph, m).import_all()
    with ctx:
        pm = PassManager.parse("builtin.module(torch-onnx-to-torch-backend-pipeline,"
                               "torch-backend-to-linalg-on-tensors-backend-pipeline)")
        pm.run(m)
    return m.get_asm(large_elements_limit=None)


def onnx_export(model, fn, weights, inputs, dynamo, path):
    """dynamo=True: the functional model (weights first, named w0..wN);
    dynamo=False (TorchScript, opset 17): the model itself with
    export_params=False, which makes the parameters graph inputs after the
    model's inputs (functional_call cannot be traced by TorchScript)."""
    if dynamo:
        names = ["w%d" % i for i in range(len(weights))] + list(inputs)
        torch.onnx.export(fn, tuple(weights) + tuple(inputs.values()), path, dynamo=True,
                          input_names=names, external_data=False)
    else:
        torch.onnx.export(model, tuple(inputs.values()), path, dynamo=False, opset_version=17,
                          input_names=list(inputs), export_params=False,
                          do_constant_folding=False)


def onnx_roles(path, spec):
    """Argument roles from the ONNX graph's inputs (in order): the model's
    inputs by name, everything else a weight."""
    import onnx
    g = onnx.load(path).graph
    init = {i.name for i in g.initializer}
    roles = []
    for i in g.input:
        if i.name in init:
            continue
        shape = [d.dim_value for d in i.type.tensor_type.shape.dim]
        if i.name in spec.kinds:
            kind = spec.kinds[i.name]
            r = {"role": kind[0], "shape": shape}
            if kind[0] == "ids":
                r["vocab"] = kind[1]
        else:
            r = {"role": "weight", "shape": shape}
        roles.append(r)
    return roles


def iree_onnx(onnx_path, tmp):
    """Returns (text, kept argument indices)."""
    imp = os.path.join(tmp, "imported.mlir")
    subprocess.run([os.path.join(VENV_BIN, "iree-import-onnx"), onnx_path, "-o", imp], check=True,
                   capture_output=True, text=True)
    return iree_extract.compile_to_input(imp, "onnx")


def turbine(prog_fn, args, tmp):
    from iree.turbine import aot
    out = aot.export(prog_fn, args=args)
    src = os.path.join(tmp, "turbine.mlir")
    out.save_mlir(src)
    return iree_extract.compile_to_input(src, "torch")


def generate(path, name, attn, dtype, shapes, log, tmp):
    spec = models.MODELS[name]
    tdt = getattr(torch, corpus.DTYPES[dtype])
    model = spec.build(attn, tdt)
    inputs = spec.inputs(models.BATCH, models.SEQ, tdt)
    fn, weights = models.functional(model)
    meta = {"model": name, "path": path, "attn": attn, "dtype": dtype, "shapes": shapes,
            "expected_blocks": spec.blocks, "func": "forward",
            "args": arg_roles(spec, weights, inputs)}
    if path in ("tm-linalg", "tm-tosa"):
        prog, _ = export_program(spec, fn, weights, inputs, shapes)
        text = torch_mlir_fx(prog, "linalg-on-tensors" if path == "tm-linalg" else "tosa")
    elif path.startswith("onnx"):
        op = os.path.join(tmp, "%s.%s.onnx" % (name, attn))
        onnx_export(model, fn, weights, inputs, path.startswith("onnxdy"), op)
        meta["args"] = onnx_roles(op, spec)
        if path.endswith("-tm"):
            text = torch_mlir_onnx(op)
        else:
            text, kept = iree_onnx(op, tmp)
            meta["args"] = [meta["args"][i] for i in kept]
        meta["func"] = iree_extract.main_func_name(text)
    elif path == "turbine-iree":
        prog, args = export_program(spec, fn, weights, inputs, shapes)
        prog = prog.run_decompositions()
        text, kept = turbine(prog, args, tmp)
        # IREE drops arguments the program does not read
        meta["args"] = [meta["args"][i] for i in kept]
        meta["func"] = iree_extract.main_func_name(text)
    else:
        raise ValueError(path)
    tys = corpus.func_args(text, meta["func"])
    if tys is None or len(tys) != len(meta["args"]):
        log.append("%s: function @%s has %s arguments, the model %d" % (
            corpus.file_name(name, path, attn, dtype, shapes), meta["func"],
            "no" if tys is None else len(tys), len(meta["args"])))
        return None
    return corpus.write(meta, text, log)


def pick_message(lines):
    """The most telling line of a frontend's exception text."""
    for l in lines:
        if "Error" in l or "error:" in l or "not implemented" in l or "Cannot" in l:
            return l.strip()
    return lines[-1].strip() if lines else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default=",".join(ALL_PATHS))
    ap.add_argument("--models", default="")
    ap.add_argument("--try", dest="tries", nargs="*", default=None)
    a = ap.parse_args()
    log = []
    want = set(a.models.split(",")) if a.models else None
    todo = []
    if a.tries is not None:
        for t in a.tries:
            path, name, attn, dtype = t.split(":")
            todo.append((path, (name, attn, dtype, "static")))
    else:
        for path in a.only.split(","):
            todo += [(path, v) for v in variants(path)]
    for path, (name, attn, dtype, shapes) in todo:
        if want and name not in want:
            continue
        tag = corpus.file_name(name, path, attn, dtype, shapes)
        with tempfile.TemporaryDirectory() as tmp:
            try:
                generate(path, name, attn, dtype, shapes, log, tmp)
            except Exception as ex:  # a frontend failure is recorded, not fatal
                msg = str(ex).strip().splitlines()
                log.append("%s: FAILED in the frontend: %s: %s" % (
                    tag, type(ex).__name__, pick_message(msg)[:300]))
                if os.environ.get("FE_TRACE"):
                    traceback.print_exc()
        print(log[-1], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
