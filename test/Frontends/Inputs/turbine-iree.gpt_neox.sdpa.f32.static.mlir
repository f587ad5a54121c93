// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "gpt_neox", "path": "turbine-iree", "shapes": "static"}
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
#map11 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map12 = affine_map<(d0, d1, d2) -> (d2)>
#map13 = affine_map<(d0, d1) -> (d1)>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<192x64xf32>, %arg6: tensor<192xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<128xf32>, %arg11: tensor<64x128xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<2x16xi64>, %arg16: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %false = arith.constant false
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant 0xFF800000 : f32
    %cst_9 = arith.constant 9.99999974E-6 : f32
    %cst_10 = arith.constant dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>
    %cst_11 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg15 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %115 = arith.index_cast %in : i64 to index
      %116 = linalg.index 2 : index
      %117 = arith.cmpi slt, %115, %c128 : index
      cf.assert %117, "index must be smaller than dim size"
      %118 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %118, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%115, %116] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %115 = linalg.index 0 : index
      %116 = arith.index_cast %115 : index to i64
      linalg.yield %116 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %115 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %115 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %115 = linalg.index 0 : index
      %116 = arith.index_cast %115 : index to i64
      linalg.yield %116 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13, %expanded_12 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_55: i64, %out: i1):
      %115 = arith.cmpi sle, %in, %in_55 : i64
      linalg.yield %115 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_55: i1, %out: i1):
      %115 = arith.andi %in, %in_55 : i1
      linalg.yield %115 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_13 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_55: i64, %out: i1):
      %115 = arith.cmpi slt, %in, %c0_i64 : i64
      %116 = arith.addi %in, %c2_i64 : i64
      %117 = arith.select %115, %116, %in : i64
      %118 = arith.index_cast %117 : i64 to index
      %119 = arith.cmpi slt, %in_55, %c0_i64 : i64
      %120 = arith.addi %in_55, %c16_i64 : i64
      %121 = arith.select %119, %120, %in_55 : i64
      %122 = arith.index_cast %121 : i64 to index
      %extracted = tensor.extract %5[%118, %122] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_55: i1, %out: i1):
      %115 = arith.andi %in, %in_55 : i1
      linalg.yield %115 : i1
    } -> tensor<2x1x16x16xi1>
    %expanded_14 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %15 = tensor.empty() : tensor<1x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x16x1xi64>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %115 = arith.sitofp %in : i64 to f32
      linalg.yield %115 : f32
    } -> tensor<1x16x1xf32>
    %17 = tensor.empty() : tensor<1x16x2xf32>
    %18 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %cst_10 : tensor<1x16x1xf32>, tensor<2xf32>) outs(%17 : tensor<1x16x2xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<1x16x2xf32>
    %concat = tensor.concat dim(2) %18, %18 : (tensor<1x16x2xf32>, tensor<1x16x2xf32>) -> tensor<1x16x4xf32>
    %19 = tensor.empty() : tensor<1x16x4xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x4xf32>) outs(%19 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.cos %in : f32
      linalg.yield %115 : f32
    } -> tensor<1x16x4xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x4xf32>) outs(%19 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.sin %in : f32
      linalg.yield %115 : f32
    } -> tensor<1x16x4xf32>
    %22 = tensor.empty() : tensor<2x16x1xf32>
    %23 = linalg.fill ins(%cst : f32) outs(%22 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_11 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %25 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %26 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.subf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%28 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_11 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %cst_9 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.rsqrt %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_15 = tensor.collapse_shape %32 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_15 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %arg1 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_16 = tensor.collapse_shape %36 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %37 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<192x64xf32>) outs(%37 : tensor<64x192xf32>) permutation = [1, 0] 
    %38 = tensor.empty() : tensor<32x192xf32>
    %39 = linalg.fill ins(%cst : f32) outs(%38 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %40 = linalg.matmul ins(%collapsed_16, %transposed : tensor<32x64xf32>, tensor<64x192xf32>) outs(%39 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %41 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg6, %40 : tensor<192xf32>, tensor<32x192xf32>) outs(%38 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<32x192xf32>
    %expanded_17 = tensor.expand_shape %41 [[0, 1], [2, 3]] output_shape [2, 16, 4, 48] : tensor<32x192xf32> into tensor<2x16x4x48xf32>
    %42 = tensor.empty() : tensor<2x4x16x48xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x48xf32>) outs(%42 : tensor<2x4x16x48xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_18[0, 0, 0, 0] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_19 = tensor.extract_slice %transposed_18[0, 0, 0, 16] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_20 = tensor.extract_slice %transposed_18[0, 0, 0, 32] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %expanded_21 = tensor.expand_shape %20 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %expanded_22 = tensor.expand_shape %21 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %43 = tensor.empty() : tensor<2x4x16x16xf32>
    %extracted_slice_23 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_24 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %extracted_slice_25 = tensor.extract_slice %extracted_slice_19[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_26 = tensor.extract_slice %extracted_slice_19[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %44 = tensor.empty() : tensor<2x4x16x4xf32>
    %45 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_23, %expanded_21 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%44 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_27 = tensor.extract_slice %extracted_slice_23[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_28 = tensor.extract_slice %extracted_slice_23[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %46 = tensor.empty() : tensor<2x4x16x2xf32>
    %47 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_28 : tensor<2x4x16x2xf32>) outs(%46 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.negf %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x2xf32>
    %concat_29 = tensor.concat dim(3) %47, %extracted_slice_27 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %48 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_29, %expanded_22 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%44 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %49 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %48 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%44 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_25, %expanded_21 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%44 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_30 = tensor.extract_slice %extracted_slice_25[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_31 = tensor.extract_slice %extracted_slice_25[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_31 : tensor<2x4x16x2xf32>) outs(%46 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.negf %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x2xf32>
    %concat_32 = tensor.concat dim(3) %51, %extracted_slice_30 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %52 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_32, %expanded_22 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%44 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %52 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%44 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_33 = tensor.concat dim(3) %49, %extracted_slice_24 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %concat_34 = tensor.concat dim(3) %53, %extracted_slice_26 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %54 = tensor.empty() : tensor<2x1x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_5, %cst_6 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%54 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_55: f32, %in_56: f32, %out: f32):
      %115 = arith.select %in, %in_55, %in_56 : f32
      linalg.yield %115 : f32
    } -> tensor<2x1x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_33 : tensor<2x4x16x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.mulf %in, %cst_3 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_35 = linalg.transpose ins(%concat_34 : tensor<2x4x16x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %57 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_35 : tensor<2x4x16x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.mulf %in, %cst_3 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %56 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %57 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %58 = tensor.empty() : tensor<8x16x16xf32>
    %59 = linalg.fill ins(%cst : f32) outs(%58 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %60 = linalg.batch_matmul ins(%collapsed_36, %collapsed_37 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_38 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_38, %55 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %62 = tensor.empty() : tensor<2x4x16xi64>
    %63 = linalg.fill ins(%c0_i64 : i64) outs(%62 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %64 = tensor.empty() : tensor<2x4x16xf32>
    %65 = linalg.fill ins(%cst_0 : f32) outs(%64 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %66:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%61 : tensor<2x4x16x16xf32>) outs(%65, %63 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_55: i64):
      %115 = linalg.index 3 : index
      %116 = arith.index_cast %115 : index to i64
      %117 = arith.maximumf %in, %out : f32
      %118 = arith.cmpf ogt, %in, %out : f32
      %119 = arith.select %118, %116, %out_55 : i64
      linalg.yield %117, %119 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_39 = tensor.expand_shape %66#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %expanded_39 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.subf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67 : tensor<2x4x16x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.exp %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = tensor.empty() : tensor<2x4x16x1xf32>
    %70 = linalg.fill ins(%cst : f32) outs(%69 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %71 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%68 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %71 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.divf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %73 = tensor.empty() : tensor<2x4x16x16xi1>
    %74 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61 : tensor<2x4x16x16xf32>) outs(%73 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %115 = arith.cmpf oeq, %in, %cst_8 : f32
      linalg.yield %115 : i1
    } -> tensor<2x4x16x16xi1>
    %75 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74 : tensor<2x4x16x16xi1>) outs(%73 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %115 = arith.cmpi eq, %in, %false : i1
      linalg.yield %115 : i1
    } -> tensor<2x4x16x16xi1>
    %76 = tensor.empty() : tensor<2x4x16x1xi1>
    %77 = linalg.fill ins(%false : i1) outs(%76 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %78 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%75 : tensor<2x4x16x16xi1>) outs(%77 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %115 = arith.ori %in, %out : i1
      linalg.yield %115 : i1
    } -> tensor<2x4x16x1xi1>
    %79 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%78 : tensor<2x4x16x1xi1>) outs(%76 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %115 = arith.cmpi eq, %in, %false : i1
      linalg.yield %115 : i1
    } -> tensor<2x4x16x1xi1>
    %80 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79, %cst_4, %72 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_55: f32, %in_56: f32, %out: f32):
      %115 = arith.select %in, %in_55, %in_56 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %80 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %extracted_slice_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %81 = linalg.batch_matmul ins(%collapsed_40, %collapsed_41 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_42 = tensor.expand_shape %81 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %82 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<2x4x16x16xf32>) outs(%82 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_44 = tensor.collapse_shape %transposed_43 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %83 = tensor.empty() : tensor<64x64xf32>
    %transposed_45 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%83 : tensor<64x64xf32>) permutation = [1, 0] 
    %84 = tensor.empty() : tensor<32x64xf32>
    %85 = linalg.fill ins(%cst : f32) outs(%84 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %86 = linalg.matmul ins(%collapsed_44, %transposed_45 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%85 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %87 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg8, %86 : tensor<64xf32>, tensor<32x64xf32>) outs(%84 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<32x64xf32>
    %expanded_46 = tensor.expand_shape %87 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_47 = tensor.collapse_shape %89 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %90 = tensor.empty() : tensor<64x128xf32>
    %transposed_48 = linalg.transpose ins(%arg9 : tensor<128x64xf32>) outs(%90 : tensor<64x128xf32>) permutation = [1, 0] 
    %91 = tensor.empty() : tensor<32x128xf32>
    %92 = linalg.fill ins(%cst : f32) outs(%91 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %93 = linalg.matmul ins(%collapsed_47, %transposed_48 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%92 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %94 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg10, %93 : tensor<128xf32>, tensor<32x128xf32>) outs(%91 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<32x128xf32>
    %expanded_49 = tensor.expand_shape %94 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %95 = tensor.empty() : tensor<2x16x128xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<2x16x128xf32>) outs(%95 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_1 : f32
      %116 = math.erf %115 : f32
      %117 = arith.addf %116, %cst_2 : f32
      %118 = arith.mulf %117, %cst_3 : f32
      %119 = arith.mulf %in, %118 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_50 = tensor.collapse_shape %96 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %97 = tensor.empty() : tensor<128x64xf32>
    %transposed_51 = linalg.transpose ins(%arg11 : tensor<64x128xf32>) outs(%97 : tensor<128x64xf32>) permutation = [1, 0] 
    %98 = linalg.matmul ins(%collapsed_50, %transposed_51 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%85 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %99 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg12, %98 : tensor<64xf32>, tensor<32x64xf32>) outs(%84 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<32x64xf32>
    %expanded_52 = tensor.expand_shape %99 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52, %expanded_46 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %1 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_11 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_53 = tensor.collapse_shape %103 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %104 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_53 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %104 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.subf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %105 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_11 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %cst_9 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.rsqrt %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_54 = tensor.collapse_shape %110 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %111 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_54 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %111 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.mulf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %115 = arith.addf %in, %in_55 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    return %114 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_torch.float32: "0x040000000000803F0AD7233C"
    }
  }
#-}

