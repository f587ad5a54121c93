// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "falcon", "path": "turbine-iree", "shapes": "static"}
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
#map13 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, 0)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map19 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<96x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<256x64xf32>, %arg4: tensor<64x256xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<2x16xi64>, %arg10: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c6_i64 = arith.constant 6 : i64
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %false = arith.constant false
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant 0xFF800000 : f32
    %cst_9 = arith.constant 9.99999974E-6 : f32
    %cst_10 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant dense<-2> : tensor<1x1xi64>
    %cst_13 = arith.constant dense<-1> : tensor<1x1xi64>
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %113 = arith.index_cast %in : i64 to index
      %114 = linalg.index 2 : index
      %115 = arith.cmpi slt, %113, %c128 : index
      cf.assert %115, "index must be smaller than dim size"
      %116 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %116, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%113, %114] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %113 = linalg.index 0 : index
      %114 = arith.index_cast %113 : index to i64
      linalg.yield %114 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg10 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %113 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %113 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %113 = linalg.index 0 : index
      %114 = arith.index_cast %113 : index to i64
      linalg.yield %114 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15, %expanded_14 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_53: i64, %out: i1):
      %113 = arith.cmpi sle, %in, %in_53 : i64
      linalg.yield %113 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_53: i1, %out: i1):
      %113 = arith.andi %in, %in_53 : i1
      linalg.yield %113 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_53: i64, %out: i1):
      %113 = arith.cmpi slt, %in, %c0_i64 : i64
      %114 = arith.addi %in, %c2_i64 : i64
      %115 = arith.select %113, %114, %in : i64
      %116 = arith.index_cast %115 : i64 to index
      %117 = arith.cmpi slt, %in_53, %c0_i64 : i64
      %118 = arith.addi %in_53, %c16_i64 : i64
      %119 = arith.select %117, %118, %in_53 : i64
      %120 = arith.index_cast %119 : i64 to index
      %extracted = tensor.extract %5[%116, %120] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_53: i1, %out: i1):
      %113 = arith.andi %in, %in_53 : i1
      linalg.yield %113 : i1
    } -> tensor<2x1x16x16xi1>
    %expanded_16 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %15 = tensor.empty() : tensor<1x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_16 : tensor<1x16x1xi64>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %113 = arith.sitofp %in : i64 to f32
      linalg.yield %113 : f32
    } -> tensor<1x16x1xf32>
    %17 = tensor.empty() : tensor<1x16x8xf32>
    %18 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %cst_10 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%17 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.mulf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %18, %18 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %19 = tensor.empty() : tensor<1x16x16xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%19 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.cos %in : f32
      linalg.yield %113 : f32
    } -> tensor<1x16x16xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%19 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.sin %in : f32
      linalg.yield %113 : f32
    } -> tensor<1x16x16xf32>
    %22 = tensor.empty() : tensor<2x16x1xf32>
    %23 = linalg.fill ins(%cst : f32) outs(%22 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %out : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.divf %in, %cst_11 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %collapsed = tensor.collapse_shape %25 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %26 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %26 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.subf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.mulf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%28 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %out : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.divf %in, %cst_11 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %cst_9 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.rsqrt %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_17 = tensor.collapse_shape %32 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_17 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.mulf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.mulf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.addf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %37 = tensor.empty() : tensor<64x96xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<96x64xf32>) outs(%37 : tensor<64x96xf32>) permutation = [1, 0] 
    %collapsed_18 = tensor.collapse_shape %36 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %38 = tensor.empty() : tensor<32x96xf32>
    %39 = linalg.fill ins(%cst : f32) outs(%38 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %40 = linalg.matmul ins(%collapsed_18, %transposed : tensor<32x64xf32>, tensor<64x96xf32>) outs(%39 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %expanded_19 = tensor.expand_shape %40 [[0, 1], [2, 3]] output_shape [2, 16, 6, 16] : tensor<32x96xf32> into tensor<2x16x6x16xf32>
    %extracted_slice = tensor.extract_slice %expanded_19[0, 0, 0, 0] [2, 16, 4, 16] [1, 1, 1, 1] : tensor<2x16x6x16xf32> to tensor<2x16x4x16xf32>
    %expanded_20 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xi64> into tensor<16x1x1xi64>
    %41 = tensor.empty() : tensor<2x16x1x16xf32>
    %42 = linalg.generic {indexing_maps = [#map8, #map13, #map14, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_20, %cst_12, %3 : tensor<2x1x1x1xi64>, tensor<16x1x1xi64>, tensor<1x1xi64>, tensor<16xi64>) outs(%41 : tensor<2x16x1x16xf32>) {
    ^bb0(%in: i64, %in_53: i64, %in_54: i64, %in_55: i64, %out: f32):
      %113 = arith.cmpi slt, %in, %c0_i64 : i64
      %114 = arith.addi %in, %c2_i64 : i64
      %115 = arith.select %113, %114, %in : i64
      %116 = arith.index_cast %115 : i64 to index
      %117 = arith.cmpi slt, %in_53, %c0_i64 : i64
      %118 = arith.addi %in_53, %c16_i64 : i64
      %119 = arith.select %117, %118, %in_53 : i64
      %120 = arith.index_cast %119 : i64 to index
      %121 = arith.cmpi slt, %in_54, %c0_i64 : i64
      %122 = arith.addi %in_54, %c6_i64 : i64
      %123 = arith.select %121, %122, %in_54 : i64
      %124 = arith.index_cast %123 : i64 to index
      %125 = arith.cmpi slt, %in_55, %c0_i64 : i64
      %126 = arith.addi %in_55, %c16_i64 : i64
      %127 = arith.select %125, %126, %in_55 : i64
      %128 = arith.index_cast %127 : i64 to index
      %extracted = tensor.extract %expanded_19[%116, %120, %124, %128] : tensor<2x16x6x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x1x16xf32>
    %43 = linalg.generic {indexing_maps = [#map8, #map13, #map14, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_20, %cst_13, %3 : tensor<2x1x1x1xi64>, tensor<16x1x1xi64>, tensor<1x1xi64>, tensor<16xi64>) outs(%41 : tensor<2x16x1x16xf32>) {
    ^bb0(%in: i64, %in_53: i64, %in_54: i64, %in_55: i64, %out: f32):
      %113 = arith.cmpi slt, %in, %c0_i64 : i64
      %114 = arith.addi %in, %c2_i64 : i64
      %115 = arith.select %113, %114, %in : i64
      %116 = arith.index_cast %115 : i64 to index
      %117 = arith.cmpi slt, %in_53, %c0_i64 : i64
      %118 = arith.addi %in_53, %c16_i64 : i64
      %119 = arith.select %117, %118, %in_53 : i64
      %120 = arith.index_cast %119 : i64 to index
      %121 = arith.cmpi slt, %in_54, %c0_i64 : i64
      %122 = arith.addi %in_54, %c6_i64 : i64
      %123 = arith.select %121, %122, %in_54 : i64
      %124 = arith.index_cast %123 : i64 to index
      %125 = arith.cmpi slt, %in_55, %c0_i64 : i64
      %126 = arith.addi %in_55, %c16_i64 : i64
      %127 = arith.select %125, %126, %in_55 : i64
      %128 = arith.index_cast %127 : i64 to index
      %extracted = tensor.extract %expanded_19[%116, %120, %124, %128] : tensor<2x16x6x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x1x16xf32>
    %44 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_21 = linalg.transpose ins(%extracted_slice : tensor<2x16x4x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %45 = tensor.empty() : tensor<2x1x16x16xf32>
    %transposed_22 = linalg.transpose ins(%42 : tensor<2x16x1x16xf32>) outs(%45 : tensor<2x1x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%43 : tensor<2x16x1x16xf32>) outs(%45 : tensor<2x1x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_24 = tensor.expand_shape %20 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_25 = tensor.expand_shape %21 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_21, %expanded_24 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.mulf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_26 = tensor.extract_slice %transposed_21[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_21[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %47 = tensor.empty() : tensor<2x4x16x8xf32>
    %48 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27 : tensor<2x4x16x8xf32>) outs(%47 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_28 = tensor.concat dim(3) %48, %extracted_slice_26 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_28, %expanded_25 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.mulf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46, %49 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.addf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_22, %expanded_24 : tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>) outs(%45 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.mulf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x1x16x16xf32>
    %extracted_slice_29 = tensor.extract_slice %transposed_22[0, 0, 0, 0] [2, 1, 16, 8] [1, 1, 1, 1] : tensor<2x1x16x16xf32> to tensor<2x1x16x8xf32>
    %extracted_slice_30 = tensor.extract_slice %transposed_22[0, 0, 0, 8] [2, 1, 16, 8] [1, 1, 1, 1] : tensor<2x1x16x16xf32> to tensor<2x1x16x8xf32>
    %52 = tensor.empty() : tensor<2x1x16x8xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_30 : tensor<2x1x16x8xf32>) outs(%52 : tensor<2x1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x1x16x8xf32>
    %concat_31 = tensor.concat dim(3) %53, %extracted_slice_29 : (tensor<2x1x16x8xf32>, tensor<2x1x16x8xf32>) -> tensor<2x1x16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_31, %expanded_25 : tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>) outs(%45 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.mulf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x1x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %54 : tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) outs(%45 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.addf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x1x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_5, %cst_6 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%45 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_53: f32, %in_54: f32, %out: f32):
      %113 = arith.select %in, %in_53, %in_54 : f32
      linalg.yield %113 : f32
    } -> tensor<2x1x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50 : tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.mulf %in, %cst_3 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_32 = linalg.transpose ins(%55 : tensor<2x1x16x16xf32>) outs(%45 : tensor<2x1x16x16xf32>) permutation = [0, 1, 3, 2] 
    %58 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<2x1x16x16xf32>) outs(%45 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.mulf %in, %cst_3 : f32
      linalg.yield %113 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %57 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %58 [[0, 1], [2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %60 = tensor.empty() : tensor<8x16x16xf32>
    %61 = linalg.fill ins(%cst : f32) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %62 = linalg.batch_matmul ins(%collapsed_33, %collapsed_35 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_36 = tensor.expand_shape %62 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map6, #map18, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_36, %56 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.addf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x4x16xi64>
    %65 = linalg.fill ins(%c0_i64 : i64) outs(%64 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %66 = tensor.empty() : tensor<2x4x16xf32>
    %67 = linalg.fill ins(%cst_0 : f32) outs(%66 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %68:2 = linalg.generic {indexing_maps = [#map6, #map19, #map19], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%67, %65 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_53: i64):
      %113 = linalg.index 3 : index
      %114 = arith.index_cast %113 : index to i64
      %115 = arith.maximumf %in, %out : f32
      %116 = arith.cmpf ogt, %in, %out : f32
      %117 = arith.select %116, %114, %out_53 : i64
      linalg.yield %115, %117 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_37 = tensor.expand_shape %68#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_37 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.subf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.exp %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16x1xf32>
    %72 = linalg.fill ins(%cst : f32) outs(%71 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %out : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %73 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.divf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x4x16x16xi1>
    %76 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %113 = arith.cmpf oeq, %in, %cst_8 : f32
      linalg.yield %113 : i1
    } -> tensor<2x4x16x16xi1>
    %77 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76 : tensor<2x4x16x16xi1>) outs(%75 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %113 = arith.cmpi eq, %in, %false : i1
      linalg.yield %113 : i1
    } -> tensor<2x4x16x16xi1>
    %78 = tensor.empty() : tensor<2x4x16x1xi1>
    %79 = linalg.fill ins(%false : i1) outs(%78 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %80 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%77 : tensor<2x4x16x16xi1>) outs(%79 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %113 = arith.ori %in, %out : i1
      linalg.yield %113 : i1
    } -> tensor<2x4x16x1xi1>
    %81 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80 : tensor<2x4x16x1xi1>) outs(%78 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %113 = arith.cmpi eq, %in, %false : i1
      linalg.yield %113 : i1
    } -> tensor<2x4x16x1xi1>
    %82 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81, %cst_4, %74 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_53: f32, %in_54: f32, %out: f32):
      %113 = arith.select %in, %in_53, %in_54 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %82 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %83 = linalg.generic {indexing_maps = [#map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_39 : tensor<2x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %83 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %84 = linalg.batch_matmul ins(%collapsed_38, %collapsed_40 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_41 = tensor.expand_shape %84 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %85 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_42 = linalg.transpose ins(%expanded_41 : tensor<2x4x16x16xf32>) outs(%85 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %86 = tensor.empty() : tensor<64x64xf32>
    %transposed_43 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%86 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_44 = tensor.collapse_shape %transposed_42 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %87 = tensor.empty() : tensor<32x64xf32>
    %88 = linalg.fill ins(%cst : f32) outs(%87 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %89 = linalg.matmul ins(%collapsed_44, %transposed_43 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%88 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_45 = tensor.expand_shape %89 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %90 = tensor.empty() : tensor<64x256xf32>
    %transposed_46 = linalg.transpose ins(%arg3 : tensor<256x64xf32>) outs(%90 : tensor<64x256xf32>) permutation = [1, 0] 
    %91 = tensor.empty() : tensor<32x256xf32>
    %92 = linalg.fill ins(%cst : f32) outs(%91 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %93 = linalg.matmul ins(%collapsed_18, %transposed_46 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%92 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %expanded_47 = tensor.expand_shape %93 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %94 = tensor.empty() : tensor<2x16x256xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47 : tensor<2x16x256xf32>) outs(%94 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.divf %in, %cst_1 : f32
      %114 = math.erf %113 : f32
      %115 = arith.addf %114, %cst_2 : f32
      %116 = arith.mulf %115, %cst_3 : f32
      %117 = arith.mulf %in, %116 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x256xf32>
    %96 = tensor.empty() : tensor<256x64xf32>
    %transposed_48 = linalg.transpose ins(%arg4 : tensor<64x256xf32>) outs(%96 : tensor<256x64xf32>) permutation = [1, 0] 
    %collapsed_49 = tensor.collapse_shape %95 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %97 = linalg.matmul ins(%collapsed_49, %transposed_48 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%88 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_50 = tensor.expand_shape %97 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_50, %expanded_45 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.addf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %98 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.addf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%99 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %out : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.divf %in, %cst_11 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_51 = tensor.collapse_shape %101 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %102 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_51 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %102 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.subf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %103 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.mulf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%104 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %out : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.divf %in, %cst_11 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %cst_9 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.rsqrt %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_52 = tensor.collapse_shape %108 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %109 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_52 : tensor<2x16xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.mulf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.mulf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %113 = arith.addf %in, %in_53 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    return %112 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}

