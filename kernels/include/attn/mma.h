//===- mma.h - one matrix-fragment abstraction for every target -*- C++ -*-===//
//
// Mma<Arch, T> is a warp-wide (wave-wide) D = A * B + C on 16x16 A tiles
// (M x K, K = 16), 16 x N B tiles and 16 x N f32 C tiles, T = f16_t|bf16_t:
//
//   target            instruction                               N   lanes
//   NV_MMA (sm_80+)   mma.sync.aligned.m16n8k16 (inline PTX),   8   32
//                     fragments loaded with ldmatrix(.trans)
//   RDNA3 (gfx11)     v_wmma_f32_16x16x16_{f16,bf16} (wave32)   16  32
//   CDNA3 (gfx94x)    v_mfma_f32_16x16x16{f16,bf16} (wave64)    16  64
//   SCALAR            FMAs, NV_MMA's C layout                   8   32
//
// The kernels see only:
//   c_row(l), c_col(l)    which element of the C tile a lane's l-th value is;
//   c_slot(l)             which of the lane's C_SLOTS distinct rows it is on;
//   slot_row(s)           the row of slot s;
//   row_max / row_sum     all-reduce across the lanes that share a C row;
//   load_A / load_B_nk / load_B_kn   fragments from shared memory, with
//                         A[m][k] = p[m*ld+k], B[k][n] = p[n*ld+k] (K rows),
//                         B[k][n] = p[k*ld+n] (V rows); p 16-byte aligned,
//                         ld a multiple of 8;
//   C_IS_A / c_to_a       whether two adjacent C tiles already are the A
//                         fragment of the next product (true on NV_MMA: P
//                         stays in registers); otherwise P goes through a
//                         per-warp shared-memory tile.
// Layouts follow the PTX ISA (mma.m16n8k16), AMD's RDNA3 WMMA and CDNA3
// MFMA documentation; llama.cpp's ggml-cuda/mma.cuh has the same shape.
//===----------------------------------------------------------------------===//
#ifndef ATTN_MMA_H
#define ATTN_MMA_H

#include "attn/arch.h"

