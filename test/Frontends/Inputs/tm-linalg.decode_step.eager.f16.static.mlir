// FRONTEND: {"args": [{"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "float", "shape": [2, 1, 64]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f16", "expected_blocks": 1, "func": "forward", "model": "decode_step", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> ()>
#map3 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map4 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @forward(%arg0: tensor<64x64xf16>, %arg1: tensor<32x64xf16>, %arg2: tensor<32x64xf16>, %arg3: tensor<64x64xf16>, %arg4: tensor<2x1x64xf16>, %arg5: tensor<2x2x15x16xf16>, %arg6: tensor<2x2x15x16xf16>, %arg7: tensor<2x16xi64>) -> (tensor<2x1x64xf16>, tensor<2x2x16x16xf16>, tensor<2x2x16x16xf16>) {
    %cst = arith.constant 0.000000e+00 : f32
    %c0_i64 = arith.constant 0 : i64
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_2 = arith.constant -6.550400e+04 : f16
    %cst_3 = arith.constant 4.000000e+00 : f16
    %0 = tensor.empty() : tensor<64x64xf16>
    %transposed = linalg.transpose ins(%arg0 : tensor<64x64xf16>) outs(%0 : tensor<64x64xf16>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %arg4 [[0], [1, 2]] : tensor<2x1x64xf16> into tensor<2x64xf16>
    %1 = tensor.empty() : tensor<2x64xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %3 = linalg.matmul ins(%collapsed, %transposed : tensor<2x64xf16>, tensor<64x64xf16>) outs(%2 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %4 = tensor.empty() : tensor<2x64xf16>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<2x64xf32>) outs(%4 : tensor<2x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %50 = arith.truncf %in : f32 to f16
      linalg.yield %50 : f16
    } -> tensor<2x64xf16>
    %expanded = tensor.expand_shape %5 [[0], [1, 2, 3]] output_shape [2, 1, 4, 16] : tensor<2x64xf16> into tensor<2x1x4x16xf16>
    %6 = tensor.empty() : tensor<2x4x1x16xf16>
    %transposed_4 = linalg.transpose ins(%expanded : tensor<2x1x4x16xf16>) outs(%6 : tensor<2x4x1x16xf16>) permutation = [0, 2, 1, 3] 
    %7 = tensor.empty() : tensor<64x32xf16>
    %transposed_5 = linalg.transpose ins(%arg1 : tensor<32x64xf16>) outs(%7 : tensor<64x32xf16>) permutation = [1, 0] 
    %8 = tensor.empty() : tensor<2x32xf32>
    %9 = linalg.fill ins(%cst : f32) outs(%8 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %10 = linalg.matmul ins(%collapsed, %transposed_5 : tensor<2x64xf16>, tensor<64x32xf16>) outs(%9 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %11 = tensor.empty() : tensor<2x32xf16>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%10 : tensor<2x32xf32>) outs(%11 : tensor<2x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %50 = arith.truncf %in : f32 to f16
      linalg.yield %50 : f16
    } -> tensor<2x32xf16>
    %expanded_6 = tensor.expand_shape %12 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf16> into tensor<2x1x2x16xf16>
    %13 = tensor.empty() : tensor<2x2x1x16xf16>
    %transposed_7 = linalg.transpose ins(%expanded_6 : tensor<2x1x2x16xf16>) outs(%13 : tensor<2x2x1x16xf16>) permutation = [0, 2, 1, 3] 
    %transposed_8 = linalg.transpose ins(%arg2 : tensor<32x64xf16>) outs(%7 : tensor<64x32xf16>) permutation = [1, 0] 
    %14 = linalg.matmul ins(%collapsed, %transposed_8 : tensor<2x64xf16>, tensor<64x32xf16>) outs(%9 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%14 : tensor<2x32xf32>) outs(%11 : tensor<2x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %50 = arith.truncf %in : f32 to f16
      linalg.yield %50 : f16
    } -> tensor<2x32xf16>
    %expanded_9 = tensor.expand_shape %15 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf16> into tensor<2x1x2x16xf16>
    %transposed_10 = linalg.transpose ins(%expanded_9 : tensor<2x1x2x16xf16>) outs(%13 : tensor<2x2x1x16xf16>) permutation = [0, 2, 1, 3] 
    %concat = tensor.concat dim(2) %arg5, %transposed_7 : (tensor<2x2x15x16xf16>, tensor<2x2x1x16xf16>) -> tensor<2x2x16x16xf16>
    %concat_11 = tensor.concat dim(2) %arg6, %transposed_10 : (tensor<2x2x15x16xf16>, tensor<2x2x1x16xf16>) -> tensor<2x2x16x16xf16>
    %expanded_12 = tensor.expand_shape %arg7 [[0], [1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<2x16xi64> into tensor<2x1x1x16xi64>
    %16 = tensor.empty() : tensor<2x1x1x16xf16>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<2x1x1x16xi64>) outs(%16 : tensor<2x1x1x16xf16>) {
    ^bb0(%in: i64, %out: f16):
      %50 = arith.sitofp %in : i64 to f16
      linalg.yield %50 : f16
    } -> tensor<2x1x1x16xf16>
    %18 = linalg.generic {indexing_maps = [#map2, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %17 : tensor<f32>, tensor<2x1x1x16xf16>) outs(%16 : tensor<2x1x1x16xf16>) {
    ^bb0(%in: f32, %in_26: f16, %out: f16):
      %50 = arith.truncf %in : f32 to f16
      %51 = arith.subf %50, %in_26 : f16
      linalg.yield %51 : f16
    } -> tensor<2x1x1x16xf16>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18 : tensor<2x1x1x16xf16>) outs(%16 : tensor<2x1x1x16xf16>) {
    ^bb0(%in: f16, %out: f16):
      %50 = arith.mulf %in, %cst_2 : f16
      linalg.yield %50 : f16
    } -> tensor<2x1x1x16xf16>
    %20 = tensor.empty() : tensor<2x2x2x16x16xf16>
    %21 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat : tensor<2x2x16x16xf16>) outs(%20 : tensor<2x2x2x16x16xf16>) {
    ^bb0(%in: f16, %out: f16):
      linalg.yield %in : f16
    } -> tensor<2x2x2x16x16xf16>
    %collapsed_13 = tensor.collapse_shape %21 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf16> into tensor<2x4x16x16xf16>
    %22 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat_11 : tensor<2x2x16x16xf16>) outs(%20 : tensor<2x2x2x16x16xf16>) {
    ^bb0(%in: f16, %out: f16):
      linalg.yield %in : f16
    } -> tensor<2x2x2x16x16xf16>
    %23 = tensor.empty() : tensor<2x4x16x16xf16>
    %transposed_14 = linalg.transpose ins(%collapsed_13 : tensor<2x4x16x16xf16>) outs(%23 : tensor<2x4x16x16xf16>) permutation = [0, 1, 3, 2] 
    %collapsed_15 = tensor.collapse_shape %transposed_4 [[0, 1], [2], [3]] : tensor<2x4x1x16xf16> into tensor<8x1x16xf16>
    %collapsed_16 = tensor.collapse_shape %transposed_14 [[0, 1], [2], [3]] : tensor<2x4x16x16xf16> into tensor<8x16x16xf16>
    %24 = tensor.empty() : tensor<8x1x16xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%24 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %26 = linalg.batch_matmul ins(%collapsed_15, %collapsed_16 : tensor<8x1x16xf16>, tensor<8x16x16xf16>) outs(%25 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %27 = tensor.empty() : tensor<8x1x16xf16>
    %28 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<8x1x16xf32>) outs(%27 : tensor<8x1x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %50 = arith.truncf %in : f32 to f16
      linalg.yield %50 : f16
    } -> tensor<8x1x16xf16>
    %expanded_17 = tensor.expand_shape %28 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf16> into tensor<2x4x1x16xf16>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_17 : tensor<2x4x1x16xf16>) outs(%6 : tensor<2x4x1x16xf16>) {
    ^bb0(%in: f16, %out: f16):
      %50 = arith.divf %in, %cst_3 : f16
      linalg.yield %50 : f16
    } -> tensor<2x4x1x16xf16>
    %30 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%29, %19 : tensor<2x4x1x16xf16>, tensor<2x1x1x16xf16>) outs(%6 : tensor<2x4x1x16xf16>) {
    ^bb0(%in: f16, %in_26: f16, %out: f16):
      %50 = arith.addf %in, %in_26 : f16
      linalg.yield %50 : f16
    } -> tensor<2x4x1x16xf16>
    %31 = tensor.empty() : tensor<2x4x1x16xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30 : tensor<2x4x1x16xf16>) outs(%31 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f16, %out: f32):
      %50 = arith.extf %in : f16 to f32
      linalg.yield %50 : f32
    } -> tensor<2x4x1x16xf32>
    %33 = tensor.empty() : tensor<2x4x1xi64>
    %34 = linalg.fill ins(%c0_i64 : i64) outs(%33 : tensor<2x4x1xi64>) -> tensor<2x4x1xi64>
    %35 = tensor.empty() : tensor<2x4x1xf32>
    %36 = linalg.fill ins(%cst_0 : f32) outs(%35 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %37:2 = linalg.generic {indexing_maps = [#map1, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%32 : tensor<2x4x1x16xf32>) outs(%36, %34 : tensor<2x4x1xf32>, tensor<2x4x1xi64>) {
    ^bb0(%in: f32, %out: f32, %out_26: i64):
      %50 = linalg.index 3 : index
      %51 = arith.index_cast %50 : index to i64
      %52 = arith.maximumf %in, %out : f32
      %53 = arith.cmpf ogt, %in, %out : f32
      %54 = arith.select %53, %51, %out_26 : i64
      linalg.yield %52, %54 : f32, i64
    } -> (tensor<2x4x1xf32>, tensor<2x4x1xi64>)
    %expanded_18 = tensor.expand_shape %37#0 [[0], [1], [2, 3]] output_shape [2, 4, 1, 1] : tensor<2x4x1xf32> into tensor<2x4x1x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%32, %expanded_18 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%31 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_26: f32, %out: f32):
      %50 = arith.subf %in, %in_26 : f32
      linalg.yield %50 : f32
    } -> tensor<2x4x1x16xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%38 : tensor<2x4x1x16xf32>) outs(%31 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %50 = math.exp %in : f32
      linalg.yield %50 : f32
    } -> tensor<2x4x1x16xf32>
    %40 = tensor.empty() : tensor<2x4x1x1xf32>
    %41 = linalg.fill ins(%cst : f32) outs(%40 : tensor<2x4x1x1xf32>) -> tensor<2x4x1x1xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map8], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%39 : tensor<2x4x1x16xf32>) outs(%41 : tensor<2x4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %50 = arith.addf %in, %out : f32
      linalg.yield %50 : f32
    } -> tensor<2x4x1x1xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %42 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%31 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_26: f32, %out: f32):
      %50 = arith.divf %in, %in_26 : f32
      linalg.yield %50 : f32
    } -> tensor<2x4x1x16xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43 : tensor<2x4x1x16xf32>) outs(%6 : tensor<2x4x1x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %50 = arith.truncf %in : f32 to f16
      linalg.yield %50 : f16
    } -> tensor<2x4x1x16xf16>
    %collapsed_19 = tensor.collapse_shape %44 [[0, 1], [2], [3]] : tensor<2x4x1x16xf16> into tensor<8x1x16xf16>
    %collapsed_20 = tensor.collapse_shape %22 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf16> into tensor<8x16x16xf16>
    %45 = linalg.batch_matmul ins(%collapsed_19, %collapsed_20 : tensor<8x1x16xf16>, tensor<8x16x16xf16>) outs(%25 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %46 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45 : tensor<8x1x16xf32>) outs(%27 : tensor<8x1x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %50 = arith.truncf %in : f32 to f16
      linalg.yield %50 : f16
    } -> tensor<8x1x16xf16>
    %expanded_21 = tensor.expand_shape %46 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf16> into tensor<2x4x1x16xf16>
    %47 = tensor.empty() : tensor<2x1x4x16xf16>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x4x1x16xf16>) outs(%47 : tensor<2x1x4x16xf16>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%arg3 : tensor<64x64xf16>) outs(%0 : tensor<64x64xf16>) permutation = [1, 0] 
    %collapsed_24 = tensor.collapse_shape %transposed_22 [[0], [1, 2, 3]] : tensor<2x1x4x16xf16> into tensor<2x64xf16>
    %48 = linalg.matmul ins(%collapsed_24, %transposed_23 : tensor<2x64xf16>, tensor<64x64xf16>) outs(%2 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %49 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%48 : tensor<2x64xf32>) outs(%4 : tensor<2x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %50 = arith.truncf %in : f32 to f16
      linalg.yield %50 : f16
    } -> tensor<2x64xf16>
    %expanded_25 = tensor.expand_shape %49 [[0], [1, 2]] output_shape [2, 1, 64] : tensor<2x64xf16> into tensor<2x1x64xf16>
    return %expanded_25, %concat, %concat_11 : tensor<2x1x64xf16>, tensor<2x2x16x16xf16>, tensor<2x2x16x16xf16>
  }
}
