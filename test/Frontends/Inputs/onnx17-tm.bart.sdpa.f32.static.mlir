// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 3, "func": "main_graph", "model": "bart", "path": "onnx17-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> ()>
#map4 = affine_map<(d0, d1) -> (d1)>
#map5 = affine_map<(d0, d1) -> ()>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map8 = affine_map<(d0, d1, d2) -> (d2)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> ()>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map13 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map15 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map16 = affine_map<() -> ()>
#map17 = affine_map<(d0, d1, d2, d3) -> (0)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map19 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map20 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<2x8xi64>, %arg3: tensor<128x64xf32>, %arg4: tensor<66x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<128x64xf32>, %arg12: tensor<128xf32>, %arg13: tensor<64x128xf32>, %arg14: tensor<66x64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<64x64xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64x64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<128x64xf32>, %arg24: tensor<64x128xf32>) -> tensor<2x8x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<true> : tensor<i1>
    %cst_2 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_3 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_4 = arith.constant dense<0xFF800000> : tensor<1xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<1xf32>
    %cst_6 = arith.constant dense<2.500000e-01> : tensor<f64>
    %cst_7 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_8 = arith.constant 6.400000e+01 : f32
    %cst_9 = arith.constant 9.99999974E-6 : f32
    %c0 = arith.constant 0 : index
    %true = arith.constant true
    %c32_i64 = arith.constant 32 : i64
    %c16_i64 = arith.constant 16 : i64
    %c128_i64 = arith.constant 128 : i64
    %c66_i64 = arith.constant 66 : i64
    %cst_10 = arith.constant dense<[2, 3, 4, 5, 6, 7, 8, 9]> : tensor<8xi64>
    %cst_11 = arith.constant dense<[[[[0]]], [[[8]]]]> : tensor<2x1x1x1xi64>
    %cst_12 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_13 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7]]]]> : tensor<1x1x8x1xi64>
    %cst_14 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7]]]]> : tensor<1x1x1x8xi64>
    %cst_15 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_16 = arith.constant dense<0> : tensor<i64>
    %cst_17 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_18 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_19 = arith.constant dense<2> : tensor<i64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %303 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %303 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %303 = arith.addi %in, %c128_i64 : i64
      linalg.yield %303 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %303 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %303 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %303 = arith.index_cast %in : i64 to index
      %304 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%303, %304] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %cst_7 : tensor<2x16x64xf32>, tensor<f32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %9 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_18 : tensor<16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %10 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel"]} ins(%9, %cst_19 : tensor<2x16xi64>, tensor<i64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %in_107: i64, %out: i64):
      %303 = arith.addi %in, %in_107 : i64
      linalg.yield %303 : i64
    } -> tensor<2x16xi64>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%10 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %303 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %303 : i1
    } -> tensor<2x16xi1>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%10 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %303 = arith.addi %in, %c66_i64 : i64
      linalg.yield %303 : i64
    } -> tensor<2x16xi64>
    %13 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%11, %12, %10 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %303 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %303 : i64
    } -> tensor<2x16xi64>
    %collapsed_20 = tensor.collapse_shape %13 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %14 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_20 : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %303 = arith.index_cast %in : i64 to index
      %304 = linalg.index 1 : index
      %extracted = tensor.extract %arg4[%303, %304] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %14 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %15 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %expanded_21 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %16 = tensor.empty() : tensor<2x16x1xf32>
    %17 = linalg.fill ins(%cst : f32) outs(%16 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%15 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_22 = tensor.collapse_shape %19 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %20 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_22 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %20 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.subf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %22 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %21 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%22 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %cst_9 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.rsqrt %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_23 = tensor.collapse_shape %26 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %27 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_23 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %303 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %303 : i1
    } -> tensor<2x16xi1>
    %32 = tensor.empty() : tensor<1x1x16x1xi1>
    %33 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_17, %cst_16 : tensor<1x1x16x1xi64>, tensor<i64>) outs(%32 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %in_107: i64, %out: i1):
      %303 = arith.cmpi sge, %in, %in_107 : i64
      linalg.yield %303 : i1
    } -> tensor<1x1x16x1xi1>
    %34 = linalg.generic {indexing_maps = [#map10, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %33 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%32 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %303 = arith.andi %in, %in_107 : i1
      linalg.yield %303 : i1
    } -> tensor<1x1x16x1xi1>
    %expanded_24 = tensor.expand_shape %31 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_25 = tensor.collapse_shape %expanded_24 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %35 = tensor.empty() : tensor<2x1x1x16xi64>
    %36 = linalg.generic {indexing_maps = [#map11, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_15, %cst_12 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%35 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_107: i64, %out: i64):
      %303 = arith.addi %in, %in_107 : i64
      linalg.yield %303 : i64
    } -> tensor<2x1x1x16xi64>
    %37 = tensor.empty() : tensor<2x1x1x16xi1>
    %38 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36 : tensor<2x1x1x16xi64>) outs(%37 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %303 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %303 : i1
    } -> tensor<2x1x1x16xi1>
    %39 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36 : tensor<2x1x1x16xi64>) outs(%35 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %303 = arith.addi %in, %c32_i64 : i64
      linalg.yield %303 : i64
    } -> tensor<2x1x1x16xi64>
    %40 = linalg.generic {indexing_maps = [#map9, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %39, %36 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%35 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %303 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %303 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_26 = tensor.collapse_shape %40 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %41 = tensor.empty() : tensor<32x1xi1>
    %42 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_26 : tensor<32xi64>) outs(%41 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %303 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_25[%303, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_27 = tensor.collapse_shape %42 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_28 = tensor.expand_shape %collapsed_27 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %43 = tensor.empty() : tensor<2x1x16x16xi1>
    %44 = linalg.generic {indexing_maps = [#map13, #map14, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %expanded_28 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%43 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %303 = arith.andi %in, %in_107 : i1
      linalg.yield %303 : i1
    } -> tensor<2x1x16x16xi1>
    %45 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %46 = tensor.empty() : tensor<2x64x64xf32>
    %47 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%7 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %49 = linalg.batch_matmul ins(%30, %47 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %50 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %49 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %expanded_29 = tensor.expand_shape %50 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %51 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_31 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %52 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %53 = linalg.batch_matmul ins(%30, %52 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %54 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %53 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %transposed_32 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %55 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %56 = linalg.batch_matmul ins(%30, %55 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %57 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %56 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %expanded_33 = tensor.expand_shape %54 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_34 = tensor.expand_shape %57 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_35 = linalg.transpose ins(%expanded_34 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_36 = linalg.transpose ins(%expanded_33 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %58 = tensor.empty() : tensor<f64>
    %59 = linalg.generic {indexing_maps = [#map16, #map16], iterator_types = []} ins(%cst_6 : tensor<f64>) outs(%58 : tensor<f64>) {
    ^bb0(%in: f64, %out: f64):
      %303 = math.sqrt %in : f64
      linalg.yield %303 : f64
    } -> tensor<f64>
    %60 = tensor.empty() : tensor<f32>
    %61 = linalg.generic {indexing_maps = [#map16, #map16], iterator_types = []} ins(%59 : tensor<f64>) outs(%60 : tensor<f32>) {
    ^bb0(%in: f64, %out: f32):
      %303 = arith.truncf %in : f64 to f32
      linalg.yield %303 : f32
    } -> tensor<f32>
    %62 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_30, %61 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_36, %61 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %62 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %63 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %64 = tensor.empty() : tensor<8x16x16xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%64 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %66 = linalg.batch_matmul ins(%collapsed_37, %collapsed_38 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_39 = tensor.expand_shape %66 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %67 = tensor.empty() : tensor<2x1x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map9, #map17, #map17, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<1xf32>, tensor<1xf32>) outs(%67 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %303 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %303 : f32
    } -> tensor<2x1x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map9, #map18, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_39, %68 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16xi64>
    %71 = linalg.fill ins(%c0_i64 : i64) outs(%70 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %72 = tensor.empty() : tensor<2x4x16xf32>
    %73 = linalg.fill ins(%cst_0 : f32) outs(%72 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %74:2 = linalg.generic {indexing_maps = [#map9, #map19, #map19], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%73, %71 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_107: i64):
      %303 = linalg.index 3 : index
      %304 = arith.index_cast %303 : index to i64
      %305 = arith.maximumf %in, %out : f32
      %306 = arith.cmpf ogt, %in, %out : f32
      %307 = arith.select %306, %304, %out_107 : i64
      linalg.yield %305, %307 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_40 = tensor.expand_shape %74#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %expanded_40 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.subf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.exp %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = tensor.empty() : tensor<2x4x16x1xf32>
    %78 = linalg.fill ins(%cst : f32) outs(%77 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map9, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76, %79 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.divf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x16x16xf32>
    %81 = tensor.empty() : tensor<2x4x16x16xi1>
    %82 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80, %80 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%81 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_107: f32, %out: i1):
      %303 = arith.cmpf une, %in, %in_107 : f32
      linalg.yield %303 : i1
    } -> tensor<2x4x16x16xi1>
    %83 = linalg.generic {indexing_maps = [#map9, #map17, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82, %cst_5, %80 : tensor<2x4x16x16xi1>, tensor<1xf32>, tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %303 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %83 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_42 = tensor.collapse_shape %transposed_35 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %84 = linalg.batch_matmul ins(%collapsed_41, %collapsed_42 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_43 = tensor.expand_shape %84 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %85 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_44 = linalg.transpose ins(%expanded_43 : tensor<2x4x16x16xf32>) outs(%85 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_45 = tensor.collapse_shape %transposed_44 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_46 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %86 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_46 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %87 = linalg.batch_matmul ins(%collapsed_45, %86 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %87 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %88 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%89 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_47 = tensor.collapse_shape %91 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %92 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_47 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %92 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.subf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %93 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%94 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %97 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %cst_9 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.rsqrt %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_48 = tensor.collapse_shape %98 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %99 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_48 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %99 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %103 = tensor.empty() : tensor<64x128xf32>
    %transposed_49 = linalg.transpose ins(%arg11 : tensor<128x64xf32>) outs(%103 : tensor<64x128xf32>) permutation = [1, 0] 
    %104 = tensor.empty() : tensor<2x64x128xf32>
    %105 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_49 : tensor<64x128xf32>) outs(%104 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %106 = tensor.empty() : tensor<2x16x128xf32>
    %107 = linalg.fill ins(%cst : f32) outs(%106 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %108 = linalg.batch_matmul ins(%102, %105 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%107 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %109 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg12, %108 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%106 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x128xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %cst_3 : tensor<2x16x128xf32>, tensor<f32>) outs(%106 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.divf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x128xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x128xf32>) outs(%106 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.erf %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x128xf32>
    %112 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %cst_7 : tensor<2x16x128xf32>, tensor<f32>) outs(%106 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x128xf32>
    %113 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %112 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%106 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x128xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %cst_2 : tensor<2x16x128xf32>, tensor<f32>) outs(%106 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x128xf32>
    %115 = tensor.empty() : tensor<128x64xf32>
    %transposed_50 = linalg.transpose ins(%arg13 : tensor<64x128xf32>) outs(%115 : tensor<128x64xf32>) permutation = [1, 0] 
    %116 = tensor.empty() : tensor<2x128x64xf32>
    %117 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<128x64xf32>) outs(%116 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %118 = linalg.batch_matmul ins(%114, %117 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %118 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %119 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%120 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_51 = tensor.collapse_shape %122 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %123 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_51 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %123 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.subf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %124 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%125 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %cst_9 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.rsqrt %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_52 = tensor.collapse_shape %129 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %130 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_52 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %131 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %130 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %134 = tensor.empty() : tensor<2x8xi1>
    %135 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg2 : tensor<2x8xi64>) outs(%134 : tensor<2x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %303 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %303 : i1
    } -> tensor<2x8xi1>
    %136 = tensor.empty() : tensor<2x8xi64>
    %137 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg2 : tensor<2x8xi64>) outs(%136 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %303 = arith.addi %in, %c128_i64 : i64
      linalg.yield %303 : i64
    } -> tensor<2x8xi64>
    %138 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%135, %137, %arg2 : tensor<2x8xi1>, tensor<2x8xi64>, tensor<2x8xi64>) outs(%136 : tensor<2x8xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %303 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %303 : i64
    } -> tensor<2x8xi64>
    %collapsed_53 = tensor.collapse_shape %138 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %139 = tensor.empty() : tensor<16x64xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_53 : tensor<16xi64>) outs(%139 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %303 = arith.index_cast %in : i64 to index
      %304 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%303, %304] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_54 = tensor.expand_shape %140 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %141 = tensor.empty() : tensor<2x8x64xf32>
    %142 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_54, %cst_7 : tensor<2x8x64xf32>, tensor<f32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %143 = tensor.empty() : tensor<1x1x8x8xi1>
    %144 = linalg.generic {indexing_maps = [#map14, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_14, %cst_13 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%143 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_107: i64, %out: i1):
      %303 = arith.cmpi sle, %in, %in_107 : i64
      linalg.yield %303 : i1
    } -> tensor<1x1x8x8xi1>
    %145 = linalg.generic {indexing_maps = [#map10, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %144 : tensor<i1>, tensor<1x1x8x8xi1>) outs(%143 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %303 = arith.andi %in, %in_107 : i1
      linalg.yield %303 : i1
    } -> tensor<1x1x8x8xi1>
    %146 = tensor.empty() : tensor<2x1x1x8xi64>
    %147 = linalg.generic {indexing_maps = [#map11, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_14, %cst_11 : tensor<1x1x1x8xi64>, tensor<2x1x1x1xi64>) outs(%146 : tensor<2x1x1x8xi64>) {
    ^bb0(%in: i64, %in_107: i64, %out: i64):
      %303 = arith.addi %in, %in_107 : i64
      linalg.yield %303 : i64
    } -> tensor<2x1x1x8xi64>
    %148 = tensor.empty() : tensor<2x1x1x8xi1>
    %149 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%147 : tensor<2x1x1x8xi64>) outs(%148 : tensor<2x1x1x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %303 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %303 : i1
    } -> tensor<2x1x1x8xi1>
    %150 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%147 : tensor<2x1x1x8xi64>) outs(%146 : tensor<2x1x1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %303 = arith.addi %in, %c16_i64 : i64
      linalg.yield %303 : i64
    } -> tensor<2x1x1x8xi64>
    %151 = linalg.generic {indexing_maps = [#map9, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%149, %150, %147 : tensor<2x1x1x8xi1>, tensor<2x1x1x8xi64>, tensor<2x1x1x8xi64>) outs(%146 : tensor<2x1x1x8xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %303 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %303 : i64
    } -> tensor<2x1x1x8xi64>
    %collapsed_55 = tensor.collapse_shape %151 [[0, 1, 2, 3]] : tensor<2x1x1x8xi64> into tensor<16xi64>
    %152 = tensor.empty() : tensor<16x1xi1>
    %153 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_55 : tensor<16xi64>) outs(%152 : tensor<16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      linalg.yield %true : i1
    } -> tensor<16x1xi1>
    %collapsed_56 = tensor.collapse_shape %153 [[0, 1]] : tensor<16x1xi1> into tensor<16xi1>
    %expanded_57 = tensor.expand_shape %collapsed_56 [[0, 1, 2, 3]] output_shape [2, 1, 1, 8] : tensor<16xi1> into tensor<2x1x1x8xi1>
    %154 = tensor.empty() : tensor<2x1x8x8xi1>
    %155 = linalg.generic {indexing_maps = [#map11, #map14, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%145, %expanded_57 : tensor<1x1x8x8xi1>, tensor<2x1x1x8xi1>) outs(%154 : tensor<2x1x8x8xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %303 = arith.andi %in, %in_107 : i1
      linalg.yield %303 : i1
    } -> tensor<2x1x8x8xi1>
    %156 = tensor.empty() : tensor<1x1x8x1xi1>
    %157 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_13, %cst_16 : tensor<1x1x8x1xi64>, tensor<i64>) outs(%156 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %in_107: i64, %out: i1):
      %303 = arith.cmpi sge, %in, %in_107 : i64
      linalg.yield %303 : i1
    } -> tensor<1x1x8x1xi1>
    %158 = linalg.generic {indexing_maps = [#map10, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %157 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%156 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %303 = arith.andi %in, %in_107 : i1
      linalg.yield %303 : i1
    } -> tensor<1x1x8x1xi1>
    %159 = tensor.empty() : tensor<2x1x8x16xi1>
    %160 = linalg.generic {indexing_maps = [#map13, #map14, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%158, %expanded_28 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%159 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %303 = arith.andi %in, %in_107 : i1
      linalg.yield %303 : i1
    } -> tensor<2x1x8x16xi1>
    %161 = tensor.empty() : tensor<8x64xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_10 : tensor<8xi64>) outs(%161 : tensor<8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %303 = arith.index_cast %in : i64 to index
      %304 = linalg.index 1 : index
      %extracted = tensor.extract %arg14[%303, %304] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<8x64xf32>
    %expanded_58 = tensor.expand_shape %162 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xf32> into tensor<1x8x64xf32>
    %163 = linalg.generic {indexing_maps = [#map2, #map20, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %expanded_58 : tensor<2x8x64xf32>, tensor<1x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %164 = tensor.empty() : tensor<2x8x1xf32>
    %165 = linalg.fill ins(%cst : f32) outs(%164 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %166 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%163 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %167 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_59 = tensor.collapse_shape %167 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %168 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_59 : tensor<2x8xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %169 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163, %168 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.subf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %170 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %169 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %171 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%170 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %172 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %173 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %cst_9 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %174 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.rsqrt %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_60 = tensor.collapse_shape %174 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %175 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_60 : tensor<2x8xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %176 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %175 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %177 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176, %arg10 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %178 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177, %arg6 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %transposed_61 = linalg.transpose ins(%arg17 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %179 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_61 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %180 = linalg.fill ins(%cst : f32) outs(%141 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %181 = linalg.batch_matmul ins(%178, %179 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%180 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %182 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %181 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %expanded_62 = tensor.expand_shape %182 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %183 = tensor.empty() : tensor<2x4x8x16xf32>
    %transposed_63 = linalg.transpose ins(%expanded_62 : tensor<2x8x4x16xf32>) outs(%183 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_64 = linalg.transpose ins(%arg15 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %184 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_64 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %185 = linalg.batch_matmul ins(%178, %184 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%180 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %186 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %185 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %transposed_65 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %187 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_65 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %188 = linalg.batch_matmul ins(%178, %187 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%180 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %189 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %188 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %expanded_66 = tensor.expand_shape %186 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %expanded_67 = tensor.expand_shape %189 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %transposed_68 = linalg.transpose ins(%expanded_67 : tensor<2x8x4x16xf32>) outs(%183 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %190 = tensor.empty() : tensor<2x4x16x8xf32>
    %transposed_69 = linalg.transpose ins(%expanded_66 : tensor<2x8x4x16xf32>) outs(%190 : tensor<2x4x16x8xf32>) permutation = [0, 2, 3, 1] 
    %191 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_63, %61 : tensor<2x4x8x16xf32>, tensor<f32>) outs(%183 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x16xf32>
    %192 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_69, %61 : tensor<2x4x16x8xf32>, tensor<f32>) outs(%190 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x16x8xf32>
    %collapsed_70 = tensor.collapse_shape %191 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_71 = tensor.collapse_shape %192 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
    %193 = tensor.empty() : tensor<8x8x8xf32>
    %194 = linalg.fill ins(%cst : f32) outs(%193 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %195 = linalg.batch_matmul ins(%collapsed_70, %collapsed_71 : tensor<8x8x16xf32>, tensor<8x16x8xf32>) outs(%194 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_72 = tensor.expand_shape %195 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %196 = tensor.empty() : tensor<2x1x8x8xf32>
    %197 = linalg.generic {indexing_maps = [#map9, #map17, #map17, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%155, %cst_5, %cst_4 : tensor<2x1x8x8xi1>, tensor<1xf32>, tensor<1xf32>) outs(%196 : tensor<2x1x8x8xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %303 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %303 : f32
    } -> tensor<2x1x8x8xf32>
    %198 = tensor.empty() : tensor<2x4x8x8xf32>
    %199 = linalg.generic {indexing_maps = [#map9, #map18, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_72, %197 : tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) outs(%198 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x8xf32>
    %200 = tensor.empty() : tensor<2x4x8xi64>
    %201 = linalg.fill ins(%c0_i64 : i64) outs(%200 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %202 = tensor.empty() : tensor<2x4x8xf32>
    %203 = linalg.fill ins(%cst_0 : f32) outs(%202 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %204:2 = linalg.generic {indexing_maps = [#map9, #map19, #map19], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%199 : tensor<2x4x8x8xf32>) outs(%203, %201 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_107: i64):
      %303 = linalg.index 3 : index
      %304 = arith.index_cast %303 : index to i64
      %305 = arith.maximumf %in, %out : f32
      %306 = arith.cmpf ogt, %in, %out : f32
      %307 = arith.select %306, %304, %out_107 : i64
      linalg.yield %305, %307 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_73 = tensor.expand_shape %204#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %205 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%199, %expanded_73 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%198 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.subf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x8xf32>
    %206 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%205 : tensor<2x4x8x8xf32>) outs(%198 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.exp %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x8xf32>
    %207 = tensor.empty() : tensor<2x4x8x1xf32>
    %208 = linalg.fill ins(%cst : f32) outs(%207 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %209 = linalg.generic {indexing_maps = [#map9, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%206 : tensor<2x4x8x8xf32>) outs(%208 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x1xf32>
    %210 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%206, %209 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%198 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.divf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x8xf32>
    %211 = tensor.empty() : tensor<2x4x8x8xi1>
    %212 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%210, %210 : tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%211 : tensor<2x4x8x8xi1>) {
    ^bb0(%in: f32, %in_107: f32, %out: i1):
      %303 = arith.cmpf une, %in, %in_107 : f32
      linalg.yield %303 : i1
    } -> tensor<2x4x8x8xi1>
    %213 = linalg.generic {indexing_maps = [#map9, #map17, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%212, %cst_5, %210 : tensor<2x4x8x8xi1>, tensor<1xf32>, tensor<2x4x8x8xf32>) outs(%198 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %303 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_74 = tensor.collapse_shape %213 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_75 = tensor.collapse_shape %transposed_68 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %214 = tensor.empty() : tensor<8x8x16xf32>
    %215 = linalg.fill ins(%cst : f32) outs(%214 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %216 = linalg.batch_matmul ins(%collapsed_74, %collapsed_75 : tensor<8x8x8xf32>, tensor<8x8x16xf32>) outs(%215 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_76 = tensor.expand_shape %216 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %217 = tensor.empty() : tensor<2x8x4x16xf32>
    %transposed_77 = linalg.transpose ins(%expanded_76 : tensor<2x4x8x16xf32>) outs(%217 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_78 = tensor.collapse_shape %transposed_77 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_79 = linalg.transpose ins(%arg18 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %218 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_79 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %219 = linalg.batch_matmul ins(%collapsed_78, %218 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%180 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %220 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %219 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %221 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178, %220 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %222 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%221 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %223 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%222 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_80 = tensor.collapse_shape %223 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %224 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_80 : tensor<2x8xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %225 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221, %224 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.subf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %226 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%225, %225 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %227 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%226 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %228 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %229 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %cst_9 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %230 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.rsqrt %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_81 = tensor.collapse_shape %230 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %231 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_81 : tensor<2x8xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %232 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%225, %231 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %233 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232, %arg10 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %234 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%233, %arg6 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %transposed_82 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %235 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_82 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %236 = linalg.batch_matmul ins(%234, %235 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%180 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %237 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %236 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %expanded_83 = tensor.expand_shape %237 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %transposed_84 = linalg.transpose ins(%expanded_83 : tensor<2x8x4x16xf32>) outs(%183 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_85 = linalg.transpose ins(%arg19 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %238 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_85 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %239 = linalg.batch_matmul ins(%133, %238 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %240 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %239 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %transposed_86 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %241 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_86 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %242 = linalg.batch_matmul ins(%133, %241 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %243 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %242 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x16x64xf32>
    %expanded_87 = tensor.expand_shape %240 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_88 = tensor.expand_shape %243 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_89 = linalg.transpose ins(%expanded_88 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_90 = linalg.transpose ins(%expanded_87 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %244 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_84, %61 : tensor<2x4x8x16xf32>, tensor<f32>) outs(%183 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x16xf32>
    %245 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_90, %61 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_91 = tensor.collapse_shape %244 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_92 = tensor.collapse_shape %245 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %246 = linalg.batch_matmul ins(%collapsed_91, %collapsed_92 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%215 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_93 = tensor.expand_shape %246 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %247 = tensor.empty() : tensor<2x1x8x16xf32>
    %248 = linalg.generic {indexing_maps = [#map9, #map17, #map17, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%160, %cst_5, %cst_4 : tensor<2x1x8x16xi1>, tensor<1xf32>, tensor<1xf32>) outs(%247 : tensor<2x1x8x16xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %303 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %303 : f32
    } -> tensor<2x1x8x16xf32>
    %249 = linalg.generic {indexing_maps = [#map9, #map18, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_93, %248 : tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) outs(%183 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x16xf32>
    %250:2 = linalg.generic {indexing_maps = [#map9, #map19, #map19], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%249 : tensor<2x4x8x16xf32>) outs(%203, %201 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_107: i64):
      %303 = linalg.index 3 : index
      %304 = arith.index_cast %303 : index to i64
      %305 = arith.maximumf %in, %out : f32
      %306 = arith.cmpf ogt, %in, %out : f32
      %307 = arith.select %306, %304, %out_107 : i64
      linalg.yield %305, %307 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_94 = tensor.expand_shape %250#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %251 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%249, %expanded_94 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%183 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.subf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x16xf32>
    %252 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%251 : tensor<2x4x8x16xf32>) outs(%183 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.exp %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x16xf32>
    %253 = linalg.generic {indexing_maps = [#map9, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%252 : tensor<2x4x8x16xf32>) outs(%208 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x1xf32>
    %254 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%252, %253 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%183 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.divf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x16xf32>
    %255 = tensor.empty() : tensor<2x4x8x16xi1>
    %256 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%254, %254 : tensor<2x4x8x16xf32>, tensor<2x4x8x16xf32>) outs(%255 : tensor<2x4x8x16xi1>) {
    ^bb0(%in: f32, %in_107: f32, %out: i1):
      %303 = arith.cmpf une, %in, %in_107 : f32
      linalg.yield %303 : i1
    } -> tensor<2x4x8x16xi1>
    %257 = linalg.generic {indexing_maps = [#map9, #map17, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%256, %cst_5, %254 : tensor<2x4x8x16xi1>, tensor<1xf32>, tensor<2x4x8x16xf32>) outs(%183 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %303 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %303 : f32
    } -> tensor<2x4x8x16xf32>
    %collapsed_95 = tensor.collapse_shape %257 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_96 = tensor.collapse_shape %transposed_89 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %258 = linalg.batch_matmul ins(%collapsed_95, %collapsed_96 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%215 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_97 = tensor.expand_shape %258 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %transposed_98 = linalg.transpose ins(%expanded_97 : tensor<2x4x8x16xf32>) outs(%217 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_99 = tensor.collapse_shape %transposed_98 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_100 = linalg.transpose ins(%arg22 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %259 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_100 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %260 = linalg.batch_matmul ins(%collapsed_99, %259 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%180 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %261 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %260 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %262 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234, %261 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %263 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%262 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %264 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%263 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_101 = tensor.collapse_shape %264 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %265 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_101 : tensor<2x8xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %266 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262, %265 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.subf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %267 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266, %266 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %268 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%267 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %269 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %270 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%269 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %cst_9 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %271 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%270 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.rsqrt %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_102 = tensor.collapse_shape %271 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %272 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_102 : tensor<2x8xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %273 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266, %272 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %274 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%273, %arg10 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %275 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274, %arg6 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %transposed_103 = linalg.transpose ins(%arg23 : tensor<128x64xf32>) outs(%103 : tensor<64x128xf32>) permutation = [1, 0] 
    %276 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_103 : tensor<64x128xf32>) outs(%104 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %277 = tensor.empty() : tensor<2x8x128xf32>
    %278 = linalg.fill ins(%cst : f32) outs(%277 : tensor<2x8x128xf32>) -> tensor<2x8x128xf32>
    %279 = linalg.batch_matmul ins(%275, %276 : tensor<2x8x64xf32>, tensor<2x64x128xf32>) outs(%278 : tensor<2x8x128xf32>) -> tensor<2x8x128xf32>
    %280 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg12, %279 : tensor<128xf32>, tensor<2x8x128xf32>) outs(%277 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x128xf32>
    %281 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%280, %cst_3 : tensor<2x8x128xf32>, tensor<f32>) outs(%277 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.divf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x128xf32>
    %282 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%281 : tensor<2x8x128xf32>) outs(%277 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.erf %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x128xf32>
    %283 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%282, %cst_7 : tensor<2x8x128xf32>, tensor<f32>) outs(%277 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x128xf32>
    %284 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%280, %283 : tensor<2x8x128xf32>, tensor<2x8x128xf32>) outs(%277 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x128xf32>
    %285 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%284, %cst_2 : tensor<2x8x128xf32>, tensor<f32>) outs(%277 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x128xf32>
    %transposed_104 = linalg.transpose ins(%arg24 : tensor<64x128xf32>) outs(%115 : tensor<128x64xf32>) permutation = [1, 0] 
    %286 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_104 : tensor<128x64xf32>) outs(%116 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %287 = linalg.batch_matmul ins(%285, %286 : tensor<2x8x128xf32>, tensor<2x128x64xf32>) outs(%180 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %288 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %287 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %289 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%275, %288 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %290 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%289 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %291 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%290 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_105 = tensor.collapse_shape %291 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %292 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_105 : tensor<2x8xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %293 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%289, %292 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.subf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %294 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%293, %293 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %295 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%294 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %out : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %296 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%295 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.divf %in, %cst_8 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %297 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%296 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = arith.addf %in, %cst_9 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %298 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%297 : tensor<2x8x1xf32>) outs(%164 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %303 = math.rsqrt %in : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_106 = tensor.collapse_shape %298 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %299 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_106 : tensor<2x8xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %300 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%293, %299 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %301 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%300, %arg10 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.mulf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    %302 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%301, %arg6 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%141 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %303 = arith.addf %in, %in_107 : f32
      linalg.yield %303 : f32
    } -> tensor<2x8x64xf32>
    return %302 : tensor<2x8x64xf32>
  }
}
