// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "opt", "path": "onnxdy-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map10 = affine_map<(d0, d1, d2) -> (d2)>
#map11 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map12 = affine_map<(d0, d1, d2) -> ()>
#map13 = affine_map<(d0, d1, d2, d3) -> ()>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map17 = affine_map<(d0, d1) -> (d0, 0)>
#map18 = affine_map<(d0, d1) -> (d1)>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c32 = arith.constant 32 : index
    %false = arith.constant false
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<[[[[true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true]]]]> : tensor<1x1x16x16xi1>
    %cst_2 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant 6.400000e+01 : f32
    %cst_6 = arith.constant 9.99999974E-6 : f32
    %c0_i64 = arith.constant 0 : i64
    %c128_i64 = arith.constant 128 : i64
    %c66_i64 = arith.constant 66 : i64
    %cst_7 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %cst_8 = arith.constant dense<[[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17], [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]]> : tensor<2x16xi64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %122 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %122 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %122 = arith.addi %in, %c128_i64 : i64
      linalg.yield %122 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg20 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_44: i64, %in_45: i64, %out: i64):
      %122 = arith.select %in, %in_44, %in_45 : i64
      linalg.yield %122 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %122 = arith.index_cast %in : i64 to index
      %123 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%122, %123] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %122 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %122 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_7[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %8 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %122 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %122 : i1
    } -> tensor<2x1x1x16x1xi1>
    %10 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %11 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %122 = arith.addi %in, %c2_i64 : i64
      linalg.yield %122 : i64
    } -> tensor<2x1x1x16x1xi64>
    %12 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%9, %11, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_44: i64, %in_45: i64, %out: i64):
      %122 = arith.select %in, %in_44, %in_45 : i64
      linalg.yield %122 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_9 = tensor.extract_slice %cst_7[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %13 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_9 : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %122 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %122 : i1
    } -> tensor<2x1x1x16x1xi1>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_9 : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %122 = arith.addi %in, %c16_i64 : i64
      linalg.yield %122 : i64
    } -> tensor<2x1x1x16x1xi64>
    %15 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%13, %14, %extracted_slice_9 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_44: i64, %in_45: i64, %out: i64):
      %122 = arith.select %in, %in_44, %in_45 : i64
      linalg.yield %122 : i64
    } -> tensor<2x1x1x16x1xi64>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%15, %12 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_44: i64, %out: i64):
      %122 = arith.muli %in_44, %c16_i64 : i64
      %123 = arith.addi %in, %122 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_10 = tensor.collapse_shape %16 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_11 = tensor.collapse_shape %7 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %17 = tensor.empty() : tensor<32xi1>
    %18 = linalg.fill ins(%false : i1) outs(%17 : tensor<32xi1>) -> tensor<32xi1>
    %19 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%collapsed_10 : tensor<32xi64>) outs(%18 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %122 = arith.index_cast %in : i64 to index
      %123 = arith.cmpi slt, %122, %c32 : index
      cf.assert %123, "index must be smaller than dim size"
      %124 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %124, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_11[%122] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_12 = tensor.expand_shape %19 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %20 = tensor.empty() : tensor<2x1x16x16xi1>
    %21 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %expanded_12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%20 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_44: i1, %out: i1):
      %122 = arith.andi %in, %in_44 : i1
      linalg.yield %122 : i1
    } -> tensor<2x1x16x16xi1>
    %22 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_8 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %122 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %122 : i1
    } -> tensor<2x16xi1>
    %23 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_8 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %122 = arith.addi %in, %c66_i64 : i64
      linalg.yield %122 : i64
    } -> tensor<2x16xi64>
    %24 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%22, %23, %cst_8 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_44: i64, %in_45: i64, %out: i64):
      %122 = arith.select %in, %in_44, %in_45 : i64
      linalg.yield %122 : i64
    } -> tensor<2x16xi64>
    %collapsed_13 = tensor.collapse_shape %24 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %25 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_13 : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %122 = arith.index_cast %in : i64 to index
      %123 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%122, %123] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_14 = tensor.expand_shape %25 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_14 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %28 = tensor.empty() : tensor<2x16x1xf32>
    %29 = linalg.fill ins(%cst : f32) outs(%28 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%27 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_5 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_15 = tensor.collapse_shape %31 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %32 = linalg.generic {indexing_maps = [#map9, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_15 : tensor<2x16xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.subf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.mulf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%34 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_5 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %cst_6 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.rsqrt %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_16 = tensor.collapse_shape %38 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %39 = linalg.generic {indexing_maps = [#map9, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_16 : tensor<2x16xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %39 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.mulf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.mulf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %43 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %44 = tensor.empty() : tensor<2x64x64xf32>
    %45 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %46 = linalg.fill ins(%cst : f32) outs(%26 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %47 = linalg.batch_matmul ins(%42, %45 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %48 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %49 = linalg.generic {indexing_maps = [#map7, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%48, %cst_2 : tensor<2x16x64xf32>, tensor<f32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.mulf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %expanded_17 = tensor.expand_shape %49 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %50 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %51 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_19 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %52 = linalg.batch_matmul ins(%42, %51 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %53 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%52, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %transposed_20 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %54 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_20 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %55 = linalg.batch_matmul ins(%42, %54 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %56 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %expanded_21 = tensor.expand_shape %53 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_23 = tensor.expand_shape %56 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_25 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %57 = tensor.empty() : tensor<8x16x16xf32>
    %transposed_26 = linalg.transpose ins(%collapsed_25 : tensor<8x16x16xf32>) outs(%57 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %58 = tensor.empty() : tensor<2x1x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map13, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %cst_3, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%58 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_44: f32, %in_45: f32, %out: f32):
      %122 = arith.select %in, %in_44, %in_45 : f32
      linalg.yield %122 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %60 = linalg.fill ins(%cst : f32) outs(%57 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %61 = linalg.batch_matmul ins(%collapsed_27, %transposed_26 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %61 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_28, %59 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = tensor.empty() : tensor<2x4x16xi64>
    %64 = linalg.fill ins(%c0_i64 : i64) outs(%63 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %65 = tensor.empty() : tensor<2x4x16xf32>
    %66 = linalg.fill ins(%cst_0 : f32) outs(%65 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %67:2 = linalg.generic {indexing_maps = [#map6, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%66, %64 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_44: i64):
      %122 = linalg.index 3 : index
      %123 = arith.index_cast %122 : index to i64
      %124 = arith.maximumf %in, %out : f32
      %125 = arith.cmpf ogt, %in, %out : f32
      %126 = arith.select %125, %123, %out_44 : i64
      linalg.yield %124, %126 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_29 = tensor.expand_shape %67#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %expanded_29 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.subf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.exp %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16x1xf32>
    %71 = linalg.fill ins(%cst : f32) outs(%70 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map6, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%71 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %72 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.divf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = tensor.empty() : tensor<2x4x16x16xi1>
    %75 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73, %73 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_44: f32, %out: i1):
      %122 = arith.cmpf une, %in, %in_44 : f32
      linalg.yield %122 : i1
    } -> tensor<2x4x16x16xi1>
    %76 = linalg.generic {indexing_maps = [#map6, #map13, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %cst_3, %73 : tensor<2x4x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_44: f32, %in_45: f32, %out: f32):
      %122 = arith.select %in, %in_44, %in_45 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %76 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %77 = linalg.batch_matmul ins(%collapsed_30, %collapsed_31 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_32 = tensor.expand_shape %77 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_33 = linalg.transpose ins(%expanded_32 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_34 = tensor.collapse_shape %transposed_33 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_35 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %79 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_35 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %80 = linalg.batch_matmul ins(%collapsed_34, %79 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %81 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_36 = tensor.collapse_shape %82 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %83 = tensor.empty() : tensor<32x1xf32>
    %84 = linalg.fill ins(%cst : f32) outs(%83 : tensor<32x1xf32>) -> tensor<32x1xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map17], iterator_types = ["parallel", "reduction"]} ins(%collapsed_36 : tensor<32x64xf32>) outs(%84 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<32x1xf32>
    %86 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%85 : tensor<32x1xf32>) outs(%83 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_5 : f32
      linalg.yield %122 : f32
    } -> tensor<32x1xf32>
    %collapsed_37 = tensor.collapse_shape %86 [[0, 1]] : tensor<32x1xf32> into tensor<32xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_37 : tensor<32xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<32x64xf32>
    %88 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_36, %87 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.subf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %89 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%88, %88 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.mulf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %90 = linalg.generic {indexing_maps = [#map, #map17], iterator_types = ["parallel", "reduction"]} ins(%89 : tensor<32x64xf32>) outs(%84 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<32x1xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%90 : tensor<32x1xf32>) outs(%83 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_5 : f32
      linalg.yield %122 : f32
    } -> tensor<32x1xf32>
    %92 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%91 : tensor<32x1xf32>) outs(%83 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %cst_6 : f32
      linalg.yield %122 : f32
    } -> tensor<32x1xf32>
    %93 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%92 : tensor<32x1xf32>) outs(%83 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.rsqrt %in : f32
      linalg.yield %122 : f32
    } -> tensor<32x1xf32>
    %collapsed_38 = tensor.collapse_shape %93 [[0, 1]] : tensor<32x1xf32> into tensor<32xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_38 : tensor<32xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<32x64xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%88, %94 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.mulf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %96 = linalg.generic {indexing_maps = [#map, #map18, #map], iterator_types = ["parallel", "parallel"]} ins(%95, %arg18 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.mulf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %97 = linalg.generic {indexing_maps = [#map, #map18, #map], iterator_types = ["parallel", "parallel"]} ins(%96, %arg19 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %98 = tensor.empty() : tensor<64x128xf32>
    %transposed_39 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%98 : tensor<64x128xf32>) permutation = [1, 0] 
    %99 = tensor.empty() : tensor<32x128xf32>
    %100 = linalg.fill ins(%cst : f32) outs(%99 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %101 = linalg.matmul ins(%97, %transposed_39 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%100 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %102 = linalg.generic {indexing_maps = [#map, #map18, #map], iterator_types = ["parallel", "parallel"]} ins(%101, %arg15 : tensor<32x128xf32>, tensor<128xf32>) outs(%99 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<32x128xf32>
    %103 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%102 : tensor<32x128xf32>) outs(%99 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.cmpf ugt, %in, %cst : f32
      %123 = arith.select %122, %in, %cst : f32
      linalg.yield %123 : f32
    } -> tensor<32x128xf32>
    %104 = tensor.empty() : tensor<128x64xf32>
    %transposed_40 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%104 : tensor<128x64xf32>) permutation = [1, 0] 
    %105 = linalg.fill ins(%cst : f32) outs(%5 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %106 = linalg.matmul ins(%103, %transposed_40 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%105 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %107 = linalg.generic {indexing_maps = [#map, #map18, #map], iterator_types = ["parallel", "parallel"]} ins(%106, %arg17 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %108 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_36, %107 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %expanded_41 = tensor.expand_shape %108 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_41 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_5 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %110 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %111 = linalg.generic {indexing_maps = [#map9, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41, %111 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.subf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %112 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.mulf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_5 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %cst_6 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.rsqrt %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %117 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %118 = linalg.generic {indexing_maps = [#map9, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %118 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.mulf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.mulf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %122 = arith.addf %in, %in_44 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    return %121 : tensor<2x16x64xf32>
  }
}
