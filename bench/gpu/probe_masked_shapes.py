#!/usr/bin/env python3
"""Masked prefill shapes (D 65..128 with 16-bit masks with rows, their twins, boolean [B,1,S,S]
masks) through bench_sdpa's models harness: the same checks, rounds and columns as the sweeps.

  probe_masked_shapes.py --lib build-gpu/lib/libattnrt.so --dtypes bf16 --rounds 3 --out r.md
  PROBE_ONLY=0,3 ... (these rows only); ATTN_HOPPER_VARIANT=NAME forces a variant (tuning).
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe_rows
from model_shapes import Shape
SH = [Shape("R36 S120 D96 GQA", "-", "-", 2048, 16, 2, 120, 120, 96, 0, "causal_pad_add"),
      Shape("S128 D128", "-", "-", 1024, 16, 16, 128, 128, 128, 0, "causal_pad_add"),
      Shape("S256 D128", "-", "-", 512, 16, 16, 256, 256, 128, 0, "causal_pad_add"),
      Shape("S512 D128 bias", "-", "-", 64, 16, 16, 512, 512, 128, 0, "bias"),
      Shape("S1024 D128 8/32", "-", "-", 8, 32, 8, 1024, 1024, 128, 0, "causal_pad_add"),
      Shape("S2048 D80", "-", "-", 4, 32, 32, 2048, 2048, 80, 0, "causal_pad_add"),
      Shape("S197 D96 bias", "-", "-", 256, 12, 12, 197, 197, 96, 0, "bias"),
      Shape("S120 D64 (MTILE D64)", "-", "-", 2048, 16, 2, 120, 120, 64, 0, "causal_pad_add"),
      Shape("bool S1024 D128", "-", "-", 8, 32, 8, 1024, 1024, 128, 0, "bool_full"),
      Shape("bool S512 D64", "-", "-", 32, 12, 12, 512, 512, 64, 0, "bool_full"),
      Shape("HF bool S1024 D128", "-", "-", 8, 32, 8, 1024, 1024, 128, 0, "causal_pad_bool"),
      Shape("HF bool S128 D128", "-", "-", 1024, 16, 16, 128, 128, 128, 0, "causal_pad_bool"),
      Shape("HF bool S512 D64", "-", "-", 32, 12, 12, 512, 512, 64, 0, "causal_pad_bool"),
      Shape("HF bool S120 D96 (rows not aligned)", "-", "-", 2048, 16, 2, 120, 120, 96, 0, "causal_pad_bool"),
      Shape("HF bool S1001 D128 (rows not aligned)", "-", "-", 8, 32, 8, 1001, 1001, 128, 0, "causal_pad_bool"),
      Shape("HF add S1001 D128 (rows not aligned)", "-", "-", 8, 32, 8, 1001, 1001, 128, 0, "causal_pad_add"),
      Shape("BERT pad S197 D64 (rows not aligned)", "-", "-", 64, 12, 12, 197, 197, 64, 0, "pad_add"),
      Shape("HF bool S77 D64 (rows not aligned)", "-", "-", 256, 12, 12, 77, 77, 64, 0, "causal_pad_bool"),
      # D <= 64 masks with aligned rows beyond 1024 keys (mask tiles against the register path)
      Shape("HF add S2048 D64 GQA", "-", "-", 4, 32, 8, 2048, 2048, 64, 0, "causal_pad_add"),
      Shape("HF bool S2048 D64 GQA", "-", "-", 4, 32, 8, 2048, 2048, 64, 0, "causal_pad_bool"),
      Shape("causal bias S4096 D64", "-", "-", 2, 16, 16, 4096, 4096, 64, 1, "bias"),
      Shape("causal bias S7168 D32 (R29's aligned twin)", "-", "-", 11, 14, 2, 7168, 7168, 32, 1, "bias"),
      # real-model masked shapes no sweep row had (2026-12-03, lead call S6): SQuAD-length BERT,
      # encoder-decoder cross-attention with the encoder's padding (Sq != Sk), HF chunked prefill
      # with a cache and padding, D 96 (Phi-3) and Whisper's decoder with their causal + padding masks
      Shape("BERT pad S384 D64", "-", "-", 64, 12, 12, 384, 384, 64, 0, "pad_add"),
      Shape("BART cross-attn pad Sq128 Sk512", "-", "-", 32, 16, 16, 128, 512, 64, 0, "pad_add"),
      Shape("T5 cross-attn pad bool Sq64 Sk512", "-", "-", 64, 12, 12, 64, 512, 64, 0, "pad_bool"),
      Shape("Llama chunk 512 @4k causal+pad add", "-", "-", 4, 32, 8, 512, 4096, 128, 0, "causal_pad_add"),
      Shape("Phi-3 D96 causal+pad add S2048", "-", "-", 4, 32, 32, 2048, 2048, 96, 0, "causal_pad_add"),
      Shape("Whisper decoder causal+pad S448 D64", "-", "-", 16, 20, 20, 448, 448, 64, 0, "causal_pad_add"),
      Shape("Llama B1 S333 causal+pad bool", "-", "-", 1, 32, 8, 333, 333, 128, 0, "causal_pad_bool"),
      Shape("Mistral chunk 256 @8k causal+pad bool", "-", "-", 2, 32, 8, 256, 8192, 128, 0, "causal_pad_bool")]
sys.exit(probe_rows.run(SH))