namespace attn {

template <int Arch, class T> struct Mma;

// ============================================================ NVIDIA mma.sync
// The m16n8 f32 accumulator layout of mma.sync (PTX ISA, mma.m16n8k16):
// lane l holds rows l/4 and l/4+8, columns 2*(l%4)+{0,1}; a row's values
// live in the 4 lanes of a quad. Shared by NV_MMA and the scalar fallback.
struct M16N8Accumulator {
  static constexpr int WARP = 32, N = 8, C_NE = 4, C_SLOTS = 2;
  struct C { float x[4]; };
  static ATTN_DEV int lane() { return tid_x() & 31; }
  static ATTN_DEV int c_row(int l) { return (lane() >> 2) + 8 * (l >> 1); }
  static ATTN_DEV int c_col(int l) { return 2 * (lane() & 3) + (l & 1); }
  static ATTN_DEV constexpr int c_slot(int l) { return l >> 1; }
  static ATTN_DEV int slot_row(int s) { return (lane() >> 2) + 8 * s; }
  static ATTN_DEV float row_max(float v) {
    v = fmax_(v, shfl_xor(v, 1));
    return fmax_(v, shfl_xor(v, 2));
  }
  static ATTN_DEV float row_sum(float v) {
    v += shfl_xor(v, 1);
    return v + shfl_xor(v, 2);
  }
};

template <class T> struct Mma<ATTN_ARCH_NV_MMA, T> : M16N8Accumulator {
  static constexpr bool C_IS_A = true;
  struct A { uint32_t x[4]; };
  struct B { uint32_t x[2]; };

#if ATTN_ARCH == ATTN_ARCH_NV_MMA
  static ATTN_DEV uint32_t saddr(const void *p) { return (uint32_t)__cvta_generic_to_shared(p); }
  static ATTN_DEV void ldm_x4(uint32_t (&r)[4], const uint16_t *p) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0,%1,%2,%3}, [%4];\n"
                 : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
                 : "r"(saddr(p)));
  }
  static ATTN_DEV void ldm_x4_t(uint32_t (&r)[4], const uint16_t *p) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0,%1,%2,%3}, [%4];\n"
                 : "=r"(r[0]), "=r"(r[1]), "=r"(r[2]), "=r"(r[3])
                 : "r"(saddr(p)));
  }
  static ATTN_DEV void ldm_x2(uint32_t (&r)[2], const uint16_t *p) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x2.shared.b16 {%0,%1}, [%2];\n"
                 : "=r"(r[0]), "=r"(r[1])
                 : "r"(saddr(p)));
  }
  static ATTN_DEV void ldm_x2_t(uint32_t (&r)[2], const uint16_t *p) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16 {%0,%1}, [%2];\n"
                 : "=r"(r[0]), "=r"(r[1])
                 : "r"(saddr(p)));
  }
  // Lane l addresses row l%16, columns 8*(l/16): matrices (r0-7,k0-7),
  // (r8-15,k0-7), (r0-7,k8-15), (r8-15,k8-15) = a0..a3.
  static ATTN_DEV void load_A(A &a, const uint16_t *p, int ld) {
    int l = lane();
    ldm_x4(a.x, p + (l & 15) * ld + 8 * (l >> 4));
  }
  static ATTN_DEV void load_B_nk(B &b, const uint16_t *p, int ld) {
    int l = lane();
    ldm_x2(b.x, p + (l & 7) * ld + 8 * ((l >> 3) & 1));
  }
  // Two adjacent n-tiles (rows n..n+7 and n+8..n+15) with one ldmatrix.x4.
  static ATTN_DEV void load_B_nk2(B &b0, B &b1, const uint16_t *p, int ld) {
    int l = lane();
    uint32_t r[4];
    ldm_x4(r, p + ((l & 7) + 8 * (l >> 4)) * ld + 8 * ((l >> 3) & 1));
    b0.x[0] = r[0]; b0.x[1] = r[1]; b1.x[0] = r[2]; b1.x[1] = r[3];
  }
  static ATTN_DEV void load_B_kn(B &b, const uint16_t *p, int ld) {
    int l = lane();
    ldm_x2_t(b.x, p + ((l & 7) + 8 * ((l >> 3) & 1)) * ld);
  }
  static ATTN_DEV void load_B_kn2(B &b0, B &b1, const uint16_t *p, int ld) {
    int l = lane();
    uint32_t r[4];
    ldm_x4_t(r, p + ((l & 7) + 8 * ((l >> 3) & 1)) * ld + 8 * (l >> 4));
    b0.x[0] = r[0]; b0.x[1] = r[1]; b1.x[0] = r[2]; b1.x[1] = r[3];
  }
  static ATTN_DEV void mma(C &c, const A &a, const B &b);
  // A (16 x 16) from C tiles covering columns 0-7 (c0) and 8-15 (c1).
  static ATTN_DEV void c_to_a(A &a, const C &c0, const C &c1) {
    a.x[0] = Cvt<T>::pack2(c0.x[0], c0.x[1]);
    a.x[1] = Cvt<T>::pack2(c0.x[2], c0.x[3]);
    a.x[2] = Cvt<T>::pack2(c1.x[0], c1.x[1]);
    a.x[3] = Cvt<T>::pack2(c1.x[2], c1.x[3]);
  }
#endif
};

#if ATTN_ARCH == ATTN_ARCH_NV_MMA
template <>
ATTN_DEV void Mma<ATTN_ARCH_NV_MMA, f16_t>::mma(C &c, const A &a, const B &b) {
  asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 "
               "{%0,%1,%2,%3}, {%4,%5,%6,%7}, {%8,%9}, {%0,%1,%2,%3};\n"
               : "+f"(c.x[0]), "+f"(c.x[1]), "+f"(c.x[2]), "+f"(c.x[3])
               : "r"(a.x[0]), "r"(a.x[1]), "r"(a.x[2]), "r"(a.x[3]), "r"(b.x[0]), "r"(b.x[1]));
}
template <>
ATTN_DEV void Mma<ATTN_ARCH_NV_MMA, bf16_t>::mma(C &c, const A &a, const B &b) {
  asm volatile("mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 "
               "{%0,%1,%2,%3}, {%4,%5,%6,%7}, {%8,%9}, {%0,%1,%2,%3};\n"
               : "+f"(c.x[0]), "+f"(c.x[1]), "+f"(c.x[2]), "+f"(c.x[3])
               : "r"(a.x[0]), "r"(a.x[1]), "r"(a.x[2]), "r"(a.x[3]), "r"(b.x[0]), "r"(b.x[1]));
}
#endif

// ============================================================ AMD (WMMA / MFMA)
#if ATTN_PLATFORM_AMD
typedef uint16_t u16x16 __attribute__((ext_vector_type(16)));
typedef uint16_t u16x8 __attribute__((ext_vector_type(8)));
typedef uint16_t u16x4 __attribute__((ext_vector_type(4)));
typedef _Float16 f16x16 __attribute__((ext_vector_type(16)));
typedef __bf16 bf16x16 __attribute__((ext_vector_type(16)));
typedef _Float16 f16x4 __attribute__((ext_vector_type(4)));
typedef __bf16 bf16x4 __attribute__((ext_vector_type(4)));
typedef float f32x8 __attribute__((ext_vector_type(8)));
typedef float f32x4 __attribute__((ext_vector_type(4)));

