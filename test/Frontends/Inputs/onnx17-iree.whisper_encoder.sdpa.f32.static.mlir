// FRONTEND: {"args": [{"role": "float", "shape": [2, 8, 32]}, {"role": "weight", "shape": [64, 8, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64, 3]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "whisper_encoder", "path": "onnx17-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> ()>
#map2 = affine_map<(d0, d1) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map7 = affine_map<(d0, d1, d2) -> (d2)>
#map8 = affine_map<() -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> ()>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<2x8x32xf32>, %arg1: tensor<64x8x3xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64x3xf32>, %arg4: tensor<16x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<128x64xf32>, %arg11: tensor<128xf32>, %arg12: tensor<64x128xf32>, %arg13: tensor<64x64xf32>, %arg14: tensor<64x64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<128x64xf32>, %arg18: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_2 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_3 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_4 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_5 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 9.99999974E-6 : f32
    %padded = tensor.pad %arg0 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg19: index, %arg20: index, %arg21: index):
      tensor.yield %cst : f32
    } : tensor<2x8x32xf32> to tensor<2x8x34xf32>
    %0 = tensor.empty() : tensor<2x64x32xf32>
    %broadcasted = linalg.broadcast ins(%arg2 : tensor<64xf32>) outs(%0 : tensor<2x64x32xf32>) dimensions = [0, 2] 
    %1 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<1> : vector<1xi64>} ins(%padded, %arg1 : tensor<2x8x34xf32>, tensor<64x8x3xf32>) outs(%broadcasted : tensor<2x64x32xf32>) -> tensor<2x64x32xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %cst_6 : tensor<2x64x32xf32>, tensor<f32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.divf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x64x32xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<2x64x32xf32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.erf %in : f32
      linalg.yield %176 : f32
    } -> tensor<2x64x32xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3, %cst_5 : tensor<2x64x32xf32>, tensor<f32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x64x32xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %4 : tensor<2x64x32xf32>, tensor<2x64x32xf32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x64x32xf32>
    %6 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %cst_4 : tensor<2x64x32xf32>, tensor<f32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x64x32xf32>
    %padded_9 = tensor.pad %6 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg19: index, %arg20: index, %arg21: index):
      tensor.yield %cst : f32
    } : tensor<2x64x32xf32> to tensor<2x64x34xf32>
    %7 = tensor.empty() : tensor<2x64x16xf32>
    %broadcasted_10 = linalg.broadcast ins(%arg2 : tensor<64xf32>) outs(%7 : tensor<2x64x16xf32>) dimensions = [0, 2] 
    %8 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<2> : vector<1xi64>} ins(%padded_9, %arg3 : tensor<2x64x34xf32>, tensor<64x64x3xf32>) outs(%broadcasted_10 : tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %cst_6 : tensor<2x64x16xf32>, tensor<f32>) outs(%7 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.divf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x64x16xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<2x64x16xf32>) outs(%7 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.erf %in : f32
      linalg.yield %176 : f32
    } -> tensor<2x64x16xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %cst_5 : tensor<2x64x16xf32>, tensor<f32>) outs(%7 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x64x16xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %11 : tensor<2x64x16xf32>, tensor<2x64x16xf32>) outs(%7 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x64x16xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %cst_4 : tensor<2x64x16xf32>, tensor<f32>) outs(%7 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x64x16xf32>
    %14 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%13 : tensor<2x64x16xf32>) outs(%14 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %15 = tensor.empty() : tensor<16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel"]} ins(%cst_3 : tensor<16xi64>) outs(%15 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %176 = arith.index_cast %in : i64 to index
      %177 = linalg.index 1 : index
      %extracted = tensor.extract %arg4[%176, %177] : tensor<16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed, %16 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.fill ins(%cst : f32) outs(%18 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.divf %in, %cst_7 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %21 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %22 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %22 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.subf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.divf %in, %cst_7 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %cst_8 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.rsqrt %in : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_11 = tensor.collapse_shape %28 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %29 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_11 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %29 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %33 = tensor.empty() : tensor<64x64xf32>
    %transposed_12 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %34 = tensor.empty() : tensor<2x64x64xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_12 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %36 = linalg.fill ins(%cst : f32) outs(%14 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %37 = linalg.batch_matmul ins(%32, %35 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %37 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %cst_2 : tensor<2x16x64xf32>, tensor<f32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %expanded = tensor.expand_shape %39 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %40 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_13 = linalg.transpose ins(%expanded : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_14 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %41 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_14 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %42 = linalg.batch_matmul ins(%32, %41 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_15 = tensor.expand_shape %42 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_16 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %43 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_16 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %44 = linalg.batch_matmul ins(%32, %43 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %45 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %44 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %expanded_17 = tensor.expand_shape %45 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%expanded_15 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %46 = tensor.empty() : tensor<f32>
    %47 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = []} ins(%cst_1 : tensor<f32>) outs(%46 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.sqrt %in : f32
      linalg.yield %176 : f32
    } -> tensor<f32>
    %48 = tensor.empty() : tensor<f32>
    %49 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = []} ins(%47 : tensor<f32>) outs(%48 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<f32>
    %50 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_13, %49 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19, %49 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_20 = tensor.collapse_shape %50 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_21 = tensor.collapse_shape %51 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %52 = tensor.empty() : tensor<8x16x16xf32>
    %53 = linalg.fill ins(%cst : f32) outs(%52 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %54 = linalg.batch_matmul ins(%collapsed_20, %collapsed_21 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_22 = tensor.expand_shape %54 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %55 = tensor.empty() : tensor<2x4x16xi64>
    %56 = linalg.fill ins(%c0_i64 : i64) outs(%55 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %57 = tensor.empty() : tensor<2x4x16xf32>
    %58 = linalg.fill ins(%cst_0 : f32) outs(%57 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %59:2 = linalg.generic {indexing_maps = [#map9, #map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_22 : tensor<2x4x16x16xf32>) outs(%58, %56 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_61: i64):
      %176 = linalg.index 3 : index
      %177 = arith.index_cast %176 : index to i64
      %178 = arith.maximumf %in, %out : f32
      %179 = arith.cmpf ogt, %in, %out : f32
      %180 = arith.select %179, %177, %out_61 : i64
      linalg.yield %178, %180 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_23 = tensor.expand_shape %59#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %60 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_22, %expanded_23 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.subf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.exp %in : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x16xf32>
    %62 = tensor.empty() : tensor<2x4x16x1xf32>
    %63 = linalg.fill ins(%cst : f32) outs(%62 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %64 = linalg.generic {indexing_maps = [#map9, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%61 : tensor<2x4x16x16xf32>) outs(%63 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %64 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.divf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %65 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %66 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %66 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %67 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%expanded_26 : tensor<2x4x16x16xf32>) outs(%67 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_28 = tensor.collapse_shape %transposed_27 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_29 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %68 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_29 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %69 = linalg.batch_matmul ins(%collapsed_28, %68 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %70 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %69 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %71 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %70 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%71 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.divf %in, %cst_7 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_30 = tensor.collapse_shape %73 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_30 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %74 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.subf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %75 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%76 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.divf %in, %cst_7 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %cst_8 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.rsqrt %in : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_31 = tensor.collapse_shape %80 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %81 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_31 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %81 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %85 = tensor.empty() : tensor<64x128xf32>
    %transposed_32 = linalg.transpose ins(%arg10 : tensor<128x64xf32>) outs(%85 : tensor<64x128xf32>) permutation = [1, 0] 
    %86 = tensor.empty() : tensor<2x64x128xf32>
    %87 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<64x128xf32>) outs(%86 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %88 = tensor.empty() : tensor<2x16x128xf32>
    %89 = linalg.fill ins(%cst : f32) outs(%88 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %90 = linalg.batch_matmul ins(%84, %87 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%89 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %91 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %90 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %92 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %cst_6 : tensor<2x16x128xf32>, tensor<f32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.divf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %93 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x128xf32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.erf %in : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %cst_5 : tensor<2x16x128xf32>, tensor<f32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %94 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %96 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %97 = tensor.empty() : tensor<128x64xf32>
    %transposed_33 = linalg.transpose ins(%arg12 : tensor<64x128xf32>) outs(%97 : tensor<128x64xf32>) permutation = [1, 0] 
    %98 = tensor.empty() : tensor<2x128x64xf32>
    %99 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_33 : tensor<128x64xf32>) outs(%98 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %100 = linalg.batch_matmul ins(%96, %99 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %100 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %101 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%102 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.divf %in, %cst_7 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_34 = tensor.collapse_shape %104 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %105 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %105 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.subf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %106 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%107 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.divf %in, %cst_7 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %cst_8 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.rsqrt %in : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_35 = tensor.collapse_shape %111 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %112 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %112 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %transposed_36 = linalg.transpose ins(%arg15 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %116 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_36 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %117 = linalg.batch_matmul ins(%115, %116 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %117 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %cst_2 : tensor<2x16x64xf32>, tensor<f32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %expanded_37 = tensor.expand_shape %119 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_39 = linalg.transpose ins(%arg13 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %120 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %121 = linalg.batch_matmul ins(%115, %120 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_40 = tensor.expand_shape %121 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_41 = linalg.transpose ins(%arg14 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %122 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_41 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %123 = linalg.batch_matmul ins(%115, %122 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %123 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %expanded_42 = tensor.expand_shape %124 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_44 = linalg.transpose ins(%expanded_40 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %125 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_38, %49 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x16xf32>
    %126 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_44, %49 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_45 = tensor.collapse_shape %125 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_46 = tensor.collapse_shape %126 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %127 = linalg.batch_matmul ins(%collapsed_45, %collapsed_46 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_47 = tensor.expand_shape %127 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %128:2 = linalg.generic {indexing_maps = [#map9, #map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_47 : tensor<2x4x16x16xf32>) outs(%58, %56 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_61: i64):
      %176 = linalg.index 3 : index
      %177 = arith.index_cast %176 : index to i64
      %178 = arith.maximumf %in, %out : f32
      %179 = arith.cmpf ogt, %in, %out : f32
      %180 = arith.select %179, %177, %out_61 : i64
      linalg.yield %178, %180 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_48 = tensor.expand_shape %128#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_47, %expanded_48 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.subf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x16xf32>
    %130 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%129 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.exp %in : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x16xf32>
    %131 = linalg.generic {indexing_maps = [#map9, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%130 : tensor<2x4x16x16xf32>) outs(%63 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x1xf32>
    %132 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%130, %131 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.divf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_49 = tensor.collapse_shape %132 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_50 = tensor.collapse_shape %transposed_43 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %133 = linalg.batch_matmul ins(%collapsed_49, %collapsed_50 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_51 = tensor.expand_shape %133 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_52 = linalg.transpose ins(%expanded_51 : tensor<2x4x16x16xf32>) outs(%67 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_53 = tensor.collapse_shape %transposed_52 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_54 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %134 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_54 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %135 = linalg.batch_matmul ins(%collapsed_53, %134 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %136 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %135 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %137 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %136 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%137 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %139 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.divf %in, %cst_7 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_55 = tensor.collapse_shape %139 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %140 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_55 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %141 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %140 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.subf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %142 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %141 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %143 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%142 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %144 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.divf %in, %cst_7 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %145 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %cst_8 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %146 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.rsqrt %in : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_56 = tensor.collapse_shape %146 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %147 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_56 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %148 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %147 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %transposed_57 = linalg.transpose ins(%arg17 : tensor<128x64xf32>) outs(%85 : tensor<64x128xf32>) permutation = [1, 0] 
    %151 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_57 : tensor<64x128xf32>) outs(%86 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %152 = linalg.batch_matmul ins(%150, %151 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%89 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %153 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %152 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %154 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %cst_6 : tensor<2x16x128xf32>, tensor<f32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.divf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %155 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x128xf32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.erf %in : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %156 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %cst_5 : tensor<2x16x128xf32>, tensor<f32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %157 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %156 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %158 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x128xf32>
    %transposed_58 = linalg.transpose ins(%arg18 : tensor<64x128xf32>) outs(%97 : tensor<128x64xf32>) permutation = [1, 0] 
    %159 = linalg.generic {indexing_maps = [#map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_58 : tensor<128x64xf32>) outs(%98 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %160 = linalg.batch_matmul ins(%158, %159 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map7, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %160 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %161 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%162 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %164 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.divf %in, %cst_7 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_59 = tensor.collapse_shape %164 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %165 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_59 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %166 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %165 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.subf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %167 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %166 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %168 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%167 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %out : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %169 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.divf %in, %cst_7 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %170 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = arith.addf %in, %cst_8 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %171 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %176 = math.rsqrt %in : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_60 = tensor.collapse_shape %171 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %172 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_60 : tensor<2x16xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %173 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %172 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %174 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.mulf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    %175 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%14 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_61: f32, %out: f32):
      %176 = arith.addf %in, %in_61 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x64xf32>
    return %175 : tensor<2x16x64xf32>
  }
}

