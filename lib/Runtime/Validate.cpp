//===- Validate.cpp - attnrt_problem validation ---------------------------===//
//
// Turns an attnrt_problem into a Problem or explains, naming the operand,
// why it cannot. Reads only the descriptor: no tensor memory is touched, so
// a rejected call leaves every buffer as it was.
//
//===----------------------------------------------------------------------===//

#include "Backend.h"
#include "LogitRounding.h"

#include <cmath>
#include <cstddef>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

using namespace attnrt;

namespace {

// Human-readable dimension names per operand, for messages.
const char *const qDims[4] = {"batch", "heads", "queries", "head dim"};
const char *const kDims[4] = {"batch", "kv heads", "keys", "head dim"};
const char *const vDims[4] = {"batch", "kv heads", "keys", "value dim"};
const char *const oDims[4] = {"batch", "heads", "queries", "value dim"};
const char *const maskDims[4] = {"batch", "heads", "queries", "keys"};
const char *const lseDims[4] = {"batch", "heads", "queries", "one"};

std::string format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, sizeof(buf), fmt, ap);
  va_end(ap);
  return buf;
}

/// The integer stored in a C enum field. A C caller may store any int
/// there; loading it as the C++ enum type would be undefined behavior (and
/// trips UBSan's -fsanitize=enum), so it is read as raw bytes.
template <typename E> int rawEnum(const E &e) {
  static_assert(sizeof(E) == sizeof(int), "C enums are int-sized");
  int v;
  std::memcpy(&v, &e, sizeof(v));
  return v;
}

bool isValidDtype(const attnrt_dtype &t) {
  int v = rawEnum(t);
  return v >= ATTNRT_DTYPE_F32 && v <= ATTNRT_DTYPE_BOOL;
}

/// Byte range [lo, hi) spanned by a view; computed without overflow.
struct Extent {
  uintptr_t lo = 0, hi = 0;
};

/// Checks the sizes, strides and dtype of one operand and computes its byte
/// extent. `allowBool` is true only for the mask.
bool checkView(const char *name, const char *const dimNames[4],
               const attnrt_tensor &t, bool allowBool, Extent &extent,
               std::string &error) {
  if (!t.data) {
    error = format("%s: data pointer is null", name);
    return false;
  }
  if (!isValidDtype(t.dtype)) {
    error = format("%s: invalid dtype value %d", name, rawEnum(t.dtype));
    return false;
  }
  if (t.dtype == ATTNRT_DTYPE_BOOL && !allowBool) {
    error = format("%s: dtype bool is only allowed for the mask (expected "
                   "f32, f16 or bf16)",
                   name);
    return false;
  }
  for (int i = 0; i < 4; ++i) {
    if (t.sizes[i] < 1) {
      error = format("%s: size of dim %d (%s) is %lld, must be >= 1", name, i,
                     dimNames[i], static_cast<long long>(t.sizes[i]));
      return false;
    }
    if (t.strides[i] < 0) {
      error = format("%s: stride of dim %d (%s) is %lld, must be >= 0", name, i,
                     dimNames[i], static_cast<long long>(t.strides[i]));
      return false;
    }
  }
  // Largest element offset, then bytes, then the end address: any overflow
  // means the view cannot describe real memory.
  int64_t maxOffset = 0;
  for (int i = 0; i < 4; ++i) {
    int64_t term;
    if (__builtin_mul_overflow(t.sizes[i] - 1, t.strides[i], &term) ||
        __builtin_add_overflow(maxOffset, term, &maxOffset)) {
      error = format("%s: sizes and strides overflow a 64-bit element offset",
                     name);
      return false;
    }
  }
  int64_t es = static_cast<int64_t>(dtypeSize(t.dtype));
  int64_t endBytes;
  uintptr_t hi;
  if (__builtin_add_overflow(maxOffset, 1, &endBytes) ||
      __builtin_mul_overflow(endBytes, es, &endBytes) ||
      __builtin_add_overflow(reinterpret_cast<uintptr_t>(t.data),
                             static_cast<uintptr_t>(endBytes), &hi)) {
    error = format("%s: byte extent overflows the address space", name);
    return false;
  }
  extent.lo = reinterpret_cast<uintptr_t>(t.data);
  extent.hi = hi;
  return true;
}

