// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}], "attn": "eager", "dtype": "f32", "expected_blocks": 3, "func": "main_graph", "model": "bart", "path": "onnx17-tm", "shapes": "static"}
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
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map18 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<2x8xi64>, %arg3: tensor<128x64xf32>, %arg4: tensor<66x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<128x64xf32>, %arg12: tensor<128xf32>, %arg13: tensor<64x128xf32>, %arg14: tensor<66x64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<64x64xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64x64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<128x64xf32>, %arg24: tensor<64x128xf32>) -> tensor<2x8x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<true> : tensor<i1>
    %cst_2 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_3 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_4 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_5 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<f32>
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
      %287 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %287 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %287 = arith.addi %in, %c128_i64 : i64
      linalg.yield %287 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %287 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %287 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %287 = arith.index_cast %in : i64 to index
      %288 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%287, %288] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %cst_7 : tensor<2x16x64xf32>, tensor<f32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %9 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_18 : tensor<16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %10 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel"]} ins(%9, %cst_19 : tensor<2x16xi64>, tensor<i64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %in_107: i64, %out: i64):
      %287 = arith.addi %in, %in_107 : i64
      linalg.yield %287 : i64
    } -> tensor<2x16xi64>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%10 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %287 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %287 : i1
    } -> tensor<2x16xi1>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%10 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %287 = arith.addi %in, %c66_i64 : i64
      linalg.yield %287 : i64
    } -> tensor<2x16xi64>
    %13 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%11, %12, %10 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %287 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %287 : i64
    } -> tensor<2x16xi64>
    %collapsed_20 = tensor.collapse_shape %13 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %14 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_20 : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %287 = arith.index_cast %in : i64 to index
      %288 = linalg.index 1 : index
      %extracted = tensor.extract %arg4[%287, %288] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %14 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %15 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %expanded_21 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %16 = tensor.empty() : tensor<2x16x1xf32>
    %17 = linalg.fill ins(%cst : f32) outs(%16 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%15 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_22 = tensor.collapse_shape %19 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %20 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_22 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %20 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.subf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %22 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %21 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%22 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %cst_9 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.rsqrt %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_23 = tensor.collapse_shape %26 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %27 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_23 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %287 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %287 : i1
    } -> tensor<2x16xi1>
    %32 = tensor.empty() : tensor<1x1x16x1xi1>
    %33 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_17, %cst_16 : tensor<1x1x16x1xi64>, tensor<i64>) outs(%32 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %in_107: i64, %out: i1):
      %287 = arith.cmpi sge, %in, %in_107 : i64
      linalg.yield %287 : i1
    } -> tensor<1x1x16x1xi1>
    %34 = linalg.generic {indexing_maps = [#map10, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %33 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%32 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %287 = arith.andi %in, %in_107 : i1
      linalg.yield %287 : i1
    } -> tensor<1x1x16x1xi1>
    %expanded_24 = tensor.expand_shape %31 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_25 = tensor.collapse_shape %expanded_24 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %35 = tensor.empty() : tensor<2x1x1x16xi64>
    %36 = linalg.generic {indexing_maps = [#map11, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_15, %cst_12 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%35 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_107: i64, %out: i64):
      %287 = arith.addi %in, %in_107 : i64
      linalg.yield %287 : i64
    } -> tensor<2x1x1x16xi64>
    %37 = tensor.empty() : tensor<2x1x1x16xi1>
    %38 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36 : tensor<2x1x1x16xi64>) outs(%37 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %287 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %287 : i1
    } -> tensor<2x1x1x16xi1>
    %39 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36 : tensor<2x1x1x16xi64>) outs(%35 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %287 = arith.addi %in, %c32_i64 : i64
      linalg.yield %287 : i64
    } -> tensor<2x1x1x16xi64>
    %40 = linalg.generic {indexing_maps = [#map9, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %39, %36 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%35 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %287 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %287 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_26 = tensor.collapse_shape %40 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %41 = tensor.empty() : tensor<32x1xi1>
    %42 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_26 : tensor<32xi64>) outs(%41 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %287 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_25[%287, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_27 = tensor.collapse_shape %42 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_28 = tensor.expand_shape %collapsed_27 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %43 = tensor.empty() : tensor<2x1x16x16xi1>
    %44 = linalg.generic {indexing_maps = [#map13, #map14, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %expanded_28 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%43 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %287 = arith.andi %in, %in_107 : i1
      linalg.yield %287 : i1
    } -> tensor<2x1x16x16xi1>
    %45 = tensor.empty() : tensor<2x1x16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map9, #map10, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %cst_6, %cst_5 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%45 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %287 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %287 : f32
    } -> tensor<2x1x16x16xf32>
    %47 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %48 = tensor.empty() : tensor<2x64x64xf32>
    %49 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %50 = linalg.fill ins(%cst : f32) outs(%7 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %51 = linalg.batch_matmul ins(%30, %49 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%50 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %52 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %51 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %expanded_29 = tensor.expand_shape %52 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %53 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_31 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %54 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %55 = linalg.batch_matmul ins(%30, %54 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%50 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %56 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %55 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %transposed_32 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %57 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %58 = linalg.batch_matmul ins(%30, %57 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%50 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %59 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %58 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %expanded_33 = tensor.expand_shape %56 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_34 = tensor.expand_shape %59 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_35 = linalg.transpose ins(%expanded_34 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_36 = linalg.transpose ins(%expanded_33 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_37 = tensor.collapse_shape %transposed_30 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %transposed_36 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %60 = tensor.empty() : tensor<8x16x16xf32>
    %61 = linalg.fill ins(%cst : f32) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %62 = linalg.batch_matmul ins(%collapsed_37, %collapsed_38 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_39 = tensor.expand_shape %62 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_39, %cst_4 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map9, #map16, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %46 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x4x16xi64>
    %66 = linalg.fill ins(%c0_i64 : i64) outs(%65 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %67 = tensor.empty() : tensor<2x4x16xf32>
    %68 = linalg.fill ins(%cst_0 : f32) outs(%67 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %69:2 = linalg.generic {indexing_maps = [#map9, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%68, %66 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_107: i64):
      %287 = linalg.index 3 : index
      %288 = arith.index_cast %287 : index to i64
      %289 = arith.maximumf %in, %out : f32
      %290 = arith.cmpf ogt, %in, %out : f32
      %291 = arith.select %290, %288, %out_107 : i64
      linalg.yield %289, %291 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_40 = tensor.expand_shape %69#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %expanded_40 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.subf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.exp %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x4x16x1xf32>
    %73 = linalg.fill ins(%cst : f32) outs(%72 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map9, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%71 : tensor<2x4x16x16xf32>) outs(%73 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71, %74 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.divf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %75 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_42 = tensor.collapse_shape %transposed_35 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %76 = linalg.batch_matmul ins(%collapsed_41, %collapsed_42 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_43 = tensor.expand_shape %76 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %77 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_44 = linalg.transpose ins(%expanded_43 : tensor<2x4x16x16xf32>) outs(%77 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_45 = tensor.collapse_shape %transposed_44 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_46 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %78 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_46 : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %79 = linalg.batch_matmul ins(%collapsed_45, %78 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%50 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %79 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %80 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%81 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_47 = tensor.collapse_shape %83 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %84 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_47 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %84 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.subf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %85 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%86 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %cst_9 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.rsqrt %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_48 = tensor.collapse_shape %90 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %91 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_48 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %91 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %95 = tensor.empty() : tensor<64x128xf32>
    %transposed_49 = linalg.transpose ins(%arg11 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %96 = tensor.empty() : tensor<2x64x128xf32>
    %97 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_49 : tensor<64x128xf32>) outs(%96 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %98 = tensor.empty() : tensor<2x16x128xf32>
    %99 = linalg.fill ins(%cst : f32) outs(%98 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %100 = linalg.batch_matmul ins(%94, %97 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%99 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg12, %100 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x128xf32>
    %102 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %cst_3 : tensor<2x16x128xf32>, tensor<f32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.divf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x128xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.erf %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x128xf32>
    %104 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %cst_7 : tensor<2x16x128xf32>, tensor<f32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x128xf32>
    %105 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %104 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x128xf32>
    %106 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %cst_2 : tensor<2x16x128xf32>, tensor<f32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x128xf32>
    %107 = tensor.empty() : tensor<128x64xf32>
    %transposed_50 = linalg.transpose ins(%arg13 : tensor<64x128xf32>) outs(%107 : tensor<128x64xf32>) permutation = [1, 0] 
    %108 = tensor.empty() : tensor<2x128x64xf32>
    %109 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<128x64xf32>) outs(%108 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %110 = linalg.batch_matmul ins(%106, %109 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%50 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %110 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %111 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%112 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_51 = tensor.collapse_shape %114 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %115 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_51 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %115 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.subf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %116 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%117 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %cst_9 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.rsqrt %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_52 = tensor.collapse_shape %121 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %122 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_52 : tensor<2x16xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %122 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %126 = tensor.empty() : tensor<2x8xi1>
    %127 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg2 : tensor<2x8xi64>) outs(%126 : tensor<2x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %287 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %287 : i1
    } -> tensor<2x8xi1>
    %128 = tensor.empty() : tensor<2x8xi64>
    %129 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg2 : tensor<2x8xi64>) outs(%128 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %287 = arith.addi %in, %c128_i64 : i64
      linalg.yield %287 : i64
    } -> tensor<2x8xi64>
    %130 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%127, %129, %arg2 : tensor<2x8xi1>, tensor<2x8xi64>, tensor<2x8xi64>) outs(%128 : tensor<2x8xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %287 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %287 : i64
    } -> tensor<2x8xi64>
    %collapsed_53 = tensor.collapse_shape %130 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %131 = tensor.empty() : tensor<16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_53 : tensor<16xi64>) outs(%131 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %287 = arith.index_cast %in : i64 to index
      %288 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%287, %288] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_54 = tensor.expand_shape %132 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %133 = tensor.empty() : tensor<2x8x64xf32>
    %134 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_54, %cst_7 : tensor<2x8x64xf32>, tensor<f32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %135 = tensor.empty() : tensor<1x1x8x8xi1>
    %136 = linalg.generic {indexing_maps = [#map14, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_14, %cst_13 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%135 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_107: i64, %out: i1):
      %287 = arith.cmpi sle, %in, %in_107 : i64
      linalg.yield %287 : i1
    } -> tensor<1x1x8x8xi1>
    %137 = linalg.generic {indexing_maps = [#map10, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %136 : tensor<i1>, tensor<1x1x8x8xi1>) outs(%135 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %287 = arith.andi %in, %in_107 : i1
      linalg.yield %287 : i1
    } -> tensor<1x1x8x8xi1>
    %138 = tensor.empty() : tensor<2x1x1x8xi64>
    %139 = linalg.generic {indexing_maps = [#map11, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_14, %cst_11 : tensor<1x1x1x8xi64>, tensor<2x1x1x1xi64>) outs(%138 : tensor<2x1x1x8xi64>) {
    ^bb0(%in: i64, %in_107: i64, %out: i64):
      %287 = arith.addi %in, %in_107 : i64
      linalg.yield %287 : i64
    } -> tensor<2x1x1x8xi64>
    %140 = tensor.empty() : tensor<2x1x1x8xi1>
    %141 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%139 : tensor<2x1x1x8xi64>) outs(%140 : tensor<2x1x1x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %287 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %287 : i1
    } -> tensor<2x1x1x8xi1>
    %142 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%139 : tensor<2x1x1x8xi64>) outs(%138 : tensor<2x1x1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %287 = arith.addi %in, %c16_i64 : i64
      linalg.yield %287 : i64
    } -> tensor<2x1x1x8xi64>
    %143 = linalg.generic {indexing_maps = [#map9, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%141, %142, %139 : tensor<2x1x1x8xi1>, tensor<2x1x1x8xi64>, tensor<2x1x1x8xi64>) outs(%138 : tensor<2x1x1x8xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %287 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %287 : i64
    } -> tensor<2x1x1x8xi64>
    %collapsed_55 = tensor.collapse_shape %143 [[0, 1, 2, 3]] : tensor<2x1x1x8xi64> into tensor<16xi64>
    %144 = tensor.empty() : tensor<16x1xi1>
    %145 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_55 : tensor<16xi64>) outs(%144 : tensor<16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      linalg.yield %true : i1
    } -> tensor<16x1xi1>
    %collapsed_56 = tensor.collapse_shape %145 [[0, 1]] : tensor<16x1xi1> into tensor<16xi1>
    %expanded_57 = tensor.expand_shape %collapsed_56 [[0, 1, 2, 3]] output_shape [2, 1, 1, 8] : tensor<16xi1> into tensor<2x1x1x8xi1>
    %146 = tensor.empty() : tensor<2x1x8x8xi1>
    %147 = linalg.generic {indexing_maps = [#map11, #map14, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%137, %expanded_57 : tensor<1x1x8x8xi1>, tensor<2x1x1x8xi1>) outs(%146 : tensor<2x1x8x8xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %287 = arith.andi %in, %in_107 : i1
      linalg.yield %287 : i1
    } -> tensor<2x1x8x8xi1>
    %148 = tensor.empty() : tensor<2x1x8x8xf32>
    %149 = linalg.generic {indexing_maps = [#map9, #map10, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%147, %cst_6, %cst_5 : tensor<2x1x8x8xi1>, tensor<f32>, tensor<f32>) outs(%148 : tensor<2x1x8x8xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %287 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %287 : f32
    } -> tensor<2x1x8x8xf32>
    %150 = tensor.empty() : tensor<1x1x8x1xi1>
    %151 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_13, %cst_16 : tensor<1x1x8x1xi64>, tensor<i64>) outs(%150 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %in_107: i64, %out: i1):
      %287 = arith.cmpi sge, %in, %in_107 : i64
      linalg.yield %287 : i1
    } -> tensor<1x1x8x1xi1>
    %152 = linalg.generic {indexing_maps = [#map10, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %151 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%150 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %287 = arith.andi %in, %in_107 : i1
      linalg.yield %287 : i1
    } -> tensor<1x1x8x1xi1>
    %153 = tensor.empty() : tensor<2x1x8x16xi1>
    %154 = linalg.generic {indexing_maps = [#map13, #map14, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%152, %expanded_28 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%153 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %287 = arith.andi %in, %in_107 : i1
      linalg.yield %287 : i1
    } -> tensor<2x1x8x16xi1>
    %155 = tensor.empty() : tensor<2x1x8x16xf32>
    %156 = linalg.generic {indexing_maps = [#map9, #map10, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%154, %cst_6, %cst_5 : tensor<2x1x8x16xi1>, tensor<f32>, tensor<f32>) outs(%155 : tensor<2x1x8x16xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %287 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %287 : f32
    } -> tensor<2x1x8x16xf32>
    %157 = tensor.empty() : tensor<8x64xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_10 : tensor<8xi64>) outs(%157 : tensor<8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %287 = arith.index_cast %in : i64 to index
      %288 = linalg.index 1 : index
      %extracted = tensor.extract %arg14[%287, %288] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<8x64xf32>
    %expanded_58 = tensor.expand_shape %158 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xf32> into tensor<1x8x64xf32>
    %159 = linalg.generic {indexing_maps = [#map2, #map18, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %expanded_58 : tensor<2x8x64xf32>, tensor<1x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %160 = tensor.empty() : tensor<2x8x1xf32>
    %161 = linalg.fill ins(%cst : f32) outs(%160 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %162 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%159 : tensor<2x8x64xf32>) outs(%161 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %163 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_59 = tensor.collapse_shape %163 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %164 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_59 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %165 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %164 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.subf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %166 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %165 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %167 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%166 : tensor<2x8x64xf32>) outs(%161 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %168 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %169 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %cst_9 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %170 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.rsqrt %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_60 = tensor.collapse_shape %170 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %171 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_60 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %172 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %171 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %173 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %arg10 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %174 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %arg6 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %transposed_61 = linalg.transpose ins(%arg17 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %175 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_61 : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %176 = linalg.fill ins(%cst : f32) outs(%133 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %177 = linalg.batch_matmul ins(%174, %175 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%176 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %178 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %177 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %expanded_62 = tensor.expand_shape %178 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %179 = tensor.empty() : tensor<2x4x8x16xf32>
    %transposed_63 = linalg.transpose ins(%expanded_62 : tensor<2x8x4x16xf32>) outs(%179 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_64 = linalg.transpose ins(%arg15 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %180 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_64 : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %181 = linalg.batch_matmul ins(%174, %180 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%176 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %182 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %181 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %transposed_65 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %183 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_65 : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %184 = linalg.batch_matmul ins(%174, %183 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%176 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %185 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %184 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %expanded_66 = tensor.expand_shape %182 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %expanded_67 = tensor.expand_shape %185 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %transposed_68 = linalg.transpose ins(%expanded_67 : tensor<2x8x4x16xf32>) outs(%179 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %186 = tensor.empty() : tensor<2x4x16x8xf32>
    %transposed_69 = linalg.transpose ins(%expanded_66 : tensor<2x8x4x16xf32>) outs(%186 : tensor<2x4x16x8xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_70 = tensor.collapse_shape %transposed_63 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_71 = tensor.collapse_shape %transposed_69 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
    %187 = tensor.empty() : tensor<8x8x8xf32>
    %188 = linalg.fill ins(%cst : f32) outs(%187 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %189 = linalg.batch_matmul ins(%collapsed_70, %collapsed_71 : tensor<8x8x16xf32>, tensor<8x16x8xf32>) outs(%188 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_72 = tensor.expand_shape %189 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %190 = tensor.empty() : tensor<2x4x8x8xf32>
    %191 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_72, %cst_4 : tensor<2x4x8x8xf32>, tensor<f32>) outs(%190 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x8xf32>
    %192 = linalg.generic {indexing_maps = [#map9, #map16, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%191, %149 : tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) outs(%190 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x8xf32>
    %193 = tensor.empty() : tensor<2x4x8xi64>
    %194 = linalg.fill ins(%c0_i64 : i64) outs(%193 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %195 = tensor.empty() : tensor<2x4x8xf32>
    %196 = linalg.fill ins(%cst_0 : f32) outs(%195 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %197:2 = linalg.generic {indexing_maps = [#map9, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%192 : tensor<2x4x8x8xf32>) outs(%196, %194 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_107: i64):
      %287 = linalg.index 3 : index
      %288 = arith.index_cast %287 : index to i64
      %289 = arith.maximumf %in, %out : f32
      %290 = arith.cmpf ogt, %in, %out : f32
      %291 = arith.select %290, %288, %out_107 : i64
      linalg.yield %289, %291 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_73 = tensor.expand_shape %197#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %198 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%192, %expanded_73 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%190 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.subf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x8xf32>
    %199 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%198 : tensor<2x4x8x8xf32>) outs(%190 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.exp %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x8xf32>
    %200 = tensor.empty() : tensor<2x4x8x1xf32>
    %201 = linalg.fill ins(%cst : f32) outs(%200 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %202 = linalg.generic {indexing_maps = [#map9, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%199 : tensor<2x4x8x8xf32>) outs(%201 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x1xf32>
    %203 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%199, %202 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%190 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.divf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_74 = tensor.collapse_shape %203 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_75 = tensor.collapse_shape %transposed_68 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %204 = tensor.empty() : tensor<8x8x16xf32>
    %205 = linalg.fill ins(%cst : f32) outs(%204 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %206 = linalg.batch_matmul ins(%collapsed_74, %collapsed_75 : tensor<8x8x8xf32>, tensor<8x8x16xf32>) outs(%205 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_76 = tensor.expand_shape %206 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %207 = tensor.empty() : tensor<2x8x4x16xf32>
    %transposed_77 = linalg.transpose ins(%expanded_76 : tensor<2x4x8x16xf32>) outs(%207 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_78 = tensor.collapse_shape %transposed_77 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_79 = linalg.transpose ins(%arg18 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %208 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_79 : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %209 = linalg.batch_matmul ins(%collapsed_78, %208 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%176 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %210 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %209 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %211 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174, %210 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %212 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%211 : tensor<2x8x64xf32>) outs(%161 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %213 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%212 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_80 = tensor.collapse_shape %213 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %214 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_80 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %215 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211, %214 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.subf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %216 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215, %215 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %217 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%216 : tensor<2x8x64xf32>) outs(%161 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %218 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %219 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%218 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %cst_9 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %220 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.rsqrt %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_81 = tensor.collapse_shape %220 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %221 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_81 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %222 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215, %221 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %223 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%222, %arg10 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %224 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %arg6 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %transposed_82 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %225 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_82 : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %226 = linalg.batch_matmul ins(%224, %225 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%176 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %227 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %226 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %expanded_83 = tensor.expand_shape %227 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %transposed_84 = linalg.transpose ins(%expanded_83 : tensor<2x8x4x16xf32>) outs(%179 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_85 = linalg.transpose ins(%arg19 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %228 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_85 : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %229 = linalg.batch_matmul ins(%125, %228 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%50 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %230 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %229 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %transposed_86 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %231 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_86 : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %232 = linalg.batch_matmul ins(%125, %231 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%50 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %233 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %232 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x16x64xf32>
    %expanded_87 = tensor.expand_shape %230 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_88 = tensor.expand_shape %233 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_89 = linalg.transpose ins(%expanded_88 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_90 = linalg.transpose ins(%expanded_87 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_91 = tensor.collapse_shape %transposed_84 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_92 = tensor.collapse_shape %transposed_90 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %234 = linalg.batch_matmul ins(%collapsed_91, %collapsed_92 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%205 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_93 = tensor.expand_shape %234 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %235 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_93, %cst_4 : tensor<2x4x8x16xf32>, tensor<f32>) outs(%179 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x16xf32>
    %236 = linalg.generic {indexing_maps = [#map9, #map16, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%235, %156 : tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) outs(%179 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x16xf32>
    %237:2 = linalg.generic {indexing_maps = [#map9, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%236 : tensor<2x4x8x16xf32>) outs(%196, %194 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_107: i64):
      %287 = linalg.index 3 : index
      %288 = arith.index_cast %287 : index to i64
      %289 = arith.maximumf %in, %out : f32
      %290 = arith.cmpf ogt, %in, %out : f32
      %291 = arith.select %290, %288, %out_107 : i64
      linalg.yield %289, %291 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_94 = tensor.expand_shape %237#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %238 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%236, %expanded_94 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%179 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.subf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x16xf32>
    %239 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%238 : tensor<2x4x8x16xf32>) outs(%179 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.exp %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x16xf32>
    %240 = linalg.generic {indexing_maps = [#map9, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%239 : tensor<2x4x8x16xf32>) outs(%201 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x1xf32>
    %241 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%239, %240 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%179 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.divf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x4x8x16xf32>
    %collapsed_95 = tensor.collapse_shape %241 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_96 = tensor.collapse_shape %transposed_89 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %242 = linalg.batch_matmul ins(%collapsed_95, %collapsed_96 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%205 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_97 = tensor.expand_shape %242 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %transposed_98 = linalg.transpose ins(%expanded_97 : tensor<2x4x8x16xf32>) outs(%207 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_99 = tensor.collapse_shape %transposed_98 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_100 = linalg.transpose ins(%arg22 : tensor<64x64xf32>) outs(%47 : tensor<64x64xf32>) permutation = [1, 0] 
    %243 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_100 : tensor<64x64xf32>) outs(%48 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %244 = linalg.batch_matmul ins(%collapsed_99, %243 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%176 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %245 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %244 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %246 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %245 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %247 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%246 : tensor<2x8x64xf32>) outs(%161 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %248 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_101 = tensor.collapse_shape %248 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %249 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_101 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %250 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%246, %249 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.subf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %251 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250, %250 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %252 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%251 : tensor<2x8x64xf32>) outs(%161 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %253 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%252 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %254 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %cst_9 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %255 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%254 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.rsqrt %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_102 = tensor.collapse_shape %255 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %256 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_102 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %257 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250, %256 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %258 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%257, %arg10 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %259 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258, %arg6 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %transposed_103 = linalg.transpose ins(%arg23 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %260 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_103 : tensor<64x128xf32>) outs(%96 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %261 = tensor.empty() : tensor<2x8x128xf32>
    %262 = linalg.fill ins(%cst : f32) outs(%261 : tensor<2x8x128xf32>) -> tensor<2x8x128xf32>
    %263 = linalg.batch_matmul ins(%259, %260 : tensor<2x8x64xf32>, tensor<2x64x128xf32>) outs(%262 : tensor<2x8x128xf32>) -> tensor<2x8x128xf32>
    %264 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg12, %263 : tensor<128xf32>, tensor<2x8x128xf32>) outs(%261 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x128xf32>
    %265 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264, %cst_3 : tensor<2x8x128xf32>, tensor<f32>) outs(%261 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.divf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x128xf32>
    %266 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265 : tensor<2x8x128xf32>) outs(%261 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.erf %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x128xf32>
    %267 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266, %cst_7 : tensor<2x8x128xf32>, tensor<f32>) outs(%261 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x128xf32>
    %268 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264, %267 : tensor<2x8x128xf32>, tensor<2x8x128xf32>) outs(%261 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x128xf32>
    %269 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268, %cst_2 : tensor<2x8x128xf32>, tensor<f32>) outs(%261 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x128xf32>
    %transposed_104 = linalg.transpose ins(%arg24 : tensor<64x128xf32>) outs(%107 : tensor<128x64xf32>) permutation = [1, 0] 
    %270 = linalg.generic {indexing_maps = [#map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_104 : tensor<128x64xf32>) outs(%108 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %271 = linalg.batch_matmul ins(%269, %270 : tensor<2x8x128xf32>, tensor<2x128x64xf32>) outs(%176 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %272 = linalg.generic {indexing_maps = [#map8, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %271 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %273 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259, %272 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %274 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%273 : tensor<2x8x64xf32>) outs(%161 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %275 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_105 = tensor.collapse_shape %275 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %276 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_105 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %277 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%273, %276 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.subf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %278 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%277, %277 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %279 = linalg.generic {indexing_maps = [#map2, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%278 : tensor<2x8x64xf32>) outs(%161 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %out : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %280 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%279 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.divf %in, %cst_8 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %281 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%280 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = arith.addf %in, %cst_9 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %282 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%281 : tensor<2x8x1xf32>) outs(%160 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %287 = math.rsqrt %in : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_106 = tensor.collapse_shape %282 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %283 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_106 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %284 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%277, %283 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %285 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%284, %arg10 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.mulf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    %286 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%285, %arg6 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %287 = arith.addf %in, %in_107 : f32
      linalg.yield %287 : f32
    } -> tensor<2x8x64xf32>
    return %286 : tensor<2x8x64xf32>
  }
}
