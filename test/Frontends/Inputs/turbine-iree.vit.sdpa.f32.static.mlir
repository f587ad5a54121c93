// FRONTEND: {"args": [{"role": "weight", "shape": [1, 1, 64]}, {"role": "weight", "shape": [1, 17, 64]}, {"role": "weight", "shape": [64, 3, 8, 8]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 3, 32, 32]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "vit", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d1, d2)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map8 = affine_map<(d0, d1, d2) -> (d2)>
#map9 = affine_map<(d0, d1) -> (d1)>
#map10 = affine_map<(d0, d1) -> (d0, d1)>
#map11 = affine_map<(d0, d1, d2, d3) -> ()>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module @module {
  func.func @main(%arg0: tensor<1x1x64xf32>, %arg1: tensor<1x17x64xf32>, %arg2: tensor<64x3x8x8xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<128x64xf32>, %arg17: tensor<128xf32>, %arg18: tensor<64x128xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64xf32>, %arg32: tensor<128x64xf32>, %arg33: tensor<128xf32>, %arg34: tensor<64x128xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64xf32>, %arg38: tensor<2x3x32x32xf32>) -> tensor<2x17x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %false = arith.constant false
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x17x17xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_7 = arith.constant 0xFF800000 : f32
    %cst_8 = arith.constant 9.99999996E-13 : f32
    %cst_9 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<2x64x4x4xf32>
    %broadcasted = linalg.broadcast ins(%arg3 : tensor<64xf32>) outs(%0 : tensor<2x64x4x4xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<8> : vector<2xi64>} ins(%arg38, %arg2 : tensor<2x3x32x32xf32>, tensor<64x3x8x8xf32>) outs(%broadcasted : tensor<2x64x4x4xf32>) -> tensor<2x64x4x4xf32>
    %collapsed = tensor.collapse_shape %1 [[0], [1], [2, 3]] : tensor<2x64x4x4xf32> into tensor<2x64x16xf32>
    %2 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<2x64x16xf32>) outs(%2 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %3 = tensor.empty() : tensor<2x1x64xf32>
    %collapsed_10 = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_10 : tensor<1x64xf32>) outs(%3 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x64xf32>
    %concat = tensor.concat dim(1) %4, %transposed : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %5 = tensor.empty() : tensor<2x17x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat, %arg1 : tensor<2x17x64xf32>, tensor<1x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %7 = tensor.empty() : tensor<17xi64>
    %8 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%7 : tensor<17xi64>) {
    ^bb0(%out: i64):
      %171 = linalg.index 0 : index
      %172 = arith.index_cast %171 : index to i64
      linalg.yield %172 : i64
    } -> tensor<17xi64>
    %expanded = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [1, 1, 17, 1] : tensor<17xi64> into tensor<1x1x17x1xi64>
    %9 = tensor.empty() : tensor<1x1x17x1xi1>
    %10 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x1x17x1xi64>) outs(%9 : tensor<1x1x17x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %171 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %171 : i1
    } -> tensor<1x1x17x1xi1>
    %11 = tensor.empty() : tensor<2x1x17x17xi1>
    %collapsed_11 = tensor.collapse_shape %10 [[0, 1], [2, 3]] : tensor<1x1x17x1xi1> into tensor<1x17xi1>
    %12 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_11 : tensor<1x17xi1>) outs(%11 : tensor<2x1x17x17xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x17x17xi1>
    %13 = tensor.empty() : tensor<2x17x1xf32>
    %14 = linalg.fill ins(%cst : f32) outs(%13 : tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x17x64xf32>) outs(%14 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_9 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_12 = tensor.collapse_shape %16 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %17 = linalg.generic {indexing_maps = [#map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_12 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %17 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.subf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %18 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x17x64xf32>) outs(%14 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_9 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %cst_8 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = math.rsqrt %in : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_13 = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %24 = linalg.generic {indexing_maps = [#map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_13 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %24 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %arg12 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %arg13 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_14 = tensor.collapse_shape %27 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %28 = tensor.empty() : tensor<64x64xf32>
    %transposed_15 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%28 : tensor<64x64xf32>) permutation = [1, 0] 
    %29 = tensor.empty() : tensor<34x64xf32>
    %30 = linalg.fill ins(%cst : f32) outs(%29 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %31 = linalg.matmul ins(%collapsed_14, %transposed_15 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%30 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %32 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel"]} ins(%arg5, %31 : tensor<64xf32>, tensor<34x64xf32>) outs(%29 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<34x64xf32>
    %expanded_16 = tensor.expand_shape %32 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %33 = tensor.empty() : tensor<2x4x17x16xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x17x4x16xf32>) outs(%33 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_18 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%28 : tensor<64x64xf32>) permutation = [1, 0] 
    %34 = linalg.matmul ins(%collapsed_14, %transposed_18 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%30 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %35 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel"]} ins(%arg7, %34 : tensor<64xf32>, tensor<34x64xf32>) outs(%29 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<34x64xf32>
    %expanded_19 = tensor.expand_shape %35 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_20 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%28 : tensor<64x64xf32>) permutation = [1, 0] 
    %36 = linalg.matmul ins(%collapsed_14, %transposed_20 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%30 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %37 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel"]} ins(%arg9, %36 : tensor<64xf32>, tensor<34x64xf32>) outs(%29 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<34x64xf32>
    %expanded_21 = tensor.expand_shape %37 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x17x4x16xf32>) outs(%33 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %38 = tensor.empty() : tensor<2x1x17x17xf32>
    %39 = linalg.generic {indexing_maps = [#map4, #map11, #map11, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %cst_5, %cst_6 : tensor<2x1x17x17xi1>, tensor<f32>, tensor<f32>) outs(%38 : tensor<2x1x17x17xf32>) {
    ^bb0(%in: i1, %in_74: f32, %in_75: f32, %out: f32):
      %171 = arith.select %in, %in_74, %in_75 : f32
      linalg.yield %171 : f32
    } -> tensor<2x1x17x17xf32>
    %40 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_17 : tensor<2x4x17x16xf32>) outs(%33 : tensor<2x4x17x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.mulf %in, %cst_3 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x16xf32>
    %41 = tensor.empty() : tensor<2x4x16x17xf32>
    %transposed_23 = linalg.transpose ins(%expanded_19 : tensor<2x17x4x16xf32>) outs(%41 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %42 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_23 : tensor<2x4x16x17xf32>) outs(%41 : tensor<2x4x16x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.mulf %in, %cst_3 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x16x17xf32>
    %collapsed_24 = tensor.collapse_shape %40 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_25 = tensor.collapse_shape %42 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %43 = tensor.empty() : tensor<8x17x17xf32>
    %44 = linalg.fill ins(%cst : f32) outs(%43 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %45 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%44 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_26 = tensor.expand_shape %45 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %46 = tensor.empty() : tensor<2x4x17x17xf32>
    %47 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_26, %39 : tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) outs(%46 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x17xf32>
    %48 = tensor.empty() : tensor<2x4x17xi64>
    %49 = linalg.fill ins(%c0_i64 : i64) outs(%48 : tensor<2x4x17xi64>) -> tensor<2x4x17xi64>
    %50 = tensor.empty() : tensor<2x4x17xf32>
    %51 = linalg.fill ins(%cst_0 : f32) outs(%50 : tensor<2x4x17xf32>) -> tensor<2x4x17xf32>
    %52:2 = linalg.generic {indexing_maps = [#map4, #map13, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%47 : tensor<2x4x17x17xf32>) outs(%51, %49 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_74: i64):
      %171 = linalg.index 3 : index
      %172 = arith.index_cast %171 : index to i64
      %173 = arith.maximumf %in, %out : f32
      %174 = arith.cmpf ogt, %in, %out : f32
      %175 = arith.select %174, %172, %out_74 : i64
      linalg.yield %173, %175 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_27 = tensor.expand_shape %52#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %53 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %expanded_27 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%46 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.subf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x17xf32>
    %54 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53 : tensor<2x4x17x17xf32>) outs(%46 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = math.exp %in : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x17xf32>
    %55 = tensor.empty() : tensor<2x4x17x1xf32>
    %56 = linalg.fill ins(%cst : f32) outs(%55 : tensor<2x4x17x1xf32>) -> tensor<2x4x17x1xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%54 : tensor<2x4x17x17xf32>) outs(%56 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x1xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %57 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%46 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.divf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x17xf32>
    %59 = tensor.empty() : tensor<2x4x17x17xi1>
    %60 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47 : tensor<2x4x17x17xf32>) outs(%59 : tensor<2x4x17x17xi1>) {
    ^bb0(%in: f32, %out: i1):
      %171 = arith.cmpf oeq, %in, %cst_7 : f32
      linalg.yield %171 : i1
    } -> tensor<2x4x17x17xi1>
    %61 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60 : tensor<2x4x17x17xi1>) outs(%59 : tensor<2x4x17x17xi1>) {
    ^bb0(%in: i1, %out: i1):
      %171 = arith.cmpi eq, %in, %false : i1
      linalg.yield %171 : i1
    } -> tensor<2x4x17x17xi1>
    %62 = tensor.empty() : tensor<2x4x17x1xi1>
    %63 = linalg.fill ins(%false : i1) outs(%62 : tensor<2x4x17x1xi1>) -> tensor<2x4x17x1xi1>
    %64 = linalg.generic {indexing_maps = [#map4, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%61 : tensor<2x4x17x17xi1>) outs(%63 : tensor<2x4x17x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %171 = arith.ori %in, %out : i1
      linalg.yield %171 : i1
    } -> tensor<2x4x17x1xi1>
    %65 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64 : tensor<2x4x17x1xi1>) outs(%62 : tensor<2x4x17x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %171 = arith.cmpi eq, %in, %false : i1
      linalg.yield %171 : i1
    } -> tensor<2x4x17x1xi1>
    %66 = linalg.generic {indexing_maps = [#map14, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %cst_4, %58 : tensor<2x4x17x1xi1>, tensor<2x4x17x17xf32>, tensor<2x4x17x17xf32>) outs(%46 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: i1, %in_74: f32, %in_75: f32, %out: f32):
      %171 = arith.select %in, %in_74, %in_75 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_28 = tensor.collapse_shape %66 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_29 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %67 = tensor.empty() : tensor<8x17x16xf32>
    %68 = linalg.fill ins(%cst : f32) outs(%67 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %69 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%68 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_30 = tensor.expand_shape %69 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %70 = tensor.empty() : tensor<2x17x4x16xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<2x4x17x16xf32>) outs(%70 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_33 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%28 : tensor<64x64xf32>) permutation = [1, 0] 
    %71 = tensor.empty() : tensor<2x64x64xf32>
    %72 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_33 : tensor<64x64xf32>) outs(%71 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %73 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %74 = linalg.batch_matmul ins(%collapsed_32, %72 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%73 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %arg11 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %6 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%76 : tensor<2x17x64xf32>) outs(%14 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_9 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_34 = tensor.collapse_shape %78 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %79 = linalg.generic {indexing_maps = [#map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %79 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.subf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %80 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%81 : tensor<2x17x64xf32>) outs(%14 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_9 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %cst_8 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = math.rsqrt %in : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_35 = tensor.collapse_shape %85 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %86 = linalg.generic {indexing_maps = [#map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %86 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %arg14 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %arg15 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_36 = tensor.collapse_shape %89 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %90 = tensor.empty() : tensor<64x128xf32>
    %transposed_37 = linalg.transpose ins(%arg16 : tensor<128x64xf32>) outs(%90 : tensor<64x128xf32>) permutation = [1, 0] 
    %91 = tensor.empty() : tensor<34x128xf32>
    %92 = linalg.fill ins(%cst : f32) outs(%91 : tensor<34x128xf32>) -> tensor<34x128xf32>
    %93 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<34x64xf32>, tensor<64x128xf32>) outs(%92 : tensor<34x128xf32>) -> tensor<34x128xf32>
    %94 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel"]} ins(%arg17, %93 : tensor<128xf32>, tensor<34x128xf32>) outs(%91 : tensor<34x128xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<34x128xf32>
    %expanded_38 = tensor.expand_shape %94 [[0, 1], [2]] output_shape [2, 17, 128] : tensor<34x128xf32> into tensor<2x17x128xf32>
    %95 = tensor.empty() : tensor<2x17x128xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x17x128xf32>) outs(%95 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_1 : f32
      %172 = math.erf %171 : f32
      %173 = arith.addf %172, %cst_2 : f32
      %174 = arith.mulf %173, %cst_3 : f32
      %175 = arith.mulf %in, %174 : f32
      linalg.yield %175 : f32
    } -> tensor<2x17x128xf32>
    %collapsed_39 = tensor.collapse_shape %96 [[0, 1], [2]] : tensor<2x17x128xf32> into tensor<34x128xf32>
    %97 = tensor.empty() : tensor<128x64xf32>
    %transposed_40 = linalg.transpose ins(%arg18 : tensor<64x128xf32>) outs(%97 : tensor<128x64xf32>) permutation = [1, 0] 
    %98 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<34x128xf32>, tensor<128x64xf32>) outs(%30 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %99 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel"]} ins(%arg19, %98 : tensor<64xf32>, tensor<34x64xf32>) outs(%29 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<34x64xf32>
    %expanded_41 = tensor.expand_shape %99 [[0, 1], [2]] output_shape [2, 17, 64] : tensor<34x64xf32> into tensor<2x17x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41, %76 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%100 : tensor<2x17x64xf32>) outs(%14 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_9 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_42 = tensor.collapse_shape %102 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %103 = linalg.generic {indexing_maps = [#map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %103 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.subf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %104 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x17x64xf32>) outs(%14 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_9 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %cst_8 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = math.rsqrt %in : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_43 = tensor.collapse_shape %109 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %110 = linalg.generic {indexing_maps = [#map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %110 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %arg28 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %arg29 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_44 = tensor.collapse_shape %113 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %transposed_45 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%28 : tensor<64x64xf32>) permutation = [1, 0] 
    %114 = linalg.matmul ins(%collapsed_44, %transposed_45 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%30 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %115 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel"]} ins(%arg21, %114 : tensor<64xf32>, tensor<34x64xf32>) outs(%29 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<34x64xf32>
    %expanded_46 = tensor.expand_shape %115 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_47 = linalg.transpose ins(%expanded_46 : tensor<2x17x4x16xf32>) outs(%33 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_48 = linalg.transpose ins(%arg22 : tensor<64x64xf32>) outs(%28 : tensor<64x64xf32>) permutation = [1, 0] 
    %116 = linalg.matmul ins(%collapsed_44, %transposed_48 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%30 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %117 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel"]} ins(%arg23, %116 : tensor<64xf32>, tensor<34x64xf32>) outs(%29 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<34x64xf32>
    %expanded_49 = tensor.expand_shape %117 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_50 = linalg.transpose ins(%arg24 : tensor<64x64xf32>) outs(%28 : tensor<64x64xf32>) permutation = [1, 0] 
    %118 = linalg.matmul ins(%collapsed_44, %transposed_50 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%30 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %119 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel"]} ins(%arg25, %118 : tensor<64xf32>, tensor<34x64xf32>) outs(%29 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<34x64xf32>
    %expanded_51 = tensor.expand_shape %119 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_52 = linalg.transpose ins(%expanded_51 : tensor<2x17x4x16xf32>) outs(%33 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %120 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_47 : tensor<2x4x17x16xf32>) outs(%33 : tensor<2x4x17x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.mulf %in, %cst_3 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x16xf32>
    %transposed_53 = linalg.transpose ins(%expanded_49 : tensor<2x17x4x16xf32>) outs(%41 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %121 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_53 : tensor<2x4x16x17xf32>) outs(%41 : tensor<2x4x16x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.mulf %in, %cst_3 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x16x17xf32>
    %collapsed_54 = tensor.collapse_shape %120 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_55 = tensor.collapse_shape %121 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %122 = linalg.batch_matmul ins(%collapsed_54, %collapsed_55 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%44 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_56 = tensor.expand_shape %122 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %123 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_56, %39 : tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) outs(%46 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x17xf32>
    %124:2 = linalg.generic {indexing_maps = [#map4, #map13, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%123 : tensor<2x4x17x17xf32>) outs(%51, %49 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_74: i64):
      %171 = linalg.index 3 : index
      %172 = arith.index_cast %171 : index to i64
      %173 = arith.maximumf %in, %out : f32
      %174 = arith.cmpf ogt, %in, %out : f32
      %175 = arith.select %174, %172, %out_74 : i64
      linalg.yield %173, %175 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_57 = tensor.expand_shape %124#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %125 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123, %expanded_57 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%46 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.subf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x17xf32>
    %126 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%125 : tensor<2x4x17x17xf32>) outs(%46 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = math.exp %in : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x17xf32>
    %127 = linalg.generic {indexing_maps = [#map4, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%126 : tensor<2x4x17x17xf32>) outs(%56 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x1xf32>
    %128 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%126, %127 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%46 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.divf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x17xf32>
    %129 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123 : tensor<2x4x17x17xf32>) outs(%59 : tensor<2x4x17x17xi1>) {
    ^bb0(%in: f32, %out: i1):
      %171 = arith.cmpf oeq, %in, %cst_7 : f32
      linalg.yield %171 : i1
    } -> tensor<2x4x17x17xi1>
    %130 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%129 : tensor<2x4x17x17xi1>) outs(%59 : tensor<2x4x17x17xi1>) {
    ^bb0(%in: i1, %out: i1):
      %171 = arith.cmpi eq, %in, %false : i1
      linalg.yield %171 : i1
    } -> tensor<2x4x17x17xi1>
    %131 = linalg.generic {indexing_maps = [#map4, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%130 : tensor<2x4x17x17xi1>) outs(%63 : tensor<2x4x17x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %171 = arith.ori %in, %out : i1
      linalg.yield %171 : i1
    } -> tensor<2x4x17x1xi1>
    %132 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%131 : tensor<2x4x17x1xi1>) outs(%62 : tensor<2x4x17x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %171 = arith.cmpi eq, %in, %false : i1
      linalg.yield %171 : i1
    } -> tensor<2x4x17x1xi1>
    %133 = linalg.generic {indexing_maps = [#map14, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%132, %cst_4, %128 : tensor<2x4x17x1xi1>, tensor<2x4x17x17xf32>, tensor<2x4x17x17xf32>) outs(%46 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: i1, %in_74: f32, %in_75: f32, %out: f32):
      %171 = arith.select %in, %in_74, %in_75 : f32
      linalg.yield %171 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_58 = tensor.collapse_shape %133 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_59 = tensor.collapse_shape %transposed_52 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %134 = linalg.batch_matmul ins(%collapsed_58, %collapsed_59 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%68 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_60 = tensor.expand_shape %134 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %transposed_61 = linalg.transpose ins(%expanded_60 : tensor<2x4x17x16xf32>) outs(%70 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_62 = tensor.collapse_shape %transposed_61 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_63 = linalg.transpose ins(%arg26 : tensor<64x64xf32>) outs(%28 : tensor<64x64xf32>) permutation = [1, 0] 
    %135 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_63 : tensor<64x64xf32>) outs(%71 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %136 = linalg.batch_matmul ins(%collapsed_62, %135 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%73 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %arg27 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %100 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%138 : tensor<2x17x64xf32>) outs(%14 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_9 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_64 = tensor.collapse_shape %140 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %141 = linalg.generic {indexing_maps = [#map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_64 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %141 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.subf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %142 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%143 : tensor<2x17x64xf32>) outs(%14 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_9 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %cst_8 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = math.rsqrt %in : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_65 = tensor.collapse_shape %147 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %148 = linalg.generic {indexing_maps = [#map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_65 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %148 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %arg30 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %arg31 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_66 = tensor.collapse_shape %151 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %transposed_67 = linalg.transpose ins(%arg32 : tensor<128x64xf32>) outs(%90 : tensor<64x128xf32>) permutation = [1, 0] 
    %152 = linalg.matmul ins(%collapsed_66, %transposed_67 : tensor<34x64xf32>, tensor<64x128xf32>) outs(%92 : tensor<34x128xf32>) -> tensor<34x128xf32>
    %153 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel"]} ins(%arg33, %152 : tensor<128xf32>, tensor<34x128xf32>) outs(%91 : tensor<34x128xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<34x128xf32>
    %expanded_68 = tensor.expand_shape %153 [[0, 1], [2]] output_shape [2, 17, 128] : tensor<34x128xf32> into tensor<2x17x128xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_68 : tensor<2x17x128xf32>) outs(%95 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_1 : f32
      %172 = math.erf %171 : f32
      %173 = arith.addf %172, %cst_2 : f32
      %174 = arith.mulf %173, %cst_3 : f32
      %175 = arith.mulf %in, %174 : f32
      linalg.yield %175 : f32
    } -> tensor<2x17x128xf32>
    %collapsed_69 = tensor.collapse_shape %154 [[0, 1], [2]] : tensor<2x17x128xf32> into tensor<34x128xf32>
    %transposed_70 = linalg.transpose ins(%arg34 : tensor<64x128xf32>) outs(%97 : tensor<128x64xf32>) permutation = [1, 0] 
    %155 = linalg.matmul ins(%collapsed_69, %transposed_70 : tensor<34x128xf32>, tensor<128x64xf32>) outs(%30 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %156 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel"]} ins(%arg35, %155 : tensor<64xf32>, tensor<34x64xf32>) outs(%29 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<34x64xf32>
    %expanded_71 = tensor.expand_shape %156 [[0, 1], [2]] output_shape [2, 17, 64] : tensor<34x64xf32> into tensor<2x17x64xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_71, %138 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%157 : tensor<2x17x64xf32>) outs(%14 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_9 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_72 = tensor.collapse_shape %159 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %160 = linalg.generic {indexing_maps = [#map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_72 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %160 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.subf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %161 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%162 : tensor<2x17x64xf32>) outs(%14 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %out : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.divf %in, %cst_9 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = arith.addf %in, %cst_8 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %166 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<2x17x1xf32>) outs(%13 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %171 = math.rsqrt %in : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %collapsed_73 = tensor.collapse_shape %166 [[0], [1, 2]] : tensor<2x17x1xf32> into tensor<2x17xf32>
    %167 = linalg.generic {indexing_maps = [#map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_73 : tensor<2x17xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x17x64xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %167 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %arg36 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.mulf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    %170 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %arg37 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_74: f32, %out: f32):
      %171 = arith.addf %in, %in_74 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x64xf32>
    return %170 : tensor<2x17x64xf32>
  }
}

