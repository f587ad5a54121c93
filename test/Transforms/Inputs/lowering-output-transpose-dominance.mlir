// Reproducer (fixed; covered by test/Conversion/Pipelines/lower-to-llvm.mlir)
// for the lowering (not attn-fuse): attn-fuse output of attn_gen seed
// 70166 (--include-unsupported, generator state of 2026-11-25). It verifies;
// `attn-opt --attn-lower-to-llvm` on it fails with "operand #0 does not
// dominate this use": a tensor.dim of the output transpose's init is created
// before that init (the flash op result is transposed back to BSHD).
// attn-fuse now hoists such inits above the op (so its own output lowers);
// this file keeps the original order to reproduce the lowering's issue.
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
module {
  func.func @attn(%arg0: tensor<?x?x2x8xf16>, %arg1: tensor<?x?x2x8xf16>, %arg2: tensor<?x?x2x16xf16>, %arg3: tensor<?x1x1x?xi1>) -> tensor<?x?x2x16xf16> {
    %c0 = arith.constant 0 : index
    %dim = tensor.dim %arg0, %c0 : tensor<?x?x2x8xf16>
    %c1 = arith.constant 1 : index
    %dim_0 = tensor.dim %arg0, %c1 : tensor<?x?x2x8xf16>
    %c2 = arith.constant 2 : index
    %0 = arith.muli %dim, %c2 : index
    %c0_1 = arith.constant 0 : index
    %dim_2 = tensor.dim %arg0, %c0_1 : tensor<?x?x2x8xf16>
    %c1_3 = arith.constant 1 : index
    %dim_4 = tensor.dim %arg0, %c1_3 : tensor<?x?x2x8xf16>
    %1 = tensor.empty(%dim_2, %dim_4) : tensor<?x2x?x8xf16>
    %transposed = linalg.transpose ins(%arg0 : tensor<?x?x2x8xf16>) outs(%1 : tensor<?x2x?x8xf16>) permutation = [0, 2, 1, 3] 
    %c0_5 = arith.constant 0 : index
    %dim_6 = tensor.dim %arg1, %c0_5 : tensor<?x?x2x8xf16>
    %c1_7 = arith.constant 1 : index
    %dim_8 = tensor.dim %arg1, %c1_7 : tensor<?x?x2x8xf16>
    %2 = tensor.empty(%dim_6, %dim_8) : tensor<?x2x?x8xf16>
    %transposed_9 = linalg.transpose ins(%arg1 : tensor<?x?x2x8xf16>) outs(%2 : tensor<?x2x?x8xf16>) permutation = [0, 2, 1, 3] 
    %c0_10 = arith.constant 0 : index
    %dim_11 = tensor.dim %arg2, %c0_10 : tensor<?x?x2x16xf16>
    %c1_12 = arith.constant 1 : index
    %dim_13 = tensor.dim %arg2, %c1_12 : tensor<?x?x2x16xf16>
    %3 = tensor.empty(%dim_11, %dim_13) : tensor<?x2x?x16xf16>
    %transposed_14 = linalg.transpose ins(%arg2 : tensor<?x?x2x16xf16>) outs(%3 : tensor<?x2x?x16xf16>) permutation = [0, 2, 1, 3] 
    %c0_15 = arith.constant 0 : index
    %dim_16 = tensor.dim %1, %c0_15 : tensor<?x2x?x8xf16>
    %c2_17 = arith.constant 2 : index
    %dim_18 = tensor.dim %1, %c2_17 : tensor<?x2x?x8xf16>
    %4 = tensor.empty(%dim_16, %dim_18) : tensor<?x2x?x16xf16>
    %5 = attn.flash_attention ins(%transposed, %transposed_9, %transposed_14 : tensor<?x2x?x8xf16>, tensor<?x2x?x8xf16>, tensor<?x2x?x16xf16>) mask(%arg3 : tensor<?x1x1x?xi1>) outs(%4 : tensor<?x2x?x16xf16>) {causal = #attn.causal<top_left>, scale = 0.353553355 : f32} -> tensor<?x2x?x16xf16>
    %6 = tensor.empty(%dim, %dim_0) : tensor<?x?x2x16xf16>
    %transposed_19 = linalg.transpose ins(%5 : tensor<?x2x?x16xf16>) outs(%6 : tensor<?x?x2x16xf16>) permutation = [0, 2, 1, 3] 
    return %transposed_19 : tensor<?x?x2x16xf16>
  }
  func.func @main() {
    %0 = tensor.empty() : tensor<1x1x2x8xf16>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%0 : tensor<1x1x2x8xf16>) {
    ^bb0(%out: f16):
      %12 = linalg.index 0 : index
      %13 = linalg.index 1 : index
      %14 = linalg.index 2 : index
      %15 = linalg.index 3 : index
      %c1 = arith.constant 1 : index
      %16 = arith.muli %12, %c1 : index
      %17 = arith.addi %16, %13 : index
      %c2 = arith.constant 2 : index
      %18 = arith.muli %17, %c2 : index
      %19 = arith.addi %18, %14 : index
      %c8 = arith.constant 8 : index
      %20 = arith.muli %19, %c8 : index
      %21 = arith.addi %20, %15 : index
      %22 = arith.index_cast %21 : index to i32
      %c7919_i32 = arith.constant 7919 : i32
      %23 = arith.addi %22, %c7919_i32 : i32
      %c-1640531535_i32 = arith.constant -1640531535 : i32
      %24 = arith.muli %23, %c-1640531535_i32 : i32
      %c15_i32 = arith.constant 15 : i32
      %25 = arith.shrui %24, %c15_i32 : i32
      %26 = arith.xori %24, %25 : i32
      %c-2048144777_i32 = arith.constant -2048144777 : i32
      %27 = arith.muli %26, %c-2048144777_i32 : i32
      %c13_i32 = arith.constant 13 : i32
      %28 = arith.shrui %27, %c13_i32 : i32
      %29 = arith.xori %27, %28 : i32
      %c-1028477379_i32 = arith.constant -1028477379 : i32
      %30 = arith.muli %29, %c-1028477379_i32 : i32
      %c16_i32 = arith.constant 16 : i32
      %31 = arith.shrui %30, %c16_i32 : i32
      %32 = arith.xori %30, %31 : i32
      %c65535_i32 = arith.constant 65535 : i32
      %33 = arith.andi %32, %c65535_i32 : i32
      %34 = arith.uitofp %33 : i32 to f32
      %cst = arith.constant 5.000000e-01 : f32
      %cst_5 = arith.constant 3.05175781E-5 : f32
      %cst_6 = arith.constant 1.000000e+00 : f32
      %35 = arith.addf %34, %cst : f32
      %36 = arith.mulf %35, %cst_5 : f32
      %37 = arith.subf %36, %cst_6 : f32
      %38 = arith.truncf %37 : f32 to f16
      linalg.yield %38 : f16
    } -> tensor<1x1x2x8xf16>
    %cast = tensor.cast %1 : tensor<1x1x2x8xf16> to tensor<?x?x2x8xf16>
    %2 = tensor.empty() : tensor<1x1x2x8xf16>
    %3 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%2 : tensor<1x1x2x8xf16>) {
    ^bb0(%out: f16):
      %12 = linalg.index 0 : index
      %13 = linalg.index 1 : index
      %14 = linalg.index 2 : index
      %15 = linalg.index 3 : index
      %c1 = arith.constant 1 : index
      %16 = arith.muli %12, %c1 : index
      %17 = arith.addi %16, %13 : index
      %c2 = arith.constant 2 : index
      %18 = arith.muli %17, %c2 : index
      %19 = arith.addi %18, %14 : index
      %c8 = arith.constant 8 : index
      %20 = arith.muli %19, %c8 : index
      %21 = arith.addi %20, %15 : index
      %22 = arith.index_cast %21 : index to i32
      %c15838_i32 = arith.constant 15838 : i32
      %23 = arith.addi %22, %c15838_i32 : i32
      %c-1640531535_i32 = arith.constant -1640531535 : i32
      %24 = arith.muli %23, %c-1640531535_i32 : i32
      %c15_i32 = arith.constant 15 : i32
      %25 = arith.shrui %24, %c15_i32 : i32
      %26 = arith.xori %24, %25 : i32
      %c-2048144777_i32 = arith.constant -2048144777 : i32
      %27 = arith.muli %26, %c-2048144777_i32 : i32
      %c13_i32 = arith.constant 13 : i32
      %28 = arith.shrui %27, %c13_i32 : i32
      %29 = arith.xori %27, %28 : i32
      %c-1028477379_i32 = arith.constant -1028477379 : i32
      %30 = arith.muli %29, %c-1028477379_i32 : i32
      %c16_i32 = arith.constant 16 : i32
      %31 = arith.shrui %30, %c16_i32 : i32
      %32 = arith.xori %30, %31 : i32
      %c65535_i32 = arith.constant 65535 : i32
      %33 = arith.andi %32, %c65535_i32 : i32
      %34 = arith.uitofp %33 : i32 to f32
      %cst = arith.constant 5.000000e-01 : f32
      %cst_5 = arith.constant 3.05175781E-5 : f32
      %cst_6 = arith.constant 1.000000e+00 : f32
      %35 = arith.addf %34, %cst : f32
      %36 = arith.mulf %35, %cst_5 : f32
      %37 = arith.subf %36, %cst_6 : f32
      %38 = arith.truncf %37 : f32 to f16
      linalg.yield %38 : f16
    } -> tensor<1x1x2x8xf16>
    %cast_0 = tensor.cast %3 : tensor<1x1x2x8xf16> to tensor<?x?x2x8xf16>
    %4 = tensor.empty() : tensor<1x1x2x16xf16>
    %5 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%4 : tensor<1x1x2x16xf16>) {
    ^bb0(%out: f16):
      %12 = linalg.index 0 : index
      %13 = linalg.index 1 : index
      %14 = linalg.index 2 : index
      %15 = linalg.index 3 : index
      %c1 = arith.constant 1 : index
      %16 = arith.muli %12, %c1 : index
      %17 = arith.addi %16, %13 : index
      %c2 = arith.constant 2 : index
      %18 = arith.muli %17, %c2 : index
      %19 = arith.addi %18, %14 : index
      %c16 = arith.constant 16 : index
      %20 = arith.muli %19, %c16 : index
      %21 = arith.addi %20, %15 : index
      %22 = arith.index_cast %21 : index to i32
      %c23757_i32 = arith.constant 23757 : i32
      %23 = arith.addi %22, %c23757_i32 : i32
      %c-1640531535_i32 = arith.constant -1640531535 : i32
      %24 = arith.muli %23, %c-1640531535_i32 : i32
      %c15_i32 = arith.constant 15 : i32
      %25 = arith.shrui %24, %c15_i32 : i32
      %26 = arith.xori %24, %25 : i32
      %c-2048144777_i32 = arith.constant -2048144777 : i32
      %27 = arith.muli %26, %c-2048144777_i32 : i32
      %c13_i32 = arith.constant 13 : i32
      %28 = arith.shrui %27, %c13_i32 : i32
      %29 = arith.xori %27, %28 : i32
      %c-1028477379_i32 = arith.constant -1028477379 : i32
      %30 = arith.muli %29, %c-1028477379_i32 : i32
      %c16_i32 = arith.constant 16 : i32
      %31 = arith.shrui %30, %c16_i32 : i32
      %32 = arith.xori %30, %31 : i32
      %c65535_i32 = arith.constant 65535 : i32
      %33 = arith.andi %32, %c65535_i32 : i32
      %34 = arith.uitofp %33 : i32 to f32
      %cst = arith.constant 5.000000e-01 : f32
      %cst_5 = arith.constant 3.05175781E-5 : f32
      %cst_6 = arith.constant 1.000000e+00 : f32
      %35 = arith.addf %34, %cst : f32
      %36 = arith.mulf %35, %cst_5 : f32
      %37 = arith.subf %36, %cst_6 : f32
      %38 = arith.truncf %37 : f32 to f16
      linalg.yield %38 : f16
    } -> tensor<1x1x2x16xf16>
    %cast_1 = tensor.cast %5 : tensor<1x1x2x16xf16> to tensor<?x?x2x16xf16>
    %6 = tensor.empty() : tensor<1x1x1x1xi1>
    %7 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%6 : tensor<1x1x1x1xi1>) {
    ^bb0(%out: i1):
      %12 = linalg.index 0 : index
      %13 = linalg.index 1 : index
      %14 = linalg.index 2 : index
      %15 = linalg.index 3 : index
      %c1 = arith.constant 1 : index
      %16 = arith.muli %12, %c1 : index
      %17 = arith.addi %16, %13 : index
      %c1_5 = arith.constant 1 : index
      %18 = arith.muli %17, %c1_5 : index
      %19 = arith.addi %18, %14 : index
      %c1_6 = arith.constant 1 : index
      %20 = arith.muli %19, %c1_6 : index
      %21 = arith.addi %20, %15 : index
      %22 = arith.index_cast %21 : index to i32
      %c31676_i32 = arith.constant 31676 : i32
      %23 = arith.addi %22, %c31676_i32 : i32
      %c-1640531535_i32 = arith.constant -1640531535 : i32
      %24 = arith.muli %23, %c-1640531535_i32 : i32
      %c15_i32 = arith.constant 15 : i32
      %25 = arith.shrui %24, %c15_i32 : i32
      %26 = arith.xori %24, %25 : i32
      %c-2048144777_i32 = arith.constant -2048144777 : i32
      %27 = arith.muli %26, %c-2048144777_i32 : i32
      %c13_i32 = arith.constant 13 : i32
      %28 = arith.shrui %27, %c13_i32 : i32
      %29 = arith.xori %27, %28 : i32
      %c-1028477379_i32 = arith.constant -1028477379 : i32
      %30 = arith.muli %29, %c-1028477379_i32 : i32
      %c16_i32 = arith.constant 16 : i32
      %31 = arith.shrui %30, %c16_i32 : i32
      %32 = arith.xori %30, %31 : i32
      %c3_i32 = arith.constant 3 : i32
      %33 = arith.andi %32, %c3_i32 : i32
      %c0_i32 = arith.constant 0 : i32
      %34 = arith.cmpi ne, %33, %c0_i32 : i32
      %c0 = arith.constant 0 : index
      %35 = arith.cmpi eq, %15, %c0 : index
      %36 = arith.ori %34, %35 : i1
      linalg.yield %36 : i1
    } -> tensor<1x1x1x1xi1>
    %cast_2 = tensor.cast %7 : tensor<1x1x1x1xi1> to tensor<?x1x1x?xi1>
    %8 = call @attn(%cast, %cast_0, %cast_1, %cast_2) : (tensor<?x?x2x8xf16>, tensor<?x?x2x8xf16>, tensor<?x?x2x16xf16>, tensor<?x1x1x?xi1>) -> tensor<?x?x2x16xf16>
    %cast_3 = tensor.cast %8 : tensor<?x?x2x16xf16> to tensor<1x1x2x16xf16>
    %9 = tensor.empty() : tensor<1x1x2x16xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cast_3 : tensor<1x1x2x16xf16>) outs(%9 : tensor<1x1x2x16xf32>) {
    ^bb0(%in: f16, %out: f32):
      %12 = arith.extf %in : f16 to f32
      linalg.yield %12 : f32
    } -> tensor<1x1x2x16xf32>
    %11 = bufferization.to_buffer %10 : tensor<1x1x2x16xf32> to memref<1x1x2x16xf32>
    %cast_4 = memref.cast %11 : memref<1x1x2x16xf32> to memref<*xf32>
    call @printMemrefF32(%cast_4) : (memref<*xf32>) -> ()
    return
  }
  func.func private @printMemrefF32(memref<*xf32>)
}

