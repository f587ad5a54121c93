// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 192]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 192]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "gpt2", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map12 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map13 = affine_map<(d0, d1, d2) -> (d2)>
#map14 = affine_map<(d0, d1) -> (d1)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x192xf32>, %arg5: tensor<192xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x256xf32>, %arg11: tensor<256xf32>, %arg12: tensor<256x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64x192xf32>, %arg17: tensor<192xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x256xf32>, %arg23: tensor<256xf32>, %arg24: tensor<256x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<2x16xi64>, %arg29: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c3_i64 = arith.constant 3 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c128 = arith.constant 128 : index
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<true> : tensor<i1>
    %cst_4 = arith.constant 0.797884523 : f32
    %cst_5 = arith.constant 4.471500e-02 : f32
    %cst_6 = arith.constant 9.99999974E-6 : f32
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 1.000000e+00 : f32
    %cst_9 = arith.constant 2.500000e-01 : f32
    %cst_10 = arith.constant 5.000000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg28 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %158 = arith.index_cast %in : i64 to index
      %159 = linalg.index 2 : index
      %160 = arith.cmpi slt, %158, %c128 : index
      cf.assert %160, "index must be smaller than dim size"
      %161 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %161, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%158, %159] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %158 = linalg.index 0 : index
      %159 = arith.index_cast %158 : index to i64
      linalg.yield %159 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %3 [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
    %4 = tensor.empty() : tensor<1x16x64xf32>
    %5 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x16xi64>) outs(%4 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %158 = arith.index_cast %in : i64 to index
      %159 = linalg.index 2 : index
      %160 = arith.cmpi slt, %158, %c64 : index
      cf.assert %160, "index must be smaller than dim size"
      %161 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %161, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%158, %159] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %5 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<2x16xi1>
    %8 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg29 : tensor<2x16xi64>) outs(%7 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %158 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %158 : i1
    } -> tensor<2x16xi1>
    %9 = tensor.empty() : tensor<2xi64>
    %10 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%9 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %158 = linalg.index 0 : index
      %159 = arith.index_cast %158 : index to i64
      linalg.yield %159 : i64
    } -> tensor<2xi64>
    %expanded_11 = tensor.expand_shape %10 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %11 = tensor.empty() : tensor<1x1x16x16xi1>
    %12 = linalg.generic {indexing_maps = [#map5, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13, %expanded_12 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%11 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_71: i64, %out: i1):
      %158 = arith.cmpi sle, %in, %in_71 : i64
      linalg.yield %158 : i1
    } -> tensor<1x1x16x16xi1>
    %13 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_3, %12 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%11 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_71: i1, %out: i1):
      %158 = arith.andi %in, %in_71 : i1
      linalg.yield %158 : i1
    } -> tensor<1x1x16x16xi1>
    %14 = tensor.empty() : tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11, %expanded_13 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%14 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_71: i64, %out: i1):
      %158 = arith.cmpi slt, %in, %c0_i64 : i64
      %159 = arith.addi %in, %c2_i64 : i64
      %160 = arith.select %158, %159, %in : i64
      %161 = arith.index_cast %160 : i64 to index
      %162 = arith.cmpi slt, %in_71, %c0_i64 : i64
      %163 = arith.addi %in_71, %c16_i64 : i64
      %164 = arith.select %162, %163, %in_71 : i64
      %165 = arith.index_cast %164 : i64 to index
      %extracted = tensor.extract %8[%161, %165] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %16 = tensor.empty() : tensor<2x1x16x16xi1>
    %17 = linalg.generic {indexing_maps = [#map11, #map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %15 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%16 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_71: i1, %out: i1):
      %158 = arith.andi %in, %in_71 : i1
      linalg.yield %158 : i1
    } -> tensor<2x1x16x16xi1>
    %18 = tensor.empty() : tensor<2x1x16x16xf32>
    %19 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %cst_2, %cst_1 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%18 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_71: f32, %in_72: f32, %out: f32):
      %158 = arith.select %in, %in_71, %in_72 : f32
      linalg.yield %158 : f32
    } -> tensor<2x1x16x16xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.fill ins(%cst : f32) outs(%20 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_7 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.subf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%26 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_7 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %cst_6 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.rsqrt %in : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_14 = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_14 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_15 = tensor.collapse_shape %34 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %35 = tensor.empty() : tensor<32x192xf32>
    %36 = linalg.fill ins(%cst : f32) outs(%35 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %37 = linalg.matmul ins(%collapsed_15, %arg4 : tensor<32x64xf32>, tensor<64x192xf32>) outs(%36 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %38 = linalg.generic {indexing_maps = [#map14, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg5, %37 : tensor<192xf32>, tensor<32x192xf32>) outs(%35 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<32x192xf32>
    %expanded_16 = tensor.expand_shape %38 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice = tensor.extract_slice %expanded_16[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_17 = tensor.extract_slice %expanded_16[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_18 = tensor.extract_slice %expanded_16[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_19 = tensor.expand_shape %extracted_slice_17 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %39 = tensor.empty() : tensor<2x4x16x16xf32>
    %expanded_20 = tensor.expand_shape %extracted_slice_18 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_21 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_24 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %40 = tensor.empty() : tensor<8x16x16xf32>
    %41 = linalg.fill ins(%cst : f32) outs(%40 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %42 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%41 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %42 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %43 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_26 : tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.mulf %in, %cst_9 : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %19 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x16xf32>
    %45 = tensor.empty() : tensor<2x4x16xi64>
    %46 = linalg.fill ins(%c0_i64 : i64) outs(%45 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %47 = tensor.empty() : tensor<2x4x16xf32>
    %48 = linalg.fill ins(%cst_0 : f32) outs(%47 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %49:2 = linalg.generic {indexing_maps = [#map7, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%44 : tensor<2x4x16x16xf32>) outs(%48, %46 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_71: i64):
      %158 = linalg.index 3 : index
      %159 = arith.index_cast %158 : index to i64
      %160 = arith.maximumf %in, %out : f32
      %161 = arith.cmpf ogt, %in, %out : f32
      %162 = arith.select %161, %159, %out_71 : i64
      linalg.yield %160, %162 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_27 = tensor.expand_shape %49#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %50 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %expanded_27 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.subf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50 : tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.exp %in : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = tensor.empty() : tensor<2x4x16x1xf32>
    %53 = linalg.fill ins(%cst : f32) outs(%52 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %54 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%51 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x1xf32>
    %55 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %54 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.divf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %55 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %transposed [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %56 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%41 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_30 = tensor.expand_shape %56 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %58 = tensor.empty() : tensor<32x64xf32>
    %59 = linalg.fill ins(%cst : f32) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %60 = linalg.matmul ins(%collapsed_32, %arg6 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%59 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %61 = linalg.generic {indexing_maps = [#map14, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg7, %60 : tensor<64xf32>, tensor<32x64xf32>) outs(%58 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<32x64xf32>
    %expanded_33 = tensor.expand_shape %61 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %62 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_33, %6 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%62 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_7 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_34 = tensor.collapse_shape %64 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62, %65 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.subf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66, %66 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%67 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_7 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %cst_6 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.rsqrt %in : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_35 = tensor.collapse_shape %71 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %72 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66, %72 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_36 = tensor.collapse_shape %75 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %76 = tensor.empty() : tensor<32x256xf32>
    %77 = linalg.fill ins(%cst : f32) outs(%76 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %78 = linalg.matmul ins(%collapsed_36, %arg10 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%77 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %79 = linalg.generic {indexing_maps = [#map14, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg11, %78 : tensor<256xf32>, tensor<32x256xf32>) outs(%76 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<32x256xf32>
    %expanded_37 = tensor.expand_shape %79 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %80 = tensor.empty() : tensor<2x16x256xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.mulf %in, %cst_10 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.mulf %in, %cst_5 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37, %83 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.mulf %in, %cst_4 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.tanh %in : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %cst_8 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %87 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_38 = tensor.collapse_shape %88 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %89 = linalg.matmul ins(%collapsed_38, %arg12 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%59 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %90 = linalg.generic {indexing_maps = [#map14, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg13, %89 : tensor<64xf32>, tensor<32x64xf32>) outs(%58 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<32x64xf32>
    %expanded_39 = tensor.expand_shape %90 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62, %expanded_39 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%91 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_7 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_40 = tensor.collapse_shape %93 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_40 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.subf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %95 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%96 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_7 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %cst_6 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.rsqrt %in : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %100 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %101 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_42 = tensor.collapse_shape %104 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %105 = linalg.matmul ins(%collapsed_42, %arg16 : tensor<32x64xf32>, tensor<64x192xf32>) outs(%36 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %106 = linalg.generic {indexing_maps = [#map14, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg17, %105 : tensor<192xf32>, tensor<32x192xf32>) outs(%35 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<32x192xf32>
    %expanded_43 = tensor.expand_shape %106 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice_44 = tensor.extract_slice %expanded_43[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_45 = tensor.extract_slice %expanded_43[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_46 = tensor.extract_slice %expanded_43[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_47 = tensor.expand_shape %extracted_slice_45 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_48 = tensor.expand_shape %extracted_slice_46 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_49 = linalg.transpose ins(%expanded_48 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_50 = tensor.expand_shape %extracted_slice_44 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_51 = linalg.transpose ins(%expanded_50 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_52 = linalg.transpose ins(%expanded_47 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_53 = tensor.collapse_shape %transposed_51 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_54 = tensor.collapse_shape %transposed_52 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %107 = linalg.batch_matmul ins(%collapsed_53, %collapsed_54 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%41 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_55 = tensor.expand_shape %107 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %108 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_55 : tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.mulf %in, %cst_9 : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x16xf32>
    %109 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%108, %19 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x16xf32>
    %110:2 = linalg.generic {indexing_maps = [#map7, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%109 : tensor<2x4x16x16xf32>) outs(%48, %46 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_71: i64):
      %158 = linalg.index 3 : index
      %159 = arith.index_cast %158 : index to i64
      %160 = arith.maximumf %in, %out : f32
      %161 = arith.cmpf ogt, %in, %out : f32
      %162 = arith.select %161, %159, %out_71 : i64
      linalg.yield %160, %162 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_56 = tensor.expand_shape %110#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%109, %expanded_56 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.subf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x16xf32>
    %112 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%111 : tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.exp %in : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x16xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%112 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%112, %113 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.divf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_57 = tensor.collapse_shape %114 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_58 = tensor.collapse_shape %transposed_49 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %115 = linalg.batch_matmul ins(%collapsed_57, %collapsed_58 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%41 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_59 = tensor.expand_shape %115 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_60 = linalg.transpose ins(%expanded_59 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_61 = tensor.collapse_shape %transposed_60 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %116 = linalg.matmul ins(%collapsed_61, %arg18 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%59 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %117 = linalg.generic {indexing_maps = [#map14, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg19, %116 : tensor<64xf32>, tensor<32x64xf32>) outs(%58 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<32x64xf32>
    %expanded_62 = tensor.expand_shape %117 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_62, %91 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%118 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_7 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_63 = tensor.collapse_shape %120 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %121 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_63 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %121 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.subf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %122 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%123 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_7 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %cst_6 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.rsqrt %in : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_64 = tensor.collapse_shape %127 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %128 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_64 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %128 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130, %arg21 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_65 = tensor.collapse_shape %131 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %132 = linalg.matmul ins(%collapsed_65, %arg22 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%77 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %133 = linalg.generic {indexing_maps = [#map14, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg23, %132 : tensor<256xf32>, tensor<32x256xf32>) outs(%76 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<32x256xf32>
    %expanded_66 = tensor.expand_shape %133 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_66 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.mulf %in, %cst_10 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_66 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.mulf %in, %cst_5 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_66, %136 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.mulf %in, %cst_4 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.tanh %in : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %cst_8 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %140 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%80 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_67 = tensor.collapse_shape %141 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %142 = linalg.matmul ins(%collapsed_67, %arg24 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%59 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %143 = linalg.generic {indexing_maps = [#map14, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg25, %142 : tensor<64xf32>, tensor<32x64xf32>) outs(%58 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<32x64xf32>
    %expanded_68 = tensor.expand_shape %143 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %expanded_68 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%144 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_7 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_69 = tensor.collapse_shape %146 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %147 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_69 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %147 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.subf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %148 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%149 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_7 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %cst_6 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.rsqrt %in : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_70 = tensor.collapse_shape %153 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %154 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_70 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %154 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %arg26 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.mulf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156, %arg27 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %158 = arith.addf %in, %in_71 : f32
      linalg.yield %158 : f32
    } -> tensor<2x16x64xf32>
    return %157 : tensor<2x16x64xf32>
  }
}

