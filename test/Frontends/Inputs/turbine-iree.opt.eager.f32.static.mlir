// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "opt", "path": "turbine-iree", "shapes": "static"}
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
#map16 = affine_map<(d0, d1) -> (d0, 0)>
#map17 = affine_map<(d0, d1) -> (d0)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c128 = arith.constant 128 : index
    %c66 = arith.constant 66 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<true> : tensor<i1>
    %cst_4 = arith.constant 9.99999974E-6 : f32
    %cst_5 = arith.constant 6.400000e+01 : f32
    %cst_6 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<16xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %106 = linalg.index 0 : index
      %107 = arith.index_cast %106 : index to i64
      linalg.yield %107 : i64
    } -> tensor<16xi64>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %4 = tensor.empty() : tensor<2x16x64xf32>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %106 = arith.index_cast %in : i64 to index
      %107 = linalg.index 2 : index
      %108 = arith.cmpi slt, %106, %c128 : index
      cf.assert %108, "index must be smaller than dim size"
      %109 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %109, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%106, %107] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %6 = tensor.empty() : tensor<2x16xi1>
    %7 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%6 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %106 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %106 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<2xi64>
    %9 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%8 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %106 = linalg.index 0 : index
      %107 = arith.index_cast %106 : index to i64
      linalg.yield %107 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %9 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_7 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_8 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %10 = tensor.empty() : tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map5, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_8, %expanded_7 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_39: i64, %out: i1):
      %106 = arith.cmpi sle, %in, %in_39 : i64
      linalg.yield %106 : i1
    } -> tensor<1x1x16x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_3, %11 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_39: i1, %out: i1):
      %106 = arith.andi %in, %in_39 : i1
      linalg.yield %106 : i1
    } -> tensor<1x1x16x16xi1>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_8 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_39: i64, %out: i1):
      %106 = arith.cmpi slt, %in, %c0_i64 : i64
      %107 = arith.addi %in, %c2_i64 : i64
      %108 = arith.select %106, %107, %in : i64
      %109 = arith.index_cast %108 : i64 to index
      %110 = arith.cmpi slt, %in_39, %c0_i64 : i64
      %111 = arith.addi %in_39, %c16_i64 : i64
      %112 = arith.select %110, %111, %in_39 : i64
      %113 = arith.index_cast %112 : i64 to index
      %extracted = tensor.extract %7[%109, %113] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xi1>
    %16 = linalg.generic {indexing_maps = [#map11, #map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %14 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%15 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_39: i1, %out: i1):
      %106 = arith.andi %in, %in_39 : i1
      linalg.yield %106 : i1
    } -> tensor<2x1x16x16xi1>
    %17 = tensor.empty() : tensor<2x1x16x16xf32>
    %18 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %cst_2, %cst_1 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%17 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_39: f32, %in_40: f32, %out: f32):
      %106 = arith.select %in, %in_39, %in_40 : f32
      linalg.yield %106 : f32
    } -> tensor<2x1x16x16xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %106 = arith.addi %in, %c2_i64 : i64
      linalg.yield %106 : i64
    } -> tensor<2x16xi64>
    %20 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16xi64>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %106 = arith.index_cast %in : i64 to index
      %107 = linalg.index 2 : index
      %108 = arith.cmpi slt, %106, %c66 : index
      cf.assert %108, "index must be smaller than dim size"
      %109 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %109, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%106, %107] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %21 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %20 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %22 = tensor.empty() : tensor<2x16x1xf32>
    %23 = linalg.fill ins(%cst : f32) outs(%22 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%21 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.divf %in, %cst_5 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %25 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %26 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.subf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.mulf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%28 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.divf %in, %cst_5 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %cst_4 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.rsqrt %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_9 = tensor.collapse_shape %32 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_9 : tensor<2x16xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.mulf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.mulf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_10 = tensor.collapse_shape %36 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %37 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %38 = tensor.empty() : tensor<32x64xf32>
    %39 = linalg.fill ins(%cst : f32) outs(%38 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %40 = linalg.matmul ins(%collapsed_10, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg9, %40 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %expanded_11 = tensor.expand_shape %41 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.mulf %in, %cst_6 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %expanded_12 = tensor.expand_shape %42 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %43 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_13 = linalg.transpose ins(%expanded_12 : tensor<2x16x4x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_14 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %44 = linalg.matmul ins(%collapsed_10, %transposed_14 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg5, %44 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %transposed_15 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %46 = linalg.matmul ins(%collapsed_10, %transposed_15 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg7, %46 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %expanded_16 = tensor.expand_shape %45 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_17 = tensor.expand_shape %47 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_20 = tensor.collapse_shape %transposed_13 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_21 = tensor.collapse_shape %transposed_19 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %48 = tensor.empty() : tensor<8x16x16xf32>
    %49 = linalg.fill ins(%cst : f32) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %50 = linalg.batch_matmul ins(%collapsed_20, %collapsed_21 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%49 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_22 = tensor.expand_shape %50 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_22, %18 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = tensor.empty() : tensor<2x4x16xi64>
    %53 = linalg.fill ins(%c0_i64 : i64) outs(%52 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %54 = tensor.empty() : tensor<2x4x16xf32>
    %55 = linalg.fill ins(%cst_0 : f32) outs(%54 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %56:2 = linalg.generic {indexing_maps = [#map7, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%51 : tensor<2x4x16x16xf32>) outs(%55, %53 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_39: i64):
      %106 = linalg.index 3 : index
      %107 = arith.index_cast %106 : index to i64
      %108 = arith.maximumf %in, %out : f32
      %109 = arith.cmpf ogt, %in, %out : f32
      %110 = arith.select %109, %107, %out_39 : i64
      linalg.yield %108, %110 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_23 = tensor.expand_shape %56#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %57 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %expanded_23 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.subf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.exp %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = tensor.empty() : tensor<2x4x16x1xf32>
    %60 = linalg.fill ins(%cst : f32) outs(%59 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %61 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%58 : tensor<2x4x16x16xf32>) outs(%60 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %61 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.divf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %62 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %63 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%49 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %63 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%expanded_26 : tensor<2x4x16x16xf32>) outs(%64 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_28 = tensor.collapse_shape %transposed_27 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_29 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %65 = linalg.matmul ins(%collapsed_28, %transposed_29 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg11, %65 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %expanded_30 = tensor.expand_shape %66 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %expanded_30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_31 = tensor.collapse_shape %67 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %68 = tensor.empty() : tensor<32x1xf32>
    %69 = linalg.fill ins(%cst : f32) outs(%68 : tensor<32x1xf32>) -> tensor<32x1xf32>
    %70 = linalg.generic {indexing_maps = [#map2, #map16], iterator_types = ["parallel", "reduction"]} ins(%collapsed_31 : tensor<32x64xf32>) outs(%69 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<32x1xf32>
    %71 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%70 : tensor<32x1xf32>) outs(%68 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.divf %in, %cst_5 : f32
      linalg.yield %106 : f32
    } -> tensor<32x1xf32>
    %collapsed_32 = tensor.collapse_shape %71 [[0, 1]] : tensor<32x1xf32> into tensor<32xf32>
    %72 = linalg.generic {indexing_maps = [#map17, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_32 : tensor<32xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<32x64xf32>
    %73 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_31, %72 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.subf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %74 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%73, %73 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.mulf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %75 = linalg.generic {indexing_maps = [#map2, #map16], iterator_types = ["parallel", "reduction"]} ins(%74 : tensor<32x64xf32>) outs(%69 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<32x1xf32>
    %76 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%75 : tensor<32x1xf32>) outs(%68 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.divf %in, %cst_5 : f32
      linalg.yield %106 : f32
    } -> tensor<32x1xf32>
    %77 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%76 : tensor<32x1xf32>) outs(%68 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %cst_4 : f32
      linalg.yield %106 : f32
    } -> tensor<32x1xf32>
    %78 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%77 : tensor<32x1xf32>) outs(%68 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.rsqrt %in : f32
      linalg.yield %106 : f32
    } -> tensor<32x1xf32>
    %collapsed_33 = tensor.collapse_shape %78 [[0, 1]] : tensor<32x1xf32> into tensor<32xf32>
    %79 = linalg.generic {indexing_maps = [#map17, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_33 : tensor<32xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<32x64xf32>
    %80 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%73, %79 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.mulf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%80, %arg18 : tensor<32x64xf32>, tensor<64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.mulf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%81, %arg19 : tensor<32x64xf32>, tensor<64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %83 = tensor.empty() : tensor<64x128xf32>
    %transposed_34 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%83 : tensor<64x128xf32>) permutation = [1, 0] 
    %84 = tensor.empty() : tensor<32x128xf32>
    %85 = linalg.fill ins(%cst : f32) outs(%84 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %86 = linalg.matmul ins(%82, %transposed_34 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%85 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg15, %86 : tensor<128xf32>, tensor<32x128xf32>) outs(%84 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x128xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%87 : tensor<32x128xf32>) outs(%84 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.cmpf ugt, %in, %cst : f32
      %107 = arith.select %106, %in, %cst : f32
      linalg.yield %107 : f32
    } -> tensor<32x128xf32>
    %89 = tensor.empty() : tensor<128x64xf32>
    %transposed_35 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%89 : tensor<128x64xf32>) permutation = [1, 0] 
    %90 = linalg.matmul ins(%88, %transposed_35 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg17, %90 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_31, %91 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %expanded_36 = tensor.expand_shape %92 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_36 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.divf %in, %cst_5 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_37 = tensor.collapse_shape %94 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %95 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_37 : tensor<2x16xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36, %95 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.subf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %96 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.mulf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%97 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.divf %in, %cst_5 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %cst_4 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.rsqrt %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_38 = tensor.collapse_shape %101 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %102 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_38 : tensor<2x16xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %102 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.mulf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.mulf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_39: f32, %out: f32):
      %106 = arith.addf %in, %in_39 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    return %105 : tensor<2x16x64xf32>
  }
}

