//===- CpuKernels.h - ISA micro-kernels behind the cpu backend --*- C++ -*-===//
//
// The cpu backend is one blocked online-softmax driver (CpuBackend.cpp) and,
// behind it, a table of micro-kernels per instruction set: packing of K/V
// tiles, the two tile products (Q.K^T and P.V) and the per-row online-softmax
// update. Each table is compiled in its own file with its own target flags
// (KernelsPortable.cpp, KernelsAvx2.cpp, KernelsAvx512.cpp, KernelsAmx.cpp)
// and chosen at run time from the CPU's features (or ATTNRT_CPU_ISA), so the
// library runs on any x86-64 or aarch64 machine.
//
// Tile shapes: up to kBlockQ query rows against kBlockK keys. Every table
// takes f32 tiles (the driver converts the user's dtype and strides; f32
// rows with unit stride are passed in place, bf16 rows straight to
// packKFromBf16 / packVFromBf16 where a table has them), packs them into
// its own layout, and leaves scores in a row-major [rows][kBlockK] f32
// array; the probabilities replace them there, as f32 or (pPackedBf16) as
// bf16 numbers in each row's first half.
//
// The kernel files use no inline functions from the standard library: an
// inline function compiled for AVX-512 could otherwise be the copy the
// linker keeps for the whole library.
//
//===----------------------------------------------------------------------===//

#ifndef ATTNRT_LIB_RUNTIME_BACKENDS_CPU_CPUKERNELS_H
#define ATTNRT_LIB_RUNTIME_BACKENDS_CPU_CPUKERNELS_H

#include "attnrt/attnrt_types.h"

#include <stddef.h>
#include <stdint.h>

namespace attnrt {
namespace cpu {

/// Query rows per work item (one conversion of each K/V tile serves them
/// all), rows per kernel call (the score tile's rows; a multiple of 16 for
/// the AMX tiles and of 6 for the AVX-512 register blocks) and keys per
/// tile.
constexpr int64_t kBlockQ = 768;
constexpr int64_t kSubQ = 96;
constexpr int64_t kBlockK = 256;
static_assert(kBlockQ % kSubQ == 0, "whole sub-blocks");

/// What rowUpdate did with one row of one key tile.
struct RowState {
  float m; ///< Running maximum logit (natural units), -inf before any key.
  float l; ///< Running sum of exp(logit - m).
};

/// One instruction set's micro-kernels. Pointers are to per-thread scratch
/// the driver allocates with the sizes the *Floats functions return (in
/// floats, 64-byte aligned).
struct MicroKernels {
  const char *name;
  /// Whether the products run on bf16 operands (Q, K, V and the
  /// probabilities rounded to bf16, products accumulated in f32). Only
  /// chosen for bf16 inputs with a bf16 output: Q, K and V are exact in
  /// bf16, and rounding the probabilities is within the output's rounding.
  bool bf16Products;
  /// Whether rowUpdate leaves the probabilities as bf16 numbers packed
  /// into the first half of the score row (else as f32 values).
  bool pPackedBf16;

  /// Floats of scratch for packed Q ([kBlockQ][D]; a multiple of kBlockQ,
  /// so fewer rows take proportionally less), K and V tiles.
  int64_t (*qPackFloats)(int64_t D);
  int64_t (*kPackFloats)(int64_t D);
  int64_t (*vPackFloats)(int64_t Dv);

  /// Packs nq rows of q (row-major [nq][D] f32) into qp; null when scores
  /// reads those rows as they are.
  void (*packQ)(const float *q, int64_t nq, int64_t D, float *qp);
  /// Packs a K tile given as nk rows of D floats, row j at k + j * ldk,
  /// into kp, as if rows nk..kBlockK-1 were zeros (rows from nk rounded up
  /// to 64 on may be left unwritten: scores never reads them).
  void (*packK)(const float *k, int64_t ldk, int64_t nk, int64_t D,
                float *kp);
  /// Packs a V tile given as kBlockK rows of Dv floats (zero padded);
  /// null when accumulatePV reads those rows as they are.
  void (*packV)(const float *v, int64_t Dv, float *vp);

  /// Optional (null when absent): packK / packV straight from bf16 rows
  /// with unit element stride (row j at k + j * ldk elements; rows from nk
  /// on taken as zeros), for bf16 inputs. packKFromBf16 needs an even D.
  /// packVFromBf16 returns whether some V value is Inf or NaN (the driver
  /// then takes its general path for the tile).
  void (*packKFromBf16)(const uint16_t *k, int64_t ldk, int64_t nk,
                        int64_t D, float *kp);
  bool (*packVFromBf16)(const uint16_t *v, int64_t ldv, int64_t nk,
                        int64_t Dv, float *vp);

  /// Optional: packQ for one row given as D bf16 values with unit stride,
  /// written where packQ puts that row (qpRow = qp + r * qPackFloats(D) /
  /// kBlockQ).
  void (*packQRowFromBf16)(const uint16_t *q, int64_t D, float *qpRow);

