// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "bert", "path": "onnx17-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0, d1) -> (d0)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map7 = affine_map<(d0, d1, d2) -> (d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> ()>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map12 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map14 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map15 = affine_map<() -> ()>
#map16 = affine_map<(d0, d1, d2, d3) -> (0)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map19 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<2x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<128x64xf32>, %arg12: tensor<128xf32>, %arg13: tensor<64x128xf32>, %arg14: tensor<64x64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<64x64xf32>, %arg18: tensor<128x64xf32>, %arg19: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<true> : tensor<i1>
    %cst_2 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_3 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_5 = arith.constant dense<0xFF800000> : tensor<1xf32>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<1xf32>
    %cst_7 = arith.constant dense<2.500000e-01> : tensor<f64>
    %c0 = arith.constant 0 : index
    %cst_8 = arith.constant 6.400000e+01 : f32
    %cst_9 = arith.constant 9.99999996E-13 : f32
    %c0_i64 = arith.constant 0 : i64
    %c2_i64 = arith.constant 2 : i64
    %c32_i64 = arith.constant 32 : i64
    %c128_i64 = arith.constant 128 : i64
    %cst_10 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_11 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_12 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_13 = arith.constant dense<0> : tensor<i64>
    %cst_14 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_15 = arith.constant dense<[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]> : tensor<1x16xi64>
    %0 = tensor.empty() : tensor<1x16xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_15 : tensor<1x16xi64>) outs(%1 : tensor<1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %201 = arith.index_cast %in : i64 to index
      %202 = arith.cmpi slt, %201, %c64 : index
      cf.assert %202, "index must be smaller than dim size"
      %203 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %203, "index must be larger or equal to 0"
      linalg.yield %c0_i64 : i64
    } -> tensor<1x16xi64>
    %3 = tensor.empty() : tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %2 [[0, 1]] : tensor<1x16xi64> into tensor<16xi64>
    %4 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %5 = tensor.empty() : tensor<2x16xi1>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %201 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %201 : i1
    } -> tensor<2x16xi1>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %201 = arith.addi %in, %c128_i64 : i64
      linalg.yield %201 : i64
    } -> tensor<2x16xi64>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%6, %7, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_76: i64, %in_77: i64, %out: i64):
      %201 = arith.select %in, %in_76, %in_77 : i64
      linalg.yield %201 : i64
    } -> tensor<2x16xi64>
    %collapsed_16 = tensor.collapse_shape %8 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %9 = tensor.empty() : tensor<32x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_16 : tensor<32xi64>) outs(%9 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %201 = arith.index_cast %in : i64 to index
      %202 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%201, %202] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %10 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %201 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %201 : i1
    } -> tensor<2x16xi1>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %201 = arith.addi %in, %c2_i64 : i64
      linalg.yield %201 : i64
    } -> tensor<2x16xi64>
    %13 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%11, %12, %4 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_76: i64, %in_77: i64, %out: i64):
      %201 = arith.select %in, %in_76, %in_77 : i64
      linalg.yield %201 : i64
    } -> tensor<2x16xi64>
    %collapsed_17 = tensor.collapse_shape %13 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %14 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_17 : tensor<32xi64>) outs(%9 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %201 = arith.index_cast %in : i64 to index
      %202 = linalg.index 1 : index
      %extracted = tensor.extract %arg4[%201, %202] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %14 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %15 = tensor.empty() : tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_18 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %17 = tensor.empty() : tensor<16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_11 : tensor<16xi64>) outs(%17 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %201 = arith.index_cast %in : i64 to index
      %202 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%201, %202] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_19 = tensor.expand_shape %18 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %expanded_19 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.fill ins(%cst : f32) outs(%20 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.divf %in, %cst_8 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_20 = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %24 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_20 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.subf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%26 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.divf %in, %cst_8 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %cst_9 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = math.rsqrt %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_21 = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %201 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %201 : i1
    } -> tensor<2x16xi1>
    %36 = tensor.empty() : tensor<1x1x16x1xi1>
    %37 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_14, %cst_13 : tensor<1x1x16x1xi64>, tensor<i64>) outs(%36 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %in_76: i64, %out: i1):
      %201 = arith.cmpi sge, %in, %in_76 : i64
      linalg.yield %201 : i1
    } -> tensor<1x1x16x1xi1>
    %38 = linalg.generic {indexing_maps = [#map9, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %37 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%36 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_76: i1, %out: i1):
      %201 = arith.andi %in, %in_76 : i1
      linalg.yield %201 : i1
    } -> tensor<1x1x16x1xi1>
    %expanded_22 = tensor.expand_shape %35 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_23 = tensor.collapse_shape %expanded_22 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %39 = tensor.empty() : tensor<2x1x1x16xi64>
    %40 = linalg.generic {indexing_maps = [#map10, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_10 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%39 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_76: i64, %out: i64):
      %201 = arith.addi %in, %in_76 : i64
      linalg.yield %201 : i64
    } -> tensor<2x1x1x16xi64>
    %41 = tensor.empty() : tensor<2x1x1x16xi1>
    %42 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40 : tensor<2x1x1x16xi64>) outs(%41 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %201 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %201 : i1
    } -> tensor<2x1x1x16xi1>
    %43 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40 : tensor<2x1x1x16xi64>) outs(%39 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %201 = arith.addi %in, %c32_i64 : i64
      linalg.yield %201 : i64
    } -> tensor<2x1x1x16xi64>
    %44 = linalg.generic {indexing_maps = [#map8, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %43, %40 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%39 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_76: i64, %in_77: i64, %out: i64):
      %201 = arith.select %in, %in_76, %in_77 : i64
      linalg.yield %201 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_24 = tensor.collapse_shape %44 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %45 = tensor.empty() : tensor<32x1xi1>
    %46 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_24 : tensor<32xi64>) outs(%45 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %201 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_23[%201, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_25 = tensor.collapse_shape %46 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_26 = tensor.expand_shape %collapsed_25 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %47 = tensor.empty() : tensor<2x1x16x16xi1>
    %48 = linalg.generic {indexing_maps = [#map12, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %expanded_26 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%47 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_76: i1, %out: i1):
      %201 = arith.andi %in, %in_76 : i1
      linalg.yield %201 : i1
    } -> tensor<2x1x16x16xi1>
    %49 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%49 : tensor<64x64xf32>) permutation = [1, 0] 
    %50 = tensor.empty() : tensor<2x64x64xf32>
    %51 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%50 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %52 = linalg.fill ins(%cst : f32) outs(%15 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %53 = linalg.batch_matmul ins(%34, %51 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%52 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %54 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %53 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %expanded_27 = tensor.expand_shape %54 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %55 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_28 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_29 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%49 : tensor<64x64xf32>) permutation = [1, 0] 
    %56 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_29 : tensor<64x64xf32>) outs(%50 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %57 = linalg.batch_matmul ins(%34, %56 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%52 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %58 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %57 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %expanded_30 = tensor.expand_shape %58 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_31 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%49 : tensor<64x64xf32>) permutation = [1, 0] 
    %59 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<64x64xf32>) outs(%50 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %60 = linalg.batch_matmul ins(%34, %59 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%52 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %61 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %60 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %expanded_32 = tensor.expand_shape %61 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_33 = linalg.transpose ins(%expanded_32 : tensor<2x16x4x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_34 = linalg.transpose ins(%expanded_30 : tensor<2x16x4x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %62 = tensor.empty() : tensor<f64>
    %63 = linalg.generic {indexing_maps = [#map15, #map15], iterator_types = []} ins(%cst_7 : tensor<f64>) outs(%62 : tensor<f64>) {
    ^bb0(%in: f64, %out: f64):
      %201 = math.sqrt %in : f64
      linalg.yield %201 : f64
    } -> tensor<f64>
    %64 = tensor.empty() : tensor<f32>
    %65 = linalg.generic {indexing_maps = [#map15, #map15], iterator_types = []} ins(%63 : tensor<f64>) outs(%64 : tensor<f32>) {
    ^bb0(%in: f64, %out: f32):
      %201 = arith.truncf %in : f64 to f32
      linalg.yield %201 : f32
    } -> tensor<f32>
    %66 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_28, %65 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_34, %65 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %66 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %67 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %68 = tensor.empty() : tensor<8x16x16xf32>
    %69 = linalg.fill ins(%cst : f32) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %70 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%69 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_37 = tensor.expand_shape %70 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x1x16x16xf32>
    %72 = linalg.generic {indexing_maps = [#map8, #map16, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %cst_6, %cst_5 : tensor<2x1x16x16xi1>, tensor<1xf32>, tensor<1xf32>) outs(%71 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_76: f32, %in_77: f32, %out: f32):
      %201 = arith.select %in, %in_76, %in_77 : f32
      linalg.yield %201 : f32
    } -> tensor<2x1x16x16xf32>
    %73 = linalg.generic {indexing_maps = [#map8, #map17, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_37, %72 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = tensor.empty() : tensor<2x4x16xi64>
    %75 = linalg.fill ins(%c0_i64 : i64) outs(%74 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %76 = tensor.empty() : tensor<2x4x16xf32>
    %77 = linalg.fill ins(%cst_0 : f32) outs(%76 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %78:2 = linalg.generic {indexing_maps = [#map8, #map18, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%73 : tensor<2x4x16x16xf32>) outs(%77, %75 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_76: i64):
      %201 = linalg.index 3 : index
      %202 = arith.index_cast %201 : index to i64
      %203 = arith.maximumf %in, %out : f32
      %204 = arith.cmpf ogt, %in, %out : f32
      %205 = arith.select %204, %202, %out_76 : i64
      linalg.yield %203, %205 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_38 = tensor.expand_shape %78#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73, %expanded_38 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.subf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %80 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79 : tensor<2x4x16x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = math.exp %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %81 = tensor.empty() : tensor<2x4x16x1xf32>
    %82 = linalg.fill ins(%cst : f32) outs(%81 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%80 : tensor<2x4x16x16xf32>) outs(%82 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80, %83 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.divf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %85 = tensor.empty() : tensor<2x4x16x16xi1>
    %86 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%84, %84 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%85 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_76: f32, %out: i1):
      %201 = arith.cmpf une, %in, %in_76 : f32
      linalg.yield %201 : i1
    } -> tensor<2x4x16x16xi1>
    %87 = linalg.generic {indexing_maps = [#map8, #map16, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%86, %cst_6, %84 : tensor<2x4x16x16xi1>, tensor<1xf32>, tensor<2x4x16x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_76: f32, %in_77: f32, %out: f32):
      %201 = arith.select %in, %in_76, %in_77 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %87 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %transposed_33 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %88 = linalg.batch_matmul ins(%collapsed_39, %collapsed_40 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%69 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_41 = tensor.expand_shape %88 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %89 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_42 = linalg.transpose ins(%expanded_41 : tensor<2x4x16x16xf32>) outs(%89 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_43 = tensor.collapse_shape %transposed_42 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_44 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%49 : tensor<64x64xf32>) permutation = [1, 0] 
    %90 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_44 : tensor<64x64xf32>) outs(%50 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %91 = linalg.batch_matmul ins(%collapsed_43, %90 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%52 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %91 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %34 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%93 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %95 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.divf %in, %cst_8 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_45 = tensor.collapse_shape %95 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %96 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %96 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.subf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %97 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%98 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.divf %in, %cst_8 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %cst_9 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %102 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = math.rsqrt %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_46 = tensor.collapse_shape %102 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %103 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %103 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %107 = tensor.empty() : tensor<64x128xf32>
    %transposed_47 = linalg.transpose ins(%arg11 : tensor<128x64xf32>) outs(%107 : tensor<64x128xf32>) permutation = [1, 0] 
    %108 = tensor.empty() : tensor<2x64x128xf32>
    %109 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_47 : tensor<64x128xf32>) outs(%108 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %110 = tensor.empty() : tensor<2x16x128xf32>
    %111 = linalg.fill ins(%cst : f32) outs(%110 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %112 = linalg.batch_matmul ins(%106, %109 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%111 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg12, %112 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %114 = linalg.generic {indexing_maps = [#map3, #map19, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.divf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %115 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x128xf32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = math.erf %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %116 = linalg.generic {indexing_maps = [#map3, #map19, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %cst_3 : tensor<2x16x128xf32>, tensor<f32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %117 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %116 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %118 = linalg.generic {indexing_maps = [#map3, #map19, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %cst_2 : tensor<2x16x128xf32>, tensor<f32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %119 = tensor.empty() : tensor<128x64xf32>
    %transposed_48 = linalg.transpose ins(%arg13 : tensor<64x128xf32>) outs(%119 : tensor<128x64xf32>) permutation = [1, 0] 
    %120 = tensor.empty() : tensor<2x128x64xf32>
    %121 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_48 : tensor<128x64xf32>) outs(%120 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %122 = linalg.batch_matmul ins(%118, %121 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%52 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %122 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123, %106 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%124 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.divf %in, %cst_8 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_49 = tensor.collapse_shape %126 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %127 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_49 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %127 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.subf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %128 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%129 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %131 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.divf %in, %cst_8 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %132 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %cst_9 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %133 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = math.rsqrt %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_50 = tensor.collapse_shape %133 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %134 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_50 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %134 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %136 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %137 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %transposed_51 = linalg.transpose ins(%arg14 : tensor<64x64xf32>) outs(%49 : tensor<64x64xf32>) permutation = [1, 0] 
    %138 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_51 : tensor<64x64xf32>) outs(%50 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %139 = linalg.batch_matmul ins(%137, %138 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%52 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %140 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %139 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %expanded_52 = tensor.expand_shape %140 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_53 = linalg.transpose ins(%expanded_52 : tensor<2x16x4x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_54 = linalg.transpose ins(%arg15 : tensor<64x64xf32>) outs(%49 : tensor<64x64xf32>) permutation = [1, 0] 
    %141 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_54 : tensor<64x64xf32>) outs(%50 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %142 = linalg.batch_matmul ins(%137, %141 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%52 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %143 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %142 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %expanded_55 = tensor.expand_shape %143 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_56 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%49 : tensor<64x64xf32>) permutation = [1, 0] 
    %144 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_56 : tensor<64x64xf32>) outs(%50 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %145 = linalg.batch_matmul ins(%137, %144 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%52 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %146 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %145 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %expanded_57 = tensor.expand_shape %146 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_58 = linalg.transpose ins(%expanded_57 : tensor<2x16x4x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_59 = linalg.transpose ins(%expanded_55 : tensor<2x16x4x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %147 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_53, %65 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %148 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_59, %65 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_60 = tensor.collapse_shape %147 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_61 = tensor.collapse_shape %148 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %149 = linalg.batch_matmul ins(%collapsed_60, %collapsed_61 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%69 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_62 = tensor.expand_shape %149 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %150 = linalg.generic {indexing_maps = [#map8, #map17, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_62, %72 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %151:2 = linalg.generic {indexing_maps = [#map8, #map18, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%150 : tensor<2x4x16x16xf32>) outs(%77, %75 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_76: i64):
      %201 = linalg.index 3 : index
      %202 = arith.index_cast %201 : index to i64
      %203 = arith.maximumf %in, %out : f32
      %204 = arith.cmpf ogt, %in, %out : f32
      %205 = arith.select %204, %202, %out_76 : i64
      linalg.yield %203, %205 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_63 = tensor.expand_shape %151#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %152 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%150, %expanded_63 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.subf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %153 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%152 : tensor<2x4x16x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = math.exp %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %154 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%153 : tensor<2x4x16x16xf32>) outs(%82 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%153, %154 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.divf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %156 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%155, %155 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%85 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_76: f32, %out: i1):
      %201 = arith.cmpf une, %in, %in_76 : f32
      linalg.yield %201 : i1
    } -> tensor<2x4x16x16xi1>
    %157 = linalg.generic {indexing_maps = [#map8, #map16, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%156, %cst_6, %155 : tensor<2x4x16x16xi1>, tensor<1xf32>, tensor<2x4x16x16xf32>) outs(%55 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_76: f32, %in_77: f32, %out: f32):
      %201 = arith.select %in, %in_76, %in_77 : f32
      linalg.yield %201 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_64 = tensor.collapse_shape %157 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_65 = tensor.collapse_shape %transposed_58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %158 = linalg.batch_matmul ins(%collapsed_64, %collapsed_65 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%69 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_66 = tensor.expand_shape %158 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_67 = linalg.transpose ins(%expanded_66 : tensor<2x4x16x16xf32>) outs(%89 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_68 = tensor.collapse_shape %transposed_67 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_69 = linalg.transpose ins(%arg17 : tensor<64x64xf32>) outs(%49 : tensor<64x64xf32>) permutation = [1, 0] 
    %159 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_69 : tensor<64x64xf32>) outs(%50 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %160 = linalg.batch_matmul ins(%collapsed_68, %159 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%52 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %160 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %137 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%162 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %164 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.divf %in, %cst_8 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_70 = tensor.collapse_shape %164 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %165 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_70 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %166 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %165 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.subf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %167 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %166 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %168 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%167 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %169 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.divf %in, %cst_8 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %170 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %cst_9 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %171 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = math.rsqrt %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_71 = tensor.collapse_shape %171 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %172 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_71 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %173 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %172 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %174 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %175 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %transposed_72 = linalg.transpose ins(%arg18 : tensor<128x64xf32>) outs(%107 : tensor<64x128xf32>) permutation = [1, 0] 
    %176 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_72 : tensor<64x128xf32>) outs(%108 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %177 = linalg.batch_matmul ins(%175, %176 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%111 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %178 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg12, %177 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %179 = linalg.generic {indexing_maps = [#map3, #map19, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.divf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %180 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179 : tensor<2x16x128xf32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = math.erf %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %181 = linalg.generic {indexing_maps = [#map3, #map19, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180, %cst_3 : tensor<2x16x128xf32>, tensor<f32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %182 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178, %181 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %183 = linalg.generic {indexing_maps = [#map3, #map19, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182, %cst_2 : tensor<2x16x128xf32>, tensor<f32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x128xf32>
    %transposed_73 = linalg.transpose ins(%arg19 : tensor<64x128xf32>) outs(%119 : tensor<128x64xf32>) permutation = [1, 0] 
    %184 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_73 : tensor<128x64xf32>) outs(%120 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %185 = linalg.batch_matmul ins(%183, %184 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%52 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %186 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %185 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %187 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%186, %175 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %188 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%187 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %189 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.divf %in, %cst_8 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_74 = tensor.collapse_shape %189 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %190 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_74 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %191 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187, %190 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.subf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %192 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191, %191 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %193 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%192 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %out : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %194 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.divf %in, %cst_8 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %195 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = arith.addf %in, %cst_9 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %196 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%195 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %201 = math.rsqrt %in : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_75 = tensor.collapse_shape %196 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %197 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_75 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %198 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191, %197 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %199 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.mulf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    %200 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %201 = arith.addf %in, %in_76 : f32
      linalg.yield %201 : f32
    } -> tensor<2x16x64xf32>
    return %200 : tensor<2x16x64xf32>
  }
}
