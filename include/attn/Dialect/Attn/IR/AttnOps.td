//===- AttnOps.td - attn dialect ops -----------------------*- tablegen -*-===//

#ifndef ATTN_DIALECT_ATTN_IR_ATTNOPS_TD
#define ATTN_DIALECT_ATTN_IR_ATTNOPS_TD

include "attn/Dialect/Attn/IR/AttnDialect.td"
include "attn/Dialect/Attn/IR/AttnEnums.td"
include "mlir/Interfaces/DestinationStyleOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/CommonTypeConstraints.td"

def Attn_FloatElementType : AnyTypeOf<[F32, F16, BF16]>;
def Attn_FloatTensor4D : 4DTensorOf<[F32, F16, BF16]>;

def Attn_FlashAttentionOp : Attn_Op<"flash_attention", [
    Pure, AttrSizedOperandSegments,
    DestinationStyleOpInterface]> {
  let summary = "Fused scaled dot-product attention";
  let description = [{
    For every batch index `b` and query head `h`:

    ```
    O[b, h] = softmax(scale * Q[b, h] K[b, g]^T + mask[b, h]) V[b, g]
    ```

    with the softmax over the key axis, `g = h / (Hq / Hkv)` (grouped-query
    and multi-query attention), accumulation in f32 and the result in the
    element type of `init`.

    - `query` `[B, Hq, Sq, D]`, `key` `[B, Hkv, Sk, D]`, `value`
      `[B, Hkv, Sk, Dv]`: f32, f16 or bf16, one element type for all three;
      `Hq` is a multiple of `Hkv`.
    - `mask` (optional) `[B|1, Hq|1, Sq|1, Sk|1]`: additive (f32, f16, bf16)
      or boolean (i1, true = keep). A dimension of size 1 broadcasts.
    - `scale`: an f32 attribute, or the `scale_value` operand when it is not
      a constant (exactly one of the two).
    - `causal`: `none`, `top_left` (key j visible to query i iff j <= i) or
      `bottom_right` (j <= i + Sk - Sq); combines with a mask.
    - `init` `[B, Hq, Sq, Dv]`: the destination (f32, f16 or bf16).

    - `mask_fill`: the logit of a position hidden by the boolean mask or the
      causal mode: `-inf` when absent, or a finite value (e.g. `-1.0e4`, the
      lowest f32), which then enters the softmax like any other logit (a row
      whose keys are all hidden is then the mean of V).
    - `empty_rows`: what a row whose logits are all `-inf` yields: `zero`
      (the default; PyTorch's safe softmax, `select(P != P, 0, P)`) or `nan`
      (a plain softmax). A zero-size key axis yields zeros.
    - `logit_rounding` (optional, `f16` or `bf16`; absent: the logits above
      in f32): the program computes its logits in that type T, one rounding
      per step, as HF eager attention does in f16/bf16. The logit of a key
      that is not hidden is then exactly

      ```
      s = rnd_T(rnd_T(rnd_T(Q K^T) * scale) + rnd_T(mask))
      ```

      with `rnd_T` the round-to-nearest-even conversion to T (overflow gives
      +-inf), `Q K^T` accumulated in f32 and rounded once, `scale` (an
      attribute, exactly representable in T) multiplied in T, and the
      additive mask (rounded to T, which is exact for a mask of type T)
      added in T; without an additive mask the last step is absent. Hidden
      positions take `mask_fill`; the softmax is in f32 over these logits,
      so a row whose logits all round to `-inf` (`s + finfo(f16).min`
      overflowing) is an empty row. This is what decides the result of a
      row that a mask of `finfo(T).min` hides entirely.
    Layouts other than `[B, H, S, D]` are expressed with transposes and
    reshapes around the op.

    Example:

    ```mlir
    %o = attn.flash_attention ins(%q, %k, %v : tensor<2x8x128x64xf16>,
           tensor<2x2x128x64xf16>, tensor<2x2x128x64xf16>)
           outs(%init : tensor<2x8x128x64xf16>)
           {scale = 0.125 : f32, causal = #attn.causal<top_left>}
           -> tensor<2x8x128x64xf16>
    ```
  }];

  let arguments = (ins
    Attn_FloatTensor4D:$query,
    Attn_FloatTensor4D:$key,
    Attn_FloatTensor4D:$value,
    Optional<4DTensorOf<[F32, F16, BF16, I1]>>:$mask,
    Optional<F32>:$scale_value,
    Attn_FloatTensor4D:$init,
    OptionalAttr<F32Attr>:$scale,
    DefaultValuedAttr<Attn_CausalModeAttr, "::mlir::attn::CausalMode::None">:$causal,
    OptionalAttr<F32Attr>:$mask_fill,
    DefaultValuedAttr<Attn_EmptyRowsAttr, "::mlir::attn::EmptyRows::Zero">:$empty_rows,
    OptionalAttr<TypeAttr>:$logit_rounding
  );
  let results = (outs Attn_FloatTensor4D:$result);

  let assemblyFormat = [{
    `ins` `(` $query `,` $key `,` $value `:` type($query) `,` type($key) `,`
      type($value) `)`
    (`mask` `(` $mask^ `:` type($mask) `)`)?
    (`scale` `(` $scale_value^ `)`)?
    `outs` `(` $init `:` type($init) `)`
    attr-dict `->` type($result)
  }];

  let extraClassDeclaration = [{
    MutableOperandRange getDpsInitsMutable() { return getInitMutable(); }
    bool isCausal() { return getCausal() != CausalMode::None; }
    /// The logit of a hidden position (-inf when mask_fill is absent).
    float getMaskFillValue() {
      if (auto f = getMaskFill())
        return f->convertToFloat();
      return -std::numeric_limits<float>::infinity();
    }
    /// The type the logits are rounded to step by step (f16 or bf16), or
    /// null when they are computed in f32.
    ::mlir::FloatType getLogitRoundingType() {
      if (auto t = getLogitRoundingAttr())
        return ::llvm::dyn_cast<::mlir::FloatType>(t.getValue());
      return {};
    }
  }];

  let hasVerifier = 1;
}

#endif // ATTN_DIALECT_ATTN_IR_ATTNOPS_TD
