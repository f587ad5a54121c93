// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "eager", "dtype": "f32", "expected_blocks": 3, "func": "main", "model": "bart", "path": "turbine-iree", "shapes": "static"}
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
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<66x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64x64xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64x64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64x64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<64xf32>, %arg41: tensor<128x64xf32>, %arg42: tensor<128xf32>, %arg43: tensor<64x128xf32>, %arg44: tensor<64xf32>, %arg45: tensor<64xf32>, %arg46: tensor<64xf32>, %arg47: tensor<64xf32>, %arg48: tensor<64xf32>, %arg49: tensor<2x16xi64>, %arg50: tensor<2x16xi64>, %arg51: tensor<2x8xi64>) -> tensor<2x8x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %c66 = arith.constant 66 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 9.99999974E-6 : f32
    %cst_8 = arith.constant 6.400000e+01 : f32
    %cst_9 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg49 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %242 = arith.index_cast %in : i64 to index
      %243 = linalg.index 2 : index
      %244 = arith.cmpi slt, %242, %c128 : index
      cf.assert %244, "index must be smaller than dim size"
      %245 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %245, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%242, %243] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %242 = linalg.index 0 : index
      %243 = arith.index_cast %242 : index to i64
      linalg.yield %243 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi64>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %6 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %242 = arith.addi %in, %c2_i64 : i64
      linalg.yield %242 : i64
    } -> tensor<2x16xi64>
    %7 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %242 = arith.index_cast %in : i64 to index
      %243 = linalg.index 2 : index
      %244 = arith.cmpi slt, %242, %c66 : index
      cf.assert %244, "index must be smaller than dim size"
      %245 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %245, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%242, %243] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x1xf32>
    %10 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %11 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %12 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %13 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.subf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %14 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%15 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %cst_7 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = math.rsqrt %in : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_10 = tensor.collapse_shape %19 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_10 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %20 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %24 = tensor.empty() : tensor<2x16xi1>
    %25 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg50 : tensor<2x16xi64>) outs(%24 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %242 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %242 : i1
    } -> tensor<2x16xi1>
    %26 = tensor.empty() : tensor<2xi64>
    %27 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%26 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %242 = linalg.index 0 : index
      %243 = arith.index_cast %242 : index to i64
      linalg.yield %243 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %27 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_11 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %28 = tensor.empty() : tensor<1x1x16x1xi1>
    %29 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<1x1x16x1xi64>) outs(%28 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %242 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %242 : i1
    } -> tensor<1x1x16x1xi1>
    %30 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %29 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%28 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_104: i1, %out: i1):
      %242 = arith.andi %in, %in_104 : i1
      linalg.yield %242 : i1
    } -> tensor<1x1x16x1xi1>
    %31 = tensor.empty() : tensor<2x1x1x16xi1>
    %32 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_12 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%31 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_104: i64, %out: i1):
      %242 = arith.cmpi slt, %in, %c0_i64 : i64
      %243 = arith.addi %in, %c2_i64 : i64
      %244 = arith.select %242, %243, %in : i64
      %245 = arith.index_cast %244 : i64 to index
      %246 = arith.cmpi slt, %in_104, %c0_i64 : i64
      %247 = arith.addi %in_104, %c16_i64 : i64
      %248 = arith.select %246, %247, %in_104 : i64
      %249 = arith.index_cast %248 : i64 to index
      %extracted = tensor.extract %25[%245, %249] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %33 = tensor.empty() : tensor<2x1x16x16xi1>
    %34 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30, %32 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%33 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_104: i1, %out: i1):
      %242 = arith.andi %in, %in_104 : i1
      linalg.yield %242 : i1
    } -> tensor<2x1x16x16xi1>
    %35 = tensor.empty() : tensor<2x1x16x16xf32>
    %36 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%35 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_104: f32, %in_105: f32, %out: f32):
      %242 = arith.select %in, %in_104, %in_105 : f32
      linalg.yield %242 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_13 = tensor.collapse_shape %23 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %37 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %38 = tensor.empty() : tensor<32x64xf32>
    %39 = linalg.fill ins(%cst : f32) outs(%38 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %40 = linalg.matmul ins(%collapsed_13, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %41 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg7, %40 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<32x64xf32>
    %expanded_14 = tensor.expand_shape %41 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %42 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_16 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %43 = linalg.matmul ins(%collapsed_13, %transposed_16 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %44 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg3, %43 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<32x64xf32>
    %transposed_17 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %45 = linalg.matmul ins(%collapsed_13, %transposed_17 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %46 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg5, %45 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %44 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_19 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_22 = tensor.collapse_shape %transposed_15 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %47 = tensor.empty() : tensor<8x16x16xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %49 = linalg.batch_matmul ins(%collapsed_22, %collapsed_23 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_24 = tensor.expand_shape %49 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.mulf %in, %cst_9 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %36 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = tensor.empty() : tensor<2x4x16xi64>
    %53 = linalg.fill ins(%c0_i64 : i64) outs(%52 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %54 = tensor.empty() : tensor<2x4x16xf32>
    %55 = linalg.fill ins(%cst_0 : f32) outs(%54 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %56:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%51 : tensor<2x4x16x16xf32>) outs(%55, %53 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_104: i64):
      %242 = linalg.index 3 : index
      %243 = arith.index_cast %242 : index to i64
      %244 = arith.maximumf %in, %out : f32
      %245 = arith.cmpf ogt, %in, %out : f32
      %246 = arith.select %245, %243, %out_104 : i64
      linalg.yield %244, %246 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_25 = tensor.expand_shape %56#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %57 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %expanded_25 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.subf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = math.exp %in : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = tensor.empty() : tensor<2x4x16x1xf32>
    %60 = linalg.fill ins(%cst : f32) outs(%59 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %61 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%58 : tensor<2x4x16x16xf32>) outs(%60 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %61 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.divf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %62 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %transposed_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %63 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %63 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x4x16x16xf32>) outs(%64 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_30 = tensor.collapse_shape %transposed_29 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_31 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %65 = linalg.matmul ins(%collapsed_30, %transposed_31 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %66 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg9, %65 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<32x64xf32>
    %expanded_32 = tensor.expand_shape %66 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %expanded_32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%67 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_33 = tensor.collapse_shape %69 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %70 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.subf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %71 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%72 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %cst_7 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = math.rsqrt %in : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_34 = tensor.collapse_shape %76 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %77 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_35 = tensor.collapse_shape %80 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %81 = tensor.empty() : tensor<64x128xf32>
    %transposed_36 = linalg.transpose ins(%arg12 : tensor<128x64xf32>) outs(%81 : tensor<64x128xf32>) permutation = [1, 0] 
    %82 = tensor.empty() : tensor<32x128xf32>
    %83 = linalg.fill ins(%cst : f32) outs(%82 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %84 = linalg.matmul ins(%collapsed_35, %transposed_36 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%83 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %85 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg13, %84 : tensor<128xf32>, tensor<32x128xf32>) outs(%82 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<32x128xf32>
    %expanded_37 = tensor.expand_shape %85 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %86 = tensor.empty() : tensor<2x16x128xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x16x128xf32>) outs(%86 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_1 : f32
      %243 = math.erf %242 : f32
      %244 = arith.addf %243, %cst_2 : f32
      %245 = arith.mulf %244, %cst_3 : f32
      %246 = arith.mulf %in, %245 : f32
      linalg.yield %246 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_38 = tensor.collapse_shape %87 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %88 = tensor.empty() : tensor<128x64xf32>
    %transposed_39 = linalg.transpose ins(%arg14 : tensor<64x128xf32>) outs(%88 : tensor<128x64xf32>) permutation = [1, 0] 
    %89 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %90 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg15, %89 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<32x64xf32>
    %expanded_40 = tensor.expand_shape %90 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %expanded_40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%91 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %93 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.subf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %95 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%96 : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %cst_7 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = math.rsqrt %in : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %100 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %101 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x16x64xf32>
    %105 = tensor.empty() : tensor<2x8x64xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg51 : tensor<2x8xi64>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %242 = arith.index_cast %in : i64 to index
      %243 = linalg.index 2 : index
      %244 = arith.cmpi slt, %242, %c128 : index
      cf.assert %244, "index must be smaller than dim size"
      %245 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %245, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%242, %243] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x8x64xf32>
    %107 = tensor.empty() : tensor<8xi64>
    %108 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%107 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %242 = linalg.index 0 : index
      %243 = arith.index_cast %242 : index to i64
      linalg.yield %243 : i64
    } -> tensor<8xi64>
    %expanded_43 = tensor.expand_shape %108 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %expanded_44 = tensor.expand_shape %108 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_45 = tensor.expand_shape %108 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %109 = tensor.empty() : tensor<1x1x8x8xi1>
    %110 = linalg.generic {indexing_maps = [#map12, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_45, %expanded_44 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%109 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_104: i64, %out: i1):
      %242 = arith.cmpi sle, %in, %in_104 : i64
      linalg.yield %242 : i1
    } -> tensor<1x1x8x8xi1>
    %111 = tensor.empty() : tensor<2x1x8x8xi1>
    %collapsed_46 = tensor.collapse_shape %110 [[0, 1], [2], [3]] : tensor<1x1x8x8xi1> into tensor<1x8x8xi1>
    %112 = linalg.generic {indexing_maps = [#map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<1x8x8xi1>) outs(%111 : tensor<2x1x8x8xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x8x8xi1>
    %113 = tensor.empty() : tensor<2x1x8x8xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%112, %cst_5, %cst_4 : tensor<2x1x8x8xi1>, tensor<f32>, tensor<f32>) outs(%113 : tensor<2x1x8x8xf32>) {
    ^bb0(%in: i1, %in_104: f32, %in_105: f32, %out: f32):
      %242 = arith.select %in, %in_104, %in_105 : f32
      linalg.yield %242 : f32
    } -> tensor<2x1x8x8xf32>
    %115 = tensor.empty() : tensor<1x1x8x1xi1>
    %116 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_44 : tensor<1x1x8x1xi64>) outs(%115 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %242 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %242 : i1
    } -> tensor<1x1x8x1xi1>
    %117 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %116 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%115 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_104: i1, %out: i1):
      %242 = arith.andi %in, %in_104 : i1
      linalg.yield %242 : i1
    } -> tensor<1x1x8x1xi1>
    %118 = tensor.empty() : tensor<2x1x8x16xi1>
    %119 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%117, %32 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%118 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_104: i1, %out: i1):
      %242 = arith.andi %in, %in_104 : i1
      linalg.yield %242 : i1
    } -> tensor<2x1x8x16xi1>
    %120 = tensor.empty() : tensor<2x1x8x16xf32>
    %121 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%119, %cst_5, %cst_4 : tensor<2x1x8x16xi1>, tensor<f32>, tensor<f32>) outs(%120 : tensor<2x1x8x16xf32>) {
    ^bb0(%in: i1, %in_104: f32, %in_105: f32, %out: f32):
      %242 = arith.select %in, %in_104, %in_105 : f32
      linalg.yield %242 : f32
    } -> tensor<2x1x8x16xf32>
    %122 = tensor.empty() : tensor<1x8xi64>
    %123 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded_43 : tensor<1x8xi64>) outs(%122 : tensor<1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %242 = arith.addi %in, %c2_i64 : i64
      linalg.yield %242 : i64
    } -> tensor<1x8xi64>
    %124 = tensor.empty() : tensor<1x8x64xf32>
    %125 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<1x8xi64>) outs(%124 : tensor<1x8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %242 = arith.index_cast %in : i64 to index
      %243 = linalg.index 2 : index
      %244 = arith.cmpi slt, %242, %c66 : index
      cf.assert %244, "index must be smaller than dim size"
      %245 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %245, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg20[%242, %243] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x8x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map17, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %125 : tensor<2x8x64xf32>, tensor<1x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %127 = tensor.empty() : tensor<2x8x1xf32>
    %128 = linalg.fill ins(%cst : f32) outs(%127 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%126 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_47 = tensor.collapse_shape %130 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %131 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_47 : tensor<2x8xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %131 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.subf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %133 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %132 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%133 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %cst_7 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = math.rsqrt %in : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_48 = tensor.collapse_shape %137 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_48 : tensor<2x8xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %138 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %arg47 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %arg48 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_49 = tensor.collapse_shape %141 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_50 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %142 = tensor.empty() : tensor<16x64xf32>
    %143 = linalg.fill ins(%cst : f32) outs(%142 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %144 = linalg.matmul ins(%collapsed_49, %transposed_50 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%143 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %145 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg26, %144 : tensor<64xf32>, tensor<16x64xf32>) outs(%142 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<16x64xf32>
    %expanded_51 = tensor.expand_shape %145 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %146 = tensor.empty() : tensor<2x4x8x16xf32>
    %transposed_52 = linalg.transpose ins(%expanded_51 : tensor<2x8x4x16xf32>) outs(%146 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_53 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %147 = linalg.matmul ins(%collapsed_49, %transposed_53 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%143 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %148 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg22, %147 : tensor<64xf32>, tensor<16x64xf32>) outs(%142 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<16x64xf32>
    %transposed_54 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %149 = linalg.matmul ins(%collapsed_49, %transposed_54 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%143 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg24, %149 : tensor<64xf32>, tensor<16x64xf32>) outs(%142 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<16x64xf32>
    %expanded_55 = tensor.expand_shape %148 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %expanded_56 = tensor.expand_shape %150 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_57 = linalg.transpose ins(%expanded_56 : tensor<2x8x4x16xf32>) outs(%146 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %151 = tensor.empty() : tensor<2x4x16x8xf32>
    %transposed_58 = linalg.transpose ins(%expanded_55 : tensor<2x8x4x16xf32>) outs(%151 : tensor<2x4x16x8xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_59 = tensor.collapse_shape %transposed_52 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_60 = tensor.collapse_shape %transposed_58 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
    %152 = tensor.empty() : tensor<8x8x8xf32>
    %153 = linalg.fill ins(%cst : f32) outs(%152 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %154 = linalg.batch_matmul ins(%collapsed_59, %collapsed_60 : tensor<8x8x16xf32>, tensor<8x16x8xf32>) outs(%153 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_61 = tensor.expand_shape %154 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %155 = tensor.empty() : tensor<2x4x8x8xf32>
    %156 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_61 : tensor<2x4x8x8xf32>) outs(%155 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.mulf %in, %cst_9 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x8xf32>
    %157 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%156, %114 : tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) outs(%155 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x8xf32>
    %158 = tensor.empty() : tensor<2x4x8xi64>
    %159 = linalg.fill ins(%c0_i64 : i64) outs(%158 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %160 = tensor.empty() : tensor<2x4x8xf32>
    %161 = linalg.fill ins(%cst_0 : f32) outs(%160 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %162:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%157 : tensor<2x4x8x8xf32>) outs(%161, %159 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_104: i64):
      %242 = linalg.index 3 : index
      %243 = arith.index_cast %242 : index to i64
      %244 = arith.maximumf %in, %out : f32
      %245 = arith.cmpf ogt, %in, %out : f32
      %246 = arith.select %245, %243, %out_104 : i64
      linalg.yield %244, %246 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_62 = tensor.expand_shape %162#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %163 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%157, %expanded_62 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%155 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.subf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x8xf32>
    %164 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%163 : tensor<2x4x8x8xf32>) outs(%155 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = math.exp %in : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x8xf32>
    %165 = tensor.empty() : tensor<2x4x8x1xf32>
    %166 = linalg.fill ins(%cst : f32) outs(%165 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %167 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%164 : tensor<2x4x8x8xf32>) outs(%166 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x1xf32>
    %168 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%164, %167 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%155 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.divf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_63 = tensor.collapse_shape %168 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_64 = tensor.collapse_shape %transposed_57 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %169 = tensor.empty() : tensor<8x8x16xf32>
    %170 = linalg.fill ins(%cst : f32) outs(%169 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %171 = linalg.batch_matmul ins(%collapsed_63, %collapsed_64 : tensor<8x8x8xf32>, tensor<8x8x16xf32>) outs(%170 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_65 = tensor.expand_shape %171 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %172 = tensor.empty() : tensor<2x8x4x16xf32>
    %transposed_66 = linalg.transpose ins(%expanded_65 : tensor<2x4x8x16xf32>) outs(%172 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_67 = tensor.collapse_shape %transposed_66 [[0, 1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<16x64xf32>
    %transposed_68 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %173 = linalg.matmul ins(%collapsed_67, %transposed_68 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%143 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %174 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg28, %173 : tensor<64xf32>, tensor<16x64xf32>) outs(%142 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<16x64xf32>
    %expanded_69 = tensor.expand_shape %174 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %175 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %expanded_69 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %176 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%175 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %177 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_70 = tensor.collapse_shape %177 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %178 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_70 : tensor<2x8xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %179 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175, %178 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.subf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %180 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179, %179 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %181 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%180 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %182 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %183 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %cst_7 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %184 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = math.rsqrt %in : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_71 = tensor.collapse_shape %184 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %185 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_71 : tensor<2x8xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %186 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179, %185 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %187 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%186, %arg29 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %188 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187, %arg30 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_72 = tensor.collapse_shape %188 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_73 = linalg.transpose ins(%arg35 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %189 = linalg.matmul ins(%collapsed_72, %transposed_73 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%143 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %190 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg36, %189 : tensor<64xf32>, tensor<16x64xf32>) outs(%142 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<16x64xf32>
    %expanded_74 = tensor.expand_shape %190 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_75 = linalg.transpose ins(%expanded_74 : tensor<2x8x4x16xf32>) outs(%146 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_76 = tensor.collapse_shape %104 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_77 = linalg.transpose ins(%arg31 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %191 = linalg.matmul ins(%collapsed_76, %transposed_77 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %192 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg32, %191 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<32x64xf32>
    %transposed_78 = linalg.transpose ins(%arg33 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %193 = linalg.matmul ins(%collapsed_76, %transposed_78 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %194 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg34, %193 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<32x64xf32>
    %expanded_79 = tensor.expand_shape %192 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_80 = tensor.expand_shape %194 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_81 = linalg.transpose ins(%expanded_80 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_82 = linalg.transpose ins(%expanded_79 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_83 = tensor.collapse_shape %transposed_75 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_84 = tensor.collapse_shape %transposed_82 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %195 = linalg.batch_matmul ins(%collapsed_83, %collapsed_84 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%170 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_85 = tensor.expand_shape %195 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %196 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_85 : tensor<2x4x8x16xf32>) outs(%146 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.mulf %in, %cst_9 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x16xf32>
    %197 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%196, %121 : tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) outs(%146 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x16xf32>
    %198:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%197 : tensor<2x4x8x16xf32>) outs(%161, %159 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_104: i64):
      %242 = linalg.index 3 : index
      %243 = arith.index_cast %242 : index to i64
      %244 = arith.maximumf %in, %out : f32
      %245 = arith.cmpf ogt, %in, %out : f32
      %246 = arith.select %245, %243, %out_104 : i64
      linalg.yield %244, %246 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_86 = tensor.expand_shape %198#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %199 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%197, %expanded_86 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%146 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.subf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x16xf32>
    %200 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%199 : tensor<2x4x8x16xf32>) outs(%146 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = math.exp %in : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x16xf32>
    %201 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%200 : tensor<2x4x8x16xf32>) outs(%166 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x1xf32>
    %202 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%200, %201 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%146 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.divf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x4x8x16xf32>
    %collapsed_87 = tensor.collapse_shape %202 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_88 = tensor.collapse_shape %transposed_81 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %203 = linalg.batch_matmul ins(%collapsed_87, %collapsed_88 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%170 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_89 = tensor.expand_shape %203 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %transposed_90 = linalg.transpose ins(%expanded_89 : tensor<2x4x8x16xf32>) outs(%172 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_91 = tensor.collapse_shape %transposed_90 [[0, 1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<16x64xf32>
    %transposed_92 = linalg.transpose ins(%arg37 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %204 = linalg.matmul ins(%collapsed_91, %transposed_92 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%143 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %205 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg38, %204 : tensor<64xf32>, tensor<16x64xf32>) outs(%142 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<16x64xf32>
    %expanded_93 = tensor.expand_shape %205 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %206 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188, %expanded_93 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %207 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%206 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %208 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%207 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_94 = tensor.collapse_shape %208 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %209 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_94 : tensor<2x8xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %210 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206, %209 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.subf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %211 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210, %210 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %212 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%211 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %213 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%212 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %214 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%213 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %cst_7 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %215 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%214 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = math.rsqrt %in : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_95 = tensor.collapse_shape %215 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %216 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_95 : tensor<2x8xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %217 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210, %216 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %218 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217, %arg39 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %219 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%218, %arg40 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_96 = tensor.collapse_shape %219 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_97 = linalg.transpose ins(%arg41 : tensor<128x64xf32>) outs(%81 : tensor<64x128xf32>) permutation = [1, 0] 
    %220 = tensor.empty() : tensor<16x128xf32>
    %221 = linalg.fill ins(%cst : f32) outs(%220 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %222 = linalg.matmul ins(%collapsed_96, %transposed_97 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%221 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %223 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg42, %222 : tensor<128xf32>, tensor<16x128xf32>) outs(%220 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<16x128xf32>
    %expanded_98 = tensor.expand_shape %223 [[0, 1], [2]] output_shape [2, 8, 128] : tensor<16x128xf32> into tensor<2x8x128xf32>
    %224 = tensor.empty() : tensor<2x8x128xf32>
    %225 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_98 : tensor<2x8x128xf32>) outs(%224 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_1 : f32
      %243 = math.erf %242 : f32
      %244 = arith.addf %243, %cst_2 : f32
      %245 = arith.mulf %244, %cst_3 : f32
      %246 = arith.mulf %in, %245 : f32
      linalg.yield %246 : f32
    } -> tensor<2x8x128xf32>
    %collapsed_99 = tensor.collapse_shape %225 [[0, 1], [2]] : tensor<2x8x128xf32> into tensor<16x128xf32>
    %transposed_100 = linalg.transpose ins(%arg43 : tensor<64x128xf32>) outs(%88 : tensor<128x64xf32>) permutation = [1, 0] 
    %226 = linalg.matmul ins(%collapsed_99, %transposed_100 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%143 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %227 = linalg.generic {indexing_maps = [#map3, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg44, %226 : tensor<64xf32>, tensor<16x64xf32>) outs(%142 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<16x64xf32>
    %expanded_101 = tensor.expand_shape %227 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %228 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219, %expanded_101 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %229 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%228 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %230 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_102 = tensor.collapse_shape %230 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %231 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_102 : tensor<2x8xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %232 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228, %231 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.subf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %233 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232, %232 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %234 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%233 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %out : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %235 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.divf %in, %cst_8 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %236 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = arith.addf %in, %cst_7 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %237 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236 : tensor<2x8x1xf32>) outs(%127 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %242 = math.rsqrt %in : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_103 = tensor.collapse_shape %237 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %238 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_103 : tensor<2x8xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232, %238 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %240 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239, %arg45 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.mulf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    %241 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240, %arg46 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%105 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_104: f32, %out: f32):
      %242 = arith.addf %in, %in_104 : f32
      linalg.yield %242 : f32
    } -> tensor<2x8x64xf32>
    return %241 : tensor<2x8x64xf32>
  }
}

