// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "weight", "shape": [1, 1, 64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "nanogpt", "path": "onnx17-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map12 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<1x1x64x64xf32>, %arg2: tensor<128x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<192x64xf32>, %arg7: tensor<192xf32>, %arg8: tensor<192x64xf32>, %arg9: tensor<192xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<256x64xf32>, %arg15: tensor<256xf32>, %arg16: tensor<256x64xf32>, %arg17: tensor<256xf32>, %arg18: tensor<64x256xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x256xf32>, %arg21: tensor<64xf32>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_2 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_4 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 9.99999974E-6 : f32
    %c128_i64 = arith.constant 128 : i64
    %cst_9 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %159 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %159 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %159 = arith.addi %in, %c128_i64 : i64
      linalg.yield %159 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_64: i64, %in_65: i64, %out: i64):
      %159 = arith.select %in, %in_64, %in_65 : i64
      linalg.yield %159 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %159 = arith.index_cast %in : i64 to index
      %160 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%159, %160] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_9 : tensor<16xi64>) outs(%7 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %159 = arith.index_cast %in : i64 to index
      %160 = linalg.index 1 : index
      %extracted = tensor.extract %arg3[%159, %160] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %8 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x1xf32>
    %12 = linalg.fill ins(%cst : f32) outs(%11 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %13 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_10 = tensor.collapse_shape %14 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %15 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_10 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %15 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.subf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %cst_8 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.rsqrt %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_11 = tensor.collapse_shape %21 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %22 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_11 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %22 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<192x64xf32>) outs(%26 : tensor<64x192xf32>) permutation = [1, 0] 
    %27 = tensor.empty() : tensor<2x64x192xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x192xf32>) outs(%27 : tensor<2x64x192xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x192xf32>
    %29 = tensor.empty() : tensor<2x16x192xf32>
    %30 = linalg.fill ins(%cst : f32) outs(%29 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %31 = linalg.batch_matmul ins(%25, %28 : tensor<2x16x64xf32>, tensor<2x64x192xf32>) outs(%30 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %32 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg7, %31 : tensor<192xf32>, tensor<2x16x192xf32>) outs(%29 : tensor<2x16x192xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x192xf32>
    %extracted_slice = tensor.extract_slice %32[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_12 = tensor.extract_slice %32[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_13 = tensor.extract_slice %32[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_14 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %33 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_16 = tensor.expand_shape %extracted_slice_12 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_17 = tensor.expand_shape %extracted_slice_13 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_20 = tensor.collapse_shape %transposed_15 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_21 = tensor.collapse_shape %transposed_19 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %34 = tensor.empty() : tensor<8x16x16xf32>
    %35 = linalg.fill ins(%cst : f32) outs(%34 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %36 = linalg.batch_matmul ins(%collapsed_20, %collapsed_21 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%35 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_22 = tensor.expand_shape %36 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %37 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_22, %cst_6 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_23 = tensor.extract_slice %arg1[0, 0, 0, 0] [1, 1, 16, 64] [1, 1, 1, 1] : tensor<1x1x64x64xf32> to tensor<1x1x16x64xf32>
    %extracted_slice_24 = tensor.extract_slice %extracted_slice_23[0, 0, 0, 0] [1, 1, 16, 16] [1, 1, 1, 1] : tensor<1x1x16x64xf32> to tensor<1x1x16x16xf32>
    %38 = tensor.empty() : tensor<1x1x16x16xi1>
    %39 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_24, %cst_5 : tensor<1x1x16x16xf32>, tensor<f32>) outs(%38 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: f32, %in_64: f32, %out: i1):
      %159 = arith.cmpf oeq, %in, %in_64 : f32
      linalg.yield %159 : i1
    } -> tensor<1x1x16x16xi1>
    %40 = linalg.generic {indexing_maps = [#map9, #map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %cst_4, %37 : tensor<1x1x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_64: f32, %in_65: f32, %out: f32):
      %159 = arith.select %in, %in_64, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %41 = tensor.empty() : tensor<2x4x16xi64>
    %42 = linalg.fill ins(%c0_i64 : i64) outs(%41 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %43 = tensor.empty() : tensor<2x4x16xf32>
    %44 = linalg.fill ins(%cst_0 : f32) outs(%43 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %45:2 = linalg.generic {indexing_maps = [#map7, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%40 : tensor<2x4x16x16xf32>) outs(%44, %42 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_64: i64):
      %159 = linalg.index 3 : index
      %160 = arith.index_cast %159 : index to i64
      %161 = arith.maximumf %in, %out : f32
      %162 = arith.cmpf ogt, %in, %out : f32
      %163 = arith.select %162, %160, %out_64 : i64
      linalg.yield %161, %163 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_25 = tensor.expand_shape %45#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %46 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %expanded_25 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.subf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.exp %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x1xf32>
    %49 = linalg.fill ins(%cst : f32) outs(%48 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %50 = linalg.generic {indexing_maps = [#map7, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%47 : tensor<2x4x16x16xf32>) outs(%49 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x1xf32>
    %51 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %50 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.divf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %51 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %52 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%35 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %52 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %53 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_30 = tensor.collapse_shape %transposed_29 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %54 = tensor.empty() : tensor<64x64xf32>
    %transposed_31 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%54 : tensor<64x64xf32>) permutation = [1, 0] 
    %55 = tensor.empty() : tensor<2x64x64xf32>
    %56 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<64x64xf32>) outs(%55 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %57 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %58 = linalg.batch_matmul ins(%collapsed_30, %56 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%57 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11, %58 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %60 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %59 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %61 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%60 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_32 = tensor.collapse_shape %62 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %63 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_32 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %64 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60, %63 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.subf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %65 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64, %64 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %66 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%65 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %cst_8 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.rsqrt %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_33 = tensor.collapse_shape %69 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %70 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %71 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64, %70 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %74 = tensor.empty() : tensor<64x256xf32>
    %transposed_34 = linalg.transpose ins(%arg14 : tensor<256x64xf32>) outs(%74 : tensor<64x256xf32>) permutation = [1, 0] 
    %75 = tensor.empty() : tensor<2x64x256xf32>
    %76 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_34 : tensor<64x256xf32>) outs(%75 : tensor<2x64x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x256xf32>
    %77 = tensor.empty() : tensor<2x16x256xf32>
    %78 = linalg.fill ins(%cst : f32) outs(%77 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %79 = linalg.batch_matmul ins(%73, %76 : tensor<2x16x64xf32>, tensor<2x64x256xf32>) outs(%78 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %80 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg15, %79 : tensor<256xf32>, tensor<2x16x256xf32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %cst_3 : tensor<2x16x256xf32>, tensor<f32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.divf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x16x256xf32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.erf %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %83 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %cst_2 : tensor<2x16x256xf32>, tensor<f32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %84 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %83 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %cst_1 : tensor<2x16x256xf32>, tensor<f32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %86 = tensor.empty() : tensor<256x64xf32>
    %transposed_35 = linalg.transpose ins(%arg18 : tensor<64x256xf32>) outs(%86 : tensor<256x64xf32>) permutation = [1, 0] 
    %87 = tensor.empty() : tensor<2x256x64xf32>
    %88 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_35 : tensor<256x64xf32>) outs(%87 : tensor<2x256x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x256x64xf32>
    %89 = linalg.batch_matmul ins(%85, %88 : tensor<2x16x256xf32>, tensor<2x256x64xf32>) outs(%57 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg19, %89 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%60, %90 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%91 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_36 = tensor.collapse_shape %93 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %94 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.subf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %95 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%96 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %cst_8 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.rsqrt %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_37 = tensor.collapse_shape %100 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %101 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_37 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %101 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %transposed_38 = linalg.transpose ins(%arg8 : tensor<192x64xf32>) outs(%26 : tensor<64x192xf32>) permutation = [1, 0] 
    %105 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_38 : tensor<64x192xf32>) outs(%27 : tensor<2x64x192xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x192xf32>
    %106 = linalg.batch_matmul ins(%104, %105 : tensor<2x16x64xf32>, tensor<2x64x192xf32>) outs(%30 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %107 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %106 : tensor<192xf32>, tensor<2x16x192xf32>) outs(%29 : tensor<2x16x192xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x192xf32>
    %extracted_slice_39 = tensor.extract_slice %107[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_40 = tensor.extract_slice %107[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_41 = tensor.extract_slice %107[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_42 = tensor.expand_shape %extracted_slice_39 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_44 = tensor.expand_shape %extracted_slice_40 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_45 = tensor.expand_shape %extracted_slice_41 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_47 = linalg.transpose ins(%expanded_44 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_48 = tensor.collapse_shape %transposed_43 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_49 = tensor.collapse_shape %transposed_47 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %108 = linalg.batch_matmul ins(%collapsed_48, %collapsed_49 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%35 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_50 = tensor.expand_shape %108 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %109 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_50, %cst_6 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %110 = linalg.generic {indexing_maps = [#map9, #map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %cst_4, %109 : tensor<1x1x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_64: f32, %in_65: f32, %out: f32):
      %159 = arith.select %in, %in_64, %in_65 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %111:2 = linalg.generic {indexing_maps = [#map7, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%110 : tensor<2x4x16x16xf32>) outs(%44, %42 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_64: i64):
      %159 = linalg.index 3 : index
      %160 = arith.index_cast %159 : index to i64
      %161 = arith.maximumf %in, %out : f32
      %162 = arith.cmpf ogt, %in, %out : f32
      %163 = arith.select %162, %160, %out_64 : i64
      linalg.yield %161, %163 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_51 = tensor.expand_shape %111#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%110, %expanded_51 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.subf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%112 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.exp %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%113 : tensor<2x4x16x16xf32>) outs(%49 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%113, %114 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.divf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_52 = tensor.collapse_shape %115 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_53 = tensor.collapse_shape %transposed_46 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %116 = linalg.batch_matmul ins(%collapsed_52, %collapsed_53 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%35 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_54 = tensor.expand_shape %116 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_55 = linalg.transpose ins(%expanded_54 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_56 = tensor.collapse_shape %transposed_55 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_57 = linalg.transpose ins(%arg12 : tensor<64x64xf32>) outs(%54 : tensor<64x64xf32>) permutation = [1, 0] 
    %117 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_57 : tensor<64x64xf32>) outs(%55 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %118 = linalg.batch_matmul ins(%collapsed_56, %117 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%57 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13, %118 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %119 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%120 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_58 = tensor.collapse_shape %122 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %123 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_58 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %123 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.subf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %124 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%125 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %cst_8 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.rsqrt %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_59 = tensor.collapse_shape %129 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %130 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_59 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %131 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %130 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %transposed_60 = linalg.transpose ins(%arg16 : tensor<256x64xf32>) outs(%74 : tensor<64x256xf32>) permutation = [1, 0] 
    %134 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_60 : tensor<64x256xf32>) outs(%75 : tensor<2x64x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x256xf32>
    %135 = linalg.batch_matmul ins(%133, %134 : tensor<2x16x64xf32>, tensor<2x64x256xf32>) outs(%78 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %136 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %135 : tensor<256xf32>, tensor<2x16x256xf32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %137 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %cst_3 : tensor<2x16x256xf32>, tensor<f32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.divf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %138 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x16x256xf32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.erf %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %139 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %cst_2 : tensor<2x16x256xf32>, tensor<f32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %140 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %139 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %141 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %cst_1 : tensor<2x16x256xf32>, tensor<f32>) outs(%77 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x256xf32>
    %transposed_61 = linalg.transpose ins(%arg20 : tensor<64x256xf32>) outs(%86 : tensor<256x64xf32>) permutation = [1, 0] 
    %142 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_61 : tensor<256x64xf32>) outs(%87 : tensor<2x256x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x256x64xf32>
    %143 = linalg.batch_matmul ins(%141, %142 : tensor<2x16x256xf32>, tensor<2x256x64xf32>) outs(%57 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %144 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg21, %143 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %145 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %144 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %146 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%145 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %147 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_62 = tensor.collapse_shape %147 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %148 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_62 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %149 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %148 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.subf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %149 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%150 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %out : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %152 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.divf %in, %cst_7 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %153 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = arith.addf %in, %cst_8 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %154 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %159 = math.rsqrt %in : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_63 = tensor.collapse_shape %154 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %155 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_63 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %155 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.mulf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    %158 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %159 = arith.addf %in, %in_64 : f32
      linalg.yield %159 : f32
    } -> tensor<2x16x64xf32>
    return %158 : tensor<2x16x64xf32>
  }
}