// RDNA3 wave32 WMMA 16x16x16. A: lane l holds row l%16, k = 0..15 (lanes 16-31
// repeat 0-15). B: lane l holds column l%16, k = 0..15. C: value i of lane l is
// row 2i + l/16, column l%16.
template <class T> struct Mma<ATTN_ARCH_RDNA3, T> {
  static constexpr int WARP = 32, N = 16, C_NE = 8, C_SLOTS = 8;
  static constexpr bool C_IS_A = false;
  struct A { u16x16 x; };
  struct B { u16x16 x; };
  struct C { float x[8]; };
  static ATTN_DEV int lane() { return tid_x() & 31; }
  static ATTN_DEV int c_row(int l) { return 2 * l + (lane() >> 4); }
  static ATTN_DEV int c_col(int) { return lane() & 15; }
  static ATTN_DEV constexpr int c_slot(int l) { return l; }
  static ATTN_DEV int slot_row(int s) { return 2 * s + (lane() >> 4); }
  static ATTN_DEV float row_max(float v) {
    for (int m = 1; m < 16; m <<= 1) v = fmax_(v, shfl_xor(v, m));
    return v;
  }
  static ATTN_DEV float row_sum(float v) {
    for (int m = 1; m < 16; m <<= 1) v += shfl_xor(v, m);
    return v;
  }
  static ATTN_DEV void load_A(A &a, const uint16_t *p, int ld) {
    const u16x8 *q = (const u16x8 *)(p + (lane() & 15) * ld);
    u16x8 lo = q[0], hi = q[1];
    a.x = __builtin_shufflevector(lo, hi, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  }
  static ATTN_DEV void load_B_nk(B &b, const uint16_t *p, int ld) {
    A t;
    load_A(t, p, ld); // column n of B is row n of K: same access as A
    b.x = t.x;
  }
  static ATTN_DEV void load_B_nk2(B &b0, B &b1, const uint16_t *p, int ld) {
    load_B_nk(b0, p, ld);
    load_B_nk(b1, p + N * ld, ld);
  }
  static ATTN_DEV void load_B_kn(B &b, const uint16_t *p, int ld) {
    const uint16_t *q = p + (lane() & 15);
#pragma unroll
    for (int k = 0; k < 16; ++k) b.x[k] = q[k * ld];
  }
  static ATTN_DEV void load_B_kn2(B &b0, B &b1, const uint16_t *p, int ld) {
    load_B_kn(b0, p, ld);
    load_B_kn(b1, p + N, ld);
  }
  static ATTN_DEV void mma(C &c, const A &a, const B &b) {
#if ATTN_ARCH == ATTN_ARCH_RDNA3
    f32x8 acc;
#pragma unroll
    for (int i = 0; i < 8; ++i) acc[i] = c.x[i];
    if constexpr (__is_same(T, f16_t))
      acc = __builtin_amdgcn_wmma_f32_16x16x16_f16_w32(__builtin_bit_cast(f16x16, a.x),
                                                       __builtin_bit_cast(f16x16, b.x), acc);
    else
      acc = __builtin_amdgcn_wmma_f32_16x16x16_bf16_w32(__builtin_bit_cast(bf16x16, a.x),
                                                        __builtin_bit_cast(bf16x16, b.x), acc);
#pragma unroll
    for (int i = 0; i < 8; ++i) c.x[i] = acc[i];
#endif
  }
  static ATTN_DEV void c_to_a(A &, const C &, const C &) {}
};

// CDNA3 wave64 MFMA 16x16x16. A: lane l holds row l%16, k = 4*(l/16)+0..3.
// B: lane l holds column l%16, k = 4*(l/16)+0..3. C: value i of lane l is row
// 4*(l/16)+i, column l%16.
template <class T> struct Mma<ATTN_ARCH_CDNA3, T> {
  static constexpr int WARP = 64, N = 16, C_NE = 4, C_SLOTS = 4;
  static constexpr bool C_IS_A = false;
  struct A { u16x4 x; };
  struct B { u16x4 x; };
  struct C { float x[4]; };
  static ATTN_DEV int lane() { return tid_x() & 63; }
  static ATTN_DEV int c_row(int l) { return 4 * (lane() >> 4) + l; }
  static ATTN_DEV int c_col(int) { return lane() & 15; }
  static ATTN_DEV constexpr int c_slot(int l) { return l; }
  static ATTN_DEV int slot_row(int s) { return 4 * (lane() >> 4) + s; }
  static ATTN_DEV float row_max(float v) {
    for (int m = 1; m < 16; m <<= 1) v = fmax_(v, shfl_xor(v, m));
    return v;
  }
  static ATTN_DEV float row_sum(float v) {
    for (int m = 1; m < 16; m <<= 1) v += shfl_xor(v, m);
    return v;
  }
  static ATTN_DEV void load_A(A &a, const uint16_t *p, int ld) {
    a.x = *(const u16x4 *)(p + (lane() & 15) * ld + 4 * (lane() >> 4));
  }
  static ATTN_DEV void load_B_nk(B &b, const uint16_t *p, int ld) {
    b.x = *(const u16x4 *)(p + (lane() & 15) * ld + 4 * (lane() >> 4));
  }
  static ATTN_DEV void load_B_nk2(B &b0, B &b1, const uint16_t *p, int ld) {
    load_B_nk(b0, p, ld);
    load_B_nk(b1, p + N * ld, ld);
  }
  static ATTN_DEV void load_B_kn(B &b, const uint16_t *p, int ld) {
    const uint16_t *q = p + 4 * (lane() >> 4) * ld + (lane() & 15);
#pragma unroll
    for (int k = 0; k < 4; ++k) b.x[k] = q[k * ld];
  }
  static ATTN_DEV void load_B_kn2(B &b0, B &b1, const uint16_t *p, int ld) {
    load_B_kn(b0, p, ld);
    load_B_kn(b1, p + N, ld);
  }
  static ATTN_DEV void mma(C &c, const A &a, const B &b) {
#if ATTN_ARCH == ATTN_ARCH_CDNA3
    f32x4 acc = {c.x[0], c.x[1], c.x[2], c.x[3]};
    if constexpr (__is_same(T, f16_t))
      acc = __builtin_amdgcn_mfma_f32_16x16x16f16(__builtin_bit_cast(f16x4, a.x),
                                                  __builtin_bit_cast(f16x4, b.x), acc, 0, 0, 0);
    else
      acc = __builtin_amdgcn_mfma_f32_16x16x16bf16_1k(__builtin_bit_cast(bf16x4, a.x),
                                                      __builtin_bit_cast(bf16x4, b.x), acc, 0, 0, 0);
#pragma unroll
    for (int i = 0; i < 4; ++i) c.x[i] = acc[i];
#endif
  }
  static ATTN_DEV void c_to_a(A &, const C &, const C &) {}
};
#endif // ATTN_PLATFORM_AMD

// ============================================================ scalar fallback
// NV_MMA's C layout (lane l: rows l/4 and l/4+8, columns 2*(l%4)+{0,1}); A and
// B hold, as f32, the full rows / columns those C values need.
template <class T> struct Mma<ATTN_ARCH_SCALAR, T> : M16N8Accumulator {
  static constexpr bool C_IS_A = false;
  struct A { float x[2][16]; };
  struct B { float x[2][16]; };
  static ATTN_DEV void load_A(A &a, const uint16_t *p, int ld) {
#pragma unroll
    for (int s = 0; s < 2; ++s)
#pragma unroll
      for (int k = 0; k < 16; ++k) a.x[s][k] = Cvt<T>::to_f32(p[slot_row(s) * ld + k]);
  }
  static ATTN_DEV void load_B_nk(B &b, const uint16_t *p, int ld) {
#pragma unroll
    for (int c = 0; c < 2; ++c)
#pragma unroll
      for (int k = 0; k < 16; ++k) b.x[c][k] = Cvt<T>::to_f32(p[(2 * (lane() & 3) + c) * ld + k]);
  }
  static ATTN_DEV void load_B_nk2(B &b0, B &b1, const uint16_t *p, int ld) {
    load_B_nk(b0, p, ld);
    load_B_nk(b1, p + N * ld, ld);
  }
  static ATTN_DEV void load_B_kn(B &b, const uint16_t *p, int ld) {
#pragma unroll
    for (int c = 0; c < 2; ++c)
#pragma unroll
      for (int k = 0; k < 16; ++k) b.x[c][k] = Cvt<T>::to_f32(p[k * ld + 2 * (lane() & 3) + c]);
  }
  static ATTN_DEV void load_B_kn2(B &b0, B &b1, const uint16_t *p, int ld) {
    load_B_kn(b0, p, ld);
    load_B_kn(b1, p + N, ld);
  }
  static ATTN_DEV void mma(C &c, const A &a, const B &b) {
#pragma unroll
    for (int l = 0; l < 4; ++l) {
      float acc = c.x[l];
#pragma unroll
      for (int k = 0; k < 16; ++k) acc = __builtin_fmaf(a.x[l >> 1][k], b.x[l & 1][k], acc);
      c.x[l] = acc;
    }
  }
  static ATTN_DEV void c_to_a(A &, const C &, const C &) {}
};

} // namespace attn

#endif // ATTN_MMA_H
