"""The PyTorch models of the frontend corpus: small configs, random init.

Every model is built from a config (transformers) or written here (nanoGPT,
the KV-cache decode step); no weights are downloaded. `MODELS` maps a name to
a `Spec`:

  build(attn, dtype) -> nn.Module   attn: "eager" | "sdpa"
  inputs(batch, seq) -> dict of example tensors (the non-weight inputs)
  dynamic: which input dims may be dynamic (torch.export Dim names)
  blocks: the number of attention blocks the CONFIG implies (layers x
          attention modules per layer), never a number read from a pass.
  attns: the attention implementations the model has.

`functional(model)` turns the parameters into leading forward() arguments so
the exported function takes the weights as arguments (files stay small).
"""

import math
from dataclasses import dataclass, field
from typing import Callable

import torch
import torch.nn as nn
import torch.nn.functional as F

HIDDEN = 64
HEADS = 4
KV_HEADS = 2
LAYERS = 2
FFN = 128
VOCAB = 128
BATCH = 2
SEQ = 16


@dataclass
class Spec:
    build: Callable
    inputs: Callable
    blocks: int
    attns: tuple = ("eager", "sdpa")
    # input name -> {dim index: dim name}
    dynamic: dict = field(default_factory=dict)
    # input name -> ("ids", vocab) | ("mask",) | ("float",)
    kinds: dict = field(default_factory=dict)
    note: str = ""
    # torch.export.Dim(name) per name (relations across inputs) instead of
    # Dim.DYNAMIC per dim
    named_dims: bool = False
    # the corpus variants of this model, (path, attn, dtype) triples, static
    # shapes; None: the default matrix (every path in f32, gen_torch.variants)
    corpus: tuple = None


def _hf(cls_name, cfg_name, attn, dtype, **cfg):
    import transformers
    config = getattr(transformers, cfg_name)(**cfg)
    config._attn_implementation = attn
    torch.manual_seed(0)
    model = getattr(transformers, cls_name)(config)
    return model.to(dtype).eval()


def padding_mask(batch, seq):
    """1 = token, 0 = padding: sequence b keeps seq - 3*b tokens (at least 1)."""
    m = torch.ones(batch, seq, dtype=torch.int64)
    for b in range(batch):
        m[b, max(1, seq - 3 * b):] = 0
    return m


def ids(batch, seq):
    g = torch.Generator().manual_seed(1)
    return torch.randint(0, VOCAB, (batch, seq), generator=g)


# model types whose forward builds a KV cache unless told not to
CACHED = ("llama", "qwen2", "gpt2", "mistral", "gpt_neox", "phi", "bloom", "gpt_bigcode", "opt",
          "falcon", "gemma3_text", "qwen3")


class HFText(nn.Module):
    """input_ids + attention_mask -> last hidden state."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        kw = {"use_cache": False} if self.model.config.model_type in CACHED else {}
        return self.model(input_ids=input_ids, attention_mask=attention_mask, **kw).last_hidden_state


class HFPixels(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, pixel_values):
        return self.model(pixel_values=pixel_values).last_hidden_state


class HFFeatures(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_features):
        return self.model(input_features=input_features).last_hidden_state


def bert(attn, dtype):
    return HFText(_hf("BertModel", "BertConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                      intermediate_size=FFN, vocab_size=VOCAB, max_position_embeddings=64))


class HFEmbeds(nn.Module):
    """inputs_embeds + attention_mask -> last hidden state (RoBERTa derives
    position ids from input_ids by a cumsum no linalg path lowers)."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, inputs_embeds, attention_mask):
        return self.model(inputs_embeds=inputs_embeds, attention_mask=attention_mask).last_hidden_state


def roberta(attn, dtype):
    return HFEmbeds(_hf("RobertaModel", "RobertaConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS,
                      intermediate_size=FFN, vocab_size=VOCAB, max_position_embeddings=64,
                      pad_token_id=1))


def llama(attn, dtype):
    return HFText(_hf("LlamaModel", "LlamaConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                      num_key_value_heads=KV_HEADS, intermediate_size=FFN, vocab_size=VOCAB,
                      max_position_embeddings=64))


def qwen2(attn, dtype):
    return HFText(_hf("Qwen2Model", "Qwen2Config", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS,
                      num_key_value_heads=1, intermediate_size=FFN, vocab_size=VOCAB,
                      max_position_embeddings=64))


