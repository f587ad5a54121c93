// FRONTEND: {"args": [{"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "float", "shape": [2, 1, 64]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "decode_step", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map1 = affine_map<(d0, d1, d2, d3) -> ()>
#map2 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map3 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module @module {
  func.func @main(%arg0: tensor<64x64xf32>, %arg1: tensor<32x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<2x1x64xf32>, %arg5: tensor<2x2x15x16xf32>, %arg6: tensor<2x2x15x16xf32>, %arg7: tensor<2x16xi64>) -> (tensor<2x1x64xf32>, tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_2 = arith.constant -3.40282347E+38 : f32
    %cst_3 = arith.constant 4.000000e+00 : f32
    %0 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg0 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %arg4 [[0], [1, 2]] : tensor<2x1x64xf32> into tensor<2x64xf32>
    %1 = tensor.empty() : tensor<2x64xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %3 = linalg.matmul ins(%collapsed, %transposed : tensor<2x64xf32>, tensor<64x64xf32>) outs(%2 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %expanded = tensor.expand_shape %3 [[0], [1, 2, 3]] output_shape [2, 1, 4, 16] : tensor<2x64xf32> into tensor<2x1x4x16xf32>
    %4 = tensor.empty() : tensor<2x4x1x16xf32>
    %transposed_4 = linalg.transpose ins(%expanded : tensor<2x1x4x16xf32>) outs(%4 : tensor<2x4x1x16xf32>) permutation = [0, 2, 1, 3] 
    %5 = tensor.empty() : tensor<64x32xf32>
    %transposed_5 = linalg.transpose ins(%arg1 : tensor<32x64xf32>) outs(%5 : tensor<64x32xf32>) permutation = [1, 0] 
    %6 = tensor.empty() : tensor<2x32xf32>
    %7 = linalg.fill ins(%cst : f32) outs(%6 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %8 = linalg.matmul ins(%collapsed, %transposed_5 : tensor<2x64xf32>, tensor<64x32xf32>) outs(%7 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %expanded_6 = tensor.expand_shape %8 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf32> into tensor<2x1x2x16xf32>
    %9 = tensor.empty() : tensor<2x2x1x16xf32>
    %transposed_7 = linalg.transpose ins(%expanded_6 : tensor<2x1x2x16xf32>) outs(%9 : tensor<2x2x1x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_8 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%5 : tensor<64x32xf32>) permutation = [1, 0] 
    %10 = linalg.matmul ins(%collapsed, %transposed_8 : tensor<2x64xf32>, tensor<64x32xf32>) outs(%7 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %expanded_9 = tensor.expand_shape %10 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf32> into tensor<2x1x2x16xf32>
    %transposed_10 = linalg.transpose ins(%expanded_9 : tensor<2x1x2x16xf32>) outs(%9 : tensor<2x2x1x16xf32>) permutation = [0, 2, 1, 3] 
    %concat = tensor.concat dim(2) %arg5, %transposed_7 : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %concat_11 = tensor.concat dim(2) %arg6, %transposed_10 : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %expanded_12 = tensor.expand_shape %arg7 [[0], [1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<2x16xi64> into tensor<2x1x1x16xi64>
    %11 = tensor.empty() : tensor<2x1x1x16xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %38 = arith.sitofp %in : i64 to f32
      linalg.yield %38 : f32
    } -> tensor<2x1x1x16xf32>
    %13 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %12 : tensor<f32>, tensor<2x1x1x16xf32>) outs(%11 : tensor<2x1x1x16xf32>) {
    ^bb0(%in: f32, %in_26: f32, %out: f32):
      %38 = arith.subf %in, %in_26 : f32
      linalg.yield %38 : f32
    } -> tensor<2x1x1x16xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13 : tensor<2x1x1x16xf32>) outs(%11 : tensor<2x1x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %38 = arith.mulf %in, %cst_2 : f32
      linalg.yield %38 : f32
    } -> tensor<2x1x1x16xf32>
    %15 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %16 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat : tensor<2x2x16x16xf32>) outs(%15 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_13 = tensor.collapse_shape %16 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %17 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat_11 : tensor<2x2x16x16xf32>) outs(%15 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %18 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_14 = linalg.transpose ins(%collapsed_13 : tensor<2x4x16x16xf32>) outs(%18 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_15 = tensor.collapse_shape %transposed_4 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_16 = tensor.collapse_shape %transposed_14 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %19 = tensor.empty() : tensor<8x1x16xf32>
    %20 = linalg.fill ins(%cst : f32) outs(%19 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %21 = linalg.batch_matmul ins(%collapsed_15, %collapsed_16 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%20 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_17 = tensor.expand_shape %21 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_17 : tensor<2x4x1x16xf32>) outs(%4 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %38 = arith.divf %in, %cst_3 : f32
      linalg.yield %38 : f32
    } -> tensor<2x4x1x16xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%22, %14 : tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) outs(%4 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_26: f32, %out: f32):
      %38 = arith.addf %in, %in_26 : f32
      linalg.yield %38 : f32
    } -> tensor<2x4x1x16xf32>
    %24 = tensor.empty() : tensor<2x4x1xi64>
    %25 = linalg.fill ins(%c0_i64 : i64) outs(%24 : tensor<2x4x1xi64>) -> tensor<2x4x1xi64>
    %26 = tensor.empty() : tensor<2x4x1xf32>
    %27 = linalg.fill ins(%cst_0 : f32) outs(%26 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %28:2 = linalg.generic {indexing_maps = [#map, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%23 : tensor<2x4x1x16xf32>) outs(%27, %25 : tensor<2x4x1xf32>, tensor<2x4x1xi64>) {
    ^bb0(%in: f32, %out: f32, %out_26: i64):
      %38 = linalg.index 3 : index
      %39 = arith.index_cast %38 : index to i64
      %40 = arith.maximumf %in, %out : f32
      %41 = arith.cmpf ogt, %in, %out : f32
      %42 = arith.select %41, %39, %out_26 : i64
      linalg.yield %40, %42 : f32, i64
    } -> (tensor<2x4x1xf32>, tensor<2x4x1xi64>)
    %expanded_18 = tensor.expand_shape %28#0 [[0], [1], [2, 3]] output_shape [2, 4, 1, 1] : tensor<2x4x1xf32> into tensor<2x4x1x1xf32>
    %29 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23, %expanded_18 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%4 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_26: f32, %out: f32):
      %38 = arith.subf %in, %in_26 : f32
      linalg.yield %38 : f32
    } -> tensor<2x4x1x16xf32>
    %30 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%29 : tensor<2x4x1x16xf32>) outs(%4 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %38 = math.exp %in : f32
      linalg.yield %38 : f32
    } -> tensor<2x4x1x16xf32>
    %31 = tensor.empty() : tensor<2x4x1x1xf32>
    %32 = linalg.fill ins(%cst : f32) outs(%31 : tensor<2x4x1x1xf32>) -> tensor<2x4x1x1xf32>
    %33 = linalg.generic {indexing_maps = [#map, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%30 : tensor<2x4x1x16xf32>) outs(%32 : tensor<2x4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %38 = arith.addf %in, %out : f32
      linalg.yield %38 : f32
    } -> tensor<2x4x1x1xf32>
    %34 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30, %33 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%4 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_26: f32, %out: f32):
      %38 = arith.divf %in, %in_26 : f32
      linalg.yield %38 : f32
    } -> tensor<2x4x1x16xf32>
    %collapsed_19 = tensor.collapse_shape %34 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_20 = tensor.collapse_shape %17 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %35 = linalg.batch_matmul ins(%collapsed_19, %collapsed_20 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%20 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_21 = tensor.expand_shape %35 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %36 = tensor.empty() : tensor<2x1x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x4x1x16xf32>) outs(%36 : tensor<2x1x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_24 = tensor.collapse_shape %transposed_22 [[0], [1, 2, 3]] : tensor<2x1x4x16xf32> into tensor<2x64xf32>
    %37 = linalg.matmul ins(%collapsed_24, %transposed_23 : tensor<2x64xf32>, tensor<64x64xf32>) outs(%2 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %expanded_25 = tensor.expand_shape %37 [[0], [1, 2]] output_shape [2, 1, 64] : tensor<2x64xf32> into tensor<2x1x64xf32>
    return %expanded_25, %concat, %concat_11 : tensor<2x1x64xf32>, tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>
  }
}

