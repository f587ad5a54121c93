//===- fa_core.h - FlashAttention-2 forward, one templated core -*- C++ -*-===//
//
// O = softmax(scale * Q K^T + mask) V for one (batch, head-or-kv-head,
// query block[, key split]) per thread block:
//  - the block's BR = 16 * NWARPS query rows are split across warps, 16 rows
//    (one MMA m-tile) per warp; Q is staged through shared memory once and
//    kept in registers as A fragments (head dims <= 128 on GPUs with MMA);
//  - key/value blocks of BC rows stream through shared memory (cp.async,
//    two stages on NVIDIA; synchronous 16-byte copies elsewhere), shared by
//    all warps; padded rows (+8 elements) keep ldmatrix free of bank conflicts;
//  - S = Q K^T and O += P V on the matrix units (mma.h), f32 accumulators;
//  - online softmax in registers, in the log2 domain: s' = s * scale*log2(e)
//    (+ mask*log2(e)), p = exp2(s' - m'), row max / sum across the lanes of a
//    row with shuffles; the row sum is kept per lane and reduced once at the end;
//  - causal: key blocks past the last visible key are never loaded, and only
//    blocks that cross the diagonal (or the sequence end) are masked element
//    by element; the heaviest query blocks are scheduled first;
//  - exact semantics (attnrt_types.h): a position hidden by the causal mode
//    or the boolean mask takes the logit `fill` (-inf or finite); keys past
//    Sk are no keys (-inf). Kinds with a mask operand work in natural units
//    (s = scale*q.k + mask, p = exp2((s - m) * log2 e)), so any finite mask
//    or fill value, finfo.min included, is exact; the others in log2 units
//    with the fill clamped to -FLT_MAX (fa_launch.h). Key blocks past the
//    diagonal are skipped only with a -inf fill (with a finite fill they are
//    computed: their keys carry exp(fill - m), docs/kernels.md);
//  - a row whose logits are all -inf keeps m = -inf and l = 0 (exp2 uses
//    max 0 in place of -inf, so no inf - inf appears) and is written as
//    zeros, or NaN when empty_nan;
//  - the optional lse output (attnk_problem.lse, non-PACK kinds): one lane
//    per row writes m + ln l in natural logit units (row_lse), -inf for an
//    empty row; the PACK kinds leave it to their combine step;
// The scalar rules (softmax step and exponent, logits of hidden positions,
// empty rows, lse) are softmax_rules.h's, shared with every other kernel.
// KIND selects what is compiled in: NOCAUSAL (no mask, no causal), CAUSAL,
// GENERAL (mask operand with broadcast strides + any causal mode) and DECODE
// (GENERAL with the query rows of all heads of a KV group packed into one
// tile, and the key range split across blocks; partial results carry their
// log-sum-exp and are merged by flash_attention_decode.hip's combine).
//===----------------------------------------------------------------------===//
#ifndef ATTN_FA_CORE_H
#define ATTN_FA_CORE_H

#include "attn/mma.h"
#include "attn/softmax_rules.h"
#include "attn_kernels.h"

