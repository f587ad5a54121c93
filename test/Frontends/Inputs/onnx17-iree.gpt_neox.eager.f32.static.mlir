// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "gpt_neox", "path": "onnx17-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> ()>
#map6 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2) -> ()>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<192x64xf32>, %arg6: tensor<192xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<128x64xf32>, %arg9: tensor<128xf32>, %arg10: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c32_i64 = arith.constant 32 : i64
    %c0_i64 = arith.constant 0 : i64
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_2 = arith.constant dense<true> : tensor<i1>
    %cst_3 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_4 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_5 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_6 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_7 = arith.constant dense<[[[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [1.000000e+00, 0.00999999977, 1.000000e+00, 0.00999999977], [2.000000e+00, 2.000000e-02, 2.000000e+00, 2.000000e-02], [3.000000e+00, 3.000000e-02, 3.000000e+00, 3.000000e-02], [4.000000e+00, 4.000000e-02, 4.000000e+00, 4.000000e-02], [5.000000e+00, 0.049999997, 5.000000e+00, 0.049999997], [6.000000e+00, 6.000000e-02, 6.000000e+00, 6.000000e-02], [7.000000e+00, 7.000000e-02, 7.000000e+00, 7.000000e-02], [8.000000e+00, 8.000000e-02, 8.000000e+00, 8.000000e-02], [9.000000e+00, 0.0899999961, 9.000000e+00, 0.0899999961], [1.000000e+01, 0.099999994, 1.000000e+01, 0.099999994], [1.100000e+01, 1.100000e-01, 1.100000e+01, 1.100000e-01], [1.200000e+01, 1.200000e-01, 1.200000e+01, 1.200000e-01], [1.300000e+01, 1.300000e-01, 1.300000e+01, 1.300000e-01], [1.400000e+01, 1.400000e-01, 1.400000e+01, 1.400000e-01], [1.500000e+01, 0.149999991, 1.500000e+01, 0.149999991]]]> : tensor<1x16x4xf32>
    %cst_8 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_9 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_10 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_11 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_12 = arith.constant 6.400000e+01 : f32
    %cst_13 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %119 = arith.addi %in, %c128_i64 : i64
      linalg.yield %119 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_53: i64, %in_54: i64, %out: i64):
      %119 = arith.select %in, %in_53, %in_54 : i64
      linalg.yield %119 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %119 = arith.index_cast %in : i64 to index
      %120 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%119, %120] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_11, %cst_10 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_53: i64, %out: i1):
      %119 = arith.cmpi sle, %in, %in_53 : i64
      linalg.yield %119 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_53: i1, %out: i1):
      %119 = arith.andi %in, %in_53 : i1
      linalg.yield %119 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_14 = tensor.expand_shape %7 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_15 = tensor.collapse_shape %expanded_14 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi64>
    %12 = linalg.generic {indexing_maps = [#map6, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_11, %cst_1 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_53: i64, %out: i64):
      %119 = arith.addi %in, %in_53 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16xi64>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %119 = arith.addi %in, %c32_i64 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16xi64>
    %16 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %15, %12 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_53: i64, %in_54: i64, %out: i64):
      %119 = arith.select %in, %in_53, %in_54 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_16 = tensor.collapse_shape %16 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %17 = tensor.empty() : tensor<32x1xi1>
    %18 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_16 : tensor<32xi64>) outs(%17 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_15[%119, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_17 = tensor.collapse_shape %18 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_18 = tensor.expand_shape %collapsed_17 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %19 = tensor.empty() : tensor<2x1x16x16xi1>
    %20 = linalg.generic {indexing_maps = [#map6, #map2, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %expanded_18 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%19 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_53: i1, %out: i1):
      %119 = arith.andi %in, %in_53 : i1
      linalg.yield %119 : i1
    } -> tensor<2x1x16x16xi1>
    %21 = tensor.empty() : tensor<2x1x16x16xf32>
    %22 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %cst_9, %cst_8 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%21 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_53: f32, %in_54: f32, %out: f32):
      %119 = arith.select %in, %in_53, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x1x16x16xf32>
    %23 = tensor.empty() : tensor<1x16x4xf32>
    %24 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_7 : tensor<1x16x4xf32>) outs(%23 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.cos %in : f32
      linalg.yield %119 : f32
    } -> tensor<1x16x4xf32>
    %25 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %cst_6 : tensor<1x16x4xf32>, tensor<f32>) outs(%23 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<1x16x4xf32>
    %26 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_7 : tensor<1x16x4xf32>) outs(%23 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.sin %in : f32
      linalg.yield %119 : f32
    } -> tensor<1x16x4xf32>
    %27 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %cst_6 : tensor<1x16x4xf32>, tensor<f32>) outs(%23 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<1x16x4xf32>
    %28 = tensor.empty() : tensor<2x16x1xf32>
    %29 = linalg.fill ins(%cst : f32) outs(%28 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_12 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %32 = tensor.empty() : tensor<2x16x64xf32>
    %collapsed_19 = tensor.collapse_shape %31 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %33 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_19 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.subf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %34 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%35 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_12 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %cst_13 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.rsqrt %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_20 = tensor.collapse_shape %39 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %40 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_20 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %43 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%42, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %44 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<192x64xf32>) outs(%44 : tensor<64x192xf32>) permutation = [1, 0] 
    %45 = tensor.empty() : tensor<2x64x192xf32>
    %46 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x192xf32>) outs(%45 : tensor<2x64x192xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x192xf32>
    %47 = tensor.empty() : tensor<2x16x192xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%47 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %49 = linalg.batch_matmul ins(%43, %46 : tensor<2x16x64xf32>, tensor<2x64x192xf32>) outs(%48 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %50 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %49 : tensor<192xf32>, tensor<2x16x192xf32>) outs(%47 : tensor<2x16x192xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x192xf32>
    %expanded_21 = tensor.expand_shape %50 [[0], [1], [2, 3]] output_shape [2, 16, 4, 48] : tensor<2x16x192xf32> into tensor<2x16x4x48xf32>
    %51 = tensor.empty() : tensor<2x4x16x48xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x48xf32>) outs(%51 : tensor<2x4x16x48xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_22[0, 0, 0, 0] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_23 = tensor.extract_slice %transposed_22[0, 0, 0, 16] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_24 = tensor.extract_slice %transposed_22[0, 0, 0, 32] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %expanded_25 = tensor.expand_shape %25 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %expanded_26 = tensor.expand_shape %27 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %52 = tensor.empty() : tensor<2x4x16x16xf32>
    %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_28 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %extracted_slice_29 = tensor.extract_slice %extracted_slice_23[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_30 = tensor.extract_slice %extracted_slice_23[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %53 = tensor.empty() : tensor<2x4x16x4xf32>
    %54 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27, %expanded_25 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%53 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_31 = tensor.extract_slice %extracted_slice_27[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_32 = tensor.extract_slice %extracted_slice_27[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %55 = tensor.empty() : tensor<2x4x16x2xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_32 : tensor<2x4x16x2xf32>) outs(%55 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.negf %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x2xf32>
    %concat = tensor.concat dim(3) %56, %extracted_slice_31 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat, %expanded_26 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%53 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x4xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %57 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%53 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x4xf32>
    %59 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_29, %expanded_25 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%53 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_33 = tensor.extract_slice %extracted_slice_29[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_34 = tensor.extract_slice %extracted_slice_29[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %60 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_34 : tensor<2x4x16x2xf32>) outs(%55 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.negf %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x2xf32>
    %concat_35 = tensor.concat dim(3) %60, %extracted_slice_33 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_35, %expanded_26 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%53 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x4xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %61 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%53 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_36 = tensor.concat dim(3) %58, %extracted_slice_28 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %concat_37 = tensor.concat dim(3) %62, %extracted_slice_30 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %transposed_38 = linalg.transpose ins(%concat_37 : tensor<2x4x16x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_39 = tensor.collapse_shape %concat_36 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %transposed_38 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %63 = tensor.empty() : tensor<8x16x16xf32>
    %64 = linalg.fill ins(%cst : f32) outs(%63 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %65 = linalg.batch_matmul ins(%collapsed_39, %collapsed_40 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%64 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_41 = tensor.expand_shape %65 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_41, %cst_5 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %22 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = tensor.empty() : tensor<2x4x16xi64>
    %69 = linalg.fill ins(%c0_i64 : i64) outs(%68 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %70 = tensor.empty() : tensor<2x4x16xf32>
    %71 = linalg.fill ins(%cst_0 : f32) outs(%70 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %72:2 = linalg.generic {indexing_maps = [#map4, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%67 : tensor<2x4x16x16xf32>) outs(%71, %69 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_53: i64):
      %119 = linalg.index 3 : index
      %120 = arith.index_cast %119 : index to i64
      %121 = arith.maximumf %in, %out : f32
      %122 = arith.cmpf ogt, %in, %out : f32
      %123 = arith.select %122, %120, %out_53 : i64
      linalg.yield %121, %123 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_42 = tensor.expand_shape %72#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %expanded_42 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.subf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73 : tensor<2x4x16x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.exp %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x4x16x1xf32>
    %76 = linalg.fill ins(%cst : f32) outs(%75 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%74 : tensor<2x4x16x16xf32>) outs(%76 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %77 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.divf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_43 = tensor.collapse_shape %78 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %extracted_slice_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %79 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%64 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_45 = tensor.expand_shape %79 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %80 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x4x16x16xf32>) outs(%80 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_47 = tensor.collapse_shape %transposed_46 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %81 = tensor.empty() : tensor<64x64xf32>
    %transposed_48 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%81 : tensor<64x64xf32>) permutation = [1, 0] 
    %82 = tensor.empty() : tensor<2x64x64xf32>
    %83 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_48 : tensor<64x64xf32>) outs(%82 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %84 = linalg.fill ins(%cst : f32) outs(%32 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %85 = linalg.batch_matmul ins(%collapsed_47, %83 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%84 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %85 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %87 = tensor.empty() : tensor<64x128xf32>
    %transposed_49 = linalg.transpose ins(%arg8 : tensor<128x64xf32>) outs(%87 : tensor<64x128xf32>) permutation = [1, 0] 
    %88 = tensor.empty() : tensor<2x64x128xf32>
    %89 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_49 : tensor<64x128xf32>) outs(%88 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %90 = tensor.empty() : tensor<2x16x128xf32>
    %91 = linalg.fill ins(%cst : f32) outs(%90 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %92 = linalg.batch_matmul ins(%43, %89 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%91 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %93 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %92 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %94 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.divf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %95 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x128xf32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.erf %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %96 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %cst_6 : tensor<2x16x128xf32>, tensor<f32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %97 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %96 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %98 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %cst_3 : tensor<2x16x128xf32>, tensor<f32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %99 = tensor.empty() : tensor<128x64xf32>
    %transposed_50 = linalg.transpose ins(%arg10 : tensor<64x128xf32>) outs(%99 : tensor<128x64xf32>) permutation = [1, 0] 
    %100 = tensor.empty() : tensor<2x128x64xf32>
    %101 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<128x64xf32>) outs(%100 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %102 = linalg.batch_matmul ins(%98, %101 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%84 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %102 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %86 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %expanded : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_12 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_51 = tensor.collapse_shape %107 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %108 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_51 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %108 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.subf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_12 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %cst_13 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.rsqrt %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_52 = tensor.collapse_shape %114 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %115 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_52 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %115 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.mulf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %119 = arith.addf %in, %in_53 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    return %118 : tensor<2x16x64xf32>
  }
}