def gpt2(attn, dtype):
    return HFText(_hf("GPT2Model", "GPT2Config", attn, dtype, n_embd=HIDDEN, n_layer=LAYERS,
                      n_head=HEADS, n_positions=64, vocab_size=VOCAB))


def vit(attn, dtype):
    return HFPixels(_hf("ViTModel", "ViTConfig", attn, dtype, hidden_size=HIDDEN,
                        num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                        intermediate_size=FFN, image_size=32, patch_size=8, num_channels=3))


def whisper_encoder(attn, dtype):
    import transformers
    config = transformers.WhisperConfig(d_model=HIDDEN, encoder_layers=LAYERS,
                                        encoder_attention_heads=HEADS, encoder_ffn_dim=FFN,
                                        num_mel_bins=8, max_source_positions=16,
                                        decoder_layers=1, decoder_attention_heads=HEADS,
                                        vocab_size=VOCAB)
    config._attn_implementation = attn
    torch.manual_seed(0)
    enc = transformers.models.whisper.modeling_whisper.WhisperEncoder(config)
    return HFFeatures(enc.to(dtype).eval())


def t5_encoder(attn, dtype):
    return HFText(_hf("T5EncoderModel", "T5Config", attn, dtype, d_model=HIDDEN, d_kv=16,
                      num_heads=HEADS, num_layers=LAYERS, d_ff=FFN, vocab_size=VOCAB,
                      relative_attention_num_buckets=8, relative_attention_max_distance=16))


class NanoGPT(nn.Module):
    """nanoGPT's block stack (Karpathy's model.py): fused qkv, causal attention
    with F.scaled_dot_product_attention ("sdpa") or the manual masked_fill
    + softmax path ("eager")."""

    def __init__(self, attn, layers=LAYERS, n_embd=HIDDEN, n_head=HEADS, block=64):
        super().__init__()
        self.attn, self.n_head = attn, n_head
        self.wte = nn.Embedding(VOCAB, n_embd)
        self.wpe = nn.Embedding(block, n_embd)
        self.ln = nn.ModuleList([nn.LayerNorm(n_embd) for _ in range(2 * layers + 1)])
        self.c_attn = nn.ModuleList([nn.Linear(n_embd, 3 * n_embd) for _ in range(layers)])
        self.c_proj = nn.ModuleList([nn.Linear(n_embd, n_embd) for _ in range(layers)])
        self.fc = nn.ModuleList([nn.Linear(n_embd, 4 * n_embd) for _ in range(layers)])
        self.proj = nn.ModuleList([nn.Linear(4 * n_embd, n_embd) for _ in range(layers)])
        self.register_buffer("bias", torch.tril(torch.ones(block, block)).view(1, 1, block, block))

    def attention(self, i, x):
        B, T, C = x.shape
        q, k, v = self.c_attn[i](x).split(C, dim=2)
        q = q.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        k = k.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        v = v.view(B, T, self.n_head, C // self.n_head).transpose(1, 2)
        if self.attn == "sdpa":
            y = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        else:
            att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))
            att = att.masked_fill(self.bias[:, :, :T, :T] == 0, float("-inf"))
            att = F.softmax(att, dim=-1)
            y = att @ v
        return self.c_proj[i](y.transpose(1, 2).contiguous().view(B, T, C))

    def forward(self, input_ids):
        T = input_ids.shape[1]
        x = self.wte(input_ids) + self.wpe(torch.arange(T, device=input_ids.device))
        for i in range(len(self.c_attn)):
            x = x + self.attention(i, self.ln[2 * i](x))
            x = x + self.proj[i](F.gelu(self.fc[i](self.ln[2 * i + 1](x))))
        return self.ln[-1](x)


def nanogpt(attn, dtype):
    torch.manual_seed(0)
    return NanoGPT(attn).to(dtype).eval()


