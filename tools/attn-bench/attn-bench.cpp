//===- attn-bench.cpp - time attnrt backends on one problem or a sweep ----===//
//
// Runs attention problems on host memory through attnrt_run_on and reports,
// per backend: median wall time, TFLOP/s and the relative L2 error against
// the reference backend. Examples:
//
//   attn-bench --b 1 --hq 8 --sq 2048 --d 64 --backend all
//   attn-bench --sq 1024 --causal bottom-right --mask bool --json
//   attn-bench --sweep --backend cpu --json > sweep.jsonl
//
// FLOPs are counted as 2 * B * Hq * Sq * Sk * (D + Dv) (= 4 B Hq Sq Sk D for
// Dv = D), halved for causal masking when Sq == Sk, as in bench/RESULTS.md.
//
//===----------------------------------------------------------------------===//

#include "attnrt/attnrt.h"

#include "Half.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

struct Options {
  int64_t b = 1, hq = 8, hkv = 0, sq = 2048, sk = 0, d = 64, dv = 0;
  attnrt_dtype dtype = ATTNRT_DTYPE_F32;
  attnrt_causal causal = ATTNRT_CAUSAL_NONE;
  std::string mask = "none";
  std::string backend = "all";
  int iters = 5, warmup = 1;
  bool json = false, sweep = false, check = true;
  uint32_t seed = 1;
};

void usage(FILE *f) {
  std::fprintf(
      f, "usage: attn-bench [options]\n"
         "  --b N --hq N --hkv N --sq N --sk N --d N --dv N\n"
         "                      problem sizes (defaults: 1 8 =hq 2048 =sq 64 "
         "=d)\n"
         "  --dtype f32|f16|bf16  q/k/v and output type (default f32)\n"
         "  --causal none|top-left|bottom-right\n"
         "  --mask none|additive|bool   [B, Hq, Sq, Sk] mask, ~1/8 masked out\n"
         "  --backend NAME|all  (default all: every backend built in)\n"
         "  --iters N --warmup N  timed and untimed runs (default 5, 1)\n"
         "  --no-check          skip the reference run (rel_err = null)\n"
         "  --seed N            input seed (default 1)\n"
         "  --json              one JSON object per run per line\n"
         "  --sweep             run a list of sizes (progress on stderr)\n"
         "Environment: ATTNRT_NUM_THREADS caps the cpu backend's threads.\n");
}

bool parseInt(const char *s, int64_t &out) {
  char *end = nullptr;
  long long v = std::strtoll(s, &end, 10);
  if (!s[0] || *end || v < 1)
    return false;
  out = v;
  return true;
}

