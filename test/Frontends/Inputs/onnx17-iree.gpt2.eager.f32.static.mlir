// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 192]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64, 192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [256, 64]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "gpt2", "path": "onnx17-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1) -> (d1)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map15 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x192xf32>, %arg7: tensor<192xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64x256xf32>, %arg10: tensor<256xf32>, %arg11: tensor<256x64xf32>, %arg12: tensor<64x192xf32>, %arg13: tensor<64x64xf32>, %arg14: tensor<64x256xf32>, %arg15: tensor<256x64xf32>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c32_i64 = arith.constant 32 : i64
    %c3_i64 = arith.constant 3 : i64
    %c0_i64 = arith.constant 0 : i64
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_2 = arith.constant dense<true> : tensor<i1>
    %cst_3 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_4 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_5 = arith.constant dense<0.797884583> : tensor<f32>
    %cst_6 = arith.constant dense<4.471500e-02> : tensor<f32>
    %cst_7 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_8 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_9 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_10 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_11 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_12 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_13 = arith.constant 6.400000e+01 : f32
    %cst_14 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %164 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %164 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %164 = arith.addi %in, %c128_i64 : i64
      linalg.yield %164 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_79: i64, %in_80: i64, %out: i64):
      %164 = arith.select %in, %in_79, %in_80 : i64
      linalg.yield %164 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %164 = arith.index_cast %in : i64 to index
      %165 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%164, %165] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_3 : tensor<16xi64>) outs(%7 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %164 = arith.index_cast %in : i64 to index
      %165 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%164, %165] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_15 = tensor.expand_shape %8 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %164 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %164 : i1
    } -> tensor<2x16xi1>
    %12 = tensor.empty() : tensor<1x1x16x16xi1>
    %13 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%12 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_79: i64, %out: i1):
      %164 = arith.cmpi sle, %in, %in_79 : i64
      linalg.yield %164 : i1
    } -> tensor<1x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %13 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%12 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_79: i1, %out: i1):
      %164 = arith.andi %in, %in_79 : i1
      linalg.yield %164 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_16 = tensor.expand_shape %11 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_17 = tensor.collapse_shape %expanded_16 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %15 = tensor.empty() : tensor<2x1x1x16xi64>
    %16 = linalg.generic {indexing_maps = [#map8, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_1 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%15 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_79: i64, %out: i64):
      %164 = arith.addi %in, %in_79 : i64
      linalg.yield %164 : i64
    } -> tensor<2x1x1x16xi64>
    %17 = tensor.empty() : tensor<2x1x1x16xi1>
    %18 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16 : tensor<2x1x1x16xi64>) outs(%17 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %164 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %164 : i1
    } -> tensor<2x1x1x16xi1>
    %19 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16 : tensor<2x1x1x16xi64>) outs(%15 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %164 = arith.addi %in, %c32_i64 : i64
      linalg.yield %164 : i64
    } -> tensor<2x1x1x16xi64>
    %20 = linalg.generic {indexing_maps = [#map6, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %19, %16 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%15 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_79: i64, %in_80: i64, %out: i64):
      %164 = arith.select %in, %in_79, %in_80 : i64
      linalg.yield %164 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_18 = tensor.collapse_shape %20 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %21 = tensor.empty() : tensor<32x1xi1>
    %22 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_18 : tensor<32xi64>) outs(%21 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %164 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_17[%164, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_19 = tensor.collapse_shape %22 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_20 = tensor.expand_shape %collapsed_19 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %23 = tensor.empty() : tensor<2x1x16x16xi1>
    %24 = linalg.generic {indexing_maps = [#map8, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %expanded_20 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%23 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_79: i1, %out: i1):
      %164 = arith.andi %in, %in_79 : i1
      linalg.yield %164 : i1
    } -> tensor<2x1x16x16xi1>
    %25 = tensor.empty() : tensor<2x1x16x16xf32>
    %26 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%24, %cst_10, %cst_9 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%25 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_79: f32, %in_80: f32, %out: f32):
      %164 = arith.select %in, %in_79, %in_80 : f32
      linalg.yield %164 : f32
    } -> tensor<2x1x16x16xf32>
    %27 = tensor.empty() : tensor<2x16x1xf32>
    %28 = linalg.fill ins(%cst : f32) outs(%27 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.divf %in, %cst_13 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_21 = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.subf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%33 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.divf %in, %cst_13 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %cst_14 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = math.rsqrt %in : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_22 = tensor.collapse_shape %37 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %38 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_22 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %38 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_23 = tensor.collapse_shape %41 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %42 = tensor.empty() : tensor<32x192xf32>
    %43 = linalg.fill ins(%cst : f32) outs(%42 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %44 = linalg.matmul ins(%collapsed_23, %arg6 : tensor<32x64xf32>, tensor<64x192xf32>) outs(%43 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %45 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%44, %arg7 : tensor<32x192xf32>, tensor<192xf32>) outs(%42 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<32x192xf32>
    %expanded_24 = tensor.expand_shape %45 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice = tensor.extract_slice %expanded_24[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_25 = tensor.extract_slice %expanded_24[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_26 = tensor.extract_slice %expanded_24[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_27 = tensor.expand_shape %extracted_slice_25 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_28 = tensor.expand_shape %extracted_slice_26 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %46 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed = linalg.transpose ins(%expanded_28 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_29 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_31 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_32 = tensor.collapse_shape %transposed_30 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %transposed_31 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %47 = tensor.empty() : tensor<8x16x16xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %49 = linalg.batch_matmul ins(%collapsed_32, %collapsed_33 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_34 = tensor.expand_shape %49 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_34, %cst_8 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %26 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = tensor.empty() : tensor<2x4x16xi64>
    %53 = linalg.fill ins(%c0_i64 : i64) outs(%52 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %54 = tensor.empty() : tensor<2x4x16xf32>
    %55 = linalg.fill ins(%cst_0 : f32) outs(%54 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %56:2 = linalg.generic {indexing_maps = [#map6, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%51 : tensor<2x4x16x16xf32>) outs(%55, %53 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_79: i64):
      %164 = linalg.index 3 : index
      %165 = arith.index_cast %164 : index to i64
      %166 = arith.maximumf %in, %out : f32
      %167 = arith.cmpf ogt, %in, %out : f32
      %168 = arith.select %167, %165, %out_79 : i64
      linalg.yield %166, %168 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_35 = tensor.expand_shape %56#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %expanded_35 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.subf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = math.exp %in : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = tensor.empty() : tensor<2x4x16x1xf32>
    %60 = linalg.fill ins(%cst : f32) outs(%59 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %61 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%58 : tensor<2x4x16x16xf32>) outs(%60 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %61 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.divf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %62 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %transposed [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %63 = linalg.batch_matmul ins(%collapsed_36, %collapsed_37 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_38 = tensor.expand_shape %63 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_39 = linalg.transpose ins(%expanded_38 : tensor<2x4x16x16xf32>) outs(%64 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_40 = tensor.collapse_shape %transposed_39 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%5 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %66 = linalg.matmul ins(%collapsed_40, %arg8 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%65 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%66, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<32x64xf32>
    %expanded_41 = tensor.expand_shape %67 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41, %10 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %69 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%68 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.divf %in, %cst_13 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %70 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %71 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %71 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.subf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %72 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%73 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.divf %in, %cst_13 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %cst_14 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = math.rsqrt %in : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %77 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %78 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %78 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_44 = tensor.collapse_shape %81 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %82 = tensor.empty() : tensor<32x256xf32>
    %83 = linalg.fill ins(%cst : f32) outs(%82 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %84 = linalg.matmul ins(%collapsed_44, %arg9 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%83 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%84, %arg10 : tensor<32x256xf32>, tensor<256xf32>) outs(%82 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<32x256xf32>
    %expanded_45 = tensor.expand_shape %85 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %86 = tensor.empty() : tensor<2x16x256xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45, %cst_7 : tensor<2x16x256xf32>, tensor<f32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45 : tensor<2x16x256xf32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %cst_6 : tensor<2x16x256xf32>, tensor<f32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45, %89 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %cst_5 : tensor<2x16x256xf32>, tensor<f32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x256xf32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = math.tanh %in : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %cst_4 : tensor<2x16x256xf32>, tensor<f32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %93 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_46 = tensor.collapse_shape %94 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %95 = linalg.matmul ins(%collapsed_46, %arg11 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%65 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %96 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%95, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<32x64xf32>
    %expanded_47 = tensor.expand_shape %96 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %expanded_47 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%97 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.divf %in, %cst_13 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_48 = tensor.collapse_shape %99 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %100 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_48 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %100 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.subf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %101 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%102 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.divf %in, %cst_13 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %cst_14 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %106 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = math.rsqrt %in : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_49 = tensor.collapse_shape %106 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %107 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_49 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %107 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_50 = tensor.collapse_shape %110 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %111 = linalg.matmul ins(%collapsed_50, %arg12 : tensor<32x64xf32>, tensor<64x192xf32>) outs(%43 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %112 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%111, %arg7 : tensor<32x192xf32>, tensor<192xf32>) outs(%42 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<32x192xf32>
    %expanded_51 = tensor.expand_shape %112 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice_52 = tensor.extract_slice %expanded_51[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_53 = tensor.extract_slice %expanded_51[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_54 = tensor.extract_slice %expanded_51[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_55 = tensor.expand_shape %extracted_slice_53 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_56 = tensor.expand_shape %extracted_slice_54 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_57 = linalg.transpose ins(%expanded_56 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_58 = tensor.expand_shape %extracted_slice_52 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_60 = linalg.transpose ins(%expanded_55 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_61 = tensor.collapse_shape %transposed_59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_62 = tensor.collapse_shape %transposed_60 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %113 = linalg.batch_matmul ins(%collapsed_61, %collapsed_62 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_63 = tensor.expand_shape %113 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %114 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_63, %cst_8 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x16xf32>
    %115 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%114, %26 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x16xf32>
    %116:2 = linalg.generic {indexing_maps = [#map6, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%115 : tensor<2x4x16x16xf32>) outs(%55, %53 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_79: i64):
      %164 = linalg.index 3 : index
      %165 = arith.index_cast %164 : index to i64
      %166 = arith.maximumf %in, %out : f32
      %167 = arith.cmpf ogt, %in, %out : f32
      %168 = arith.select %167, %165, %out_79 : i64
      linalg.yield %166, %168 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_64 = tensor.expand_shape %116#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%115, %expanded_64 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.subf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x16xf32>
    %118 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%117 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = math.exp %in : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x16xf32>
    %119 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%118 : tensor<2x4x16x16xf32>) outs(%60 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%118, %119 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.divf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_65 = tensor.collapse_shape %120 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_66 = tensor.collapse_shape %transposed_57 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %121 = linalg.batch_matmul ins(%collapsed_65, %collapsed_66 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_67 = tensor.expand_shape %121 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_68 = linalg.transpose ins(%expanded_67 : tensor<2x4x16x16xf32>) outs(%64 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_69 = tensor.collapse_shape %transposed_68 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %122 = linalg.matmul ins(%collapsed_69, %arg13 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%65 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %123 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%122, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<32x64xf32>
    %expanded_70 = tensor.expand_shape %123 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_70, %97 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%124 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.divf %in, %cst_13 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_71 = tensor.collapse_shape %126 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %127 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_71 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %127 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.subf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %128 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%129 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %131 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.divf %in, %cst_13 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %132 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %cst_14 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %133 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = math.rsqrt %in : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_72 = tensor.collapse_shape %133 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %134 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_72 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %134 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %136 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %137 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_73 = tensor.collapse_shape %137 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %138 = linalg.matmul ins(%collapsed_73, %arg14 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%83 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %139 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%138, %arg10 : tensor<32x256xf32>, tensor<256xf32>) outs(%82 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<32x256xf32>
    %expanded_74 = tensor.expand_shape %139 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %140 = linalg.generic {indexing_maps = [#map2, #map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_74, %cst_7 : tensor<2x16x256xf32>, tensor<f32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %141 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_74 : tensor<2x16x256xf32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %142 = linalg.generic {indexing_maps = [#map2, #map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %cst_6 : tensor<2x16x256xf32>, tensor<f32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %143 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_74, %142 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %144 = linalg.generic {indexing_maps = [#map2, #map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %cst_5 : tensor<2x16x256xf32>, tensor<f32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %145 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x16x256xf32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = math.tanh %in : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %146 = linalg.generic {indexing_maps = [#map2, #map15, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %cst_4 : tensor<2x16x256xf32>, tensor<f32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %147 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %146 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_75 = tensor.collapse_shape %147 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %148 = linalg.matmul ins(%collapsed_75, %arg15 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%65 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%148, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<32x64xf32>
    %expanded_76 = tensor.expand_shape %149 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %expanded_76 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%150 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %152 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.divf %in, %cst_13 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_77 = tensor.collapse_shape %152 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %153 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_77 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %154 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %153 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.subf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %154 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%155 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %out : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %157 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.divf %in, %cst_13 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %158 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = arith.addf %in, %cst_14 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %159 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x16x1xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %164 = math.rsqrt %in : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_78 = tensor.collapse_shape %159 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %160 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_78 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %160 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.mulf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_79: f32, %out: f32):
      %164 = arith.addf %in, %in_79 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x64xf32>
    return %163 : tensor<2x16x64xf32>
  }
}