class DecodeStep(nn.Module):
    """One LLaMA-style GQA decode step with a KV cache: one new token's
    hidden state, the cache [B, Hkv, P, D] of P past positions and a padding
    mask over the P + 1 keys; returns the attention output and the new
    cache. Heads repeated to the query heads (HF's repeat_kv) for "eager",
    enable_gqa for "sdpa"."""

    def __init__(self, attn, n_embd=HIDDEN, n_head=HEADS, n_kv=KV_HEADS):
        super().__init__()
        self.attn, self.h, self.hkv, self.d = attn, n_head, n_kv, n_embd // n_head
        self.q = nn.Linear(n_embd, n_embd, bias=False)
        self.k = nn.Linear(n_embd, n_kv * self.d, bias=False)
        self.v = nn.Linear(n_embd, n_kv * self.d, bias=False)
        self.o = nn.Linear(n_embd, n_embd, bias=False)

    def forward(self, x, k_cache, v_cache, attention_mask):
        B = x.shape[0]
        q = self.q(x).view(B, 1, self.h, self.d).transpose(1, 2)
        k = self.k(x).view(B, 1, self.hkv, self.d).transpose(1, 2)
        v = self.v(x).view(B, 1, self.hkv, self.d).transpose(1, 2)
        k = torch.cat([k_cache, k], dim=2)
        v = torch.cat([v_cache, v], dim=2)
        # additive padding mask over the keys, HF style: 0 or the lowest float
        add = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
        g = self.h // self.hkv
        if self.attn == "sdpa":
            y = F.scaled_dot_product_attention(q, k, v, attn_mask=add, enable_gqa=True)
        else:
            kr = k[:, :, None].expand(B, self.hkv, g, k.shape[2], self.d).reshape(B, self.h, -1, self.d)
            vr = v[:, :, None].expand(B, self.hkv, g, v.shape[2], self.d).reshape(B, self.h, -1, self.d)
            s = torch.matmul(q, kr.transpose(2, 3)) / math.sqrt(self.d) + add
            p = F.softmax(s, dim=-1, dtype=torch.float32).to(q.dtype)
            y = torch.matmul(p, vr)
        return self.o(y.transpose(1, 2).reshape(B, 1, -1)), k, v


def decode_step(attn, dtype):
    torch.manual_seed(0)
    return DecodeStep(attn).to(dtype).eval()


def mistral(attn, dtype):
    # sliding window off: the window is wider than any sequence here anyway
    return HFText(_hf("MistralModel", "MistralConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS,
                      num_key_value_heads=KV_HEADS, intermediate_size=FFN, vocab_size=VOCAB,
                      max_position_embeddings=64, sliding_window=None))


def gpt_neox(attn, dtype):
    # Pythia-style: rotary on a quarter of the head dim, parallel residual
    return HFText(_hf("GPTNeoXModel", "GPTNeoXConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS, intermediate_size=FFN,
                      vocab_size=VOCAB, max_position_embeddings=64, rotary_pct=0.25,
                      partial_rotary_factor=0.25))


def phi(attn, dtype):
    # Phi-1/2: partial rotary, dense projection, parallel MLP
    return HFText(_hf("PhiModel", "PhiConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS, intermediate_size=FFN,
                      vocab_size=VOCAB, max_position_embeddings=64,
                      partial_rotary_factor=0.5))


def distilbert(attn, dtype):
    return HFText(_hf("DistilBertModel", "DistilBertConfig", attn, dtype, dim=HIDDEN,
                      n_layers=1, n_heads=HEADS, hidden_dim=FFN, vocab_size=VOCAB,
                      max_position_embeddings=64))


def clip_text(attn, dtype):
    # causal + padding mask
    return HFText(_hf("CLIPTextModel", "CLIPTextConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS, intermediate_size=FFN,
                      vocab_size=VOCAB, max_position_embeddings=64, pad_token_id=0,
                      bos_token_id=1, eos_token_id=2))


def bloom(attn, dtype):
    # ALiBi: a per-head linear bias added to the scores (baddbmm)
    return HFText(_hf("BloomModel", "BloomConfig", attn, dtype, hidden_size=HIDDEN, n_layer=1,
                      n_head=HEADS, vocab_size=VOCAB))


def gpt_bigcode(attn, dtype):
    # StarCoder-style multi-query attention: one KV head, the query heads
    # folded into the query rows ([B, S*H, D] x [B, D, S])
    return HFText(_hf("GPTBigCodeModel", "GPTBigCodeConfig", attn, dtype, n_embd=HIDDEN,
                      n_layer=1, n_head=HEADS, n_positions=64, vocab_size=VOCAB,
                      multi_query=True, bos_token_id=1, eos_token_id=2))