bool expectSize(const char *name, const char *const dimNames[4],
                const attnrt_tensor &t, int dim, int64_t expected,
                const char *source, std::string &error) {
  if (t.sizes[dim] == expected)
    return true;
  error = format("%s: size of dim %d (%s) is %lld, expected %lld to match %s",
                 name, dim, dimNames[dim], static_cast<long long>(t.sizes[dim]),
                 static_cast<long long>(expected), source);
  return false;
}

/// True when no two in-bounds indices of `t` map to the same element: with
/// the dims of size > 1 sorted by stride, each stride must exceed the
/// largest offset reachable through the smaller ones. This is exact for
/// every layout made of nested dimensions (all permutations, padding,
/// slices) and conservatively rejects only exotic interleavings.
bool hasNoInternalOverlap(const attnrt_tensor &t) {
  int order[4];
  int n = 0;
  for (int i = 0; i < 4; ++i)
    if (t.sizes[i] > 1)
      order[n++] = i;
  // Insertion sort by stride (at most 4 dims; std::sort on this tiny array
  // trips a GCC 12 -Warray-bounds false positive).
  for (int x = 1; x < n; ++x)
    for (int y = x; y > 0 && t.strides[order[y]] < t.strides[order[y - 1]]; --y)
      std::swap(order[y], order[y - 1]);
  int64_t reach = 0; // Max offset spanned by the dims processed so far.
  for (int j = 0; j < n; ++j) {
    int d = order[j];
    if (t.strides[d] <= reach)
      return false;
    // Cannot overflow: checkView bounded the sum of these terms.
    reach += (t.sizes[d] - 1) * t.strides[d];
  }
  return true;
}

bool overlaps(const Extent &a, const Extent &b) {
  return a.lo < b.hi && b.lo < a.hi;
}

void toView(const attnrt_tensor &t, View &v) {
  v.data = t.data;
  v.dtype = t.dtype;
  for (int i = 0; i < 4; ++i) {
    v.sizes[i] = t.sizes[i];
    v.strides[i] = t.strides[i];
  }
}

} // namespace

