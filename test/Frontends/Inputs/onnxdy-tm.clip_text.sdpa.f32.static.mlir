// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "clip_text", "path": "onnxdy-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map4 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map5 = affine_map<(d0) -> (d0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> ()>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map17 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c32 = arith.constant 32 : index
    %false = arith.constant false
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<[[[[true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true]]]]> : tensor<1x1x16x16xi1>
    %cst_3 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_5 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_6 = arith.constant dense<1.702000e+00> : tensor<f32>
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 9.99999974E-6 : f32
    %c0_i64 = arith.constant 0 : i64
    %c128_i64 = arith.constant 128 : i64
    %cst_9 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_10 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %124 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %124 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %124 = arith.addi %in, %c128_i64 : i64
      linalg.yield %124 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg20 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_45: i64, %in_46: i64, %out: i64):
      %124 = arith.select %in, %in_45, %in_46 : i64
      linalg.yield %124 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %124 = arith.index_cast %in : i64 to index
      %125 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%124, %125] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_9 : tensor<16xi64>) outs(%7 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %124 = arith.index_cast %in : i64 to index
      %125 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%124, %125] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_11 = tensor.expand_shape %8 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_11 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %124 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %124 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_10[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %12 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %13 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%12 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %124 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %124 : i1
    } -> tensor<2x1x1x16x1xi1>
    %14 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %124 = arith.addi %in, %c2_i64 : i64
      linalg.yield %124 : i64
    } -> tensor<2x1x1x16x1xi64>
    %16 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%13, %15, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_45: i64, %in_46: i64, %out: i64):
      %124 = arith.select %in, %in_45, %in_46 : i64
      linalg.yield %124 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_12 = tensor.extract_slice %cst_10[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %17 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_12 : tensor<2x1x1x16x1xi64>) outs(%12 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %124 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %124 : i1
    } -> tensor<2x1x1x16x1xi1>
    %18 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_12 : tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %124 = arith.addi %in, %c16_i64 : i64
      linalg.yield %124 : i64
    } -> tensor<2x1x1x16x1xi64>
    %19 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%17, %18, %extracted_slice_12 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_45: i64, %in_46: i64, %out: i64):
      %124 = arith.select %in, %in_45, %in_46 : i64
      linalg.yield %124 : i64
    } -> tensor<2x1x1x16x1xi64>
    %20 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%19, %16 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_45: i64, %out: i64):
      %124 = arith.muli %in_45, %c16_i64 : i64
      %125 = arith.addi %in, %124 : i64
      linalg.yield %125 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_13 = tensor.collapse_shape %20 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_14 = tensor.collapse_shape %11 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %21 = tensor.empty() : tensor<32xi1>
    %22 = linalg.fill ins(%false : i1) outs(%21 : tensor<32xi1>) -> tensor<32xi1>
    %23 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%collapsed_13 : tensor<32xi64>) outs(%22 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %124 = arith.index_cast %in : i64 to index
      %125 = arith.cmpi slt, %124, %c32 : index
      cf.assert %125, "index must be smaller than dim size"
      %126 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %126, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_14[%124] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_15 = tensor.expand_shape %23 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %24 = tensor.empty() : tensor<2x1x16x16xi1>
    %25 = linalg.generic {indexing_maps = [#map6, #map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %expanded_15 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%24 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %124 = arith.andi %in, %in_45 : i1
      linalg.yield %124 : i1
    } -> tensor<2x1x16x16xi1>
    %26 = tensor.empty() : tensor<2x16x1xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %out : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.divf %in, %cst_7 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_16 = tensor.collapse_shape %29 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %30 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_16 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.subf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%32 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %out : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.divf %in, %cst_7 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %cst_8 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = math.rsqrt %in : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_17 = tensor.collapse_shape %36 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %37 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_17 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %37 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %41 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %42 = tensor.empty() : tensor<2x64x64xf32>
    %43 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%42 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %44 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %45 = linalg.batch_matmul ins(%40, %43 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%44 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %46 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %transposed_18 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %47 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_18 : tensor<64x64xf32>) outs(%42 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %48 = linalg.batch_matmul ins(%40, %47 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%44 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %49 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%48, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %transposed_19 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %50 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_19 : tensor<64x64xf32>) outs(%42 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %51 = linalg.batch_matmul ins(%40, %50 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%44 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %52 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %expanded_20 = tensor.expand_shape %46 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %53 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_22 = tensor.expand_shape %49 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_24 = tensor.expand_shape %52 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_26 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %54 = tensor.empty() : tensor<8x16x16xf32>
    %transposed_27 = linalg.transpose ins(%collapsed_26 : tensor<8x16x16xf32>) outs(%54 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %expanded_28 = tensor.expand_shape %transposed_27 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map8, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_21, %cst_3 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map8, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_28, %cst_3 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x1x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map8, #map13, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25, %cst_4, %cst_5 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%57 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_45: f32, %in_46: f32, %out: f32):
      %124 = arith.select %in, %in_45, %in_46 : f32
      linalg.yield %124 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %55 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %56 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %59 = linalg.fill ins(%cst : f32) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %60 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_31 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31, %58 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x16x16xf32>
    %62 = tensor.empty() : tensor<2x4x16xi64>
    %63 = linalg.fill ins(%c0_i64 : i64) outs(%62 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %64 = tensor.empty() : tensor<2x4x16xf32>
    %65 = linalg.fill ins(%cst_0 : f32) outs(%64 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %66:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%61 : tensor<2x4x16x16xf32>) outs(%65, %63 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_45: i64):
      %124 = linalg.index 3 : index
      %125 = arith.index_cast %124 : index to i64
      %126 = arith.maximumf %in, %out : f32
      %127 = arith.cmpf ogt, %in, %out : f32
      %128 = arith.select %127, %125, %out_45 : i64
      linalg.yield %126, %128 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_32 = tensor.expand_shape %66#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %expanded_32 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.subf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = math.exp %in : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = tensor.empty() : tensor<2x4x16x1xf32>
    %70 = linalg.fill ins(%cst : f32) outs(%69 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %71 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%68 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %out : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %71 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.divf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x16x16xf32>
    %73 = tensor.empty() : tensor<2x4x16x16xi1>
    %74 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72, %72 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%73 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_45: f32, %out: i1):
      %124 = arith.cmpf une, %in, %in_45 : f32
      linalg.yield %124 : i1
    } -> tensor<2x4x16x16xi1>
    %75 = linalg.generic {indexing_maps = [#map8, #map13, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %cst_4, %72 : tensor<2x4x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_45: f32, %in_46: f32, %out: f32):
      %124 = arith.select %in, %in_45, %in_46 : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %75 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %transposed_25 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %76 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_35 = tensor.expand_shape %76 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %77 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_36 = linalg.transpose ins(%expanded_35 : tensor<2x4x16x16xf32>) outs(%77 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_37 = tensor.collapse_shape %transposed_36 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_38 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %78 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_38 : tensor<64x64xf32>) outs(%42 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %79 = linalg.batch_matmul ins(%collapsed_37, %78 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%44 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %80 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%81 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %out : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.divf %in, %cst_7 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_39 = tensor.collapse_shape %83 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %84 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_39 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %84 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.subf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %85 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%86 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %out : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.divf %in, %cst_7 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %cst_8 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = math.rsqrt %in : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_40 = tensor.collapse_shape %90 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %91 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_40 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %91 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %95 = tensor.empty() : tensor<64x128xf32>
    %transposed_41 = linalg.transpose ins(%arg12 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %96 = tensor.empty() : tensor<2x64x128xf32>
    %97 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_41 : tensor<64x128xf32>) outs(%96 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %98 = tensor.empty() : tensor<2x16x128xf32>
    %99 = linalg.fill ins(%cst : f32) outs(%98 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %100 = linalg.batch_matmul ins(%94, %97 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%99 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %arg13 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x128xf32>
    %102 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %cst_6 : tensor<2x16x128xf32>, tensor<f32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x128xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.negf %in : f32
      %125 = math.exp %124 : f32
      %126 = arith.addf %125, %cst_1 : f32
      %127 = arith.divf %cst_1, %126 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %104 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %103 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x128xf32>
    %105 = tensor.empty() : tensor<128x64xf32>
    %transposed_42 = linalg.transpose ins(%arg14 : tensor<64x128xf32>) outs(%105 : tensor<128x64xf32>) permutation = [1, 0] 
    %106 = tensor.empty() : tensor<2x128x64xf32>
    %107 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_42 : tensor<128x64xf32>) outs(%106 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %108 = linalg.batch_matmul ins(%104, %107 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%44 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %out : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.divf %in, %cst_7 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %112 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %113 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %113 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.subf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %114 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%115 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %out : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.divf %in, %cst_7 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %cst_8 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = math.rsqrt %in : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %119 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %120 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %120 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.mulf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %124 = arith.addf %in, %in_45 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x64xf32>
    return %123 : tensor<2x16x64xf32>
  }
}
