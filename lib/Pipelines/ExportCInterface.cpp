//===- ExportCInterface.cpp - C entry points for AOT compilation ----------===//

#include "attn/Conversion/Passes.h"

#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/ADT/StringSet.h"

namespace mlir {
namespace attn {
#define GEN_PASS_DEF_ATTNEXPORTCINTERFACE
#include "attn/Conversion/Passes.h.inc"

namespace {
struct AttnExportCInterfacePass
    : impl::AttnExportCInterfaceBase<AttnExportCInterfacePass> {
  using Base::Base;
  void runOnOperation() override {
    ModuleOp module = getOperation();
    llvm::StringSet<> wanted;
    for (const std::string &f : functions)
      wanted.insert(f);
    for (const std::string &f : functions) {
      auto fn = module.lookupSymbol<func::FuncOp>(f);
      if (!fn || fn.isExternal()) {
        module.emitError() << "attn-export-c-interface: no function @" << f
                           << " with a body to export";
        return signalPassFailure();
      }
    }
    Builder b(&getContext());
    for (auto fn : module.getOps<func::FuncOp>()) {
      if (fn.isExternal())
        continue;
      bool exported = wanted.empty() ? fn.isPublic()
                                     : wanted.contains(fn.getSymName());
      if (exported) {
        fn.setPublic();
        fn->setAttr("llvm.emit_c_interface", b.getUnitAttr());
      } else {
        fn.setPrivate();
      }
    }
    // Erase the private functions nothing exported reaches.
    if (!wanted.empty()) {
      OpPassManager pm(ModuleOp::getOperationName());
      pm.addPass(createSymbolDCEPass());
      if (failed(runPipeline(pm, module)))
        return signalPassFailure();
    }
  }
};
} // namespace
} // namespace attn
} // namespace mlir
