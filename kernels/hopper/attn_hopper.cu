//===- attn_hopper.cu - Hopper flash-attention forward (wgmma + TMA) -----===//
//
// Structure (after FlashAttention-3, written from the PTX ISA and the
// CUTLASS descriptor documentation; no code copied), one file per part:
//
//  * arch.cuh: the PTX layer (mbarriers, TMA, wgmma, setmaxnreg).
//  * kernel_traits.cuh: Cfg (a compiled variant: padded head dim DP, BM =
//    64 * NWG rows in NWG consumer warpgroups, BN-key tiles, STAGES,
//    pingpong, register split; GEN = the masks/fills kernels) and KParams.
//  * tile_scheduler.cuh: which output tile a CTA computes next (persistent
//    grids, static or dynamic, L2-aware order).
//  * mainloop.cuh: the producer warpgroup (one thread issuing the TMA loads
//    of Q and of K/V into a STAGES-deep ring on mbarriers) and the
//    consumers' wgmma issue (S = Q K^T from shared memory, O += P V with P
//    from registers).
//  * softmax.cuh: online softmax in registers (exp2, scale folded in).
//  * mask.cuh: causal, masks, fills: the logits of attnrt_types.h.
//  * epilogue.cuh: O and the log-sum-exp out.
//  * launch.cuh, heuristics.cuh: host side (TMA descriptors and parameters
//    from the attnk_problem; the variants and the default choice).
//
// This file composes the kernel: warp specialization (setmaxnreg moves
// registers from the producer to the consumers) and the consumers' key-tile
// pipeline. OVERLAP (FA3's intra-warpgroup pipelining): the S GEMM of tile
// j+1 is issued before the PV GEMM of tile j, and softmax of tile j+1 runs
// while PV(j) is on the tensor cores. PINGPONG: consumer warpgroups take
// turns issuing their GEMMs (named barriers).
//
//===----------------------------------------------------------------------===//

#include "attn_hopper.h"

#include "arch.cuh"
#include "epilogue.cuh"
#include "kernel_traits.cuh"
#include "mainloop.cuh"
#include "mask.cuh"
#include "softmax.cuh"
#include "tile_scheduler.cuh"

