// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 3, "func": "main", "model": "bart", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map16 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3)>
#map18 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<66x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64x64xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64x64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64x64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<64xf32>, %arg41: tensor<128x64xf32>, %arg42: tensor<128xf32>, %arg43: tensor<64x128xf32>, %arg44: tensor<64xf32>, %arg45: tensor<64xf32>, %arg46: tensor<64xf32>, %arg47: tensor<64xf32>, %arg48: tensor<64xf32>, %arg49: tensor<2x16xi64>, %arg50: tensor<2x16xi64>, %arg51: tensor<2x8xi64>) -> tensor<2x8x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %c66 = arith.constant 66 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %false = arith.constant false
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x8x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<2x4x8x8xf32>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_7 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_8 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_9 = arith.constant dense<true> : tensor<i1>
    %cst_10 = arith.constant 0xFF800000 : f32
    %cst_11 = arith.constant 9.99999974E-6 : f32
    %cst_12 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg49 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %273 = arith.index_cast %in : i64 to index
      %274 = linalg.index 2 : index
      %275 = arith.cmpi slt, %273, %c128 : index
      cf.assert %275, "index must be smaller than dim size"
      %276 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %276, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%273, %274] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %273 = linalg.index 0 : index
      %274 = arith.index_cast %273 : index to i64
      linalg.yield %274 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi64>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %6 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %273 = arith.addi %in, %c2_i64 : i64
      linalg.yield %273 : i64
    } -> tensor<2x16xi64>
    %7 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %273 = arith.index_cast %in : i64 to index
      %274 = linalg.index 2 : index
      %275 = arith.cmpi slt, %273, %c66 : index
      cf.assert %275, "index must be smaller than dim size"
      %276 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %276, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%273, %274] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x1xf32>
    %10 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %11 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %12 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %13 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.subf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %14 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%15 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %cst_11 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = math.rsqrt %in : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_13 = tensor.collapse_shape %19 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_13 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %20 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %24 = tensor.empty() : tensor<2x16xi1>
    %25 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg50 : tensor<2x16xi64>) outs(%24 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %273 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %273 : i1
    } -> tensor<2x16xi1>
    %26 = tensor.empty() : tensor<2xi64>
    %27 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%26 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %273 = linalg.index 0 : index
      %274 = arith.index_cast %273 : index to i64
      linalg.yield %274 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %27 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %28 = tensor.empty() : tensor<1x1x16x1xi1>
    %29 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x1x16x1xi64>) outs(%28 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %273 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %273 : i1
    } -> tensor<1x1x16x1xi1>
    %30 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_9, %29 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%28 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_104: i1, %out: i1):
      %273 = arith.andi %in, %in_104 : i1
      linalg.yield %273 : i1
    } -> tensor<1x1x16x1xi1>
    %31 = tensor.empty() : tensor<2x1x1x16xi1>
    %32 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%31 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_104: i64, %out: i1):
      %273 = arith.cmpi slt, %in, %c0_i64 : i64
      %274 = arith.addi %in, %c2_i64 : i64
      %275 = arith.select %273, %274, %in : i64
      %276 = arith.index_cast %275 : i64 to index
      %277 = arith.cmpi slt, %in_104, %c0_i64 : i64
      %278 = arith.addi %in_104, %c16_i64 : i64
      %279 = arith.select %277, %278, %in_104 : i64
      %280 = arith.index_cast %279 : i64 to index
      %extracted = tensor.extract %25[%276, %280] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %33 = tensor.empty() : tensor<2x1x16x16xi1>
    %34 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30, %32 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%33 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_104: i1, %out: i1):
      %273 = arith.andi %in, %in_104 : i1
      linalg.yield %273 : i1
    } -> tensor<2x1x16x16xi1>
    %collapsed_16 = tensor.collapse_shape %23 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %35 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %36 = tensor.empty() : tensor<32x64xf32>
    %37 = linalg.fill ins(%cst : f32) outs(%36 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %38 = linalg.matmul ins(%collapsed_16, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %39 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg7, %38 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %39 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %40 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %41 = linalg.matmul ins(%collapsed_16, %transposed_19 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %42 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg3, %41 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<32x64xf32>
    %transposed_20 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %43 = linalg.matmul ins(%collapsed_16, %transposed_20 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %44 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg5, %43 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %42 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_22 = tensor.expand_shape %44 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %45 = tensor.empty() : tensor<2x1x16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %cst_7, %cst_8 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%45 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_104: f32, %in_105: f32, %out: f32):
      %273 = arith.select %in, %in_104, %in_105 : f32
      linalg.yield %273 : f32
    } -> tensor<2x1x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_18 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.mulf %in, %cst_3 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %48 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.mulf %in, %cst_3 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %47 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %48 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %49 = tensor.empty() : tensor<8x16x16xf32>
    %50 = linalg.fill ins(%cst : f32) outs(%49 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %51 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%50 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_27 = tensor.expand_shape %51 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27, %46 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x16x16xf32>
    %53 = tensor.empty() : tensor<2x4x16xi64>
    %54 = linalg.fill ins(%c0_i64 : i64) outs(%53 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %55 = tensor.empty() : tensor<2x4x16xf32>
    %56 = linalg.fill ins(%cst_0 : f32) outs(%55 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %57:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%52 : tensor<2x4x16x16xf32>) outs(%56, %54 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_104: i64):
      %273 = linalg.index 3 : index
      %274 = arith.index_cast %273 : index to i64
      %275 = arith.maximumf %in, %out : f32
      %276 = arith.cmpf ogt, %in, %out : f32
      %277 = arith.select %276, %274, %out_104 : i64
      linalg.yield %275, %277 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_28 = tensor.expand_shape %57#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %58 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %expanded_28 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.subf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = math.exp %in : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x16x16xf32>
    %60 = tensor.empty() : tensor<2x4x16x1xf32>
    %61 = linalg.fill ins(%cst : f32) outs(%60 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%59 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x16x1xf32>
    %63 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %62 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.divf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x4x16x16xi1>
    %65 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52 : tensor<2x4x16x16xf32>) outs(%64 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %273 = arith.cmpf oeq, %in, %cst_10 : f32
      linalg.yield %273 : i1
    } -> tensor<2x4x16x16xi1>
    %66 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65 : tensor<2x4x16x16xi1>) outs(%64 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %273 = arith.cmpi eq, %in, %false : i1
      linalg.yield %273 : i1
    } -> tensor<2x4x16x16xi1>
    %67 = tensor.empty() : tensor<2x4x16x1xi1>
    %68 = linalg.fill ins(%false : i1) outs(%67 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %69 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%66 : tensor<2x4x16x16xi1>) outs(%68 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %273 = arith.ori %in, %out : i1
      linalg.yield %273 : i1
    } -> tensor<2x4x16x1xi1>
    %70 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<2x4x16x1xi1>) outs(%67 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %273 = arith.cmpi eq, %in, %false : i1
      linalg.yield %273 : i1
    } -> tensor<2x4x16x1xi1>
    %71 = linalg.generic {indexing_maps = [#map15, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %cst_6, %63 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_104: f32, %in_105: f32, %out: f32):
      %273 = arith.select %in, %in_104, %in_105 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %71 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %72 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%50 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_31 = tensor.expand_shape %72 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %73 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<2x4x16x16xf32>) outs(%73 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_34 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %74 = tensor.empty() : tensor<2x64x64xf32>
    %75 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_34 : tensor<64x64xf32>) outs(%74 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %76 = linalg.fill ins(%cst : f32) outs(%0 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %77 = linalg.batch_matmul ins(%collapsed_33, %75 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%76 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %78 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%79 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_35 = tensor.collapse_shape %81 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %82 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %82 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.subf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %83 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%84 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %cst_11 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = math.rsqrt %in : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_36 = tensor.collapse_shape %88 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %89 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_37 = tensor.collapse_shape %92 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %93 = tensor.empty() : tensor<64x128xf32>
    %transposed_38 = linalg.transpose ins(%arg12 : tensor<128x64xf32>) outs(%93 : tensor<64x128xf32>) permutation = [1, 0] 
    %94 = tensor.empty() : tensor<32x128xf32>
    %95 = linalg.fill ins(%cst : f32) outs(%94 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %96 = linalg.matmul ins(%collapsed_37, %transposed_38 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%95 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %97 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg13, %96 : tensor<128xf32>, tensor<32x128xf32>) outs(%94 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<32x128xf32>
    %expanded_39 = tensor.expand_shape %97 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %98 = tensor.empty() : tensor<2x16x128xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<2x16x128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_1 : f32
      %274 = math.erf %273 : f32
      %275 = arith.addf %274, %cst_2 : f32
      %276 = arith.mulf %275, %cst_3 : f32
      %277 = arith.mulf %in, %276 : f32
      linalg.yield %277 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_40 = tensor.collapse_shape %99 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %100 = tensor.empty() : tensor<128x64xf32>
    %transposed_41 = linalg.transpose ins(%arg14 : tensor<64x128xf32>) outs(%100 : tensor<128x64xf32>) permutation = [1, 0] 
    %101 = linalg.matmul ins(%collapsed_40, %transposed_41 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %102 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg15, %101 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<32x64xf32>
    %expanded_42 = tensor.expand_shape %102 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %expanded_42 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%103 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %105 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %106 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.subf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %107 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %cst_11 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = math.rsqrt %in : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %112 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %113 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %113 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x64xf32>
    %117 = tensor.empty() : tensor<2x8x64xf32>
    %118 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg51 : tensor<2x8xi64>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %273 = arith.index_cast %in : i64 to index
      %274 = linalg.index 2 : index
      %275 = arith.cmpi slt, %273, %c128 : index
      cf.assert %275, "index must be smaller than dim size"
      %276 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %276, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%273, %274] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x8x64xf32>
    %119 = tensor.empty() : tensor<8xi64>
    %120 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%119 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %273 = linalg.index 0 : index
      %274 = arith.index_cast %273 : index to i64
      linalg.yield %274 : i64
    } -> tensor<8xi64>
    %expanded_45 = tensor.expand_shape %120 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %expanded_46 = tensor.expand_shape %120 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_47 = tensor.expand_shape %120 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %121 = tensor.empty() : tensor<1x1x8x8xi1>
    %122 = linalg.generic {indexing_maps = [#map12, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_47, %expanded_46 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%121 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_104: i64, %out: i1):
      %273 = arith.cmpi sle, %in, %in_104 : i64
      linalg.yield %273 : i1
    } -> tensor<1x1x8x8xi1>
    %123 = tensor.empty() : tensor<2x1x8x8xi1>
    %collapsed_48 = tensor.collapse_shape %122 [[0, 1], [2], [3]] : tensor<1x1x8x8xi1> into tensor<1x8x8xi1>
    %124 = linalg.generic {indexing_maps = [#map17, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_48 : tensor<1x8x8xi1>) outs(%123 : tensor<2x1x8x8xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x8x8xi1>
    %125 = tensor.empty() : tensor<1x1x8x1xi1>
    %126 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_46 : tensor<1x1x8x1xi64>) outs(%125 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %273 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %273 : i1
    } -> tensor<1x1x8x1xi1>
    %127 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_9, %126 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%125 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_104: i1, %out: i1):
      %273 = arith.andi %in, %in_104 : i1
      linalg.yield %273 : i1
    } -> tensor<1x1x8x1xi1>
    %128 = tensor.empty() : tensor<2x1x8x16xi1>
    %129 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%127, %32 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%128 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_104: i1, %out: i1):
      %273 = arith.andi %in, %in_104 : i1
      linalg.yield %273 : i1
    } -> tensor<2x1x8x16xi1>
    %130 = tensor.empty() : tensor<1x8xi64>
    %131 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded_45 : tensor<1x8xi64>) outs(%130 : tensor<1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %273 = arith.addi %in, %c2_i64 : i64
      linalg.yield %273 : i64
    } -> tensor<1x8xi64>
    %132 = tensor.empty() : tensor<1x8x64xf32>
    %133 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<1x8xi64>) outs(%132 : tensor<1x8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %273 = arith.index_cast %in : i64 to index
      %274 = linalg.index 2 : index
      %275 = arith.cmpi slt, %273, %c66 : index
      cf.assert %275, "index must be smaller than dim size"
      %276 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %276, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg20[%273, %274] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x8x64xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map18, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %133 : tensor<2x8x64xf32>, tensor<1x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %135 = tensor.empty() : tensor<2x8x1xf32>
    %136 = linalg.fill ins(%cst : f32) outs(%135 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%134 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_49 = tensor.collapse_shape %138 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %139 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_49 : tensor<2x8xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %139 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.subf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %140 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%141 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %cst_11 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = math.rsqrt %in : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_50 = tensor.collapse_shape %145 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %146 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_50 : tensor<2x8xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %146 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %arg47 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %arg48 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_51 = tensor.collapse_shape %149 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_52 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %150 = tensor.empty() : tensor<16x64xf32>
    %151 = linalg.fill ins(%cst : f32) outs(%150 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %152 = linalg.matmul ins(%collapsed_51, %transposed_52 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%151 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %153 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg26, %152 : tensor<64xf32>, tensor<16x64xf32>) outs(%150 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<16x64xf32>
    %expanded_53 = tensor.expand_shape %153 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %154 = tensor.empty() : tensor<2x4x8x16xf32>
    %transposed_54 = linalg.transpose ins(%expanded_53 : tensor<2x8x4x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_55 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %155 = linalg.matmul ins(%collapsed_51, %transposed_55 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%151 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg22, %155 : tensor<64xf32>, tensor<16x64xf32>) outs(%150 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<16x64xf32>
    %transposed_56 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %157 = linalg.matmul ins(%collapsed_51, %transposed_56 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%151 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %158 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg24, %157 : tensor<64xf32>, tensor<16x64xf32>) outs(%150 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<16x64xf32>
    %expanded_57 = tensor.expand_shape %156 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %expanded_58 = tensor.expand_shape %158 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<2x8x4x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %159 = tensor.empty() : tensor<2x1x8x8xf32>
    %160 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124, %cst_7, %cst_8 : tensor<2x1x8x8xi1>, tensor<f32>, tensor<f32>) outs(%159 : tensor<2x1x8x8xf32>) {
    ^bb0(%in: i1, %in_104: f32, %in_105: f32, %out: f32):
      %273 = arith.select %in, %in_104, %in_105 : f32
      linalg.yield %273 : f32
    } -> tensor<2x1x8x8xf32>
    %161 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_54 : tensor<2x4x8x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.mulf %in, %cst_3 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x16xf32>
    %162 = tensor.empty() : tensor<2x4x16x8xf32>
    %transposed_60 = linalg.transpose ins(%expanded_57 : tensor<2x8x4x16xf32>) outs(%162 : tensor<2x4x16x8xf32>) permutation = [0, 2, 3, 1] 
    %163 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_60 : tensor<2x4x16x8xf32>) outs(%162 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.mulf %in, %cst_3 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x16x8xf32>
    %collapsed_61 = tensor.collapse_shape %161 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_62 = tensor.collapse_shape %163 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
    %164 = tensor.empty() : tensor<8x8x8xf32>
    %165 = linalg.fill ins(%cst : f32) outs(%164 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %166 = linalg.batch_matmul ins(%collapsed_61, %collapsed_62 : tensor<8x8x16xf32>, tensor<8x16x8xf32>) outs(%165 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_63 = tensor.expand_shape %166 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %167 = tensor.empty() : tensor<2x4x8x8xf32>
    %168 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_63, %160 : tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) outs(%167 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x8xf32>
    %169 = tensor.empty() : tensor<2x4x8xi64>
    %170 = linalg.fill ins(%c0_i64 : i64) outs(%169 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %171 = tensor.empty() : tensor<2x4x8xf32>
    %172 = linalg.fill ins(%cst_0 : f32) outs(%171 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %173:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%168 : tensor<2x4x8x8xf32>) outs(%172, %170 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_104: i64):
      %273 = linalg.index 3 : index
      %274 = arith.index_cast %273 : index to i64
      %275 = arith.maximumf %in, %out : f32
      %276 = arith.cmpf ogt, %in, %out : f32
      %277 = arith.select %276, %274, %out_104 : i64
      linalg.yield %275, %277 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_64 = tensor.expand_shape %173#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %174 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%168, %expanded_64 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%167 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.subf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x8xf32>
    %175 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%174 : tensor<2x4x8x8xf32>) outs(%167 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = math.exp %in : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x8xf32>
    %176 = tensor.empty() : tensor<2x4x8x1xf32>
    %177 = linalg.fill ins(%cst : f32) outs(%176 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %178 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%175 : tensor<2x4x8x8xf32>) outs(%177 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x1xf32>
    %179 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%175, %178 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%167 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.divf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x8xf32>
    %180 = tensor.empty() : tensor<2x4x8x8xi1>
    %181 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%168 : tensor<2x4x8x8xf32>) outs(%180 : tensor<2x4x8x8xi1>) {
    ^bb0(%in: f32, %out: i1):
      %273 = arith.cmpf oeq, %in, %cst_10 : f32
      linalg.yield %273 : i1
    } -> tensor<2x4x8x8xi1>
    %182 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%181 : tensor<2x4x8x8xi1>) outs(%180 : tensor<2x4x8x8xi1>) {
    ^bb0(%in: i1, %out: i1):
      %273 = arith.cmpi eq, %in, %false : i1
      linalg.yield %273 : i1
    } -> tensor<2x4x8x8xi1>
    %183 = tensor.empty() : tensor<2x4x8x1xi1>
    %184 = linalg.fill ins(%false : i1) outs(%183 : tensor<2x4x8x1xi1>) -> tensor<2x4x8x1xi1>
    %185 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%182 : tensor<2x4x8x8xi1>) outs(%184 : tensor<2x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %273 = arith.ori %in, %out : i1
      linalg.yield %273 : i1
    } -> tensor<2x4x8x1xi1>
    %186 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%185 : tensor<2x4x8x1xi1>) outs(%183 : tensor<2x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %273 = arith.cmpi eq, %in, %false : i1
      linalg.yield %273 : i1
    } -> tensor<2x4x8x1xi1>
    %187 = linalg.generic {indexing_maps = [#map15, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%186, %cst_5, %179 : tensor<2x4x8x1xi1>, tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%167 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: i1, %in_104: f32, %in_105: f32, %out: f32):
      %273 = arith.select %in, %in_104, %in_105 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_65 = tensor.collapse_shape %187 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_66 = tensor.collapse_shape %transposed_59 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %188 = tensor.empty() : tensor<8x8x16xf32>
    %189 = linalg.fill ins(%cst : f32) outs(%188 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %190 = linalg.batch_matmul ins(%collapsed_65, %collapsed_66 : tensor<8x8x8xf32>, tensor<8x8x16xf32>) outs(%189 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_67 = tensor.expand_shape %190 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %191 = tensor.empty() : tensor<2x8x4x16xf32>
    %transposed_68 = linalg.transpose ins(%expanded_67 : tensor<2x4x8x16xf32>) outs(%191 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_69 = tensor.collapse_shape %transposed_68 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_70 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %192 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_70 : tensor<64x64xf32>) outs(%74 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %193 = linalg.fill ins(%cst : f32) outs(%117 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %194 = linalg.batch_matmul ins(%collapsed_69, %192 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%193 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %195 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194, %arg28 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %196 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %195 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %197 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%196 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %198 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_71 = tensor.collapse_shape %198 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %199 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_71 : tensor<2x8xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %200 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196, %199 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.subf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %201 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200, %200 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %202 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%201 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %203 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %204 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%203 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %cst_11 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %205 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%204 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = math.rsqrt %in : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_72 = tensor.collapse_shape %205 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %206 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_72 : tensor<2x8xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %207 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200, %206 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %208 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%207, %arg29 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %209 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208, %arg30 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_73 = tensor.collapse_shape %209 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_74 = linalg.transpose ins(%arg35 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %210 = linalg.matmul ins(%collapsed_73, %transposed_74 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%151 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %211 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg36, %210 : tensor<64xf32>, tensor<16x64xf32>) outs(%150 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<16x64xf32>
    %expanded_75 = tensor.expand_shape %211 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_76 = linalg.transpose ins(%expanded_75 : tensor<2x8x4x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_77 = tensor.collapse_shape %116 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_78 = linalg.transpose ins(%arg31 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %212 = linalg.matmul ins(%collapsed_77, %transposed_78 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %213 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg32, %212 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<32x64xf32>
    %transposed_79 = linalg.transpose ins(%arg33 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %214 = linalg.matmul ins(%collapsed_77, %transposed_79 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %215 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg34, %214 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<32x64xf32>
    %expanded_80 = tensor.expand_shape %213 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_81 = tensor.expand_shape %215 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_82 = linalg.transpose ins(%expanded_81 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %216 = tensor.empty() : tensor<2x1x8x16xf32>
    %217 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%129, %cst_7, %cst_8 : tensor<2x1x8x16xi1>, tensor<f32>, tensor<f32>) outs(%216 : tensor<2x1x8x16xf32>) {
    ^bb0(%in: i1, %in_104: f32, %in_105: f32, %out: f32):
      %273 = arith.select %in, %in_104, %in_105 : f32
      linalg.yield %273 : f32
    } -> tensor<2x1x8x16xf32>
    %218 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_76 : tensor<2x4x8x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.mulf %in, %cst_3 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x16xf32>
    %transposed_83 = linalg.transpose ins(%expanded_80 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %219 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_83 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.mulf %in, %cst_3 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_84 = tensor.collapse_shape %218 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_85 = tensor.collapse_shape %219 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %220 = linalg.batch_matmul ins(%collapsed_84, %collapsed_85 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%189 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_86 = tensor.expand_shape %220 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %221 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_86, %217 : tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x16xf32>
    %222:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%221 : tensor<2x4x8x16xf32>) outs(%172, %170 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_104: i64):
      %273 = linalg.index 3 : index
      %274 = arith.index_cast %273 : index to i64
      %275 = arith.maximumf %in, %out : f32
      %276 = arith.cmpf ogt, %in, %out : f32
      %277 = arith.select %276, %274, %out_104 : i64
      linalg.yield %275, %277 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_87 = tensor.expand_shape %222#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %223 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%221, %expanded_87 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.subf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x16xf32>
    %224 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%223 : tensor<2x4x8x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = math.exp %in : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x16xf32>
    %225 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%224 : tensor<2x4x8x16xf32>) outs(%177 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x1xf32>
    %226 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%224, %225 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.divf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x16xf32>
    %227 = tensor.empty() : tensor<2x4x8x16xi1>
    %228 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%221 : tensor<2x4x8x16xf32>) outs(%227 : tensor<2x4x8x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %273 = arith.cmpf oeq, %in, %cst_10 : f32
      linalg.yield %273 : i1
    } -> tensor<2x4x8x16xi1>
    %229 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%228 : tensor<2x4x8x16xi1>) outs(%227 : tensor<2x4x8x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %273 = arith.cmpi eq, %in, %false : i1
      linalg.yield %273 : i1
    } -> tensor<2x4x8x16xi1>
    %230 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%229 : tensor<2x4x8x16xi1>) outs(%184 : tensor<2x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %273 = arith.ori %in, %out : i1
      linalg.yield %273 : i1
    } -> tensor<2x4x8x1xi1>
    %231 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%230 : tensor<2x4x8x1xi1>) outs(%183 : tensor<2x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %273 = arith.cmpi eq, %in, %false : i1
      linalg.yield %273 : i1
    } -> tensor<2x4x8x1xi1>
    %232 = linalg.generic {indexing_maps = [#map15, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%231, %cst_4, %226 : tensor<2x4x8x1xi1>, tensor<2x4x8x16xf32>, tensor<2x4x8x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: i1, %in_104: f32, %in_105: f32, %out: f32):
      %273 = arith.select %in, %in_104, %in_105 : f32
      linalg.yield %273 : f32
    } -> tensor<2x4x8x16xf32>
    %collapsed_88 = tensor.collapse_shape %232 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_89 = tensor.collapse_shape %transposed_82 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %233 = linalg.batch_matmul ins(%collapsed_88, %collapsed_89 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%189 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_90 = tensor.expand_shape %233 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %transposed_91 = linalg.transpose ins(%expanded_90 : tensor<2x4x8x16xf32>) outs(%191 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_92 = tensor.collapse_shape %transposed_91 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_93 = linalg.transpose ins(%arg37 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %234 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_93 : tensor<64x64xf32>) outs(%74 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %235 = linalg.batch_matmul ins(%collapsed_92, %234 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%193 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %236 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235, %arg38 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %237 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%209, %236 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %238 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%237 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_94 = tensor.collapse_shape %239 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %240 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_94 : tensor<2x8xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %241 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%237, %240 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.subf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %242 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241, %241 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %243 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%242 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %244 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %245 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%244 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %cst_11 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %246 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = math.rsqrt %in : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_95 = tensor.collapse_shape %246 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %247 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_95 : tensor<2x8xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %248 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241, %247 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %249 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248, %arg39 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %250 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%249, %arg40 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_96 = tensor.collapse_shape %250 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_97 = linalg.transpose ins(%arg41 : tensor<128x64xf32>) outs(%93 : tensor<64x128xf32>) permutation = [1, 0] 
    %251 = tensor.empty() : tensor<16x128xf32>
    %252 = linalg.fill ins(%cst : f32) outs(%251 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %253 = linalg.matmul ins(%collapsed_96, %transposed_97 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%252 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %254 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg42, %253 : tensor<128xf32>, tensor<16x128xf32>) outs(%251 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<16x128xf32>
    %expanded_98 = tensor.expand_shape %254 [[0, 1], [2]] output_shape [2, 8, 128] : tensor<16x128xf32> into tensor<2x8x128xf32>
    %255 = tensor.empty() : tensor<2x8x128xf32>
    %256 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_98 : tensor<2x8x128xf32>) outs(%255 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_1 : f32
      %274 = math.erf %273 : f32
      %275 = arith.addf %274, %cst_2 : f32
      %276 = arith.mulf %275, %cst_3 : f32
      %277 = arith.mulf %in, %276 : f32
      linalg.yield %277 : f32
    } -> tensor<2x8x128xf32>
    %collapsed_99 = tensor.collapse_shape %256 [[0, 1], [2]] : tensor<2x8x128xf32> into tensor<16x128xf32>
    %transposed_100 = linalg.transpose ins(%arg43 : tensor<64x128xf32>) outs(%100 : tensor<128x64xf32>) permutation = [1, 0] 
    %257 = linalg.matmul ins(%collapsed_99, %transposed_100 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%151 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %258 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg44, %257 : tensor<64xf32>, tensor<16x64xf32>) outs(%150 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<16x64xf32>
    %expanded_101 = tensor.expand_shape %258 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %259 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250, %expanded_101 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %260 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%259 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %261 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_102 = tensor.collapse_shape %261 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %262 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_102 : tensor<2x8xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %263 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259, %262 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.subf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%263, %263 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %265 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%264 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %out : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.divf %in, %cst_12 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %267 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = arith.addf %in, %cst_11 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %268 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%267 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %273 = math.rsqrt %in : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_103 = tensor.collapse_shape %268 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %269 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_103 : tensor<2x8xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %270 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%263, %269 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %271 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%270, %arg45 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.mulf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    %272 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%271, %arg46 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %273 = arith.addf %in, %in_104 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x64xf32>
    return %272 : tensor<2x8x64xf32>
  }
}