class HFTextPositions(HFText):
    """HFText with explicit position ids 0..S-1 (OPT derives them from a
    cumsum of the mask, which no linalg path lowers; with right padding the
    two agree on every token that is not padding)."""

    def forward(self, input_ids, attention_mask):
        b, s = input_ids.shape
        pos = torch.arange(s, device=input_ids.device).unsqueeze(0).expand(b, s)
        return self.model(input_ids=input_ids, attention_mask=attention_mask, position_ids=pos,
                          use_cache=False).last_hidden_state


def opt(attn, dtype):
    # the query scaled before the product
    return HFTextPositions(_hf("OPTModel", "OPTConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS, ffn_dim=FFN,
                      vocab_size=VOCAB, max_position_embeddings=64, word_embed_proj_dim=HIDDEN))


def falcon(attn, dtype):
    # multi-query, rotary, parallel attention/MLP
    return HFText(_hf("FalconModel", "FalconConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS, vocab_size=VOCAB,
                      multi_query=True, new_decoder_architecture=False, alibi=False,
                      parallel_attn=True, bias=False))


DEC_SEQ = 8


class HFSeq2Seq(nn.Module):
    """input_ids + attention_mask (encoder) + decoder_input_ids -> the
    decoder's last hidden state: encoder self-attention with padding,
    decoder causal self-attention, cross-attention (Sq = DEC_SEQ != Sk = SEQ)
    with the encoder's padding mask."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, decoder_input_ids):
        return self.model(input_ids=input_ids, attention_mask=attention_mask,
                          decoder_input_ids=decoder_input_ids,
                          use_cache=False).last_hidden_state


def bart(attn, dtype):
    return HFSeq2Seq(_hf("BartModel", "BartConfig", attn, dtype, d_model=HIDDEN,
                         encoder_layers=1, decoder_layers=1, encoder_attention_heads=HEADS,
                         decoder_attention_heads=HEADS, encoder_ffn_dim=FFN,
                         decoder_ffn_dim=FFN, vocab_size=VOCAB, max_position_embeddings=64))


def seq2seq_inputs(batch, seq, dtype):
    g = torch.Generator().manual_seed(2)
    return {"input_ids": ids(batch, seq), "attention_mask": padding_mask(batch, seq),
            "decoder_input_ids": torch.randint(0, VOCAB, (batch, DEC_SEQ), generator=g)}


def seq2seq_kinds():
    return {"input_ids": ("ids", VOCAB), "attention_mask": ("mask",),
            "decoder_input_ids": ("ids", VOCAB)}


def text_inputs(batch, seq, dtype):
    return {"input_ids": ids(batch, seq), "attention_mask": padding_mask(batch, seq)}


def text_kinds():
    return {"input_ids": ("ids", VOCAB), "attention_mask": ("mask",)}


PAST = 15

MODELS = {
    "bert": Spec(bert, text_inputs, blocks=LAYERS, kinds=text_kinds(),
                 dynamic={"input_ids": {0: "batch"}, "attention_mask": {0: "batch"}}),
    "roberta": Spec(roberta, lambda b, s, dt: {"inputs_embeds": torch.randn(b, s, HIDDEN).to(dt),
                                                "attention_mask": padding_mask(b, s)},
                    blocks=1, kinds={"inputs_embeds": ("float",), "attention_mask": ("mask",)}),
    "llama": Spec(llama, text_inputs, blocks=LAYERS, kinds=text_kinds(),
                  dynamic={"input_ids": {0: "batch"}, "attention_mask": {0: "batch"}}),
    "qwen2": Spec(qwen2, text_inputs, blocks=1, kinds=text_kinds()),
    "gpt2": Spec(gpt2, text_inputs, blocks=LAYERS, kinds=text_kinds()),
    "nanogpt": Spec(nanogpt, lambda b, s, dt: {"input_ids": ids(b, s)}, blocks=LAYERS,
                    kinds={"input_ids": ("ids", VOCAB)},
                    dynamic={"input_ids": {0: "batch", 1: "seq"}}, named_dims=True),
    "vit": Spec(vit, lambda b, s, dt: {"pixel_values": torch.randn(b, 3, 32, 32).to(dt)},
                blocks=LAYERS, kinds={"pixel_values": ("float",)}),
    "whisper_encoder": Spec(whisper_encoder,
                            lambda b, s, dt: {"input_features": torch.randn(b, 8, 32).to(dt)},
                            blocks=LAYERS, kinds={"input_features": ("float",)}),
    "t5_encoder": Spec(t5_encoder, text_inputs, blocks=LAYERS, attns=("eager",), kinds=text_kinds()),
    "decode_step": Spec(
        decode_step,
        lambda b, s, dt: {"x": torch.randn(b, 1, HIDDEN).to(dt),
                          "k_cache": torch.randn(b, KV_HEADS, PAST, HIDDEN // HEADS).to(dt),
                          "v_cache": torch.randn(b, KV_HEADS, PAST, HIDDEN // HEADS).to(dt),
                          "attention_mask": padding_mask(b, PAST + 1)},
        blocks=1, kinds={"x": ("float",), "k_cache": ("float",), "v_cache": ("float",),
                         "attention_mask": ("mask",)},
        note="dynamic past length: torch-mlir's import fails (NameError 'L' in aot_export)"),
    # Families added for generality (issue 11, second round): one layer each.
    "mistral": Spec(mistral, text_inputs, blocks=1, kinds=text_kinds(),
                    dynamic={"input_ids": {0: "batch"}, "attention_mask": {0: "batch"}}),
    "gpt_neox": Spec(gpt_neox, text_inputs, blocks=1, kinds=text_kinds()),
    "phi": Spec(phi, text_inputs, blocks=1, kinds=text_kinds()),
    "distilbert": Spec(distilbert, text_inputs, blocks=1, kinds=text_kinds()),
    "clip_text": Spec(clip_text, text_inputs, blocks=1, kinds=text_kinds()),
    "bloom": Spec(bloom, text_inputs, blocks=1, attns=("eager",), kinds=text_kinds(),
                  note="no SDPA in transformers' Bloom"),
    "gpt_bigcode": Spec(gpt_bigcode, text_inputs, blocks=1, kinds=text_kinds()),
    "opt": Spec(opt, text_inputs, blocks=1, kinds=text_kinds()),
    "falcon": Spec(falcon, text_inputs, blocks=1, kinds=text_kinds()),
    # encoder self-attention + decoder self-attention + cross-attention
    "bart": Spec(bart, seq2seq_inputs, blocks=3, kinds=seq2seq_kinds(),
                 note="dynamic batch: torch.export fails (NameError 'L' in its guards)"),
}


# Third round (frontend probe): attention spellings the first two rounds lack.

def gemma(attn, dtype):
    # GQA, head_dim set apart from hidden / heads, query scaled by head_dim**-0.5
    return HFText(_hf("GemmaModel", "GemmaConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS,
                      num_key_value_heads=KV_HEADS, head_dim=16, intermediate_size=FFN,
                      vocab_size=VOCAB, max_position_embeddings=64))


def gemma2(attn, dtype):
    # logit soft-capping tanh(s / c) * c before the mask (the op has none: must
    # not fuse); a sliding-window layer (window 4 < 16 tokens: a band mask) and
    # a full layer
    return HFText(_hf("Gemma2Model", "Gemma2Config", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=2, num_attention_heads=HEADS,
                      num_key_value_heads=KV_HEADS, head_dim=16, intermediate_size=FFN,
                      vocab_size=VOCAB, max_position_embeddings=64, sliding_window=4,
                      query_pre_attn_scalar=16, attn_logit_softcapping=50.0,
                      layer_types=["sliding_attention", "full_attention"]))


def gemma3(attn, dtype):
    # Gemma-3 text: q/k norms, a sliding-window layer (window 4) and a full
    # one, no soft-capping
    return HFText(_hf("Gemma3TextModel", "Gemma3TextConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=2, num_attention_heads=HEADS,
                      num_key_value_heads=KV_HEADS, head_dim=16, intermediate_size=FFN,
                      vocab_size=VOCAB, max_position_embeddings=64, sliding_window=4,
                      query_pre_attn_scalar=16,
                      layer_types=["sliding_attention", "full_attention"]))


def qwen3(attn, dtype):
    # q/k norms, GQA, head_dim set apart
    return HFText(_hf("Qwen3Model", "Qwen3Config", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS,
                      num_key_value_heads=KV_HEADS, head_dim=16, intermediate_size=FFN,
                      vocab_size=VOCAB, max_position_embeddings=64))


def mistral_sw(attn, dtype):
    # Mistral with an active sliding window (4 < 16 tokens): causal band mask
    return HFText(_hf("MistralModel", "MistralConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS,
                      num_key_value_heads=KV_HEADS, intermediate_size=FFN, vocab_size=VOCAB,
                      max_position_embeddings=64, sliding_window=4))


def phi3(attn, dtype):
    # fused qkv projection split by slicing, GQA
    return HFText(_hf("Phi3Model", "Phi3Config", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS,
                      num_key_value_heads=KV_HEADS, intermediate_size=FFN, vocab_size=VOCAB,
                      max_position_embeddings=64, original_max_position_embeddings=64,
                      pad_token_id=0, bos_token_id=1, eos_token_id=2))


def stablelm(attn, dtype):
    # partial rotary (a quarter of the head dim), per-head q/k layer norms
    return HFText(_hf("StableLmModel", "StableLmConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS,
                      num_key_value_heads=KV_HEADS, intermediate_size=FFN, vocab_size=VOCAB,
                      max_position_embeddings=64, partial_rotary_factor=0.25,
                      qk_layernorm=True))


def deberta_v2(attn, dtype):
    # disentangled attention: c2p and p2c relative-position terms gathered and
    # added to the scores
    return HFText(_hf("DebertaV2Model", "DebertaV2Config", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=1, num_attention_heads=HEADS, intermediate_size=FFN,
                      vocab_size=VOCAB, max_position_embeddings=64, relative_attention=True,
                      pos_att_type=["p2c", "c2p"], position_buckets=8,
                      max_relative_positions=16, type_vocab_size=0))


def modernbert(attn, dtype):
    # global and local (sliding window 4) attention layers, padding mask
    return HFText(_hf("ModernBertModel", "ModernBertConfig", attn, dtype, hidden_size=HIDDEN,
                      num_hidden_layers=2, num_attention_heads=HEADS, intermediate_size=FFN,
                      vocab_size=VOCAB, max_position_embeddings=64, local_attention=4,
                      layer_types=["full_attention", "sliding_attention"],
                      pad_token_id=0, bos_token_id=1, eos_token_id=2, cls_token_id=1,
                      sep_token_id=2))


def mpt(attn, dtype):
    # ALiBi from arange (no cumsum), causal
    return HFText(_hf("MptModel", "MptConfig", attn, dtype, d_model=HIDDEN, n_heads=HEADS,
                      n_layers=1, vocab_size=VOCAB, max_seq_len=64, expansion_ratio=2))


def swin(attn, dtype):
    # window attention (4 windows of 4x4 patches) with a relative position
    # bias; the second block shifts the windows (an additive shift mask)
    return HFPixels(_hf("SwinModel", "SwinConfig", attn, dtype, image_size=16, patch_size=2,
                        num_channels=3, embed_dim=16, depths=[2], num_heads=[2],
                        window_size=4, mlp_ratio=2.0))


def segformer(attn, dtype):
    # efficient self-attention: keys and values from a strided conv (Sk = Sq/4)
    return HFPixels(_hf("SegformerModel", "SegformerConfig", attn, dtype, num_channels=3,
                        num_encoder_blocks=1, depths=[1], sr_ratios=[2], hidden_sizes=[32],
                        patch_sizes=[7], strides=[4], num_attention_heads=[2],
                        mlp_ratios=[2]))


def siglip_vision(attn, dtype):
    return HFPixels(_hf("SiglipVisionModel", "SiglipVisionConfig", attn, dtype,
                        hidden_size=HIDDEN, num_hidden_layers=1, num_attention_heads=HEADS,
                        intermediate_size=FFN, image_size=32, patch_size=8, num_channels=3))


def t5(attn, dtype):
    # encoder + decoder: decoder self-attention with causal + relative bias,
    # cross-attention with no bias
    return HFSeq2Seq(_hf("T5Model", "T5Config", attn, dtype, d_model=HIDDEN, d_kv=16,
                         num_heads=HEADS, num_layers=1, num_decoder_layers=1, d_ff=FFN,
                         vocab_size=VOCAB, relative_attention_num_buckets=8,
                         relative_attention_max_distance=16, decoder_start_token_id=0))


class WhisperFull(nn.Module):
    """input_features + decoder_input_ids -> the decoder's last hidden state
    (a full decoder mask and explicit positions: without them transformers
    derives positions and packed sequences from cumsums no linalg path
    lowers)."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_features, decoder_input_ids):
        b, s = decoder_input_ids.shape
        pos = torch.arange(s, device=decoder_input_ids.device).unsqueeze(0).expand(b, s)
        return self.model(input_features=input_features, decoder_input_ids=decoder_input_ids,
                          decoder_attention_mask=torch.ones_like(decoder_input_ids),
                          decoder_position_ids=pos, use_cache=False).last_hidden_state


