// FRONTEND: {"args": [{"role": "weight", "shape": [1, 1, 64]}, {"role": "weight", "shape": [1, 17, 64]}, {"role": "weight", "shape": [64, 3, 8, 8]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 3, 32, 32]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "vit", "path": "onnxdy-iree", "shapes": "static"}
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
  func.func @main_graph(%arg0: tensor<1x1x64xf32>, %arg1: tensor<1x17x64xf32>, %arg2: tensor<64x3x8x8xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<128x64xf32>, %arg17: tensor<128xf32>, %arg18: tensor<64x128xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64xf32>, %arg32: tensor<128x64xf32>, %arg33: tensor<128xf32>, %arg34: tensor<64x128xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64xf32>, %arg38: tensor<2x3x32x32xf32>) -> tensor<2x17x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x1x17x17xf32>
    %cst_5 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_6 = arith.constant 6.400000e+01 : f32
    %cst_7 = arith.constant 9.99999996E-13 : f32
    %0 = tensor.empty() : tensor<2x64x4x4xf32>
    %broadcasted = linalg.broadcast ins(%arg3 : tensor<64xf32>) outs(%0 : tensor<2x64x4x4xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<8> : vector<2xi64>} ins(%arg38, %arg2 : tensor<2x3x32x32xf32>, tensor<64x3x8x8xf32>) outs(%broadcasted : tensor<2x64x4x4xf32>) -> tensor<2x64x4x4xf32>
    %collapsed = tensor.collapse_shape %1 [[0], [1], [2, 3]] : tensor<2x64x4x4xf32> into tensor<2x64x16xf32>
    %2 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<2x64x16xf32>) outs(%2 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %3 = tensor.empty() : tensor<2x1x64xf32>
    %collapsed_8 = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_8 : tensor<1x64xf32>) outs(%3 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x64xf32>
    %concat = tensor.concat dim(1) %4, %transposed : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %5 = tensor.empty() : tensor<2x17x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat, %arg1 : tensor<2x17x64xf32>, tensor<1x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %7 = tensor.empty() : tensor<2x17x1xf32>
    %8 = linalg.fill ins(%cst : f32) outs(%7 : tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_6 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_9 = tensor.collapse_shape %10 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %11 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_9 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %11 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.subf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %13 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %12 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_6 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %cst_7 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = math.rsqrt %in : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_10 = tensor.collapse_shape %17 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %18 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_10 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %18 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %arg12 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %arg13 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %22 = tensor.empty() : tensor<64x64xf32>
    %transposed_11 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %23 = tensor.empty() : tensor<2x64x64xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_11 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %26 = linalg.batch_matmul ins(%21, %24 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %arg5 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %expanded = tensor.expand_shape %27 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %28 = tensor.empty() : tensor<2x4x17x16xf32>
    %transposed_12 = linalg.transpose ins(%expanded : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_13 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %29 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_13 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %30 = linalg.batch_matmul ins(%21, %29 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg7 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %expanded_14 = tensor.expand_shape %31 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_15 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %32 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_15 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %33 = linalg.batch_matmul ins(%21, %32 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg9 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %expanded_16 = tensor.expand_shape %34 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %35 = tensor.empty() : tensor<2x4x16x17xf32>
    %transposed_18 = linalg.transpose ins(%expanded_14 : tensor<2x17x4x16xf32>) outs(%35 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_19 = tensor.collapse_shape %transposed_12 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_20 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %36 = tensor.empty() : tensor<8x17x17xf32>
    %37 = linalg.fill ins(%cst : f32) outs(%36 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %38 = linalg.batch_matmul ins(%collapsed_19, %collapsed_20 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%37 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_21 = tensor.expand_shape %38 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %39 = tensor.empty() : tensor<2x4x17x17xf32>
    %40 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_21, %cst_5 : tensor<2x4x17x17xf32>, tensor<f32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x17xf32>
    %41 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %cst_4 : tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x17xf32>
    %42 = tensor.empty() : tensor<2x4x17xi64>
    %43 = linalg.fill ins(%c0_i64 : i64) outs(%42 : tensor<2x4x17xi64>) -> tensor<2x4x17xi64>
    %44 = tensor.empty() : tensor<2x4x17xf32>
    %45 = linalg.fill ins(%cst_0 : f32) outs(%44 : tensor<2x4x17xf32>) -> tensor<2x4x17xf32>
    %46:2 = linalg.generic {indexing_maps = [#map6, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%41 : tensor<2x4x17x17xf32>) outs(%45, %43 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_60: i64):
      %157 = linalg.index 3 : index
      %158 = arith.index_cast %157 : index to i64
      %159 = arith.maximumf %in, %out : f32
      %160 = arith.cmpf ogt, %in, %out : f32
      %161 = arith.select %160, %158, %out_60 : i64
      linalg.yield %159, %161 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_22 = tensor.expand_shape %46#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %47 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41, %expanded_22 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.subf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x17xf32>
    %48 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47 : tensor<2x4x17x17xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = math.exp %in : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x17xf32>
    %49 = tensor.empty() : tensor<2x4x17x1xf32>
    %50 = linalg.fill ins(%cst : f32) outs(%49 : tensor<2x4x17x1xf32>) -> tensor<2x4x17x1xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%48 : tensor<2x4x17x17xf32>) outs(%50 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x1xf32>
    %52 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %51 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.divf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_23 = tensor.collapse_shape %52 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_24 = tensor.collapse_shape %transposed_17 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %53 = tensor.empty() : tensor<8x17x16xf32>
    %54 = linalg.fill ins(%cst : f32) outs(%53 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %55 = linalg.batch_matmul ins(%collapsed_23, %collapsed_24 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%54 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_25 = tensor.expand_shape %55 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %56 = tensor.empty() : tensor<2x17x4x16xf32>
    %transposed_26 = linalg.transpose ins(%expanded_25 : tensor<2x4x17x16xf32>) outs(%56 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_27 = tensor.collapse_shape %transposed_26 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_28 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %57 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_28 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %58 = linalg.batch_matmul ins(%collapsed_27, %57 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %59 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58, %arg11 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %60 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59, %6 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %61 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%60 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %62 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_6 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_29 = tensor.collapse_shape %62 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_29 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60, %63 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.subf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64, %64 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%65 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_6 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %cst_7 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = math.rsqrt %in : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_30 = tensor.collapse_shape %69 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %70 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_30 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64, %70 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %arg14 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %arg15 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %74 = tensor.empty() : tensor<64x128xf32>
    %transposed_31 = linalg.transpose ins(%arg16 : tensor<128x64xf32>) outs(%74 : tensor<64x128xf32>) permutation = [1, 0] 
    %75 = tensor.empty() : tensor<2x64x128xf32>
    %76 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<64x128xf32>) outs(%75 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %77 = tensor.empty() : tensor<2x17x128xf32>
    %78 = linalg.fill ins(%cst : f32) outs(%77 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %79 = linalg.batch_matmul ins(%73, %76 : tensor<2x17x64xf32>, tensor<2x64x128xf32>) outs(%78 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %arg17 : tensor<2x17x128xf32>, tensor<128xf32>) outs(%77 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x128xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x17x128xf32>) outs(%77 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_1 : f32
      %158 = math.erf %157 : f32
      %159 = arith.addf %158, %cst_2 : f32
      %160 = arith.mulf %159, %cst_3 : f32
      %161 = arith.mulf %in, %160 : f32
      linalg.yield %161 : f32
    } -> tensor<2x17x128xf32>
    %82 = tensor.empty() : tensor<128x64xf32>
    %transposed_32 = linalg.transpose ins(%arg18 : tensor<64x128xf32>) outs(%82 : tensor<128x64xf32>) permutation = [1, 0] 
    %83 = tensor.empty() : tensor<2x128x64xf32>
    %84 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<128x64xf32>) outs(%83 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %85 = linalg.batch_matmul ins(%81, %84 : tensor<2x17x128xf32>, tensor<2x128x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %arg19 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %60 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%87 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_6 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_33 = tensor.collapse_shape %89 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %90 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %90 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.subf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %91 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%92 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_6 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %cst_7 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = math.rsqrt %in : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_34 = tensor.collapse_shape %96 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %97 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %arg28 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %arg29 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %transposed_35 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %101 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_35 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %102 = linalg.batch_matmul ins(%100, %101 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg21 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %expanded_36 = tensor.expand_shape %103 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_37 = linalg.transpose ins(%expanded_36 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_38 = linalg.transpose ins(%arg22 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %104 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_38 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %105 = linalg.batch_matmul ins(%100, %104 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %arg23 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %expanded_39 = tensor.expand_shape %106 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_40 = linalg.transpose ins(%arg24 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %107 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %108 = linalg.batch_matmul ins(%100, %107 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %arg25 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %expanded_41 = tensor.expand_shape %109 [[0], [1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<2x17x64xf32> into tensor<2x17x4x16xf32>
    %transposed_42 = linalg.transpose ins(%expanded_41 : tensor<2x17x4x16xf32>) outs(%28 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_43 = linalg.transpose ins(%expanded_39 : tensor<2x17x4x16xf32>) outs(%35 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_44 = tensor.collapse_shape %transposed_37 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_45 = tensor.collapse_shape %transposed_43 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %110 = linalg.batch_matmul ins(%collapsed_44, %collapsed_45 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%37 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_46 = tensor.expand_shape %110 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %111 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_46, %cst_5 : tensor<2x4x17x17xf32>, tensor<f32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x17xf32>
    %112 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%111, %cst_4 : tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x17xf32>
    %113:2 = linalg.generic {indexing_maps = [#map6, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%112 : tensor<2x4x17x17xf32>) outs(%45, %43 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_60: i64):
      %157 = linalg.index 3 : index
      %158 = arith.index_cast %157 : index to i64
      %159 = arith.maximumf %in, %out : f32
      %160 = arith.cmpf ogt, %in, %out : f32
      %161 = arith.select %160, %158, %out_60 : i64
      linalg.yield %159, %161 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_47 = tensor.expand_shape %113#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %114 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%112, %expanded_47 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.subf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x17xf32>
    %115 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%114 : tensor<2x4x17x17xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = math.exp %in : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x17xf32>
    %116 = linalg.generic {indexing_maps = [#map6, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%115 : tensor<2x4x17x17xf32>) outs(%50 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x1xf32>
    %117 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%115, %116 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%39 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.divf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_48 = tensor.collapse_shape %117 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_49 = tensor.collapse_shape %transposed_42 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %118 = linalg.batch_matmul ins(%collapsed_48, %collapsed_49 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%54 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_50 = tensor.expand_shape %118 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %transposed_51 = linalg.transpose ins(%expanded_50 : tensor<2x4x17x16xf32>) outs(%56 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_52 = tensor.collapse_shape %transposed_51 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_53 = linalg.transpose ins(%arg26 : tensor<64x64xf32>) outs(%22 : tensor<64x64xf32>) permutation = [1, 0] 
    %119 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_53 : tensor<64x64xf32>) outs(%23 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %120 = linalg.batch_matmul ins(%collapsed_52, %119 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg27 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %87 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%122 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_6 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_54 = tensor.collapse_shape %124 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %125 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_54 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %125 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.subf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %126 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%127 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_6 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %cst_7 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = math.rsqrt %in : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_55 = tensor.collapse_shape %131 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %132 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_55 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %133 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %132 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %arg30 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %arg31 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %transposed_56 = linalg.transpose ins(%arg32 : tensor<128x64xf32>) outs(%74 : tensor<64x128xf32>) permutation = [1, 0] 
    %136 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_56 : tensor<64x128xf32>) outs(%75 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %137 = linalg.batch_matmul ins(%135, %136 : tensor<2x17x64xf32>, tensor<2x64x128xf32>) outs(%78 : tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %arg33 : tensor<2x17x128xf32>, tensor<128xf32>) outs(%77 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x128xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x17x128xf32>) outs(%77 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_1 : f32
      %158 = math.erf %157 : f32
      %159 = arith.addf %158, %cst_2 : f32
      %160 = arith.mulf %159, %cst_3 : f32
      %161 = arith.mulf %in, %160 : f32
      linalg.yield %161 : f32
    } -> tensor<2x17x128xf32>
    %transposed_57 = linalg.transpose ins(%arg34 : tensor<64x128xf32>) outs(%82 : tensor<128x64xf32>) permutation = [1, 0] 
    %140 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_57 : tensor<128x64xf32>) outs(%83 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %141 = linalg.batch_matmul ins(%139, %140 : tensor<2x17x128xf32>, tensor<2x128x64xf32>) outs(%25 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %arg35 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %122 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%143 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_6 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_58 = tensor.collapse_shape %145 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %146 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_58 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %146 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.subf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %147 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%148 : tensor<2x17x64xf32>) outs(%8 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %out : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.divf %in, %cst_6 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = arith.addf %in, %cst_7 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<2x17x1xf32>) outs(%7 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %157 = math.rsqrt %in : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_59 = tensor.collapse_shape %152 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %153 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_59 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %153 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %arg36 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.mulf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %arg37 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %157 = arith.addf %in, %in_60 : f32
      linalg.yield %157 : f32
    } -> tensor<2x17x64xf32>
    return %156 : tensor<2x17x64xf32>
  }
}

