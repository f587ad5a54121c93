#!/usr/bin/env python3
"""Masked decode and verification shapes (Sq 1..16 with a mask, as Hugging Face's
generate() passes one for batched prompts with padding or a static cache) through
bench_sdpa's models harness: the same checks, rounds and columns as the sweeps.

  probe_masked_decode.py --lib build-gpu/lib/libattnrt.so --dtypes bf16 --rounds 3 --out r.md
  PROBE_ONLY=0,3 ... (these rows only).
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_rows
from model_shapes import Shape
SH = [Shape("Llama-3.1-8B decode B8 4k pad add", "-", "-", 8, 32, 8, 1, 4096, 128, 0, "pad_add"),
      Shape("Llama-3.1-8B decode B8 4k pad bool", "-", "-", 8, 32, 8, 1, 4096, 128, 0, "pad_bool"),
      Shape("Llama-3.1-8B decode B64 2k pad add", "-", "-", 64, 32, 8, 1, 2048, 128, 0, "pad_add"),
      Shape("Llama-3.1-8B decode B1 32k pad add", "-", "-", 1, 32, 8, 1, 32768, 128, 0, "pad_add"),
      Shape("Llama-3.1-8B decode B16 32k pad bool", "-", "-", 16, 32, 8, 1, 32768, 128, 0, "pad_bool"),
      Shape("Qwen2-7B decode B32 8k pad add", "-", "-", 32, 28, 4, 1, 8192, 128, 0, "pad_add"),
      Shape("Gemma-7B decode B8 8k pad add D256", "-", "-", 8, 16, 16, 1, 8192, 256, 0, "pad_add"),
      Shape("GPT-2 decode B32 1k pad add D64", "-", "-", 32, 12, 12, 1, 1024, 64, 0, "pad_add"),
      Shape("Falcon-7B decode B16 2k MQA pad add", "-", "-", 16, 71, 1, 1, 2048, 64, 0, "pad_add"),
      Shape("T5 decoder step bias B32 512", "-", "-", 32, 12, 12, 1, 512, 64, 0, "bias"),
      Shape("Llama verify Sq4 4k causal+pad add", "-", "-", 8, 32, 8, 4, 4096, 128, 0, "causal_pad_add"),
      Shape("Llama verify Sq8 8k causal+pad bool", "-", "-", 8, 32, 8, 8, 8192, 128, 0, "causal_pad_bool"),
      Shape("Llama decode B64 300 keys pad add", "-", "-", 64, 32, 8, 1, 300, 128, 0, "pad_add"),
      Shape("Whisper-large decoder cross-attn B16", "-", "-", 16, 20, 20, 1, 1500, 64, 0, None),
      Shape("Llama-3.1-8B decode B8 4k (unmasked twin)", "-", "-", 8, 32, 8, 1, 4096, 128, 0, None)]
sys.exit(probe_rows.run(SH))
