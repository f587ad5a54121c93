// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [8, 4]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [8, 4]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "eager", "dtype": "f32", "expected_blocks": 3, "func": "forward", "model": "t5", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> ()>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1) -> (0, d1)>
#map13 = affine_map<(d0, d1) -> (d0, 0)>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<8x4xf32>, %arg6: tensor<64xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<64x128xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64x64xf32>, %arg14: tensor<64x64xf32>, %arg15: tensor<8x4xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64x64xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64x64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<128x64xf32>, %arg23: tensor<64x128xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<2x16xi64>, %arg27: tensor<2x16xi64>, %arg28: tensor<2x8xi64>) -> tensor<2x8x64xf32> {
    %c16_i64 = arith.constant 16 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c4_i64 = arith.constant 4 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c8 = arith.constant 8 : index
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<0.000000e+00> : tensor<1x4x8x16xf32>
    %cst_2 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 1.3862943611198906 : f64
    %cst_6 = arith.constant 2.0794415416798357 : f64
    %cst_7 = arith.constant 9.9999999999999995E-7 : f64
    %cst_8 = arith.constant 6.400000e+01 : f32
    %cst_9 = arith.constant 2.000000e+00 : f32
    %cst_10 = arith.constant 4.000000e+00 : f32
    %cst_11 = arith.constant dense<7> : tensor<8x8xi64>
    %cst_12 = arith.constant dense<0> : tensor<8x8xi64>
    %cst_13 = arith.constant dense<3> : tensor<16x16xi64>
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg26 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %215 = arith.index_cast %in : i64 to index
      %216 = linalg.index 2 : index
      %217 = arith.cmpi slt, %215, %c128 : index
      cf.assert %217, "index must be smaller than dim size"
      %218 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %218, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%215, %216] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<2x16xi1>
    %3 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg27 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %215 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %215 : i1
    } -> tensor<2x16xi1>
    %4 = tensor.empty() : tensor<2xi64>
    %5 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%4 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %215 = linalg.index 0 : index
      %216 = arith.index_cast %215 : index to i64
      linalg.yield %216 : i64
    } -> tensor<2xi64>
    %6 = tensor.empty() : tensor<16xi64>
    %7 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%6 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %215 = linalg.index 0 : index
      %216 = arith.index_cast %215 : index to i64
      linalg.yield %216 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %5 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x1xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %215 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %215 : i1
    } -> tensor<1x1x16x1xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %9 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%8 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_101: i1, %out: i1):
      %215 = arith.andi %in, %in_101 : i1
      linalg.yield %215 : i1
    } -> tensor<1x1x16x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map6, #map7, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_101: i64, %out: i1):
      %215 = arith.cmpi slt, %in, %c0_i64 : i64
      %216 = arith.addi %in, %c2_i64 : i64
      %217 = arith.select %215, %216, %in : i64
      %218 = arith.index_cast %217 : i64 to index
      %219 = arith.cmpi slt, %in_101, %c0_i64 : i64
      %220 = arith.addi %in_101, %c16_i64 : i64
      %221 = arith.select %219, %220, %in_101 : i64
      %222 = arith.index_cast %221 : i64 to index
      %extracted = tensor.extract %3[%218, %222] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map8, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_101: i1, %out: i1):
      %215 = arith.andi %in, %in_101 : i1
      linalg.yield %215 : i1
    } -> tensor<2x1x16x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xf32>
    %16 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_3, %cst_2 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%15 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_101: f32, %in_102: f32, %out: f32):
      %215 = arith.select %in, %in_101, %in_102 : f32
      linalg.yield %215 : f32
    } -> tensor<2x1x16x16xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %215 : f32
    } -> tensor<2x16x64xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.fill ins(%cst : f32) outs(%18 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_8 : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_7 : f64 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.rsqrt %in : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %23 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %24 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %25 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %27 = tensor.empty() : tensor<32x64xf32>
    %28 = linalg.fill ins(%cst : f32) outs(%27 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %29 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_16 = tensor.expand_shape %29 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %30 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_18 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %31 = linalg.matmul ins(%collapsed, %transposed_18 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_19 = tensor.expand_shape %31 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_20 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %32 = linalg.matmul ins(%collapsed, %transposed_20 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %32 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_23 = tensor.expand_shape %7 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %expanded_24 = tensor.expand_shape %7 [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
    %33 = tensor.empty() : tensor<16x16xi64>
    %34 = linalg.generic {indexing_maps = [#map12, #map13, #map2], iterator_types = ["parallel", "parallel"]} ins(%expanded_24, %expanded_23 : tensor<1x16xi64>, tensor<16x1xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_101: i64, %out: i64):
      %215 = arith.subi %in, %in_101 : i64
      linalg.yield %215 : i64
    } -> tensor<16x16xi64>
    %35 = tensor.empty() : tensor<16x16xi1>
    %36 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%34 : tensor<16x16xi64>) outs(%35 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %215 = arith.cmpi sgt, %in, %c0_i64 : i64
      linalg.yield %215 : i1
    } -> tensor<16x16xi1>
    %37 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%36 : tensor<16x16xi1>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %out: i64):
      %215 = arith.extui %in : i1 to i64
      linalg.yield %215 : i64
    } -> tensor<16x16xi64>
    %38 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%37 : tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %215 = arith.muli %in, %c4_i64 : i64
      linalg.yield %215 : i64
    } -> tensor<16x16xi64>
    %39 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%34 : tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %215 = math.absi %in : i64
      linalg.yield %215 : i64
    } -> tensor<16x16xi64>
    %40 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%39 : tensor<16x16xi64>) outs(%35 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %215 = arith.cmpi slt, %in, %c2_i64 : i64
      linalg.yield %215 : i1
    } -> tensor<16x16xi1>
    %41 = tensor.empty() : tensor<16x16xf32>
    %42 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%39 : tensor<16x16xi64>) outs(%41 : tensor<16x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %215 = arith.sitofp %in : i64 to f32
      linalg.yield %215 : f32
    } -> tensor<16x16xf32>
    %43 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%42 : tensor<16x16xf32>) outs(%41 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_9 : f32
      linalg.yield %215 : f32
    } -> tensor<16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%43 : tensor<16x16xf32>) outs(%41 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.log %in : f32
      linalg.yield %215 : f32
    } -> tensor<16x16xf32>
    %45 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%44 : tensor<16x16xf32>) outs(%41 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_6 : f64 to f32
      %216 = arith.divf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%45 : tensor<16x16xf32>) outs(%41 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.mulf %in, %cst_9 : f32
      linalg.yield %215 : f32
    } -> tensor<16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%46 : tensor<16x16xf32>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: f32, %out: i64):
      %215 = arith.fptosi %in : f32 to i64
      linalg.yield %215 : i64
    } -> tensor<16x16xi64>
    %48 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%47 : tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %215 = arith.addi %in, %c2_i64 : i64
      linalg.yield %215 : i64
    } -> tensor<16x16xi64>
    %49 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%48, %cst_13 : tensor<16x16xi64>, tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_101: i64, %out: i64):
      %215 = arith.minsi %in, %in_101 : i64
      linalg.yield %215 : i64
    } -> tensor<16x16xi64>
    %50 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%40, %39, %49 : tensor<16x16xi1>, tensor<16x16xi64>, tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %in_101: i64, %in_102: i64, %out: i64):
      %215 = arith.select %in, %in_101, %in_102 : i64
      linalg.yield %215 : i64
    } -> tensor<16x16xi64>
    %51 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%38, %50 : tensor<16x16xi64>, tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_101: i64, %out: i64):
      %215 = arith.addi %in, %in_101 : i64
      linalg.yield %215 : i64
    } -> tensor<16x16xi64>
    %52 = tensor.empty() : tensor<16x16x4xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51 : tensor<16x16xi64>) outs(%52 : tensor<16x16x4xf32>) {
    ^bb0(%in: i64, %out: f32):
      %215 = arith.index_cast %in : i64 to index
      %216 = linalg.index 2 : index
      %217 = arith.cmpi slt, %215, %c8 : index
      cf.assert %217, "index must be smaller than dim size"
      %218 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %218, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg5[%215, %216] : tensor<8x4xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x16x4xf32>
    %54 = tensor.empty() : tensor<4x16x16xf32>
    %transposed_25 = linalg.transpose ins(%53 : tensor<16x16x4xf32>) outs(%54 : tensor<4x16x16xf32>) permutation = [2, 0, 1] 
    %expanded_26 = tensor.expand_shape %transposed_25 [[0, 1], [2], [3]] output_shape [1, 4, 16, 16] : tensor<4x16x16xf32> into tensor<1x4x16x16xf32>
    %transposed_27 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_28 = tensor.collapse_shape %transposed_17 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %transposed_27 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %55 = tensor.empty() : tensor<8x16x16xf32>
    %56 = linalg.fill ins(%cst : f32) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %57 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_30 = tensor.expand_shape %57 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_30, %expanded_26 : tensor<2x4x16x16xf32>, tensor<1x4x16x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.addf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map4, #map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %16 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.addf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x16x16xf32>
    %60 = tensor.empty() : tensor<2x4x16xi64>
    %61 = linalg.fill ins(%c0_i64 : i64) outs(%60 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %62 = tensor.empty() : tensor<2x4x16xf32>
    %63 = linalg.fill ins(%cst_0 : f32) outs(%62 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %64:2 = linalg.generic {indexing_maps = [#map4, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%59 : tensor<2x4x16x16xf32>) outs(%63, %61 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_101: i64):
      %215 = linalg.index 3 : index
      %216 = arith.index_cast %215 : index to i64
      %217 = arith.maximumf %in, %out : f32
      %218 = arith.cmpf ogt, %in, %out : f32
      %219 = arith.select %218, %216, %out_101 : i64
      linalg.yield %217, %219 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_31 = tensor.expand_shape %64#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %expanded_31 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.subf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65 : tensor<2x4x16x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.exp %in : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = tensor.empty() : tensor<2x4x16x1xf32>
    %68 = linalg.fill ins(%cst : f32) outs(%67 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map4, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%66 : tensor<2x4x16x16xf32>) outs(%68 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %69 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.divf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %70 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %71 = linalg.batch_matmul ins(%collapsed_32, %collapsed_33 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_34 = tensor.expand_shape %71 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_35 = linalg.transpose ins(%expanded_34 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_36 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_37 = tensor.collapse_shape %transposed_35 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %73 = linalg.matmul ins(%collapsed_37, %transposed_36 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_38 = tensor.expand_shape %73 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_38 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.addf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x64xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %215 : f32
    } -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%75 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_8 : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_7 : f64 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<2x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.rsqrt %in : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %79 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %80 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x64xf32>
    %82 = tensor.empty() : tensor<64x128xf32>
    %transposed_39 = linalg.transpose ins(%arg7 : tensor<128x64xf32>) outs(%82 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_40 = tensor.collapse_shape %81 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %83 = tensor.empty() : tensor<32x128xf32>
    %84 = linalg.fill ins(%cst : f32) outs(%83 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %85 = linalg.matmul ins(%collapsed_40, %transposed_39 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%84 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_41 = tensor.expand_shape %85 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %86 = tensor.empty() : tensor<2x16x128xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<2x16x128xf32>) outs(%86 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.cmpf ugt, %in, %cst : f32
      %216 = arith.select %215, %in, %cst : f32
      linalg.yield %216 : f32
    } -> tensor<2x16x128xf32>
    %88 = tensor.empty() : tensor<128x64xf32>
    %transposed_42 = linalg.transpose ins(%arg8 : tensor<64x128xf32>) outs(%88 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_43 = tensor.collapse_shape %87 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %89 = linalg.matmul ins(%collapsed_43, %transposed_42 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_44 = tensor.expand_shape %89 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %expanded_44 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.addf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %215 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%91 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_8 : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_7 : f64 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<2x16x1xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.rsqrt %in : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %95 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %96 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x16x64xf32>
    %98 = tensor.empty() : tensor<2x8x64xf32>
    %99 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg28 : tensor<2x8xi64>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %215 = arith.index_cast %in : i64 to index
      %216 = linalg.index 2 : index
      %217 = arith.cmpi slt, %215, %c128 : index
      cf.assert %217, "index must be smaller than dim size"
      %218 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %218, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%215, %216] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x8x64xf32>
    %100 = tensor.empty() : tensor<8xi64>
    %101 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%100 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %215 = linalg.index 0 : index
      %216 = arith.index_cast %215 : index to i64
      linalg.yield %216 : i64
    } -> tensor<8xi64>
    %expanded_45 = tensor.expand_shape %101 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_46 = tensor.expand_shape %101 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %102 = tensor.empty() : tensor<1x1x8x8xi1>
    %103 = linalg.generic {indexing_maps = [#map9, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_46, %expanded_45 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%102 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_101: i64, %out: i1):
      %215 = arith.cmpi sle, %in, %in_101 : i64
      linalg.yield %215 : i1
    } -> tensor<1x1x8x8xi1>
    %104 = tensor.empty() : tensor<2x1x8x8xi1>
    %collapsed_47 = tensor.collapse_shape %103 [[0, 1], [2], [3]] : tensor<1x1x8x8xi1> into tensor<1x8x8xi1>
    %105 = linalg.generic {indexing_maps = [#map18, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_47 : tensor<1x8x8xi1>) outs(%104 : tensor<2x1x8x8xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x8x8xi1>
    %106 = tensor.empty() : tensor<2x1x8x8xf32>
    %107 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%105, %cst_3, %cst_2 : tensor<2x1x8x8xi1>, tensor<f32>, tensor<f32>) outs(%106 : tensor<2x1x8x8xf32>) {
    ^bb0(%in: i1, %in_101: f32, %in_102: f32, %out: f32):
      %215 = arith.select %in, %in_101, %in_102 : f32
      linalg.yield %215 : f32
    } -> tensor<2x1x8x8xf32>
    %108 = tensor.empty() : tensor<1x1x8x1xi1>
    %109 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_45 : tensor<1x1x8x1xi64>) outs(%108 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %215 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %215 : i1
    } -> tensor<1x1x8x1xi1>
    %110 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %109 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%108 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_101: i1, %out: i1):
      %215 = arith.andi %in, %in_101 : i1
      linalg.yield %215 : i1
    } -> tensor<1x1x8x1xi1>
    %111 = tensor.empty() : tensor<2x1x8x16xi1>
    %112 = linalg.generic {indexing_maps = [#map8, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%110, %12 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%111 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_101: i1, %out: i1):
      %215 = arith.andi %in, %in_101 : i1
      linalg.yield %215 : i1
    } -> tensor<2x1x8x16xi1>
    %113 = tensor.empty() : tensor<2x1x8x16xf32>
    %114 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%112, %cst_3, %cst_2 : tensor<2x1x8x16xi1>, tensor<f32>, tensor<f32>) outs(%113 : tensor<2x1x8x16xf32>) {
    ^bb0(%in: i1, %in_101: f32, %in_102: f32, %out: f32):
      %215 = arith.select %in, %in_101, %in_102 : f32
      linalg.yield %215 : f32
    } -> tensor<2x1x8x16xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %116 = tensor.empty() : tensor<2x8x1xf32>
    %117 = linalg.fill ins(%cst : f32) outs(%116 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%115 : tensor<2x8x64xf32>) outs(%117 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_8 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_7 : f64 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<2x8x1xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.rsqrt %in : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %121 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %123 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16, %122 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %transposed_48 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_49 = tensor.collapse_shape %123 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %124 = tensor.empty() : tensor<16x64xf32>
    %125 = linalg.fill ins(%cst : f32) outs(%124 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %126 = linalg.matmul ins(%collapsed_49, %transposed_48 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%125 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_50 = tensor.expand_shape %126 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %127 = tensor.empty() : tensor<2x4x8x16xf32>
    %transposed_51 = linalg.transpose ins(%expanded_50 : tensor<2x8x4x16xf32>) outs(%127 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_52 = linalg.transpose ins(%arg12 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %128 = linalg.matmul ins(%collapsed_49, %transposed_52 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%125 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_53 = tensor.expand_shape %128 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_54 = linalg.transpose ins(%arg13 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %129 = linalg.matmul ins(%collapsed_49, %transposed_54 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%125 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_55 = tensor.expand_shape %129 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_56 = linalg.transpose ins(%expanded_55 : tensor<2x8x4x16xf32>) outs(%127 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_57 = tensor.expand_shape %101 [[0, 1]] output_shape [8, 1] : tensor<8xi64> into tensor<8x1xi64>
    %expanded_58 = tensor.expand_shape %101 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %130 = tensor.empty() : tensor<8x8xi64>
    %131 = linalg.generic {indexing_maps = [#map12, #map13, #map2], iterator_types = ["parallel", "parallel"]} ins(%expanded_58, %expanded_57 : tensor<1x8xi64>, tensor<8x1xi64>) outs(%130 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_101: i64, %out: i64):
      %215 = arith.subi %in, %in_101 : i64
      linalg.yield %215 : i64
    } -> tensor<8x8xi64>
    %132 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%131, %cst_12 : tensor<8x8xi64>, tensor<8x8xi64>) outs(%130 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_101: i64, %out: i64):
      %215 = arith.minsi %in, %in_101 : i64
      linalg.yield %215 : i64
    } -> tensor<8x8xi64>
    %133 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%132 : tensor<8x8xi64>) outs(%130 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %215 = arith.sitofp %in : i64 to f32
      %216 = arith.negf %215 : f32
      %217 = arith.fptosi %216 : f32 to i64
      linalg.yield %217 : i64
    } -> tensor<8x8xi64>
    %134 = tensor.empty() : tensor<8x8xi1>
    %135 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%133 : tensor<8x8xi64>) outs(%134 : tensor<8x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %215 = arith.cmpi slt, %in, %c4_i64 : i64
      linalg.yield %215 : i1
    } -> tensor<8x8xi1>
    %136 = tensor.empty() : tensor<8x8xf32>
    %137 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%133 : tensor<8x8xi64>) outs(%136 : tensor<8x8xf32>) {
    ^bb0(%in: i64, %out: f32):
      %215 = arith.sitofp %in : i64 to f32
      linalg.yield %215 : f32
    } -> tensor<8x8xf32>
    %138 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%137 : tensor<8x8xf32>) outs(%136 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_10 : f32
      linalg.yield %215 : f32
    } -> tensor<8x8xf32>
    %139 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%138 : tensor<8x8xf32>) outs(%136 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.log %in : f32
      linalg.yield %215 : f32
    } -> tensor<8x8xf32>
    %140 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%139 : tensor<8x8xf32>) outs(%136 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_5 : f64 to f32
      %216 = arith.divf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<8x8xf32>
    %141 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%140 : tensor<8x8xf32>) outs(%136 : tensor<8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.mulf %in, %cst_10 : f32
      linalg.yield %215 : f32
    } -> tensor<8x8xf32>
    %142 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%141 : tensor<8x8xf32>) outs(%130 : tensor<8x8xi64>) {
    ^bb0(%in: f32, %out: i64):
      %215 = arith.fptosi %in : f32 to i64
      linalg.yield %215 : i64
    } -> tensor<8x8xi64>
    %143 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%142 : tensor<8x8xi64>) outs(%130 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %215 = arith.addi %in, %c4_i64 : i64
      linalg.yield %215 : i64
    } -> tensor<8x8xi64>
    %144 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%143, %cst_11 : tensor<8x8xi64>, tensor<8x8xi64>) outs(%130 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_101: i64, %out: i64):
      %215 = arith.minsi %in, %in_101 : i64
      linalg.yield %215 : i64
    } -> tensor<8x8xi64>
    %145 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%135, %133, %144 : tensor<8x8xi1>, tensor<8x8xi64>, tensor<8x8xi64>) outs(%130 : tensor<8x8xi64>) {
    ^bb0(%in: i1, %in_101: i64, %in_102: i64, %out: i64):
      %215 = arith.select %in, %in_101, %in_102 : i64
      linalg.yield %215 : i64
    } -> tensor<8x8xi64>
    %146 = tensor.empty() : tensor<8x8x4xf32>
    %147 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<8x8xi64>) outs(%146 : tensor<8x8x4xf32>) {
    ^bb0(%in: i64, %out: f32):
      %215 = arith.index_cast %in : i64 to index
      %216 = linalg.index 2 : index
      %217 = arith.cmpi slt, %215, %c8 : index
      cf.assert %217, "index must be smaller than dim size"
      %218 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %218, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg15[%215, %216] : tensor<8x4xf32>
      linalg.yield %extracted : f32
    } -> tensor<8x8x4xf32>
    %148 = tensor.empty() : tensor<4x8x8xf32>
    %transposed_59 = linalg.transpose ins(%147 : tensor<8x8x4xf32>) outs(%148 : tensor<4x8x8xf32>) permutation = [2, 0, 1] 
    %expanded_60 = tensor.expand_shape %transposed_59 [[0, 1], [2], [3]] output_shape [1, 4, 8, 8] : tensor<4x8x8xf32> into tensor<1x4x8x8xf32>
    %149 = tensor.empty() : tensor<2x4x16x8xf32>
    %transposed_61 = linalg.transpose ins(%expanded_53 : tensor<2x8x4x16xf32>) outs(%149 : tensor<2x4x16x8xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_62 = tensor.collapse_shape %transposed_51 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_63 = tensor.collapse_shape %transposed_61 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
    %150 = tensor.empty() : tensor<8x8x8xf32>
    %151 = linalg.fill ins(%cst : f32) outs(%150 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %152 = linalg.batch_matmul ins(%collapsed_62, %collapsed_63 : tensor<8x8x16xf32>, tensor<8x16x8xf32>) outs(%151 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_64 = tensor.expand_shape %152 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %153 = tensor.empty() : tensor<2x4x8x8xf32>
    %154 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_64, %expanded_60 : tensor<2x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%153 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.addf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x8xf32>
    %155 = linalg.generic {indexing_maps = [#map4, #map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%154, %107 : tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) outs(%153 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.addf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x8xf32>
    %156 = tensor.empty() : tensor<2x4x8xi64>
    %157 = linalg.fill ins(%c0_i64 : i64) outs(%156 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %158 = tensor.empty() : tensor<2x4x8xf32>
    %159 = linalg.fill ins(%cst_0 : f32) outs(%158 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %160:2 = linalg.generic {indexing_maps = [#map4, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%155 : tensor<2x4x8x8xf32>) outs(%159, %157 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_101: i64):
      %215 = linalg.index 3 : index
      %216 = arith.index_cast %215 : index to i64
      %217 = arith.maximumf %in, %out : f32
      %218 = arith.cmpf ogt, %in, %out : f32
      %219 = arith.select %218, %216, %out_101 : i64
      linalg.yield %217, %219 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_65 = tensor.expand_shape %160#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %161 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%155, %expanded_65 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%153 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.subf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x8xf32>
    %162 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%161 : tensor<2x4x8x8xf32>) outs(%153 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.exp %in : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x8xf32>
    %163 = tensor.empty() : tensor<2x4x8x1xf32>
    %164 = linalg.fill ins(%cst : f32) outs(%163 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %165 = linalg.generic {indexing_maps = [#map4, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%162 : tensor<2x4x8x8xf32>) outs(%164 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x1xf32>
    %166 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%162, %165 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%153 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.divf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_66 = tensor.collapse_shape %166 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_67 = tensor.collapse_shape %transposed_56 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %167 = tensor.empty() : tensor<8x8x16xf32>
    %168 = linalg.fill ins(%cst : f32) outs(%167 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %169 = linalg.batch_matmul ins(%collapsed_66, %collapsed_67 : tensor<8x8x8xf32>, tensor<8x8x16xf32>) outs(%168 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_68 = tensor.expand_shape %169 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %170 = tensor.empty() : tensor<2x8x4x16xf32>
    %transposed_69 = linalg.transpose ins(%expanded_68 : tensor<2x4x8x16xf32>) outs(%170 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_70 = linalg.transpose ins(%arg14 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_71 = tensor.collapse_shape %transposed_69 [[0, 1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<16x64xf32>
    %171 = linalg.matmul ins(%collapsed_71, %transposed_70 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%125 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_72 = tensor.expand_shape %171 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %172 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %expanded_72 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.addf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172 : tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %174 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%173 : tensor<2x8x64xf32>) outs(%117 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %175 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_8 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %176 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_7 : f64 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<2x8x1xf32>
    %177 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.rsqrt %in : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %178 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %177 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %179 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg21, %178 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %transposed_73 = linalg.transpose ins(%arg17 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_74 = tensor.collapse_shape %179 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %180 = linalg.matmul ins(%collapsed_74, %transposed_73 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%125 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_75 = tensor.expand_shape %180 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xf32> into tensor<2x8x4x16xf32>
    %transposed_76 = linalg.transpose ins(%expanded_75 : tensor<2x8x4x16xf32>) outs(%127 : tensor<2x4x8x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_77 = linalg.transpose ins(%arg18 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_78 = tensor.collapse_shape %97 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %181 = linalg.matmul ins(%collapsed_78, %transposed_77 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_79 = tensor.expand_shape %181 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_80 = linalg.transpose ins(%arg19 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %182 = linalg.matmul ins(%collapsed_78, %transposed_80 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_81 = tensor.expand_shape %182 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_82 = linalg.transpose ins(%expanded_81 : tensor<2x16x4x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_83 = linalg.transpose ins(%expanded_79 : tensor<2x16x4x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_84 = tensor.collapse_shape %transposed_76 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_85 = tensor.collapse_shape %transposed_83 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %183 = linalg.batch_matmul ins(%collapsed_84, %collapsed_85 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%168 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_86 = tensor.expand_shape %183 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %184 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_86, %cst_1 : tensor<2x4x8x16xf32>, tensor<1x4x8x16xf32>) outs(%127 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.addf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x16xf32>
    %185 = linalg.generic {indexing_maps = [#map4, #map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%184, %114 : tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) outs(%127 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.addf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x16xf32>
    %186:2 = linalg.generic {indexing_maps = [#map4, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%185 : tensor<2x4x8x16xf32>) outs(%159, %157 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_101: i64):
      %215 = linalg.index 3 : index
      %216 = arith.index_cast %215 : index to i64
      %217 = arith.maximumf %in, %out : f32
      %218 = arith.cmpf ogt, %in, %out : f32
      %219 = arith.select %218, %216, %out_101 : i64
      linalg.yield %217, %219 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_87 = tensor.expand_shape %186#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %187 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%185, %expanded_87 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%127 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.subf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x16xf32>
    %188 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%187 : tensor<2x4x8x16xf32>) outs(%127 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.exp %in : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x16xf32>
    %189 = linalg.generic {indexing_maps = [#map4, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%188 : tensor<2x4x8x16xf32>) outs(%164 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x1xf32>
    %190 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%188, %189 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%127 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.divf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x4x8x16xf32>
    %collapsed_88 = tensor.collapse_shape %190 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_89 = tensor.collapse_shape %transposed_82 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %191 = linalg.batch_matmul ins(%collapsed_88, %collapsed_89 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%168 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_90 = tensor.expand_shape %191 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %transposed_91 = linalg.transpose ins(%expanded_90 : tensor<2x4x8x16xf32>) outs(%170 : tensor<2x8x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_92 = linalg.transpose ins(%arg20 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_93 = tensor.collapse_shape %transposed_91 [[0, 1], [2, 3]] : tensor<2x8x4x16xf32> into tensor<16x64xf32>
    %192 = linalg.matmul ins(%collapsed_93, %transposed_92 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%125 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_94 = tensor.expand_shape %192 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %193 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %expanded_94 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.addf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %194 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193 : tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %195 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%194 : tensor<2x8x64xf32>) outs(%117 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %196 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%195 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_8 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %197 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_7 : f64 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<2x8x1xf32>
    %198 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.rsqrt %in : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %199 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193, %198 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %200 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg24, %199 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %transposed_95 = linalg.transpose ins(%arg22 : tensor<128x64xf32>) outs(%82 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_96 = tensor.collapse_shape %200 [[0, 1], [2]] : tensor<2x8x64xf32> into tensor<16x64xf32>
    %201 = tensor.empty() : tensor<16x128xf32>
    %202 = linalg.fill ins(%cst : f32) outs(%201 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %203 = linalg.matmul ins(%collapsed_96, %transposed_95 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%202 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %expanded_97 = tensor.expand_shape %203 [[0, 1], [2]] output_shape [2, 8, 128] : tensor<16x128xf32> into tensor<2x8x128xf32>
    %204 = tensor.empty() : tensor<2x8x128xf32>
    %205 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_97 : tensor<2x8x128xf32>) outs(%204 : tensor<2x8x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.cmpf ugt, %in, %cst : f32
      %216 = arith.select %215, %in, %cst : f32
      linalg.yield %216 : f32
    } -> tensor<2x8x128xf32>
    %transposed_98 = linalg.transpose ins(%arg23 : tensor<64x128xf32>) outs(%88 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_99 = tensor.collapse_shape %205 [[0, 1], [2]] : tensor<2x8x128xf32> into tensor<16x128xf32>
    %206 = linalg.matmul ins(%collapsed_99, %transposed_98 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%125 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %expanded_100 = tensor.expand_shape %206 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xf32> into tensor<2x8x64xf32>
    %207 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193, %expanded_100 : tensor<2x8x64xf32>, tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.addf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %208 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%207 : tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %209 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%208 : tensor<2x8x64xf32>) outs(%117 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.addf %in, %out : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %210 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%209 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.divf %in, %cst_8 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %211 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = arith.truncf %cst_7 : f64 to f32
      %216 = arith.addf %in, %215 : f32
      linalg.yield %216 : f32
    } -> tensor<2x8x1xf32>
    %212 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211 : tensor<2x8x1xf32>) outs(%116 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %215 = math.rsqrt %in : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x1xf32>
    %213 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%207, %212 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    %214 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg25, %213 : tensor<64xf32>, tensor<2x8x64xf32>) outs(%98 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_101: f32, %out: f32):
      %215 = arith.mulf %in, %in_101 : f32
      linalg.yield %215 : f32
    } -> tensor<2x8x64xf32>
    return %214 : tensor<2x8x64xf32>
  }
}