bool parseArgs(int argc, char **argv, Options &o) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> const char * {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "attn-bench: %s needs a value\n", a.c_str());
        return nullptr;
      }
      return argv[++i];
    };
    auto intArg = [&](int64_t &dst) {
      const char *v = next();
      if (!v || !parseInt(v, dst)) {
        std::fprintf(stderr, "attn-bench: %s needs a positive integer\n",
                     a.c_str());
        return false;
      }
      return true;
    };
    int64_t tmp;
    if (a == "--b") {
      if (!intArg(o.b))
        return false;
    } else if (a == "--hq") {
      if (!intArg(o.hq))
        return false;
    } else if (a == "--hkv") {
      if (!intArg(o.hkv))
        return false;
    } else if (a == "--sq") {
      if (!intArg(o.sq))
        return false;
    } else if (a == "--sk") {
      if (!intArg(o.sk))
        return false;
    } else if (a == "--d") {
      if (!intArg(o.d))
        return false;
    } else if (a == "--dv") {
      if (!intArg(o.dv))
        return false;
    } else if (a == "--iters") {
      if (!intArg(tmp))
        return false;
      o.iters = static_cast<int>(tmp);
    } else if (a == "--warmup") {
      const char *v = next();
      if (!v)
        return false;
      o.warmup = std::atoi(v);
    } else if (a == "--seed") {
      if (!intArg(tmp))
        return false;
      o.seed = static_cast<uint32_t>(tmp);
    } else if (a == "--dtype") {
      const char *v = next();
      if (!v)
        return false;
      std::string s = v;
      if (s == "f32")
        o.dtype = ATTNRT_DTYPE_F32;
      else if (s == "f16")
        o.dtype = ATTNRT_DTYPE_F16;
      else if (s == "bf16")
        o.dtype = ATTNRT_DTYPE_BF16;
      else {
        std::fprintf(stderr, "attn-bench: unknown dtype '%s'\n", v);
        return false;
      }
    } else if (a == "--causal") {
      const char *v = next();
      if (!v)
        return false;
      std::string s = v;
      if (s == "none")
        o.causal = ATTNRT_CAUSAL_NONE;
      else if (s == "top-left")
        o.causal = ATTNRT_CAUSAL_TOP_LEFT;
      else if (s == "bottom-right")
        o.causal = ATTNRT_CAUSAL_BOTTOM_RIGHT;
      else {
        std::fprintf(stderr, "attn-bench: unknown causal mode '%s'\n", v);
        return false;
      }
    } else if (a == "--mask") {
      const char *v = next();
      if (!v)
        return false;
      o.mask = v;
      if (o.mask != "none" && o.mask != "additive" && o.mask != "bool") {
        std::fprintf(stderr, "attn-bench: unknown mask '%s'\n", v);
        return false;
      }
    } else if (a == "--backend") {
      const char *v = next();
      if (!v)
        return false;
      o.backend = v;
    } else if (a == "--json") {
      o.json = true;
    } else if (a == "--sweep") {
      o.sweep = true;
    } else if (a == "--no-check") {
      o.check = false;
    } else if (a == "--help" || a == "-h") {
      usage(stdout);
      std::exit(0);
    } else {
      std::fprintf(stderr, "attn-bench: unknown option '%s'\n", a.c_str());
      usage(stderr);
      return false;
    }
  }
  return true;
}

size_t elemSize(attnrt_dtype t) {
  return t == ATTNRT_DTYPE_F32 ? 4 : t == ATTNRT_DTYPE_BOOL ? 1 : 2;
}

const char *dtypeName(attnrt_dtype t) {
  return t == ATTNRT_DTYPE_F32 ? "f32" : t == ATTNRT_DTYPE_F16 ? "f16" : "bf16";
}

const char *causalName(attnrt_causal c) {
  return c == ATTNRT_CAUSAL_NONE       ? "none"
         : c == ATTNRT_CAUSAL_TOP_LEFT ? "top-left"
                                       : "bottom-right";
}

// Element codecs: the runtime's own header-only conversions (round to
// nearest even), so the tool builds with any C++17 compiler.
uint16_t toHalf(float f) { return attnrt::floatToHalf(f); }
float fromHalf(uint16_t u) { return attnrt::halfToFloat(u); }
uint16_t toBf16(float f) { return attnrt::floatToBf16(f); }
float fromBf16(uint16_t u) { return attnrt::bf16ToFloat(u); }

struct Buffer {
  attnrt_dtype dtype;
  int64_t sizes[4];
  std::vector<unsigned char> bytes;

  Buffer(attnrt_dtype t, int64_t a, int64_t b, int64_t c, int64_t d)
      : dtype(t), sizes{a, b, c, d},
        bytes(static_cast<size_t>(a * b * c * d) * elemSize(t)) {}
  int64_t count() const { return sizes[0] * sizes[1] * sizes[2] * sizes[3]; }
  void set(int64_t i, float v) {
    unsigned char *p = bytes.data() + i * elemSize(dtype);
    if (dtype == ATTNRT_DTYPE_F32) {
      std::memcpy(p, &v, 4);
    } else if (dtype == ATTNRT_DTYPE_BOOL) {
      *p = v != 0.0f;
    } else {
      uint16_t u = dtype == ATTNRT_DTYPE_F16 ? toHalf(v) : toBf16(v);
      std::memcpy(p, &u, 2);
    }
  }
  double get(int64_t i) const {
    const unsigned char *p = bytes.data() + i * elemSize(dtype);
    if (dtype == ATTNRT_DTYPE_F32) {
      float f;
      std::memcpy(&f, p, 4);
      return f;
    }
    uint16_t u;
    std::memcpy(&u, p, 2);
    return dtype == ATTNRT_DTYPE_F16 ? fromHalf(u) : fromBf16(u);
  }
  attnrt_tensor view() {
    attnrt_tensor t;
    t.data = bytes.data();
    t.dtype = dtype;
    for (int i = 0; i < 4; ++i)
      t.sizes[i] = sizes[i];
    t.strides[3] = 1;
    t.strides[2] = sizes[3];
    t.strides[1] = sizes[2] * sizes[3];
    t.strides[0] = sizes[1] * sizes[2] * sizes[3];
    return t;
  }
};

