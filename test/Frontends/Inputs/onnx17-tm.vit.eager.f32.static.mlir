// FRONTEND: {"args": [{"role": "float", "shape": [2, 3, 32, 32]}, {"role": "weight", "shape": [1, 1, 64]}, {"role": "weight", "shape": [1, 17, 64]}, {"role": "weight", "shape": [64, 3, 8, 8]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "vit", "path": "onnx17-tm", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d2)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map10 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<2x3x32x32xf32>, %arg1: tensor<1x1x64xf32>, %arg2: tensor<1x17x64xf32>, %arg3: tensor<64x3x8x8xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<128x64xf32>, %arg11: tensor<128xf32>, %arg12: tensor<64x128xf32>, %arg13: tensor<64x64xf32>, %arg14: tensor<64x64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<128x64xf32>, %arg18: tensor<64x128xf32>) -> tensor<2x17x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_2 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_4 = arith.constant dense<2.500000e-01> : tensor<f32>
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
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %7 = tensor.empty() : tensor<2x17x1xf32>
    %8 = linalg.fill ins(%cst : f32) outs(%7 : tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.divf %in, %cst_5 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_8 = tensor.collapse_shape %10 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %11 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_8 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %11 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.subf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %13 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %12 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.divf %in, %cst_5 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %cst_6 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = math.rsqrt %in : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_9 = tensor.collapse_shape %17 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %18 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_9 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %18 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %arg4 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
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
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
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
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
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
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %expanded_15 = tensor.expand_shape %34 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %35 = tensor.empty() : tensor<2x4x16x17xf32>
    %transposed_17 = linalg.transpose ins(%expanded_13 : tensor<2x17x4x16xf32>) outs(%35 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_18 = tensor.collapse_shape %transposed_11 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_19 = tensor.collapse_shape %transposed_17 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %36 = tensor.empty() : tensor<8x17x17xf32>
    %37 = linalg.fill ins(%cst : f32) outs(%36 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %38 = linalg.batch_matmul ins(%collapsed_18, %collapsed_19 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%37 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_20 = tensor.expand_shape %38 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %39 = tensor.empty() : tensor<2x4x17x17xf32>
    %40 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_20, %cst_4 : tensor<2x4x17x17xf32>, tensor<f32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x4x17x17xf32>
    %41 = tensor.empty() : tensor<2x4x17xi64>
    %42 = linalg.fill ins(%c0_i64 : i64) outs(%41 : tensor<2x4x17xi64>) -> tensor<2x4x17xi64>
    %43 = tensor.empty() : tensor<2x4x17xf32>
    %44 = linalg.fill ins(%cst_0 : f32) outs(%43 : tensor<2x4x17xf32>) -> tensor<2x4x17xf32>
    %45:2 = linalg.generic {indexing_maps = [#map6, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%40 : tensor<2x4x17x17xf32>) outs(%44, %42 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_59: i64):
      %163 = linalg.index 3 : index
      %164 = arith.index_cast %163 : index to i64
      %165 = arith.maximumf %in, %out : f32
      %166 = arith.cmpf ogt, %in, %out : f32
      %167 = arith.select %166, %164, %out_59 : i64
      linalg.yield %165, %167 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_21 = tensor.expand_shape %45#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %46 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %expanded_21 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.subf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x4x17x17xf32>
    %47 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46 : tensor<2x4x17x17xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = math.exp %in : f32
      linalg.yield %163 : f32
    } -> tensor<2x4x17x17xf32>
    %48 = tensor.empty() : tensor<2x4x17x1xf32>
    %49 = linalg.fill ins(%cst : f32) outs(%48 : tensor<2x4x17x1xf32>) -> tensor<2x4x17x1xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%47 : tensor<2x4x17x17xf32>) outs(%49 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x4x17x1xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %50 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.divf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_22 = tensor.collapse_shape %51 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_23 = tensor.collapse_shape %transposed_16 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %52 = tensor.empty() : tensor<8x17x16xf32>
    %53 = linalg.fill ins(%cst : f32) outs(%52 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %54 = linalg.batch_matmul ins(%collapsed_22, %collapsed_23 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%53 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_24 = tensor.expand_shape %54 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %55 = tensor.empty() : tensor<2x17x4x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<2x4x17x16xf32>) outs(%55 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_26 = tensor.collapse_shape %transposed_25 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_27 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %56 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_27 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %57 = linalg.batch_matmul ins(%collapsed_26, %56 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %58 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %57 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58, %6 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %60 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%59 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %61 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.divf %in, %cst_5 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_28 = tensor.collapse_shape %61 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_28 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59, %62 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.subf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63, %63 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%64 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.divf %in, %cst_5 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %cst_6 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = math.rsqrt %in : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_29 = tensor.collapse_shape %68 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %69 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_29 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63, %69 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %arg4 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %73 = tensor.empty() : tensor<64x128xf32>
    %transposed_30 = linalg.transpose ins(%arg10 : tensor<128x64xf32>) outs(%73 : tensor<64x128xf32>) permutation = [1, 0] 
    %74 = tensor.empty() : tensor<2x64x128xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_30 : tensor<64x128xf32>) outs(%74 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %76 = tensor.empty() : tensor<2x17x128xf32>
    %77 = linalg.fill ins(%cst : f32) outs(%76 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %78 = linalg.batch_matmul ins(%72, %75 : tensor<2x17x64xf32>, tensor<2x64x128xf32>) outs(%77 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %79 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %78 : tensor<128xf32>, tensor<2x17x128xf32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %cst_3 : tensor<2x17x128xf32>, tensor<f32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.divf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x17x128xf32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = math.erf %in : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %cst_2 : tensor<2x17x128xf32>, tensor<f32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %82 : tensor<2x17x128xf32>, tensor<2x17x128xf32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %cst_1 : tensor<2x17x128xf32>, tensor<f32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %85 = tensor.empty() : tensor<128x64xf32>
    %transposed_31 = linalg.transpose ins(%arg12 : tensor<64x128xf32>) outs(%85 : tensor<128x64xf32>) permutation = [1, 0] 
    %86 = tensor.empty() : tensor<2x128x64xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<128x64xf32>) outs(%86 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %88 = linalg.batch_matmul ins(%84, %87 : tensor<2x17x128xf32>, tensor<2x128x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %89 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %88 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %59 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%90 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.divf %in, %cst_5 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_32 = tensor.collapse_shape %92 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %93 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_32 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %93 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.subf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %94 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%95 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.divf %in, %cst_5 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %cst_6 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = math.rsqrt %in : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_33 = tensor.collapse_shape %99 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %100 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %100 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg4 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %transposed_34 = linalg.transpose ins(%arg13 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %104 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_34 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %105 = linalg.batch_matmul ins(%103, %104 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %106 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %105 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %expanded_35 = tensor.expand_shape %106 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_36 = linalg.transpose ins(%expanded_35 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_37 = linalg.transpose ins(%arg14 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %107 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_37 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %108 = linalg.batch_matmul ins(%103, %107 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %109 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %108 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %expanded_38 = tensor.expand_shape %109 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_39 = linalg.transpose ins(%arg15 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %110 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %111 = linalg.batch_matmul ins(%103, %110 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %112 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %111 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %expanded_40 = tensor.expand_shape %112 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_42 = linalg.transpose ins(%expanded_38 : tensor<2x17x4x16xf32>) outs(%35 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_43 = tensor.collapse_shape %transposed_36 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_44 = tensor.collapse_shape %transposed_42 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %113 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%37 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_45 = tensor.expand_shape %113 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %114 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_45, %cst_4 : tensor<2x4x17x17xf32>, tensor<f32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x4x17x17xf32>
    %115:2 = linalg.generic {indexing_maps = [#map6, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%114 : tensor<2x4x17x17xf32>) outs(%44, %42 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_59: i64):
      %163 = linalg.index 3 : index
      %164 = arith.index_cast %163 : index to i64
      %165 = arith.maximumf %in, %out : f32
      %166 = arith.cmpf ogt, %in, %out : f32
      %167 = arith.select %166, %164, %out_59 : i64
      linalg.yield %165, %167 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_46 = tensor.expand_shape %115#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %116 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%114, %expanded_46 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.subf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x4x17x17xf32>
    %117 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%116 : tensor<2x4x17x17xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = math.exp %in : f32
      linalg.yield %163 : f32
    } -> tensor<2x4x17x17xf32>
    %118 = linalg.generic {indexing_maps = [#map6, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%117 : tensor<2x4x17x17xf32>) outs(%49 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x4x17x1xf32>
    %119 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%117, %118 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.divf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_47 = tensor.collapse_shape %119 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_48 = tensor.collapse_shape %transposed_41 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %120 = linalg.batch_matmul ins(%collapsed_47, %collapsed_48 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%53 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_49 = tensor.expand_shape %120 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<2x4x17x16xf32>) outs(%55 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_51 = tensor.collapse_shape %transposed_50 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_52 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %121 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_52 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %122 = linalg.batch_matmul ins(%collapsed_51, %121 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %123 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %122 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123, %90 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%124 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.divf %in, %cst_5 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_53 = tensor.collapse_shape %126 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %127 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_53 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %127 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.subf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %128 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%129 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.divf %in, %cst_5 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %cst_6 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %133 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = math.rsqrt %in : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_54 = tensor.collapse_shape %133 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %134 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_54 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %134 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %arg4 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %transposed_55 = linalg.transpose ins(%arg17 : tensor<128x64xf32>) outs(%73 : tensor<64x128xf32>) permutation = [1, 0] 
    %138 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_55 : tensor<64x128xf32>) outs(%74 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %139 = linalg.batch_matmul ins(%137, %138 : tensor<2x17x64xf32>, tensor<2x64x128xf32>) outs(%77 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %140 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %139 : tensor<128xf32>, tensor<2x17x128xf32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %cst_3 : tensor<2x17x128xf32>, tensor<f32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.divf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141 : tensor<2x17x128xf32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = math.erf %in : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %cst_2 : tensor<2x17x128xf32>, tensor<f32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %143 : tensor<2x17x128xf32>, tensor<2x17x128xf32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %cst_1 : tensor<2x17x128xf32>, tensor<f32>) outs(%76 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x128xf32>
    %transposed_56 = linalg.transpose ins(%arg18 : tensor<64x128xf32>) outs(%85 : tensor<128x64xf32>) permutation = [1, 0] 
    %146 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_56 : tensor<128x64xf32>) outs(%86 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %147 = linalg.batch_matmul ins(%145, %146 : tensor<2x17x128xf32>, tensor<2x128x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %148 = linalg.generic {indexing_maps = [#map5, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %147 : tensor<64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %124 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%149 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.divf %in, %cst_5 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_57 = tensor.collapse_shape %151 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %152 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_57 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %152 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.subf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %153 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%154 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %out : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.divf %in, %cst_5 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = arith.addf %in, %cst_6 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %163 = math.rsqrt %in : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_58 = tensor.collapse_shape %158 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %159 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_58 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %159 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.mulf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %arg4 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_59: f32, %out: f32):
      %163 = arith.addf %in, %in_59 : f32
      linalg.yield %163 : f32
    } -> tensor<2x17x64xf32>
    return %162 : tensor<2x17x64xf32>
  }
}
