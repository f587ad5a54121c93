// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "opt", "path": "onnx17-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d1)>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1) -> (d0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> ()>
#map7 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map8 = affine_map<(d0, d1) -> ()>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map11 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map12 = affine_map<(d0, d1, d2) -> (d2)>
#map13 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map14 = affine_map<(d0, d1, d2) -> ()>
#map15 = affine_map<() -> ()>
#map16 = affine_map<(d0, d1, d2, d3) -> (0)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map19 = affine_map<(d0, d1) -> (d0, 0)>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<66x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<128x64xf32>, %arg11: tensor<128xf32>, %arg12: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %c66_i64 = arith.constant 66 : i64
    %c128_i64 = arith.constant 128 : i64
    %c32_i64 = arith.constant 32 : i64
    %c0_i64 = arith.constant 0 : i64
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_2 = arith.constant dense<true> : tensor<i1>
    %cst_3 = arith.constant dense<0xFF800000> : tensor<1xf32>
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<1xf32>
    %cst_5 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_7 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_8 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_9 = arith.constant dense<2> : tensor<i64>
    %cst_10 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi64>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%cst_10 : tensor<16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %2 = tensor.empty() : tensor<2x16xi1>
    %3 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %129 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %129 : i1
    } -> tensor<2x16xi1>
    %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %129 = arith.addi %in, %c128_i64 : i64
      linalg.yield %129 : i64
    } -> tensor<2x16xi64>
    %5 = linalg.generic {indexing_maps = [#map1, #map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%3, %4, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_48: i64, %in_49: i64, %out: i64):
      %129 = arith.select %in, %in_48, %in_49 : i64
      linalg.yield %129 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %5 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %6 = tensor.empty() : tensor<32x64xf32>
    %7 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %129 = arith.index_cast %in : i64 to index
      %130 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%129, %130] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %7 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %129 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %129 : i1
    } -> tensor<2x16xi1>
    %9 = tensor.empty() : tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map3, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_8, %cst_7 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_48: i64, %out: i1):
      %129 = arith.cmpi sle, %in, %in_48 : i64
      linalg.yield %129 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map6, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %10 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %129 = arith.andi %in, %in_48 : i1
      linalg.yield %129 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_13 = tensor.expand_shape %8 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_14 = tensor.collapse_shape %expanded_13 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %12 = tensor.empty() : tensor<2x1x1x16xi64>
    %13 = linalg.generic {indexing_maps = [#map7, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_8, %cst_1 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%12 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_48: i64, %out: i64):
      %129 = arith.addi %in, %in_48 : i64
      linalg.yield %129 : i64
    } -> tensor<2x1x1x16xi64>
    %14 = tensor.empty() : tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13 : tensor<2x1x1x16xi64>) outs(%14 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %129 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %129 : i1
    } -> tensor<2x1x1x16xi1>
    %16 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13 : tensor<2x1x1x16xi64>) outs(%12 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %129 = arith.addi %in, %c32_i64 : i64
      linalg.yield %129 : i64
    } -> tensor<2x1x1x16xi64>
    %17 = linalg.generic {indexing_maps = [#map5, #map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15, %16, %13 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%12 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_48: i64, %in_49: i64, %out: i64):
      %129 = arith.select %in, %in_48, %in_49 : i64
      linalg.yield %129 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_15 = tensor.collapse_shape %17 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %18 = tensor.empty() : tensor<32x1xi1>
    %19 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_15 : tensor<32xi64>) outs(%18 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %129 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_14[%129, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_16 = tensor.collapse_shape %19 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_17 = tensor.expand_shape %collapsed_16 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %20 = tensor.empty() : tensor<2x1x16x16xi1>
    %21 = linalg.generic {indexing_maps = [#map7, #map3, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %expanded_17 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%20 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %129 = arith.andi %in, %in_48 : i1
      linalg.yield %129 : i1
    } -> tensor<2x1x16x16xi1>
    %22 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel"]} ins(%1, %cst_9 : tensor<2x16xi64>, tensor<i64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %in_48: i64, %out: i64):
      %129 = arith.addi %in, %in_48 : i64
      linalg.yield %129 : i64
    } -> tensor<2x16xi64>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%22 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %129 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %129 : i1
    } -> tensor<2x16xi1>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%22 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %129 = arith.addi %in, %c66_i64 : i64
      linalg.yield %129 : i64
    } -> tensor<2x16xi64>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%23, %24, %22 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_48: i64, %in_49: i64, %out: i64):
      %129 = arith.select %in, %in_48, %in_49 : i64
      linalg.yield %129 : i64
    } -> tensor<2x16xi64>
    %collapsed_18 = tensor.collapse_shape %25 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %26 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_18 : tensor<32xi64>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %129 = arith.index_cast %in : i64 to index
      %130 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%129, %130] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_19 = tensor.expand_shape %26 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %27 = tensor.empty() : tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_19 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %29 = tensor.empty() : tensor<2x16x1xf32>
    %30 = linalg.fill ins(%cst : f32) outs(%29 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map9, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%28 : tensor<2x16x64xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.addf %in, %out : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.divf %in, %cst_11 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_20 = tensor.collapse_shape %32 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %33 = linalg.generic {indexing_maps = [#map11, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_20 : tensor<2x16xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.subf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %34 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map9, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%35 : tensor<2x16x64xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.addf %in, %out : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.divf %in, %cst_11 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.addf %in, %cst_12 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<2x16x1xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = math.rsqrt %in : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_21 = tensor.collapse_shape %39 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %40 = linalg.generic {indexing_maps = [#map11, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<2x16xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %43 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%42, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %44 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %45 = tensor.empty() : tensor<2x64x64xf32>
    %46 = linalg.generic {indexing_maps = [#map13, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%45 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %47 = linalg.fill ins(%cst : f32) outs(%27 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %48 = linalg.batch_matmul ins(%43, %46 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%47 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %49 = linalg.generic {indexing_maps = [#map12, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %48 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %50 = linalg.generic {indexing_maps = [#map9, #map14, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%49, %cst_6 : tensor<2x16x64xf32>, tensor<f32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %expanded_22 = tensor.expand_shape %50 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %51 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_24 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %52 = linalg.generic {indexing_maps = [#map13, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<64x64xf32>) outs(%45 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %53 = linalg.batch_matmul ins(%43, %52 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%47 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %54 = linalg.generic {indexing_maps = [#map12, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %53 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %transposed_25 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %55 = linalg.generic {indexing_maps = [#map13, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<64x64xf32>) outs(%45 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %56 = linalg.batch_matmul ins(%43, %55 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%47 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %57 = linalg.generic {indexing_maps = [#map12, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %56 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %expanded_26 = tensor.expand_shape %54 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_27 = tensor.expand_shape %57 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_28 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_29 = linalg.transpose ins(%expanded_26 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %58 = tensor.empty() : tensor<f32>
    %59 = linalg.generic {indexing_maps = [#map15, #map15], iterator_types = []} ins(%cst_5 : tensor<f32>) outs(%58 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = math.sqrt %in : f32
      linalg.yield %129 : f32
    } -> tensor<f32>
    %60 = tensor.empty() : tensor<f32>
    %61 = linalg.generic {indexing_maps = [#map15, #map15], iterator_types = []} ins(%59 : tensor<f32>) outs(%60 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<f32>
    %62 = linalg.generic {indexing_maps = [#map5, #map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_23, %61 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map5, #map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_29, %61 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %62 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %63 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %64 = tensor.empty() : tensor<8x16x16xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%64 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %66 = linalg.batch_matmul ins(%collapsed_30, %collapsed_31 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_32 = tensor.expand_shape %66 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %67 = tensor.empty() : tensor<2x1x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map5, #map16, #map16, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %cst_4, %cst_3 : tensor<2x1x16x16xi1>, tensor<1xf32>, tensor<1xf32>) outs(%67 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_48: f32, %in_49: f32, %out: f32):
      %129 = arith.select %in, %in_48, %in_49 : f32
      linalg.yield %129 : f32
    } -> tensor<2x1x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map5, #map17, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_32, %68 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16xi64>
    %71 = linalg.fill ins(%c0_i64 : i64) outs(%70 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %72 = tensor.empty() : tensor<2x4x16xf32>
    %73 = linalg.fill ins(%cst_0 : f32) outs(%72 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %74:2 = linalg.generic {indexing_maps = [#map5, #map18, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%73, %71 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_48: i64):
      %129 = linalg.index 3 : index
      %130 = arith.index_cast %129 : index to i64
      %131 = arith.maximumf %in, %out : f32
      %132 = arith.cmpf ogt, %in, %out : f32
      %133 = arith.select %132, %130, %out_48 : i64
      linalg.yield %131, %133 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_33 = tensor.expand_shape %74#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %expanded_33 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.subf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = math.exp %in : f32
      linalg.yield %129 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = tensor.empty() : tensor<2x4x16x1xf32>
    %78 = linalg.fill ins(%cst : f32) outs(%77 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.addf %in, %out : f32
      linalg.yield %129 : f32
    } -> tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76, %79 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.divf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x4x16x16xf32>
    %81 = tensor.empty() : tensor<2x4x16x16xi1>
    %82 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80, %80 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%81 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_48: f32, %out: i1):
      %129 = arith.cmpf une, %in, %in_48 : f32
      linalg.yield %129 : i1
    } -> tensor<2x4x16x16xi1>
    %83 = linalg.generic {indexing_maps = [#map5, #map16, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82, %cst_4, %80 : tensor<2x4x16x16xi1>, tensor<1xf32>, tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_48: f32, %in_49: f32, %out: f32):
      %129 = arith.select %in, %in_48, %in_49 : f32
      linalg.yield %129 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %83 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %transposed_28 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %84 = linalg.batch_matmul ins(%collapsed_34, %collapsed_35 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_36 = tensor.expand_shape %84 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %85 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_37 = linalg.transpose ins(%expanded_36 : tensor<2x4x16x16xf32>) outs(%85 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_38 = tensor.collapse_shape %transposed_37 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_39 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %86 = linalg.generic {indexing_maps = [#map13, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<64x64xf32>) outs(%45 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %87 = linalg.batch_matmul ins(%collapsed_38, %86 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%47 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map12, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %87 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %88 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_40 = tensor.collapse_shape %89 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %90 = tensor.empty() : tensor<32x1xf32>
    %91 = linalg.fill ins(%cst : f32) outs(%90 : tensor<32x1xf32>) -> tensor<32x1xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map19], iterator_types = ["parallel", "reduction"]} ins(%collapsed_40 : tensor<32x64xf32>) outs(%91 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.addf %in, %out : f32
      linalg.yield %129 : f32
    } -> tensor<32x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%92 : tensor<32x1xf32>) outs(%90 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.divf %in, %cst_11 : f32
      linalg.yield %129 : f32
    } -> tensor<32x1xf32>
    %collapsed_41 = tensor.collapse_shape %93 [[0, 1]] : tensor<32x1xf32> into tensor<32xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_41 : tensor<32xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<32x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_40, %94 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.subf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<32x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%95, %95 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<32x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map19], iterator_types = ["parallel", "reduction"]} ins(%96 : tensor<32x64xf32>) outs(%91 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.addf %in, %out : f32
      linalg.yield %129 : f32
    } -> tensor<32x1xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%97 : tensor<32x1xf32>) outs(%90 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.divf %in, %cst_11 : f32
      linalg.yield %129 : f32
    } -> tensor<32x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%98 : tensor<32x1xf32>) outs(%90 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.addf %in, %cst_12 : f32
      linalg.yield %129 : f32
    } -> tensor<32x1xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%99 : tensor<32x1xf32>) outs(%90 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = math.rsqrt %in : f32
      linalg.yield %129 : f32
    } -> tensor<32x1xf32>
    %collapsed_42 = tensor.collapse_shape %100 [[0, 1]] : tensor<32x1xf32> into tensor<32xf32>
    %101 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_42 : tensor<32xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<32x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%95, %101 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<32x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel"]} ins(%102, %arg4 : tensor<32x64xf32>, tensor<64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<32x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel"]} ins(%103, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<32x64xf32>
    %105 = tensor.empty() : tensor<64x128xf32>
    %transposed_43 = linalg.transpose ins(%arg10 : tensor<128x64xf32>) outs(%105 : tensor<64x128xf32>) permutation = [1, 0] 
    %106 = tensor.empty() : tensor<32x128xf32>
    %107 = linalg.fill ins(%cst : f32) outs(%106 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %108 = linalg.matmul ins(%104, %transposed_43 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%107 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel"]} ins(%108, %arg11 : tensor<32x128xf32>, tensor<128xf32>) outs(%106 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<32x128xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%109 : tensor<32x128xf32>) outs(%106 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.cmpf ugt, %in, %cst : f32
      %130 = arith.select %129, %in, %cst : f32
      linalg.yield %130 : f32
    } -> tensor<32x128xf32>
    %111 = tensor.empty() : tensor<128x64xf32>
    %transposed_44 = linalg.transpose ins(%arg12 : tensor<64x128xf32>) outs(%111 : tensor<128x64xf32>) permutation = [1, 0] 
    %112 = linalg.fill ins(%cst : f32) outs(%6 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %113 = linalg.matmul ins(%110, %transposed_44 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%112 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel"]} ins(%113, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<32x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_40, %114 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<32x64xf32>
    %expanded_45 = tensor.expand_shape %115 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map9, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_45 : tensor<2x16x64xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.addf %in, %out : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.divf %in, %cst_11 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_46 = tensor.collapse_shape %117 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %118 = linalg.generic {indexing_maps = [#map11, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<2x16xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45, %118 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.subf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %119 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map9, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%120 : tensor<2x16x64xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.addf %in, %out : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.divf %in, %cst_11 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x1xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = arith.addf %in, %cst_12 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<2x16x1xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %129 = math.rsqrt %in : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_47 = tensor.collapse_shape %124 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %125 = linalg.generic {indexing_maps = [#map11, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_47 : tensor<2x16xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %125 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.mulf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %129 = arith.addf %in, %in_48 : f32
      linalg.yield %129 : f32
    } -> tensor<2x16x64xf32>
    return %128 : tensor<2x16x64xf32>
  }
}