namespace attn {

enum {
  KIND_NOCAUSAL = 0,   // no mask, no causal
  KIND_CAUSAL = 1,     // causal (either corner), no mask
  KIND_GENERAL = 2,    // mask operand + any causal mode
  KIND_DECODE = 3,     // packed GQA rows + split keys, any causal mode, no mask
  KIND_DECODE_MASK = 4 // KIND_DECODE with a mask operand
};

// Everything a kernel needs: the problem exactly as the runtime passed it
// (attnk_problem: pointers, strides, dtypes, causal mode, scale, fill, empty
// rows, lse) plus what the launcher derives from it once on the host
// (fa_launch.h make_args). The derived fields are not a second copy of the
// problem: 32-bit sizes for the index math (unsupported_reason bounds them),
// the log2-domain constants, alignment facts and the launch geometry.
struct FaArgs {
  attnk_problem p;
  int Hq, Hkv, Sq, Sk, D, Dv, group; // p's sizes as int; group = Hq / Hkv
  int causal_off;                    // visible iff j <= i + causal_off
  int mask_dtype;                    // p.mask_dtype with a mask, else -1: one int test for
                                     // presence (a pointer test spills in the decode kernel)
  float scale_log2;                  // p.scale * log2(e)
  float fill_log2;                   // p.mask_fill in log2 units, clamped to -FLT_MAX
  int fill_finite;                   // 0: fill = -inf, hidden key blocks skipped
  int empty_nan;                     // empty rows (all logits -inf, Sk > 0) -> NaN
  int vec_q, vec_k, vec_v, vec_o;    // 16-byte / paired access allowed
  int num_qblocks;                   // row blocks per (b, y)
  int num_splits, split_blocks;      // DECODE: key splits, key blocks per split
  float *part_o, *part_ml;           // DECODE: [split][row][Dv], [split][row][m, l]
  int64_t rows_all;                  // DECODE: B * Hq * Sq
};

// Tile configuration per target.
template <int Arch, int DP, int KIND> struct FaCfg;
template <int DP, int KIND> struct FaCfg<ATTN_ARCH_NV_MMA, DP, KIND> {
  // NVIDIA: warps of 32; 4 warps x MT x 16 rows; 64-key blocks (128 for
  // non-causal D <= 64, 32 above D = 128), two cp.async stages. Decode: one
  // warp (16 packed rows) per block, 32-key blocks.
  static constexpr bool DEC = KIND == KIND_DECODE || KIND == KIND_DECODE_MASK;
  static constexpr int NWARPS = DEC ? 1 : 4;
  // Non-causal D <= 64: 128-key blocks with Q re-read from shared memory
  // (measured 238 vs 222 TFLOP/s for 64-key blocks with Q in registers; the
  // causal kernel would spill with 128). ATTN_NV_BC64 / ATTN_NV_QREGS64
  // override this for tuning builds (bench/gpu/tune.sh).
#ifndef ATTN_NV_BC64
#define ATTN_NV_BC64 128
#endif
#ifndef ATTN_NV_QREGS64
#define ATTN_NV_QREGS64 0
#endif
  static constexpr bool FAST = KIND == KIND_NOCAUSAL;
  static constexpr int BC = DEC ? 32 : (DP <= 64 && FAST) ? ATTN_NV_BC64 : DP <= 128 ? 64 : 32;
  static constexpr int STAGES = 2;
  // m-tiles (16 rows) per warp: 2 on the fast paths (each K/V fragment read
  // from shared memory feeds two MMAs); 1 where registers would spill.
  static constexpr int MT = DEC ? 1 : (KIND == KIND_GENERAL && DP > 96) || DP > 128 ? 1 : 2;
  static constexpr bool Q_IN_REGS = DEC ? DP <= 128 : DP <= 64 && (!FAST || ATTN_NV_QREGS64);
};
template <int DP, int KIND> struct FaCfg<ATTN_ARCH_RDNA3, DP, KIND> {
  // RDNA3: wave32, 256-thread blocks (8 waves x 16 rows = 128 rows); 128 threads
  // above D=128 to stay inside 64 KiB of LDS. 32-key blocks, one LDS stage.
  static constexpr int NWARPS = (KIND == KIND_DECODE || KIND == KIND_DECODE_MASK) ? 1 : (DP <= 128 ? 8 : 4);
  static constexpr int BC = 32;
  static constexpr int STAGES = 1;
  static constexpr bool Q_IN_REGS = DP <= 64; // D=128: Q from LDS, else > 256 VGPRs
  static constexpr int MT = 1;
};
template <int DP, int KIND> struct FaCfg<ATTN_ARCH_CDNA3, DP, KIND> {
  // CDNA3: wave64, 256-thread blocks (4 waves x 16 rows); 32-key blocks.
  static constexpr int NWARPS = (KIND == KIND_DECODE || KIND == KIND_DECODE_MASK) ? 1 : 4;
  static constexpr int BC = 32;
  static constexpr int STAGES = 1;
  static constexpr bool Q_IN_REGS = DP <= 128;
  static constexpr int MT = 1;
};
template <int DP, int KIND> struct FaCfg<ATTN_ARCH_SCALAR, DP, KIND> {
  static constexpr int NWARPS = (KIND == KIND_DECODE || KIND == KIND_DECODE_MASK) ? 1 : 4;
  static constexpr int BC = 32;
  static constexpr int STAGES = 1;
  static constexpr bool Q_IN_REGS = false;
  static constexpr int MT = 1;
};

template <int Arch, class T, int DP, int KIND> struct FaShape {
  using Cfg = FaCfg<Arch, DP, KIND>;
  static constexpr int WARP = Arch == ATTN_ARCH_CDNA3 ? 64 : 32;
  static constexpr int MMA_N = (Arch == ATTN_ARCH_RDNA3 || Arch == ATTN_ARCH_CDNA3) ? 16 : 8;
  static constexpr bool P_IN_REGS = Arch == ATTN_ARCH_NV_MMA;
  static constexpr int NWARPS = Cfg::NWARPS, NTHREADS = NWARPS * WARP;
  static constexpr int MT = Cfg::MT, BR = 16 * NWARPS * MT, BC = Cfg::BC, STAGES = Cfg::STAGES;
  static constexpr int LD = DP + 8;      // shared row stride (elements)
  static constexpr int PLD = BC + 8;     // P tile row stride
  static constexpr int KV_STAGE = 2 * BC * LD;
  static constexpr int Q_ELEMS = BR * LD;
  // Q in registers: its staging buffer aliases the last K/V stage.
  static constexpr int Q_OFF = Cfg::Q_IN_REGS ? (STAGES - 1) * KV_STAGE : STAGES * KV_STAGE;
  static constexpr int KVQ_END =
      (Q_OFF + Q_ELEMS > STAGES * KV_STAGE) ? Q_OFF + Q_ELEMS : STAGES * KV_STAGE;
  static constexpr int P_OFF = KVQ_END;
  static constexpr int P_ELEMS = P_IN_REGS ? 0 : NWARPS * MT * 16 * PLD;
  static constexpr int SMEM_BYTES = (P_OFF + P_ELEMS) * 2;
  static_assert(DP % 32 == 0, "padded head dim must be a multiple of 32");
  static_assert(BC % (2 * MMA_N) == 0, "key block must hold an even number of n-tiles");
};

template <int Arch, class T, int DP, int KIND> struct FaBlock {
  using Sh = FaShape<Arch, T, DP, KIND>;
  using M = Mma<Arch, T>;
  using A = typename M::A;
  using B = typename M::B;
  using C = typename M::C;
  static constexpr int WARP = Sh::WARP, NW = Sh::NWARPS, NT = Sh::NTHREADS, MT = Sh::MT;
  static constexpr int BR = Sh::BR, BC = Sh::BC, LD = Sh::LD, PLD = Sh::PLD, N = Sh::MMA_N;
  static constexpr int NTS = BC / N;  // n-tiles of S
  static constexpr int NTO = DP / N;  // n-tiles of O
  static constexpr int KTD = DP / 16; // k-steps over the head dim
  static constexpr int KTP = BC / 16; // k-steps over the keys
  static constexpr int SL = M::C_SLOTS;
  static constexpr bool PACK = KIND == KIND_DECODE || KIND == KIND_DECODE_MASK;
  static constexpr bool HAS_MASK = KIND == KIND_GENERAL || KIND == KIND_DECODE_MASK;
  static constexpr bool ALWAYS_CAUSAL = KIND == KIND_CAUSAL;
  static constexpr bool MAY_CAUSAL = KIND != KIND_NOCAUSAL;
  static constexpr bool QB_SLOW = KIND == KIND_CAUSAL;
  // Natural units (mask kinds) or log2 units (the others): p = exp2((s - m) * EXPF).
  static constexpr bool NAT = HAS_MASK;

  // Copies rows [0, nrows) of a tile (DP columns, `cols` valid) into shared
  // memory; rows past `valid_rows` and columns past `cols` become zeros.
  // rowptr(r) gives the global address of row r's first element.
  template <class RowPtr>
  static ATTN_DEV void load_tile(uint16_t *dst, int nrows, RowPtr rowptr, int cols, int64_t sd,
                                 bool vec, int tid, const uint16_t *safe) {
    constexpr int CH = DP / 8; // 16-byte chunks per row
    for (int c = tid; c < nrows * CH; c += NT) {
      int r = c / CH, d = (c % CH) * 8;
      const uint16_t *g = rowptr(r);
      bool valid = g != nullptr && d < cols;
      uint16_t *s = dst + r * LD + d;
      if (vec) {
        copy16_async(s, valid ? g + d : safe, valid); // zero-fill reads nothing
      } else {
        uint16_t e[8];
#pragma unroll
        for (int t = 0; t < 8; ++t) e[t] = (valid && d + t < cols) ? g[(int64_t)(d + t) * sd] : 0;
        u32x4 w;
        w.x = e[0] | ((uint32_t)e[1] << 16);
        w.y = e[2] | ((uint32_t)e[3] << 16);
        w.z = e[4] | ((uint32_t)e[5] << 16);
        w.w = e[6] | ((uint32_t)e[7] << 16);
        *(u32x4 *)s = w;
      }
    }
  }

  // The row's log-sum-exp in natural logit units (attnk_problem.lse) from
  // its running max m (kernel units) and sum l = sum_j exp(s_j - m): -inf
  // for an empty row (l == 0: every logit -inf, or Sk == 0). Log2 units
  // convert by ln 2, except where the max is the fill and the fill is
  // finite: every term at the max is then the fill, whose natural value is
  // exact in p.mask_fill (its log2 value may be clamped to -FLT_MAX).
  static ATTN_DEV float row_lse(const FaArgs &a, float m, float l) {
    if (!(l > 0.f)) return neg_inf(); // here too: one lg2 for the three forms below
    if (NAT) return log_sum_exp(m, l);
    if (a.fill_finite && m == a.fill_log2) return log_sum_exp(a.p.mask_fill, l);
    return log_sum_exp_log2(m, l);
  }

  static ATTN_DEV void run(const FaArgs &a, uint16_t *smem) {
    const int tid = tid_x();
    const int warp = tid / WARP;
    int b = bid_z(), y = bid_y();
    int qb, split = 0;
    if constexpr (PACK) {
      qb = bid_x() / a.num_splits;
      split = bid_x() % a.num_splits;
    } else if constexpr (QB_SLOW) {
      // Causal: grid (heads, batch, query blocks) so that the heaviest query
      // blocks of every head are scheduled first and none starts in the tail.
      y = bid_x();
      b = bid_y();
      qb = a.num_qblocks - 1 - bid_z();
    } else {
      qb = a.num_qblocks - 1 - bid_x(); // query blocks of one head run together (L2 reuse of K/V)
    }
    const int rows_total = PACK ? a.group * a.Sq : a.Sq;
    const int row0 = qb * BR;
    const int kvh = PACK ? y : y / a.group;

    // ---- key-block range
    const int nkb = (a.Sk + BC - 1) / BC;
    int kb_begin = 0, kb_end = nkb;
    if constexpr (PACK) {
      kb_begin = split * a.split_blocks;
      kb_end = imin(nkb, kb_begin + a.split_blocks);
    }
    const bool causal = ALWAYS_CAUSAL || (MAY_CAUSAL && a.p.causal != ATTNRT_CAUSAL_NONE);
    int i_min = 0, i_max = a.Sq - 1;
    if (!PACK) {
      i_min = row0;
      i_max = imin(row0 + BR, a.Sq) - 1;
    }
    if (causal && !a.fill_finite) { // hidden blocks add exp(fill - m) > 0 otherwise
      int last = i_max + a.causal_off; // last visible key of the block
      int lim = last < 0 ? 0 : last / BC + 1;
      kb_end = imin(kb_end, lim);
    }

    // ---- this lane's rows: m-tile mt of this warp covers rows
    // row0 + (warp * MT + mt) * 16 + [0, 16).
    int slot_i[MT][SL];
    int slot_h[MT][SL];
    bool slot_ok[MT][SL];
#pragma unroll
    for (int mt = 0; mt < MT; ++mt)
#pragma unroll
      for (int s = 0; s < SL; ++s) {
        int r = row0 + (warp * MT + mt) * 16 + M::slot_row(s);
        slot_ok[mt][s] = r < rows_total;
        int h = y, i = r;
        if (PACK) {
          int g = r / a.Sq;
          h = y * a.group + g;
          i = r - g * a.Sq;
        }
        slot_i[mt][s] = i;
        slot_h[mt][s] = h;
      }

    uint16_t *Qs = smem + Sh::Q_OFF;
    const uint16_t *const qg = (const uint16_t *)a.p.q.data;
    const uint16_t *const kg = (const uint16_t *)a.p.k.data;
    const uint16_t *const vg = (const uint16_t *)a.p.v.data;
    const uint16_t *kbase = kg + b * a.p.k.strides[0] + kvh * a.p.k.strides[1];
    const uint16_t *vbase = vg + b * a.p.v.strides[0] + kvh * a.p.v.strides[1];

    auto q_row = [&](int r) -> const uint16_t * {
      int gr = row0 + r;
      if (gr >= rows_total) return nullptr;
      int h = y, i = gr;
      if (PACK) {
        int g = gr / a.Sq;
        h = y * a.group + g;
        i = gr - g * a.Sq;
      }
      return qg + b * a.p.q.strides[0] + h * a.p.q.strides[1] + (int64_t)i * a.p.q.strides[2];
    };
    auto load_kv = [&](int kb, int stage) {
      uint16_t *Ks = smem + stage * Sh::KV_STAGE;
      uint16_t *Vs = Ks + BC * LD;
      int j0 = kb * BC;
      load_tile(Ks, BC, [&](int r) -> const uint16_t * {
        int j = j0 + r;
        return j < a.Sk ? kbase + (int64_t)j * a.p.k.strides[2] : nullptr;
      }, a.D, a.p.k.strides[3], a.vec_k, tid, kg);
      load_tile(Vs, BC, [&](int r) -> const uint16_t * {
        int j = j0 + r;
        return j < a.Sk ? vbase + (int64_t)j * a.p.v.strides[2] : nullptr;
      }, a.Dv, a.p.v.strides[3], a.vec_v, tid, vg);
    };

    // ---- prologue: Q (and the first K/V block) to shared memory
    load_tile(Qs, BR, q_row, a.D, a.p.q.strides[3], a.vec_q, tid, qg);
    if (Sh::STAGES == 2 && kb_begin < kb_end) load_kv(kb_begin, 0);
    async_commit();
    async_wait<0>();
    block_sync();

    A qf[Sh::Cfg::Q_IN_REGS ? MT : 1][Sh::Cfg::Q_IN_REGS ? KTD : 1];
    if constexpr (Sh::Cfg::Q_IN_REGS) {
#pragma unroll
      for (int mt = 0; mt < MT; ++mt)
#pragma unroll
        for (int kt = 0; kt < KTD; ++kt)
          M::load_A(qf[mt][kt], Qs + (warp * MT + mt) * 16 * LD + kt * 16, LD);
      block_sync(); // the Q buffer is reused by K/V
    }

    C o[MT][NTO];
    float m_run[MT][SL], l_run[MT][SL];
#pragma unroll
    for (int mt = 0; mt < MT; ++mt) {
#pragma unroll
      for (int t = 0; t < NTO; ++t)
#pragma unroll
        for (int l = 0; l < M::C_NE; ++l) o[mt][t].x[l] = 0.f;
#pragma unroll
      for (int s = 0; s < SL; ++s) {
        m_run[mt][s] = neg_inf();
        l_run[mt][s] = 0.f;
      }
    }
    const bool has_mask = HAS_MASK && a.mask_dtype >= 0;

    int it = 0;
    for (int kb = kb_begin; kb < kb_end; ++kb, ++it) {
      int stage = 0;
      if constexpr (Sh::STAGES == 2) {
        stage = it & 1;
        if (kb + 1 < kb_end) {
          load_kv(kb + 1, stage ^ 1);
          async_commit();
          async_wait<1>();
        } else {
          async_wait<0>();
        }
      } else {
        load_kv(kb, 0);
      }
      block_sync();
      const uint16_t *Ks = smem + stage * Sh::KV_STAGE;
      const uint16_t *Vs = Ks + BC * LD;

      // ---- S = Q K^T (each K fragment feeds MT m-tiles)
      C sacc[MT][NTS];
#pragma unroll
      for (int mt = 0; mt < MT; ++mt)
#pragma unroll
        for (int t = 0; t < NTS; ++t)
#pragma unroll
          for (int l = 0; l < M::C_NE; ++l) sacc[mt][t].x[l] = 0.f;
#pragma unroll
      for (int kt = 0; kt < KTD; ++kt) {
        A qa[MT];
#pragma unroll
        for (int mt = 0; mt < MT; ++mt) {
          if constexpr (Sh::Cfg::Q_IN_REGS) qa[mt] = qf[mt][kt];
          else M::load_A(qa[mt], Qs + (warp * MT + mt) * 16 * LD + kt * 16, LD);
        }
#pragma unroll
        for (int t = 0; t < NTS; t += 2) {
          B b0, b1;
          M::load_B_nk2(b0, b1, Ks + t * N * LD + kt * 16, LD);
#pragma unroll
          for (int mt = 0; mt < MT; ++mt) {
            M::mma(sacc[mt][t], qa[mt], b0);
            M::mma(sacc[mt][t + 1], qa[mt], b1);
          }
        }
      }

      // ---- scale, mask (only blocks that need it), online softmax
      const int j0 = kb * BC;
      bool need_mask = has_mask || j0 + BC > a.Sk ||
                       (causal && j0 + BC - 1 > i_min + a.causal_off);
#pragma unroll
      for (int mt = 0; mt < MT; ++mt)
#pragma unroll
        for (int t = 0; t < NTS; ++t)
#pragma unroll
          for (int l = 0; l < M::C_NE; ++l) sacc[mt][t].x[l] *= NAT ? a.p.scale : a.scale_log2;
      if (need_mask) {
        const float fill = NAT ? a.p.mask_fill : a.fill_log2;
#pragma unroll
        for (int mt = 0; mt < MT; ++mt)
#pragma unroll
          for (int t = 0; t < NTS; ++t) {
#pragma unroll
            for (int l = 0; l < M::C_NE; ++l) {
              const int s = M::c_slot(l);
              const int j = j0 + t * N + M::c_col(l);
              // position_logit's order (softmax_rules.h), the mask read
              // only for a visible key
              float v = sacc[mt][t].x[l];
              if (j >= a.Sk) {
                v = no_key_logit();
              } else if (causal && causal_hides(j, slot_i[mt][s], a.causal_off)) {
                v = fill;
              } else if (HAS_MASK && has_mask && slot_ok[mt][s]) {
                const int64_t mo = b * a.p.mask.strides[0] + slot_h[mt][s] * a.p.mask.strides[1] +
                                   (int64_t)slot_i[mt][s] * a.p.mask.strides[2] +
                                   (int64_t)j * a.p.mask.strides[3];
                if (a.p.mask_dtype == ATTNRT_DTYPE_BOOL)
                  v = bool_mask_logit(((const uint8_t *)a.p.mask.data)[mo] != 0, v, fill);
                else // natural units (NAT)
                  v = additive_mask_logit(v, load_as_f32(a.p.mask.data, mo, a.p.mask_dtype));
              }
              sacc[mt][t].x[l] = v;
            }
          }
      }
#pragma unroll
      for (int mt = 0; mt < MT; ++mt) {
        float mx[SL], mu[SL], alpha[SL];
#pragma unroll
        for (int s = 0; s < SL; ++s) mx[s] = neg_inf();
#pragma unroll
        for (int t = 0; t < NTS; ++t)
#pragma unroll
          for (int l = 0; l < M::C_NE; ++l)
            mx[M::c_slot(l)] = fmax_(mx[M::c_slot(l)], sacc[mt][t].x[l]);
#pragma unroll
        for (int s = 0; s < SL; ++s) {
          const SoftmaxStep st = softmax_step<NAT>(m_run[mt][s], M::row_max(mx[s]));
          mu[s] = st.pivot;
          alpha[s] = st.alpha;
          m_run[mt][s] = st.m;
          l_run[mt][s] *= alpha[s];
        }
#pragma unroll
        for (int t = 0; t < NTS; ++t)
#pragma unroll
          for (int l = 0; l < M::C_NE; ++l) {
            const float p = softmax_exp<NAT>(sacc[mt][t].x[l], mu[M::c_slot(l)]);
            sacc[mt][t].x[l] = p;
            l_run[mt][M::c_slot(l)] += p;
          }
        // Once the row maxima settle, alpha is 1 for the whole warp: skip the
        // rescale of the accumulators then (NVIDIA; a warp vote).
        bool rescale = true;
#if ATTN_PLATFORM_NVIDIA
        {
          bool any = false;
#pragma unroll
          for (int s = 0; s < SL; ++s) any |= alpha[s] != 1.f;
          rescale = __any_sync(0xffffffffu, any);
        }
#endif
        if (rescale) {
#pragma unroll
          for (int t = 0; t < NTO; ++t)
#pragma unroll
            for (int l = 0; l < M::C_NE; ++l) o[mt][t].x[l] *= alpha[M::c_slot(l)];
        }
      }

      // ---- O += P V (each V fragment feeds MT m-tiles)
      if constexpr (!Sh::P_IN_REGS) {
#pragma unroll
        for (int mt = 0; mt < MT; ++mt) {
          uint16_t *Ps = smem + Sh::P_OFF + (warp * MT + mt) * 16 * PLD;
#pragma unroll
          for (int t = 0; t < NTS; ++t)
#pragma unroll
            for (int l = 0; l < M::C_NE; ++l)
              Ps[M::c_row(l) * PLD + t * N + M::c_col(l)] = Cvt<T>::from_f32(sacc[mt][t].x[l]);
        }
        warp_sync();
      }
#pragma unroll
      for (int kt = 0; kt < KTP; ++kt) {
        A pa[MT];
#pragma unroll
        for (int mt = 0; mt < MT; ++mt) {
          if constexpr (Sh::P_IN_REGS) M::c_to_a(pa[mt], sacc[mt][2 * kt], sacc[mt][2 * kt + 1]);
          else M::load_A(pa[mt], smem + Sh::P_OFF + (warp * MT + mt) * 16 * PLD + kt * 16, PLD);
        }
#pragma unroll
        for (int t = 0; t < NTO; t += 2) {
          B b0, b1;
          M::load_B_kn2(b0, b1, Vs + kt * 16 * LD + t * N, LD);
#pragma unroll
          for (int mt = 0; mt < MT; ++mt) {
            M::mma(o[mt][t], pa[mt], b0);
            M::mma(o[mt][t + 1], pa[mt], b1);
          }
          if constexpr (!Sh::P_IN_REGS) sched_fence();
        }
      }
      block_sync(); // this stage is overwritten by the next prefetch
    }

    // ---- epilogue
#pragma unroll
    for (int mt = 0; mt < MT; ++mt) {
      float inv[SL];
#pragma unroll
      for (int s = 0; s < SL; ++s) {
        float lsum = M::row_sum(l_run[mt][s]);
        l_run[mt][s] = lsum;
        // Empty rows (l == 0): zeros or NaN; the PACK kinds' partials zeros
        // (the combine decides).
        inv[s] = row_inv_sum(lsum, empty_row_value(!PACK && a.empty_nan));
      }
      if constexpr (PACK) {
#pragma unroll
        for (int s = 0; s < SL; ++s) {
          if (!slot_ok[mt][s]) continue;
          int64_t grow = ((int64_t)b * a.Hq + slot_h[mt][s]) * a.Sq + slot_i[mt][s];
          int64_t prow = (int64_t)split * a.rows_all + grow;
          float *po = a.part_o + prow * a.Dv;
#pragma unroll
          for (int t = 0; t < NTO; ++t)
#pragma unroll
            for (int l = 0; l < M::C_NE; ++l) {
              if (M::c_slot(l) != s) continue;
              int d = t * N + M::c_col(l);
              if (d < a.Dv) po[d] = o[mt][t].x[l] * inv[s];
            }
          if (M::c_col(0) == 0) { // one lane per row: (m, l), merged exactly by the combine
            a.part_ml[2 * prow] = m_run[mt][s];
            a.part_ml[2 * prow + 1] = l_run[mt][s];
          }
        }
      } else {
        void *const og = const_cast<void *>(a.p.o.data);
        const attnrt_dtype odt = a.p.out_dtype;
#pragma unroll
        for (int s = 0; s < SL; ++s) {
          if (!slot_ok[mt][s]) continue;
          if (a.p.lse.data && M::c_col(0) == 0) { // one lane per row
            const int64_t lrow = b * a.p.lse.strides[0] + slot_h[mt][s] * a.p.lse.strides[1] +
                                 (int64_t)slot_i[mt][s] * a.p.lse.strides[2];
            ((float *)const_cast<void *>(a.p.lse.data))[lrow] =
                row_lse(a, m_run[mt][s], l_run[mt][s]);
          }
          int64_t orow = b * a.p.o.strides[0] + slot_h[mt][s] * a.p.o.strides[1] +
                         (int64_t)slot_i[mt][s] * a.p.o.strides[2];
#pragma unroll
          for (int t = 0; t < NTO; ++t) {
            if constexpr (N == 8) {
              // NV layout: values l and l+1 are adjacent columns of one row.
#pragma unroll
              for (int l = 0; l < M::C_NE; l += 2) {
                if (M::c_slot(l) != s) continue;
                int d = t * N + M::c_col(l);
                if (d >= a.Dv) continue;
                float v0 = o[mt][t].x[l] * inv[s], v1 = o[mt][t].x[l + 1] * inv[s];
                if (a.vec_o) {
                  if (odt == ATTNRT_DTYPE_F32) {
                    f32x2 w;
                    w.x = v0;
                    w.y = v1;
                    *(f32x2 *)((float *)og + orow + d) = w;
                  } else {
                    uint32_t w = odt == ATTNRT_DTYPE_F16 ? Cvt<f16_t>::pack2(v0, v1)
                                                         : Cvt<bf16_t>::pack2(v0, v1);
                    *(uint32_t *)((uint16_t *)og + orow + d) = w;
                  }
                } else {
                  store_from_f32(og, orow + d * a.p.o.strides[3], odt, v0);
                  store_from_f32(og, orow + (d + 1) * a.p.o.strides[3], odt, v1);
                }
              }
            } else {
#pragma unroll
              for (int l = 0; l < M::C_NE; ++l) {
                if (M::c_slot(l) != s) continue;
                int d = t * N + M::c_col(l);
                if (d < a.Dv)
                  store_from_f32(og, orow + d * a.p.o.strides[3], odt, o[mt][t].x[l] * inv[s]);
              }
            }
          }
        }
      }
    }
  }
};

template <int Arch, class T, int DP, int KIND>
__global__ void __launch_bounds__(FaShape<Arch, T, DP, KIND>::NTHREADS)
    fa_fwd_kernel(const FaArgs a) {
  if constexpr (Arch == ATTN_ARCH) {
    extern __shared__ u32x4 attn_smem[];
    FaBlock<Arch, T, DP, KIND>::run(a, (uint16_t *)attn_smem);
  }
}

} // namespace attn

#endif // ATTN_FA_CORE_H
