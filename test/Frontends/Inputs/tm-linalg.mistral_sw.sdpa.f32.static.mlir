// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "mistral_sw", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map11 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map12 = affine_map<(d0, d1, d2) -> (d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map18 = affine_map<(d0, d1, d2) -> (d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<32x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<128x64xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64x128xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<2x16xi64>, %arg12: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c4_i64 = arith.constant 4 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant 0xFFF0000000000000 : f64
    %cst_7 = arith.constant 9.9999999999999995E-7 : f64
    %cst_8 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 5.000000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %118 = arith.index_cast %in : i64 to index
      %119 = linalg.index 2 : index
      %120 = arith.cmpi slt, %118, %c128 : index
      cf.assert %120, "index must be smaller than dim size"
      %121 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %121, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%118, %119] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %118 = linalg.index 0 : index
      %119 = arith.index_cast %118 : index to i64
      linalg.yield %119 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %118 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %118 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %118 = linalg.index 0 : index
      %119 = arith.index_cast %118 : index to i64
      linalg.yield %119 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_11 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x1xi64>
    %9 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %118 = arith.subi %in, %c4_i64 : i64
      linalg.yield %118 : i64
    } -> tensor<1x1x16x1xi64>
    %10 = tensor.empty() : tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map5, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12, %9 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_49: i64, %out: i1):
      %118 = arith.cmpi sgt, %in, %in_49 : i64
      linalg.yield %118 : i1
    } -> tensor<1x1x16x16xi1>
    %12 = linalg.generic {indexing_maps = [#map7, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %11 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_49: i1, %out: i1):
      %118 = arith.andi %in, %in_49 : i1
      linalg.yield %118 : i1
    } -> tensor<1x1x16x16xi1>
    %13 = linalg.generic {indexing_maps = [#map5, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12, %expanded_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_49: i64, %out: i1):
      %118 = arith.cmpi sle, %in, %in_49 : i64
      linalg.yield %118 : i1
    } -> tensor<1x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %13 : tensor<1x1x16x16xi1>, tensor<1x1x16x16xi1>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_49: i1, %out: i1):
      %118 = arith.andi %in, %in_49 : i1
      linalg.yield %118 : i1
    } -> tensor<1x1x16x16xi1>
    %15 = linalg.generic {indexing_maps = [#map7, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %14 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_49: i1, %out: i1):
      %118 = arith.andi %in, %in_49 : i1
      linalg.yield %118 : i1
    } -> tensor<1x1x16x16xi1>
    %16 = tensor.empty() : tensor<2x1x1x16xi1>
    %17 = linalg.generic {indexing_maps = [#map8, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_12 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%16 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_49: i64, %out: i1):
      %118 = arith.cmpi slt, %in, %c0_i64 : i64
      %119 = arith.addi %in, %c2_i64 : i64
      %120 = arith.select %118, %119, %in : i64
      %121 = arith.index_cast %120 : i64 to index
      %122 = arith.cmpi slt, %in_49, %c0_i64 : i64
      %123 = arith.addi %in_49, %c16_i64 : i64
      %124 = arith.select %122, %123, %in_49 : i64
      %125 = arith.index_cast %124 : i64 to index
      %extracted = tensor.extract %5[%121, %125] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %18 = tensor.empty() : tensor<2x1x16x16xi1>
    %19 = linalg.generic {indexing_maps = [#map10, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15, %17 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%18 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_49: i1, %out: i1):
      %118 = arith.andi %in, %in_49 : i1
      linalg.yield %118 : i1
    } -> tensor<2x1x16x16xi1>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %20 = tensor.empty() : tensor<1x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<1x16x1xi64>) outs(%20 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %118 = arith.sitofp %in : i64 to f32
      linalg.yield %118 : f32
    } -> tensor<1x16x1xf32>
    %22 = tensor.empty() : tensor<1x16x8xf32>
    %23 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %cst_8 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%22 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %23, %23 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %24 = tensor.empty() : tensor<1x16x16xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%24 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.cos %in : f32
      linalg.yield %118 : f32
    } -> tensor<1x16x16xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%24 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.sin %in : f32
      linalg.yield %118 : f32
    } -> tensor<1x16x16xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %28 = tensor.empty() : tensor<2x16x1xf32>
    %29 = linalg.fill ins(%cst : f32) outs(%28 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%27 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.divf %in, %cst_9 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.truncf %cst_7 : f64 to f32
      %119 = arith.addf %in, %118 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.rsqrt %in : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %33 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %34 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %36 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%36 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %35 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %37 = tensor.empty() : tensor<32x64xf32>
    %38 = linalg.fill ins(%cst : f32) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %39 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%38 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_14 = tensor.expand_shape %39 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %40 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %41 = tensor.empty() : tensor<64x32xf32>
    %transposed_16 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%41 : tensor<64x32xf32>) permutation = [1, 0] 
    %42 = tensor.empty() : tensor<32x32xf32>
    %43 = linalg.fill ins(%cst : f32) outs(%42 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %44 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%43 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_17 = tensor.expand_shape %44 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %45 = tensor.empty() : tensor<2x2x16x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x2x16xf32>) outs(%45 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg3 : tensor<32x64xf32>) outs(%41 : tensor<64x32xf32>) permutation = [1, 0] 
    %46 = linalg.matmul ins(%collapsed, %transposed_19 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%43 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_20 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x2x16xf32>) outs(%45 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_22 = tensor.expand_shape %25 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_23 = tensor.expand_shape %26 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_15, %expanded_22 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice = tensor.extract_slice %transposed_15[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_24 = tensor.extract_slice %transposed_15[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %48 = tensor.empty() : tensor<2x4x16x8xf32>
    %49 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_24 : tensor<2x4x16x8xf32>) outs(%48 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.negf %in : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_25 = tensor.concat dim(3) %49, %extracted_slice : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_25, %expanded_23 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %50 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.addf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_18, %expanded_22 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%45 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x2x16x16xf32>
    %extracted_slice_26 = tensor.extract_slice %transposed_18[0, 0, 0, 0] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_18[0, 0, 0, 8] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %53 = tensor.empty() : tensor<2x2x16x8xf32>
    %54 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27 : tensor<2x2x16x8xf32>) outs(%53 : tensor<2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.negf %in : f32
      linalg.yield %118 : f32
    } -> tensor<2x2x16x8xf32>
    %concat_28 = tensor.concat dim(3) %54, %extracted_slice_26 : (tensor<2x2x16x8xf32>, tensor<2x2x16x8xf32>) -> tensor<2x2x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_28, %expanded_23 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%45 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x2x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %55 : tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) outs(%45 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.addf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x2x16x16xf32>
    %57 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%56 : tensor<2x2x16x16xf32>) outs(%57 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %58 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_21 : tensor<2x2x16x16xf32>) outs(%57 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %60 = tensor.empty() : tensor<2x1x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map7, #map7, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19, %cst_3, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%60 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_49: f32, %in_50: f32, %out: f32):
      %118 = arith.select %in, %in_49, %in_50 : f32
      linalg.yield %118 : f32
    } -> tensor<2x1x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.mulf %in, %cst_10 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_30 = linalg.transpose ins(%collapsed_29 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %63 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_30 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.mulf %in, %cst_10 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %62 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %63 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %64 = tensor.empty() : tensor<8x16x16xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%64 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %66 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_33 = tensor.expand_shape %66 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map4, #map16, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33, %61 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.addf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = tensor.empty() : tensor<2x4x16xi64>
    %69 = linalg.fill ins(%c0_i64 : i64) outs(%68 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %70 = tensor.empty() : tensor<2x4x16xf32>
    %71 = linalg.fill ins(%cst_0 : f32) outs(%70 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %72:2 = linalg.generic {indexing_maps = [#map4, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%67 : tensor<2x4x16x16xf32>) outs(%71, %69 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_49: i64):
      %118 = linalg.index 3 : index
      %119 = arith.index_cast %118 : index to i64
      %120 = arith.maximumf %in, %out : f32
      %121 = arith.cmpf ogt, %in, %out : f32
      %122 = arith.select %121, %119, %out_49 : i64
      linalg.yield %120, %122 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_34 = tensor.expand_shape %72#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %expanded_34 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.subf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.exp %in : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x4x16x1xf32>
    %76 = linalg.fill ins(%cst : f32) outs(%75 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%74 : tensor<2x4x16x16xf32>) outs(%76 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %77 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.divf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %79 = tensor.empty() : tensor<2x4x16x16xi1>
    %80 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %118 = arith.extf %in : f32 to f64
      %119 = arith.cmpf oeq, %118, %cst_6 : f64
      linalg.yield %119 : i1
    } -> tensor<2x4x16x16xi1>
    %81 = tensor.empty() : tensor<2x4x16x1xi1>
    %82 = linalg.fill ins(%true : i1) outs(%81 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %83 = linalg.generic {indexing_maps = [#map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%80 : tensor<2x4x16x16xi1>) outs(%82 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %118 = arith.andi %in, %out : i1
      linalg.yield %118 : i1
    } -> tensor<2x4x16x1xi1>
    %84 = linalg.generic {indexing_maps = [#map6, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83, %cst_2, %78 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_49: f32, %in_50: f32, %out: f32):
      %118 = arith.select %in, %in_49, %in_50 : f32
      linalg.yield %118 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %84 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %59 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %85 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_37 = tensor.expand_shape %85 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %86 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<2x4x16x16xf32>) outs(%86 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_39 = tensor.collapse_shape %transposed_38 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_40 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%36 : tensor<64x64xf32>) permutation = [1, 0] 
    %87 = tensor.empty() : tensor<2x64x64xf32>
    %88 = linalg.generic {indexing_maps = [#map18, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<64x64xf32>) outs(%87 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %89 = linalg.fill ins(%cst : f32) outs(%0 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %90 = linalg.batch_matmul ins(%collapsed_39, %88 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%89 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %90 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.addf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%92 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.divf %in, %cst_9 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.truncf %cst_7 : f64 to f32
      %119 = arith.addf %in, %118 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.rsqrt %in : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %96 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %97 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %99 = tensor.empty() : tensor<64x128xf32>
    %transposed_41 = linalg.transpose ins(%arg5 : tensor<128x64xf32>) outs(%99 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_42 = tensor.collapse_shape %98 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %100 = tensor.empty() : tensor<32x128xf32>
    %101 = linalg.fill ins(%cst : f32) outs(%100 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %102 = linalg.matmul ins(%collapsed_42, %transposed_41 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%101 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_43 = tensor.expand_shape %102 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %103 = tensor.empty() : tensor<2x16x128xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43 : tensor<2x16x128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.negf %in : f32
      %119 = math.exp %118 : f32
      %120 = arith.addf %119, %cst_1 : f32
      %121 = arith.divf %cst_1, %120 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x128xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43, %104 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x128xf32>
    %transposed_44 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%99 : tensor<64x128xf32>) permutation = [1, 0] 
    %106 = linalg.matmul ins(%collapsed_42, %transposed_44 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%101 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_45 = tensor.expand_shape %106 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %expanded_45 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x128xf32>
    %108 = tensor.empty() : tensor<128x64xf32>
    %transposed_46 = linalg.transpose ins(%arg7 : tensor<64x128xf32>) outs(%108 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_47 = tensor.collapse_shape %107 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %109 = linalg.matmul ins(%collapsed_47, %transposed_46 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%38 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_48 = tensor.expand_shape %109 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %expanded_48 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.addf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.addf %in, %out : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.divf %in, %cst_9 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = arith.truncf %cst_7 : f64 to f32
      %119 = arith.addf %in, %118 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %118 = math.rsqrt %in : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %115 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %116 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %118 = arith.mulf %in, %in_49 : f32
      linalg.yield %118 : f32
    } -> tensor<2x16x64xf32>
    return %117 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