double relL2(const Buffer &x, const Buffer &ref) {
  double num = 0, den = 0;
  for (int64_t i = 0; i < x.count(); ++i) {
    double a = x.get(i), r = ref.get(i);
    num += (a - r) * (a - r);
    den += r * r;
  }
  return den == 0 ? (num == 0 ? 0 : INFINITY) : std::sqrt(num / den);
}

struct Problem {
  Options o;
  Buffer q, k, v, mask;
  attnrt_problem base;

  explicit Problem(const Options &opt)
      : o(opt), q(o.dtype, o.b, o.hq, o.sq, o.d),
        k(o.dtype, o.b, o.hkv, o.sk, o.d), v(o.dtype, o.b, o.hkv, o.sk, o.dv),
        mask(o.mask == "bool" ? ATTNRT_DTYPE_BOOL : o.dtype,
             o.mask == "none" ? 1 : o.b, o.mask == "none" ? 1 : o.hq,
             o.mask == "none" ? 1 : o.sq, o.mask == "none" ? 1 : o.sk) {
    std::mt19937 rng(o.seed);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    for (Buffer *b : {&q, &k, &v})
      for (int64_t i = 0; i < b->count(); ++i)
        b->set(i, dist(rng));
    if (o.mask != "none")
      for (int64_t i = 0; i < mask.count(); ++i) {
        bool drop = rng() % 8 == 0;
        if (o.mask == "bool")
          mask.set(i, drop ? 0.0f : 1.0f);
        else
          mask.set(i, drop ? -INFINITY : dist(rng));
      }
    attnrt_problem_init(&base);
    base.q = q.view();
    base.k = k.view();
    base.v = v.view();
    if (o.mask != "none")
      base.mask = mask.view();
    base.causal = o.causal;
    base.scale = 1.0f / std::sqrt(static_cast<float>(o.d));
  }

  double flops() const {
    double f = 2.0 * double(o.b) * double(o.hq) * double(o.sq) * double(o.sk) *
               double(o.d + o.dv);
    if (o.causal != ATTNRT_CAUSAL_NONE && o.sq == o.sk)
      f /= 2;
    return f;
  }

