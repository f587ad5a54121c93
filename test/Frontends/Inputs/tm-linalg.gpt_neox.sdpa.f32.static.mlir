// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "gpt_neox", "path": "tm-linalg", "shapes": "static"}
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
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<192x64xf32>, %arg6: tensor<192xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<128xf32>, %arg11: tensor<64x128xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<2x16xi64>, %arg16: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
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
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant 0xFFF0000000000000 : f64
    %cst_9 = arith.constant 1.000000e-05 : f64
    %cst_10 = arith.constant dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>
    %cst_11 = arith.constant 6.400000e+01 : f64
    %cst_12 = arith.constant 6.400000e+01 : f32
    %cst_13 = arith.constant 1.41421354 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg15 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %122 = arith.index_cast %in : i64 to index
      %123 = linalg.index 2 : index
      %124 = arith.cmpi slt, %122, %c128 : index
      cf.assert %124, "index must be smaller than dim size"
      %125 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %125, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%122, %123] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %122 = linalg.index 0 : index
      %123 = arith.index_cast %122 : index to i64
      linalg.yield %123 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %122 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %122 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %122 = linalg.index 0 : index
      %123 = arith.index_cast %122 : index to i64
      linalg.yield %123 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15, %expanded_14 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_53: i64, %out: i1):
      %122 = arith.cmpi sle, %in, %in_53 : i64
      linalg.yield %122 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_53: i1, %out: i1):
      %122 = arith.andi %in, %in_53 : i1
      linalg.yield %122 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_53: i64, %out: i1):
      %122 = arith.cmpi slt, %in, %c0_i64 : i64
      %123 = arith.addi %in, %c2_i64 : i64
      %124 = arith.select %122, %123, %in : i64
      %125 = arith.index_cast %124 : i64 to index
      %126 = arith.cmpi slt, %in_53, %c0_i64 : i64
      %127 = arith.addi %in_53, %c16_i64 : i64
      %128 = arith.select %126, %127, %in_53 : i64
      %129 = arith.index_cast %128 : i64 to index
      %extracted = tensor.extract %5[%125, %129] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_53: i1, %out: i1):
      %122 = arith.andi %in, %in_53 : i1
      linalg.yield %122 : i1
    } -> tensor<2x1x16x16xi1>
    %expanded_16 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %15 = tensor.empty() : tensor<1x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_16 : tensor<1x16x1xi64>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %122 = arith.sitofp %in : i64 to f32
      linalg.yield %122 : f32
    } -> tensor<1x16x1xf32>
    %17 = tensor.empty() : tensor<1x16x2xf32>
    %18 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %cst_10 : tensor<1x16x1xf32>, tensor<2xf32>) outs(%17 : tensor<1x16x2xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.mulf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<1x16x2xf32>
    %concat = tensor.concat dim(2) %18, %18 : (tensor<1x16x2xf32>, tensor<1x16x2xf32>) -> tensor<1x16x4xf32>
    %19 = tensor.empty() : tensor<1x16x4xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x4xf32>) outs(%19 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.cos %in : f32
      linalg.yield %122 : f32
    } -> tensor<1x16x4xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x4xf32>) outs(%19 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.sin %in : f32
      linalg.yield %122 : f32
    } -> tensor<1x16x4xf32>
    %22 = tensor.empty() : tensor<2x16x64xf64>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %122 = arith.extf %in : f32 to f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %24 = tensor.empty() : tensor<2x16x1xf64>
    %25 = linalg.fill ins(%cst : f64) outs(%24 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %26 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%23 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.addf %in, %out : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.divf %in, %cst_11 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %28 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %27 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_53: f64, %out: f64):
      %122 = arith.subf %in, %in_53 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %28 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_53: f64, %out: f64):
      %122 = arith.mulf %in, %in_53 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %30 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%29 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.addf %in, %out : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.divf %in, %cst_11 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %32 = tensor.empty() : tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf64>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %122 = arith.truncf %in : f64 to f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.fill ins(%cst_0 : f32) outs(%32 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x64xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_12 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.truncf %cst_9 : f64 to f32
      %123 = arith.addf %in, %122 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.rsqrt %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %36 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.subf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %38 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.mulf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg1 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.mulf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %42 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %43 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<192x64xf32>) outs(%43 : tensor<64x192xf32>) permutation = [1, 0] 
    %44 = tensor.empty() : tensor<32x192xf32>
    %45 = linalg.fill ins(%cst_0 : f32) outs(%44 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %46 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x192xf32>) outs(%45 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %47 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%46, %arg6 : tensor<32x192xf32>, tensor<192xf32>) outs(%44 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<32x192xf32>
    %expanded_17 = tensor.expand_shape %47 [[0, 1], [2, 3]] output_shape [2, 16, 4, 48] : tensor<32x192xf32> into tensor<2x16x4x48xf32>
    %48 = tensor.empty() : tensor<2x4x16x48xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x48xf32>) outs(%48 : tensor<2x4x16x48xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_18[0, 0, 0, 0] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_19 = tensor.extract_slice %transposed_18[0, 0, 0, 16] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_20 = tensor.extract_slice %transposed_18[0, 0, 0, 32] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %expanded_21 = tensor.expand_shape %20 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %expanded_22 = tensor.expand_shape %21 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %extracted_slice_23 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_24 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %extracted_slice_25 = tensor.extract_slice %extracted_slice_19[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_26 = tensor.extract_slice %extracted_slice_19[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %49 = tensor.empty() : tensor<2x4x16x4xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_23, %expanded_21 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.mulf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_27 = tensor.extract_slice %extracted_slice_23[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_28 = tensor.extract_slice %extracted_slice_23[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %51 = tensor.empty() : tensor<2x4x16x2xf32>
    %52 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_28 : tensor<2x4x16x2xf32>) outs(%51 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.negf %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x2xf32>
    %concat_29 = tensor.concat dim(3) %52, %extracted_slice_27 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_29, %expanded_22 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.mulf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x4xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %53 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x4xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_25, %expanded_21 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.mulf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_30 = tensor.extract_slice %extracted_slice_25[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_31 = tensor.extract_slice %extracted_slice_25[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_31 : tensor<2x4x16x2xf32>) outs(%51 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.negf %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x2xf32>
    %concat_32 = tensor.concat dim(3) %56, %extracted_slice_30 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_32, %expanded_22 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.mulf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x4xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %57 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_33 = tensor.concat dim(3) %54, %extracted_slice_24 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %concat_34 = tensor.concat dim(3) %58, %extracted_slice_26 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %59 = tensor.empty() : tensor<2x1x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_5, %cst_6 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%59 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_53: f32, %in_54: f32, %out: f32):
      %122 = arith.select %in, %in_53, %in_54 : f32
      linalg.yield %122 : f32
    } -> tensor<2x1x16x16xf32>
    %61 = tensor.empty() : tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_33 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.mulf %in, %cst_3 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_35 = linalg.transpose ins(%concat_34 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %63 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_35 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.mulf %in, %cst_3 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %62 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %63 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %64 = tensor.empty() : tensor<8x16x16xf32>
    %65 = linalg.fill ins(%cst_0 : f32) outs(%64 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %66 = linalg.batch_matmul ins(%collapsed_36, %collapsed_37 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_38 = tensor.expand_shape %66 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_38, %60 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = tensor.empty() : tensor<2x4x16xi64>
    %69 = linalg.fill ins(%c0_i64 : i64) outs(%68 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %70 = tensor.empty() : tensor<2x4x16xf32>
    %71 = linalg.fill ins(%cst_1 : f32) outs(%70 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %72:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%67 : tensor<2x4x16x16xf32>) outs(%71, %69 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_53: i64):
      %122 = linalg.index 3 : index
      %123 = arith.index_cast %122 : index to i64
      %124 = arith.maximumf %in, %out : f32
      %125 = arith.cmpf ogt, %in, %out : f32
      %126 = arith.select %125, %123, %out_53 : i64
      linalg.yield %124, %126 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_39 = tensor.expand_shape %72#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %expanded_39 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.subf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.exp %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x4x16x1xf32>
    %76 = linalg.fill ins(%cst_0 : f32) outs(%75 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%74 : tensor<2x4x16x16xf32>) outs(%76 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %77 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.divf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %79 = tensor.empty() : tensor<2x4x16x16xi1>
    %80 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %122 = arith.extf %in : f32 to f64
      %123 = arith.cmpf oeq, %122, %cst_8 : f64
      linalg.yield %123 : i1
    } -> tensor<2x4x16x16xi1>
    %81 = tensor.empty() : tensor<2x4x16x1xi1>
    %82 = linalg.fill ins(%true : i1) outs(%81 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %83 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%80 : tensor<2x4x16x16xi1>) outs(%82 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %122 = arith.andi %in, %out : i1
      linalg.yield %122 : i1
    } -> tensor<2x4x16x1xi1>
    %84 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83, %cst_4, %78 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_53: f32, %in_54: f32, %out: f32):
      %122 = arith.select %in, %in_53, %in_54 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %84 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %extracted_slice_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %85 = linalg.batch_matmul ins(%collapsed_40, %collapsed_41 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_42 = tensor.expand_shape %85 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %86 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<2x4x16x16xf32>) outs(%86 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_44 = tensor.collapse_shape %transposed_43 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %87 = tensor.empty() : tensor<64x64xf32>
    %transposed_45 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%87 : tensor<64x64xf32>) permutation = [1, 0] 
    %88 = tensor.empty() : tensor<32x64xf32>
    %89 = linalg.fill ins(%cst_0 : f32) outs(%88 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %90 = linalg.matmul ins(%collapsed_44, %transposed_45 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%89 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %91 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%90, %arg8 : tensor<32x64xf32>, tensor<64xf32>) outs(%88 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %expanded_46 = tensor.expand_shape %91 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.mulf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_47 = tensor.collapse_shape %93 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %94 = tensor.empty() : tensor<64x128xf32>
    %transposed_48 = linalg.transpose ins(%arg9 : tensor<128x64xf32>) outs(%94 : tensor<64x128xf32>) permutation = [1, 0] 
    %95 = tensor.empty() : tensor<32x128xf32>
    %96 = linalg.fill ins(%cst_0 : f32) outs(%95 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %97 = linalg.matmul ins(%collapsed_47, %transposed_48 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%96 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%97, %arg10 : tensor<32x128xf32>, tensor<128xf32>) outs(%95 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<32x128xf32>
    %expanded_49 = tensor.expand_shape %98 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %99 = tensor.empty() : tensor<2x16x128xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_13 : f32
      %123 = math.erf %122 : f32
      %124 = arith.addf %123, %cst_2 : f32
      %125 = arith.mulf %124, %cst_3 : f32
      %126 = arith.mulf %in, %125 : f32
      linalg.yield %126 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_50 = tensor.collapse_shape %100 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %101 = tensor.empty() : tensor<128x64xf32>
    %transposed_51 = linalg.transpose ins(%arg11 : tensor<64x128xf32>) outs(%101 : tensor<128x64xf32>) permutation = [1, 0] 
    %102 = linalg.matmul ins(%collapsed_50, %transposed_51 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%89 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %103 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%102, %arg12 : tensor<32x64xf32>, tensor<64xf32>) outs(%88 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %expanded_52 = tensor.expand_shape %103 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52, %expanded_46 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %1 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %122 = arith.extf %in : f32 to f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %107 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.addf %in, %out : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.divf %in, %cst_11 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %109 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %108 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_53: f64, %out: f64):
      %122 = arith.subf %in, %in_53 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %109 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_53: f64, %out: f64):
      %122 = arith.mulf %in, %in_53 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %111 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.addf %in, %out : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.divf %in, %cst_11 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf64>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %122 = arith.truncf %in : f64 to f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_12 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.truncf %cst_9 : f64 to f32
      %123 = arith.addf %in, %122 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.rsqrt %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %115 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.subf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %117 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.mulf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.mulf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %122 = arith.addf %in, %in_53 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    return %121 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_torch.float32: "0x040000000000803F0AD7233C"
    }
  }
#-}
