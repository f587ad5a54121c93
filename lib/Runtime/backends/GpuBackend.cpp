//===- GpuBackend.cpp - the `gpu` backend: flash-attention GPU kernels ----===//
//
// Runs validated problems on the kernels in kernels/ (attn_kernels.h: plain
// C, no GPU headers here). Registered as `gpu` (alias `hip`) when the
// library is built for a GPU (ATTNRT_HAVE_GPU) and a device is present at
// run time.
//  - memory == DEVICE: pointers are used in place, on `device`, on `stream`;
//    the call returns once the work is queued (like a kernel launch).
//  - memory == HOST: each operand's extent (the bytes its strides span) is
//    staged to the device, the outputs (o, and lse when asked for) copied
//    back, and the call waits for the stream before it returns.
//  - Every GPU error is returned as ATTNRT_ERROR_BACKEND with its message.
// Kernel choice: the kernel table (GpuKernels.h, GpuKernelTable.cpp), like
// the registry's backends: the first kernel whose supports() holds, or the
// one ATTNRT_BACKEND=gpu:<kernel> forces.
//===----------------------------------------------------------------------===//

#include "../Backend.h"

#include "GpuKernels.h"
#include "attn_kernels.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace attnrt {
namespace {

#if defined(ATTNRT_GPU_NO_RUNTIME)
// AMD build on machines without a HIP runtime: kernels exist as code objects only.
constexpr bool kHaveRuntime = false;
#else
constexpr bool kHaveRuntime = true;
#endif

struct Availability {
  bool ok = false;
  int deviceCount = 0;
  std::string reason;
};

const Availability &availability() {
  static const Availability a = [] {
    Availability r;
    if (!kHaveRuntime) {
      r.reason = "built for AMD GPUs (gfx1100, gfx942) as code objects only; no HIP "
                 "runtime is linked in this build";
      return r;
    }
#if !defined(ATTNRT_GPU_NO_RUNTIME)
    int n = 0;
    int rc = attnk_device_count(&n);
    if (rc != 0) {
      r.reason = std::string("no usable ") + attnk_platform() +
                 " device: " + attnk_error_string(rc);
      attnk_get_last_error();
      return r;
    }
    if (n == 0) {
      r.reason = std::string("no ") + attnk_platform() + " device present";
      return r;
    }
    r.ok = true;
    r.deviceCount = n;
#endif
    return r;
  }();
  return a;
}

#if !defined(ATTNRT_GPU_NO_RUNTIME)

attnk_tensor kernelTensor(const View &v, const void *data) {
  attnk_tensor t;
  t.data = data;
  for (int d = 0; d < 4; ++d) t.strides[d] = v.strides[d];
  return t;
}

// The problem as the kernels see it, with the views' own pointers.
attnk_problem kernelProblem(const Problem &p) {
  attnk_problem k;
  std::memset(&k, 0, sizeof(k));
  k.dtype = p.q.dtype;
  k.out_dtype = p.o.dtype;
  k.mask_dtype = p.hasMask ? p.mask.dtype : ATTNRT_DTYPE_F32;
  k.causal = p.causal;
  k.batch = p.B;
  k.heads_q = p.Hq;
  k.heads_kv = p.Hkv;
  k.seq_q = p.Sq;
  k.seq_k = p.Sk;
  k.head_dim = p.D;
  k.head_dim_v = p.Dv;
  k.scale = p.scale;
  k.q = kernelTensor(p.q, p.q.data);
  k.k = kernelTensor(p.k, p.k.data);
  k.v = kernelTensor(p.v, p.v.data);
  k.o = kernelTensor(p.o, p.o.data);
  if (p.hasMask) k.mask = kernelTensor(p.mask, p.mask.data);
  if (p.hasLse) k.lse = kernelTensor(p.lse, p.lse.data);
  k.mask_fill = p.maskFill;
  k.empty_rows = p.emptyRows;
  k.logit_rounding = p.logitRounding;
  return k;
}

int64_t numel(const View &v) { return v.sizes[0] * v.sizes[1] * v.sizes[2] * v.sizes[3]; }

// Elements from the first to one past the last element of the view.
int64_t extentElems(const View &v) {
  int64_t e = 1;
  for (int d = 0; d < 4; ++d) e += (v.sizes[d] - 1) * v.strides[d];
  return e;
}

std::string gpuError(const char *what, int rc) {
  return std::string(what) + ": " + attnk_error_string(rc);
}

// Device buffers of one call, released (stream-ordered) on every exit path.
struct Buffers {
  void *stream;
  std::vector<void *> ptrs;
  explicit Buffers(void *s) : stream(s) {}
  ~Buffers() {
    for (void *p : ptrs) attnk_free_async(p, stream);
  }
  int alloc(void **out, size_t bytes) {
    int rc = attnk_malloc_async(out, bytes ? bytes : 1, stream);
    if (rc == 0) ptrs.push_back(*out);
    return rc;
  }
};

// Restores the caller's current device.
struct DeviceGuard {
  int prev = -1;
  bool changed = false;
  int enter(int device) {
    int rc = attnk_get_device(&prev);
    if (rc != 0) return rc;
    if (prev != device) {
      rc = attnk_set_device(device);
      if (rc != 0) return rc;
      changed = true;
    }
    return 0;
  }
  ~DeviceGuard() {
    if (changed) attnk_set_device(prev);
  }
};

// Launches the table's kernel for `k` (device pointers): the forced one,
// else the first that supports it.
attnrt_status launch(const attnk_problem &k, const std::string &forced,
                     int device, void *stream, Buffers &bufs,
                     std::string *error) {
  std::string why;
  const GpuKernel *g = chooseGpuKernel(k, forced, &why, nullptr);
  if (!g) {
    if (error) *error = why;
    return ATTNRT_ERROR_UNSUPPORTED;
  }
  GpuLaunchContext ctx;
  ctx.device = device;
  ctx.stream = stream;
  ctx.buffers = &bufs.ptrs;
  const char *what = "launching";
  int rc = g->launch(k, ctx, &what);
  if (rc != 0) {
    if (error) *error = gpuError(what, rc);
    attnk_get_last_error();
    return ATTNRT_ERROR_BACKEND;
  }
  return ATTNRT_SUCCESS;
}

attnrt_status runDevice(const Problem &p, std::string *error) {
  attnk_problem k = kernelProblem(p);
  Buffers bufs(p.stream);
  return launch(k, p.kernel, p.device, p.stream, bufs, error);
}

// An output view (o, lse) staged on the device for host memory: when its
// extent holds no gaps (a permutation of a dense layout) the kernel writes a
// device copy of the extent with the same strides; otherwise a dense buffer
// (row-major over the view's sizes) that is scattered on the host
// afterwards, so no byte between the output's elements is touched.
struct StagedOutput {
  const View *view = nullptr;
  attnk_tensor *tensor = nullptr;
  const char *name = nullptr;
  void *device = nullptr;
  size_t bytes = 0;
  bool gapless = true;
  std::vector<char> dense; // host copy of a gap-holding output