namespace attnrt {

attnrt_status validate(const attnrt_problem *p, Problem &out,
                       std::string &error, const ValidateOptions &options) {
  auto fail = [&] { return ATTNRT_ERROR_INVALID_ARGUMENT; };
  if (!p) {
    error = "problem: pointer is null";
    return fail();
  }
  // Read struct_size before anything else: a caller built against another
  // header version may have passed a smaller struct.
  // API 1 ended at `stream`, API 2 at `lse`; their callers get the
  // defaults of the fields added since.
  const uint32_t v1Size = offsetof(attnrt_problem, mask_fill);
  const uint32_t v2Size = offsetof(attnrt_problem, logit_rounding);
  if (p->struct_size != sizeof(attnrt_problem) && p->struct_size != v1Size &&
      p->struct_size != v2Size) {
    error = format("problem: struct_size is %u, expected %zu (call "
                   "attnrt_problem_init, and build against the same "
                   "attnrt.h version, API %d)",
                   p->struct_size, sizeof(attnrt_problem), ATTNRT_API_VERSION);
    return fail();
  }
  const bool isV1 = p->struct_size == v1Size;
  float maskFill = isV1 ? -INFINITY : p->mask_fill;
  int emptyRows = isV1 ? ATTNRT_EMPTY_ROWS_ZERO : rawEnum(p->empty_rows);
  const bool isV3 = p->struct_size == sizeof(attnrt_problem);
  int logitRounding =
      isV3 ? rawEnum(p->logit_rounding) : ATTNRT_LOGIT_ROUNDING_NONE;

  Extent qe, ke, ve, oe, me;
  if (!checkView("q", qDims, p->q, false, qe, error) ||
      !checkView("k", kDims, p->k, false, ke, error) ||
      !checkView("v", vDims, p->v, false, ve, error) ||
      !checkView("o", oDims, p->o, false, oe, error))
    return fail();

  const attnrt_tensor &q = p->q, &k = p->k, &v = p->v, &o = p->o;
  int64_t B = q.sizes[0], Hq = q.sizes[1], Sq = q.sizes[2], D = q.sizes[3];
  int64_t Hkv = k.sizes[1], Sk = k.sizes[2], Dv = v.sizes[3];

  if (k.dtype != q.dtype || v.dtype != q.dtype) {
    const char *which = k.dtype != q.dtype ? "k" : "v";
    const attnrt_tensor &t = k.dtype != q.dtype ? k : v;
    error = format("%s: dtype %s does not match q's dtype %s", which,
                   dtypeName(t.dtype), dtypeName(q.dtype));
    return fail();
  }

  if (!expectSize("k", kDims, k, 0, B, "q", error) ||
      !expectSize("k", kDims, k, 3, D, "q", error) ||
      !expectSize("v", vDims, v, 0, B, "q", error) ||
      !expectSize("v", vDims, v, 1, Hkv, "k", error) ||
      !expectSize("v", vDims, v, 2, Sk, "k", error) ||
      !expectSize("o", oDims, o, 0, B, "q", error) ||
      !expectSize("o", oDims, o, 1, Hq, "q", error) ||
      !expectSize("o", oDims, o, 2, Sq, "q", error) ||
      !expectSize("o", oDims, o, 3, Dv, "v", error))
    return fail();
  if (Hq % Hkv != 0) {
    error = format("k: kv heads (%lld) must divide q's heads (%lld)",
                   static_cast<long long>(Hkv), static_cast<long long>(Hq));
    return fail();
  }

  bool hasMask = p->mask.data != nullptr;
  if (hasMask) {
    if (!checkView("mask", maskDims, p->mask, true, me, error))
      return fail();
    const int64_t full[4] = {B, Hq, Sq, Sk};
    for (int i = 0; i < 4; ++i) {
      int64_t s = p->mask.sizes[i];
      if (s != 1 && s != full[i]) {
        error = format("mask: size of dim %d (%s) is %lld, expected 1 "
                       "(broadcast) or %lld",
                       i, maskDims[i], static_cast<long long>(s),
                       static_cast<long long>(full[i]));
        return fail();
      }
    }
  }

  int causal = rawEnum(p->causal);
  if (causal < ATTNRT_CAUSAL_NONE || causal > ATTNRT_CAUSAL_BOTTOM_RIGHT) {
    error = format("causal: invalid value %d (expected 0 none, 1 top-left, "
                   "2 bottom-right)",
                   causal);
    return fail();
  }
  if (!std::isfinite(p->scale) && !options.allowNonFiniteScale) {
    error = format("scale: %g is not finite%s", static_cast<double>(p->scale),
                   std::isnan(p->scale)
                       ? " (attnrt_problem_init leaves it NaN: set it, "
                         "typically to 1/sqrt(head dim))"
                       : "");
    return fail();
  }
  if (std::isnan(maskFill) || maskFill == INFINITY) {
    error = format("mask_fill: %g is not -inf or finite",
                   static_cast<double>(maskFill));
    return fail();
  }
  if (emptyRows != ATTNRT_EMPTY_ROWS_ZERO &&
      emptyRows != ATTNRT_EMPTY_ROWS_NAN) {
    error = format("empty_rows: invalid value %d (expected 0 zero, 1 nan)",
                   emptyRows);
    return fail();
  }
  if (logitRounding != ATTNRT_LOGIT_ROUNDING_NONE &&
      logitRounding != ATTNRT_LOGIT_ROUNDING_F16 &&
      logitRounding != ATTNRT_LOGIT_ROUNDING_BF16) {
    error = format("logit_rounding: invalid value %d (expected 0 none, 1 "
                   "f16, 2 bf16)",
                   logitRounding);
    return fail();
  }
  if (logitRounding != ATTNRT_LOGIT_ROUNDING_NONE) {
    auto r = static_cast<attnrt_logit_rounding>(logitRounding);
    if (!std::isfinite(p->scale) || !isExactInLogitType(r, p->scale)) {
      const char *t = logitRoundingName(r);
      error = format("scale: %.9g is not a finite %s value (logit_rounding "
                     "= %s multiplies by the scale in %s)",
                     static_cast<double>(p->scale), t, t, t);
      return fail();
    }
  }
  const bool hasLse = !isV1 && p->lse.data != nullptr;
  Extent le;
  if (hasLse) {
    if (!checkView("lse", lseDims, p->lse, false, le, error))
      return fail();
    if (p->lse.dtype != ATTNRT_DTYPE_F32) {
      error = format("lse: dtype %s, expected f32", dtypeName(p->lse.dtype));
      return fail();
    }
    const int64_t full[4] = {B, Hq, Sq, 1};
    for (int i = 0; i < 4; ++i)
      if (!expectSize("lse", lseDims, p->lse, i, full[i],
                      i == 3 ? "one value per row" : "q", error))
        return fail();
    if (!hasNoInternalOverlap(p->lse)) {
      error = "lse: strides make distinct rows share memory (a stride of 0 "
              "or overlapping strides on a dim of size > 1)";
      return fail();
    }
  }
  int memory = rawEnum(p->memory);
  if (memory != ATTNRT_MEMORY_HOST && memory != ATTNRT_MEMORY_DEVICE) {
    error =
        format("memory: invalid value %d (expected 0 host, 1 device)", memory);
    return fail();
  }
  if (p->memory == ATTNRT_MEMORY_DEVICE && p->device < 0) {
    error = format("device: ordinal %d is negative", p->device);
    return fail();
  }

  // The output must not alias an input: backends write o while still
  // reading q, k, v and the mask. Byte ranges are compared, which also
  // (conservatively) rejects interleaved views of one buffer.
  const struct {
    const char *name;
    const Extent *e;
  } inputs[] = {{"q", &qe}, {"k", &ke}, {"v", &ve}, {"mask", &me}};
  for (const auto &in : inputs) {
    if (in.e == &me && !hasMask)
      continue;
    if (overlaps(oe, *in.e)) {
      error = format("o: output memory overlaps %s (the output must not "
                     "alias an input)",
                     in.name);
      return fail();
    }
  }
  if (hasLse) {
    const struct {
      const char *name;
      const Extent *e;
      bool present;
    } others[] = {{"q", &qe, true},   {"k", &ke, true},
                  {"v", &ve, true},   {"mask", &me, hasMask},
                  {"o", &oe, true}};
    for (const auto &t : others) {
      if (t.present && overlaps(le, *t.e)) {
        error = format("lse: memory overlaps %s (the lse output must not "
                       "alias any other tensor)",
                       t.name);
        return fail();
      }
    }
  }
  if (!hasNoInternalOverlap(o)) {
    error = "o: strides make distinct output elements share memory (a "
            "stride of 0 or overlapping strides on a dim of size > 1)";
    return fail();
  }

  // Limits come last: a malformed problem is INVALID_ARGUMENT whatever its
  // size. The iteration space, not just the memory: stride-0 views give a
  // huge problem a tiny extent. The multiply-adds B * Hq * Sq * Sk * (D +
  // Dv) must fit in int64, so that every backend's loop counters and work
  // estimates are exact; backends decline sizes they cannot iterate (the
  // gpu kernels: what their grids cannot index).
  int64_t work = 0, dims = 0;
  if (__builtin_add_overflow(D, Dv, &dims) ||
      __builtin_mul_overflow(B, Hq, &work) ||
      __builtin_mul_overflow(work, Sq, &work) ||
      __builtin_mul_overflow(work, Sk, &work) ||
      __builtin_mul_overflow(work, dims, &work)) {
    error = "problem: B * Hq * Sq * Sk * (D + Dv) multiply-adds overflow "
            "64 bits (stride-0 views can describe more work than memory)";
    return ATTNRT_ERROR_UNSUPPORTED;
  }

  out = Problem();
  out.B = B;
  out.Hq = Hq;
  out.Hkv = Hkv;
  out.Sq = Sq;
  out.Sk = Sk;
  out.D = D;
  out.Dv = Dv;
  toView(q, out.q);
  toView(k, out.k);
  toView(v, out.v);
  toView(o, out.o);
  out.hasMask = hasMask;
  if (hasMask) {
    toView(p->mask, out.mask);
    const int64_t full[4] = {B, Hq, Sq, Sk};
    for (int i = 0; i < 4; ++i) {
      // Broadcast dims get stride 0 so backends index a full tensor.
      if (p->mask.sizes[i] == 1)
        out.mask.strides[i] = 0;
      out.mask.sizes[i] = full[i];
    }
    out.maskIsBool = p->mask.dtype == ATTNRT_DTYPE_BOOL;
  }
  out.hasLse = hasLse;
  if (hasLse)
    toView(p->lse, out.lse);
  out.causal = p->causal;
  out.scale = p->scale;
  out.maskFill = maskFill;
  out.emptyRows = static_cast<attnrt_empty_rows>(emptyRows);
  out.logitRounding = static_cast<attnrt_logit_rounding>(logitRounding);
  out.memory = p->memory;
  out.device = p->device;
  out.stream = p->stream;
  return ATTNRT_SUCCESS;
}

} // namespace attnrt
