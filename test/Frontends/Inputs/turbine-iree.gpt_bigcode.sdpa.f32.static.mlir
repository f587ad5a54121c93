// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [96]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "gpt_bigcode", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map11 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map12 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map13 = affine_map<(d0, d1, d2) -> (d2)>
#map14 = affine_map<(d0, d1) -> (d1)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map16 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map19 = affine_map<(d0, d1, d2) -> (d1, d2)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<96x64xf32>, %arg5: tensor<96xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<256x64xf32>, %arg11: tensor<256xf32>, %arg12: tensor<64x256xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<2x16xi64>, %arg17: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c3_i64 = arith.constant 3 : i64
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %false = arith.constant false
    %cst_1 = arith.constant 4.471500e-02 : f32
    %cst_2 = arith.constant 7.977240e-01 : f32
    %cst_3 = arith.constant 1.000000e+00 : f32
    %cst_4 = arith.constant 5.000000e-01 : f32
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_7 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_8 = arith.constant dense<true> : tensor<i1>
    %cst_9 = arith.constant 0xFF800000 : f32
    %cst_10 = arith.constant 9.99999974E-6 : f32
    %cst_11 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %117 = arith.index_cast %in : i64 to index
      %118 = linalg.index 2 : index
      %119 = arith.cmpi slt, %117, %c128 : index
      cf.assert %119, "index must be smaller than dim size"
      %120 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %120, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%117, %118] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %117 = linalg.index 0 : index
      %118 = arith.index_cast %117 : index to i64
      linalg.yield %118 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %3 [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg17 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %117 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %117 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %117 = linalg.index 0 : index
      %118 = arith.index_cast %117 : index to i64
      linalg.yield %118 : i64
    } -> tensor<2xi64>
    %expanded_12 = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_14 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14, %expanded_13 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_45: i64, %out: i1):
      %117 = arith.cmpi sle, %in, %in_45 : i64
      linalg.yield %117 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_8, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %117 = arith.andi %in, %in_45 : i1
      linalg.yield %117 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12, %expanded_14 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_45: i64, %out: i1):
      %117 = arith.cmpi slt, %in, %c0_i64 : i64
      %118 = arith.addi %in, %c2_i64 : i64
      %119 = arith.select %117, %118, %in : i64
      %120 = arith.index_cast %119 : i64 to index
      %121 = arith.cmpi slt, %in_45, %c0_i64 : i64
      %122 = arith.addi %in_45, %c16_i64 : i64
      %123 = arith.select %121, %122, %in_45 : i64
      %124 = arith.index_cast %123 : i64 to index
      %extracted = tensor.extract %5[%120, %124] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %117 = arith.andi %in, %in_45 : i1
      linalg.yield %117 : i1
    } -> tensor<2x1x16x16xi1>
    %15 = tensor.empty() : tensor<1x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x16xi64>) outs(%15 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %117 = arith.index_cast %in : i64 to index
      %118 = linalg.index 2 : index
      %119 = arith.cmpi slt, %117, %c64 : index
      cf.assert %119, "index must be smaller than dim size"
      %120 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %120, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%117, %118] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %16 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.fill ins(%cst : f32) outs(%18 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %21 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %22 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.subf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_15 = tensor.collapse_shape %28 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %29 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_15 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %29 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_16 = tensor.collapse_shape %32 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %33 = tensor.empty() : tensor<64x96xf32>
    %transposed = linalg.transpose ins(%arg4 : tensor<96x64xf32>) outs(%33 : tensor<64x96xf32>) permutation = [1, 0] 
    %34 = tensor.empty() : tensor<32x96xf32>
    %35 = linalg.fill ins(%cst : f32) outs(%34 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %36 = linalg.matmul ins(%collapsed_16, %transposed : tensor<32x64xf32>, tensor<64x96xf32>) outs(%35 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %37 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg5, %36 : tensor<96xf32>, tensor<32x96xf32>) outs(%34 : tensor<32x96xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<32x96xf32>
    %expanded_17 = tensor.expand_shape %37 [[0, 1, 2], [3]] output_shape [2, 1, 16, 96] : tensor<32x96xf32> into tensor<2x1x16x96xf32>
    %extracted_slice = tensor.extract_slice %expanded_17[0, 0, 0, 0] [2, 1, 16, 64] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x64xf32>
    %extracted_slice_18 = tensor.extract_slice %expanded_17[0, 0, 0, 64] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %extracted_slice_19 = tensor.extract_slice %expanded_17[0, 0, 0, 80] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %collapsed_20 = tensor.collapse_shape %extracted_slice [[0], [1, 2], [3]] : tensor<2x1x16x64xf32> into tensor<2x16x64xf32>
    %expanded_21 = tensor.expand_shape %collapsed_20 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %38 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %39 = tensor.empty() : tensor<2x1x4x16x16xf32>
    %40 = linalg.generic {indexing_maps = [#map15, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_18 : tensor<2x1x16x16xf32>) outs(%39 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %40 [[0], [1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<2x4x16x16xf32>
    %41 = linalg.generic {indexing_maps = [#map15, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_19 : tensor<2x1x16x16xf32>) outs(%39 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %42 = tensor.empty() : tensor<2x1x16x16xf32>
    %43 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_6, %cst_7 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%42 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_45: f32, %in_46: f32, %out: f32):
      %117 = arith.select %in, %in_45, %in_46 : f32
      linalg.yield %117 : f32
    } -> tensor<2x1x16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_22 : tensor<2x4x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.mulf %in, %cst_4 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%collapsed_23 : tensor<2x4x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %45 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<2x4x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.mulf %in, %cst_4 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %44 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %45 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %46 = tensor.empty() : tensor<8x16x16xf32>
    %47 = linalg.fill ins(%cst : f32) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %48 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_27 = tensor.expand_shape %48 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27, %43 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %50 = tensor.empty() : tensor<2x4x16xi64>
    %51 = linalg.fill ins(%c0_i64 : i64) outs(%50 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %52 = tensor.empty() : tensor<2x4x16xf32>
    %53 = linalg.fill ins(%cst_0 : f32) outs(%52 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %54:2 = linalg.generic {indexing_maps = [#map6, #map18, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%49 : tensor<2x4x16x16xf32>) outs(%53, %51 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_45: i64):
      %117 = linalg.index 3 : index
      %118 = arith.index_cast %117 : index to i64
      %119 = arith.maximumf %in, %out : f32
      %120 = arith.cmpf ogt, %in, %out : f32
      %121 = arith.select %120, %118, %out_45 : i64
      linalg.yield %119, %121 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_28 = tensor.expand_shape %54#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %expanded_28 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.subf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55 : tensor<2x4x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.exp %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x4x16x1xf32>
    %58 = linalg.fill ins(%cst : f32) outs(%57 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%56 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x1xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %59 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.divf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %61 = tensor.empty() : tensor<2x4x16x16xi1>
    %62 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %117 = arith.cmpf oeq, %in, %cst_9 : f32
      linalg.yield %117 : i1
    } -> tensor<2x4x16x16xi1>
    %63 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<2x4x16x16xi1>) outs(%61 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %117 = arith.cmpi eq, %in, %false : i1
      linalg.yield %117 : i1
    } -> tensor<2x4x16x16xi1>
    %64 = tensor.empty() : tensor<2x4x16x1xi1>
    %65 = linalg.fill ins(%false : i1) outs(%64 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %66 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x16x16xi1>) outs(%65 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %117 = arith.ori %in, %out : i1
      linalg.yield %117 : i1
    } -> tensor<2x4x16x1xi1>
    %67 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66 : tensor<2x4x16x1xi1>) outs(%64 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %117 = arith.cmpi eq, %in, %false : i1
      linalg.yield %117 : i1
    } -> tensor<2x4x16x1xi1>
    %68 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %cst_5, %60 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_45: f32, %in_46: f32, %out: f32):
      %117 = arith.select %in, %in_45, %in_46 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %68 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %41 [[0, 1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<8x16x16xf32>
    %69 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_31 = tensor.expand_shape %69 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %71 = tensor.empty() : tensor<64x64xf32>
    %transposed_34 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%71 : tensor<64x64xf32>) permutation = [1, 0] 
    %72 = tensor.empty() : tensor<2x64x64xf32>
    %73 = linalg.generic {indexing_maps = [#map19, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_34 : tensor<64x64xf32>) outs(%72 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %74 = linalg.fill ins(%cst : f32) outs(%0 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %75 = linalg.batch_matmul ins(%collapsed_33, %73 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%74 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %17 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%77 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_35 = tensor.collapse_shape %79 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %80 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %80 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.subf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %81 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%82 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_36 = tensor.collapse_shape %86 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %87 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_37 = tensor.collapse_shape %90 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %91 = tensor.empty() : tensor<64x256xf32>
    %transposed_38 = linalg.transpose ins(%arg10 : tensor<256x64xf32>) outs(%91 : tensor<64x256xf32>) permutation = [1, 0] 
    %92 = tensor.empty() : tensor<32x256xf32>
    %93 = linalg.fill ins(%cst : f32) outs(%92 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %94 = linalg.matmul ins(%collapsed_37, %transposed_38 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%93 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %95 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg11, %94 : tensor<256xf32>, tensor<32x256xf32>) outs(%92 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<32x256xf32>
    %expanded_39 = tensor.expand_shape %95 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %96 = tensor.empty() : tensor<2x16x256xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<2x16x256xf32>) outs(%96 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.fpowi %in, %c3_i64 : f32, i64
      %118 = arith.mulf %117, %cst_1 : f32
      %119 = arith.addf %in, %118 : f32
      %120 = arith.mulf %119, %cst_2 : f32
      %121 = math.tanh %120 : f32
      %122 = arith.addf %121, %cst_3 : f32
      %123 = arith.mulf %122, %cst_4 : f32
      %124 = arith.mulf %in, %123 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_40 = tensor.collapse_shape %97 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %98 = tensor.empty() : tensor<256x64xf32>
    %transposed_41 = linalg.transpose ins(%arg12 : tensor<64x256xf32>) outs(%98 : tensor<256x64xf32>) permutation = [1, 0] 
    %99 = tensor.empty() : tensor<32x64xf32>
    %100 = linalg.fill ins(%cst : f32) outs(%99 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %101 = linalg.matmul ins(%collapsed_40, %transposed_41 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%100 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %102 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg13, %101 : tensor<64xf32>, tensor<32x64xf32>) outs(%99 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %expanded_42 = tensor.expand_shape %102 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %expanded_42 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%103 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %105 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %106 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.subf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %107 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %112 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %113 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %113 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    return %116 : tensor<2x16x64xf32>
  }
}

