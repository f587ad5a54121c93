// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "bert", "path": "onnxdy-tm", "shapes": "static"}
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
#map13 = affine_map<(d0, d1, d2, d3) -> ()>
#map14 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<128x64xf32>, %arg32: tensor<128xf32>, %arg33: tensor<64x128xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<2x16xi64>, %arg40: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
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
    %cst_11 = arith.constant dense<[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]> : tensor<1x16xi64>
    %cst_12 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %0 = tensor.empty() : tensor<1x16xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_11 : tensor<1x16xi64>) outs(%1 : tensor<1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %183 = arith.index_cast %in : i64 to index
      %184 = arith.cmpi slt, %183, %c64 : index
      cf.assert %184, "index must be smaller than dim size"
      %185 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %185, "index must be larger or equal to 0"
      linalg.yield %c0_i64 : i64
    } -> tensor<1x16xi64>
    %3 = tensor.empty() : tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %2 [[0, 1]] : tensor<1x16xi64> into tensor<16xi64>
    %4 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %5 = tensor.empty() : tensor<2x16xi1>
    %6 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg39 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %183 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %183 : i1
    } -> tensor<2x16xi1>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg39 : tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %183 = arith.addi %in, %c128_i64 : i64
      linalg.yield %183 : i64
    } -> tensor<2x16xi64>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%6, %7, %arg39 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_72: i64, %in_73: i64, %out: i64):
      %183 = arith.select %in, %in_72, %in_73 : i64
      linalg.yield %183 : i64
    } -> tensor<2x16xi64>
    %collapsed_13 = tensor.collapse_shape %8 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %9 = tensor.empty() : tensor<32x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_13 : tensor<32xi64>) outs(%9 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %183 = arith.index_cast %in : i64 to index
      %184 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%183, %184] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %10 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %183 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %183 : i1
    } -> tensor<2x16xi1>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %183 = arith.addi %in, %c2_i64 : i64
      linalg.yield %183 : i64
    } -> tensor<2x16xi64>
    %13 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%11, %12, %4 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_72: i64, %in_73: i64, %out: i64):
      %183 = arith.select %in, %in_72, %in_73 : i64
      linalg.yield %183 : i64
    } -> tensor<2x16xi64>
    %collapsed_14 = tensor.collapse_shape %13 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %14 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_14 : tensor<32xi64>) outs(%9 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %183 = arith.index_cast %in : i64 to index
      %184 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%183, %184] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded_15 = tensor.expand_shape %14 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %15 = tensor.empty() : tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %17 = tensor.empty() : tensor<16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_10 : tensor<16xi64>) outs(%17 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %183 = arith.index_cast %in : i64 to index
      %184 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%183, %184] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_16 = tensor.expand_shape %18 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %expanded_16 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.fill ins(%cst : f32) outs(%20 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_7 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_17 = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %24 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_17 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.subf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%26 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_7 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %cst_8 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = math.rsqrt %in : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_18 = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_18 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg40 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %183 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %183 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_12[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %36 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %37 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%36 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %183 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %183 : i1
    } -> tensor<2x1x1x16x1xi1>
    %38 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %39 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%38 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %183 = arith.addi %in, %c2_i64 : i64
      linalg.yield %183 : i64
    } -> tensor<2x1x1x16x1xi64>
    %40 = linalg.generic {indexing_maps = [#map8, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%37, %39, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%38 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_72: i64, %in_73: i64, %out: i64):
      %183 = arith.select %in, %in_72, %in_73 : i64
      linalg.yield %183 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_19 = tensor.extract_slice %cst_12[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %41 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_19 : tensor<2x1x1x16x1xi64>) outs(%36 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %183 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %183 : i1
    } -> tensor<2x1x1x16x1xi1>
    %42 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_19 : tensor<2x1x1x16x1xi64>) outs(%38 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %183 = arith.addi %in, %c16_i64 : i64
      linalg.yield %183 : i64
    } -> tensor<2x1x1x16x1xi64>
    %43 = linalg.generic {indexing_maps = [#map8, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%41, %42, %extracted_slice_19 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%38 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_72: i64, %in_73: i64, %out: i64):
      %183 = arith.select %in, %in_72, %in_73 : i64
      linalg.yield %183 : i64
    } -> tensor<2x1x1x16x1xi64>
    %44 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%43, %40 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%38 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_72: i64, %out: i64):
      %183 = arith.muli %in_72, %c16_i64 : i64
      %184 = arith.addi %in, %183 : i64
      linalg.yield %184 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_20 = tensor.collapse_shape %44 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_21 = tensor.collapse_shape %35 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %45 = tensor.empty() : tensor<32xi1>
    %46 = linalg.fill ins(%false : i1) outs(%45 : tensor<32xi1>) -> tensor<32xi1>
    %47 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel"]} ins(%collapsed_20 : tensor<32xi64>) outs(%46 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %183 = arith.index_cast %in : i64 to index
      %184 = arith.cmpi slt, %183, %c32 : index
      cf.assert %184, "index must be smaller than dim size"
      %185 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %185, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_21[%183] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_22 = tensor.expand_shape %47 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %48 = tensor.empty() : tensor<2x1x16x16xi1>
    %49 = linalg.generic {indexing_maps = [#map10, #map11, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_3, %expanded_22 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%48 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_72: i1, %out: i1):
      %183 = arith.andi %in, %in_72 : i1
      linalg.yield %183 : i1
    } -> tensor<2x1x16x16xi1>
    %50 = tensor.empty() : tensor<2x1x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map12, #map13, #map13, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %cst_4, %cst_5 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%50 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_72: f32, %in_73: f32, %out: f32):
      %183 = arith.select %in, %in_72, %in_73 : f32
      linalg.yield %183 : f32
    } -> tensor<2x1x16x16xf32>
    %52 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%52 : tensor<64x64xf32>) permutation = [1, 0] 
    %53 = tensor.empty() : tensor<2x64x64xf32>
    %54 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%53 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %55 = linalg.fill ins(%cst : f32) outs(%15 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %56 = linalg.batch_matmul ins(%34, %54 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%55 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %57 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%56, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %expanded_23 = tensor.expand_shape %57 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %58 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_25 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%52 : tensor<64x64xf32>) permutation = [1, 0] 
    %59 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<64x64xf32>) outs(%53 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %60 = linalg.batch_matmul ins(%34, %59 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%55 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %61 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %expanded_26 = tensor.expand_shape %61 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%52 : tensor<64x64xf32>) permutation = [1, 0] 
    %62 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_27 : tensor<64x64xf32>) outs(%53 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %63 = linalg.batch_matmul ins(%34, %62 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%55 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %64 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %expanded_28 = tensor.expand_shape %64 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_30 = linalg.transpose ins(%expanded_26 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_31 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %transposed_30 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %65 = tensor.empty() : tensor<8x16x16xf32>
    %66 = linalg.fill ins(%cst : f32) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %67 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_33 = tensor.expand_shape %67 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map12, #map13, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33, %cst_6 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map12, #map15, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %51 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16xi64>
    %71 = linalg.fill ins(%c0_i64 : i64) outs(%70 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %72 = tensor.empty() : tensor<2x4x16xf32>
    %73 = linalg.fill ins(%cst_0 : f32) outs(%72 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %74:2 = linalg.generic {indexing_maps = [#map12, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%73, %71 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_72: i64):
      %183 = linalg.index 3 : index
      %184 = arith.index_cast %183 : index to i64
      %185 = arith.maximumf %in, %out : f32
      %186 = arith.cmpf ogt, %in, %out : f32
      %187 = arith.select %186, %184, %out_72 : i64
      linalg.yield %185, %187 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_34 = tensor.expand_shape %74#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map12, #map17, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %expanded_34 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.subf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = math.exp %in : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = tensor.empty() : tensor<2x4x16x1xf32>
    %78 = linalg.fill ins(%cst : f32) outs(%77 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map12, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map12, #map17, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76, %79 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.divf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %80 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %transposed_29 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %81 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_37 = tensor.expand_shape %81 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %82 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<2x4x16x16xf32>) outs(%82 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_39 = tensor.collapse_shape %transposed_38 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_40 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%52 : tensor<64x64xf32>) permutation = [1, 0] 
    %83 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<64x64xf32>) outs(%53 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %84 = linalg.batch_matmul ins(%collapsed_39, %83 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%55 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %34 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%86 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_7 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %88 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %89 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %89 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.subf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %90 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%91 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_7 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %cst_8 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %95 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = math.rsqrt %in : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %95 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %96 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %96 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %100 = tensor.empty() : tensor<64x128xf32>
    %transposed_43 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%100 : tensor<64x128xf32>) permutation = [1, 0] 
    %101 = tensor.empty() : tensor<2x64x128xf32>
    %102 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_43 : tensor<64x128xf32>) outs(%101 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %103 = tensor.empty() : tensor<2x16x128xf32>
    %104 = linalg.fill ins(%cst : f32) outs(%103 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %105 = linalg.batch_matmul ins(%99, %102 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%104 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %106 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %arg16 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x128xf32>
    %107 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_9 : f32
      %184 = math.erf %183 : f32
      %185 = arith.addf %184, %cst_1 : f32
      %186 = arith.mulf %185, %cst_2 : f32
      %187 = arith.mulf %in, %186 : f32
      linalg.yield %187 : f32
    } -> tensor<2x16x128xf32>
    %108 = tensor.empty() : tensor<128x64xf32>
    %transposed_44 = linalg.transpose ins(%arg17 : tensor<64x128xf32>) outs(%108 : tensor<128x64xf32>) permutation = [1, 0] 
    %109 = tensor.empty() : tensor<2x128x64xf32>
    %110 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_44 : tensor<128x64xf32>) outs(%109 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %111 = linalg.batch_matmul ins(%107, %110 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%55 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %99 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_7 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_45 = tensor.collapse_shape %115 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %116 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %116 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.subf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %117 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%118 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_7 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %cst_8 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = math.rsqrt %in : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_46 = tensor.collapse_shape %122 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %123 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %123 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %transposed_47 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%52 : tensor<64x64xf32>) permutation = [1, 0] 
    %127 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_47 : tensor<64x64xf32>) outs(%53 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %128 = linalg.batch_matmul ins(%126, %127 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%55 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %arg22 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %expanded_48 = tensor.expand_shape %129 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_49 = linalg.transpose ins(%expanded_48 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_50 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%52 : tensor<64x64xf32>) permutation = [1, 0] 
    %130 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<64x64xf32>) outs(%53 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %131 = linalg.batch_matmul ins(%126, %130 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%55 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %arg24 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %expanded_51 = tensor.expand_shape %132 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_52 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%52 : tensor<64x64xf32>) permutation = [1, 0] 
    %133 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_52 : tensor<64x64xf32>) outs(%53 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %134 = linalg.batch_matmul ins(%126, %133 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%55 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %arg26 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %expanded_53 = tensor.expand_shape %135 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_54 = linalg.transpose ins(%expanded_53 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_55 = linalg.transpose ins(%expanded_51 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_56 = tensor.collapse_shape %transposed_49 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_57 = tensor.collapse_shape %transposed_55 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %136 = linalg.batch_matmul ins(%collapsed_56, %collapsed_57 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_58 = tensor.expand_shape %136 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %137 = linalg.generic {indexing_maps = [#map12, #map13, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_58, %cst_6 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x16xf32>
    %138 = linalg.generic {indexing_maps = [#map12, #map15, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%137, %51 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x16xf32>
    %139:2 = linalg.generic {indexing_maps = [#map12, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%138 : tensor<2x4x16x16xf32>) outs(%73, %71 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_72: i64):
      %183 = linalg.index 3 : index
      %184 = arith.index_cast %183 : index to i64
      %185 = arith.maximumf %in, %out : f32
      %186 = arith.cmpf ogt, %in, %out : f32
      %187 = arith.select %186, %184, %out_72 : i64
      linalg.yield %185, %187 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_59 = tensor.expand_shape %139#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %140 = linalg.generic {indexing_maps = [#map12, #map17, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%138, %expanded_59 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.subf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x16xf32>
    %141 = linalg.generic {indexing_maps = [#map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%140 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = math.exp %in : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x16xf32>
    %142 = linalg.generic {indexing_maps = [#map12, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%141 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x1xf32>
    %143 = linalg.generic {indexing_maps = [#map12, #map17, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%141, %142 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.divf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_60 = tensor.collapse_shape %143 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_61 = tensor.collapse_shape %transposed_54 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %144 = linalg.batch_matmul ins(%collapsed_60, %collapsed_61 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_62 = tensor.expand_shape %144 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_63 = linalg.transpose ins(%expanded_62 : tensor<2x4x16x16xf32>) outs(%82 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_64 = tensor.collapse_shape %transposed_63 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_65 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%52 : tensor<64x64xf32>) permutation = [1, 0] 
    %145 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_65 : tensor<64x64xf32>) outs(%53 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %146 = linalg.batch_matmul ins(%collapsed_64, %145 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%55 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %147 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %arg28 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %148 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %126 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %149 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%148 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %150 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_7 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_66 = tensor.collapse_shape %150 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %151 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_66 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %151 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.subf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %153 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %152 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %154 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%153 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_7 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %156 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %cst_8 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %157 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = math.rsqrt %in : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_67 = tensor.collapse_shape %157 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %158 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_67 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %158 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %arg29 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %arg30 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %transposed_68 = linalg.transpose ins(%arg31 : tensor<128x64xf32>) outs(%100 : tensor<64x128xf32>) permutation = [1, 0] 
    %162 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_68 : tensor<64x128xf32>) outs(%101 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %163 = linalg.batch_matmul ins(%161, %162 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%104 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %164 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163, %arg32 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x128xf32>
    %165 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<2x16x128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_9 : f32
      %184 = math.erf %183 : f32
      %185 = arith.addf %184, %cst_1 : f32
      %186 = arith.mulf %185, %cst_2 : f32
      %187 = arith.mulf %in, %186 : f32
      linalg.yield %187 : f32
    } -> tensor<2x16x128xf32>
    %transposed_69 = linalg.transpose ins(%arg33 : tensor<64x128xf32>) outs(%108 : tensor<128x64xf32>) permutation = [1, 0] 
    %166 = linalg.generic {indexing_maps = [#map14, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_69 : tensor<128x64xf32>) outs(%109 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %167 = linalg.batch_matmul ins(%165, %166 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%55 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %168 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %arg34 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %169 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %161 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %170 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%169 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %171 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_7 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_70 = tensor.collapse_shape %171 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %172 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_70 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %173 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %172 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.subf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %174 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %173 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %175 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%174 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %out : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %176 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.divf %in, %cst_7 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %177 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = arith.addf %in, %cst_8 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %178 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %183 = math.rsqrt %in : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_71 = tensor.collapse_shape %178 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %179 = linalg.generic {indexing_maps = [#map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_71 : tensor<2x16xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %180 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %179 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %181 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180, %arg35 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.mulf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    %182 = linalg.generic {indexing_maps = [#map3, #map7, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181, %arg36 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%15 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_72: f32, %out: f32):
      %183 = arith.addf %in, %in_72 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x64xf32>
    return %182 : tensor<2x16x64xf32>
  }
}
