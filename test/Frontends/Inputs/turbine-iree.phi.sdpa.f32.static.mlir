// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "phi", "path": "turbine-iree", "shapes": "static"}
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
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<128xf32>, %arg11: tensor<64x128xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16xi64>, %arg18: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c3_i64 = arith.constant 3 : i64
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %false = arith.constant false
    %cst_1 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 0.797884523 : f32
    %cst_6 = arith.constant 4.471500e-02 : f32
    %cst_7 = arith.constant 0xFF800000 : f32
    %cst_8 = arith.constant 9.99999974E-6 : f32
    %cst_9 = arith.constant dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 1.000000e+00 : f32
    %cst_12 = arith.constant 5.000000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %120 = arith.index_cast %in : i64 to index
      %121 = linalg.index 2 : index
      %122 = arith.cmpi slt, %120, %c128 : index
      cf.assert %122, "index must be smaller than dim size"
      %123 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %123, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%120, %121] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %120 = linalg.index 0 : index
      %121 = arith.index_cast %120 : index to i64
      linalg.yield %121 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg18 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %120 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %120 = linalg.index 0 : index
      %121 = arith.index_cast %120 : index to i64
      linalg.yield %121 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_14 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14, %expanded_13 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_58: i64, %out: i1):
      %120 = arith.cmpi sle, %in, %in_58 : i64
      linalg.yield %120 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_58: i1, %out: i1):
      %120 = arith.andi %in, %in_58 : i1
      linalg.yield %120 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_14 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_58: i64, %out: i1):
      %120 = arith.cmpi slt, %in, %c0_i64 : i64
      %121 = arith.addi %in, %c2_i64 : i64
      %122 = arith.select %120, %121, %in : i64
      %123 = arith.index_cast %122 : i64 to index
      %124 = arith.cmpi slt, %in_58, %c0_i64 : i64
      %125 = arith.addi %in_58, %c16_i64 : i64
      %126 = arith.select %124, %125, %in_58 : i64
      %127 = arith.index_cast %126 : i64 to index
      %extracted = tensor.extract %5[%123, %127] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_58: i1, %out: i1):
      %120 = arith.andi %in, %in_58 : i1
      linalg.yield %120 : i1
    } -> tensor<2x1x16x16xi1>
    %expanded_15 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %15 = tensor.empty() : tensor<1x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<1x16x1xi64>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %120 = arith.sitofp %in : i64 to f32
      linalg.yield %120 : f32
    } -> tensor<1x16x1xf32>
    %17 = tensor.empty() : tensor<1x16x4xf32>
    %18 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %cst_9 : tensor<1x16x1xf32>, tensor<4xf32>) outs(%17 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x4xf32>
    %concat = tensor.concat dim(2) %18, %18 : (tensor<1x16x4xf32>, tensor<1x16x4xf32>) -> tensor<1x16x8xf32>
    %19 = tensor.empty() : tensor<1x16x8xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x8xf32>) outs(%19 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.cos %in : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x8xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x8xf32>) outs(%19 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.sin %in : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x8xf32>
    %22 = tensor.empty() : tensor<2x16x1xf32>
    %23 = linalg.fill ins(%cst : f32) outs(%22 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_10 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %25 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %26 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.subf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%28 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_10 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %cst_8 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.rsqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_16 = tensor.collapse_shape %32 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_16 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_17 = tensor.collapse_shape %36 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %37 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %38 = tensor.empty() : tensor<32x64xf32>
    %39 = linalg.fill ins(%cst : f32) outs(%38 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %40 = linalg.matmul ins(%collapsed_17, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %41 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg2, %40 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %41 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %42 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_20 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %43 = linalg.matmul ins(%collapsed_17, %transposed_20 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %44 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg4, %43 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %44 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %45 = linalg.matmul ins(%collapsed_17, %transposed_23 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %46 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg6, %45 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<32x64xf32>
    %expanded_24 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_19[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_26 = tensor.extract_slice %transposed_19[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_22[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_28 = tensor.extract_slice %transposed_22[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %expanded_29 = tensor.expand_shape %20 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %expanded_30 = tensor.expand_shape %21 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %47 = tensor.empty() : tensor<2x4x16x8xf32>
    %48 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice, %expanded_29 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%47 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_31 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_32 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %49 = tensor.empty() : tensor<2x4x16x4xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_32 : tensor<2x4x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.negf %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_33 = tensor.concat dim(3) %50, %extracted_slice_31 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_33, %expanded_30 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%47 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %52 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %51 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%47 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27, %expanded_29 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%47 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_34 = tensor.extract_slice %extracted_slice_27[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_35 = tensor.extract_slice %extracted_slice_27[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_35 : tensor<2x4x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.negf %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_36 = tensor.concat dim(3) %54, %extracted_slice_34 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_36, %expanded_30 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%47 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %55 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%47 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_37 = tensor.concat dim(3) %52, %extracted_slice_26 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %concat_38 = tensor.concat dim(3) %56, %extracted_slice_28 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x1x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_2, %cst_3 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%57 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_58: f32, %in_59: f32, %out: f32):
      %120 = arith.select %in, %in_58, %in_59 : f32
      linalg.yield %120 : f32
    } -> tensor<2x1x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_37 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.mulf %in, %cst_12 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_39 = linalg.transpose ins(%concat_38 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %60 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.mulf %in, %cst_12 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %60 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %61 = tensor.empty() : tensor<8x16x16xf32>
    %62 = linalg.fill ins(%cst : f32) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %63 = linalg.batch_matmul ins(%collapsed_40, %collapsed_41 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%62 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_42 = tensor.expand_shape %63 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_42, %58 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x4x16xi64>
    %66 = linalg.fill ins(%c0_i64 : i64) outs(%65 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %67 = tensor.empty() : tensor<2x4x16xf32>
    %68 = linalg.fill ins(%cst_0 : f32) outs(%67 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %69:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%68, %66 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_58: i64):
      %120 = linalg.index 3 : index
      %121 = arith.index_cast %120 : index to i64
      %122 = arith.maximumf %in, %out : f32
      %123 = arith.cmpf ogt, %in, %out : f32
      %124 = arith.select %123, %121, %out_58 : i64
      linalg.yield %122, %124 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_43 = tensor.expand_shape %69#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %expanded_43 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.subf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.exp %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x4x16x1xf32>
    %73 = linalg.fill ins(%cst : f32) outs(%72 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%71 : tensor<2x4x16x16xf32>) outs(%73 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71, %74 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.divf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = tensor.empty() : tensor<2x4x16x16xi1>
    %77 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%76 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %120 = arith.cmpf oeq, %in, %cst_7 : f32
      linalg.yield %120 : i1
    } -> tensor<2x4x16x16xi1>
    %78 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77 : tensor<2x4x16x16xi1>) outs(%76 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %120 = arith.cmpi eq, %in, %false : i1
      linalg.yield %120 : i1
    } -> tensor<2x4x16x16xi1>
    %79 = tensor.empty() : tensor<2x4x16x1xi1>
    %80 = linalg.fill ins(%false : i1) outs(%79 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %81 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%78 : tensor<2x4x16x16xi1>) outs(%80 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %120 = arith.ori %in, %out : i1
      linalg.yield %120 : i1
    } -> tensor<2x4x16x1xi1>
    %82 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81 : tensor<2x4x16x1xi1>) outs(%79 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %120 = arith.cmpi eq, %in, %false : i1
      linalg.yield %120 : i1
    } -> tensor<2x4x16x1xi1>
    %83 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82, %cst_1, %75 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_58: f32, %in_59: f32, %out: f32):
      %120 = arith.select %in, %in_58, %in_59 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %83 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_45 = tensor.collapse_shape %transposed_25 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %84 = linalg.batch_matmul ins(%collapsed_44, %collapsed_45 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%62 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_46 = tensor.expand_shape %84 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %85 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_47 = linalg.transpose ins(%expanded_46 : tensor<2x4x16x16xf32>) outs(%85 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_48 = tensor.collapse_shape %transposed_47 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_49 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %86 = linalg.matmul ins(%collapsed_48, %transposed_49 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %87 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg8, %86 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<32x64xf32>
    %expanded_50 = tensor.expand_shape %87 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %88 = tensor.empty() : tensor<64x128xf32>
    %transposed_51 = linalg.transpose ins(%arg9 : tensor<128x64xf32>) outs(%88 : tensor<64x128xf32>) permutation = [1, 0] 
    %89 = tensor.empty() : tensor<32x128xf32>
    %90 = linalg.fill ins(%cst : f32) outs(%89 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %91 = linalg.matmul ins(%collapsed_17, %transposed_51 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%90 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %92 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg10, %91 : tensor<128xf32>, tensor<32x128xf32>) outs(%89 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<32x128xf32>
    %expanded_52 = tensor.expand_shape %92 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %93 = tensor.empty() : tensor<2x16x128xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.mulf %in, %cst_12 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.mulf %in, %cst_6 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52, %96 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.mulf %in, %cst_5 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.tanh %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %cst_11 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %100 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_53 = tensor.collapse_shape %101 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %102 = tensor.empty() : tensor<128x64xf32>
    %transposed_54 = linalg.transpose ins(%arg11 : tensor<64x128xf32>) outs(%102 : tensor<128x64xf32>) permutation = [1, 0] 
    %103 = linalg.matmul ins(%collapsed_53, %transposed_54 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %104 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg12, %103 : tensor<64xf32>, tensor<32x64xf32>) outs(%38 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<32x64xf32>
    %expanded_55 = tensor.expand_shape %104 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_50, %expanded_55 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %1 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_10 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_56 = tensor.collapse_shape %108 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %109 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_56 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.subf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %110 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_10 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %cst_8 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.rsqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_57 = tensor.collapse_shape %115 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %116 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_57 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %116 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.mulf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %120 = arith.addf %in, %in_58 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    return %119 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A"
    }
  }
#-}

