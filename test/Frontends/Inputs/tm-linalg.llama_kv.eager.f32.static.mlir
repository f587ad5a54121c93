// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 1], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "llama_kv", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map6 = affine_map<(d0, d1, d2, d3) -> ()>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map8 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map13 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<32x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<128x64xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64x128xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<2x1xi64>, %arg12: tensor<2x16xi64>, %arg13: tensor<2x2x15x16xf32>, %arg14: tensor<2x2x15x16xf32>) -> tensor<2x1x64xf32> {
    %c16_i64 = arith.constant 16 : i64
    %c15_i64 = arith.constant 15 : i64
    %c0_i64 = arith.constant 0 : i64
    %c2_i64 = arith.constant 2 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<1.500000e+01> : tensor<2x1x1xf32>
    %cst_3 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant 9.9999999999999995E-7 : f64
    %cst_7 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_8 = arith.constant 6.400000e+01 : f32
    %cst_9 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<2x1x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<2x1xi64>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %104 = arith.index_cast %in : i64 to index
      %105 = linalg.index 2 : index
      %106 = arith.cmpi slt, %104, %c128 : index
      cf.assert %106, "index must be smaller than dim size"
      %107 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %107, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%104, %105] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x1x64xf32>
    %2 = tensor.empty() : tensor<2x16xi1>
    %3 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %104 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %104 : i1
    } -> tensor<2x16xi1>
    %4 = tensor.empty() : tensor<2xi64>
    %5 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%4 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %104 = linalg.index 0 : index
      %105 = arith.index_cast %104 : index to i64
      linalg.yield %105 : i64
    } -> tensor<2xi64>
    %6 = tensor.empty() : tensor<1xi64>
    %7 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%6 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %8 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%7 : tensor<1xi64>) outs(%6 : tensor<1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %104 = arith.addi %in, %c15_i64 : i64
      linalg.yield %104 : i64
    } -> tensor<1xi64>
    %9 = tensor.empty() : tensor<16xi64>
    %10 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%9 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %104 = linalg.index 0 : index
      %105 = arith.index_cast %104 : index to i64
      linalg.yield %105 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %5 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_10 = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_11 = tensor.expand_shape %10 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %11 = tensor.empty() : tensor<1x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11, %expanded_10 : tensor<1x1x1x16xi64>, tensor<1x1x1x1xi64>) outs(%11 : tensor<1x1x1x16xi1>) {
    ^bb0(%in: i64, %in_50: i64, %out: i1):
      %104 = arith.cmpi sle, %in, %in_50 : i64
      linalg.yield %104 : i1
    } -> tensor<1x1x1x16xi1>
    %13 = linalg.generic {indexing_maps = [#map6, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %12 : tensor<i1>, tensor<1x1x1x16xi1>) outs(%11 : tensor<1x1x1x16xi1>) {
    ^bb0(%in: i1, %in_50: i1, %out: i1):
      %104 = arith.andi %in, %in_50 : i1
      linalg.yield %104 : i1
    } -> tensor<1x1x1x16xi1>
    %14 = tensor.empty() : tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map7, #map8, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_11 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%14 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_50: i64, %out: i1):
      %104 = arith.cmpi slt, %in, %c0_i64 : i64
      %105 = arith.addi %in, %c2_i64 : i64
      %106 = arith.select %104, %105, %in : i64
      %107 = arith.index_cast %106 : i64 to index
      %108 = arith.cmpi slt, %in_50, %c0_i64 : i64
      %109 = arith.addi %in_50, %c16_i64 : i64
      %110 = arith.select %108, %109, %in_50 : i64
      %111 = arith.index_cast %110 : i64 to index
      %extracted = tensor.extract %3[%107, %111] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %16 = linalg.generic {indexing_maps = [#map9, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %15 : tensor<1x1x1x16xi1>, tensor<2x1x1x16xi1>) outs(%14 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i1, %in_50: i1, %out: i1):
      %104 = arith.andi %in, %in_50 : i1
      linalg.yield %104 : i1
    } -> tensor<2x1x1x16xi1>
    %17 = tensor.empty() : tensor<2x1x1x16xf32>
    %18 = linalg.generic {indexing_maps = [#map4, #map6, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %cst_4, %cst_3 : tensor<2x1x1x16xi1>, tensor<f32>, tensor<f32>) outs(%17 : tensor<2x1x1x16xf32>) {
    ^bb0(%in: i1, %in_50: f32, %in_51: f32, %out: f32):
      %104 = arith.select %in, %in_50, %in_51 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x1x16xf32>
    %19 = tensor.empty() : tensor<2x1x8xf32>
    %20 = linalg.generic {indexing_maps = [#map10, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_2, %cst_7 : tensor<2x1x1xf32>, tensor<8xf32>) outs(%19 : tensor<2x1x8xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x8xf32>
    %concat = tensor.concat dim(2) %20, %20 : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
    %21 = tensor.empty() : tensor<2x1x16xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<2x1x16xf32>) outs(%21 : tensor<2x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = math.cos %in : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x16xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<2x1x16xf32>) outs(%21 : tensor<2x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = math.sin %in : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x16xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %104 : f32
    } -> tensor<2x1x64xf32>
    %25 = tensor.empty() : tensor<2x1x1xf32>
    %26 = linalg.fill ins(%cst : f32) outs(%25 : tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<2x1x64xf32>) outs(%26 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.addf %in, %out : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x1x1xf32>) outs(%25 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.divf %in, %cst_8 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x1x1xf32>) outs(%25 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.truncf %cst_6 : f64 to f32
      %105 = arith.addf %in, %104 : f32
      linalg.yield %105 : f32
    } -> tensor<2x1x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x1x1xf32>) outs(%25 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = math.rsqrt %in : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %30 : tensor<2x1x64xf32>, tensor<2x1x1xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x64xf32>
    %32 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %31 : tensor<64xf32>, tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x64xf32>
    %33 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %32 [[0], [1, 2]] : tensor<2x1x64xf32> into tensor<2x64xf32>
    %34 = tensor.empty() : tensor<2x64xf32>
    %35 = linalg.fill ins(%cst : f32) outs(%34 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %36 = linalg.matmul ins(%collapsed, %transposed : tensor<2x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %expanded_12 = tensor.expand_shape %36 [[0], [1, 2, 3]] output_shape [2, 1, 4, 16] : tensor<2x64xf32> into tensor<2x1x4x16xf32>
    %37 = tensor.empty() : tensor<2x4x1x16xf32>
    %transposed_13 = linalg.transpose ins(%expanded_12 : tensor<2x1x4x16xf32>) outs(%37 : tensor<2x4x1x16xf32>) permutation = [0, 2, 1, 3] 
    %38 = tensor.empty() : tensor<64x32xf32>
    %transposed_14 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%38 : tensor<64x32xf32>) permutation = [1, 0] 
    %39 = tensor.empty() : tensor<2x32xf32>
    %40 = linalg.fill ins(%cst : f32) outs(%39 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %41 = linalg.matmul ins(%collapsed, %transposed_14 : tensor<2x64xf32>, tensor<64x32xf32>) outs(%40 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %expanded_15 = tensor.expand_shape %41 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf32> into tensor<2x1x2x16xf32>
    %42 = tensor.empty() : tensor<2x2x1x16xf32>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x1x2x16xf32>) outs(%42 : tensor<2x2x1x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_17 = linalg.transpose ins(%arg3 : tensor<32x64xf32>) outs(%38 : tensor<64x32xf32>) permutation = [1, 0] 
    %43 = linalg.matmul ins(%collapsed, %transposed_17 : tensor<2x64xf32>, tensor<64x32xf32>) outs(%40 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %expanded_18 = tensor.expand_shape %43 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf32> into tensor<2x1x2x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x1x2x16xf32>) outs(%42 : tensor<2x2x1x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_20 = tensor.expand_shape %22 [[0], [1, 2], [3]] output_shape [2, 1, 1, 16] : tensor<2x1x16xf32> into tensor<2x1x1x16xf32>
    %expanded_21 = tensor.expand_shape %23 [[0], [1, 2], [3]] output_shape [2, 1, 1, 16] : tensor<2x1x16xf32> into tensor<2x1x1x16xf32>
    %44 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_13, %expanded_20 : tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) outs(%37 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x4x1x16xf32>
    %extracted_slice = tensor.extract_slice %transposed_13[0, 0, 0, 0] [2, 4, 1, 8] [1, 1, 1, 1] : tensor<2x4x1x16xf32> to tensor<2x4x1x8xf32>
    %extracted_slice_22 = tensor.extract_slice %transposed_13[0, 0, 0, 8] [2, 4, 1, 8] [1, 1, 1, 1] : tensor<2x4x1x16xf32> to tensor<2x4x1x8xf32>
    %45 = tensor.empty() : tensor<2x4x1x8xf32>
    %46 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_22 : tensor<2x4x1x8xf32>) outs(%45 : tensor<2x4x1x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.negf %in : f32
      linalg.yield %104 : f32
    } -> tensor<2x4x1x8xf32>
    %concat_23 = tensor.concat dim(3) %46, %extracted_slice : (tensor<2x4x1x8xf32>, tensor<2x4x1x8xf32>) -> tensor<2x4x1x16xf32>
    %47 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_23, %expanded_21 : tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) outs(%37 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x4x1x16xf32>
    %48 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %47 : tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) outs(%37 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.addf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x4x1x16xf32>
    %49 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_16, %expanded_20 : tensor<2x2x1x16xf32>, tensor<2x1x1x16xf32>) outs(%42 : tensor<2x2x1x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x2x1x16xf32>
    %extracted_slice_24 = tensor.extract_slice %transposed_16[0, 0, 0, 0] [2, 2, 1, 8] [1, 1, 1, 1] : tensor<2x2x1x16xf32> to tensor<2x2x1x8xf32>
    %extracted_slice_25 = tensor.extract_slice %transposed_16[0, 0, 0, 8] [2, 2, 1, 8] [1, 1, 1, 1] : tensor<2x2x1x16xf32> to tensor<2x2x1x8xf32>
    %50 = tensor.empty() : tensor<2x2x1x8xf32>
    %51 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_25 : tensor<2x2x1x8xf32>) outs(%50 : tensor<2x2x1x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.negf %in : f32
      linalg.yield %104 : f32
    } -> tensor<2x2x1x8xf32>
    %concat_26 = tensor.concat dim(3) %51, %extracted_slice_24 : (tensor<2x2x1x8xf32>, tensor<2x2x1x8xf32>) -> tensor<2x2x1x16xf32>
    %52 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_26, %expanded_21 : tensor<2x2x1x16xf32>, tensor<2x1x1x16xf32>) outs(%42 : tensor<2x2x1x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x2x1x16xf32>
    %53 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %52 : tensor<2x2x1x16xf32>, tensor<2x2x1x16xf32>) outs(%42 : tensor<2x2x1x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.addf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x2x1x16xf32>
    %concat_27 = tensor.concat dim(2) %arg13, %53 : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %concat_28 = tensor.concat dim(2) %arg14, %transposed_19 : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %54 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat_27 : tensor<2x2x16x16xf32>) outs(%54 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %55 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat_28 : tensor<2x2x16x16xf32>) outs(%54 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %57 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_30 = linalg.transpose ins(%collapsed_29 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_31 = tensor.collapse_shape %48 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_32 = tensor.collapse_shape %transposed_30 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %58 = tensor.empty() : tensor<8x1x16xf32>
    %59 = linalg.fill ins(%cst : f32) outs(%58 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %60 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_33 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33 : tensor<2x4x1x16xf32>) outs(%37 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.mulf %in, %cst_9 : f32
      linalg.yield %104 : f32
    } -> tensor<2x4x1x16xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %18 : tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) outs(%37 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.addf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x4x1x16xf32>
    %63 = tensor.empty() : tensor<2x4x1xi64>
    %64 = linalg.fill ins(%c0_i64 : i64) outs(%63 : tensor<2x4x1xi64>) -> tensor<2x4x1xi64>
    %65 = tensor.empty() : tensor<2x4x1xf32>
    %66 = linalg.fill ins(%cst_0 : f32) outs(%65 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %67:2 = linalg.generic {indexing_maps = [#map4, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%62 : tensor<2x4x1x16xf32>) outs(%66, %64 : tensor<2x4x1xf32>, tensor<2x4x1xi64>) {
    ^bb0(%in: f32, %out: f32, %out_50: i64):
      %104 = linalg.index 3 : index
      %105 = arith.index_cast %104 : index to i64
      %106 = arith.maximumf %in, %out : f32
      %107 = arith.cmpf ogt, %in, %out : f32
      %108 = arith.select %107, %105, %out_50 : i64
      linalg.yield %106, %108 : f32, i64
    } -> (tensor<2x4x1xf32>, tensor<2x4x1xi64>)
    %expanded_34 = tensor.expand_shape %67#0 [[0], [1], [2, 3]] output_shape [2, 4, 1, 1] : tensor<2x4x1xf32> into tensor<2x4x1x1xf32>
    %68 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %expanded_34 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%37 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.subf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x4x1x16xf32>
    %69 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x1x16xf32>) outs(%37 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = math.exp %in : f32
      linalg.yield %104 : f32
    } -> tensor<2x4x1x16xf32>
    %70 = tensor.empty() : tensor<2x4x1x1xf32>
    %71 = linalg.fill ins(%cst : f32) outs(%70 : tensor<2x4x1x1xf32>) -> tensor<2x4x1x1xf32>
    %72 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x1x16xf32>) outs(%71 : tensor<2x4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.addf %in, %out : f32
      linalg.yield %104 : f32
    } -> tensor<2x4x1x1xf32>
    %73 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %72 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%37 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.divf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x4x1x16xf32>
    %collapsed_35 = tensor.collapse_shape %73 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_36 = tensor.collapse_shape %56 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %74 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_37 = tensor.expand_shape %74 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %75 = tensor.empty() : tensor<2x1x4x16xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<2x4x1x16xf32>) outs(%75 : tensor<2x1x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_39 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_40 = tensor.collapse_shape %transposed_38 [[0], [1, 2, 3]] : tensor<2x1x4x16xf32> into tensor<2x64xf32>
    %76 = linalg.matmul ins(%collapsed_40, %transposed_39 : tensor<2x64xf32>, tensor<64x64xf32>) outs(%35 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %expanded_41 = tensor.expand_shape %76 [[0], [1, 2]] output_shape [2, 1, 64] : tensor<2x64xf32> into tensor<2x1x64xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_41 : tensor<2x1x64xf32>, tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.addf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x64xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %104 : f32
    } -> tensor<2x1x64xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%78 : tensor<2x1x64xf32>) outs(%26 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.addf %in, %out : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x1xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x1x1xf32>) outs(%25 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.divf %in, %cst_8 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x1xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x1x1xf32>) outs(%25 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.truncf %cst_6 : f64 to f32
      %105 = arith.addf %in, %104 : f32
      linalg.yield %105 : f32
    } -> tensor<2x1x1xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x1x1xf32>) outs(%25 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = math.rsqrt %in : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x1xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %82 : tensor<2x1x64xf32>, tensor<2x1x1xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x64xf32>
    %84 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %83 : tensor<64xf32>, tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x64xf32>
    %85 = tensor.empty() : tensor<64x128xf32>
    %transposed_42 = linalg.transpose ins(%arg5 : tensor<128x64xf32>) outs(%85 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_43 = tensor.collapse_shape %84 [[0], [1, 2]] : tensor<2x1x64xf32> into tensor<2x64xf32>
    %86 = tensor.empty() : tensor<2x128xf32>
    %87 = linalg.fill ins(%cst : f32) outs(%86 : tensor<2x128xf32>) -> tensor<2x128xf32>
    %88 = linalg.matmul ins(%collapsed_43, %transposed_42 : tensor<2x64xf32>, tensor<64x128xf32>) outs(%87 : tensor<2x128xf32>) -> tensor<2x128xf32>
    %expanded_44 = tensor.expand_shape %88 [[0], [1, 2]] output_shape [2, 1, 128] : tensor<2x128xf32> into tensor<2x1x128xf32>
    %89 = tensor.empty() : tensor<2x1x128xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44 : tensor<2x1x128xf32>) outs(%89 : tensor<2x1x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.negf %in : f32
      %105 = math.exp %104 : f32
      %106 = arith.addf %105, %cst_1 : f32
      %107 = arith.divf %cst_1, %106 : f32
      linalg.yield %107 : f32
    } -> tensor<2x1x128xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %90 : tensor<2x1x128xf32>, tensor<2x1x128xf32>) outs(%89 : tensor<2x1x128xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x128xf32>
    %transposed_45 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%85 : tensor<64x128xf32>) permutation = [1, 0] 
    %92 = linalg.matmul ins(%collapsed_43, %transposed_45 : tensor<2x64xf32>, tensor<64x128xf32>) outs(%87 : tensor<2x128xf32>) -> tensor<2x128xf32>
    %expanded_46 = tensor.expand_shape %92 [[0], [1, 2]] output_shape [2, 1, 128] : tensor<2x128xf32> into tensor<2x1x128xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %expanded_46 : tensor<2x1x128xf32>, tensor<2x1x128xf32>) outs(%89 : tensor<2x1x128xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x128xf32>
    %94 = tensor.empty() : tensor<128x64xf32>
    %transposed_47 = linalg.transpose ins(%arg7 : tensor<64x128xf32>) outs(%94 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_48 = tensor.collapse_shape %93 [[0], [1, 2]] : tensor<2x1x128xf32> into tensor<2x128xf32>
    %95 = linalg.matmul ins(%collapsed_48, %transposed_47 : tensor<2x128xf32>, tensor<128x64xf32>) outs(%35 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %expanded_49 = tensor.expand_shape %95 [[0], [1, 2]] output_shape [2, 1, 64] : tensor<2x64xf32> into tensor<2x1x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %expanded_49 : tensor<2x1x64xf32>, tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.addf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %104 : f32
    } -> tensor<2x1x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%97 : tensor<2x1x64xf32>) outs(%26 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.addf %in, %out : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x1x1xf32>) outs(%25 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.divf %in, %cst_8 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x1xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x1x1xf32>) outs(%25 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = arith.truncf %cst_6 : f64 to f32
      %105 = arith.addf %in, %104 : f32
      linalg.yield %105 : f32
    } -> tensor<2x1x1xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x1x1xf32>) outs(%25 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %104 = math.rsqrt %in : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x1xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %101 : tensor<2x1x64xf32>, tensor<2x1x1xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x64xf32>
    %103 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %102 : tensor<64xf32>, tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %104 = arith.mulf %in, %in_50 : f32
      linalg.yield %104 : f32
    } -> tensor<2x1x64xf32>
    return %103 : tensor<2x1x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
