#!/usr/bin/env python3
"""The attention shapes of the real-model sweep (issue 12; `bench_sdpa.py
--sweep models`), each taken from a public model config.

Every entry names the model, the config values the shape comes from
(Hugging Face config.json field names; D = hidden / heads unless the config
sets head_dim; Dv, V's head dim, only where it differs) and the batch chosen for timing: batches are picked so that
one call takes about 1-3 ms on an H200 (B x heads x S^2 x D work of 0.25-1.1
TFLOP for prefill), decode keeps the batch the brief asks for
(1-64 sequences). The scale is 1/sqrt(D) everywhere (T5 folds its scale into
the weights; the value does not change the work). Gemma-2's logit soft-capping
is left out (neither SDPA nor attnrt computes it).

Masks come from bench_sdpa.make_mask (the masks sweep's builders):
  pad_add  [B,1,1,S] additive, finfo(dtype).min on the padding keys (BERT's
           extended attention mask), 256..512 visible keys per sequence at S 512;
  pad_bool [B,1,1,S] boolean, True = visible, same lengths (both also on
           decode rows: the padding mask of a batched generate() step);
  bias     [1,H,S,S] additive relative-position bias (T5);
  causal_pad_add [B,1,Sq,Sk] additive, finfo.min above the diagonal and on
           the padding keys (Hugging Face eager decoders with an
           attention_mask);
  causal_pad_bool [B,1,Sq,Sk] boolean, True below the diagonal on real keys
           (the same, as Hugging Face's SDPA attention builds it).
Causal modes are attnrt_causal's: 0 none, 1 top-left (PyTorch is_causal),
2 bottom-right (chunked prefill: the Sq new queries see the Sk - Sq cached
keys and the causal part of their own chunk).

  python3 bench/gpu/model_shapes.py --check      # self-consistency, no torch
  python3 bench/gpu/model_shapes.py --list       # index, shape, work, estimate
"""
import argparse
import sys
from collections import namedtuple

CAUSAL_NAMES = {0: "none", 1: "top-left", 2: "bottom-right"}
MASK_KINDS = (None, "pad_add", "pad_bool", "bias", "causal_pad_add", "causal_pad_bool")

# Dv: the value head dim where it differs from D (None: Dv = D).
Shape = namedtuple("Shape", "name model config B Hq Hkv Sq Sk D causal mask Dv", defaults=(None,))


def _s(name, model, config, B, Hq, Hkv, Sq, Sk, D, causal=0, mask=None, Dv=None):
    return Shape(name, model, config, B, Hq, Hkv, Sq, Sk, D, causal, mask, Dv)


def dv(s):
    """The value head dim of shape s (V's and O's last dim)."""
    return s.D if s.Dv is None else s.Dv


