// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "clip_text", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0) -> (d0)>
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
#map17 = affine_map<(d0, d1, d2) -> (d1, d2)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c64 = arith.constant 64 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %false = arith.constant false
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant 1.7019999 : f32
    %cst_7 = arith.constant 0xFF800000 : f32
    %cst_8 = arith.constant 9.99999974E-6 : f32
    %cst_9 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 5.000000e-01 : f32
    %extracted_slice = tensor.extract_slice %cst_9[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
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
    %2 = tensor.empty() : tensor<1x16x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%2 : tensor<1x16x64xf32>) {
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
    %4 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %3 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %5 = tensor.empty() : tensor<2x16xi1>
    %6 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %117 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %117 : i1
    } -> tensor<2x16xi1>
    %7 = tensor.empty() : tensor<2xi64>
    %8 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel"]} outs(%7 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %117 = linalg.index 0 : index
      %118 = arith.index_cast %117 : index to i64
      linalg.yield %118 : i64
    } -> tensor<2xi64>
    %9 = tensor.empty() : tensor<16xi64>
    %10 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel"]} outs(%9 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %117 = linalg.index 0 : index
      %118 = arith.index_cast %117 : index to i64
      linalg.yield %118 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_12 = tensor.expand_shape %10 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_13 = tensor.expand_shape %10 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %11 = tensor.empty() : tensor<1x1x16x16xi1>
    %12 = linalg.generic {indexing_maps = [#map5, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13, %expanded_12 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%11 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_44: i64, %out: i1):
      %117 = arith.cmpi sle, %in, %in_44 : i64
      linalg.yield %117 : i1
    } -> tensor<1x1x16x16xi1>
    %13 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %12 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%11 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_44: i1, %out: i1):
      %117 = arith.andi %in, %in_44 : i1
      linalg.yield %117 : i1
    } -> tensor<1x1x16x16xi1>
    %14 = tensor.empty() : tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_13 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%14 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_44: i64, %out: i1):
      %117 = arith.cmpi slt, %in, %c0_i64 : i64
      %118 = arith.addi %in, %c2_i64 : i64
      %119 = arith.select %117, %118, %in : i64
      %120 = arith.index_cast %119 : i64 to index
      %121 = arith.cmpi slt, %in_44, %c0_i64 : i64
      %122 = arith.addi %in_44, %c16_i64 : i64
      %123 = arith.select %121, %122, %in_44 : i64
      %124 = arith.index_cast %123 : i64 to index
      %extracted = tensor.extract %6[%120, %124] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %16 = tensor.empty() : tensor<2x1x16x16xi1>
    %17 = linalg.generic {indexing_maps = [#map11, #map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %15 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%16 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_44: i1, %out: i1):
      %117 = arith.andi %in, %in_44 : i1
      linalg.yield %117 : i1
    } -> tensor<2x1x16x16xi1>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.fill ins(%cst : f32) outs(%18 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%4 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %21 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %22 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.subf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.mulf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %cst_8 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_14 = tensor.collapse_shape %28 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %29 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_14 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %29 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.mulf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.mulf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_15 = tensor.collapse_shape %32 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %33 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %34 = tensor.empty() : tensor<32x64xf32>
    %35 = linalg.fill ins(%cst : f32) outs(%34 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %36 = linalg.matmul ins(%collapsed_15, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %37 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg7, %36 : tensor<64xf32>, tensor<32x64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %transposed_16 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %38 = linalg.matmul ins(%collapsed_15, %transposed_16 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %39 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg3, %38 : tensor<64xf32>, tensor<32x64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %transposed_17 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %40 = linalg.matmul ins(%collapsed_15, %transposed_17 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %41 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg5, %40 : tensor<64xf32>, tensor<32x64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %37 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %42 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_20 = tensor.expand_shape %39 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_21 = tensor.expand_shape %41 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %43 = tensor.empty() : tensor<2x1x16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %cst_3, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%43 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_44: f32, %in_45: f32, %out: f32):
      %117 = arith.select %in, %in_44, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x1x16x16xf32>
    %45 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.mulf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %46 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_23 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.mulf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %45 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %46 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %47 = tensor.empty() : tensor<8x16x16xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %49 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %49 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_26, %44 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %51 = tensor.empty() : tensor<2x4x16xi64>
    %52 = linalg.fill ins(%c0_i64 : i64) outs(%51 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %53 = tensor.empty() : tensor<2x4x16xf32>
    %54 = linalg.fill ins(%cst_0 : f32) outs(%53 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %55:2 = linalg.generic {indexing_maps = [#map7, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%50 : tensor<2x4x16x16xf32>) outs(%54, %52 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_44: i64):
      %117 = linalg.index 3 : index
      %118 = arith.index_cast %117 : index to i64
      %119 = arith.maximumf %in, %out : f32
      %120 = arith.cmpf ogt, %in, %out : f32
      %121 = arith.select %120, %118, %out_44 : i64
      linalg.yield %119, %121 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_27 = tensor.expand_shape %55#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %56 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %expanded_27 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.subf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.exp %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = tensor.empty() : tensor<2x4x16x1xf32>
    %59 = linalg.fill ins(%cst : f32) outs(%58 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %60 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%59 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x1xf32>
    %61 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %60 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.divf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %62 = tensor.empty() : tensor<2x4x16x16xi1>
    %63 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50 : tensor<2x4x16x16xf32>) outs(%62 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %117 = arith.cmpf oeq, %in, %cst_7 : f32
      linalg.yield %117 : i1
    } -> tensor<2x4x16x16xi1>
    %64 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x16x16xi1>) outs(%62 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %117 = arith.cmpi eq, %in, %false : i1
      linalg.yield %117 : i1
    } -> tensor<2x4x16x16xi1>
    %65 = tensor.empty() : tensor<2x4x16x1xi1>
    %66 = linalg.fill ins(%false : i1) outs(%65 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %67 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<2x4x16x16xi1>) outs(%66 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %117 = arith.ori %in, %out : i1
      linalg.yield %117 : i1
    } -> tensor<2x4x16x1xi1>
    %68 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67 : tensor<2x4x16x1xi1>) outs(%65 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %117 = arith.cmpi eq, %in, %false : i1
      linalg.yield %117 : i1
    } -> tensor<2x4x16x1xi1>
    %69 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %cst_2, %61 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_44: f32, %in_45: f32, %out: f32):
      %117 = arith.select %in, %in_44, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %69 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %70 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_30 = tensor.expand_shape %70 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<2x4x16x16xf32>) outs(%71 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_33 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %72 = tensor.empty() : tensor<2x64x64xf32>
    %73 = linalg.generic {indexing_maps = [#map17, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_33 : tensor<64x64xf32>) outs(%72 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %74 = linalg.fill ins(%cst : f32) outs(%0 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %75 = linalg.batch_matmul ins(%collapsed_32, %73 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%74 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %76 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%77 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_34 = tensor.collapse_shape %79 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %80 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %80 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.subf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %81 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.mulf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%82 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %cst_8 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_35 = tensor.collapse_shape %86 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %87 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.mulf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.mulf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_36 = tensor.collapse_shape %90 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %91 = tensor.empty() : tensor<64x128xf32>
    %transposed_37 = linalg.transpose ins(%arg12 : tensor<128x64xf32>) outs(%91 : tensor<64x128xf32>) permutation = [1, 0] 
    %92 = tensor.empty() : tensor<32x128xf32>
    %93 = linalg.fill ins(%cst : f32) outs(%92 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %94 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%93 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %95 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg13, %94 : tensor<128xf32>, tensor<32x128xf32>) outs(%92 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<32x128xf32>
    %expanded_38 = tensor.expand_shape %95 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %96 = tensor.empty() : tensor<2x16x128xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x16x128xf32>) outs(%96 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.mulf %in, %cst_6 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x128xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x128xf32>) outs(%96 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.negf %in : f32
      %118 = math.exp %117 : f32
      %119 = arith.addf %118, %cst_1 : f32
      %120 = arith.divf %cst_1, %119 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38, %98 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%96 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.mulf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_39 = tensor.collapse_shape %99 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %100 = tensor.empty() : tensor<128x64xf32>
    %transposed_40 = linalg.transpose ins(%arg14 : tensor<64x128xf32>) outs(%100 : tensor<128x64xf32>) permutation = [1, 0] 
    %101 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%35 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %102 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg15, %101 : tensor<64xf32>, tensor<32x64xf32>) outs(%34 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<32x64xf32>
    %expanded_41 = tensor.expand_shape %102 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %expanded_41 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%103 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %105 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %106 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.subf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %107 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.mulf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %cst_8 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %112 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %113 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %113 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.mulf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.mulf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %117 = arith.addf %in, %in_44 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    return %116 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000"
    }
  }
#-}

