// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "distilbert", "path": "turbine-iree", "shapes": "static"}
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
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %c64 = arith.constant 64 : index
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
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %103 = arith.index_cast %in : i64 to index
      %104 = linalg.index 2 : index
      %105 = arith.cmpi slt, %103, %c128 : index
      cf.assert %105, "index must be smaller than dim size"
      %106 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %106, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%103, %104] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %extracted_slice = tensor.extract_slice %cst_8[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %2 = tensor.empty() : tensor<1x16x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%2 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %103 = arith.index_cast %in : i64 to index
      %104 = linalg.index 2 : index
      %105 = arith.cmpi slt, %103, %c64 : index
      cf.assert %105, "index must be smaller than dim size"
      %106 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %106, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%103, %104] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %3 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %5 = tensor.empty() : tensor<2x16x1xf32>
    %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%4 : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.addf %in, %out : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.divf %in, %cst_9 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %8 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %9 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.subf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %10 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.mulf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.addf %in, %out : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %13 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.divf %in, %cst_9 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.addf %in, %cst_7 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = math.rsqrt %in : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_11 = tensor.collapse_shape %15 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_11 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.mulf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.mulf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %20 = tensor.empty() : tensor<2x16xi1>
    %21 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%20 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %103 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %103 : i1
    } -> tensor<2x16xi1>
    %22 = tensor.empty() : tensor<2xi64>
    %23 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel"]} outs(%22 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %103 = linalg.index 0 : index
      %104 = arith.index_cast %103 : index to i64
      linalg.yield %104 : i64
    } -> tensor<2xi64>
    %24 = tensor.empty() : tensor<16xi64>
    %25 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel"]} outs(%24 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %103 = linalg.index 0 : index
      %104 = arith.index_cast %103 : index to i64
      linalg.yield %104 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %23 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_12 = tensor.expand_shape %25 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_13 = tensor.expand_shape %25 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %26 = tensor.empty() : tensor<1x1x16x1xi1>
    %27 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<1x1x16x1xi64>) outs(%26 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %103 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %103 : i1
    } -> tensor<1x1x16x1xi1>
    %28 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %27 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%26 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_44: i1, %out: i1):
      %103 = arith.andi %in, %in_44 : i1
      linalg.yield %103 : i1
    } -> tensor<1x1x16x1xi1>
    %29 = tensor.empty() : tensor<2x1x1x16xi1>
    %30 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_13 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%29 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_44: i64, %out: i1):
      %103 = arith.cmpi slt, %in, %c0_i64 : i64
      %104 = arith.addi %in, %c2_i64 : i64
      %105 = arith.select %103, %104, %in : i64
      %106 = arith.index_cast %105 : i64 to index
      %107 = arith.cmpi slt, %in_44, %c0_i64 : i64
      %108 = arith.addi %in_44, %c16_i64 : i64
      %109 = arith.select %107, %108, %in_44 : i64
      %110 = arith.index_cast %109 : i64 to index
      %extracted = tensor.extract %21[%106, %110] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %31 = tensor.empty() : tensor<2x1x16x16xi1>
    %32 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%28, %30 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%31 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_44: i1, %out: i1):
      %103 = arith.andi %in, %in_44 : i1
      linalg.yield %103 : i1
    } -> tensor<2x1x16x16xi1>
    %33 = tensor.empty() : tensor<2x1x16x16xf32>
    %34 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%32, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%33 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_44: f32, %in_45: f32, %out: f32):
      %103 = arith.select %in, %in_44, %in_45 : f32
      linalg.yield %103 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_14 = tensor.collapse_shape %19 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %35 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %36 = tensor.empty() : tensor<32x64xf32>
    %37 = linalg.fill ins(%cst : f32) outs(%36 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %38 = linalg.matmul ins(%collapsed_14, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %39 = linalg.generic {indexing_maps = [#map13, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg5, %38 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<32x64xf32>
    %expanded_15 = tensor.expand_shape %39 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %40 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_17 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %41 = linalg.matmul ins(%collapsed_14, %transposed_17 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %42 = linalg.generic {indexing_maps = [#map13, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg7, %41 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %42 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_19 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %43 = linalg.matmul ins(%collapsed_14, %transposed_19 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %44 = linalg.generic {indexing_maps = [#map13, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg9, %43 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<32x64xf32>
    %expanded_20 = tensor.expand_shape %44 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_22 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_23 = tensor.collapse_shape %transposed_16 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %45 = tensor.empty() : tensor<8x16x16xf32>
    %46 = linalg.fill ins(%cst : f32) outs(%45 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %47 = linalg.batch_matmul ins(%collapsed_23, %collapsed_24 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_25 = tensor.expand_shape %47 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %48 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_25 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.mulf %in, %cst_10 : f32
      linalg.yield %103 : f32
    } -> tensor<2x4x16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %34 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x4x16x16xf32>
    %50 = tensor.empty() : tensor<2x4x16xi64>
    %51 = linalg.fill ins(%c0_i64 : i64) outs(%50 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %52 = tensor.empty() : tensor<2x4x16xf32>
    %53 = linalg.fill ins(%cst_0 : f32) outs(%52 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %54:2 = linalg.generic {indexing_maps = [#map7, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%49 : tensor<2x4x16x16xf32>) outs(%53, %51 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_44: i64):
      %103 = linalg.index 3 : index
      %104 = arith.index_cast %103 : index to i64
      %105 = arith.maximumf %in, %out : f32
      %106 = arith.cmpf ogt, %in, %out : f32
      %107 = arith.select %106, %104, %out_44 : i64
      linalg.yield %105, %107 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_26 = tensor.expand_shape %54#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %55 = linalg.generic {indexing_maps = [#map7, #map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %expanded_26 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.subf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = math.exp %in : f32
      linalg.yield %103 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x4x16x1xf32>
    %58 = linalg.fill ins(%cst : f32) outs(%57 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %59 = linalg.generic {indexing_maps = [#map7, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%56 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.addf %in, %out : f32
      linalg.yield %103 : f32
    } -> tensor<2x4x16x1xf32>
    %60 = linalg.generic {indexing_maps = [#map7, #map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %59 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.divf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %60 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %61 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_29 = tensor.expand_shape %61 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %62 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x4x16x16xf32>) outs(%62 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_31 = tensor.collapse_shape %transposed_30 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_32 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %63 = linalg.matmul ins(%collapsed_31, %transposed_32 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %64 = linalg.generic {indexing_maps = [#map13, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg11, %63 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<32x64xf32>
    %expanded_33 = tensor.expand_shape %64 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_33, %19 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%65 : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.addf %in, %out : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.divf %in, %cst_9 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_34 = tensor.collapse_shape %67 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65, %68 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.subf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %69 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.mulf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%70 : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.addf %in, %out : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.divf %in, %cst_9 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.addf %in, %cst_7 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = math.rsqrt %in : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_35 = tensor.collapse_shape %74 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %75 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.mulf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.mulf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_36 = tensor.collapse_shape %78 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %79 = tensor.empty() : tensor<64x128xf32>
    %transposed_37 = linalg.transpose ins(%arg14 : tensor<128x64xf32>) outs(%79 : tensor<64x128xf32>) permutation = [1, 0] 
    %80 = tensor.empty() : tensor<32x128xf32>
    %81 = linalg.fill ins(%cst : f32) outs(%80 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %82 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%81 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %83 = linalg.generic {indexing_maps = [#map13, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg15, %82 : tensor<128xf32>, tensor<32x128xf32>) outs(%80 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<32x128xf32>
    %expanded_38 = tensor.expand_shape %83 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %84 = tensor.empty() : tensor<2x16x128xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.divf %in, %cst_1 : f32
      %104 = math.erf %103 : f32
      %105 = arith.addf %104, %cst_2 : f32
      %106 = arith.mulf %105, %cst_3 : f32
      %107 = arith.mulf %in, %106 : f32
      linalg.yield %107 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_39 = tensor.collapse_shape %85 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %86 = tensor.empty() : tensor<128x64xf32>
    %transposed_40 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%86 : tensor<128x64xf32>) permutation = [1, 0] 
    %87 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %88 = linalg.generic {indexing_maps = [#map13, #map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg17, %87 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<32x64xf32>
    %expanded_41 = tensor.expand_shape %88 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41, %78 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%89 : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.addf %in, %out : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.divf %in, %cst_9 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %91 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %92 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %92 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.subf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %93 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.mulf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%94 : tensor<2x16x64xf32>) outs(%6 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.addf %in, %out : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.divf %in, %cst_9 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = arith.addf %in, %cst_7 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %103 = math.rsqrt %in : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_43 = tensor.collapse_shape %98 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %99 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %99 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.mulf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.mulf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %103 = arith.addf %in, %in_44 : f32
      linalg.yield %103 : f32
    } -> tensor<2x16x64xf32>
    return %102 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000"
    }
  }
#-}