SHAPES = [
    # --- encoders with padding masks, relative bias -------------------------
    # bert-base-uncased: hidden_size 768, num_attention_heads 12 (D 64),
    # max_position_embeddings 512.
    _s("BERT-base pad add", "bert-base-uncased", "hidden_size 768, num_attention_heads 12, "
       "max_position_embeddings 512", 512, 12, 12, 512, 512, 64, mask="pad_add"),
    _s("BERT-base pad bool", "bert-base-uncased", "hidden_size 768, num_attention_heads 12, "
       "max_position_embeddings 512", 512, 12, 12, 512, 512, 64, mask="pad_bool"),
    # roberta-large: hidden_size 1024, num_attention_heads 16 (D 64),
    # max_position_embeddings 514 (512 tokens + 2 offset).
    _s("RoBERTa-large pad add", "roberta-large", "hidden_size 1024, num_attention_heads 16, "
       "max_position_embeddings 514", 384, 16, 16, 512, 512, 64, mask="pad_add"),
    _s("RoBERTa-large pad bool", "roberta-large", "hidden_size 1024, num_attention_heads 16, "
       "max_position_embeddings 514", 384, 16, 16, 512, 512, 64, mask="pad_bool"),
    # t5-base: d_model 768, num_heads 12, d_kv 64; relative attention bias
    # [1,H,S,S] (relative_attention_num_buckets 32), 512-token inputs.
    _s("T5-base rel. bias", "t5-base", "d_model 768, num_heads 12, d_kv 64",
       512, 12, 12, 512, 512, 64, mask="bias"),
    # --- vision / audio encoders (no mask, odd sequence lengths) -------------
    # google/vit-base-patch16-224: hidden_size 768, num_attention_heads 12,
    # image_size 224, patch_size 16 -> 14*14 + 1 (CLS) = 197 tokens.
    _s("ViT-B/16 224px", "google/vit-base-patch16-224", "hidden_size 768, num_attention_heads 12, "
       "image_size 224, patch_size 16 -> 197 tokens", 2048, 12, 12, 197, 197, 64),
    # facebook/deit-base-patch16-384: hidden_size 768, num_attention_heads 12,
    # image_size 384, patch_size 16 -> 24*24 + 1 = 577 tokens.
    _s("DeiT-B/16 384px", "facebook/deit-base-patch16-384", "hidden_size 768, num_attention_heads 12, "
       "image_size 384, patch_size 16 -> 577 tokens", 512, 12, 12, 577, 577, 64),
    # laion/CLIP-ViT-H-14 vision tower (SD 2.x image encoder): hidden_size
    # 1280, num_attention_heads 16 (D 80), image_size 224, patch_size 14 ->
    # 16*16 + 1 = 257 tokens.
    _s("CLIP ViT-H/14 224px", "laion/CLIP-ViT-H-14-laion2B-s32B-b79K", "vision hidden_size 1280, "
       "num_attention_heads 16, image_size 224, patch_size 14 -> 257 tokens", 1024, 16, 16, 257, 257, 80),
    # openai/whisper-base: d_model 512, encoder_attention_heads 8 (D 64),
    # max_source_positions 1500 (30 s of audio).
    _s("Whisper-base encoder", "openai/whisper-base", "d_model 512, encoder_attention_heads 8, "
       "max_source_positions 1500", 128, 8, 8, 1500, 1500, 64),
    # openai/whisper-large-v3: d_model 1280, encoder_attention_heads 20 (D 64),
    # max_source_positions 1500.
    _s("Whisper-large-v3 encoder", "openai/whisper-large-v3", "d_model 1280, encoder_attention_heads 20, "
       "max_source_positions 1500", 64, 20, 20, 1500, 1500, 64),
    # --- diffusion U-Net self-attention --------------------------------------
    # runwayml/stable-diffusion-v1-5 unet: block_out_channels [320, 640, 1280,
    # 1280], attention_head_dim 8 (= 8 heads per level) -> D 40 / 80 / 160;
    # sample_size 64 (512 px) -> 64*64 = 4096, 32*32 = 1024, 16*16 = 256
    # tokens; at 256 px the first level has 32*32 = 1024 tokens.
    _s("SD1.5 level 0, 512px", "runwayml/stable-diffusion-v1-5", "unet block_out_channels[0] 320, "
       "attention_head_dim 8, sample_size 64 -> 4096 tokens", 16, 8, 8, 4096, 4096, 40),
    _s("SD1.5 level 0, 256px", "runwayml/stable-diffusion-v1-5", "unet block_out_channels[0] 320, "
       "attention_head_dim 8, 32x32 latent -> 1024 tokens", 256, 8, 8, 1024, 1024, 40),
    _s("SD1.5 level 1, 512px", "runwayml/stable-diffusion-v1-5", "unet block_out_channels[1] 640, "
       "attention_head_dim 8 -> 1024 tokens", 128, 8, 8, 1024, 1024, 80),
    _s("SD1.5 level 2, 512px", "runwayml/stable-diffusion-v1-5", "unet block_out_channels[2] 1280, "
       "attention_head_dim 8 -> 256 tokens", 1024, 8, 8, 256, 256, 160),
    # stabilityai/stable-diffusion-xl-base-1.0 unet: block_out_channels [320,
    # 640, 1280], attention_head_dim [5, 10, 20] (heads; the first level has
    # no attention) -> D 64; sample_size 128 (1024 px) -> 64*64 = 4096 tokens
    # at 640 channels, 32*32 = 1024 at 1280.
    _s("SDXL level 1, 1024px", "stabilityai/stable-diffusion-xl-base-1.0", "unet block_out_channels[1] 640, "
       "attention_head_dim[1] 10, sample_size 128 -> 4096 tokens", 8, 10, 10, 4096, 4096, 64),
    _s("SDXL level 2, 1024px", "stabilityai/stable-diffusion-xl-base-1.0", "unet block_out_channels[2] 1280, "
       "attention_head_dim[2] 20 -> 1024 tokens", 64, 20, 20, 1024, 1024, 64),
    # --- decoder LLM prefill (causal) ---------------------------------------
    # google/gemma-7b: num_attention_heads 16, num_key_value_heads 16,
    # head_dim 256, max_position_embeddings 8192.
    _s("Gemma-7B prefill", "google/gemma-7b", "num_attention_heads 16, num_key_value_heads 16, head_dim 256",
       8, 16, 16, 2048, 2048, 256, causal=1),
    # google/gemma-2-9b: num_attention_heads 16, num_key_value_heads 8,
    # head_dim 256, sliding_window 4096 (= S here, so plain causal).
    _s("Gemma-2-9B prefill GQA", "google/gemma-2-9b", "num_attention_heads 16, num_key_value_heads 8, "
       "head_dim 256, sliding_window 4096", 4, 16, 8, 4096, 4096, 256, causal=1),
    # meta-llama/Meta-Llama-3-8B: hidden_size 4096, num_attention_heads 32,
    # num_key_value_heads 8 (D 128), max_position_embeddings 8192.
    _s("Llama-3-8B prefill 8k", "meta-llama/Meta-Llama-3-8B", "hidden_size 4096, num_attention_heads 32, "
       "num_key_value_heads 8, max_position_embeddings 8192", 2, 32, 8, 8192, 8192, 128, causal=1),
    _s("Llama-3-8B prefill 2k", "meta-llama/Meta-Llama-3-8B", "hidden_size 4096, num_attention_heads 32, "
       "num_key_value_heads 8", 8, 32, 8, 2048, 2048, 128, causal=1),
    # mistralai/Mistral-7B-v0.1: hidden_size 4096, num_attention_heads 32,
    # num_key_value_heads 8, sliding_window 4096 (= S here).
    _s("Mistral-7B prefill", "mistralai/Mistral-7B-v0.1", "hidden_size 4096, num_attention_heads 32, "
       "num_key_value_heads 8, sliding_window 4096", 4, 32, 8, 4096, 4096, 128, causal=1),
    # Qwen/Qwen2-7B: hidden_size 3584, num_attention_heads 28,
    # num_key_value_heads 4 (7 query heads per KV head), D 128.
    _s("Qwen2-7B prefill", "Qwen/Qwen2-7B", "hidden_size 3584, num_attention_heads 28, "
       "num_key_value_heads 4", 4, 28, 4, 4096, 4096, 128, causal=1),
    # tiiuae/falcon-7b: hidden_size 4544, num_attention_heads 71,
    # multi_query true (1 KV head), D 64, 2048-token context.
    _s("Falcon-7B prefill MQA", "tiiuae/falcon-7b", "hidden_size 4544, num_attention_heads 71, "
       "multi_query true", 8, 71, 1, 2048, 2048, 64, causal=1),
    # --- chunked prefill (bottom-right causal, Sq < Sk) ----------------------
    _s("Llama-3-8B chunk 512 @8k", "meta-llama/Meta-Llama-3-8B", "num_attention_heads 32, "
       "num_key_value_heads 8; 512-token chunk after 7680 cached", 8, 32, 8, 512, 8192, 128, causal=2),
    _s("Qwen2-7B chunk 2048 @8k", "Qwen/Qwen2-7B", "num_attention_heads 28, num_key_value_heads 4; "
       "2048-token chunk after 6144 cached", 4, 28, 4, 2048, 8192, 128, causal=2),
    _s("Mistral-7B chunk 1024 @4k", "mistralai/Mistral-7B-v0.1", "num_attention_heads 32, "
       "num_key_value_heads 8; 1024-token chunk after 3072 cached", 8, 32, 8, 1024, 4096, 128, causal=2),
    # --- decode (one query row per sequence) ---------------------------------
    # meta-llama/Llama-3.1-8B: 32 / 8 heads, D 128, max_position_embeddings
    # 131072 (rope_scaling llama3).
    _s("Llama-3.1-8B decode B1 4k", "meta-llama/Llama-3.1-8B", "num_attention_heads 32, "
       "num_key_value_heads 8, max_position_embeddings 131072", 1, 32, 8, 1, 4096, 128),
    _s("Llama-3.1-8B decode B1 32k", "meta-llama/Llama-3.1-8B", "num_attention_heads 32, "
       "num_key_value_heads 8", 1, 32, 8, 1, 32768, 128),
    _s("Llama-3.1-8B decode B1 128k", "meta-llama/Llama-3.1-8B", "num_attention_heads 32, "
       "num_key_value_heads 8, max_position_embeddings 131072", 1, 32, 8, 1, 131072, 128),
    _s("Llama-3.1-8B decode B8 32k", "meta-llama/Llama-3.1-8B", "num_attention_heads 32, "
       "num_key_value_heads 8", 8, 32, 8, 1, 32768, 128),
    _s("Llama-3.1-8B decode B64 4k", "meta-llama/Llama-3.1-8B", "num_attention_heads 32, "
       "num_key_value_heads 8", 64, 32, 8, 1, 4096, 128),
    _s("Llama-3.1-8B decode B64 8k", "meta-llama/Llama-3.1-8B", "num_attention_heads 32, "
       "num_key_value_heads 8", 64, 32, 8, 1, 8192, 128),
    # Qwen2-7B: 28 / 4 heads, max_position_embeddings 32768.
    _s("Qwen2-7B decode B8 32k", "Qwen/Qwen2-7B", "num_attention_heads 28, num_key_value_heads 4, "
       "max_position_embeddings 32768", 8, 28, 4, 1, 32768, 128),
    # Gemma-7B: 16 / 16 heads, head_dim 256, 8192-token context.
    _s("Gemma-7B decode B8 8k", "google/gemma-7b", "num_attention_heads 16, num_key_value_heads 16, "
       "head_dim 256, max_position_embeddings 8192", 8, 16, 16, 1, 8192, 256),
    # Falcon-7B: 71 query heads on 1 KV head, 2048-token context.
    _s("Falcon-7B decode B64 2k MQA", "tiiuae/falcon-7b", "num_attention_heads 71, multi_query true",
       64, 71, 1, 1, 2048, 64),
    # --- Dv != D (appended: the rows above keep their indices) ---------------
    # deepseek-ai/DeepSeek-V3 config.json: num_attention_heads 128,
    # qk_nope_head_dim 128 + qk_rope_head_dim 64 (D 192), v_head_dim 128,
    # kv_lora_rank 512. Prefill runs MLA unabsorbed (as FlashAttention-3's
    # hdim 192 / hdimv 128 kernels and SGLang/vLLM's MLA prefill do): the
    # latent is expanded to per-head K = [k_nope; k_rope] (192) and V (128),
    # so Hkv = Hq = 128; one 4096-token prompt, causal.
    _s("DeepSeek-V3 MLA prefill 4k", "deepseek-ai/DeepSeek-V3", "num_attention_heads 128, "
       "qk_nope_head_dim 128, qk_rope_head_dim 64, v_head_dim 128 (unabsorbed MLA prefill)",
       1, 128, 128, 4096, 4096, 192, causal=1, Dv=128),
    # --- appended 2026-12-01 (non-causal D 128, D 72, short batched decode,
    # a 70B decode): classes the synthetic sweeps of run 10 found below cuDNN
    # that no row above covered ---------------------------------------------
    # black-forest-labs/FLUX.1-dev transformer: num_attention_heads 24,
    # attention_head_dim 128; joint attention at 1024 px: (1024/16)^2 = 4096
    # image tokens + 512 text tokens, non-causal.
    _s("FLUX.1-dev joint attn 1024px", "black-forest-labs/FLUX.1-dev", "num_attention_heads 24, "
       "attention_head_dim 128; 4096 image + 512 text tokens", 2, 24, 24, 4608, 4608, 128),
    # google/siglip-so400m-patch14-384 vision tower: hidden_size 1152,
    # num_attention_heads 16 (D 72), (384/14)^2 = 729 patches, no class token.
    _s("SigLIP-so400m 384px", "google/siglip-so400m-patch14-384", "vision hidden_size 1152, "
       "num_attention_heads 16, image_size 384, patch_size 14 -> 729 tokens", 256, 16, 16, 729, 729, 72),
    _s("Llama-3.1-8B decode B64 1k", "meta-llama/Llama-3.1-8B", "num_attention_heads 32, "
       "num_key_value_heads 8", 64, 32, 8, 1, 1024, 128),
    # meta-llama/Llama-3.1-70B: num_attention_heads 64, num_key_value_heads 8.
    _s("Llama-3.1-70B decode B8 32k", "meta-llama/Llama-3.1-70B", "num_attention_heads 64, "
       "num_key_value_heads 8", 8, 64, 8, 1, 32768, 128),
    # --- appended 2026-12-02: batched prefill with padding, as Hugging Face
    # runs it (attn_implementation "sdpa" or "eager" with an attention_mask:
    # the causal + padding mask as one [B,1,S,S] additive tensor in the model
    # dtype, is_causal off): D 128 with a mask with rows ---------------------
    _s("Llama-3.1-8B padded prefill B8 1k", "meta-llama/Llama-3.1-8B", "num_attention_heads 32, "
       "num_key_value_heads 8; HF [B,1,S,S] causal + padding mask", 8, 32, 8, 1024, 1024, 128,
       mask="causal_pad_add"),
    # The same as attn_implementation "sdpa" builds it (transformers'
    # masking_utils.sdpa_mask): a boolean [B,1,S,S], True = attend.
    _s("Llama-3.1-8B padded prefill B8 1k, bool", "meta-llama/Llama-3.1-8B", "num_attention_heads 32, "
       "num_key_value_heads 8; HF SDPA's boolean [B,1,S,S] causal + padding mask", 8, 32, 8, 1024, 1024,
       128, mask="causal_pad_bool"),
    # --- appended 2026-12-03: batched decode with padding, as Hugging Face's
    # generate() runs a batch of prompts of different lengths: every decode
    # step passes the padding mask over the cache, [B,1,1,Sk] (eager:
    # additive, finfo.min; "sdpa": boolean) ---------------------------------
    _s("Llama-3.1-8B decode B64 2k, padding mask", "meta-llama/Llama-3.1-8B", "num_attention_heads 32, "
       "num_key_value_heads 8; HF [B,1,1,Sk] padding mask", 64, 32, 8, 1, 2048, 128, mask="pad_add"),
    _s("Qwen2-7B decode B32 8k, padding mask", "Qwen/Qwen2-7B", "num_attention_heads 28, "
       "num_key_value_heads 4; HF [B,1,1,Sk] padding mask", 32, 28, 4, 1, 8192, 128, mask="pad_add"),
    _s("Llama-3.1-8B decode B16 32k, bool padding mask", "meta-llama/Llama-3.1-8B", "num_attention_heads 32, "
       "num_key_value_heads 8; HF SDPA's boolean [B,1,1,Sk] padding mask", 16, 32, 8, 1, 32768, 128,
       mask="pad_bool"),
]


