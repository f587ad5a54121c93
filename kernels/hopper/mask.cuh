//===- mask.cuh - logits of the Hopper kernel: causal, masks, fills ------===//
//
// The semantics of attnrt_types.h on a score tile: columns past Sk are -inf;
// positions hidden by the causal mode or a false boolean mask take the logit
// `fill` (-inf in the plain kernels); an additive mask is added to
// scale * q.k. The GEN kernels bring the mask values into registers one key
// tile ahead (load_mask) and account exactly for the keys a finite fill
// gives weight to past the last visited tile (hidden_tail).
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_HOPPER_MASK_CUH
#define ATTN_HOPPER_MASK_CUH

#include "arch.cuh"
#include "attn/rounded_logits.h"
#include "kernel_traits.cuh"
#include "softmax.cuh"

#include <type_traits>

namespace attn_hopper {

// This consumer thread's place in the tile: rows row0 and row1 = row0 + 8,
// columns n0 + 8i + cq + {0, 1} of each key tile.
struct RowCtx {
  int row0, row1;  // query rows
  int m0;          // first query row of the tile
  int cq;          // 2 * (lane & 3)
  int lane;
  int Sk;
};

// GEN: the mask values of this thread's score elements (rows row0, row1;
// columns n0 + 8i + cq + e) as raw bits in mr[4i + 2r + e]: converted only
// at use (decode_mask), since an instruction that consumed a load right
// after it would wait for it, and the loads are issued a tile ahead.
// Interior tiles of a pair-aligned mask (mask_pair) load (e, e+1) with one
// access from a per-tile base pointer (immediate offsets): 16-bit and
// boolean pairs stay packed in mr[4i + 2r] until decoded.
template <class C, class MR>
__device__ __forceinline__ void load_mask(const KParams &p, const RowCtx &r, MR &mr, int n0, int hh,
                                          int bb) {
  constexpr int BN = C::BN;
  const int row0 = r.row0, row1 = r.row1, cq = r.cq, Sk = r.Sk;
  (void)row0, (void)row1, (void)cq, (void)Sk;
  if constexpr (C::GMASK) {
    if (p.mask_dtype < 0) return;
    const int64_t base = bb * p.ms0 + hh * p.ms1;
    const int64_t r0 = base + static_cast<int64_t>(min(row0, p.Sq - 1)) * p.ms2;
    const int64_t r1 = base + static_cast<int64_t>(min(row1, p.Sq - 1)) * p.ms2;
    const bool interior = p.mask_pair && n0 + BN <= Sk;
    auto body = [&](auto dt) {
      constexpr int DT = decltype(dt)::value;
      using E = typename std::conditional<
          DT == 0, uint32_t, typename std::conditional<DT == 3, uint8_t, uint16_t>::type>::type;
      const E *m = static_cast<const E *>(p.mask);
      if (interior) {
        const E *p0 = m + r0 + n0 + cq, *p1 = m + r1 + n0 + cq;
#pragma unroll
        for (int i = 0; i < BN / 8; ++i) {
          if constexpr (DT == 0) {
            const uint2 v0 = __ldg(reinterpret_cast<const uint2 *>(p0 + 8 * i));
            const uint2 v1 = __ldg(reinterpret_cast<const uint2 *>(p1 + 8 * i));
            mr[4 * i] = v0.x;
            mr[4 * i + 1] = v0.y;
            mr[4 * i + 2] = v1.x;
            mr[4 * i + 3] = v1.y;
          } else if constexpr (DT == 3) {
            mr[4 * i] = __ldg(reinterpret_cast<const unsigned short *>(p0 + 8 * i));
            mr[4 * i + 2] = __ldg(reinterpret_cast<const unsigned short *>(p1 + 8 * i));
          } else {
            mr[4 * i] = __ldg(reinterpret_cast<const unsigned int *>(p0 + 8 * i));
            mr[4 * i + 2] = __ldg(reinterpret_cast<const unsigned int *>(p1 + 8 * i));
          }
        }
      } else {
#pragma unroll
        for (int i = 0; i < BN / 8; ++i) {
#pragma unroll
          for (int e = 0; e < 2; ++e) {
            const int col = n0 + 8 * i + cq + e;
            const bool in = col < Sk;  // columns past Sk become -inf anyway
            mr[4 * i + e] = in ? static_cast<uint32_t>(__ldg(m + r0 + static_cast<int64_t>(col) * p.ms3)) : 0u;
            mr[4 * i + 2 + e] = in ? static_cast<uint32_t>(__ldg(m + r1 + static_cast<int64_t>(col) * p.ms3)) : 0u;
          }
        }
      }
    };
    switch (p.mask_dtype) {
    case 0: body(std::integral_constant<int, 0>()); break;
    case 1: body(std::integral_constant<int, 1>()); break;
    case 2: body(std::integral_constant<int, 2>()); break;
    default: body(std::integral_constant<int, 3>()); break;
    }
  } else {
    (void)mr; (void)n0; (void)hh; (void)bb;
  }
}

// In place: raw bits -> f32 bits of the additive value, or for a boolean
// mask 0 (visible) / NaN (hidden, becomes the fill).
template <class C>
__device__ __forceinline__ void decode_mask(const KParams &p, const RowCtx &r,
                                            uint32_t (&mr)[C::BN / 2], int n0) {
  constexpr int BN = C::BN;
  const int Sk = r.Sk;
  (void)Sk;
  if constexpr (C::GMASK) {
  const uint32_t qnan = 0x7fc00000u;
  const bool interior = p.mask_pair && n0 + BN <= Sk;
  auto body = [&](auto dt) {
    constexpr int DT = decltype(dt)::value;
    auto one = [&](uint32_t x) -> uint32_t {  // a zero-extended element
      if constexpr (DT == 1) return __float_as_uint(__half2float(__ushort_as_half(static_cast<unsigned short>(x))));
      else if constexpr (DT == 2) return x << 16;
      else return x ? 0u : qnan;
    };
    if (interior) {
#pragma unroll
      for (int k = 0; k < BN / 2; k += 2) {
        const uint32_t x = mr[k];
        if constexpr (DT == 1) {
          __half2 h = *reinterpret_cast<const __half2 *>(&x);
          mr[k] = __float_as_uint(__low2float(h));
          mr[k + 1] = __float_as_uint(__high2float(h));
        } else if constexpr (DT == 2) {
          mr[k] = x << 16;
          mr[k + 1] = x & 0xffff0000u;
        } else {
          mr[k] = (x & 0xffu) ? 0u : qnan;
          mr[k + 1] = (x & 0xff00u) ? 0u : qnan;
        }
      }
    } else {
#pragma unroll
      for (int k = 0; k < BN / 2; ++k) mr[k] = one(mr[k]);
    }
  };
  switch (p.mask_dtype) {
  case 1: body(std::integral_constant<int, 1>()); break;
  case 2: body(std::integral_constant<int, 2>()); break;
  case 3: body(std::integral_constant<int, 3>()); break;
  default: break;  // f32: already f32 bits; none: unused
  }
  } else {
    (void)mr;
    (void)n0;
  }
}

// MROW: the mask values of tile columns c and c + 1 (c even) from the
// stage's mask row in shared memory (DT: 0 f32, 1 f16, 2 bf16, 3 bool):
// additive values as f32; a boolean's hidden keys as NaN, visible ones 0.
template <int DT>
__device__ __forceinline__ void row_pair(const uint8_t *mrow, int c, float &a, float &b) {
  if constexpr (DT == 0) {
    const float2 v = *reinterpret_cast<const float2 *>(mrow + 4 * c);
    a = v.x;
    b = v.y;
  } else if constexpr (DT == 1) {
    const __half2 h = *reinterpret_cast<const __half2 *>(mrow + 2 * c);
    a = __low2float(h);
    b = __high2float(h);
  } else if constexpr (DT == 2) {
    const uint32_t x = *reinterpret_cast<const uint32_t *>(mrow + 2 * c);
    a = __uint_as_float(x << 16);
    b = __uint_as_float(x & 0xffff0000u);
  } else {
    const uint32_t x = *reinterpret_cast<const uint16_t *>(mrow + c);
    const float qnan = __uint_as_float(0x7fc00000u);
    a = (x & 0xffu) ? 0.f : qnan;
    b = (x & 0xff00u) ? 0.f : qnan;
  }
}

// MROW: the logits of a tile under a row mask (one value per column, the
// same for both rows of the thread). Interior tiles: one FFMA per element
// (additive) or FMUL + select (boolean); edge tiles test each index.
template <class C, int DT>
__device__ __forceinline__ void logits_row(const KParams &p, const RowCtx &r, float (&sc)[C::BN / 2],
                                           int n0, const uint8_t *mrow) {
  constexpr int BN = C::BN;
  const int row0 = r.row0, row1 = r.row1, m0 = r.m0, cq = r.cq, Sk = r.Sk;
  const float sc_ = p.scale, fill = p.fill;
  const bool edge = (n0 + BN > Sk) || (p.causal && n0 + BN - 1 > m0 + p.off);
  if (!edge) {
#pragma unroll
    for (int i = 0; i < BN / 8; ++i) {
      float a, b;
      row_pair<DT>(mrow, 8 * i + cq, a, b);
      if constexpr (DT == 3) {
        sc[4 * i + 0] = attn::bool_mask_logit(a == a, sc[4 * i + 0] * sc_, fill);
        sc[4 * i + 1] = attn::bool_mask_logit(b == b, sc[4 * i + 1] * sc_, fill);
        sc[4 * i + 2] = attn::bool_mask_logit(a == a, sc[4 * i + 2] * sc_, fill);
        sc[4 * i + 3] = attn::bool_mask_logit(b == b, sc[4 * i + 3] * sc_, fill);
      } else {
        sc[4 * i + 0] = fmaf(sc[4 * i + 0], sc_, a);
        sc[4 * i + 1] = fmaf(sc[4 * i + 1], sc_, b);
        sc[4 * i + 2] = fmaf(sc[4 * i + 2], sc_, a);
        sc[4 * i + 3] = fmaf(sc[4 * i + 3], sc_, b);
      }
    }
    return;
  }
  const int lim0 = p.causal ? attn::causal_last_key(row0, p.off) : 0x7fffffff;
  const int lim1 = p.causal ? attn::causal_last_key(row1, p.off) : 0x7fffffff;
#pragma unroll
  for (int i = 0; i < BN / 8; ++i) {
    float ab[2];
    row_pair<DT>(mrow, 8 * i + cq, ab[0], ab[1]);
#pragma unroll
    for (int e = 0; e < 2; ++e) {
      const int col = n0 + 8 * i + cq + e;
      const float a = ab[e];
      const bool hid = DT == 3 && a != a;  // boolean false
      float z0 = DT == 3 ? sc[4 * i + e] * sc_ : fmaf(sc[4 * i + e], sc_, a);
      float z1 = DT == 3 ? sc[4 * i + 2 + e] * sc_ : fmaf(sc[4 * i + 2 + e], sc_, a);
      z0 = attn::position_logit(z0, col < Sk, col > lim0 || hid, fill);
      z1 = attn::position_logit(z1, col < Sk, col > lim1 || hid, fill);
      sc[4 * i + e] = z0;
      sc[4 * i + 2 + e] = z1;
    }
  }
}

// MTILE: the mask values of tile row `rr` (0..BM-1), columns c and c + 1
// (c = 8i + cq, i < BN/8), from the stage's tile: panels of BM 128-byte
// rows, 16-byte chunks swizzled by (row & 7) (TMA's SWIZZLE_128B; panels
// 1024-byte aligned). DT (the mask dtype): 1 f16 and 2 bf16 (additive
// values as f32; 64 keys a panel), 3 boolean (hidden keys NaN, visible 0;
// 128 keys a panel), as row_pair.
template <class C, int DT>
__device__ __forceinline__ void tile_pair(const uint8_t *mt, int rr, int i, int cq, float &a,
                                          float &b) {
  if constexpr (DT == 3) {
    const uint8_t *at = mt + (i >> 4) * (C::BM * 128) + rr * 128 + ((((i >> 1) & 7) ^ (rr & 7)) << 4) +
                        8 * (i & 1) + cq;
    const uint32_t x = *reinterpret_cast<const uint16_t *>(at);
    const float qnan = __uint_as_float(0x7fc00000u);
    a = (x & 0xffu) ? 0.f : qnan;
    b = (x & 0xff00u) ? 0.f : qnan;
  } else {
    const uint8_t *at = mt + (i >> 3) * (C::BM * 128) + rr * 128 + (((i & 7) ^ (rr & 7)) << 4) + 2 * cq;
    attn::unpack_pair<DT == 2>(*reinterpret_cast<const uint32_t *>(at), a, b);
  }
}

// MTILE: the logits of a tile under a mask with rows (16-bit additive or
// boolean). Interior tiles: one FFMA per element (additive) or FMUL +
// select (boolean); edge tiles test each index.
template <class C, int DT>
__device__ __forceinline__ void logits_tile(const KParams &p, const RowCtx &r, float (&sc)[C::BN / 2],
                                            int n0, const uint8_t *mt) {
  constexpr int BN = C::BN;
  const int row0 = r.row0, row1 = r.row1, m0 = r.m0, cq = r.cq, Sk = r.Sk;
  const int rr = row0 - m0;  // row1 - m0 = rr + 8: the same swizzle phase
  const float sc_ = p.scale, fill = p.fill;
  const bool edge = (n0 + BN > Sk) || (p.causal && n0 + BN - 1 > m0 + p.off);
  if (!edge) {
#pragma unroll
    for (int i = 0; i < BN / 8; ++i) {
      float a0, b0, a1, b1;
      tile_pair<C, DT>(mt, rr, i, cq, a0, b0);
      tile_pair<C, DT>(mt, rr + 8, i, cq, a1, b1);
      if constexpr (DT == 3) {
        sc[4 * i + 0] = attn::bool_mask_logit(a0 == a0, sc[4 * i + 0] * sc_, fill);
        sc[4 * i + 1] = attn::bool_mask_logit(b0 == b0, sc[4 * i + 1] * sc_, fill);
        sc[4 * i + 2] = attn::bool_mask_logit(a1 == a1, sc[4 * i + 2] * sc_, fill);
        sc[4 * i + 3] = attn::bool_mask_logit(b1 == b1, sc[4 * i + 3] * sc_, fill);
      } else {
        sc[4 * i + 0] = fmaf(sc[4 * i + 0], sc_, a0);
        sc[4 * i + 1] = fmaf(sc[4 * i + 1], sc_, b0);
        sc[4 * i + 2] = fmaf(sc[4 * i + 2], sc_, a1);
        sc[4 * i + 3] = fmaf(sc[4 * i + 3], sc_, b1);
      }
    }
    return;
  }
  const int lim0 = p.causal ? attn::causal_last_key(row0, p.off) : 0x7fffffff;
  const int lim1 = p.causal ? attn::causal_last_key(row1, p.off) : 0x7fffffff;
#pragma unroll
  for (int i = 0; i < BN / 8; ++i) {
    float v0[2], v1[2];
    tile_pair<C, DT>(mt, rr, i, cq, v0[0], v0[1]);
    tile_pair<C, DT>(mt, rr + 8, i, cq, v1[0], v1[1]);
#pragma unroll
    for (int e = 0; e < 2; ++e) {
      const int col = n0 + 8 * i + cq + e;
      const bool hid0 = DT == 3 && v0[e] != v0[e], hid1 = DT == 3 && v1[e] != v1[e];  // boolean false
      float z0 = DT == 3 ? sc[4 * i + e] * sc_ : fmaf(sc[4 * i + e], sc_, v0[e]);
      float z1 = DT == 3 ? sc[4 * i + 2 + e] * sc_ : fmaf(sc[4 * i + 2 + e], sc_, v1[e]);
      z0 = attn::position_logit(z0, col < Sk, col > lim0 || hid0, fill);
      z1 = attn::position_logit(z1, col < Sk, col > lim1 || hid1, fill);
      sc[4 * i + e] = z0;
      sc[4 * i + 2 + e] = z1;
    }
  }
}

// LR (logit_rounding in the operand type): scores -> the rounded logits
// rnd_T(rnd_T(rnd_T(q.k) * scale) [+ rnd_T(mask)]) (attn/rounded_logits.h,
// two elements per instruction); then, as logits_gen, a false boolean
// (MK 2) and positions the causal mode hides take the fill, columns past
// Sk -inf. MK: 0 no mask, 1 additive, 2 boolean. mv(i, rr, a, b): the
// mask values of row rr (0: row0, 1: row1), columns n0 + 8i + cq + {0, 1},
// as f32 (a boolean: 0 visible, NaN hidden), from wherever the variant
// keeps them (registers, the stage's mask row or tile).
template <class C, int MK, class MV>
__device__ __forceinline__ void logits_rounded(const KParams &p, const RowCtx &r,
                                               float (&sc)[C::BN / 2], int n0, MV mv) {
  constexpr int BN = C::BN;
  const int Sk = r.Sk;
  const float fill = p.fill;
  const uint32_t sc2 = attn::scale_pair<C::BF16>(p.scale);
#pragma unroll
  for (int i = 0; i < BN / 8; ++i) {
#pragma unroll
    for (int rr = 0; rr < 2; ++rr) {
      float &z0 = sc[4 * i + 2 * rr], &z1 = sc[4 * i + 2 * rr + 1];
      float a = 0.f, b = 0.f;
      if constexpr (MK != 0) mv(i, rr, a, b);
      if constexpr (MK == 1) {
        attn::rounded_logits_add<C::BF16>(z0, z1, sc2, a, b);
      } else {
        attn::rounded_logits<C::BF16>(z0, z1, sc2);
      }
      if constexpr (MK == 2) {
        z0 = attn::bool_mask_logit(a == a, z0, fill);
        z1 = attn::bool_mask_logit(b == b, z1, fill);
      }
    }
  }
  // Edge tiles: keys past Sk (-inf, first) and causal hiding (the fill).
  const bool edge = (n0 + BN > Sk) || (p.causal && n0 + BN - 1 > r.m0 + p.off);
  if (!edge) return;
  const int lim0 = p.causal ? attn::causal_last_key(r.row0, p.off) : 0x7fffffff;
  const int lim1 = p.causal ? attn::causal_last_key(r.row1, p.off) : 0x7fffffff;
#pragma unroll
  for (int i = 0; i < BN / 8; ++i) {
#pragma unroll
    for (int e = 0; e < 2; ++e) {
      const int col = n0 + 8 * i + r.cq + e;
      sc[4 * i + e] = attn::position_logit(sc[4 * i + e], col < Sk, col > lim0, fill);
      sc[4 * i + 2 + e] = attn::position_logit(sc[4 * i + 2 + e], col < Sk, col > lim1, fill);
    }
  }
}

// LR: the rounded logits of a tile, the mask from the variant's source: the
// stage's mask row (MROW), registers (GMASK), or none. (No LR kernel keeps
// mask tiles in shared memory: such masks run the GMASK LR kernels.)
template <class C>
__device__ __forceinline__ void logits_gen_rounded(const KParams &p, const RowCtx &r,
                                                   float (&sc)[C::BN / 2], int n0,
                                                   uint32_t (&mk)[C::BN / 2], const uint8_t *mrow) {
  static_assert(!C::MTILE, "no logit-rounding variant with mask tiles in shared memory");
  const int cq = r.cq;
  (void)cq;
  (void)mrow;
  auto none = [](int, int, float &, float &) {};
  if constexpr (C::MROW) {
    if (p.msm_bytes) {
      auto body = [&](auto dt) {
        constexpr int DT = decltype(dt)::value;
        auto mv = [&](int i, int, float &a, float &b) { row_pair<DT>(mrow, 8 * i + cq, a, b); };
        logits_rounded<C, DT == 3 ? 2 : 1>(p, r, sc, n0, mv);
      };
      switch (p.mask_dtype) {
      case 0: body(std::integral_constant<int, 0>()); break;
      case 1: body(std::integral_constant<int, 1>()); break;
      case 2: body(std::integral_constant<int, 2>()); break;
      default: body(std::integral_constant<int, 3>()); break;
      }
      return;
    }
  } else if constexpr (C::GMASK) {
    decode_mask<C>(p, r, mk, n0);
    auto mv = [&](int i, int rr, float &a, float &b) {
      a = __uint_as_float(mk[4 * i + 2 * rr]);
      b = __uint_as_float(mk[4 * i + 2 * rr + 1]);
    };
    if (p.mask_dtype == 3) logits_rounded<C, 2>(p, r, sc, n0, mv);
    else if (p.mask_dtype >= 0) logits_rounded<C, 1>(p, r, sc, n0, mv);
    else logits_rounded<C, 0>(p, r, sc, n0, none);
    return;
  }
  (void)mk;
  logits_rounded<C, 0>(p, r, sc, n0, none);
}

// GEN: scores -> natural-unit logits z = scale*q.k + mask; hidden
// positions (causal, boolean false) -> fill; columns past Sk -> -inf.
// MSM kernels with a mask take it from `mrow` (the stage's mask row or
// tile in shared memory). LR kernels: the rounded logits instead
// (logits_gen_rounded).
template <class C>
__device__ __forceinline__ void logits_gen(const KParams &p, const RowCtx &r, float (&sc)[C::BN / 2],
                                           int n0, uint32_t (&mk)[C::BN / 2],
                                           const uint8_t *mrow) {
  if constexpr (C::LR) {
    logits_gen_rounded<C>(p, r, sc, n0, mk, mrow);
    return;
  }
  constexpr int BN = C::BN;
  const int row0 = r.row0, row1 = r.row1, m0 = r.m0, cq = r.cq, Sk = r.Sk;
  if constexpr (C::MROW) {
    if (p.msm_bytes) {
      switch (p.mask_dtype) {
      case 0: logits_row<C, 0>(p, r, sc, n0, mrow); break;
      case 1: logits_row<C, 1>(p, r, sc, n0, mrow); break;
      case 2: logits_row<C, 2>(p, r, sc, n0, mrow); break;
      default: logits_row<C, 3>(p, r, sc, n0, mrow); break;
      }
      return;
    }
  } else if constexpr (C::MTILE) {
    // mrow null: the stage's mask adds nothing (the dead map's clear
    // plane, kTileMaskFree): the mask-free logits below.
    if (p.msm_bytes && mrow) {
      switch (p.mask_dtype) {
      case 2: logits_tile<C, 2>(p, r, sc, n0, mrow); break;
      case 3: logits_tile<C, 3>(p, r, sc, n0, mrow); break;
      default: logits_tile<C, 1>(p, r, sc, n0, mrow); break;
      }
      return;
    }
  } else {
    (void)mrow;
  }
  decode_mask<C>(p, r, mk, n0);
  // Interior tiles (inside Sk, below the diagonal of every row of the
  // tile) need no per-element index test: one FFMA (additive mask), one
  // FMUL (no mask), or FFMA + select (boolean).
  const bool edge = (n0 + BN > Sk) || (p.causal && n0 + BN - 1 > m0 + p.off);
  if (!edge) {
    const float sc_ = p.scale, fill = p.fill;
    if constexpr (C::GMASK) {
      if (p.mask_dtype < 0) {
#pragma unroll
        for (int i = 0; i < BN / 2; ++i) sc[i] *= sc_;
      } else if (p.mask_dtype == 3) {
#pragma unroll
        for (int i = 0; i < BN / 2; ++i) sc[i] = attn::bool_mask_logit(mk[i] == 0u, sc[i] * sc_, fill);
      } else {
#pragma unroll
        for (int i = 0; i < BN / 2; ++i) sc[i] = fmaf(sc[i], sc_, __uint_as_float(mk[i]));
      }
    } else {
#pragma unroll
      for (int i = 0; i < BN / 2; ++i) sc[i] *= sc_;
      (void)fill;
      (void)mk;
    }
    return;
  }
  const int lim0 = p.causal ? attn::causal_last_key(row0, p.off) : 0x7fffffff;
  const int lim1 = p.causal ? attn::causal_last_key(row1, p.off) : 0x7fffffff;
  const float sc_ = p.scale, fill = p.fill;
#pragma unroll
  for (int i = 0; i < BN / 8; ++i) {
#pragma unroll
    for (int e = 0; e < 2; ++e) {
      const int col = n0 + 8 * i + cq + e;
      float a0 = 0.f, a1 = 0.f;
      if constexpr (C::GMASK) {
        const bool has = p.mask_dtype >= 0;
        a0 = has ? __uint_as_float(mk[4 * i + e]) : 0.f;
        a1 = has ? __uint_as_float(mk[4 * i + 2 + e]) : 0.f;
      }
      float z0 = fmaf(sc[4 * i + e], sc_, a0), z1 = fmaf(sc[4 * i + 2 + e], sc_, a1);
      z0 = attn::position_logit(z0, col < Sk, col > lim0 || a0 != a0, fill);
      z1 = attn::position_logit(z1, col < Sk, col > lim1 || a1 != a1, fill);
      sc[4 * i + e] = z0;
      sc[4 * i + 2 + e] = z1;
    }
  }
}

// mask_plain of the 112-key kernel (d64_bn112_bm128_ovl_pp_q2_static): the
// cheap non-causal edge, then one loop for every other edge (causal, or 16
// and more columns past Sk: slower than mask_plain's non-causal path there,
// but this kernel's 97..112-key problems never take it). Kept for the
// kernel's code layout, not for its instructions: at S 112 its time moves
// by 7-15% with where the code sits while the executed instructions stay
// the same (this code 1.14x cuDNN, the same moved by 32 bytes of unexecuted
// code 1.07x, mask_plain's 0.94x; the static grid waits for its slowest
// SMs). A change to this kernel's SASS needs S 112 re-measured:
// bench/hopper/NOTES.md "S 112 on the 112-key tile".
template <class C>
__device__ __forceinline__ void mask_plain_bn112(const KParams &p, const RowCtx &r, float (&sc)[C::BN / 2],
                                                 int n0) {
  constexpr int BN = C::BN;
  const int row0 = r.row0, row1 = r.row1, m0 = r.m0, cq = r.cq, Sk = r.Sk;
  const bool need = (n0 + BN > Sk) || (p.causal && n0 + BN - 1 > m0 + p.off);
  if (!need) return;
  if (!p.causal && n0 + BN - 16 < Sk) {
    const int lim = Sk - 1 - n0 - cq;  // column n0 + 8i + cq + e is past Sk iff 8i + e > lim
#pragma unroll
    for (int i = BN / 8 - 2; i < BN / 8; ++i)
#pragma unroll
      for (int e = 0; e < 2; ++e)
        if (8 * i + e > lim) {
          sc[4 * i + e] = -INFINITY;
          sc[4 * i + 2 + e] = -INFINITY;
        }
    return;
  }
  const int lim0 = p.causal ? min(Sk - 1, attn::causal_last_key(row0, p.off)) : Sk - 1;
  const int lim1 = p.causal ? min(Sk - 1, attn::causal_last_key(row1, p.off)) : Sk - 1;
#pragma unroll
  for (int i = 0; i < BN / 8; ++i) {
#pragma unroll
    for (int e = 0; e < 2; ++e) {
      const int col = n0 + 8 * i + cq + e;
      if (col > lim0) sc[4 * i + e] = -INFINITY;
      if (col > lim1) sc[4 * i + 2 + e] = -INFINITY;
    }
  }
}

// Plain kernels: hidden positions (causal) and columns past Sk -> -inf.
template <class C>
__device__ __forceinline__ void mask_plain(const KParams &p, const RowCtx &r, float (&sc)[C::BN / 2],
                                           int n0) {
  constexpr int BN = C::BN;
  if constexpr (BN == 112) {
    mask_plain_bn112<C>(p, r, sc, n0);
    return;
  }
  const int row0 = r.row0, row1 = r.row1, m0 = r.m0, cq = r.cq, Sk = r.Sk;
  const bool need = (n0 + BN > Sk) || (p.causal && n0 + BN - 1 > m0 + p.off);
  if (!need) return;
  if (!p.causal) {
    // Columns past Sk only, the same in both rows: one test a column. Where
    // fewer than 16 of the tile's columns lie past Sk (97..111 keys on the
    // 112-key tiles, 113..127 on the 128-key ones, a longer problem's last
    // tile alike), only the last two 8-column groups can hold one: 4 tests
    // a thread instead of BN / 4 (the edge cost the 112-key kernel paid at
    // 100 keys: bench/hopper/NOTES.md "D 64 at 97..128 keys").
    const int lim = Sk - 1 - n0 - cq;  // column n0 + 8i + cq + e is past Sk iff 8i + e > lim
    auto cut = [&](int i) {
#pragma unroll
      for (int e = 0; e < 2; ++e)
        if (8 * i + e > lim) {
          sc[4 * i + e] = -INFINITY;
          sc[4 * i + 2 + e] = -INFINITY;
        }
    };
    if (n0 + BN - 16 < Sk) {
      cut(BN / 8 - 2);
      cut(BN / 8 - 1);
    } else {
#pragma unroll
      for (int i = 0; i < BN / 8; ++i) cut(i);
    }
    return;
  }
  // Causal: hidden positions and columns past Sk alike: -inf (a finite fill's
  // hidden keys are added after the last tile: plain_fill_tail).
  const int lim0 = min(Sk - 1, attn::causal_last_key(row0, p.off));
  const int lim1 = min(Sk - 1, attn::causal_last_key(row1, p.off));
#pragma unroll
  for (int i = 0; i < BN / 8; ++i) {
#pragma unroll
    for (int e = 0; e < 2; ++e) {
      const int col = n0 + 8 * i + cq + e;
      if (col > lim0) sc[4 * i + e] = -INFINITY;
      if (col > lim1) sc[4 * i + 2 + e] = -INFINITY;
    }
  }
}

// Causal, finite fill: whether the kernels' tails add the hidden keys no
// tile gave the fill (GEN: hidden_tail; plain: plain_fill_tail, after
// which the row maxima are in natural units, as the GEN kernels keep them).
__device__ __forceinline__ bool fill_tail_runs(const KParams &p) {
  return p.causal && p.fill != -INFINITY;
}

// Causal, finite fill: keys [j00, Sk) of row0 and [j01, Sk) of row1 (j00 <=
// j01) are hidden and no tile gave them their logit, the fill; st's maxima
// are in natural units. Each such key carries exp(fill - m) for a row with
// max m. When (m - fill) * log2(e) >= 127 that is below 2^-127 (flushed to
// 0 by the same ex2.approx.ftz the tiles use; at most 2^30 keys add less
// than 2^-97 to l >= 1): nothing to add, the common case (finfo.min or
// -1e4 fills). Any other row (no visible key, or logits near the fill)
// adds its hidden keys exactly: l += n * w, o += w * sum_j V_j, w =
// exp(fill - m'), from V in global memory (slow, rare).
template <class C>
__device__ __forceinline__ void add_hidden_keys(const KParams &p, const RowCtx &r,
                                                OnlineSoftmax<C> &st, float (&o)[C::DV / 2], int hh,
                                                int bb, int j00, int j01) {
  constexpr int DV = C::DV;
  const int cq = r.cq, Sk = r.Sk;
  constexpr float L = attn::kLog2e;
  auto needs = [&](int row, float m, int j0) {
    return row < p.Sq && j0 < Sk && !(m != -INFINITY && (m - p.fill) * L >= 127.f);
  };
  const bool need0 = needs(r.row0, st.mrow0, j00), need1 = needs(r.row1, st.mrow1, j01);
  if (!need0 && !need1) return;
  // A row's factor for what its tiles accumulated (a) and each hidden
  // key's weight (w), both relative to the new max.
  float a0 = 1.f, w0 = 0.f, a1 = 1.f, w1 = 0.f;
  auto factors = [&](bool need, float &m, float &l, int cnt, float &a, float &w) {
    if (!need) return;
    const float mu = fmaxf(m, p.fill);
    a = attn::softmax_exp<true>(m, mu);
    w = attn::softmax_exp<true>(p.fill, mu);
    l = l * a + ((r.lane & 3) == 0 ? static_cast<float>(cnt) * w : 0.f);
    m = mu;
  };
  factors(need0, st.mrow0, st.l0, Sk - j00, a0, w0);
  factors(need1, st.mrow1, st.l1, Sk - j01, a1, w1);
  const uint16_t *vb = static_cast<const uint16_t *>(p.v) + bb * p.v_sb + (hh / p.group) * p.v_sh + cq;
  // Column sums of V over the hidden keys, in one key loop per row range
  // (not one per 8-column group: 16 copies of a key loop at D 128 made the
  // plain kernels' SASS ~36 KB longer, between their key loop and the
  // epilogue, and cost the -inf problems 0-2%): keys [j01, Sk) are hidden
  // from both rows, [j00, j01) from row0 alone (j00 <= j01).
  float vs[DV / 4];
#pragma unroll
  for (int i = 0; i < DV / 4; ++i) vs[i] = 0.f;
  auto accumulate = [&](int j_begin, int j_end) {
    for (int j = j_begin; j < j_end; ++j) {
      const uint16_t *vr = vb + static_cast<int64_t>(j) * p.v_ss;
#pragma unroll
      for (int jj = 0; jj < DV / 8; ++jj) {
        if (8 * jj >= p.Dv) break;  // padding columns: zero, never read
        const uint32_t w = *reinterpret_cast<const uint32_t *>(vr + 8 * jj);
        if constexpr (C::BF16) {
          vs[2 * jj] += __uint_as_float(w << 16);
          vs[2 * jj + 1] += __uint_as_float(w & 0xffff0000u);
        } else {
          const __half2 hv = *reinterpret_cast<const __half2 *>(&w);
          vs[2 * jj] += __low2float(hv);
          vs[2 * jj + 1] += __high2float(hv);
        }
      }
    }
  };
  accumulate(j01, Sk);
  if (need1) {
#pragma unroll
    for (int jj = 0; jj < DV / 8; ++jj) {
      o[4 * jj + 2] = o[4 * jj + 2] * a1 + w1 * vs[2 * jj];
      o[4 * jj + 3] = o[4 * jj + 3] * a1 + w1 * vs[2 * jj + 1];
    }
  }
  if (need0) {
    accumulate(j00, j01);
#pragma unroll
    for (int jj = 0; jj < DV / 8; ++jj) {
      o[4 * jj] = o[4 * jj] * a0 + w0 * vs[2 * jj];
      o[4 * jj + 1] = o[4 * jj + 1] * a0 + w0 * vs[2 * jj + 1];
    }
  }
}

// GEN, causal, finite fill: the keys past the tile's last visible key were
// skipped (decode). Each carries exp(fill - m) for a row with max m. When
// (m - fill) * log2(e) >= 127 that is below 2^-127 (flushed to 0 by the
// same ex2.approx.ftz the tiles use): nothing to add, the common case. Any
// other row (no visible key, or logits near the fill) adds the skipped keys
// exactly: l += n * w, o += w * sum_j V_j, w = exp(fill - m'), from V in
// global memory (slow, rare). (add_hidden_keys with j00 = j01 computes the
// same, now in the same key order. Kept apart: routed through an earlier
// form of add_hidden_keys, one key loop per 8-column group, the D 256
// logit-rounding GEN kernels spilled past check-kernels' ratchet, 120 B of
// loads against 116, nvcc 13.0; the present form was not tried on them.)
template <class C>
__device__ __forceinline__ void hidden_tail(const KParams &p, const RowCtx &r, OnlineSoftmax<C> &st,
                                            float (&o)[C::DV / 2], int hh, int bb, int n_tiles_) {
  constexpr int BN = C::BN, DV = C::DV;
  const int row0 = r.row0, row1 = r.row1, cq = r.cq, lane = r.lane, Sk = r.Sk;
  float &mrow0 = st.mrow0, &mrow1 = st.mrow1, &l0 = st.l0, &l1 = st.l1;
  if (!fill_tail_runs(p)) return;
  const int j0 = min(Sk, n_tiles_ * BN);
  const int cnt = Sk - j0;
  if (cnt <= 0) return;
  constexpr float L = attn::kLog2e;
  const bool need0 = row0 < p.Sq && !(mrow0 != -INFINITY && (mrow0 - p.fill) * L >= 127.f);
  const bool need1 = row1 < p.Sq && !(mrow1 != -INFINITY && (mrow1 - p.fill) * L >= 127.f);
  if (!need0 && !need1) return;
  float vs[DV / 4];
#pragma unroll
  for (int i = 0; i < DV / 4; ++i) vs[i] = 0.f;
  const uint16_t *vb = static_cast<const uint16_t *>(p.v) + bb * p.v_sb + (hh / p.group) * p.v_sh + cq;
  for (int j = j0; j < Sk; ++j) {
    const uint16_t *vr = vb + static_cast<int64_t>(j) * p.v_ss;
#pragma unroll
    for (int jj = 0; jj < DV / 8; ++jj) {
      if (8 * jj >= p.Dv) break;  // padding columns: zero, never read
      const uint32_t w = *reinterpret_cast<const uint32_t *>(vr + 8 * jj);
      float x, y;
      if constexpr (C::BF16) {
        x = __uint_as_float(w << 16);
        y = __uint_as_float(w & 0xffff0000u);
      } else {
        __half2 hv = *reinterpret_cast<const __half2 *>(&w);
        x = __low2float(hv);
        y = __high2float(hv);
      }
      vs[2 * jj] += x;
      vs[2 * jj + 1] += y;
    }
  }
  auto add = [&](bool need, float &m, float &l, int e) {
    if (!need) return;
    const float mu = fmaxf(m, p.fill);
    const float a = attn::softmax_exp<true>(m, mu), w = attn::softmax_exp<true>(p.fill, mu);
    l = l * a + ((lane & 3) == 0 ? static_cast<float>(cnt) * w : 0.f);
#pragma unroll
    for (int jj = 0; jj < DV / 8; ++jj) {
      o[4 * jj + e] = o[4 * jj + e] * a + w * vs[2 * jj];
      o[4 * jj + e + 1] = o[4 * jj + e + 1] * a + w * vs[2 * jj + 1];
    }
    m = mu;
  };
  add(need0, mrow0, l0, 0);
  add(need1, mrow1, l1, 2);
}

// Plain kernels, causal, finite fill: the tiles gave every hidden position
// -inf (mask_plain) and skipped the tiles past the diagonal, so every key
// past a row's last visible one is added here. The maxima (raw scores,
// scale > 0) go to natural units first: the epilogue's lse takes them so
// (fill_tail_runs), the same product it would form.
template <class C>
__device__ __forceinline__ void plain_fill_tail(const KParams &p, const RowCtx &r,
                                                OnlineSoftmax<C> &st, float (&o)[C::DV / 2], int hh,
                                                int bb) {
  if (!fill_tail_runs(p)) return;
  st.mrow0 *= p.scale;
  st.mrow1 *= p.scale;
  auto first_hidden = [&](int row) {
    return min(r.Sk, max(0, attn::causal_last_key(row, p.off) + 1));
  };
  add_hidden_keys<C>(p, r, st, o, hh, bb, first_hidden(r.row0), first_hidden(r.row1));
}

}  // namespace attn_hopper

#endif  // ATTN_HOPPER_MASK_CUH