namespace attn_hopper {

template <class C, bool HANDOFF>
__global__ void __launch_bounds__(C::THREADS, 1)
    fa_fwd_kernel(const __grid_constant__ CUtensorMap tmQ, const __grid_constant__ CUtensorMap tmK,
                  const __grid_constant__ CUtensorMap tmV, const __grid_constant__ CUtensorMap tmM,
                  const __grid_constant__ CUtensorMap tmO, const KParams p) {
  constexpr int DV = C::DV, BN = C::BN, STAGES = C::STAGES;
  static_assert(!C::MTILE || C::OVERLAP, "dead tiles (kSchedDeadTiles): the OVERLAP loop only");
  extern __shared__ uint8_t smem_dyn[];
  const uint32_t sraw = smem_u32(smem_dyn);
  const uint32_t sbase = (sraw + 1023u) & ~1023u;
  const uint32_t sQ = sbase + C::Q_OFF, sK = sbase + C::K_OFF, sV = sbase + C::V_OFF;
  const uint32_t sM = sbase + C::M_OFF;
  const uint8_t *msm_base = smem_dyn + (sbase - sraw) + C::M_OFF;  // MSM: stage masks
  const Barriers<C> bar{sbase + C::BAR_OFF};
  volatile int *tile_slot = reinterpret_cast<volatile int *>(
      smem_dyn + (sbase - sraw) + C::BAR_OFF + 8 * C::NUM_BARS);
  // kSchedDeadTiles (MTILE): the checkers' verdicts, stop flags and key
  // norms; the Q buffers and K ring for the norms (generic addresses).
  uint8_t *const smem = smem_dyn + (sbase - sraw);
  volatile uint8_t *dead = reinterpret_cast<volatile uint8_t *>(smem + C::DEAD_OFF);
  volatile uint8_t *stop = dead + C::STAGES * C::NWG;
  volatile uint32_t *knorm = reinterpret_cast<volatile uint32_t *>(smem + C::KN_OFF);
  // The Q round in which each consumer warpgroup's rows were all armed
  // (the producer's dead map: producer_loop).
  volatile int *armed_round = reinterpret_cast<volatile int *>(smem + C::ARM_OFF);
  (void)armed_round;
  (void)stop;
  (void)dead;
  (void)knorm;

  if (threadIdx.x == 0) {
    bar.init();
    if constexpr (C::MTILE) {
      for (int s = 0; s < STAGES; ++s) stop[s] = kStopNone;
      for (int c = 0; c < C::NWG; ++c) armed_round[c] = 0;  // Q rounds count from 1
    }
  }
  __syncthreads();

  const int wg = threadIdx.x / 128;
  if (wg == 0) {
    // ---------------------------------------------------------------- producer
    setmaxnreg_dec<C::PRODUCER_REGS>();
    if (threadIdx.x == 0) {
      const int kv = producer_loop<C, HANDOFF>(tmQ, tmK, tmV, tmM, p, bar, sQ, sK, sV, sM, tile_slot);
      if constexpr (C::MTILE) {
        // Stop the checkers: the next stage's stop flag and k_full, once
        // the consumers freed the stage (so after the checkers' reads of
        // the flag in its earlier rounds: they precede the chk arrivals
        // the consumers waited for). Where they stood down
        // (dead_tiles_run) the flag and the arrival find no one, at the
        // CTA's end.
        if (dead_tiles_on<C>(p)) {
          const int s = kv % STAGES;
          mbar_wait(bar.k_empty(s), ((kv / STAGES) & 1) ^ 1);
          stop[s] = kStopEnd;
          mbar_arrive(bar.k_full(s));
        }
      }
    } else if constexpr (C::MTILE) {
      const int w = threadIdx.x / 32;
      if (dead_tiles_on<C>(p) && w >= 1 && w <= C::NWG) {
        attn::grid_dependency_wait();
        if (dead_tiles_run<C>(p))
          dead_check_loop<C>(p, bar, msm_base, smem + C::K_OFF, dead, knorm, stop, w - 1, threadIdx.x & 31);
      }
    }
    return;
  }

  // ------------------------------------------------------------------ consumers
  setmaxnreg_inc<C::CONSUMER_REGS>();
  // MTILE: the dead map's pass may still run (launch.cuh launches the
  // kernel programmatically after it): its end before the reads of its
  // words (dead_tiles_run) and of the key norms.
  if constexpr (C::MTILE) attn::grid_dependency_wait();
  const bool dead_on = dead_tiles_run<C>(p);
  const bool dmap_on = dead_on && p.dmap != nullptr;
  (void)dead_on;
  (void)dmap_on;
  const int tid = threadIdx.x - 128;
  // The warpgroup index through a shuffle (CUTLASS's canonical_warp_group_idx):
  // the compiler then knows it is warp-uniform and keeps the key loop's
  // counters on the uniform datapath (bench/RESULTS.md, end of run 5).
  const int cw = __shfl_sync(0xffffffffu, tid >> 7, 0);
  const int warp = (tid >> 5) & 3, lane = tid & 31;
  // Rows m0 + rloc and m0 + rloc + 8 (Cfg::HPT: of this warpgroup's own head).
  const int rloc = (C::HPT > 1 ? 0 : cw * 64) + warp * 16 + (lane >> 2);
  const float sl2 = p.scale_log2;
  const uint32_t qa0 = sQ + cw * 64 * 128;  // this warpgroup's rows of Q buffer 0

  if constexpr (C::PINGPONG) {
    // The last warpgroup hands the first turn to warpgroup 0.
    if (cw == C::NWG - 1) named_arrive(1, 256);
  }
  auto turn_begin = [&]() {
    if constexpr (C::PINGPONG) named_sync(1 + cw, 256);
  };
  auto turn_end = [&]() {
    if constexpr (C::PINGPONG) named_arrive(1 + (cw + 1) % C::NWG, 256);
  };

  float o[DV / 2];  // O: DV columns (Cfg::DV, the padded value head dim)
  OnlineSoftmax<C> st;
  RowCtx r;
  r.row0 = 0;
  r.row1 = 0;
  r.m0 = 0;
  r.cq = 2 * (lane & 3);
  r.lane = lane;
  r.Sk = p.Sk;

  int kv = 0, qr = 0;
  // K/V resident (Cfg::KVR, KParams::kv_hold): the m-blocks of a (batch,
  // head) pair in turn on the ring's K/V tiles, which m-block 0 waits for
  // (the producer loads them once) and the last m-block frees.
  const bool hold = C::KVR && p.kv_hold;
  int t_own = hold ? unit_first_tile(p) : static_cast<int>(blockIdx.x);
  while (true) {
    int t;
    // Q round qr: buffer qs (C::QST buffers), its tile slot and barriers.
    const int qs = qr % C::QST;
    const uint32_t qa = qa0 + qs * C::Q_BYTES;
    if constexpr (HANDOFF) {
      mbar_wait(bar.q_full(qs), (qr / C::QST) & 1);
      ++qr;
      // Lane 0 alone reads the slot: it is the thread whose q_empty arrival
      // releases the slot to the producer (mbarrier.arrive releases only the
      // arriving thread's own accesses), and it broadcasts the index. Through
      // redux.sync (the other lanes give 0), whose result ptxas knows to be
      // warp-uniform: the tile's coordinates and key-loop bounds then live on
      // the uniform datapath. Broadcast with __shfl_sync they did not, and
      // without pingpong (no named barrier in the loop) neither did the key
      // loop (bench/RESULTS.md, "D 128 causal: the regression of run 6").
      int slot = 0;
      if (lane == 0) slot = tile_slot[qs];
      t = static_cast<int>(__reduce_or_sync(0xffffffffu, static_cast<unsigned>(slot)));
      if (t < 0) break;
    } else {
      t = t_own;
      if (t >= p.num_tiles) break;
      if (hold) t_own = unit_next_tile(p, t);
      else t_own += gridDim.x;
    }
    const TileCoord tc = tile_coord<C>(p, t);
    // Cfg::HPT: this warpgroup's own head, and its KV head's rows in the
    // K/V stages (the tile's first KV head's are first).
    const int h = tc.h + (C::HPT > 1 ? cw : 0), b = tc.b, n_tiles = tc.n_tiles;
    const uint32_t kv_rows = C::HPT > 1 ? (p.div_group.div(h) - p.div_group.div(tc.h)) * BN : 0;
    const uint32_t sKw = sK + kv_rows * 128, sVw = sV + kv_rows * C::V_ROW_BYTES;
    // k0: the first key of this tile's key range (split-KV; else 0).
    const int k0 = C::SPLITKV ? tc.n_first * BN : 0;
    // nw: the key tiles this warpgroup computes (wg_key_tiles; n_tiles
    // unless kSchedWgRange skips some hidden from all of its rows), and
    // early_q: kSchedEarlyQ. Register pressure decides three cases (ptxas,
    // nvcc 13.0, figures from before the uniform warpgroup index of run 6,
    // not measured since): the D 256 kernel with mask values in registers keeps
    // neither (with them it spills 268/332 B or more instead of 268/320);
    // the other 256-column kernels free Q early always (the run-time choice
    // costs the plain BN 80 kernel a spilled register, 12 -> 16 B; measured
    // with that choice, Gemma at 2k and 4k: -0.8% to 0%, i.e. no effect).
    constexpr bool kFixed = C::GMASK && C::DV == 256;
    const int nw = C::OVERLAP && !kFixed ? wg_key_tiles<C>(p, tc, cw) : n_tiles;
    const bool early_q =
        C::OVERLAP && !kFixed && (C::DV == 256 || (p.sched & kSchedEarlyQ));
    // rel: this tile frees the K/V slots it reads (hold: the pair's last
    // m-block only; the earlier ones leave them for the next, their waits
    // on k_full / v_full then find the phase m-block 0 completed).
    const bool rel = !hold || tc.m0 + C::BM >= p.Sq;
    r.m0 = tc.m0;
    r.row0 = r.m0 + rloc;
    r.row1 = r.row0 + 8;
#pragma unroll
    for (int i = 0; i < DV / 2; ++i) o[i] = 0.f;
    st.reset();

    if (n_tiles == 0) {
      if constexpr (HANDOFF) {
        __syncwarp();
        if (lane == 0) mbar_arrive(bar.q_empty(qs));
      }
    } else {
      if constexpr (!HANDOFF) {
        mbar_wait(bar.q_full(qs), (qr / C::QST) & 1);
        ++qr;
      }
      float sc[BN / 2];
      uint32_t pa[BN / 16][4];
      uint32_t mk[C::GEN ? BN / 2 : 1];  // untouched (eliminated) without GMASK (MROW too)
      auto apply = [&](int n0, int s) {
        if constexpr (C::GEN) {
          const uint8_t *ms = msm_base + s * C::M_SLOT;
          if constexpr (C::MTILE) {
            // The dead map's clear plane: the stage came without its mask
            // (kTileMaskFree; lane 0 reads the verdict, as is_dead).
            if (dmap_on) {
              unsigned v = 0;
              if (lane == 0) v = dead[s * C::NWG + cw];
              if (__reduce_or_sync(0xffffffffu, v) == kTileMaskFree) ms = nullptr;
            }
          }
          logits_gen<C>(p, r, sc, n0, mk, ms);
        } else {
          mask_plain<C>(p, r, sc, n0);
        }
      };
      // K slot s is free once S is computed, except that MSM kernels read
      // the stage's mask in apply: they release it after (every lane's
      // reads ordered before lane 0's arrival by the warp barrier).
      auto release_k_early = [&](int s) {
        if constexpr (!C::MSM) {
          if (lane == 0 && rel) mbar_arrive(bar.k_empty(s));
        }
      };
      auto release_k_late = [&](int s) {
        if constexpr (C::MSM) {
          __syncwarp();
          if (lane == 0) mbar_arrive(bar.k_empty(s));
        }
      };
      if constexpr (!C::OVERLAP) {
        for (int it = 0; it < n_tiles; ++it) {
          const int s = (kv + it) % STAGES;
          const uint32_t ph = ((kv + it) / STAGES) & 1;
          mbar_wait(bar.k_full(s), ph);
          turn_begin();
          issue_s<C>(sc, qa, sKw, s);
          turn_end();
          load_mask<C>(p, r, mk, k0 + it * BN, h, b);
          wgmma_wait<0>();
          fence_regs(sc);
          release_k_early(s);
          apply(k0 + it * BN, s);
          release_k_late(s);
          float c0, c1;
          st.update(sc, sl2, c0, c1);
          rescale<C>(o, c0, c1);
          convert<C>(sc, pa);
          mbar_wait(bar.v_full(s), ph);
          fence_regs(o);
          issue_pv<C>(o, pa, sVw, s);
          wgmma_wait<0>();
          fence_regs(o);
          if (lane == 0) mbar_arrive(bar.v_empty(s));
        }
        if (lane == 0) mbar_arrive(bar.q_empty(qs));
      } else {
        // kSchedDeadTiles (MTILE): pend = tile it - 1's P V not yet issued
        // (false after a dead tile); armed = every row of this warpgroup
        // has a logit of kDeadArm or more (checked once a tile is dead);
        // qn = the largest squared norm of this warp's Q rows (f32 bits,
        // warp-uniform), computed at the tile's first kTileDeadIfBounded
        // verdict (qn_set): Q stays until the warpgroup's q_empty arrival,
        // which comes after every is_dead of the tile.
        bool pend = true, armed = false, qn_set = false;
        uint32_t qn = 0;
        (void)pend;
        (void)armed;
        (void)qn_set;
        (void)qn;
        // map_fits: an f16 mask's dead map (dmap_kn) lets the producer leave
        // out -65504 tiles only where this warp's rows are within the norm
        // bound against the KV head's keys, |scale|^2 max |q|^2 max |k|^2
        // <= kDeadBound2 (mainloop.cuh; NaN or inf fails), which the
        // warpgroup votes with its armed rows (publish_armed). Q is
        // resident here, before the first tile's q_empty arrival.
        bool map_fits = true;
        (void)map_fits;
        if constexpr (C::MTILE) {
          if (dmap_on && p.dmap_kn) {
            qn = query_norm2_max<C>(smem + C::Q_OFF + qs * C::Q_BYTES + cw * 64 * 128, warp, lane);
            qn_set = true;
            map_fits = within_dead_bound(p.scale, qn, __ldg(p.dmap_kn + (b * p.Hq + h) / p.group));
          }
        }
        auto chk_wait = [&](int s, uint32_t ph) {
          if constexpr (C::MTILE) {
            if (dead_on) mbar_wait(bar.chk(s), ph);
          }
        };
        // Whether key tile s is dead for this warpgroup: 0 (live), or the
        // verdict it was skipped on (kTileDead, kTileDeadIfBounded).
        auto is_dead = [&](int s) -> unsigned {
          if constexpr (C::MTILE) {
            if (!dead_on) return 0u;
            // Lane 0 alone reads the verdict (and the key norm) and
            // broadcasts it: its own k_empty arrival then orders the read
            // before the checker's write of the stage's next verdict (as
            // the tile slot's read). Through redux.sync: ptxas then knows
            // the branches on it to be warp-uniform (else it serializes
            // every wgmma of the kernel: C7518, scripts/check-kernels.sh).
            unsigned v = 0;
            if (lane == 0) v = dead[s * C::NWG + cw];
            v = __reduce_or_sync(0xffffffffu, v);
            if (v == kTileLive || v == kTileMaskFree) return 0u;
            if (v == kTileDead) {
              if (!armed)
                armed = __reduce_or_sync(0xffffffffu, named_all(12 + cw, 128, st.mrow0 >= kDeadArm &&
                                                                              st.mrow1 >= kDeadArm)
                                                          ? 1u
                                                          : 0u) != 0u;
              return armed ? v : 0u;
            }
            // kTileDeadIfBounded: and |scale|^2 |q|^2 |k|^2 <= kDeadBound2
            // over the warpgroup's rows (each warp its own 16, then the
            // warpgroup's vote) and the tile's keys (the max of the
            // checkers' parts: NaN where a part was not summed, i.e. where
            // another warpgroup's verdict differs); NaN or an overflow fails.
            unsigned kb = 0;
            if (lane == 0)
              for (int c = 0; c < C::NWG; ++c) kb = max(kb, static_cast<unsigned>(knorm[s * C::NWG + c]));
            kb = __reduce_or_sync(0xffffffffu, kb);
            if (!qn_set) {
              qn = query_norm2_max<C>(smem + C::Q_OFF + qs * C::Q_BYTES + cw * 64 * 128, warp, lane);
              qn_set = true;
            }
            const bool fits = within_dead_bound(p.scale, qn, kb);
            const bool rows = armed || (st.mrow0 >= kDeadArm && st.mrow1 >= kDeadArm);
            const bool ok =
                __reduce_or_sync(0xffffffffu, named_all(12 + cw, 128, fits && rows) ? 1u : 0u) != 0u;
            armed = armed || ok;  // (ok: every row armed)
            return ok ? v : 0u;
          } else {
            return 0u;
          }
        };
        (void)is_dead;
        // The dead map (dmap_on): once every row of this warpgroup is armed
        // (and, with an f16 mask, map_fits), the round's dead tiles need no
        // loads for it (producer_loop).
        auto publish_armed = [&]() {
          if constexpr (C::MTILE) {
            if (dmap_on && !armed) {
              armed = __reduce_or_sync(0xffffffffu, named_all(12 + cw, 128, st.mrow0 >= kDeadArm &&
                                                                              st.mrow1 >= kDeadArm && map_fits)
                                                        ? 1u
                                                        : 0u) != 0u;
              if (armed && warp == 0 && lane == 0) atomicExch(const_cast<int *>(armed_round + cw), qr);
            }
          }
        };
        {
          const int s = kv % STAGES;
          load_mask<C>(p, r, mk, k0, h, b);  // GEN: in flight while K arrives
          mbar_wait(bar.k_full(s), (kv / STAGES) & 1);
          chk_wait(s, (kv / STAGES) & 1);
          turn_begin();
          issue_s<C>(sc, qa, sKw, s);
          turn_end();
          wgmma_wait<0>();
          fence_regs(sc);
          release_k_early(s);
          // Q is read by S GEMMs only: free for the next tile's load now.
          if (early_q && nw == 1 && lane == 0) mbar_arrive(bar.q_empty(qs));
          apply(k0, s);
          release_k_late(s);
          // GEN: the next tile's mask values load during this tile's
          // softmax, PV GEMM and the next S GEMM.
          if (nw > 1) load_mask<C>(p, r, mk, k0 + BN, h, b);
          float c0, c1;
          st.update(sc, sl2, c0, c1);
          publish_armed();
          convert<C>(sc, pa);
        }
        for (int it = 1; it < nw; ++it) {
          const int s = (kv + it) % STAGES, sp = (kv + it - 1) % STAGES;
          const uint32_t ph = ((kv + it) / STAGES) & 1, php = ((kv + it - 1) / STAGES) & 1;
          mbar_wait(bar.k_full(s), ph);
          if constexpr (C::MTILE) {
            chk_wait(s, ph);
            if (const unsigned dk = is_dead(s)) {
              // A dead tile (kSchedDeadTiles): no S GEMM, no softmax; the
              // previous tile's P V if pending, one pingpong turn, and the
              // stage's slots freed once its loads landed.
              if (p.dead_counts && warp == 0 && lane == 0)
                atomicAdd(p.dead_counts + (dk == kTileDead ? 0 : 1), 1u);
              if (pend) mbar_wait(bar.v_full(sp), php);
              turn_begin();
              if (pend) {
                fence_regs(o);
                issue_pv<C>(o, pa, sVw, sp);
              }
              turn_end();
              release_k_late(s);
              if (early_q && it == nw - 1 && lane == 0) mbar_arrive(bar.q_empty(qs));
              if (pend) {
                wgmma_wait<0>();
                fence_regs(o);
                if (lane == 0 && rel) mbar_arrive(bar.v_empty(sp));
              }
              mbar_wait(bar.v_full(s), ph);
              if (lane == 0 && rel) mbar_arrive(bar.v_empty(s));
              pend = false;
              continue;
            }
            if (!pend) {
              // The first live tile after dead ones: nothing of O in flight.
              turn_begin();
              issue_s<C>(sc, qa, sKw, s);
              turn_end();
              wgmma_wait<0>();
              fence_regs(sc);
              if (early_q && it == nw - 1 && lane == 0) mbar_arrive(bar.q_empty(qs));
              apply(k0 + it * BN, s);
              release_k_late(s);
              float c0, c1;
              st.update(sc, sl2, c0, c1);
              publish_armed();
              rescale<C>(o, c0, c1);
              convert<C>(sc, pa);
              pend = true;
              continue;
            }
          }
          mbar_wait(bar.v_full(sp), php);
          turn_begin();
          issue_s<C>(sc, qa, sKw, s);
          fence_regs(o);
          issue_pv<C>(o, pa, sVw, sp);
          turn_end();
          wgmma_wait<1>();
          fence_regs(sc);
          release_k_early(s);
          if (early_q && it == nw - 1 && lane == 0) mbar_arrive(bar.q_empty(qs));
          apply(k0 + it * BN, s);
          release_k_late(s);
          if (it + 1 < nw) load_mask<C>(p, r, mk, k0 + (it + 1) * BN, h, b);
          float c0, c1;
          st.update(sc, sl2, c0, c1);
          publish_armed();
          // Cfg::VOTE (the plain D 256 kernels, D 128 without pingpong):
          // whether any row of the warp needs O rescaled (a factor other
          // than 1; NaN sums too, as before). The votes read the row sums,
          // so they come after this tile's exponentials, and the wait below
          // after them: without that ptxas hoists the wait for P V above the
          // whole softmax (SASS of 81511f1), and the softmax no longer
          // overlaps P V.
          constexpr bool kVote = C::VOTE;
          const bool grew =
              !kVote || __any_sync(0xffffffffu, c0 != 1.f || c1 != 1.f || !(st.l0 >= 0.f) ||
                                                    !(st.l1 >= 0.f));
          // The wait for P V at one pc for the whole warpgroup (PTX wants a
          // `.aligned` wgmma.wait_group executed by all four warps at one pc;
          // synccheck). It sits behind a warp-uniform branch on the row sums
          // that every warp takes (l0 + l1 is >= 0 or NaN, never < -1) but
          // ptxas cannot fold: the wait stays after the exponentials and the
          // loop on the uniform datapath, where a warpgroup barrier or a
          // per-thread condition cost 7-8% (bench/hopper/NOTES.md, "vote").
          // The rescale stays per warp.
          if (!kVote || __any_sync(0xffffffffu, !(st.l0 + st.l1 < -1.f))) {
            wgmma_wait<0>();
            fence_regs(o);
            if (grew) rescale<C>(o, c0, c1);
          } else {
            wgmma_wait_alt0();
            fence_regs(o);
            rescale<C>(o, c0, c1);
          }
          if (lane == 0 && rel) mbar_arrive(bar.v_empty(sp));
          convert<C>(sc, pa);
        }
        if (!early_q && lane == 0) mbar_arrive(bar.q_empty(qs));
        const int sl = (kv + nw - 1) % STAGES;
        bool last_pv = true;  // MTILE: false where the last tile was dead
        if constexpr (C::MTILE) last_pv = pend;
        if (last_pv) {
          mbar_wait(bar.v_full(sl), ((kv + nw - 1) / STAGES) & 1);
          turn_begin();
          fence_regs(o);
          issue_pv<C>(o, pa, sVw, sl);
          turn_end();
          wgmma_wait<0>();
          fence_regs(o);
          if (lane == 0 && rel) mbar_arrive(bar.v_empty(sl));
        } else {
          turn_begin();
          turn_end();
        }
        // Key tiles nw..n_tiles-1 are hidden from every row of this
        // warpgroup (kSchedWgRange): no GEMMs, but the same barrier
        // protocol (each slot freed only after its load landed, so an
        // arrival never counts toward a slot's earlier phase) and an empty
        // pingpong turn per tile (the turns stay in step with the other
        // warpgroups'). Before the epilogue: the other warpgroups' GEMMs
        // run meanwhile, this one's epilogue overlaps their last ones.
        for (int it = nw; it < n_tiles; ++it) {
          const int s = (kv + it) % STAGES;
          const uint32_t ph = ((kv + it) / STAGES) & 1;
          mbar_wait(bar.k_full(s), ph);
          turn_begin();
          turn_end();
          chk_wait(s, ph);
          if (lane == 0 && rel) mbar_arrive(bar.k_empty(s));
          mbar_wait(bar.v_full(s), ph);
          if (lane == 0 && rel) mbar_arrive(bar.v_empty(s));
        }
      }
      if (rel) kv += n_tiles;
    }
    if constexpr (C::GEN) hidden_tail<C>(p, r, st, o, h, b, nw);
    // (Split-KV runs non-causal problems only: the host's rule, launch.cuh.)
    // Cfg::HPT: a warpgroup past the last head reads no V (its KV head may
    // not exist) and stores nothing (store_tile).
    else if constexpr (!C::SPLITKV) {
      if (C::HPT == 1 || h < p.Hq) plain_fill_tail<C>(p, r, st, o, h, b);
    }
    store_tile<C>(p, r, st, o, h, b, tc.split, &tmO, sbase + C::O_OFF, cw, warp);
  }
  if constexpr (C::PINGPONG) {
    // Consume the turn the last warpgroup handed on after its final GEMMs.
    if (cw == 0) named_sync(1, 256);
  }
  // The last O stores read shared memory until they complete.
  if constexpr (C::OTMA) {
    if (warp == 0 && lane == 0) bulk_wait_read0();
  }
}

}  // namespace attn_hopper

