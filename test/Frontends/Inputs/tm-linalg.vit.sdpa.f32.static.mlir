// FRONTEND: {"args": [{"role": "weight", "shape": [1, 1, 64]}, {"role": "weight", "shape": [1, 17, 64]}, {"role": "weight", "shape": [64, 3, 8, 8]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 3, 32, 32]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "vit", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d1, d2)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map7 = affine_map<(d0, d1, d2) -> (d2)>
#map8 = affine_map<(d0, d1) -> (d0, d1)>
#map9 = affine_map<(d0, d1) -> (d1)>
#map10 = affine_map<(d0, d1, d2, d3) -> ()>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @forward(%arg0: tensor<1x1x64xf32>, %arg1: tensor<1x17x64xf32>, %arg2: tensor<64x3x8x8xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<128x64xf32>, %arg17: tensor<128xf32>, %arg18: tensor<64x128xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64xf32>, %arg32: tensor<128x64xf32>, %arg33: tensor<128xf32>, %arg34: tensor<64x128xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64xf32>, %arg38: tensor<64x64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<2x3x32x32xf32>) -> tensor<2x17x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0.000000e+00 : f64
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x17x17xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_7 = arith.constant 0xFFF0000000000000 : f64
    %cst_8 = arith.constant 9.9999999999999998E-13 : f64
    %cst_9 = arith.constant 6.400000e+01 : f64
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 1.41421354 : f32
    %0 = tensor.empty() : tensor<2x64x4x4xf32>
    %broadcasted = linalg.broadcast ins(%arg3 : tensor<64xf32>) outs(%0 : tensor<2x64x4x4xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<8> : vector<2xi64>} ins(%arg40, %arg2 : tensor<2x3x32x32xf32>, tensor<64x3x8x8xf32>) outs(%broadcasted : tensor<2x64x4x4xf32>) -> tensor<2x64x4x4xf32>
    %collapsed = tensor.collapse_shape %1 [[0], [1], [2, 3]] : tensor<2x64x4x4xf32> into tensor<2x64x16xf32>
    %2 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<2x64x16xf32>) outs(%2 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %3 = tensor.empty() : tensor<2x1x64xf32>
    %collapsed_12 = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_12 : tensor<1x64xf32>) outs(%3 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x64xf32>
    %concat = tensor.concat dim(1) %4, %transposed : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %5 = tensor.empty() : tensor<2x17x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat, %arg1 : tensor<2x17x64xf32>, tensor<1x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %7 = tensor.empty() : tensor<17xi64>
    %8 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%7 : tensor<17xi64>) {
    ^bb0(%out: i64):
      %185 = linalg.index 0 : index
      %186 = arith.index_cast %185 : index to i64
      linalg.yield %186 : i64
    } -> tensor<17xi64>
    %expanded = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [1, 1, 17, 1] : tensor<17xi64> into tensor<1x1x17x1xi64>
    %9 = tensor.empty() : tensor<1x1x17x1xi1>
    %10 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x1x17x1xi64>) outs(%9 : tensor<1x1x17x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %185 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %185 : i1
    } -> tensor<1x1x17x1xi1>
    %11 = tensor.empty() : tensor<2x1x17x17xi1>
    %collapsed_13 = tensor.collapse_shape %10 [[0, 1], [2, 3]] : tensor<1x1x17x1xi1> into tensor<1x17xi1>
    %12 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_13 : tensor<1x17xi1>) outs(%11 : tensor<2x1x17x17xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x17x17xi1>
    %13 = tensor.empty() : tensor<2x17x64xf64>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x17x64xf32>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %185 = arith.extf %in : f32 to f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %15 = tensor.empty() : tensor<2x17x1xf64>
    %16 = linalg.fill ins(%cst_0 : f64) outs(%15 : tensor<2x17x1xf64>) -> tensor<2x17x1xf64>
    %17 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%14 : tensor<2x17x64xf64>) outs(%16 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.addf %in, %out : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x17x1xf64>) outs(%15 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.divf %in, %cst_9 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %19 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %18 : tensor<2x17x64xf64>, tensor<2x17x1xf64>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_66: f64, %out: f64):
      %185 = arith.subf %in, %in_66 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %20 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %19 : tensor<2x17x64xf64>, tensor<2x17x64xf64>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_66: f64, %out: f64):
      %185 = arith.mulf %in, %in_66 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %21 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%20 : tensor<2x17x64xf64>) outs(%16 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.addf %in, %out : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x17x1xf64>) outs(%15 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.divf %in, %cst_9 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %23 = tensor.empty() : tensor<2x17x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x17x1xf64>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %185 = arith.truncf %in : f64 to f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%23 : tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x17x64xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.addf %in, %out : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.divf %in, %cst_10 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.truncf %cst_8 : f64 to f32
      %186 = arith.addf %in, %185 : f32
      linalg.yield %186 : f32
    } -> tensor<2x17x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = math.rsqrt %in : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %27 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.subf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %29 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.mulf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg12 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.mulf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg13 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_14 = tensor.collapse_shape %33 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %34 = tensor.empty() : tensor<64x64xf32>
    %transposed_15 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %35 = tensor.empty() : tensor<34x64xf32>
    %36 = linalg.fill ins(%cst : f32) outs(%35 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %37 = linalg.matmul ins(%collapsed_14, %transposed_15 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%36 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %38 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel"]} ins(%37, %arg5 : tensor<34x64xf32>, tensor<64xf32>) outs(%35 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<34x64xf32>
    %expanded_16 = tensor.expand_shape %38 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %39 = tensor.empty() : tensor<2x4x17x16xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x17x4x16xf32>) outs(%39 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_18 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %40 = linalg.matmul ins(%collapsed_14, %transposed_18 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%36 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %41 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel"]} ins(%40, %arg7 : tensor<34x64xf32>, tensor<64xf32>) outs(%35 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<34x64xf32>
    %expanded_19 = tensor.expand_shape %41 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_20 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %42 = linalg.matmul ins(%collapsed_14, %transposed_20 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%36 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %43 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel"]} ins(%42, %arg9 : tensor<34x64xf32>, tensor<64xf32>) outs(%35 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<34x64xf32>
    %expanded_21 = tensor.expand_shape %43 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x17x4x16xf32>) outs(%39 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %44 = tensor.empty() : tensor<2x1x17x17xf32>
    %45 = linalg.generic {indexing_maps = [#map4, #map10, #map10, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %cst_5, %cst_6 : tensor<2x1x17x17xi1>, tensor<f32>, tensor<f32>) outs(%44 : tensor<2x1x17x17xf32>) {
    ^bb0(%in: i1, %in_66: f32, %in_67: f32, %out: f32):
      %185 = arith.select %in, %in_66, %in_67 : f32
      linalg.yield %185 : f32
    } -> tensor<2x1x17x17xf32>
    %46 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_17 : tensor<2x4x17x16xf32>) outs(%39 : tensor<2x4x17x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.mulf %in, %cst_3 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x16xf32>
    %47 = tensor.empty() : tensor<2x4x16x17xf32>
    %transposed_23 = linalg.transpose ins(%expanded_19 : tensor<2x17x4x16xf32>) outs(%47 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %48 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_23 : tensor<2x4x16x17xf32>) outs(%47 : tensor<2x4x16x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.mulf %in, %cst_3 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x16x17xf32>
    %collapsed_24 = tensor.collapse_shape %46 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_25 = tensor.collapse_shape %48 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %49 = tensor.empty() : tensor<8x17x17xf32>
    %50 = linalg.fill ins(%cst : f32) outs(%49 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %51 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%50 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_26 = tensor.expand_shape %51 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %52 = tensor.empty() : tensor<2x4x17x17xf32>
    %53 = linalg.generic {indexing_maps = [#map4, #map11, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_26, %45 : tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) outs(%52 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x17xf32>
    %54 = tensor.empty() : tensor<2x4x17xi64>
    %55 = linalg.fill ins(%c0_i64 : i64) outs(%54 : tensor<2x4x17xi64>) -> tensor<2x4x17xi64>
    %56 = tensor.empty() : tensor<2x4x17xf32>
    %57 = linalg.fill ins(%cst_1 : f32) outs(%56 : tensor<2x4x17xf32>) -> tensor<2x4x17xf32>
    %58:2 = linalg.generic {indexing_maps = [#map4, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%53 : tensor<2x4x17x17xf32>) outs(%57, %55 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_66: i64):
      %185 = linalg.index 3 : index
      %186 = arith.index_cast %185 : index to i64
      %187 = arith.maximumf %in, %out : f32
      %188 = arith.cmpf ogt, %in, %out : f32
      %189 = arith.select %188, %186, %out_66 : i64
      linalg.yield %187, %189 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_27 = tensor.expand_shape %58#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %59 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %expanded_27 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%52 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.subf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x17xf32>
    %60 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59 : tensor<2x4x17x17xf32>) outs(%52 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = math.exp %in : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x17xf32>
    %61 = tensor.empty() : tensor<2x4x17x1xf32>
    %62 = linalg.fill ins(%cst : f32) outs(%61 : tensor<2x4x17x1xf32>) -> tensor<2x4x17x1xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%60 : tensor<2x4x17x17xf32>) outs(%62 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.addf %in, %out : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x1xf32>
    %64 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %63 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%52 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.divf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x17xf32>
    %65 = tensor.empty() : tensor<2x4x17x17xi1>
    %66 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53 : tensor<2x4x17x17xf32>) outs(%65 : tensor<2x4x17x17xi1>) {
    ^bb0(%in: f32, %out: i1):
      %185 = arith.extf %in : f32 to f64
      %186 = arith.cmpf oeq, %185, %cst_7 : f64
      linalg.yield %186 : i1
    } -> tensor<2x4x17x17xi1>
    %67 = tensor.empty() : tensor<2x4x17x1xi1>
    %68 = linalg.fill ins(%true : i1) outs(%67 : tensor<2x4x17x1xi1>) -> tensor<2x4x17x1xi1>
    %69 = linalg.generic {indexing_maps = [#map4, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%66 : tensor<2x4x17x17xi1>) outs(%68 : tensor<2x4x17x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %185 = arith.andi %in, %out : i1
      linalg.yield %185 : i1
    } -> tensor<2x4x17x1xi1>
    %70 = linalg.generic {indexing_maps = [#map13, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %cst_4, %64 : tensor<2x4x17x1xi1>, tensor<2x4x17x17xf32>, tensor<2x4x17x17xf32>) outs(%52 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: i1, %in_66: f32, %in_67: f32, %out: f32):
      %185 = arith.select %in, %in_66, %in_67 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_28 = tensor.collapse_shape %70 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_29 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %71 = tensor.empty() : tensor<8x17x16xf32>
    %72 = linalg.fill ins(%cst : f32) outs(%71 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %73 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%72 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_30 = tensor.expand_shape %73 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %74 = tensor.empty() : tensor<2x17x4x16xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<2x4x17x16xf32>) outs(%74 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_33 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %75 = tensor.empty() : tensor<2x64x64xf32>
    %76 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_33 : tensor<64x64xf32>) outs(%75 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %77 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %78 = linalg.batch_matmul ins(%collapsed_32, %76 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%77 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78, %arg11 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %6 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x17x64xf32>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %185 = arith.extf %in : f32 to f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %82 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%81 : tensor<2x17x64xf64>) outs(%16 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.addf %in, %out : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x17x1xf64>) outs(%15 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.divf %in, %cst_9 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %84 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %83 : tensor<2x17x64xf64>, tensor<2x17x1xf64>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_66: f64, %out: f64):
      %185 = arith.subf %in, %in_66 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %85 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %84 : tensor<2x17x64xf64>, tensor<2x17x64xf64>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_66: f64, %out: f64):
      %185 = arith.mulf %in, %in_66 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %86 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%85 : tensor<2x17x64xf64>) outs(%16 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.addf %in, %out : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x17x1xf64>) outs(%15 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.divf %in, %cst_9 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %88 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x17x1xf64>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %185 = arith.truncf %in : f64 to f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%80 : tensor<2x17x64xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.addf %in, %out : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.divf %in, %cst_10 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.truncf %cst_8 : f64 to f32
      %186 = arith.addf %in, %185 : f32
      linalg.yield %186 : f32
    } -> tensor<2x17x1xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = math.rsqrt %in : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %90 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.subf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %92 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.mulf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %arg14 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.mulf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %arg15 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_34 = tensor.collapse_shape %96 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %97 = tensor.empty() : tensor<64x128xf32>
    %transposed_35 = linalg.transpose ins(%arg16 : tensor<128x64xf32>) outs(%97 : tensor<64x128xf32>) permutation = [1, 0] 
    %98 = tensor.empty() : tensor<34x128xf32>
    %99 = linalg.fill ins(%cst : f32) outs(%98 : tensor<34x128xf32>) -> tensor<34x128xf32>
    %100 = linalg.matmul ins(%collapsed_34, %transposed_35 : tensor<34x64xf32>, tensor<64x128xf32>) outs(%99 : tensor<34x128xf32>) -> tensor<34x128xf32>
    %101 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel"]} ins(%100, %arg17 : tensor<34x128xf32>, tensor<128xf32>) outs(%98 : tensor<34x128xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<34x128xf32>
    %expanded_36 = tensor.expand_shape %101 [[0, 1], [2]] output_shape [2, 17, 128] : tensor<34x128xf32> into tensor<2x17x128xf32>
    %102 = tensor.empty() : tensor<2x17x128xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<2x17x128xf32>) outs(%102 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.divf %in, %cst_11 : f32
      %186 = math.erf %185 : f32
      %187 = arith.addf %186, %cst_2 : f32
      %188 = arith.mulf %187, %cst_3 : f32
      %189 = arith.mulf %in, %188 : f32
      linalg.yield %189 : f32
    } -> tensor<2x17x128xf32>
    %collapsed_37 = tensor.collapse_shape %103 [[0, 1], [2]] : tensor<2x17x128xf32> into tensor<34x128xf32>
    %104 = tensor.empty() : tensor<128x64xf32>
    %transposed_38 = linalg.transpose ins(%arg18 : tensor<64x128xf32>) outs(%104 : tensor<128x64xf32>) permutation = [1, 0] 
    %105 = linalg.matmul ins(%collapsed_37, %transposed_38 : tensor<34x128xf32>, tensor<128x64xf32>) outs(%36 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %106 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel"]} ins(%105, %arg19 : tensor<34x64xf32>, tensor<64xf32>) outs(%35 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<34x64xf32>
    %expanded_39 = tensor.expand_shape %106 [[0, 1], [2]] output_shape [2, 17, 64] : tensor<34x64xf32> into tensor<2x17x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_39, %80 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x17x64xf32>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %185 = arith.extf %in : f32 to f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %109 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x17x64xf64>) outs(%16 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.addf %in, %out : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x17x1xf64>) outs(%15 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.divf %in, %cst_9 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %111 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %110 : tensor<2x17x64xf64>, tensor<2x17x1xf64>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_66: f64, %out: f64):
      %185 = arith.subf %in, %in_66 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %112 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %111 : tensor<2x17x64xf64>, tensor<2x17x64xf64>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_66: f64, %out: f64):
      %185 = arith.mulf %in, %in_66 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %113 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%112 : tensor<2x17x64xf64>) outs(%16 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.addf %in, %out : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x17x1xf64>) outs(%15 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.divf %in, %cst_9 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x17x1xf64>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %185 = arith.truncf %in : f64 to f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%107 : tensor<2x17x64xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.addf %in, %out : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.divf %in, %cst_10 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.truncf %cst_8 : f64 to f32
      %186 = arith.addf %in, %185 : f32
      linalg.yield %186 : f32
    } -> tensor<2x17x1xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = math.rsqrt %in : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %117 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.subf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %119 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.mulf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %arg28 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.mulf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %arg29 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_40 = tensor.collapse_shape %123 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %transposed_41 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %124 = linalg.matmul ins(%collapsed_40, %transposed_41 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%36 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %125 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel"]} ins(%124, %arg21 : tensor<34x64xf32>, tensor<64xf32>) outs(%35 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<34x64xf32>
    %expanded_42 = tensor.expand_shape %125 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<2x17x4x16xf32>) outs(%39 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_44 = linalg.transpose ins(%arg22 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %126 = linalg.matmul ins(%collapsed_40, %transposed_44 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%36 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %127 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel"]} ins(%126, %arg23 : tensor<34x64xf32>, tensor<64xf32>) outs(%35 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<34x64xf32>
    %expanded_45 = tensor.expand_shape %127 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_46 = linalg.transpose ins(%arg24 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %128 = linalg.matmul ins(%collapsed_40, %transposed_46 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%36 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %129 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel"]} ins(%128, %arg25 : tensor<34x64xf32>, tensor<64xf32>) outs(%35 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<34x64xf32>
    %expanded_47 = tensor.expand_shape %129 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_48 = linalg.transpose ins(%expanded_47 : tensor<2x17x4x16xf32>) outs(%39 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %130 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_43 : tensor<2x4x17x16xf32>) outs(%39 : tensor<2x4x17x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.mulf %in, %cst_3 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x16xf32>
    %transposed_49 = linalg.transpose ins(%expanded_45 : tensor<2x17x4x16xf32>) outs(%47 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %131 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_49 : tensor<2x4x16x17xf32>) outs(%47 : tensor<2x4x16x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.mulf %in, %cst_3 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x16x17xf32>
    %collapsed_50 = tensor.collapse_shape %130 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_51 = tensor.collapse_shape %131 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %132 = linalg.batch_matmul ins(%collapsed_50, %collapsed_51 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%50 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_52 = tensor.expand_shape %132 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %133 = linalg.generic {indexing_maps = [#map4, #map11, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_52, %45 : tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) outs(%52 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x17xf32>
    %134:2 = linalg.generic {indexing_maps = [#map4, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%133 : tensor<2x4x17x17xf32>) outs(%57, %55 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_66: i64):
      %185 = linalg.index 3 : index
      %186 = arith.index_cast %185 : index to i64
      %187 = arith.maximumf %in, %out : f32
      %188 = arith.cmpf ogt, %in, %out : f32
      %189 = arith.select %188, %186, %out_66 : i64
      linalg.yield %187, %189 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_53 = tensor.expand_shape %134#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %135 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%133, %expanded_53 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%52 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.subf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x17xf32>
    %136 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%135 : tensor<2x4x17x17xf32>) outs(%52 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = math.exp %in : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x17xf32>
    %137 = linalg.generic {indexing_maps = [#map4, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%136 : tensor<2x4x17x17xf32>) outs(%62 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.addf %in, %out : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x1xf32>
    %138 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%136, %137 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%52 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.divf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x17xf32>
    %139 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%133 : tensor<2x4x17x17xf32>) outs(%65 : tensor<2x4x17x17xi1>) {
    ^bb0(%in: f32, %out: i1):
      %185 = arith.extf %in : f32 to f64
      %186 = arith.cmpf oeq, %185, %cst_7 : f64
      linalg.yield %186 : i1
    } -> tensor<2x4x17x17xi1>
    %140 = linalg.generic {indexing_maps = [#map4, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%139 : tensor<2x4x17x17xi1>) outs(%68 : tensor<2x4x17x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %185 = arith.andi %in, %out : i1
      linalg.yield %185 : i1
    } -> tensor<2x4x17x1xi1>
    %141 = linalg.generic {indexing_maps = [#map13, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%140, %cst_4, %138 : tensor<2x4x17x1xi1>, tensor<2x4x17x17xf32>, tensor<2x4x17x17xf32>) outs(%52 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: i1, %in_66: f32, %in_67: f32, %out: f32):
      %185 = arith.select %in, %in_66, %in_67 : f32
      linalg.yield %185 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_54 = tensor.collapse_shape %141 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_55 = tensor.collapse_shape %transposed_48 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %142 = linalg.batch_matmul ins(%collapsed_54, %collapsed_55 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%72 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_56 = tensor.expand_shape %142 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %transposed_57 = linalg.transpose ins(%expanded_56 : tensor<2x4x17x16xf32>) outs(%74 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_58 = tensor.collapse_shape %transposed_57 [[0], [1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<2x17x64xf32>
    %transposed_59 = linalg.transpose ins(%arg26 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %143 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_59 : tensor<64x64xf32>) outs(%75 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %144 = linalg.batch_matmul ins(%collapsed_58, %143 : tensor<2x17x64xf32>, tensor<2x64x64xf32>) outs(%77 : tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %arg27 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %107 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x17x64xf32>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %185 = arith.extf %in : f32 to f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %148 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%147 : tensor<2x17x64xf64>) outs(%16 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.addf %in, %out : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %149 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x17x1xf64>) outs(%15 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.divf %in, %cst_9 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %150 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %149 : tensor<2x17x64xf64>, tensor<2x17x1xf64>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_66: f64, %out: f64):
      %185 = arith.subf %in, %in_66 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %151 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %150 : tensor<2x17x64xf64>, tensor<2x17x64xf64>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_66: f64, %out: f64):
      %185 = arith.mulf %in, %in_66 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %152 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%151 : tensor<2x17x64xf64>) outs(%16 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.addf %in, %out : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %153 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x17x1xf64>) outs(%15 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.divf %in, %cst_9 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x17x1xf64>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %185 = arith.truncf %in : f64 to f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%146 : tensor<2x17x64xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.addf %in, %out : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.divf %in, %cst_10 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.truncf %cst_8 : f64 to f32
      %186 = arith.addf %in, %185 : f32
      linalg.yield %186 : f32
    } -> tensor<2x17x1xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = math.rsqrt %in : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %156 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.subf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %158 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.mulf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %arg30 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.mulf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %arg31 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_60 = tensor.collapse_shape %162 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %transposed_61 = linalg.transpose ins(%arg32 : tensor<128x64xf32>) outs(%97 : tensor<64x128xf32>) permutation = [1, 0] 
    %163 = linalg.matmul ins(%collapsed_60, %transposed_61 : tensor<34x64xf32>, tensor<64x128xf32>) outs(%99 : tensor<34x128xf32>) -> tensor<34x128xf32>
    %164 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel"]} ins(%163, %arg33 : tensor<34x128xf32>, tensor<128xf32>) outs(%98 : tensor<34x128xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<34x128xf32>
    %expanded_62 = tensor.expand_shape %164 [[0, 1], [2]] output_shape [2, 17, 128] : tensor<34x128xf32> into tensor<2x17x128xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_62 : tensor<2x17x128xf32>) outs(%102 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.divf %in, %cst_11 : f32
      %186 = math.erf %185 : f32
      %187 = arith.addf %186, %cst_2 : f32
      %188 = arith.mulf %187, %cst_3 : f32
      %189 = arith.mulf %in, %188 : f32
      linalg.yield %189 : f32
    } -> tensor<2x17x128xf32>
    %collapsed_63 = tensor.collapse_shape %165 [[0, 1], [2]] : tensor<2x17x128xf32> into tensor<34x128xf32>
    %transposed_64 = linalg.transpose ins(%arg34 : tensor<64x128xf32>) outs(%104 : tensor<128x64xf32>) permutation = [1, 0] 
    %166 = linalg.matmul ins(%collapsed_63, %transposed_64 : tensor<34x128xf32>, tensor<128x64xf32>) outs(%36 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %167 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel"]} ins(%166, %arg35 : tensor<34x64xf32>, tensor<64xf32>) outs(%35 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<34x64xf32>
    %expanded_65 = tensor.expand_shape %167 [[0, 1], [2]] output_shape [2, 17, 64] : tensor<34x64xf32> into tensor<2x17x64xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_65, %146 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x17x64xf32>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %185 = arith.extf %in : f32 to f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %170 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%169 : tensor<2x17x64xf64>) outs(%16 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.addf %in, %out : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %171 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<2x17x1xf64>) outs(%15 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.divf %in, %cst_9 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %172 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %171 : tensor<2x17x64xf64>, tensor<2x17x1xf64>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_66: f64, %out: f64):
      %185 = arith.subf %in, %in_66 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %173 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %172 : tensor<2x17x64xf64>, tensor<2x17x64xf64>) outs(%13 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_66: f64, %out: f64):
      %185 = arith.mulf %in, %in_66 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x64xf64>
    %174 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%173 : tensor<2x17x64xf64>) outs(%16 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.addf %in, %out : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %175 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174 : tensor<2x17x1xf64>) outs(%15 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %185 = arith.divf %in, %cst_9 : f64
      linalg.yield %185 : f64
    } -> tensor<2x17x1xf64>
    %176 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175 : tensor<2x17x1xf64>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %185 = arith.truncf %in : f64 to f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %177 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%168 : tensor<2x17x64xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.addf %in, %out : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %178 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.divf %in, %cst_10 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %179 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = arith.truncf %cst_8 : f64 to f32
      %186 = arith.addf %in, %185 : f32
      linalg.yield %186 : f32
    } -> tensor<2x17x1xf32>
    %180 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179 : tensor<2x17x1xf32>) outs(%23 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %185 = math.rsqrt %in : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x1xf32>
    %181 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %178 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.subf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %182 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181, %180 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.mulf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %183 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182, %arg36 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.mulf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    %184 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183, %arg37 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_66: f32, %out: f32):
      %185 = arith.addf %in, %in_66 : f32
      linalg.yield %185 : f32
    } -> tensor<2x17x64xf32>
    return %184 : tensor<2x17x64xf32>
  }
}
