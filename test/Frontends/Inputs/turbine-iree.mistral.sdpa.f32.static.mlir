// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "mistral", "path": "turbine-iree", "shapes": "static"}
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
#map13 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map18 = affine_map<(d0, d1, d2) -> (d1, d2)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<32x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<128x64xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64x128xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<2x16xi64>, %arg12: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %false = arith.constant false
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant 0xFF800000 : f32
    %cst_7 = arith.constant 9.99999997E-7 : f32
    %cst_8 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 5.000000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
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
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
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
    %expanded_11 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12, %expanded_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_49: i64, %out: i1):
      %115 = arith.cmpi sle, %in, %in_49 : i64
      linalg.yield %115 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_49: i1, %out: i1):
      %115 = arith.andi %in, %in_49 : i1
      linalg.yield %115 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_12 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_49: i64, %out: i1):
      %115 = arith.cmpi slt, %in, %c0_i64 : i64
      %116 = arith.addi %in, %c2_i64 : i64
      %117 = arith.select %115, %116, %in : i64
      %118 = arith.index_cast %117 : i64 to index
      %119 = arith.cmpi slt, %in_49, %c0_i64 : i64
      %120 = arith.addi %in_49, %c16_i64 : i64
      %121 = arith.select %119, %120, %in_49 : i64
      %122 = arith.index_cast %121 : i64 to index
      %extracted = tensor.extract %5[%118, %122] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_49: i1, %out: i1):
      %115 = arith.andi %in, %in_49 : i1
      linalg.yield %115 : i1
    } -> tensor<2x1x16x16xi1>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %15 = tensor.empty() : tensor<1x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<1x16x1xi64>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %115 = arith.sitofp %in : i64 to f32
      linalg.yield %115 : f32
    } -> tensor<1x16x1xf32>
    %17 = tensor.empty() : tensor<1x16x8xf32>
    %18 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %cst_8 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%17 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %18, %18 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %19 = tensor.empty() : tensor<1x16x16xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%19 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.cos %in : f32
      linalg.yield %115 : f32
    } -> tensor<1x16x16xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%19 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.sin %in : f32
      linalg.yield %115 : f32
    } -> tensor<1x16x16xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %23 = tensor.empty() : tensor<2x16x1xf32>
    %24 = linalg.fill ins(%cst : f32) outs(%23 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%22 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_9 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %cst_7 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.rsqrt %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %28 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %29 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %31 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%31 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %30 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %32 = tensor.empty() : tensor<32x64xf32>
    %33 = linalg.fill ins(%cst : f32) outs(%32 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %34 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%33 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_14 = tensor.expand_shape %34 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %35 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%35 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %36 = tensor.empty() : tensor<64x32xf32>
    %transposed_16 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%36 : tensor<64x32xf32>) permutation = [1, 0] 
    %37 = tensor.empty() : tensor<32x32xf32>
    %38 = linalg.fill ins(%cst : f32) outs(%37 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %39 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%38 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_17 = tensor.expand_shape %39 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %40 = tensor.empty() : tensor<2x2x16x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x2x16xf32>) outs(%40 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg3 : tensor<32x64xf32>) outs(%36 : tensor<64x32xf32>) permutation = [1, 0] 
    %41 = linalg.matmul ins(%collapsed, %transposed_19 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%38 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_20 = tensor.expand_shape %41 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x2x16xf32>) outs(%40 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_22 = tensor.expand_shape %20 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_23 = tensor.expand_shape %21 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %42 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_15, %expanded_22 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%35 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice = tensor.extract_slice %transposed_15[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_24 = tensor.extract_slice %transposed_15[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %43 = tensor.empty() : tensor<2x4x16x8xf32>
    %44 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_24 : tensor<2x4x16x8xf32>) outs(%43 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.negf %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_25 = tensor.concat dim(3) %44, %extracted_slice : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %45 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_25, %expanded_23 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%35 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %45 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%35 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.addf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_18, %expanded_22 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%40 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x2x16x16xf32>
    %extracted_slice_26 = tensor.extract_slice %transposed_18[0, 0, 0, 0] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_18[0, 0, 0, 8] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %48 = tensor.empty() : tensor<2x2x16x8xf32>
    %49 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27 : tensor<2x2x16x8xf32>) outs(%48 : tensor<2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.negf %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x2x16x8xf32>
    %concat_28 = tensor.concat dim(3) %49, %extracted_slice_26 : (tensor<2x2x16x8xf32>, tensor<2x2x16x8xf32>) -> tensor<2x2x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_28, %expanded_23 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%40 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x2x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %50 : tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) outs(%40 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.addf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x2x16x16xf32>
    %52 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%51 : tensor<2x2x16x16xf32>) outs(%52 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %53 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_21 : tensor<2x2x16x16xf32>) outs(%52 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %55 = tensor.empty() : tensor<2x1x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_3, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%55 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_49: f32, %in_50: f32, %out: f32):
      %115 = arith.select %in, %in_49, %in_50 : f32
      linalg.yield %115 : f32
    } -> tensor<2x1x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46 : tensor<2x4x16x16xf32>) outs(%35 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.mulf %in, %cst_10 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_30 = linalg.transpose ins(%collapsed_29 : tensor<2x4x16x16xf32>) outs(%35 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %58 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_30 : tensor<2x4x16x16xf32>) outs(%35 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.mulf %in, %cst_10 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %57 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %59 = tensor.empty() : tensor<8x16x16xf32>
    %60 = linalg.fill ins(%cst : f32) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %61 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_33 = tensor.expand_shape %61 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33, %56 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%35 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.addf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = tensor.empty() : tensor<2x4x16xi64>
    %64 = linalg.fill ins(%c0_i64 : i64) outs(%63 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %65 = tensor.empty() : tensor<2x4x16xf32>
    %66 = linalg.fill ins(%cst_0 : f32) outs(%65 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %67:2 = linalg.generic {indexing_maps = [#map6, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%66, %64 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_49: i64):
      %115 = linalg.index 3 : index
      %116 = arith.index_cast %115 : index to i64
      %117 = arith.maximumf %in, %out : f32
      %118 = arith.cmpf ogt, %in, %out : f32
      %119 = arith.select %118, %116, %out_49 : i64
      linalg.yield %117, %119 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_34 = tensor.expand_shape %67#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %expanded_34 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%35 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.subf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x16x16xf32>) outs(%35 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.exp %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16x1xf32>
    %71 = linalg.fill ins(%cst : f32) outs(%70 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%71 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %72 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%35 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.divf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = tensor.empty() : tensor<2x4x16x16xi1>
    %75 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %115 = arith.cmpf oeq, %in, %cst_6 : f32
      linalg.yield %115 : i1
    } -> tensor<2x4x16x16xi1>
    %76 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x16x16xi1>) outs(%74 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %115 = arith.cmpi eq, %in, %false : i1
      linalg.yield %115 : i1
    } -> tensor<2x4x16x16xi1>
    %77 = tensor.empty() : tensor<2x4x16x1xi1>
    %78 = linalg.fill ins(%false : i1) outs(%77 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %79 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<2x4x16x16xi1>) outs(%78 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %115 = arith.ori %in, %out : i1
      linalg.yield %115 : i1
    } -> tensor<2x4x16x1xi1>
    %80 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79 : tensor<2x4x16x1xi1>) outs(%77 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %115 = arith.cmpi eq, %in, %false : i1
      linalg.yield %115 : i1
    } -> tensor<2x4x16x1xi1>
    %81 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80, %cst_2, %73 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%35 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_49: f32, %in_50: f32, %out: f32):
      %115 = arith.select %in, %in_49, %in_50 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %81 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %54 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %82 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_37 = tensor.expand_shape %82 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %83 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<2x4x16x16xf32>) outs(%83 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_39 = tensor.collapse_shape %transposed_38 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_40 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%31 : tensor<64x64xf32>) permutation = [1, 0] 
    %84 = tensor.empty() : tensor<2x64x64xf32>
    %85 = linalg.generic {indexing_maps = [#map18, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<64x64xf32>) outs(%84 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %86 = linalg.fill ins(%cst : f32) outs(%0 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %87 = linalg.batch_matmul ins(%collapsed_39, %85 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%86 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %87 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.addf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%89 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_9 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %cst_7 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.rsqrt %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %93 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %94 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %96 = tensor.empty() : tensor<64x128xf32>
    %transposed_41 = linalg.transpose ins(%arg5 : tensor<128x64xf32>) outs(%96 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_42 = tensor.collapse_shape %95 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %97 = tensor.empty() : tensor<32x128xf32>
    %98 = linalg.fill ins(%cst : f32) outs(%97 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %99 = linalg.matmul ins(%collapsed_42, %transposed_41 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%98 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_43 = tensor.expand_shape %99 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %100 = tensor.empty() : tensor<2x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43 : tensor<2x16x128xf32>) outs(%100 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.negf %in : f32
      %116 = math.exp %115 : f32
      %117 = arith.addf %116, %cst_1 : f32
      %118 = arith.divf %cst_1, %117 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x128xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43, %101 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%100 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x128xf32>
    %transposed_44 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%96 : tensor<64x128xf32>) permutation = [1, 0] 
    %103 = linalg.matmul ins(%collapsed_42, %transposed_44 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%98 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_45 = tensor.expand_shape %103 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %expanded_45 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%100 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x128xf32>
    %105 = tensor.empty() : tensor<128x64xf32>
    %transposed_46 = linalg.transpose ins(%arg7 : tensor<64x128xf32>) outs(%105 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_47 = tensor.collapse_shape %104 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %106 = linalg.matmul ins(%collapsed_47, %transposed_46 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%33 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_48 = tensor.expand_shape %106 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %expanded_48 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.addf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_9 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %cst_7 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.rsqrt %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %112 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %113 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %115 = arith.mulf %in, %in_49 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    return %114 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}

