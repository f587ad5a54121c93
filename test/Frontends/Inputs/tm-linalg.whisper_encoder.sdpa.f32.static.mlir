// FRONTEND: {"args": [{"role": "weight", "shape": [64, 8, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 8, 32]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "whisper_encoder", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0, d1) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0, d1) -> (d1)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @forward(%arg0: tensor<64x8x3xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64x64x3xf32>, %arg3: tensor<64xf32>, %arg4: tensor<16x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<128x64xf32>, %arg30: tensor<128xf32>, %arg31: tensor<64x128xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<2x8x32xf32>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 5.000000e-01 : f32
    %c16 = arith.constant 16 : index
    %cst_2 = arith.constant 0.000000e+00 : f64
    %cst_3 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_5 = arith.constant 0xFFF0000000000000 : f64
    %cst_6 = arith.constant 1.000000e-05 : f64
    %cst_7 = arith.constant 1.41421354 : f32
    %cst_8 = arith.constant 6.400000e+01 : f64
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 2.500000e-01 : f32
    %padded = tensor.pad %arg37 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg38: index, %arg39: index, %arg40: index):
      tensor.yield %cst : f32
    } : tensor<2x8x32xf32> to tensor<2x8x34xf32>
    %0 = tensor.empty() : tensor<2x64x32xf32>
    %broadcasted = linalg.broadcast ins(%arg1 : tensor<64xf32>) outs(%0 : tensor<2x64x32xf32>) dimensions = [0, 2] 
    %1 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<1> : vector<1xi64>} ins(%padded, %arg0 : tensor<2x8x34xf32>, tensor<64x8x3xf32>) outs(%broadcasted : tensor<2x64x32xf32>) -> tensor<2x64x32xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x64x32xf32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_7 : f32
      %169 = math.erf %168 : f32
      %170 = arith.addf %169, %cst_0 : f32
      %171 = arith.mulf %170, %cst_1 : f32
      %172 = arith.mulf %in, %171 : f32
      linalg.yield %172 : f32
    } -> tensor<2x64x32xf32>
    %padded_11 = tensor.pad %2 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg38: index, %arg39: index, %arg40: index):
      tensor.yield %cst : f32
    } : tensor<2x64x32xf32> to tensor<2x64x34xf32>
    %3 = tensor.empty() : tensor<2x64x16xf32>
    %broadcasted_12 = linalg.broadcast ins(%arg3 : tensor<64xf32>) outs(%3 : tensor<2x64x16xf32>) dimensions = [0, 2] 
    %4 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<2> : vector<1xi64>} ins(%padded_11, %arg2 : tensor<2x64x34xf32>, tensor<64x64x3xf32>) outs(%broadcasted_12 : tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x64x16xf32>) outs(%3 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_7 : f32
      %169 = math.erf %168 : f32
      %170 = arith.addf %169, %cst_0 : f32
      %171 = arith.mulf %170, %cst_1 : f32
      %172 = arith.mulf %in, %171 : f32
      linalg.yield %172 : f32
    } -> tensor<2x64x16xf32>
    %6 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%5 : tensor<2x64x16xf32>) outs(%6 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %7 = tensor.empty() : tensor<16xi64>
    %8 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel"]} outs(%7 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %168 = linalg.index 0 : index
      %169 = arith.index_cast %168 : index to i64
      linalg.yield %169 : i64
    } -> tensor<16xi64>
    %9 = tensor.empty() : tensor<16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel"]} ins(%8 : tensor<16xi64>) outs(%9 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %168 = arith.index_cast %in : i64 to index
      %169 = linalg.index 1 : index
      %170 = arith.cmpi slt, %168, %c16 : index
      cf.assert %170, "index must be smaller than dim size"
      %171 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %171, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg4[%168, %169] : tensor<16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed, %10 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %12 = tensor.empty() : tensor<2x16x64xf64>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %168 = arith.extf %in : f32 to f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %14 = tensor.empty() : tensor<2x16x1xf64>
    %15 = linalg.fill ins(%cst_2 : f64) outs(%14 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %16 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.addf %in, %out : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.divf %in, %cst_8 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %18 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %17 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %168 = arith.subf %in, %in_67 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %19 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %18 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %168 = arith.mulf %in, %in_67 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %20 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.addf %in, %out : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.divf %in, %cst_8 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %22 = tensor.empty() : tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %168 = arith.truncf %in : f64 to f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.fill ins(%cst : f32) outs(%22 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_9 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.truncf %cst_6 : f64 to f32
      %169 = arith.addf %in, %168 : f32
      linalg.yield %169 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.rsqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %26 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.subf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %28 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.mulf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.mulf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %32 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %33 = tensor.empty() : tensor<64x64xf32>
    %transposed_13 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %34 = tensor.empty() : tensor<32x64xf32>
    %35 = linalg.fill ins(%cst : f32) outs(%34 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %36 = linalg.matmul ins(%collapsed, %transposed_13 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %37 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%36, %arg9 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %37 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.mulf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %expanded_14 = tensor.expand_shape %38 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %39 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_16 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %40 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %40 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_18 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %41 = linalg.matmul ins(%collapsed, %transposed_18 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %42 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%41, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<32x64xf32>
    %expanded_19 = tensor.expand_shape %42 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_22 = tensor.collapse_shape %transposed_15 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %43 = tensor.empty() : tensor<8x16x16xf32>
    %44 = linalg.fill ins(%cst : f32) outs(%43 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %45 = linalg.batch_matmul ins(%collapsed_22, %collapsed_23 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_24 = tensor.expand_shape %45 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %46 = tensor.empty() : tensor<2x4x16xi64>
    %47 = linalg.fill ins(%c0_i64 : i64) outs(%46 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %48 = tensor.empty() : tensor<2x4x16xf32>
    %49 = linalg.fill ins(%cst_3 : f32) outs(%48 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %50:2 = linalg.generic {indexing_maps = [#map8, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_24 : tensor<2x4x16x16xf32>) outs(%49, %47 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %168 = linalg.index 3 : index
      %169 = arith.index_cast %168 : index to i64
      %170 = arith.maximumf %in, %out : f32
      %171 = arith.cmpf ogt, %in, %out : f32
      %172 = arith.select %171, %169, %out_67 : i64
      linalg.yield %170, %172 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_25 = tensor.expand_shape %50#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %51 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24, %expanded_25 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.subf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51 : tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.exp %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %53 = tensor.empty() : tensor<2x4x16x1xf32>
    %54 = linalg.fill ins(%cst : f32) outs(%53 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %55 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%52 : tensor<2x4x16x16xf32>) outs(%54 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x1xf32>
    %56 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %55 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.divf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x4x16x16xi1>
    %58 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %168 = arith.extf %in : f32 to f64
      %169 = arith.cmpf oeq, %168, %cst_5 : f64
      linalg.yield %169 : i1
    } -> tensor<2x4x16x16xi1>
    %59 = tensor.empty() : tensor<2x4x16x1xi1>
    %60 = linalg.fill ins(%true : i1) outs(%59 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %61 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%58 : tensor<2x4x16x16xi1>) outs(%60 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %168 = arith.andi %in, %out : i1
      linalg.yield %168 : i1
    } -> tensor<2x4x16x1xi1>
    %62 = linalg.generic {indexing_maps = [#map10, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %cst_4, %56 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_67: f32, %in_68: f32, %out: f32):
      %168 = arith.select %in, %in_67, %in_68 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %62 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %transposed_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %63 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %63 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x4x16x16xf32>) outs(%64 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_30 = tensor.collapse_shape %transposed_29 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_31 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %65 = linalg.matmul ins(%collapsed_30, %transposed_31 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %66 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%65, %arg11 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<32x64xf32>
    %expanded_32 = tensor.expand_shape %66 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %expanded_32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %168 = arith.extf %in : f32 to f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %69 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%68 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.addf %in, %out : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %70 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.divf %in, %cst_8 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %71 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %70 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %168 = arith.subf %in, %in_67 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %72 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %71 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %168 = arith.mulf %in, %in_67 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %73 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%72 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.addf %in, %out : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %74 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.divf %in, %cst_8 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %75 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %168 = arith.truncf %in : f64 to f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%67 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_9 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.truncf %cst_6 : f64 to f32
      %169 = arith.addf %in, %168 : f32
      linalg.yield %169 : f32
    } -> tensor<2x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.rsqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %77 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.subf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %79 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.mulf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.mulf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_33 = tensor.collapse_shape %83 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %84 = tensor.empty() : tensor<64x128xf32>
    %transposed_34 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%84 : tensor<64x128xf32>) permutation = [1, 0] 
    %85 = tensor.empty() : tensor<32x128xf32>
    %86 = linalg.fill ins(%cst : f32) outs(%85 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %87 = linalg.matmul ins(%collapsed_33, %transposed_34 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%86 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %88 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%87, %arg15 : tensor<32x128xf32>, tensor<128xf32>) outs(%85 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<32x128xf32>
    %expanded_35 = tensor.expand_shape %88 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %89 = tensor.empty() : tensor<2x16x128xf32>
    %90 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x16x128xf32>) outs(%89 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_7 : f32
      %169 = math.erf %168 : f32
      %170 = arith.addf %169, %cst_0 : f32
      %171 = arith.mulf %170, %cst_1 : f32
      %172 = arith.mulf %in, %171 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_36 = tensor.collapse_shape %90 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %91 = tensor.empty() : tensor<128x64xf32>
    %transposed_37 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%91 : tensor<128x64xf32>) permutation = [1, 0] 
    %92 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %93 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%92, %arg17 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<32x64xf32>
    %expanded_38 = tensor.expand_shape %93 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %expanded_38 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %168 = arith.extf %in : f32 to f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %96 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%95 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.addf %in, %out : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %97 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.divf %in, %cst_8 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %98 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %97 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %168 = arith.subf %in, %in_67 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %99 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %98 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %168 = arith.mulf %in, %in_67 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %100 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%99 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.addf %in, %out : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %101 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.divf %in, %cst_8 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %102 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %168 = arith.truncf %in : f64 to f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %103 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%94 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_9 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.truncf %cst_6 : f64 to f32
      %169 = arith.addf %in, %168 : f32
      linalg.yield %169 : f32
    } -> tensor<2x16x1xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.rsqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %104 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.subf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %106 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.mulf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %arg27 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.mulf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %arg28 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_39 = tensor.collapse_shape %110 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_40 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %111 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %112 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%111, %arg24 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<32x64xf32>
    %expanded_41 = tensor.expand_shape %112 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.mulf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %expanded_42 = tensor.expand_shape %113 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_44 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %114 = linalg.matmul ins(%collapsed_39, %transposed_44 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_45 = tensor.expand_shape %114 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_46 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %115 = linalg.matmul ins(%collapsed_39, %transposed_46 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %116 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%115, %arg22 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<32x64xf32>
    %expanded_47 = tensor.expand_shape %116 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_48 = linalg.transpose ins(%expanded_47 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_49 = linalg.transpose ins(%expanded_45 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_50 = tensor.collapse_shape %transposed_43 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_51 = tensor.collapse_shape %transposed_49 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %117 = linalg.batch_matmul ins(%collapsed_50, %collapsed_51 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_52 = tensor.expand_shape %117 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %118:2 = linalg.generic {indexing_maps = [#map8, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_52 : tensor<2x4x16x16xf32>) outs(%49, %47 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %168 = linalg.index 3 : index
      %169 = arith.index_cast %168 : index to i64
      %170 = arith.maximumf %in, %out : f32
      %171 = arith.cmpf ogt, %in, %out : f32
      %172 = arith.select %171, %169, %out_67 : i64
      linalg.yield %170, %172 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_53 = tensor.expand_shape %118#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_52, %expanded_53 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.subf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %120 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%119 : tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.exp %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %121 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%120 : tensor<2x4x16x16xf32>) outs(%54 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%120, %121 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.divf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %123 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %168 = arith.extf %in : f32 to f64
      %169 = arith.cmpf oeq, %168, %cst_5 : f64
      linalg.yield %169 : i1
    } -> tensor<2x4x16x16xi1>
    %124 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%123 : tensor<2x4x16x16xi1>) outs(%60 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %168 = arith.andi %in, %out : i1
      linalg.yield %168 : i1
    } -> tensor<2x4x16x1xi1>
    %125 = linalg.generic {indexing_maps = [#map10, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124, %cst_4, %122 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_67: f32, %in_68: f32, %out: f32):
      %168 = arith.select %in, %in_67, %in_68 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_54 = tensor.collapse_shape %125 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_55 = tensor.collapse_shape %transposed_48 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %126 = linalg.batch_matmul ins(%collapsed_54, %collapsed_55 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_56 = tensor.expand_shape %126 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_57 = linalg.transpose ins(%expanded_56 : tensor<2x4x16x16xf32>) outs(%64 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_58 = tensor.collapse_shape %transposed_57 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_59 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %127 = linalg.matmul ins(%collapsed_58, %transposed_59 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %128 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%127, %arg26 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<32x64xf32>
    %expanded_60 = tensor.expand_shape %128 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %expanded_60 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %168 = arith.extf %in : f32 to f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %131 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%130 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.addf %in, %out : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %132 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.divf %in, %cst_8 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %133 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130, %132 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %168 = arith.subf %in, %in_67 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %134 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %133 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %168 = arith.mulf %in, %in_67 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %135 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%134 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.addf %in, %out : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %136 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.divf %in, %cst_8 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %137 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %168 = arith.truncf %in : f64 to f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%129 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %139 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_9 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %140 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.truncf %cst_6 : f64 to f32
      %169 = arith.addf %in, %168 : f32
      linalg.yield %169 : f32
    } -> tensor<2x16x1xf32>
    %141 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.rsqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %142 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %139 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.subf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %143 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %141 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.mulf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %144 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %arg33 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.mulf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %145 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %arg34 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_61 = tensor.collapse_shape %145 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_62 = linalg.transpose ins(%arg29 : tensor<128x64xf32>) outs(%84 : tensor<64x128xf32>) permutation = [1, 0] 
    %146 = linalg.matmul ins(%collapsed_61, %transposed_62 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%86 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %147 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%146, %arg30 : tensor<32x128xf32>, tensor<128xf32>) outs(%85 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<32x128xf32>
    %expanded_63 = tensor.expand_shape %147 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %148 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_63 : tensor<2x16x128xf32>) outs(%89 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_7 : f32
      %169 = math.erf %168 : f32
      %170 = arith.addf %169, %cst_0 : f32
      %171 = arith.mulf %170, %cst_1 : f32
      %172 = arith.mulf %in, %171 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_64 = tensor.collapse_shape %148 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %transposed_65 = linalg.transpose ins(%arg31 : tensor<64x128xf32>) outs(%91 : tensor<128x64xf32>) permutation = [1, 0] 
    %149 = linalg.matmul ins(%collapsed_64, %transposed_65 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %150 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%149, %arg32 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<32x64xf32>
    %expanded_66 = tensor.expand_shape %150 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %expanded_66 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %168 = arith.extf %in : f32 to f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %153 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%152 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.addf %in, %out : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %154 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.divf %in, %cst_8 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %155 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %154 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %168 = arith.subf %in, %in_67 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %156 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %155 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %168 = arith.mulf %in, %in_67 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x64xf64>
    %157 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%156 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.addf %in, %out : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %158 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %168 = arith.divf %in, %cst_8 : f64
      linalg.yield %168 : f64
    } -> tensor<2x16x1xf64>
    %159 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %168 = arith.truncf %in : f64 to f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %160 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%151 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %161 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_9 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %162 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.truncf %cst_6 : f64 to f32
      %169 = arith.addf %in, %168 : f32
      linalg.yield %169 : f32
    } -> tensor<2x16x1xf32>
    %163 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.rsqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %164 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %161 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.subf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %165 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164, %163 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.mulf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %166 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %arg35 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.mulf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %167 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %arg36 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %168 = arith.addf %in, %in_67 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    return %167 : tensor<2x16x64xf32>
  }
}
