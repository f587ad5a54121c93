// FRONTEND: {"args": [{"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "roberta", "path": "onnx17-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d1)>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1) -> (d0)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map13 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map14 = affine_map<() -> ()>
#map15 = affine_map<(d0, d1, d2, d3) -> (0)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map18 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<2x16x64xf32>, %arg1: tensor<2x16xi64>, %arg2: tensor<2x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<128x64xf32>, %arg11: tensor<128xf32>, %arg12: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %c32_i64 = arith.constant 32 : i64
    %c64_i64 = arith.constant 64 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c0 = arith.constant 0 : index
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_2 = arith.constant dense<true> : tensor<i1>
    %cst_3 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_4 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_5 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<1xf32>
    %cst_7 = arith.constant dense<0.000000e+00> : tensor<1xf32>
    %cst_8 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_9 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_10 = arith.constant dense<0> : tensor<i64>
    %cst_11 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_12 = arith.constant dense<[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]> : tensor<16xi64>
    %cst_13 = arith.constant 6.400000e+01 : f32
    %cst_14 = arith.constant 9.99999996E-13 : f32
    %0 = tensor.empty() : tensor<2x16xi64>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%cst_12 : tensor<16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %2 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %135 = arith.addi %in, %c64_i64 : i64
      linalg.yield %135 : i64
    } -> tensor<2x16xi64>
    %3 = tensor.empty() : tensor<2x16xi1>
    %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<2x16xi64>) outs(%3 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %135 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %135 : i1
    } -> tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map1, #map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%4, %2, %1 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_48: i64, %in_49: i64, %out: i64):
      %135 = arith.select %in, %in_48, %in_49 : i64
      linalg.yield %135 : i64
    } -> tensor<2x16xi64>
    %6 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<2x16xi64>) -> tensor<2x16xi64>
    %7 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<2x16xi64>) outs(%6 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %135 = arith.index_cast %in : i64 to index
      %136 = arith.cmpi slt, %135, %c64 : index
      cf.assert %136, "index must be smaller than dim size"
      %137 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %137, "index must be larger or equal to 0"
      linalg.yield %c0_i64 : i64
    } -> tensor<2x16xi64>
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%7 : tensor<2x16xi64>) outs(%3 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %135 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %135 : i1
    } -> tensor<2x16xi1>
    %9 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%7 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %135 = arith.addi %in, %c2_i64 : i64
      linalg.yield %135 : i64
    } -> tensor<2x16xi64>
    %10 = linalg.generic {indexing_maps = [#map1, #map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%8, %9, %7 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_48: i64, %in_49: i64, %out: i64):
      %135 = arith.select %in, %in_48, %in_49 : i64
      linalg.yield %135 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %10 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %11 = tensor.empty() : tensor<32x64xf32>
    %12 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%11 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %135 = arith.index_cast %in : i64 to index
      %136 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%135, %136] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %12 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16x64xf32>
    %14 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %expanded : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_15 = tensor.collapse_shape %5 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %15 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_15 : tensor<32xi64>) outs(%11 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %135 = arith.index_cast %in : i64 to index
      %136 = linalg.index 1 : index
      %extracted = tensor.extract %arg5[%135, %136] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_16 = tensor.expand_shape %15 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %expanded_16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %17 = tensor.empty() : tensor<2x16x1xf32>
    %18 = linalg.fill ins(%cst : f32) outs(%17 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%16 : tensor<2x16x64xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.addf %in, %out : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.divf %in, %cst_13 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_17 = tensor.collapse_shape %20 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %21 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_17 : tensor<2x16xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %22 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %21 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.subf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %22 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%23 : tensor<2x16x64xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.addf %in, %out : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.divf %in, %cst_13 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.addf %in, %cst_14 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = math.rsqrt %in : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_18 = tensor.collapse_shape %27 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %28 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_18 : tensor<2x16xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %28 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%3 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %135 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %135 : i1
    } -> tensor<2x16xi1>
    %33 = tensor.empty() : tensor<1x1x16x1xi1>
    %34 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_11, %cst_10 : tensor<1x1x16x1xi64>, tensor<i64>) outs(%33 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %in_48: i64, %out: i1):
      %135 = arith.cmpi sge, %in, %in_48 : i64
      linalg.yield %135 : i1
    } -> tensor<1x1x16x1xi1>
    %35 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %34 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%33 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %135 = arith.andi %in, %in_48 : i1
      linalg.yield %135 : i1
    } -> tensor<1x1x16x1xi1>
    %expanded_19 = tensor.expand_shape %32 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_20 = tensor.collapse_shape %expanded_19 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %36 = tensor.empty() : tensor<2x1x1x16xi64>
    %37 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_9, %cst_1 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%36 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_48: i64, %out: i64):
      %135 = arith.addi %in, %in_48 : i64
      linalg.yield %135 : i64
    } -> tensor<2x1x1x16xi64>
    %38 = tensor.empty() : tensor<2x1x1x16xi1>
    %39 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37 : tensor<2x1x1x16xi64>) outs(%38 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %135 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %135 : i1
    } -> tensor<2x1x1x16xi1>
    %40 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37 : tensor<2x1x1x16xi64>) outs(%36 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %135 = arith.addi %in, %c32_i64 : i64
      linalg.yield %135 : i64
    } -> tensor<2x1x1x16xi64>
    %41 = linalg.generic {indexing_maps = [#map7, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %40, %37 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%36 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_48: i64, %in_49: i64, %out: i64):
      %135 = arith.select %in, %in_48, %in_49 : i64
      linalg.yield %135 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_21 = tensor.collapse_shape %41 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %42 = tensor.empty() : tensor<32x1xi1>
    %43 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_21 : tensor<32xi64>) outs(%42 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %135 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_20[%135, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_22 = tensor.collapse_shape %43 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_23 = tensor.expand_shape %collapsed_22 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %44 = tensor.empty() : tensor<2x1x16x16xi1>
    %45 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35, %expanded_23 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%44 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %135 = arith.andi %in, %in_48 : i1
      linalg.yield %135 : i1
    } -> tensor<2x1x16x16xi1>
    %46 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %47 = tensor.empty() : tensor<2x64x64xf32>
    %48 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%47 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %49 = linalg.fill ins(%cst : f32) outs(%13 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %50 = linalg.batch_matmul ins(%31, %48 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%49 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %50 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %expanded_24 = tensor.expand_shape %51 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %52 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<2x16x4x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_26 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %53 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_26 : tensor<64x64xf32>) outs(%47 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %54 = linalg.batch_matmul ins(%31, %53 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%49 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %54 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %expanded_27 = tensor.expand_shape %55 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_28 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %56 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_28 : tensor<64x64xf32>) outs(%47 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %57 = linalg.batch_matmul ins(%31, %56 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%49 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %57 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %expanded_29 = tensor.expand_shape %58 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x16x4x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_31 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %59 = tensor.empty() : tensor<f32>
    %60 = linalg.generic {indexing_maps = [#map14, #map14], iterator_types = []} ins(%cst_8 : tensor<f32>) outs(%59 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = math.sqrt %in : f32
      linalg.yield %135 : f32
    } -> tensor<f32>
    %61 = tensor.empty() : tensor<f32>
    %62 = linalg.generic {indexing_maps = [#map14, #map14], iterator_types = []} ins(%60 : tensor<f32>) outs(%61 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<f32>
    %63 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_25, %62 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_31, %62 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %63 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %64 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %65 = tensor.empty() : tensor<8x16x16xf32>
    %66 = linalg.fill ins(%cst : f32) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %67 = linalg.batch_matmul ins(%collapsed_32, %collapsed_33 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_34 = tensor.expand_shape %67 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %68 = tensor.empty() : tensor<2x1x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map7, #map15, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %cst_7, %cst_6 : tensor<2x1x16x16xi1>, tensor<1xf32>, tensor<1xf32>) outs(%68 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_48: f32, %in_49: f32, %out: f32):
      %135 = arith.select %in, %in_48, %in_49 : f32
      linalg.yield %135 : f32
    } -> tensor<2x1x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map7, #map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_34, %69 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16xi64>
    %72 = linalg.fill ins(%c0_i64 : i64) outs(%71 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %73 = tensor.empty() : tensor<2x4x16xf32>
    %74 = linalg.fill ins(%cst_0 : f32) outs(%73 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %75:2 = linalg.generic {indexing_maps = [#map7, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%74, %72 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_48: i64):
      %135 = linalg.index 3 : index
      %136 = arith.index_cast %135 : index to i64
      %137 = arith.maximumf %in, %out : f32
      %138 = arith.cmpf ogt, %in, %out : f32
      %139 = arith.select %138, %136, %out_48 : i64
      linalg.yield %137, %139 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_35 = tensor.expand_shape %75#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %expanded_35 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.subf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = math.exp %in : f32
      linalg.yield %135 : f32
    } -> tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x4x16x1xf32>
    %79 = linalg.fill ins(%cst : f32) outs(%78 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map7, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%77 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.addf %in, %out : f32
      linalg.yield %135 : f32
    } -> tensor<2x4x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map7, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77, %80 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.divf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x4x16x16xf32>
    %82 = tensor.empty() : tensor<2x4x16x16xi1>
    %83 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81, %81 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%82 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_48: f32, %out: i1):
      %135 = arith.cmpf une, %in, %in_48 : f32
      linalg.yield %135 : i1
    } -> tensor<2x4x16x16xi1>
    %84 = linalg.generic {indexing_maps = [#map7, #map15, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83, %cst_7, %81 : tensor<2x4x16x16xi1>, tensor<1xf32>, tensor<2x4x16x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_48: f32, %in_49: f32, %out: f32):
      %135 = arith.select %in, %in_48, %in_49 : f32
      linalg.yield %135 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %84 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %transposed_30 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %85 = linalg.batch_matmul ins(%collapsed_36, %collapsed_37 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_38 = tensor.expand_shape %85 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %86 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_39 = linalg.transpose ins(%expanded_38 : tensor<2x4x16x16xf32>) outs(%86 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_40 = tensor.collapse_shape %transposed_39 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_41 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %87 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_41 : tensor<64x64xf32>) outs(%47 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %88 = linalg.batch_matmul ins(%collapsed_40, %87 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%49 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map6, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %88 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%90 : tensor<2x16x64xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.addf %in, %out : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.divf %in, %cst_13 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %92 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %93 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %93 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.subf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%95 : tensor<2x16x64xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.addf %in, %out : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %97 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.divf %in, %cst_13 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.addf %in, %cst_14 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = math.rsqrt %in : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %99 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %100 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %100 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %104 = tensor.empty() : tensor<64x128xf32>
    %transposed_44 = linalg.transpose ins(%arg10 : tensor<128x64xf32>) outs(%104 : tensor<64x128xf32>) permutation = [1, 0] 
    %105 = tensor.empty() : tensor<2x64x128xf32>
    %106 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_44 : tensor<64x128xf32>) outs(%105 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %107 = tensor.empty() : tensor<2x16x128xf32>
    %108 = linalg.fill ins(%cst : f32) outs(%107 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %109 = linalg.batch_matmul ins(%103, %106 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%108 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %110 = linalg.generic {indexing_maps = [#map6, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %109 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%107 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x128xf32>
    %111 = linalg.generic {indexing_maps = [#map3, #map18, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %cst_5 : tensor<2x16x128xf32>, tensor<f32>) outs(%107 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.divf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x128xf32>
    %112 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x128xf32>) outs(%107 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = math.erf %in : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x128xf32>
    %113 = linalg.generic {indexing_maps = [#map3, #map18, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%107 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x128xf32>
    %114 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %113 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%107 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x128xf32>
    %115 = linalg.generic {indexing_maps = [#map3, #map18, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %cst_3 : tensor<2x16x128xf32>, tensor<f32>) outs(%107 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x128xf32>
    %116 = tensor.empty() : tensor<128x64xf32>
    %transposed_45 = linalg.transpose ins(%arg12 : tensor<64x128xf32>) outs(%116 : tensor<128x64xf32>) permutation = [1, 0] 
    %117 = tensor.empty() : tensor<2x128x64xf32>
    %118 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_45 : tensor<128x64xf32>) outs(%117 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %119 = linalg.batch_matmul ins(%115, %118 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%49 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map6, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %119 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %103 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%121 : tensor<2x16x64xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.addf %in, %out : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.divf %in, %cst_13 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_46 = tensor.collapse_shape %123 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %124 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<2x16xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %124 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.subf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %125 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%126 : tensor<2x16x64xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.addf %in, %out : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.divf %in, %cst_13 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = arith.addf %in, %cst_14 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %130 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %135 = math.rsqrt %in : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_47 = tensor.collapse_shape %130 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %131 = linalg.generic {indexing_maps = [#map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_47 : tensor<2x16xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %131 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.mulf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    %134 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%13 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %135 = arith.addf %in, %in_48 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x64xf32>
    return %134 : tensor<2x16x64xf32>
  }
}

