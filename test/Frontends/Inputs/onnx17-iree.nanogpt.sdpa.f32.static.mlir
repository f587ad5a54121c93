// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "nanogpt", "path": "onnx17-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0) -> (d0)>
#map8 = affine_map<(d0, d1) -> (0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map14 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<128x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<192x64xf32>, %arg6: tensor<192xf32>, %arg7: tensor<192x64xf32>, %arg8: tensor<192xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<256x64xf32>, %arg14: tensor<256xf32>, %arg15: tensor<256x64xf32>, %arg16: tensor<256xf32>, %arg17: tensor<64x256xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64x256xf32>, %arg20: tensor<64xf32>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<1.000000e+00> : tensor<16x16xf32>
    %cst_2 = arith.constant dense<1.600000e+01> : tensor<1xf32>
    %cst_3 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_4 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_5 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<1xf32>
    %cst_7 = arith.constant dense<0.000000e+00> : tensor<1xf32>
    %cst_8 = arith.constant dense<1.000000e+00> : tensor<1xf32>
    %cst_9 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %168 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %168 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %168 = arith.addi %in, %c128_i64 : i64
      linalg.yield %168 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_64: i64, %in_65: i64, %out: i64):
      %168 = arith.select %in, %in_64, %in_65 : i64
      linalg.yield %168 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %168 = arith.index_cast %in : i64 to index
      %169 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%168, %169] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_9 : tensor<16xi64>) outs(%7 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %168 = arith.index_cast %in : i64 to index
      %169 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%168, %169] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %8 : tensor<2x16x64xf32>, tensor<16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x1xf32>
    %12 = linalg.fill ins(%cst : f32) outs(%11 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %13 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_12 = tensor.collapse_shape %14 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %15 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_12 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %15 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.subf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %cst_11 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.rsqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_13 = tensor.collapse_shape %21 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %22 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_13 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %22 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<192x64xf32>) outs(%26 : tensor<64x192xf32>) permutation = [1, 0] 
    %27 = tensor.empty() : tensor<2x64x192xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x192xf32>) outs(%27 : tensor<2x64x192xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x192xf32>
    %29 = tensor.empty() : tensor<2x16x192xf32>
    %30 = linalg.fill ins(%cst : f32) outs(%29 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %31 = linalg.batch_matmul ins(%25, %28 : tensor<2x16x64xf32>, tensor<2x64x192xf32>) outs(%30 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %32 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %31 : tensor<192xf32>, tensor<2x16x192xf32>) outs(%29 : tensor<2x16x192xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x192xf32>
    %extracted_slice = tensor.extract_slice %32[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_14 = tensor.extract_slice %32[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_15 = tensor.extract_slice %32[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_16 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %33 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_18 = tensor.expand_shape %extracted_slice_14 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_19 = tensor.expand_shape %extracted_slice_15 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %34 = tensor.empty() : tensor<1xf32>
    %35 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%cst_2 : tensor<1xf32>) outs(%34 : tensor<1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.sqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<1xf32>
    %36 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel"]} ins(%cst_8, %35 : tensor<1xf32>, tensor<1xf32>) outs(%34 : tensor<1xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.divf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<1xf32>
    %37 = tensor.empty() : tensor<16x16xf32>
    %38 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_1 : tensor<16x16xf32>) outs(%37 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = linalg.index 0 : index
      %169 = arith.index_cast %168 : index to i64
      %170 = linalg.index 1 : index
      %171 = arith.index_cast %170 : index to i64
      %172 = arith.cmpi sle, %171, %169 : i64
      %173 = arith.select %172, %in, %cst : f32
      linalg.yield %173 : f32
    } -> tensor<16x16xf32>
    %39 = tensor.empty() : tensor<16x16xi1>
    %40 = linalg.generic {indexing_maps = [#map, #map8, #map], iterator_types = ["parallel", "parallel"]} ins(%38, %cst_7 : tensor<16x16xf32>, tensor<1xf32>) outs(%39 : tensor<16x16xi1>) {
    ^bb0(%in: f32, %in_64: f32, %out: i1):
      %168 = arith.cmpf oeq, %in, %in_64 : f32
      linalg.yield %168 : i1
    } -> tensor<16x16xi1>
    %41 = linalg.generic {indexing_maps = [#map, #map8, #map8, #map], iterator_types = ["parallel", "parallel"]} ins(%40, %cst_6, %cst_7 : tensor<16x16xi1>, tensor<1xf32>, tensor<1xf32>) outs(%37 : tensor<16x16xf32>) {
    ^bb0(%in: i1, %in_64: f32, %in_65: f32, %out: f32):
      %168 = arith.select %in, %in_64, %in_65 : f32
      linalg.yield %168 : f32
    } -> tensor<16x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %42 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%36 : tensor<1xf32>) outs(%34 : tensor<1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.sqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<1xf32>
    %43 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_17, %42 : tensor<2x4x16x16xf32>, tensor<1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_21, %42 : tensor<2x4x16x16xf32>, tensor<1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_22 = tensor.collapse_shape %43 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %44 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %45 = tensor.empty() : tensor<8x16x16xf32>
    %46 = linalg.fill ins(%cst : f32) outs(%45 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %47 = linalg.batch_matmul ins(%collapsed_22, %collapsed_23 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_24 = tensor.expand_shape %47 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %48 = linalg.generic {indexing_maps = [#map9, #map11, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24, %41 : tensor<2x4x16x16xf32>, tensor<16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %49 = tensor.empty() : tensor<2x4x16xi64>
    %50 = linalg.fill ins(%c0_i64 : i64) outs(%49 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %51 = tensor.empty() : tensor<2x4x16xf32>
    %52 = linalg.fill ins(%cst_0 : f32) outs(%51 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %53:2 = linalg.generic {indexing_maps = [#map9, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%48 : tensor<2x4x16x16xf32>) outs(%52, %50 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_64: i64):
      %168 = linalg.index 3 : index
      %169 = arith.index_cast %168 : index to i64
      %170 = arith.maximumf %in, %out : f32
      %171 = arith.cmpf ogt, %in, %out : f32
      %172 = arith.select %171, %169, %out_64 : i64
      linalg.yield %170, %172 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_25 = tensor.expand_shape %53#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %54 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %expanded_25 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.subf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.exp %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = tensor.empty() : tensor<2x4x16x1xf32>
    %57 = linalg.fill ins(%cst : f32) outs(%56 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %58 = linalg.generic {indexing_maps = [#map9, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%55 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x1xf32>
    %59 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %58 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.divf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %transposed_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %60 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %61 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_30 = tensor.collapse_shape %transposed_29 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %62 = tensor.empty() : tensor<64x64xf32>
    %transposed_31 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%62 : tensor<64x64xf32>) permutation = [1, 0] 
    %63 = tensor.empty() : tensor<2x64x64xf32>
    %64 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<64x64xf32>) outs(%63 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %66 = linalg.batch_matmul ins(%collapsed_30, %64 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%65 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %66 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %68 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %67 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %69 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%68 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_32 = tensor.collapse_shape %70 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %71 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_32 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %71 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.subf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %72 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%73 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %cst_11 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.rsqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_33 = tensor.collapse_shape %77 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %78 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %78 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %82 = tensor.empty() : tensor<64x256xf32>
    %transposed_34 = linalg.transpose ins(%arg13 : tensor<256x64xf32>) outs(%82 : tensor<64x256xf32>) permutation = [1, 0] 
    %83 = tensor.empty() : tensor<2x64x256xf32>
    %84 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_34 : tensor<64x256xf32>) outs(%83 : tensor<2x64x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x256xf32>
    %85 = tensor.empty() : tensor<2x16x256xf32>
    %86 = linalg.fill ins(%cst : f32) outs(%85 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %87 = linalg.batch_matmul ins(%81, %84 : tensor<2x16x64xf32>, tensor<2x64x256xf32>) outs(%86 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %88 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg14, %87 : tensor<256xf32>, tensor<2x16x256xf32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map14, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %cst_5 : tensor<2x16x256xf32>, tensor<f32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.divf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x256xf32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.erf %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map14, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %cst_4 : tensor<2x16x256xf32>, tensor<f32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %91 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map14, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %cst_3 : tensor<2x16x256xf32>, tensor<f32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %94 = tensor.empty() : tensor<256x64xf32>
    %transposed_35 = linalg.transpose ins(%arg17 : tensor<64x256xf32>) outs(%94 : tensor<256x64xf32>) permutation = [1, 0] 
    %95 = tensor.empty() : tensor<2x256x64xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_35 : tensor<256x64xf32>) outs(%95 : tensor<2x256x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x256x64xf32>
    %97 = linalg.batch_matmul ins(%93, %96 : tensor<2x16x256xf32>, tensor<2x256x64xf32>) outs(%65 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg18, %97 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%68, %98 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%99 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_36 = tensor.collapse_shape %101 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %102 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %102 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.subf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %103 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%104 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %106 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %cst_11 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %108 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.rsqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_37 = tensor.collapse_shape %108 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %109 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_37 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %transposed_38 = linalg.transpose ins(%arg7 : tensor<192x64xf32>) outs(%26 : tensor<64x192xf32>) permutation = [1, 0] 
    %113 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_38 : tensor<64x192xf32>) outs(%27 : tensor<2x64x192xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x192xf32>
    %114 = linalg.batch_matmul ins(%112, %113 : tensor<2x16x64xf32>, tensor<2x64x192xf32>) outs(%30 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %115 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %114 : tensor<192xf32>, tensor<2x16x192xf32>) outs(%29 : tensor<2x16x192xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x192xf32>
    %extracted_slice_39 = tensor.extract_slice %115[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_40 = tensor.extract_slice %115[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_41 = tensor.extract_slice %115[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_42 = tensor.expand_shape %extracted_slice_39 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_44 = tensor.expand_shape %extracted_slice_40 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_45 = tensor.expand_shape %extracted_slice_41 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_47 = linalg.transpose ins(%expanded_44 : tensor<2x16x4x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %116 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_43, %42 : tensor<2x4x16x16xf32>, tensor<1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %117 = linalg.generic {indexing_maps = [#map9, #map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_47, %42 : tensor<2x4x16x16xf32>, tensor<1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_48 = tensor.collapse_shape %116 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_49 = tensor.collapse_shape %117 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %118 = linalg.batch_matmul ins(%collapsed_48, %collapsed_49 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_50 = tensor.expand_shape %118 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %119 = linalg.generic {indexing_maps = [#map9, #map11, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_50, %41 : tensor<2x4x16x16xf32>, tensor<16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %120:2 = linalg.generic {indexing_maps = [#map9, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%119 : tensor<2x4x16x16xf32>) outs(%52, %50 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_64: i64):
      %168 = linalg.index 3 : index
      %169 = arith.index_cast %168 : index to i64
      %170 = arith.maximumf %in, %out : f32
      %171 = arith.cmpf ogt, %in, %out : f32
      %172 = arith.select %171, %169, %out_64 : i64
      linalg.yield %170, %172 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_51 = tensor.expand_shape %120#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%119, %expanded_51 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.subf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %122 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%121 : tensor<2x4x16x16xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.exp %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %123 = linalg.generic {indexing_maps = [#map9, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%122 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%122, %123 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%33 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.divf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_52 = tensor.collapse_shape %124 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_53 = tensor.collapse_shape %transposed_46 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %125 = linalg.batch_matmul ins(%collapsed_52, %collapsed_53 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_54 = tensor.expand_shape %125 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_55 = linalg.transpose ins(%expanded_54 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_56 = tensor.collapse_shape %transposed_55 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_57 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%62 : tensor<64x64xf32>) permutation = [1, 0] 
    %126 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_57 : tensor<64x64xf32>) outs(%63 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %127 = linalg.batch_matmul ins(%collapsed_56, %126 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%65 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg12, %127 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %128 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%129 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %131 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_58 = tensor.collapse_shape %131 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %132 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_58 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %132 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.subf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %134 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %133 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%134 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %136 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %137 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %cst_11 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %138 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.rsqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_59 = tensor.collapse_shape %138 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %139 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_59 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %140 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %139 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %141 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %142 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %transposed_60 = linalg.transpose ins(%arg15 : tensor<256x64xf32>) outs(%82 : tensor<64x256xf32>) permutation = [1, 0] 
    %143 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_60 : tensor<64x256xf32>) outs(%83 : tensor<2x64x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x256xf32>
    %144 = linalg.batch_matmul ins(%142, %143 : tensor<2x16x64xf32>, tensor<2x64x256xf32>) outs(%86 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %145 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16, %144 : tensor<256xf32>, tensor<2x16x256xf32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %146 = linalg.generic {indexing_maps = [#map2, #map14, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %cst_5 : tensor<2x16x256xf32>, tensor<f32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.divf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %147 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x16x256xf32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.erf %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %148 = linalg.generic {indexing_maps = [#map2, #map14, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %cst_4 : tensor<2x16x256xf32>, tensor<f32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %149 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %148 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %150 = linalg.generic {indexing_maps = [#map2, #map14, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %cst_3 : tensor<2x16x256xf32>, tensor<f32>) outs(%85 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x256xf32>
    %transposed_61 = linalg.transpose ins(%arg19 : tensor<64x256xf32>) outs(%94 : tensor<256x64xf32>) permutation = [1, 0] 
    %151 = linalg.generic {indexing_maps = [#map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_61 : tensor<256x64xf32>) outs(%95 : tensor<2x256x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x256x64xf32>
    %152 = linalg.batch_matmul ins(%150, %151 : tensor<2x16x256xf32>, tensor<2x256x64xf32>) outs(%65 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %153 = linalg.generic {indexing_maps = [#map6, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20, %152 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %154 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %153 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%154 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %156 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_62 = tensor.collapse_shape %156 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %157 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_62 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %158 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %157 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.subf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %158 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map2, #map4], iterator_types = ["parallel", "parallel", "reduction"]} ins(%159 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %out : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %161 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.divf %in, %cst_10 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %162 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = arith.addf %in, %cst_11 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %163 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x16x1xf32>) outs(%11 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %168 = math.rsqrt %in : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_63 = tensor.collapse_shape %163 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %164 = linalg.generic {indexing_maps = [#map5, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_63 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %165 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %164 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %166 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.mulf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    %167 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %168 = arith.addf %in, %in_64 : f32
      linalg.yield %168 : f32
    } -> tensor<2x16x64xf32>
    return %167 : tensor<2x16x64xf32>
  }
}

