// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "opt", "path": "onnx17-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d1)>
#map1 = affine_map<(d0, d1) -> (d0, d1)>
#map2 = affine_map<(d0, d1) -> (d0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> ()>
#map7 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map8 = affine_map<(d0, d1) -> ()>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map11 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map12 = affine_map<(d0, d1, d2) -> (d2)>
#map13 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map14 = affine_map<(d0, d1, d2) -> ()>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1) -> (d0, 0)>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<66x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<128x64xf32>, %arg11: tensor<128xf32>, %arg12: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<true> : tensor<i1>
    %cst_2 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %c0 = arith.constant 0 : index
    %cst_6 = arith.constant 6.400000e+01 : f32
    %cst_7 = arith.constant 9.99999974E-6 : f32
    %c0_i64 = arith.constant 0 : i64
    %c32_i64 = arith.constant 32 : i64
    %c128_i64 = arith.constant 128 : i64
    %c66_i64 = arith.constant 66 : i64
    %cst_8 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_9 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_10 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_11 = arith.constant dense<2> : tensor<i64>
    %cst_12 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %0 = tensor.empty() : tensor<2x16xi64>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel"]} ins(%cst_12 : tensor<16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %2 = tensor.empty() : tensor<2x16xi1>
    %3 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %121 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %121 : i1
    } -> tensor<2x16xi1>
    %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %121 = arith.addi %in, %c128_i64 : i64
      linalg.yield %121 : i64
    } -> tensor<2x16xi64>
    %5 = linalg.generic {indexing_maps = [#map1, #map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%3, %4, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_48: i64, %in_49: i64, %out: i64):
      %121 = arith.select %in, %in_48, %in_49 : i64
      linalg.yield %121 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %5 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %6 = tensor.empty() : tensor<32x64xf32>
    %7 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %121 = arith.index_cast %in : i64 to index
      %122 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%121, %122] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %7 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %121 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %121 : i1
    } -> tensor<2x16xi1>
    %9 = tensor.empty() : tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map3, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_10, %cst_9 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_48: i64, %out: i1):
      %121 = arith.cmpi sle, %in, %in_48 : i64
      linalg.yield %121 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map6, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %10 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %121 = arith.andi %in, %in_48 : i1
      linalg.yield %121 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_13 = tensor.expand_shape %8 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_14 = tensor.collapse_shape %expanded_13 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %12 = tensor.empty() : tensor<2x1x1x16xi64>
    %13 = linalg.generic {indexing_maps = [#map7, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_10, %cst_8 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%12 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_48: i64, %out: i64):
      %121 = arith.addi %in, %in_48 : i64
      linalg.yield %121 : i64
    } -> tensor<2x1x1x16xi64>
    %14 = tensor.empty() : tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13 : tensor<2x1x1x16xi64>) outs(%14 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %121 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %121 : i1
    } -> tensor<2x1x1x16xi1>
    %16 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13 : tensor<2x1x1x16xi64>) outs(%12 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %121 = arith.addi %in, %c32_i64 : i64
      linalg.yield %121 : i64
    } -> tensor<2x1x1x16xi64>
    %17 = linalg.generic {indexing_maps = [#map5, #map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15, %16, %13 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%12 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_48: i64, %in_49: i64, %out: i64):
      %121 = arith.select %in, %in_48, %in_49 : i64
      linalg.yield %121 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_15 = tensor.collapse_shape %17 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %18 = tensor.empty() : tensor<32x1xi1>
    %19 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_15 : tensor<32xi64>) outs(%18 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %121 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_14[%121, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_16 = tensor.collapse_shape %19 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_17 = tensor.expand_shape %collapsed_16 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %20 = tensor.empty() : tensor<2x1x16x16xi1>
    %21 = linalg.generic {indexing_maps = [#map7, #map3, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %expanded_17 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%20 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %121 = arith.andi %in, %in_48 : i1
      linalg.yield %121 : i1
    } -> tensor<2x1x16x16xi1>
    %22 = tensor.empty() : tensor<2x1x16x16xf32>
    %23 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%22 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_48: f32, %in_49: f32, %out: f32):
      %121 = arith.select %in, %in_48, %in_49 : f32
      linalg.yield %121 : f32
    } -> tensor<2x1x16x16xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel"]} ins(%1, %cst_11 : tensor<2x16xi64>, tensor<i64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %in_48: i64, %out: i64):
      %121 = arith.addi %in, %in_48 : i64
      linalg.yield %121 : i64
    } -> tensor<2x16xi64>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%24 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %121 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %121 : i1
    } -> tensor<2x16xi1>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%24 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %121 = arith.addi %in, %c66_i64 : i64
      linalg.yield %121 : i64
    } -> tensor<2x16xi64>
    %27 = linalg.generic {indexing_maps = [#map1, #map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%25, %26, %24 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%0 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_48: i64, %in_49: i64, %out: i64):
      %121 = arith.select %in, %in_48, %in_49 : i64
      linalg.yield %121 : i64
    } -> tensor<2x16xi64>
    %collapsed_18 = tensor.collapse_shape %27 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %28 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_18 : tensor<32xi64>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %121 = arith.index_cast %in : i64 to index
      %122 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%121, %122] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_19 = tensor.expand_shape %28 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %29 = tensor.empty() : tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_19 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %31 = tensor.empty() : tensor<2x16x1xf32>
    %32 = linalg.fill ins(%cst : f32) outs(%31 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map9, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%30 : tensor<2x16x64xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_6 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_20 = tensor.collapse_shape %34 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %35 = linalg.generic {indexing_maps = [#map11, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_20 : tensor<2x16xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %35 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.subf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %36 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.mulf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map9, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%37 : tensor<2x16x64xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<2x16x1xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_6 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %40 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39 : tensor<2x16x1xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %cst_7 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %41 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40 : tensor<2x16x1xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.rsqrt %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_21 = tensor.collapse_shape %41 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %42 = linalg.generic {indexing_maps = [#map11, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<2x16xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %43 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %42 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.mulf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %44 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.mulf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %45 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %46 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %47 = tensor.empty() : tensor<2x64x64xf32>
    %48 = linalg.generic {indexing_maps = [#map13, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%47 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %49 = linalg.fill ins(%cst : f32) outs(%29 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %50 = linalg.batch_matmul ins(%45, %48 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%49 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %51 = linalg.generic {indexing_maps = [#map12, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %50 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %52 = linalg.generic {indexing_maps = [#map9, #map14, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51, %cst_3 : tensor<2x16x64xf32>, tensor<f32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.mulf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %expanded_22 = tensor.expand_shape %52 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %53 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_24 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %54 = linalg.generic {indexing_maps = [#map13, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<64x64xf32>) outs(%47 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %55 = linalg.batch_matmul ins(%45, %54 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%49 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %56 = linalg.generic {indexing_maps = [#map12, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %55 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %transposed_25 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %57 = linalg.generic {indexing_maps = [#map13, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<64x64xf32>) outs(%47 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %58 = linalg.batch_matmul ins(%45, %57 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%49 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %59 = linalg.generic {indexing_maps = [#map12, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %58 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %expanded_26 = tensor.expand_shape %56 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_27 = tensor.expand_shape %59 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_28 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_29 = linalg.transpose ins(%expanded_26 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_30 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %transposed_29 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %60 = tensor.empty() : tensor<8x16x16xf32>
    %61 = linalg.fill ins(%cst : f32) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %62 = linalg.batch_matmul ins(%collapsed_30, %collapsed_31 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_32 = tensor.expand_shape %62 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map5, #map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_32, %cst_2 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.mulf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map5, #map15, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %23 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x4x16xi64>
    %66 = linalg.fill ins(%c0_i64 : i64) outs(%65 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %67 = tensor.empty() : tensor<2x4x16xf32>
    %68 = linalg.fill ins(%cst_0 : f32) outs(%67 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %69:2 = linalg.generic {indexing_maps = [#map5, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%68, %66 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_48: i64):
      %121 = linalg.index 3 : index
      %122 = arith.index_cast %121 : index to i64
      %123 = arith.maximumf %in, %out : f32
      %124 = arith.cmpf ogt, %in, %out : f32
      %125 = arith.select %124, %122, %out_48 : i64
      linalg.yield %123, %125 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_33 = tensor.expand_shape %69#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %expanded_33 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.subf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.exp %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x4x16x1xf32>
    %73 = linalg.fill ins(%cst : f32) outs(%72 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%71 : tensor<2x4x16x16xf32>) outs(%73 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71, %74 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.divf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %75 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %transposed_28 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %76 = linalg.batch_matmul ins(%collapsed_34, %collapsed_35 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_36 = tensor.expand_shape %76 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %77 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_37 = linalg.transpose ins(%expanded_36 : tensor<2x4x16x16xf32>) outs(%77 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_38 = tensor.collapse_shape %transposed_37 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_39 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %78 = linalg.generic {indexing_maps = [#map13, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<64x64xf32>) outs(%47 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %79 = linalg.batch_matmul ins(%collapsed_38, %78 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%49 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map12, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5, %79 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %80 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_40 = tensor.collapse_shape %81 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %82 = tensor.empty() : tensor<32x1xf32>
    %83 = linalg.fill ins(%cst : f32) outs(%82 : tensor<32x1xf32>) -> tensor<32x1xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map17], iterator_types = ["parallel", "reduction"]} ins(%collapsed_40 : tensor<32x64xf32>) outs(%83 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<32x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%84 : tensor<32x1xf32>) outs(%82 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_6 : f32
      linalg.yield %121 : f32
    } -> tensor<32x1xf32>
    %collapsed_41 = tensor.collapse_shape %85 [[0, 1]] : tensor<32x1xf32> into tensor<32xf32>
    %86 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_41 : tensor<32xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<32x64xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_40, %86 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.subf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%87, %87 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.mulf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map17], iterator_types = ["parallel", "reduction"]} ins(%88 : tensor<32x64xf32>) outs(%83 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<32x1xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%89 : tensor<32x1xf32>) outs(%82 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_6 : f32
      linalg.yield %121 : f32
    } -> tensor<32x1xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%90 : tensor<32x1xf32>) outs(%82 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %cst_7 : f32
      linalg.yield %121 : f32
    } -> tensor<32x1xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%91 : tensor<32x1xf32>) outs(%82 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.rsqrt %in : f32
      linalg.yield %121 : f32
    } -> tensor<32x1xf32>
    %collapsed_42 = tensor.collapse_shape %92 [[0, 1]] : tensor<32x1xf32> into tensor<32xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_42 : tensor<32xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<32x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%87, %93 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.mulf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel"]} ins(%94, %arg4 : tensor<32x64xf32>, tensor<64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.mulf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel"]} ins(%95, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %97 = tensor.empty() : tensor<64x128xf32>
    %transposed_43 = linalg.transpose ins(%arg10 : tensor<128x64xf32>) outs(%97 : tensor<64x128xf32>) permutation = [1, 0] 
    %98 = tensor.empty() : tensor<32x128xf32>
    %99 = linalg.fill ins(%cst : f32) outs(%98 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %100 = linalg.matmul ins(%96, %transposed_43 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%99 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel"]} ins(%100, %arg11 : tensor<32x128xf32>, tensor<128xf32>) outs(%98 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<32x128xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%101 : tensor<32x128xf32>) outs(%98 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.cmpf ugt, %in, %cst : f32
      %122 = arith.select %121, %in, %cst : f32
      linalg.yield %122 : f32
    } -> tensor<32x128xf32>
    %103 = tensor.empty() : tensor<128x64xf32>
    %transposed_44 = linalg.transpose ins(%arg12 : tensor<64x128xf32>) outs(%103 : tensor<128x64xf32>) permutation = [1, 0] 
    %104 = linalg.fill ins(%cst : f32) outs(%6 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %105 = linalg.matmul ins(%102, %transposed_44 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%104 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map, #map1], iterator_types = ["parallel", "parallel"]} ins(%105, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel"]} ins(%collapsed_40, %106 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%6 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %expanded_45 = tensor.expand_shape %107 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map9, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_45 : tensor<2x16x64xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_6 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_46 = tensor.collapse_shape %109 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %110 = linalg.generic {indexing_maps = [#map11, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<2x16xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45, %110 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.subf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %111 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.mulf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map9, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%112 : tensor<2x16x64xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_6 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %cst_7 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.rsqrt %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_47 = tensor.collapse_shape %116 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %117 = linalg.generic {indexing_maps = [#map11, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_47 : tensor<2x16xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %117 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.mulf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.mulf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map9, #map12, #map9], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %121 = arith.addf %in, %in_48 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    return %120 : tensor<2x16x64xf32>
  }
}
