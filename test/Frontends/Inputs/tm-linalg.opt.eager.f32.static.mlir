// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "opt", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map12 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map13 = affine_map<(d0, d1, d2) -> (d2)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1) -> (d0, 0)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c128 = arith.constant 128 : index
    %c66 = arith.constant 66 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 1.000000e-05 : f64
    %cst_6 = arith.constant 6.400000e+01 : f64
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<16xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %121 = linalg.index 0 : index
      %122 = arith.index_cast %121 : index to i64
      linalg.yield %122 : i64
    } -> tensor<16xi64>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %4 = tensor.empty() : tensor<2x16x64xf32>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %121 = arith.index_cast %in : i64 to index
      %122 = linalg.index 2 : index
      %123 = arith.cmpi slt, %121, %c128 : index
      cf.assert %123, "index must be smaller than dim size"
      %124 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %124, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%121, %122] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %6 = tensor.empty() : tensor<2x16xi1>
    %7 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%6 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %121 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %121 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<2xi64>
    %9 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%8 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %121 = linalg.index 0 : index
      %122 = arith.index_cast %121 : index to i64
      linalg.yield %122 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %9 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_9 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_10 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %10 = tensor.empty() : tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map5, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10, %expanded_9 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_35: i64, %out: i1):
      %121 = arith.cmpi sle, %in, %in_35 : i64
      linalg.yield %121 : i1
    } -> tensor<1x1x16x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %11 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_35: i1, %out: i1):
      %121 = arith.andi %in, %in_35 : i1
      linalg.yield %121 : i1
    } -> tensor<1x1x16x16xi1>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_10 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_35: i64, %out: i1):
      %121 = arith.cmpi slt, %in, %c0_i64 : i64
      %122 = arith.addi %in, %c2_i64 : i64
      %123 = arith.select %121, %122, %in : i64
      %124 = arith.index_cast %123 : i64 to index
      %125 = arith.cmpi slt, %in_35, %c0_i64 : i64
      %126 = arith.addi %in_35, %c16_i64 : i64
      %127 = arith.select %125, %126, %in_35 : i64
      %128 = arith.index_cast %127 : i64 to index
      %extracted = tensor.extract %7[%124, %128] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xi1>
    %16 = linalg.generic {indexing_maps = [#map11, #map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %14 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%15 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_35: i1, %out: i1):
      %121 = arith.andi %in, %in_35 : i1
      linalg.yield %121 : i1
    } -> tensor<2x1x16x16xi1>
    %17 = tensor.empty() : tensor<2x1x16x16xf32>
    %18 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %cst_3, %cst_2 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%17 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_35: f32, %in_36: f32, %out: f32):
      %121 = arith.select %in, %in_35, %in_36 : f32
      linalg.yield %121 : f32
    } -> tensor<2x1x16x16xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %121 = arith.addi %in, %c2_i64 : i64
      linalg.yield %121 : i64
    } -> tensor<2x16xi64>
    %20 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16xi64>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %121 = arith.index_cast %in : i64 to index
      %122 = linalg.index 2 : index
      %123 = arith.cmpi slt, %121, %c66 : index
      cf.assert %123, "index must be smaller than dim size"
      %124 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %124, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%121, %122] : tensor<66x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %21 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %20 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %22 = tensor.empty() : tensor<2x16x64xf64>
    %23 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %121 = arith.extf %in : f32 to f64
      linalg.yield %121 : f64
    } -> tensor<2x16x64xf64>
    %24 = tensor.empty() : tensor<2x16x1xf64>
    %25 = linalg.fill ins(%cst : f64) outs(%24 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %26 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%23 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.addf %in, %out : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x1xf64>
    %27 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.divf %in, %cst_6 : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x1xf64>
    %28 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %27 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_35: f64, %out: f64):
      %121 = arith.subf %in, %in_35 : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x64xf64>
    %29 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %28 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_35: f64, %out: f64):
      %121 = arith.mulf %in, %in_35 : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x64xf64>
    %30 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%29 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.addf %in, %out : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x1xf64>
    %31 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.divf %in, %cst_6 : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x1xf64>
    %32 = tensor.empty() : tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf64>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %121 = arith.truncf %in : f64 to f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.fill ins(%cst_0 : f32) outs(%32 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%21 : tensor<2x16x64xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_7 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.truncf %cst_5 : f64 to f32
      %122 = arith.addf %in, %121 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.rsqrt %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %36 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.subf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %38 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.mulf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.mulf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %42 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %43 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %44 = tensor.empty() : tensor<32x64xf32>
    %45 = linalg.fill ins(%cst_0 : f32) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %46 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %47 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%46, %arg9 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %expanded_11 = tensor.expand_shape %47 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %48 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.mulf %in, %cst_8 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %expanded_12 = tensor.expand_shape %48 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %49 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_13 = linalg.transpose ins(%expanded_12 : tensor<2x16x4x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_14 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %50 = linalg.matmul ins(%collapsed, %transposed_14 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %51 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%50, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %transposed_15 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %52 = linalg.matmul ins(%collapsed, %transposed_15 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %53 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%52, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %expanded_16 = tensor.expand_shape %51 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_17 = tensor.expand_shape %53 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_20 = tensor.collapse_shape %transposed_13 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_21 = tensor.collapse_shape %transposed_19 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %54 = tensor.empty() : tensor<8x16x16xf32>
    %55 = linalg.fill ins(%cst_0 : f32) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %56 = linalg.batch_matmul ins(%collapsed_20, %collapsed_21 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_22 = tensor.expand_shape %56 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_22, %18 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = tensor.empty() : tensor<2x4x16xi64>
    %59 = linalg.fill ins(%c0_i64 : i64) outs(%58 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %60 = tensor.empty() : tensor<2x4x16xf32>
    %61 = linalg.fill ins(%cst_1 : f32) outs(%60 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %62:2 = linalg.generic {indexing_maps = [#map7, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%61, %59 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_35: i64):
      %121 = linalg.index 3 : index
      %122 = arith.index_cast %121 : index to i64
      %123 = arith.maximumf %in, %out : f32
      %124 = arith.cmpf ogt, %in, %out : f32
      %125 = arith.select %124, %122, %out_35 : i64
      linalg.yield %123, %125 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_23 = tensor.expand_shape %62#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %63 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %expanded_23 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.subf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.exp %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x4x16x1xf32>
    %66 = linalg.fill ins(%cst_0 : f32) outs(%65 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%66 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %67 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%49 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.divf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %68 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %69 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %69 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%expanded_26 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_28 = tensor.collapse_shape %transposed_27 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_29 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %71 = linalg.matmul ins(%collapsed_28, %transposed_29 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %72 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%71, %arg11 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %expanded_30 = tensor.expand_shape %72 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %expanded_30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_31 = tensor.collapse_shape %73 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %74 = tensor.empty() : tensor<32x64xf64>
    %75 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_31 : tensor<32x64xf32>) outs(%74 : tensor<32x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %121 = arith.extf %in : f32 to f64
      linalg.yield %121 : f64
    } -> tensor<32x64xf64>
    %76 = tensor.empty() : tensor<32x1xf64>
    %77 = linalg.fill ins(%cst : f64) outs(%76 : tensor<32x1xf64>) -> tensor<32x1xf64>
    %78 = linalg.generic {indexing_maps = [#map2, #map16], iterator_types = ["parallel", "reduction"]} ins(%75 : tensor<32x64xf64>) outs(%77 : tensor<32x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.addf %in, %out : f64
      linalg.yield %121 : f64
    } -> tensor<32x1xf64>
    %79 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%78 : tensor<32x1xf64>) outs(%76 : tensor<32x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.divf %in, %cst_6 : f64
      linalg.yield %121 : f64
    } -> tensor<32x1xf64>
    %80 = linalg.generic {indexing_maps = [#map2, #map16, #map2], iterator_types = ["parallel", "parallel"]} ins(%75, %79 : tensor<32x64xf64>, tensor<32x1xf64>) outs(%74 : tensor<32x64xf64>) {
    ^bb0(%in: f64, %in_35: f64, %out: f64):
      %121 = arith.subf %in, %in_35 : f64
      linalg.yield %121 : f64
    } -> tensor<32x64xf64>
    %81 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%80, %80 : tensor<32x64xf64>, tensor<32x64xf64>) outs(%74 : tensor<32x64xf64>) {
    ^bb0(%in: f64, %in_35: f64, %out: f64):
      %121 = arith.mulf %in, %in_35 : f64
      linalg.yield %121 : f64
    } -> tensor<32x64xf64>
    %82 = linalg.generic {indexing_maps = [#map2, #map16], iterator_types = ["parallel", "reduction"]} ins(%81 : tensor<32x64xf64>) outs(%77 : tensor<32x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.addf %in, %out : f64
      linalg.yield %121 : f64
    } -> tensor<32x1xf64>
    %83 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%82 : tensor<32x1xf64>) outs(%76 : tensor<32x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.divf %in, %cst_6 : f64
      linalg.yield %121 : f64
    } -> tensor<32x1xf64>
    %84 = tensor.empty() : tensor<32x1xf32>
    %85 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%83 : tensor<32x1xf64>) outs(%84 : tensor<32x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %121 = arith.truncf %in : f64 to f32
      linalg.yield %121 : f32
    } -> tensor<32x1xf32>
    %86 = linalg.fill ins(%cst_0 : f32) outs(%84 : tensor<32x1xf32>) -> tensor<32x1xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map16], iterator_types = ["parallel", "reduction"]} ins(%collapsed_31 : tensor<32x64xf32>) outs(%86 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<32x1xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%87 : tensor<32x1xf32>) outs(%84 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_7 : f32
      linalg.yield %121 : f32
    } -> tensor<32x1xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%85 : tensor<32x1xf32>) outs(%84 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.truncf %cst_5 : f64 to f32
      %122 = arith.addf %in, %121 : f32
      linalg.yield %122 : f32
    } -> tensor<32x1xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%89 : tensor<32x1xf32>) outs(%84 : tensor<32x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.rsqrt %in : f32
      linalg.yield %121 : f32
    } -> tensor<32x1xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map16, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_31, %88 : tensor<32x64xf32>, tensor<32x1xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.subf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map16, #map2], iterator_types = ["parallel", "parallel"]} ins(%91, %90 : tensor<32x64xf32>, tensor<32x1xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.mulf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%92, %arg18 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.mulf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%93, %arg19 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %95 = tensor.empty() : tensor<64x128xf32>
    %transposed_32 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %96 = tensor.empty() : tensor<32x128xf32>
    %97 = linalg.fill ins(%cst_0 : f32) outs(%96 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %98 = linalg.matmul ins(%94, %transposed_32 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%97 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%98, %arg15 : tensor<32x128xf32>, tensor<128xf32>) outs(%96 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<32x128xf32>
    %100 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%99 : tensor<32x128xf32>) outs(%96 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.cmpf ugt, %in, %cst_0 : f32
      %122 = arith.select %121, %in, %cst_0 : f32
      linalg.yield %122 : f32
    } -> tensor<32x128xf32>
    %101 = tensor.empty() : tensor<128x64xf32>
    %transposed_33 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%101 : tensor<128x64xf32>) permutation = [1, 0] 
    %102 = linalg.matmul ins(%100, %transposed_33 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%102, %arg17 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %104 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed_31, %103 : tensor<32x64xf32>, tensor<32x64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<32x64xf32>
    %expanded_34 = tensor.expand_shape %104 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_34 : tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %121 = arith.extf %in : f32 to f64
      linalg.yield %121 : f64
    } -> tensor<2x16x64xf64>
    %106 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.addf %in, %out : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x1xf64>
    %107 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.divf %in, %cst_6 : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %107 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_35: f64, %out: f64):
      %121 = arith.subf %in, %in_35 : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x64xf64>
    %109 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %108 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_35: f64, %out: f64):
      %121 = arith.mulf %in, %in_35 : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x64xf64>
    %110 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%109 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.addf %in, %out : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x1xf64>
    %111 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %121 = arith.divf %in, %cst_6 : f64
      linalg.yield %121 : f64
    } -> tensor<2x16x1xf64>
    %112 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf64>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %121 = arith.truncf %in : f64 to f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map4, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded_34 : tensor<2x16x64xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.addf %in, %out : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.divf %in, %cst_7 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = arith.truncf %cst_5 : f64 to f32
      %122 = arith.addf %in, %121 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %121 = math.rsqrt %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_34, %114 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.subf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %116 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.mulf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.mulf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%4 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_35: f32, %out: f32):
      %121 = arith.addf %in, %in_35 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x64xf32>
    return %120 : tensor<2x16x64xf32>
  }
}
