// FRONTEND: {"args": [{"role": "weight", "shape": [64, 8, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 8, 32]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "whisper_encoder", "path": "turbine-iree", "shapes": "static"}
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
    %false = arith.constant false
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_5 = arith.constant 0xFF800000 : f32
    %cst_6 = arith.constant 9.99999974E-6 : f32
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
      %154 = arith.divf %in, %cst_0 : f32
      %155 = math.erf %154 : f32
      %156 = arith.addf %155, %cst_1 : f32
      %157 = arith.mulf %156, %cst_2 : f32
      %158 = arith.mulf %in, %157 : f32
      linalg.yield %158 : f32
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
      %154 = arith.divf %in, %cst_0 : f32
      %155 = math.erf %154 : f32
      %156 = arith.addf %155, %cst_1 : f32
      %157 = arith.mulf %156, %cst_2 : f32
      %158 = arith.mulf %in, %157 : f32
      linalg.yield %158 : f32
    } -> tensor<2x64x16xf32>
    %6 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%5 : tensor<2x64x16xf32>) outs(%6 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %7 = tensor.empty() : tensor<16xi64>
    %8 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel"]} outs(%7 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %154 = linalg.index 0 : index
      %155 = arith.index_cast %154 : index to i64
      linalg.yield %155 : i64
    } -> tensor<16xi64>
    %9 = tensor.empty() : tensor<16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel"]} ins(%8 : tensor<16xi64>) outs(%9 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %154 = arith.index_cast %in : i64 to index
      %155 = linalg.index 1 : index
      %156 = arith.cmpi slt, %154, %c16 : index
      cf.assert %156, "index must be smaller than dim size"
      %157 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %157, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg4[%154, %155] : tensor<16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed, %10 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %12 = tensor.empty() : tensor<2x16x1xf32>
    %13 = linalg.fill ins(%cst : f32) outs(%12 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_7 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %15 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %16 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.subf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %17 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_7 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %cst_6 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = math.rsqrt %in : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_11 = tensor.collapse_shape %22 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %23 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_11 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_12 = tensor.collapse_shape %26 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %27 = tensor.empty() : tensor<64x64xf32>
    %transposed_13 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %28 = tensor.empty() : tensor<32x64xf32>
    %29 = linalg.fill ins(%cst : f32) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %30 = linalg.matmul ins(%collapsed_12, %transposed_13 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %31 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg9, %30 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %31 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.mulf %in, %cst_8 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %expanded_14 = tensor.expand_shape %32 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %33 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_16 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %34 = linalg.matmul ins(%collapsed_12, %transposed_16 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %34 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_18 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %35 = linalg.matmul ins(%collapsed_12, %transposed_18 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %36 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg7, %35 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<32x64xf32>
    %expanded_19 = tensor.expand_shape %36 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_22 = tensor.collapse_shape %transposed_15 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %37 = tensor.empty() : tensor<8x16x16xf32>
    %38 = linalg.fill ins(%cst : f32) outs(%37 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %39 = linalg.batch_matmul ins(%collapsed_22, %collapsed_23 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_24 = tensor.expand_shape %39 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %40 = tensor.empty() : tensor<2x4x16xi64>
    %41 = linalg.fill ins(%c0_i64 : i64) outs(%40 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %42 = tensor.empty() : tensor<2x4x16xf32>
    %43 = linalg.fill ins(%cst_3 : f32) outs(%42 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %44:2 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_24 : tensor<2x4x16x16xf32>) outs(%43, %41 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_75: i64):
      %154 = linalg.index 3 : index
      %155 = arith.index_cast %154 : index to i64
      %156 = arith.maximumf %in, %out : f32
      %157 = arith.cmpf ogt, %in, %out : f32
      %158 = arith.select %157, %155, %out_75 : i64
      linalg.yield %156, %158 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_25 = tensor.expand_shape %44#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %45 = linalg.generic {indexing_maps = [#map9, #map11, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24, %expanded_25 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.subf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x4x16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = math.exp %in : f32
      linalg.yield %154 : f32
    } -> tensor<2x4x16x16xf32>
    %47 = tensor.empty() : tensor<2x4x16x1xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%47 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %49 = linalg.generic {indexing_maps = [#map9, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%46 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x4x16x1xf32>
    %50 = linalg.generic {indexing_maps = [#map9, #map11, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46, %49 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.divf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x4x16x16xf32>
    %51 = tensor.empty() : tensor<2x4x16x16xi1>
    %52 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %154 = arith.cmpf oeq, %in, %cst_5 : f32
      linalg.yield %154 : i1
    } -> tensor<2x4x16x16xi1>
    %53 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52 : tensor<2x4x16x16xi1>) outs(%51 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %154 = arith.cmpi eq, %in, %false : i1
      linalg.yield %154 : i1
    } -> tensor<2x4x16x16xi1>
    %54 = tensor.empty() : tensor<2x4x16x1xi1>
    %55 = linalg.fill ins(%false : i1) outs(%54 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %56 = linalg.generic {indexing_maps = [#map9, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%53 : tensor<2x4x16x16xi1>) outs(%55 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %154 = arith.ori %in, %out : i1
      linalg.yield %154 : i1
    } -> tensor<2x4x16x1xi1>
    %57 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56 : tensor<2x4x16x1xi1>) outs(%54 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %154 = arith.cmpi eq, %in, %false : i1
      linalg.yield %154 : i1
    } -> tensor<2x4x16x1xi1>
    %58 = linalg.generic {indexing_maps = [#map11, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %cst_4, %50 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_75: f32, %in_76: f32, %out: f32):
      %154 = arith.select %in, %in_75, %in_76 : f32
      linalg.yield %154 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %transposed_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %59 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %59 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %60 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x4x16x16xf32>) outs(%60 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_30 = tensor.collapse_shape %transposed_29 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_31 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %61 = linalg.matmul ins(%collapsed_30, %transposed_31 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %62 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg11, %61 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<32x64xf32>
    %expanded_32 = tensor.expand_shape %62 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %63 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %expanded_32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %64 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%63 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_7 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_33 = tensor.collapse_shape %65 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %66 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63, %66 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.subf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %67 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %69 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%68 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_7 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %71 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %cst_6 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = math.rsqrt %in : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_34 = tensor.collapse_shape %72 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %73 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %73 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_35 = tensor.collapse_shape %76 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %77 = tensor.empty() : tensor<64x128xf32>
    %transposed_36 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%77 : tensor<64x128xf32>) permutation = [1, 0] 
    %78 = tensor.empty() : tensor<32x128xf32>
    %79 = linalg.fill ins(%cst : f32) outs(%78 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %80 = linalg.matmul ins(%collapsed_35, %transposed_36 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%79 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %81 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg15, %80 : tensor<128xf32>, tensor<32x128xf32>) outs(%78 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<32x128xf32>
    %expanded_37 = tensor.expand_shape %81 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %82 = tensor.empty() : tensor<2x16x128xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x16x128xf32>) outs(%82 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_0 : f32
      %155 = math.erf %154 : f32
      %156 = arith.addf %155, %cst_1 : f32
      %157 = arith.mulf %156, %cst_2 : f32
      %158 = arith.mulf %in, %157 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_38 = tensor.collapse_shape %83 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %84 = tensor.empty() : tensor<128x64xf32>
    %transposed_39 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%84 : tensor<128x64xf32>) permutation = [1, 0] 
    %85 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %86 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg17, %85 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<32x64xf32>
    %expanded_40 = tensor.expand_shape %86 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63, %expanded_40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%87 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_7 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %89 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %90 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %90 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.subf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %91 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%92 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_7 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %cst_6 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = math.rsqrt %in : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %96 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %97 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %97 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %arg27 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %arg28 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_43 = tensor.collapse_shape %100 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_44 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %101 = linalg.matmul ins(%collapsed_43, %transposed_44 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %102 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg24, %101 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<32x64xf32>
    %expanded_45 = tensor.expand_shape %102 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45 : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.mulf %in, %cst_8 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %expanded_46 = tensor.expand_shape %103 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_47 = linalg.transpose ins(%expanded_46 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_48 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %104 = linalg.matmul ins(%collapsed_43, %transposed_48 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_49 = tensor.expand_shape %104 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_50 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %105 = linalg.matmul ins(%collapsed_43, %transposed_50 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %106 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg22, %105 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<32x64xf32>
    %expanded_51 = tensor.expand_shape %106 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_52 = linalg.transpose ins(%expanded_51 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_53 = linalg.transpose ins(%expanded_49 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_54 = tensor.collapse_shape %transposed_47 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_55 = tensor.collapse_shape %transposed_53 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %107 = linalg.batch_matmul ins(%collapsed_54, %collapsed_55 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_56 = tensor.expand_shape %107 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %108:2 = linalg.generic {indexing_maps = [#map9, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_56 : tensor<2x4x16x16xf32>) outs(%43, %41 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_75: i64):
      %154 = linalg.index 3 : index
      %155 = arith.index_cast %154 : index to i64
      %156 = arith.maximumf %in, %out : f32
      %157 = arith.cmpf ogt, %in, %out : f32
      %158 = arith.select %157, %155, %out_75 : i64
      linalg.yield %156, %158 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_57 = tensor.expand_shape %108#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map9, #map11, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_56, %expanded_57 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.subf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x4x16x16xf32>
    %110 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%109 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = math.exp %in : f32
      linalg.yield %154 : f32
    } -> tensor<2x4x16x16xf32>
    %111 = linalg.generic {indexing_maps = [#map9, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%110 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x4x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map9, #map11, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%110, %111 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.divf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x4x16x16xf32>
    %113 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_56 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %154 = arith.cmpf oeq, %in, %cst_5 : f32
      linalg.yield %154 : i1
    } -> tensor<2x4x16x16xi1>
    %114 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%113 : tensor<2x4x16x16xi1>) outs(%51 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %154 = arith.cmpi eq, %in, %false : i1
      linalg.yield %154 : i1
    } -> tensor<2x4x16x16xi1>
    %115 = linalg.generic {indexing_maps = [#map9, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%114 : tensor<2x4x16x16xi1>) outs(%55 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %154 = arith.ori %in, %out : i1
      linalg.yield %154 : i1
    } -> tensor<2x4x16x1xi1>
    %116 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%115 : tensor<2x4x16x1xi1>) outs(%54 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %154 = arith.cmpi eq, %in, %false : i1
      linalg.yield %154 : i1
    } -> tensor<2x4x16x1xi1>
    %117 = linalg.generic {indexing_maps = [#map11, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%116, %cst_4, %112 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_75: f32, %in_76: f32, %out: f32):
      %154 = arith.select %in, %in_75, %in_76 : f32
      linalg.yield %154 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_58 = tensor.collapse_shape %117 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_59 = tensor.collapse_shape %transposed_52 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %118 = linalg.batch_matmul ins(%collapsed_58, %collapsed_59 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_60 = tensor.expand_shape %118 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_61 = linalg.transpose ins(%expanded_60 : tensor<2x4x16x16xf32>) outs(%60 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_62 = tensor.collapse_shape %transposed_61 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_63 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%27 : tensor<64x64xf32>) permutation = [1, 0] 
    %119 = linalg.matmul ins(%collapsed_62, %transposed_63 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %120 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg26, %119 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<32x64xf32>
    %expanded_64 = tensor.expand_shape %120 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %expanded_64 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%121 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_7 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_65 = tensor.collapse_shape %123 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %124 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_65 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %124 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.subf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %125 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%126 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_7 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %cst_6 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %130 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = math.rsqrt %in : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_66 = tensor.collapse_shape %130 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %131 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_66 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %131 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %arg33 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %134 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %arg34 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_67 = tensor.collapse_shape %134 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_68 = linalg.transpose ins(%arg29 : tensor<128x64xf32>) outs(%77 : tensor<64x128xf32>) permutation = [1, 0] 
    %135 = linalg.matmul ins(%collapsed_67, %transposed_68 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%79 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %136 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg30, %135 : tensor<128xf32>, tensor<32x128xf32>) outs(%78 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<32x128xf32>
    %expanded_69 = tensor.expand_shape %136 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %137 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_69 : tensor<2x16x128xf32>) outs(%82 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_0 : f32
      %155 = math.erf %154 : f32
      %156 = arith.addf %155, %cst_1 : f32
      %157 = arith.mulf %156, %cst_2 : f32
      %158 = arith.mulf %in, %157 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_70 = tensor.collapse_shape %137 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %transposed_71 = linalg.transpose ins(%arg31 : tensor<64x128xf32>) outs(%84 : tensor<128x64xf32>) permutation = [1, 0] 
    %138 = linalg.matmul ins(%collapsed_70, %transposed_71 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %139 = linalg.generic {indexing_maps = [#map8, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg32, %138 : tensor<64xf32>, tensor<32x64xf32>) outs(%28 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<32x64xf32>
    %expanded_72 = tensor.expand_shape %139 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %140 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %expanded_72 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %141 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%140 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %142 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_7 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_73 = tensor.collapse_shape %142 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %143 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_73 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %144 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %143 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.subf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %145 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %144 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %146 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%145 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %out : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %147 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.divf %in, %cst_7 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %148 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = arith.addf %in, %cst_6 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %154 = math.rsqrt %in : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_74 = tensor.collapse_shape %149 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %150 = linalg.generic {indexing_maps = [#map6, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_74 : tensor<2x16xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %150 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %arg35 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.mulf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    %153 = linalg.generic {indexing_maps = [#map, #map7, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %arg36 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%6 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %154 = arith.addf %in, %in_75 : f32
      linalg.yield %154 : f32
    } -> tensor<2x16x64xf32>
    return %153 : tensor<2x16x64xf32>
  }
}

