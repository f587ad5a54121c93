// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "gpt_neox", "path": "onnx17-tm", "shapes": "static"}
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
#map14 = affine_map<() -> ()>
#map15 = affine_map<(d0, d1, d2, d3) -> (0)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<192x64xf32>, %arg6: tensor<192xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<128x64xf32>, %arg9: tensor<128xf32>, %arg10: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<true> : tensor<i1>
    %cst_2 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_3 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_4 = arith.constant dense<0xFF800000> : tensor<1xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<1xf32>
    %cst_6 = arith.constant dense<2.500000e-01> : tensor<f64>
    %cst_7 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_8 = arith.constant dense<[[[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [1.000000e+00, 0.00999999977, 1.000000e+00, 0.00999999977], [2.000000e+00, 2.000000e-02, 2.000000e+00, 2.000000e-02], [3.000000e+00, 3.000000e-02, 3.000000e+00, 3.000000e-02], [4.000000e+00, 4.000000e-02, 4.000000e+00, 4.000000e-02], [5.000000e+00, 0.049999997, 5.000000e+00, 0.049999997], [6.000000e+00, 6.000000e-02, 6.000000e+00, 6.000000e-02], [7.000000e+00, 7.000000e-02, 7.000000e+00, 7.000000e-02], [8.000000e+00, 8.000000e-02, 8.000000e+00, 8.000000e-02], [9.000000e+00, 0.0899999961, 9.000000e+00, 0.0899999961], [1.000000e+01, 0.099999994, 1.000000e+01, 0.099999994], [1.100000e+01, 1.100000e-01, 1.100000e+01, 1.100000e-01], [1.200000e+01, 1.200000e-01, 1.200000e+01, 1.200000e-01], [1.300000e+01, 1.300000e-01, 1.300000e+01, 1.300000e-01], [1.400000e+01, 1.400000e-01, 1.400000e+01, 1.400000e-01], [1.500000e+01, 0.149999991, 1.500000e+01, 0.149999991]]]> : tensor<1x16x4xf32>
    %c0 = arith.constant 0 : index
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 9.99999974E-6 : f32
    %c32_i64 = arith.constant 32 : i64
    %c128_i64 = arith.constant 128 : i64
    %cst_11 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_12 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_13 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %127 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %127 = arith.addi %in, %c128_i64 : i64
      linalg.yield %127 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_53: i64, %in_54: i64, %out: i64):
      %127 = arith.select %in, %in_53, %in_54 : i64
      linalg.yield %127 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %127 = arith.index_cast %in : i64 to index
      %128 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%127, %128] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %127 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_13, %cst_12 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_53: i64, %out: i1):
      %127 = arith.cmpi sle, %in, %in_53 : i64
      linalg.yield %127 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_53: i1, %out: i1):
      %127 = arith.andi %in, %in_53 : i1
      linalg.yield %127 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_14 = tensor.expand_shape %7 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_15 = tensor.collapse_shape %expanded_14 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi64>
    %12 = linalg.generic {indexing_maps = [#map6, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_13, %cst_11 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_53: i64, %out: i64):
      %127 = arith.addi %in, %in_53 : i64
      linalg.yield %127 : i64
    } -> tensor<2x1x1x16xi64>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %127 : i1
    } -> tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %127 = arith.addi %in, %c32_i64 : i64
      linalg.yield %127 : i64
    } -> tensor<2x1x1x16xi64>
    %16 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %15, %12 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_53: i64, %in_54: i64, %out: i64):
      %127 = arith.select %in, %in_53, %in_54 : i64
      linalg.yield %127 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_16 = tensor.collapse_shape %16 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %17 = tensor.empty() : tensor<32x1xi1>
    %18 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_16 : tensor<32xi64>) outs(%17 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_15[%127, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_17 = tensor.collapse_shape %18 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_18 = tensor.expand_shape %collapsed_17 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %19 = tensor.empty() : tensor<2x1x16x16xi1>
    %20 = linalg.generic {indexing_maps = [#map6, #map2, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %expanded_18 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%19 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_53: i1, %out: i1):
      %127 = arith.andi %in, %in_53 : i1
      linalg.yield %127 : i1
    } -> tensor<2x1x16x16xi1>
    %21 = tensor.empty() : tensor<1x16x4xf32>
    %22 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_8 : tensor<1x16x4xf32>) outs(%21 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.cos %in : f32
      linalg.yield %127 : f32
    } -> tensor<1x16x4xf32>
    %23 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %cst_7 : tensor<1x16x4xf32>, tensor<f32>) outs(%21 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<1x16x4xf32>
    %24 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_8 : tensor<1x16x4xf32>) outs(%21 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.sin %in : f32
      linalg.yield %127 : f32
    } -> tensor<1x16x4xf32>
    %25 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %cst_7 : tensor<1x16x4xf32>, tensor<f32>) outs(%21 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<1x16x4xf32>
    %26 = tensor.empty() : tensor<2x16x1xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_9 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %30 = tensor.empty() : tensor<2x16x64xf32>
    %collapsed_19 = tensor.collapse_shape %29 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_19 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.subf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%33 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_9 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %cst_10 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_20 = tensor.collapse_shape %37 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %38 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_20 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %38 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %42 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<192x64xf32>) outs(%42 : tensor<64x192xf32>) permutation = [1, 0] 
    %43 = tensor.empty() : tensor<2x64x192xf32>
    %44 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x192xf32>) outs(%43 : tensor<2x64x192xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x192xf32>
    %45 = tensor.empty() : tensor<2x16x192xf32>
    %46 = linalg.fill ins(%cst : f32) outs(%45 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %47 = linalg.batch_matmul ins(%41, %44 : tensor<2x16x64xf32>, tensor<2x64x192xf32>) outs(%46 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %48 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %47 : tensor<192xf32>, tensor<2x16x192xf32>) outs(%45 : tensor<2x16x192xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x192xf32>
    %expanded_21 = tensor.expand_shape %48 [[0], [1], [2, 3]] output_shape [2, 16, 4, 48] : tensor<2x16x192xf32> into tensor<2x16x4x48xf32>
    %49 = tensor.empty() : tensor<2x4x16x48xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x48xf32>) outs(%49 : tensor<2x4x16x48xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_22[0, 0, 0, 0] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_23 = tensor.extract_slice %transposed_22[0, 0, 0, 16] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_24 = tensor.extract_slice %transposed_22[0, 0, 0, 32] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %expanded_25 = tensor.expand_shape %23 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %expanded_26 = tensor.expand_shape %25 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %extracted_slice_27 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_28 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %extracted_slice_29 = tensor.extract_slice %extracted_slice_23[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_30 = tensor.extract_slice %extracted_slice_23[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %50 = tensor.empty() : tensor<2x4x16x4xf32>
    %51 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27, %expanded_25 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%50 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_31 = tensor.extract_slice %extracted_slice_27[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_32 = tensor.extract_slice %extracted_slice_27[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %52 = tensor.empty() : tensor<2x4x16x2xf32>
    %53 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_32 : tensor<2x4x16x2xf32>) outs(%52 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.negf %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x2xf32>
    %concat = tensor.concat dim(3) %53, %extracted_slice_31 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %54 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat, %expanded_26 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%50 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x4xf32>
    %55 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %54 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%50 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x4xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_29, %expanded_25 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%50 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_33 = tensor.extract_slice %extracted_slice_29[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_34 = tensor.extract_slice %extracted_slice_29[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_34 : tensor<2x4x16x2xf32>) outs(%52 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.negf %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x2xf32>
    %concat_35 = tensor.concat dim(3) %57, %extracted_slice_33 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_35, %expanded_26 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%50 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x4xf32>
    %59 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %58 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%50 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_36 = tensor.concat dim(3) %55, %extracted_slice_28 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %concat_37 = tensor.concat dim(3) %59, %extracted_slice_30 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %60 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_38 = linalg.transpose ins(%concat_37 : tensor<2x4x16x16xf32>) outs(%60 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %61 = tensor.empty() : tensor<f64>
    %62 = linalg.generic {indexing_maps = [#map14, #map14], iterator_types = []} ins(%cst_6 : tensor<f64>) outs(%61 : tensor<f64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = math.sqrt %in : f64
      linalg.yield %127 : f64
    } -> tensor<f64>
    %63 = tensor.empty() : tensor<f32>
    %64 = linalg.generic {indexing_maps = [#map14, #map14], iterator_types = []} ins(%62 : tensor<f64>) outs(%63 : tensor<f32>) {
    ^bb0(%in: f64, %out: f32):
      %127 = arith.truncf %in : f64 to f32
      linalg.yield %127 : f32
    } -> tensor<f32>
    %65 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_36, %64 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%60 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_38, %64 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%60 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %65 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %66 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %67 = tensor.empty() : tensor<8x16x16xf32>
    %68 = linalg.fill ins(%cst : f32) outs(%67 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %69 = linalg.batch_matmul ins(%collapsed_39, %collapsed_40 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_41 = tensor.expand_shape %69 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x1x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map4, #map15, #map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<1xf32>, tensor<1xf32>) outs(%70 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_53: f32, %in_54: f32, %out: f32):
      %127 = arith.select %in, %in_53, %in_54 : f32
      linalg.yield %127 : f32
    } -> tensor<2x1x16x16xf32>
    %72 = linalg.generic {indexing_maps = [#map4, #map16, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_41, %71 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%60 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %73 = tensor.empty() : tensor<2x4x16xi64>
    %74 = linalg.fill ins(%c0_i64 : i64) outs(%73 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %75 = tensor.empty() : tensor<2x4x16xf32>
    %76 = linalg.fill ins(%cst_0 : f32) outs(%75 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %77:2 = linalg.generic {indexing_maps = [#map4, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%72 : tensor<2x4x16x16xf32>) outs(%76, %74 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_53: i64):
      %127 = linalg.index 3 : index
      %128 = arith.index_cast %127 : index to i64
      %129 = arith.maximumf %in, %out : f32
      %130 = arith.cmpf ogt, %in, %out : f32
      %131 = arith.select %130, %128, %out_53 : i64
      linalg.yield %129, %131 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_42 = tensor.expand_shape %77#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72, %expanded_42 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%60 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.subf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %79 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%78 : tensor<2x4x16x16xf32>) outs(%60 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.exp %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %80 = tensor.empty() : tensor<2x4x16x1xf32>
    %81 = linalg.fill ins(%cst : f32) outs(%80 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%79 : tensor<2x4x16x16xf32>) outs(%81 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79, %82 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%60 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.divf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %84 = tensor.empty() : tensor<2x4x16x16xi1>
    %85 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83, %83 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%84 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_53: f32, %out: i1):
      %127 = arith.cmpf une, %in, %in_53 : f32
      linalg.yield %127 : i1
    } -> tensor<2x4x16x16xi1>
    %86 = linalg.generic {indexing_maps = [#map4, #map15, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%85, %cst_5, %83 : tensor<2x4x16x16xi1>, tensor<1xf32>, tensor<2x4x16x16xf32>) outs(%60 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_53: f32, %in_54: f32, %out: f32):
      %127 = arith.select %in, %in_53, %in_54 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_43 = tensor.collapse_shape %86 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %extracted_slice_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %87 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_45 = tensor.expand_shape %87 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %88 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x4x16x16xf32>) outs(%88 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_47 = tensor.collapse_shape %transposed_46 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %89 = tensor.empty() : tensor<64x64xf32>
    %transposed_48 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%89 : tensor<64x64xf32>) permutation = [1, 0] 
    %90 = tensor.empty() : tensor<2x64x64xf32>
    %91 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_48 : tensor<64x64xf32>) outs(%90 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %92 = linalg.fill ins(%cst : f32) outs(%30 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %93 = linalg.batch_matmul ins(%collapsed_47, %91 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%92 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %93 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %95 = tensor.empty() : tensor<64x128xf32>
    %transposed_49 = linalg.transpose ins(%arg8 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %96 = tensor.empty() : tensor<2x64x128xf32>
    %97 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_49 : tensor<64x128xf32>) outs(%96 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %98 = tensor.empty() : tensor<2x16x128xf32>
    %99 = linalg.fill ins(%cst : f32) outs(%98 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %100 = linalg.batch_matmul ins(%41, %97 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%99 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %100 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %102 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %cst_3 : tensor<2x16x128xf32>, tensor<f32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.divf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %103 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.erf %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %104 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %cst_7 : tensor<2x16x128xf32>, tensor<f32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %105 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %104 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %106 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %cst_2 : tensor<2x16x128xf32>, tensor<f32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %107 = tensor.empty() : tensor<128x64xf32>
    %transposed_50 = linalg.transpose ins(%arg10 : tensor<64x128xf32>) outs(%107 : tensor<128x64xf32>) permutation = [1, 0] 
    %108 = tensor.empty() : tensor<2x128x64xf32>
    %109 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<128x64xf32>) outs(%108 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %110 = linalg.batch_matmul ins(%106, %109 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%92 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %110 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %expanded : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_9 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_51 = tensor.collapse_shape %115 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %116 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_51 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %116 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.subf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %117 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%118 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_9 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %cst_10 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_52 = tensor.collapse_shape %122 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %123 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_52 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %123 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.mulf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %127 = arith.addf %in, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    return %126 : tensor<2x16x64xf32>
  }
}
