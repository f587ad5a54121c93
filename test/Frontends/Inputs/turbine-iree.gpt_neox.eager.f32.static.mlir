// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "gpt_neox", "path": "turbine-iree", "shapes": "static"}
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
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 9.99999974E-6 : f32
    %cst_8 = arith.constant dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg15 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %106 = arith.index_cast %in : i64 to index
      %107 = linalg.index 2 : index
      %108 = arith.cmpi slt, %106, %c128 : index
      cf.assert %108, "index must be smaller than dim size"
      %109 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %109, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%106, %107] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %106 = linalg.index 0 : index
      %107 = arith.index_cast %106 : index to i64
      linalg.yield %107 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %106 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %106 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %106 = linalg.index 0 : index
      %107 = arith.index_cast %106 : index to i64
      linalg.yield %107 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_11 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12, %expanded_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_54: i64, %out: i1):
      %106 = arith.cmpi sle, %in, %in_54 : i64
      linalg.yield %106 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_54: i1, %out: i1):
      %106 = arith.andi %in, %in_54 : i1
      linalg.yield %106 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_12 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_54: i64, %out: i1):
      %106 = arith.cmpi slt, %in, %c0_i64 : i64
      %107 = arith.addi %in, %c2_i64 : i64
      %108 = arith.select %106, %107, %in : i64
      %109 = arith.index_cast %108 : i64 to index
      %110 = arith.cmpi slt, %in_54, %c0_i64 : i64
      %111 = arith.addi %in_54, %c16_i64 : i64
      %112 = arith.select %110, %111, %in_54 : i64
      %113 = arith.index_cast %112 : i64 to index
      %extracted = tensor.extract %5[%109, %113] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_54: i1, %out: i1):
      %106 = arith.andi %in, %in_54 : i1
      linalg.yield %106 : i1
    } -> tensor<2x1x16x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xf32>
    %16 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%15 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_54: f32, %in_55: f32, %out: f32):
      %106 = arith.select %in, %in_54, %in_55 : f32
      linalg.yield %106 : f32
    } -> tensor<2x1x16x16xf32>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %17 = tensor.empty() : tensor<1x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<1x16x1xi64>) outs(%17 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %106 = arith.sitofp %in : i64 to f32
      linalg.yield %106 : f32
    } -> tensor<1x16x1xf32>
    %19 = tensor.empty() : tensor<1x16x2xf32>
    %20 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %cst_8 : tensor<1x16x1xf32>, tensor<2xf32>) outs(%19 : tensor<1x16x2xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<1x16x2xf32>
    %concat = tensor.concat dim(2) %20, %20 : (tensor<1x16x2xf32>, tensor<1x16x2xf32>) -> tensor<1x16x4xf32>
    %21 = tensor.empty() : tensor<1x16x4xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x4xf32>) outs(%21 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.cos %in : f32
      linalg.yield %106 : f32
    } -> tensor<1x16x4xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x4xf32>) outs(%21 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.sin %in : f32
      linalg.yield %106 : f32
    } -> tensor<1x16x4xf32>
    %24 = tensor.empty() : tensor<2x16x1xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%24 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.divf %in, %cst_9 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %27 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %28 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.subf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %29 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%30 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.divf %in, %cst_9 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %cst_7 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.rsqrt %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_14 = tensor.collapse_shape %34 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_14 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %35 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %arg1 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_15 = tensor.collapse_shape %38 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %39 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<192x64xf32>) outs(%39 : tensor<64x192xf32>) permutation = [1, 0] 
    %40 = tensor.empty() : tensor<32x192xf32>
    %41 = linalg.fill ins(%cst : f32) outs(%40 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %42 = linalg.matmul ins(%collapsed_15, %transposed : tensor<32x64xf32>, tensor<64x192xf32>) outs(%41 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %43 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg6, %42 : tensor<192xf32>, tensor<32x192xf32>) outs(%40 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<32x192xf32>
    %expanded_16 = tensor.expand_shape %43 [[0, 1], [2, 3]] output_shape [2, 16, 4, 48] : tensor<32x192xf32> into tensor<2x16x4x48xf32>
    %44 = tensor.empty() : tensor<2x4x16x48xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x48xf32>) outs(%44 : tensor<2x4x16x48xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_17[0, 0, 0, 0] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_18 = tensor.extract_slice %transposed_17[0, 0, 0, 16] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_19 = tensor.extract_slice %transposed_17[0, 0, 0, 32] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %expanded_20 = tensor.expand_shape %22 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %expanded_21 = tensor.expand_shape %23 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %45 = tensor.empty() : tensor<2x4x16x16xf32>
    %extracted_slice_22 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_23 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %extracted_slice_24 = tensor.extract_slice %extracted_slice_18[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_25 = tensor.extract_slice %extracted_slice_18[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %46 = tensor.empty() : tensor<2x4x16x4xf32>
    %47 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_22, %expanded_20 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%46 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_26 = tensor.extract_slice %extracted_slice_22[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_27 = tensor.extract_slice %extracted_slice_22[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %48 = tensor.empty() : tensor<2x4x16x2xf32>
    %49 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27 : tensor<2x4x16x2xf32>) outs(%48 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.negf %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x2xf32>
    %concat_28 = tensor.concat dim(3) %49, %extracted_slice_26 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_28, %expanded_21 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%46 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x4xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %50 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%46 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x4xf32>
    %52 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_24, %expanded_20 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%46 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_29 = tensor.extract_slice %extracted_slice_24[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_30 = tensor.extract_slice %extracted_slice_24[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_30 : tensor<2x4x16x2xf32>) outs(%48 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.negf %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x2xf32>
    %concat_31 = tensor.concat dim(3) %53, %extracted_slice_29 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_31, %expanded_21 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%46 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x4xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %54 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%46 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_32 = tensor.concat dim(3) %51, %extracted_slice_23 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %concat_33 = tensor.concat dim(3) %55, %extracted_slice_25 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %transposed_34 = linalg.transpose ins(%concat_33 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_35 = tensor.collapse_shape %concat_32 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %transposed_34 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %56 = tensor.empty() : tensor<8x16x16xf32>
    %57 = linalg.fill ins(%cst : f32) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %58 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%57 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_37 = tensor.expand_shape %58 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.mulf %in, %cst_10 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %16 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x16xf32>
    %61 = tensor.empty() : tensor<2x4x16xi64>
    %62 = linalg.fill ins(%c0_i64 : i64) outs(%61 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %63 = tensor.empty() : tensor<2x4x16xf32>
    %64 = linalg.fill ins(%cst_0 : f32) outs(%63 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %65:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%60 : tensor<2x4x16x16xf32>) outs(%64, %62 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_54: i64):
      %106 = linalg.index 3 : index
      %107 = arith.index_cast %106 : index to i64
      %108 = arith.maximumf %in, %out : f32
      %109 = arith.cmpf ogt, %in, %out : f32
      %110 = arith.select %109, %107, %out_54 : i64
      linalg.yield %108, %110 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_38 = tensor.expand_shape %65#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %expanded_38 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.subf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.exp %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = tensor.empty() : tensor<2x4x16x1xf32>
    %69 = linalg.fill ins(%cst : f32) outs(%68 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%67 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x1xf32>
    %71 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %70 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.divf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %71 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %extracted_slice_19 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %72 = linalg.batch_matmul ins(%collapsed_39, %collapsed_40 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%57 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_41 = tensor.expand_shape %72 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %73 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_42 = linalg.transpose ins(%expanded_41 : tensor<2x4x16x16xf32>) outs(%73 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_43 = tensor.collapse_shape %transposed_42 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %74 = tensor.empty() : tensor<64x64xf32>
    %transposed_44 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%74 : tensor<64x64xf32>) permutation = [1, 0] 
    %75 = tensor.empty() : tensor<32x64xf32>
    %76 = linalg.fill ins(%cst : f32) outs(%75 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %77 = linalg.matmul ins(%collapsed_43, %transposed_44 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%76 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %78 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg8, %77 : tensor<64xf32>, tensor<32x64xf32>) outs(%75 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %expanded_45 = tensor.expand_shape %78 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_46 = tensor.collapse_shape %80 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %81 = tensor.empty() : tensor<64x128xf32>
    %transposed_47 = linalg.transpose ins(%arg9 : tensor<128x64xf32>) outs(%81 : tensor<64x128xf32>) permutation = [1, 0] 
    %82 = tensor.empty() : tensor<32x128xf32>
    %83 = linalg.fill ins(%cst : f32) outs(%82 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %84 = linalg.matmul ins(%collapsed_46, %transposed_47 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%83 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %85 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg10, %84 : tensor<128xf32>, tensor<32x128xf32>) outs(%82 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<32x128xf32>
    %expanded_48 = tensor.expand_shape %85 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %86 = tensor.empty() : tensor<2x16x128xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<2x16x128xf32>) outs(%86 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.divf %in, %cst_1 : f32
      %107 = math.erf %106 : f32
      %108 = arith.addf %107, %cst_2 : f32
      %109 = arith.mulf %108, %cst_3 : f32
      %110 = arith.mulf %in, %109 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_49 = tensor.collapse_shape %87 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %88 = tensor.empty() : tensor<128x64xf32>
    %transposed_50 = linalg.transpose ins(%arg11 : tensor<64x128xf32>) outs(%88 : tensor<128x64xf32>) permutation = [1, 0] 
    %89 = linalg.matmul ins(%collapsed_49, %transposed_50 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%76 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %90 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg12, %89 : tensor<64xf32>, tensor<32x64xf32>) outs(%75 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<32x64xf32>
    %expanded_51 = tensor.expand_shape %90 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51, %expanded_45 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %1 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%92 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.divf %in, %cst_9 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_52 = tensor.collapse_shape %94 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %95 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_52 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %95 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.subf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %96 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%97 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %out : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.divf %in, %cst_9 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = arith.addf %in, %cst_7 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %106 = math.rsqrt %in : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_53 = tensor.collapse_shape %101 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %102 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_53 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %102 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.mulf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %106 = arith.addf %in, %in_54 : f32
      linalg.yield %106 : f32
    } -> tensor<2x16x64xf32>
    return %105 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_torch.float32: "0x040000000000803F0AD7233C"
    }
  }
#-}

