// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [96]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "gpt_bigcode", "path": "turbine-iree", "shapes": "static"}
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
    %cst_1 = arith.constant 4.471500e-02 : f32
    %cst_2 = arith.constant 7.977240e-01 : f32
    %cst_3 = arith.constant 1.000000e+00 : f32
    %cst_4 = arith.constant 5.000000e-01 : f32
    %cst_5 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant 9.99999974E-6 : f32
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %105 = arith.index_cast %in : i64 to index
      %106 = linalg.index 2 : index
      %107 = arith.cmpi slt, %105, %c128 : index
      cf.assert %107, "index must be smaller than dim size"
      %108 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %108, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%105, %106] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %105 = linalg.index 0 : index
      %106 = arith.index_cast %105 : index to i64
      linalg.yield %106 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %3 [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg17 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %105 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %105 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %105 = linalg.index 0 : index
      %106 = arith.index_cast %105 : index to i64
      linalg.yield %106 : i64
    } -> tensor<2xi64>
    %expanded_11 = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13, %expanded_12 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_45: i64, %out: i1):
      %105 = arith.cmpi sle, %in, %in_45 : i64
      linalg.yield %105 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %105 = arith.andi %in, %in_45 : i1
      linalg.yield %105 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11, %expanded_13 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_45: i64, %out: i1):
      %105 = arith.cmpi slt, %in, %c0_i64 : i64
      %106 = arith.addi %in, %c2_i64 : i64
      %107 = arith.select %105, %106, %in : i64
      %108 = arith.index_cast %107 : i64 to index
      %109 = arith.cmpi slt, %in_45, %c0_i64 : i64
      %110 = arith.addi %in_45, %c16_i64 : i64
      %111 = arith.select %109, %110, %in_45 : i64
      %112 = arith.index_cast %111 : i64 to index
      %extracted = tensor.extract %5[%108, %112] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %105 = arith.andi %in, %in_45 : i1
      linalg.yield %105 : i1
    } -> tensor<2x1x16x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xf32>
    %16 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_6, %cst_5 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%15 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_45: f32, %in_46: f32, %out: f32):
      %105 = arith.select %in, %in_45, %in_46 : f32
      linalg.yield %105 : f32
    } -> tensor<2x1x16x16xf32>
    %17 = tensor.empty() : tensor<1x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x16xi64>) outs(%17 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %105 = arith.index_cast %in : i64 to index
      %106 = linalg.index 2 : index
      %107 = arith.cmpi slt, %105, %c64 : index
      cf.assert %107, "index must be smaller than dim size"
      %108 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %108, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%105, %106] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %18 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.addf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.fill ins(%cst : f32) outs(%20 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_9 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.subf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.mulf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%26 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_9 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %cst_8 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = math.rsqrt %in : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_14 = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_14 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.mulf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.mulf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.addf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_15 = tensor.collapse_shape %34 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %35 = tensor.empty() : tensor<64x96xf32>
    %transposed = linalg.transpose ins(%arg4 : tensor<96x64xf32>) outs(%35 : tensor<64x96xf32>) permutation = [1, 0] 
    %36 = tensor.empty() : tensor<32x96xf32>
    %37 = linalg.fill ins(%cst : f32) outs(%36 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %38 = linalg.matmul ins(%collapsed_15, %transposed : tensor<32x64xf32>, tensor<64x96xf32>) outs(%37 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %39 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg5, %38 : tensor<96xf32>, tensor<32x96xf32>) outs(%36 : tensor<32x96xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.addf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<32x96xf32>
    %expanded_16 = tensor.expand_shape %39 [[0, 1, 2], [3]] output_shape [2, 1, 16, 96] : tensor<32x96xf32> into tensor<2x1x16x96xf32>
    %extracted_slice = tensor.extract_slice %expanded_16[0, 0, 0, 0] [2, 1, 16, 64] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x64xf32>
    %extracted_slice_17 = tensor.extract_slice %expanded_16[0, 0, 0, 64] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %extracted_slice_18 = tensor.extract_slice %expanded_16[0, 0, 0, 80] [2, 1, 16, 16] [1, 1, 1, 1] : tensor<2x1x16x96xf32> to tensor<2x1x16x16xf32>
    %collapsed_19 = tensor.collapse_shape %extracted_slice [[0], [1, 2], [3]] : tensor<2x1x16x64xf32> into tensor<2x16x64xf32>
    %expanded_20 = tensor.expand_shape %collapsed_19 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %40 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %41 = tensor.empty() : tensor<2x1x4x16x16xf32>
    %42 = linalg.generic {indexing_maps = [#map15, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_17 : tensor<2x1x16x16xf32>) outs(%41 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %collapsed_22 = tensor.collapse_shape %42 [[0], [1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<2x4x16x16xf32>
    %43 = linalg.generic {indexing_maps = [#map15, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_18 : tensor<2x1x16x16xf32>) outs(%41 : tensor<2x1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x4x16x16xf32>
    %transposed_23 = linalg.transpose ins(%collapsed_22 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_24 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %44 = tensor.empty() : tensor<8x16x16xf32>
    %45 = linalg.fill ins(%cst : f32) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %46 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%45 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %46 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_26 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.mulf %in, %cst_10 : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x16xf32>
    %48 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %16 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.addf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x16xf32>
    %49 = tensor.empty() : tensor<2x4x16xi64>
    %50 = linalg.fill ins(%c0_i64 : i64) outs(%49 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %51 = tensor.empty() : tensor<2x4x16xf32>
    %52 = linalg.fill ins(%cst_0 : f32) outs(%51 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %53:2 = linalg.generic {indexing_maps = [#map6, #map18, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%48 : tensor<2x4x16x16xf32>) outs(%52, %50 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_45: i64):
      %105 = linalg.index 3 : index
      %106 = arith.index_cast %105 : index to i64
      %107 = arith.maximumf %in, %out : f32
      %108 = arith.cmpf ogt, %in, %out : f32
      %109 = arith.select %108, %106, %out_45 : i64
      linalg.yield %107, %109 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_27 = tensor.expand_shape %53#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %expanded_27 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.subf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = math.exp %in : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = tensor.empty() : tensor<2x4x16x1xf32>
    %57 = linalg.fill ins(%cst : f32) outs(%56 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%55 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x1xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %58 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.divf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %43 [[0, 1, 2], [3], [4]] : tensor<2x1x4x16x16xf32> into tensor<8x16x16xf32>
    %60 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%45 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_30 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %61 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %62 = tensor.empty() : tensor<64x64xf32>
    %transposed_33 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%62 : tensor<64x64xf32>) permutation = [1, 0] 
    %63 = tensor.empty() : tensor<32x64xf32>
    %64 = linalg.fill ins(%cst : f32) outs(%63 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %65 = linalg.matmul ins(%collapsed_32, %transposed_33 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%64 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %66 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg7, %65 : tensor<64xf32>, tensor<32x64xf32>) outs(%63 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.addf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<32x64xf32>
    %expanded_34 = tensor.expand_shape %66 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_34, %19 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.addf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%67 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_9 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_35 = tensor.collapse_shape %69 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %70 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.subf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %71 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.mulf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%72 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_9 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %cst_8 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = math.rsqrt %in : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_36 = tensor.collapse_shape %76 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %77 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.mulf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.mulf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.addf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_37 = tensor.collapse_shape %80 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %81 = tensor.empty() : tensor<64x256xf32>
    %transposed_38 = linalg.transpose ins(%arg10 : tensor<256x64xf32>) outs(%81 : tensor<64x256xf32>) permutation = [1, 0] 
    %82 = tensor.empty() : tensor<32x256xf32>
    %83 = linalg.fill ins(%cst : f32) outs(%82 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %84 = linalg.matmul ins(%collapsed_37, %transposed_38 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%83 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %85 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg11, %84 : tensor<256xf32>, tensor<32x256xf32>) outs(%82 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.addf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<32x256xf32>
    %expanded_39 = tensor.expand_shape %85 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %86 = tensor.empty() : tensor<2x16x256xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<2x16x256xf32>) outs(%86 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = math.fpowi %in, %c3_i64 : f32, i64
      %106 = arith.mulf %105, %cst_1 : f32
      %107 = arith.addf %in, %106 : f32
      %108 = arith.mulf %107, %cst_2 : f32
      %109 = math.tanh %108 : f32
      %110 = arith.addf %109, %cst_3 : f32
      %111 = arith.mulf %110, %cst_4 : f32
      %112 = arith.mulf %in, %111 : f32
      linalg.yield %112 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_40 = tensor.collapse_shape %87 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %88 = tensor.empty() : tensor<256x64xf32>
    %transposed_41 = linalg.transpose ins(%arg12 : tensor<64x256xf32>) outs(%88 : tensor<256x64xf32>) permutation = [1, 0] 
    %89 = linalg.matmul ins(%collapsed_40, %transposed_41 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%64 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %90 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg13, %89 : tensor<64xf32>, tensor<32x64xf32>) outs(%63 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.addf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<32x64xf32>
    %expanded_42 = tensor.expand_shape %90 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67, %expanded_42 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.addf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%91 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_9 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %93 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.subf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %95 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.mulf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%96 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_9 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %cst_8 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = math.rsqrt %in : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %100 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %101 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.mulf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.mulf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %105 = arith.addf %in, %in_45 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    return %104 : tensor<2x16x64xf32>
  }
}