  /// Whether some of the f32 rows [0, nk) x [0, Dv) (row j at
  /// v + j * ldv) is Inf or NaN.
  bool (*anyNonFinite)(const float *v, int64_t ldv, int64_t nk, int64_t Dv);

  /// s[r][j] = q_r . k_j (unscaled) for r < nq and j < nkPad (a multiple
  /// of 64 covering the tile's keys).
  void (*scores)(const float *qp, int64_t nq, const float *kp, int64_t D,
                 int64_t nkPad, float *s);

  /// One row's online-softmax step over a key tile. On entry s holds raw
  /// dot products. The logit of key j is
  ///   repl[j]                      when repl && !isnan(repl[j])
  ///   s[j] * scale + bias[j]       otherwise (bias[j] = 0 when !bias).
  /// On return s holds exp(logit - m') (rounded to bf16 when bf16Products,
  /// packed as bf16 numbers when pPackedBf16),
  /// st is updated to the new maximum m' and sum, acc[0..Dv) is rescaled,
  /// and the result is true unless some computed (not replaced) logit is
  /// neither finite nor a -inf bias: a dot product or its scaled value left
  /// the f32 range or was not finite, or the bias is NaN or +inf. Then the
  /// driver recomputes the row in f64 (as the reference does) and the other
  /// outputs are meaningless. So the fast path only sees finite or -inf
  /// logits.
  /// Only keys j < nkPad are read and written.
  bool (*rowUpdate)(float *s, int64_t nkPad, float scale, const float *bias,
                    const float *repl, RowState *st, float *acc, int64_t Dv);

  /// rowUpdate for rows [0, nq) of s at once (row r at s + r * kBlockK,
  /// its state st[r] and accumulator acc + r * Dv) when every logit of the
  /// tile is computed (bias and repl null for every row); failed[r] is set
  /// where rowUpdate would have returned false, and cleared elsewhere;
  /// returns how many rows failed.
  int64_t (*rowsUpdate)(float *s, int64_t nq, int64_t nkPad, float scale,
                        RowState *st, float *acc, int64_t Dv, bool *failed);

  /// acc[r][:] += sum_{j < nk} p[r][j] v_j for r < nq (acc is [nq][Dv],
  /// p is [nq][kBlockK] with p[r][j] = 0 for j >= nk). Without packV, v_j
  /// is the row at vp + j * ldv; with it, vp is packV's tile (ldv unused).
  void (*accumulatePV)(const float *p, int64_t nq, const float *vp,
                       int64_t ldv, int64_t nk, int64_t Dv, float *acc);

  /// Folds rows [0, nRows) of the f32 state (st, acc rows Dv apart) into
  /// the f64 one (foldM, foldL, foldAcc rows Dv apart) and resets the f32
  /// state: both are partial softmaxes over disjoint keys, merged by their
  /// maxima (NaN if either maximum is NaN); a row with no key since the
  /// last fold (m = -inf) is left as it is.
  void (*foldRows)(RowState *st, float *acc, double *foldM, double *foldL,
                   double *foldAcc, int64_t nRows, int64_t Dv);

  /// logit_rounding = F16 / BF16 (T) (RoundedLogitKernels.inc); null in the
  /// bf16 tables (the driver runs rounded logits on the f32 tables).
  /// roundedScores is scores for rounded logits: s[r][j] =
  /// rnd_T(rnd_T(q_r . k_j) * scale), the dot product summed in f64 in the
  /// reference's order, each step rounded as LogitRounding.h does, so every
  /// value is the reference's to the bit (scale is a T value). q64 holds
  /// the nq rows of q in f64 ([nq][D]), kp64 packK's tile converted to f64
  /// element by element (same layout). Only for tables without packQ.
  void (*roundedScores)(const double *q64, int64_t nq, const double *kp64,
                        int64_t D, int64_t nkPad,
                        attnrt_logit_rounding rounding, float scale,
                        float *s);
  /// The additive mask's step for one row of such logits (j < nkPad):
  /// s[j] = rnd_T(s[j] + rnd_T(mask[j])). Then -inf logits move to the
  /// mask, which becomes rowUpdate's bias: s[j] = 0 and mask[j] = -inf
  /// there, mask[j] = 0 elsewhere (so s * 1 + bias is the rounded logit and
  /// a -inf one reads as a masked key). Returns whether some logit is -inf.
  bool (*roundedAddMask)(float *s, float *mask, int64_t nkPad,
                         attnrt_logit_rounding rounding);
};

/// The tables, each non-null only where compiled in (x86-64 for the
/// AVX2/AVX-512 ones). Whether the running CPU can execute them is
/// cpuHas*(), below.
const MicroKernels *getPortableKernels();
const MicroKernels *getAvx2Kernels();
const MicroKernels *getAvx512Kernels();     // f32 products on AVX-512F.
const MicroKernels *getAvx512Bf16Kernels(); // bf16 dot products.
const MicroKernels *getAmxKernels();        // bf16 AMX tiles.
/// Asks Linux for the AMX tile state (once per process); whether granted.
bool requestAmx();

} // namespace cpu
} // namespace attnrt

#endif // ATTNRT_LIB_RUNTIME_BACKENDS_CPU_CPUKERNELS_H
