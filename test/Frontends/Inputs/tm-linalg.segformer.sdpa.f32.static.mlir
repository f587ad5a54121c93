// FRONTEND: {"args": [{"role": "weight", "shape": [32, 3, 7, 7]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32, 32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32, 32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32, 32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32, 32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32, 32, 2, 2]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 1, 3, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32]}, {"role": "weight", "shape": [32]}, {"role": "float", "shape": [2, 3, 32, 32]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "segformer", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1) -> (d1)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map8 = affine_map<(d0, d1, d2) -> (d1, d2)>
module {
  func.func @forward(%arg0: tensor<32x3x7x7xf32>, %arg1: tensor<32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<32xf32>, %arg8: tensor<32x32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<32x32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<32x32xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32x32x2x2xf32>, %arg15: tensor<32xf32>, %arg16: tensor<32xf32>, %arg17: tensor<32xf32>, %arg18: tensor<32xf32>, %arg19: tensor<32xf32>, %arg20: tensor<64x32xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x1x3x3xf32>, %arg23: tensor<64xf32>, %arg24: tensor<32x64xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32xf32>, %arg27: tensor<32xf32>, %arg28: tensor<2x3x32x32xf32>) -> tensor<2x32x8x8xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0.000000e+00 : f64
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x2x64x16xf32>
    %cst_5 = arith.constant 0xFFF0000000000000 : f64
    %cst_6 = arith.constant 1.000000e-05 : f64
    %cst_7 = arith.constant 3.200000e+01 : f64
    %cst_8 = arith.constant 3.200000e+01 : f32
    %cst_9 = arith.constant 1.41421354 : f32
    %padded = tensor.pad %arg28 low[0, 0, 3, 3] high[0, 0, 3, 3] {
    ^bb0(%arg29: index, %arg30: index, %arg31: index, %arg32: index):
      tensor.yield %cst : f32
    } : tensor<2x3x32x32xf32> to tensor<2x3x38x38xf32>
    %0 = tensor.empty() : tensor<2x32x8x8xf32>
    %broadcasted = linalg.broadcast ins(%arg1 : tensor<32xf32>) outs(%0 : tensor<2x32x8x8xf32>) dimensions = [0, 2, 3] 
    %1 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<4> : vector<2xi64>} ins(%padded, %arg0 : tensor<2x3x38x38xf32>, tensor<32x3x7x7xf32>) outs(%broadcasted : tensor<2x32x8x8xf32>) -> tensor<2x32x8x8xf32>
    %collapsed = tensor.collapse_shape %1 [[0], [1], [2, 3]] : tensor<2x32x8x8xf32> into tensor<2x32x64xf32>
    %2 = tensor.empty() : tensor<2x64x32xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<2x32x64xf32>) outs(%2 : tensor<2x64x32xf32>) permutation = [0, 2, 1] 
    %3 = tensor.empty() : tensor<2x64x32xf64>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<2x64x32xf32>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %152 = arith.extf %in : f32 to f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %5 = tensor.empty() : tensor<2x64x1xf64>
    %6 = linalg.fill ins(%cst_0 : f64) outs(%5 : tensor<2x64x1xf64>) -> tensor<2x64x1xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%4 : tensor<2x64x32xf64>) outs(%6 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.addf %in, %out : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<2x64x1xf64>) outs(%5 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.divf %in, %cst_7 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %9 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %8 : tensor<2x64x32xf64>, tensor<2x64x1xf64>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f64, %in_50: f64, %out: f64):
      %152 = arith.subf %in, %in_50 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %10 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %9 : tensor<2x64x32xf64>, tensor<2x64x32xf64>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f64, %in_50: f64, %out: f64):
      %152 = arith.mulf %in, %in_50 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %11 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x64x32xf64>) outs(%6 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.addf %in, %out : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x64x1xf64>) outs(%5 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.divf %in, %cst_7 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %13 = tensor.empty() : tensor<2x64x1xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<2x64x1xf64>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %152 = arith.truncf %in : f64 to f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %15 = linalg.fill ins(%cst : f32) outs(%13 : tensor<2x64x1xf32>) -> tensor<2x64x1xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%transposed : tensor<2x64x32xf32>) outs(%15 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_8 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.truncf %cst_6 : f64 to f32
      %153 = arith.addf %in, %152 : f32
      linalg.yield %153 : f32
    } -> tensor<2x64x1xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.rsqrt %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed, %17 : tensor<2x64x32xf32>, tensor<2x64x1xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.subf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %19 : tensor<2x64x32xf32>, tensor<2x64x1xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.mulf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %arg2 : tensor<2x64x32xf32>, tensor<32xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.mulf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %arg3 : tensor<2x64x32xf32>, tensor<32xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x64x32xf32>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %152 = arith.extf %in : f32 to f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %25 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<2x64x32xf64>) outs(%6 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.addf %in, %out : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x64x1xf64>) outs(%5 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.divf %in, %cst_7 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %27 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %26 : tensor<2x64x32xf64>, tensor<2x64x1xf64>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f64, %in_50: f64, %out: f64):
      %152 = arith.subf %in, %in_50 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %28 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %27 : tensor<2x64x32xf64>, tensor<2x64x32xf64>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f64, %in_50: f64, %out: f64):
      %152 = arith.mulf %in, %in_50 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %29 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%28 : tensor<2x64x32xf64>) outs(%6 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.addf %in, %out : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %30 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x64x1xf64>) outs(%5 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.divf %in, %cst_7 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %31 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x64x1xf64>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %152 = arith.truncf %in : f64 to f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%23 : tensor<2x64x32xf32>) outs(%15 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_8 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %34 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.truncf %cst_6 : f64 to f32
      %153 = arith.addf %in, %152 : f32
      linalg.yield %153 : f32
    } -> tensor<2x64x1xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.rsqrt %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %36 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %33 : tensor<2x64x32xf32>, tensor<2x64x1xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.subf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %37 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %35 : tensor<2x64x32xf32>, tensor<2x64x1xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.mulf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %38 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %arg4 : tensor<2x64x32xf32>, tensor<32xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.mulf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %39 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %arg5 : tensor<2x64x32xf32>, tensor<32xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %collapsed_10 = tensor.collapse_shape %39 [[0, 1], [2]] : tensor<2x64x32xf32> into tensor<128x32xf32>
    %40 = tensor.empty() : tensor<32x32xf32>
    %transposed_11 = linalg.transpose ins(%arg6 : tensor<32x32xf32>) outs(%40 : tensor<32x32xf32>) permutation = [1, 0] 
    %41 = tensor.empty() : tensor<128x32xf32>
    %42 = linalg.fill ins(%cst : f32) outs(%41 : tensor<128x32xf32>) -> tensor<128x32xf32>
    %43 = linalg.matmul ins(%collapsed_10, %transposed_11 : tensor<128x32xf32>, tensor<32x32xf32>) outs(%42 : tensor<128x32xf32>) -> tensor<128x32xf32>
    %44 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%43, %arg7 : tensor<128x32xf32>, tensor<32xf32>) outs(%41 : tensor<128x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<128x32xf32>
    %expanded = tensor.expand_shape %44 [[0, 1], [2, 3]] output_shape [2, 64, 2, 16] : tensor<128x32xf32> into tensor<2x64x2x16xf32>
    %45 = tensor.empty() : tensor<2x2x64x16xf32>
    %transposed_12 = linalg.transpose ins(%expanded : tensor<2x64x2x16xf32>) outs(%45 : tensor<2x2x64x16xf32>) permutation = [0, 2, 1, 3] 
    %46 = tensor.empty() : tensor<2x32x64xf32>
    %transposed_13 = linalg.transpose ins(%39 : tensor<2x64x32xf32>) outs(%46 : tensor<2x32x64xf32>) permutation = [0, 2, 1] 
    %expanded_14 = tensor.expand_shape %transposed_13 [[0], [1], [2, 3]] output_shape [2, 32, 8, 8] : tensor<2x32x64xf32> into tensor<2x32x8x8xf32>
    %47 = tensor.empty() : tensor<2x32x4x4xf32>
    %broadcasted_15 = linalg.broadcast ins(%arg15 : tensor<32xf32>) outs(%47 : tensor<2x32x4x4xf32>) dimensions = [0, 2, 3] 
    %48 = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%expanded_14, %arg14 : tensor<2x32x8x8xf32>, tensor<32x32x2x2xf32>) outs(%broadcasted_15 : tensor<2x32x4x4xf32>) -> tensor<2x32x4x4xf32>
    %collapsed_16 = tensor.collapse_shape %48 [[0], [1], [2, 3]] : tensor<2x32x4x4xf32> into tensor<2x32x16xf32>
    %49 = tensor.empty() : tensor<2x16x32xf32>
    %transposed_17 = linalg.transpose ins(%collapsed_16 : tensor<2x32x16xf32>) outs(%49 : tensor<2x16x32xf32>) permutation = [0, 2, 1] 
    %50 = tensor.empty() : tensor<2x16x32xf64>
    %51 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_17 : tensor<2x16x32xf32>) outs(%50 : tensor<2x16x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %152 = arith.extf %in : f32 to f64
      linalg.yield %152 : f64
    } -> tensor<2x16x32xf64>
    %52 = tensor.empty() : tensor<2x16x1xf64>
    %53 = linalg.fill ins(%cst_0 : f64) outs(%52 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %54 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%51 : tensor<2x16x32xf64>) outs(%53 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.addf %in, %out : f64
      linalg.yield %152 : f64
    } -> tensor<2x16x1xf64>
    %55 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54 : tensor<2x16x1xf64>) outs(%52 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.divf %in, %cst_7 : f64
      linalg.yield %152 : f64
    } -> tensor<2x16x1xf64>
    %56 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51, %55 : tensor<2x16x32xf64>, tensor<2x16x1xf64>) outs(%50 : tensor<2x16x32xf64>) {
    ^bb0(%in: f64, %in_50: f64, %out: f64):
      %152 = arith.subf %in, %in_50 : f64
      linalg.yield %152 : f64
    } -> tensor<2x16x32xf64>
    %57 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56, %56 : tensor<2x16x32xf64>, tensor<2x16x32xf64>) outs(%50 : tensor<2x16x32xf64>) {
    ^bb0(%in: f64, %in_50: f64, %out: f64):
      %152 = arith.mulf %in, %in_50 : f64
      linalg.yield %152 : f64
    } -> tensor<2x16x32xf64>
    %58 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%57 : tensor<2x16x32xf64>) outs(%53 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.addf %in, %out : f64
      linalg.yield %152 : f64
    } -> tensor<2x16x1xf64>
    %59 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58 : tensor<2x16x1xf64>) outs(%52 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.divf %in, %cst_7 : f64
      linalg.yield %152 : f64
    } -> tensor<2x16x1xf64>
    %60 = tensor.empty() : tensor<2x16x1xf32>
    %61 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59 : tensor<2x16x1xf64>) outs(%60 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %152 = arith.truncf %in : f64 to f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %62 = linalg.fill ins(%cst : f32) outs(%60 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %63 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%transposed_17 : tensor<2x16x32xf32>) outs(%62 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %64 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63 : tensor<2x16x1xf32>) outs(%60 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_8 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61 : tensor<2x16x1xf32>) outs(%60 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.truncf %cst_6 : f64 to f32
      %153 = arith.addf %in, %152 : f32
      linalg.yield %153 : f32
    } -> tensor<2x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65 : tensor<2x16x1xf32>) outs(%60 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.rsqrt %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_17, %64 : tensor<2x16x32xf32>, tensor<2x16x1xf32>) outs(%49 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.subf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x32xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %66 : tensor<2x16x32xf32>, tensor<2x16x1xf32>) outs(%49 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.mulf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x32xf32>
    %69 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %arg16 : tensor<2x16x32xf32>, tensor<32xf32>) outs(%49 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.mulf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x32xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %arg17 : tensor<2x16x32xf32>, tensor<32xf32>) outs(%49 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x32xf32>
    %collapsed_18 = tensor.collapse_shape %70 [[0, 1], [2]] : tensor<2x16x32xf32> into tensor<32x32xf32>
    %transposed_19 = linalg.transpose ins(%arg8 : tensor<32x32xf32>) outs(%40 : tensor<32x32xf32>) permutation = [1, 0] 
    %71 = linalg.fill ins(%cst : f32) outs(%40 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %72 = linalg.matmul ins(%collapsed_18, %transposed_19 : tensor<32x32xf32>, tensor<32x32xf32>) outs(%71 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %73 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%72, %arg9 : tensor<32x32xf32>, tensor<32xf32>) outs(%40 : tensor<32x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<32x32xf32>
    %expanded_20 = tensor.expand_shape %73 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %transposed_21 = linalg.transpose ins(%arg10 : tensor<32x32xf32>) outs(%40 : tensor<32x32xf32>) permutation = [1, 0] 
    %74 = linalg.matmul ins(%collapsed_18, %transposed_21 : tensor<32x32xf32>, tensor<32x32xf32>) outs(%71 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %75 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%74, %arg11 : tensor<32x32xf32>, tensor<32xf32>) outs(%40 : tensor<32x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<32x32xf32>
    %expanded_22 = tensor.expand_shape %75 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %76 = tensor.empty() : tensor<2x2x16x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x2x16xf32>) outs(%76 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %77 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_12 : tensor<2x2x64x16xf32>) outs(%45 : tensor<2x2x64x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.mulf %in, %cst_3 : f32
      linalg.yield %152 : f32
    } -> tensor<2x2x64x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_20 : tensor<2x16x2x16xf32>) outs(%76 : tensor<2x2x16x16xf32>) permutation = [0, 2, 3, 1] 
    %78 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<2x2x16x16xf32>) outs(%76 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.mulf %in, %cst_3 : f32
      linalg.yield %152 : f32
    } -> tensor<2x2x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %77 [[0, 1], [2], [3]] : tensor<2x2x64x16xf32> into tensor<4x64x16xf32>
    %collapsed_26 = tensor.collapse_shape %78 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %79 = tensor.empty() : tensor<4x64x16xf32>
    %80 = linalg.fill ins(%cst : f32) outs(%79 : tensor<4x64x16xf32>) -> tensor<4x64x16xf32>
    %81 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<4x64x16xf32>, tensor<4x16x16xf32>) outs(%80 : tensor<4x64x16xf32>) -> tensor<4x64x16xf32>
    %expanded_27 = tensor.expand_shape %81 [[0, 1], [2], [3]] output_shape [2, 2, 64, 16] : tensor<4x64x16xf32> into tensor<2x2x64x16xf32>
    %82 = tensor.empty() : tensor<2x2x64xi64>
    %83 = linalg.fill ins(%c0_i64 : i64) outs(%82 : tensor<2x2x64xi64>) -> tensor<2x2x64xi64>
    %84 = tensor.empty() : tensor<2x2x64xf32>
    %85 = linalg.fill ins(%cst_1 : f32) outs(%84 : tensor<2x2x64xf32>) -> tensor<2x2x64xf32>
    %86:2 = linalg.generic {indexing_maps = [#map5, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_27 : tensor<2x2x64x16xf32>) outs(%85, %83 : tensor<2x2x64xf32>, tensor<2x2x64xi64>) {
    ^bb0(%in: f32, %out: f32, %out_50: i64):
      %152 = linalg.index 3 : index
      %153 = arith.index_cast %152 : index to i64
      %154 = arith.maximumf %in, %out : f32
      %155 = arith.cmpf ogt, %in, %out : f32
      %156 = arith.select %155, %153, %out_50 : i64
      linalg.yield %154, %156 : f32, i64
    } -> (tensor<2x2x64xf32>, tensor<2x2x64xi64>)
    %expanded_28 = tensor.expand_shape %86#0 [[0], [1], [2, 3]] output_shape [2, 2, 64, 1] : tensor<2x2x64xf32> into tensor<2x2x64x1xf32>
    %87 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27, %expanded_28 : tensor<2x2x64x16xf32>, tensor<2x2x64x1xf32>) outs(%45 : tensor<2x2x64x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.subf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x2x64x16xf32>
    %88 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%87 : tensor<2x2x64x16xf32>) outs(%45 : tensor<2x2x64x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.exp %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x2x64x16xf32>
    %89 = tensor.empty() : tensor<2x2x64x1xf32>
    %90 = linalg.fill ins(%cst : f32) outs(%89 : tensor<2x2x64x1xf32>) -> tensor<2x2x64x1xf32>
    %91 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%88 : tensor<2x2x64x16xf32>) outs(%90 : tensor<2x2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x2x64x1xf32>
    %92 = linalg.generic {indexing_maps = [#map5, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%88, %91 : tensor<2x2x64x16xf32>, tensor<2x2x64x1xf32>) outs(%45 : tensor<2x2x64x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.divf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x2x64x16xf32>
    %93 = tensor.empty() : tensor<2x2x64x16xi1>
    %94 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x2x64x16xf32>) outs(%93 : tensor<2x2x64x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %152 = arith.extf %in : f32 to f64
      %153 = arith.cmpf oeq, %152, %cst_5 : f64
      linalg.yield %153 : i1
    } -> tensor<2x2x64x16xi1>
    %95 = tensor.empty() : tensor<2x2x64x1xi1>
    %96 = linalg.fill ins(%true : i1) outs(%95 : tensor<2x2x64x1xi1>) -> tensor<2x2x64x1xi1>
    %97 = linalg.generic {indexing_maps = [#map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%94 : tensor<2x2x64x16xi1>) outs(%96 : tensor<2x2x64x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %152 = arith.andi %in, %out : i1
      linalg.yield %152 : i1
    } -> tensor<2x2x64x1xi1>
    %98 = linalg.generic {indexing_maps = [#map7, #map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%97, %cst_4, %92 : tensor<2x2x64x1xi1>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>) outs(%45 : tensor<2x2x64x16xf32>) {
    ^bb0(%in: i1, %in_50: f32, %in_51: f32, %out: f32):
      %152 = arith.select %in, %in_50, %in_51 : f32
      linalg.yield %152 : f32
    } -> tensor<2x2x64x16xf32>
    %collapsed_29 = tensor.collapse_shape %98 [[0, 1], [2], [3]] : tensor<2x2x64x16xf32> into tensor<4x64x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %99 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<4x64x16xf32>, tensor<4x16x16xf32>) outs(%80 : tensor<4x64x16xf32>) -> tensor<4x64x16xf32>
    %expanded_31 = tensor.expand_shape %99 [[0, 1], [2], [3]] output_shape [2, 2, 64, 16] : tensor<4x64x16xf32> into tensor<2x2x64x16xf32>
    %100 = tensor.empty() : tensor<2x64x2x16xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<2x2x64x16xf32>) outs(%100 : tensor<2x64x2x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0], [1], [2, 3]] : tensor<2x64x2x16xf32> into tensor<2x64x32xf32>
    %transposed_34 = linalg.transpose ins(%arg12 : tensor<32x32xf32>) outs(%40 : tensor<32x32xf32>) permutation = [1, 0] 
    %101 = tensor.empty() : tensor<2x32x32xf32>
    %102 = linalg.generic {indexing_maps = [#map8, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_34 : tensor<32x32xf32>) outs(%101 : tensor<2x32x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x32x32xf32>
    %103 = linalg.fill ins(%cst : f32) outs(%2 : tensor<2x64x32xf32>) -> tensor<2x64x32xf32>
    %104 = linalg.batch_matmul ins(%collapsed_33, %102 : tensor<2x64x32xf32>, tensor<2x32x32xf32>) outs(%103 : tensor<2x64x32xf32>) -> tensor<2x64x32xf32>
    %105 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %arg13 : tensor<2x64x32xf32>, tensor<32xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %23 : tensor<2x64x32xf32>, tensor<2x64x32xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %107 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x64x32xf32>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %152 = arith.extf %in : f32 to f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %108 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%107 : tensor<2x64x32xf64>) outs(%6 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.addf %in, %out : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %109 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x64x1xf64>) outs(%5 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.divf %in, %cst_7 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %110 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %109 : tensor<2x64x32xf64>, tensor<2x64x1xf64>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f64, %in_50: f64, %out: f64):
      %152 = arith.subf %in, %in_50 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %111 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %110 : tensor<2x64x32xf64>, tensor<2x64x32xf64>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f64, %in_50: f64, %out: f64):
      %152 = arith.mulf %in, %in_50 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %112 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<2x64x32xf64>) outs(%6 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.addf %in, %out : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %113 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x64x1xf64>) outs(%5 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.divf %in, %cst_7 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %114 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x64x1xf64>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %152 = arith.truncf %in : f64 to f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %115 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x64x32xf32>) outs(%15 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %116 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_8 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %117 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.truncf %cst_6 : f64 to f32
      %153 = arith.addf %in, %152 : f32
      linalg.yield %153 : f32
    } -> tensor<2x64x1xf32>
    %118 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.rsqrt %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %119 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %116 : tensor<2x64x32xf32>, tensor<2x64x1xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.subf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %120 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %118 : tensor<2x64x32xf32>, tensor<2x64x1xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.mulf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %121 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg18 : tensor<2x64x32xf32>, tensor<32xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.mulf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %122 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %arg19 : tensor<2x64x32xf32>, tensor<32xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %collapsed_35 = tensor.collapse_shape %122 [[0, 1], [2]] : tensor<2x64x32xf32> into tensor<128x32xf32>
    %123 = tensor.empty() : tensor<32x64xf32>
    %transposed_36 = linalg.transpose ins(%arg20 : tensor<64x32xf32>) outs(%123 : tensor<32x64xf32>) permutation = [1, 0] 
    %124 = tensor.empty() : tensor<128x64xf32>
    %125 = linalg.fill ins(%cst : f32) outs(%124 : tensor<128x64xf32>) -> tensor<128x64xf32>
    %126 = linalg.matmul ins(%collapsed_35, %transposed_36 : tensor<128x32xf32>, tensor<32x64xf32>) outs(%125 : tensor<128x64xf32>) -> tensor<128x64xf32>
    %127 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%126, %arg21 : tensor<128x64xf32>, tensor<64xf32>) outs(%124 : tensor<128x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<128x64xf32>
    %expanded_37 = tensor.expand_shape %127 [[0, 1], [2]] output_shape [2, 64, 64] : tensor<128x64xf32> into tensor<2x64x64xf32>
    %128 = tensor.empty() : tensor<2x64x64xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<2x64x64xf32>) outs(%128 : tensor<2x64x64xf32>) permutation = [0, 2, 1] 
    %expanded_39 = tensor.expand_shape %transposed_38 [[0], [1], [2, 3]] output_shape [2, 64, 8, 8] : tensor<2x64x64xf32> into tensor<2x64x8x8xf32>
    %padded_40 = tensor.pad %expanded_39 low[0, 0, 1, 1] high[0, 0, 1, 1] {
    ^bb0(%arg29: index, %arg30: index, %arg31: index, %arg32: index):
      tensor.yield %cst : f32
    } : tensor<2x64x8x8xf32> to tensor<2x64x10x10xf32>
    %129 = tensor.empty() : tensor<2x64x8x8xf32>
    %broadcasted_41 = linalg.broadcast ins(%arg23 : tensor<64xf32>) outs(%129 : tensor<2x64x8x8xf32>) dimensions = [0, 2, 3] 
    %collapsed_42 = tensor.collapse_shape %arg22 [[0, 1], [2], [3]] : tensor<64x1x3x3xf32> into tensor<64x3x3xf32>
    %130 = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%padded_40, %collapsed_42 : tensor<2x64x10x10xf32>, tensor<64x3x3xf32>) outs(%broadcasted_41 : tensor<2x64x8x8xf32>) -> tensor<2x64x8x8xf32>
    %collapsed_43 = tensor.collapse_shape %130 [[0], [1], [2, 3]] : tensor<2x64x8x8xf32> into tensor<2x64x64xf32>
    %transposed_44 = linalg.transpose ins(%collapsed_43 : tensor<2x64x64xf32>) outs(%128 : tensor<2x64x64xf32>) permutation = [0, 2, 1] 
    %131 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_44 : tensor<2x64x64xf32>) outs(%128 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_9 : f32
      %153 = math.erf %152 : f32
      %154 = arith.addf %153, %cst_2 : f32
      %155 = arith.mulf %154, %cst_3 : f32
      %156 = arith.mulf %in, %155 : f32
      linalg.yield %156 : f32
    } -> tensor<2x64x64xf32>
    %collapsed_45 = tensor.collapse_shape %131 [[0, 1], [2]] : tensor<2x64x64xf32> into tensor<128x64xf32>
    %132 = tensor.empty() : tensor<64x32xf32>
    %transposed_46 = linalg.transpose ins(%arg24 : tensor<32x64xf32>) outs(%132 : tensor<64x32xf32>) permutation = [1, 0] 
    %133 = linalg.matmul ins(%collapsed_45, %transposed_46 : tensor<128x64xf32>, tensor<64x32xf32>) outs(%42 : tensor<128x32xf32>) -> tensor<128x32xf32>
    %134 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel"]} ins(%133, %arg25 : tensor<128x32xf32>, tensor<32xf32>) outs(%41 : tensor<128x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<128x32xf32>
    %expanded_47 = tensor.expand_shape %134 [[0, 1], [2]] output_shape [2, 64, 32] : tensor<128x32xf32> into tensor<2x64x32xf32>
    %135 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47, %106 : tensor<2x64x32xf32>, tensor<2x64x32xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %136 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x64x32xf32>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %152 = arith.extf %in : f32 to f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %137 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%136 : tensor<2x64x32xf64>) outs(%6 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.addf %in, %out : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %138 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x64x1xf64>) outs(%5 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.divf %in, %cst_7 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %139 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %138 : tensor<2x64x32xf64>, tensor<2x64x1xf64>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f64, %in_50: f64, %out: f64):
      %152 = arith.subf %in, %in_50 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %140 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %139 : tensor<2x64x32xf64>, tensor<2x64x32xf64>) outs(%3 : tensor<2x64x32xf64>) {
    ^bb0(%in: f64, %in_50: f64, %out: f64):
      %152 = arith.mulf %in, %in_50 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x32xf64>
    %141 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%140 : tensor<2x64x32xf64>) outs(%6 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.addf %in, %out : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %142 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141 : tensor<2x64x1xf64>) outs(%5 : tensor<2x64x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %152 = arith.divf %in, %cst_7 : f64
      linalg.yield %152 : f64
    } -> tensor<2x64x1xf64>
    %143 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<2x64x1xf64>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %152 = arith.truncf %in : f64 to f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %144 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%135 : tensor<2x64x32xf32>) outs(%15 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %145 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_8 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %146 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.truncf %cst_6 : f64 to f32
      %153 = arith.addf %in, %152 : f32
      linalg.yield %153 : f32
    } -> tensor<2x64x1xf32>
    %147 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x64x1xf32>) outs(%13 : tensor<2x64x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.rsqrt %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x1xf32>
    %148 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %145 : tensor<2x64x32xf32>, tensor<2x64x1xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.subf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %147 : tensor<2x64x32xf32>, tensor<2x64x1xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.mulf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %arg26 : tensor<2x64x32xf32>, tensor<32xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.mulf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %151 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %arg27 : tensor<2x64x32xf32>, tensor<32xf32>) outs(%2 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %152 = arith.addf %in, %in_50 : f32
      linalg.yield %152 : f32
    } -> tensor<2x64x32xf32>
    %expanded_48 = tensor.expand_shape %151 [[0], [1, 2], [3]] output_shape [2, 8, 8, 32] : tensor<2x64x32xf32> into tensor<2x8x8x32xf32>
    %transposed_49 = linalg.transpose ins(%expanded_48 : tensor<2x8x8x32xf32>) outs(%0 : tensor<2x32x8x8xf32>) permutation = [0, 3, 1, 2] 
    return %transposed_49 : tensor<2x32x8x8xf32>
  }
}