#include "heuristics.cuh"
#include "launch.cuh"
#include "mask_pack.cuh"

using namespace attn_hopper;

extern "C" const char *attn_hopper_unsupported_reason(const attnk_problem *p) {
  return unsupported_reason(p);
}

extern "C" int attn_hopper_supported(const attnk_problem *p) {
  return unsupported_reason(p) == nullptr ? 1 : 0;
}

extern "C" int attn_hopper_fwd_variant(const attnk_problem *p, int variant, void *stream) {
  if (unsupported_reason(p)) return cudaErrorInvalidValue;
  int n = 0;
  const Variant *vs = variants(list_head_dim(p), &n);
  if (variant < 0) variant = default_variant(p, num_sms());
  if (variant < 0 || variant >= n) return cudaErrorInvalidValue;
  // A plain variant would drop the mask (or misorder the logits of a scale
  // <= 0); a mask-free one would drop the mask; MROW loads row masks only.
  if (!variant_ok(p, vs[variant])) return cudaErrorInvalidValue;
  const int extra = variant_sched_bits(vs[variant]);
  return p->dtype == ATTNRT_DTYPE_BF16 ? vs[variant].bf16(p, stream, extra)
                                       : vs[variant].f16(p, stream, extra);
}

extern "C" int attn_hopper_fwd_split_variant(const attnk_problem *p, int variant, int splits,
                                             float *part_o, float *part_ml, int *splits_used,
                                             void *stream) {
  if (splits_used) *splits_used = 1;
  if (!p || splits < 1 || (splits > 1 && (!part_o || !part_ml))) return cudaErrorInvalidValue;
  g_split = {splits, part_o, part_ml, 1};
  const int rc = attn_hopper_fwd_variant(p, variant, stream);
  if (splits_used) *splits_used = rc == 0 ? g_split.used : 1;
  g_split = {1, nullptr, nullptr, 1};
  return rc;
}

