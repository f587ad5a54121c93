// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [96]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "gpt_bigcode", "path": "onnxdy-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map9 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map11 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map12 = affine_map<(d0, d1, d2) -> (d2)>
#map13 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<96x64xf32>, %arg5: tensor<96xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<256x64xf32>, %arg11: tensor<256xf32>, %arg12: tensor<64x256xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<2x16xi64>, %arg17: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c16_i64 = arith.constant 16 : i64
    %c3_i64 = arith.constant 3 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %false = arith.constant false
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 4.471500e-02 : f32
    %cst_2 = arith.constant 7.977240e-01 : f32
    %cst_3 = arith.constant 1.000000e+00 : f32
    %cst_4 = arith.constant 5.000000e-01 : f32
    %cst_5 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_6 = arith.constant dense<"0x0100030007000F001F003F007F00FF00FF01FF03FF07FF0FFF1FFF3FFF7FFFFF"> : tensor<1x1x16x16xi1>
    %cst_7 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %cst_8 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_9 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_10 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %119 = arith.addi %in, %c128_i64 : i64
      linalg.yield %119 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg16 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_45: i64, %in_46: i64, %out: i64):
      %119 = arith.select %in, %in_45, %in_46 : i64
      linalg.yield %119 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %119 = arith.index_cast %in : i64 to index
      %120 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%119, %120] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg17 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_7[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %8 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x1x1x16x1xi1>
    %10 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %11 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %119 = arith.addi %in, %c2_i64 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16x1xi64>
    %12 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%9, %11, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_45: i64, %in_46: i64, %out: i64):
      %119 = arith.select %in, %in_45, %in_46 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_13 = tensor.extract_slice %cst_7[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %13 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_13 : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x1x1x16x1xi1>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_13 : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %119 = arith.addi %in, %c16_i64 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16x1xi64>
    %15 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%13, %14, %extracted_slice_13 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_45: i64, %in_46: i64, %out: i64):
      %119 = arith.select %in, %in_45, %in_46 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16x1xi64>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%15, %12 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_45: i64, %out: i64):
      %119 = arith.muli %in_45, %c16_i64 : i64
      %120 = arith.addi %in, %119 : i64
      linalg.yield %120 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_14 = tensor.collapse_shape %16 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_15 = tensor.collapse_shape %7 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %17 = tensor.empty() : tensor<32xi1>
    %18 = linalg.fill ins(%false : i1) outs(%17 : tensor<32xi1>) -> tensor<32xi1>
    %19 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%collapsed_14 : tensor<32xi64>) outs(%18 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.index_cast %in : i64 to index
      %120 = arith.cmpi slt, %119, %c32 : index
      cf.assert %120, "index must be smaller than dim size"
      %121 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %121, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_15[%119] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_16 = tensor.expand_shape %19 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %20 = tensor.empty() : tensor<2x1x16x16xi1>
    %21 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %expanded_16 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%20 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %119 = arith.andi %in, %in_45 : i1
      linalg.yield %119 : i1
    } -> tensor<2x1x16x16xi1>
    %22 = tensor.empty() : tensor<2x1x16x16xf32>
    %23 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %cst_8, %cst_9 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%22 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_45: f32, %in_46: f32, %out: f32):
      %119 = arith.select %in, %in_45, %in_46 : f32
      linalg.yield %119 : f32
    } -> tensor<2x1x16x16xf32>
    %24 = tensor.empty() : tensor<16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_5 : tensor<16xi64>) outs(%24 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %119 = arith.index_cast %in : i64 to index
      %120 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%119, %120] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_17 = tensor.expand_shape %25 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %26 = tensor.empty() : tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_17 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.addf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %28 = tensor.empty() : tensor<2x16x1xf32>
    %29 = linalg.fill ins(%cst : f32) outs(%28 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%27 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_11 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_18 = tensor.collapse_shape %31 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %32 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_18 : tensor<2x16xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.subf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.mulf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%34 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_11 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %cst_12 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.rsqrt %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_19 = tensor.collapse_shape %38 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %39 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_19 : tensor<2x16xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %39 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.mulf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map8, #map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.mulf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map8, #map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.addf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %43 = tensor.empty() : tensor<64x96xf32>
    %transposed = linalg.transpose ins(%arg4 : tensor<96x64xf32>) outs(%43 : tensor<64x96xf32>) permutation = [1, 0] 
    %44 = tensor.empty() : tensor<2x64x96xf32>
    %45 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x96xf32>) outs(%44 : tensor<2x64x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x96xf32>
    %46 = tensor.empty() : tensor<2x16x96xf32>
    %47 = linalg.fill ins(%cst : f32) outs(%46 : tensor<2x16x96xf32>) -> tensor<2x16x96xf32>
    %48 = linalg.batch_matmul ins(%42, %45 : tensor<2x16x64xf32>, tensor<2x64x96xf32>) outs(%47 : tensor<2x16x96xf32>) -> tensor<2x16x96xf32>
    %49 = linalg.generic {indexing_maps = [#map8, #map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%48, %arg5 : tensor<2x16x96xf32>, tensor<96xf32>) outs(%46 : tensor<2x16x96xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.addf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x96xf32>
    %expanded_20 = tensor.expand_shape %49 [[0], [1, 2], [3]] output_shape [2, 1, 16, 96] : tensor<2x16x96xf32> into tensor<2x1x16x96xf32>
    %extracted_slice_21 = tensor.extract_slice %expanded_20[0, 0, 0, 0] [2, 1, 16, 64] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x64xf32>
    %extracted_slice_22 = tensor.extract_slice %expanded_20[0, 0, 0, 64] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %extracted_slice_23 = tensor.extract_slice %expanded_20[0, 0, 0, 80] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %extracted_slice_21 [[0], [1, 2], [3]] : tensor<2x1x16x64xf32> into tensor<2x16x64xf32>
    %expanded_25 = tensor.expand_shape %collapsed_24 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %50 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_26 = linalg.transpose ins(%expanded_25 : tensor<2x16x4x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %51 = tensor.empty() : tensor<2x1x4x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map14, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_22 : tensor<2x1x16x16xf32>) outs(%51 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %52 [[0], [1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<2x4x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map14, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_23 : tensor<2x1x16x16xf32>) outs(%51 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %transposed_28 = linalg.transpose ins(%collapsed_27 : tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_29 = tensor.collapse_shape %transposed_26 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_28 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %54 = tensor.empty() : tensor<8x16x16xf32>
    %55 = linalg.fill ins(%cst : f32) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %56 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_31 = tensor.expand_shape %56 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31, %cst_10 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.mulf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %23 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.addf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = tensor.empty() : tensor<2x4x16xi64>
    %60 = linalg.fill ins(%c0_i64 : i64) outs(%59 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %61 = tensor.empty() : tensor<2x4x16xf32>
    %62 = linalg.fill ins(%cst_0 : f32) outs(%61 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %63:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%58 : tensor<2x4x16x16xf32>) outs(%62, %60 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_45: i64):
      %119 = linalg.index 3 : index
      %120 = arith.index_cast %119 : index to i64
      %121 = arith.maximumf %in, %out : f32
      %122 = arith.cmpf ogt, %in, %out : f32
      %123 = arith.select %122, %120, %out_45 : i64
      linalg.yield %121, %123 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_32 = tensor.expand_shape %63#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %64 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %expanded_32 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.subf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.exp %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = tensor.empty() : tensor<2x4x16x1xf32>
    %67 = linalg.fill ins(%cst : f32) outs(%66 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map6, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%65 : tensor<2x4x16x16xf32>) outs(%67 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %68 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.divf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %69 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %53 [[0, 1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<8x16x16xf32>
    %70 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_35 = tensor.expand_shape %70 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_36 = linalg.transpose ins(%expanded_35 : tensor<2x4x16x16xf32>) outs(%71 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_37 = tensor.collapse_shape %transposed_36 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %72 = tensor.empty() : tensor<64x64xf32>
    %transposed_38 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%72 : tensor<64x64xf32>) permutation = [1, 0] 
    %73 = tensor.empty() : tensor<2x64x64xf32>
    %74 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_38 : tensor<64x64xf32>) outs(%73 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %75 = linalg.fill ins(%cst : f32) outs(%26 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %76 = linalg.batch_matmul ins(%collapsed_37, %74 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%75 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map8, #map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.addf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.addf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%78 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_11 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_39 = tensor.collapse_shape %80 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %81 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_39 : tensor<2x16xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78, %81 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.subf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %82 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.mulf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%83 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_11 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %cst_12 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.rsqrt %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_40 = tensor.collapse_shape %87 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %88 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_40 : tensor<2x16xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %88 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.mulf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map8, #map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.mulf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map8, #map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.addf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %92 = tensor.empty() : tensor<64x256xf32>
    %transposed_41 = linalg.transpose ins(%arg10 : tensor<256x64xf32>) outs(%92 : tensor<64x256xf32>) permutation = [1, 0] 
    %93 = tensor.empty() : tensor<2x64x256xf32>
    %94 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_41 : tensor<64x256xf32>) outs(%93 : tensor<2x64x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x256xf32>
    %95 = tensor.empty() : tensor<2x16x256xf32>
    %96 = linalg.fill ins(%cst : f32) outs(%95 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %97 = linalg.batch_matmul ins(%91, %94 : tensor<2x16x64xf32>, tensor<2x64x256xf32>) outs(%96 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %98 = linalg.generic {indexing_maps = [#map8, #map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %arg11 : tensor<2x16x256xf32>, tensor<256xf32>) outs(%95 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.addf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x256xf32>
    %99 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x256xf32>) outs(%95 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.fpowi %in, %c3_i64 : f32, i64
      %120 = arith.mulf %119, %cst_1 : f32
      %121 = arith.addf %in, %120 : f32
      %122 = arith.mulf %121, %cst_2 : f32
      %123 = math.tanh %122 : f32
      %124 = arith.addf %123, %cst_3 : f32
      %125 = arith.mulf %124, %cst_4 : f32
      %126 = arith.mulf %in, %125 : f32
      linalg.yield %126 : f32
    } -> tensor<2x16x256xf32>
    %100 = tensor.empty() : tensor<256x64xf32>
    %transposed_42 = linalg.transpose ins(%arg12 : tensor<64x256xf32>) outs(%100 : tensor<256x64xf32>) permutation = [1, 0] 
    %101 = tensor.empty() : tensor<2x256x64xf32>
    %102 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_42 : tensor<256x64xf32>) outs(%101 : tensor<2x256x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x256x64xf32>
    %103 = linalg.batch_matmul ins(%99, %102 : tensor<2x16x256xf32>, tensor<2x256x64xf32>) outs(%75 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map8, #map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.addf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78, %104 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.addf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_11 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %107 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %108 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %108 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.subf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.mulf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map8, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_11 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %cst_12 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.rsqrt %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %114 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %115 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %115 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.mulf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map8, #map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.mulf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map8, #map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %119 = arith.addf %in, %in_45 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    return %118 : tensor<2x16x64xf32>
  }
}