  int alloc(Buffers &bufs) {
    gapless = extentElems(*view) == numel(*view);
    bytes = static_cast<size_t>(gapless ? extentElems(*view) : numel(*view)) *
            dtypeSize(view->dtype);
    int rc = bufs.alloc(&device, bytes);
    if (rc != 0) return rc;
    tensor->data = device;
    if (!gapless) {
      int64_t s = 1;
      for (int d = 3; d >= 0; --d) {
        tensor->strides[d] = s;
        s *= view->sizes[d];
      }
    }
    return 0;
  }
  int copyBack(void *stream) {
    void *dst = view->data;
    if (!gapless) {
      dense.resize(bytes);
      dst = dense.data();
    }
    return attnk_memcpy_d2h_async(dst, device, bytes, stream);
  }
  // After the stream is synchronized.
  void scatter() {
    if (gapless) return;
    const size_t esz = dtypeSize(view->dtype);
    const char *src = dense.data();
    for (int64_t a = 0; a < view->sizes[0]; ++a)
      for (int64_t b = 0; b < view->sizes[1]; ++b)
        for (int64_t c = 0; c < view->sizes[2]; ++c)
          for (int64_t d = 0; d < view->sizes[3]; ++d, src += esz)
            std::memcpy(view->at(a, b, c, d), src, esz);
  }
};

attnrt_status runHost(const Problem &p, int device, std::string *error) {
  void *stream = p.stream;
  attnk_problem k = kernelProblem(p);
  auto fail = [&](const std::string &what, int rc) {
    if (error) *error = gpuError(what.c_str(), rc);
    attnk_get_last_error();
    return ATTNRT_ERROR_BACKEND;
  };
  StagedOutput outs[2];
  outs[0].view = &p.o;
  outs[0].tensor = &k.o;
  outs[0].name = "o";
  const int nouts = p.hasLse ? 2 : 1;
  if (p.hasLse) {
    outs[1].view = &p.lse;
    outs[1].tensor = &k.lse;
    outs[1].name = "lse";
  }
  {
    Buffers bufs(stream);
    // Inputs: copy each view's extent; strides stay as they are.
    struct In { const View *v; attnk_tensor *t; const char *name; };
    In ins[4] = {{&p.q, &k.q, "q"}, {&p.k, &k.k, "k"}, {&p.v, &k.v, "v"}, {&p.mask, &k.mask, "mask"}};
    for (const In &in : ins) {
      if (in.v == &p.mask && !p.hasMask) continue;
      size_t bytes = static_cast<size_t>(extentElems(*in.v)) * dtypeSize(in.v->dtype);
      void *d = nullptr;
      int rc = bufs.alloc(&d, bytes);
      if (rc != 0) return fail(std::string("allocating ") + in.name, rc);
      rc = attnk_memcpy_h2d_async(d, in.v->data, bytes, stream);
      if (rc != 0) return fail(std::string("copying ") + in.name + " to the device", rc);
      in.t->data = d;
    }
    for (int i = 0; i < nouts; ++i)
      if (int rc = outs[i].alloc(bufs))
        return fail(std::string("allocating ") + outs[i].name, rc);
    attnrt_status st = launch(k, p.kernel, device, stream, bufs, error);
    if (st != ATTNRT_SUCCESS) return st;
    for (int i = 0; i < nouts; ++i)
      if (int rc = outs[i].copyBack(stream))
        return fail(std::string("copying ") + outs[i].name + " to the host", rc);
  } // buffers freed (stream-ordered) here
  int rc = attnk_stream_synchronize(stream);
  if (rc != 0) return fail("running the kernel", rc);
  for (int i = 0; i < nouts; ++i) outs[i].scatter();
  return ATTNRT_SUCCESS;
}

// The problem as a kernel's supports() should judge it: device pointers
// are used as they are; host pointers are staged to fresh, separate device
// buffers (256-byte aligned), so their alignment does not matter and an
// aligned stand-in is judged instead: one per tensor, 2^44 bytes apart, so
// that a kernel's overlap checks see separate buffers as run() passes them
// (one shared stand-in made sm90-wgmma decline every host-memory problem).
attnk_problem choiceView(const Problem &p) {
  attnk_problem k = kernelProblem(p);
  if (p.memory == ATTNRT_MEMORY_HOST) {
    uintptr_t standIn = 0;
    for (attnk_tensor *t : {&k.q, &k.k, &k.v, &k.o, &k.mask, &k.lse}) {
      standIn += uintptr_t(1) << 44;
      if (t->data) t->data = reinterpret_cast<void *>(standIn);
    }
  }
  return k;
}

// The kernel run() would launch, with one report line per kernel.
const char *explainKernels(const Problem &p, std::string *report) {
  const GpuKernel *g = chooseGpuKernel(choiceView(p), p.kernel, nullptr, report);
  return g ? g->name : nullptr;
}

bool supports(const Problem &p, std::string *whyNot) {
  auto no = [&](const std::string &why) {
    if (whyNot) *whyNot = why;
    return false;
  };
  const Availability &a = availability();
  if (!a.ok) return no(a.reason);
  if (p.q.dtype == ATTNRT_DTYPE_F32)
    return no("f32 Q/K/V: the GPU kernels use f16/bf16 matrix instructions (convert the "
              "operands, or the cpu backend runs f32)");
  // What the kernels do not compute: a non-finite scale. (The lse output is
  // each kernel's choice: the kernel table declines it per kernel.)
  if (!std::isfinite(p.scale))
    return no("a non-finite scale (MLIR entry points) is computed by the reference backend only");
  attnk_problem k = kernelProblem(p);
  if (const char *why = attnk_unsupported_reason(&k)) return no(why);
  std::string why;
  if (!chooseGpuKernel(choiceView(p), p.kernel, &why, nullptr)) return no(why);
  if (p.memory == ATTNRT_MEMORY_DEVICE) {
    if (p.device < 0 || p.device >= a.deviceCount)
      return no("device " + std::to_string(p.device) + " does not exist (" +
                std::to_string(a.deviceCount) + " present)");
    const View *views[6] = {&p.q, &p.k, &p.v, &p.o, &p.mask, &p.lse};
    const char *names[6] = {"q", "k", "v", "o", "mask", "lse"};
    const bool present[6] = {true, true, true, true, p.hasMask, p.hasLse};
    for (int t = 0; t < 6; ++t) {
      if (!present[t]) continue;
      int isDev = 0, dev = -1;
      if (attnk_pointer_is_device(views[t]->data, &isDev, &dev) != 0 || !isDev) {
        attnk_get_last_error();
        return no(std::string("memory is DEVICE but ") + names[t] +
                  " is not device memory");
      }
    }
  }
  return true;
}

attnrt_status run(const Problem &p, std::string *error) {
  if (p.memory == ATTNRT_MEMORY_DEVICE) {
    DeviceGuard guard;
    int rc = guard.enter(p.device);
    if (rc != 0) {
      if (error) *error = gpuError("selecting the device", rc);
      attnk_get_last_error();
      return ATTNRT_ERROR_BACKEND;
    }
    return runDevice(p, error);
  }
  int device = 0;
  int rc = attnk_get_device(&device);
  if (rc != 0) {
    if (error) *error = gpuError("querying the current device", rc);
    attnk_get_last_error();
    return ATTNRT_ERROR_BACKEND;
  }
  return runHost(p, device, error);
}

#endif // !ATTNRT_GPU_NO_RUNTIME

} // namespace

const Backend *getGpuBackend() {
#if defined(ATTNRT_GPU_NO_RUNTIME)
  (void)availability();
  return nullptr;
#else
  if (!availability().ok) return nullptr;
  // Above cpu (10): a present GPU is preferred for everything it supports.
  static const Backend backend = {"gpu", /*priority=*/20, supports, run,
                                  explainKernels, /*alias=*/"hip"};
  return &backend;
#endif
}

const char *gpuUnavailableReason() {
  const Availability &a = availability();
  return a.ok ? nullptr : a.reason.c_str();
}

} // namespace attnrt
