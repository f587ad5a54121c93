// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "phi", "path": "turbine-iree", "shapes": "static"}
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
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<128xf32>, %arg11: tensor<64x128xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16xi64>, %arg18: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c3_i64 = arith.constant 3 : i64
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<true> : tensor<i1>
    %cst_4 = arith.constant 0.797884523 : f32
    %cst_5 = arith.constant 4.471500e-02 : f32
    %cst_6 = arith.constant 9.99999974E-6 : f32
    %cst_7 = arith.constant dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>
    %cst_8 = arith.constant 6.400000e+01 : f32
    %cst_9 = arith.constant 1.000000e+00 : f32
    %cst_10 = arith.constant 2.500000e-01 : f32
    %cst_11 = arith.constant 5.000000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %111 = arith.index_cast %in : i64 to index
      %112 = linalg.index 2 : index
      %113 = arith.cmpi slt, %111, %c128 : index
      cf.assert %113, "index must be smaller than dim size"
      %114 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %114, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%111, %112] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %111 = linalg.index 0 : index
      %112 = arith.index_cast %111 : index to i64
      linalg.yield %112 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg18 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %111 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %111 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %111 = linalg.index 0 : index
      %112 = arith.index_cast %111 : index to i64
      linalg.yield %112 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13, %expanded_12 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_57: i64, %out: i1):
      %111 = arith.cmpi sle, %in, %in_57 : i64
      linalg.yield %111 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_3, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_57: i1, %out: i1):
      %111 = arith.andi %in, %in_57 : i1
      linalg.yield %111 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_13 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_57: i64, %out: i1):
      %111 = arith.cmpi slt, %in, %c0_i64 : i64
      %112 = arith.addi %in, %c2_i64 : i64
      %113 = arith.select %111, %112, %in : i64
      %114 = arith.index_cast %113 : i64 to index
      %115 = arith.cmpi slt, %in_57, %c0_i64 : i64
      %116 = arith.addi %in_57, %c16_i64 : i64
      %117 = arith.select %115, %116, %in_57 : i64
      %118 = arith.index_cast %117 : i64 to index
      %extracted = tensor.extract %5[%114, %118] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_57: i1, %out: i1):
      %111 = arith.andi %in, %in_57 : i1
      linalg.yield %111 : i1
    } -> tensor<2x1x16x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xf32>
    %16 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_2, %cst_1 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%15 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_57: f32, %in_58: f32, %out: f32):
      %111 = arith.select %in, %in_57, %in_58 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x16x16xf32>
    %expanded_14 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %17 = tensor.empty() : tensor<1x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x16x1xi64>) outs(%17 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %111 = arith.sitofp %in : i64 to f32
      linalg.yield %111 : f32
    } -> tensor<1x16x1xf32>
    %19 = tensor.empty() : tensor<1x16x4xf32>
    %20 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %cst_7 : tensor<1x16x1xf32>, tensor<4xf32>) outs(%19 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<1x16x4xf32>
    %concat = tensor.concat dim(2) %20, %20 : (tensor<1x16x4xf32>, tensor<1x16x4xf32>) -> tensor<1x16x8xf32>
    %21 = tensor.empty() : tensor<1x16x8xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x8xf32>) outs(%21 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.cos %in : f32
      linalg.yield %111 : f32
    } -> tensor<1x16x8xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x8xf32>) outs(%21 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.sin %in : f32
      linalg.yield %111 : f32
    } -> tensor<1x16x8xf32>
    %24 = tensor.empty() : tensor<2x16x1xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%24 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %out : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.divf %in, %cst_8 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %27 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %28 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %28 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.subf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %29 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%30 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %out : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.divf %in, %cst_8 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %cst_6 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.rsqrt %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_15 = tensor.collapse_shape %34 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_15 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %35 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_16 = tensor.collapse_shape %38 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %39 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %40 = tensor.empty() : tensor<32x64xf32>
    %41 = linalg.fill ins(%cst : f32) outs(%40 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %42 = linalg.matmul ins(%collapsed_16, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %43 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg2, %42 : tensor<64xf32>, tensor<32x64xf32>) outs(%40 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %43 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %44 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %45 = linalg.matmul ins(%collapsed_16, %transposed_19 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %46 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg4, %45 : tensor<64xf32>, tensor<32x64xf32>) outs(%40 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<32x64xf32>
    %expanded_20 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_22 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %47 = linalg.matmul ins(%collapsed_16, %transposed_22 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %48 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg6, %47 : tensor<64xf32>, tensor<32x64xf32>) outs(%40 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<32x64xf32>
    %expanded_23 = tensor.expand_shape %48 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_18[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_25 = tensor.extract_slice %transposed_18[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_26 = tensor.extract_slice %transposed_21[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_21[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %expanded_28 = tensor.expand_shape %22 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %expanded_29 = tensor.expand_shape %23 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %49 = tensor.empty() : tensor<2x4x16x8xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice, %expanded_28 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%49 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_30 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_31 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %51 = tensor.empty() : tensor<2x4x16x4xf32>
    %52 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_31 : tensor<2x4x16x4xf32>) outs(%51 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.negf %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_32 = tensor.concat dim(3) %52, %extracted_slice_30 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_32, %expanded_29 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%49 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x8xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %53 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%49 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x8xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_26, %expanded_28 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%49 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_33 = tensor.extract_slice %extracted_slice_26[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_34 = tensor.extract_slice %extracted_slice_26[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_34 : tensor<2x4x16x4xf32>) outs(%51 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.negf %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_35 = tensor.concat dim(3) %56, %extracted_slice_33 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_35, %expanded_29 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%49 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x8xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %57 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%49 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_36 = tensor.concat dim(3) %54, %extracted_slice_25 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %concat_37 = tensor.concat dim(3) %58, %extracted_slice_27 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %transposed_38 = linalg.transpose ins(%concat_37 : tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_39 = tensor.collapse_shape %concat_36 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %transposed_38 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %59 = tensor.empty() : tensor<8x16x16xf32>
    %60 = linalg.fill ins(%cst : f32) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %61 = linalg.batch_matmul ins(%collapsed_39, %collapsed_40 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_41 = tensor.expand_shape %61 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.mulf %in, %cst_10 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %16 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x4x16xi64>
    %65 = linalg.fill ins(%c0_i64 : i64) outs(%64 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %66 = tensor.empty() : tensor<2x4x16xf32>
    %67 = linalg.fill ins(%cst_0 : f32) outs(%66 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %68:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%67, %65 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_57: i64):
      %111 = linalg.index 3 : index
      %112 = arith.index_cast %111 : index to i64
      %113 = arith.maximumf %in, %out : f32
      %114 = arith.cmpf ogt, %in, %out : f32
      %115 = arith.select %114, %112, %out_57 : i64
      linalg.yield %113, %115 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_42 = tensor.expand_shape %68#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_42 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.subf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.exp %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16x1xf32>
    %72 = linalg.fill ins(%cst : f32) outs(%71 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %out : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %73 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.divf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_43 = tensor.collapse_shape %74 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %75 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_45 = tensor.expand_shape %75 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %76 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x4x16x16xf32>) outs(%76 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_47 = tensor.collapse_shape %transposed_46 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_48 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %77 = linalg.matmul ins(%collapsed_47, %transposed_48 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %78 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg8, %77 : tensor<64xf32>, tensor<32x64xf32>) outs(%40 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<32x64xf32>
    %expanded_49 = tensor.expand_shape %78 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %79 = tensor.empty() : tensor<64x128xf32>
    %transposed_50 = linalg.transpose ins(%arg9 : tensor<128x64xf32>) outs(%79 : tensor<64x128xf32>) permutation = [1, 0] 
    %80 = tensor.empty() : tensor<32x128xf32>
    %81 = linalg.fill ins(%cst : f32) outs(%80 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %82 = linalg.matmul ins(%collapsed_16, %transposed_50 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%81 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %83 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg10, %82 : tensor<128xf32>, tensor<32x128xf32>) outs(%80 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<32x128xf32>
    %expanded_51 = tensor.expand_shape %83 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %84 = tensor.empty() : tensor<2x16x128xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51 : tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.mulf %in, %cst_11 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x128xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51 : tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %111 : f32
    } -> tensor<2x16x128xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.mulf %in, %cst_5 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x128xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51, %87 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x128xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.mulf %in, %cst_4 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x128xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.tanh %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x128xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %cst_9 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x128xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %91 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%84 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_52 = tensor.collapse_shape %92 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %93 = tensor.empty() : tensor<128x64xf32>
    %transposed_53 = linalg.transpose ins(%arg11 : tensor<64x128xf32>) outs(%93 : tensor<128x64xf32>) permutation = [1, 0] 
    %94 = linalg.matmul ins(%collapsed_52, %transposed_53 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %95 = linalg.generic {indexing_maps = [#map13, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg12, %94 : tensor<64xf32>, tensor<32x64xf32>) outs(%40 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<32x64xf32>
    %expanded_54 = tensor.expand_shape %95 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49, %expanded_54 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %1 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%97 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %out : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.divf %in, %cst_8 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_55 = tensor.collapse_shape %99 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %100 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_55 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %100 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.subf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %101 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%102 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %out : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.divf %in, %cst_8 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %cst_6 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.rsqrt %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_56 = tensor.collapse_shape %106 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %107 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_56 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %107 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.mulf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %111 = arith.addf %in, %in_57 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x64xf32>
    return %110 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A"
    }
  }
#-}

