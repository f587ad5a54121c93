// FRONTEND: {"args": [{"role": "weight", "shape": [1, 1, 64]}, {"role": "weight", "shape": [1, 17, 64]}, {"role": "weight", "shape": [64, 3, 8, 8]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 3, 32, 32]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "vit", "path": "onnxdy-tm", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d2)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<1x1x64xf32>, %arg1: tensor<1x17x64xf32>, %arg2: tensor<64x3x8x8xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<128x64xf32>, %arg17: tensor<128xf32>, %arg18: tensor<64x128xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64xf32>, %arg32: tensor<128x64xf32>, %arg33: tensor<128xf32>, %arg34: tensor<64x128xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64xf32>, %arg38: tensor<64x64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<2x3x32x32xf32>) -> tensor<2x17x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant 5.000000e-01 : f32
    %cst_3 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x1x17x17xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant 6.400000e+01 : f32
    %cst_7 = arith.constant 9.99999996E-13 : f32
    %cst_8 = arith.constant 1.41421354 : f32
    %0 = tensor.empty() : tensor<2x64x4x4xf32>
    %broadcasted = linalg.broadcast ins(%arg3 : tensor<64xf32>) outs(%0 : tensor<2x64x4x4xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<8> : vector<2xi64>} ins(%arg40, %arg2 : tensor<2x3x32x32xf32>, tensor<64x3x8x8xf32>) outs(%broadcasted : tensor<2x64x4x4xf32>) -> tensor<2x64x4x4xf32>
    %collapsed = tensor.collapse_shape %1 [[0], [1], [2, 3]] : tensor<2x64x4x4xf32> into tensor<2x64x16xf32>
    %2 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<2x64x16xf32>) outs(%2 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %3 = tensor.empty() : tensor<2x1x64xf32>
    %collapsed_9 = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_9 : tensor<1x64xf32>) outs(%3 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x64xf32>
    %concat = tensor.concat dim(1) %4, %transposed : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %5 = tensor.empty() : tensor<2x17x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat, %arg1 : tensor<2x17x64xf32>, tensor<1x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %7 = tensor.empty() : tensor<2x17x1xf32>
    %8 = linalg.fill ins(%cst : f32) outs(%7 : tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_6 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_10 = tensor.collapse_shape %10 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %11 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_10 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %11 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.subf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %13 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %12 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_6 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %cst_7 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.rsqrt %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_11 = tensor.collapse_shape %17 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %18 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_11 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %18 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %arg12 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %arg13 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %22 = tensor.empty() : tensor<64x64xf32>
    %transposed_12 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %23 = tensor.empty() : tensor<2x64x64xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_12 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %26 = linalg.batch_matmul ins(%21, %24 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %arg5 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %expanded = tensor.expand_shape %27 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %28 = tensor.empty() : tensor<2x4x17x16xf32>
    %transposed_13 = linalg.transpose ins(%expanded : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_14 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %29 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_14 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %30 = linalg.batch_matmul ins(%21, %29 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg7 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %expanded_15 = tensor.expand_shape %31 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_17 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %32 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_17 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %33 = linalg.batch_matmul ins(%21, %32 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %expanded_18 = tensor.expand_shape %34 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_20 = tensor.collapse_shape %transposed_16 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %35 = tensor.empty() : tensor<8x16x17xf32>
    %transposed_21 = linalg.transpose ins(%collapsed_20 : tensor<8x17x16xf32>) outs(%35 : tensor<8x16x17xf32>) permutation = [0, 2, 1] 
    %expanded_22 = tensor.expand_shape %transposed_21 [[0, 1], [2], [3]] output_shape [2, 4, 16, 17] : tensor<8x16x17xf32> into tensor<2x4x16x17xf32>
    %36 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_13, %cst_3 : tensor<2x4x17x16xf32>, tensor<f32>) outs(%28 : tensor<2x4x17x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x16xf32>
    %37 = tensor.empty() : tensor<2x4x16x17xf32>
    %38 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_22, %cst_3 : tensor<2x4x16x17xf32>, tensor<f32>) outs(%37 : tensor<2x4x16x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x17xf32>
    %collapsed_23 = tensor.collapse_shape %36 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_24 = tensor.collapse_shape %38 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %39 = tensor.empty() : tensor<8x17x17xf32>
    %40 = linalg.fill ins(%cst : f32) outs(%39 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %41 = linalg.batch_matmul ins(%collapsed_23, %collapsed_24 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%40 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_25 = tensor.expand_shape %41 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %42 = tensor.empty() : tensor<2x4x17x17xf32>
    %43 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_25, %cst_4 : tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) outs(%42 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x17xf32>
    %44 = tensor.empty() : tensor<2x4x17xi64>
    %45 = linalg.fill ins(%c0_i64 : i64) outs(%44 : tensor<2x4x17xi64>) -> tensor<2x4x17xi64>
    %46 = tensor.empty() : tensor<2x4x17xf32>
    %47 = linalg.fill ins(%cst_0 : f32) outs(%46 : tensor<2x4x17xf32>) -> tensor<2x4x17xf32>
    %48:2 = linalg.generic {indexing_maps = [#map6, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%43 : tensor<2x4x17x17xf32>) outs(%47, %45 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %165 = linalg.index 3 : index
      %166 = arith.index_cast %165 : index to i64
      %167 = arith.maximumf %in, %out : f32
      %168 = arith.cmpf ogt, %in, %out : f32
      %169 = arith.select %168, %166, %out_67 : i64
      linalg.yield %167, %169 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_26 = tensor.expand_shape %48#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %49 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %expanded_26 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%42 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.subf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x17xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49 : tensor<2x4x17x17xf32>) outs(%42 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.exp %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x17xf32>
    %51 = tensor.empty() : tensor<2x4x17x1xf32>
    %52 = linalg.fill ins(%cst : f32) outs(%51 : tensor<2x4x17x1xf32>) -> tensor<2x4x17x1xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%50 : tensor<2x4x17x17xf32>) outs(%52 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x1xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %53 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%42 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.divf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x17xf32>
    %55 = tensor.empty() : tensor<2x4x17x17xi1>
    %56 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %54 : tensor<2x4x17x17xf32>, tensor<2x4x17x17xf32>) outs(%55 : tensor<2x4x17x17xi1>) {
    ^bb0(%in: f32, %in_67: f32, %out: i1):
      %165 = arith.cmpf une, %in, %in_67 : f32
      linalg.yield %165 : i1
    } -> tensor<2x4x17x17xi1>
    %57 = linalg.generic {indexing_maps = [#map6, #map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %cst_5, %54 : tensor<2x4x17x17xi1>, tensor<f32>, tensor<2x4x17x17xf32>) outs(%42 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: i1, %in_67: f32, %in_68: f32, %out: f32):
      %165 = arith.select %in, %in_67, %in_68 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_27 = tensor.collapse_shape %57 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_28 = tensor.collapse_shape %transposed_19 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %58 = tensor.empty() : tensor<8x17x16xf32>
    %59 = linalg.fill ins(%cst : f32) outs(%58 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %60 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%59 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_29 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %61 = tensor.empty() : tensor<2x17x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x4x17x16xf32>) outs(%61 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_31 = tensor.collapse_shape %transposed_30 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_32 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %62 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %63 = linalg.batch_matmul ins(%collapsed_31, %62 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63, %arg11 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64, %6 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%65 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_6 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_33 = tensor.collapse_shape %67 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %68 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65, %68 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.subf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %69 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%70 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_6 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %cst_7 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.rsqrt %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_34 = tensor.collapse_shape %74 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %75 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %75 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %arg14 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %arg15 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %79 = tensor.empty() : tensor<64x128xf32>
    %transposed_35 = linalg.transpose ins(%arg16 : tensor<128x64xf32>) outs(%79 : tensor<64x128xf32>) permutation = [1, 0] 
    %80 = tensor.empty() : tensor<2x64x128xf32>
    %81 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_35 : tensor<64x128xf32>) outs(%80 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %82 = tensor.empty() : tensor<2x17x128xf32>
    %83 = linalg.fill ins(%cst : f32) outs(%82 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %84 = linalg.batch_matmul ins(%78, %81 : tensor<2x17x64xf32>, tensor<2x64x128xf32>) outs(%83 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %arg17 : tensor<2x17x128xf32>, tensor<128xf32>) outs(%82 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x128xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x17x128xf32>) outs(%82 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_8 : f32
      %166 = math.erf %165 : f32
      %167 = arith.addf %166, %cst_1 : f32
      %168 = arith.mulf %167, %cst_2 : f32
      %169 = arith.mulf %in, %168 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %87 = tensor.empty() : tensor<128x64xf32>
    %transposed_36 = linalg.transpose ins(%arg18 : tensor<64x128xf32>) outs(%87 : tensor<128x64xf32>) permutation = [1, 0] 
    %88 = tensor.empty() : tensor<2x128x64xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_36 : tensor<128x64xf32>) outs(%88 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %90 = linalg.batch_matmul ins(%86, %89 : tensor<2x17x128xf32>, tensor<2x128x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %arg19 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %65 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%92 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_6 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_37 = tensor.collapse_shape %94 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %95 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_37 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %95 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.subf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %96 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%97 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_6 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %cst_7 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.rsqrt %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_38 = tensor.collapse_shape %101 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %102 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_38 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %102 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg28 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %arg29 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %transposed_39 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %106 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %107 = linalg.batch_matmul ins(%105, %106 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %arg21 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %expanded_40 = tensor.expand_shape %108 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_42 = linalg.transpose ins(%arg22 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %109 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_42 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %110 = linalg.batch_matmul ins(%105, %109 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %arg23 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %expanded_43 = tensor.expand_shape %111 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_44 = linalg.transpose ins(%expanded_43 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_45 = linalg.transpose ins(%arg24 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %112 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_45 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %113 = linalg.batch_matmul ins(%105, %112 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %arg25 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %expanded_46 = tensor.expand_shape %114 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_47 = linalg.transpose ins(%expanded_46 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_48 = tensor.collapse_shape %transposed_44 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %transposed_49 = linalg.transpose ins(%collapsed_48 : tensor<8x17x16xf32>) outs(%35 : tensor<8x16x17xf32>) permutation = [0, 2, 1] 
    %expanded_50 = tensor.expand_shape %transposed_49 [[0, 1], [2], [3]] output_shape [2, 4, 16, 17] : tensor<8x16x17xf32> into tensor<2x4x16x17xf32>
    %115 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_41, %cst_3 : tensor<2x4x17x16xf32>, tensor<f32>) outs(%28 : tensor<2x4x17x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x16xf32>
    %116 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_50, %cst_3 : tensor<2x4x16x17xf32>, tensor<f32>) outs(%37 : tensor<2x4x16x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x17xf32>
    %collapsed_51 = tensor.collapse_shape %115 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_52 = tensor.collapse_shape %116 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %117 = linalg.batch_matmul ins(%collapsed_51, %collapsed_52 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%40 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_53 = tensor.expand_shape %117 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %118 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_53, %cst_4 : tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) outs(%42 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x17xf32>
    %119:2 = linalg.generic {indexing_maps = [#map6, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%118 : tensor<2x4x17x17xf32>) outs(%47, %45 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %165 = linalg.index 3 : index
      %166 = arith.index_cast %165 : index to i64
      %167 = arith.maximumf %in, %out : f32
      %168 = arith.cmpf ogt, %in, %out : f32
      %169 = arith.select %168, %166, %out_67 : i64
      linalg.yield %167, %169 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_54 = tensor.expand_shape %119#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %120 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%118, %expanded_54 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%42 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.subf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x17xf32>
    %121 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%120 : tensor<2x4x17x17xf32>) outs(%42 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.exp %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x17xf32>
    %122 = linalg.generic {indexing_maps = [#map6, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%121 : tensor<2x4x17x17xf32>) outs(%52 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x1xf32>
    %123 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%121, %122 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%42 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.divf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x17xf32>
    %124 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123, %123 : tensor<2x4x17x17xf32>, tensor<2x4x17x17xf32>) outs(%55 : tensor<2x4x17x17xi1>) {
    ^bb0(%in: f32, %in_67: f32, %out: i1):
      %165 = arith.cmpf une, %in, %in_67 : f32
      linalg.yield %165 : i1
    } -> tensor<2x4x17x17xi1>
    %125 = linalg.generic {indexing_maps = [#map6, #map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124, %cst_5, %123 : tensor<2x4x17x17xi1>, tensor<f32>, tensor<2x4x17x17xf32>) outs(%42 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: i1, %in_67: f32, %in_68: f32, %out: f32):
      %165 = arith.select %in, %in_67, %in_68 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_55 = tensor.collapse_shape %125 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_56 = tensor.collapse_shape %transposed_47 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %126 = linalg.batch_matmul ins(%collapsed_55, %collapsed_56 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%59 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_57 = tensor.expand_shape %126 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %transposed_58 = linalg.transpose ins(%expanded_57 : tensor<2x4x17x16xf32>) outs(%61 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_59 = tensor.collapse_shape %transposed_58 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_60 = linalg.transpose ins(%arg26 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %127 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_60 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %128 = linalg.batch_matmul ins(%collapsed_59, %127 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %arg27 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %92 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%130 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_6 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_61 = tensor.collapse_shape %132 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %133 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_61 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130, %133 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.subf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %134 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%135 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_6 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %cst_7 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.rsqrt %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_62 = tensor.collapse_shape %139 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %140 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_62 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %140 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %arg30 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %arg31 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %transposed_63 = linalg.transpose ins(%arg32 : tensor<128x64xf32>) outs(%79 : tensor<64x128xf32>) permutation = [1, 0] 
    %144 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_63 : tensor<64x128xf32>) outs(%80 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %145 = linalg.batch_matmul ins(%143, %144 : tensor<2x17x64xf32>, tensor<2x64x128xf32>) outs(%83 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %arg33 : tensor<2x17x128xf32>, tensor<128xf32>) outs(%82 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x128xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x17x128xf32>) outs(%82 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_8 : f32
      %166 = math.erf %165 : f32
      %167 = arith.addf %166, %cst_1 : f32
      %168 = arith.mulf %167, %cst_2 : f32
      %169 = arith.mulf %in, %168 : f32
      linalg.yield %169 : f32
    } -> tensor<2x17x128xf32>
    %transposed_64 = linalg.transpose ins(%arg34 : tensor<64x128xf32>) outs(%87 : tensor<128x64xf32>) permutation = [1, 0] 
    %148 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_64 : tensor<128x64xf32>) outs(%88 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %149 = linalg.batch_matmul ins(%147, %148 : tensor<2x17x128xf32>, tensor<2x128x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %arg35 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %130 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%151 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_6 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_65 = tensor.collapse_shape %153 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %154 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_65 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %154 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.subf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %155 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%156 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_6 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %cst_7 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.rsqrt %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_66 = tensor.collapse_shape %160 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %161 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_66 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %161 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %arg36 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.mulf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163, %arg37 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %165 = arith.addf %in, %in_67 : f32
      linalg.yield %165 : f32
    } -> tensor<2x17x64xf32>
    return %164 : tensor<2x17x64xf32>
  }
}
