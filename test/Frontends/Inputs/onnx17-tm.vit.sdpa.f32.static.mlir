// FRONTEND: {"args": [{"role": "float", "shape": [2, 3, 32, 32]}, {"role": "weight", "shape": [1, 1, 64]}, {"role": "weight", "shape": [1, 17, 64]}, {"role": "weight", "shape": [64, 3, 8, 8]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "vit", "path": "onnx17-tm", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d2)>
#map6 = affine_map<() -> ()>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map11 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<2x3x32x32xf32>, %arg1: tensor<1x1x64xf32>, %arg2: tensor<1x17x64xf32>, %arg3: tensor<64x3x8x8xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<128x64xf32>, %arg11: tensor<128xf32>, %arg12: tensor<64x128xf32>, %arg13: tensor<64x64xf32>, %arg14: tensor<64x64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<128x64xf32>, %arg18: tensor<64x128xf32>) -> tensor<2x17x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_2 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_4 = arith.constant dense<2.500000e-01> : tensor<f64>
    %cst_5 = arith.constant 6.400000e+01 : f32
    %cst_6 = arith.constant 9.99999996E-13 : f32
    %0 = tensor.empty() : tensor<2x64x4x4xf32>
    %broadcasted = linalg.broadcast ins(%arg4 : tensor<64xf32>) outs(%0 : tensor<2x64x4x4xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<8> : vector<2xi64>} ins(%arg0, %arg3 : tensor<2x3x32x32xf32>, tensor<64x3x8x8xf32>) outs(%broadcasted : tensor<2x64x4x4xf32>) -> tensor<2x64x4x4xf32>
    %collapsed = tensor.collapse_shape %1 [[0], [1], [2, 3]] : tensor<2x64x4x4xf32> into tensor<2x64x16xf32>
    %2 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<2x64x16xf32>) outs(%2 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %3 = tensor.empty() : tensor<2x1x64xf32>
    %collapsed_7 = tensor.collapse_shape %arg1 [[0, 1], [2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_7 : tensor<1x64xf32>) outs(%3 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x64xf32>
    %concat = tensor.concat dim(1) %4, %transposed : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %5 = tensor.empty() : tensor<2x17x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat, %arg2 : tensor<2x17x64xf32>, tensor<1x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %7 = tensor.empty() : tensor<2x17x1xf32>
    %8 = linalg.fill ins(%cst : f32) outs(%7 : tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.divf %in, %cst_5 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_8 = tensor.collapse_shape %10 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %11 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_8 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %11 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.subf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %13 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %12 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.divf %in, %cst_5 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %cst_6 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = math.rsqrt %in : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_9 = tensor.collapse_shape %17 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %18 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_9 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %18 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %arg4 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %22 = tensor.empty() : tensor<64x64xf32>
    %transposed_10 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %23 = tensor.empty() : tensor<2x64x64xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_10 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %26 = linalg.batch_matmul ins(%21, %24 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %27 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %26 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %expanded = tensor.expand_shape %27 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %28 = tensor.empty() : tensor<2x4x17x16xf32>
    %transposed_11 = linalg.transpose ins(%expanded : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_12 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %29 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_12 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %30 = linalg.batch_matmul ins(%21, %29 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %31 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %30 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %expanded_13 = tensor.expand_shape %31 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_14 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %32 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_14 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %33 = linalg.batch_matmul ins(%21, %32 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %34 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %33 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %expanded_15 = tensor.expand_shape %34 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %35 = tensor.empty() : tensor<2x4x16x17xf32>
    %transposed_17 = linalg.transpose ins(%expanded_13 : tensor<2x17x4x16xf32>) outs(%35 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %36 = tensor.empty() : tensor<f64>
    %37 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = []} ins(%cst_4 : tensor<f64>) outs(%36 : tensor<f64>) {
    ^bb0(%in: f64, %out: f64):
      %169 = math.sqrt %in : f64
      linalg.yield %169 : f64
    } -> tensor<f64>
    %38 = tensor.empty() : tensor<f32>
    %39 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = []} ins(%37 : tensor<f64>) outs(%38 : tensor<f32>) {
    ^bb0(%in: f64, %out: f32):
      %169 = arith.truncf %in : f64 to f32
      linalg.yield %169 : f32
    } -> tensor<f32>
    %40 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_11, %39 : tensor<2x4x17x16xf32>, tensor<f32>) outs(%28 : tensor<2x4x17x16xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x17x16xf32>
    %41 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_17, %39 : tensor<2x4x16x17xf32>, tensor<f32>) outs(%35 : tensor<2x4x16x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x16x17xf32>
    %collapsed_18 = tensor.collapse_shape %40 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_19 = tensor.collapse_shape %41 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %42 = tensor.empty() : tensor<8x17x17xf32>
    %43 = linalg.fill ins(%cst : f32) outs(%42 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %44 = linalg.batch_matmul ins(%collapsed_18, %collapsed_19 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%43 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_20 = tensor.expand_shape %44 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %45 = tensor.empty() : tensor<2x4x17xi64>
    %46 = linalg.fill ins(%c0_i64 : i64) outs(%45 : tensor<2x4x17xi64>) -> tensor<2x4x17xi64>
    %47 = tensor.empty() : tensor<2x4x17xf32>
    %48 = linalg.fill ins(%cst_0 : f32) outs(%47 : tensor<2x4x17xf32>) -> tensor<2x4x17xf32>
    %49:2 = linalg.generic {indexing_maps = [#map7, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_20 : tensor<2x4x17x17xf32>) outs(%48, %46 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_59: i64):
      %169 = linalg.index 3 : index
      %170 = arith.index_cast %169 : index to i64
      %171 = arith.maximumf %in, %out : f32
      %172 = arith.cmpf ogt, %in, %out : f32
      %173 = arith.select %172, %170, %out_59 : i64
      linalg.yield %171, %173 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_21 = tensor.expand_shape %49#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %50 = tensor.empty() : tensor<2x4x17x17xf32>
    %51 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_20, %expanded_21 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.subf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x17x17xf32>
    %52 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51 : tensor<2x4x17x17xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = math.exp %in : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x17x17xf32>
    %53 = tensor.empty() : tensor<2x4x17x1xf32>
    %54 = linalg.fill ins(%cst : f32) outs(%53 : tensor<2x4x17x1xf32>) -> tensor<2x4x17x1xf32>
    %55 = linalg.generic {indexing_maps = [#map7, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%52 : tensor<2x4x17x17xf32>) outs(%54 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x17x1xf32>
    %56 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %55 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.divf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_22 = tensor.collapse_shape %56 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_23 = tensor.collapse_shape %transposed_16 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %57 = tensor.empty() : tensor<8x17x16xf32>
    %58 = linalg.fill ins(%cst : f32) outs(%57 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %59 = linalg.batch_matmul ins(%collapsed_22, %collapsed_23 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%58 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_24 = tensor.expand_shape %59 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %60 = tensor.empty() : tensor<2x17x4x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<2x4x17x16xf32>) outs(%60 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_26 = tensor.collapse_shape %transposed_25 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_27 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %61 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_27 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %62 = linalg.batch_matmul ins(%collapsed_26, %61 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %63 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %62 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63, %6 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%64 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.divf %in, %cst_5 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_28 = tensor.collapse_shape %66 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %67 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_28 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64, %67 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.subf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %68 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%69 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.divf %in, %cst_5 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %cst_6 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = math.rsqrt %in : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_29 = tensor.collapse_shape %73 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %74 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_29 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %74 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %arg4 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %78 = tensor.empty() : tensor<64x128xf32>
    %transposed_30 = linalg.transpose ins(%arg10 : tensor<128x64xf32>) outs(%78 : tensor<64x128xf32>) permutation = [1, 0] 
    %79 = tensor.empty() : tensor<2x64x128xf32>
    %80 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_30 : tensor<64x128xf32>) outs(%79 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %81 = tensor.empty() : tensor<2x17x128xf32>
    %82 = linalg.fill ins(%cst : f32) outs(%81 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %83 = linalg.batch_matmul ins(%77, %80 : tensor<2x17x64xf32>, tensor<2x64x128xf32>) outs(%82 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %84 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %83 : tensor<128xf32>, tensor<2x17x128xf32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %cst_3 : tensor<2x17x128xf32>, tensor<f32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.divf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x17x128xf32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = math.erf %in : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %cst_2 : tensor<2x17x128xf32>, tensor<f32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %87 : tensor<2x17x128xf32>, tensor<2x17x128xf32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %cst_1 : tensor<2x17x128xf32>, tensor<f32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %90 = tensor.empty() : tensor<128x64xf32>
    %transposed_31 = linalg.transpose ins(%arg12 : tensor<64x128xf32>) outs(%90 : tensor<128x64xf32>) permutation = [1, 0] 
    %91 = tensor.empty() : tensor<2x128x64xf32>
    %92 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<128x64xf32>) outs(%91 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %93 = linalg.batch_matmul ins(%89, %92 : tensor<2x17x128xf32>, tensor<2x128x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %94 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %93 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %64 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%95 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.divf %in, %cst_5 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_32 = tensor.collapse_shape %97 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %98 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_32 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %98 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.subf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %99 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%100 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.divf %in, %cst_5 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %cst_6 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = math.rsqrt %in : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_33 = tensor.collapse_shape %104 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %105 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %105 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %arg4 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %transposed_34 = linalg.transpose ins(%arg13 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %109 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_34 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %110 = linalg.batch_matmul ins(%108, %109 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %111 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %110 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %expanded_35 = tensor.expand_shape %111 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_36 = linalg.transpose ins(%expanded_35 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_37 = linalg.transpose ins(%arg14 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %112 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_37 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %113 = linalg.batch_matmul ins(%108, %112 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %114 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %113 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %expanded_38 = tensor.expand_shape %114 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_39 = linalg.transpose ins(%arg15 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %115 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %116 = linalg.batch_matmul ins(%108, %115 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %117 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %116 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %expanded_40 = tensor.expand_shape %117 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_42 = linalg.transpose ins(%expanded_38 : tensor<2x17x4x16xf32>) outs(%35 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %118 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_36, %39 : tensor<2x4x17x16xf32>, tensor<f32>) outs(%28 : tensor<2x4x17x16xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x17x16xf32>
    %119 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_42, %39 : tensor<2x4x16x17xf32>, tensor<f32>) outs(%35 : tensor<2x4x16x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x16x17xf32>
    %collapsed_43 = tensor.collapse_shape %118 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_44 = tensor.collapse_shape %119 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %120 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%43 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_45 = tensor.expand_shape %120 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %121:2 = linalg.generic {indexing_maps = [#map7, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_45 : tensor<2x4x17x17xf32>) outs(%48, %46 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_59: i64):
      %169 = linalg.index 3 : index
      %170 = arith.index_cast %169 : index to i64
      %171 = arith.maximumf %in, %out : f32
      %172 = arith.cmpf ogt, %in, %out : f32
      %173 = arith.select %172, %170, %out_59 : i64
      linalg.yield %171, %173 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_46 = tensor.expand_shape %121#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %122 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_45, %expanded_46 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.subf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x17x17xf32>
    %123 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%122 : tensor<2x4x17x17xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = math.exp %in : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x17x17xf32>
    %124 = linalg.generic {indexing_maps = [#map7, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%123 : tensor<2x4x17x17xf32>) outs(%54 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x17x1xf32>
    %125 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123, %124 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.divf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_47 = tensor.collapse_shape %125 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_48 = tensor.collapse_shape %transposed_41 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %126 = linalg.batch_matmul ins(%collapsed_47, %collapsed_48 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%58 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_49 = tensor.expand_shape %126 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<2x4x17x16xf32>) outs(%60 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_51 = tensor.collapse_shape %transposed_50 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_52 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %127 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_52 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %128 = linalg.batch_matmul ins(%collapsed_51, %127 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %129 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %128 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %95 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%130 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.divf %in, %cst_5 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_53 = tensor.collapse_shape %132 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %133 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_53 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130, %133 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.subf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %134 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%135 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.divf %in, %cst_5 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %cst_6 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = math.rsqrt %in : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_54 = tensor.collapse_shape %139 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %140 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_54 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %140 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %arg4 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %transposed_55 = linalg.transpose ins(%arg17 : tensor<128x64xf32>) outs(%78 : tensor<64x128xf32>) permutation = [1, 0] 
    %144 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_55 : tensor<64x128xf32>) outs(%79 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %145 = linalg.batch_matmul ins(%143, %144 : tensor<2x17x64xf32>, tensor<2x64x128xf32>) outs(%82 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %146 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %145 : tensor<128xf32>, tensor<2x17x128xf32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %cst_3 : tensor<2x17x128xf32>, tensor<f32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.divf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x17x128xf32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = math.erf %in : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %cst_2 : tensor<2x17x128xf32>, tensor<f32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %149 : tensor<2x17x128xf32>, tensor<2x17x128xf32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %cst_1 : tensor<2x17x128xf32>, tensor<f32>) outs(%81 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %transposed_56 = linalg.transpose ins(%arg18 : tensor<64x128xf32>) outs(%90 : tensor<128x64xf32>) permutation = [1, 0] 
    %152 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_56 : tensor<128x64xf32>) outs(%91 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %153 = linalg.batch_matmul ins(%151, %152 : tensor<2x17x128xf32>, tensor<2x128x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %154 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %153 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %130 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%155 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.divf %in, %cst_5 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_57 = tensor.collapse_shape %157 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %158 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_57 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %158 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.subf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %159 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%160 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %out : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.divf %in, %cst_5 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = arith.addf %in, %cst_6 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %169 = math.rsqrt %in : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_58 = tensor.collapse_shape %164 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %165 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_58 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %166 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %165 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.mulf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %arg4 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %169 = arith.addf %in, %in_59 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x64xf32>
    return %168 : tensor<2x17x64xf32>
  }
}