def whisper(attn, dtype):
    import transformers
    config = transformers.WhisperConfig(d_model=HIDDEN, encoder_layers=1,
                                        encoder_attention_heads=HEADS, encoder_ffn_dim=FFN,
                                        num_mel_bins=8, max_source_positions=16,
                                        decoder_layers=1, decoder_attention_heads=HEADS,
                                        decoder_ffn_dim=FFN, max_target_positions=16,
                                        vocab_size=VOCAB, pad_token_id=0, bos_token_id=1,
                                        eos_token_id=2, decoder_start_token_id=1)
    config._attn_implementation = attn
    torch.manual_seed(0)
    return WhisperFull(transformers.WhisperModel(config).to(dtype).eval())


class LlamaMask4D(nn.Module):
    """LLaMA with a 4D additive float mask [B, 1, S, S] passed as is
    (transformers uses a 4D mask without building its own)."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, mask4d):
        return self.model(input_ids=input_ids, attention_mask=mask4d,
                          use_cache=False).last_hidden_state


def llama_mask4d(attn, dtype):
    return LlamaMask4D(_hf("LlamaModel", "LlamaConfig", attn, dtype, hidden_size=HIDDEN,
                           num_hidden_layers=1, num_attention_heads=HEADS,
                           num_key_value_heads=KV_HEADS, intermediate_size=FFN,
                           vocab_size=VOCAB, max_position_embeddings=64))


class KVCacheDecoder(nn.Module):
    """A HF decoder's step with a static KV cache of P past positions: one
    new token (Sq = 1) attends to P + 1 keys; the past keys/values are
    inputs ([B, Hkv, P, D] per layer)."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, k_cache, v_cache):
        from transformers import DynamicCache
        cache = DynamicCache(config=self.model.config)
        cache.update(k_cache, v_cache, 0)
        p = k_cache.shape[2]
        pos = torch.full((input_ids.shape[0], 1), p, dtype=torch.int64)
        return self.model(input_ids=input_ids, attention_mask=attention_mask,
                          past_key_values=cache, position_ids=pos,
                          use_cache=True).last_hidden_state


