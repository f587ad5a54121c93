// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "opt", "path": "tm-linalg", "shapes": "static"}
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
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c128 = arith.constant 128 : index
    %c66 = arith.constant 66 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant 0xFFF0000000000000 : f64
    %cst_7 = arith.constant 1.000000e-05 : f64
    %cst_8 = arith.constant 6.400000e+01 : f64
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<16xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %130 = linalg.index 0 : index
      %131 = arith.index_cast %130 : index to i64
      linalg.yield %131 : i64
    } -> tensor<16xi64>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %4 = tensor.empty() : tensor<2x16x64xf32>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %130 = arith.index_cast %in : i64 to index
      %131 = linalg.index 2 : index
      %132 = arith.cmpi slt, %130, %c128 : index
      cf.assert %132, "index must be smaller than dim size"
      %133 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %133, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%130, %131] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %6 = tensor.empty() : tensor<2x16xi1>
    %7 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%6 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %130 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %130 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<2xi64>
    %9 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%8 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %130 = linalg.index 0 : index
      %131 = arith.index_cast %130 : index to i64
      linalg.yield %131 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %9 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_11 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_12 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %10 = tensor.empty() : tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map5, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12, %expanded_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_36: i64, %out: i1):
      %130 = arith.cmpi sle, %in, %in_36 : i64
      linalg.yield %130 : i1
    } -> tensor<1x1x16x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %11 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_36: i1, %out: i1):
      %130 = arith.andi %in, %in_36 : i1
      linalg.yield %130 : i1
    } -> tensor<1x1x16x16xi1>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_12 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_36: i64, %out: i1):
      %130 = arith.cmpi slt, %in, %c0_i64 : i64
      %131 = arith.addi %in, %c2_i64 : i64
      %132 = arith.select %130, %131, %in : i64
      %133 = arith.index_cast %132 : i64 to index
      %134 = arith.cmpi slt, %in_36, %c0_i64 : i64
      %135 = arith.addi %in_36, %c16_i64 : i64
      %136 = arith.select %134, %135, %in_36 : i64
      %137 = arith.index_cast %136 : i64 to index
      %extracted = tensor.extract %7[%133, %137] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xi1>
    %16 = linalg.generic {indexing_maps = [#map11, #map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %14 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%15 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_36: i1, %out: i1):
      %130 = arith.andi %in, %in_36 : i1
      linalg.yield %130 : i1
    } -> tensor<2x1x16x16xi1>
    %17 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %130 = arith.addi %in, %c2_i64 : i64
      linalg.yield %130 : i64
    } -> tensor<2x16xi64>
    %18 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16xi64>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %130 = arith.index_cast %in : i64 to index
      %131 = linalg.index 2 : index
      %132 = arith.cmpi slt, %130, %c66 : index
      cf.assert %132, "index must be smaller than dim size"
      %133 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %133, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%130, %131] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %18 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %20 = tensor.empty() : tensor<2x16x64xf64>
    %21 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x64xf32>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %130 = arith.extf %in : f32 to f64
      linalg.yield %130 : f64
    } -> tensor<2x16x64xf64>
    %22 = tensor.empty() : tensor<2x16x1xf64>
    %23 = linalg.fill ins(%cst : f64) outs(%22 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %24 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%21 : tensor<2x16x64xf64>) outs(%23 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.addf %in, %out : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x1xf64>
    %25 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.divf %in, %cst_8 : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x1xf64>
    %26 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %25 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_36: f64, %out: f64):
      %130 = arith.subf %in, %in_36 : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x64xf64>
    %27 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %26 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_36: f64, %out: f64):
      %130 = arith.mulf %in, %in_36 : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x64xf64>
    %28 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%27 : tensor<2x16x64xf64>) outs(%23 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.addf %in, %out : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x1xf64>
    %29 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.divf %in, %cst_8 : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x1xf64>
    %30 = tensor.empty() : tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf64>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %130 = arith.truncf %in : f64 to f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.fill ins(%cst_0 : f32) outs(%30 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %out : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.divf %in, %cst_9 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.truncf %cst_7 : f64 to f32
      %131 = arith.addf %in, %130 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.rsqrt %in : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %34 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.subf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %36 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.mulf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.mulf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %40 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %41 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %42 = tensor.empty() : tensor<32x64xf32>
    %43 = linalg.fill ins(%cst_0 : f32) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %44 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %45 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%44, %arg9 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<32x64xf32>
    %expanded_13 = tensor.expand_shape %45 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %46 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.mulf %in, %cst_10 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %expanded_14 = tensor.expand_shape %46 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %47 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_16 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %48 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %49 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%48, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<32x64xf32>
    %transposed_17 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %50 = linalg.matmul ins(%collapsed, %transposed_17 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %51 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%50, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %49 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_19 = tensor.expand_shape %51 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %52 = tensor.empty() : tensor<2x1x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %cst_3, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%52 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_36: f32, %in_37: f32, %out: f32):
      %130 = arith.select %in, %in_36, %in_37 : f32
      linalg.yield %130 : f32
    } -> tensor<2x1x16x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_22 = tensor.collapse_shape %transposed_15 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %54 = tensor.empty() : tensor<8x16x16xf32>
    %55 = linalg.fill ins(%cst_0 : f32) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %56 = linalg.batch_matmul ins(%collapsed_22, %collapsed_23 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_24 = tensor.expand_shape %56 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24, %53 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = tensor.empty() : tensor<2x4x16xi64>
    %59 = linalg.fill ins(%c0_i64 : i64) outs(%58 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %60 = tensor.empty() : tensor<2x4x16xf32>
    %61 = linalg.fill ins(%cst_1 : f32) outs(%60 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %62:2 = linalg.generic {indexing_maps = [#map7, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%61, %59 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_36: i64):
      %130 = linalg.index 3 : index
      %131 = arith.index_cast %130 : index to i64
      %132 = arith.maximumf %in, %out : f32
      %133 = arith.cmpf ogt, %in, %out : f32
      %134 = arith.select %133, %131, %out_36 : i64
      linalg.yield %132, %134 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_25 = tensor.expand_shape %62#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %63 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %expanded_25 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.subf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.exp %in : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x4x16x1xf32>
    %66 = linalg.fill ins(%cst_0 : f32) outs(%65 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%66 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %out : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %67 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.divf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = tensor.empty() : tensor<2x4x16x16xi1>
    %70 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %130 = arith.extf %in : f32 to f64
      %131 = arith.cmpf oeq, %130, %cst_6 : f64
      linalg.yield %131 : i1
    } -> tensor<2x4x16x16xi1>
    %71 = tensor.empty() : tensor<2x4x16x1xi1>
    %72 = linalg.fill ins(%true : i1) outs(%71 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %73 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xi1>) outs(%72 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %130 = arith.andi %in, %out : i1
      linalg.yield %130 : i1
    } -> tensor<2x4x16x1xi1>
    %74 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73, %cst_2, %68 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_36: f32, %in_37: f32, %out: f32):
      %130 = arith.select %in, %in_36, %in_37 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %74 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %transposed_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %75 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %75 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %76 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x4x16x16xf32>) outs(%76 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_30 = tensor.collapse_shape %transposed_29 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_31 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %77 = tensor.empty() : tensor<2x64x64xf32>
    %78 = linalg.generic {indexing_maps = [#map16, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<64x64xf32>) outs(%77 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %79 = linalg.fill ins(%cst_0 : f32) outs(%4 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %80 = linalg.batch_matmul ins(%collapsed_30, %78 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%79 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %81 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_32 = tensor.collapse_shape %82 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %83 = tensor.empty() : tensor<32x64xf64>
    %84 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_32 : tensor<32x64xf32>) outs(%83 : tensor<32x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %130 = arith.extf %in : f32 to f64
      linalg.yield %130 : f64
    } -> tensor<32x64xf64>
    %85 = tensor.empty() : tensor<32x1xf64>
    %86 = linalg.fill ins(%cst : f64) outs(%85 : tensor<32x1xf64>) -> tensor<32x1xf64>
    %87 = linalg.generic {indexing_maps = [#map2, #map17], iterator_types = ["parallel", "reduction"]} ins(%84 : tensor<32x64xf64>) outs(%86 : tensor<32x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.addf %in, %out : f64
      linalg.yield %130 : f64
    } -> tensor<32x1xf64>
    %88 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%87 : tensor<32x1xf64>) outs(%85 : tensor<32x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.divf %in, %cst_8 : f64
      linalg.yield %130 : f64
    } -> tensor<32x1xf64>
    %89 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel"]} ins(%84, %88 : tensor<32x64xf64>, tensor<32x1xf64>) outs(%83 : tensor<32x64xf64>) {
    ^bb0(%in: f64, %in_36: f64, %out: f64):
      %130 = arith.subf %in, %in_36 : f64
      linalg.yield %130 : f64
    } -> tensor<32x64xf64>
    %90 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%89, %89 : tensor<32x64xf64>, tensor<32x64xf64>) outs(%83 : tensor<32x64xf64>) {
    ^bb0(%in: f64, %in_36: f64, %out: f64):
      %130 = arith.mulf %in, %in_36 : f64
      linalg.yield %130 : f64
    } -> tensor<32x64xf64>
    %91 = linalg.generic {indexing_maps = [#map2, #map17], iterator_types = ["parallel", "reduction"]} ins(%90 : tensor<32x64xf64>) outs(%86 : tensor<32x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.addf %in, %out : f64
      linalg.yield %130 : f64
    } -> tensor<32x1xf64>
    %92 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%91 : tensor<32x1xf64>) outs(%85 : tensor<32x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.divf %in, %cst_8 : f64
      linalg.yield %130 : f64
    } -> tensor<32x1xf64>
    %93 = tensor.empty() : tensor<32x1xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%92 : tensor<32x1xf64>) outs(%93 : tensor<32x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %130 = arith.truncf %in : f64 to f32
      linalg.yield %130 : f32
    } -> tensor<32x1xf32>
    %95 = linalg.fill ins(%cst_0 : f32) outs(%93 : tensor<32x1xf32>) -> tensor<32x1xf32>
    %96 = linalg.generic {indexing_maps = [#map2, #map17], iterator_types = ["parallel", "reduction"]} ins(%collapsed_32 : tensor<32x64xf32>) outs(%95 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %out : f32
      linalg.yield %130 : f32
    } -> tensor<32x1xf32>
    %97 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%96 : tensor<32x1xf32>) outs(%93 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.divf %in, %cst_9 : f32
      linalg.yield %130 : f32
    } -> tensor<32x1xf32>
    %98 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%94 : tensor<32x1xf32>) outs(%93 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.truncf %cst_7 : f64 to f32
      %131 = arith.addf %in, %130 : f32
      linalg.yield %131 : f32
    } -> tensor<32x1xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%98 : tensor<32x1xf32>) outs(%93 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.rsqrt %in : f32
      linalg.yield %130 : f32
    } -> tensor<32x1xf32>
    %100 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_32, %97 : tensor<32x64xf32>, tensor<32x1xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.subf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<32x64xf32>
    %101 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel"]} ins(%100, %99 : tensor<32x64xf32>, tensor<32x1xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.mulf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<32x64xf32>
    %102 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%101, %arg18 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.mulf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<32x64xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%102, %arg19 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<32x64xf32>
    %104 = tensor.empty() : tensor<64x128xf32>
    %transposed_33 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%104 : tensor<64x128xf32>) permutation = [1, 0] 
    %105 = tensor.empty() : tensor<32x128xf32>
    %106 = linalg.fill ins(%cst_0 : f32) outs(%105 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %107 = linalg.matmul ins(%103, %transposed_33 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%106 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %108 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%107, %arg15 : tensor<32x128xf32>, tensor<128xf32>) outs(%105 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<32x128xf32>
    %109 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%108 : tensor<32x128xf32>) outs(%105 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.cmpf ugt, %in, %cst_0 : f32
      %131 = arith.select %130, %in, %cst_0 : f32
      linalg.yield %131 : f32
    } -> tensor<32x128xf32>
    %110 = tensor.empty() : tensor<128x64xf32>
    %transposed_34 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%110 : tensor<128x64xf32>) permutation = [1, 0] 
    %111 = linalg.matmul ins(%109, %transposed_34 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %112 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%111, %arg17 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<32x64xf32>
    %113 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_32, %112 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<32x64xf32>
    %expanded_35 = tensor.expand_shape %113 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x16x64xf32>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %130 = arith.extf %in : f32 to f64
      linalg.yield %130 : f64
    } -> tensor<2x16x64xf64>
    %115 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%114 : tensor<2x16x64xf64>) outs(%23 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.addf %in, %out : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x1xf64>
    %116 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.divf %in, %cst_8 : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x1xf64>
    %117 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %116 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_36: f64, %out: f64):
      %130 = arith.subf %in, %in_36 : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x64xf64>
    %118 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %117 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_36: f64, %out: f64):
      %130 = arith.mulf %in, %in_36 : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x64xf64>
    %119 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%118 : tensor<2x16x64xf64>) outs(%23 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.addf %in, %out : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x1xf64>
    %120 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %130 = arith.divf %in, %cst_8 : f64
      linalg.yield %130 : f64
    } -> tensor<2x16x1xf64>
    %121 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x16x1xf64>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %130 = arith.truncf %in : f64 to f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_35 : tensor<2x16x64xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %out : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.divf %in, %cst_9 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.truncf %cst_7 : f64 to f32
      %131 = arith.addf %in, %130 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.rsqrt %in : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35, %123 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.subf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %125 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.mulf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.mulf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_36: f32, %out: f32):
      %130 = arith.addf %in, %in_36 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    return %129 : tensor<2x16x64xf32>
  }
}
