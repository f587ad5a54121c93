// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "bert", "path": "onnxdy-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0, d1) -> (d0)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map7 = affine_map<(d0, d1, d2) -> (d2)>
#map8 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map9 = affine_map<(d0) -> (d0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map13 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map14 = affine_map<(d0, d1, d2, d3) -> ()>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<128x64xf32>, %arg32: tensor<128xf32>, %arg33: tensor<64x128xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<2x16xi64>, %arg38: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c16_i64 = arith.constant 16 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    %false = arith.constant false
    %c32 = arith.constant 32 : index
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_5 = arith.constant dense<[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]> : tensor<1x16xi64>
    %cst_6 = arith.constant dense<true> : tensor<1x1x16x1xi1>
    %cst_7 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %cst_8 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_9 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_10 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant 9.99999996E-13 : f32
    %0 = tensor.empty() : tensor<1x16xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_5 : tensor<1x16xi64>) outs(%1 : tensor<1x16xi64>) {
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
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg37 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %190 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %190 : i1
    } -> tensor<2x16xi1>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg37 : tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %190 = arith.addi %in, %c128_i64 : i64
      linalg.yield %190 : i64
    } -> tensor<2x16xi64>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%6, %7, %arg37 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_78: i64, %in_79: i64, %out: i64):
      %190 = arith.select %in, %in_78, %in_79 : i64
      linalg.yield %190 : i64
    } -> tensor<2x16xi64>
    %collapsed_13 = tensor.collapse_shape %8 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %9 = tensor.empty() : tensor<32x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_13 : tensor<32xi64>) outs(%9 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %190 = arith.index_cast %in : i64 to index
      %191 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%190, %191] : tensor<128x64xf32>
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
    ^bb0(%in: i1, %in_78: i64, %in_79: i64, %out: i64):
      %190 = arith.select %in, %in_78, %in_79 : i64
      linalg.yield %190 : i64
    } -> tensor<2x16xi64>
    %collapsed_14 = tensor.collapse_shape %13 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %14 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_14 : tensor<32xi64>) outs(%9 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %190 = arith.index_cast %in : i64 to index
      %191 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%190, %191] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_15 = tensor.expand_shape %14 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %15 = tensor.empty() : tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %17 = tensor.empty() : tensor<16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_4 : tensor<16xi64>) outs(%17 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %190 = arith.index_cast %in : i64 to index
      %191 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%190, %191] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_16 = tensor.expand_shape %18 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %expanded_16 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
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
      %190 = arith.divf %in, %cst_11 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_17 = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %24 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_17 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.subf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%26 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_11 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %cst_12 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.rsqrt %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_18 = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_18 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg38 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %190 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %190 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_7[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %36 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %37 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%36 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %190 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %190 : i1
    } -> tensor<2x1x1x16x1xi1>
    %38 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %39 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%38 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %190 = arith.addi %in, %c2_i64 : i64
      linalg.yield %190 : i64
    } -> tensor<2x1x1x16x1xi64>
    %40 = linalg.generic {indexing_maps = [#map8, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%37, %39, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%38 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_78: i64, %in_79: i64, %out: i64):
      %190 = arith.select %in, %in_78, %in_79 : i64
      linalg.yield %190 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_19 = tensor.extract_slice %cst_7[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %41 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_19 : tensor<2x1x1x16x1xi64>) outs(%36 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %190 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %190 : i1
    } -> tensor<2x1x1x16x1xi1>
    %42 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_19 : tensor<2x1x1x16x1xi64>) outs(%38 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %190 = arith.addi %in, %c16_i64 : i64
      linalg.yield %190 : i64
    } -> tensor<2x1x1x16x1xi64>
    %43 = linalg.generic {indexing_maps = [#map8, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%41, %42, %extracted_slice_19 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%38 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_78: i64, %in_79: i64, %out: i64):
      %190 = arith.select %in, %in_78, %in_79 : i64
      linalg.yield %190 : i64
    } -> tensor<2x1x1x16x1xi64>
    %44 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%43, %40 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%38 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_78: i64, %out: i64):
      %190 = arith.muli %in_78, %c16_i64 : i64
      %191 = arith.addi %in, %190 : i64
      linalg.yield %191 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_20 = tensor.collapse_shape %44 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_21 = tensor.collapse_shape %35 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %45 = tensor.empty() : tensor<32xi1>
    %46 = linalg.fill ins(%false : i1) outs(%45 : tensor<32xi1>) -> tensor<32xi1>
    %47 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel"]} ins(%collapsed_20 : tensor<32xi64>) outs(%46 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %190 = arith.index_cast %in : i64 to index
      %191 = arith.cmpi slt, %190, %c32 : index
      cf.assert %191, "index must be smaller than dim size"
      %192 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %192, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_21[%190] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_22 = tensor.expand_shape %47 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %48 = tensor.empty() : tensor<2x1x16x16xi1>
    %49 = linalg.generic {indexing_maps = [#map10, #map11, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %expanded_22 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%48 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_78: i1, %out: i1):
      %190 = arith.andi %in, %in_78 : i1
      linalg.yield %190 : i1
    } -> tensor<2x1x16x16xi1>
    %50 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%50 : tensor<64x64xf32>) permutation = [1, 0] 
    %51 = tensor.empty() : tensor<2x64x64xf32>
    %52 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%51 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %53 = linalg.fill ins(%cst : f32) outs(%15 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %54 = linalg.batch_matmul ins(%34, %52 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%53 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %55 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_23 = tensor.expand_shape %55 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %56 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_25 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%50 : tensor<64x64xf32>) permutation = [1, 0] 
    %57 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<64x64xf32>) outs(%51 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %58 = linalg.batch_matmul ins(%34, %57 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%53 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %59 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_26 = tensor.expand_shape %59 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%expanded_26 : tensor<2x16x4x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_28 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%50 : tensor<64x64xf32>) permutation = [1, 0] 
    %60 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_28 : tensor<64x64xf32>) outs(%51 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %61 = linalg.batch_matmul ins(%34, %60 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%53 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %62 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_29 = tensor.expand_shape %62 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x16x4x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_31 = tensor.collapse_shape %transposed_27 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %63 = tensor.empty() : tensor<8x16x16xf32>
    %transposed_32 = linalg.transpose ins(%collapsed_31 : tensor<8x16x16xf32>) outs(%63 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %expanded_33 = tensor.expand_shape %transposed_32 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map12, #map14, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24, %cst_8 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map12, #map14, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33, %cst_8 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = tensor.empty() : tensor<2x1x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map12, #map14, #map14, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %cst_9, %cst_10 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%66 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_78: f32, %in_79: f32, %out: f32):
      %190 = arith.select %in, %in_78, %in_79 : f32
      linalg.yield %190 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %64 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %65 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %68 = linalg.fill ins(%cst : f32) outs(%63 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %69 = linalg.batch_matmul ins(%collapsed_34, %collapsed_35 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_36 = tensor.expand_shape %69 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map12, #map15, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_36, %67 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16xi64>
    %72 = linalg.fill ins(%c0_i64 : i64) outs(%71 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %73 = tensor.empty() : tensor<2x4x16xf32>
    %74 = linalg.fill ins(%cst_0 : f32) outs(%73 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %75:2 = linalg.generic {indexing_maps = [#map12, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%74, %72 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_78: i64):
      %190 = linalg.index 3 : index
      %191 = arith.index_cast %190 : index to i64
      %192 = arith.maximumf %in, %out : f32
      %193 = arith.cmpf ogt, %in, %out : f32
      %194 = arith.select %193, %191, %out_78 : i64
      linalg.yield %192, %194 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_37 = tensor.expand_shape %75#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map12, #map17, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %expanded_37 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.subf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.exp %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x4x16x1xf32>
    %79 = linalg.fill ins(%cst : f32) outs(%78 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map12, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%77 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map12, #map17, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77, %80 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.divf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %82 = tensor.empty() : tensor<2x4x16x16xi1>
    %83 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81, %81 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%82 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_78: f32, %out: i1):
      %190 = arith.cmpf une, %in, %in_78 : f32
      linalg.yield %190 : i1
    } -> tensor<2x4x16x16xi1>
    %84 = linalg.generic {indexing_maps = [#map12, #map14, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83, %cst_9, %81 : tensor<2x4x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_78: f32, %in_79: f32, %out: f32):
      %190 = arith.select %in, %in_78, %in_79 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %84 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %transposed_30 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %85 = linalg.batch_matmul ins(%collapsed_38, %collapsed_39 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_40 = tensor.expand_shape %85 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %86 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<2x4x16x16xf32>) outs(%86 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_42 = tensor.collapse_shape %transposed_41 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_43 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%50 : tensor<64x64xf32>) permutation = [1, 0] 
    %87 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_43 : tensor<64x64xf32>) outs(%51 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %88 = linalg.batch_matmul ins(%collapsed_42, %87 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%53 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %34 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%90 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_11 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %92 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %93 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %93 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.subf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%95 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %97 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_11 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %cst_12 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.rsqrt %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_45 = tensor.collapse_shape %99 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %100 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %100 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %104 = tensor.empty() : tensor<64x128xf32>
    %transposed_46 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%104 : tensor<64x128xf32>) permutation = [1, 0] 
    %105 = tensor.empty() : tensor<2x64x128xf32>
    %106 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_46 : tensor<64x128xf32>) outs(%105 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %107 = tensor.empty() : tensor<2x16x128xf32>
    %108 = linalg.fill ins(%cst : f32) outs(%107 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %109 = linalg.batch_matmul ins(%103, %106 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%108 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %110 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %arg16 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%107 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %111 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x128xf32>) outs(%107 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_1 : f32
      %191 = math.erf %190 : f32
      %192 = arith.addf %191, %cst_2 : f32
      %193 = arith.mulf %192, %cst_3 : f32
      %194 = arith.mulf %in, %193 : f32
      linalg.yield %194 : f32
    } -> tensor<2x16x128xf32>
    %112 = tensor.empty() : tensor<128x64xf32>
    %transposed_47 = linalg.transpose ins(%arg17 : tensor<64x128xf32>) outs(%112 : tensor<128x64xf32>) permutation = [1, 0] 
    %113 = tensor.empty() : tensor<2x128x64xf32>
    %114 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_47 : tensor<128x64xf32>) outs(%113 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %115 = linalg.batch_matmul ins(%111, %114 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%53 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %103 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%117 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_11 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_48 = tensor.collapse_shape %119 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %120 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_48 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %120 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.subf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %121 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%122 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_11 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %cst_12 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.rsqrt %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_49 = tensor.collapse_shape %126 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %127 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_49 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %127 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %transposed_50 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%50 : tensor<64x64xf32>) permutation = [1, 0] 
    %131 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<64x64xf32>) outs(%51 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %132 = linalg.batch_matmul ins(%130, %131 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%53 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %arg22 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_51 = tensor.expand_shape %133 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_52 = linalg.transpose ins(%expanded_51 : tensor<2x16x4x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_53 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%50 : tensor<64x64xf32>) permutation = [1, 0] 
    %134 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_53 : tensor<64x64xf32>) outs(%51 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %135 = linalg.batch_matmul ins(%130, %134 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%53 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %136 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %arg24 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_54 = tensor.expand_shape %136 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_55 = linalg.transpose ins(%expanded_54 : tensor<2x16x4x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_56 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%50 : tensor<64x64xf32>) permutation = [1, 0] 
    %137 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_56 : tensor<64x64xf32>) outs(%51 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %138 = linalg.batch_matmul ins(%130, %137 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%53 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %139 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %arg26 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %expanded_57 = tensor.expand_shape %139 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_58 = linalg.transpose ins(%expanded_57 : tensor<2x16x4x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_59 = tensor.collapse_shape %transposed_55 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %transposed_60 = linalg.transpose ins(%collapsed_59 : tensor<8x16x16xf32>) outs(%63 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %expanded_61 = tensor.expand_shape %transposed_60 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %140 = linalg.generic {indexing_maps = [#map12, #map14, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_52, %cst_8 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %141 = linalg.generic {indexing_maps = [#map12, #map14, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_61, %cst_8 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_62 = tensor.collapse_shape %140 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_63 = tensor.collapse_shape %141 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %142 = linalg.batch_matmul ins(%collapsed_62, %collapsed_63 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_64 = tensor.expand_shape %142 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %143 = linalg.generic {indexing_maps = [#map12, #map15, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_64, %67 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %144:2 = linalg.generic {indexing_maps = [#map12, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%143 : tensor<2x4x16x16xf32>) outs(%74, %72 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_78: i64):
      %190 = linalg.index 3 : index
      %191 = arith.index_cast %190 : index to i64
      %192 = arith.maximumf %in, %out : f32
      %193 = arith.cmpf ogt, %in, %out : f32
      %194 = arith.select %193, %191, %out_78 : i64
      linalg.yield %192, %194 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_65 = tensor.expand_shape %144#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %145 = linalg.generic {indexing_maps = [#map12, #map17, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143, %expanded_65 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.subf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %146 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%145 : tensor<2x4x16x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.exp %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %147 = linalg.generic {indexing_maps = [#map12, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%146 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x1xf32>
    %148 = linalg.generic {indexing_maps = [#map12, #map17, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%146, %147 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.divf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %149 = linalg.generic {indexing_maps = [#map12, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%148, %148 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%82 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_78: f32, %out: i1):
      %190 = arith.cmpf une, %in, %in_78 : f32
      linalg.yield %190 : i1
    } -> tensor<2x4x16x16xi1>
    %150 = linalg.generic {indexing_maps = [#map12, #map14, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%149, %cst_9, %148 : tensor<2x4x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%56 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_78: f32, %in_79: f32, %out: f32):
      %190 = arith.select %in, %in_78, %in_79 : f32
      linalg.yield %190 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_66 = tensor.collapse_shape %150 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_67 = tensor.collapse_shape %transposed_58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %151 = linalg.batch_matmul ins(%collapsed_66, %collapsed_67 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_68 = tensor.expand_shape %151 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_69 = linalg.transpose ins(%expanded_68 : tensor<2x4x16x16xf32>) outs(%86 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_70 = tensor.collapse_shape %transposed_69 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_71 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%50 : tensor<64x64xf32>) permutation = [1, 0] 
    %152 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_71 : tensor<64x64xf32>) outs(%51 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %153 = linalg.batch_matmul ins(%collapsed_70, %152 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%53 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %154 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %arg28 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %130 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%155 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %157 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_11 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_72 = tensor.collapse_shape %157 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %158 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_72 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %158 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.subf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %159 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%160 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %162 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_11 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %163 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %cst_12 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %164 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.rsqrt %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_73 = tensor.collapse_shape %164 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %165 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_73 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %166 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %165 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %167 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %arg29 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %168 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %arg30 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %transposed_74 = linalg.transpose ins(%arg31 : tensor<128x64xf32>) outs(%104 : tensor<64x128xf32>) permutation = [1, 0] 
    %169 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_74 : tensor<64x128xf32>) outs(%105 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %170 = linalg.batch_matmul ins(%168, %169 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%108 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %171 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170, %arg32 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%107 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x128xf32>
    %172 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171 : tensor<2x16x128xf32>) outs(%107 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_1 : f32
      %191 = math.erf %190 : f32
      %192 = arith.addf %191, %cst_2 : f32
      %193 = arith.mulf %192, %cst_3 : f32
      %194 = arith.mulf %in, %193 : f32
      linalg.yield %194 : f32
    } -> tensor<2x16x128xf32>
    %transposed_75 = linalg.transpose ins(%arg33 : tensor<64x128xf32>) outs(%112 : tensor<128x64xf32>) permutation = [1, 0] 
    %173 = linalg.generic {indexing_maps = [#map13, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_75 : tensor<128x64xf32>) outs(%113 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %174 = linalg.batch_matmul ins(%172, %173 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%53 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %175 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174, %arg34 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %176 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175, %168 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %177 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%176 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %178 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_11 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_76 = tensor.collapse_shape %178 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %179 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_76 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %180 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176, %179 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.subf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %181 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180, %180 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %182 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%181 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %out : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %183 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.divf %in, %cst_11 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %184 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = arith.addf %in, %cst_12 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %185 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %190 = math.rsqrt %in : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_77 = tensor.collapse_shape %185 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %186 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_77 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %187 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180, %186 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %188 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187, %arg35 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.mulf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    %189 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188, %arg36 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_78: f32, %out: f32):
      %190 = arith.addf %in, %in_78 : f32
      linalg.yield %190 : f32
    } -> tensor<2x16x64xf32>
    return %189 : tensor<2x16x64xf32>
  }
}

