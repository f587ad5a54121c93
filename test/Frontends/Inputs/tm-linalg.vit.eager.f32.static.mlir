// FRONTEND: {"args": [{"role": "weight", "shape": [1, 1, 64]}, {"role": "weight", "shape": [1, 17, 64]}, {"role": "weight", "shape": [64, 3, 8, 8]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 3, 32, 32]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "vit", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d1, d2)>
#map6 = affine_map<(d0, d1, d2, d3) -> ()>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map8 = affine_map<(d0, d1, d2) -> (d2)>
#map9 = affine_map<(d0, d1) -> (d0, d1)>
#map10 = affine_map<(d0, d1) -> (d1)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @forward(%arg0: tensor<1x1x64xf32>, %arg1: tensor<1x17x64xf32>, %arg2: tensor<64x3x8x8xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<128x64xf32>, %arg17: tensor<128xf32>, %arg18: tensor<64x128xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64xf32>, %arg32: tensor<128x64xf32>, %arg33: tensor<128xf32>, %arg34: tensor<64x128xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64xf32>, %arg38: tensor<64x64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<2x3x32x32xf32>) -> tensor<2x17x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0.000000e+00 : f64
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant 9.9999999999999998E-13 : f64
    %cst_7 = arith.constant 6.400000e+01 : f64
    %cst_8 = arith.constant 6.400000e+01 : f32
    %cst_9 = arith.constant 2.500000e-01 : f32
    %cst_10 = arith.constant 1.41421354 : f32
    %0 = tensor.empty() : tensor<2x64x4x4xf32>
    %broadcasted = linalg.broadcast ins(%arg3 : tensor<64xf32>) outs(%0 : tensor<2x64x4x4xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<8> : vector<2xi64>} ins(%arg40, %arg2 : tensor<2x3x32x32xf32>, tensor<64x3x8x8xf32>) outs(%broadcasted : tensor<2x64x4x4xf32>) -> tensor<2x64x4x4xf32>
    %collapsed = tensor.collapse_shape %1 [[0], [1], [2, 3]] : tensor<2x64x4x4xf32> into tensor<2x64x16xf32>
    %2 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<2x64x16xf32>) outs(%2 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %3 = tensor.empty() : tensor<2x1x64xf32>
    %collapsed_11 = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<1x1x64xf32> into tensor<1x64xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_11 : tensor<1x64xf32>) outs(%3 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x64xf32>
    %concat = tensor.concat dim(1) %4, %transposed : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %5 = tensor.empty() : tensor<2x17x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat, %arg1 : tensor<2x17x64xf32>, tensor<1x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %7 = tensor.empty() : tensor<17xi64>
    %8 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%7 : tensor<17xi64>) {
    ^bb0(%out: i64):
      %170 = linalg.index 0 : index
      %171 = arith.index_cast %170 : index to i64
      linalg.yield %171 : i64
    } -> tensor<17xi64>
    %expanded = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [1, 1, 17, 1] : tensor<17xi64> into tensor<1x1x17x1xi64>
    %9 = tensor.empty() : tensor<1x1x17x1xi1>
    %10 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x1x17x1xi64>) outs(%9 : tensor<1x1x17x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %170 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %170 : i1
    } -> tensor<1x1x17x1xi1>
    %11 = tensor.empty() : tensor<2x1x17x17xi1>
    %collapsed_12 = tensor.collapse_shape %10 [[0, 1], [2, 3]] : tensor<1x1x17x1xi1> into tensor<1x17xi1>
    %12 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_12 : tensor<1x17xi1>) outs(%11 : tensor<2x1x17x17xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x17x17xi1>
    %13 = tensor.empty() : tensor<2x1x17x17xf32>
    %14 = linalg.generic {indexing_maps = [#map4, #map6, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %cst_5, %cst_4 : tensor<2x1x17x17xi1>, tensor<f32>, tensor<f32>) outs(%13 : tensor<2x1x17x17xf32>) {
    ^bb0(%in: i1, %in_67: f32, %in_68: f32, %out: f32):
      %170 = arith.select %in, %in_67, %in_68 : f32
      linalg.yield %170 : f32
    } -> tensor<2x1x17x17xf32>
    %15 = tensor.empty() : tensor<2x17x64xf64>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x17x64xf32>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %170 = arith.extf %in : f32 to f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %17 = tensor.empty() : tensor<2x17x1xf64>
    %18 = linalg.fill ins(%cst_0 : f64) outs(%17 : tensor<2x17x1xf64>) -> tensor<2x17x1xf64>
    %19 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%16 : tensor<2x17x64xf64>) outs(%18 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.addf %in, %out : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x17x1xf64>) outs(%17 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.divf %in, %cst_7 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %21 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %20 : tensor<2x17x64xf64>, tensor<2x17x1xf64>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %170 = arith.subf %in, %in_67 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %22 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %21 : tensor<2x17x64xf64>, tensor<2x17x64xf64>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %170 = arith.mulf %in, %in_67 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %23 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%22 : tensor<2x17x64xf64>) outs(%18 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.addf %in, %out : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x17x1xf64>) outs(%17 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.divf %in, %cst_7 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %25 = tensor.empty() : tensor<2x17x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x17x1xf64>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %170 = arith.truncf %in : f64 to f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%25 : tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x17x64xf32>) outs(%27 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_8 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.truncf %cst_6 : f64 to f32
      %171 = arith.addf %in, %170 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.rsqrt %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %29 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.subf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %31 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.mulf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg12 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.mulf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %arg13 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_13 = tensor.collapse_shape %35 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %36 = tensor.empty() : tensor<64x64xf32>
    %transposed_14 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%36 : tensor<64x64xf32>) permutation = [1, 0] 
    %37 = tensor.empty() : tensor<34x64xf32>
    %38 = linalg.fill ins(%cst : f32) outs(%37 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %39 = linalg.matmul ins(%collapsed_13, %transposed_14 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%38 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %40 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%39, %arg5 : tensor<34x64xf32>, tensor<64xf32>) outs(%37 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x64xf32>
    %expanded_15 = tensor.expand_shape %40 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %41 = tensor.empty() : tensor<2x4x17x16xf32>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x17x4x16xf32>) outs(%41 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_17 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%36 : tensor<64x64xf32>) permutation = [1, 0] 
    %42 = linalg.matmul ins(%collapsed_13, %transposed_17 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%38 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %43 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%42, %arg7 : tensor<34x64xf32>, tensor<64xf32>) outs(%37 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x64xf32>
    %expanded_18 = tensor.expand_shape %43 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_19 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%36 : tensor<64x64xf32>) permutation = [1, 0] 
    %44 = linalg.matmul ins(%collapsed_13, %transposed_19 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%38 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %45 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%44, %arg9 : tensor<34x64xf32>, tensor<64xf32>) outs(%37 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x64xf32>
    %expanded_20 = tensor.expand_shape %45 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x17x4x16xf32>) outs(%41 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %46 = tensor.empty() : tensor<2x4x16x17xf32>
    %transposed_22 = linalg.transpose ins(%expanded_18 : tensor<2x17x4x16xf32>) outs(%46 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_23 = tensor.collapse_shape %transposed_16 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_24 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %47 = tensor.empty() : tensor<8x17x17xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%47 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %49 = linalg.batch_matmul ins(%collapsed_23, %collapsed_24 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%48 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_25 = tensor.expand_shape %49 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %50 = tensor.empty() : tensor<2x4x17x17xf32>
    %51 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_25 : tensor<2x4x17x17xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.mulf %in, %cst_9 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x17xf32>
    %52 = linalg.generic {indexing_maps = [#map4, #map11, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %14 : tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x17xf32>
    %53 = tensor.empty() : tensor<2x4x17xi64>
    %54 = linalg.fill ins(%c0_i64 : i64) outs(%53 : tensor<2x4x17xi64>) -> tensor<2x4x17xi64>
    %55 = tensor.empty() : tensor<2x4x17xf32>
    %56 = linalg.fill ins(%cst_1 : f32) outs(%55 : tensor<2x4x17xf32>) -> tensor<2x4x17xf32>
    %57:2 = linalg.generic {indexing_maps = [#map4, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%52 : tensor<2x4x17x17xf32>) outs(%56, %54 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %170 = linalg.index 3 : index
      %171 = arith.index_cast %170 : index to i64
      %172 = arith.maximumf %in, %out : f32
      %173 = arith.cmpf ogt, %in, %out : f32
      %174 = arith.select %173, %171, %out_67 : i64
      linalg.yield %172, %174 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_26 = tensor.expand_shape %57#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %expanded_26 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.subf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x17xf32>
    %59 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<2x4x17x17xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.exp %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x17xf32>
    %60 = tensor.empty() : tensor<2x4x17x1xf32>
    %61 = linalg.fill ins(%cst : f32) outs(%60 : tensor<2x4x17x1xf32>) -> tensor<2x4x17x1xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%59 : tensor<2x4x17x17xf32>) outs(%61 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x1xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %62 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.divf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_27 = tensor.collapse_shape %63 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_28 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %64 = tensor.empty() : tensor<8x17x16xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%64 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %66 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%65 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_29 = tensor.expand_shape %66 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %67 = tensor.empty() : tensor<2x17x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x4x17x16xf32>) outs(%67 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_31 = tensor.collapse_shape %transposed_30 [[0, 1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<34x64xf32>
    %transposed_32 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%36 : tensor<64x64xf32>) permutation = [1, 0] 
    %68 = linalg.matmul ins(%collapsed_31, %transposed_32 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%38 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %69 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%68, %arg11 : tensor<34x64xf32>, tensor<64xf32>) outs(%37 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x64xf32>
    %expanded_33 = tensor.expand_shape %69 [[0, 1], [2]] output_shape [2, 17, 64] : tensor<34x64xf32> into tensor<2x17x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_33, %6 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70 : tensor<2x17x64xf32>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %170 = arith.extf %in : f32 to f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %72 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%71 : tensor<2x17x64xf64>) outs(%18 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.addf %in, %out : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %73 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x17x1xf64>) outs(%17 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.divf %in, %cst_7 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %74 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %73 : tensor<2x17x64xf64>, tensor<2x17x1xf64>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %170 = arith.subf %in, %in_67 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %75 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %74 : tensor<2x17x64xf64>, tensor<2x17x64xf64>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %170 = arith.mulf %in, %in_67 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %76 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%75 : tensor<2x17x64xf64>) outs(%18 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.addf %in, %out : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %77 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<2x17x1xf64>) outs(%17 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.divf %in, %cst_7 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x17x1xf64>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %170 = arith.truncf %in : f64 to f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%70 : tensor<2x17x64xf32>) outs(%27 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_8 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.truncf %cst_6 : f64 to f32
      %171 = arith.addf %in, %170 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.rsqrt %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70, %80 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.subf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %82 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.mulf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %arg14 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.mulf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %arg15 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_34 = tensor.collapse_shape %86 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %87 = tensor.empty() : tensor<64x128xf32>
    %transposed_35 = linalg.transpose ins(%arg16 : tensor<128x64xf32>) outs(%87 : tensor<64x128xf32>) permutation = [1, 0] 
    %88 = tensor.empty() : tensor<34x128xf32>
    %89 = linalg.fill ins(%cst : f32) outs(%88 : tensor<34x128xf32>) -> tensor<34x128xf32>
    %90 = linalg.matmul ins(%collapsed_34, %transposed_35 : tensor<34x64xf32>, tensor<64x128xf32>) outs(%89 : tensor<34x128xf32>) -> tensor<34x128xf32>
    %91 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%90, %arg17 : tensor<34x128xf32>, tensor<128xf32>) outs(%88 : tensor<34x128xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x128xf32>
    %expanded_36 = tensor.expand_shape %91 [[0, 1], [2]] output_shape [2, 17, 128] : tensor<34x128xf32> into tensor<2x17x128xf32>
    %92 = tensor.empty() : tensor<2x17x128xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<2x17x128xf32>) outs(%92 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_10 : f32
      %171 = math.erf %170 : f32
      %172 = arith.addf %171, %cst_2 : f32
      %173 = arith.mulf %172, %cst_3 : f32
      %174 = arith.mulf %in, %173 : f32
      linalg.yield %174 : f32
    } -> tensor<2x17x128xf32>
    %collapsed_37 = tensor.collapse_shape %93 [[0, 1], [2]] : tensor<2x17x128xf32> into tensor<34x128xf32>
    %94 = tensor.empty() : tensor<128x64xf32>
    %transposed_38 = linalg.transpose ins(%arg18 : tensor<64x128xf32>) outs(%94 : tensor<128x64xf32>) permutation = [1, 0] 
    %95 = linalg.matmul ins(%collapsed_37, %transposed_38 : tensor<34x128xf32>, tensor<128x64xf32>) outs(%38 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %96 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%95, %arg19 : tensor<34x64xf32>, tensor<64xf32>) outs(%37 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x64xf32>
    %expanded_39 = tensor.expand_shape %96 [[0, 1], [2]] output_shape [2, 17, 64] : tensor<34x64xf32> into tensor<2x17x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_39, %70 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x17x64xf32>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %170 = arith.extf %in : f32 to f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %99 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%98 : tensor<2x17x64xf64>) outs(%18 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.addf %in, %out : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x17x1xf64>) outs(%17 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.divf %in, %cst_7 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %101 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %100 : tensor<2x17x64xf64>, tensor<2x17x1xf64>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %170 = arith.subf %in, %in_67 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %102 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %101 : tensor<2x17x64xf64>, tensor<2x17x64xf64>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %170 = arith.mulf %in, %in_67 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %103 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%102 : tensor<2x17x64xf64>) outs(%18 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.addf %in, %out : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x17x1xf64>) outs(%17 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.divf %in, %cst_7 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x17x1xf64>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %170 = arith.truncf %in : f64 to f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%97 : tensor<2x17x64xf32>) outs(%27 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_8 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.truncf %cst_6 : f64 to f32
      %171 = arith.addf %in, %170 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.rsqrt %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %107 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.subf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %109 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.mulf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %arg28 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.mulf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %arg29 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_40 = tensor.collapse_shape %113 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %transposed_41 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%36 : tensor<64x64xf32>) permutation = [1, 0] 
    %114 = linalg.matmul ins(%collapsed_40, %transposed_41 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%38 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %115 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%114, %arg21 : tensor<34x64xf32>, tensor<64xf32>) outs(%37 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x64xf32>
    %expanded_42 = tensor.expand_shape %115 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<2x17x4x16xf32>) outs(%41 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_44 = linalg.transpose ins(%arg22 : tensor<64x64xf32>) outs(%36 : tensor<64x64xf32>) permutation = [1, 0] 
    %116 = linalg.matmul ins(%collapsed_40, %transposed_44 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%38 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %117 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%116, %arg23 : tensor<34x64xf32>, tensor<64xf32>) outs(%37 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x64xf32>
    %expanded_45 = tensor.expand_shape %117 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_46 = linalg.transpose ins(%arg24 : tensor<64x64xf32>) outs(%36 : tensor<64x64xf32>) permutation = [1, 0] 
    %118 = linalg.matmul ins(%collapsed_40, %transposed_46 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%38 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %119 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%118, %arg25 : tensor<34x64xf32>, tensor<64xf32>) outs(%37 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x64xf32>
    %expanded_47 = tensor.expand_shape %119 [[0, 1], [2, 3]] output_shape [2, 17, 4, 16] : tensor<34x64xf32> into tensor<2x17x4x16xf32>
    %transposed_48 = linalg.transpose ins(%expanded_47 : tensor<2x17x4x16xf32>) outs(%41 : tensor<2x4x17x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_49 = linalg.transpose ins(%expanded_45 : tensor<2x17x4x16xf32>) outs(%46 : tensor<2x4x16x17xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_50 = tensor.collapse_shape %transposed_43 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %collapsed_51 = tensor.collapse_shape %transposed_49 [[0, 1], [2], [3]] : tensor<2x4x16x17xf32> into tensor<8x16x17xf32>
    %120 = linalg.batch_matmul ins(%collapsed_50, %collapsed_51 : tensor<8x17x16xf32>, tensor<8x16x17xf32>) outs(%48 : tensor<8x17x17xf32>) -> tensor<8x17x17xf32>
    %expanded_52 = tensor.expand_shape %120 [[0, 1], [2], [3]] output_shape [2, 4, 17, 17] : tensor<8x17x17xf32> into tensor<2x4x17x17xf32>
    %121 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x4x17x17xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.mulf %in, %cst_9 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x17xf32>
    %122 = linalg.generic {indexing_maps = [#map4, #map11, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%121, %14 : tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x17xf32>
    %123:2 = linalg.generic {indexing_maps = [#map4, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%122 : tensor<2x4x17x17xf32>) outs(%56, %54 : tensor<2x4x17xf32>, tensor<2x4x17xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %170 = linalg.index 3 : index
      %171 = arith.index_cast %170 : index to i64
      %172 = arith.maximumf %in, %out : f32
      %173 = arith.cmpf ogt, %in, %out : f32
      %174 = arith.select %173, %171, %out_67 : i64
      linalg.yield %172, %174 : f32, i64
    } -> (tensor<2x4x17xf32>, tensor<2x4x17xi64>)
    %expanded_53 = tensor.expand_shape %123#0 [[0], [1], [2, 3]] output_shape [2, 4, 17, 1] : tensor<2x4x17xf32> into tensor<2x4x17x1xf32>
    %124 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%122, %expanded_53 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.subf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x17xf32>
    %125 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124 : tensor<2x4x17x17xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.exp %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x17xf32>
    %126 = linalg.generic {indexing_maps = [#map4, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%125 : tensor<2x4x17x17xf32>) outs(%61 : tensor<2x4x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x1xf32>
    %127 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%125, %126 : tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) outs(%50 : tensor<2x4x17x17xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.divf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x17x17xf32>
    %collapsed_54 = tensor.collapse_shape %127 [[0, 1], [2], [3]] : tensor<2x4x17x17xf32> into tensor<8x17x17xf32>
    %collapsed_55 = tensor.collapse_shape %transposed_48 [[0, 1], [2], [3]] : tensor<2x4x17x16xf32> into tensor<8x17x16xf32>
    %128 = linalg.batch_matmul ins(%collapsed_54, %collapsed_55 : tensor<8x17x17xf32>, tensor<8x17x16xf32>) outs(%65 : tensor<8x17x16xf32>) -> tensor<8x17x16xf32>
    %expanded_56 = tensor.expand_shape %128 [[0, 1], [2], [3]] output_shape [2, 4, 17, 16] : tensor<8x17x16xf32> into tensor<2x4x17x16xf32>
    %transposed_57 = linalg.transpose ins(%expanded_56 : tensor<2x4x17x16xf32>) outs(%67 : tensor<2x17x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_58 = tensor.collapse_shape %transposed_57 [[0, 1], [2, 3]] : tensor<2x17x4x16xf32> into tensor<34x64xf32>
    %transposed_59 = linalg.transpose ins(%arg26 : tensor<64x64xf32>) outs(%36 : tensor<64x64xf32>) permutation = [1, 0] 
    %129 = linalg.matmul ins(%collapsed_58, %transposed_59 : tensor<34x64xf32>, tensor<64x64xf32>) outs(%38 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %130 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%129, %arg27 : tensor<34x64xf32>, tensor<64xf32>) outs(%37 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x64xf32>
    %expanded_60 = tensor.expand_shape %130 [[0, 1], [2]] output_shape [2, 17, 64] : tensor<34x64xf32> into tensor<2x17x64xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_60, %97 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x17x64xf32>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %170 = arith.extf %in : f32 to f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %133 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%132 : tensor<2x17x64xf64>) outs(%18 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.addf %in, %out : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %134 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<2x17x1xf64>) outs(%17 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.divf %in, %cst_7 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %135 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %134 : tensor<2x17x64xf64>, tensor<2x17x1xf64>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %170 = arith.subf %in, %in_67 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %136 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %135 : tensor<2x17x64xf64>, tensor<2x17x64xf64>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %170 = arith.mulf %in, %in_67 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %137 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%136 : tensor<2x17x64xf64>) outs(%18 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.addf %in, %out : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x17x1xf64>) outs(%17 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.divf %in, %cst_7 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x17x1xf64>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %170 = arith.truncf %in : f64 to f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%131 : tensor<2x17x64xf32>) outs(%27 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_8 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.truncf %cst_6 : f64 to f32
      %171 = arith.addf %in, %170 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.rsqrt %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %141 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.subf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %143 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.mulf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %arg30 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.mulf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %arg31 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %collapsed_61 = tensor.collapse_shape %147 [[0, 1], [2]] : tensor<2x17x64xf32> into tensor<34x64xf32>
    %transposed_62 = linalg.transpose ins(%arg32 : tensor<128x64xf32>) outs(%87 : tensor<64x128xf32>) permutation = [1, 0] 
    %148 = linalg.matmul ins(%collapsed_61, %transposed_62 : tensor<34x64xf32>, tensor<64x128xf32>) outs(%89 : tensor<34x128xf32>) -> tensor<34x128xf32>
    %149 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%148, %arg33 : tensor<34x128xf32>, tensor<128xf32>) outs(%88 : tensor<34x128xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x128xf32>
    %expanded_63 = tensor.expand_shape %149 [[0, 1], [2]] output_shape [2, 17, 128] : tensor<34x128xf32> into tensor<2x17x128xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_63 : tensor<2x17x128xf32>) outs(%92 : tensor<2x17x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_10 : f32
      %171 = math.erf %170 : f32
      %172 = arith.addf %171, %cst_2 : f32
      %173 = arith.mulf %172, %cst_3 : f32
      %174 = arith.mulf %in, %173 : f32
      linalg.yield %174 : f32
    } -> tensor<2x17x128xf32>
    %collapsed_64 = tensor.collapse_shape %150 [[0, 1], [2]] : tensor<2x17x128xf32> into tensor<34x128xf32>
    %transposed_65 = linalg.transpose ins(%arg34 : tensor<64x128xf32>) outs(%94 : tensor<128x64xf32>) permutation = [1, 0] 
    %151 = linalg.matmul ins(%collapsed_64, %transposed_65 : tensor<34x128xf32>, tensor<128x64xf32>) outs(%38 : tensor<34x64xf32>) -> tensor<34x64xf32>
    %152 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel"]} ins(%151, %arg35 : tensor<34x64xf32>, tensor<64xf32>) outs(%37 : tensor<34x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<34x64xf32>
    %expanded_66 = tensor.expand_shape %152 [[0, 1], [2]] output_shape [2, 17, 64] : tensor<34x64xf32> into tensor<2x17x64xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_66, %131 : tensor<2x17x64xf32>, tensor<2x17x64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x17x64xf32>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %170 = arith.extf %in : f32 to f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %155 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%154 : tensor<2x17x64xf64>) outs(%18 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.addf %in, %out : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x17x1xf64>) outs(%17 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.divf %in, %cst_7 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %157 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %156 : tensor<2x17x64xf64>, tensor<2x17x1xf64>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %170 = arith.subf %in, %in_67 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %158 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %157 : tensor<2x17x64xf64>, tensor<2x17x64xf64>) outs(%15 : tensor<2x17x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %170 = arith.mulf %in, %in_67 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x64xf64>
    %159 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%158 : tensor<2x17x64xf64>) outs(%18 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.addf %in, %out : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<2x17x1xf64>) outs(%17 : tensor<2x17x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %170 = arith.divf %in, %cst_7 : f64
      linalg.yield %170 : f64
    } -> tensor<2x17x1xf64>
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<2x17x1xf64>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %170 = arith.truncf %in : f64 to f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "reduction"]} ins(%153 : tensor<2x17x64xf32>) outs(%27 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_8 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.truncf %cst_6 : f64 to f32
      %171 = arith.addf %in, %170 : f32
      linalg.yield %171 : f32
    } -> tensor<2x17x1xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<2x17x1xf32>) outs(%25 : tensor<2x17x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.rsqrt %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x1xf32>
    %166 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %163 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.subf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %165 : tensor<2x17x64xf32>, tensor<2x17x1xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.mulf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %arg36 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.mulf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %arg37 : tensor<2x17x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x17x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %170 = arith.addf %in, %in_67 : f32
      linalg.yield %170 : f32
    } -> tensor<2x17x64xf32>
    return %169 : tensor<2x17x64xf32>
  }
}
