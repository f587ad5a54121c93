//===- ExtractCopy.h - a linalg.generic that copies through tensor.extract ===//
//
// With dynamic shapes torch-mlir lowers broadcasts (aten.expand, the batch
// broadcast of matmul operands, the GQA head repeat) to a generic with no
// inputs whose body reads its source through tensor.extract:
//
//   %r = linalg.generic {indexing_maps = [identity], all parallel}
//            outs(%init : tensor<?x4x16x16xf32>) {
//     %i = linalg.index 0 : index   ... %l = linalg.index 3 : index
//     %one = arith.cmpi eq, %srcBatch, %c1 : index
//     %i2 = arith.select %one, %c0, %i : index
//     %e = tensor.extract %src[%i2, %j, %k, %l] : tensor<?x4x16x16xf32>
//     linalg.yield %e : f32
//   }
//
// i.e. r[loops] = src[indices]. Such an op is a copy with a known dim map
// (the source is the result with dims dropped or permuted) when every index
// of the read is one of:
//
// - the index of a loop d, each loop read at most once, with the source
//   dim's extent proven equal to the extent of result dim d
//   (ExtentEquality.h): the index then covers the source dim exactly;
// - torch's broadcast guard `select(E == 1, 0, index d)` with E proven to be
//   the source dim's extent, which is also result dim d's: where E is 1 the
//   loop index is 0 anyway, so the guard reads the loop index;
// - the constant 0 on a static unit dim of the source.
//
// Every read is then in bounds and the result is the source broadcast along
// the loops no index reads. Anything else (a shifted, reversed or clamped
// index, a loop over a dim of another extent, index 0 of a dim larger than
// 1, a body that computes more than the read) is refused with the check that
// failed.
//
//===----------------------------------------------------------------------===//

#ifndef ATTN_LIB_TRANSFORMS_EXTRACTCOPY_H
#define ATTN_LIB_TRANSFORMS_EXTRACTCOPY_H

#include "View/Labels.h"

#include "mlir/IR/Operation.h"
#include "llvm/ADT/SmallVector.h"

#include <string>

namespace mlir {
namespace attn {
namespace fuse {

/// The tensor `op` reads when it has the form of an extract copy (a
/// linalg.generic with no inputs and one init whose body yields a
/// tensor.extract of a ranked tensor defined outside it); null otherwise.
/// Cheap and unproven: candidate detection follows it.
Value extractCopySource(Operation *op);

/// The tensors `op` reads: its operands, and the source of an extract copy.
llvm::SmallVector<Value> tensorsReadBy(Operation *op);

struct ExtractCopy {
  Value source;
  /// For each source dim: the loop (result dim) whose index reads it, or -1
  /// where the read is index 0 of a unit dim.
  llvm::SmallVector<int64_t> loopOfSourceDim;
};

/// Proves that `op` is an extract copy as described above. On failure
/// `reason` names the check that failed.
FailureOr<ExtractCopy> proveExtractCopy(Operation *op, std::string &reason);

/// The labels of the copy's source given the labels of its result.
Labels sourceLabels(const ExtractCopy &copy, const Labels &resultLabels);

} // namespace fuse
} // namespace attn
} // namespace mlir

#endif // ATTN_LIB_TRANSFORMS_EXTRACTCOPY_H
