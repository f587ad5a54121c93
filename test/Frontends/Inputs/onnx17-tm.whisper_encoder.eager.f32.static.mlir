// FRONTEND: {"args": [{"role": "float", "shape": [2, 8, 32]}, {"role": "weight", "shape": [64, 8, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64, 3]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "whisper_encoder", "path": "onnx17-tm", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> ()>
#map2 = affine_map<(d0, d1) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map7 = affine_map<(d0, d1, d2) -> (d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> ()>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<2x8x32xf32>, %arg1: tensor<64x8x3xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64x3xf32>, %arg4: tensor<16x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<128x64xf32>, %arg11: tensor<128xf32>, %arg12: tensor<64x128xf32>, %arg13: tensor<64x64xf32>, %arg14: tensor<64x64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<128x64xf32>, %arg18: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_2 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_3 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_5 = arith.constant 6.400000e+01 : f32
    %cst_6 = arith.constant 9.99999974E-6 : f32
    %cst_7 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %padded = tensor.pad %arg0 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg19: index, %arg20: index, %arg21: index):
      tensor.yield %cst : f32
    } : tensor<2x8x32xf32> to tensor<2x8x34xf32>
    %0 = tensor.empty() : tensor<2x64x32xf32>
    %broadcasted = linalg.broadcast ins(%arg2 : tensor<64xf32>) outs(%0 : tensor<2x64x32xf32>) dimensions = [0, 2] 
    %1 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<1> : vector<1xi64>} ins(%padded, %arg1 : tensor<2x8x34xf32>, tensor<64x8x3xf32>) outs(%broadcasted : tensor<2x64x32xf32>) -> tensor<2x64x32xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %cst_4 : tensor<2x64x32xf32>, tensor<f32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.divf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x64x32xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<2x64x32xf32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.erf %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x64x32xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3, %cst_3 : tensor<2x64x32xf32>, tensor<f32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x64x32xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %4 : tensor<2x64x32xf32>, tensor<2x64x32xf32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x64x32xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %cst_2 : tensor<2x64x32xf32>, tensor<f32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x64x32xf32>
    %padded_8 = tensor.pad %6 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg19: index, %arg20: index, %arg21: index):
      tensor.yield %cst : f32
    } : tensor<2x64x32xf32> to tensor<2x64x34xf32>
    %7 = tensor.empty() : tensor<2x64x16xf32>
    %broadcasted_9 = linalg.broadcast ins(%arg2 : tensor<64xf32>) outs(%7 : tensor<2x64x16xf32>) dimensions = [0, 2] 
    %8 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<2> : vector<1xi64>} ins(%padded_8, %arg3 : tensor<2x64x34xf32>, tensor<64x64x3xf32>) outs(%broadcasted_9 : tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %cst_4 : tensor<2x64x16xf32>, tensor<f32>) outs(%7 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.divf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x64x16xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<2x64x16xf32>) outs(%7 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.erf %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x64x16xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %cst_3 : tensor<2x64x16xf32>, tensor<f32>) outs(%7 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x64x16xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %11 : tensor<2x64x16xf32>, tensor<2x64x16xf32>) outs(%7 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x64x16xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %cst_2 : tensor<2x64x16xf32>, tensor<f32>) outs(%7 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x64x16xf32>
    %14 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%13 : tensor<2x64x16xf32>) outs(%14 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %15 = tensor.empty() : tensor<16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel"]} ins(%cst_7 : tensor<16xi64>) outs(%15 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %170 = arith.index_cast %in : i64 to index
      %171 = linalg.index 1 : index
      %extracted = tensor.extract %arg4[%170, %171] : tensor<16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed, %16 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.fill ins(%cst : f32) outs(%18 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_5 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %21 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %22 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %22 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.subf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_5 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %cst_6 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.rsqrt %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_10 = tensor.collapse_shape %28 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %29 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_10 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %29 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %33 = tensor.empty() : tensor<64x64xf32>
    %transposed_11 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %34 = tensor.empty() : tensor<2x64x64xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_11 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %36 = linalg.fill ins(%cst : f32) outs(%14 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %37 = linalg.batch_matmul ins(%32, %35 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %37 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %cst_1 : tensor<2x16x64xf32>, tensor<f32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %expanded = tensor.expand_shape %39 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %40 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_12 = linalg.transpose ins(%expanded : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_13 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %41 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_13 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %42 = linalg.batch_matmul ins(%32, %41 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_14 = tensor.expand_shape %42 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_15 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %43 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_15 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %44 = linalg.batch_matmul ins(%32, %43 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %45 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %44 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %expanded_16 = tensor.expand_shape %45 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_18 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_19 = tensor.collapse_shape %transposed_12 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_20 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %46 = tensor.empty() : tensor<8x16x16xf32>
    %47 = linalg.fill ins(%cst : f32) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %48 = linalg.batch_matmul ins(%collapsed_19, %collapsed_20 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_21 = tensor.expand_shape %48 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_21, %cst_3 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x16x16xf32>
    %50 = tensor.empty() : tensor<2x4x16xi64>
    %51 = linalg.fill ins(%c0_i64 : i64) outs(%50 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %52 = tensor.empty() : tensor<2x4x16xf32>
    %53 = linalg.fill ins(%cst_0 : f32) outs(%52 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %54:2 = linalg.generic {indexing_maps = [#map8, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%49 : tensor<2x4x16x16xf32>) outs(%53, %51 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_60: i64):
      %170 = linalg.index 3 : index
      %171 = arith.index_cast %170 : index to i64
      %172 = arith.maximumf %in, %out : f32
      %173 = arith.cmpf ogt, %in, %out : f32
      %174 = arith.select %173, %171, %out_60 : i64
      linalg.yield %172, %174 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_22 = tensor.expand_shape %54#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %55 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %expanded_22 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.subf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.exp %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x4x16x1xf32>
    %58 = linalg.fill ins(%cst : f32) outs(%57 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %59 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%56 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x16x1xf32>
    %60 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %59 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.divf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %60 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %transposed_17 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %61 = linalg.batch_matmul ins(%collapsed_23, %collapsed_24 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_25 = tensor.expand_shape %61 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %62 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_26 = linalg.transpose ins(%expanded_25 : tensor<2x4x16x16xf32>) outs(%62 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_27 = tensor.collapse_shape %transposed_26 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_28 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %63 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_28 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %64 = linalg.batch_matmul ins(%collapsed_27, %63 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %65 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %64 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %66 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %65 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%66 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_5 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_29 = tensor.collapse_shape %68 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_29 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66, %69 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.subf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %71 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70, %70 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%71 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_5 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %cst_6 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.rsqrt %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_30 = tensor.collapse_shape %75 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %76 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_30 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70, %76 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %80 = tensor.empty() : tensor<64x128xf32>
    %transposed_31 = linalg.transpose ins(%arg10 : tensor<128x64xf32>) outs(%80 : tensor<64x128xf32>) permutation = [1, 0] 
    %81 = tensor.empty() : tensor<2x64x128xf32>
    %82 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<64x128xf32>) outs(%81 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %83 = tensor.empty() : tensor<2x16x128xf32>
    %84 = linalg.fill ins(%cst : f32) outs(%83 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %85 = linalg.batch_matmul ins(%79, %82 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%84 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %86 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %85 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.divf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %88 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x128xf32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.erf %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %cst_3 : tensor<2x16x128xf32>, tensor<f32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %90 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %89 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %cst_2 : tensor<2x16x128xf32>, tensor<f32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %92 = tensor.empty() : tensor<128x64xf32>
    %transposed_32 = linalg.transpose ins(%arg12 : tensor<64x128xf32>) outs(%92 : tensor<128x64xf32>) permutation = [1, 0] 
    %93 = tensor.empty() : tensor<2x128x64xf32>
    %94 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<128x64xf32>) outs(%93 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %95 = linalg.batch_matmul ins(%91, %94 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %95 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66, %96 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%97 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_5 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_33 = tensor.collapse_shape %99 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %100 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %100 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.subf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %101 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%102 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_5 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %cst_6 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.rsqrt %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_34 = tensor.collapse_shape %106 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %107 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %107 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %transposed_35 = linalg.transpose ins(%arg15 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %111 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_35 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %112 = linalg.batch_matmul ins(%110, %111 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %112 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %cst_1 : tensor<2x16x64xf32>, tensor<f32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %expanded_36 = tensor.expand_shape %114 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_37 = linalg.transpose ins(%expanded_36 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_38 = linalg.transpose ins(%arg13 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %115 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_38 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %116 = linalg.batch_matmul ins(%110, %115 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_39 = tensor.expand_shape %116 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_40 = linalg.transpose ins(%arg14 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %117 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %118 = linalg.batch_matmul ins(%110, %117 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %118 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %expanded_41 = tensor.expand_shape %119 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_42 = linalg.transpose ins(%expanded_41 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_43 = linalg.transpose ins(%expanded_39 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_44 = tensor.collapse_shape %transposed_37 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_45 = tensor.collapse_shape %transposed_43 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %120 = linalg.batch_matmul ins(%collapsed_44, %collapsed_45 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_46 = tensor.expand_shape %120 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %121 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_46, %cst_3 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x16x16xf32>
    %122:2 = linalg.generic {indexing_maps = [#map8, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%121 : tensor<2x4x16x16xf32>) outs(%53, %51 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_60: i64):
      %170 = linalg.index 3 : index
      %171 = arith.index_cast %170 : index to i64
      %172 = arith.maximumf %in, %out : f32
      %173 = arith.cmpf ogt, %in, %out : f32
      %174 = arith.select %173, %171, %out_60 : i64
      linalg.yield %172, %174 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_47 = tensor.expand_shape %122#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%121, %expanded_47 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.subf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x16x16xf32>
    %124 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.exp %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x16x16xf32>
    %125 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%124 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124, %125 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.divf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_48 = tensor.collapse_shape %126 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_49 = tensor.collapse_shape %transposed_42 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %127 = linalg.batch_matmul ins(%collapsed_48, %collapsed_49 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_50 = tensor.expand_shape %127 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_51 = linalg.transpose ins(%expanded_50 : tensor<2x4x16x16xf32>) outs(%62 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_52 = tensor.collapse_shape %transposed_51 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_53 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %128 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_53 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %129 = linalg.batch_matmul ins(%collapsed_52, %128 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %129 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %131 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %130 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%131 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %133 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_5 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_54 = tensor.collapse_shape %133 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %134 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_54 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %134 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.subf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %136 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %135 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %137 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%136 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_5 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %139 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %cst_6 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %140 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.rsqrt %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_55 = tensor.collapse_shape %140 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %141 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_55 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %142 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %141 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %143 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %144 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %transposed_56 = linalg.transpose ins(%arg17 : tensor<128x64xf32>) outs(%80 : tensor<64x128xf32>) permutation = [1, 0] 
    %145 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_56 : tensor<64x128xf32>) outs(%81 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %146 = linalg.batch_matmul ins(%144, %145 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%84 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %147 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %146 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %148 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.divf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x16x128xf32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.erf %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %cst_3 : tensor<2x16x128xf32>, tensor<f32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %151 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %150 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %152 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %cst_2 : tensor<2x16x128xf32>, tensor<f32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x128xf32>
    %transposed_57 = linalg.transpose ins(%arg18 : tensor<64x128xf32>) outs(%92 : tensor<128x64xf32>) permutation = [1, 0] 
    %153 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_57 : tensor<128x64xf32>) outs(%93 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %154 = linalg.batch_matmul ins(%152, %153 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %154 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %155 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%156 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %158 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_5 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_58 = tensor.collapse_shape %158 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %159 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_58 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156, %159 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.subf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %160 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%161 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %out : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %163 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.divf %in, %cst_5 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %164 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = arith.addf %in, %cst_6 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %165 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %170 = math.rsqrt %in : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_59 = tensor.collapse_shape %165 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %166 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_59 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %167 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %166 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %168 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.mulf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    %169 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %170 = arith.addf %in, %in_60 : f32
      linalg.yield %170 : f32
    } -> tensor<2x16x64xf32>
    return %169 : tensor<2x16x64xf32>
  }
}