extern "C" int attn_hopper_fwd_split(const attnk_problem *p, int splits, float *part_o,
                                     float *part_ml, int *splits_used, void *stream) {
  return attn_hopper_fwd_split_variant(p, -1, splits, part_o, part_ml, splits_used, stream);
}

// Whether variant v has a split-KV instantiation: Cfg::SPLITKV_OK is false
// exactly for the GEN kernels with mask values in registers (GMASK), i.e.
// Kind::Gen (ATTN_HOPPER_GEN_VARIANT and the logit-rounding ones of kind
// Gen), and for the tiles of several heads (Cfg::HPT). The coverage test
// checks it from the other side: split requests on these variants run
// unsplit (*splits_used 1), on the others split.
static bool has_split_kernel(const Variant &v) { return v.kind != Kind::Gen && v.hpt <= 1; }

extern "C" int attn_hopper_describe_variant(int dp, int i, attn_hopper_variant_info *out) {
  int n = 0;
  const Variant *vs = padded_head_dim(dp) == dp ? variants(dp, &n) : nullptr;
  if (!vs || i < 0 || i >= n || !out) return -1;
  out->name = vs[i].name;
  out->kind = static_cast<int>(vs[i].kind);
  out->dk = vs[i].dk;
  out->dv = vs[i].dv;
  out->lr = vs[i].lr ? 1 : 0;
  out->split = has_split_kernel(vs[i]) ? 1 : 0;
  out->hpt = vs[i].hpt > 1 ? vs[i].hpt : 1;
  return 0;
}

