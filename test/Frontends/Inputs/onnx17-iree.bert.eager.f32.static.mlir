// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "bert", "path": "onnx17-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0, d1) -> (d0)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map7 = affine_map<(d0, d1, d2) -> (d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> ()>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map12 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map14 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<2x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<128x64xf32>, %arg12: tensor<128xf32>, %arg13: tensor<64x128xf32>, %arg14: tensor<64x64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<64x64xf32>, %arg18: tensor<128x64xf32>, %arg19: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c32_i64 = arith.constant 32 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_2 = arith.constant dense<true> : tensor<i1>
    %cst_3 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_4 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_5 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_7 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_8 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_9 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_10 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_11 = arith.constant dense<0> : tensor<i64>
    %cst_12 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_13 = arith.constant dense<[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]> : tensor<1x16xi64>
    %cst_14 = arith.constant 6.400000e+01 : f32
    %cst_15 = arith.constant 9.99999996E-13 : f32
    %0 = tensor.empty() : tensor<1x16xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_13 : tensor<1x16xi64>) outs(%1 : tensor<1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %190 = arith.index_cast %in : i64 to index
      %191 = arith.cmpi slt, %190, %c64 : index
      cf.assert %191, "index must be smaller than dim size"
      %192 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %192, "index must be larger or equal to 0"
      linalg.yield %c0_i64 : i64
    } -> tensor<1x16xi64>
    %3 = tensor.empty() : tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %2 [[0, 1]] : tensor<1x16xi64> into tensor<16xi64>
    %4 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %5 = tensor.empty() : tensor<2x16xi1>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %190 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %190 : i1
    } -> tensor<2x16xi1>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %190 = arith.addi %in, %c128_i64 : i64
      linalg.yield %190 : i64
    } -> tensor<2x16xi64>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%6, %7, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_76: i64, %in_77: i64, %out: i64):
      %190 = arith.select %in, %in_76, %in_77 : i64
      linalg.yield %190 : i64
    } -> tensor<2x16xi64>
    %collapsed_16 = tensor.collapse_shape %8 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %9 = tensor.empty() : tensor<32x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_16 : tensor<32xi64>) outs(%9 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %190 = arith.index_cast %in : i64 to index
      %191 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%190, %191] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %10 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %190 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %190 : i1
    } -> tensor<2x16xi1>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %190 = arith.addi %in, %c2_i64 : i64
      linalg.yield %190 : i64
    } -> tensor<2x16xi64>
    %13 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%11, %12, %4 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_76: i64, %in_77: i64, %out: i64):
      %190 = arith.select %in, %in_76, %in_77 : i64
      linalg.yield %190 : i64
    } -> tensor<2x16xi64>
    %collapsed_17 = tensor.collapse_shape %13 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %14 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_17 : tensor<32xi64>) outs(%9 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %190 = arith.index_cast %in : i64 to index
      %191 = linalg.index 1 : index
      %extracted = tensor.extract %arg4[%190, %191] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %14 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %15 = tensor.empty() : tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_18 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %17 = tensor.empty() : tensor<16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_3 : tensor<16xi64>) outs(%17 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %190 = arith.index_cast %in : i64 to index
      %191 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%190, %191] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_19 = tensor.expand_shape %18 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %expanded_19 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.fill ins(%cst : f32) outs(%20 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_14 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_20 = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %24 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_20 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.subf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%26 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_14 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %cst_15 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.rsqrt %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_21 = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %190 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %190 : i1
    } -> tensor<2x16xi1>
    %36 = tensor.empty() : tensor<1x1x16x1xi1>
    %37 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_11 : tensor<1x1x16x1xi64>, tensor<i64>) outs(%36 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %in_76: i64, %out: i1):
      %190 = arith.cmpi sge, %in, %in_76 : i64
      linalg.yield %190 : i1
    } -> tensor<1x1x16x1xi1>
    %38 = linalg.generic {indexing_maps = [#map9, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %37 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%36 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_76: i1, %out: i1):
      %190 = arith.andi %in, %in_76 : i1
      linalg.yield %190 : i1
    } -> tensor<1x1x16x1xi1>
    %expanded_22 = tensor.expand_shape %35 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_23 = tensor.collapse_shape %expanded_22 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %39 = tensor.empty() : tensor<2x1x1x16xi64>
    %40 = linalg.generic {indexing_maps = [#map10, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_10, %cst_1 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%39 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_76: i64, %out: i64):
      %190 = arith.addi %in, %in_76 : i64
      linalg.yield %190 : i64
    } -> tensor<2x1x1x16xi64>
    %41 = tensor.empty() : tensor<2x1x1x16xi1>
    %42 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40 : tensor<2x1x1x16xi64>) outs(%41 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %190 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %190 : i1
    } -> tensor<2x1x1x16xi1>
    %43 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40 : tensor<2x1x1x16xi64>) outs(%39 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %190 = arith.addi %in, %c32_i64 : i64
      linalg.yield %190 : i64
    } -> tensor<2x1x1x16xi64>
    %44 = linalg.generic {indexing_maps = [#map8, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %43, %40 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%39 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_76: i64, %in_77: i64, %out: i64):
      %190 = arith.select %in, %in_76, %in_77 : i64
      linalg.yield %190 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_24 = tensor.collapse_shape %44 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %45 = tensor.empty() : tensor<32x1xi1>
    %46 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_24 : tensor<32xi64>) outs(%45 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %190 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_23[%190, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_25 = tensor.collapse_shape %46 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_26 = tensor.expand_shape %collapsed_25 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %47 = tensor.empty() : tensor<2x1x16x16xi1>
    %48 = linalg.generic {indexing_maps = [#map12, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %expanded_26 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%47 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_76: i1, %out: i1):
      %190 = arith.andi %in, %in_76 : i1
      linalg.yield %190 : i1
    } -> tensor<2x1x16x16xi1>
    %49 = tensor.empty() : tensor<2x1x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map8, #map9, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %cst_9, %cst_8 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%49 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_76: f32, %in_77: f32, %out: f32):
      %190 = arith.select %in, %in_76, %in_77 : f32
      linalg.yield %190 : f32
    } -> tensor<2x1x16x16xf32>
    %51 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%51 : tensor<64x64xf32>) permutation = [1, 0] 
    %52 = tensor.empty() : tensor<2x64x64xf32>
    %53 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%52 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %54 = linalg.fill ins(%cst : f32) outs(%15 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %55 = linalg.batch_matmul ins(%34, %53 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%54 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %56 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %55 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_27 = tensor.expand_shape %56 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %57 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_28 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%57 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_29 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%51 : tensor<64x64xf32>) permutation = [1, 0] 
    %58 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_29 : tensor<64x64xf32>) outs(%52 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %59 = linalg.batch_matmul ins(%34, %58 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%54 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %60 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %59 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_30 = tensor.expand_shape %60 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_31 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%51 : tensor<64x64xf32>) permutation = [1, 0] 
    %61 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<64x64xf32>) outs(%52 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %62 = linalg.batch_matmul ins(%34, %61 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%54 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %63 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %62 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_32 = tensor.expand_shape %63 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_33 = linalg.transpose ins(%expanded_32 : tensor<2x16x4x16xf32>) outs(%57 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_34 = linalg.transpose ins(%expanded_30 : tensor<2x16x4x16xf32>) outs(%57 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_35 = tensor.collapse_shape %transposed_28 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %transposed_34 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %64 = tensor.empty() : tensor<8x16x16xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%64 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %66 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_37 = tensor.expand_shape %66 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_37, %cst_7 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%57 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map8, #map15, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %50 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%57 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = tensor.empty() : tensor<2x4x16xi64>
    %70 = linalg.fill ins(%c0_i64 : i64) outs(%69 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %71 = tensor.empty() : tensor<2x4x16xf32>
    %72 = linalg.fill ins(%cst_0 : f32) outs(%71 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %73:2 = linalg.generic {indexing_maps = [#map8, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%68 : tensor<2x4x16x16xf32>) outs(%72, %70 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_76: i64):
      %190 = linalg.index 3 : index
      %191 = arith.index_cast %190 : index to i64
      %192 = arith.maximumf %in, %out : f32
      %193 = arith.cmpf ogt, %in, %out : f32
      %194 = arith.select %193, %191, %out_76 : i64
      linalg.yield %192, %194 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_38 = tensor.expand_shape %73#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %expanded_38 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%57 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.subf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.exp %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = tensor.empty() : tensor<2x4x16x1xf32>
    %77 = linalg.fill ins(%cst : f32) outs(%76 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%77 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %78 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%57 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.divf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %79 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %transposed_33 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %80 = linalg.batch_matmul ins(%collapsed_39, %collapsed_40 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_41 = tensor.expand_shape %80 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %81 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_42 = linalg.transpose ins(%expanded_41 : tensor<2x4x16x16xf32>) outs(%81 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_43 = tensor.collapse_shape %transposed_42 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_44 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%51 : tensor<64x64xf32>) permutation = [1, 0] 
    %82 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_44 : tensor<64x64xf32>) outs(%52 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %83 = linalg.batch_matmul ins(%collapsed_43, %82 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%54 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %83 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %34 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%85 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_14 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_45 = tensor.collapse_shape %87 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %88 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %88 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.subf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %89 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%90 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_14 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %cst_15 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.rsqrt %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_46 = tensor.collapse_shape %94 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %95 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %95 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %99 = tensor.empty() : tensor<64x128xf32>
    %transposed_47 = linalg.transpose ins(%arg11 : tensor<128x64xf32>) outs(%99 : tensor<64x128xf32>) permutation = [1, 0] 
    %100 = tensor.empty() : tensor<2x64x128xf32>
    %101 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_47 : tensor<64x128xf32>) outs(%100 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %102 = tensor.empty() : tensor<2x16x128xf32>
    %103 = linalg.fill ins(%cst : f32) outs(%102 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %104 = linalg.batch_matmul ins(%98, %101 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%103 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %105 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg12, %104 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %106 = linalg.generic {indexing_maps = [#map3, #map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %cst_6 : tensor<2x16x128xf32>, tensor<f32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.divf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %107 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x128xf32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.erf %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %108 = linalg.generic {indexing_maps = [#map3, #map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %cst_5 : tensor<2x16x128xf32>, tensor<f32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %109 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %108 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %110 = linalg.generic {indexing_maps = [#map3, #map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %111 = tensor.empty() : tensor<128x64xf32>
    %transposed_48 = linalg.transpose ins(%arg13 : tensor<64x128xf32>) outs(%111 : tensor<128x64xf32>) permutation = [1, 0] 
    %112 = tensor.empty() : tensor<2x128x64xf32>
    %113 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_48 : tensor<128x64xf32>) outs(%112 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %114 = linalg.batch_matmul ins(%110, %113 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%54 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %114 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %98 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%116 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_14 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_49 = tensor.collapse_shape %118 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %119 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_49 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %119 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.subf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %120 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%121 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_14 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %cst_15 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.rsqrt %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_50 = tensor.collapse_shape %125 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %126 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_50 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %126 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %transposed_51 = linalg.transpose ins(%arg14 : tensor<64x64xf32>) outs(%51 : tensor<64x64xf32>) permutation = [1, 0] 
    %130 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_51 : tensor<64x64xf32>) outs(%52 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %131 = linalg.batch_matmul ins(%129, %130 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%54 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %131 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_52 = tensor.expand_shape %132 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_53 = linalg.transpose ins(%expanded_52 : tensor<2x16x4x16xf32>) outs(%57 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_54 = linalg.transpose ins(%arg15 : tensor<64x64xf32>) outs(%51 : tensor<64x64xf32>) permutation = [1, 0] 
    %133 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_54 : tensor<64x64xf32>) outs(%52 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %134 = linalg.batch_matmul ins(%129, %133 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%54 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %134 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_55 = tensor.expand_shape %135 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_56 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%51 : tensor<64x64xf32>) permutation = [1, 0] 
    %136 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_56 : tensor<64x64xf32>) outs(%52 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %137 = linalg.batch_matmul ins(%129, %136 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%54 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %138 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %137 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_57 = tensor.expand_shape %138 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_58 = linalg.transpose ins(%expanded_57 : tensor<2x16x4x16xf32>) outs(%57 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_59 = linalg.transpose ins(%expanded_55 : tensor<2x16x4x16xf32>) outs(%57 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_60 = tensor.collapse_shape %transposed_53 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_61 = tensor.collapse_shape %transposed_59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %139 = linalg.batch_matmul ins(%collapsed_60, %collapsed_61 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_62 = tensor.expand_shape %139 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %140 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_62, %cst_7 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%57 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %141 = linalg.generic {indexing_maps = [#map8, #map15, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%140, %50 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%57 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %142:2 = linalg.generic {indexing_maps = [#map8, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%141 : tensor<2x4x16x16xf32>) outs(%72, %70 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_76: i64):
      %190 = linalg.index 3 : index
      %191 = arith.index_cast %190 : index to i64
      %192 = arith.maximumf %in, %out : f32
      %193 = arith.cmpf ogt, %in, %out : f32
      %194 = arith.select %193, %191, %out_76 : i64
      linalg.yield %192, %194 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_63 = tensor.expand_shape %142#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %143 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%141, %expanded_63 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%57 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.subf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %144 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.exp %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %145 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%144 : tensor<2x4x16x16xf32>) outs(%77 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x1xf32>
    %146 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%144, %145 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%57 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.divf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_64 = tensor.collapse_shape %146 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_65 = tensor.collapse_shape %transposed_58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %147 = linalg.batch_matmul ins(%collapsed_64, %collapsed_65 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_66 = tensor.expand_shape %147 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_67 = linalg.transpose ins(%expanded_66 : tensor<2x4x16x16xf32>) outs(%81 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_68 = tensor.collapse_shape %transposed_67 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_69 = linalg.transpose ins(%arg17 : tensor<64x64xf32>) outs(%51 : tensor<64x64xf32>) permutation = [1, 0] 
    %148 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_69 : tensor<64x64xf32>) outs(%52 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %149 = linalg.batch_matmul ins(%collapsed_68, %148 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%54 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %149 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %129 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%151 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %153 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_14 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_70 = tensor.collapse_shape %153 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %154 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_70 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %154 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.subf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %155 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%156 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %158 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_14 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %159 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %cst_15 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %160 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.rsqrt %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_71 = tensor.collapse_shape %160 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %161 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_71 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %161 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %164 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %transposed_72 = linalg.transpose ins(%arg18 : tensor<128x64xf32>) outs(%99 : tensor<64x128xf32>) permutation = [1, 0] 
    %165 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_72 : tensor<64x128xf32>) outs(%100 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %166 = linalg.batch_matmul ins(%164, %165 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%103 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %167 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg12, %166 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %168 = linalg.generic {indexing_maps = [#map3, #map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %cst_6 : tensor<2x16x128xf32>, tensor<f32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.divf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %169 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x16x128xf32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.erf %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %170 = linalg.generic {indexing_maps = [#map3, #map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %cst_5 : tensor<2x16x128xf32>, tensor<f32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %171 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %170 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %172 = linalg.generic {indexing_maps = [#map3, #map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%102 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %transposed_73 = linalg.transpose ins(%arg19 : tensor<64x128xf32>) outs(%111 : tensor<128x64xf32>) permutation = [1, 0] 
    %173 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_73 : tensor<128x64xf32>) outs(%112 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %174 = linalg.batch_matmul ins(%172, %173 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%54 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %175 = linalg.generic {indexing_maps = [#map7, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %174 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %176 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175, %164 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %177 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%176 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %178 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_14 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_74 = tensor.collapse_shape %178 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %179 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_74 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %180 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176, %179 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.subf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %181 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180, %180 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %182 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%181 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %183 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_14 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %184 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %cst_15 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %185 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.rsqrt %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_75 = tensor.collapse_shape %185 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %186 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_75 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %187 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180, %186 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %188 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.mulf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %189 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %190 = arith.addf %in, %in_76 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    return %189 : tensor<2x16x64xf32>
  }
}

