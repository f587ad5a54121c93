//===- Passes.td - attn conversion passes ------------------*- tablegen -*-===//

#ifndef ATTN_CONVERSION_PASSES_TD
#define ATTN_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertAttnToRuntime : Pass<"convert-attn-to-runtime", "::mlir::ModuleOp"> {
  let summary = "Lower attn.flash_attention to calls into libattnrt";
  let description = [{
    Replaces every `attn.flash_attention` (on tensors) with a call of the
    runtime entry point for its element types:

    ```
    func.func private @attnrt_mlir_flash_attention_<T>_<O>[_mask_<M>](
        memref<?x?x?x?xT, strided<[?, ?, ?, ?], offset: ?>>,   // q
        memref<?x?x?x?xT, strided<[?, ?, ?, ?], offset: ?>>,   // k
        memref<?x?x?x?xT, strided<[?, ?, ?, ?], offset: ?>>,   // v
        [memref<?x?x?x?xM, strided<[?, ?, ?, ?], offset: ?>>,] // mask
        memref<?x?x?x?xO, strided<[?, ?, ?, ?], offset: ?>>,   // o
        f32, i32) -> i32 attributes {llvm.emit_c_interface}
    ```

    (`T`, `O`: f32 | f16 | bf16; `M`: f32 | f16 | bf16 | i1), so that one
    symbol serves every shape and every strided view. The C side is
    `_mlir_ciface_attnrt_mlir_flash_attention_*` in `include/attnrt/attnrt.h`.

    The lowering stays at the tensor level and is meant to run before
    One-Shot Bufferize:
    - Q, K, V and the mask become `bufferization.to_buffer ... read_only`
      with a fully dynamic strided layout. A `linalg.transpose`,
      `tosa.transpose` or transposing `linalg.generic` that produces one of
      them is looked through: the buffer of its input is passed through
      `memref.transpose`, a strided view, so no transposed copy is made.
      Reshapes (`tensor.expand_shape` / `collapse_shape`) are left to
      bufferization, which turns them into `memref.expand_shape` /
      `collapse_shape` views.
    - The output is a fresh `memref.alloc` (the runtime writes every element
      of O, so the destination's contents are never read). When the only
      user of the result is a transpose (e.g. back to [B, S, H, D]), the
      buffer is allocated in the transposed shape and the runtime writes
      through a transposed view of it: the output transpose disappears too.
      The result is `bufferization.to_tensor ... restrict writable`.
    - The scale attribute becomes an `arith.constant` f32 (a `scale_value`
      operand is passed as it is); the causal mode an i32 constant (0 none,
      1 top-left, 2 bottom-right).
    - The returned status is checked:
      `cf.assert (status == 0), "attnrt: flash_attention failed (the runtime's message is on stderr)"`.
      The runtime prints its message to stderr before returning a nonzero
      status; the assertion then aborts the program.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::bufferization::BufferizationDialect",
    "::mlir::cf::ControlFlowDialect",
    "::mlir::func::FuncDialect",
    "::mlir::memref::MemRefDialect",
    "::mlir::tensor::TensorDialect"
  ];
}

def AttnDecomposeAggregatedOps
    : Pass<"attn-decompose-aggregated-ops", "::mlir::func::FuncOp"> {
  let summary = "Decompose linalg aggregated ops (linalg.softmax, ...)";
  let description = [{
    Calls `AggregatedOpInterface::decomposeOperation` on every op that
    implements it (e.g. `linalg.softmax` becomes max / sub+exp / sum / div
    `linalg.generic`s), so that `convert-linalg-to-loops` can lower them.
    Ops whose decomposition fails are left as they are.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::tensor::TensorDialect"
  ];
}

def AttnExportCInterface
    : Pass<"attn-export-c-interface", "::mlir::ModuleOp"> {
  let summary = "Give the exported functions a C interface; hide the rest";
  let description = [{
    For ahead-of-time compilation (tools/attn-compile/attn-compile): every public
    `func.func` with a body named in `functions` (all of them when the list
    is empty) gets `llvm.emit_c_interface`, so that `convert-func-to-llvm`
    emits a `_mlir_ciface_<name>` wrapper taking memref descriptors by
    pointer. With a list, every other function with a body becomes private
    and those no exported function reaches are erased (so a test's `@main`
    and its printing helpers do not end up in the library). Fails if a named
    function does not exist.
  }];
  let options = [
    ListOption<"functions", "functions", "std::string",
               "Functions to export (default: every public function)">
  ];
}

#endif // ATTN_CONVERSION_PASSES_TD
