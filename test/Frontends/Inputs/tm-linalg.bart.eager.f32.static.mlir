// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "eager", "dtype": "f32", "expected_blocks": 3, "func": "forward", "model": "bart", "path": "tm-linalg", "shapes": "static"}
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
#map16 = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3)>
#map17 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
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
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 1.000000e-05 : f64
    %cst_8 = arith.constant 6.400000e+01 : f64
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 2.500000e-01 : f32
    %cst_11 = arith.constant 1.41421354 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg49 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %269 = arith.index_cast %in : i64 to index
      %270 = linalg.index 2 : index
      %271 = arith.cmpi slt, %269, %c128 : index
      cf.assert %271, "index must be smaller than dim size"
      %272 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %272, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%269, %270] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %269 = linalg.index 0 : index
      %270 = arith.index_cast %269 : index to i64
      linalg.yield %270 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi64>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %6 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %269 = arith.addi %in, %c2_i64 : i64
      linalg.yield %269 : i64
    } -> tensor<2x16xi64>
    %7 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %269 = arith.index_cast %in : i64 to index
      %270 = linalg.index 2 : index
      %271 = arith.cmpi slt, %269, %c66 : index
      cf.assert %271, "index must be smaller than dim size"
      %272 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %272, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%269, %270] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf64>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %269 = arith.extf %in : f32 to f64
      linalg.yield %269 : f64
    } -> tensor<2x16x64xf64>
    %11 = tensor.empty() : tensor<2x16x1xf64>
    %12 = linalg.fill ins(%cst : f64) outs(%11 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %13 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %15 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %14 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.subf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x64xf64>
    %16 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %15 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.mulf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x64xf64>
    %17 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%16 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %19 = tensor.empty() : tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf64>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %269 = arith.truncf %in : f64 to f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.fill ins(%cst_0 : f32) outs(%19 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_7 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %23 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.subf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %25 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %30 = tensor.empty() : tensor<2x16xi1>
    %31 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg50 : tensor<2x16xi64>) outs(%30 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %269 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %269 : i1
    } -> tensor<2x16xi1>
    %32 = tensor.empty() : tensor<2xi64>
    %33 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%32 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %269 = linalg.index 0 : index
      %270 = arith.index_cast %269 : index to i64
      linalg.yield %270 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %33 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %34 = tensor.empty() : tensor<1x1x16x1xi1>
    %35 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<1x1x16x1xi64>) outs(%34 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %269 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %269 : i1
    } -> tensor<1x1x16x1xi1>
    %36 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %35 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%34 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %269 = arith.andi %in, %in_92 : i1
      linalg.yield %269 : i1
    } -> tensor<1x1x16x1xi1>
    %37 = tensor.empty() : tensor<2x1x1x16xi1>
    %38 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_13 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%37 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_92: i64, %out: i1):
      %269 = arith.cmpi slt, %in, %c0_i64 : i64
      %270 = arith.addi %in, %c2_i64 : i64
      %271 = arith.select %269, %270, %in : i64
      %272 = arith.index_cast %271 : i64 to index
      %273 = arith.cmpi slt, %in_92, %c0_i64 : i64
      %274 = arith.addi %in_92, %c16_i64 : i64
      %275 = arith.select %273, %274, %in_92 : i64
      %276 = arith.index_cast %275 : i64 to index
      %extracted = tensor.extract %31[%272, %276] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %39 = tensor.empty() : tensor<2x1x16x16xi1>
    %40 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36, %38 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%39 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %269 = arith.andi %in, %in_92 : i1
      linalg.yield %269 : i1
    } -> tensor<2x1x16x16xi1>
    %41 = tensor.empty() : tensor<2x1x16x16xf32>
    %42 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%41 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_92: f32, %in_93: f32, %out: f32):
      %269 = arith.select %in, %in_92, %in_93 : f32
      linalg.yield %269 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed = tensor.collapse_shape %29 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %43 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %44 = tensor.empty() : tensor<32x64xf32>
    %45 = linalg.fill ins(%cst_0 : f32) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %46 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %47 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%46, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<32x64xf32>
    %expanded_14 = tensor.expand_shape %47 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_16 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %49 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %50 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%49, %arg3 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<32x64xf32>
    %transposed_17 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %51 = linalg.matmul ins(%collapsed, %transposed_17 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %52 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%51, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %50 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_19 = tensor.expand_shape %52 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_22 = tensor.collapse_shape %transposed_15 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %53 = tensor.empty() : tensor<8x16x16xf32>
    %54 = linalg.fill ins(%cst_0 : f32) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %55 = linalg.batch_matmul ins(%collapsed_22, %collapsed_23 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_24 = tensor.expand_shape %55 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.mulf %in, %cst_10 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %42 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = tensor.empty() : tensor<2x4x16xi64>
    %59 = linalg.fill ins(%c0_i64 : i64) outs(%58 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %60 = tensor.empty() : tensor<2x4x16xf32>
    %61 = linalg.fill ins(%cst_1 : f32) outs(%60 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %62:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%61, %59 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_92: i64):
      %269 = linalg.index 3 : index
      %270 = arith.index_cast %269 : index to i64
      %271 = arith.maximumf %in, %out : f32
      %272 = arith.cmpf ogt, %in, %out : f32
      %273 = arith.select %272, %270, %out_92 : i64
      linalg.yield %271, %273 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_25 = tensor.expand_shape %62#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %63 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %expanded_25 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.subf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.exp %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x4x16x1xf32>
    %66 = linalg.fill ins(%cst_0 : f32) outs(%65 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%66 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %67 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.divf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %68 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %transposed_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %69 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %69 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_30 = tensor.collapse_shape %transposed_29 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_31 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %71 = linalg.matmul ins(%collapsed_30, %transposed_31 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %72 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%71, %arg9 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<32x64xf32>
    %expanded_32 = tensor.expand_shape %72 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %expanded_32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %269 = arith.extf %in : f32 to f64
      linalg.yield %269 : f64
    } -> tensor<2x16x64xf64>
    %75 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%74 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %77 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %76 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.subf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x64xf64>
    %78 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %77 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.mulf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x64xf64>
    %79 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%78 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %80 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf64>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %269 = arith.truncf %in : f64 to f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%73 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_7 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %83 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.subf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %85 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_33 = tensor.collapse_shape %89 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %90 = tensor.empty() : tensor<64x128xf32>
    %transposed_34 = linalg.transpose ins(%arg12 : tensor<128x64xf32>) outs(%90 : tensor<64x128xf32>) permutation = [1, 0] 
    %91 = tensor.empty() : tensor<32x128xf32>
    %92 = linalg.fill ins(%cst_0 : f32) outs(%91 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %93 = linalg.matmul ins(%collapsed_33, %transposed_34 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%92 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %94 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%93, %arg13 : tensor<32x128xf32>, tensor<128xf32>) outs(%91 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<32x128xf32>
    %expanded_35 = tensor.expand_shape %94 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %95 = tensor.empty() : tensor<2x16x128xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x16x128xf32>) outs(%95 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_11 : f32
      %270 = math.erf %269 : f32
      %271 = arith.addf %270, %cst_2 : f32
      %272 = arith.mulf %271, %cst_3 : f32
      %273 = arith.mulf %in, %272 : f32
      linalg.yield %273 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_36 = tensor.collapse_shape %96 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %97 = tensor.empty() : tensor<128x64xf32>
    %transposed_37 = linalg.transpose ins(%arg14 : tensor<64x128xf32>) outs(%97 : tensor<128x64xf32>) permutation = [1, 0] 
    %98 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %99 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%98, %arg15 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<32x64xf32>
    %expanded_38 = tensor.expand_shape %99 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %expanded_38 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %269 = arith.extf %in : f32 to f64
      linalg.yield %269 : f64
    } -> tensor<2x16x64xf64>
    %102 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %104 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %103 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.subf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x64xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %104 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%9 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.mulf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x64xf64>
    %106 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf64>) outs(%12 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf64>) outs(%11 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf64>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %269 = arith.truncf %in : f64 to f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%100 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_7 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %110 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.subf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %112 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %117 = tensor.empty() : tensor<2x8x64xf32>
    %118 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg51 : tensor<2x8xi64>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %269 = arith.index_cast %in : i64 to index
      %270 = linalg.index 2 : index
      %271 = arith.cmpi slt, %269, %c128 : index
      cf.assert %271, "index must be smaller than dim size"
      %272 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %272, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%269, %270] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x8x64xf32>
    %119 = tensor.empty() : tensor<8xi64>
    %120 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%119 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %269 = linalg.index 0 : index
      %270 = arith.index_cast %269 : index to i64
      linalg.yield %270 : i64
    } -> tensor<8xi64>
    %expanded_39 = tensor.expand_shape %120 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_40 = tensor.expand_shape %120 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %121 = tensor.empty() : tensor<1x1x8x8xi1>
    %122 = linalg.generic {indexing_maps = [#map12, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_40, %expanded_39 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%121 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_92: i64, %out: i1):
      %269 = arith.cmpi sle, %in, %in_92 : i64
      linalg.yield %269 : i1
    } -> tensor<1x1x8x8xi1>
    %123 = tensor.empty() : tensor<2x1x8x8xi1>
    %collapsed_41 = tensor.collapse_shape %122 [[0, 1], [2], [3]] : tensor<1x1x8x8xi1> into tensor<1x8x8xi1>
    %124 = linalg.generic {indexing_maps = [#map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<1x8x8xi1>) outs(%123 : tensor<2x1x8x8xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x8x8xi1>
    %125 = tensor.empty() : tensor<2x1x8x8xf32>
    %126 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124, %cst_5, %cst_4 : tensor<2x1x8x8xi1>, tensor<f32>, tensor<f32>) outs(%125 : tensor<2x1x8x8xf32>) {
    ^bb0(%in: i1, %in_92: f32, %in_93: f32, %out: f32):
      %269 = arith.select %in, %in_92, %in_93 : f32
      linalg.yield %269 : f32
    } -> tensor<2x1x8x8xf32>
    %127 = tensor.empty() : tensor<1x1x8x1xi1>
    %128 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<1x1x8x1xi64>) outs(%127 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %269 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %269 : i1
    } -> tensor<1x1x8x1xi1>
    %129 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %128 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%127 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %269 = arith.andi %in, %in_92 : i1
      linalg.yield %269 : i1
    } -> tensor<1x1x8x1xi1>
    %130 = tensor.empty() : tensor<2x1x8x16xi1>
    %131 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%129, %38 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%130 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %269 = arith.andi %in, %in_92 : i1
      linalg.yield %269 : i1
    } -> tensor<2x1x8x16xi1>
    %132 = tensor.empty() : tensor<2x1x8x16xf32>
    %133 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%131, %cst_5, %cst_4 : tensor<2x1x8x16xi1>, tensor<f32>, tensor<f32>) outs(%132 : tensor<2x1x8x16xf32>) {
    ^bb0(%in: i1, %in_92: f32, %in_93: f32, %out: f32):
      %269 = arith.select %in, %in_92, %in_93 : f32
      linalg.yield %269 : f32
    } -> tensor<2x1x8x16xf32>
    %expanded_42 = tensor.expand_shape %120 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %134 = tensor.empty() : tensor<1x8xi64>
    %135 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded_42 : tensor<1x8xi64>) outs(%134 : tensor<1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %269 = arith.addi %in, %c2_i64 : i64
      linalg.yield %269 : i64
    } -> tensor<1x8xi64>
    %136 = tensor.empty() : tensor<1x8x64xf32>
    %137 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<1x8xi64>) outs(%136 : tensor<1x8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %269 = arith.index_cast %in : i64 to index
      %270 = linalg.index 2 : index
      %271 = arith.cmpi slt, %269, %c66 : index
      cf.assert %271, "index must be smaller than dim size"
      %272 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %272, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg20[%269, %270] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x8x64xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map17, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %137 : tensor<2x8x64xf32>, tensor<1x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %139 = tensor.empty() : tensor<2x8x64xf64>
    %140 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x8x64xf32>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %269 = arith.extf %in : f32 to f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %141 = tensor.empty() : tensor<2x8x1xf64>
    %142 = linalg.fill ins(%cst : f64) outs(%141 : tensor<2x8x1xf64>) -> tensor<2x8x1xf64>
    %143 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%140 : tensor<2x8x64xf64>) outs(%142 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<2x8x1xf64>) outs(%141 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %145 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %144 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.subf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %146 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %145 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.mulf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %147 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%146 : tensor<2x8x64xf64>) outs(%142 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x8x1xf64>) outs(%141 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %149 = tensor.empty() : tensor<2x8x1xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x8x1xf64>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %269 = arith.truncf %in : f64 to f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %151 = linalg.fill ins(%cst_0 : f32) outs(%149 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%138 : tensor<2x8x64xf32>) outs(%151 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_7 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x1xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %153 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.subf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156, %155 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %arg47 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %arg48 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_43 = tensor.collapse_shape %159 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_44 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %160 = tensor.empty() : tensor<16x64xf32>
    %161 = linalg.fill ins(%cst_0 : f32) outs(%160 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %162 = linalg.matmul ins(%collapsed_43, %transposed_44 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%161 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%162, %arg26 : tensor<16x64xf32>, tensor<64xf32>) outs(%160 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<16x64xf32>
    %expanded_45 = tensor.expand_shape %163 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %164 = tensor.empty() : tensor<2x4x8x16xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x8x4x16xf32>) outs(%164 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_47 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %165 = linalg.matmul ins(%collapsed_43, %transposed_47 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%161 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %166 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%165, %arg22 : tensor<16x64xf32>, tensor<64xf32>) outs(%160 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<16x64xf32>
    %transposed_48 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %167 = linalg.matmul ins(%collapsed_43, %transposed_48 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%161 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %168 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%167, %arg24 : tensor<16x64xf32>, tensor<64xf32>) outs(%160 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<16x64xf32>
    %expanded_49 = tensor.expand_shape %166 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %expanded_50 = tensor.expand_shape %168 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_51 = linalg.transpose ins(%expanded_50 : tensor<2x8x4x16xf32>) outs(%164 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %169 = tensor.empty() : tensor<2x4x16x8xf32>
    %transposed_52 = linalg.transpose ins(%expanded_49 : tensor<2x8x4x16xf32>) outs(%169 : tensor<2x4x16x8xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_53 = tensor.collapse_shape %transposed_46 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_54 = tensor.collapse_shape %transposed_52 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
    %170 = tensor.empty() : tensor<8x8x8xf32>
    %171 = linalg.fill ins(%cst_0 : f32) outs(%170 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %172 = linalg.batch_matmul ins(%collapsed_53, %collapsed_54 : tensor<8x8x16xf32>, tensor<8x16x8xf32>) outs(%171 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_55 = tensor.expand_shape %172 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %173 = tensor.empty() : tensor<2x4x8x8xf32>
    %174 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_55 : tensor<2x4x8x8xf32>) outs(%173 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.mulf %in, %cst_10 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x8xf32>
    %175 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%174, %126 : tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) outs(%173 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x8xf32>
    %176 = tensor.empty() : tensor<2x4x8xi64>
    %177 = linalg.fill ins(%c0_i64 : i64) outs(%176 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %178 = tensor.empty() : tensor<2x4x8xf32>
    %179 = linalg.fill ins(%cst_1 : f32) outs(%178 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %180:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%175 : tensor<2x4x8x8xf32>) outs(%179, %177 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_92: i64):
      %269 = linalg.index 3 : index
      %270 = arith.index_cast %269 : index to i64
      %271 = arith.maximumf %in, %out : f32
      %272 = arith.cmpf ogt, %in, %out : f32
      %273 = arith.select %272, %270, %out_92 : i64
      linalg.yield %271, %273 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_56 = tensor.expand_shape %180#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %181 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%175, %expanded_56 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%173 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.subf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x8xf32>
    %182 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%181 : tensor<2x4x8x8xf32>) outs(%173 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.exp %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x8xf32>
    %183 = tensor.empty() : tensor<2x4x8x1xf32>
    %184 = linalg.fill ins(%cst_0 : f32) outs(%183 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %185 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%182 : tensor<2x4x8x8xf32>) outs(%184 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x1xf32>
    %186 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%182, %185 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%173 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.divf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_57 = tensor.collapse_shape %186 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_58 = tensor.collapse_shape %transposed_51 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %187 = tensor.empty() : tensor<8x8x16xf32>
    %188 = linalg.fill ins(%cst_0 : f32) outs(%187 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %189 = linalg.batch_matmul ins(%collapsed_57, %collapsed_58 : tensor<8x8x8xf32>, tensor<8x8x16xf32>) outs(%188 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_59 = tensor.expand_shape %189 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %190 = tensor.empty() : tensor<2x8x4x16xf32>
    %transposed_60 = linalg.transpose ins(%expanded_59 : tensor<2x4x8x16xf32>) outs(%190 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_61 = tensor.collapse_shape %transposed_60 [[0, 1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<16x64xf32>
    %transposed_62 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %191 = linalg.matmul ins(%collapsed_61, %transposed_62 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%161 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %192 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%191, %arg28 : tensor<16x64xf32>, tensor<64xf32>) outs(%160 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<16x64xf32>
    %expanded_63 = tensor.expand_shape %192 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %193 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %expanded_63 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %194 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193 : tensor<2x8x64xf32>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %269 = arith.extf %in : f32 to f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %195 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%194 : tensor<2x8x64xf64>) outs(%142 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %196 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%195 : tensor<2x8x1xf64>) outs(%141 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %197 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194, %196 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.subf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %198 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197, %197 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.mulf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %199 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%198 : tensor<2x8x64xf64>) outs(%142 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %200 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199 : tensor<2x8x1xf64>) outs(%141 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %201 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200 : tensor<2x8x1xf64>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %269 = arith.truncf %in : f64 to f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %202 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%193 : tensor<2x8x64xf32>) outs(%151 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %203 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %204 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_7 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x1xf32>
    %205 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%204 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %206 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193, %203 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.subf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %207 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206, %205 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %208 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%207, %arg29 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %209 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208, %arg30 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_64 = tensor.collapse_shape %209 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_65 = linalg.transpose ins(%arg35 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %210 = linalg.matmul ins(%collapsed_64, %transposed_65 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%161 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %211 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%210, %arg36 : tensor<16x64xf32>, tensor<64xf32>) outs(%160 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<16x64xf32>
    %expanded_66 = tensor.expand_shape %211 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_67 = linalg.transpose ins(%expanded_66 : tensor<2x8x4x16xf32>) outs(%164 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_68 = tensor.collapse_shape %116 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_69 = linalg.transpose ins(%arg31 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %212 = linalg.matmul ins(%collapsed_68, %transposed_69 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %213 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%212, %arg32 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<32x64xf32>
    %transposed_70 = linalg.transpose ins(%arg33 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %214 = linalg.matmul ins(%collapsed_68, %transposed_70 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %215 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%214, %arg34 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<32x64xf32>
    %expanded_71 = tensor.expand_shape %213 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_72 = tensor.expand_shape %215 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_73 = linalg.transpose ins(%expanded_72 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_74 = linalg.transpose ins(%expanded_71 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_75 = tensor.collapse_shape %transposed_67 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_76 = tensor.collapse_shape %transposed_74 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %216 = linalg.batch_matmul ins(%collapsed_75, %collapsed_76 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%188 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_77 = tensor.expand_shape %216 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %217 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_77 : tensor<2x4x8x16xf32>) outs(%164 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.mulf %in, %cst_10 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x16xf32>
    %218 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%217, %133 : tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) outs(%164 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x16xf32>
    %219:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%218 : tensor<2x4x8x16xf32>) outs(%179, %177 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_92: i64):
      %269 = linalg.index 3 : index
      %270 = arith.index_cast %269 : index to i64
      %271 = arith.maximumf %in, %out : f32
      %272 = arith.cmpf ogt, %in, %out : f32
      %273 = arith.select %272, %270, %out_92 : i64
      linalg.yield %271, %273 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_78 = tensor.expand_shape %219#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %220 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%218, %expanded_78 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%164 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.subf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x16xf32>
    %221 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%220 : tensor<2x4x8x16xf32>) outs(%164 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.exp %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x16xf32>
    %222 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%221 : tensor<2x4x8x16xf32>) outs(%184 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x1xf32>
    %223 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%221, %222 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%164 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.divf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x16xf32>
    %collapsed_79 = tensor.collapse_shape %223 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_80 = tensor.collapse_shape %transposed_73 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %224 = linalg.batch_matmul ins(%collapsed_79, %collapsed_80 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%188 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_81 = tensor.expand_shape %224 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %transposed_82 = linalg.transpose ins(%expanded_81 : tensor<2x4x8x16xf32>) outs(%190 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_83 = tensor.collapse_shape %transposed_82 [[0, 1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<16x64xf32>
    %transposed_84 = linalg.transpose ins(%arg37 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %225 = linalg.matmul ins(%collapsed_83, %transposed_84 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%161 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %226 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%225, %arg38 : tensor<16x64xf32>, tensor<64xf32>) outs(%160 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<16x64xf32>
    %expanded_85 = tensor.expand_shape %226 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %227 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%209, %expanded_85 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %228 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227 : tensor<2x8x64xf32>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %269 = arith.extf %in : f32 to f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %229 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%228 : tensor<2x8x64xf64>) outs(%142 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %230 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229 : tensor<2x8x1xf64>) outs(%141 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %231 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228, %230 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.subf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %232 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231, %231 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.mulf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %233 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%232 : tensor<2x8x64xf64>) outs(%142 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %234 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%233 : tensor<2x8x1xf64>) outs(%141 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %235 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234 : tensor<2x8x1xf64>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %269 = arith.truncf %in : f64 to f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %236 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%227 : tensor<2x8x64xf32>) outs(%151 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %237 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %238 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_7 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x1xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %240 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227, %237 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.subf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %241 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240, %239 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %242 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241, %arg39 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %243 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%242, %arg40 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_86 = tensor.collapse_shape %243 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_87 = linalg.transpose ins(%arg41 : tensor<128x64xf32>) outs(%90 : tensor<64x128xf32>) permutation = [1, 0] 
    %244 = tensor.empty() : tensor<16x128xf32>
    %245 = linalg.fill ins(%cst_0 : f32) outs(%244 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %246 = linalg.matmul ins(%collapsed_86, %transposed_87 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%245 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %247 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%246, %arg42 : tensor<16x128xf32>, tensor<128xf32>) outs(%244 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<16x128xf32>
    %expanded_88 = tensor.expand_shape %247 [[0, 1], [2]] output_shape [2, 8, 128] : tensor<16x128xf32> into tensor<2x8x128xf32>
    %248 = tensor.empty() : tensor<2x8x128xf32>
    %249 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_88 : tensor<2x8x128xf32>) outs(%248 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_11 : f32
      %270 = math.erf %269 : f32
      %271 = arith.addf %270, %cst_2 : f32
      %272 = arith.mulf %271, %cst_3 : f32
      %273 = arith.mulf %in, %272 : f32
      linalg.yield %273 : f32
    } -> tensor<2x8x128xf32>
    %collapsed_89 = tensor.collapse_shape %249 [[0, 1], [2]] : tensor<2x8x128xf32> into tensor<16x128xf32>
    %transposed_90 = linalg.transpose ins(%arg43 : tensor<64x128xf32>) outs(%97 : tensor<128x64xf32>) permutation = [1, 0] 
    %250 = linalg.matmul ins(%collapsed_89, %transposed_90 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%161 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %251 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%250, %arg44 : tensor<16x64xf32>, tensor<64xf32>) outs(%160 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<16x64xf32>
    %expanded_91 = tensor.expand_shape %251 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %252 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243, %expanded_91 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %253 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%252 : tensor<2x8x64xf32>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %269 = arith.extf %in : f32 to f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %254 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%253 : tensor<2x8x64xf64>) outs(%142 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %255 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%254 : tensor<2x8x1xf64>) outs(%141 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %256 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253, %255 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.subf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %257 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256, %256 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%139 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %269 = arith.mulf %in, %in_92 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x64xf64>
    %258 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%257 : tensor<2x8x64xf64>) outs(%142 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.addf %in, %out : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %259 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258 : tensor<2x8x1xf64>) outs(%141 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %269 = arith.divf %in, %cst_8 : f64
      linalg.yield %269 : f64
    } -> tensor<2x8x1xf64>
    %260 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259 : tensor<2x8x1xf64>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %269 = arith.truncf %in : f64 to f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %261 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%252 : tensor<2x8x64xf32>) outs(%151 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %262 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%261 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %263 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_7 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x1xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%263 : tensor<2x8x1xf32>) outs(%149 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %265 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%252, %262 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.subf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265, %264 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %267 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266, %arg45 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.mulf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %268 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%267, %arg46 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%117 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %269 = arith.addf %in, %in_92 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    return %268 : tensor<2x8x64xf32>
  }
}
