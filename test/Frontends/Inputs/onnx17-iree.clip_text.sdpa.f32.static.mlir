// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "clip_text", "path": "onnx17-iree", "shapes": "static"}
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
#map12 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map13 = affine_map<() -> ()>
#map14 = affine_map<(d0, d1, d2, d3) -> (0)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<128x64xf32>, %arg11: tensor<128xf32>, %arg12: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c32_i64 = arith.constant 32 : i64
    %c0_i64 = arith.constant 0 : i64
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_3 = arith.constant dense<true> : tensor<i1>
    %cst_4 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_5 = arith.constant dense<1.702000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<1xf32>
    %cst_7 = arith.constant dense<0.000000e+00> : tensor<1xf32>
    %cst_8 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_9 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_10 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant 9.99999974E-6 : f32
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
    ^bb0(%in: i1, %in_45: i64, %in_46: i64, %out: i64):
      %127 = arith.select %in, %in_45, %in_46 : i64
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
    %7 = tensor.empty() : tensor<16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_4 : tensor<16xi64>) outs(%7 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %127 = arith.index_cast %in : i64 to index
      %128 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%127, %128] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_13 = tensor.expand_shape %8 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_13 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %127 : i1
    } -> tensor<2x16xi1>
    %12 = tensor.empty() : tensor<1x1x16x16xi1>
    %13 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_10, %cst_9 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%12 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_45: i64, %out: i1):
      %127 = arith.cmpi sle, %in, %in_45 : i64
      linalg.yield %127 : i1
    } -> tensor<1x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_3, %13 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%12 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %127 = arith.andi %in, %in_45 : i1
      linalg.yield %127 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_14 = tensor.expand_shape %11 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_15 = tensor.collapse_shape %expanded_14 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %15 = tensor.empty() : tensor<2x1x1x16xi64>
    %16 = linalg.generic {indexing_maps = [#map8, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_10, %cst_2 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%15 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_45: i64, %out: i64):
      %127 = arith.addi %in, %in_45 : i64
      linalg.yield %127 : i64
    } -> tensor<2x1x1x16xi64>
    %17 = tensor.empty() : tensor<2x1x1x16xi1>
    %18 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16 : tensor<2x1x1x16xi64>) outs(%17 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %127 : i1
    } -> tensor<2x1x1x16xi1>
    %19 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16 : tensor<2x1x1x16xi64>) outs(%15 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %127 = arith.addi %in, %c32_i64 : i64
      linalg.yield %127 : i64
    } -> tensor<2x1x1x16xi64>
    %20 = linalg.generic {indexing_maps = [#map6, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %19, %16 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%15 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_45: i64, %in_46: i64, %out: i64):
      %127 = arith.select %in, %in_45, %in_46 : i64
      linalg.yield %127 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_16 = tensor.collapse_shape %20 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %21 = tensor.empty() : tensor<32x1xi1>
    %22 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_16 : tensor<32xi64>) outs(%21 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_15[%127, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_17 = tensor.collapse_shape %22 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_18 = tensor.expand_shape %collapsed_17 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %23 = tensor.empty() : tensor<2x1x16x16xi1>
    %24 = linalg.generic {indexing_maps = [#map8, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %expanded_18 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%23 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %127 = arith.andi %in, %in_45 : i1
      linalg.yield %127 : i1
    } -> tensor<2x1x16x16xi1>
    %25 = tensor.empty() : tensor<2x16x1xf32>
    %26 = linalg.fill ins(%cst : f32) outs(%25 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_11 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_19 = tensor.collapse_shape %28 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %29 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_19 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %29 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.subf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%31 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_11 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %cst_12 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_20 = tensor.collapse_shape %35 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %36 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_20 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %36 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %40 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %41 = tensor.empty() : tensor<2x64x64xf32>
    %42 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%41 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %43 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %44 = linalg.batch_matmul ins(%39, %42 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%43 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %45 = linalg.generic {indexing_maps = [#map11, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %44 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %transposed_21 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %46 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_21 : tensor<64x64xf32>) outs(%41 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %47 = linalg.batch_matmul ins(%39, %46 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%43 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %48 = linalg.generic {indexing_maps = [#map11, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %47 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %transposed_22 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %49 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_22 : tensor<64x64xf32>) outs(%41 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %50 = linalg.batch_matmul ins(%39, %49 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%43 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %51 = linalg.generic {indexing_maps = [#map11, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %50 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %expanded_23 = tensor.expand_shape %45 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %52 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_25 = tensor.expand_shape %48 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_26 = tensor.expand_shape %51 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%expanded_26 : tensor<2x16x4x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_28 = linalg.transpose ins(%expanded_25 : tensor<2x16x4x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %53 = tensor.empty() : tensor<f32>
    %54 = linalg.generic {indexing_maps = [#map13, #map13], iterator_types = []} ins(%cst_8 : tensor<f32>) outs(%53 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.sqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<f32>
    %55 = tensor.empty() : tensor<f32>
    %56 = linalg.generic {indexing_maps = [#map13, #map13], iterator_types = []} ins(%54 : tensor<f32>) outs(%55 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<f32>
    %57 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24, %56 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_28, %56 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %57 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %59 = tensor.empty() : tensor<8x16x16xf32>
    %60 = linalg.fill ins(%cst : f32) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %61 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_31 = tensor.expand_shape %61 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %62 = tensor.empty() : tensor<2x1x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map6, #map14, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%24, %cst_7, %cst_6 : tensor<2x1x16x16xi1>, tensor<1xf32>, tensor<1xf32>) outs(%62 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_45: f32, %in_46: f32, %out: f32):
      %127 = arith.select %in, %in_45, %in_46 : f32
      linalg.yield %127 : f32
    } -> tensor<2x1x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31, %63 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x4x16xi64>
    %66 = linalg.fill ins(%c0_i64 : i64) outs(%65 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %67 = tensor.empty() : tensor<2x4x16xf32>
    %68 = linalg.fill ins(%cst_0 : f32) outs(%67 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %69:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%68, %66 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_45: i64):
      %127 = linalg.index 3 : index
      %128 = arith.index_cast %127 : index to i64
      %129 = arith.maximumf %in, %out : f32
      %130 = arith.cmpf ogt, %in, %out : f32
      %131 = arith.select %130, %128, %out_45 : i64
      linalg.yield %129, %131 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_32 = tensor.expand_shape %69#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %expanded_32 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.subf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.exp %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x4x16x1xf32>
    %73 = linalg.fill ins(%cst : f32) outs(%72 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%71 : tensor<2x4x16x16xf32>) outs(%73 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71, %74 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.divf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = tensor.empty() : tensor<2x4x16x16xi1>
    %77 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %75 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%76 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_45: f32, %out: i1):
      %127 = arith.cmpf une, %in, %in_45 : f32
      linalg.yield %127 : i1
    } -> tensor<2x4x16x16xi1>
    %78 = linalg.generic {indexing_maps = [#map6, #map14, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77, %cst_7, %75 : tensor<2x4x16x16xi1>, tensor<1xf32>, tensor<2x4x16x16xf32>) outs(%52 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_45: f32, %in_46: f32, %out: f32):
      %127 = arith.select %in, %in_45, %in_46 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %78 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %transposed_27 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %79 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_35 = tensor.expand_shape %79 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %80 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_36 = linalg.transpose ins(%expanded_35 : tensor<2x4x16x16xf32>) outs(%80 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_37 = tensor.collapse_shape %transposed_36 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_38 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %81 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_38 : tensor<64x64xf32>) outs(%41 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %82 = linalg.batch_matmul ins(%collapsed_37, %81 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%43 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map11, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %82 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %83 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%84 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_11 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_39 = tensor.collapse_shape %86 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %87 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_39 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %87 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.subf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %88 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%89 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_11 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %cst_12 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_40 = tensor.collapse_shape %93 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %94 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_40 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %98 = tensor.empty() : tensor<64x128xf32>
    %transposed_41 = linalg.transpose ins(%arg10 : tensor<128x64xf32>) outs(%98 : tensor<64x128xf32>) permutation = [1, 0] 
    %99 = tensor.empty() : tensor<2x64x128xf32>
    %100 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_41 : tensor<64x128xf32>) outs(%99 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %101 = tensor.empty() : tensor<2x16x128xf32>
    %102 = linalg.fill ins(%cst : f32) outs(%101 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %103 = linalg.batch_matmul ins(%97, %100 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%102 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %104 = linalg.generic {indexing_maps = [#map11, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %103 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%101 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %105 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %cst_5 : tensor<2x16x128xf32>, tensor<f32>) outs(%101 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %106 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x128xf32>) outs(%101 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.negf %in : f32
      %128 = math.exp %127 : f32
      %129 = arith.addf %128, %cst_1 : f32
      %130 = arith.divf %cst_1, %129 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x128xf32>
    %107 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %106 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%101 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %108 = tensor.empty() : tensor<128x64xf32>
    %transposed_42 = linalg.transpose ins(%arg12 : tensor<64x128xf32>) outs(%108 : tensor<128x64xf32>) permutation = [1, 0] 
    %109 = tensor.empty() : tensor<2x128x64xf32>
    %110 = linalg.generic {indexing_maps = [#map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_42 : tensor<128x64xf32>) outs(%109 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %111 = linalg.batch_matmul ins(%107, %110 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%43 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map11, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %111 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %112 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_11 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %115 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %116 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %116 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.subf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %117 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%118 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_11 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %cst_12 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %122 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %123 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %123 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.mulf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %127 = arith.addf %in, %in_45 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    return %126 : tensor<2x16x64xf32>
  }
}