  /// Runs on `backend` into `out`: warmup, then timed iterations.
  attnrt_status run(const char *backend, Buffer &out, int warmup, int iters,
                    std::vector<double> &ms) {
    attnrt_problem p = base;
    p.o = out.view();
    for (int i = 0; i < warmup; ++i)
      if (attnrt_status s = attnrt_run_on(&p, backend))
        return s;
    for (int i = 0; i < iters; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      attnrt_status s = attnrt_run_on(&p, backend);
      auto t1 = std::chrono::steady_clock::now();
      if (s != ATTNRT_SUCCESS)
        return s;
      ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return ATTNRT_SUCCESS;
  }
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/// Runs one problem on the selected backends; returns false on any error.
bool benchOne(const Options &opt) {
  Problem prob(opt);
  std::vector<std::string> backends;
  if (opt.backend == "all") {
    for (int i = 0; i < attnrt_backend_count(); ++i)
      backends.push_back(attnrt_backend_name(i));
  } else {
    backends.push_back(opt.backend);
  }

  // The reference result, once, for rel_err.
  Buffer ref(opt.dtype, opt.b, opt.hq, opt.sq, opt.dv);
  bool haveRef = false;
  if (opt.check) {
    std::vector<double> unused;
    if (!opt.json)
      std::fprintf(stderr, "running the reference once for rel_err...\n");
    if (prob.run("reference", ref, 0, 1, unused) != ATTNRT_SUCCESS) {
      std::fprintf(stderr, "attn-bench: reference failed: %s\n",
                   attnrt_last_error());
      return false;
    }
    haveRef = true;
  }

  bool ok = true;
  for (const std::string &name : backends) {
    Buffer out(opt.dtype, opt.b, opt.hq, opt.sq, opt.dv);
    std::vector<double> ms;
    attnrt_status s = prob.run(name.c_str(), out, opt.warmup, opt.iters, ms);
    char shape[256];
    std::snprintf(shape, sizeof(shape),
                  "\"b\":%lld,\"hq\":%lld,\"hkv\":%lld,\"sq\":%lld,\"sk\":%lld,"
                  "\"d\":%lld,\"dv\":%lld,\"dtype\":\"%s\",\"causal\":\"%s\","
                  "\"mask\":\"%s\"",
                  (long long)opt.b, (long long)opt.hq, (long long)opt.hkv,
                  (long long)opt.sq, (long long)opt.sk, (long long)opt.d,
                  (long long)opt.dv, dtypeName(opt.dtype),
                  causalName(opt.causal), opt.mask.c_str());
    if (s != ATTNRT_SUCCESS) {
      // Unsupported on one backend of "all" is a skip, not an error.
      bool skip = s == ATTNRT_ERROR_UNSUPPORTED && opt.backend == "all";
      ok = ok && skip;
      if (opt.json)
        std::printf("{\"backend\":\"%s\",%s,\"error\":\"%s\"}\n", name.c_str(),
                    shape, attnrt_status_string(s));
      std::fprintf(stderr, "attn-bench: %s: %s: %s\n", name.c_str(),
                   attnrt_status_string(s), attnrt_last_error());
      continue;
    }
    double m = median(ms);
    double tflops = prob.flops() / (m * 1e-3) / 1e12;
    double err = haveRef ? relL2(out, ref) : NAN;
    if (opt.json) {
      char errText[32];
      if (haveRef)
        std::snprintf(errText, sizeof(errText), "%.3g", err);
      else
        std::snprintf(errText, sizeof(errText), "null");
      std::printf("{\"backend\":\"%s\",%s,\"ms\":%.4f,\"tflops\":%.6f,"
                  "\"rel_err\":%s,\"iters\":%d}\n",
                  name.c_str(), shape, m, tflops, errText, opt.iters);
    } else {
      char errText[32] = "n/a";
      if (haveRef)
        std::snprintf(errText, sizeof(errText), "%.3g", err);
      std::printf("%-10s B=%lld Hq=%lld Hkv=%lld Sq=%lld Sk=%lld D=%lld "
                  "Dv=%lld %s causal=%s mask=%s: %10.3f ms  %8.4f TFLOP/s  "
                  "rel_err %s\n",
                  name.c_str(), (long long)opt.b, (long long)opt.hq,
                  (long long)opt.hkv, (long long)opt.sq, (long long)opt.sk,
                  (long long)opt.d, (long long)opt.dv, dtypeName(opt.dtype),
                  causalName(opt.causal), opt.mask.c_str(), m, tflops, errText);
    }
    std::fflush(stdout);
  }
  return ok;
}

} // namespace

int main(int argc, char **argv) {
  Options opt;
  if (!parseArgs(argc, argv, opt))
    return 2;
  auto fill = [](Options &o) {
    if (!o.hkv)
      o.hkv = o.hq;
    if (!o.sk)
      o.sk = o.sq;
    if (!o.dv)
      o.dv = o.d;
  };
  if (!opt.sweep) {
    fill(opt);
    if (opt.hq % opt.hkv) {
      std::fprintf(stderr, "attn-bench: --hkv must divide --hq\n");
      return 2;
    }
    return benchOne(opt) ? 0 : 1;
  }
  // Sweep: sequence lengths x head dims, other options as given.
  const int64_t seqs[] = {128, 256, 512, 1024, 2048};
  const int64_t dims[] = {64, 128};
  int total = static_cast<int>(std::size(seqs) * std::size(dims)), n = 0;
  bool ok = true;
  for (int64_t d : dims)
    for (int64_t s : seqs) {
      Options o = opt;
      o.sq = o.sk = s;
      o.d = o.dv = d;
      fill(o);
      std::fprintf(stderr, "[%d/%d] sq=sk=%lld d=%lld\n", ++n, total,
                   (long long)s, (long long)d);
      ok = benchOne(o) && ok;
    }
  return ok ? 0 : 1;
}