def mask_shape(s):
    """The mask tensor's shape (None without a mask), as make_mask builds it."""
    if s.mask in ("pad_add", "pad_bool"):
        return (s.B, 1, 1, s.Sk)
    if s.mask == "bias":
        return (1, s.Hq, s.Sq, s.Sk)
    if s.mask in ("causal_pad_add", "causal_pad_bool", "bool_full"):
        return (s.B, 1, s.Sq, s.Sk)
    return None


def visible_pairs(Sq, Sk, causal):
    """Number of (query, key) pairs the causal mode leaves visible."""
    if causal == 0:
        return Sq * Sk
    off = 0 if causal == 1 else Sk - Sq  # row i sees keys j <= i + off
    return sum(max(0, min(Sk, i + off + 1)) for i in range(Sq))


def flops(s):
    """2 * B * Hq * visible pairs * (D + Dv) (QK^T and PV); masks not
    discounted."""
    return 2 * s.B * s.Hq * visible_pairs(s.Sq, s.Sk, s.causal) * (s.D + dv(s))


def is_decode(s):
    return s.Sq == 1


def io_bytes(s, elem=2):
    """Q, K, V and O bytes: what a decode call must move at least once."""
    return elem * (s.B * s.Hq * s.Sq * (s.D + dv(s)) + s.B * s.Hkv * s.Sk * (s.D + dv(s)))


