// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "gpt_neox", "path": "tm-linalg", "shapes": "static"}
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
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 1.000000e-05 : f64
    %cst_8 = arith.constant dense_resource<torch_tensor_2_torch.float32> : tensor<2xf32>
    %cst_9 = arith.constant 6.400000e+01 : f64
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 2.500000e-01 : f32
    %cst_12 = arith.constant 1.41421354 : f32
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
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_14 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14, %expanded_13 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_52: i64, %out: i1):
      %115 = arith.cmpi sle, %in, %in_52 : i64
      linalg.yield %115 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_52: i1, %out: i1):
      %115 = arith.andi %in, %in_52 : i1
      linalg.yield %115 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_14 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_52: i64, %out: i1):
      %115 = arith.cmpi slt, %in, %c0_i64 : i64
      %116 = arith.addi %in, %c2_i64 : i64
      %117 = arith.select %115, %116, %in : i64
      %118 = arith.index_cast %117 : i64 to index
      %119 = arith.cmpi slt, %in_52, %c0_i64 : i64
      %120 = arith.addi %in_52, %c16_i64 : i64
      %121 = arith.select %119, %120, %in_52 : i64
      %122 = arith.index_cast %121 : i64 to index
      %extracted = tensor.extract %5[%118, %122] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_52: i1, %out: i1):
      %115 = arith.andi %in, %in_52 : i1
      linalg.yield %115 : i1
    } -> tensor<2x1x16x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xf32>
    %16 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%15 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_52: f32, %in_53: f32, %out: f32):
      %115 = arith.select %in, %in_52, %in_53 : f32
      linalg.yield %115 : f32
    } -> tensor<2x1x16x16xf32>
    %expanded_15 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %17 = tensor.empty() : tensor<1x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<1x16x1xi64>) outs(%17 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %115 = arith.sitofp %in : i64 to f32
      linalg.yield %115 : f32
    } -> tensor<1x16x1xf32>
    %19 = tensor.empty() : tensor<1x16x2xf32>
    %20 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %cst_8 : tensor<1x16x1xf32>, tensor<2xf32>) outs(%19 : tensor<1x16x2xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.mulf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<1x16x2xf32>
    %concat = tensor.concat dim(2) %20, %20 : (tensor<1x16x2xf32>, tensor<1x16x2xf32>) -> tensor<1x16x4xf32>
    %21 = tensor.empty() : tensor<1x16x4xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x4xf32>) outs(%21 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.cos %in : f32
      linalg.yield %115 : f32
    } -> tensor<1x16x4xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x4xf32>) outs(%21 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.sin %in : f32
      linalg.yield %115 : f32
    } -> tensor<1x16x4xf32>
    %24 = tensor.empty() : tensor<2x16x64xf64>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %115 = arith.extf %in : f32 to f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %26 = tensor.empty() : tensor<2x16x1xf64>
    %27 = linalg.fill ins(%cst : f64) outs(%26 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %28 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%25 : tensor<2x16x64xf64>) outs(%27 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.addf %in, %out : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf64>) outs(%26 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.divf %in, %cst_9 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %30 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %29 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_52: f64, %out: f64):
      %115 = arith.subf %in, %in_52 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %31 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %30 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_52: f64, %out: f64):
      %115 = arith.mulf %in, %in_52 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %32 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%31 : tensor<2x16x64xf64>) outs(%27 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.addf %in, %out : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf64>) outs(%26 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.divf %in, %cst_9 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %34 = tensor.empty() : tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf64>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %115 = arith.truncf %in : f64 to f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.fill ins(%cst_0 : f32) outs(%34 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x64xf32>) outs(%36 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_10 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.truncf %cst_7 : f64 to f32
      %116 = arith.addf %in, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<2x16x1xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.rsqrt %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %38 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.subf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %40 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.mulf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%42, %arg1 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.mulf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %44 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %45 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<192x64xf32>) outs(%45 : tensor<64x192xf32>) permutation = [1, 0] 
    %46 = tensor.empty() : tensor<32x192xf32>
    %47 = linalg.fill ins(%cst_0 : f32) outs(%46 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %48 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x192xf32>) outs(%47 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %49 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%48, %arg6 : tensor<32x192xf32>, tensor<192xf32>) outs(%46 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<32x192xf32>
    %expanded_16 = tensor.expand_shape %49 [[0, 1], [2, 3]] output_shape [2, 16, 4, 48] : tensor<32x192xf32> into tensor<2x16x4x48xf32>
    %50 = tensor.empty() : tensor<2x4x16x48xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x48xf32>) outs(%50 : tensor<2x4x16x48xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_17[0, 0, 0, 0] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_18 = tensor.extract_slice %transposed_17[0, 0, 0, 16] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_19 = tensor.extract_slice %transposed_17[0, 0, 0, 32] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %expanded_20 = tensor.expand_shape %22 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %expanded_21 = tensor.expand_shape %23 [[0], [1, 2], [3]] output_shape [1, 1, 16, 4] : tensor<1x16x4xf32> into tensor<1x1x16x4xf32>
    %extracted_slice_22 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_23 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %extracted_slice_24 = tensor.extract_slice %extracted_slice_18[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_25 = tensor.extract_slice %extracted_slice_18[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %51 = tensor.empty() : tensor<2x4x16x4xf32>
    %52 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_22, %expanded_20 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%51 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.mulf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_26 = tensor.extract_slice %extracted_slice_22[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_27 = tensor.extract_slice %extracted_slice_22[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %53 = tensor.empty() : tensor<2x4x16x2xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27 : tensor<2x4x16x2xf32>) outs(%53 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.negf %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x2xf32>
    %concat_28 = tensor.concat dim(3) %54, %extracted_slice_26 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_28, %expanded_21 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%51 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.mulf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %55 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%51 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_24, %expanded_20 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%51 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.mulf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_29 = tensor.extract_slice %extracted_slice_24[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_30 = tensor.extract_slice %extracted_slice_24[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_30 : tensor<2x4x16x2xf32>) outs(%53 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.negf %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x2xf32>
    %concat_31 = tensor.concat dim(3) %58, %extracted_slice_29 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_31, %expanded_21 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%51 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.mulf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %59 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%51 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_32 = tensor.concat dim(3) %56, %extracted_slice_23 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %concat_33 = tensor.concat dim(3) %60, %extracted_slice_25 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %61 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_34 = linalg.transpose ins(%concat_33 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_35 = tensor.collapse_shape %concat_32 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %transposed_34 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %62 = tensor.empty() : tensor<8x16x16xf32>
    %63 = linalg.fill ins(%cst_0 : f32) outs(%62 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %64 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%63 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_37 = tensor.expand_shape %64 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.mulf %in, %cst_11 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %16 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = tensor.empty() : tensor<2x4x16xi64>
    %68 = linalg.fill ins(%c0_i64 : i64) outs(%67 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %69 = tensor.empty() : tensor<2x4x16xf32>
    %70 = linalg.fill ins(%cst_1 : f32) outs(%69 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %71:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%66 : tensor<2x4x16x16xf32>) outs(%70, %68 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_52: i64):
      %115 = linalg.index 3 : index
      %116 = arith.index_cast %115 : index to i64
      %117 = arith.maximumf %in, %out : f32
      %118 = arith.cmpf ogt, %in, %out : f32
      %119 = arith.select %118, %116, %out_52 : i64
      linalg.yield %117, %119 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_38 = tensor.expand_shape %71#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %expanded_38 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.subf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %73 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.exp %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = tensor.empty() : tensor<2x4x16x1xf32>
    %75 = linalg.fill ins(%cst_0 : f32) outs(%74 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%73 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73, %76 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.divf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %77 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %extracted_slice_19 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %78 = linalg.batch_matmul ins(%collapsed_39, %collapsed_40 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%63 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_41 = tensor.expand_shape %78 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %79 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_42 = linalg.transpose ins(%expanded_41 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_43 = tensor.collapse_shape %transposed_42 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %80 = tensor.empty() : tensor<64x64xf32>
    %transposed_44 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%80 : tensor<64x64xf32>) permutation = [1, 0] 
    %81 = tensor.empty() : tensor<32x64xf32>
    %82 = linalg.fill ins(%cst_0 : f32) outs(%81 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %83 = linalg.matmul ins(%collapsed_43, %transposed_44 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%82 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %84 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%83, %arg8 : tensor<32x64xf32>, tensor<64xf32>) outs(%81 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<32x64xf32>
    %expanded_45 = tensor.expand_shape %84 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%42, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.mulf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_46 = tensor.collapse_shape %86 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %87 = tensor.empty() : tensor<64x128xf32>
    %transposed_47 = linalg.transpose ins(%arg9 : tensor<128x64xf32>) outs(%87 : tensor<64x128xf32>) permutation = [1, 0] 
    %88 = tensor.empty() : tensor<32x128xf32>
    %89 = linalg.fill ins(%cst_0 : f32) outs(%88 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %90 = linalg.matmul ins(%collapsed_46, %transposed_47 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%89 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %91 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%90, %arg10 : tensor<32x128xf32>, tensor<128xf32>) outs(%88 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<32x128xf32>
    %expanded_48 = tensor.expand_shape %91 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %92 = tensor.empty() : tensor<2x16x128xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<2x16x128xf32>) outs(%92 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_12 : f32
      %116 = math.erf %115 : f32
      %117 = arith.addf %116, %cst_2 : f32
      %118 = arith.mulf %117, %cst_3 : f32
      %119 = arith.mulf %in, %118 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_49 = tensor.collapse_shape %93 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %94 = tensor.empty() : tensor<128x64xf32>
    %transposed_50 = linalg.transpose ins(%arg11 : tensor<64x128xf32>) outs(%94 : tensor<128x64xf32>) permutation = [1, 0] 
    %95 = linalg.matmul ins(%collapsed_49, %transposed_50 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%82 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%95, %arg12 : tensor<32x64xf32>, tensor<64xf32>) outs(%81 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<32x64xf32>
    %expanded_51 = tensor.expand_shape %96 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51, %expanded_45 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %1 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %115 = arith.extf %in : f32 to f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %100 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%99 : tensor<2x16x64xf64>) outs(%27 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.addf %in, %out : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf64>) outs(%26 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.divf %in, %cst_9 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %102 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %101 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_52: f64, %out: f64):
      %115 = arith.subf %in, %in_52 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %102 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_52: f64, %out: f64):
      %115 = arith.mulf %in, %in_52 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %104 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%103 : tensor<2x16x64xf64>) outs(%27 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.addf %in, %out : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf64>) outs(%26 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.divf %in, %cst_9 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf64>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %115 = arith.truncf %in : f64 to f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%98 : tensor<2x16x64xf32>) outs(%36 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_10 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.truncf %cst_7 : f64 to f32
      %116 = arith.addf %in, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.rsqrt %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %108 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.subf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %110 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.mulf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.mulf %in, %in_52 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %115 = arith.addf %in, %in_52 : f32
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
