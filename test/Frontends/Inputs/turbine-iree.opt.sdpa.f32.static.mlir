// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "opt", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map12 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map13 = affine_map<(d0, d1, d2) -> (d2)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map17 = affine_map<(d0, d1) -> (d0, 0)>
#map18 = affine_map<(d0, d1) -> (d0)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c128 = arith.constant 128 : index
    %c66 = arith.constant 66 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %false = arith.constant false
    %cst_1 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 0xFF800000 : f32
    %cst_6 = arith.constant 9.99999974E-6 : f32
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<16xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %117 = linalg.index 0 : index
      %118 = arith.index_cast %117 : index to i64
      linalg.yield %118 : i64
    } -> tensor<16xi64>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %4 = tensor.empty() : tensor<2x16x64xf32>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %117 = arith.index_cast %in : i64 to index
      %118 = linalg.index 2 : index
      %119 = arith.cmpi slt, %117, %c128 : index
      cf.assert %119, "index must be smaller than dim size"
      %120 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %120, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%117, %118] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %6 = tensor.empty() : tensor<2x16xi1>
    %7 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%6 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %117 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %117 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<2xi64>
    %9 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%8 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %117 = linalg.index 0 : index
      %118 = arith.index_cast %117 : index to i64
      linalg.yield %118 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %9 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_9 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_10 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %10 = tensor.empty() : tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map5, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10, %expanded_9 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_40: i64, %out: i1):
      %117 = arith.cmpi sle, %in, %in_40 : i64
      linalg.yield %117 : i1
    } -> tensor<1x1x16x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %11 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_40: i1, %out: i1):
      %117 = arith.andi %in, %in_40 : i1
      linalg.yield %117 : i1
    } -> tensor<1x1x16x16xi1>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_10 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_40: i64, %out: i1):
      %117 = arith.cmpi slt, %in, %c0_i64 : i64
      %118 = arith.addi %in, %c2_i64 : i64
      %119 = arith.select %117, %118, %in : i64
      %120 = arith.index_cast %119 : i64 to index
      %121 = arith.cmpi slt, %in_40, %c0_i64 : i64
      %122 = arith.addi %in_40, %c16_i64 : i64
      %123 = arith.select %121, %122, %in_40 : i64
      %124 = arith.index_cast %123 : i64 to index
      %extracted = tensor.extract %7[%120, %124] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xi1>
    %16 = linalg.generic {indexing_maps = [#map11, #map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %14 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%15 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_40: i1, %out: i1):
      %117 = arith.andi %in, %in_40 : i1
      linalg.yield %117 : i1
    } -> tensor<2x1x16x16xi1>
    %17 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %117 = arith.addi %in, %c2_i64 : i64
      linalg.yield %117 : i64
    } -> tensor<2x16xi64>
    %18 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16xi64>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %117 = arith.index_cast %in : i64 to index
      %118 = linalg.index 2 : index
      %119 = arith.cmpi slt, %117, %c66 : index
      cf.assert %119, "index must be smaller than dim size"
      %120 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %120, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%117, %118] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %18 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.fill ins(%cst : f32) outs(%20 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_7 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %24 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.subf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.mulf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%26 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_7 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %cst_6 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_11 = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_11 : tensor<2x16xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.mulf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.mulf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_12 = tensor.collapse_shape %34 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %35 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %36 = tensor.empty() : tensor<32x64xf32>
    %37 = linalg.fill ins(%cst : f32) outs(%36 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %38 = linalg.matmul ins(%collapsed_12, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg9, %38 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %expanded_13 = tensor.expand_shape %39 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.mulf %in, %cst_8 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %expanded_14 = tensor.expand_shape %40 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %41 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%41 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_16 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %42 = linalg.matmul ins(%collapsed_12, %transposed_16 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg5, %42 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %transposed_17 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %44 = linalg.matmul ins(%collapsed_12, %transposed_17 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg7, %44 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %43 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_19 = tensor.expand_shape %45 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%41 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %46 = tensor.empty() : tensor<2x1x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %cst_2, %cst_3 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%46 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_40: f32, %in_41: f32, %out: f32):
      %117 = arith.select %in, %in_40, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x1x16x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%41 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_22 = tensor.collapse_shape %transposed_15 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %48 = tensor.empty() : tensor<8x16x16xf32>
    %49 = linalg.fill ins(%cst : f32) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %50 = linalg.batch_matmul ins(%collapsed_22, %collapsed_23 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%49 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_24 = tensor.expand_shape %50 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24, %47 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%41 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = tensor.empty() : tensor<2x4x16xi64>
    %53 = linalg.fill ins(%c0_i64 : i64) outs(%52 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %54 = tensor.empty() : tensor<2x4x16xf32>
    %55 = linalg.fill ins(%cst_0 : f32) outs(%54 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %56:2 = linalg.generic {indexing_maps = [#map7, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%51 : tensor<2x4x16x16xf32>) outs(%55, %53 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_40: i64):
      %117 = linalg.index 3 : index
      %118 = arith.index_cast %117 : index to i64
      %119 = arith.maximumf %in, %out : f32
      %120 = arith.cmpf ogt, %in, %out : f32
      %121 = arith.select %120, %118, %out_40 : i64
      linalg.yield %119, %121 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_25 = tensor.expand_shape %56#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %57 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %expanded_25 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%41 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.subf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%41 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.exp %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = tensor.empty() : tensor<2x4x16x1xf32>
    %60 = linalg.fill ins(%cst : f32) outs(%59 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %61 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%58 : tensor<2x4x16x16xf32>) outs(%60 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %61 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%41 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.divf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = tensor.empty() : tensor<2x4x16x16xi1>
    %64 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51 : tensor<2x4x16x16xf32>) outs(%63 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %117 = arith.cmpf oeq, %in, %cst_5 : f32
      linalg.yield %117 : i1
    } -> tensor<2x4x16x16xi1>
    %65 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64 : tensor<2x4x16x16xi1>) outs(%63 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %117 = arith.cmpi eq, %in, %false : i1
      linalg.yield %117 : i1
    } -> tensor<2x4x16x16xi1>
    %66 = tensor.empty() : tensor<2x4x16x1xi1>
    %67 = linalg.fill ins(%false : i1) outs(%66 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %68 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%65 : tensor<2x4x16x16xi1>) outs(%67 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %117 = arith.ori %in, %out : i1
      linalg.yield %117 : i1
    } -> tensor<2x4x16x1xi1>
    %69 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x16x1xi1>) outs(%66 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %117 = arith.cmpi eq, %in, %false : i1
      linalg.yield %117 : i1
    } -> tensor<2x4x16x1xi1>
    %70 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %cst_1, %62 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%41 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_40: f32, %in_41: f32, %out: f32):
      %117 = arith.select %in, %in_40, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %70 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %transposed_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %71 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%49 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %71 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_30 = tensor.collapse_shape %transposed_29 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_31 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %73 = tensor.empty() : tensor<2x64x64xf32>
    %74 = linalg.generic {indexing_maps = [#map16, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<64x64xf32>) outs(%73 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %75 = linalg.fill ins(%cst : f32) outs(%4 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %76 = linalg.batch_matmul ins(%collapsed_30, %74 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%75 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %77 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_32 = tensor.collapse_shape %78 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %79 = tensor.empty() : tensor<32x1xf32>
    %80 = linalg.fill ins(%cst : f32) outs(%79 : tensor<32x1xf32>) -> tensor<32x1xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map17], iterator_types = ["parallel", "reduction"]} ins(%collapsed_32 : tensor<32x64xf32>) outs(%80 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<32x1xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%81 : tensor<32x1xf32>) outs(%79 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_7 : f32
      linalg.yield %117 : f32
    } -> tensor<32x1xf32>
    %collapsed_33 = tensor.collapse_shape %82 [[0, 1]] : tensor<32x1xf32> into tensor<32xf32>
    %83 = linalg.generic {indexing_maps = [#map18, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_33 : tensor<32xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<32x64xf32>
    %84 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_32, %83 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.subf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%84, %84 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.mulf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %86 = linalg.generic {indexing_maps = [#map2, #map17], iterator_types = ["parallel", "reduction"]} ins(%85 : tensor<32x64xf32>) outs(%80 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<32x1xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%86 : tensor<32x1xf32>) outs(%79 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_7 : f32
      linalg.yield %117 : f32
    } -> tensor<32x1xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%87 : tensor<32x1xf32>) outs(%79 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %cst_6 : f32
      linalg.yield %117 : f32
    } -> tensor<32x1xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%88 : tensor<32x1xf32>) outs(%79 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<32x1xf32>
    %collapsed_34 = tensor.collapse_shape %89 [[0, 1]] : tensor<32x1xf32> into tensor<32xf32>
    %90 = linalg.generic {indexing_maps = [#map18, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_34 : tensor<32xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<32x64xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%84, %90 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.mulf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%91, %arg18 : tensor<32x64xf32>, tensor<64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.mulf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%92, %arg19 : tensor<32x64xf32>, tensor<64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %94 = tensor.empty() : tensor<64x128xf32>
    %transposed_35 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%94 : tensor<64x128xf32>) permutation = [1, 0] 
    %95 = tensor.empty() : tensor<32x128xf32>
    %96 = linalg.fill ins(%cst : f32) outs(%95 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %97 = linalg.matmul ins(%93, %transposed_35 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%96 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg15, %97 : tensor<128xf32>, tensor<32x128xf32>) outs(%95 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<32x128xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%98 : tensor<32x128xf32>) outs(%95 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.cmpf ugt, %in, %cst : f32
      %118 = arith.select %117, %in, %cst : f32
      linalg.yield %118 : f32
    } -> tensor<32x128xf32>
    %100 = tensor.empty() : tensor<128x64xf32>
    %transposed_36 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%100 : tensor<128x64xf32>) permutation = [1, 0] 
    %101 = linalg.matmul ins(%99, %transposed_36 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg17, %101 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_32, %102 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %expanded_37 = tensor.expand_shape %103 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_37 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_7 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_38 = tensor.collapse_shape %105 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %106 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_38 : tensor<2x16xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37, %106 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.subf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %107 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.mulf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_7 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %cst_6 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_39 = tensor.collapse_shape %112 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %113 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_39 : tensor<2x16xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %113 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.mulf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.mulf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %117 = arith.addf %in, %in_40 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    return %116 : tensor<2x16x64xf32>
  }
}

