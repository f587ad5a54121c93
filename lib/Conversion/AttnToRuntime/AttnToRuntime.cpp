//===- AttnToRuntime.cpp - attn.flash_attention -> libattnrt calls -------===//
//
// Lowers attn.flash_attention at the tensor level into
//
//   %q = bufferization.to_buffer %Q read_only  (through transposes: views)
//   ...
//   %o = memref.alloc(...)
//   %st = func.call @attnrt_mlir_flash_attention_<T>_<O>[_mask_<M>](
//           %q, %k, %v, [%mask,] %o, %scale, %causal, %fill, %empty,
//           %logitRounding)
//   cf.assert (%st == 0), "attnrt: flash_attention failed ..."
//   %r = bufferization.to_tensor %o restrict writable
//
// One-Shot Bufferize then folds the to_buffer ops into the buffers of the
// producers (reshapes become memref views) and inserts casts to the fully
// dynamic strided layout of the entry point's arguments.
//
//===----------------------------------------------------------------------===//

#include "attn/Conversion/AttnToRuntime.h"
#include "attn/Conversion/Passes.h"
#include "attn/Dialect/Attn/IR/AttnOps.h"

#include "attnrt/attnrt_types.h"

#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir {
namespace attn {
// The call passes these enums' values as raw integers.
static_assert(static_cast<int>(CausalMode::None) == ATTNRT_CAUSAL_NONE &&
              static_cast<int>(CausalMode::TopLeft) == ATTNRT_CAUSAL_TOP_LEFT &&
              static_cast<int>(CausalMode::BottomRight) ==
                  ATTNRT_CAUSAL_BOTTOM_RIGHT);
static_assert(static_cast<int>(EmptyRows::Zero) == ATTNRT_EMPTY_ROWS_ZERO &&
              static_cast<int>(EmptyRows::NaN) == ATTNRT_EMPTY_ROWS_NAN);
#define GEN_PASS_DEF_CONVERTATTNTORUNTIME
#include "attn/Conversion/Passes.h.inc"

namespace {

/// The message of the status check: the runtime has already printed why.
constexpr const char *kFailureMessage =
    "attnrt: flash_attention failed (the runtime's message is on stderr)";

/// The attnrt_logit_rounding value of the op's logit_rounding (null: f32).
int32_t logitRoundingValue(FloatType t) {
  if (!t)
    return ATTNRT_LOGIT_ROUNDING_NONE;
  return t.isF16() ? ATTNRT_LOGIT_ROUNDING_F16 : ATTNRT_LOGIT_ROUNDING_BF16;
}

std::string typeSuffix(Type t) {
  if (t.isF32())
    return "f32";
  if (t.isF16())
    return "f16";
  if (t.isBF16())
    return "bf16";
  if (t.isInteger(1))
    return "i1";
  return "";
}

/// memref<?x?x?x?xelt, strided<[?, ?, ?, ?], offset: ?>>: the type of every
/// memref argument of the runtime entry points.
MemRefType getDynamicStridedType(MLIRContext *ctx, ArrayRef<int64_t> shape,
                                 Type elt) {
  SmallVector<int64_t> strides(shape.size(), ShapedType::kDynamic);
  auto layout = StridedLayoutAttr::get(ctx, ShapedType::kDynamic, strides);
  return MemRefType::get(shape, elt, layout);
}

MemRefType getFullyDynamicArgType(MLIRContext *ctx, Type elt) {
  SmallVector<int64_t> shape(4, ShapedType::kDynamic);
  return getDynamicStridedType(ctx, shape, elt);
}

/// If `v` is produced by a pure permutation of another tensor, returns that
/// tensor and sets `perm` so that dim i of `v` is dim perm[i] of the source.
/// Recognizes linalg.transpose, tosa.transpose and a linalg.generic that only
/// copies its single input through permutation indexing maps.
Value getTransposeSource(Value v, SmallVectorImpl<int64_t> &perm) {
  perm.clear();
  if (auto tr = v.getDefiningOp<linalg::TransposeOp>()) {
    if (!tr.hasPureTensorSemantics())
      return {};
    llvm::append_range(perm, tr.getPermutation());
    return tr.getInput();
  }
  if (auto tr = v.getDefiningOp<tosa::TransposeOp>()) {
    for (int32_t p : tr.getPerms())
      perm.push_back(p);
    return tr.getInput1();
  }
  auto generic = v.getDefiningOp<linalg::GenericOp>();
  if (!generic || !generic.hasPureTensorSemantics() ||
      generic.getNumDpsInputs() != 1 || generic.getNumDpsInits() != 1 ||
      generic.getNumReductionLoops() != 0)
    return {};
  Block &body = generic.getRegion().front();
  auto yield = dyn_cast<linalg::YieldOp>(body.getTerminator());
  if (!yield || yield.getNumOperands() != 1 ||
      yield.getOperand(0) != body.getArgument(0) ||
      &body.front() != yield.getOperation())
    return {};
  AffineMap inMap = generic.getIndexingMapsArray()[0];
  AffineMap outMap = generic.getIndexingMapsArray()[1];
  if (!inMap.isPermutation() || !outMap.isPermutation())
    return {};
  // Output dim i <-> loop outMap(i) <-> input dim inMap^-1(outMap(i)).
  AffineMap inv = inversePermutation(inMap);
  for (unsigned i = 0; i < outMap.getNumResults(); ++i)
    perm.push_back(inv.getDimPosition(outMap.getDimPosition(i)));
  return generic.getDpsInputOperand(0)->get();
}

/// One step of a chain of view-like tensor ops: a transpose (`perm`: dim i of
/// the result is dim perm[i] of the source) or an expand_shape.
struct ViewStep {
  Operation *op;
  SmallVector<int64_t> perm; // empty for expand_shape
};

/// A read-only buffer for tensor `t`, looking through transposes.
///
/// Walks up the producers of `t` through transposes (linalg.transpose,
/// tosa.transpose, transposing linalg.generic) and tensor.expand_shape. If a
/// transpose is found, the buffer of the deepest transpose's source is
/// wrapped in the same chain of views (memref.transpose,
/// memref.expand_shape): no transposed copy is made. A collapse_shape ends
/// the walk (collapsing dims of a transposed view is not a view in general);
/// reshapes below the deepest transpose are left to bufferization, which
/// makes them views. The result has the fully dynamic type of the runtime's
/// arguments.
Value getReadOnlyView(PatternRewriter &rewriter, Location loc, Value t) {
  MLIRContext *ctx = rewriter.getContext();
  Type elt = cast<RankedTensorType>(t.getType()).getElementType();

  SmallVector<ViewStep> chain; // chain[0] produces `t`
  int64_t deepestTranspose = -1;
  Value v = t;
  while (true) {
    SmallVector<int64_t> perm;
    if (Value src = getTransposeSource(v, perm)) {
      chain.push_back({v.getDefiningOp(), perm});
      deepestTranspose = chain.size() - 1;
      v = src;
      continue;
    }
    if (auto expand = v.getDefiningOp<tensor::ExpandShapeOp>()) {
      chain.push_back({expand, {}});
      v = expand.getSrc();
      continue;
    }
    break;
  }
  chain.resize(deepestTranspose + 1);

  // The base: the source of the deepest transpose, or `t` itself.
  Value base = chain.empty() ? t : chain.back().op->getOperand(0);
  auto baseTy = cast<RankedTensorType>(base.getType());
  Value buf = bufferization::ToBufferOp::create(
      rewriter, loc, getDynamicStridedType(ctx, baseTy.getShape(), elt), base,
      /*read_only=*/true);
  for (const ViewStep &step : llvm::reverse(chain)) {
    if (!step.perm.empty()) {
      AffineMap map = AffineMap::getPermutationMap(step.perm, ctx);
      buf = memref::TransposeOp::create(rewriter, loc, buf,
                                        AffineMapAttr::get(map));
      continue;
    }
    auto expand = cast<tensor::ExpandShapeOp>(step.op);
    SmallVector<ReassociationIndices> reassociation =
        expand.getReassociationIndices();
    FailureOr<MemRefType> expandedTy = memref::ExpandShapeOp::computeExpandedType(
        cast<MemRefType>(buf.getType()), expand.getResultType().getShape(),
        reassociation);
    if (failed(expandedTy)) {
      // Not expressible as a view: let bufferization materialize `t`.
      Value copy = bufferization::ToBufferOp::create(
          rewriter, loc,
          getDynamicStridedType(
              ctx, cast<RankedTensorType>(t.getType()).getShape(), elt),
          t, /*read_only=*/true);
      return memref::CastOp::create(rewriter, loc,
                                    getFullyDynamicArgType(ctx, elt), copy);
    }
    buf = memref::ExpandShapeOp::create(rewriter, loc, *expandedTy, buf,
                                        reassociation,
                                        expand.getMixedOutputShape());
  }
  return memref::CastOp::create(rewriter, loc,
                                getFullyDynamicArgType(ctx, elt), buf);
}

func::FuncOp getOrDeclareEntryPoint(PatternRewriter &rewriter, ModuleOp module,
                                    StringRef name, FunctionType fnType,
                                    Location loc) {
  if (auto fn = module.lookupSymbol<func::FuncOp>(name))
    return fn.getFunctionType() == fnType ? fn : func::FuncOp();
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPointToStart(module.getBody());
  auto fn = func::FuncOp::create(rewriter, loc, name, fnType);
  fn.setPrivate();
  fn->setAttr("llvm.emit_c_interface", rewriter.getUnitAttr());
  return fn;
}

struct FlashAttentionToRuntimeCall
    : public OpRewritePattern<FlashAttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(FlashAttentionOp op,
                                PatternRewriter &rewriter) const override {
    MLIRContext *ctx = rewriter.getContext();
    Location loc = op.getLoc();
    auto module = op->getParentOfType<ModuleOp>();
    if (!module)
      return rewriter.notifyMatchFailure(op, "not inside a module");

    auto qTy = cast<RankedTensorType>(op.getQuery().getType());
    auto resultTy = cast<RankedTensorType>(op.getResult().getType());
    Type inElt = qTy.getElementType();
    Type outElt = resultTy.getElementType();
    Value mask = op.getMask();
    Type maskElt =
        mask ? cast<RankedTensorType>(mask.getType()).getElementType() : Type();

    std::string name = getAttnRuntimeSymbol(op);
    if (name.empty())
      return rewriter.notifyMatchFailure(op, "unsupported element type");

    SmallVector<Type> argTypes(3, getFullyDynamicArgType(ctx, inElt));
    if (mask)
      argTypes.push_back(getFullyDynamicArgType(ctx, maskElt));
    argTypes.push_back(getFullyDynamicArgType(ctx, outElt));
    argTypes.push_back(rewriter.getF32Type());
    argTypes.push_back(rewriter.getI32Type());
    argTypes.push_back(rewriter.getF32Type());
    argTypes.push_back(rewriter.getI32Type());
    argTypes.push_back(rewriter.getI32Type());
    auto fnType = rewriter.getFunctionType(argTypes, {rewriter.getI32Type()});
    func::FuncOp callee =
        getOrDeclareEntryPoint(rewriter, module, name, fnType, loc);
    if (!callee)
      return rewriter.notifyMatchFailure(
          op, "a symbol of the runtime's name with another type exists");

    SmallVector<Value> args;
    args.push_back(getReadOnlyView(rewriter, loc, op.getQuery()));
    args.push_back(getReadOnlyView(rewriter, loc, op.getKey()));
    args.push_back(getReadOnlyView(rewriter, loc, op.getValue()));
    if (mask)
      args.push_back(getReadOnlyView(rewriter, loc, mask));

    // The output. The runtime writes every element of O, so the
    // destination's contents are not needed: write into a fresh buffer. If
    // the result only feeds a transpose, allocate that transpose's result
    // and write through the inverse-transposed view of it.
    Value replaced = op.getResult();
    Operation *outTranspose = nullptr;
    SmallVector<int64_t> outPerm;
    if (op.getResult().hasOneUse()) {
      Operation *user = *op.getResult().getUsers().begin();
      if (user->getNumResults() == 1) {
        Value userResult = user->getResult(0);
        SmallVector<int64_t> perm;
        if (getTransposeSource(userResult, perm) == op.getResult() &&
            perm.size() == 4) {
          outTranspose = user;
          outPerm = perm;
          replaced = userResult;
        }
      }
    }
    auto allocTy = cast<RankedTensorType>(replaced.getType());
    // Sizes of the replaced value, from the attention's destination (which
    // dominates the op; the transpose's own destination may be defined
    // after it): dim i of the transposed result is attention dim outPerm[i].
    SmallVector<Value> dynSizes;
    for (int64_t i = 0; i < allocTy.getRank(); ++i) {
      if (!allocTy.isDynamicDim(i))
        continue;
      int64_t src = outTranspose ? outPerm[i] : i;
      dynSizes.push_back(tensor::DimOp::create(rewriter, loc, op.getInit(), src));
    }
    auto bufTy = MemRefType::get(allocTy.getShape(), outElt);
    Value alloc = memref::AllocOp::create(rewriter, loc, bufTy, dynSizes,
                                          rewriter.getI64IntegerAttr(64));
    Value outView = alloc;
    if (outTranspose) {
      // alloc dim i is attention dim outPerm[i]; attention dim j is alloc
      // dim inv[j].
      SmallVector<int64_t> inv(4);
      for (int64_t i = 0; i < 4; ++i)
        inv[outPerm[i]] = i;
      outView = memref::TransposeOp::create(
          rewriter, loc, alloc,
          AffineMapAttr::get(AffineMap::getPermutationMap(inv, ctx)));
    }
    args.push_back(memref::CastOp::create(
        rewriter, loc, getFullyDynamicArgType(ctx, outElt), outView));

    Value scale = op.getScaleValue();
    if (!scale) {
      float s = op.getScale() ? op.getScale()->convertToFloat() : 1.0f;
      scale = arith::ConstantOp::create(rewriter, loc,
                                        rewriter.getF32FloatAttr(s));
    }
    args.push_back(scale);
    args.push_back(arith::ConstantOp::create(
        rewriter, loc,
        rewriter.getI32IntegerAttr(static_cast<int32_t>(op.getCausal()))));
    args.push_back(arith::ConstantOp::create(
        rewriter, loc, rewriter.getF32FloatAttr(op.getMaskFillValue())));
    args.push_back(arith::ConstantOp::create(
        rewriter, loc,
        rewriter.getI32IntegerAttr(static_cast<int32_t>(op.getEmptyRows()))));
    args.push_back(
        arith::ConstantOp::create(rewriter, loc,
                                  rewriter.getI32IntegerAttr(logitRoundingValue(
                                      op.getLogitRoundingType()))));

    auto call = func::CallOp::create(rewriter, loc, callee, args);
    Value zero = arith::ConstantOp::create(rewriter, loc,
                                           rewriter.getI32IntegerAttr(0));
    Value ok = arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::eq,
                                     call.getResult(0), zero);
    cf::AssertOp::create(rewriter, loc, ok, kFailureMessage);

