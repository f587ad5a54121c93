// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "distilbert", "path": "onnx17-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map13 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<128x64xf32>, %arg11: tensor<128xf32>, %arg12: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c32_i64 = arith.constant 32 : i64
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_2 = arith.constant dense<true> : tensor<i1>
    %cst_3 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_4 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_5 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_7 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_8 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_9 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_10 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_11 = arith.constant dense<0> : tensor<i64>
    %cst_12 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_13 = arith.constant 6.400000e+01 : f32
    %cst_14 = arith.constant 9.99999996E-13 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %121 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %121 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %121 = arith.addi %in, %c128_i64 : i64
      linalg.yield %121 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_47: i64, %in_48: i64, %out: i64):
      %121 = arith.select %in, %in_47, %in_48 : i64
      linalg.yield %121 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %121 = arith.index_cast %in : i64 to index
      %122 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%121, %122] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_3 : tensor<16xi64>) outs(%7 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %121 = arith.index_cast %in : i64 to index
      %122 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%121, %122] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_15 = tensor.expand_shape %8 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x1xf32>
    %12 = linalg.fill ins(%cst : f32) outs(%11 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %13 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_13 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_16 = tensor.collapse_shape %14 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %15 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_16 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %15 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.subf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_13 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %cst_14 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.rsqrt %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_17 = tensor.collapse_shape %21 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %22 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_17 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %22 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %121 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %121 : i1
    } -> tensor<2x16xi1>
    %27 = tensor.empty() : tensor<1x1x16x1xi1>
    %28 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_11 : tensor<1x1x16x1xi64>, tensor<i64>) outs(%27 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %in_47: i64, %out: i1):
      %121 = arith.cmpi sge, %in, %in_47 : i64
      linalg.yield %121 : i1
    } -> tensor<1x1x16x1xi1>
    %29 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %28 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%27 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_47: i1, %out: i1):
      %121 = arith.andi %in, %in_47 : i1
      linalg.yield %121 : i1
    } -> tensor<1x1x16x1xi1>
    %expanded_18 = tensor.expand_shape %26 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_19 = tensor.collapse_shape %expanded_18 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %30 = tensor.empty() : tensor<2x1x1x16xi64>
    %31 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_10, %cst_1 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%30 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_47: i64, %out: i64):
      %121 = arith.addi %in, %in_47 : i64
      linalg.yield %121 : i64
    } -> tensor<2x1x1x16xi64>
    %32 = tensor.empty() : tensor<2x1x1x16xi1>
    %33 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%31 : tensor<2x1x1x16xi64>) outs(%32 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %121 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %121 : i1
    } -> tensor<2x1x1x16xi1>
    %34 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%31 : tensor<2x1x1x16xi64>) outs(%30 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %121 = arith.addi %in, %c32_i64 : i64
      linalg.yield %121 : i64
    } -> tensor<2x1x1x16xi64>
    %35 = linalg.generic {indexing_maps = [#map7, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%33, %34, %31 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%30 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_47: i64, %in_48: i64, %out: i64):
      %121 = arith.select %in, %in_47, %in_48 : i64
      linalg.yield %121 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_20 = tensor.collapse_shape %35 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %36 = tensor.empty() : tensor<32x1xi1>
    %37 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_20 : tensor<32xi64>) outs(%36 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %121 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_19[%121, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_21 = tensor.collapse_shape %37 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_22 = tensor.expand_shape %collapsed_21 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %38 = tensor.empty() : tensor<2x1x16x16xi1>
    %39 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%29, %expanded_22 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%38 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_47: i1, %out: i1):
      %121 = arith.andi %in, %in_47 : i1
      linalg.yield %121 : i1
    } -> tensor<2x1x16x16xi1>
    %40 = tensor.empty() : tensor<2x1x16x16xf32>
    %41 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %cst_9, %cst_8 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%40 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_47: f32, %in_48: f32, %out: f32):
      %121 = arith.select %in, %in_47, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x1x16x16xf32>
    %42 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %43 = tensor.empty() : tensor<2x64x64xf32>
    %44 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%43 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %45 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %46 = linalg.batch_matmul ins(%25, %44 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%45 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %47 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %46 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %expanded_23 = tensor.expand_shape %47 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_25 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %49 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<64x64xf32>) outs(%43 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %50 = linalg.batch_matmul ins(%25, %49 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%45 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %50 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %expanded_26 = tensor.expand_shape %51 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %52 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_27 : tensor<64x64xf32>) outs(%43 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %53 = linalg.batch_matmul ins(%25, %52 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%45 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %53 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %expanded_28 = tensor.expand_shape %54 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_30 = linalg.transpose ins(%expanded_26 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_31 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %transposed_30 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %55 = tensor.empty() : tensor<8x16x16xf32>
    %56 = linalg.fill ins(%cst : f32) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %57 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_33 = tensor.expand_shape %57 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33, %cst_7 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %41 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %60 = tensor.empty() : tensor<2x4x16xi64>
    %61 = linalg.fill ins(%c0_i64 : i64) outs(%60 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %62 = tensor.empty() : tensor<2x4x16xf32>
    %63 = linalg.fill ins(%cst_0 : f32) outs(%62 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %64:2 = linalg.generic {indexing_maps = [#map7, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%59 : tensor<2x4x16x16xf32>) outs(%63, %61 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_47: i64):
      %121 = linalg.index 3 : index
      %122 = arith.index_cast %121 : index to i64
      %123 = arith.maximumf %in, %out : f32
      %124 = arith.cmpf ogt, %in, %out : f32
      %125 = arith.select %124, %122, %out_47 : i64
      linalg.yield %123, %125 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_34 = tensor.expand_shape %64#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %expanded_34 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.subf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.exp %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = tensor.empty() : tensor<2x4x16x1xf32>
    %68 = linalg.fill ins(%cst : f32) outs(%67 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map7, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%66 : tensor<2x4x16x16xf32>) outs(%68 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %69 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.divf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %70 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %transposed_29 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %71 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_37 = tensor.expand_shape %71 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_39 = tensor.collapse_shape %transposed_38 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_40 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %73 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<64x64xf32>) outs(%43 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %74 = linalg.batch_matmul ins(%collapsed_39, %73 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%45 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %75 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %74 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%76 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_13 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %78 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %79 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %79 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.subf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %80 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%81 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_13 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %cst_14 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.rsqrt %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %85 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %86 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %86 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %90 = tensor.empty() : tensor<64x128xf32>
    %transposed_43 = linalg.transpose ins(%arg10 : tensor<128x64xf32>) outs(%90 : tensor<64x128xf32>) permutation = [1, 0] 
    %91 = tensor.empty() : tensor<2x64x128xf32>
    %92 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_43 : tensor<64x128xf32>) outs(%91 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %93 = tensor.empty() : tensor<2x16x128xf32>
    %94 = linalg.fill ins(%cst : f32) outs(%93 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %95 = linalg.batch_matmul ins(%89, %92 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%94 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %96 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %95 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x128xf32>
    %97 = linalg.generic {indexing_maps = [#map2, #map16, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %cst_6 : tensor<2x16x128xf32>, tensor<f32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.divf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x128xf32>
    %98 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.erf %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x128xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map16, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %cst_5 : tensor<2x16x128xf32>, tensor<f32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x128xf32>
    %100 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %99 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map2, #map16, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x128xf32>
    %102 = tensor.empty() : tensor<128x64xf32>
    %transposed_44 = linalg.transpose ins(%arg12 : tensor<64x128xf32>) outs(%102 : tensor<128x64xf32>) permutation = [1, 0] 
    %103 = tensor.empty() : tensor<2x128x64xf32>
    %104 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_44 : tensor<128x64xf32>) outs(%103 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %105 = linalg.batch_matmul ins(%101, %104 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%45 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %105 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %89 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%107 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_13 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_45 = tensor.collapse_shape %109 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %110 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %110 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.subf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %111 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%112 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_13 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %cst_14 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.rsqrt %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_46 = tensor.collapse_shape %116 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %117 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %117 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.mulf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %121 = arith.addf %in, %in_47 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    return %120 : tensor<2x16x64xf32>
  }
}

