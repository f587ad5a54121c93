// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "nanogpt", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map7 = affine_map<(d0, d1, d2) -> (d2)>
#map8 = affine_map<(d0, d1) -> (d1)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map10 = affine_map<(d0, d1) -> (0, d1)>
#map11 = affine_map<(d0, d1) -> (d0, 0)>
#map12 = affine_map<(d0, d1) -> ()>
#map13 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<192x64xf32>, %arg13: tensor<192xf32>, %arg14: tensor<192x64xf32>, %arg15: tensor<192xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<256x64xf32>, %arg21: tensor<256xf32>, %arg22: tensor<256x64xf32>, %arg23: tensor<256xf32>, %arg24: tensor<64x256xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x256xf32>, %arg27: tensor<64xf32>, %arg28: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %false = arith.constant false
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_7 = arith.constant dense<true> : tensor<16x16xi1>
    %cst_8 = arith.constant 0xFF800000 : f32
    %cst_9 = arith.constant 9.99999974E-6 : f32
    %cst_10 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg28 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %161 = arith.index_cast %in : i64 to index
      %162 = linalg.index 2 : index
      %163 = arith.cmpi slt, %161, %c128 : index
      cf.assert %163, "index must be smaller than dim size"
      %164 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %164, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%161, %162] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %161 = linalg.index 0 : index
      %162 = arith.index_cast %161 : index to i64
      linalg.yield %162 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<16x64xf32>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<16xi64>) outs(%4 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %161 = arith.index_cast %in : i64 to index
      %162 = linalg.index 1 : index
      %163 = arith.cmpi slt, %161, %c64 : index
      cf.assert %163, "index must be smaller than dim size"
      %164 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %164, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%161, %162] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %5 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<2x16x1xf32>
    %8 = linalg.fill ins(%cst : f32) outs(%7 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x16x64xf32>) outs(%8 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_10 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %10 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %11 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.subf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %13 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %12 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x16x64xf32>) outs(%8 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_10 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %cst_9 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = math.rsqrt %in : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_11 = tensor.collapse_shape %17 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_11 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %18 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_12 = tensor.collapse_shape %21 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %22 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg12 : tensor<192x64xf32>) outs(%22 : tensor<64x192xf32>) permutation = [1, 0] 
    %23 = tensor.empty() : tensor<32x192xf32>
    %24 = linalg.fill ins(%cst : f32) outs(%23 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %25 = linalg.matmul ins(%collapsed_12, %transposed : tensor<32x64xf32>, tensor<64x192xf32>) outs(%24 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %26 = linalg.generic {indexing_maps = [#map8, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg13, %25 : tensor<192xf32>, tensor<32x192xf32>) outs(%23 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<32x192xf32>
    %expanded = tensor.expand_shape %26 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice = tensor.extract_slice %expanded[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_13 = tensor.extract_slice %expanded[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_14 = tensor.extract_slice %expanded[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_15 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %27 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x16x4x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_17 = tensor.expand_shape %extracted_slice_13 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_18 = tensor.expand_shape %extracted_slice_14 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %28 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_16 : tensor<2x4x16x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.mulf %in, %cst_3 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %expanded_20 = tensor.expand_shape %3 [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
    %expanded_21 = tensor.expand_shape %3 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %29 = tensor.empty() : tensor<16x16xi64>
    %30 = linalg.generic {indexing_maps = [#map10, #map11, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded_20, %expanded_21 : tensor<1x16xi64>, tensor<16x1xi64>) outs(%29 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_75: i64, %out: i64):
      %161 = arith.subi %in, %in_75 : i64
      linalg.yield %161 : i64
    } -> tensor<16x16xi64>
    %31 = tensor.empty() : tensor<16x16xi1>
    %32 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%30 : tensor<16x16xi64>) outs(%31 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %161 = arith.cmpi sle, %in, %c0_i64 : i64
      linalg.yield %161 : i1
    } -> tensor<16x16xi1>
    %33 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%32, %cst_7 : tensor<16x16xi1>, tensor<16x16xi1>) outs(%31 : tensor<16x16xi1>) {
    ^bb0(%in: i1, %in_75: i1, %out: i1):
      %161 = arith.andi %in, %in_75 : i1
      linalg.yield %161 : i1
    } -> tensor<16x16xi1>
    %34 = tensor.empty() : tensor<16x16xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map12, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%33, %cst_5, %cst_6 : tensor<16x16xi1>, tensor<f32>, tensor<f32>) outs(%34 : tensor<16x16xf32>) {
    ^bb0(%in: i1, %in_75: f32, %in_76: f32, %out: f32):
      %161 = arith.select %in, %in_75, %in_76 : f32
      linalg.yield %161 : f32
    } -> tensor<16x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %36 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_22 : tensor<2x4x16x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.mulf %in, %cst_3 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %28 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %36 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %37 = tensor.empty() : tensor<8x16x16xf32>
    %38 = linalg.fill ins(%cst : f32) outs(%37 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %39 = linalg.batch_matmul ins(%collapsed_23, %collapsed_24 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_25 = tensor.expand_shape %39 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %40 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_25, %35 : tensor<2x4x16x16xf32>, tensor<16x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %41 = tensor.empty() : tensor<2x4x16xi64>
    %42 = linalg.fill ins(%c0_i64 : i64) outs(%41 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %43 = tensor.empty() : tensor<2x4x16xf32>
    %44 = linalg.fill ins(%cst_0 : f32) outs(%43 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %45:2 = linalg.generic {indexing_maps = [#map9, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%40 : tensor<2x4x16x16xf32>) outs(%44, %42 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_75: i64):
      %161 = linalg.index 3 : index
      %162 = arith.index_cast %161 : index to i64
      %163 = arith.maximumf %in, %out : f32
      %164 = arith.cmpf ogt, %in, %out : f32
      %165 = arith.select %164, %162, %out_75 : i64
      linalg.yield %163, %165 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_26 = tensor.expand_shape %45#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %46 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %expanded_26 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.subf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46 : tensor<2x4x16x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = math.exp %in : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x1xf32>
    %49 = linalg.fill ins(%cst : f32) outs(%48 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %50 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%47 : tensor<2x4x16x16xf32>) outs(%49 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x1xf32>
    %51 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %50 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.divf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = tensor.empty() : tensor<2x4x16x16xi1>
    %53 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40 : tensor<2x4x16x16xf32>) outs(%52 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %161 = arith.cmpf oeq, %in, %cst_8 : f32
      linalg.yield %161 : i1
    } -> tensor<2x4x16x16xi1>
    %54 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53 : tensor<2x4x16x16xi1>) outs(%52 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %161 = arith.cmpi eq, %in, %false : i1
      linalg.yield %161 : i1
    } -> tensor<2x4x16x16xi1>
    %55 = tensor.empty() : tensor<2x4x16x1xi1>
    %56 = linalg.fill ins(%false : i1) outs(%55 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %57 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%54 : tensor<2x4x16x16xi1>) outs(%56 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %161 = arith.ori %in, %out : i1
      linalg.yield %161 : i1
    } -> tensor<2x4x16x1xi1>
    %58 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57 : tensor<2x4x16x1xi1>) outs(%55 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %161 = arith.cmpi eq, %in, %false : i1
      linalg.yield %161 : i1
    } -> tensor<2x4x16x1xi1>
    %59 = linalg.generic {indexing_maps = [#map15, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %cst_4, %51 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_75: f32, %in_76: f32, %out: f32):
      %161 = arith.select %in, %in_75, %in_76 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %transposed_19 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %60 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_29 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %61 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_31 = tensor.collapse_shape %transposed_30 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %62 = tensor.empty() : tensor<64x64xf32>
    %transposed_32 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%62 : tensor<64x64xf32>) permutation = [1, 0] 
    %63 = tensor.empty() : tensor<2x64x64xf32>
    %64 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<64x64xf32>) outs(%63 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%0 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %66 = linalg.batch_matmul ins(%collapsed_31, %64 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%65 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %67 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%68 : tensor<2x16x64xf32>) outs(%8 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_10 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_33 = tensor.collapse_shape %70 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %71 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %71 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.subf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %72 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%73 : tensor<2x16x64xf32>) outs(%8 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_10 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %cst_9 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = math.rsqrt %in : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_34 = tensor.collapse_shape %77 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %78 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %78 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_35 = tensor.collapse_shape %81 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %82 = tensor.empty() : tensor<64x256xf32>
    %transposed_36 = linalg.transpose ins(%arg20 : tensor<256x64xf32>) outs(%82 : tensor<64x256xf32>) permutation = [1, 0] 
    %83 = tensor.empty() : tensor<32x256xf32>
    %84 = linalg.fill ins(%cst : f32) outs(%83 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %85 = linalg.matmul ins(%collapsed_35, %transposed_36 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%84 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %86 = linalg.generic {indexing_maps = [#map8, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg21, %85 : tensor<256xf32>, tensor<32x256xf32>) outs(%83 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<32x256xf32>
    %expanded_37 = tensor.expand_shape %86 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %87 = tensor.empty() : tensor<2x16x256xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x16x256xf32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_1 : f32
      %162 = math.erf %161 : f32
      %163 = arith.addf %162, %cst_2 : f32
      %164 = arith.mulf %163, %cst_3 : f32
      %165 = arith.mulf %in, %164 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_38 = tensor.collapse_shape %88 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %89 = tensor.empty() : tensor<256x64xf32>
    %transposed_39 = linalg.transpose ins(%arg24 : tensor<64x256xf32>) outs(%89 : tensor<256x64xf32>) permutation = [1, 0] 
    %90 = tensor.empty() : tensor<32x64xf32>
    %91 = linalg.fill ins(%cst : f32) outs(%90 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %92 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%91 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %93 = linalg.generic {indexing_maps = [#map8, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg25, %92 : tensor<64xf32>, tensor<32x64xf32>) outs(%90 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<32x64xf32>
    %expanded_40 = tensor.expand_shape %93 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %expanded_40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%94 : tensor<2x16x64xf32>) outs(%8 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_10 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %96 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %97 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %97 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.subf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %98 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%99 : tensor<2x16x64xf32>) outs(%8 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_10 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %cst_9 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = math.rsqrt %in : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %103 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %104 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %104 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_43 = tensor.collapse_shape %107 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_44 = linalg.transpose ins(%arg14 : tensor<192x64xf32>) outs(%22 : tensor<64x192xf32>) permutation = [1, 0] 
    %108 = linalg.matmul ins(%collapsed_43, %transposed_44 : tensor<32x64xf32>, tensor<64x192xf32>) outs(%24 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %109 = linalg.generic {indexing_maps = [#map8, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg15, %108 : tensor<192xf32>, tensor<32x192xf32>) outs(%23 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<32x192xf32>
    %expanded_45 = tensor.expand_shape %109 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice_46 = tensor.extract_slice %expanded_45[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_47 = tensor.extract_slice %expanded_45[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_48 = tensor.extract_slice %expanded_45[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_49 = tensor.expand_shape %extracted_slice_46 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<2x16x4x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_51 = tensor.expand_shape %extracted_slice_47 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_52 = tensor.expand_shape %extracted_slice_48 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_53 = linalg.transpose ins(%expanded_52 : tensor<2x16x4x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %110 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<2x4x16x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.mulf %in, %cst_3 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_54 = linalg.transpose ins(%expanded_51 : tensor<2x16x4x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %111 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_54 : tensor<2x4x16x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.mulf %in, %cst_3 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_55 = tensor.collapse_shape %110 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_56 = tensor.collapse_shape %111 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %112 = linalg.batch_matmul ins(%collapsed_55, %collapsed_56 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_57 = tensor.expand_shape %112 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %113 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_57, %35 : tensor<2x4x16x16xf32>, tensor<16x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %114:2 = linalg.generic {indexing_maps = [#map9, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%113 : tensor<2x4x16x16xf32>) outs(%44, %42 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_75: i64):
      %161 = linalg.index 3 : index
      %162 = arith.index_cast %161 : index to i64
      %163 = arith.maximumf %in, %out : f32
      %164 = arith.cmpf ogt, %in, %out : f32
      %165 = arith.select %164, %162, %out_75 : i64
      linalg.yield %163, %165 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_58 = tensor.expand_shape %114#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%113, %expanded_58 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.subf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %116 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%115 : tensor<2x4x16x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = math.exp %in : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %117 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%116 : tensor<2x4x16x16xf32>) outs(%49 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%116, %117 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.divf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %119 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%113 : tensor<2x4x16x16xf32>) outs(%52 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %161 = arith.cmpf oeq, %in, %cst_8 : f32
      linalg.yield %161 : i1
    } -> tensor<2x4x16x16xi1>
    %120 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%119 : tensor<2x4x16x16xi1>) outs(%52 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %161 = arith.cmpi eq, %in, %false : i1
      linalg.yield %161 : i1
    } -> tensor<2x4x16x16xi1>
    %121 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%120 : tensor<2x4x16x16xi1>) outs(%56 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %161 = arith.ori %in, %out : i1
      linalg.yield %161 : i1
    } -> tensor<2x4x16x1xi1>
    %122 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%121 : tensor<2x4x16x1xi1>) outs(%55 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %161 = arith.cmpi eq, %in, %false : i1
      linalg.yield %161 : i1
    } -> tensor<2x4x16x1xi1>
    %123 = linalg.generic {indexing_maps = [#map15, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%122, %cst_4, %118 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%27 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_75: f32, %in_76: f32, %out: f32):
      %161 = arith.select %in, %in_75, %in_76 : f32
      linalg.yield %161 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_59 = tensor.collapse_shape %123 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_60 = tensor.collapse_shape %transposed_53 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %124 = linalg.batch_matmul ins(%collapsed_59, %collapsed_60 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%38 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_61 = tensor.expand_shape %124 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_62 = linalg.transpose ins(%expanded_61 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_63 = tensor.collapse_shape %transposed_62 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_64 = linalg.transpose ins(%arg18 : tensor<64x64xf32>) outs(%62 : tensor<64x64xf32>) permutation = [1, 0] 
    %125 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_64 : tensor<64x64xf32>) outs(%63 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %126 = linalg.batch_matmul ins(%collapsed_63, %125 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%65 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %127 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%128 : tensor<2x16x64xf32>) outs(%8 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_10 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_65 = tensor.collapse_shape %130 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %131 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_65 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %131 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.subf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %132 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%133 : tensor<2x16x64xf32>) outs(%8 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_10 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %cst_9 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = math.rsqrt %in : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_66 = tensor.collapse_shape %137 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_66 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %138 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_67 = tensor.collapse_shape %141 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_68 = linalg.transpose ins(%arg22 : tensor<256x64xf32>) outs(%82 : tensor<64x256xf32>) permutation = [1, 0] 
    %142 = linalg.matmul ins(%collapsed_67, %transposed_68 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%84 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %143 = linalg.generic {indexing_maps = [#map8, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg23, %142 : tensor<256xf32>, tensor<32x256xf32>) outs(%83 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<32x256xf32>
    %expanded_69 = tensor.expand_shape %143 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_69 : tensor<2x16x256xf32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_1 : f32
      %162 = math.erf %161 : f32
      %163 = arith.addf %162, %cst_2 : f32
      %164 = arith.mulf %163, %cst_3 : f32
      %165 = arith.mulf %in, %164 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_70 = tensor.collapse_shape %144 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %transposed_71 = linalg.transpose ins(%arg26 : tensor<64x256xf32>) outs(%89 : tensor<256x64xf32>) permutation = [1, 0] 
    %145 = linalg.matmul ins(%collapsed_70, %transposed_71 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%91 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %146 = linalg.generic {indexing_maps = [#map8, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg27, %145 : tensor<64xf32>, tensor<32x64xf32>) outs(%90 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<32x64xf32>
    %expanded_72 = tensor.expand_shape %146 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %expanded_72 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%147 : tensor<2x16x64xf32>) outs(%8 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_10 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_73 = tensor.collapse_shape %149 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_73 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %150 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.subf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %151 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%152 : tensor<2x16x64xf32>) outs(%8 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %out : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.divf %in, %cst_10 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = arith.addf %in, %cst_9 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %161 = math.rsqrt %in : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_74 = tensor.collapse_shape %156 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %157 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_74 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %157 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.mulf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %161 = arith.addf %in, %in_75 : f32
      linalg.yield %161 : f32
    } -> tensor<2x16x64xf32>
    return %160 : tensor<2x16x64xf32>
  }
}

