// MLIR entry points: placeholder.
