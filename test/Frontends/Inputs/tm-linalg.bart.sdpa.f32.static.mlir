// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 3, "func": "forward", "model": "bart", "path": "tm-linalg", "shapes": "static"}
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
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<66x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64x64xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64x64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64x64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<64xf32>, %arg41: tensor<128x64xf32>, %arg42: tensor<128xf32>, %arg43: tensor<64x128xf32>, %arg44: tensor<64xf32>, %arg45: tensor<64xf32>, %arg46: tensor<64xf32>, %arg47: tensor<64xf32>, %arg48: tensor<64xf32>, %arg49: tensor<2x16xi64>, %arg50: tensor<2x16xi64>, %arg51: tensor<2x8xi64>) -> tensor<2x8x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %c66 = arith.constant 66 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x8x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<2x4x8x8xf32>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_7 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_8 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_9 = arith.constant dense<true> : tensor<i1>
    %cst_10 = arith.constant 0xFFF0000000000000 : f64
    %cst_11 = arith.constant 1.000000e-05 : f64
    %cst_12 = arith.constant 6.400000e+01 : f64
    %cst_13 = arith.constant 6.400000e+01 : f32
    %cst_14 = arith.constant 1.41421354 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg49 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %294 = arith.index_cast %in : i64 to index
      %295 = linalg.index 2 : index
      %296 = arith.cmpi slt, %294, %c128 : index
      cf.assert %296, "index must be smaller than dim size"
      %297 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %297, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%294, %295] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %294 = linalg.index 0 : index
      %295 = arith.index_cast %294 : index to i64
      linalg.yield %295 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi64>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %6 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %294 = arith.addi %in, %c2_i64 : i64
      linalg.yield %294 : i64
    } -> tensor<2x16xi64>
    %7 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %294 = arith.index_cast %in : i64 to index
      %295 = linalg.index 2 : index
      %296 = arith.cmpi slt, %294, %c66 : index
      cf.assert %296, "index must be smaller than dim size"
      %297 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %297, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%294, %295] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf64>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %294 = arith.extf %in : f32 to f64
      linalg.yield %294 : f64
    } -> tensor<2x16x64xf64>
    %11 = tensor.empty() : tensor<2x16x1xf64>
    %12 = linalg.fill ins(%cst : f64) outs(%11 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %13 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %15 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %14 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.subf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x64xf64>
    %16 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %15 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.mulf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x64xf64>
    %17 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%16 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %19 = tensor.empty() : tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf64>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %294 = arith.truncf %in : f64 to f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.fill ins(%cst_0 : f32) outs(%19 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.addf %in, %out : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.divf %in, %cst_13 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.truncf %cst_11 : f64 to f32
      %295 = arith.addf %in, %294 : f32
      linalg.yield %295 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = math.rsqrt %in : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %23 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.subf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %25 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %30 = tensor.empty() : tensor<2x16xi1>
    %31 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg50 : tensor<2x16xi64>) outs(%30 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %294 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %294 : i1
    } -> tensor<2x16xi1>
    %32 = tensor.empty() : tensor<2xi64>
    %33 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%32 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %294 = linalg.index 0 : index
      %295 = arith.index_cast %294 : index to i64
      linalg.yield %295 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %33 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_15 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_16 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %34 = tensor.empty() : tensor<1x1x16x1xi1>
    %35 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<1x1x16x1xi64>) outs(%34 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %294 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %294 : i1
    } -> tensor<1x1x16x1xi1>
    %36 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_9, %35 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%34 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %294 = arith.andi %in, %in_92 : i1
      linalg.yield %294 : i1
    } -> tensor<1x1x16x1xi1>
    %37 = tensor.empty() : tensor<2x1x1x16xi1>
    %38 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%37 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_92: i64, %out: i1):
      %294 = arith.cmpi slt, %in, %c0_i64 : i64
      %295 = arith.addi %in, %c2_i64 : i64
      %296 = arith.select %294, %295, %in : i64
      %297 = arith.index_cast %296 : i64 to index
      %298 = arith.cmpi slt, %in_92, %c0_i64 : i64
      %299 = arith.addi %in_92, %c16_i64 : i64
      %300 = arith.select %298, %299, %in_92 : i64
      %301 = arith.index_cast %300 : i64 to index
      %extracted = tensor.extract %31[%297, %301] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %39 = tensor.empty() : tensor<2x1x16x16xi1>
    %40 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36, %38 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%39 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %294 = arith.andi %in, %in_92 : i1
      linalg.yield %294 : i1
    } -> tensor<2x1x16x16xi1>
    %collapsed = tensor.collapse_shape %29 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %41 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %42 = tensor.empty() : tensor<32x64xf32>
    %43 = linalg.fill ins(%cst_0 : f32) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %44 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %45 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%44, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %45 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %46 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %47 = linalg.matmul ins(%collapsed, %transposed_19 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %48 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%47, %arg3 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<32x64xf32>
    %transposed_20 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %49 = linalg.matmul ins(%collapsed, %transposed_20 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %50 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%49, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %48 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_22 = tensor.expand_shape %50 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %51 = tensor.empty() : tensor<2x1x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %cst_7, %cst_8 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%51 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_92: f32, %in_93: f32, %out: f32):
      %294 = arith.select %in, %in_92, %in_93 : f32
      linalg.yield %294 : f32
    } -> tensor<2x1x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_18 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.mulf %in, %cst_3 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %54 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.mulf %in, %cst_3 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %53 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %54 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %55 = tensor.empty() : tensor<8x16x16xf32>
    %56 = linalg.fill ins(%cst_0 : f32) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %57 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_27 = tensor.expand_shape %57 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27, %52 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = tensor.empty() : tensor<2x4x16xi64>
    %60 = linalg.fill ins(%c0_i64 : i64) outs(%59 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %61 = tensor.empty() : tensor<2x4x16xf32>
    %62 = linalg.fill ins(%cst_1 : f32) outs(%61 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %63:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%58 : tensor<2x4x16x16xf32>) outs(%62, %60 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_92: i64):
      %294 = linalg.index 3 : index
      %295 = arith.index_cast %294 : index to i64
      %296 = arith.maximumf %in, %out : f32
      %297 = arith.cmpf ogt, %in, %out : f32
      %298 = arith.select %297, %295, %out_92 : i64
      linalg.yield %296, %298 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_28 = tensor.expand_shape %63#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %64 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %expanded_28 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.subf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = math.exp %in : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = tensor.empty() : tensor<2x4x16x1xf32>
    %67 = linalg.fill ins(%cst_0 : f32) outs(%66 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%65 : tensor<2x4x16x16xf32>) outs(%67 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.addf %in, %out : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %68 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.divf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16x16xi1>
    %71 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %294 = arith.extf %in : f32 to f64
      %295 = arith.cmpf oeq, %294, %cst_10 : f64
      linalg.yield %295 : i1
    } -> tensor<2x4x16x16xi1>
    %72 = tensor.empty() : tensor<2x4x16x1xi1>
    %73 = linalg.fill ins(%true : i1) outs(%72 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %74 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%71 : tensor<2x4x16x16xi1>) outs(%73 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %294 = arith.andi %in, %out : i1
      linalg.yield %294 : i1
    } -> tensor<2x4x16x1xi1>
    %75 = linalg.generic {indexing_maps = [#map15, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %cst_6, %69 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_92: f32, %in_93: f32, %out: f32):
      %294 = arith.select %in, %in_92, %in_93 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %75 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %76 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_31 = tensor.expand_shape %76 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %77 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<2x4x16x16xf32>) outs(%77 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_34 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %78 = tensor.empty() : tensor<2x64x64xf32>
    %79 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_34 : tensor<64x64xf32>) outs(%78 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %80 = linalg.fill ins(%cst_0 : f32) outs(%0 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %81 = linalg.batch_matmul ins(%collapsed_33, %79 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%80 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %82 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %294 = arith.extf %in : f32 to f64
      linalg.yield %294 : f64
    } -> tensor<2x16x64xf64>
    %85 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%84 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %87 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %86 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.subf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x64xf64>
    %88 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %87 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.mulf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x64xf64>
    %89 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%88 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf64>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %294 = arith.truncf %in : f64 to f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%83 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.addf %in, %out : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.divf %in, %cst_13 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.truncf %cst_11 : f64 to f32
      %295 = arith.addf %in, %294 : f32
      linalg.yield %295 : f32
    } -> tensor<2x16x1xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = math.rsqrt %in : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %93 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.subf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %95 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_35 = tensor.collapse_shape %99 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %100 = tensor.empty() : tensor<64x128xf32>
    %transposed_36 = linalg.transpose ins(%arg12 : tensor<128x64xf32>) outs(%100 : tensor<64x128xf32>) permutation = [1, 0] 
    %101 = tensor.empty() : tensor<32x128xf32>
    %102 = linalg.fill ins(%cst_0 : f32) outs(%101 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %103 = linalg.matmul ins(%collapsed_35, %transposed_36 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%102 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %104 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%103, %arg13 : tensor<32x128xf32>, tensor<128xf32>) outs(%101 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<32x128xf32>
    %expanded_37 = tensor.expand_shape %104 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %105 = tensor.empty() : tensor<2x16x128xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x16x128xf32>) outs(%105 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.divf %in, %cst_14 : f32
      %295 = math.erf %294 : f32
      %296 = arith.addf %295, %cst_2 : f32
      %297 = arith.mulf %296, %cst_3 : f32
      %298 = arith.mulf %in, %297 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_38 = tensor.collapse_shape %106 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %107 = tensor.empty() : tensor<128x64xf32>
    %transposed_39 = linalg.transpose ins(%arg14 : tensor<64x128xf32>) outs(%107 : tensor<128x64xf32>) permutation = [1, 0] 
    %108 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %109 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%108, %arg15 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<32x64xf32>
    %expanded_40 = tensor.expand_shape %109 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %expanded_40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %294 = arith.extf %in : f32 to f64
      linalg.yield %294 : f64
    } -> tensor<2x16x64xf64>
    %112 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %114 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %113 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.subf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x64xf64>
    %115 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %114 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.mulf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x64xf64>
    %116 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%115 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x16x1xf64>
    %118 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf64>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %294 = arith.truncf %in : f64 to f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.addf %in, %out : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.divf %in, %cst_13 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.truncf %cst_11 : f64 to f32
      %295 = arith.addf %in, %294 : f32
      linalg.yield %295 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = math.rsqrt %in : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %120 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.subf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123, %122 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x16x64xf32>
    %127 = tensor.empty() : tensor<2x8x64xf32>
    %128 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg51 : tensor<2x8xi64>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %294 = arith.index_cast %in : i64 to index
      %295 = linalg.index 2 : index
      %296 = arith.cmpi slt, %294, %c128 : index
      cf.assert %296, "index must be smaller than dim size"
      %297 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %297, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%294, %295] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x8x64xf32>
    %129 = tensor.empty() : tensor<8xi64>
    %130 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%129 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %294 = linalg.index 0 : index
      %295 = arith.index_cast %294 : index to i64
      linalg.yield %295 : i64
    } -> tensor<8xi64>
    %expanded_41 = tensor.expand_shape %130 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_42 = tensor.expand_shape %130 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %131 = tensor.empty() : tensor<1x1x8x8xi1>
    %132 = linalg.generic {indexing_maps = [#map12, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_42, %expanded_41 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%131 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_92: i64, %out: i1):
      %294 = arith.cmpi sle, %in, %in_92 : i64
      linalg.yield %294 : i1
    } -> tensor<1x1x8x8xi1>
    %133 = tensor.empty() : tensor<2x1x8x8xi1>
    %collapsed_43 = tensor.collapse_shape %132 [[0, 1], [2], [3]] : tensor<1x1x8x8xi1> into tensor<1x8x8xi1>
    %134 = linalg.generic {indexing_maps = [#map17, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<1x8x8xi1>) outs(%133 : tensor<2x1x8x8xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x8x8xi1>
    %135 = tensor.empty() : tensor<1x1x8x1xi1>
    %136 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<1x1x8x1xi64>) outs(%135 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %294 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %294 : i1
    } -> tensor<1x1x8x1xi1>
    %137 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_9, %136 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%135 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %294 = arith.andi %in, %in_92 : i1
      linalg.yield %294 : i1
    } -> tensor<1x1x8x1xi1>
    %138 = tensor.empty() : tensor<2x1x8x16xi1>
    %139 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%137, %38 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%138 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %294 = arith.andi %in, %in_92 : i1
      linalg.yield %294 : i1
    } -> tensor<2x1x8x16xi1>
    %expanded_44 = tensor.expand_shape %130 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %140 = tensor.empty() : tensor<1x8xi64>
    %141 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded_44 : tensor<1x8xi64>) outs(%140 : tensor<1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %294 = arith.addi %in, %c2_i64 : i64
      linalg.yield %294 : i64
    } -> tensor<1x8xi64>
    %142 = tensor.empty() : tensor<1x8x64xf32>
    %143 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141 : tensor<1x8xi64>) outs(%142 : tensor<1x8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %294 = arith.index_cast %in : i64 to index
      %295 = linalg.index 2 : index
      %296 = arith.cmpi slt, %294, %c66 : index
      cf.assert %296, "index must be smaller than dim size"
      %297 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %297, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg20[%294, %295] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x8x64xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map18, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %143 : tensor<2x8x64xf32>, tensor<1x8x64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %145 = tensor.empty() : tensor<2x8x64xf64>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x8x64xf32>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %294 = arith.extf %in : f32 to f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %147 = tensor.empty() : tensor<2x8x1xf64>
    %148 = linalg.fill ins(%cst : f64) outs(%147 : tensor<2x8x1xf64>) -> tensor<2x8x1xf64>
    %149 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%146 : tensor<2x8x64xf64>) outs(%148 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<2x8x1xf64>) outs(%147 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %151 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %150 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.subf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %152 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %151 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.mulf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %153 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%152 : tensor<2x8x64xf64>) outs(%148 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x8x1xf64>) outs(%147 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %155 = tensor.empty() : tensor<2x8x1xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x8x1xf64>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %294 = arith.truncf %in : f64 to f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %157 = linalg.fill ins(%cst_0 : f32) outs(%155 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%144 : tensor<2x8x64xf32>) outs(%157 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.addf %in, %out : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.divf %in, %cst_13 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.truncf %cst_11 : f64 to f32
      %295 = arith.addf %in, %294 : f32
      linalg.yield %295 : f32
    } -> tensor<2x8x1xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = math.rsqrt %in : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %159 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.subf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %161 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163, %arg47 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164, %arg48 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_45 = tensor.collapse_shape %165 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_46 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %166 = tensor.empty() : tensor<16x64xf32>
    %167 = linalg.fill ins(%cst_0 : f32) outs(%166 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %168 = linalg.matmul ins(%collapsed_45, %transposed_46 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%167 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %169 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%168, %arg26 : tensor<16x64xf32>, tensor<64xf32>) outs(%166 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<16x64xf32>
    %expanded_47 = tensor.expand_shape %169 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %170 = tensor.empty() : tensor<2x4x8x16xf32>
    %transposed_48 = linalg.transpose ins(%expanded_47 : tensor<2x8x4x16xf32>) outs(%170 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_49 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %171 = linalg.matmul ins(%collapsed_45, %transposed_49 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%167 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %172 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%171, %arg22 : tensor<16x64xf32>, tensor<64xf32>) outs(%166 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<16x64xf32>
    %transposed_50 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %173 = linalg.matmul ins(%collapsed_45, %transposed_50 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%167 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %174 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%173, %arg24 : tensor<16x64xf32>, tensor<64xf32>) outs(%166 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<16x64xf32>
    %expanded_51 = tensor.expand_shape %172 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %expanded_52 = tensor.expand_shape %174 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_53 = linalg.transpose ins(%expanded_52 : tensor<2x8x4x16xf32>) outs(%170 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %175 = tensor.empty() : tensor<2x1x8x8xf32>
    %176 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%134, %cst_7, %cst_8 : tensor<2x1x8x8xi1>, tensor<f32>, tensor<f32>) outs(%175 : tensor<2x1x8x8xf32>) {
    ^bb0(%in: i1, %in_92: f32, %in_93: f32, %out: f32):
      %294 = arith.select %in, %in_92, %in_93 : f32
      linalg.yield %294 : f32
    } -> tensor<2x1x8x8xf32>
    %177 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_48 : tensor<2x4x8x16xf32>) outs(%170 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.mulf %in, %cst_3 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x16xf32>
    %178 = tensor.empty() : tensor<2x4x16x8xf32>
    %transposed_54 = linalg.transpose ins(%expanded_51 : tensor<2x8x4x16xf32>) outs(%178 : tensor<2x4x16x8xf32>) permutation = [0, 2, 3, 1] 
    %179 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_54 : tensor<2x4x16x8xf32>) outs(%178 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.mulf %in, %cst_3 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x16x8xf32>
    %collapsed_55 = tensor.collapse_shape %177 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_56 = tensor.collapse_shape %179 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
    %180 = tensor.empty() : tensor<8x8x8xf32>
    %181 = linalg.fill ins(%cst_0 : f32) outs(%180 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %182 = linalg.batch_matmul ins(%collapsed_55, %collapsed_56 : tensor<8x8x16xf32>, tensor<8x16x8xf32>) outs(%181 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_57 = tensor.expand_shape %182 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %183 = tensor.empty() : tensor<2x4x8x8xf32>
    %184 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_57, %176 : tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) outs(%183 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x8xf32>
    %185 = tensor.empty() : tensor<2x4x8xi64>
    %186 = linalg.fill ins(%c0_i64 : i64) outs(%185 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %187 = tensor.empty() : tensor<2x4x8xf32>
    %188 = linalg.fill ins(%cst_1 : f32) outs(%187 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %189:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%184 : tensor<2x4x8x8xf32>) outs(%188, %186 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_92: i64):
      %294 = linalg.index 3 : index
      %295 = arith.index_cast %294 : index to i64
      %296 = arith.maximumf %in, %out : f32
      %297 = arith.cmpf ogt, %in, %out : f32
      %298 = arith.select %297, %295, %out_92 : i64
      linalg.yield %296, %298 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_58 = tensor.expand_shape %189#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %190 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%184, %expanded_58 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%183 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.subf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x8xf32>
    %191 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%190 : tensor<2x4x8x8xf32>) outs(%183 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = math.exp %in : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x8xf32>
    %192 = tensor.empty() : tensor<2x4x8x1xf32>
    %193 = linalg.fill ins(%cst_0 : f32) outs(%192 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %194 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%191 : tensor<2x4x8x8xf32>) outs(%193 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.addf %in, %out : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x1xf32>
    %195 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%191, %194 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%183 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.divf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x8xf32>
    %196 = tensor.empty() : tensor<2x4x8x8xi1>
    %197 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%184 : tensor<2x4x8x8xf32>) outs(%196 : tensor<2x4x8x8xi1>) {
    ^bb0(%in: f32, %out: i1):
      %294 = arith.extf %in : f32 to f64
      %295 = arith.cmpf oeq, %294, %cst_10 : f64
      linalg.yield %295 : i1
    } -> tensor<2x4x8x8xi1>
    %198 = tensor.empty() : tensor<2x4x8x1xi1>
    %199 = linalg.fill ins(%true : i1) outs(%198 : tensor<2x4x8x1xi1>) -> tensor<2x4x8x1xi1>
    %200 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%197 : tensor<2x4x8x8xi1>) outs(%199 : tensor<2x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %294 = arith.andi %in, %out : i1
      linalg.yield %294 : i1
    } -> tensor<2x4x8x1xi1>
    %201 = linalg.generic {indexing_maps = [#map15, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%200, %cst_5, %195 : tensor<2x4x8x1xi1>, tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%183 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: i1, %in_92: f32, %in_93: f32, %out: f32):
      %294 = arith.select %in, %in_92, %in_93 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_59 = tensor.collapse_shape %201 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_60 = tensor.collapse_shape %transposed_53 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %202 = tensor.empty() : tensor<8x8x16xf32>
    %203 = linalg.fill ins(%cst_0 : f32) outs(%202 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %204 = linalg.batch_matmul ins(%collapsed_59, %collapsed_60 : tensor<8x8x8xf32>, tensor<8x8x16xf32>) outs(%203 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_61 = tensor.expand_shape %204 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %205 = tensor.empty() : tensor<2x8x4x16xf32>
    %transposed_62 = linalg.transpose ins(%expanded_61 : tensor<2x4x8x16xf32>) outs(%205 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_63 = tensor.collapse_shape %transposed_62 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_64 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %206 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_64 : tensor<64x64xf32>) outs(%78 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %207 = linalg.fill ins(%cst_0 : f32) outs(%127 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %208 = linalg.batch_matmul ins(%collapsed_63, %206 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%207 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %209 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208, %arg28 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %210 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %209 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %211 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210 : tensor<2x8x64xf32>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %294 = arith.extf %in : f32 to f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %212 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%211 : tensor<2x8x64xf64>) outs(%148 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %213 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%212 : tensor<2x8x1xf64>) outs(%147 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %214 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211, %213 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.subf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %215 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%214, %214 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.mulf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %216 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%215 : tensor<2x8x64xf64>) outs(%148 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %217 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%216 : tensor<2x8x1xf64>) outs(%147 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %218 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217 : tensor<2x8x1xf64>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %294 = arith.truncf %in : f64 to f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %219 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%210 : tensor<2x8x64xf32>) outs(%157 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.addf %in, %out : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %220 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.divf %in, %cst_13 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %221 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%218 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.truncf %cst_11 : f64 to f32
      %295 = arith.addf %in, %294 : f32
      linalg.yield %295 : f32
    } -> tensor<2x8x1xf32>
    %222 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = math.rsqrt %in : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %223 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210, %220 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.subf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %224 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %222 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %225 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %arg29 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %226 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%225, %arg30 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_65 = tensor.collapse_shape %226 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_66 = linalg.transpose ins(%arg35 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %227 = linalg.matmul ins(%collapsed_65, %transposed_66 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%167 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %228 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%227, %arg36 : tensor<16x64xf32>, tensor<64xf32>) outs(%166 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<16x64xf32>
    %expanded_67 = tensor.expand_shape %228 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_68 = linalg.transpose ins(%expanded_67 : tensor<2x8x4x16xf32>) outs(%170 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_69 = tensor.collapse_shape %126 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_70 = linalg.transpose ins(%arg31 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %229 = linalg.matmul ins(%collapsed_69, %transposed_70 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %230 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%229, %arg32 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<32x64xf32>
    %transposed_71 = linalg.transpose ins(%arg33 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %231 = linalg.matmul ins(%collapsed_69, %transposed_71 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %232 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%231, %arg34 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<32x64xf32>
    %expanded_72 = tensor.expand_shape %230 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_73 = tensor.expand_shape %232 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_74 = linalg.transpose ins(%expanded_73 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %233 = tensor.empty() : tensor<2x1x8x16xf32>
    %234 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%139, %cst_7, %cst_8 : tensor<2x1x8x16xi1>, tensor<f32>, tensor<f32>) outs(%233 : tensor<2x1x8x16xf32>) {
    ^bb0(%in: i1, %in_92: f32, %in_93: f32, %out: f32):
      %294 = arith.select %in, %in_92, %in_93 : f32
      linalg.yield %294 : f32
    } -> tensor<2x1x8x16xf32>
    %235 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_68 : tensor<2x4x8x16xf32>) outs(%170 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.mulf %in, %cst_3 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x16xf32>
    %transposed_75 = linalg.transpose ins(%expanded_72 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %236 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_75 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.mulf %in, %cst_3 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_76 = tensor.collapse_shape %235 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_77 = tensor.collapse_shape %236 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %237 = linalg.batch_matmul ins(%collapsed_76, %collapsed_77 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%203 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_78 = tensor.expand_shape %237 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %238 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_78, %234 : tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) outs(%170 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x16xf32>
    %239:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%238 : tensor<2x4x8x16xf32>) outs(%188, %186 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_92: i64):
      %294 = linalg.index 3 : index
      %295 = arith.index_cast %294 : index to i64
      %296 = arith.maximumf %in, %out : f32
      %297 = arith.cmpf ogt, %in, %out : f32
      %298 = arith.select %297, %295, %out_92 : i64
      linalg.yield %296, %298 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_79 = tensor.expand_shape %239#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %240 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%238, %expanded_79 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%170 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.subf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x16xf32>
    %241 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%240 : tensor<2x4x8x16xf32>) outs(%170 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = math.exp %in : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x16xf32>
    %242 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%241 : tensor<2x4x8x16xf32>) outs(%193 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.addf %in, %out : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x1xf32>
    %243 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%241, %242 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%170 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.divf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x16xf32>
    %244 = tensor.empty() : tensor<2x4x8x16xi1>
    %245 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%238 : tensor<2x4x8x16xf32>) outs(%244 : tensor<2x4x8x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %294 = arith.extf %in : f32 to f64
      %295 = arith.cmpf oeq, %294, %cst_10 : f64
      linalg.yield %295 : i1
    } -> tensor<2x4x8x16xi1>
    %246 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%245 : tensor<2x4x8x16xi1>) outs(%199 : tensor<2x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %294 = arith.andi %in, %out : i1
      linalg.yield %294 : i1
    } -> tensor<2x4x8x1xi1>
    %247 = linalg.generic {indexing_maps = [#map15, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%246, %cst_4, %243 : tensor<2x4x8x1xi1>, tensor<2x4x8x16xf32>, tensor<2x4x8x16xf32>) outs(%170 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: i1, %in_92: f32, %in_93: f32, %out: f32):
      %294 = arith.select %in, %in_92, %in_93 : f32
      linalg.yield %294 : f32
    } -> tensor<2x4x8x16xf32>
    %collapsed_80 = tensor.collapse_shape %247 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_81 = tensor.collapse_shape %transposed_74 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %248 = linalg.batch_matmul ins(%collapsed_80, %collapsed_81 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%203 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_82 = tensor.expand_shape %248 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %transposed_83 = linalg.transpose ins(%expanded_82 : tensor<2x4x8x16xf32>) outs(%205 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_84 = tensor.collapse_shape %transposed_83 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_85 = linalg.transpose ins(%arg37 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %249 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_85 : tensor<64x64xf32>) outs(%78 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %250 = linalg.batch_matmul ins(%collapsed_84, %249 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%207 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %251 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250, %arg38 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %252 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%226, %251 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %253 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%252 : tensor<2x8x64xf32>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %294 = arith.extf %in : f32 to f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %254 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%253 : tensor<2x8x64xf64>) outs(%148 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %255 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%254 : tensor<2x8x1xf64>) outs(%147 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %256 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253, %255 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.subf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %257 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256, %256 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.mulf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %258 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%257 : tensor<2x8x64xf64>) outs(%148 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %259 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258 : tensor<2x8x1xf64>) outs(%147 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %260 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259 : tensor<2x8x1xf64>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %294 = arith.truncf %in : f64 to f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %261 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%252 : tensor<2x8x64xf32>) outs(%157 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.addf %in, %out : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %262 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%261 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.divf %in, %cst_13 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %263 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.truncf %cst_11 : f64 to f32
      %295 = arith.addf %in, %294 : f32
      linalg.yield %295 : f32
    } -> tensor<2x8x1xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%263 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = math.rsqrt %in : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %265 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%252, %262 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.subf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265, %264 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %267 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266, %arg39 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %268 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%267, %arg40 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_86 = tensor.collapse_shape %268 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_87 = linalg.transpose ins(%arg41 : tensor<128x64xf32>) outs(%100 : tensor<64x128xf32>) permutation = [1, 0] 
    %269 = tensor.empty() : tensor<16x128xf32>
    %270 = linalg.fill ins(%cst_0 : f32) outs(%269 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %271 = linalg.matmul ins(%collapsed_86, %transposed_87 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%270 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %272 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%271, %arg42 : tensor<16x128xf32>, tensor<128xf32>) outs(%269 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<16x128xf32>
    %expanded_88 = tensor.expand_shape %272 [[0, 1], [2]] output_shape [2, 8, 128] : tensor<16x128xf32> into tensor<2x8x128xf32>
    %273 = tensor.empty() : tensor<2x8x128xf32>
    %274 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_88 : tensor<2x8x128xf32>) outs(%273 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.divf %in, %cst_14 : f32
      %295 = math.erf %294 : f32
      %296 = arith.addf %295, %cst_2 : f32
      %297 = arith.mulf %296, %cst_3 : f32
      %298 = arith.mulf %in, %297 : f32
      linalg.yield %298 : f32
    } -> tensor<2x8x128xf32>
    %collapsed_89 = tensor.collapse_shape %274 [[0, 1], [2]] : tensor<2x8x128xf32> into tensor<16x128xf32>
    %transposed_90 = linalg.transpose ins(%arg43 : tensor<64x128xf32>) outs(%107 : tensor<128x64xf32>) permutation = [1, 0] 
    %275 = linalg.matmul ins(%collapsed_89, %transposed_90 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%167 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %276 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%275, %arg44 : tensor<16x64xf32>, tensor<64xf32>) outs(%166 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<16x64xf32>
    %expanded_91 = tensor.expand_shape %276 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %277 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268, %expanded_91 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %278 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%277 : tensor<2x8x64xf32>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %294 = arith.extf %in : f32 to f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %279 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%278 : tensor<2x8x64xf64>) outs(%148 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %280 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%279 : tensor<2x8x1xf64>) outs(%147 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %281 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278, %280 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.subf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %282 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%281, %281 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%145 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %294 = arith.mulf %in, %in_92 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x64xf64>
    %283 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%282 : tensor<2x8x64xf64>) outs(%148 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.addf %in, %out : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %284 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%283 : tensor<2x8x1xf64>) outs(%147 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %294 = arith.divf %in, %cst_12 : f64
      linalg.yield %294 : f64
    } -> tensor<2x8x1xf64>
    %285 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%284 : tensor<2x8x1xf64>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %294 = arith.truncf %in : f64 to f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %286 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%277 : tensor<2x8x64xf32>) outs(%157 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.addf %in, %out : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %287 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%286 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.divf %in, %cst_13 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %288 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%285 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = arith.truncf %cst_11 : f64 to f32
      %295 = arith.addf %in, %294 : f32
      linalg.yield %295 : f32
    } -> tensor<2x8x1xf32>
    %289 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%288 : tensor<2x8x1xf32>) outs(%155 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %294 = math.rsqrt %in : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x1xf32>
    %290 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%277, %287 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.subf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %291 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%290, %289 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %292 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%291, %arg45 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.mulf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    %293 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%292, %arg46 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%127 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %294 = arith.addf %in, %in_92 : f32
      linalg.yield %294 : f32
    } -> tensor<2x8x64xf32>
    return %293 : tensor<2x8x64xf32>
  }
}
