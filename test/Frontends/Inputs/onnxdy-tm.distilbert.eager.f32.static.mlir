// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "distilbert", "path": "onnxdy-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map8 = affine_map<(d0) -> (d0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map12 = affine_map<(d0, d1, d2, d3) -> ()>
#map13 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
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
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c128_i64 = arith.constant 128 : i64
    %cst_10 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_11 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %118 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %118 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %118 = arith.addi %in, %c128_i64 : i64
      linalg.yield %118 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg20 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_43: i64, %in_44: i64, %out: i64):
      %118 = arith.select %in, %in_43, %in_44 : i64
      linalg.yield %118 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %118 = arith.index_cast %in : i64 to index
      %119 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%118, %119] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_10 : tensor<16xi64>) outs(%7 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %118 = arith.index_cast %in : i64 to index
      %119 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%118, %119] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_12 = tensor.expand_shape %8 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_12 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x1xf32>
    %12 = linalg.fill ins(%cst : f32) outs(%11 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %13 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.divf %in, %cst_7 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_13 = tensor.collapse_shape %14 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %15 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_13 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %15 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.subf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.mulf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.divf %in, %cst_7 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %cst_8 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.rsqrt %in : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_14 = tensor.collapse_shape %21 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %22 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_14 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %22 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.mulf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.mulf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %118 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %118 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_11[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %27 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %28 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%27 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %118 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %118 : i1
    } -> tensor<2x1x1x16x1xi1>
    %29 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %30 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%29 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %118 = arith.addi %in, %c2_i64 : i64
      linalg.yield %118 : i64
    } -> tensor<2x1x1x16x1xi64>
    %31 = linalg.generic {indexing_maps = [#map7, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%28, %30, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%29 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_43: i64, %in_44: i64, %out: i64):
      %118 = arith.select %in, %in_43, %in_44 : i64
      linalg.yield %118 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_15 = tensor.extract_slice %cst_11[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %32 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_15 : tensor<2x1x1x16x1xi64>) outs(%27 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %118 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %118 : i1
    } -> tensor<2x1x1x16x1xi1>
    %33 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_15 : tensor<2x1x1x16x1xi64>) outs(%29 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %118 = arith.addi %in, %c16_i64 : i64
      linalg.yield %118 : i64
    } -> tensor<2x1x1x16x1xi64>
    %34 = linalg.generic {indexing_maps = [#map7, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%32, %33, %extracted_slice_15 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%29 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_43: i64, %in_44: i64, %out: i64):
      %118 = arith.select %in, %in_43, %in_44 : i64
      linalg.yield %118 : i64
    } -> tensor<2x1x1x16x1xi64>
    %35 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%34, %31 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%29 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_43: i64, %out: i64):
      %118 = arith.muli %in_43, %c16_i64 : i64
      %119 = arith.addi %in, %118 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_16 = tensor.collapse_shape %35 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_17 = tensor.collapse_shape %26 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %36 = tensor.empty() : tensor<32xi1>
    %37 = linalg.fill ins(%false : i1) outs(%36 : tensor<32xi1>) -> tensor<32xi1>
    %38 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel"]} ins(%collapsed_16 : tensor<32xi64>) outs(%37 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %118 = arith.index_cast %in : i64 to index
      %119 = arith.cmpi slt, %118, %c32 : index
      cf.assert %119, "index must be smaller than dim size"
      %120 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %120, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_17[%118] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_18 = tensor.expand_shape %38 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %39 = tensor.empty() : tensor<2x1x16x16xi1>
    %40 = linalg.generic {indexing_maps = [#map9, #map10, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_3, %expanded_18 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%39 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_43: i1, %out: i1):
      %118 = arith.andi %in, %in_43 : i1
      linalg.yield %118 : i1
    } -> tensor<2x1x16x16xi1>
    %41 = tensor.empty() : tensor<2x1x16x16xf32>
    %42 = linalg.generic {indexing_maps = [#map11, #map12, #map12, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %cst_4, %cst_5 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%41 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_43: f32, %in_44: f32, %out: f32):
      %118 = arith.select %in, %in_43, %in_44 : f32
      linalg.yield %118 : f32
    } -> tensor<2x1x16x16xf32>
    %43 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %44 = tensor.empty() : tensor<2x64x64xf32>
    %45 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %46 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %47 = linalg.batch_matmul ins(%25, %45 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %48 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %expanded_19 = tensor.expand_shape %48 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %49 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %50 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_21 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %51 = linalg.batch_matmul ins(%25, %50 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %52 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %expanded_22 = tensor.expand_shape %52 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_23 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %53 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_23 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %54 = linalg.batch_matmul ins(%25, %53 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %55 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %expanded_24 = tensor.expand_shape %55 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<2x16x4x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_26 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_27 = tensor.collapse_shape %transposed_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %transposed_26 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %56 = tensor.empty() : tensor<8x16x16xf32>
    %57 = linalg.fill ins(%cst : f32) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %58 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%57 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_29 = tensor.expand_shape %58 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map11, #map12, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_29, %cst_6 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.mulf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map11, #map14, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %42 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %61 = tensor.empty() : tensor<2x4x16xi64>
    %62 = linalg.fill ins(%c0_i64 : i64) outs(%61 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %63 = tensor.empty() : tensor<2x4x16xf32>
    %64 = linalg.fill ins(%cst_0 : f32) outs(%63 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %65:2 = linalg.generic {indexing_maps = [#map11, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%60 : tensor<2x4x16x16xf32>) outs(%64, %62 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_43: i64):
      %118 = linalg.index 3 : index
      %119 = arith.index_cast %118 : index to i64
      %120 = arith.maximumf %in, %out : f32
      %121 = arith.cmpf ogt, %in, %out : f32
      %122 = arith.select %121, %119, %out_43 : i64
      linalg.yield %120, %122 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_30 = tensor.expand_shape %65#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map11, #map16, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %expanded_30 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.subf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66 : tensor<2x4x16x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.exp %in : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = tensor.empty() : tensor<2x4x16x1xf32>
    %69 = linalg.fill ins(%cst : f32) outs(%68 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map11, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%67 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x1xf32>
    %71 = linalg.generic {indexing_maps = [#map11, #map16, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %70 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.divf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %71 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %transposed_25 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %72 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%57 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_33 = tensor.expand_shape %72 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %73 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_34 = linalg.transpose ins(%expanded_33 : tensor<2x4x16x16xf32>) outs(%73 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_35 = tensor.collapse_shape %transposed_34 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_36 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %74 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_36 : tensor<64x64xf32>) outs(%44 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %75 = linalg.batch_matmul ins(%collapsed_35, %74 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%77 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.divf %in, %cst_7 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_37 = tensor.collapse_shape %79 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %80 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_37 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %80 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.subf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %81 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.mulf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%82 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.divf %in, %cst_7 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %cst_8 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.rsqrt %in : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_38 = tensor.collapse_shape %86 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %87 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_38 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %87 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.mulf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.mulf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %91 = tensor.empty() : tensor<64x128xf32>
    %transposed_39 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%91 : tensor<64x128xf32>) permutation = [1, 0] 
    %92 = tensor.empty() : tensor<2x64x128xf32>
    %93 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<64x128xf32>) outs(%92 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %94 = tensor.empty() : tensor<2x16x128xf32>
    %95 = linalg.fill ins(%cst : f32) outs(%94 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %96 = linalg.batch_matmul ins(%90, %93 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%95 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %97 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %arg15 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%94 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x128xf32>
    %98 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x128xf32>) outs(%94 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.divf %in, %cst_9 : f32
      %119 = math.erf %118 : f32
      %120 = arith.addf %119, %cst_1 : f32
      %121 = arith.mulf %120, %cst_2 : f32
      %122 = arith.mulf %in, %121 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x128xf32>
    %99 = tensor.empty() : tensor<128x64xf32>
    %transposed_40 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%99 : tensor<128x64xf32>) permutation = [1, 0] 
    %100 = tensor.empty() : tensor<2x128x64xf32>
    %101 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<128x64xf32>) outs(%100 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %102 = linalg.batch_matmul ins(%98, %101 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%46 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %90 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%104 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %106 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.divf %in, %cst_7 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %106 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %107 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %107 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.subf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %108 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.mulf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%109 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.divf %in, %cst_7 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %cst_8 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.rsqrt %in : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %113 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %114 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %114 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.mulf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.mulf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %118 = arith.addf %in, %in_43 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    return %117 : tensor<2x16x64xf32>
  }
}
