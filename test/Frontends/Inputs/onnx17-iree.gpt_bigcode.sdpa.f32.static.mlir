// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [96]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "gpt_bigcode", "path": "onnx17-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> ()>
#map6 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map15 = affine_map<() -> ()>
#map16 = affine_map<(d0, d1, d2, d3) -> (0)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map19 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<96x64xf32>, %arg7: tensor<96xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<256x64xf32>, %arg10: tensor<256xf32>, %arg11: tensor<64x256xf32>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c32_i64 = arith.constant 32 : i64
    %c0_i64 = arith.constant 0 : i64
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_2 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_3 = arith.constant dense<true> : tensor<i1>
    %cst_4 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_5 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0.797884583> : tensor<f32>
    %cst_7 = arith.constant dense<4.471500e-02> : tensor<f32>
    %cst_8 = arith.constant dense<0xFF800000> : tensor<1xf32>
    %cst_9 = arith.constant dense<0.000000e+00> : tensor<1xf32>
    %cst_10 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_11 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_12 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_13 = arith.constant 6.400000e+01 : f32
    %cst_14 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %134 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %134 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %134 = arith.addi %in, %c128_i64 : i64
      linalg.yield %134 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_47: i64, %in_48: i64, %out: i64):
      %134 = arith.select %in, %in_47, %in_48 : i64
      linalg.yield %134 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %134 = arith.index_cast %in : i64 to index
      %135 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%134, %135] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %134 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %134 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_47: i64, %out: i1):
      %134 = arith.cmpi sle, %in, %in_47 : i64
      linalg.yield %134 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_3, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_47: i1, %out: i1):
      %134 = arith.andi %in, %in_47 : i1
      linalg.yield %134 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_15 = tensor.expand_shape %7 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_16 = tensor.collapse_shape %expanded_15 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi64>
    %12 = linalg.generic {indexing_maps = [#map6, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_2 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_47: i64, %out: i64):
      %134 = arith.addi %in, %in_47 : i64
      linalg.yield %134 : i64
    } -> tensor<2x1x1x16xi64>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %134 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %134 : i1
    } -> tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %134 = arith.addi %in, %c32_i64 : i64
      linalg.yield %134 : i64
    } -> tensor<2x1x1x16xi64>
    %16 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %15, %12 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_47: i64, %in_48: i64, %out: i64):
      %134 = arith.select %in, %in_47, %in_48 : i64
      linalg.yield %134 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_17 = tensor.collapse_shape %16 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %17 = tensor.empty() : tensor<32x1xi1>
    %18 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_17 : tensor<32xi64>) outs(%17 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %134 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_16[%134, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_18 = tensor.collapse_shape %18 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_19 = tensor.expand_shape %collapsed_18 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %19 = tensor.empty() : tensor<2x1x16x16xi1>
    %20 = linalg.generic {indexing_maps = [#map6, #map2, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %expanded_19 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%19 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_47: i1, %out: i1):
      %134 = arith.andi %in, %in_47 : i1
      linalg.yield %134 : i1
    } -> tensor<2x1x16x16xi1>
    %21 = tensor.empty() : tensor<16x64xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_1 : tensor<16xi64>) outs(%21 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %134 = arith.index_cast %in : i64 to index
      %135 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%134, %135] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_20 = tensor.expand_shape %22 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %23 = tensor.empty() : tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_20 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %25 = tensor.empty() : tensor<2x16x1xf32>
    %26 = linalg.fill ins(%cst : f32) outs(%25 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_13 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_21 = tensor.collapse_shape %28 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %29 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<2x16xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %29 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.subf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%31 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_13 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %cst_14 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.rsqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_22 = tensor.collapse_shape %35 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %36 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_22 : tensor<2x16xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %36 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %40 = tensor.empty() : tensor<64x96xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<96x64xf32>) outs(%40 : tensor<64x96xf32>) permutation = [1, 0] 
    %41 = tensor.empty() : tensor<2x64x96xf32>
    %42 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x96xf32>) outs(%41 : tensor<2x64x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x96xf32>
    %43 = tensor.empty() : tensor<2x16x96xf32>
    %44 = linalg.fill ins(%cst : f32) outs(%43 : tensor<2x16x96xf32>) -> tensor<2x16x96xf32>
    %45 = linalg.batch_matmul ins(%39, %42 : tensor<2x16x64xf32>, tensor<2x64x96xf32>) outs(%44 : tensor<2x16x96xf32>) -> tensor<2x16x96xf32>
    %46 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg7, %45 : tensor<96xf32>, tensor<2x16x96xf32>) outs(%43 : tensor<2x16x96xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x96xf32>
    %expanded_23 = tensor.expand_shape %46 [[0], [1, 2], [3]] output_shape [2, 1, 16, 96] : tensor<2x16x96xf32> into tensor<2x1x16x96xf32>
    %extracted_slice = tensor.extract_slice %expanded_23[0, 0, 0, 0] [2, 1, 16, 64] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x64xf32>
    %extracted_slice_24 = tensor.extract_slice %expanded_23[0, 0, 0, 64] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %extracted_slice_25 = tensor.extract_slice %expanded_23[0, 0, 0, 80] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %extracted_slice [[0], [1, 2], [3]] : tensor<2x1x16x64xf32> into tensor<2x16x64xf32>
    %expanded_27 = tensor.expand_shape %collapsed_26 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %47 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_28 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %48 = tensor.empty() : tensor<2x1x4x16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_24 : tensor<2x1x16x16xf32>) outs(%48 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %49 [[0], [1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<2x4x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_25 : tensor<2x1x16x16xf32>) outs(%48 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %transposed_30 = linalg.transpose ins(%collapsed_29 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %51 = tensor.empty() : tensor<f32>
    %52 = linalg.generic {indexing_maps = [#map15, #map15], iterator_types = []} ins(%cst_10 : tensor<f32>) outs(%51 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.sqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<f32>
    %53 = tensor.empty() : tensor<f32>
    %54 = linalg.generic {indexing_maps = [#map15, #map15], iterator_types = []} ins(%52 : tensor<f32>) outs(%53 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<f32>
    %55 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_28, %54 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_30, %54 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %55 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %56 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %57 = tensor.empty() : tensor<8x16x16xf32>
    %58 = linalg.fill ins(%cst : f32) outs(%57 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %59 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%58 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_33 = tensor.expand_shape %59 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %60 = tensor.empty() : tensor<2x1x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map16, #map16, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %cst_9, %cst_8 : tensor<2x1x16x16xi1>, tensor<1xf32>, tensor<1xf32>) outs(%60 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_47: f32, %in_48: f32, %out: f32):
      %134 = arith.select %in, %in_47, %in_48 : f32
      linalg.yield %134 : f32
    } -> tensor<2x1x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33, %61 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = tensor.empty() : tensor<2x4x16xi64>
    %64 = linalg.fill ins(%c0_i64 : i64) outs(%63 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %65 = tensor.empty() : tensor<2x4x16xf32>
    %66 = linalg.fill ins(%cst_0 : f32) outs(%65 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %67:2 = linalg.generic {indexing_maps = [#map4, #map18, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%66, %64 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_47: i64):
      %134 = linalg.index 3 : index
      %135 = arith.index_cast %134 : index to i64
      %136 = arith.maximumf %in, %out : f32
      %137 = arith.cmpf ogt, %in, %out : f32
      %138 = arith.select %137, %135, %out_47 : i64
      linalg.yield %136, %138 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_34 = tensor.expand_shape %67#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %expanded_34 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.subf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.exp %in : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16x1xf32>
    %71 = linalg.fill ins(%cst : f32) outs(%70 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%71 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %72 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.divf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = tensor.empty() : tensor<2x4x16x16xi1>
    %75 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73, %73 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_47: f32, %out: i1):
      %134 = arith.cmpf une, %in, %in_47 : f32
      linalg.yield %134 : i1
    } -> tensor<2x4x16x16xi1>
    %76 = linalg.generic {indexing_maps = [#map4, #map16, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %cst_9, %73 : tensor<2x4x16x16xi1>, tensor<1xf32>, tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_47: f32, %in_48: f32, %out: f32):
      %134 = arith.select %in, %in_47, %in_48 : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %76 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %50 [[0, 1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<8x16x16xf32>
    %77 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%58 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_37 = tensor.expand_shape %77 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_39 = tensor.collapse_shape %transposed_38 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %79 = tensor.empty() : tensor<64x64xf32>
    %transposed_40 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%79 : tensor<64x64xf32>) permutation = [1, 0] 
    %80 = tensor.empty() : tensor<2x64x64xf32>
    %81 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<64x64xf32>) outs(%80 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %82 = linalg.fill ins(%cst : f32) outs(%23 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %83 = linalg.batch_matmul ins(%collapsed_39, %81 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%82 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %83 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%85 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_13 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %87 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %88 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %88 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.subf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %89 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%90 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_13 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %cst_14 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.rsqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %94 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %95 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %95 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %99 = tensor.empty() : tensor<64x256xf32>
    %transposed_43 = linalg.transpose ins(%arg9 : tensor<256x64xf32>) outs(%99 : tensor<64x256xf32>) permutation = [1, 0] 
    %100 = tensor.empty() : tensor<2x64x256xf32>
    %101 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_43 : tensor<64x256xf32>) outs(%100 : tensor<2x64x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x256xf32>
    %102 = tensor.empty() : tensor<2x16x256xf32>
    %103 = linalg.fill ins(%cst : f32) outs(%102 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %104 = linalg.batch_matmul ins(%98, %101 : tensor<2x16x64xf32>, tensor<2x64x256xf32>) outs(%103 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %105 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %104 : tensor<256xf32>, tensor<2x16x256xf32>) outs(%102 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x256xf32>
    %106 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %105 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%102 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x256xf32>
    %107 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %106 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%102 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x256xf32>
    %108 = linalg.generic {indexing_maps = [#map19, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_7, %107 : tensor<f32>, tensor<2x16x256xf32>) outs(%102 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x256xf32>
    %109 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %108 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%102 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x256xf32>
    %110 = linalg.generic {indexing_maps = [#map19, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_6, %109 : tensor<f32>, tensor<2x16x256xf32>) outs(%102 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x256xf32>
    %111 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x256xf32>) outs(%102 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.tanh %in : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x256xf32>
    %112 = linalg.generic {indexing_maps = [#map19, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_5, %111 : tensor<f32>, tensor<2x16x256xf32>) outs(%102 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x256xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %112 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%102 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x256xf32>
    %114 = linalg.generic {indexing_maps = [#map19, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_4, %113 : tensor<f32>, tensor<2x16x256xf32>) outs(%102 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x256xf32>
    %115 = tensor.empty() : tensor<256x64xf32>
    %transposed_44 = linalg.transpose ins(%arg11 : tensor<64x256xf32>) outs(%115 : tensor<256x64xf32>) permutation = [1, 0] 
    %116 = tensor.empty() : tensor<2x256x64xf32>
    %117 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_44 : tensor<256x64xf32>) outs(%116 : tensor<2x256x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x256x64xf32>
    %118 = linalg.batch_matmul ins(%114, %117 : tensor<2x16x256xf32>, tensor<2x256x64xf32>) outs(%82 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %118 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %119 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%120 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_13 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_45 = tensor.collapse_shape %122 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %123 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<2x16xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %123 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.subf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %124 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%125 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_13 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %cst_14 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.rsqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_46 = tensor.collapse_shape %129 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %130 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<2x16xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %131 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %130 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.mulf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %134 = arith.addf %in, %in_47 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    return %133 : tensor<2x16x64xf32>
  }
}

