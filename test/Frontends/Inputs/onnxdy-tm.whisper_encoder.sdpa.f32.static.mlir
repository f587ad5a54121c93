// FRONTEND: {"args": [{"role": "weight", "shape": [64, 8, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 8, 32]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "whisper_encoder", "path": "onnxdy-tm", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0, d1, d2) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<64x8x3xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64x64x3xf32>, %arg3: tensor<64xf32>, %arg4: tensor<16x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<128x64xf32>, %arg30: tensor<128xf32>, %arg31: tensor<64x128xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<2x8x32xf32>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 5.000000e-01 : f32
    %cst_2 = arith.constant 0xFF800000 : f32
    %cst_3 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_4 = arith.constant 1.41421354 : f32
    %cst_5 = arith.constant 6.400000e+01 : f32
    %cst_6 = arith.constant 9.99999974E-6 : f32
    %cst_7 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %padded = tensor.pad %arg37 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg38: index, %arg39: index, %arg40: index):
      tensor.yield %cst : f32
    } : tensor<2x8x32xf32> to tensor<2x8x34xf32>
    %0 = tensor.empty() : tensor<2x64x32xf32>
    %broadcasted = linalg.broadcast ins(%arg1 : tensor<64xf32>) outs(%0 : tensor<2x64x32xf32>) dimensions = [0, 2] 
    %1 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<1> : vector<1xi64>} ins(%padded, %arg0 : tensor<2x8x34xf32>, tensor<64x8x3xf32>) outs(%broadcasted : tensor<2x64x32xf32>) -> tensor<2x64x32xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x64x32xf32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_4 : f32
      %153 = math.erf %152 : f32
      %154 = arith.addf %153, %cst_0 : f32
      %155 = arith.mulf %154, %cst_1 : f32
      %156 = arith.mulf %in, %155 : f32
      linalg.yield %156 : f32
    } -> tensor<2x64x32xf32>
    %padded_8 = tensor.pad %2 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg38: index, %arg39: index, %arg40: index):
      tensor.yield %cst : f32
    } : tensor<2x64x32xf32> to tensor<2x64x34xf32>
    %3 = tensor.empty() : tensor<2x64x16xf32>
    %broadcasted_9 = linalg.broadcast ins(%arg3 : tensor<64xf32>) outs(%3 : tensor<2x64x16xf32>) dimensions = [0, 2] 
    %4 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<2> : vector<1xi64>} ins(%padded_8, %arg2 : tensor<2x64x34xf32>, tensor<64x64x3xf32>) outs(%broadcasted_9 : tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x64x16xf32>) outs(%3 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_4 : f32
      %153 = math.erf %152 : f32
      %154 = arith.addf %153, %cst_0 : f32
      %155 = arith.mulf %154, %cst_1 : f32
      %156 = arith.mulf %in, %155 : f32
      linalg.yield %156 : f32
    } -> tensor<2x64x16xf32>
    %6 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%5 : tensor<2x64x16xf32>) outs(%6 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %7 = tensor.empty() : tensor<16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%cst_7 : tensor<16xi64>) outs(%7 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %152 = arith.index_cast %in : i64 to index
      %153 = linalg.index 1 : index
      %extracted = tensor.extract %arg4[%152, %153] : tensor<16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed, %8 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %10 = tensor.empty() : tensor<2x16x1xf32>
    %11 = linalg.fill ins(%cst : f32) outs(%10 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%9 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_5 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %13 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %14 = linalg.generic {indexing_maps = [#map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %14 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.subf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %15 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%16 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_5 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %cst_6 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.rsqrt %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_10 = tensor.collapse_shape %20 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %21 = linalg.generic {indexing_maps = [#map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_10 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %21 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %25 = tensor.empty() : tensor<64x64xf32>
    %transposed_11 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%25 : tensor<64x64xf32>) permutation = [1, 0] 
    %26 = tensor.empty() : tensor<2x64x64xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_11 : tensor<64x64xf32>) outs(%26 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %28 = linalg.fill ins(%cst : f32) outs(%6 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %29 = linalg.batch_matmul ins(%24, %27 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %cst_3 : tensor<2x16x64xf32>, tensor<f32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %expanded = tensor.expand_shape %31 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %32 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_12 = linalg.transpose ins(%expanded : tensor<2x16x4x16xf32>) outs(%32 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_13 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%25 : tensor<64x64xf32>) permutation = [1, 0] 
    %33 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_13 : tensor<64x64xf32>) outs(%26 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %34 = linalg.batch_matmul ins(%24, %33 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_14 = tensor.expand_shape %34 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%32 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_16 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%25 : tensor<64x64xf32>) permutation = [1, 0] 
    %35 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_16 : tensor<64x64xf32>) outs(%26 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %36 = linalg.batch_matmul ins(%24, %35 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %expanded_17 = tensor.expand_shape %37 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%32 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_19 = tensor.collapse_shape %transposed_15 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %38 = tensor.empty() : tensor<8x16x16xf32>
    %transposed_20 = linalg.transpose ins(%collapsed_19 : tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %collapsed_21 = tensor.collapse_shape %transposed_12 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %39 = linalg.fill ins(%cst : f32) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %40 = linalg.batch_matmul ins(%collapsed_21, %transposed_20 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%39 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_22 = tensor.expand_shape %40 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %41 = tensor.empty() : tensor<2x4x16xi64>
    %42 = linalg.fill ins(%c0_i64 : i64) outs(%41 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %43 = tensor.empty() : tensor<2x4x16xf32>
    %44 = linalg.fill ins(%cst_2 : f32) outs(%43 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %45:2 = linalg.generic {indexing_maps = [#map8, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_22 : tensor<2x4x16x16xf32>) outs(%44, %42 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_62: i64):
      %152 = linalg.index 3 : index
      %153 = arith.index_cast %152 : index to i64
      %154 = arith.maximumf %in, %out : f32
      %155 = arith.cmpf ogt, %in, %out : f32
      %156 = arith.select %155, %153, %out_62 : i64
      linalg.yield %154, %156 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_23 = tensor.expand_shape %45#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %46 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_22, %expanded_23 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%32 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.subf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x4x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46 : tensor<2x4x16x16xf32>) outs(%32 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.exp %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x4x16x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x1xf32>
    %49 = linalg.fill ins(%cst : f32) outs(%48 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %50 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%47 : tensor<2x4x16x16xf32>) outs(%49 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x4x16x1xf32>
    %51 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %50 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%32 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.divf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %51 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %52 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%39 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %52 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %53 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%expanded_26 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_28 = tensor.collapse_shape %transposed_27 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_29 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%25 : tensor<64x64xf32>) permutation = [1, 0] 
    %54 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_29 : tensor<64x64xf32>) outs(%26 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %55 = linalg.batch_matmul ins(%collapsed_28, %54 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %56 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %57 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %56 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %58 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%57 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %59 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_5 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_30 = tensor.collapse_shape %59 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %60 = linalg.generic {indexing_maps = [#map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_30 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %61 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%57, %60 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.subf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %62 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61, %61 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %63 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%62 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %64 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_5 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %cst_6 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.rsqrt %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_31 = tensor.collapse_shape %66 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %67 = linalg.generic {indexing_maps = [#map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_31 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61, %67 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %69 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %71 = tensor.empty() : tensor<64x128xf32>
    %transposed_32 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%71 : tensor<64x128xf32>) permutation = [1, 0] 
    %72 = tensor.empty() : tensor<2x64x128xf32>
    %73 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<64x128xf32>) outs(%72 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %74 = tensor.empty() : tensor<2x16x128xf32>
    %75 = linalg.fill ins(%cst : f32) outs(%74 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %76 = linalg.batch_matmul ins(%70, %73 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%75 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %arg15 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%74 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x128xf32>
    %78 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x16x128xf32>) outs(%74 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_4 : f32
      %153 = math.erf %152 : f32
      %154 = arith.addf %153, %cst_0 : f32
      %155 = arith.mulf %154, %cst_1 : f32
      %156 = arith.mulf %in, %155 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x128xf32>
    %79 = tensor.empty() : tensor<128x64xf32>
    %transposed_33 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%79 : tensor<128x64xf32>) permutation = [1, 0] 
    %80 = tensor.empty() : tensor<2x128x64xf32>
    %81 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_33 : tensor<128x64xf32>) outs(%80 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %82 = linalg.batch_matmul ins(%78, %81 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%57, %83 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%84 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_5 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_34 = tensor.collapse_shape %86 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %87 = linalg.generic {indexing_maps = [#map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %87 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.subf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %88 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%89 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_5 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %cst_6 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.rsqrt %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_35 = tensor.collapse_shape %93 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %94 = linalg.generic {indexing_maps = [#map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %arg27 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %arg28 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %transposed_36 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%25 : tensor<64x64xf32>) permutation = [1, 0] 
    %98 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_36 : tensor<64x64xf32>) outs(%26 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %99 = linalg.batch_matmul ins(%97, %98 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %arg24 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %cst_3 : tensor<2x16x64xf32>, tensor<f32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %expanded_37 = tensor.expand_shape %101 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<2x16x4x16xf32>) outs(%32 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_39 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%25 : tensor<64x64xf32>) permutation = [1, 0] 
    %102 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<64x64xf32>) outs(%26 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %103 = linalg.batch_matmul ins(%97, %102 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_40 = tensor.expand_shape %103 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<2x16x4x16xf32>) outs(%32 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_42 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%25 : tensor<64x64xf32>) permutation = [1, 0] 
    %104 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_42 : tensor<64x64xf32>) outs(%26 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %105 = linalg.batch_matmul ins(%97, %104 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %arg22 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %expanded_43 = tensor.expand_shape %106 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_44 = linalg.transpose ins(%expanded_43 : tensor<2x16x4x16xf32>) outs(%32 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_45 = tensor.collapse_shape %transposed_41 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %transposed_46 = linalg.transpose ins(%collapsed_45 : tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %collapsed_47 = tensor.collapse_shape %transposed_38 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %107 = linalg.batch_matmul ins(%collapsed_47, %transposed_46 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%39 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_48 = tensor.expand_shape %107 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %108:2 = linalg.generic {indexing_maps = [#map8, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_48 : tensor<2x4x16x16xf32>) outs(%44, %42 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_62: i64):
      %152 = linalg.index 3 : index
      %153 = arith.index_cast %152 : index to i64
      %154 = arith.maximumf %in, %out : f32
      %155 = arith.cmpf ogt, %in, %out : f32
      %156 = arith.select %155, %153, %out_62 : i64
      linalg.yield %154, %156 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_49 = tensor.expand_shape %108#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_48, %expanded_49 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%32 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.subf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x4x16x16xf32>
    %110 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%109 : tensor<2x4x16x16xf32>) outs(%32 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.exp %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x4x16x16xf32>
    %111 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%110 : tensor<2x4x16x16xf32>) outs(%49 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x4x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%110, %111 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%32 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.divf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_50 = tensor.collapse_shape %112 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_51 = tensor.collapse_shape %transposed_44 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %113 = linalg.batch_matmul ins(%collapsed_50, %collapsed_51 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%39 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_52 = tensor.expand_shape %113 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_53 = linalg.transpose ins(%expanded_52 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_54 = tensor.collapse_shape %transposed_53 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_55 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%25 : tensor<64x64xf32>) permutation = [1, 0] 
    %114 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_55 : tensor<64x64xf32>) outs(%26 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %115 = linalg.batch_matmul ins(%collapsed_54, %114 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg26 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %116 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%117 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_5 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_56 = tensor.collapse_shape %119 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %120 = linalg.generic {indexing_maps = [#map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_56 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %120 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.subf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %121 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%122 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_5 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %cst_6 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.rsqrt %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_57 = tensor.collapse_shape %126 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %127 = linalg.generic {indexing_maps = [#map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_57 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %127 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %arg33 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %arg34 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %transposed_58 = linalg.transpose ins(%arg29 : tensor<128x64xf32>) outs(%71 : tensor<64x128xf32>) permutation = [1, 0] 
    %131 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_58 : tensor<64x128xf32>) outs(%72 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %132 = linalg.batch_matmul ins(%130, %131 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%75 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %133 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %arg30 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%74 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x128xf32>
    %134 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<2x16x128xf32>) outs(%74 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_4 : f32
      %153 = math.erf %152 : f32
      %154 = arith.addf %153, %cst_0 : f32
      %155 = arith.mulf %154, %cst_1 : f32
      %156 = arith.mulf %in, %155 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x128xf32>
    %transposed_59 = linalg.transpose ins(%arg31 : tensor<64x128xf32>) outs(%79 : tensor<128x64xf32>) permutation = [1, 0] 
    %135 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_59 : tensor<128x64xf32>) outs(%80 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %136 = linalg.batch_matmul ins(%134, %135 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %137 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %arg32 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %137 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %139 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%138 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %140 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_5 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_60 = tensor.collapse_shape %140 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %141 = linalg.generic {indexing_maps = [#map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_60 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %142 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %141 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.subf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %143 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %142 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %144 = linalg.generic {indexing_maps = [#map, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%143 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %out : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %145 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.divf %in, %cst_5 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %146 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = arith.addf %in, %cst_6 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %147 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x16x1xf32>) outs(%10 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %152 = math.rsqrt %in : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_61 = tensor.collapse_shape %147 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %148 = linalg.generic {indexing_maps = [#map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_61 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %148 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %arg35 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.mulf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %arg36 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_62: f32, %out: f32):
      %152 = arith.addf %in, %in_62 : f32
      linalg.yield %152 : f32
    } -> tensor<2x16x64xf32>
    return %151 : tensor<2x16x64xf32>
  }
}
