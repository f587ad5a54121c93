// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "nanogpt", "path": "tm-linalg", "shapes": "static"}
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
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<192x64xf32>, %arg13: tensor<192xf32>, %arg14: tensor<192x64xf32>, %arg15: tensor<192xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<256x64xf32>, %arg21: tensor<256xf32>, %arg22: tensor<256x64xf32>, %arg23: tensor<256xf32>, %arg24: tensor<64x256xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x256xf32>, %arg27: tensor<64xf32>, %arg28: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_7 = arith.constant dense<true> : tensor<16x16xi1>
    %cst_8 = arith.constant 0xFFF0000000000000 : f64
    %cst_9 = arith.constant 1.000000e-05 : f64
    %cst_10 = arith.constant 6.400000e+01 : f64
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant 1.41421354 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg28 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %175 = arith.index_cast %in : i64 to index
      %176 = linalg.index 2 : index
      %177 = arith.cmpi slt, %175, %c128 : index
      cf.assert %177, "index must be smaller than dim size"
      %178 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %178, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%175, %176] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %175 = linalg.index 0 : index
      %176 = arith.index_cast %175 : index to i64
      linalg.yield %176 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<16x64xf32>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<16xi64>) outs(%4 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %175 = arith.index_cast %in : i64 to index
      %176 = linalg.index 1 : index
      %177 = arith.cmpi slt, %175, %c64 : index
      cf.assert %177, "index must be smaller than dim size"
      %178 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %178, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%175, %176] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %5 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<2x16x64xf64>
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %175 = arith.extf %in : f32 to f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %9 = tensor.empty() : tensor<2x16x1xf64>
    %10 = linalg.fill ins(%cst : f64) outs(%9 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %11 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<2x16x64xf64>) outs(%10 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.addf %in, %out : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x16x1xf64>) outs(%9 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.divf %in, %cst_10 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %13 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %12 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %175 = arith.subf %in, %in_67 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %14 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %13 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %175 = arith.mulf %in, %in_67 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %15 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%14 : tensor<2x16x64xf64>) outs(%10 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.addf %in, %out : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x1xf64>) outs(%9 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.divf %in, %cst_10 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %17 = tensor.empty() : tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x1xf64>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %175 = arith.truncf %in : f64 to f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.fill ins(%cst_0 : f32) outs(%17 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.addf %in, %out : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.divf %in, %cst_11 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.truncf %cst_9 : f64 to f32
      %176 = arith.addf %in, %175 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = math.rsqrt %in : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %21 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.subf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %23 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.mulf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.mulf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %27 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %28 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg12 : tensor<192x64xf32>) outs(%28 : tensor<64x192xf32>) permutation = [1, 0] 
    %29 = tensor.empty() : tensor<32x192xf32>
    %30 = linalg.fill ins(%cst_0 : f32) outs(%29 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %31 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x192xf32>) outs(%30 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %32 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%31, %arg13 : tensor<32x192xf32>, tensor<192xf32>) outs(%29 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<32x192xf32>
    %expanded = tensor.expand_shape %32 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice = tensor.extract_slice %expanded[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_13 = tensor.extract_slice %expanded[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_14 = tensor.extract_slice %expanded[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_15 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %33 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_17 = tensor.expand_shape %extracted_slice_13 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_18 = tensor.expand_shape %extracted_slice_14 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %34 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_16 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.mulf %in, %cst_3 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %expanded_20 = tensor.expand_shape %3 [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
    %expanded_21 = tensor.expand_shape %3 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %35 = tensor.empty() : tensor<16x16xi64>
    %36 = linalg.generic {indexing_maps = [#map10, #map11, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded_20, %expanded_21 : tensor<1x16xi64>, tensor<16x1xi64>) outs(%35 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_67: i64, %out: i64):
      %175 = arith.subi %in, %in_67 : i64
      linalg.yield %175 : i64
    } -> tensor<16x16xi64>
    %37 = tensor.empty() : tensor<16x16xi1>
    %38 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%36 : tensor<16x16xi64>) outs(%37 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %175 = arith.cmpi sle, %in, %c0_i64 : i64
      linalg.yield %175 : i1
    } -> tensor<16x16xi1>
    %39 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%38, %cst_7 : tensor<16x16xi1>, tensor<16x16xi1>) outs(%37 : tensor<16x16xi1>) {
    ^bb0(%in: i1, %in_67: i1, %out: i1):
      %175 = arith.andi %in, %in_67 : i1
      linalg.yield %175 : i1
    } -> tensor<16x16xi1>
    %40 = tensor.empty() : tensor<16x16xf32>
    %41 = linalg.generic {indexing_maps = [#map4, #map12, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%39, %cst_5, %cst_6 : tensor<16x16xi1>, tensor<f32>, tensor<f32>) outs(%40 : tensor<16x16xf32>) {
    ^bb0(%in: i1, %in_67: f32, %in_68: f32, %out: f32):
      %175 = arith.select %in, %in_67, %in_68 : f32
      linalg.yield %175 : f32
    } -> tensor<16x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %42 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_22 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.mulf %in, %cst_3 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %34 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %42 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %43 = tensor.empty() : tensor<8x16x16xf32>
    %44 = linalg.fill ins(%cst_0 : f32) outs(%43 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %45 = linalg.batch_matmul ins(%collapsed_23, %collapsed_24 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_25 = tensor.expand_shape %45 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_25, %41 : tensor<2x4x16x16xf32>, tensor<16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %47 = tensor.empty() : tensor<2x4x16xi64>
    %48 = linalg.fill ins(%c0_i64 : i64) outs(%47 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %49 = tensor.empty() : tensor<2x4x16xf32>
    %50 = linalg.fill ins(%cst_1 : f32) outs(%49 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %51:2 = linalg.generic {indexing_maps = [#map9, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%46 : tensor<2x4x16x16xf32>) outs(%50, %48 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %175 = linalg.index 3 : index
      %176 = arith.index_cast %175 : index to i64
      %177 = arith.maximumf %in, %out : f32
      %178 = arith.cmpf ogt, %in, %out : f32
      %179 = arith.select %178, %176, %out_67 : i64
      linalg.yield %177, %179 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_26 = tensor.expand_shape %51#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %52 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46, %expanded_26 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.subf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = math.exp %in : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %54 = tensor.empty() : tensor<2x4x16x1xf32>
    %55 = linalg.fill ins(%cst_0 : f32) outs(%54 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %56 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%53 : tensor<2x4x16x16xf32>) outs(%55 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.addf %in, %out : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x1xf32>
    %57 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %56 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.divf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = tensor.empty() : tensor<2x4x16x16xi1>
    %59 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %175 = arith.extf %in : f32 to f64
      %176 = arith.cmpf oeq, %175, %cst_8 : f64
      linalg.yield %176 : i1
    } -> tensor<2x4x16x16xi1>
    %60 = tensor.empty() : tensor<2x4x16x1xi1>
    %61 = linalg.fill ins(%true : i1) outs(%60 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %62 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%59 : tensor<2x4x16x16xi1>) outs(%61 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %175 = arith.andi %in, %out : i1
      linalg.yield %175 : i1
    } -> tensor<2x4x16x1xi1>
    %63 = linalg.generic {indexing_maps = [#map15, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %cst_4, %57 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_67: f32, %in_68: f32, %out: f32):
      %175 = arith.select %in, %in_67, %in_68 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %63 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %transposed_19 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %64 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_29 = tensor.expand_shape %64 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x4x16x16xf32>) outs(%65 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_31 = tensor.collapse_shape %transposed_30 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %66 = tensor.empty() : tensor<64x64xf32>
    %transposed_32 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%66 : tensor<64x64xf32>) permutation = [1, 0] 
    %67 = tensor.empty() : tensor<2x64x64xf32>
    %68 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<64x64xf32>) outs(%67 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %69 = linalg.fill ins(%cst_0 : f32) outs(%0 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %70 = linalg.batch_matmul ins(%collapsed_31, %68 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%69 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %71 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %175 = arith.extf %in : f32 to f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %74 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%73 : tensor<2x16x64xf64>) outs(%10 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.addf %in, %out : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %75 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<2x16x1xf64>) outs(%9 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.divf %in, %cst_10 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %76 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %75 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %175 = arith.subf %in, %in_67 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %77 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %76 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %175 = arith.mulf %in, %in_67 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %78 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%77 : tensor<2x16x64xf64>) outs(%10 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.addf %in, %out : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %79 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf64>) outs(%9 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.divf %in, %cst_10 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %80 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf64>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %175 = arith.truncf %in : f64 to f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%72 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.addf %in, %out : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.divf %in, %cst_11 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.truncf %cst_9 : f64 to f32
      %176 = arith.addf %in, %175 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = math.rsqrt %in : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %82 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.subf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %84 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.mulf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.mulf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_33 = tensor.collapse_shape %88 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %89 = tensor.empty() : tensor<64x256xf32>
    %transposed_34 = linalg.transpose ins(%arg20 : tensor<256x64xf32>) outs(%89 : tensor<64x256xf32>) permutation = [1, 0] 
    %90 = tensor.empty() : tensor<32x256xf32>
    %91 = linalg.fill ins(%cst_0 : f32) outs(%90 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %92 = linalg.matmul ins(%collapsed_33, %transposed_34 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%91 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %93 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%92, %arg21 : tensor<32x256xf32>, tensor<256xf32>) outs(%90 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<32x256xf32>
    %expanded_35 = tensor.expand_shape %93 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %94 = tensor.empty() : tensor<2x16x256xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x16x256xf32>) outs(%94 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.divf %in, %cst_12 : f32
      %176 = math.erf %175 : f32
      %177 = arith.addf %176, %cst_2 : f32
      %178 = arith.mulf %177, %cst_3 : f32
      %179 = arith.mulf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_36 = tensor.collapse_shape %95 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %96 = tensor.empty() : tensor<256x64xf32>
    %transposed_37 = linalg.transpose ins(%arg24 : tensor<64x256xf32>) outs(%96 : tensor<256x64xf32>) permutation = [1, 0] 
    %97 = tensor.empty() : tensor<32x64xf32>
    %98 = linalg.fill ins(%cst_0 : f32) outs(%97 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %99 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%98 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %100 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%99, %arg25 : tensor<32x64xf32>, tensor<64xf32>) outs(%97 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<32x64xf32>
    %expanded_38 = tensor.expand_shape %100 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %expanded_38 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %175 = arith.extf %in : f32 to f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %103 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%102 : tensor<2x16x64xf64>) outs(%10 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.addf %in, %out : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf64>) outs(%9 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.divf %in, %cst_10 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %104 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %175 = arith.subf %in, %in_67 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %105 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %175 = arith.mulf %in, %in_67 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %107 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x16x64xf64>) outs(%10 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.addf %in, %out : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf64>) outs(%9 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.divf %in, %cst_10 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf64>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %175 = arith.truncf %in : f64 to f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.addf %in, %out : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.divf %in, %cst_11 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.truncf %cst_9 : f64 to f32
      %176 = arith.addf %in, %175 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = math.rsqrt %in : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %111 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.subf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %113 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.mulf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.mulf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_39 = tensor.collapse_shape %117 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_40 = linalg.transpose ins(%arg14 : tensor<192x64xf32>) outs(%28 : tensor<64x192xf32>) permutation = [1, 0] 
    %118 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<32x64xf32>, tensor<64x192xf32>) outs(%30 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %119 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%118, %arg15 : tensor<32x192xf32>, tensor<192xf32>) outs(%29 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<32x192xf32>
    %expanded_41 = tensor.expand_shape %119 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice_42 = tensor.extract_slice %expanded_41[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_43 = tensor.extract_slice %expanded_41[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_44 = tensor.extract_slice %expanded_41[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_45 = tensor.expand_shape %extracted_slice_42 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_47 = tensor.expand_shape %extracted_slice_43 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_48 = tensor.expand_shape %extracted_slice_44 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_49 = linalg.transpose ins(%expanded_48 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %120 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_46 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.mulf %in, %cst_3 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_50 = linalg.transpose ins(%expanded_47 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %121 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.mulf %in, %cst_3 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_51 = tensor.collapse_shape %120 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_52 = tensor.collapse_shape %121 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %122 = linalg.batch_matmul ins(%collapsed_51, %collapsed_52 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_53 = tensor.expand_shape %122 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %123 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_53, %41 : tensor<2x4x16x16xf32>, tensor<16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %124:2 = linalg.generic {indexing_maps = [#map9, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%123 : tensor<2x4x16x16xf32>) outs(%50, %48 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %175 = linalg.index 3 : index
      %176 = arith.index_cast %175 : index to i64
      %177 = arith.maximumf %in, %out : f32
      %178 = arith.cmpf ogt, %in, %out : f32
      %179 = arith.select %178, %176, %out_67 : i64
      linalg.yield %177, %179 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_54 = tensor.expand_shape %124#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123, %expanded_54 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.subf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %126 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%125 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = math.exp %in : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %127 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%126 : tensor<2x4x16x16xf32>) outs(%55 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.addf %in, %out : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%126, %127 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.divf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %129 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %175 = arith.extf %in : f32 to f64
      %176 = arith.cmpf oeq, %175, %cst_8 : f64
      linalg.yield %176 : i1
    } -> tensor<2x4x16x16xi1>
    %130 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%129 : tensor<2x4x16x16xi1>) outs(%61 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %175 = arith.andi %in, %out : i1
      linalg.yield %175 : i1
    } -> tensor<2x4x16x1xi1>
    %131 = linalg.generic {indexing_maps = [#map15, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%130, %cst_4, %128 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_67: f32, %in_68: f32, %out: f32):
      %175 = arith.select %in, %in_67, %in_68 : f32
      linalg.yield %175 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_55 = tensor.collapse_shape %131 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_56 = tensor.collapse_shape %transposed_49 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %132 = linalg.batch_matmul ins(%collapsed_55, %collapsed_56 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_57 = tensor.expand_shape %132 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_58 = linalg.transpose ins(%expanded_57 : tensor<2x4x16x16xf32>) outs(%65 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_59 = tensor.collapse_shape %transposed_58 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_60 = linalg.transpose ins(%arg18 : tensor<64x64xf32>) outs(%66 : tensor<64x64xf32>) permutation = [1, 0] 
    %133 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_60 : tensor<64x64xf32>) outs(%67 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %134 = linalg.batch_matmul ins(%collapsed_59, %133 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%69 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %135 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %175 = arith.extf %in : f32 to f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %138 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%137 : tensor<2x16x64xf64>) outs(%10 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.addf %in, %out : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x16x1xf64>) outs(%9 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.divf %in, %cst_10 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %140 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %139 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %175 = arith.subf %in, %in_67 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %141 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %140 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %175 = arith.mulf %in, %in_67 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %142 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%141 : tensor<2x16x64xf64>) outs(%10 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.addf %in, %out : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<2x16x1xf64>) outs(%9 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.divf %in, %cst_10 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<2x16x1xf64>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %175 = arith.truncf %in : f64 to f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%136 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.addf %in, %out : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.divf %in, %cst_11 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.truncf %cst_9 : f64 to f32
      %176 = arith.addf %in, %175 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = math.rsqrt %in : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %146 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.subf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %148 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.mulf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.mulf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_61 = tensor.collapse_shape %152 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_62 = linalg.transpose ins(%arg22 : tensor<256x64xf32>) outs(%89 : tensor<64x256xf32>) permutation = [1, 0] 
    %153 = linalg.matmul ins(%collapsed_61, %transposed_62 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%91 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %154 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%153, %arg23 : tensor<32x256xf32>, tensor<256xf32>) outs(%90 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<32x256xf32>
    %expanded_63 = tensor.expand_shape %154 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_63 : tensor<2x16x256xf32>) outs(%94 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.divf %in, %cst_12 : f32
      %176 = math.erf %175 : f32
      %177 = arith.addf %176, %cst_2 : f32
      %178 = arith.mulf %177, %cst_3 : f32
      %179 = arith.mulf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_64 = tensor.collapse_shape %155 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %transposed_65 = linalg.transpose ins(%arg26 : tensor<64x256xf32>) outs(%96 : tensor<256x64xf32>) permutation = [1, 0] 
    %156 = linalg.matmul ins(%collapsed_64, %transposed_65 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%98 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %157 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%156, %arg27 : tensor<32x64xf32>, tensor<64xf32>) outs(%97 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<32x64xf32>
    %expanded_66 = tensor.expand_shape %157 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %expanded_66 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %175 = arith.extf %in : f32 to f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %160 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%159 : tensor<2x16x64xf64>) outs(%10 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.addf %in, %out : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<2x16x1xf64>) outs(%9 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.divf %in, %cst_10 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %162 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %161 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %175 = arith.subf %in, %in_67 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %163 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %162 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%7 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_67: f64, %out: f64):
      %175 = arith.mulf %in, %in_67 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x64xf64>
    %164 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%163 : tensor<2x16x64xf64>) outs(%10 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.addf %in, %out : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %165 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<2x16x1xf64>) outs(%9 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %175 = arith.divf %in, %cst_10 : f64
      linalg.yield %175 : f64
    } -> tensor<2x16x1xf64>
    %166 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<2x16x1xf64>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %175 = arith.truncf %in : f64 to f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%158 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.addf %in, %out : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.divf %in, %cst_11 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = arith.truncf %cst_9 : f64 to f32
      %176 = arith.addf %in, %175 : f32
      linalg.yield %176 : f32
    } -> tensor<2x16x1xf32>
    %170 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<2x16x1xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %175 = math.rsqrt %in : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x1xf32>
    %171 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %168 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.subf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %172 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171, %170 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.mulf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.mulf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    %174 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %175 = arith.addf %in, %in_67 : f32
      linalg.yield %175 : f32
    } -> tensor<2x16x64xf32>
    return %174 : tensor<2x16x64xf32>
  }
}
