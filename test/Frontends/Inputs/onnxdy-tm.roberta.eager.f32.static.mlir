// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "roberta", "path": "onnxdy-tm", "shapes": "static"}
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
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<2x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<2x16x64xf32>, %arg24: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f32
    %false = arith.constant false
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant 5.000000e-01 : f32
    %cst_3 = arith.constant dense<true> : tensor<1x1x16x1xi1>
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_5 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_6 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 9.99999996E-13 : f32
    %cst_9 = arith.constant 1.41421354 : f32
    %c64_i64 = arith.constant 64 : i64
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %cst_10 = arith.constant dense<[[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]]> : tensor<2x16xi64>
    %cst_11 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %0 = tensor.empty() : tensor<2x16xi64>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_10 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %123 = arith.addi %in, %c64_i64 : i64
      linalg.yield %123 : i64
    } -> tensor<2x16xi64>
    %2 = tensor.empty() : tensor<2x16xi1>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_10 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x16xi1>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%3, %1, %cst_10 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_44: i64, %in_45: i64, %out: i64):
      %123 = arith.select %in, %in_44, %in_45 : i64
      linalg.yield %123 : i64
    } -> tensor<2x16xi64>
    %5 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<2x16xi64>) -> tensor<2x16xi64>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %123 = arith.index_cast %in : i64 to index
      %124 = arith.cmpi slt, %123, %c64 : index
      cf.assert %124, "index must be smaller than dim size"
      %125 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %125, "index must be larger or equal to 0"
      linalg.yield %c0_i64 : i64
    } -> tensor<2x16xi64>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%6 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x16xi1>
    %8 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%6 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %123 = arith.addi %in, %c2_i64 : i64
      linalg.yield %123 : i64
    } -> tensor<2x16xi64>
    %9 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%7, %8, %6 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_44: i64, %in_45: i64, %out: i64):
      %123 = arith.select %in, %in_44, %in_45 : i64
      linalg.yield %123 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %9 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %10 = tensor.empty() : tensor<32x64xf32>
    %11 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%10 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %123 = arith.index_cast %in : i64 to index
      %124 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%123, %124] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %11 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %12 = tensor.empty() : tensor<2x16x64xf32>
    %13 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23, %expanded : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_12 = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %14 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_12 : tensor<32xi64>) outs(%10 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %123 = arith.index_cast %in : i64 to index
      %124 = linalg.index 1 : index
      %extracted = tensor.extract %arg4[%123, %124] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_13 = tensor.expand_shape %14 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %15 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %expanded_13 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %16 = tensor.empty() : tensor<2x16x1xf32>
    %17 = linalg.fill ins(%cst : f32) outs(%16 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%15 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_7 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_14 = tensor.collapse_shape %19 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %20 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_14 : tensor<2x16xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %20 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.subf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %22 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %21 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.mulf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%22 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_7 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %cst_8 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.rsqrt %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_15 = tensor.collapse_shape %26 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_15 : tensor<2x16xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.mulf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.mulf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg24 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_11[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %32 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %33 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%32 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x1x1x16x1xi1>
    %34 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %35 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%34 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %123 = arith.addi %in, %c2_i64 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16x1xi64>
    %36 = linalg.generic {indexing_maps = [#map6, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%33, %35, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%34 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_44: i64, %in_45: i64, %out: i64):
      %123 = arith.select %in, %in_44, %in_45 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_16 = tensor.extract_slice %cst_11[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %37 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_16 : tensor<2x1x1x16x1xi64>) outs(%32 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x1x1x16x1xi1>
    %38 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_16 : tensor<2x1x1x16x1xi64>) outs(%34 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %123 = arith.addi %in, %c16_i64 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16x1xi64>
    %39 = linalg.generic {indexing_maps = [#map6, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%37, %38, %extracted_slice_16 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%34 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_44: i64, %in_45: i64, %out: i64):
      %123 = arith.select %in, %in_44, %in_45 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16x1xi64>
    %40 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%39, %36 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%34 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_44: i64, %out: i64):
      %123 = arith.muli %in_44, %c16_i64 : i64
      %124 = arith.addi %in, %123 : i64
      linalg.yield %124 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_17 = tensor.collapse_shape %40 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_18 = tensor.collapse_shape %31 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %41 = tensor.empty() : tensor<32xi1>
    %42 = linalg.fill ins(%false : i1) outs(%41 : tensor<32xi1>) -> tensor<32xi1>
    %43 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%collapsed_17 : tensor<32xi64>) outs(%42 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.index_cast %in : i64 to index
      %124 = arith.cmpi slt, %123, %c32 : index
      cf.assert %124, "index must be smaller than dim size"
      %125 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %125, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_18[%123] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_19 = tensor.expand_shape %43 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %44 = tensor.empty() : tensor<2x1x16x16xi1>
    %45 = linalg.generic {indexing_maps = [#map8, #map9, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_3, %expanded_19 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%44 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_44: i1, %out: i1):
      %123 = arith.andi %in, %in_44 : i1
      linalg.yield %123 : i1
    } -> tensor<2x1x16x16xi1>
    %46 = tensor.empty() : tensor<2x1x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map10, #map11, #map11, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %cst_4, %cst_5 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%46 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_44: f32, %in_45: f32, %out: f32):
      %123 = arith.select %in, %in_44, %in_45 : f32
      linalg.yield %123 : f32
    } -> tensor<2x1x16x16xf32>
    %48 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %49 = tensor.empty() : tensor<2x64x64xf32>
    %50 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%49 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %51 = linalg.fill ins(%cst : f32) outs(%12 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %52 = linalg.batch_matmul ins(%30, %50 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%51 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %53 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%52, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %expanded_20 = tensor.expand_shape %53 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %54 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%54 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_22 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %55 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_22 : tensor<64x64xf32>) outs(%49 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %56 = linalg.batch_matmul ins(%30, %55 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%51 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %57 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %expanded_23 = tensor.expand_shape %57 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_24 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %58 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<64x64xf32>) outs(%49 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %59 = linalg.batch_matmul ins(%30, %58 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%51 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %60 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %expanded_25 = tensor.expand_shape %60 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_26 = linalg.transpose ins(%expanded_25 : tensor<2x16x4x16xf32>) outs(%54 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_27 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%54 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_28 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %transposed_27 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %61 = tensor.empty() : tensor<8x16x16xf32>
    %62 = linalg.fill ins(%cst : f32) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %63 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%62 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_30 = tensor.expand_shape %63 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map10, #map11, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_30, %cst_6 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%54 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.mulf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map10, #map13, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %47 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%54 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = tensor.empty() : tensor<2x4x16xi64>
    %67 = linalg.fill ins(%c0_i64 : i64) outs(%66 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %68 = tensor.empty() : tensor<2x4x16xf32>
    %69 = linalg.fill ins(%cst_0 : f32) outs(%68 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %70:2 = linalg.generic {indexing_maps = [#map10, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%65 : tensor<2x4x16x16xf32>) outs(%69, %67 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_44: i64):
      %123 = linalg.index 3 : index
      %124 = arith.index_cast %123 : index to i64
      %125 = arith.maximumf %in, %out : f32
      %126 = arith.cmpf ogt, %in, %out : f32
      %127 = arith.select %126, %124, %out_44 : i64
      linalg.yield %125, %127 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_31 = tensor.expand_shape %70#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %71 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %expanded_31 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%54 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.subf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %72 = linalg.generic {indexing_maps = [#map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71 : tensor<2x4x16x16xf32>) outs(%54 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.exp %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %73 = tensor.empty() : tensor<2x4x16x1xf32>
    %74 = linalg.fill ins(%cst : f32) outs(%73 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map10, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%72 : tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map10, #map15, #map10], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72, %75 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%54 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.divf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %76 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %transposed_26 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %77 = linalg.batch_matmul ins(%collapsed_32, %collapsed_33 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%62 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_34 = tensor.expand_shape %77 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_35 = linalg.transpose ins(%expanded_34 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_36 = tensor.collapse_shape %transposed_35 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_37 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %79 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_37 : tensor<64x64xf32>) outs(%49 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %80 = linalg.batch_matmul ins(%collapsed_36, %79 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%51 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%82 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_7 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_38 = tensor.collapse_shape %84 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %85 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_38 : tensor<2x16xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %85 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.subf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %86 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.mulf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%87 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_7 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %cst_8 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.rsqrt %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_39 = tensor.collapse_shape %91 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %92 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_39 : tensor<2x16xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %92 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.mulf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.mulf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %96 = tensor.empty() : tensor<64x128xf32>
    %transposed_40 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%96 : tensor<64x128xf32>) permutation = [1, 0] 
    %97 = tensor.empty() : tensor<2x64x128xf32>
    %98 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<64x128xf32>) outs(%97 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %99 = tensor.empty() : tensor<2x16x128xf32>
    %100 = linalg.fill ins(%cst : f32) outs(%99 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %101 = linalg.batch_matmul ins(%95, %98 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%100 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %102 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %arg16 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_9 : f32
      %124 = math.erf %123 : f32
      %125 = arith.addf %124, %cst_1 : f32
      %126 = arith.mulf %125, %cst_2 : f32
      %127 = arith.mulf %in, %126 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %104 = tensor.empty() : tensor<128x64xf32>
    %transposed_41 = linalg.transpose ins(%arg17 : tensor<64x128xf32>) outs(%104 : tensor<128x64xf32>) permutation = [1, 0] 
    %105 = tensor.empty() : tensor<2x128x64xf32>
    %106 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_41 : tensor<128x64xf32>) outs(%105 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %107 = linalg.batch_matmul ins(%103, %106 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%51 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %95 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%109 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_7 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %111 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %112 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %112 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.subf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %113 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.mulf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%114 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_7 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %cst_8 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.rsqrt %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %118 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %119 = linalg.generic {indexing_maps = [#map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %119 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.mulf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.mulf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %123 = arith.addf %in, %in_44 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    return %122 : tensor<2x16x64xf32>
  }
}
