// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [8, 4]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [8, 4]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "eager", "dtype": "bf16", "expected_blocks": 3, "func": "forward", "model": "t5", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> ()>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1) -> (0, d1)>
#map13 = affine_map<(d0, d1) -> (d0, 0)>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3)>
module {
  func.func @forward(%arg0: tensor<128x64xbf16>, %arg1: tensor<64x64xbf16>, %arg2: tensor<64x64xbf16>, %arg3: tensor<64x64xbf16>, %arg4: tensor<64x64xbf16>, %arg5: tensor<8x4xbf16>, %arg6: tensor<64xbf16>, %arg7: tensor<128x64xbf16>, %arg8: tensor<64x128xbf16>, %arg9: tensor<64xbf16>, %arg10: tensor<64xbf16>, %arg11: tensor<64x64xbf16>, %arg12: tensor<64x64xbf16>, %arg13: tensor<64x64xbf16>, %arg14: tensor<64x64xbf16>, %arg15: tensor<8x4xbf16>, %arg16: tensor<64xbf16>, %arg17: tensor<64x64xbf16>, %arg18: tensor<64x64xbf16>, %arg19: tensor<64x64xbf16>, %arg20: tensor<64x64xbf16>, %arg21: tensor<64xbf16>, %arg22: tensor<128x64xbf16>, %arg23: tensor<64x128xbf16>, %arg24: tensor<64xbf16>, %arg25: tensor<64xbf16>, %arg26: tensor<2x16xi64>, %arg27: tensor<2x16xi64>, %arg28: tensor<2x8xi64>) -> tensor<2x8x64xbf16> {
    %c16_i64 = arith.constant 16 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c4_i64 = arith.constant 4 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c8 = arith.constant 8 : index
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 0.000000e+00 : bf16
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<1x4x8x16xbf16>
    %cst_3 = arith.constant dense<-3.389530e+38> : tensor<bf16>
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant 1.3862943611198906 : f64
    %cst_7 = arith.constant 2.0794415416798357 : f64
    %cst_8 = arith.constant 9.9999999999999995E-7 : f64
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 2.000000e+00 : f32
    %cst_11 = arith.constant 4.000000e+00 : f32
    %cst_12 = arith.constant dense<7> : tensor<8x8xi64>
    %cst_13 = arith.constant dense<0> : tensor<8x8xi64>
    %cst_14 = arith.constant dense<3> : tensor<16x16xi64>
    %0 = tensor.empty() : tensor<2x16x64xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg26 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %269 = arith.index_cast %in : i64 to index
      %270 = linalg.index 2 : index
      %271 = arith.cmpi slt, %269, %c128 : index
      cf.assert %271, "index must be smaller than dim size"
      %272 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %272, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%269, %270] : tensor<128x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x16x64xbf16>
    %2 = tensor.empty() : tensor<2x16xi1>
    %3 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg27 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %269 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %269 : i1
    } -> tensor<2x16xi1>
    %4 = tensor.empty() : tensor<2xi64>
    %5 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%4 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %269 = linalg.index 0 : index
      %270 = arith.index_cast %269 : index to i64
      linalg.yield %270 : i64
    } -> tensor<2xi64>
    %6 = tensor.empty() : tensor<16xi64>
    %7 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%6 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %269 = linalg.index 0 : index
      %270 = arith.index_cast %269 : index to i64
      linalg.yield %270 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %5 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_15 = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_16 = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x1xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %269 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %269 : i1
    } -> tensor<1x1x16x1xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %9 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%8 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_102: i1, %out: i1):
      %269 = arith.andi %in, %in_102 : i1
      linalg.yield %269 : i1
    } -> tensor<1x1x16x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map6, #map7, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_102: i64, %out: i1):
      %269 = arith.cmpi slt, %in, %c0_i64 : i64
      %270 = arith.addi %in, %c2_i64 : i64
      %271 = arith.select %269, %270, %in : i64
      %272 = arith.index_cast %271 : i64 to index
      %273 = arith.cmpi slt, %in_102, %c0_i64 : i64
      %274 = arith.addi %in_102, %c16_i64 : i64
      %275 = arith.select %273, %274, %in_102 : i64
      %276 = arith.index_cast %275 : i64 to index
      %extracted = tensor.extract %3[%272, %276] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map8, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_102: i1, %out: i1):
      %269 = arith.andi %in, %in_102 : i1
      linalg.yield %269 : i1
    } -> tensor<2x1x16x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xbf16>
    %16 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_4, %cst_3 : tensor<2x1x16x16xi1>, tensor<bf16>, tensor<bf16>) outs(%15 : tensor<2x1x16x16xbf16>) {
    ^bb0(%in: i1, %in_102: bf16, %in_103: bf16, %out: bf16):
      %269 = arith.select %in, %in_102, %in_103 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x1x16x16xbf16>
    %17 = tensor.empty() : tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xbf16>) outs(%17 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.fill ins(%cst : f32) outs(%20 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_8 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %25 : tensor<2x16x64xbf16>, tensor<2x16x1xf32>) outs(%17 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %in_102: f32, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      %270 = arith.mulf %269, %in_102 : f32
      linalg.yield %270 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<2x16x64xbf16>
    %28 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %27 : tensor<64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.mulf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x16x64xbf16>
    %29 = tensor.empty() : tensor<64x64xbf16>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %28 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %30 = tensor.empty() : tensor<32x64xf32>
    %31 = linalg.fill ins(%cst : f32) outs(%30 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %32 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %33 = tensor.empty() : tensor<32x64xbf16>
    %34 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%32 : tensor<32x64xf32>) outs(%33 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<32x64xbf16>
    %expanded_17 = tensor.expand_shape %34 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %35 = tensor.empty() : tensor<2x4x16x16xbf16>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xbf16>) outs(%35 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg2 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %36 = linalg.matmul ins(%collapsed, %transposed_19 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %37 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%36 : tensor<32x64xf32>) outs(%33 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<32x64xbf16>
    %expanded_20 = tensor.expand_shape %37 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_21 = linalg.transpose ins(%arg3 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %38 = linalg.matmul ins(%collapsed, %transposed_21 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %39 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%38 : tensor<32x64xf32>) outs(%33 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<32x64xbf16>
    %expanded_22 = tensor.expand_shape %39 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xbf16>) outs(%35 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_24 = tensor.expand_shape %7 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %expanded_25 = tensor.expand_shape %7 [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
    %40 = tensor.empty() : tensor<16x16xi64>
    %41 = linalg.generic {indexing_maps = [#map12, #map13, #map2], iterator_types = ["parallel", "parallel"]} ins(%expanded_25, %expanded_24 : tensor<1x16xi64>, tensor<16x1xi64>) outs(%40 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_102: i64, %out: i64):
      %269 = arith.subi %in, %in_102 : i64
      linalg.yield %269 : i64
    } -> tensor<16x16xi64>
    %42 = tensor.empty() : tensor<16x16xi1>
    %43 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%41 : tensor<16x16xi64>) outs(%42 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %269 = arith.cmpi sgt, %in, %c0_i64 : i64
      linalg.yield %269 : i1
    } -> tensor<16x16xi1>
    %44 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%43 : tensor<16x16xi1>) outs(%40 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %out: i64):
      %269 = arith.extui %in : i1 to i64
      linalg.yield %269 : i64
    } -> tensor<16x16xi64>
    %45 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%44 : tensor<16x16xi64>) outs(%40 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %269 = arith.muli %in, %c4_i64 : i64
      linalg.yield %269 : i64
    } -> tensor<16x16xi64>
    %46 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%41 : tensor<16x16xi64>) outs(%40 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %269 = math.absi %in : i64
      linalg.yield %269 : i64
    } -> tensor<16x16xi64>
    %47 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%46 : tensor<16x16xi64>) outs(%42 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %269 = arith.cmpi slt, %in, %c2_i64 : i64
      linalg.yield %269 : i1
    } -> tensor<16x16xi1>
    %48 = tensor.empty() : tensor<16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%46 : tensor<16x16xi64>) outs(%48 : tensor<16x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %269 = arith.sitofp %in : i64 to f32
      linalg.yield %269 : f32
    } -> tensor<16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%49 : tensor<16x16xf32>) outs(%48 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_10 : f32
      linalg.yield %269 : f32
    } -> tensor<16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%50 : tensor<16x16xf32>) outs(%48 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.log %in : f32
      linalg.yield %269 : f32
    } -> tensor<16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%51 : tensor<16x16xf32>) outs(%48 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_7 : f64 to f32
      %270 = arith.divf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%52 : tensor<16x16xf32>) outs(%48 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.mulf %in, %cst_10 : f32
      linalg.yield %269 : f32
    } -> tensor<16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%53 : tensor<16x16xf32>) outs(%40 : tensor<16x16xi64>) {
    ^bb0(%in: f32, %out: i64):
      %269 = arith.fptosi %in : f32 to i64
      linalg.yield %269 : i64
    } -> tensor<16x16xi64>
    %55 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%54 : tensor<16x16xi64>) outs(%40 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %269 = arith.addi %in, %c2_i64 : i64
      linalg.yield %269 : i64
    } -> tensor<16x16xi64>
    %56 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%55, %cst_14 : tensor<16x16xi64>, tensor<16x16xi64>) outs(%40 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_102: i64, %out: i64):
      %269 = arith.minsi %in, %in_102 : i64
      linalg.yield %269 : i64
    } -> tensor<16x16xi64>
    %57 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%47, %46, %56 : tensor<16x16xi1>, tensor<16x16xi64>, tensor<16x16xi64>) outs(%40 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %in_102: i64, %in_103: i64, %out: i64):
      %269 = arith.select %in, %in_102, %in_103 : i64
      linalg.yield %269 : i64
    } -> tensor<16x16xi64>
    %58 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%45, %57 : tensor<16x16xi64>, tensor<16x16xi64>) outs(%40 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_102: i64, %out: i64):
      %269 = arith.addi %in, %in_102 : i64
      linalg.yield %269 : i64
    } -> tensor<16x16xi64>
    %59 = tensor.empty() : tensor<16x16x4xbf16>
    %60 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58 : tensor<16x16xi64>) outs(%59 : tensor<16x16x4xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %269 = arith.index_cast %in : i64 to index
      %270 = linalg.index 2 : index
      %271 = arith.cmpi slt, %269, %c8 : index
      cf.assert %271, "index must be smaller than dim size"
      %272 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %272, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg5[%269, %270] : tensor<8x4xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<16x16x4xbf16>
    %61 = tensor.empty() : tensor<4x16x16xbf16>
    %transposed_26 = linalg.transpose ins(%60 : tensor<16x16x4xbf16>) outs(%61 : tensor<4x16x16xbf16>) permutation = [2, 0, 1] 
    %expanded_27 = tensor.expand_shape %transposed_26 [[0, 1], [2], [3]] output_shape [1, 4, 16, 16] : tensor<4x16x16xbf16> into tensor<1x4x16x16xbf16>
    %transposed_28 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xbf16>) outs(%35 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_29 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_30 = tensor.collapse_shape %transposed_28 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %62 = tensor.empty() : tensor<8x16x16xf32>
    %63 = linalg.fill ins(%cst : f32) outs(%62 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %64 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%63 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %65 = tensor.empty() : tensor<8x16x16xbf16>
    %66 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64 : tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<8x16x16xbf16>
    %expanded_31 = tensor.expand_shape %66 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %67 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31, %expanded_27 : tensor<2x4x16x16xbf16>, tensor<1x4x16x16xbf16>) outs(%35 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.addf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x4x16x16xbf16>
    %68 = linalg.generic {indexing_maps = [#map4, #map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %16 : tensor<2x4x16x16xbf16>, tensor<2x1x16x16xbf16>) outs(%35 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.addf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x4x16x16xbf16>
    %69 = tensor.empty() : tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x16x16xbf16>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      linalg.yield %269 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16xi64>
    %72 = linalg.fill ins(%c0_i64 : i64) outs(%71 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %73 = tensor.empty() : tensor<2x4x16xf32>
    %74 = linalg.fill ins(%cst_0 : f32) outs(%73 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %75:2 = linalg.generic {indexing_maps = [#map4, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%74, %72 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_102: i64):
      %269 = linalg.index 3 : index
      %270 = arith.index_cast %269 : index to i64
      %271 = arith.maximumf %in, %out : f32
      %272 = arith.cmpf ogt, %in, %out : f32
      %273 = arith.select %272, %270, %out_102 : i64
      linalg.yield %271, %273 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_32 = tensor.expand_shape %75#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %expanded_32 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %269 = arith.subf %in, %in_102 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.exp %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x4x16x1xf32>
    %79 = linalg.fill ins(%cst : f32) outs(%78 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map4, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%77 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77, %80 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %269 = arith.divf %in, %in_102 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x16x16xf32>
    %82 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81 : tensor<2x4x16x16xf32>) outs(%35 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_33 = tensor.collapse_shape %82 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_34 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %83 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%63 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<8x16x16xbf16>
    %expanded_35 = tensor.expand_shape %84 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %85 = tensor.empty() : tensor<2x16x4x16xbf16>
    %transposed_36 = linalg.transpose ins(%expanded_35 : tensor<2x4x16x16xbf16>) outs(%85 : tensor<2x16x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_37 = linalg.transpose ins(%arg4 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %collapsed_38 = tensor.collapse_shape %transposed_36 [[0, 1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<32x64xbf16>
    %86 = linalg.matmul ins(%collapsed_38, %transposed_37 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%86 : tensor<32x64xf32>) outs(%33 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<32x64xbf16>
    %expanded_39 = tensor.expand_shape %87 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %88 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_39 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.addf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x16x64xbf16>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x64xbf16>) outs(%17 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%90 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_8 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %94 : tensor<2x16x64xbf16>, tensor<2x16x1xf32>) outs(%17 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %in_102: f32, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      %270 = arith.mulf %269, %in_102 : f32
      linalg.yield %270 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<2x16x64xbf16>
    %97 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %96 : tensor<64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.mulf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x16x64xbf16>
    %98 = tensor.empty() : tensor<64x128xbf16>
    %transposed_40 = linalg.transpose ins(%arg7 : tensor<128x64xbf16>) outs(%98 : tensor<64x128xbf16>) permutation = [1, 0] 
    %collapsed_41 = tensor.collapse_shape %97 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %99 = tensor.empty() : tensor<32x128xf32>
    %100 = linalg.fill ins(%cst : f32) outs(%99 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %101 = linalg.matmul ins(%collapsed_41, %transposed_40 : tensor<32x64xbf16>, tensor<64x128xbf16>) outs(%100 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %102 = tensor.empty() : tensor<32x128xbf16>
    %103 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%101 : tensor<32x128xf32>) outs(%102 : tensor<32x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<32x128xbf16>
    %expanded_42 = tensor.expand_shape %103 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %104 = tensor.empty() : tensor<2x16x128xbf16>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_42 : tensor<2x16x128xbf16>) outs(%104 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %269 = arith.cmpf ugt, %in, %cst_1 : bf16
      %270 = arith.select %269, %in, %cst_1 : bf16
      linalg.yield %270 : bf16
    } -> tensor<2x16x128xbf16>
    %106 = tensor.empty() : tensor<128x64xbf16>
    %transposed_43 = linalg.transpose ins(%arg8 : tensor<64x128xbf16>) outs(%106 : tensor<128x64xbf16>) permutation = [1, 0] 
    %collapsed_44 = tensor.collapse_shape %105 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %107 = linalg.matmul ins(%collapsed_44, %transposed_43 : tensor<32x128xbf16>, tensor<128x64xbf16>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %108 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%107 : tensor<32x64xf32>) outs(%33 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<32x64xbf16>
    %expanded_45 = tensor.expand_shape %108 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %109 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %expanded_45 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.addf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x16x64xbf16>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x64xbf16>) outs(%17 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %269 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_8 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %115 : tensor<2x16x64xbf16>, tensor<2x16x1xf32>) outs(%17 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %in_102: f32, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      %270 = arith.mulf %269, %in_102 : f32
      linalg.yield %270 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<2x16x64xbf16>
    %118 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %117 : tensor<64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.mulf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x16x64xbf16>
    %119 = tensor.empty() : tensor<2x8x64xbf16>
    %120 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg28 : tensor<2x8xi64>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %269 = arith.index_cast %in : i64 to index
      %270 = linalg.index 2 : index
      %271 = arith.cmpi slt, %269, %c128 : index
      cf.assert %271, "index must be smaller than dim size"
      %272 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %272, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%269, %270] : tensor<128x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x8x64xbf16>
    %121 = tensor.empty() : tensor<8xi64>
    %122 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%121 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %269 = linalg.index 0 : index
      %270 = arith.index_cast %269 : index to i64
      linalg.yield %270 : i64
    } -> tensor<8xi64>
    %expanded_46 = tensor.expand_shape %122 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_47 = tensor.expand_shape %122 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %123 = tensor.empty() : tensor<1x1x8x8xi1>
    %124 = linalg.generic {indexing_maps = [#map9, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_47, %expanded_46 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%123 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_102: i64, %out: i1):
      %269 = arith.cmpi sle, %in, %in_102 : i64
      linalg.yield %269 : i1
    } -> tensor<1x1x8x8xi1>
    %125 = tensor.empty() : tensor<2x1x8x8xi1>
    %collapsed_48 = tensor.collapse_shape %124 [[0, 1], [2], [3]] : tensor<1x1x8x8xi1> into tensor<1x8x8xi1>
    %126 = linalg.generic {indexing_maps = [#map18, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_48 : tensor<1x8x8xi1>) outs(%125 : tensor<2x1x8x8xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x8x8xi1>
    %127 = tensor.empty() : tensor<2x1x8x8xbf16>
    %128 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%126, %cst_4, %cst_3 : tensor<2x1x8x8xi1>, tensor<bf16>, tensor<bf16>) outs(%127 : tensor<2x1x8x8xbf16>) {
    ^bb0(%in: i1, %in_102: bf16, %in_103: bf16, %out: bf16):
      %269 = arith.select %in, %in_102, %in_103 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x1x8x8xbf16>
    %129 = tensor.empty() : tensor<1x1x8x1xi1>
    %130 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_46 : tensor<1x1x8x1xi64>) outs(%129 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %269 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %269 : i1
    } -> tensor<1x1x8x1xi1>
    %131 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %130 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%129 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_102: i1, %out: i1):
      %269 = arith.andi %in, %in_102 : i1
      linalg.yield %269 : i1
    } -> tensor<1x1x8x1xi1>
    %132 = tensor.empty() : tensor<2x1x8x16xi1>
    %133 = linalg.generic {indexing_maps = [#map8, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%131, %12 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%132 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_102: i1, %out: i1):
      %269 = arith.andi %in, %in_102 : i1
      linalg.yield %269 : i1
    } -> tensor<2x1x8x16xi1>
    %134 = tensor.empty() : tensor<2x1x8x16xbf16>
    %135 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%133, %cst_4, %cst_3 : tensor<2x1x8x16xi1>, tensor<bf16>, tensor<bf16>) outs(%134 : tensor<2x1x8x16xbf16>) {
    ^bb0(%in: i1, %in_102: bf16, %in_103: bf16, %out: bf16):
      %269 = arith.select %in, %in_102, %in_103 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x1x8x16xbf16>
    %136 = tensor.empty() : tensor<2x8x64xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x8x64xbf16>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %139 = tensor.empty() : tensor<2x8x1xf32>
    %140 = linalg.fill ins(%cst : f32) outs(%139 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%138 : tensor<2x8x64xf32>) outs(%140 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_8 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x1xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %144 : tensor<2x8x64xbf16>, tensor<2x8x1xf32>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %in_102: f32, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      %270 = arith.mulf %269, %in_102 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x64xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x8x64xf32>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<2x8x64xbf16>
    %147 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16, %146 : tensor<64xbf16>, tensor<2x8x64xbf16>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.mulf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x8x64xbf16>
    %transposed_49 = linalg.transpose ins(%arg11 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %collapsed_50 = tensor.collapse_shape %147 [[0, 1], [2]] : tensor<2x8x64xbf16> into tensor<16x64xbf16>
    %148 = tensor.empty() : tensor<16x64xf32>
    %149 = linalg.fill ins(%cst : f32) outs(%148 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %150 = linalg.matmul ins(%collapsed_50, %transposed_49 : tensor<16x64xbf16>, tensor<64x64xbf16>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %151 = tensor.empty() : tensor<16x64xbf16>
    %152 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%150 : tensor<16x64xf32>) outs(%151 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<16x64xbf16>
    %expanded_51 = tensor.expand_shape %152 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %153 = tensor.empty() : tensor<2x4x8x16xbf16>
    %transposed_52 = linalg.transpose ins(%expanded_51 : tensor<2x8x4x16xbf16>) outs(%153 : tensor<2x4x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_53 = linalg.transpose ins(%arg12 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %154 = linalg.matmul ins(%collapsed_50, %transposed_53 : tensor<16x64xbf16>, tensor<64x64xbf16>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%154 : tensor<16x64xf32>) outs(%151 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<16x64xbf16>
    %expanded_54 = tensor.expand_shape %155 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %transposed_55 = linalg.transpose ins(%arg13 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %156 = linalg.matmul ins(%collapsed_50, %transposed_55 : tensor<16x64xbf16>, tensor<64x64xbf16>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%156 : tensor<16x64xf32>) outs(%151 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<16x64xbf16>
    %expanded_56 = tensor.expand_shape %157 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %transposed_57 = linalg.transpose ins(%expanded_56 : tensor<2x8x4x16xbf16>) outs(%153 : tensor<2x4x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_58 = tensor.expand_shape %122 [[0, 1]] output_shape [8, 1] : tensor<8xi64> into tensor<8x1xi64>
    %expanded_59 = tensor.expand_shape %122 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %158 = tensor.empty() : tensor<8x8xi64>
    %159 = linalg.generic {indexing_maps = [#map12, #map13, #map2], iterator_types = ["parallel", "parallel"]} ins(%expanded_59, %expanded_58 : tensor<1x8xi64>, tensor<8x1xi64>) outs(%158 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_102: i64, %out: i64):
      %269 = arith.subi %in, %in_102 : i64
      linalg.yield %269 : i64
    } -> tensor<8x8xi64>
    %160 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%159, %cst_13 : tensor<8x8xi64>, tensor<8x8xi64>) outs(%158 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_102: i64, %out: i64):
      %269 = arith.minsi %in, %in_102 : i64
      linalg.yield %269 : i64
    } -> tensor<8x8xi64>
    %161 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%160 : tensor<8x8xi64>) outs(%158 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %269 = arith.sitofp %in : i64 to f32
      %270 = arith.negf %269 : f32
      %271 = arith.fptosi %270 : f32 to i64
      linalg.yield %271 : i64
    } -> tensor<8x8xi64>
    %162 = tensor.empty() : tensor<8x8xi1>
    %163 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%161 : tensor<8x8xi64>) outs(%162 : tensor<8x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %269 = arith.cmpi slt, %in, %c4_i64 : i64
      linalg.yield %269 : i1
    } -> tensor<8x8xi1>
    %164 = tensor.empty() : tensor<8x8xf32>
    %165 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%161 : tensor<8x8xi64>) outs(%164 : tensor<8x8xf32>) {
    ^bb0(%in: i64, %out: f32):
      %269 = arith.sitofp %in : i64 to f32
      linalg.yield %269 : f32
    } -> tensor<8x8xf32>
    %166 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%165 : tensor<8x8xf32>) outs(%164 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_11 : f32
      linalg.yield %269 : f32
    } -> tensor<8x8xf32>
    %167 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%166 : tensor<8x8xf32>) outs(%164 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.log %in : f32
      linalg.yield %269 : f32
    } -> tensor<8x8xf32>
    %168 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%167 : tensor<8x8xf32>) outs(%164 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_6 : f64 to f32
      %270 = arith.divf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<8x8xf32>
    %169 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%168 : tensor<8x8xf32>) outs(%164 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.mulf %in, %cst_11 : f32
      linalg.yield %269 : f32
    } -> tensor<8x8xf32>
    %170 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%169 : tensor<8x8xf32>) outs(%158 : tensor<8x8xi64>) {
    ^bb0(%in: f32, %out: i64):
      %269 = arith.fptosi %in : f32 to i64
      linalg.yield %269 : i64
    } -> tensor<8x8xi64>
    %171 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%170 : tensor<8x8xi64>) outs(%158 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %269 = arith.addi %in, %c4_i64 : i64
      linalg.yield %269 : i64
    } -> tensor<8x8xi64>
    %172 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%171, %cst_12 : tensor<8x8xi64>, tensor<8x8xi64>) outs(%158 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_102: i64, %out: i64):
      %269 = arith.minsi %in, %in_102 : i64
      linalg.yield %269 : i64
    } -> tensor<8x8xi64>
    %173 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%163, %161, %172 : tensor<8x8xi1>, tensor<8x8xi64>, tensor<8x8xi64>) outs(%158 : tensor<8x8xi64>) {
    ^bb0(%in: i1, %in_102: i64, %in_103: i64, %out: i64):
      %269 = arith.select %in, %in_102, %in_103 : i64
      linalg.yield %269 : i64
    } -> tensor<8x8xi64>
    %174 = tensor.empty() : tensor<8x8x4xbf16>
    %175 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173 : tensor<8x8xi64>) outs(%174 : tensor<8x8x4xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %269 = arith.index_cast %in : i64 to index
      %270 = linalg.index 2 : index
      %271 = arith.cmpi slt, %269, %c8 : index
      cf.assert %271, "index must be smaller than dim size"
      %272 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %272, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg15[%269, %270] : tensor<8x4xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<8x8x4xbf16>
    %176 = tensor.empty() : tensor<4x8x8xbf16>
    %transposed_60 = linalg.transpose ins(%175 : tensor<8x8x4xbf16>) outs(%176 : tensor<4x8x8xbf16>) permutation = [2, 0, 1] 
    %expanded_61 = tensor.expand_shape %transposed_60 [[0, 1], [2], [3]] output_shape [1, 4, 8, 8] : tensor<4x8x8xbf16> into tensor<1x4x8x8xbf16>
    %177 = tensor.empty() : tensor<2x4x16x8xbf16>
    %transposed_62 = linalg.transpose ins(%expanded_54 : tensor<2x8x4x16xbf16>) outs(%177 : tensor<2x4x16x8xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_63 = tensor.collapse_shape %transposed_52 [[0, 1], [2], [3]] : tensor<2x4x8x16xbf16> into tensor<8x8x16xbf16>
    %collapsed_64 = tensor.collapse_shape %transposed_62 [[0, 1], [2], [3]] : tensor<2x4x16x8xbf16> into tensor<8x16x8xbf16>
    %178 = tensor.empty() : tensor<8x8x8xf32>
    %179 = linalg.fill ins(%cst : f32) outs(%178 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %180 = linalg.batch_matmul ins(%collapsed_63, %collapsed_64 : tensor<8x8x16xbf16>, tensor<8x16x8xbf16>) outs(%179 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %181 = tensor.empty() : tensor<8x8x8xbf16>
    %182 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180 : tensor<8x8x8xf32>) outs(%181 : tensor<8x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<8x8x8xbf16>
    %expanded_65 = tensor.expand_shape %182 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xbf16> into tensor<2x4x8x8xbf16>
    %183 = tensor.empty() : tensor<2x4x8x8xbf16>
    %184 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_65, %expanded_61 : tensor<2x4x8x8xbf16>, tensor<1x4x8x8xbf16>) outs(%183 : tensor<2x4x8x8xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.addf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x4x8x8xbf16>
    %185 = linalg.generic {indexing_maps = [#map4, #map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%184, %128 : tensor<2x4x8x8xbf16>, tensor<2x1x8x8xbf16>) outs(%183 : tensor<2x4x8x8xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.addf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x4x8x8xbf16>
    %186 = tensor.empty() : tensor<2x4x8x8xf32>
    %187 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%185 : tensor<2x4x8x8xbf16>) outs(%186 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x8xf32>
    %188 = tensor.empty() : tensor<2x4x8xi64>
    %189 = linalg.fill ins(%c0_i64 : i64) outs(%188 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %190 = tensor.empty() : tensor<2x4x8xf32>
    %191 = linalg.fill ins(%cst_0 : f32) outs(%190 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %192:2 = linalg.generic {indexing_maps = [#map4, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%187 : tensor<2x4x8x8xf32>) outs(%191, %189 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_102: i64):
      %269 = linalg.index 3 : index
      %270 = arith.index_cast %269 : index to i64
      %271 = arith.maximumf %in, %out : f32
      %272 = arith.cmpf ogt, %in, %out : f32
      %273 = arith.select %272, %270, %out_102 : i64
      linalg.yield %271, %273 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_66 = tensor.expand_shape %192#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %193 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%187, %expanded_66 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%186 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %269 = arith.subf %in, %in_102 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x8xf32>
    %194 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%193 : tensor<2x4x8x8xf32>) outs(%186 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.exp %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x8xf32>
    %195 = tensor.empty() : tensor<2x4x8x1xf32>
    %196 = linalg.fill ins(%cst : f32) outs(%195 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %197 = linalg.generic {indexing_maps = [#map4, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%194 : tensor<2x4x8x8xf32>) outs(%196 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x1xf32>
    %198 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%194, %197 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%186 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %269 = arith.divf %in, %in_102 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x8xf32>
    %199 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%198 : tensor<2x4x8x8xf32>) outs(%183 : tensor<2x4x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<2x4x8x8xbf16>
    %collapsed_67 = tensor.collapse_shape %199 [[0, 1], [2], [3]] : tensor<2x4x8x8xbf16> into tensor<8x8x8xbf16>
    %collapsed_68 = tensor.collapse_shape %transposed_57 [[0, 1], [2], [3]] : tensor<2x4x8x16xbf16> into tensor<8x8x16xbf16>
    %200 = tensor.empty() : tensor<8x8x16xf32>
    %201 = linalg.fill ins(%cst : f32) outs(%200 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %202 = linalg.batch_matmul ins(%collapsed_67, %collapsed_68 : tensor<8x8x8xbf16>, tensor<8x8x16xbf16>) outs(%201 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %203 = tensor.empty() : tensor<8x8x16xbf16>
    %204 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202 : tensor<8x8x16xf32>) outs(%203 : tensor<8x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<8x8x16xbf16>
    %expanded_69 = tensor.expand_shape %204 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xbf16> into tensor<2x4x8x16xbf16>
    %205 = tensor.empty() : tensor<2x8x4x16xbf16>
    %transposed_70 = linalg.transpose ins(%expanded_69 : tensor<2x4x8x16xbf16>) outs(%205 : tensor<2x8x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_71 = linalg.transpose ins(%arg14 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %collapsed_72 = tensor.collapse_shape %transposed_70 [[0, 1], [2, 3]] : tensor<2x8x4x16xbf16> into tensor<16x64xbf16>
    %206 = linalg.matmul ins(%collapsed_72, %transposed_71 : tensor<16x64xbf16>, tensor<64x64xbf16>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %207 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%206 : tensor<16x64xf32>) outs(%151 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<16x64xbf16>
    %expanded_73 = tensor.expand_shape %207 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xbf16> into tensor<2x8x64xbf16>
    %208 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %expanded_73 : tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.addf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x8x64xbf16>
    %209 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208 : tensor<2x8x64xbf16>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %210 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%209 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %211 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%210 : tensor<2x8x64xf32>) outs(%140 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %212 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %213 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%212 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_8 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x1xf32>
    %214 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%213 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %215 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208, %214 : tensor<2x8x64xbf16>, tensor<2x8x1xf32>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %in_102: f32, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      %270 = arith.mulf %269, %in_102 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x64xf32>
    %216 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215 : tensor<2x8x64xf32>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<2x8x64xbf16>
    %217 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg21, %216 : tensor<64xbf16>, tensor<2x8x64xbf16>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.mulf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x8x64xbf16>
    %transposed_74 = linalg.transpose ins(%arg17 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %collapsed_75 = tensor.collapse_shape %217 [[0, 1], [2]] : tensor<2x8x64xbf16> into tensor<16x64xbf16>
    %218 = linalg.matmul ins(%collapsed_75, %transposed_74 : tensor<16x64xbf16>, tensor<64x64xbf16>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %219 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%218 : tensor<16x64xf32>) outs(%151 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<16x64xbf16>
    %expanded_76 = tensor.expand_shape %219 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %transposed_77 = linalg.transpose ins(%expanded_76 : tensor<2x8x4x16xbf16>) outs(%153 : tensor<2x4x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_78 = linalg.transpose ins(%arg18 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %collapsed_79 = tensor.collapse_shape %118 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %220 = linalg.matmul ins(%collapsed_79, %transposed_78 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %221 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%220 : tensor<32x64xf32>) outs(%33 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<32x64xbf16>
    %expanded_80 = tensor.expand_shape %221 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_81 = linalg.transpose ins(%arg19 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %222 = linalg.matmul ins(%collapsed_79, %transposed_81 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %223 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%222 : tensor<32x64xf32>) outs(%33 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<32x64xbf16>
    %expanded_82 = tensor.expand_shape %223 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_83 = linalg.transpose ins(%expanded_82 : tensor<2x16x4x16xbf16>) outs(%35 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_84 = linalg.transpose ins(%expanded_80 : tensor<2x16x4x16xbf16>) outs(%35 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_85 = tensor.collapse_shape %transposed_77 [[0, 1], [2], [3]] : tensor<2x4x8x16xbf16> into tensor<8x8x16xbf16>
    %collapsed_86 = tensor.collapse_shape %transposed_84 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %224 = linalg.batch_matmul ins(%collapsed_85, %collapsed_86 : tensor<8x8x16xbf16>, tensor<8x16x16xbf16>) outs(%201 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %225 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224 : tensor<8x8x16xf32>) outs(%203 : tensor<8x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<8x8x16xbf16>
    %expanded_87 = tensor.expand_shape %225 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xbf16> into tensor<2x4x8x16xbf16>
    %226 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_87, %cst_2 : tensor<2x4x8x16xbf16>, tensor<1x4x8x16xbf16>) outs(%153 : tensor<2x4x8x16xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.addf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x4x8x16xbf16>
    %227 = linalg.generic {indexing_maps = [#map4, #map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%226, %135 : tensor<2x4x8x16xbf16>, tensor<2x1x8x16xbf16>) outs(%153 : tensor<2x4x8x16xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.addf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x4x8x16xbf16>
    %228 = tensor.empty() : tensor<2x4x8x16xf32>
    %229 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%227 : tensor<2x4x8x16xbf16>) outs(%228 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x16xf32>
    %230:2 = linalg.generic {indexing_maps = [#map4, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%229 : tensor<2x4x8x16xf32>) outs(%191, %189 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_102: i64):
      %269 = linalg.index 3 : index
      %270 = arith.index_cast %269 : index to i64
      %271 = arith.maximumf %in, %out : f32
      %272 = arith.cmpf ogt, %in, %out : f32
      %273 = arith.select %272, %270, %out_102 : i64
      linalg.yield %271, %273 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_88 = tensor.expand_shape %230#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %231 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%229, %expanded_88 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%228 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %269 = arith.subf %in, %in_102 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x16xf32>
    %232 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%231 : tensor<2x4x8x16xf32>) outs(%228 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.exp %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x16xf32>
    %233 = linalg.generic {indexing_maps = [#map4, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%232 : tensor<2x4x8x16xf32>) outs(%196 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x1xf32>
    %234 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%232, %233 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%228 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_102: f32, %out: f32):
      %269 = arith.divf %in, %in_102 : f32
      linalg.yield %269 : f32
    } -> tensor<2x4x8x16xf32>
    %235 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%234 : tensor<2x4x8x16xf32>) outs(%153 : tensor<2x4x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<2x4x8x16xbf16>
    %collapsed_89 = tensor.collapse_shape %235 [[0, 1], [2], [3]] : tensor<2x4x8x16xbf16> into tensor<8x8x16xbf16>
    %collapsed_90 = tensor.collapse_shape %transposed_83 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %236 = linalg.batch_matmul ins(%collapsed_89, %collapsed_90 : tensor<8x8x16xbf16>, tensor<8x16x16xbf16>) outs(%201 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %237 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236 : tensor<8x8x16xf32>) outs(%203 : tensor<8x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<8x8x16xbf16>
    %expanded_91 = tensor.expand_shape %237 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xbf16> into tensor<2x4x8x16xbf16>
    %transposed_92 = linalg.transpose ins(%expanded_91 : tensor<2x4x8x16xbf16>) outs(%205 : tensor<2x8x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_93 = linalg.transpose ins(%arg20 : tensor<64x64xbf16>) outs(%29 : tensor<64x64xbf16>) permutation = [1, 0] 
    %collapsed_94 = tensor.collapse_shape %transposed_92 [[0, 1], [2, 3]] : tensor<2x8x4x16xbf16> into tensor<16x64xbf16>
    %238 = linalg.matmul ins(%collapsed_94, %transposed_93 : tensor<16x64xbf16>, tensor<64x64xbf16>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %239 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%238 : tensor<16x64xf32>) outs(%151 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<16x64xbf16>
    %expanded_95 = tensor.expand_shape %239 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xbf16> into tensor<2x8x64xbf16>
    %240 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208, %expanded_95 : tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.addf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x8x64xbf16>
    %241 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240 : tensor<2x8x64xbf16>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %242 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %243 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%242 : tensor<2x8x64xf32>) outs(%140 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %244 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %245 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%244 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_8 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x1xf32>
    %246 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %247 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240, %246 : tensor<2x8x64xbf16>, tensor<2x8x1xf32>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %in_102: f32, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      %270 = arith.mulf %269, %in_102 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x64xf32>
    %248 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247 : tensor<2x8x64xf32>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<2x8x64xbf16>
    %249 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg24, %248 : tensor<64xbf16>, tensor<2x8x64xbf16>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.mulf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x8x64xbf16>
    %transposed_96 = linalg.transpose ins(%arg22 : tensor<128x64xbf16>) outs(%98 : tensor<64x128xbf16>) permutation = [1, 0] 
    %collapsed_97 = tensor.collapse_shape %249 [[0, 1], [2]] : tensor<2x8x64xbf16> into tensor<16x64xbf16>
    %250 = tensor.empty() : tensor<16x128xf32>
    %251 = linalg.fill ins(%cst : f32) outs(%250 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %252 = linalg.matmul ins(%collapsed_97, %transposed_96 : tensor<16x64xbf16>, tensor<64x128xbf16>) outs(%251 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %253 = tensor.empty() : tensor<16x128xbf16>
    %254 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%252 : tensor<16x128xf32>) outs(%253 : tensor<16x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<16x128xbf16>
    %expanded_98 = tensor.expand_shape %254 [[0, 1], [2]] output_shape [2, 8, 128] : tensor<16x128xbf16> into tensor<2x8x128xbf16>
    %255 = tensor.empty() : tensor<2x8x128xbf16>
    %256 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_98 : tensor<2x8x128xbf16>) outs(%255 : tensor<2x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %269 = arith.cmpf ugt, %in, %cst_1 : bf16
      %270 = arith.select %269, %in, %cst_1 : bf16
      linalg.yield %270 : bf16
    } -> tensor<2x8x128xbf16>
    %transposed_99 = linalg.transpose ins(%arg23 : tensor<64x128xbf16>) outs(%106 : tensor<128x64xbf16>) permutation = [1, 0] 
    %collapsed_100 = tensor.collapse_shape %256 [[0, 1], [2]] : tensor<2x8x128xbf16> into tensor<16x128xbf16>
    %257 = linalg.matmul ins(%collapsed_100, %transposed_99 : tensor<16x128xbf16>, tensor<128x64xbf16>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %258 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%257 : tensor<16x64xf32>) outs(%151 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<16x64xbf16>
    %expanded_101 = tensor.expand_shape %258 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xbf16> into tensor<2x8x64xbf16>
    %259 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240, %expanded_101 : tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.addf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x8x64xbf16>
    %260 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259 : tensor<2x8x64xbf16>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %261 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %269 : f32
    } -> tensor<2x8x64xf32>
    %262 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%261 : tensor<2x8x64xf32>) outs(%140 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.addf %in, %out : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %263 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.divf %in, %cst_9 : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%263 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = arith.truncf %cst_8 : f64 to f32
      %270 = arith.addf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x1xf32>
    %265 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264 : tensor<2x8x1xf32>) outs(%139 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %269 = math.rsqrt %in : f32
      linalg.yield %269 : f32
    } -> tensor<2x8x1xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259, %265 : tensor<2x8x64xbf16>, tensor<2x8x1xf32>) outs(%136 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %in_102: f32, %out: f32):
      %269 = arith.extf %in : bf16 to f32
      %270 = arith.mulf %269, %in_102 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x64xf32>
    %267 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<2x8x64xf32>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %269 = arith.truncf %in : f32 to bf16
      linalg.yield %269 : bf16
    } -> tensor<2x8x64xbf16>
    %268 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg25, %267 : tensor<64xbf16>, tensor<2x8x64xbf16>) outs(%119 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_102: bf16, %out: bf16):
      %269 = arith.mulf %in, %in_102 : bf16
      linalg.yield %269 : bf16
    } -> tensor<2x8x64xbf16>
    return %268 : tensor<2x8x64xbf16>
  }
}
