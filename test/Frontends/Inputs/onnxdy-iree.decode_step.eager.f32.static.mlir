// FRONTEND: {"args": [{"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "float", "shape": [2, 1, 64]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "decode_step", "path": "onnxdy-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map3 = affine_map<(d0, d1, d2, d3) -> ()>
#map4 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<64x64xf32>, %arg1: tensor<32x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<2x1x64xf32>, %arg5: tensor<2x2x15x16xf32>, %arg6: tensor<2x2x15x16xf32>, %arg7: tensor<2x16xi64>) -> (tensor<2x1x64xf32>, tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) {
    %cst = arith.constant 0.000000e+00 : f32
    %c0_i64 = arith.constant 0 : i64
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_2 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_3 = arith.constant dense<4.000000e+00> : tensor<f32>
    %0 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg0 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %1 = tensor.empty() : tensor<2x64x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%1 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %3 = tensor.empty() : tensor<2x1x64xf32>
    %4 = linalg.fill ins(%cst : f32) outs(%3 : tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %5 = linalg.batch_matmul ins(%arg4, %2 : tensor<2x1x64xf32>, tensor<2x64x64xf32>) outs(%4 : tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    %expanded = tensor.expand_shape %5 [[0], [1], [2, 3]] output_shape [2, 1, 4, 16] : tensor<2x1x64xf32> into tensor<2x1x4x16xf32>
    %6 = tensor.empty() : tensor<2x4x1x16xf32>
    %transposed_4 = linalg.transpose ins(%expanded : tensor<2x1x4x16xf32>) outs(%6 : tensor<2x4x1x16xf32>) permutation = [0, 2, 1, 3] 
    %7 = tensor.empty() : tensor<64x32xf32>
    %transposed_5 = linalg.transpose ins(%arg1 : tensor<32x64xf32>) outs(%7 : tensor<64x32xf32>) permutation = [1, 0] 
    %8 = tensor.empty() : tensor<2x64x32xf32>
    %9 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_5 : tensor<64x32xf32>) outs(%8 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x32xf32>
    %10 = tensor.empty() : tensor<2x1x32xf32>
    %11 = linalg.fill ins(%cst : f32) outs(%10 : tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %12 = linalg.batch_matmul ins(%arg4, %9 : tensor<2x1x64xf32>, tensor<2x64x32xf32>) outs(%11 : tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %expanded_6 = tensor.expand_shape %12 [[0], [1], [2, 3]] output_shape [2, 1, 2, 16] : tensor<2x1x32xf32> into tensor<2x1x2x16xf32>
    %13 = tensor.empty() : tensor<2x2x1x16xf32>
    %transposed_7 = linalg.transpose ins(%expanded_6 : tensor<2x1x2x16xf32>) outs(%13 : tensor<2x2x1x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_8 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%7 : tensor<64x32xf32>) permutation = [1, 0] 
    %14 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_8 : tensor<64x32xf32>) outs(%8 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x32xf32>
    %15 = linalg.batch_matmul ins(%arg4, %14 : tensor<2x1x64xf32>, tensor<2x64x32xf32>) outs(%11 : tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %expanded_9 = tensor.expand_shape %15 [[0], [1], [2, 3]] output_shape [2, 1, 2, 16] : tensor<2x1x32xf32> into tensor<2x1x2x16xf32>
    %transposed_10 = linalg.transpose ins(%expanded_9 : tensor<2x1x2x16xf32>) outs(%13 : tensor<2x2x1x16xf32>) permutation = [0, 2, 1, 3] 
    %concat = tensor.concat dim(2) %arg5, %transposed_7 : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %concat_11 = tensor.concat dim(2) %arg6, %transposed_10 : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %expanded_12 = tensor.expand_shape %arg7 [[0], [1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<2x16xi64> into tensor<2x1x1x16xi64>
    %16 = tensor.empty() : tensor<2x1x1x16xf32>
    %17 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<2x1x1x16xi64>) outs(%16 : tensor<2x1x1x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %44 = arith.sitofp %in : i64 to f32
      linalg.yield %44 : f32
    } -> tensor<2x1x1x16xf32>
    %18 = linalg.generic {indexing_maps = [#map3, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %17 : tensor<f32>, tensor<2x1x1x16xf32>) outs(%16 : tensor<2x1x1x16xf32>) {
    ^bb0(%in: f32, %in_24: f32, %out: f32):
      %44 = arith.subf %in, %in_24 : f32
      linalg.yield %44 : f32
    } -> tensor<2x1x1x16xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %cst_2 : tensor<2x1x1x16xf32>, tensor<f32>) outs(%16 : tensor<2x1x1x16xf32>) {
    ^bb0(%in: f32, %in_24: f32, %out: f32):
      %44 = arith.mulf %in, %in_24 : f32
      linalg.yield %44 : f32
    } -> tensor<2x1x1x16xf32>
    %20 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %21 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat : tensor<2x2x16x16xf32>) outs(%20 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed = tensor.collapse_shape %21 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %22 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat_11 : tensor<2x2x16x16xf32>) outs(%20 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %23 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_13 = linalg.transpose ins(%collapsed : tensor<2x4x16x16xf32>) outs(%23 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_14 = tensor.collapse_shape %transposed_4 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_15 = tensor.collapse_shape %transposed_13 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %24 = tensor.empty() : tensor<8x1x16xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%24 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %26 = linalg.batch_matmul ins(%collapsed_14, %collapsed_15 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%25 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_16 = tensor.expand_shape %26 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %27 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_16, %cst_3 : tensor<2x4x1x16xf32>, tensor<f32>) outs(%6 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_24: f32, %out: f32):
      %44 = arith.divf %in, %in_24 : f32
      linalg.yield %44 : f32
    } -> tensor<2x4x1x16xf32>
    %28 = linalg.generic {indexing_maps = [#map2, #map6, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%27, %19 : tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) outs(%6 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_24: f32, %out: f32):
      %44 = arith.addf %in, %in_24 : f32
      linalg.yield %44 : f32
    } -> tensor<2x4x1x16xf32>
    %29 = tensor.empty() : tensor<2x4x1xi64>
    %30 = linalg.fill ins(%c0_i64 : i64) outs(%29 : tensor<2x4x1xi64>) -> tensor<2x4x1xi64>
    %31 = tensor.empty() : tensor<2x4x1xf32>
    %32 = linalg.fill ins(%cst_0 : f32) outs(%31 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %33:2 = linalg.generic {indexing_maps = [#map2, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%28 : tensor<2x4x1x16xf32>) outs(%32, %30 : tensor<2x4x1xf32>, tensor<2x4x1xi64>) {
    ^bb0(%in: f32, %out: f32, %out_24: i64):
      %44 = linalg.index 3 : index
      %45 = arith.index_cast %44 : index to i64
      %46 = arith.maximumf %in, %out : f32
      %47 = arith.cmpf ogt, %in, %out : f32
      %48 = arith.select %47, %45, %out_24 : i64
      linalg.yield %46, %48 : f32, i64
    } -> (tensor<2x4x1xf32>, tensor<2x4x1xi64>)
    %expanded_17 = tensor.expand_shape %33#0 [[0], [1], [2, 3]] output_shape [2, 4, 1, 1] : tensor<2x4x1xf32> into tensor<2x4x1x1xf32>
    %34 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%28, %expanded_17 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%6 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_24: f32, %out: f32):
      %44 = arith.subf %in, %in_24 : f32
      linalg.yield %44 : f32
    } -> tensor<2x4x1x16xf32>
    %35 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34 : tensor<2x4x1x16xf32>) outs(%6 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %44 = math.exp %in : f32
      linalg.yield %44 : f32
    } -> tensor<2x4x1x16xf32>
    %36 = tensor.empty() : tensor<2x4x1x1xf32>
    %37 = linalg.fill ins(%cst : f32) outs(%36 : tensor<2x4x1x1xf32>) -> tensor<2x4x1x1xf32>
    %38 = linalg.generic {indexing_maps = [#map2, #map8], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%35 : tensor<2x4x1x16xf32>) outs(%37 : tensor<2x4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %44 = arith.addf %in, %out : f32
      linalg.yield %44 : f32
    } -> tensor<2x4x1x1xf32>
    %39 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35, %38 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%6 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_24: f32, %out: f32):
      %44 = arith.divf %in, %in_24 : f32
      linalg.yield %44 : f32
    } -> tensor<2x4x1x16xf32>
    %collapsed_18 = tensor.collapse_shape %39 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_19 = tensor.collapse_shape %22 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %40 = linalg.batch_matmul ins(%collapsed_18, %collapsed_19 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%25 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_20 = tensor.expand_shape %40 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %41 = tensor.empty() : tensor<2x1x4x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x4x1x16xf32>) outs(%41 : tensor<2x1x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_22 = tensor.collapse_shape %transposed_21 [[0], [1], [2, 3]] : tensor<2x1x4x16xf32> into tensor<2x1x64xf32>
    %transposed_23 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %42 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_23 : tensor<64x64xf32>) outs(%1 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %43 = linalg.batch_matmul ins(%collapsed_22, %42 : tensor<2x1x64xf32>, tensor<2x64x64xf32>) outs(%4 : tensor<2x1x64xf32>) -> tensor<2x1x64xf32>
    return %43, %concat, %concat_11 : tensor<2x1x64xf32>, tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>
  }
}

