// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [96]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "gpt_bigcode", "path": "onnxdy-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map14 = affine_map<(d0, d1, d2, d3) -> ()>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<96x64xf32>, %arg5: tensor<96xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<256x64xf32>, %arg11: tensor<256xf32>, %arg12: tensor<64x256xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<2x16xi64>, %arg17: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c32 = arith.constant 32 : index
    %false = arith.constant false
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %c3_i64 = arith.constant 3 : i64
    %cst_1 = arith.constant 4.471500e-02 : f32
    %cst_2 = arith.constant 7.977240e-01 : f32
    %cst_3 = arith.constant 1.000000e+00 : f32
    %cst_4 = arith.constant 5.000000e-01 : f32
    %cst_5 = arith.constant dense<[[[[true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true]]]]> : tensor<1x1x16x16xi1>
    %cst_6 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_7 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_8 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 9.99999974E-6 : f32
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c128_i64 = arith.constant 128 : i64
    %cst_11 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_12 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %123 = arith.addi %in, %c128_i64 : i64
      linalg.yield %123 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg16 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_46: i64, %in_47: i64, %out: i64):
      %123 = arith.select %in, %in_46, %in_47 : i64
      linalg.yield %123 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %123 = arith.index_cast %in : i64 to index
      %124 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%123, %124] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg17 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_12[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %8 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x1x1x16x1xi1>
    %10 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %11 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %123 = arith.addi %in, %c2_i64 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16x1xi64>
    %12 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%9, %11, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_46: i64, %in_47: i64, %out: i64):
      %123 = arith.select %in, %in_46, %in_47 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_13 = tensor.extract_slice %cst_12[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %13 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_13 : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x1x1x16x1xi1>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_13 : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %123 = arith.addi %in, %c16_i64 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16x1xi64>
    %15 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%13, %14, %extracted_slice_13 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_46: i64, %in_47: i64, %out: i64):
      %123 = arith.select %in, %in_46, %in_47 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16x1xi64>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%15, %12 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_46: i64, %out: i64):
      %123 = arith.muli %in_46, %c16_i64 : i64
      %124 = arith.addi %in, %123 : i64
      linalg.yield %124 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_14 = tensor.collapse_shape %16 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_15 = tensor.collapse_shape %7 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %17 = tensor.empty() : tensor<32xi1>
    %18 = linalg.fill ins(%false : i1) outs(%17 : tensor<32xi1>) -> tensor<32xi1>
    %19 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%collapsed_14 : tensor<32xi64>) outs(%18 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.index_cast %in : i64 to index
      %124 = arith.cmpi slt, %123, %c32 : index
      cf.assert %124, "index must be smaller than dim size"
      %125 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %125, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_15[%123] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_16 = tensor.expand_shape %19 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %20 = tensor.empty() : tensor<2x1x16x16xi1>
    %21 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %expanded_16 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%20 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_46: i1, %out: i1):
      %123 = arith.andi %in, %in_46 : i1
      linalg.yield %123 : i1
    } -> tensor<2x1x16x16xi1>
    %22 = tensor.empty() : tensor<16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_11 : tensor<16xi64>) outs(%22 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %123 = arith.index_cast %in : i64 to index
      %124 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%123, %124] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_17 = tensor.expand_shape %23 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %24 = tensor.empty() : tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_17 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.addf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<2x16x1xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%25 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_9 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_18 = tensor.collapse_shape %29 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %30 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_18 : tensor<2x16xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.subf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.mulf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%32 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_9 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %cst_10 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.rsqrt %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_19 = tensor.collapse_shape %36 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %37 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_19 : tensor<2x16xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %37 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.mulf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.mulf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.addf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %41 = tensor.empty() : tensor<64x96xf32>
    %transposed = linalg.transpose ins(%arg4 : tensor<96x64xf32>) outs(%41 : tensor<64x96xf32>) permutation = [1, 0] 
    %42 = tensor.empty() : tensor<2x64x96xf32>
    %43 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x96xf32>) outs(%42 : tensor<2x64x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x96xf32>
    %44 = tensor.empty() : tensor<2x16x96xf32>
    %45 = linalg.fill ins(%cst : f32) outs(%44 : tensor<2x16x96xf32>) -> tensor<2x16x96xf32>
    %46 = linalg.batch_matmul ins(%40, %43 : tensor<2x16x64xf32>, tensor<2x64x96xf32>) outs(%45 : tensor<2x16x96xf32>) -> tensor<2x16x96xf32>
    %47 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46, %arg5 : tensor<2x16x96xf32>, tensor<96xf32>) outs(%44 : tensor<2x16x96xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.addf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x96xf32>
    %expanded_20 = tensor.expand_shape %47 [[0], [1, 2], [3]] output_shape [2, 1, 16, 96] : tensor<2x16x96xf32> into tensor<2x1x16x96xf32>
    %extracted_slice_21 = tensor.extract_slice %expanded_20[0, 0, 0, 0] [2, 1, 16, 64] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x64xf32>
    %extracted_slice_22 = tensor.extract_slice %expanded_20[0, 0, 0, 64] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %extracted_slice_23 = tensor.extract_slice %expanded_20[0, 0, 0, 80] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %extracted_slice_21 [[0], [1, 2], [3]] : tensor<2x1x16x64xf32> into tensor<2x16x64xf32>
    %expanded_25 = tensor.expand_shape %collapsed_24 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_26 = linalg.transpose ins(%expanded_25 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %49 = tensor.empty() : tensor<2x1x4x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_22 : tensor<2x1x16x16xf32>) outs(%49 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_23 : tensor<2x1x16x16xf32>) outs(%49 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %50 [[0, 1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<8x16x16xf32>
    %52 = tensor.empty() : tensor<8x16x16xf32>
    %transposed_28 = linalg.transpose ins(%collapsed_27 : tensor<8x16x16xf32>) outs(%52 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %expanded_29 = tensor.expand_shape %transposed_28 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_26, %cst_6 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.mulf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_29, %cst_6 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.mulf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %55 = tensor.empty() : tensor<2x1x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map14, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %cst_7, %cst_8 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%55 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_46: f32, %in_47: f32, %out: f32):
      %123 = arith.select %in, %in_46, %in_47 : f32
      linalg.yield %123 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %53 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %54 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %57 = linalg.fill ins(%cst : f32) outs(%52 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %58 = linalg.batch_matmul ins(%collapsed_30, %collapsed_31 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%57 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_32 = tensor.expand_shape %58 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_32, %56 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.addf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %60 = tensor.empty() : tensor<2x4x16xi64>
    %61 = linalg.fill ins(%c0_i64 : i64) outs(%60 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %62 = tensor.empty() : tensor<2x4x16xf32>
    %63 = linalg.fill ins(%cst_0 : f32) outs(%62 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %64:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%59 : tensor<2x4x16x16xf32>) outs(%63, %61 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_46: i64):
      %123 = linalg.index 3 : index
      %124 = arith.index_cast %123 : index to i64
      %125 = arith.maximumf %in, %out : f32
      %126 = arith.cmpf ogt, %in, %out : f32
      %127 = arith.select %126, %124, %out_46 : i64
      linalg.yield %125, %127 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_33 = tensor.expand_shape %64#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %expanded_33 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.subf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.exp %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = tensor.empty() : tensor<2x4x16x1xf32>
    %68 = linalg.fill ins(%cst : f32) outs(%67 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%66 : tensor<2x4x16x16xf32>) outs(%68 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %69 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.divf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16x16xi1>
    %72 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %70 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%71 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_46: f32, %out: i1):
      %123 = arith.cmpf une, %in, %in_46 : f32
      linalg.yield %123 : i1
    } -> tensor<2x4x16x16xi1>
    %73 = linalg.generic {indexing_maps = [#map6, #map14, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72, %cst_7, %70 : tensor<2x4x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_46: f32, %in_47: f32, %out: f32):
      %123 = arith.select %in, %in_46, %in_47 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %73 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %51 [[0, 1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<8x16x16xf32>
    %74 = linalg.batch_matmul ins(%collapsed_34, %collapsed_35 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%57 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_36 = tensor.expand_shape %74 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_37 = linalg.transpose ins(%expanded_36 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_38 = tensor.collapse_shape %transposed_37 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %76 = tensor.empty() : tensor<64x64xf32>
    %transposed_39 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%76 : tensor<64x64xf32>) permutation = [1, 0] 
    %77 = tensor.empty() : tensor<2x64x64xf32>
    %78 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<64x64xf32>) outs(%77 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %79 = linalg.fill ins(%cst : f32) outs(%24 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %80 = linalg.batch_matmul ins(%collapsed_38, %78 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%79 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.addf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.addf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%82 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_9 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_40 = tensor.collapse_shape %84 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %85 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_40 : tensor<2x16xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %85 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.subf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %86 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.mulf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%87 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_9 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %cst_10 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.rsqrt %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %91 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %92 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %92 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.mulf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.mulf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.addf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %96 = tensor.empty() : tensor<64x256xf32>
    %transposed_42 = linalg.transpose ins(%arg10 : tensor<256x64xf32>) outs(%96 : tensor<64x256xf32>) permutation = [1, 0] 
    %97 = tensor.empty() : tensor<2x64x256xf32>
    %98 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_42 : tensor<64x256xf32>) outs(%97 : tensor<2x64x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x256xf32>
    %99 = tensor.empty() : tensor<2x16x256xf32>
    %100 = linalg.fill ins(%cst : f32) outs(%99 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %101 = linalg.batch_matmul ins(%95, %98 : tensor<2x16x64xf32>, tensor<2x64x256xf32>) outs(%100 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %102 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %arg11 : tensor<2x16x256xf32>, tensor<256xf32>) outs(%99 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.addf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x256xf32>
    %103 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x256xf32>) outs(%99 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.fpowi %in, %c3_i64 : f32, i64
      %124 = arith.mulf %123, %cst_1 : f32
      %125 = arith.addf %in, %124 : f32
      %126 = arith.mulf %125, %cst_2 : f32
      %127 = math.tanh %126 : f32
      %128 = arith.addf %127, %cst_3 : f32
      %129 = arith.mulf %128, %cst_4 : f32
      %130 = arith.mulf %in, %129 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x256xf32>
    %104 = tensor.empty() : tensor<256x64xf32>
    %transposed_43 = linalg.transpose ins(%arg12 : tensor<64x256xf32>) outs(%104 : tensor<256x64xf32>) permutation = [1, 0] 
    %105 = tensor.empty() : tensor<2x256x64xf32>
    %106 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_43 : tensor<256x64xf32>) outs(%105 : tensor<2x256x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x256x64xf32>
    %107 = linalg.batch_matmul ins(%103, %106 : tensor<2x16x256xf32>, tensor<2x256x64xf32>) outs(%79 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.addf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %108 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.addf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%109 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_9 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %111 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %112 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %112 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.subf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %113 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.mulf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%114 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_9 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %cst_10 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.rsqrt %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_45 = tensor.collapse_shape %118 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %119 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<2x16xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %119 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.mulf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.mulf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %123 = arith.addf %in, %in_46 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    return %122 : tensor<2x16x64xf32>
  }
}
