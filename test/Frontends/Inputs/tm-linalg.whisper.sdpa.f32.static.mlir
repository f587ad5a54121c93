// FRONTEND: {"args": [{"role": "weight", "shape": [64, 8, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 8, 32]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 3, "func": "forward", "model": "whisper", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map4 = affine_map<(d0, d1) -> (d0)>
#map5 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map7 = affine_map<(d0, d1, d2) -> (d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map11 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map13 = affine_map<(d0, d1, d2, d3) -> ()>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map15 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
module {
  func.func @forward(%arg0: tensor<64x8x3xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64x64x3xf32>, %arg3: tensor<64xf32>, %arg4: tensor<16x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<128x64xf32>, %arg23: tensor<16x64xf32>, %arg24: tensor<64x64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64x64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64x64xf32>, %arg34: tensor<64x64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64x64xf32>, %arg37: tensor<64xf32>, %arg38: tensor<64x64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<64xf32>, %arg41: tensor<64xf32>, %arg42: tensor<128x64xf32>, %arg43: tensor<128xf32>, %arg44: tensor<64x128xf32>, %arg45: tensor<64xf32>, %arg46: tensor<64xf32>, %arg47: tensor<64xf32>, %arg48: tensor<64xf32>, %arg49: tensor<64xf32>, %arg50: tensor<2x8x32xf32>, %arg51: tensor<2x8xi64>) -> tensor<2x8x64xf32> {
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 5.000000e-01 : f32
    %c16 = arith.constant 16 : index
    %cst_2 = arith.constant 0.000000e+00 : f64
    %cst_3 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %c128 = arith.constant 128 : index
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x8x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<2x4x8x8xf32>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_7 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_8 = arith.constant dense<true> : tensor<i1>
    %cst_9 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_10 = arith.constant 0xFFF0000000000000 : f64
    %cst_11 = arith.constant 1.000000e-05 : f64
    %cst_12 = arith.constant 1.41421354 : f32
    %cst_13 = arith.constant 6.400000e+01 : f64
    %cst_14 = arith.constant 6.400000e+01 : f32
    %cst_15 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<8xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %266 = linalg.index 0 : index
      %267 = arith.index_cast %266 : index to i64
      linalg.yield %267 : i64
    } -> tensor<8xi64>
    %2 = tensor.empty() : tensor<2x8xi64>
    %3 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<8xi64>) outs(%2 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x8xi64>
    %padded = tensor.pad %arg50 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg52: index, %arg53: index, %arg54: index):
      tensor.yield %cst : f32
    } : tensor<2x8x32xf32> to tensor<2x8x34xf32>
    %4 = tensor.empty() : tensor<2x64x32xf32>
    %broadcasted = linalg.broadcast ins(%arg1 : tensor<64xf32>) outs(%4 : tensor<2x64x32xf32>) dimensions = [0, 2] 
    %5 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<1> : vector<1xi64>} ins(%padded, %arg0 : tensor<2x8x34xf32>, tensor<64x8x3xf32>) outs(%broadcasted : tensor<2x64x32xf32>) -> tensor<2x64x32xf32>
    %6 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5 : tensor<2x64x32xf32>) outs(%4 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.divf %in, %cst_12 : f32
      %267 = math.erf %266 : f32
      %268 = arith.addf %267, %cst_0 : f32
      %269 = arith.mulf %268, %cst_1 : f32
      %270 = arith.mulf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x64x32xf32>
    %padded_16 = tensor.pad %6 low[0, 0, 1] high[0, 0, 1] {
    ^bb0(%arg52: index, %arg53: index, %arg54: index):
      tensor.yield %cst : f32
    } : tensor<2x64x32xf32> to tensor<2x64x34xf32>
    %7 = tensor.empty() : tensor<2x64x16xf32>
    %broadcasted_17 = linalg.broadcast ins(%arg3 : tensor<64xf32>) outs(%7 : tensor<2x64x16xf32>) dimensions = [0, 2] 
    %8 = linalg.conv_1d_ncw_fcw {dilations = dense<1> : vector<1xi64>, strides = dense<2> : vector<1xi64>} ins(%padded_16, %arg2 : tensor<2x64x34xf32>, tensor<64x64x3xf32>) outs(%broadcasted_17 : tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %9 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x64x16xf32>) outs(%7 : tensor<2x64x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.divf %in, %cst_12 : f32
      %267 = math.erf %266 : f32
      %268 = arith.addf %267, %cst_0 : f32
      %269 = arith.mulf %268, %cst_1 : f32
      %270 = arith.mulf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x64x16xf32>
    %10 = tensor.empty() : tensor<2x16x64xf32>
    %transposed = linalg.transpose ins(%9 : tensor<2x64x16xf32>) outs(%10 : tensor<2x16x64xf32>) permutation = [0, 2, 1] 
    %11 = tensor.empty() : tensor<16xi64>
    %12 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%11 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %266 = linalg.index 0 : index
      %267 = arith.index_cast %266 : index to i64
      linalg.yield %267 : i64
    } -> tensor<16xi64>
    %13 = tensor.empty() : tensor<16x64xf32>
    %14 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel"]} ins(%12 : tensor<16xi64>) outs(%13 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %266 = arith.index_cast %in : i64 to index
      %267 = linalg.index 1 : index
      %268 = arith.cmpi slt, %266, %c16 : index
      cf.assert %268, "index must be smaller than dim size"
      %269 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %269, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg4[%266, %267] : tensor<16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %15 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed, %14 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %16 = tensor.empty() : tensor<2x16x64xf64>
    %17 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x64xf32>) outs(%16 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %266 = arith.extf %in : f32 to f64
      linalg.yield %266 : f64
    } -> tensor<2x16x64xf64>
    %18 = tensor.empty() : tensor<2x16x1xf64>
    %19 = linalg.fill ins(%cst_2 : f64) outs(%18 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %20 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<2x16x64xf64>) outs(%19 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %21 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf64>) outs(%18 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %22 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %21 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%16 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.subf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x64xf64>
    %23 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %22 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%16 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.mulf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x64xf64>
    %24 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%23 : tensor<2x16x64xf64>) outs(%19 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %25 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf64>) outs(%18 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %26 = tensor.empty() : tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf64>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %266 = arith.truncf %in : f64 to f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.fill ins(%cst : f32) outs(%26 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%15 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.addf %in, %out : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.divf %in, %cst_14 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.truncf %cst_11 : f64 to f32
      %267 = arith.addf %in, %266 : f32
      linalg.yield %267 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = math.rsqrt %in : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %30 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.subf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %32 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %36 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %37 = tensor.empty() : tensor<64x64xf32>
    %transposed_18 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %38 = tensor.empty() : tensor<32x64xf32>
    %39 = linalg.fill ins(%cst : f32) outs(%38 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %40 = linalg.matmul ins(%collapsed, %transposed_18 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %41 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%40, %arg9 : tensor<32x64xf32>, tensor<64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %41 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x64xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.mulf %in, %cst_15 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %expanded_19 = tensor.expand_shape %42 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %43 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %44 = linalg.matmul ins(%collapsed, %transposed_21 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_22 = tensor.expand_shape %44 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_23 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %45 = linalg.matmul ins(%collapsed, %transposed_23 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %46 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%45, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<32x64xf32>
    %expanded_24 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<2x16x4x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_26 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_27 = tensor.collapse_shape %transposed_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %transposed_26 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %47 = tensor.empty() : tensor<8x16x16xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %49 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_29 = tensor.expand_shape %49 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %50 = tensor.empty() : tensor<2x4x16xi64>
    %51 = linalg.fill ins(%c0_i64 : i64) outs(%50 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %52 = tensor.empty() : tensor<2x4x16xf32>
    %53 = linalg.fill ins(%cst_3 : f32) outs(%52 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %54:2 = linalg.generic {indexing_maps = [#map8, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_29 : tensor<2x4x16x16xf32>) outs(%53, %51 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_98: i64):
      %266 = linalg.index 3 : index
      %267 = arith.index_cast %266 : index to i64
      %268 = arith.maximumf %in, %out : f32
      %269 = arith.cmpf ogt, %in, %out : f32
      %270 = arith.select %269, %267, %out_98 : i64
      linalg.yield %268, %270 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_30 = tensor.expand_shape %54#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %55 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_29, %expanded_30 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.subf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55 : tensor<2x4x16x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = math.exp %in : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x4x16x1xf32>
    %58 = linalg.fill ins(%cst : f32) outs(%57 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %59 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%56 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.addf %in, %out : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x16x1xf32>
    %60 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %59 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.divf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x16x16xf32>
    %61 = tensor.empty() : tensor<2x4x16x16xi1>
    %62 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_29 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %266 = arith.extf %in : f32 to f64
      %267 = arith.cmpf oeq, %266, %cst_10 : f64
      linalg.yield %267 : i1
    } -> tensor<2x4x16x16xi1>
    %63 = tensor.empty() : tensor<2x4x16x1xi1>
    %64 = linalg.fill ins(%true : i1) outs(%63 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %65 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%62 : tensor<2x4x16x16xi1>) outs(%64 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %266 = arith.andi %in, %out : i1
      linalg.yield %266 : i1
    } -> tensor<2x4x16x1xi1>
    %66 = linalg.generic {indexing_maps = [#map10, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %cst_9, %60 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_98: f32, %in_99: f32, %out: f32):
      %266 = arith.select %in, %in_98, %in_99 : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %66 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %transposed_25 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %67 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_33 = tensor.expand_shape %67 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %68 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_34 = linalg.transpose ins(%expanded_33 : tensor<2x4x16x16xf32>) outs(%68 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_35 = tensor.collapse_shape %transposed_34 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_36 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %69 = linalg.matmul ins(%collapsed_35, %transposed_36 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %70 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%69, %arg11 : tensor<32x64xf32>, tensor<64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<32x64xf32>
    %expanded_37 = tensor.expand_shape %70 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %71 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %expanded_37 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71 : tensor<2x16x64xf32>) outs(%16 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %266 = arith.extf %in : f32 to f64
      linalg.yield %266 : f64
    } -> tensor<2x16x64xf64>
    %73 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%72 : tensor<2x16x64xf64>) outs(%19 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %74 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x1xf64>) outs(%18 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %75 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %74 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%16 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.subf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x64xf64>
    %76 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %75 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%16 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.mulf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x64xf64>
    %77 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%76 : tensor<2x16x64xf64>) outs(%19 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %78 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x16x1xf64>) outs(%18 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %79 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf64>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %266 = arith.truncf %in : f64 to f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%71 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.addf %in, %out : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.divf %in, %cst_14 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.truncf %cst_11 : f64 to f32
      %267 = arith.addf %in, %266 : f32
      linalg.yield %267 : f32
    } -> tensor<2x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = math.rsqrt %in : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %81 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.subf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %83 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_38 = tensor.collapse_shape %87 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %88 = tensor.empty() : tensor<64x128xf32>
    %transposed_39 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%88 : tensor<64x128xf32>) permutation = [1, 0] 
    %89 = tensor.empty() : tensor<32x128xf32>
    %90 = linalg.fill ins(%cst : f32) outs(%89 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %91 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%90 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%91, %arg15 : tensor<32x128xf32>, tensor<128xf32>) outs(%89 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<32x128xf32>
    %expanded_40 = tensor.expand_shape %92 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %93 = tensor.empty() : tensor<2x16x128xf32>
    %94 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_40 : tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.divf %in, %cst_12 : f32
      %267 = math.erf %266 : f32
      %268 = arith.addf %267, %cst_0 : f32
      %269 = arith.mulf %268, %cst_1 : f32
      %270 = arith.mulf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_41 = tensor.collapse_shape %94 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %95 = tensor.empty() : tensor<128x64xf32>
    %transposed_42 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%95 : tensor<128x64xf32>) permutation = [1, 0] 
    %96 = linalg.matmul ins(%collapsed_41, %transposed_42 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %97 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%96, %arg17 : tensor<32x64xf32>, tensor<64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<32x64xf32>
    %expanded_43 = tensor.expand_shape %97 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %expanded_43 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x64xf32>) outs(%16 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %266 = arith.extf %in : f32 to f64
      linalg.yield %266 : f64
    } -> tensor<2x16x64xf64>
    %100 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%99 : tensor<2x16x64xf64>) outs(%19 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %101 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf64>) outs(%18 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %102 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %101 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%16 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.subf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x64xf64>
    %103 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %102 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%16 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.mulf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x64xf64>
    %104 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%103 : tensor<2x16x64xf64>) outs(%19 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %105 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf64>) outs(%18 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x16x1xf64>
    %106 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf64>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %266 = arith.truncf %in : f64 to f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%98 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.addf %in, %out : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %108 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.divf %in, %cst_14 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.truncf %cst_11 : f64 to f32
      %267 = arith.addf %in, %266 : f32
      linalg.yield %267 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = math.rsqrt %in : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %108 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.subf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %110 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %arg21 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%10 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x16x64xf32>
    %115 = tensor.empty() : tensor<2x8x64xf32>
    %116 = linalg.generic {indexing_maps = [#map11, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg51 : tensor<2x8xi64>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %266 = arith.index_cast %in : i64 to index
      %267 = linalg.index 2 : index
      %268 = arith.cmpi slt, %266, %c128 : index
      cf.assert %268, "index must be smaller than dim size"
      %269 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %269, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg22[%266, %267] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x8x64xf32>
    %117 = linalg.generic {indexing_maps = [#map11, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<2x8xi64>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %266 = arith.cmpi slt, %in, %c0_i64 : i64
      %267 = arith.addi %in, %c16_i64 : i64
      %268 = arith.select %266, %267, %in : i64
      %269 = arith.index_cast %268 : i64 to index
      %270 = linalg.index 2 : index
      %extracted = tensor.extract %arg23[%269, %270] : tensor<16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x8x64xf32>
    %118 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %117 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %119 = tensor.empty() : tensor<2xi64>
    %120 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%119 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %266 = linalg.index 0 : index
      %267 = arith.index_cast %266 : index to i64
      linalg.yield %267 : i64
    } -> tensor<2xi64>
    %expanded_44 = tensor.expand_shape %120 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_45 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_46 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %121 = tensor.empty() : tensor<1x1x8x8xi1>
    %122 = linalg.generic {indexing_maps = [#map12, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_46, %expanded_45 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%121 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_98: i64, %out: i1):
      %266 = arith.cmpi sle, %in, %in_98 : i64
      linalg.yield %266 : i1
    } -> tensor<1x1x8x8xi1>
    %123 = linalg.generic {indexing_maps = [#map13, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_8, %122 : tensor<i1>, tensor<1x1x8x8xi1>) outs(%121 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_98: i1, %out: i1):
      %266 = arith.andi %in, %in_98 : i1
      linalg.yield %266 : i1
    } -> tensor<1x1x8x8xi1>
    %124 = tensor.empty() : tensor<2x1x1x8xi1>
    %125 = linalg.generic {indexing_maps = [#map14, #map15, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_44, %expanded_46 : tensor<2x1x1x1xi64>, tensor<1x1x1x8xi64>) outs(%124 : tensor<2x1x1x8xi1>) {
    ^bb0(%in: i64, %in_98: i64, %out: i1):
      linalg.yield %true : i1
    } -> tensor<2x1x1x8xi1>
    %126 = tensor.empty() : tensor<2x1x8x8xi1>
    %127 = linalg.generic {indexing_maps = [#map16, #map12, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123, %125 : tensor<1x1x8x8xi1>, tensor<2x1x1x8xi1>) outs(%126 : tensor<2x1x8x8xi1>) {
    ^bb0(%in: i1, %in_98: i1, %out: i1):
      %266 = arith.andi %in, %in_98 : i1
      linalg.yield %266 : i1
    } -> tensor<2x1x8x8xi1>
    %128 = tensor.empty() : tensor<2x8x64xf64>
    %129 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %266 = arith.extf %in : f32 to f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %130 = tensor.empty() : tensor<2x8x1xf64>
    %131 = linalg.fill ins(%cst_2 : f64) outs(%130 : tensor<2x8x1xf64>) -> tensor<2x8x1xf64>
    %132 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%129 : tensor<2x8x64xf64>) outs(%131 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %133 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132 : tensor<2x8x1xf64>) outs(%130 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %134 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %133 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.subf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %135 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %134 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.mulf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %136 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%135 : tensor<2x8x64xf64>) outs(%131 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %137 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x8x1xf64>) outs(%130 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %138 = tensor.empty() : tensor<2x8x1xf32>
    %139 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x8x1xf64>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %266 = arith.truncf %in : f64 to f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %140 = linalg.fill ins(%cst : f32) outs(%138 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %141 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%118 : tensor<2x8x64xf32>) outs(%140 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.addf %in, %out : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %142 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.divf %in, %cst_14 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %143 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.truncf %cst_11 : f64 to f32
      %267 = arith.addf %in, %266 : f32
      linalg.yield %267 : f32
    } -> tensor<2x8x1xf32>
    %144 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = math.rsqrt %in : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %145 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %142 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.subf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %146 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %144 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %147 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %arg31 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %148 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %arg32 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_47 = tensor.collapse_shape %148 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_48 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %149 = linalg.fill ins(%cst : f32) outs(%13 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %150 = linalg.matmul ins(%collapsed_47, %transposed_48 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%150, %arg28 : tensor<16x64xf32>, tensor<64xf32>) outs(%13 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<16x64xf32>
    %expanded_49 = tensor.expand_shape %151 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %152 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<2x8x64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.mulf %in, %cst_15 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %expanded_50 = tensor.expand_shape %152 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %153 = tensor.empty() : tensor<2x4x8x16xf32>
    %transposed_51 = linalg.transpose ins(%expanded_50 : tensor<2x8x4x16xf32>) outs(%153 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_52 = linalg.transpose ins(%arg24 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %154 = linalg.matmul ins(%collapsed_47, %transposed_52 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_53 = tensor.expand_shape %154 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_54 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %155 = linalg.matmul ins(%collapsed_47, %transposed_54 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%155, %arg26 : tensor<16x64xf32>, tensor<64xf32>) outs(%13 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<16x64xf32>
    %expanded_55 = tensor.expand_shape %156 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_56 = linalg.transpose ins(%expanded_55 : tensor<2x8x4x16xf32>) outs(%153 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %157 = tensor.empty() : tensor<2x1x8x8xf32>
    %158 = linalg.generic {indexing_maps = [#map8, #map13, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%127, %cst_6, %cst_7 : tensor<2x1x8x8xi1>, tensor<f32>, tensor<f32>) outs(%157 : tensor<2x1x8x8xf32>) {
    ^bb0(%in: i1, %in_98: f32, %in_99: f32, %out: f32):
      %266 = arith.select %in, %in_98, %in_99 : f32
      linalg.yield %266 : f32
    } -> tensor<2x1x8x8xf32>
    %159 = tensor.empty() : tensor<2x4x16x8xf32>
    %transposed_57 = linalg.transpose ins(%expanded_53 : tensor<2x8x4x16xf32>) outs(%159 : tensor<2x4x16x8xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_58 = tensor.collapse_shape %transposed_51 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_59 = tensor.collapse_shape %transposed_57 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
    %160 = tensor.empty() : tensor<8x8x8xf32>
    %161 = linalg.fill ins(%cst : f32) outs(%160 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %162 = linalg.batch_matmul ins(%collapsed_58, %collapsed_59 : tensor<8x8x16xf32>, tensor<8x16x8xf32>) outs(%161 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_60 = tensor.expand_shape %162 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %163 = tensor.empty() : tensor<2x4x8x8xf32>
    %164 = linalg.generic {indexing_maps = [#map8, #map17, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_60, %158 : tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) outs(%163 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x8x8xf32>
    %165 = tensor.empty() : tensor<2x4x8xi64>
    %166 = linalg.fill ins(%c0_i64 : i64) outs(%165 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %167 = tensor.empty() : tensor<2x4x8xf32>
    %168 = linalg.fill ins(%cst_3 : f32) outs(%167 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %169:2 = linalg.generic {indexing_maps = [#map8, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%164 : tensor<2x4x8x8xf32>) outs(%168, %166 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_98: i64):
      %266 = linalg.index 3 : index
      %267 = arith.index_cast %266 : index to i64
      %268 = arith.maximumf %in, %out : f32
      %269 = arith.cmpf ogt, %in, %out : f32
      %270 = arith.select %269, %267, %out_98 : i64
      linalg.yield %268, %270 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_61 = tensor.expand_shape %169#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %170 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%164, %expanded_61 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%163 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.subf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x8x8xf32>
    %171 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%170 : tensor<2x4x8x8xf32>) outs(%163 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = math.exp %in : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x8x8xf32>
    %172 = tensor.empty() : tensor<2x4x8x1xf32>
    %173 = linalg.fill ins(%cst : f32) outs(%172 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %174 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%171 : tensor<2x4x8x8xf32>) outs(%173 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.addf %in, %out : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x8x1xf32>
    %175 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%171, %174 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%163 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.divf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x8x8xf32>
    %176 = tensor.empty() : tensor<2x4x8x8xi1>
    %177 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%164 : tensor<2x4x8x8xf32>) outs(%176 : tensor<2x4x8x8xi1>) {
    ^bb0(%in: f32, %out: i1):
      %266 = arith.extf %in : f32 to f64
      %267 = arith.cmpf oeq, %266, %cst_10 : f64
      linalg.yield %267 : i1
    } -> tensor<2x4x8x8xi1>
    %178 = tensor.empty() : tensor<2x4x8x1xi1>
    %179 = linalg.fill ins(%true : i1) outs(%178 : tensor<2x4x8x1xi1>) -> tensor<2x4x8x1xi1>
    %180 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%177 : tensor<2x4x8x8xi1>) outs(%179 : tensor<2x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %266 = arith.andi %in, %out : i1
      linalg.yield %266 : i1
    } -> tensor<2x4x8x1xi1>
    %181 = linalg.generic {indexing_maps = [#map10, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%180, %cst_5, %175 : tensor<2x4x8x1xi1>, tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%163 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: i1, %in_98: f32, %in_99: f32, %out: f32):
      %266 = arith.select %in, %in_98, %in_99 : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_62 = tensor.collapse_shape %181 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_63 = tensor.collapse_shape %transposed_56 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %182 = tensor.empty() : tensor<8x8x16xf32>
    %183 = linalg.fill ins(%cst : f32) outs(%182 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %184 = linalg.batch_matmul ins(%collapsed_62, %collapsed_63 : tensor<8x8x8xf32>, tensor<8x8x16xf32>) outs(%183 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_64 = tensor.expand_shape %184 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %185 = tensor.empty() : tensor<2x8x4x16xf32>
    %transposed_65 = linalg.transpose ins(%expanded_64 : tensor<2x4x8x16xf32>) outs(%185 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_66 = tensor.collapse_shape %transposed_65 [[0, 1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<16x64xf32>
    %transposed_67 = linalg.transpose ins(%arg29 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %186 = linalg.matmul ins(%collapsed_66, %transposed_67 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %187 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%186, %arg30 : tensor<16x64xf32>, tensor<64xf32>) outs(%13 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<16x64xf32>
    %expanded_68 = tensor.expand_shape %187 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %188 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %expanded_68 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %189 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %266 = arith.extf %in : f32 to f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %190 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%189 : tensor<2x8x64xf64>) outs(%131 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %191 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190 : tensor<2x8x1xf64>) outs(%130 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %192 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%189, %191 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.subf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %193 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192, %192 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.mulf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %194 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%193 : tensor<2x8x64xf64>) outs(%131 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %195 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<2x8x1xf64>) outs(%130 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %196 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%195 : tensor<2x8x1xf64>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %266 = arith.truncf %in : f64 to f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %197 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%188 : tensor<2x8x64xf32>) outs(%140 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.addf %in, %out : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %198 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.divf %in, %cst_14 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %199 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.truncf %cst_11 : f64 to f32
      %267 = arith.addf %in, %266 : f32
      linalg.yield %267 : f32
    } -> tensor<2x8x1xf32>
    %200 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = math.rsqrt %in : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %201 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188, %198 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.subf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %202 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201, %200 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %203 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202, %arg40 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %204 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%203, %arg41 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_69 = tensor.collapse_shape %204 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_70 = linalg.transpose ins(%arg36 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %205 = linalg.matmul ins(%collapsed_69, %transposed_70 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %206 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%205, %arg37 : tensor<16x64xf32>, tensor<64xf32>) outs(%13 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<16x64xf32>
    %expanded_71 = tensor.expand_shape %206 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %207 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_71 : tensor<2x8x64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.mulf %in, %cst_15 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %expanded_72 = tensor.expand_shape %207 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %transposed_73 = linalg.transpose ins(%expanded_72 : tensor<2x8x4x16xf32>) outs(%153 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_74 = linalg.transpose ins(%arg33 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_75 = tensor.collapse_shape %114 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %208 = linalg.matmul ins(%collapsed_75, %transposed_74 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_76 = tensor.expand_shape %208 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_77 = linalg.transpose ins(%arg34 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %209 = linalg.matmul ins(%collapsed_75, %transposed_77 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %210 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%209, %arg35 : tensor<32x64xf32>, tensor<64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<32x64xf32>
    %expanded_78 = tensor.expand_shape %210 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_79 = linalg.transpose ins(%expanded_78 : tensor<2x16x4x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_80 = linalg.transpose ins(%expanded_76 : tensor<2x16x4x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_81 = tensor.collapse_shape %transposed_73 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_82 = tensor.collapse_shape %transposed_80 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %211 = linalg.batch_matmul ins(%collapsed_81, %collapsed_82 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%183 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_83 = tensor.expand_shape %211 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %212:2 = linalg.generic {indexing_maps = [#map8, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%expanded_83 : tensor<2x4x8x16xf32>) outs(%168, %166 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_98: i64):
      %266 = linalg.index 3 : index
      %267 = arith.index_cast %266 : index to i64
      %268 = arith.maximumf %in, %out : f32
      %269 = arith.cmpf ogt, %in, %out : f32
      %270 = arith.select %269, %267, %out_98 : i64
      linalg.yield %268, %270 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_84 = tensor.expand_shape %212#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %213 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_83, %expanded_84 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%153 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.subf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x8x16xf32>
    %214 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%213 : tensor<2x4x8x16xf32>) outs(%153 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = math.exp %in : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x8x16xf32>
    %215 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%214 : tensor<2x4x8x16xf32>) outs(%173 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.addf %in, %out : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x8x1xf32>
    %216 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%214, %215 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%153 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.divf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x8x16xf32>
    %217 = tensor.empty() : tensor<2x4x8x16xi1>
    %218 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_83 : tensor<2x4x8x16xf32>) outs(%217 : tensor<2x4x8x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %266 = arith.extf %in : f32 to f64
      %267 = arith.cmpf oeq, %266, %cst_10 : f64
      linalg.yield %267 : i1
    } -> tensor<2x4x8x16xi1>
    %219 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%218 : tensor<2x4x8x16xi1>) outs(%179 : tensor<2x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %266 = arith.andi %in, %out : i1
      linalg.yield %266 : i1
    } -> tensor<2x4x8x1xi1>
    %220 = linalg.generic {indexing_maps = [#map10, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%219, %cst_4, %216 : tensor<2x4x8x1xi1>, tensor<2x4x8x16xf32>, tensor<2x4x8x16xf32>) outs(%153 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: i1, %in_98: f32, %in_99: f32, %out: f32):
      %266 = arith.select %in, %in_98, %in_99 : f32
      linalg.yield %266 : f32
    } -> tensor<2x4x8x16xf32>
    %collapsed_85 = tensor.collapse_shape %220 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_86 = tensor.collapse_shape %transposed_79 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %221 = linalg.batch_matmul ins(%collapsed_85, %collapsed_86 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%183 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_87 = tensor.expand_shape %221 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %transposed_88 = linalg.transpose ins(%expanded_87 : tensor<2x4x8x16xf32>) outs(%185 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_89 = tensor.collapse_shape %transposed_88 [[0, 1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<16x64xf32>
    %transposed_90 = linalg.transpose ins(%arg38 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %222 = linalg.matmul ins(%collapsed_89, %transposed_90 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %223 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%222, %arg39 : tensor<16x64xf32>, tensor<64xf32>) outs(%13 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<16x64xf32>
    %expanded_91 = tensor.expand_shape %223 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %224 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188, %expanded_91 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %225 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %266 = arith.extf %in : f32 to f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %226 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%225 : tensor<2x8x64xf64>) outs(%131 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %227 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%226 : tensor<2x8x1xf64>) outs(%130 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %228 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%225, %227 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.subf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %229 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228, %228 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.mulf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %230 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%229 : tensor<2x8x64xf64>) outs(%131 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %231 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%230 : tensor<2x8x1xf64>) outs(%130 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %232 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231 : tensor<2x8x1xf64>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %266 = arith.truncf %in : f64 to f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %233 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%224 : tensor<2x8x64xf32>) outs(%140 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.addf %in, %out : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %234 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%233 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.divf %in, %cst_14 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %235 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.truncf %cst_11 : f64 to f32
      %267 = arith.addf %in, %266 : f32
      linalg.yield %267 : f32
    } -> tensor<2x8x1xf32>
    %236 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = math.rsqrt %in : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %237 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %234 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.subf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %238 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%237, %236 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %239 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238, %arg46 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %240 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239, %arg47 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %collapsed_92 = tensor.collapse_shape %240 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %transposed_93 = linalg.transpose ins(%arg42 : tensor<128x64xf32>) outs(%88 : tensor<64x128xf32>) permutation = [1, 0] 
    %241 = tensor.empty() : tensor<16x128xf32>
    %242 = linalg.fill ins(%cst : f32) outs(%241 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %243 = linalg.matmul ins(%collapsed_92, %transposed_93 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%242 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %244 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%243, %arg43 : tensor<16x128xf32>, tensor<128xf32>) outs(%241 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<16x128xf32>
    %expanded_94 = tensor.expand_shape %244 [[0, 1], [2]] output_shape [2, 8, 128] : tensor<16x128xf32> into tensor<2x8x128xf32>
    %245 = tensor.empty() : tensor<2x8x128xf32>
    %246 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_94 : tensor<2x8x128xf32>) outs(%245 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.divf %in, %cst_12 : f32
      %267 = math.erf %266 : f32
      %268 = arith.addf %267, %cst_0 : f32
      %269 = arith.mulf %268, %cst_1 : f32
      %270 = arith.mulf %in, %269 : f32
      linalg.yield %270 : f32
    } -> tensor<2x8x128xf32>
    %collapsed_95 = tensor.collapse_shape %246 [[0, 1], [2]] : tensor<2x8x128xf32> into tensor<16x128xf32>
    %transposed_96 = linalg.transpose ins(%arg44 : tensor<64x128xf32>) outs(%95 : tensor<128x64xf32>) permutation = [1, 0] 
    %247 = linalg.matmul ins(%collapsed_95, %transposed_96 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%149 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %248 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%247, %arg45 : tensor<16x64xf32>, tensor<64xf32>) outs(%13 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<16x64xf32>
    %expanded_97 = tensor.expand_shape %248 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %249 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %expanded_97 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %250 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%249 : tensor<2x8x64xf32>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %266 = arith.extf %in : f32 to f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %251 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%250 : tensor<2x8x64xf64>) outs(%131 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %252 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251 : tensor<2x8x1xf64>) outs(%130 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %253 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250, %252 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.subf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %254 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253, %253 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%128 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_98: f64, %out: f64):
      %266 = arith.mulf %in, %in_98 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x64xf64>
    %255 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%254 : tensor<2x8x64xf64>) outs(%131 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.addf %in, %out : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %256 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255 : tensor<2x8x1xf64>) outs(%130 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %266 = arith.divf %in, %cst_13 : f64
      linalg.yield %266 : f64
    } -> tensor<2x8x1xf64>
    %257 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256 : tensor<2x8x1xf64>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %266 = arith.truncf %in : f64 to f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %258 = linalg.generic {indexing_maps = [#map3, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%249 : tensor<2x8x64xf32>) outs(%140 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.addf %in, %out : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %259 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.divf %in, %cst_14 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %260 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%257 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = arith.truncf %cst_11 : f64 to f32
      %267 = arith.addf %in, %266 : f32
      linalg.yield %267 : f32
    } -> tensor<2x8x1xf32>
    %261 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260 : tensor<2x8x1xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %266 = math.rsqrt %in : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x1xf32>
    %262 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%249, %259 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.subf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %263 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262, %261 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %264 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%263, %arg48 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.mulf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    %265 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264, %arg49 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%115 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %266 = arith.addf %in, %in_98 : f32
      linalg.yield %266 : f32
    } -> tensor<2x8x64xf32>
    return %265 : tensor<2x8x64xf32>
  }
}
