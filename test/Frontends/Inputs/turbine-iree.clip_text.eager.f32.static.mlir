// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "clip_text", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0) -> (d0)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map12 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map13 = affine_map<(d0, d1, d2) -> (d2)>
#map14 = affine_map<(d0, d1) -> (d1)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c64 = arith.constant 64 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 1.7019999 : f32
    %cst_6 = arith.constant 9.99999974E-6 : f32
    %cst_7 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %cst_8 = arith.constant 6.400000e+01 : f32
    %cst_9 = arith.constant 2.500000e-01 : f32
    %extracted_slice = tensor.extract_slice %cst_7[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %105 = arith.index_cast %in : i64 to index
      %106 = linalg.index 2 : index
      %107 = arith.cmpi slt, %105, %c128 : index
      cf.assert %107, "index must be smaller than dim size"
      %108 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %108, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%105, %106] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<1x16x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%2 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %105 = arith.index_cast %in : i64 to index
      %106 = linalg.index 2 : index
      %107 = arith.cmpi slt, %105, %c64 : index
      cf.assert %107, "index must be smaller than dim size"
      %108 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %108, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%105, %106] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %3 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %5 = tensor.empty() : tensor<2x16xi1>
    %6 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %105 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %105 : i1
    } -> tensor<2x16xi1>
    %7 = tensor.empty() : tensor<2xi64>
    %8 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel"]} outs(%7 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %105 = linalg.index 0 : index
      %106 = arith.index_cast %105 : index to i64
      linalg.yield %106 : i64
    } -> tensor<2xi64>
    %9 = tensor.empty() : tensor<16xi64>
    %10 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel"]} outs(%9 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %105 = linalg.index 0 : index
      %106 = arith.index_cast %105 : index to i64
      linalg.yield %106 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_10 = tensor.expand_shape %10 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_11 = tensor.expand_shape %10 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %11 = tensor.empty() : tensor<1x1x16x16xi1>
    %12 = linalg.generic {indexing_maps = [#map5, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11, %expanded_10 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%11 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_43: i64, %out: i1):
      %105 = arith.cmpi sle, %in, %in_43 : i64
      linalg.yield %105 : i1
    } -> tensor<1x1x16x16xi1>
    %13 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %12 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%11 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_43: i1, %out: i1):
      %105 = arith.andi %in, %in_43 : i1
      linalg.yield %105 : i1
    } -> tensor<1x1x16x16xi1>
    %14 = tensor.empty() : tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_11 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%14 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_43: i64, %out: i1):
      %105 = arith.cmpi slt, %in, %c0_i64 : i64
      %106 = arith.addi %in, %c2_i64 : i64
      %107 = arith.select %105, %106, %in : i64
      %108 = arith.index_cast %107 : i64 to index
      %109 = arith.cmpi slt, %in_43, %c0_i64 : i64
      %110 = arith.addi %in_43, %c16_i64 : i64
      %111 = arith.select %109, %110, %in_43 : i64
      %112 = arith.index_cast %111 : i64 to index
      %extracted = tensor.extract %6[%108, %112] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %16 = tensor.empty() : tensor<2x1x16x16xi1>
    %17 = linalg.generic {indexing_maps = [#map11, #map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %15 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%16 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_43: i1, %out: i1):
      %105 = arith.andi %in, %in_43 : i1
      linalg.yield %105 : i1
    } -> tensor<2x1x16x16xi1>
    %18 = tensor.empty() : tensor<2x1x16x16xf32>
    %19 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %cst_3, %cst_2 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%18 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_43: f32, %in_44: f32, %out: f32):
      %105 = arith.select %in, %in_43, %in_44 : f32
      linalg.yield %105 : f32
    } -> tensor<2x1x16x16xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.fill ins(%cst : f32) outs(%20 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%4 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_8 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %23 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.subf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.mulf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%26 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_8 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %cst_6 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = math.rsqrt %in : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_12 = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_12 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.mulf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.mulf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_13 = tensor.collapse_shape %34 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %35 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %36 = tensor.empty() : tensor<32x64xf32>
    %37 = linalg.fill ins(%cst : f32) outs(%36 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %38 = linalg.matmul ins(%collapsed_13, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %39 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg7, %38 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<32x64xf32>
    %transposed_14 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %40 = linalg.matmul ins(%collapsed_13, %transposed_14 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %41 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg3, %40 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<32x64xf32>
    %transposed_15 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %42 = linalg.matmul ins(%collapsed_13, %transposed_15 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %43 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg5, %42 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<32x64xf32>
    %expanded_16 = tensor.expand_shape %39 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %44 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_18 = tensor.expand_shape %41 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_19 = tensor.expand_shape %43 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_22 = tensor.collapse_shape %transposed_17 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_23 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %45 = tensor.empty() : tensor<8x16x16xf32>
    %46 = linalg.fill ins(%cst : f32) outs(%45 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %47 = linalg.batch_matmul ins(%collapsed_22, %collapsed_23 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_24 = tensor.expand_shape %47 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %48 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.mulf %in, %cst_9 : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %19 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x16xf32>
    %50 = tensor.empty() : tensor<2x4x16xi64>
    %51 = linalg.fill ins(%c0_i64 : i64) outs(%50 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %52 = tensor.empty() : tensor<2x4x16xf32>
    %53 = linalg.fill ins(%cst_0 : f32) outs(%52 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %54:2 = linalg.generic {indexing_maps = [#map7, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%49 : tensor<2x4x16x16xf32>) outs(%53, %51 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_43: i64):
      %105 = linalg.index 3 : index
      %106 = arith.index_cast %105 : index to i64
      %107 = arith.maximumf %in, %out : f32
      %108 = arith.cmpf ogt, %in, %out : f32
      %109 = arith.select %108, %106, %out_43 : i64
      linalg.yield %107, %109 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_25 = tensor.expand_shape %54#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %55 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %expanded_25 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.subf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55 : tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = math.exp %in : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x4x16x1xf32>
    %58 = linalg.fill ins(%cst : f32) outs(%57 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %59 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%56 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x1xf32>
    %60 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %59 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.divf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %60 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %transposed_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %61 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %61 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %62 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x4x16x16xf32>) outs(%62 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_30 = tensor.collapse_shape %transposed_29 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_31 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %63 = linalg.matmul ins(%collapsed_30, %transposed_31 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %64 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg9, %63 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<32x64xf32>
    %expanded_32 = tensor.expand_shape %64 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %expanded_32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%65 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_8 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_33 = tensor.collapse_shape %67 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_33 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65, %68 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.subf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %70 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %69 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.mulf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%70 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_8 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %cst_6 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = math.rsqrt %in : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_34 = tensor.collapse_shape %74 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %75 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.mulf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.mulf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_35 = tensor.collapse_shape %78 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %79 = tensor.empty() : tensor<64x128xf32>
    %transposed_36 = linalg.transpose ins(%arg12 : tensor<128x64xf32>) outs(%79 : tensor<64x128xf32>) permutation = [1, 0] 
    %80 = tensor.empty() : tensor<32x128xf32>
    %81 = linalg.fill ins(%cst : f32) outs(%80 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %82 = linalg.matmul ins(%collapsed_35, %transposed_36 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%81 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %83 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg13, %82 : tensor<128xf32>, tensor<32x128xf32>) outs(%80 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<32x128xf32>
    %expanded_37 = tensor.expand_shape %83 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %84 = tensor.empty() : tensor<2x16x128xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.mulf %in, %cst_5 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x128xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.negf %in : f32
      %106 = math.exp %105 : f32
      %107 = arith.addf %106, %cst_1 : f32
      %108 = arith.divf %cst_1, %107 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x128xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37, %86 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.mulf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_38 = tensor.collapse_shape %87 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %88 = tensor.empty() : tensor<128x64xf32>
    %transposed_39 = linalg.transpose ins(%arg14 : tensor<64x128xf32>) outs(%88 : tensor<128x64xf32>) permutation = [1, 0] 
    %89 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %90 = linalg.generic {indexing_maps = [#map14, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg15, %89 : tensor<64xf32>, tensor<32x64xf32>) outs(%36 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<32x64xf32>
    %expanded_40 = tensor.expand_shape %90 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65, %expanded_40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%91 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_8 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %93 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.subf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %95 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.mulf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%96 : tensor<2x16x64xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %out : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.divf %in, %cst_8 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = arith.addf %in, %cst_6 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %105 = math.rsqrt %in : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_42 = tensor.collapse_shape %100 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_42 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %101 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.mulf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.mulf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_43: f32, %out: f32):
      %105 = arith.addf %in, %in_43 : f32
      linalg.yield %105 : f32
    } -> tensor<2x16x64xf32>
    return %104 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000"
    }
  }
#-}

