// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "mpt", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map6 = affine_map<(d0, d1) -> (d0, d1)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map12 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map13 = affine_map<(d0, d1, d2) -> (d2)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d1, 0, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<192x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<256x64xf32>, %arg6: tensor<64x256xf32>, %arg7: tensor<64xf32>, %arg8: tensor<2x16xi64>, %arg9: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c16_i64 = arith.constant 16 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c1_i64 = arith.constant 1 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 0.000000e+00 : f64
    %cst_2 = arith.constant 0xFF800000 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 1.000000e-05 : f64
    %c-63_i32 = arith.constant -63 : i32
    %cst_8 = arith.constant 2.000000e+00 : f32
    %cst_9 = arith.constant 6.400000e+01 : f64
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 2.500000e-01 : f32
    %cst_12 = arith.constant 1.41421354 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %117 = arith.index_cast %in : i64 to index
      %118 = linalg.index 2 : index
      %119 = arith.cmpi slt, %117, %c128 : index
      cf.assert %119, "index must be smaller than dim size"
      %120 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %120, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%117, %118] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<64xi32>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<64xi32>) {
    ^bb0(%out: i32):
      %117 = linalg.index 0 : index
      %118 = arith.index_cast %117 : index to i64
      %119 = arith.trunci %118 : i64 to i32
      %120 = arith.addi %119, %c-63_i32 : i32
      linalg.yield %120 : i32
    } -> tensor<64xi32>
    %expanded = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 64] : tensor<64xi32> into tensor<1x1x1x64xi32>
    %4 = tensor.empty() : tensor<4xi64>
    %5 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%4 : tensor<4xi64>) {
    ^bb0(%out: i64):
      %117 = linalg.index 0 : index
      %118 = arith.index_cast %117 : index to i64
      %119 = arith.addi %118, %c1_i64 : i64
      linalg.yield %119 : i64
    } -> tensor<4xi64>
    %6 = tensor.empty() : tensor<4xf32>
    %7 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%5 : tensor<4xi64>) outs(%6 : tensor<4xf32>) {
    ^bb0(%in: i64, %out: f32):
      %117 = arith.sitofp %in : i64 to f32
      linalg.yield %117 : f32
    } -> tensor<4xf32>
    %8 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%7 : tensor<4xf32>) outs(%6 : tensor<4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.mulf %in, %cst_8 : f32
      linalg.yield %117 : f32
    } -> tensor<4xf32>
    %9 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%8 : tensor<4xf32>) outs(%6 : tensor<4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.powf %cst_8, %in : f32
      linalg.yield %117 : f32
    } -> tensor<4xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%9 : tensor<4xf32>) outs(%6 : tensor<4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.cmpf one, %in, %cst : f32
      cf.assert %117, "unimplemented: tensor with zero element"
      %118 = arith.divf %cst_0, %in : f32
      linalg.yield %118 : f32
    } -> tensor<4xf32>
    %expanded_13 = tensor.expand_shape %10 [[0, 1, 2, 3]] output_shape [1, 4, 1, 1] : tensor<4xf32> into tensor<1x4x1x1xf32>
    %11 = tensor.empty() : tensor<1x4x1x64xf32>
    %12 = linalg.generic {indexing_maps = [#map3, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_13 : tensor<1x1x1x64xi32>, tensor<1x4x1x1xf32>) outs(%11 : tensor<1x4x1x64xf32>) {
    ^bb0(%in: i32, %in_45: f32, %out: f32):
      %117 = arith.sitofp %in : i32 to f32
      %118 = arith.mulf %117, %in_45 : f32
      linalg.yield %118 : f32
    } -> tensor<1x4x1x64xf32>
    %collapsed = tensor.collapse_shape %12 [[0, 1], [2], [3]] : tensor<1x4x1x64xf32> into tensor<4x1x64xf32>
    %13 = tensor.empty() : tensor<2x16xi1>
    %14 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel"]} ins(%arg9 : tensor<2x16xi64>) outs(%13 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %117 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %117 : i1
    } -> tensor<2x16xi1>
    %15 = tensor.empty() : tensor<2xi64>
    %16 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%15 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %117 = linalg.index 0 : index
      %118 = arith.index_cast %117 : index to i64
      linalg.yield %118 : i64
    } -> tensor<2xi64>
    %17 = tensor.empty() : tensor<16xi64>
    %18 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%17 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %117 = linalg.index 0 : index
      %118 = arith.index_cast %117 : index to i64
      linalg.yield %118 : i64
    } -> tensor<16xi64>
    %expanded_14 = tensor.expand_shape %16 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_15 = tensor.expand_shape %18 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_16 = tensor.expand_shape %18 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %19 = tensor.empty() : tensor<1x1x16x16xi1>
    %20 = linalg.generic {indexing_maps = [#map7, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_16, %expanded_15 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%19 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_45: i64, %out: i1):
      %117 = arith.cmpi sle, %in, %in_45 : i64
      linalg.yield %117 : i1
    } -> tensor<1x1x16x16xi1>
    %21 = linalg.generic {indexing_maps = [#map8, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %20 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%19 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %117 = arith.andi %in, %in_45 : i1
      linalg.yield %117 : i1
    } -> tensor<1x1x16x16xi1>
    %22 = tensor.empty() : tensor<2x1x1x16xi1>
    %23 = linalg.generic {indexing_maps = [#map9, #map10, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14, %expanded_16 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%22 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_45: i64, %out: i1):
      %117 = arith.cmpi slt, %in, %c0_i64 : i64
      %118 = arith.addi %in, %c2_i64 : i64
      %119 = arith.select %117, %118, %in : i64
      %120 = arith.index_cast %119 : i64 to index
      %121 = arith.cmpi slt, %in_45, %c0_i64 : i64
      %122 = arith.addi %in_45, %c16_i64 : i64
      %123 = arith.select %121, %122, %in_45 : i64
      %124 = arith.index_cast %123 : i64 to index
      %extracted = tensor.extract %14[%120, %124] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %24 = tensor.empty() : tensor<2x1x16x16xi1>
    %25 = linalg.generic {indexing_maps = [#map11, #map7, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %23 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%24 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %117 = arith.andi %in, %in_45 : i1
      linalg.yield %117 : i1
    } -> tensor<2x1x16x16xi1>
    %26 = tensor.empty() : tensor<2x1x16x16xf32>
    %27 = linalg.generic {indexing_maps = [#map5, #map8, #map8, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%26 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_45: f32, %in_46: f32, %out: f32):
      %117 = arith.select %in, %in_45, %in_46 : f32
      linalg.yield %117 : f32
    } -> tensor<2x1x16x16xf32>
    %28 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27 : tensor<2x1x16x16xf32>) outs(%24 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %117 = arith.cmpf une, %in, %cst : f32
      linalg.yield %117 : i1
    } -> tensor<2x1x16x16xi1>
    %29 = tensor.empty() : tensor<2x16x64xf64>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %117 = arith.extf %in : f32 to f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %31 = tensor.empty() : tensor<2x16x1xf64>
    %32 = linalg.fill ins(%cst_1 : f64) outs(%31 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %33 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%30 : tensor<2x16x64xf64>) outs(%32 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf64>) outs(%31 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_9 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %35 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %34 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%29 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_45: f64, %out: f64):
      %117 = arith.subf %in, %in_45 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %36 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %35 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%29 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_45: f64, %out: f64):
      %117 = arith.mulf %in, %in_45 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %37 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%36 : tensor<2x16x64xf64>) outs(%32 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf64>) outs(%31 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_9 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %39 = tensor.empty() : tensor<2x16x1xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<2x16x1xf64>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %117 = arith.truncf %in : f64 to f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %41 = linalg.fill ins(%cst : f32) outs(%39 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x64xf32>) outs(%41 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%42 : tensor<2x16x1xf32>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40 : tensor<2x16x1xf32>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.truncf %cst_7 : f64 to f32
      %118 = arith.addf %in, %117 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44 : tensor<2x16x1xf32>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %43 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.subf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%46, %45 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47, %arg1 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %49 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg2 : tensor<192x64xf32>) outs(%49 : tensor<64x192xf32>) permutation = [1, 0] 
    %collapsed_17 = tensor.collapse_shape %48 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %50 = tensor.empty() : tensor<32x192xf32>
    %51 = linalg.fill ins(%cst : f32) outs(%50 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %52 = linalg.matmul ins(%collapsed_17, %transposed : tensor<32x64xf32>, tensor<64x192xf32>) outs(%51 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %expanded_18 = tensor.expand_shape %52 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice = tensor.extract_slice %expanded_18[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_19 = tensor.extract_slice %expanded_18[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_20 = tensor.extract_slice %expanded_18[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_21 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %53 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_23 = tensor.expand_shape %extracted_slice_19 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_24 = tensor.expand_shape %extracted_slice_20 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_26 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_27 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %transposed_26 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %54 = tensor.empty() : tensor<8x16x16xf32>
    %55 = linalg.fill ins(%cst : f32) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %56 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_29 = tensor.expand_shape %56 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_29 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.mulf %in, %cst_11 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_30 = tensor.extract_slice %collapsed[0, 0, 48] [4, 1, 16] [1, 1, 1] : tensor<4x1x64xf32> to tensor<4x1x16xf32>
    %58 = linalg.generic {indexing_maps = [#map5, #map14, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %extracted_slice_30 : tensor<2x4x16x16xf32>, tensor<4x1x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map3, #map8, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%28, %cst_4, %58 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_45: f32, %in_46: f32, %out: f32):
      %117 = arith.select %in, %in_45, %in_46 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %60 = tensor.empty() : tensor<2x4x16xi64>
    %61 = linalg.fill ins(%c0_i64 : i64) outs(%60 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %62 = tensor.empty() : tensor<2x4x16xf32>
    %63 = linalg.fill ins(%cst_2 : f32) outs(%62 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %64:2 = linalg.generic {indexing_maps = [#map5, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%59 : tensor<2x4x16x16xf32>) outs(%63, %61 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_45: i64):
      %117 = linalg.index 3 : index
      %118 = arith.index_cast %117 : index to i64
      %119 = arith.maximumf %in, %out : f32
      %120 = arith.cmpf ogt, %in, %out : f32
      %121 = arith.select %120, %118, %out_45 : i64
      linalg.yield %119, %121 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_31 = tensor.expand_shape %64#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %expanded_31 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.subf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.exp %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = tensor.empty() : tensor<2x4x16x1xf32>
    %68 = linalg.fill ins(%cst : f32) outs(%67 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%66 : tensor<2x4x16x16xf32>) outs(%68 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map5, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %69 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.divf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %70 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %transposed_25 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %71 = linalg.batch_matmul ins(%collapsed_32, %collapsed_33 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_34 = tensor.expand_shape %71 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_35 = linalg.transpose ins(%expanded_34 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %73 = tensor.empty() : tensor<64x64xf32>
    %transposed_36 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%73 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_37 = tensor.collapse_shape %transposed_35 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %74 = tensor.empty() : tensor<32x64xf32>
    %75 = linalg.fill ins(%cst : f32) outs(%74 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %76 = linalg.matmul ins(%collapsed_37, %transposed_36 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%75 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_38 = tensor.expand_shape %76 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38, %1 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %117 = arith.extf %in : f32 to f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %79 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%78 : tensor<2x16x64xf64>) outs(%32 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %80 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf64>) outs(%31 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_9 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %81 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78, %80 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%29 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_45: f64, %out: f64):
      %117 = arith.subf %in, %in_45 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %82 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %81 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%29 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_45: f64, %out: f64):
      %117 = arith.mulf %in, %in_45 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %83 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%82 : tensor<2x16x64xf64>) outs(%32 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x16x1xf64>) outs(%31 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_9 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf64>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %117 = arith.truncf %in : f64 to f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%77 : tensor<2x16x64xf32>) outs(%41 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x1xf32>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.truncf %cst_7 : f64 to f32
      %118 = arith.addf %in, %117 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x1xf32>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %87 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.subf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %89 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %93 = tensor.empty() : tensor<64x256xf32>
    %transposed_39 = linalg.transpose ins(%arg5 : tensor<256x64xf32>) outs(%93 : tensor<64x256xf32>) permutation = [1, 0] 
    %collapsed_40 = tensor.collapse_shape %92 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %94 = tensor.empty() : tensor<32x256xf32>
    %95 = linalg.fill ins(%cst : f32) outs(%94 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %96 = linalg.matmul ins(%collapsed_40, %transposed_39 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%95 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %expanded_41 = tensor.expand_shape %96 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %97 = tensor.empty() : tensor<2x16x256xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<2x16x256xf32>) outs(%97 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_12 : f32
      %118 = math.erf %117 : f32
      %119 = arith.addf %118, %cst_0 : f32
      %120 = arith.mulf %119, %cst_3 : f32
      %121 = arith.mulf %in, %120 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x256xf32>
    %99 = tensor.empty() : tensor<256x64xf32>
    %transposed_42 = linalg.transpose ins(%arg6 : tensor<64x256xf32>) outs(%99 : tensor<256x64xf32>) permutation = [1, 0] 
    %collapsed_43 = tensor.collapse_shape %98 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %100 = linalg.matmul ins(%collapsed_43, %transposed_42 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%75 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_44 = tensor.expand_shape %100 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %77 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.addf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %117 = arith.extf %in : f32 to f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %103 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%102 : tensor<2x16x64xf64>) outs(%32 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf64>) outs(%31 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_9 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %104 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%29 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_45: f64, %out: f64):
      %117 = arith.subf %in, %in_45 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %105 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%29 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_45: f64, %out: f64):
      %117 = arith.mulf %in, %in_45 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x64xf64>
    %107 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x16x64xf64>) outs(%32 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.addf %in, %out : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf64>) outs(%31 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %117 = arith.divf %in, %cst_9 : f64
      linalg.yield %117 : f64
    } -> tensor<2x16x1xf64>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf64>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %117 = arith.truncf %in : f64 to f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<2x16x64xf32>) outs(%41 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.addf %in, %out : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.divf %in, %cst_10 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = arith.truncf %cst_7 : f64 to f32
      %118 = arith.addf %in, %117 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%39 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %117 = math.rsqrt %in : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %111 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.subf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %113 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %117 = arith.mulf %in, %in_45 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x64xf32>
    return %116 : tensor<2x16x64xf32>
  }
}
