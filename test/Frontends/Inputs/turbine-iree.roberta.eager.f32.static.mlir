// FRONTEND: {"args": [{"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "roberta", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module @module {
  func.func @main(%arg0: tensor<2x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16x64xf32>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c16_i64 = arith.constant 16 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 9.99999996E-13 : f32
    %cst_8 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<16xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %110 = linalg.index 0 : index
      %111 = arith.index_cast %110 : index to i64
      %112 = arith.addi %111, %c2_i64 : i64
      linalg.yield %112 : i64
    } -> tensor<16xi64>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %4 = tensor.empty() : tensor<2x64xi64>
    %collapsed = tensor.collapse_shape %cst_8 [[0, 1]] : tensor<1x64xi64> into tensor<64xi64>
    %5 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<64xi64>) outs(%4 : tensor<2x64xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x64xi64>
    %6 = linalg.fill ins(%c0_i64 : i64) outs(%2 : tensor<2x16xi64>) -> tensor<2x16xi64>
    %7 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<2x16xi64>) outs(%6 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %110 = linalg.index 0 : index
      %111 = arith.index_cast %in : i64 to index
      %112 = arith.cmpi slt, %111, %c64 : index
      cf.assert %112, "index must be smaller than dim size"
      %113 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %113, "index must be larger or equal to 0"
      %extracted = tensor.extract %5[%110, %111] : tensor<2x64xi64>
      linalg.yield %extracted : i64
    } -> tensor<2x16xi64>
    %8 = tensor.empty() : tensor<2x16x64xf32>
    %9 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<2x16xi64>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %110 = arith.index_cast %in : i64 to index
      %111 = linalg.index 2 : index
      %112 = arith.cmpi slt, %110, %c2 : index
      cf.assert %112, "index must be smaller than dim size"
      %113 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %113, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%110, %111] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20, %9 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<2x16xi64>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %110 = arith.index_cast %in : i64 to index
      %111 = linalg.index 2 : index
      %112 = arith.cmpi slt, %110, %c64 : index
      cf.assert %112, "index must be smaller than dim size"
      %113 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %113, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg3[%110, %111] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %11 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16x1xf32>
    %14 = linalg.fill ins(%cst : f32) outs(%13 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.addf %in, %out : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.divf %in, %cst_9 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_11 = tensor.collapse_shape %16 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %17 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_11 : tensor<2x16xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %17 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.subf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %18 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.mulf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %20 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.addf %in, %out : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.divf %in, %cst_9 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.addf %in, %cst_7 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = math.rsqrt %in : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_12 = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %24 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_12 : tensor<2x16xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.mulf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %arg1 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.mulf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %28 = tensor.empty() : tensor<2x16xi1>
    %29 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%28 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %110 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %110 : i1
    } -> tensor<2x16xi1>
    %30 = tensor.empty() : tensor<2xi64>
    %31 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%30 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %110 = linalg.index 0 : index
      %111 = arith.index_cast %110 : index to i64
      linalg.yield %111 : i64
    } -> tensor<2xi64>
    %32 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %110 = linalg.index 0 : index
      %111 = arith.index_cast %110 : index to i64
      linalg.yield %111 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %31 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_13 = tensor.expand_shape %32 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_14 = tensor.expand_shape %32 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %33 = tensor.empty() : tensor<1x1x16x1xi1>
    %34 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<1x1x16x1xi64>) outs(%33 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %110 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %110 : i1
    } -> tensor<1x1x16x1xi1>
    %35 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %34 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%33 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %110 = arith.andi %in, %in_45 : i1
      linalg.yield %110 : i1
    } -> tensor<1x1x16x1xi1>
    %36 = tensor.empty() : tensor<2x1x1x16xi1>
    %37 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_14 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%36 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_45: i64, %out: i1):
      %110 = arith.cmpi slt, %in, %c0_i64 : i64
      %111 = arith.addi %in, %c2_i64 : i64
      %112 = arith.select %110, %111, %in : i64
      %113 = arith.index_cast %112 : i64 to index
      %114 = arith.cmpi slt, %in_45, %c0_i64 : i64
      %115 = arith.addi %in_45, %c16_i64 : i64
      %116 = arith.select %114, %115, %in_45 : i64
      %117 = arith.index_cast %116 : i64 to index
      %extracted = tensor.extract %29[%113, %117] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %38 = tensor.empty() : tensor<2x1x16x16xi1>
    %39 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35, %37 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%38 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_45: i1, %out: i1):
      %110 = arith.andi %in, %in_45 : i1
      linalg.yield %110 : i1
    } -> tensor<2x1x16x16xi1>
    %40 = tensor.empty() : tensor<2x1x16x16xf32>
    %41 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%40 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_45: f32, %in_46: f32, %out: f32):
      %110 = arith.select %in, %in_45, %in_46 : f32
      linalg.yield %110 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_15 = tensor.collapse_shape %27 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %42 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %43 = tensor.empty() : tensor<32x64xf32>
    %44 = linalg.fill ins(%cst : f32) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %45 = linalg.matmul ins(%collapsed_15, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg5, %45 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<32x64xf32>
    %expanded_16 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %47 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_18 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %48 = linalg.matmul ins(%collapsed_15, %transposed_18 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %49 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg7, %48 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<32x64xf32>
    %expanded_19 = tensor.expand_shape %49 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_20 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %50 = linalg.matmul ins(%collapsed_15, %transposed_20 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %51 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg9, %50 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %51 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_24 = tensor.collapse_shape %transposed_17 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %52 = tensor.empty() : tensor<8x16x16xf32>
    %53 = linalg.fill ins(%cst : f32) outs(%52 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %54 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %54 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_26 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.mulf %in, %cst_10 : f32
      linalg.yield %110 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %41 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x4x16xi64>
    %58 = linalg.fill ins(%c0_i64 : i64) outs(%57 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %59 = tensor.empty() : tensor<2x4x16xf32>
    %60 = linalg.fill ins(%cst_0 : f32) outs(%59 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %61:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%56 : tensor<2x4x16x16xf32>) outs(%60, %58 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_45: i64):
      %110 = linalg.index 3 : index
      %111 = arith.index_cast %110 : index to i64
      %112 = arith.maximumf %in, %out : f32
      %113 = arith.cmpf ogt, %in, %out : f32
      %114 = arith.select %113, %111, %out_45 : i64
      linalg.yield %112, %114 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_27 = tensor.expand_shape %61#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %expanded_27 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.subf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = math.exp %in : f32
      linalg.yield %110 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x4x16x1xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%64 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%65 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.addf %in, %out : f32
      linalg.yield %110 : f32
    } -> tensor<2x4x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %66 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.divf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %67 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %68 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_30 = tensor.expand_shape %68 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %69 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_33 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %70 = linalg.matmul ins(%collapsed_32, %transposed_33 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg11, %70 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<32x64xf32>
    %expanded_34 = tensor.expand_shape %71 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_34, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%72 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.addf %in, %out : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.divf %in, %cst_9 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_35 = tensor.collapse_shape %74 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %75 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x16xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %75 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.subf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %76 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.mulf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%77 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.addf %in, %out : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.divf %in, %cst_9 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.addf %in, %cst_7 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = math.rsqrt %in : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_36 = tensor.collapse_shape %81 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %82 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %82 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.mulf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.mulf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_37 = tensor.collapse_shape %85 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %86 = tensor.empty() : tensor<64x128xf32>
    %transposed_38 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%86 : tensor<64x128xf32>) permutation = [1, 0] 
    %87 = tensor.empty() : tensor<32x128xf32>
    %88 = linalg.fill ins(%cst : f32) outs(%87 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %89 = linalg.matmul ins(%collapsed_37, %transposed_38 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%88 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg15, %89 : tensor<128xf32>, tensor<32x128xf32>) outs(%87 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<32x128xf32>
    %expanded_39 = tensor.expand_shape %90 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %91 = tensor.empty() : tensor<2x16x128xf32>
    %92 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<2x16x128xf32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.divf %in, %cst_1 : f32
      %111 = math.erf %110 : f32
      %112 = arith.addf %111, %cst_2 : f32
      %113 = arith.mulf %112, %cst_3 : f32
      %114 = arith.mulf %in, %113 : f32
      linalg.yield %114 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_40 = tensor.collapse_shape %92 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %93 = tensor.empty() : tensor<128x64xf32>
    %transposed_41 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%93 : tensor<128x64xf32>) permutation = [1, 0] 
    %94 = linalg.matmul ins(%collapsed_40, %transposed_41 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg17, %94 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<32x64xf32>
    %expanded_42 = tensor.expand_shape %95 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_42, %85 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%96 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.addf %in, %out : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.divf %in, %cst_9 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %98 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %99 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %99 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.subf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %100 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.mulf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.addf %in, %out : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %103 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.divf %in, %cst_9 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = arith.addf %in, %cst_7 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %110 = math.rsqrt %in : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %105 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %106 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %106 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.mulf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.mulf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_45: f32, %out: f32):
      %110 = arith.addf %in, %in_45 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x64xf32>
    return %109 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}

