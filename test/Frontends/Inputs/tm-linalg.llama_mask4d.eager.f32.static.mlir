// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "float", "shape": [2, 1, 16, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "llama_mask4d", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d2)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map8 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<32x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<128x64xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64x128xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<2x16xi64>, %arg12: tensor<2x1x16x16xf32>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant 9.9999999999999995E-7 : f64
    %cst_3 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_4 = arith.constant 6.400000e+01 : f32
    %cst_5 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %90 = arith.index_cast %in : i64 to index
      %91 = linalg.index 2 : index
      %92 = arith.cmpi slt, %90, %c128 : index
      cf.assert %92, "index must be smaller than dim size"
      %93 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %93, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%90, %91] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %90 = linalg.index 0 : index
      %91 = arith.index_cast %90 : index to i64
      linalg.yield %91 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %4 = tensor.empty() : tensor<1x16x1xf32>
    %5 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x16x1xi64>) outs(%4 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %90 = arith.sitofp %in : i64 to f32
      linalg.yield %90 : f32
    } -> tensor<1x16x1xf32>
    %6 = tensor.empty() : tensor<1x16x8xf32>
    %7 = linalg.generic {indexing_maps = [#map3, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %cst_3 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%6 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %7, %7 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %8 = tensor.empty() : tensor<1x16x16xf32>
    %9 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%8 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = math.cos %in : f32
      linalg.yield %90 : f32
    } -> tensor<1x16x16xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%8 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = math.sin %in : f32
      linalg.yield %90 : f32
    } -> tensor<1x16x16xf32>
    %11 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %90 : f32
    } -> tensor<2x16x64xf32>
    %12 = tensor.empty() : tensor<2x16x1xf32>
    %13 = linalg.fill ins(%cst : f32) outs(%12 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.addf %in, %out : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.divf %in, %cst_4 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.truncf %cst_2 : f64 to f32
      %91 = arith.addf %in, %90 : f32
      linalg.yield %91 : f32
    } -> tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = math.rsqrt %in : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %17 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map4, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %18 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x64xf32>
    %20 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%20 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %19 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %21 = tensor.empty() : tensor<32x64xf32>
    %22 = linalg.fill ins(%cst : f32) outs(%21 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %23 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%22 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_6 = tensor.expand_shape %23 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %24 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_7 = linalg.transpose ins(%expanded_6 : tensor<2x16x4x16xf32>) outs(%24 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %25 = tensor.empty() : tensor<64x32xf32>
    %transposed_8 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%25 : tensor<64x32xf32>) permutation = [1, 0] 
    %26 = tensor.empty() : tensor<32x32xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %28 = linalg.matmul ins(%collapsed, %transposed_8 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%27 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_9 = tensor.expand_shape %28 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %29 = tensor.empty() : tensor<2x2x16x16xf32>
    %transposed_10 = linalg.transpose ins(%expanded_9 : tensor<2x16x2x16xf32>) outs(%29 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_11 = linalg.transpose ins(%arg3 : tensor<32x64xf32>) outs(%25 : tensor<64x32xf32>) permutation = [1, 0] 
    %30 = linalg.matmul ins(%collapsed, %transposed_11 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%27 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_12 = tensor.expand_shape %30 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %transposed_13 = linalg.transpose ins(%expanded_12 : tensor<2x16x2x16xf32>) outs(%29 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_14 = tensor.expand_shape %9 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_15 = tensor.expand_shape %10 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %31 = linalg.generic {indexing_maps = [#map5, #map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_7, %expanded_14 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%24 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice = tensor.extract_slice %transposed_7[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_16 = tensor.extract_slice %transposed_7[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %32 = tensor.empty() : tensor<2x4x16x8xf32>
    %33 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_16 : tensor<2x4x16x8xf32>) outs(%32 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.negf %in : f32
      linalg.yield %90 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_17 = tensor.concat dim(3) %33, %extracted_slice : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %34 = linalg.generic {indexing_maps = [#map5, #map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_17, %expanded_15 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%24 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x4x16x16xf32>
    %35 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%31, %34 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%24 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.addf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x4x16x16xf32>
    %36 = linalg.generic {indexing_maps = [#map5, #map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_10, %expanded_14 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%29 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x2x16x16xf32>
    %extracted_slice_18 = tensor.extract_slice %transposed_10[0, 0, 0, 0] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %extracted_slice_19 = tensor.extract_slice %transposed_10[0, 0, 0, 8] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %37 = tensor.empty() : tensor<2x2x16x8xf32>
    %38 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_19 : tensor<2x2x16x8xf32>) outs(%37 : tensor<2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.negf %in : f32
      linalg.yield %90 : f32
    } -> tensor<2x2x16x8xf32>
    %concat_20 = tensor.concat dim(3) %38, %extracted_slice_18 : (tensor<2x2x16x8xf32>, tensor<2x2x16x8xf32>) -> tensor<2x2x16x16xf32>
    %39 = linalg.generic {indexing_maps = [#map5, #map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_20, %expanded_15 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%29 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x2x16x16xf32>
    %40 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36, %39 : tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) outs(%29 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.addf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x2x16x16xf32>
    %41 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %42 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%40 : tensor<2x2x16x16xf32>) outs(%41 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_21 = tensor.collapse_shape %42 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %43 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_13 : tensor<2x2x16x16xf32>) outs(%41 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %transposed_22 = linalg.transpose ins(%collapsed_21 : tensor<2x4x16x16xf32>) outs(%24 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_23 = tensor.collapse_shape %35 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %44 = tensor.empty() : tensor<8x16x16xf32>
    %45 = linalg.fill ins(%cst : f32) outs(%44 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %46 = linalg.batch_matmul ins(%collapsed_23, %collapsed_24 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%45 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_25 = tensor.expand_shape %46 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_25 : tensor<2x4x16x16xf32>) outs(%24 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.mulf %in, %cst_5 : f32
      linalg.yield %90 : f32
    } -> tensor<2x4x16x16xf32>
    %48 = linalg.generic {indexing_maps = [#map5, #map9, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%47, %arg12 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%24 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.addf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x4x16x16xf32>
    %49 = tensor.empty() : tensor<2x4x16xi64>
    %50 = linalg.fill ins(%c0_i64 : i64) outs(%49 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %51 = tensor.empty() : tensor<2x4x16xf32>
    %52 = linalg.fill ins(%cst_0 : f32) outs(%51 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %53:2 = linalg.generic {indexing_maps = [#map5, #map10, #map10], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%48 : tensor<2x4x16x16xf32>) outs(%52, %50 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_42: i64):
      %90 = linalg.index 3 : index
      %91 = arith.index_cast %90 : index to i64
      %92 = arith.maximumf %in, %out : f32
      %93 = arith.cmpf ogt, %in, %out : f32
      %94 = arith.select %93, %91, %out_42 : i64
      linalg.yield %92, %94 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_26 = tensor.expand_shape %53#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %54 = linalg.generic {indexing_maps = [#map5, #map11, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %expanded_26 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%24 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.subf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x4x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54 : tensor<2x4x16x16xf32>) outs(%24 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = math.exp %in : f32
      linalg.yield %90 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = tensor.empty() : tensor<2x4x16x1xf32>
    %57 = linalg.fill ins(%cst : f32) outs(%56 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %58 = linalg.generic {indexing_maps = [#map5, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%55 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.addf %in, %out : f32
      linalg.yield %90 : f32
    } -> tensor<2x4x16x1xf32>
    %59 = linalg.generic {indexing_maps = [#map5, #map11, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %58 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%24 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.divf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %43 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %60 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%45 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_29 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %61 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_31 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%20 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_32 = tensor.collapse_shape %transposed_30 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %62 = linalg.matmul ins(%collapsed_32, %transposed_31 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%22 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_33 = tensor.expand_shape %62 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.addf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x64xf32>
    %64 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %90 : f32
    } -> tensor<2x16x64xf32>
    %65 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%64 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.addf %in, %out : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%65 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.divf %in, %cst_4 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%66 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.truncf %cst_2 : f64 to f32
      %91 = arith.addf %in, %90 : f32
      linalg.yield %91 : f32
    } -> tensor<2x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%67 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = math.rsqrt %in : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63, %68 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x64xf32>
    %70 = linalg.generic {indexing_maps = [#map4, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %69 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x64xf32>
    %71 = tensor.empty() : tensor<64x128xf32>
    %transposed_34 = linalg.transpose ins(%arg5 : tensor<128x64xf32>) outs(%71 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_35 = tensor.collapse_shape %70 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %72 = tensor.empty() : tensor<32x128xf32>
    %73 = linalg.fill ins(%cst : f32) outs(%72 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %74 = linalg.matmul ins(%collapsed_35, %transposed_34 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%73 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_36 = tensor.expand_shape %74 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %75 = tensor.empty() : tensor<2x16x128xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<2x16x128xf32>) outs(%75 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.negf %in : f32
      %91 = math.exp %90 : f32
      %92 = arith.addf %91, %cst_1 : f32
      %93 = arith.divf %cst_1, %92 : f32
      linalg.yield %93 : f32
    } -> tensor<2x16x128xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36, %76 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%75 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x128xf32>
    %transposed_37 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%71 : tensor<64x128xf32>) permutation = [1, 0] 
    %78 = linalg.matmul ins(%collapsed_35, %transposed_37 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%73 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_38 = tensor.expand_shape %78 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77, %expanded_38 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%75 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x128xf32>
    %80 = tensor.empty() : tensor<128x64xf32>
    %transposed_39 = linalg.transpose ins(%arg7 : tensor<64x128xf32>) outs(%80 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_40 = tensor.collapse_shape %79 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %81 = linalg.matmul ins(%collapsed_40, %transposed_39 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%22 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_41 = tensor.expand_shape %81 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%63, %expanded_41 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.addf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %90 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%83 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.addf %in, %out : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.divf %in, %cst_4 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = arith.truncf %cst_2 : f64 to f32
      %91 = arith.addf %in, %90 : f32
      linalg.yield %91 : f32
    } -> tensor<2x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %90 = math.rsqrt %in : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %87 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map4, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %88 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %90 = arith.mulf %in, %in_42 : f32
      linalg.yield %90 : f32
    } -> tensor<2x16x64xf32>
    return %89 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
