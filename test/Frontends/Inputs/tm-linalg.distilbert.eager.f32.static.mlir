// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "distilbert", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d2)>
#map5 = affine_map<(d0, d1) -> (d0, d1)>
#map6 = affine_map<(d0) -> (d0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map13 = affine_map<(d0, d1) -> (d1)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 9.9999999999999998E-13 : f64
    %cst_8 = arith.constant 6.400000e+01 : f64
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 2.500000e-01 : f32
    %cst_11 = arith.constant 1.41421354 : f32
    %c16_i64 = arith.constant 16 : i64
    %c2_i64 = arith.constant 2 : i64
    %cst_12 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
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
    %extracted_slice = tensor.extract_slice %cst_12[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %2 = tensor.empty() : tensor<1x16x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%2 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %115 = arith.index_cast %in : i64 to index
      %116 = linalg.index 2 : index
      %117 = arith.cmpi slt, %115, %c64 : index
      cf.assert %117, "index must be smaller than dim size"
      %118 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %118, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%115, %116] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %3 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %5 = tensor.empty() : tensor<2x16x64xf64>
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %115 = arith.extf %in : f32 to f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %7 = tensor.empty() : tensor<2x16x1xf64>
    %8 = linalg.fill ins(%cst : f64) outs(%7 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %9 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.addf %in, %out : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.divf %in, %cst_8 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %11 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %10 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %115 = arith.subf %in, %in_40 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %12 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %11 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %115 = arith.mulf %in, %in_40 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %13 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.addf %in, %out : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.divf %in, %cst_8 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %15 = tensor.empty() : tensor<2x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %115 = arith.truncf %in : f64 to f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %17 = linalg.fill ins(%cst_0 : f32) outs(%15 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%4 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_9 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.truncf %cst_7 : f64 to f32
      %116 = arith.addf %in, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.rsqrt %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %19 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.subf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %21 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.mulf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.mulf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<2x16xi1>
    %27 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%26 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %115 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %115 : i1
    } -> tensor<2x16xi1>
    %28 = tensor.empty() : tensor<2xi64>
    %29 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel"]} outs(%28 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %115 = linalg.index 0 : index
      %116 = arith.index_cast %115 : index to i64
      linalg.yield %116 : i64
    } -> tensor<2xi64>
    %30 = tensor.empty() : tensor<16xi64>
    %31 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel"]} outs(%30 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %115 = linalg.index 0 : index
      %116 = arith.index_cast %115 : index to i64
      linalg.yield %116 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %29 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_13 = tensor.expand_shape %31 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_14 = tensor.expand_shape %31 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %32 = tensor.empty() : tensor<1x1x16x1xi1>
    %33 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<1x1x16x1xi64>) outs(%32 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %115 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %115 : i1
    } -> tensor<1x1x16x1xi1>
    %34 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %33 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%32 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_40: i1, %out: i1):
      %115 = arith.andi %in, %in_40 : i1
      linalg.yield %115 : i1
    } -> tensor<1x1x16x1xi1>
    %35 = tensor.empty() : tensor<2x1x1x16xi1>
    %36 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_14 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%35 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_40: i64, %out: i1):
      %115 = arith.cmpi slt, %in, %c0_i64 : i64
      %116 = arith.addi %in, %c2_i64 : i64
      %117 = arith.select %115, %116, %in : i64
      %118 = arith.index_cast %117 : i64 to index
      %119 = arith.cmpi slt, %in_40, %c0_i64 : i64
      %120 = arith.addi %in_40, %c16_i64 : i64
      %121 = arith.select %119, %120, %in_40 : i64
      %122 = arith.index_cast %121 : i64 to index
      %extracted = tensor.extract %27[%118, %122] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %37 = tensor.empty() : tensor<2x1x16x16xi1>
    %38 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %36 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%37 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_40: i1, %out: i1):
      %115 = arith.andi %in, %in_40 : i1
      linalg.yield %115 : i1
    } -> tensor<2x1x16x16xi1>
    %39 = tensor.empty() : tensor<2x1x16x16xf32>
    %40 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%39 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_40: f32, %in_41: f32, %out: f32):
      %115 = arith.select %in, %in_40, %in_41 : f32
      linalg.yield %115 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed = tensor.collapse_shape %25 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %41 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %42 = tensor.empty() : tensor<32x64xf32>
    %43 = linalg.fill ins(%cst_0 : f32) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %44 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %45 = linalg.generic {indexing_maps = [#map5, #map13, #map5], iterator_types = ["parallel", "parallel"]} ins(%44, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<32x64xf32>
    %expanded_15 = tensor.expand_shape %45 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %46 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_17 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %47 = linalg.matmul ins(%collapsed, %transposed_17 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %48 = linalg.generic {indexing_maps = [#map5, #map13, #map5], iterator_types = ["parallel", "parallel"]} ins(%47, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %48 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_19 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %49 = linalg.matmul ins(%collapsed, %transposed_19 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %50 = linalg.generic {indexing_maps = [#map5, #map13, #map5], iterator_types = ["parallel", "parallel"]} ins(%49, %arg9 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<32x64xf32>
    %expanded_20 = tensor.expand_shape %50 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_22 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_23 = tensor.collapse_shape %transposed_16 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %51 = tensor.empty() : tensor<8x16x16xf32>
    %52 = linalg.fill ins(%cst_0 : f32) outs(%51 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %53 = linalg.batch_matmul ins(%collapsed_23, %collapsed_24 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%52 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_25 = tensor.expand_shape %53 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_25 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.mulf %in, %cst_10 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %40 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = tensor.empty() : tensor<2x4x16xi64>
    %57 = linalg.fill ins(%c0_i64 : i64) outs(%56 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %58 = tensor.empty() : tensor<2x4x16xf32>
    %59 = linalg.fill ins(%cst_1 : f32) outs(%58 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %60:2 = linalg.generic {indexing_maps = [#map7, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%55 : tensor<2x4x16x16xf32>) outs(%59, %57 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_40: i64):
      %115 = linalg.index 3 : index
      %116 = arith.index_cast %115 : index to i64
      %117 = arith.maximumf %in, %out : f32
      %118 = arith.cmpf ogt, %in, %out : f32
      %119 = arith.select %118, %116, %out_40 : i64
      linalg.yield %117, %119 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_26 = tensor.expand_shape %60#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %61 = linalg.generic {indexing_maps = [#map7, #map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %expanded_26 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.subf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.exp %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = tensor.empty() : tensor<2x4x16x1xf32>
    %64 = linalg.fill ins(%cst_0 : f32) outs(%63 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map7, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%64 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map7, #map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %65 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.divf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %66 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %67 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%52 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_29 = tensor.expand_shape %67 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %68 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x4x16x16xf32>) outs(%68 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_31 = tensor.collapse_shape %transposed_30 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_32 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%41 : tensor<64x64xf32>) permutation = [1, 0] 
    %69 = linalg.matmul ins(%collapsed_31, %transposed_32 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %70 = linalg.generic {indexing_maps = [#map5, #map13, #map5], iterator_types = ["parallel", "parallel"]} ins(%69, %arg11 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<32x64xf32>
    %expanded_33 = tensor.expand_shape %70 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_33, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %115 = arith.extf %in : f32 to f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %73 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%72 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.addf %in, %out : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.divf %in, %cst_8 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %75 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %74 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %115 = arith.subf %in, %in_40 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %76 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75, %75 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %115 = arith.mulf %in, %in_40 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %77 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%76 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.addf %in, %out : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.divf %in, %cst_8 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %79 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %115 = arith.truncf %in : f64 to f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%71 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_9 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.truncf %cst_7 : f64 to f32
      %116 = arith.addf %in, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<2x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.rsqrt %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %81 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.subf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %83 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.mulf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.mulf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_34 = tensor.collapse_shape %87 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %88 = tensor.empty() : tensor<64x128xf32>
    %transposed_35 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%88 : tensor<64x128xf32>) permutation = [1, 0] 
    %89 = tensor.empty() : tensor<32x128xf32>
    %90 = linalg.fill ins(%cst_0 : f32) outs(%89 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %91 = linalg.matmul ins(%collapsed_34, %transposed_35 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%90 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %92 = linalg.generic {indexing_maps = [#map5, #map13, #map5], iterator_types = ["parallel", "parallel"]} ins(%91, %arg15 : tensor<32x128xf32>, tensor<128xf32>) outs(%89 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<32x128xf32>
    %expanded_36 = tensor.expand_shape %92 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %93 = tensor.empty() : tensor<2x16x128xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_11 : f32
      %116 = math.erf %115 : f32
      %117 = arith.addf %116, %cst_2 : f32
      %118 = arith.mulf %117, %cst_3 : f32
      %119 = arith.mulf %in, %118 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_37 = tensor.collapse_shape %94 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %95 = tensor.empty() : tensor<128x64xf32>
    %transposed_38 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%95 : tensor<128x64xf32>) permutation = [1, 0] 
    %96 = linalg.matmul ins(%collapsed_37, %transposed_38 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %97 = linalg.generic {indexing_maps = [#map5, #map13, #map5], iterator_types = ["parallel", "parallel"]} ins(%96, %arg17 : tensor<32x64xf32>, tensor<64xf32>) outs(%42 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<32x64xf32>
    %expanded_39 = tensor.expand_shape %97 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_39, %87 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %115 = arith.extf %in : f32 to f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %100 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%99 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.addf %in, %out : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.divf %in, %cst_8 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %102 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %101 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %115 = arith.subf %in, %in_40 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %102 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %115 = arith.mulf %in, %in_40 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x64xf64>
    %104 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%103 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.addf %in, %out : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %115 = arith.divf %in, %cst_8 : f64
      linalg.yield %115 : f64
    } -> tensor<2x16x1xf64>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %115 = arith.truncf %in : f64 to f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%98 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.addf %in, %out : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.divf %in, %cst_9 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = arith.truncf %cst_7 : f64 to f32
      %116 = arith.addf %in, %115 : f32
      linalg.yield %116 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %115 = math.rsqrt %in : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %108 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.subf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %110 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.mulf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.mulf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %115 = arith.addf %in, %in_40 : f32
      linalg.yield %115 : f32
    } -> tensor<2x16x64xf32>
    return %114 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000"
    }
  }
#-}