extern "C" int attn_hopper_variant_kernel_count(void) {
  int total = 0;
  for (int dp = 64; dp <= 256; dp += 64) {
    int n = 0;
    const Variant *vs = variants(dp, &n);
    for (int i = 0; i < n; ++i) total += 2 * (has_split_kernel(vs[i]) ? 2 : 1);
  }
  return total;
}

extern "C" size_t attn_hopper_mask_pack_bytes(const attnk_problem *p) {
  return mask_pack_bytes(p, num_sms());
}

extern "C" int attn_hopper_pack_mask(const attnk_problem *p, void *dst, attnk_problem *packed,
                                     void *stream) {
  if (!p || !dst || !packed || unsupported_reason(p) || !mask_pack_bytes(p, num_sms()) ||
      reinterpret_cast<uintptr_t>(dst) % 16)
    return cudaErrorInvalidValue;
  return pack_mask(p, dst, packed, stream);
}

extern "C" int attn_hopper_set_grid_cap(int ctas) {
  const int prev = g_grid_cap;
  g_grid_cap = ctas > 0 ? ctas : 0;
  return prev;
}

extern "C" unsigned *attn_hopper_set_dead_tile_counts(unsigned *counts) {
  unsigned *const prev = g_dead_counts;
  g_dead_counts = counts;
  return prev;
}

