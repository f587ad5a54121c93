// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [96]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "gpt_bigcode", "path": "tm-linalg", "shapes": "static"}
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
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<96x64xf32>, %arg5: tensor<96xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<256x64xf32>, %arg11: tensor<256xf32>, %arg12: tensor<64x256xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<2x16xi64>, %arg17: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %c3_i64 = arith.constant 3 : i64
    %cst_2 = arith.constant 4.471500e-02 : f32
    %cst_3 = arith.constant 7.977240e-01 : f32
    %cst_4 = arith.constant 1.000000e+00 : f32
    %cst_5 = arith.constant 5.000000e-01 : f32
    %cst_6 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_7 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_8 = arith.constant dense<true> : tensor<i1>
    %cst_9 = arith.constant 1.000000e-05 : f64
    %cst_10 = arith.constant 6.400000e+01 : f64
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant 2.500000e-01 : f32
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
    %expanded_13 = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15, %expanded_14 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_41: i64, %out: i1):
      %117 = arith.cmpi sle, %in, %in_41 : i64
      linalg.yield %117 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_8, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_41: i1, %out: i1):
      %117 = arith.andi %in, %in_41 : i1
      linalg.yield %117 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_41: i64, %out: i1):
      %117 = arith.cmpi slt, %in, %c0_i64 : i64
      %118 = arith.addi %in, %c2_i64 : i64
      %119 = arith.select %117, %118, %in : i64
      %120 = arith.index_cast %119 : i64 to index
      %121 = arith.cmpi slt, %in_41, %c0_i64 : i64
      %122 = arith.addi %in_41, %c16_i64 : i64
      %123 = arith.select %121, %122, %in_41 : i64
      %124 = arith.index_cast %123 : i64 to index
      %extracted = tensor.extract %5[%120, %124] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_41: i1, %out: i1):
      %117 = arith.andi %in, %in_41 : i1
      linalg.yield %117 : i1
    } -> tensor<2x1x16x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xf32>
    %16 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_7, %cst_6 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%15 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_41: f32, %in_42: f32, %out: f32):
      %117 = arith.select %in, %in_41, %in_42 : f32
      linalg.yield %117 : f32
    } -> tensor<2x1x16x16xf32>
    %17 = tensor.empty() : tensor<1x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x16xi64>) outs(%17 : tensor<1x16x64xf32>) {
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
    %19 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %18 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.addf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %20 = tensor.empty() : tensor<2x16x64xf64>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x64xf32>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %117 = arith.extf %in : f32 to f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %22 = tensor.empty() : tensor<2x16x1xf64>
    %23 = linalg.fill ins(%cst : f64) outs(%22 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %24 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%21 : tensor<2x16x64xf64>) outs(%23 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_10 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %26 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %25 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %117 = arith.subf %in, %in_41 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %27 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %26 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %117 = arith.mulf %in, %in_41 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %28 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%27 : tensor<2x16x64xf64>) outs(%23 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_10 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %30 = tensor.empty() : tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf64>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %117 = arith.truncf %in : f64 to f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.fill ins(%cst_0 : f32) outs(%30 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.truncf %cst_9 : f64 to f32
      %118 = arith.addf %in, %117 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %34 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.subf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %36 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.mulf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.mulf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.addf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %40 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %41 = tensor.empty() : tensor<64x96xf32>
    %transposed = linalg.transpose ins(%arg4 : tensor<96x64xf32>) outs(%41 : tensor<64x96xf32>) permutation = [1, 0] 
    %42 = tensor.empty() : tensor<32x96xf32>
    %43 = linalg.fill ins(%cst_0 : f32) outs(%42 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %44 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x96xf32>) outs(%43 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %45 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel"]} ins(%44, %arg5 : tensor<32x96xf32>, tensor<96xf32>) outs(%42 : tensor<32x96xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.addf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<32x96xf32>
    %expanded_16 = tensor.expand_shape %45 [[0, 1, 2], [3]] output_shape [2, 1, 16, 96] : tensor<32x96xf32> into tensor<2x1x16x96xf32>
    %extracted_slice = tensor.extract_slice %expanded_16[0, 0, 0, 0] [2, 1, 16, 64] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x64xf32>
    %extracted_slice_17 = tensor.extract_slice %expanded_16[0, 0, 0, 64] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %extracted_slice_18 = tensor.extract_slice %expanded_16[0, 0, 0, 80] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %collapsed_19 = tensor.collapse_shape %extracted_slice [[0], [1, 2], [3]] : tensor<2x1x16x64xf32> into tensor<2x16x64xf32>
    %expanded_20 = tensor.expand_shape %collapsed_19 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %46 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %47 = tensor.empty() : tensor<2x1x4x16x16xf32>
    %48 = linalg.generic {indexing_maps = [#map15, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_17 : tensor<2x1x16x16xf32>) outs(%47 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %collapsed_22 = tensor.collapse_shape %48 [[0], [1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<2x4x16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map15, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_18 : tensor<2x1x16x16xf32>) outs(%47 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %transposed_23 = linalg.transpose ins(%collapsed_22 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_24 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %50 = tensor.empty() : tensor<8x16x16xf32>
    %51 = linalg.fill ins(%cst_0 : f32) outs(%50 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %52 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%51 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %52 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_26 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.mulf %in, %cst_12 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %16 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.addf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %55 = tensor.empty() : tensor<2x4x16xi64>
    %56 = linalg.fill ins(%c0_i64 : i64) outs(%55 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %57 = tensor.empty() : tensor<2x4x16xf32>
    %58 = linalg.fill ins(%cst_1 : f32) outs(%57 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %59:2 = linalg.generic {indexing_maps = [#map6, #map18, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%54 : tensor<2x4x16x16xf32>) outs(%58, %56 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_41: i64):
      %117 = linalg.index 3 : index
      %118 = arith.index_cast %117 : index to i64
      %119 = arith.maximumf %in, %out : f32
      %120 = arith.cmpf ogt, %in, %out : f32
      %121 = arith.select %120, %118, %out_41 : i64
      linalg.yield %119, %121 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_27 = tensor.expand_shape %59#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %expanded_27 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.subf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.exp %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %62 = tensor.empty() : tensor<2x4x16x1xf32>
    %63 = linalg.fill ins(%cst_0 : f32) outs(%62 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %64 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%61 : tensor<2x4x16x16xf32>) outs(%63 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %64 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.divf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %65 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %49 [[0, 1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<8x16x16xf32>
    %66 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%51 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_30 = tensor.expand_shape %66 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %67 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<2x4x16x16xf32>) outs(%67 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %68 = tensor.empty() : tensor<64x64xf32>
    %transposed_33 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%68 : tensor<64x64xf32>) permutation = [1, 0] 
    %69 = tensor.empty() : tensor<32x64xf32>
    %70 = linalg.fill ins(%cst_0 : f32) outs(%69 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %71 = linalg.matmul ins(%collapsed_32, %transposed_33 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%70 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %72 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel"]} ins(%71, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%69 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.addf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %expanded_34 = tensor.expand_shape %72 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_34, %19 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.addf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x64xf32>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %117 = arith.extf %in : f32 to f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %75 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%74 : tensor<2x16x64xf64>) outs(%23 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_10 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %77 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %76 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %117 = arith.subf %in, %in_41 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %78 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %77 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %117 = arith.mulf %in, %in_41 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %79 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%78 : tensor<2x16x64xf64>) outs(%23 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %80 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_10 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf64>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %117 = arith.truncf %in : f64 to f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%73 : tensor<2x16x64xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.truncf %cst_9 : f64 to f32
      %118 = arith.addf %in, %117 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %83 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.subf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %85 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.mulf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.mulf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.addf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_35 = tensor.collapse_shape %89 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %90 = tensor.empty() : tensor<64x256xf32>
    %transposed_36 = linalg.transpose ins(%arg10 : tensor<256x64xf32>) outs(%90 : tensor<64x256xf32>) permutation = [1, 0] 
    %91 = tensor.empty() : tensor<32x256xf32>
    %92 = linalg.fill ins(%cst_0 : f32) outs(%91 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %93 = linalg.matmul ins(%collapsed_35, %transposed_36 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%92 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %94 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel"]} ins(%93, %arg11 : tensor<32x256xf32>, tensor<256xf32>) outs(%91 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.addf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<32x256xf32>
    %expanded_37 = tensor.expand_shape %94 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %95 = tensor.empty() : tensor<2x16x256xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x16x256xf32>) outs(%95 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.fpowi %in, %c3_i64 : f32, i64
      %118 = arith.mulf %117, %cst_2 : f32
      %119 = arith.addf %in, %118 : f32
      %120 = arith.mulf %119, %cst_3 : f32
      %121 = math.tanh %120 : f32
      %122 = arith.addf %121, %cst_4 : f32
      %123 = arith.mulf %122, %cst_5 : f32
      %124 = arith.mulf %in, %123 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_38 = tensor.collapse_shape %96 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %97 = tensor.empty() : tensor<256x64xf32>
    %transposed_39 = linalg.transpose ins(%arg12 : tensor<64x256xf32>) outs(%97 : tensor<256x64xf32>) permutation = [1, 0] 
    %98 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%70 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %99 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel"]} ins(%98, %arg13 : tensor<32x64xf32>, tensor<64xf32>) outs(%69 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.addf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %expanded_40 = tensor.expand_shape %99 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %expanded_40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.addf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x64xf32>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %117 = arith.extf %in : f32 to f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %102 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<2x16x64xf64>) outs(%23 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_10 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %104 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %103 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %117 = arith.subf %in, %in_41 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %104 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%20 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %117 = arith.mulf %in, %in_41 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %106 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf64>) outs(%23 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_10 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf64>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %117 = arith.truncf %in : f64 to f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%100 : tensor<2x16x64xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.truncf %cst_9 : f64 to f32
      %118 = arith.addf %in, %117 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %110 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.subf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %112 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.mulf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.mulf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %117 = arith.addf %in, %in_41 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    return %116 : tensor<2x16x64xf32>
  }
}
