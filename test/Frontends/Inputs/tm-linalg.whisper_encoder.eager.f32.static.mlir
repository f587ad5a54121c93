// FRONTEND: {"args": [{"role": "weight", "shape": [64, 8, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 8, 32]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "whisper_encoder", "path": "tm-linalg", "shapes": "static"}
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
    %cst_4 = arith.constant 1.000000e-05 : f64
    %cst_5 = arith.constant 1.41421354 : f32
    %cst_6 = arith.constant 6.400000e+01 : f64
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 2.500000e-01 : f32
    %padded = tensor.pad %arg37 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg38: index, %arg39: index, %arg40: index):
      tensor.yield %cst : f32
    } : tensor<2x8x32xf32> to tensor<2x8x34xf32>
    %0 = tensor.empty() : tensor<2x64x32xf32>
    %broadcasted = linalg.broadcast ins(%arg1 : tensor<64xf32>) outs(%0 : tensor<2x64x32xf32>) dimensions = [0, 2] 
    %1 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<1> : vector<1xi64>} ins(%padded, %arg0 : tensor<2x8x34xf32>, tensor<64x8x3xf32>) outs(%broadcasted : tensor<2x64x32xf32>) -> tensor<2x64x32xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x64x32xf32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_5 : f32
      %160 = math.erf %159 : f32
      %161 = arith.addf %160, %cst_0 : f32
      %162 = arith.mulf %161, %cst_1 : f32
      %163 = arith.mulf %in, %162 : f32
      linalg.yield %163 : f32
    } -> tensor<2x64x32xf32>
    %padded_9 = tensor.pad %2 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg38: index, %arg39: index, %arg40: index):
      tensor.yield %cst : f32
    } : tensor<2x64x32xf32> to tensor<2x64x34xf32>
    %3 = tensor.empty() : tensor<2x64x16xf32>
    %broadcasted_10 = linalg.broadcast ins(%arg3 : tensor<64xf32>) outs(%3 : tensor<2x64x16xf32>) dimensions = [0, 2] 
    %4 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<2> : vector<1xi64>} ins(%padded_9, %arg2 : tensor<2x64x34xf32>, tensor<64x64x3xf32>) outs(%broadcasted_10 : tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x64x16xf32>) outs(%3 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_5 : f32
      %160 = math.erf %159 : f32
      %161 = arith.addf %160, %cst_0 : f32
      %162 = arith.mulf %161, %cst_1 : f32
      %163 = arith.mulf %in, %162 : f32
      linalg.yield %163 : f32
    } -> tensor<2x64x16xf32>
    %6 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%5 : tensor<2x64x16xf32>) outs(%6 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %7 = tensor.empty() : tensor<16xi64>
    %8 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel"]} outs(%7 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %159 = linalg.index 0 : index
      %160 = arith.index_cast %159 : index to i64
      linalg.yield %160 : i64
    } -> tensor<16xi64>
    %9 = tensor.empty() : tensor<16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel"]} ins(%8 : tensor<16xi64>) outs(%9 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %159 = arith.index_cast %in : i64 to index
      %160 = linalg.index 1 : index
      %161 = arith.cmpi slt, %159, %c16 : index
      cf.assert %161, "index must be smaller than dim size"
      %162 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %162, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg4[%159, %160] : tensor<16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed, %10 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %12 = tensor.empty() : tensor<2x16x64xf64>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %159 = arith.extf %in : f32 to f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %14 = tensor.empty() : tensor<2x16x1xf64>
    %15 = linalg.fill ins(%cst_2 : f64) outs(%14 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %16 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.addf %in, %out : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.divf %in, %cst_6 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %18 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %17 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_65: f64, %out: f64):
      %159 = arith.subf %in, %in_65 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %19 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %18 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_65: f64, %out: f64):
      %159 = arith.mulf %in, %in_65 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %20 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.addf %in, %out : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.divf %in, %cst_6 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %22 = tensor.empty() : tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %159 = arith.truncf %in : f64 to f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.fill ins(%cst : f32) outs(%22 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.truncf %cst_4 : f64 to f32
      %160 = arith.addf %in, %159 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.rsqrt %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %26 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.subf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %28 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.mulf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.mulf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %32 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %33 = tensor.empty() : tensor<64x64xf32>
    %transposed_11 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %34 = tensor.empty() : tensor<32x64xf32>
    %35 = linalg.fill ins(%cst : f32) outs(%34 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %36 = linalg.matmul ins(%collapsed, %transposed_11 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %37 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%36, %arg9 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %37 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.mulf %in, %cst_8 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %expanded_12 = tensor.expand_shape %38 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %39 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_13 = linalg.transpose ins(%expanded_12 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_14 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %40 = linalg.matmul ins(%collapsed, %transposed_14 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_15 = tensor.expand_shape %40 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_16 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %41 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %42 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%41, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %42 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%expanded_15 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_20 = tensor.collapse_shape %transposed_13 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_21 = tensor.collapse_shape %transposed_19 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %43 = tensor.empty() : tensor<8x16x16xf32>
    %44 = linalg.fill ins(%cst : f32) outs(%43 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %45 = linalg.batch_matmul ins(%collapsed_20, %collapsed_21 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_22 = tensor.expand_shape %45 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %46 = tensor.empty() : tensor<2x4x16xi64>
    %47 = linalg.fill ins(%c0_i64 : i64) outs(%46 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %48 = tensor.empty() : tensor<2x4x16xf32>
    %49 = linalg.fill ins(%cst_3 : f32) outs(%48 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %50:2 = linalg.generic {indexing_maps = [#map8, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_22 : tensor<2x4x16x16xf32>) outs(%49, %47 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_65: i64):
      %159 = linalg.index 3 : index
      %160 = arith.index_cast %159 : index to i64
      %161 = arith.maximumf %in, %out : f32
      %162 = arith.cmpf ogt, %in, %out : f32
      %163 = arith.select %162, %160, %out_65 : i64
      linalg.yield %161, %163 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_23 = tensor.expand_shape %50#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %51 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_22, %expanded_23 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.subf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51 : tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.exp %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %53 = tensor.empty() : tensor<2x4x16x1xf32>
    %54 = linalg.fill ins(%cst : f32) outs(%53 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %55 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%52 : tensor<2x4x16x16xf32>) outs(%54 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x1xf32>
    %56 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %55 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.divf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %56 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %57 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %57 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %58 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%expanded_26 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_28 = tensor.collapse_shape %transposed_27 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_29 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %59 = linalg.matmul ins(%collapsed_28, %transposed_29 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %60 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%59, %arg11 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<32x64xf32>
    %expanded_30 = tensor.expand_shape %60 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %61 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %expanded_30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %62 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %159 = arith.extf %in : f32 to f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %63 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%62 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.addf %in, %out : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %64 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.divf %in, %cst_6 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %65 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62, %64 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_65: f64, %out: f64):
      %159 = arith.subf %in, %in_65 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %66 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65, %65 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_65: f64, %out: f64):
      %159 = arith.mulf %in, %in_65 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %67 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%66 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.addf %in, %out : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %68 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.divf %in, %cst_6 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %69 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %159 = arith.truncf %in : f64 to f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%61 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %71 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.truncf %cst_4 : f64 to f32
      %160 = arith.addf %in, %159 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.rsqrt %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61, %71 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.subf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %73 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.mulf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.mulf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_31 = tensor.collapse_shape %77 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %78 = tensor.empty() : tensor<64x128xf32>
    %transposed_32 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%78 : tensor<64x128xf32>) permutation = [1, 0] 
    %79 = tensor.empty() : tensor<32x128xf32>
    %80 = linalg.fill ins(%cst : f32) outs(%79 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %81 = linalg.matmul ins(%collapsed_31, %transposed_32 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%80 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %82 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%81, %arg15 : tensor<32x128xf32>, tensor<128xf32>) outs(%79 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<32x128xf32>
    %expanded_33 = tensor.expand_shape %82 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %83 = tensor.empty() : tensor<2x16x128xf32>
    %84 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_33 : tensor<2x16x128xf32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_5 : f32
      %160 = math.erf %159 : f32
      %161 = arith.addf %160, %cst_0 : f32
      %162 = arith.mulf %161, %cst_1 : f32
      %163 = arith.mulf %in, %162 : f32
      linalg.yield %163 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_34 = tensor.collapse_shape %84 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %85 = tensor.empty() : tensor<128x64xf32>
    %transposed_35 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%85 : tensor<128x64xf32>) permutation = [1, 0] 
    %86 = linalg.matmul ins(%collapsed_34, %transposed_35 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %87 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%86, %arg17 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<32x64xf32>
    %expanded_36 = tensor.expand_shape %87 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61, %expanded_36 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %159 = arith.extf %in : f32 to f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %90 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%89 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.addf %in, %out : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %91 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.divf %in, %cst_6 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %92 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %91 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_65: f64, %out: f64):
      %159 = arith.subf %in, %in_65 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %93 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %92 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_65: f64, %out: f64):
      %159 = arith.mulf %in, %in_65 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %94 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%93 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.addf %in, %out : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %95 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.divf %in, %cst_6 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %96 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %159 = arith.truncf %in : f64 to f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %97 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%88 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.truncf %cst_4 : f64 to f32
      %160 = arith.addf %in, %159 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.rsqrt %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %98 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.subf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %100 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.mulf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg27 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.mulf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg28 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_37 = tensor.collapse_shape %104 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_38 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %105 = linalg.matmul ins(%collapsed_37, %transposed_38 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %106 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%105, %arg24 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<32x64xf32>
    %expanded_39 = tensor.expand_shape %106 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.mulf %in, %cst_8 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %expanded_40 = tensor.expand_shape %107 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_42 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %108 = linalg.matmul ins(%collapsed_37, %transposed_42 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_43 = tensor.expand_shape %108 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_44 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %109 = linalg.matmul ins(%collapsed_37, %transposed_44 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %110 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%109, %arg22 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<32x64xf32>
    %expanded_45 = tensor.expand_shape %110 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_47 = linalg.transpose ins(%expanded_43 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_48 = tensor.collapse_shape %transposed_41 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_49 = tensor.collapse_shape %transposed_47 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %111 = linalg.batch_matmul ins(%collapsed_48, %collapsed_49 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_50 = tensor.expand_shape %111 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %112:2 = linalg.generic {indexing_maps = [#map8, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_50 : tensor<2x4x16x16xf32>) outs(%49, %47 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_65: i64):
      %159 = linalg.index 3 : index
      %160 = arith.index_cast %159 : index to i64
      %161 = arith.maximumf %in, %out : f32
      %162 = arith.cmpf ogt, %in, %out : f32
      %163 = arith.select %162, %160, %out_65 : i64
      linalg.yield %161, %163 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_51 = tensor.expand_shape %112#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_50, %expanded_51 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.subf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %114 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%113 : tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.exp %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %115 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%114 : tensor<2x4x16x16xf32>) outs(%54 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%114, %115 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.divf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_52 = tensor.collapse_shape %116 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_53 = tensor.collapse_shape %transposed_46 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %117 = linalg.batch_matmul ins(%collapsed_52, %collapsed_53 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_54 = tensor.expand_shape %117 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_55 = linalg.transpose ins(%expanded_54 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_56 = tensor.collapse_shape %transposed_55 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_57 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %118 = linalg.matmul ins(%collapsed_56, %transposed_57 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %119 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%118, %arg26 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<32x64xf32>
    %expanded_58 = tensor.expand_shape %119 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %expanded_58 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %159 = arith.extf %in : f32 to f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %122 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%121 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.addf %in, %out : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %123 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.divf %in, %cst_6 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %124 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %123 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_65: f64, %out: f64):
      %159 = arith.subf %in, %in_65 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %125 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %124 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_65: f64, %out: f64):
      %159 = arith.mulf %in, %in_65 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %126 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%125 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.addf %in, %out : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %127 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.divf %in, %cst_6 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %128 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %159 = arith.truncf %in : f64 to f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%120 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %130 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %131 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.truncf %cst_4 : f64 to f32
      %160 = arith.addf %in, %159 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %132 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.rsqrt %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %133 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %130 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.subf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %134 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %132 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.mulf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %arg33 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.mulf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %136 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %arg34 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_59 = tensor.collapse_shape %136 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_60 = linalg.transpose ins(%arg29 : tensor<128x64xf32>) outs(%78 : tensor<64x128xf32>) permutation = [1, 0] 
    %137 = linalg.matmul ins(%collapsed_59, %transposed_60 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%80 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %138 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%137, %arg30 : tensor<32x128xf32>, tensor<128xf32>) outs(%79 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<32x128xf32>
    %expanded_61 = tensor.expand_shape %138 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %139 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_61 : tensor<2x16x128xf32>) outs(%83 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_5 : f32
      %160 = math.erf %159 : f32
      %161 = arith.addf %160, %cst_0 : f32
      %162 = arith.mulf %161, %cst_1 : f32
      %163 = arith.mulf %in, %162 : f32
      linalg.yield %163 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_62 = tensor.collapse_shape %139 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %transposed_63 = linalg.transpose ins(%arg31 : tensor<64x128xf32>) outs(%85 : tensor<128x64xf32>) permutation = [1, 0] 
    %140 = linalg.matmul ins(%collapsed_62, %transposed_63 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %141 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel"]} ins(%140, %arg32 : tensor<32x64xf32>, tensor<64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<32x64xf32>
    %expanded_64 = tensor.expand_shape %141 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %142 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %expanded_64 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %143 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %159 = arith.extf %in : f32 to f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %144 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%143 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.addf %in, %out : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %145 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.divf %in, %cst_6 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %146 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %145 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_65: f64, %out: f64):
      %159 = arith.subf %in, %in_65 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %147 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %146 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_65: f64, %out: f64):
      %159 = arith.mulf %in, %in_65 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x64xf64>
    %148 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%147 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.addf %in, %out : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %149 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %159 = arith.divf %in, %cst_6 : f64
      linalg.yield %159 : f64
    } -> tensor<2x16x1xf64>
    %150 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %159 = arith.truncf %in : f64 to f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %151 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%142 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %152 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %153 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.truncf %cst_4 : f64 to f32
      %160 = arith.addf %in, %159 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %154 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.rsqrt %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %152 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.subf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map, #map5, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %154 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.mulf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156, %arg35 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.mulf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %158 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %arg36 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_65: f32, %out: f32):
      %159 = arith.addf %in, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    return %158 : tensor<2x16x64xf32>
  }
}
