// FRONTEND: {"args": [{"role": "weight", "shape": [64, 8, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 8, 32]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "whisper_encoder", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0) -> (d0)>
#map2 = affine_map<(d0, d1) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map7 = affine_map<(d0, d1, d2) -> (d2)>
#map8 = affine_map<(d0, d1) -> (d1)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module @module {
  func.func @main(%arg0: tensor<64x8x3xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64x64x3xf32>, %arg3: tensor<64xf32>, %arg4: tensor<16x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<128x64xf32>, %arg30: tensor<128xf32>, %arg31: tensor<64x128xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<2x8x32xf32>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.41421354 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant 5.000000e-01 : f32
    %c16 = arith.constant 16 : index
    %cst_3 = arith.constant 0xFF800000 : f32
    %cst_4 = arith.constant 9.99999974E-6 : f32
    %cst_5 = arith.constant 6.400000e+01 : f32
    %cst_6 = arith.constant 2.500000e-01 : f32
    %padded = tensor.pad %arg37 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg38: index, %arg39: index, %arg40: index):
      tensor.yield %cst : f32
    } : tensor<2x8x32xf32> to tensor<2x8x34xf32>
    %0 = tensor.empty() : tensor<2x64x32xf32>
    %broadcasted = linalg.broadcast ins(%arg1 : tensor<64xf32>) outs(%0 : tensor<2x64x32xf32>) dimensions = [0, 2] 
    %1 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<1> : vector<1xi64>} ins(%padded, %arg0 : tensor<2x8x34xf32>, tensor<64x8x3xf32>) outs(%broadcasted : tensor<2x64x32xf32>) -> tensor<2x64x32xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x64x32xf32>) outs(%0 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_0 : f32
      %142 = math.erf %141 : f32
      %143 = arith.addf %142, %cst_1 : f32
      %144 = arith.mulf %143, %cst_2 : f32
      %145 = arith.mulf %in, %144 : f32
      linalg.yield %145 : f32
    } -> tensor<2x64x32xf32>
    %padded_7 = tensor.pad %2 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg38: index, %arg39: index, %arg40: index):
      tensor.yield %cst : f32
    } : tensor<2x64x32xf32> to tensor<2x64x34xf32>
    %3 = tensor.empty() : tensor<2x64x16xf32>
    %broadcasted_8 = linalg.broadcast ins(%arg3 : tensor<64xf32>) outs(%3 : tensor<2x64x16xf32>) dimensions = [0, 2] 
    %4 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<2> : vector<1xi64>} ins(%padded_7, %arg2 : tensor<2x64x34xf32>, tensor<64x64x3xf32>) outs(%broadcasted_8 : tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x64x16xf32>) outs(%3 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_0 : f32
      %142 = math.erf %141 : f32
      %143 = arith.addf %142, %cst_1 : f32
      %144 = arith.mulf %143, %cst_2 : f32
      %145 = arith.mulf %in, %144 : f32
      linalg.yield %145 : f32
    } -> tensor<2x64x16xf32>
    %6 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%5 : tensor<2x64x16xf32>) outs(%6 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %7 = tensor.empty() : tensor<16xi64>
    %8 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel"]} outs(%7 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %141 = linalg.index 0 : index
      %142 = arith.index_cast %141 : index to i64
      linalg.yield %142 : i64
    } -> tensor<16xi64>
    %9 = tensor.empty() : tensor<16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel"]} ins(%8 : tensor<16xi64>) outs(%9 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %141 = arith.index_cast %in : i64 to index
      %142 = linalg.index 1 : index
      %143 = arith.cmpi slt, %141, %c16 : index
      cf.assert %143, "index must be smaller than dim size"
      %144 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %144, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg4[%141, %142] : tensor<16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed, %10 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %12 = tensor.empty() : tensor<2x16x1xf32>
    %13 = linalg.fill ins(%cst : f32) outs(%12 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_5 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %15 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %16 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.subf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %17 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_5 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %cst_4 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_9 = tensor.collapse_shape %22 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %23 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_9 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_10 = tensor.collapse_shape %26 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %27 = tensor.empty() : tensor<64x64xf32>
    %transposed_11 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %28 = tensor.empty() : tensor<32x64xf32>
    %29 = linalg.fill ins(%cst : f32) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %30 = linalg.matmul ins(%collapsed_10, %transposed_11 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %31 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg9, %30 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %31 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.mulf %in, %cst_6 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %expanded_12 = tensor.expand_shape %32 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %33 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_13 = linalg.transpose ins(%expanded_12 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_14 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %34 = linalg.matmul ins(%collapsed_10, %transposed_14 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_15 = tensor.expand_shape %34 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_16 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %35 = linalg.matmul ins(%collapsed_10, %transposed_16 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %36 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg7, %35 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %36 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%expanded_15 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_20 = tensor.collapse_shape %transposed_13 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_21 = tensor.collapse_shape %transposed_19 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %37 = tensor.empty() : tensor<8x16x16xf32>
    %38 = linalg.fill ins(%cst : f32) outs(%37 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %39 = linalg.batch_matmul ins(%collapsed_20, %collapsed_21 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_22 = tensor.expand_shape %39 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %40 = tensor.empty() : tensor<2x4x16xi64>
    %41 = linalg.fill ins(%c0_i64 : i64) outs(%40 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %42 = tensor.empty() : tensor<2x4x16xf32>
    %43 = linalg.fill ins(%cst_3 : f32) outs(%42 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %44:2 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_22 : tensor<2x4x16x16xf32>) outs(%43, %41 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_73: i64):
      %141 = linalg.index 3 : index
      %142 = arith.index_cast %141 : index to i64
      %143 = arith.maximumf %in, %out : f32
      %144 = arith.cmpf ogt, %in, %out : f32
      %145 = arith.select %144, %142, %out_73 : i64
      linalg.yield %143, %145 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_23 = tensor.expand_shape %44#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %45 = linalg.generic {indexing_maps = [#map9, #map11, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_22, %expanded_23 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.subf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x4x16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.exp %in : f32
      linalg.yield %141 : f32
    } -> tensor<2x4x16x16xf32>
    %47 = tensor.empty() : tensor<2x4x16x1xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%47 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %49 = linalg.generic {indexing_maps = [#map9, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%46 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x4x16x1xf32>
    %50 = linalg.generic {indexing_maps = [#map9, #map11, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46, %49 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.divf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %50 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %51 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %51 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %52 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%expanded_26 : tensor<2x4x16x16xf32>) outs(%52 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_28 = tensor.collapse_shape %transposed_27 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_29 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %53 = linalg.matmul ins(%collapsed_28, %transposed_29 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %54 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg11, %53 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<32x64xf32>
    %expanded_30 = tensor.expand_shape %54 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %55 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %expanded_30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %56 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%55 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %57 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_5 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_31 = tensor.collapse_shape %57 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_31 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %59 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55, %58 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.subf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %60 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59, %59 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %61 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%60 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_5 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %63 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %cst_4 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %64 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_32 = tensor.collapse_shape %64 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_32 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %66 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59, %65 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_33 = tensor.collapse_shape %68 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %69 = tensor.empty() : tensor<64x128xf32>
    %transposed_34 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%69 : tensor<64x128xf32>) permutation = [1, 0] 
    %70 = tensor.empty() : tensor<32x128xf32>
    %71 = linalg.fill ins(%cst : f32) outs(%70 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %72 = linalg.matmul ins(%collapsed_33, %transposed_34 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%71 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %73 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg15, %72 : tensor<128xf32>, tensor<32x128xf32>) outs(%70 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<32x128xf32>
    %expanded_35 = tensor.expand_shape %73 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %74 = tensor.empty() : tensor<2x16x128xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x16x128xf32>) outs(%74 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_0 : f32
      %142 = math.erf %141 : f32
      %143 = arith.addf %142, %cst_1 : f32
      %144 = arith.mulf %143, %cst_2 : f32
      %145 = arith.mulf %in, %144 : f32
      linalg.yield %145 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_36 = tensor.collapse_shape %75 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %76 = tensor.empty() : tensor<128x64xf32>
    %transposed_37 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%76 : tensor<128x64xf32>) permutation = [1, 0] 
    %77 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %78 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg17, %77 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<32x64xf32>
    %expanded_38 = tensor.expand_shape %78 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55, %expanded_38 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%79 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_5 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_39 = tensor.collapse_shape %81 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %82 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_39 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %82 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.subf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %83 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%84 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_5 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %cst_4 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_40 = tensor.collapse_shape %88 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %89 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_40 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %89 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %arg27 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %arg28 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_41 = tensor.collapse_shape %92 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_42 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %93 = linalg.matmul ins(%collapsed_41, %transposed_42 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %94 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg24, %93 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<32x64xf32>
    %expanded_43 = tensor.expand_shape %94 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43 : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.mulf %in, %cst_6 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %expanded_44 = tensor.expand_shape %95 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_45 = linalg.transpose ins(%expanded_44 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_46 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %96 = linalg.matmul ins(%collapsed_41, %transposed_46 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_47 = tensor.expand_shape %96 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_48 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %97 = linalg.matmul ins(%collapsed_41, %transposed_48 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %98 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg22, %97 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<32x64xf32>
    %expanded_49 = tensor.expand_shape %98 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_51 = linalg.transpose ins(%expanded_47 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_52 = tensor.collapse_shape %transposed_45 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_53 = tensor.collapse_shape %transposed_51 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %99 = linalg.batch_matmul ins(%collapsed_52, %collapsed_53 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_54 = tensor.expand_shape %99 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %100:2 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_54 : tensor<2x4x16x16xf32>) outs(%43, %41 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_73: i64):
      %141 = linalg.index 3 : index
      %142 = arith.index_cast %141 : index to i64
      %143 = arith.maximumf %in, %out : f32
      %144 = arith.cmpf ogt, %in, %out : f32
      %145 = arith.select %144, %142, %out_73 : i64
      linalg.yield %143, %145 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_55 = tensor.expand_shape %100#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map9, #map11, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_54, %expanded_55 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.subf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x4x16x16xf32>
    %102 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%101 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.exp %in : f32
      linalg.yield %141 : f32
    } -> tensor<2x4x16x16xf32>
    %103 = linalg.generic {indexing_maps = [#map9, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%102 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x4x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map9, #map11, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%102, %103 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.divf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_56 = tensor.collapse_shape %104 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_57 = tensor.collapse_shape %transposed_50 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %105 = linalg.batch_matmul ins(%collapsed_56, %collapsed_57 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_58 = tensor.expand_shape %105 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<2x4x16x16xf32>) outs(%52 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_60 = tensor.collapse_shape %transposed_59 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_61 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %106 = linalg.matmul ins(%collapsed_60, %transposed_61 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %107 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg26, %106 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<32x64xf32>
    %expanded_62 = tensor.expand_shape %107 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %expanded_62 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_5 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_63 = tensor.collapse_shape %110 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %111 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_63 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %111 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.subf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %112 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_5 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %cst_4 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_64 = tensor.collapse_shape %117 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %118 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_64 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %118 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %arg33 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg34 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_65 = tensor.collapse_shape %121 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_66 = linalg.transpose ins(%arg29 : tensor<128x64xf32>) outs(%69 : tensor<64x128xf32>) permutation = [1, 0] 
    %122 = linalg.matmul ins(%collapsed_65, %transposed_66 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%71 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %123 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg30, %122 : tensor<128xf32>, tensor<32x128xf32>) outs(%70 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<32x128xf32>
    %expanded_67 = tensor.expand_shape %123 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %124 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_67 : tensor<2x16x128xf32>) outs(%74 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_0 : f32
      %142 = math.erf %141 : f32
      %143 = arith.addf %142, %cst_1 : f32
      %144 = arith.mulf %143, %cst_2 : f32
      %145 = arith.mulf %in, %144 : f32
      linalg.yield %145 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_68 = tensor.collapse_shape %124 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %transposed_69 = linalg.transpose ins(%arg31 : tensor<64x128xf32>) outs(%76 : tensor<128x64xf32>) permutation = [1, 0] 
    %125 = linalg.matmul ins(%collapsed_68, %transposed_69 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %126 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg32, %125 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<32x64xf32>
    %expanded_70 = tensor.expand_shape %126 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %expanded_70 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%127 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_5 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_71 = tensor.collapse_shape %129 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %130 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_71 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %131 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %130 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.subf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %131 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%132 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %out : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %134 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.divf %in, %cst_5 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %135 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = arith.addf %in, %cst_4 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %136 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %141 = math.rsqrt %in : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_72 = tensor.collapse_shape %136 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %137 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_72 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %137 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %139 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %arg35 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.mulf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    %140 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %arg36 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_73: f32, %out: f32):
      %141 = arith.addf %in, %in_73 : f32
      linalg.yield %141 : f32
    } -> tensor<2x16x64xf32>
    return %140 : tensor<2x16x64xf32>
  }
}

