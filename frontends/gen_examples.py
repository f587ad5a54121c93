#!/usr/bin/env python3
"""The models of examples/ (what the README's first command runs).

A BERT-style encoder layer (eager attention, padding mask) and a LLaMA-style
decoder layer (SDPA, causal + padding mask, grouped-query attention), random
init from transformers configs, exported from PyTorch through torch.export and
torch-mlir (`torch_mlir.fx.export_and_import`, linalg-on-tensors), weights as
function arguments. Larger than the corpus models (test/Frontends/Inputs),
small enough that examples/run.sh runs both, unfused and fused, in seconds on
two cores. Each file starts with the corpus header (`// FRONTEND: {json}`):
test/Frontends/run_corpus.py builds the inputs from it, runs both programs
and compares them row by row.

Needs the pinned frontends (frontends/requirements.txt):
  /work/venv-fe/bin/python frontends/gen_examples.py
CI and users never run this: the generated IR is committed.
"""

import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus  # noqa: E402
import gen_torch  # noqa: E402
import models  # noqa: E402

EXAMPLES = os.path.join(corpus.ROOT, "examples")
BATCH, SEQ = 2, 128


def bert_layer(attn, dtype):
    return models.HFText(models._hf(
        "BertModel", "BertConfig", attn, dtype, hidden_size=256, num_hidden_layers=1,
        num_attention_heads=4, intermediate_size=1024, vocab_size=models.VOCAB,
        max_position_embeddings=SEQ))


def llama_layer(attn, dtype):
    return models.HFText(models._hf(
        "LlamaModel", "LlamaConfig", attn, dtype, hidden_size=256, num_hidden_layers=1,
        num_attention_heads=8, num_key_value_heads=2, intermediate_size=512,
        vocab_size=models.VOCAB, max_position_embeddings=SEQ))


# file name -> (model name in the header, builder, attention implementation)
TARGETS = {
    "bert_encoder.mlir": ("bert_layer", bert_layer, "eager"),
    "llama_decoder.mlir": ("llama_layer", llama_layer, "sdpa"),
}


def main():
    log = []
    for fname, (name, build, attn) in TARGETS.items():
        spec = models.Spec(build, models.text_inputs, blocks=1, kinds=models.text_kinds())
        model = build(attn, torch.float32)
        inputs = spec.inputs(BATCH, SEQ, torch.float32)
        fn, weights = models.functional(model)
        meta = {"model": name, "path": "tm-linalg", "attn": attn, "dtype": "f32",
                "shapes": "static", "expected_blocks": spec.blocks, "func": "forward",
                "args": gen_torch.arg_roles(spec, weights, inputs)}
        prog, _ = gen_torch.export_program(spec, fn, weights, inputs, "static")
        text = gen_torch.torch_mlir_fx(prog, "linalg-on-tensors")
        corpus.OUT = EXAMPLES
        path = corpus.write(meta, text, log)
        print(log[-1], flush=True)
        if path is None:
            return 1
        os.replace(path, os.path.join(EXAMPLES, fname))
    return 0


if __name__ == "__main__":
    sys.exit(main())
