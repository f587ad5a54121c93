// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 1], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "llama_kv", "path": "tm-linalg", "shapes": "static"}
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
    %true = arith.constant true
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<2x4x1x16xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_5 = arith.constant dense<1.500000e+01> : tensor<2x1x1xf32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 0xFFF0000000000000 : f64
    %cst_8 = arith.constant 9.9999999999999995E-7 : f64
    %cst_9 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 5.000000e-01 : f32
    %0 = tensor.empty() : tensor<2x1x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<2x1xi64>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %111 = arith.index_cast %in : i64 to index
      %112 = linalg.index 2 : index
      %113 = arith.cmpi slt, %111, %c128 : index
      cf.assert %113, "index must be smaller than dim size"
      %114 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %114, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%111, %112] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x1x64xf32>
    %2 = tensor.empty() : tensor<2x16xi1>
    %3 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %111 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %111 : i1
    } -> tensor<2x16xi1>
    %4 = tensor.empty() : tensor<2xi64>
    %5 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%4 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %111 = linalg.index 0 : index
      %112 = arith.index_cast %111 : index to i64
      linalg.yield %112 : i64
    } -> tensor<2xi64>
    %6 = tensor.empty() : tensor<1xi64>
    %7 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%6 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %8 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%7 : tensor<1xi64>) outs(%6 : tensor<1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %111 = arith.addi %in, %c15_i64 : i64
      linalg.yield %111 : i64
    } -> tensor<1xi64>
    %9 = tensor.empty() : tensor<16xi64>
    %10 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%9 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %111 = linalg.index 0 : index
      %112 = arith.index_cast %111 : index to i64
      linalg.yield %112 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %5 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_12 = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_13 = tensor.expand_shape %10 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %11 = tensor.empty() : tensor<1x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13, %expanded_12 : tensor<1x1x1x16xi64>, tensor<1x1x1x1xi64>) outs(%11 : tensor<1x1x1x16xi1>) {
    ^bb0(%in: i64, %in_52: i64, %out: i1):
      %111 = arith.cmpi sle, %in, %in_52 : i64
      linalg.yield %111 : i1
    } -> tensor<1x1x1x16xi1>
    %13 = linalg.generic {indexing_maps = [#map6, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %12 : tensor<i1>, tensor<1x1x1x16xi1>) outs(%11 : tensor<1x1x1x16xi1>) {
    ^bb0(%in: i1, %in_52: i1, %out: i1):
      %111 = arith.andi %in, %in_52 : i1
      linalg.yield %111 : i1
    } -> tensor<1x1x1x16xi1>
    %14 = tensor.empty() : tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map7, #map8, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_13 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%14 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_52: i64, %out: i1):
      %111 = arith.cmpi slt, %in, %c0_i64 : i64
      %112 = arith.addi %in, %c2_i64 : i64
      %113 = arith.select %111, %112, %in : i64
      %114 = arith.index_cast %113 : i64 to index
      %115 = arith.cmpi slt, %in_52, %c0_i64 : i64
      %116 = arith.addi %in_52, %c16_i64 : i64
      %117 = arith.select %115, %116, %in_52 : i64
      %118 = arith.index_cast %117 : i64 to index
      %extracted = tensor.extract %3[%114, %118] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %16 = linalg.generic {indexing_maps = [#map9, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %15 : tensor<1x1x1x16xi1>, tensor<2x1x1x16xi1>) outs(%14 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i1, %in_52: i1, %out: i1):
      %111 = arith.andi %in, %in_52 : i1
      linalg.yield %111 : i1
    } -> tensor<2x1x1x16xi1>
    %17 = tensor.empty() : tensor<2x1x8xf32>
    %18 = linalg.generic {indexing_maps = [#map10, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_5, %cst_9 : tensor<2x1x1xf32>, tensor<8xf32>) outs(%17 : tensor<2x1x8xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x8xf32>
    %concat = tensor.concat dim(2) %18, %18 : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
    %19 = tensor.empty() : tensor<2x1x16xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<2x1x16xf32>) outs(%19 : tensor<2x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.cos %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x16xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<2x1x16xf32>) outs(%19 : tensor<2x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.sin %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x16xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %111 : f32
    } -> tensor<2x1x64xf32>
    %23 = tensor.empty() : tensor<2x1x1xf32>
    %24 = linalg.fill ins(%cst : f32) outs(%23 : tensor<2x1x1xf32>) -> tensor<2x1x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%22 : tensor<2x1x64xf32>) outs(%24 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %out : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x1x1xf32>) outs(%23 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.divf %in, %cst_10 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x1x1xf32>) outs(%23 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.truncf %cst_8 : f64 to f32
      %112 = arith.addf %in, %111 : f32
      linalg.yield %112 : f32
    } -> tensor<2x1x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x1x1xf32>) outs(%23 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.rsqrt %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %28 : tensor<2x1x64xf32>, tensor<2x1x1xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x64xf32>
    %30 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %29 : tensor<64xf32>, tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x64xf32>
    %31 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%31 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<2x1x64xf32> into tensor<2x64xf32>
    %32 = tensor.empty() : tensor<2x64xf32>
    %33 = linalg.fill ins(%cst : f32) outs(%32 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %34 = linalg.matmul ins(%collapsed, %transposed : tensor<2x64xf32>, tensor<64x64xf32>) outs(%33 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %expanded_14 = tensor.expand_shape %34 [[0], [1, 2, 3]] output_shape [2, 1, 4, 16] : tensor<2x64xf32> into tensor<2x1x4x16xf32>
    %35 = tensor.empty() : tensor<2x4x1x16xf32>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x1x4x16xf32>) outs(%35 : tensor<2x4x1x16xf32>) permutation = [0, 2, 1, 3] 
    %36 = tensor.empty() : tensor<64x32xf32>
    %transposed_16 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%36 : tensor<64x32xf32>) permutation = [1, 0] 
    %37 = tensor.empty() : tensor<2x32xf32>
    %38 = linalg.fill ins(%cst : f32) outs(%37 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %39 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<2x64xf32>, tensor<64x32xf32>) outs(%38 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %expanded_17 = tensor.expand_shape %39 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf32> into tensor<2x1x2x16xf32>
    %40 = tensor.empty() : tensor<2x2x1x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x1x2x16xf32>) outs(%40 : tensor<2x2x1x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg3 : tensor<32x64xf32>) outs(%36 : tensor<64x32xf32>) permutation = [1, 0] 
    %41 = linalg.matmul ins(%collapsed, %transposed_19 : tensor<2x64xf32>, tensor<64x32xf32>) outs(%38 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %expanded_20 = tensor.expand_shape %41 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf32> into tensor<2x1x2x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x1x2x16xf32>) outs(%40 : tensor<2x2x1x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_22 = tensor.expand_shape %20 [[0], [1, 2], [3]] output_shape [2, 1, 1, 16] : tensor<2x1x16xf32> into tensor<2x1x1x16xf32>
    %expanded_23 = tensor.expand_shape %21 [[0], [1, 2], [3]] output_shape [2, 1, 1, 16] : tensor<2x1x16xf32> into tensor<2x1x1x16xf32>
    %42 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_15, %expanded_22 : tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) outs(%35 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x1x16xf32>
    %extracted_slice = tensor.extract_slice %transposed_15[0, 0, 0, 0] [2, 4, 1, 8] [1, 1, 1, 1] : tensor<2x4x1x16xf32> to tensor<2x4x1x8xf32>
    %extracted_slice_24 = tensor.extract_slice %transposed_15[0, 0, 0, 8] [2, 4, 1, 8] [1, 1, 1, 1] : tensor<2x4x1x16xf32> to tensor<2x4x1x8xf32>
    %43 = tensor.empty() : tensor<2x4x1x8xf32>
    %44 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_24 : tensor<2x4x1x8xf32>) outs(%43 : tensor<2x4x1x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.negf %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x1x8xf32>
    %concat_25 = tensor.concat dim(3) %44, %extracted_slice : (tensor<2x4x1x8xf32>, tensor<2x4x1x8xf32>) -> tensor<2x4x1x16xf32>
    %45 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_25, %expanded_23 : tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) outs(%35 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x1x16xf32>
    %46 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %45 : tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) outs(%35 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.addf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x1x16xf32>
    %47 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_18, %expanded_22 : tensor<2x2x1x16xf32>, tensor<2x1x1x16xf32>) outs(%40 : tensor<2x2x1x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x2x1x16xf32>
    %extracted_slice_26 = tensor.extract_slice %transposed_18[0, 0, 0, 0] [2, 2, 1, 8] [1, 1, 1, 1] : tensor<2x2x1x16xf32> to tensor<2x2x1x8xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_18[0, 0, 0, 8] [2, 2, 1, 8] [1, 1, 1, 1] : tensor<2x2x1x16xf32> to tensor<2x2x1x8xf32>
    %48 = tensor.empty() : tensor<2x2x1x8xf32>
    %49 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27 : tensor<2x2x1x8xf32>) outs(%48 : tensor<2x2x1x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.negf %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x2x1x8xf32>
    %concat_28 = tensor.concat dim(3) %49, %extracted_slice_26 : (tensor<2x2x1x8xf32>, tensor<2x2x1x8xf32>) -> tensor<2x2x1x16xf32>
    %50 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_28, %expanded_23 : tensor<2x2x1x16xf32>, tensor<2x1x1x16xf32>) outs(%40 : tensor<2x2x1x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x2x1x16xf32>
    %51 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %50 : tensor<2x2x1x16xf32>, tensor<2x2x1x16xf32>) outs(%40 : tensor<2x2x1x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.addf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x2x1x16xf32>
    %concat_29 = tensor.concat dim(2) %arg13, %51 : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %concat_30 = tensor.concat dim(2) %arg14, %transposed_21 : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %52 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat_29 : tensor<2x2x16x16xf32>) outs(%52 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %53 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat_30 : tensor<2x2x16x16xf32>) outs(%52 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %55 = tensor.empty() : tensor<2x1x1x16xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map6, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%16, %cst_3, %cst_4 : tensor<2x1x1x16xi1>, tensor<f32>, tensor<f32>) outs(%55 : tensor<2x1x1x16xf32>) {
    ^bb0(%in: i1, %in_52: f32, %in_53: f32, %out: f32):
      %111 = arith.select %in, %in_52, %in_53 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x1x16xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46 : tensor<2x4x1x16xf32>) outs(%35 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.mulf %in, %cst_11 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x1x16xf32>
    %58 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_32 = linalg.transpose ins(%collapsed_31 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %59 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.mulf %in, %cst_11 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %57 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_34 = tensor.collapse_shape %59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %60 = tensor.empty() : tensor<8x1x16xf32>
    %61 = linalg.fill ins(%cst : f32) outs(%60 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %62 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_35 = tensor.expand_shape %62 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_35, %56 : tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) outs(%35 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.addf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x1x16xf32>
    %64 = tensor.empty() : tensor<2x4x1xi64>
    %65 = linalg.fill ins(%c0_i64 : i64) outs(%64 : tensor<2x4x1xi64>) -> tensor<2x4x1xi64>
    %66 = tensor.empty() : tensor<2x4x1xf32>
    %67 = linalg.fill ins(%cst_0 : f32) outs(%66 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %68:2 = linalg.generic {indexing_maps = [#map4, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x1x16xf32>) outs(%67, %65 : tensor<2x4x1xf32>, tensor<2x4x1xi64>) {
    ^bb0(%in: f32, %out: f32, %out_52: i64):
      %111 = linalg.index 3 : index
      %112 = arith.index_cast %111 : index to i64
      %113 = arith.maximumf %in, %out : f32
      %114 = arith.cmpf ogt, %in, %out : f32
      %115 = arith.select %114, %112, %out_52 : i64
      linalg.yield %113, %115 : f32, i64
    } -> (tensor<2x4x1xf32>, tensor<2x4x1xi64>)
    %expanded_36 = tensor.expand_shape %68#0 [[0], [1], [2, 3]] output_shape [2, 4, 1, 1] : tensor<2x4x1xf32> into tensor<2x4x1x1xf32>
    %69 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_36 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%35 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.subf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x1x16xf32>
    %70 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<2x4x1x16xf32>) outs(%35 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.exp %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x1x16xf32>
    %71 = tensor.empty() : tensor<2x4x1x1xf32>
    %72 = linalg.fill ins(%cst : f32) outs(%71 : tensor<2x4x1x1xf32>) -> tensor<2x4x1x1xf32>
    %73 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x1x16xf32>) outs(%72 : tensor<2x4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %out : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x1x1xf32>
    %74 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %73 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%35 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.divf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x1x16xf32>
    %75 = tensor.empty() : tensor<2x4x1x16xi1>
    %76 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x1x16xf32>) outs(%75 : tensor<2x4x1x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %111 = arith.extf %in : f32 to f64
      %112 = arith.cmpf oeq, %111, %cst_7 : f64
      linalg.yield %112 : i1
    } -> tensor<2x4x1x16xi1>
    %77 = tensor.empty() : tensor<2x4x1x1xi1>
    %78 = linalg.fill ins(%true : i1) outs(%77 : tensor<2x4x1x1xi1>) -> tensor<2x4x1x1xi1>
    %79 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<2x4x1x16xi1>) outs(%78 : tensor<2x4x1x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %111 = arith.andi %in, %out : i1
      linalg.yield %111 : i1
    } -> tensor<2x4x1x1xi1>
    %80 = linalg.generic {indexing_maps = [#map5, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79, %cst_2, %74 : tensor<2x4x1x1xi1>, tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) outs(%35 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: i1, %in_52: f32, %in_53: f32, %out: f32):
      %111 = arith.select %in, %in_52, %in_53 : f32
      linalg.yield %111 : f32
    } -> tensor<2x4x1x16xf32>
    %collapsed_37 = tensor.collapse_shape %80 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_38 = tensor.collapse_shape %54 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %81 = linalg.batch_matmul ins(%collapsed_37, %collapsed_38 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_39 = tensor.expand_shape %81 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %82 = tensor.empty() : tensor<2x1x4x16xf32>
    %transposed_40 = linalg.transpose ins(%expanded_39 : tensor<2x4x1x16xf32>) outs(%82 : tensor<2x1x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_41 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%31 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_42 = tensor.collapse_shape %transposed_40 [[0], [1, 2, 3]] : tensor<2x1x4x16xf32> into tensor<2x64xf32>
    %83 = linalg.matmul ins(%collapsed_42, %transposed_41 : tensor<2x64xf32>, tensor<64x64xf32>) outs(%33 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %expanded_43 = tensor.expand_shape %83 [[0], [1, 2]] output_shape [2, 1, 64] : tensor<2x64xf32> into tensor<2x1x64xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_43 : tensor<2x1x64xf32>, tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.addf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x64xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %111 : f32
    } -> tensor<2x1x64xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%85 : tensor<2x1x64xf32>) outs(%24 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %out : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x1xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x1x1xf32>) outs(%23 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.divf %in, %cst_10 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x1xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x1x1xf32>) outs(%23 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.truncf %cst_8 : f64 to f32
      %112 = arith.addf %in, %111 : f32
      linalg.yield %112 : f32
    } -> tensor<2x1x1xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x1x1xf32>) outs(%23 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.rsqrt %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x1xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %89 : tensor<2x1x64xf32>, tensor<2x1x1xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x64xf32>
    %91 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %90 : tensor<64xf32>, tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x64xf32>
    %92 = tensor.empty() : tensor<64x128xf32>
    %transposed_44 = linalg.transpose ins(%arg5 : tensor<128x64xf32>) outs(%92 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_45 = tensor.collapse_shape %91 [[0], [1, 2]] : tensor<2x1x64xf32> into tensor<2x64xf32>
    %93 = tensor.empty() : tensor<2x128xf32>
    %94 = linalg.fill ins(%cst : f32) outs(%93 : tensor<2x128xf32>) -> tensor<2x128xf32>
    %95 = linalg.matmul ins(%collapsed_45, %transposed_44 : tensor<2x64xf32>, tensor<64x128xf32>) outs(%94 : tensor<2x128xf32>) -> tensor<2x128xf32>
    %expanded_46 = tensor.expand_shape %95 [[0], [1, 2]] output_shape [2, 1, 128] : tensor<2x128xf32> into tensor<2x1x128xf32>
    %96 = tensor.empty() : tensor<2x1x128xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_46 : tensor<2x1x128xf32>) outs(%96 : tensor<2x1x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.negf %in : f32
      %112 = math.exp %111 : f32
      %113 = arith.addf %112, %cst_1 : f32
      %114 = arith.divf %cst_1, %113 : f32
      linalg.yield %114 : f32
    } -> tensor<2x1x128xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_46, %97 : tensor<2x1x128xf32>, tensor<2x1x128xf32>) outs(%96 : tensor<2x1x128xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x128xf32>
    %transposed_47 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%92 : tensor<64x128xf32>) permutation = [1, 0] 
    %99 = linalg.matmul ins(%collapsed_45, %transposed_47 : tensor<2x64xf32>, tensor<64x128xf32>) outs(%94 : tensor<2x128xf32>) -> tensor<2x128xf32>
    %expanded_48 = tensor.expand_shape %99 [[0], [1, 2]] output_shape [2, 1, 128] : tensor<2x128xf32> into tensor<2x1x128xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %expanded_48 : tensor<2x1x128xf32>, tensor<2x1x128xf32>) outs(%96 : tensor<2x1x128xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x128xf32>
    %101 = tensor.empty() : tensor<128x64xf32>
    %transposed_49 = linalg.transpose ins(%arg7 : tensor<64x128xf32>) outs(%101 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_50 = tensor.collapse_shape %100 [[0], [1, 2]] : tensor<2x1x128xf32> into tensor<2x128xf32>
    %102 = linalg.matmul ins(%collapsed_50, %transposed_49 : tensor<2x128xf32>, tensor<128x64xf32>) outs(%33 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %expanded_51 = tensor.expand_shape %102 [[0], [1, 2]] output_shape [2, 1, 64] : tensor<2x64xf32> into tensor<2x1x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %expanded_51 : tensor<2x1x64xf32>, tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.addf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %111 : f32
    } -> tensor<2x1x64xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%104 : tensor<2x1x64xf32>) outs(%24 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.addf %in, %out : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x1xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x1x1xf32>) outs(%23 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.divf %in, %cst_10 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x1xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x1x1xf32>) outs(%23 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = arith.truncf %cst_8 : f64 to f32
      %112 = arith.addf %in, %111 : f32
      linalg.yield %112 : f32
    } -> tensor<2x1x1xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x1x1xf32>) outs(%23 : tensor<2x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %111 = math.rsqrt %in : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %108 : tensor<2x1x64xf32>, tensor<2x1x1xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x64xf32>
    %110 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %109 : tensor<64xf32>, tensor<2x1x64xf32>) outs(%0 : tensor<2x1x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %111 = arith.mulf %in, %in_52 : f32
      linalg.yield %111 : f32
    } -> tensor<2x1x64xf32>
    return %110 : tensor<2x1x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
