//===- mask_pack.cuh - masks copied into rows TMA can load ----------------===//
//
// The kernels that bring the mask in by TMA (MSM: row masks, mask tiles)
// need 16-byte aligned mask rows. A mask whose rows are not (Sk not a
// multiple of 16 / element size: odd sequence lengths) would run the
// mask-register GEN kernels instead. Where the mask is broadcast over
// enough (batch, head) pairs that copying it costs little against the
// attention (at most one copied element per 8 attention logits), the GPU
// backend copies it first into a buffer of 16-byte rows (pack_mask) and
// runs the problem on the copy: the same values, so the same results.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_MASK_PACK_CUH
#define ATTN_HOPPER_MASK_PACK_CUH

#include "heuristics.cuh"
#include "launch.cuh"

#include <climits>
#include <cstdint>

namespace attn_hopper {

// The copy's layout: [b, h, rows, pitch] elements, dense; b, h, rows 1
// where the mask broadcasts (a row mask has rows 1); pitch Sk rounded up to
// 16 bytes.
struct MaskPack {
  int64_t b, h, rows, pitch;
};

static MaskPack mask_pack_dims(const attnk_problem *p) {
  const int64_t esz = mask_elem_size(p);
  const MaskDims md = mask_dims(p);
  return {md.b, md.h, p->seq_q > 1 && p->mask.strides[2] != 0 ? p->seq_q : 1,
          (p->seq_k * esz + 15) / 16 * 16 / esz};
}

// p with its mask at `data` in the copy's layout.
static attnk_problem mask_packed_problem(const attnk_problem *p, const void *data) {
  attnk_problem q = *p;
  const MaskPack m = mask_pack_dims(p);
  q.mask.data = data;
  q.mask.strides[3] = 1;
  q.mask.strides[2] = m.rows > 1 ? m.pitch : 0;
  q.mask.strides[1] = m.h > 1 ? m.rows * m.pitch : 0;
  q.mask.strides[0] = m.b > 1 ? m.h * m.rows * m.pitch : 0;
  return q;
}

static bool is_msm(const Variant &v) { return v.kind == Kind::GenRow || v.kind == Kind::GenTile; }

// Bytes of the copy that p should run on, or 0 where it runs as it is: the
// default variant (on `sms` multiprocessors) takes p's mask in registers but
// the copy's by TMA, and the copy holds at most one element per 8 logits.
static size_t mask_pack_bytes(const attnk_problem *p, int sms) {
  // Tuning only: OFF copies nothing; WIDE copies also where the D <= 64
  // rule below keeps the register path.
  static const bool off = getenv("ATTN_HOPPER_MASK_PACK_OFF") != nullptr;
  static const bool wide = getenv("ATTN_HOPPER_MASK_PACK_WIDE") != nullptr;
  if (off || !p || !has_mask(p) || problem_unsupported_reason(p)) return 0;
  int n = 0;
  const Variant *vs = variants(list_head_dim(p), &n);
  const int now = default_variant_of(p, sms);
  if (!vs || now < 0 || is_msm(vs[now])) return 0;
  // Allocations are at least 256-byte aligned.
  const attnk_problem q = mask_packed_problem(p, reinterpret_cast<const void *>(uintptr_t{256}));
  const int then = default_variant_of(&q, sms);
  if (then < 0 || !is_msm(vs[then])) return 0;
  const MaskPack m = mask_pack_dims(p);
  // D <= 64 with a mask with rows and a head dim beyond 1024 keys: not
  // copied. There the register path's 192-row tiles beat the 128-row mask
  // tiles (random sweep seed 3, R29: causal, 7130 keys, D 32, T5 bias over
  // 11 batches: 4.09 ms on the register path, 5.79 with the copy;
  // bench/RESULTS.md "Masks with rows TMA cannot load"); measured faster up
  // to 333 keys. Masks broadcast over the heads ([B, 1, Sq, Sk]: Hugging
  // Face's causal + padding masks) are copied where the mask-tile kernels
  // can skip their dead tiles (kSchedDeadTiles; R35, 6 x 12 x 5100, D 64:
  // bench/RESULTS.md "Dead mask tiles"): boolean and bf16 masks (bf16's
  // finfo.min is dead), and f16 ones where the launch builds the dead map
  // (each mask value serving kDeadMapMinReuse pairs or more: launch.cuh),
  // whose producer (and the D 64 checkers, on the head's key norm) leaves
  // out f16's finfo.min, -65504, under the norm bound (key_norms.cuh), with
  // a fill that hides exactly (kDeadFill).
  const bool skips = (p->mask_dtype == ATTNRT_DTYPE_BOOL || p->mask_dtype == ATTNRT_DTYPE_BF16 ||
                      (p->mask_dtype == ATTNRT_DTYPE_F16 && dead_map_reuse(p) >= kDeadMapMinReuse)) &&
                     p->mask_fill <= kDeadFill;
  if (!wide && padded_head_dim(list_head_dim(p)) == 64 && m.rows > 1 && (m.h > 1 || !skips) && p->seq_k > 1024)
    return 0;
  const double copy = double(m.b) * m.h * m.rows * m.pitch;
  const double logits = double(p->batch) * p->heads_q * p->seq_q * p->seq_k;
  if (copy * 8 > logits || double(m.b) * m.h * m.rows > INT_MAX) return 0;
  return static_cast<size_t>(copy) * mask_elem_size(p);
}

// One block a row of the copy: row r = (b * h + hh) * rows + i.
template <typename E>
__global__ void pack_mask_rows(const E *__restrict__ src, E *__restrict__ dst, int64_t s0, int64_t s1,
                               int64_t s2, int64_t s3, int64_t h, int64_t rows, int64_t sk,
                               int64_t pitch) {
  const int64_t r = blockIdx.x, i = r % rows, bh = r / rows, hh = bh % h, b = bh / h;
  const E *s = src + b * s0 + hh * s1 + i * s2;
  E *d = dst + r * pitch;
  for (int64_t j = threadIdx.x; j < pitch; j += blockDim.x) d[j] = j < sk ? s[j * s3] : E(0);
}

// The same for masks with contiguous keys, in W-sized words (W divides the
// source's base, strides and row bytes): a row's `words` from the source,
// zeros up to `pitch` (strides in bytes, the rest in words). R35's 5100 bf16 keys:
// 8-byte words, a quarter of the element copy's instructions (315 us for
// 312 MB by elements, ncu, lead call G3).
template <typename W>
__global__ void pack_mask_rows_vec(const uint8_t *__restrict__ src, W *__restrict__ dst, int64_t s0,
                                   int64_t s1, int64_t s2, int64_t h, int64_t rows, int64_t words,
                                   int64_t pitch) {
  const int64_t r = blockIdx.x, i = r % rows, bh = r / rows, hh = bh % h, b = bh / h;
  const W *s = reinterpret_cast<const W *>(src + b * s0 + hh * s1 + i * s2);
  W *d = dst + r * pitch;
  for (int64_t j = threadIdx.x; j < pitch; j += blockDim.x) d[j] = j < words ? s[j] : W{};
}

// Copies p's mask into `dst` (mask_pack_bytes(p) bytes, 16-byte aligned);
// *packed = p on the copy.
static cudaError_t pack_mask(const attnk_problem *p, void *dst, attnk_problem *packed, void *stream) {
  const MaskPack m = mask_pack_dims(p);
  const int64_t *ms = p->mask.strides;
  const dim3 grid(static_cast<unsigned>(m.b * m.h * m.rows)), block(128);
  cudaStream_t st = static_cast<cudaStream_t>(stream);
  const int64_t esz = mask_elem_size(p);
  if (ms[3] == 1 || p->seq_k <= 1) {
    // The widest word that divides the source's address, its strides (in
    // bytes, where used) and a row's bytes.
    const int64_t sb = m.b > 1 ? ms[0] * esz : 0, sh = m.h > 1 ? ms[1] * esz : 0,
                  sr = m.rows > 1 ? ms[2] * esz : 0, row = p->seq_k * esz;
    const uint64_t bits = reinterpret_cast<uintptr_t>(p->mask.data) | uint64_t(sb) | uint64_t(sh) |
                          uint64_t(sr) | uint64_t(row) | 16u;
    const int64_t w = int64_t(bits & (~bits + 1));  // lowest set bit: 1..16
    const int64_t words = row / w, pitch = m.pitch * esz / w;
    const uint8_t *src = static_cast<const uint8_t *>(p->mask.data);
    auto copy = [&](auto word) {
      using W = decltype(word);
      pack_mask_rows_vec<W><<<grid, block, 0, st>>>(src, static_cast<W *>(dst), sb, sh, sr, m.h, m.rows, words,
                                                     pitch);
    };
    switch (w) {
    case 16: copy(uint4{}); break;
    case 8: copy(uint2{}); break;
    case 4: copy(uint32_t{}); break;
    case 2: copy(uint16_t{}); break;
    default: copy(uint8_t{}); break;
    }
    *packed = mask_packed_problem(p, dst);
    return cudaGetLastError();
  }
  switch (mask_elem_size(p)) {
  case 1:
    pack_mask_rows<uint8_t><<<grid, block, 0, st>>>(static_cast<const uint8_t *>(p->mask.data),
                                                    static_cast<uint8_t *>(dst), ms[0], ms[1], ms[2], ms[3],
                                                    m.h, m.rows, p->seq_k, m.pitch);
    break;
  case 2:
    pack_mask_rows<uint16_t><<<grid, block, 0, st>>>(static_cast<const uint16_t *>(p->mask.data),
                                                     static_cast<uint16_t *>(dst), ms[0], ms[1], ms[2], ms[3],
                                                     m.h, m.rows, p->seq_k, m.pitch);
    break;
  default:
    pack_mask_rows<uint32_t><<<grid, block, 0, st>>>(static_cast<const uint32_t *>(p->mask.data),
                                                     static_cast<uint32_t *>(dst), ms[0], ms[1], ms[2], ms[3],
                                                     m.h, m.rows, p->seq_k, m.pitch);
    break;
  }
  *packed = mask_packed_problem(p, dst);
  return cudaGetLastError();
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_MASK_PACK_CUH
