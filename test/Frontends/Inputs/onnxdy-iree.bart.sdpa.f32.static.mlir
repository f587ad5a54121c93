// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 3, "func": "main_graph", "model": "bart", "path": "onnxdy-iree", "shapes": "static"}
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
#map11 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map12 = affine_map<(d0, d1, d2, d3) -> ()>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map16 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<66x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64x64xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64x64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64x64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<64xf32>, %arg41: tensor<128x64xf32>, %arg42: tensor<128xf32>, %arg43: tensor<64x128xf32>, %arg44: tensor<64xf32>, %arg45: tensor<64xf32>, %arg46: tensor<64xf32>, %arg47: tensor<64xf32>, %arg48: tensor<64xf32>, %arg49: tensor<2x16xi64>, %arg50: tensor<2x16xi64>, %arg51: tensor<2x8xi64>) -> tensor<2x8x64xf32> {
    %c66_i64 = arith.constant 66 : i64
    %c128_i64 = arith.constant 128 : i64
    %c16_i64 = arith.constant 16 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %false = arith.constant false
    %c32 = arith.constant 32 : index
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<[2, 3, 4, 5, 6, 7, 8, 9]> : tensor<8xi64>
    %cst_5 = arith.constant dense<[[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]]> : tensor<2x16xi64>
    %cst_6 = arith.constant dense<true> : tensor<1x1x16x1xi1>
    %cst_7 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %cst_8 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_9 = arith.constant dense<true> : tensor<1x1x8x1xi1>
    %cst_10 = arith.constant dense<"0x00000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF0000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF00000000000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF0000000000000000000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFF000000000000000000000000000000000000000000000000FFFF7FFFFFFF7FFF00000000000000000000000000000000000000000000000000000000FFFF7FFF000000000000000000000000000000000000000000000000000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF0000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF00000000000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFFFFFF7FFF0000000000000000000000000000000000000000FFFF7FFFFFFF7FFFFFFF7FFF000000000000000000000000000000000000000000000000FFFF7FFFFFFF7FFF00000000000000000000000000000000000000000000000000000000FFFF7FFF0000000000000000000000000000000000000000000000000000000000000000"> : tensor<2x1x8x8xf32>
    %cst_11 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_12 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_13 = arith.constant 6.400000e+01 : f32
    %cst_14 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg49 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %271 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %271 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg49 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %271 = arith.addi %in, %c128_i64 : i64
      linalg.yield %271 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg49 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %271 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %271 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %271 = arith.index_cast %in : i64 to index
      %272 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%271, %272] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_5 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %271 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %271 : i1
    } -> tensor<2x16xi1>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_5 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %271 = arith.addi %in, %c66_i64 : i64
      linalg.yield %271 : i64
    } -> tensor<2x16xi64>
    %9 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%7, %8, %cst_5 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %271 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %271 : i64
    } -> tensor<2x16xi64>
    %collapsed_15 = tensor.collapse_shape %9 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %10 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_15 : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %271 = arith.index_cast %in : i64 to index
      %272 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%271, %272] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_16 = tensor.expand_shape %10 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16x1xf32>
    %14 = linalg.fill ins(%cst : f32) outs(%13 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_17 = tensor.collapse_shape %16 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %17 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_17 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %17 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.subf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %18 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %20 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %cst_14 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = math.rsqrt %in : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_18 = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %24 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_18 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg50 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %271 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %271 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_7[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %29 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %30 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%29 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %271 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %271 : i1
    } -> tensor<2x1x1x16x1xi1>
    %31 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %32 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%31 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %271 = arith.addi %in, %c2_i64 : i64
      linalg.yield %271 : i64
    } -> tensor<2x1x1x16x1xi64>
    %33 = linalg.generic {indexing_maps = [#map6, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%30, %32, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%31 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %271 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %271 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_19 = tensor.extract_slice %cst_7[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %34 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_19 : tensor<2x1x1x16x1xi64>) outs(%29 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %271 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %271 : i1
    } -> tensor<2x1x1x16x1xi1>
    %35 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_19 : tensor<2x1x1x16x1xi64>) outs(%31 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %271 = arith.addi %in, %c16_i64 : i64
      linalg.yield %271 : i64
    } -> tensor<2x1x1x16x1xi64>
    %36 = linalg.generic {indexing_maps = [#map6, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%34, %35, %extracted_slice_19 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%31 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %271 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %271 : i64
    } -> tensor<2x1x1x16x1xi64>
    %37 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%36, %33 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%31 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_107: i64, %out: i64):
      %271 = arith.muli %in_107, %c16_i64 : i64
      %272 = arith.addi %in, %271 : i64
      linalg.yield %272 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_20 = tensor.collapse_shape %37 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_21 = tensor.collapse_shape %28 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %38 = tensor.empty() : tensor<32xi1>
    %39 = linalg.fill ins(%false : i1) outs(%38 : tensor<32xi1>) -> tensor<32xi1>
    %40 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%collapsed_20 : tensor<32xi64>) outs(%39 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %271 = arith.index_cast %in : i64 to index
      %272 = arith.cmpi slt, %271, %c32 : index
      cf.assert %272, "index must be smaller than dim size"
      %273 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %273, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_21[%271] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_22 = tensor.expand_shape %40 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %41 = tensor.empty() : tensor<2x1x16x16xi1>
    %42 = linalg.generic {indexing_maps = [#map8, #map9, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %expanded_22 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%41 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %271 = arith.andi %in, %in_107 : i1
      linalg.yield %271 : i1
    } -> tensor<2x1x16x16xi1>
    %43 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %44 = tensor.empty() : tensor<2x64x64xf32>
    %45 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %46 = linalg.fill ins(%cst : f32) outs(%11 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %47 = linalg.batch_matmul ins(%27, %45 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %48 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %expanded_23 = tensor.expand_shape %48 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %49 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_25 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %50 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %51 = linalg.batch_matmul ins(%27, %50 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %52 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %transposed_26 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %53 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_26 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %54 = linalg.batch_matmul ins(%27, %53 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %55 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %expanded_27 = tensor.expand_shape %52 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_28 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_29 = tensor.expand_shape %55 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x16x4x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_31 = tensor.collapse_shape %transposed_28 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %56 = tensor.empty() : tensor<8x16x16xf32>
    %transposed_32 = linalg.transpose ins(%collapsed_31 : tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %expanded_33 = tensor.expand_shape %transposed_32 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map10, #map12, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24, %cst_8 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map10, #map12, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33, %cst_8 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = tensor.empty() : tensor<2x1x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map10, #map12, #map12, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %cst_11, %cst_12 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%59 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %271 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %271 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %57 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %61 = linalg.fill ins(%cst : f32) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %62 = linalg.batch_matmul ins(%collapsed_34, %collapsed_35 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_36 = tensor.expand_shape %62 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map10, #map13, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_36, %60 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x4x16xi64>
    %65 = linalg.fill ins(%c0_i64 : i64) outs(%64 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %66 = tensor.empty() : tensor<2x4x16xf32>
    %67 = linalg.fill ins(%cst_0 : f32) outs(%66 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %68:2 = linalg.generic {indexing_maps = [#map10, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%67, %65 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_107: i64):
      %271 = linalg.index 3 : index
      %272 = arith.index_cast %271 : index to i64
      %273 = arith.maximumf %in, %out : f32
      %274 = arith.cmpf ogt, %in, %out : f32
      %275 = arith.select %274, %272, %out_107 : i64
      linalg.yield %273, %275 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_37 = tensor.expand_shape %68#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_37 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.subf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = math.exp %in : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16x1xf32>
    %72 = linalg.fill ins(%cst : f32) outs(%71 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map10, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %73 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.divf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x4x16x16xi1>
    %76 = linalg.generic {indexing_maps = [#map10, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %74 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%75 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_107: f32, %out: i1):
      %271 = arith.cmpf une, %in, %in_107 : f32
      linalg.yield %271 : i1
    } -> tensor<2x4x16x16xi1>
    %77 = linalg.generic {indexing_maps = [#map10, #map12, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76, %cst_11, %74 : tensor<2x4x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %271 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %77 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %transposed_30 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %78 = linalg.batch_matmul ins(%collapsed_38, %collapsed_39 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_40 = tensor.expand_shape %78 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %79 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_42 = tensor.collapse_shape %transposed_41 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_43 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %80 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_43 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %81 = linalg.batch_matmul ins(%collapsed_42, %80 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %82 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%83 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %85 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %86 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %86 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.subf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %87 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%88 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %cst_14 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = math.rsqrt %in : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_45 = tensor.collapse_shape %92 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %93 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %93 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %97 = tensor.empty() : tensor<64x128xf32>
    %transposed_46 = linalg.transpose ins(%arg12 : tensor<128x64xf32>) outs(%97 : tensor<64x128xf32>) permutation = [1, 0] 
    %98 = tensor.empty() : tensor<2x64x128xf32>
    %99 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_46 : tensor<64x128xf32>) outs(%98 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %100 = tensor.empty() : tensor<2x16x128xf32>
    %101 = linalg.fill ins(%cst : f32) outs(%100 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %102 = linalg.batch_matmul ins(%96, %99 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%101 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg13 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%100 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x128xf32>
    %104 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x128xf32>) outs(%100 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_1 : f32
      %272 = math.erf %271 : f32
      %273 = arith.addf %272, %cst_2 : f32
      %274 = arith.mulf %273, %cst_3 : f32
      %275 = arith.mulf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<2x16x128xf32>
    %105 = tensor.empty() : tensor<128x64xf32>
    %transposed_47 = linalg.transpose ins(%arg14 : tensor<64x128xf32>) outs(%105 : tensor<128x64xf32>) permutation = [1, 0] 
    %106 = tensor.empty() : tensor<2x128x64xf32>
    %107 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_47 : tensor<128x64xf32>) outs(%106 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %108 = linalg.batch_matmul ins(%104, %107 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_48 = tensor.collapse_shape %112 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %113 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_48 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %113 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.subf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %114 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%115 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %cst_14 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = math.rsqrt %in : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_49 = tensor.collapse_shape %119 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %120 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_49 : tensor<2x16xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %120 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %124 = tensor.empty() : tensor<2x8xi1>
    %125 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg51 : tensor<2x8xi64>) outs(%124 : tensor<2x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %271 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %271 : i1
    } -> tensor<2x8xi1>
    %126 = tensor.empty() : tensor<2x8xi64>
    %127 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg51 : tensor<2x8xi64>) outs(%126 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %271 = arith.addi %in, %c128_i64 : i64
      linalg.yield %271 : i64
    } -> tensor<2x8xi64>
    %128 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%125, %127, %arg51 : tensor<2x8xi1>, tensor<2x8xi64>, tensor<2x8xi64>) outs(%126 : tensor<2x8xi64>) {
    ^bb0(%in: i1, %in_107: i64, %in_108: i64, %out: i64):
      %271 = arith.select %in, %in_107, %in_108 : i64
      linalg.yield %271 : i64
    } -> tensor<2x8xi64>
    %collapsed_50 = tensor.collapse_shape %128 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %129 = tensor.empty() : tensor<16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_50 : tensor<16xi64>) outs(%129 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %271 = arith.index_cast %in : i64 to index
      %272 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%271, %272] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_51 = tensor.expand_shape %130 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %131 = tensor.empty() : tensor<2x1x8x16xi1>
    %132 = linalg.generic {indexing_maps = [#map8, #map9, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_9, %expanded_22 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%131 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_107: i1, %out: i1):
      %271 = arith.andi %in, %in_107 : i1
      linalg.yield %271 : i1
    } -> tensor<2x1x8x16xi1>
    %133 = tensor.empty() : tensor<8x64xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_4 : tensor<8xi64>) outs(%133 : tensor<8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %271 = arith.index_cast %in : i64 to index
      %272 = linalg.index 1 : index
      %extracted = tensor.extract %arg20[%271, %272] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<8x64xf32>
    %expanded_52 = tensor.expand_shape %134 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xf32> into tensor<1x8x64xf32>
    %135 = tensor.empty() : tensor<2x8x64xf32>
    %136 = linalg.generic {indexing_maps = [#map2, #map16, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51, %expanded_52 : tensor<2x8x64xf32>, tensor<1x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %137 = tensor.empty() : tensor<2x8x1xf32>
    %138 = linalg.fill ins(%cst : f32) outs(%137 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %139 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%136 : tensor<2x8x64xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %140 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_53 = tensor.collapse_shape %140 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %141 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_53 : tensor<2x8xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %142 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %141 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.subf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %143 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %142 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %144 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%143 : tensor<2x8x64xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %145 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %146 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %cst_14 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %147 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = math.rsqrt %in : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_54 = tensor.collapse_shape %147 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %148 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_54 : tensor<2x8xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %149 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %148 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %150 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %arg47 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %151 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %arg48 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %transposed_55 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %152 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_55 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %153 = linalg.fill ins(%cst : f32) outs(%135 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %154 = linalg.batch_matmul ins(%151, %152 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%153 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %155 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %arg26 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %expanded_56 = tensor.expand_shape %155 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %156 = tensor.empty() : tensor<2x4x8x16xf32>
    %transposed_57 = linalg.transpose ins(%expanded_56 : tensor<2x8x4x16xf32>) outs(%156 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_58 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %157 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_58 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %158 = linalg.batch_matmul ins(%151, %157 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%153 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %159 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %arg22 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %transposed_59 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %160 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_59 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %161 = linalg.batch_matmul ins(%151, %160 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%153 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %162 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %arg24 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %expanded_60 = tensor.expand_shape %159 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %transposed_61 = linalg.transpose ins(%expanded_60 : tensor<2x8x4x16xf32>) outs(%156 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_62 = tensor.expand_shape %162 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %transposed_63 = linalg.transpose ins(%expanded_62 : tensor<2x8x4x16xf32>) outs(%156 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_64 = tensor.collapse_shape %transposed_61 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %163 = tensor.empty() : tensor<8x16x8xf32>
    %transposed_65 = linalg.transpose ins(%collapsed_64 : tensor<8x8x16xf32>) outs(%163 : tensor<8x16x8xf32>) permutation = [0, 2, 1] 
    %expanded_66 = tensor.expand_shape %transposed_65 [[0, 1], [2], [3]] output_shape [2, 4, 16, 8] : tensor<8x16x8xf32> into tensor<2x4x16x8xf32>
    %164 = linalg.generic {indexing_maps = [#map10, #map12, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_57, %cst_8 : tensor<2x4x8x16xf32>, tensor<f32>) outs(%156 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x16xf32>
    %165 = tensor.empty() : tensor<2x4x16x8xf32>
    %166 = linalg.generic {indexing_maps = [#map10, #map12, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_66, %cst_8 : tensor<2x4x16x8xf32>, tensor<f32>) outs(%165 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x16x8xf32>
    %collapsed_67 = tensor.collapse_shape %164 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_68 = tensor.collapse_shape %166 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
    %167 = tensor.empty() : tensor<8x8x8xf32>
    %168 = linalg.fill ins(%cst : f32) outs(%167 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %169 = linalg.batch_matmul ins(%collapsed_67, %collapsed_68 : tensor<8x8x16xf32>, tensor<8x16x8xf32>) outs(%168 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_69 = tensor.expand_shape %169 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %170 = tensor.empty() : tensor<2x4x8x8xf32>
    %171 = linalg.generic {indexing_maps = [#map10, #map13, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_69, %cst_10 : tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) outs(%170 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x8xf32>
    %172 = tensor.empty() : tensor<2x4x8xi64>
    %173 = linalg.fill ins(%c0_i64 : i64) outs(%172 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %174 = tensor.empty() : tensor<2x4x8xf32>
    %175 = linalg.fill ins(%cst_0 : f32) outs(%174 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %176:2 = linalg.generic {indexing_maps = [#map10, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%171 : tensor<2x4x8x8xf32>) outs(%175, %173 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_107: i64):
      %271 = linalg.index 3 : index
      %272 = arith.index_cast %271 : index to i64
      %273 = arith.maximumf %in, %out : f32
      %274 = arith.cmpf ogt, %in, %out : f32
      %275 = arith.select %274, %272, %out_107 : i64
      linalg.yield %273, %275 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_70 = tensor.expand_shape %176#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %177 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%171, %expanded_70 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%170 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.subf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x8xf32>
    %178 = linalg.generic {indexing_maps = [#map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%177 : tensor<2x4x8x8xf32>) outs(%170 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = math.exp %in : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x8xf32>
    %179 = tensor.empty() : tensor<2x4x8x1xf32>
    %180 = linalg.fill ins(%cst : f32) outs(%179 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %181 = linalg.generic {indexing_maps = [#map10, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%178 : tensor<2x4x8x8xf32>) outs(%180 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x1xf32>
    %182 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%178, %181 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%170 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.divf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x8xf32>
    %183 = tensor.empty() : tensor<2x4x8x8xi1>
    %184 = linalg.generic {indexing_maps = [#map10, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%182, %182 : tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%183 : tensor<2x4x8x8xi1>) {
    ^bb0(%in: f32, %in_107: f32, %out: i1):
      %271 = arith.cmpf une, %in, %in_107 : f32
      linalg.yield %271 : i1
    } -> tensor<2x4x8x8xi1>
    %185 = linalg.generic {indexing_maps = [#map10, #map12, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%184, %cst_11, %182 : tensor<2x4x8x8xi1>, tensor<f32>, tensor<2x4x8x8xf32>) outs(%170 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %271 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_71 = tensor.collapse_shape %185 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_72 = tensor.collapse_shape %transposed_63 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %186 = tensor.empty() : tensor<8x8x16xf32>
    %187 = linalg.fill ins(%cst : f32) outs(%186 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %188 = linalg.batch_matmul ins(%collapsed_71, %collapsed_72 : tensor<8x8x8xf32>, tensor<8x8x16xf32>) outs(%187 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_73 = tensor.expand_shape %188 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %189 = tensor.empty() : tensor<2x8x4x16xf32>
    %transposed_74 = linalg.transpose ins(%expanded_73 : tensor<2x4x8x16xf32>) outs(%189 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_75 = tensor.collapse_shape %transposed_74 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_76 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %190 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_76 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %191 = linalg.batch_matmul ins(%collapsed_75, %190 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%153 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %192 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191, %arg28 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %193 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %192 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %194 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%193 : tensor<2x8x64xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %195 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_77 = tensor.collapse_shape %195 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %196 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_77 : tensor<2x8xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %197 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193, %196 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.subf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %198 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197, %197 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %199 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%198 : tensor<2x8x64xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %200 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %201 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %cst_14 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %202 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = math.rsqrt %in : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_78 = tensor.collapse_shape %202 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %203 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_78 : tensor<2x8xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %204 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197, %203 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %205 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%204, %arg29 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %206 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%205, %arg30 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %transposed_79 = linalg.transpose ins(%arg35 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %207 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_79 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %208 = linalg.batch_matmul ins(%206, %207 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%153 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %209 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208, %arg36 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %expanded_80 = tensor.expand_shape %209 [[0], [1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<2x8x64xf32> into tensor<2x8x4x16xf32>
    %transposed_81 = linalg.transpose ins(%expanded_80 : tensor<2x8x4x16xf32>) outs(%156 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_82 = linalg.transpose ins(%arg31 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %210 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_82 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %211 = linalg.batch_matmul ins(%123, %210 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %212 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211, %arg32 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %transposed_83 = linalg.transpose ins(%arg33 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %213 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_83 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %214 = linalg.batch_matmul ins(%123, %213 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %215 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%214, %arg34 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x16x64xf32>
    %expanded_84 = tensor.expand_shape %212 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_85 = linalg.transpose ins(%expanded_84 : tensor<2x16x4x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_86 = tensor.expand_shape %215 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_87 = linalg.transpose ins(%expanded_86 : tensor<2x16x4x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_88 = tensor.collapse_shape %transposed_85 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %transposed_89 = linalg.transpose ins(%collapsed_88 : tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %expanded_90 = tensor.expand_shape %transposed_89 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %216 = linalg.generic {indexing_maps = [#map10, #map12, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_81, %cst_8 : tensor<2x4x8x16xf32>, tensor<f32>) outs(%156 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x16xf32>
    %217 = linalg.generic {indexing_maps = [#map10, #map12, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_90, %cst_8 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x16x16xf32>
    %218 = tensor.empty() : tensor<2x1x8x16xf32>
    %219 = linalg.generic {indexing_maps = [#map10, #map12, #map12, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%132, %cst_11, %cst_12 : tensor<2x1x8x16xi1>, tensor<f32>, tensor<f32>) outs(%218 : tensor<2x1x8x16xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %271 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %271 : f32
    } -> tensor<2x1x8x16xf32>
    %collapsed_91 = tensor.collapse_shape %216 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_92 = tensor.collapse_shape %217 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %220 = linalg.batch_matmul ins(%collapsed_91, %collapsed_92 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%187 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_93 = tensor.expand_shape %220 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %221 = linalg.generic {indexing_maps = [#map10, #map13, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_93, %219 : tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) outs(%156 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x16xf32>
    %222:2 = linalg.generic {indexing_maps = [#map10, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%221 : tensor<2x4x8x16xf32>) outs(%175, %173 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_107: i64):
      %271 = linalg.index 3 : index
      %272 = arith.index_cast %271 : index to i64
      %273 = arith.maximumf %in, %out : f32
      %274 = arith.cmpf ogt, %in, %out : f32
      %275 = arith.select %274, %272, %out_107 : i64
      linalg.yield %273, %275 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_94 = tensor.expand_shape %222#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %223 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%221, %expanded_94 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%156 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.subf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x16xf32>
    %224 = linalg.generic {indexing_maps = [#map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%223 : tensor<2x4x8x16xf32>) outs(%156 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = math.exp %in : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x16xf32>
    %225 = linalg.generic {indexing_maps = [#map10, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%224 : tensor<2x4x8x16xf32>) outs(%180 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x1xf32>
    %226 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%224, %225 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%156 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.divf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x16xf32>
    %227 = tensor.empty() : tensor<2x4x8x16xi1>
    %228 = linalg.generic {indexing_maps = [#map10, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%226, %226 : tensor<2x4x8x16xf32>, tensor<2x4x8x16xf32>) outs(%227 : tensor<2x4x8x16xi1>) {
    ^bb0(%in: f32, %in_107: f32, %out: i1):
      %271 = arith.cmpf une, %in, %in_107 : f32
      linalg.yield %271 : i1
    } -> tensor<2x4x8x16xi1>
    %229 = linalg.generic {indexing_maps = [#map10, #map12, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%228, %cst_11, %226 : tensor<2x4x8x16xi1>, tensor<f32>, tensor<2x4x8x16xf32>) outs(%156 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: i1, %in_107: f32, %in_108: f32, %out: f32):
      %271 = arith.select %in, %in_107, %in_108 : f32
      linalg.yield %271 : f32
    } -> tensor<2x4x8x16xf32>
    %collapsed_95 = tensor.collapse_shape %229 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_96 = tensor.collapse_shape %transposed_87 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %230 = linalg.batch_matmul ins(%collapsed_95, %collapsed_96 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%187 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_97 = tensor.expand_shape %230 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %transposed_98 = linalg.transpose ins(%expanded_97 : tensor<2x4x8x16xf32>) outs(%189 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_99 = tensor.collapse_shape %transposed_98 [[0], [1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<2x8x64xf32>
    %transposed_100 = linalg.transpose ins(%arg37 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %231 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_100 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %232 = linalg.batch_matmul ins(%collapsed_99, %231 : tensor<2x8x64xf32>, tensor<2x64x64xf32>) outs(%153 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %233 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232, %arg38 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %234 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206, %233 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %235 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%234 : tensor<2x8x64xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %236 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_101 = tensor.collapse_shape %236 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %237 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_101 : tensor<2x8xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %238 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234, %237 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.subf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %239 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238, %238 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %240 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%239 : tensor<2x8x64xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %241 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %242 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %cst_14 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %243 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%242 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = math.rsqrt %in : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_102 = tensor.collapse_shape %243 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %244 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_102 : tensor<2x8xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %245 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238, %244 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %246 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245, %arg39 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %247 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%246, %arg40 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %transposed_103 = linalg.transpose ins(%arg41 : tensor<128x64xf32>) outs(%97 : tensor<64x128xf32>) permutation = [1, 0] 
    %248 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_103 : tensor<64x128xf32>) outs(%98 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %249 = tensor.empty() : tensor<2x8x128xf32>
    %250 = linalg.fill ins(%cst : f32) outs(%249 : tensor<2x8x128xf32>) -> tensor<2x8x128xf32>
    %251 = linalg.batch_matmul ins(%247, %248 : tensor<2x8x64xf32>, tensor<2x64x128xf32>) outs(%250 : tensor<2x8x128xf32>) -> tensor<2x8x128xf32>
    %252 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251, %arg42 : tensor<2x8x128xf32>, tensor<128xf32>) outs(%249 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x128xf32>
    %253 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%252 : tensor<2x8x128xf32>) outs(%249 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_1 : f32
      %272 = math.erf %271 : f32
      %273 = arith.addf %272, %cst_2 : f32
      %274 = arith.mulf %273, %cst_3 : f32
      %275 = arith.mulf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<2x8x128xf32>
    %transposed_104 = linalg.transpose ins(%arg43 : tensor<64x128xf32>) outs(%105 : tensor<128x64xf32>) permutation = [1, 0] 
    %254 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_104 : tensor<128x64xf32>) outs(%106 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %255 = linalg.batch_matmul ins(%253, %254 : tensor<2x8x128xf32>, tensor<2x128x64xf32>) outs(%153 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %256 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255, %arg44 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %257 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247, %256 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %258 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%257 : tensor<2x8x64xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %259 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_105 = tensor.collapse_shape %259 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %260 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_105 : tensor<2x8xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %261 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%257, %260 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.subf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %262 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%261, %261 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %263 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%262 : tensor<2x8x64xf32>) outs(%138 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %out : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %264 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%263 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.divf %in, %cst_13 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %265 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = arith.addf %in, %cst_14 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %266 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265 : tensor<2x8x1xf32>) outs(%137 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %271 = math.rsqrt %in : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x1xf32>
    %collapsed_106 = tensor.collapse_shape %266 [[0], [1, 2]] : tensor<2x8x1xf32> into tensor<2x8xf32>
    %267 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_106 : tensor<2x8xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x8x64xf32>
    %268 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%261, %267 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %269 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268, %arg45 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.mulf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    %270 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%269, %arg46 : tensor<2x8x64xf32>, tensor<64xf32>) outs(%135 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_107: f32, %out: f32):
      %271 = arith.addf %in, %in_107 : f32
      linalg.yield %271 : f32
    } -> tensor<2x8x64xf32>
    return %270 : tensor<2x8x64xf32>
  }
}