def llama_kv(attn, dtype):
    return KVCacheDecoder(_hf("LlamaModel", "LlamaConfig", attn, dtype, hidden_size=HIDDEN,
                              num_hidden_layers=1, num_attention_heads=HEADS,
                              num_key_value_heads=KV_HEADS, intermediate_size=FFN,
                              vocab_size=VOCAB, max_position_embeddings=64))


def mask4d(batch, seq):
    """An additive [B, 1, S, S] mask: causal, and sequence b's last 3*b keys
    hidden, with the lowest float (what transformers builds itself)."""
    m = torch.zeros(batch, 1, seq, seq)
    lo = torch.finfo(torch.float32).min
    for b in range(batch):
        for i in range(seq):
            m[b, 0, i, i + 1:] = lo
        m[b, 0, :, max(1, seq - 3 * b):] = lo
    return m


def whisper_inputs(batch, seq, dtype):
    g = torch.Generator().manual_seed(2)
    return {"input_features": torch.randn(batch, 8, 32).to(dtype),
            "decoder_input_ids": torch.randint(0, VOCAB, (batch, DEC_SEQ), generator=g)}


# Third-round models were tried on tm-linalg, tm-tosa, onnxdy-tm and
# turbine-iree (f32; f16/bf16 on tm-linalg); the corpus keeps one variant per
# spelling the first rounds lack (docs/frontends.md), and none of the models
# that add no new spelling (gemma, gemma3, qwen3, phi3, stablelm,
# siglip_vision).
TL = "tm-linalg"