    Value result = bufferization::ToTensorOp::create(
        rewriter, loc, allocTy, alloc, /*restrict=*/true, /*writable=*/true);
    if (outTranspose) {
      rewriter.replaceOp(outTranspose, result);
      rewriter.eraseOp(op);
    } else {
      rewriter.replaceOp(op, result);
    }
    return success();
  }
};

struct ConvertAttnToRuntimePass
    : impl::ConvertAttnToRuntimeBase<ConvertAttnToRuntimePass> {
  using Base::Base;
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateAttnToRuntimeConversionPatterns(patterns);
    GreedyRewriteConfig config;
    config.setRegionSimplificationLevel(GreedySimplifyRegionLevel::Disabled);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns),
                                     config)))
      return signalPassFailure();
    WalkResult left = getOperation()->walk([](FlashAttentionOp op) {
      op.emitOpError("could not be lowered to a runtime call");
      return WalkResult::interrupt();
    });
    if (left.wasInterrupted())
      signalPassFailure();
  }
};

} // namespace

std::string getAttnRuntimeSymbol(FlashAttentionOp op) {
  std::string in = typeSuffix(
      cast<RankedTensorType>(op.getQuery().getType()).getElementType());
  std::string out = typeSuffix(
      cast<RankedTensorType>(op.getResult().getType()).getElementType());
  if (in.empty() || in == "i1" || out.empty() || out == "i1")
    return "";
  std::string name = "attnrt_mlir_flash_attention_" + in + "_" + out;
  if (Value mask = op.getMask()) {
    std::string m = typeSuffix(
        cast<RankedTensorType>(mask.getType()).getElementType());
    if (m.empty())
      return "";
    name += "_mask_" + m;
  }
  return name;
}

void populateAttnToRuntimeConversionPatterns(RewritePatternSet &patterns) {
  patterns.add<FlashAttentionToRuntimeCall>(patterns.getContext());
}

} // namespace attn
} // namespace mlir
