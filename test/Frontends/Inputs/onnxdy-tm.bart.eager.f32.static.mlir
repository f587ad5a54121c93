// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "eager", "dtype": "f32", "expected_blocks": 3, "func": "main_graph", "model": "bart", "path": "onnxdy-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d2)>
#map6 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map7 = affine_map<(d0) -> (d0)>
#map8 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> ()>
#map12 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map16 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<66x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64x64xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64x64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64x64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<64xf32>, %arg41: tensor<128x64xf32>, %arg42: tensor<128xf32>, %arg43: tensor<64x128xf32>, %arg44: tensor<64xf32>, %arg45: tensor<64xf32>, %arg46: tensor<64xf32>, %arg47: tensor<64xf32>, %arg48: tensor<64xf32>, %arg49: tensor<2x16xi64>, %arg50: tensor<2x16xi64>, %arg51: tensor<2x8xi64>) -> tensor<2x8x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f32
    %false = arith.constant false
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant 5.000000e-01 : f32
    %cst_3 = arith.constant dense<true> : tensor<1x1x16x1xi1>
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_5 = arith.constant dense<"0x00000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF0000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF00000000000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF0000000000000000000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFF000000000000000000000000000000000000000000000000FFFF7FFFFFFF7FFF00000000000000000000000000000000000000000000000000000000FFFF7FFF000000000000000000000000000000000000000000000000000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF0000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF00000000000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF0000000000000000000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFF000000000000000000000000000000000000000000000000FFFF7FFFFFFF7FFF00000000000000000000000000000000000000000000000000000000FFFF7FFF0000000000000000000000000000000000000000000000000000000000000000"> : tensor<2x1x8x8xf32>
    %cst_6 = arith.constant dense<true> : tensor<1x1x8x1xi1>
    %cst_7 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_8 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 9.99999974E-6 : f32
    %cst_11 = arith.constant 1.41421354 : f32
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c128_i64 = arith.constant 128 : i64
    %c66_i64 = arith.constant 66 : i64
    %cst_12 = arith.constant dense<[2, 3, 4, 5, 6, 7, 8, 9]> : tensor<8xi64>
    %cst_13 = arith.constant dense<[[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]]> : tensor<2x16xi64>
    %cst_14 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg49 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %258 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %258 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg49 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %258 = arith.addi %in, %c128_i64 : i64
      linalg.yield %258 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg49 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_98: i64, %in_99: i64, %out: i64):
      %258 = arith.select %in, %in_98, %in_99 : i64
      linalg.yield %258 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %258 = arith.index_cast %in : i64 to index
      %259 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%258, %259] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_13 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %258 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %258 : i1
    } -> tensor<2x16xi1>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_13 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %258 = arith.addi %in, %c66_i64 : i64
      linalg.yield %258 : i64
    } -> tensor<2x16xi64>
    %9 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%7, %8, %cst_13 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_98: i64, %in_99: i64, %out: i64):
      %258 = arith.select %in, %in_98, %in_99 : i64
      linalg.yield %258 : i64
    } -> tensor<2x16xi64>
    %collapsed_15 = tensor.collapse_shape %9 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %10 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_15 : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %258 = arith.index_cast %in : i64 to index
      %259 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%258, %259] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_16 = tensor.expand_shape %10 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16x1xf32>
    %14 = linalg.fill ins(%cst : f32) outs(%13 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_17 = tensor.collapse_shape %16 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %17 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_17 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %17 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.subf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %18 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %20 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %cst_10 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_18 = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %24 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_18 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg50 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %258 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %258 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_14[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %29 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %30 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%29 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %258 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %258 : i1
    } -> tensor<2x1x1x16x1xi1>
    %31 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %32 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%31 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %258 = arith.addi %in, %c2_i64 : i64
      linalg.yield %258 : i64
    } -> tensor<2x1x1x16x1xi64>
    %33 = linalg.generic {indexing_maps = [#map6, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%30, %32, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%31 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_98: i64, %in_99: i64, %out: i64):
      %258 = arith.select %in, %in_98, %in_99 : i64
      linalg.yield %258 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_19 = tensor.extract_slice %cst_14[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %34 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_19 : tensor<2x1x1x16x1xi64>) outs(%29 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %258 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %258 : i1
    } -> tensor<2x1x1x16x1xi1>
    %35 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_19 : tensor<2x1x1x16x1xi64>) outs(%31 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %258 = arith.addi %in, %c16_i64 : i64
      linalg.yield %258 : i64
    } -> tensor<2x1x1x16x1xi64>
    %36 = linalg.generic {indexing_maps = [#map6, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%34, %35, %extracted_slice_19 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%31 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_98: i64, %in_99: i64, %out: i64):
      %258 = arith.select %in, %in_98, %in_99 : i64
      linalg.yield %258 : i64
    } -> tensor<2x1x1x16x1xi64>
    %37 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%36, %33 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%31 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_98: i64, %out: i64):
      %258 = arith.muli %in_98, %c16_i64 : i64
      %259 = arith.addi %in, %258 : i64
      linalg.yield %259 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_20 = tensor.collapse_shape %37 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_21 = tensor.collapse_shape %28 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %38 = tensor.empty() : tensor<32xi1>
    %39 = linalg.fill ins(%false : i1) outs(%38 : tensor<32xi1>) -> tensor<32xi1>
    %40 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%collapsed_20 : tensor<32xi64>) outs(%39 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %258 = arith.index_cast %in : i64 to index
      %259 = arith.cmpi slt, %258, %c32 : index
      cf.assert %259, "index must be smaller than dim size"
      %260 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %260, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_21[%258] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_22 = tensor.expand_shape %40 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %41 = tensor.empty() : tensor<2x1x16x16xi1>
    %42 = linalg.generic {indexing_maps = [#map8, #map9, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_3, %expanded_22 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%41 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_98: i1, %out: i1):
      %258 = arith.andi %in, %in_98 : i1
      linalg.yield %258 : i1
    } -> tensor<2x1x16x16xi1>
    %43 = tensor.empty() : tensor<2x1x16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map10, #map11, #map11, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %cst_4, %cst_7 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%43 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_98: f32, %in_99: f32, %out: f32):
      %258 = arith.select %in, %in_98, %in_99 : f32
      linalg.yield %258 : f32
    } -> tensor<2x1x16x16xf32>
    %45 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %46 = tensor.empty() : tensor<2x64x64xf32>
    %47 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%11 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %49 = linalg.batch_matmul ins(%27, %47 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %50 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%49, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %expanded_23 = tensor.expand_shape %50 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %51 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_25 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %52 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %53 = linalg.batch_matmul ins(%27, %52 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %54 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%53, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %transposed_26 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %55 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_26 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %56 = linalg.batch_matmul ins(%27, %55 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %57 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %expanded_27 = tensor.expand_shape %54 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_28 = tensor.expand_shape %57 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_30 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_31 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %transposed_30 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %58 = tensor.empty() : tensor<8x16x16xf32>
    %59 = linalg.fill ins(%cst : f32) outs(%58 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %60 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_33 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map10, #map11, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33, %cst_8 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map10, #map13, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %44 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = tensor.empty() : tensor<2x4x16xi64>
    %64 = linalg.fill ins(%c0_i64 : i64) outs(%63 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %65 = tensor.empty() : tensor<2x4x16xf32>
    %66 = linalg.fill ins(%cst_0 : f32) outs(%65 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %67:2 = linalg.generic {indexing_maps = [#map10, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%66, %64 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_98: i64):
      %258 = linalg.index 3 : index
      %259 = arith.index_cast %258 : index to i64
      %260 = arith.maximumf %in, %out : f32
      %261 = arith.cmpf ogt, %in, %out : f32
      %262 = arith.select %261, %259, %out_98 : i64
      linalg.yield %260, %262 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_34 = tensor.expand_shape %67#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %expanded_34 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.subf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.exp %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16x1xf32>
    %71 = linalg.fill ins(%cst : f32) outs(%70 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map10, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%71 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %72 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.divf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %73 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %transposed_29 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %74 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_37 = tensor.expand_shape %74 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_39 = tensor.collapse_shape %transposed_38 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_40 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %76 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %77 = linalg.batch_matmul ins(%collapsed_39, %76 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %78 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%79 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %81 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %82 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %82 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.subf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %83 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%84 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %cst_10 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %88 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %89 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %89 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %93 = tensor.empty() : tensor<64x128xf32>
    %transposed_43 = linalg.transpose ins(%arg12 : tensor<128x64xf32>) outs(%93 : tensor<64x128xf32>) permutation = [1, 0] 
    %94 = tensor.empty() : tensor<2x64x128xf32>
    %95 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_43 : tensor<64x128xf32>) outs(%94 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %96 = tensor.empty() : tensor<2x16x128xf32>
    %97 = linalg.fill ins(%cst : f32) outs(%96 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %98 = linalg.batch_matmul ins(%92, %95 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%97 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %arg13 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%96 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x128xf32>
    %100 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x128xf32>) outs(%96 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_11 : f32
      %259 = math.erf %258 : f32
      %260 = arith.addf %259, %cst_1 : f32
      %261 = arith.mulf %260, %cst_2 : f32
      %262 = arith.mulf %in, %261 : f32
      linalg.yield %262 : f32
    } -> tensor<2x16x128xf32>
    %101 = tensor.empty() : tensor<128x64xf32>
    %transposed_44 = linalg.transpose ins(%arg14 : tensor<64x128xf32>) outs(%101 : tensor<128x64xf32>) permutation = [1, 0] 
    %102 = tensor.empty() : tensor<2x128x64xf32>
    %103 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_44 : tensor<128x64xf32>) outs(%102 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %104 = linalg.batch_matmul ins(%100, %103 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %105 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %108 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_45 = tensor.collapse_shape %108 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %109 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.subf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %110 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %cst_10 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_46 = tensor.collapse_shape %115 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %116 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %116 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %120 = tensor.empty() : tensor<2x8xi1>
    %121 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg51 : tensor<2x8xi64>) outs(%120 : tensor<2x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %258 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %258 : i1
    } -> tensor<2x8xi1>
    %122 = tensor.empty() : tensor<2x8xi64>
    %123 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg51 : tensor<2x8xi64>) outs(%122 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %258 = arith.addi %in, %c128_i64 : i64
      linalg.yield %258 : i64
    } -> tensor<2x8xi64>
    %124 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%121, %123, %arg51 : tensor<2x8xi1>, tensor<2x8xi64>, tensor<2x8xi64>) outs(%122 : tensor<2x8xi64>) {
    ^bb0(%in: i1, %in_98: i64, %in_99: i64, %out: i64):
      %258 = arith.select %in, %in_98, %in_99 : i64
      linalg.yield %258 : i64
    } -> tensor<2x8xi64>
    %collapsed_47 = tensor.collapse_shape %124 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %125 = tensor.empty() : tensor<16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_47 : tensor<16xi64>) outs(%125 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %258 = arith.index_cast %in : i64 to index
      %259 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%258, %259] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_48 = tensor.expand_shape %126 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %127 = tensor.empty() : tensor<2x1x8x16xi1>
    %128 = linalg.generic {indexing_maps = [#map8, #map9, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %expanded_22 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%127 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_98: i1, %out: i1):
      %258 = arith.andi %in, %in_98 : i1
      linalg.yield %258 : i1
    } -> tensor<2x1x8x16xi1>
    %129 = tensor.empty() : tensor<2x1x8x16xf32>
    %130 = linalg.generic {indexing_maps = [#map10, #map11, #map11, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%128, %cst_4, %cst_7 : tensor<2x1x8x16xi1>, tensor<f32>, tensor<f32>) outs(%129 : tensor<2x1x8x16xf32>) {
    ^bb0(%in: i1, %in_98: f32, %in_99: f32, %out: f32):
      %258 = arith.select %in, %in_98, %in_99 : f32
      linalg.yield %258 : f32
    } -> tensor<2x1x8x16xf32>
    %131 = tensor.empty() : tensor<8x64xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_12 : tensor<8xi64>) outs(%131 : tensor<8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %258 = arith.index_cast %in : i64 to index
      %259 = linalg.index 1 : index
      %extracted = tensor.extract %arg20[%258, %259] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<8x64xf32>
    %expanded_49 = tensor.expand_shape %132 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xf32> into tensor<1x8x64xf32>
    %133 = tensor.empty() : tensor<2x8x64xf32>
    %134 = linalg.generic {indexing_maps = [#map2, #map16, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48, %expanded_49 : tensor<2x8x64xf32>, tensor<1x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %135 = tensor.empty() : tensor<2x8x1xf32>
    %136 = linalg.fill ins(%cst : f32) outs(%135 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %137 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%134 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %138 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_50 = tensor.collapse_shape %138 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %139 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_50 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %140 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %139 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.subf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %141 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %140 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %142 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%141 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %143 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %144 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %cst_10 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %145 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_51 = tensor.collapse_shape %145 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %146 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_51 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %147 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %146 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %148 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %arg47 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %149 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %arg48 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %transposed_52 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %150 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_52 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %151 = linalg.fill ins(%cst : f32) outs(%133 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %152 = linalg.batch_matmul ins(%149, %150 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%151 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %153 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %arg26 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %expanded_53 = tensor.expand_shape %153 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %154 = tensor.empty() : tensor<2x4x8x16xf32>
    %transposed_54 = linalg.transpose ins(%expanded_53 : tensor<2x8x4x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_55 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %155 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_55 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %156 = linalg.batch_matmul ins(%149, %155 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%151 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %157 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156, %arg22 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %transposed_56 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %158 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_56 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %159 = linalg.batch_matmul ins(%149, %158 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%151 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %160 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %arg24 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %expanded_57 = tensor.expand_shape %157 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %expanded_58 = tensor.expand_shape %160 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<2x8x4x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %161 = tensor.empty() : tensor<2x4x16x8xf32>
    %transposed_60 = linalg.transpose ins(%expanded_57 : tensor<2x8x4x16xf32>) outs(%161 : tensor<2x4x16x8xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_61 = tensor.collapse_shape %transposed_54 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_62 = tensor.collapse_shape %transposed_60 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
    %162 = tensor.empty() : tensor<8x8x8xf32>
    %163 = linalg.fill ins(%cst : f32) outs(%162 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %164 = linalg.batch_matmul ins(%collapsed_61, %collapsed_62 : tensor<8x8x16xf32>, tensor<8x16x8xf32>) outs(%163 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_63 = tensor.expand_shape %164 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %165 = tensor.empty() : tensor<2x4x8x8xf32>
    %166 = linalg.generic {indexing_maps = [#map10, #map11, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_63, %cst_8 : tensor<2x4x8x8xf32>, tensor<f32>) outs(%165 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x8xf32>
    %167 = linalg.generic {indexing_maps = [#map10, #map13, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%166, %cst_5 : tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) outs(%165 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x8xf32>
    %168 = tensor.empty() : tensor<2x4x8xi64>
    %169 = linalg.fill ins(%c0_i64 : i64) outs(%168 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %170 = tensor.empty() : tensor<2x4x8xf32>
    %171 = linalg.fill ins(%cst_0 : f32) outs(%170 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %172:2 = linalg.generic {indexing_maps = [#map10, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%167 : tensor<2x4x8x8xf32>) outs(%171, %169 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_98: i64):
      %258 = linalg.index 3 : index
      %259 = arith.index_cast %258 : index to i64
      %260 = arith.maximumf %in, %out : f32
      %261 = arith.cmpf ogt, %in, %out : f32
      %262 = arith.select %261, %259, %out_98 : i64
      linalg.yield %260, %262 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_64 = tensor.expand_shape %172#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %173 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%167, %expanded_64 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%165 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.subf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x8xf32>
    %174 = linalg.generic {indexing_maps = [#map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%173 : tensor<2x4x8x8xf32>) outs(%165 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.exp %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x8xf32>
    %175 = tensor.empty() : tensor<2x4x8x1xf32>
    %176 = linalg.fill ins(%cst : f32) outs(%175 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %177 = linalg.generic {indexing_maps = [#map10, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%174 : tensor<2x4x8x8xf32>) outs(%176 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x1xf32>
    %178 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%174, %177 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%165 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.divf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_65 = tensor.collapse_shape %178 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_66 = tensor.collapse_shape %transposed_59 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %179 = tensor.empty() : tensor<8x8x16xf32>
    %180 = linalg.fill ins(%cst : f32) outs(%179 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %181 = linalg.batch_matmul ins(%collapsed_65, %collapsed_66 : tensor<8x8x8xf32>, tensor<8x8x16xf32>) outs(%180 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_67 = tensor.expand_shape %181 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %182 = tensor.empty() : tensor<2x8x4x16xf32>
    %transposed_68 = linalg.transpose ins(%expanded_67 : tensor<2x4x8x16xf32>) outs(%182 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_69 = tensor.collapse_shape %transposed_68 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_70 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %183 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_70 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %184 = linalg.batch_matmul ins(%collapsed_69, %183 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%151 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %185 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184, %arg28 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %186 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %185 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %187 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%186 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %188 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_71 = tensor.collapse_shape %188 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %189 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_71 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %190 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%186, %189 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.subf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %191 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190, %190 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %192 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%191 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %193 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %194 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %cst_10 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %195 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_72 = tensor.collapse_shape %195 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %196 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_72 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %197 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190, %196 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %198 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197, %arg29 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %199 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198, %arg30 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %transposed_73 = linalg.transpose ins(%arg35 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %200 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_73 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %201 = linalg.batch_matmul ins(%199, %200 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%151 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %202 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201, %arg36 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %expanded_74 = tensor.expand_shape %202 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %transposed_75 = linalg.transpose ins(%expanded_74 : tensor<2x8x4x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_76 = linalg.transpose ins(%arg31 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %203 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_76 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %204 = linalg.batch_matmul ins(%119, %203 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %205 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%204, %arg32 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %transposed_77 = linalg.transpose ins(%arg33 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %206 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_77 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %207 = linalg.batch_matmul ins(%119, %206 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%48 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %208 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%207, %arg34 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %expanded_78 = tensor.expand_shape %205 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_79 = tensor.expand_shape %208 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_80 = linalg.transpose ins(%expanded_79 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_81 = linalg.transpose ins(%expanded_78 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_82 = tensor.collapse_shape %transposed_75 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_83 = tensor.collapse_shape %transposed_81 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %209 = linalg.batch_matmul ins(%collapsed_82, %collapsed_83 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%180 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_84 = tensor.expand_shape %209 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %210 = linalg.generic {indexing_maps = [#map10, #map11, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_84, %cst_8 : tensor<2x4x8x16xf32>, tensor<f32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x16xf32>
    %211 = linalg.generic {indexing_maps = [#map10, #map13, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%210, %130 : tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x16xf32>
    %212:2 = linalg.generic {indexing_maps = [#map10, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%211 : tensor<2x4x8x16xf32>) outs(%171, %169 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_98: i64):
      %258 = linalg.index 3 : index
      %259 = arith.index_cast %258 : index to i64
      %260 = arith.maximumf %in, %out : f32
      %261 = arith.cmpf ogt, %in, %out : f32
      %262 = arith.select %261, %259, %out_98 : i64
      linalg.yield %260, %262 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_85 = tensor.expand_shape %212#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %213 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%211, %expanded_85 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.subf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x16xf32>
    %214 = linalg.generic {indexing_maps = [#map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%213 : tensor<2x4x8x16xf32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.exp %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x16xf32>
    %215 = linalg.generic {indexing_maps = [#map10, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%214 : tensor<2x4x8x16xf32>) outs(%176 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x1xf32>
    %216 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%214, %215 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%154 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.divf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x8x16xf32>
    %collapsed_86 = tensor.collapse_shape %216 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_87 = tensor.collapse_shape %transposed_80 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %217 = linalg.batch_matmul ins(%collapsed_86, %collapsed_87 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%180 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_88 = tensor.expand_shape %217 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %transposed_89 = linalg.transpose ins(%expanded_88 : tensor<2x4x8x16xf32>) outs(%182 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_90 = tensor.collapse_shape %transposed_89 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_91 = linalg.transpose ins(%arg37 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %218 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_91 : tensor<64x64xf32>) outs(%46 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %219 = linalg.batch_matmul ins(%collapsed_90, %218 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%151 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %220 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219, %arg38 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %221 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199, %220 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %222 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%221 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %223 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%222 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_92 = tensor.collapse_shape %223 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %224 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_92 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %225 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221, %224 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.subf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %226 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%225, %225 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %227 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%226 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %228 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %229 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %cst_10 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %230 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_93 = tensor.collapse_shape %230 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %231 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_93 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %232 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%225, %231 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %233 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232, %arg39 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %234 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%233, %arg40 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %transposed_94 = linalg.transpose ins(%arg41 : tensor<128x64xf32>) outs(%93 : tensor<64x128xf32>) permutation = [1, 0] 
    %235 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_94 : tensor<64x128xf32>) outs(%94 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %236 = tensor.empty() : tensor<2x8x128xf32>
    %237 = linalg.fill ins(%cst : f32) outs(%236 : tensor<2x8x128xf32>) -> tensor<2x8x128xf32>
    %238 = linalg.batch_matmul ins(%234, %235 : tensor<2x8x64xf32>, tensor<2x64x128xf32>) outs(%237 : tensor<2x8x128xf32>) -> tensor<2x8x128xf32>
    %239 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238, %arg42 : tensor<2x8x128xf32>, tensor<128xf32>) outs(%236 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x128xf32>
    %240 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239 : tensor<2x8x128xf32>) outs(%236 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_11 : f32
      %259 = math.erf %258 : f32
      %260 = arith.addf %259, %cst_1 : f32
      %261 = arith.mulf %260, %cst_2 : f32
      %262 = arith.mulf %in, %261 : f32
      linalg.yield %262 : f32
    } -> tensor<2x8x128xf32>
    %transposed_95 = linalg.transpose ins(%arg43 : tensor<64x128xf32>) outs(%101 : tensor<128x64xf32>) permutation = [1, 0] 
    %241 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_95 : tensor<128x64xf32>) outs(%102 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %242 = linalg.batch_matmul ins(%240, %241 : tensor<2x8x128xf32>, tensor<2x128x64xf32>) outs(%151 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %243 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%242, %arg44 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %244 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234, %243 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %245 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%244 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %246 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_96 = tensor.collapse_shape %246 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %247 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_96 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %248 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%244, %247 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.subf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %249 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248, %248 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %250 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%249 : tensor<2x8x64xf32>) outs(%136 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %251 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_9 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %252 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %cst_10 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %253 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%252 : tensor<2x8x1xf32>) outs(%135 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_97 = tensor.collapse_shape %253 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %254 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_97 : tensor<2x8xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %255 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248, %254 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %256 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255, %arg45 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.mulf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    %257 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256, %arg46 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%133 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_98: f32, %out: f32):
      %258 = arith.addf %in, %in_98 : f32
      linalg.yield %258 : f32
    } -> tensor<2x8x64xf32>
    return %257 : tensor<2x8x64xf32>
  }
}