def estimate_ms(s, backend):
    """A rough per-call time for planning the sweep's length (not a result):
    prefill at 350 TFLOP/s (efficient: 110), decode at 3.5 TB/s."""
    if is_decode(s):
        return io_bytes(s) / 3.5e9 + 0.01
    rate = 110e9 if backend == "efficient" else 350e9
    return flops(s) / rate + 0.01


def check(shapes=SHAPES):
    """Self-consistency of the list; returns a list of problems (empty = ok)."""
    bad = []
    names = set()
    for i, s in enumerate(shapes):
        where = f"#{i} {s.name}"
        if s.name in names:
            bad.append(f"{where}: duplicate name")
        names.add(s.name)
        if not s.model or not s.config:
            bad.append(f"{where}: no model or config cited")
        if min(s.B, s.Hq, s.Hkv, s.Sq, s.Sk, s.D) < 1:
            bad.append(f"{where}: a size below 1")
        if s.Hq % s.Hkv:
            bad.append(f"{where}: Hq {s.Hq} not a multiple of Hkv {s.Hkv}")
        if s.D % 8 or not 8 <= s.D <= 256:
            bad.append(f"{where}: D {s.D} not a multiple of 8 in [8, 256]")
        if s.Dv is not None and (s.Dv % 8 or not 8 <= s.Dv <= 256 or s.Dv == s.D):
            bad.append(f"{where}: Dv {s.Dv} not a multiple of 8 in [8, 256] other than D")
        if s.causal not in CAUSAL_NAMES:
            bad.append(f"{where}: causal {s.causal} not 0/1/2")
        if s.causal == 1 and s.Sq != s.Sk:
            bad.append(f"{where}: top-left causal with Sq != Sk (use bottom-right for chunks)")
        if s.causal == 2 and s.Sq > s.Sk:
            bad.append(f"{where}: bottom-right with Sq > Sk leaves empty rows")
        if s.mask not in MASK_KINDS:
            bad.append(f"{where}: unknown mask kind {s.mask}")
        if s.mask is not None:
            if s.mask in ("pad_add", "pad_bool") and s.Sk < 4:
                bad.append(f"{where}: padding needs S >= 4")
            ms = mask_shape(s)
            full = (s.B, s.Hq, s.Sq, s.Sk)
            if len(ms) != 4 or any(m not in (1, f) for m, f in zip(ms, full)):
                bad.append(f"{where}: mask {ms} does not broadcast to {full}")
        if is_decode(s) and (s.causal or s.mask not in (None, "pad_add", "pad_bool")):
            bad.append(f"{where}: decode rows take no causal mode and no mask but a padding mask")
        kv_gb = s.B * s.Hkv * s.Sk * (s.D + dv(s)) * 2 / 1e9
        if kv_gb > 12:
            bad.append(f"{where}: {kv_gb:.1f} GB of K/V per copy")
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="self-consistency; exit 1 on a problem")
    ap.add_argument("--list", action="store_true", help="print every shape with work and estimate")
    args = ap.parse_args()
    if args.list:
        total = 0.0
        for i, s in enumerate(SHAPES):
            work = (f"{io_bytes(s) / 1e6:8.1f} MB" if is_decode(s) else f"{flops(s) / 1e9:8.1f} GF")
            est = estimate_ms(s, "attnrt")
            d = f"{s.D}" if s.Dv is None else f"{s.D}/{s.Dv}"
            print(f"{i:2d} {s.name:30s} {s.B:4d},{s.Hq:3d}/{s.Hkv:<3d},{s.Sq:6d},{s.Sk:6d},{d:>7s} "
                  f"{CAUSAL_NAMES[s.causal]:12s} {str(s.mask):8s} {work} ~{est:6.3f} ms")
            total += est
        print(f"{len(SHAPES)} shapes; sum of estimated attnrt call times {total:.1f} ms")
    bad = check()
    for b in bad:
        print("FAIL:", b)
    if args.check and not bad:
        print(f"PASS: {len(SHAPES)} model shapes consistent")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