MODELS.update({
    "gemma": Spec(gemma, text_inputs, blocks=1, kinds=text_kinds(), corpus=()),
    "gemma2": Spec(gemma2, text_inputs, blocks=2, kinds=text_kinds(), corpus=((TL, "eager", "f32"),)),
    "gemma3": Spec(gemma3, text_inputs, blocks=2, kinds=text_kinds(), corpus=()),
    "qwen3": Spec(qwen3, text_inputs, blocks=1, kinds=text_kinds(), corpus=()),
    "mistral_sw": Spec(mistral_sw, text_inputs, blocks=1, kinds=text_kinds(), corpus=((TL, "eager", "f32"), (TL, "sdpa", "f32"))),
    "phi3": Spec(phi3, text_inputs, blocks=1, kinds=text_kinds(), corpus=()),
    "stablelm": Spec(stablelm, text_inputs, blocks=1, kinds=text_kinds(), corpus=()),
    "deberta_v2": Spec(deberta_v2, text_inputs, blocks=1, attns=("eager",), kinds=text_kinds(),
                       corpus=((TL, "eager", "f32"),)),
    "modernbert": Spec(modernbert, text_inputs, blocks=2, kinds=text_kinds(), corpus=((TL, "sdpa", "f32"),)),
    "mpt": Spec(mpt, text_inputs, blocks=1, attns=("eager",), kinds=text_kinds(),
                corpus=((TL, "eager", "f32"),)),
    "swin": Spec(swin, lambda b, s, dt: {"pixel_values": torch.randn(b, 3, 16, 16).to(dt)},
                 blocks=2, kinds={"pixel_values": ("float",)}, corpus=(("onnxdy-tm", "eager", "f32"),)),
    "segformer": Spec(segformer, lambda b, s, dt: {"pixel_values": torch.randn(b, 3, 32, 32).to(dt)},
                      blocks=1, kinds={"pixel_values": ("float",)}, corpus=((TL, "sdpa", "f32"),)),
    "siglip_vision": Spec(siglip_vision,
                          lambda b, s, dt: {"pixel_values": torch.randn(b, 3, 32, 32).to(dt)},
                          blocks=1, kinds={"pixel_values": ("float",)}, corpus=()),
    "t5": Spec(t5, seq2seq_inputs, blocks=3, attns=("eager",), kinds=seq2seq_kinds(),
               corpus=((TL, "eager", "f32"), (TL, "eager", "bf16"))),
    "whisper": Spec(whisper, whisper_inputs, blocks=3,
                    kinds={"input_features": ("float",), "decoder_input_ids": ("ids", VOCAB)},
                    corpus=((TL, "sdpa", "f32"),)),
    "llama_mask4d": Spec(llama_mask4d,
                         lambda b, s, dt: {"input_ids": ids(b, s), "mask4d": mask4d(b, s).to(dt)},
                         blocks=1, kinds={"input_ids": ("ids", VOCAB), "mask4d": ("float",)},
                         corpus=((TL, "eager", "f32"),)),
    "llama_kv": Spec(llama_kv,
                     lambda b, s, dt: {"input_ids": ids(b, 1),
                                       "attention_mask": padding_mask(b, PAST + 1),
                                       "k_cache": torch.randn(b, KV_HEADS, PAST, HIDDEN // HEADS).to(dt),
                                       "v_cache": torch.randn(b, KV_HEADS, PAST, HIDDEN // HEADS).to(dt)},
                     blocks=1, kinds={"input_ids": ("ids", VOCAB), "attention_mask": ("mask",),
                                      "k_cache": ("float",), "v_cache": ("float",)},
                     corpus=((TL, "eager", "f32"), (TL, "sdpa", "f32"))),
})


class Functional(nn.Module):
    """forward(*weights, *inputs): the model with its parameters as arguments."""

    def __init__(self, model):
        super().__init__()
        # not a submodule: torch.export must not lift its parameters (they
        # are arguments); its buffers (position ids, masks, rotary
        # frequencies) stay constants of the program
        self.__dict__["model"] = model
        self.names = [n for n, _ in model.named_parameters()]

    def forward(self, *args):
        n = len(self.names)
        params = dict(zip(self.names, args[:n]))
        return torch.func.functional_call(self.model, params, tuple(args[n:]), strict=False)


def functional(model):
    f = Functional(model).eval()
    weights = [p.detach() for _, p in model.named_parameters()]
    return f, weights