extern "C" int attn_hopper_fwd(const attnk_problem *p, void *stream) {
  return attn_hopper_fwd_variant(p, -1, stream);
}

extern "C" int attn_hopper_default_variant(const attnk_problem *p) {
  return p ? default_variant(p, num_sms()) : -1;
}

extern "C" int attn_hopper_default_variant_for_sms(const attnk_problem *p, int num_sms) {
  return p && num_sms > 0 ? default_variant(p, num_sms) : -1;
}

extern "C" int attn_hopper_find_variant(const attnk_problem *p, const char *name) {
  if (!p || !name || unsupported_reason(p)) return -1;
  const int i = find_variant(list_head_dim(p), name);
  int n = 0;
  const Variant *vs = variants(list_head_dim(p), &n);
  return i >= 0 && variant_ok(p, vs[i]) ? i : -1;
}

extern "C" int attn_hopper_default_sched_bits(const attnk_problem *p, int variant, int num_sms) {
  if (!p || num_sms < 1) return -1;
  int n = 0;
  const Variant *vs = variants(list_head_dim(p), &n);
  if (variant < 0) variant = default_variant(p, num_sms);
  if (variant < 0 || variant >= n) return -1;
  const int bits = sched_flags(p, variant_sched_bits(vs[variant]));
  return bits & (o_rows_16b(p) ? ~0 : ~(kSchedWideO | kSchedWideONarrow));
}

extern "C" int attn_hopper_set_sched(int bits) {
  const int prev = g_sched_override;
  g_sched_override = bits;
  return prev;
}

extern "C" int attn_hopper_set_pdl(int on) {
  const int prev = g_pdl ? 1 : 0;
  g_pdl = on != 0;
  return prev;
}

extern "C" int attn_hopper_l2_promotions(const attnk_problem *p) {
  return p ? l2_promotion_digits(p) : -1;
}

extern "C" int attn_hopper_set_l2p(int code) {
  const int prev = g_l2p_override;
  g_l2p_override = code;
  return prev;
}

extern "C" const char *attn_hopper_variant_name(int d, attnrt_dtype dtype, int i) {
  (void)dtype;
  int n = 0;
  const Variant *vs = variants(d, &n);
  if (i < 0 || i >= n) return nullptr;
  // "": variant i does not serve head dim d = D = Dv (its QK^T or V/O
  // columns stop short), or it rounds logits (logit_rounding), which the
  // variant sweeps (bench/gpu/hopper_variants.py) do not ask for.
  return (vs[i].dk == 0 || d <= vs[i].dk) && (vs[i].dv == 0 || d <= vs[i].dv) && !vs[i].lr
             ? vs[i].name
             : "";
}
