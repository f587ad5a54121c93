// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 192]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 192]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "gpt2", "path": "onnxdy-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map4 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map5 = affine_map<(d0) -> (d0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1) -> (d1)>
#map13 = affine_map<(d0, d1, d2, d3) -> ()>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map17 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x192xf32>, %arg5: tensor<192xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x256xf32>, %arg11: tensor<256xf32>, %arg12: tensor<256x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64x192xf32>, %arg17: tensor<192xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x256xf32>, %arg23: tensor<256xf32>, %arg24: tensor<256x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<2x16xi64>, %arg29: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c3_i64 = arith.constant 3 : i64
    %c0_i64 = arith.constant 0 : i64
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %false = arith.constant false
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_2 = arith.constant dense<"0x0100030007000F001F003F007F00FF00FF01FF03FF07FF0FFF1FFF3FFF7FFFFF"> : tensor<1x1x16x16xi1>
    %cst_3 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %cst_4 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_5 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_7 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_8 = arith.constant dense<4.471500e-02> : tensor<f32>
    %cst_9 = arith.constant dense<0.797884583> : tensor<f32>
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg28 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %172 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %172 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg28 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %172 = arith.addi %in, %c128_i64 : i64
      linalg.yield %172 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg28 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_82: i64, %in_83: i64, %out: i64):
      %172 = arith.select %in, %in_82, %in_83 : i64
      linalg.yield %172 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %172 = arith.index_cast %in : i64 to index
      %173 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%172, %173] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_1 : tensor<16xi64>) outs(%7 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %172 = arith.index_cast %in : i64 to index
      %173 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%172, %173] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_12 = tensor.expand_shape %8 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_12 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg29 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %172 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %172 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_3[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %12 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %13 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%12 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %172 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %172 : i1
    } -> tensor<2x1x1x16x1xi1>
    %14 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %172 = arith.addi %in, %c2_i64 : i64
      linalg.yield %172 : i64
    } -> tensor<2x1x1x16x1xi64>
    %16 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%13, %15, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_82: i64, %in_83: i64, %out: i64):
      %172 = arith.select %in, %in_82, %in_83 : i64
      linalg.yield %172 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_13 = tensor.extract_slice %cst_3[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %17 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_13 : tensor<2x1x1x16x1xi64>) outs(%12 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %172 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %172 : i1
    } -> tensor<2x1x1x16x1xi1>
    %18 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_13 : tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %172 = arith.addi %in, %c16_i64 : i64
      linalg.yield %172 : i64
    } -> tensor<2x1x1x16x1xi64>
    %19 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%17, %18, %extracted_slice_13 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_82: i64, %in_83: i64, %out: i64):
      %172 = arith.select %in, %in_82, %in_83 : i64
      linalg.yield %172 : i64
    } -> tensor<2x1x1x16x1xi64>
    %20 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%19, %16 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_82: i64, %out: i64):
      %172 = arith.muli %in_82, %c16_i64 : i64
      %173 = arith.addi %in, %172 : i64
      linalg.yield %173 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_14 = tensor.collapse_shape %20 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_15 = tensor.collapse_shape %11 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %21 = tensor.empty() : tensor<32xi1>
    %22 = linalg.fill ins(%false : i1) outs(%21 : tensor<32xi1>) -> tensor<32xi1>
    %23 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%collapsed_14 : tensor<32xi64>) outs(%22 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %172 = arith.index_cast %in : i64 to index
      %173 = arith.cmpi slt, %172, %c32 : index
      cf.assert %173, "index must be smaller than dim size"
      %174 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %174, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_15[%172] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_16 = tensor.expand_shape %23 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %24 = tensor.empty() : tensor<2x1x16x16xi1>
    %25 = linalg.generic {indexing_maps = [#map6, #map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %expanded_16 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%24 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_82: i1, %out: i1):
      %172 = arith.andi %in, %in_82 : i1
      linalg.yield %172 : i1
    } -> tensor<2x1x16x16xi1>
    %26 = tensor.empty() : tensor<2x16x1xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.divf %in, %cst_10 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_17 = tensor.collapse_shape %29 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %30 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_17 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.subf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%32 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.divf %in, %cst_10 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %cst_11 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = math.rsqrt %in : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_18 = tensor.collapse_shape %36 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %37 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_18 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %37 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_19 = tensor.collapse_shape %40 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %41 = tensor.empty() : tensor<32x192xf32>
    %42 = linalg.fill ins(%cst : f32) outs(%41 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %43 = linalg.matmul ins(%collapsed_19, %arg4 : tensor<32x64xf32>, tensor<64x192xf32>) outs(%42 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %44 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%43, %arg5 : tensor<32x192xf32>, tensor<192xf32>) outs(%41 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<32x192xf32>
    %expanded_20 = tensor.expand_shape %44 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice_21 = tensor.extract_slice %expanded_20[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_22 = tensor.extract_slice %expanded_20[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_23 = tensor.extract_slice %expanded_20[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_24 = tensor.expand_shape %extracted_slice_22 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %45 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed = linalg.transpose ins(%expanded_24 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_25 = tensor.expand_shape %extracted_slice_23 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_26 = linalg.transpose ins(%expanded_25 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_27 = tensor.expand_shape %extracted_slice_21 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_28 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_29 = tensor.collapse_shape %transposed [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %46 = tensor.empty() : tensor<8x16x16xf32>
    %transposed_30 = linalg.transpose ins(%collapsed_29 : tensor<8x16x16xf32>) outs(%46 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %expanded_31 = tensor.expand_shape %transposed_30 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map8, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_28, %cst_4 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %48 = linalg.generic {indexing_maps = [#map8, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31, %cst_4 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %49 = tensor.empty() : tensor<2x1x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map8, #map13, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25, %cst_6, %cst_7 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%49 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_82: f32, %in_83: f32, %out: f32):
      %172 = arith.select %in, %in_82, %in_83 : f32
      linalg.yield %172 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %47 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %48 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %51 = linalg.fill ins(%cst : f32) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %52 = linalg.batch_matmul ins(%collapsed_32, %collapsed_33 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%51 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_34 = tensor.expand_shape %52 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_34, %50 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %54 = tensor.empty() : tensor<2x4x16xi64>
    %55 = linalg.fill ins(%c0_i64 : i64) outs(%54 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %56 = tensor.empty() : tensor<2x4x16xf32>
    %57 = linalg.fill ins(%cst_0 : f32) outs(%56 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %58:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%53 : tensor<2x4x16x16xf32>) outs(%57, %55 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_82: i64):
      %172 = linalg.index 3 : index
      %173 = arith.index_cast %172 : index to i64
      %174 = arith.maximumf %in, %out : f32
      %175 = arith.cmpf ogt, %in, %out : f32
      %176 = arith.select %175, %173, %out_82 : i64
      linalg.yield %174, %176 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_35 = tensor.expand_shape %58#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %59 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %expanded_35 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.subf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = math.exp %in : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %61 = tensor.empty() : tensor<2x4x16x1xf32>
    %62 = linalg.fill ins(%cst : f32) outs(%61 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %63 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%60 : tensor<2x4x16x16xf32>) outs(%62 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x1xf32>
    %64 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %63 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.divf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x4x16x16xi1>
    %66 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %64 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%65 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_82: f32, %out: i1):
      %172 = arith.cmpf une, %in, %in_82 : f32
      linalg.yield %172 : i1
    } -> tensor<2x4x16x16xi1>
    %67 = linalg.generic {indexing_maps = [#map8, #map13, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %cst_6, %64 : tensor<2x4x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_82: f32, %in_83: f32, %out: f32):
      %172 = arith.select %in, %in_82, %in_83 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %67 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %transposed_26 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %68 = linalg.batch_matmul ins(%collapsed_36, %collapsed_37 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%51 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_38 = tensor.expand_shape %68 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %69 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_39 = linalg.transpose ins(%expanded_38 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_40 = tensor.collapse_shape %transposed_39 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %70 = linalg.fill ins(%cst : f32) outs(%5 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %71 = linalg.matmul ins(%collapsed_40, %arg6 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%70 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %72 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%71, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<32x64xf32>
    %expanded_41 = tensor.expand_shape %72 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41, %10 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%73 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.divf %in, %cst_10 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %75 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %76 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %76 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.subf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %77 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%78 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.divf %in, %cst_10 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %cst_11 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = math.rsqrt %in : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %82 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %83 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %83 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_44 = tensor.collapse_shape %86 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %87 = tensor.empty() : tensor<32x256xf32>
    %88 = linalg.fill ins(%cst : f32) outs(%87 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %89 = linalg.matmul ins(%collapsed_44, %arg10 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%88 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %90 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%89, %arg11 : tensor<32x256xf32>, tensor<256xf32>) outs(%87 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<32x256xf32>
    %expanded_45 = tensor.expand_shape %90 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %91 = tensor.empty() : tensor<2x16x256xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45, %cst_4 : tensor<2x16x256xf32>, tensor<f32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45 : tensor<2x16x256xf32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %cst_8 : tensor<2x16x256xf32>, tensor<f32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %95 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45, %94 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %96 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %cst_9 : tensor<2x16x256xf32>, tensor<f32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %97 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x256xf32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = math.tanh %in : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %98 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %cst_5 : tensor<2x16x256xf32>, tensor<f32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %98 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_46 = tensor.collapse_shape %99 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %100 = linalg.matmul ins(%collapsed_46, %arg12 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%70 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%100, %arg13 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<32x64xf32>
    %expanded_47 = tensor.expand_shape %101 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %expanded_47 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%102 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.divf %in, %cst_10 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_48 = tensor.collapse_shape %104 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %105 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_48 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %105 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.subf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %106 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%107 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.divf %in, %cst_10 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %cst_11 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = math.rsqrt %in : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_49 = tensor.collapse_shape %111 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %112 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_49 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %112 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_50 = tensor.collapse_shape %115 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %116 = linalg.matmul ins(%collapsed_50, %arg16 : tensor<32x64xf32>, tensor<64x192xf32>) outs(%42 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %117 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%116, %arg17 : tensor<32x192xf32>, tensor<192xf32>) outs(%41 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<32x192xf32>
    %expanded_51 = tensor.expand_shape %117 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice_52 = tensor.extract_slice %expanded_51[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_53 = tensor.extract_slice %expanded_51[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_54 = tensor.extract_slice %expanded_51[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_55 = tensor.expand_shape %extracted_slice_53 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_56 = linalg.transpose ins(%expanded_55 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_57 = tensor.expand_shape %extracted_slice_54 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_58 = linalg.transpose ins(%expanded_57 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_59 = tensor.expand_shape %extracted_slice_52 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_60 = linalg.transpose ins(%expanded_59 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_61 = tensor.collapse_shape %transposed_56 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %transposed_62 = linalg.transpose ins(%collapsed_61 : tensor<8x16x16xf32>) outs(%46 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %expanded_63 = tensor.expand_shape %transposed_62 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %118 = linalg.generic {indexing_maps = [#map8, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_60, %cst_4 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %119 = linalg.generic {indexing_maps = [#map8, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_63, %cst_4 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_64 = tensor.collapse_shape %118 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_65 = tensor.collapse_shape %119 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %120 = linalg.batch_matmul ins(%collapsed_64, %collapsed_65 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%51 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_66 = tensor.expand_shape %120 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %121 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_66, %50 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %122:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%121 : tensor<2x4x16x16xf32>) outs(%57, %55 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_82: i64):
      %172 = linalg.index 3 : index
      %173 = arith.index_cast %172 : index to i64
      %174 = arith.maximumf %in, %out : f32
      %175 = arith.cmpf ogt, %in, %out : f32
      %176 = arith.select %175, %173, %out_82 : i64
      linalg.yield %174, %176 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_67 = tensor.expand_shape %122#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%121, %expanded_67 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.subf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %124 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = math.exp %in : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %125 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%124 : tensor<2x4x16x16xf32>) outs(%62 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124, %125 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.divf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %127 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%126, %126 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%65 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_82: f32, %out: i1):
      %172 = arith.cmpf une, %in, %in_82 : f32
      linalg.yield %172 : i1
    } -> tensor<2x4x16x16xi1>
    %128 = linalg.generic {indexing_maps = [#map8, #map13, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%127, %cst_6, %126 : tensor<2x4x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_82: f32, %in_83: f32, %out: f32):
      %172 = arith.select %in, %in_82, %in_83 : f32
      linalg.yield %172 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_68 = tensor.collapse_shape %128 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_69 = tensor.collapse_shape %transposed_58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %129 = linalg.batch_matmul ins(%collapsed_68, %collapsed_69 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%51 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_70 = tensor.expand_shape %129 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_71 = linalg.transpose ins(%expanded_70 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_72 = tensor.collapse_shape %transposed_71 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %130 = linalg.matmul ins(%collapsed_72, %arg18 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%70 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %131 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%130, %arg19 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<32x64xf32>
    %expanded_73 = tensor.expand_shape %131 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_73, %102 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%132 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %134 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.divf %in, %cst_10 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_74 = tensor.collapse_shape %134 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %135 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_74 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %136 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %135 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.subf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %137 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %136 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %138 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%137 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %139 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.divf %in, %cst_10 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %140 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %cst_11 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %141 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = math.rsqrt %in : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_75 = tensor.collapse_shape %141 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %142 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_75 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %143 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %142 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %144 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %145 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %arg21 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_76 = tensor.collapse_shape %145 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %146 = linalg.matmul ins(%collapsed_76, %arg22 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%88 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %147 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%146, %arg23 : tensor<32x256xf32>, tensor<256xf32>) outs(%87 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<32x256xf32>
    %expanded_77 = tensor.expand_shape %147 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %148 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_77, %cst_4 : tensor<2x16x256xf32>, tensor<f32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %149 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_77 : tensor<2x16x256xf32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %150 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %cst_8 : tensor<2x16x256xf32>, tensor<f32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %151 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_77, %150 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %152 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %cst_9 : tensor<2x16x256xf32>, tensor<f32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %153 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x256xf32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = math.tanh %in : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %154 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %cst_5 : tensor<2x16x256xf32>, tensor<f32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %155 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %154 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%91 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_78 = tensor.collapse_shape %155 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %156 = linalg.matmul ins(%collapsed_78, %arg24 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%70 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %157 = linalg.generic {indexing_maps = [#map, #map12, #map], iterator_types = ["parallel", "parallel"]} ins(%156, %arg25 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<32x64xf32>
    %expanded_79 = tensor.expand_shape %157 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %158 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %expanded_79 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%158 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %160 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.divf %in, %cst_10 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_80 = tensor.collapse_shape %160 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %161 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_80 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %161 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.subf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %162 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %164 = linalg.generic {indexing_maps = [#map2, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%163 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %out : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %165 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.divf %in, %cst_10 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %166 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = arith.addf %in, %cst_11 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %167 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %172 = math.rsqrt %in : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_81 = tensor.collapse_shape %167 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %168 = linalg.generic {indexing_maps = [#map10, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_81 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %169 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %168 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %170 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %arg26 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.mulf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    %171 = linalg.generic {indexing_maps = [#map2, #map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170, %arg27 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_82: f32, %out: f32):
      %172 = arith.addf %in, %in_82 : f32
      linalg.yield %172 : f32
    } -> tensor<2x16x64xf32>
    return %171 : tensor<2x16x64xf32>
  }
}

