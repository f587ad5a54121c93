// FRONTEND: {"args": [{"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "float", "shape": [2, 1, 64]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f16", "expected_blocks": 1, "func": "forward", "model": "decode_step", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map2 = affine_map<(d0, d1, d2, d3) -> ()>
#map3 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map4 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @forward(%arg0: tensor<64x64xf16>, %arg1: tensor<32x64xf16>, %arg2: tensor<32x64xf16>, %arg3: tensor<64x64xf16>, %arg4: tensor<2x1x64xf16>, %arg5: tensor<2x2x15x16xf16>, %arg6: tensor<2x2x15x16xf16>, %arg7: tensor<2x16xi64>) -> (tensor<2x1x64xf16>, tensor<2x2x16x16xf16>, tensor<2x2x16x16xf16>) {
    %cst = arith.constant 0.000000e+00 : f32
    %c0_i64 = arith.constant 0 : i64
    %cst_0 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_1 = arith.constant dense<0.000000e+00> : tensor<2x4x1x16xf32>
    %cst_2 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_3 = arith.constant 0xFFF0000000000000 : f64
    %cst_4 = arith.constant -6.550400e+04 : f16
    %cst_5 = arith.constant 5.000000e-01 : f32
    %0 = tensor.empty() : tensor<64x64xf16>
    %transposed = linalg.transpose ins(%arg0 : tensor<64x64xf16>) outs(%0 : tensor<64x64xf16>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %arg4 [[0], [1, 2]] : tensor<2x1x64xf16> into tensor<2x64xf16>
    %1 = tensor.empty() : tensor<2x64xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %3 = linalg.matmul ins(%collapsed, %transposed : tensor<2x64xf16>, tensor<64x64xf16>) outs(%2 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %4 = tensor.empty() : tensor<2x64xf16>
    %5 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<2x64xf32>) outs(%4 : tensor<2x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %57 = arith.truncf %in : f32 to f16
      linalg.yield %57 : f16
    } -> tensor<2x64xf16>
    %expanded = tensor.expand_shape %5 [[0], [1, 2, 3]] output_shape [2, 1, 4, 16] : tensor<2x64xf16> into tensor<2x1x4x16xf16>
    %6 = tensor.empty() : tensor<2x4x1x16xf16>
    %transposed_6 = linalg.transpose ins(%expanded : tensor<2x1x4x16xf16>) outs(%6 : tensor<2x4x1x16xf16>) permutation = [0, 2, 1, 3] 
    %7 = tensor.empty() : tensor<64x32xf16>
    %transposed_7 = linalg.transpose ins(%arg1 : tensor<32x64xf16>) outs(%7 : tensor<64x32xf16>) permutation = [1, 0] 
    %8 = tensor.empty() : tensor<2x32xf32>
    %9 = linalg.fill ins(%cst : f32) outs(%8 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %10 = linalg.matmul ins(%collapsed, %transposed_7 : tensor<2x64xf16>, tensor<64x32xf16>) outs(%9 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %11 = tensor.empty() : tensor<2x32xf16>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%10 : tensor<2x32xf32>) outs(%11 : tensor<2x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %57 = arith.truncf %in : f32 to f16
      linalg.yield %57 : f16
    } -> tensor<2x32xf16>
    %expanded_8 = tensor.expand_shape %12 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf16> into tensor<2x1x2x16xf16>
    %13 = tensor.empty() : tensor<2x2x1x16xf16>
    %transposed_9 = linalg.transpose ins(%expanded_8 : tensor<2x1x2x16xf16>) outs(%13 : tensor<2x2x1x16xf16>) permutation = [0, 2, 1, 3] 
    %transposed_10 = linalg.transpose ins(%arg2 : tensor<32x64xf16>) outs(%7 : tensor<64x32xf16>) permutation = [1, 0] 
    %14 = linalg.matmul ins(%collapsed, %transposed_10 : tensor<2x64xf16>, tensor<64x32xf16>) outs(%9 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%14 : tensor<2x32xf32>) outs(%11 : tensor<2x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %57 = arith.truncf %in : f32 to f16
      linalg.yield %57 : f16
    } -> tensor<2x32xf16>
    %expanded_11 = tensor.expand_shape %15 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf16> into tensor<2x1x2x16xf16>
    %transposed_12 = linalg.transpose ins(%expanded_11 : tensor<2x1x2x16xf16>) outs(%13 : tensor<2x2x1x16xf16>) permutation = [0, 2, 1, 3] 
    %concat = tensor.concat dim(2) %arg5, %transposed_9 : (tensor<2x2x15x16xf16>, tensor<2x2x1x16xf16>) -> tensor<2x2x16x16xf16>
    %concat_13 = tensor.concat dim(2) %arg6, %transposed_12 : (tensor<2x2x15x16xf16>, tensor<2x2x1x16xf16>) -> tensor<2x2x16x16xf16>
    %expanded_14 = tensor.expand_shape %arg7 [[0], [1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<2x16xi64> into tensor<2x1x1x16xi64>
    %16 = tensor.empty() : tensor<2x1x1x16xf16>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<2x1x1x16xi64>) outs(%16 : tensor<2x1x1x16xf16>) {
    ^bb0(%in: i64, %out: f16):
      %57 = arith.sitofp %in : i64 to f16
      linalg.yield %57 : f16
    } -> tensor<2x1x1x16xf16>
    %18 = linalg.generic {indexing_maps = [#map2, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %17 : tensor<f32>, tensor<2x1x1x16xf16>) outs(%16 : tensor<2x1x1x16xf16>) {
    ^bb0(%in: f32, %in_28: f16, %out: f16):
      %57 = arith.truncf %in : f32 to f16
      %58 = arith.subf %57, %in_28 : f16
      linalg.yield %58 : f16
    } -> tensor<2x1x1x16xf16>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18 : tensor<2x1x1x16xf16>) outs(%16 : tensor<2x1x1x16xf16>) {
    ^bb0(%in: f16, %out: f16):
      %57 = arith.mulf %in, %cst_4 : f16
      linalg.yield %57 : f16
    } -> tensor<2x1x1x16xf16>
    %20 = tensor.empty() : tensor<2x4x1x16xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_6 : tensor<2x4x1x16xf16>) outs(%20 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f16, %out: f32):
      %57 = arith.extf %in : f16 to f32
      linalg.yield %57 : f32
    } -> tensor<2x4x1x16xf32>
    %22 = tensor.empty() : tensor<2x2x16x16xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat : tensor<2x2x16x16xf16>) outs(%22 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f16, %out: f32):
      %57 = arith.extf %in : f16 to f32
      linalg.yield %57 : f32
    } -> tensor<2x2x16x16xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_13 : tensor<2x2x16x16xf16>) outs(%22 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f16, %out: f32):
      %57 = arith.extf %in : f16 to f32
      linalg.yield %57 : f32
    } -> tensor<2x2x16x16xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21 : tensor<2x4x1x16xf32>) outs(%20 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %57 = arith.mulf %in, %cst_5 : f32
      linalg.yield %57 : f32
    } -> tensor<2x4x1x16xf32>
    %26 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%23 : tensor<2x2x16x16xf32>) outs(%26 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_15 = tensor.collapse_shape %27 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%24 : tensor<2x2x16x16xf32>) outs(%26 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %29 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_16 = linalg.transpose ins(%collapsed_15 : tensor<2x4x16x16xf32>) outs(%29 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_16 : tensor<2x4x16x16xf32>) outs(%29 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %57 = arith.mulf %in, %cst_5 : f32
      linalg.yield %57 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_17 = tensor.collapse_shape %25 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_18 = tensor.collapse_shape %30 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %31 = tensor.empty() : tensor<8x1x16xf32>
    %32 = linalg.fill ins(%cst : f32) outs(%31 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %33 = linalg.batch_matmul ins(%collapsed_17, %collapsed_18 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%32 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_19 = tensor.expand_shape %33 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_19, %19 : tensor<2x4x1x16xf32>, tensor<2x1x1x16xf16>) outs(%20 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_28: f16, %out: f32):
      %57 = arith.extf %in_28 : f16 to f32
      %58 = arith.addf %in, %57 : f32
      linalg.yield %58 : f32
    } -> tensor<2x4x1x16xf32>
    %35 = tensor.empty() : tensor<2x4x1xi64>
    %36 = linalg.fill ins(%c0_i64 : i64) outs(%35 : tensor<2x4x1xi64>) -> tensor<2x4x1xi64>
    %37 = tensor.empty() : tensor<2x4x1xf32>
    %38 = linalg.fill ins(%cst_0 : f32) outs(%37 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %39:2 = linalg.generic {indexing_maps = [#map1, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%34 : tensor<2x4x1x16xf32>) outs(%38, %36 : tensor<2x4x1xf32>, tensor<2x4x1xi64>) {
    ^bb0(%in: f32, %out: f32, %out_28: i64):
      %57 = linalg.index 3 : index
      %58 = arith.index_cast %57 : index to i64
      %59 = arith.maximumf %in, %out : f32
      %60 = arith.cmpf ogt, %in, %out : f32
      %61 = arith.select %60, %58, %out_28 : i64
      linalg.yield %59, %61 : f32, i64
    } -> (tensor<2x4x1xf32>, tensor<2x4x1xi64>)
    %expanded_20 = tensor.expand_shape %39#0 [[0], [1], [2, 3]] output_shape [2, 4, 1, 1] : tensor<2x4x1xf32> into tensor<2x4x1x1xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %expanded_20 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%20 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_28: f32, %out: f32):
      %57 = arith.subf %in, %in_28 : f32
      linalg.yield %57 : f32
    } -> tensor<2x4x1x16xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40 : tensor<2x4x1x16xf32>) outs(%20 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %57 = math.exp %in : f32
      linalg.yield %57 : f32
    } -> tensor<2x4x1x16xf32>
    %42 = tensor.empty() : tensor<2x4x1x1xf32>
    %43 = linalg.fill ins(%cst : f32) outs(%42 : tensor<2x4x1x1xf32>) -> tensor<2x4x1x1xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%41 : tensor<2x4x1x16xf32>) outs(%43 : tensor<2x4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %57 = arith.addf %in, %out : f32
      linalg.yield %57 : f32
    } -> tensor<2x4x1x1xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41, %44 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%20 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_28: f32, %out: f32):
      %57 = arith.divf %in, %in_28 : f32
      linalg.yield %57 : f32
    } -> tensor<2x4x1x16xf32>
    %46 = tensor.empty() : tensor<2x4x1x16xi1>
    %47 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34 : tensor<2x4x1x16xf32>) outs(%46 : tensor<2x4x1x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %57 = arith.extf %in : f32 to f64
      %58 = arith.cmpf oeq, %57, %cst_3 : f64
      linalg.yield %58 : i1
    } -> tensor<2x4x1x16xi1>
    %48 = tensor.empty() : tensor<2x4x1x1xi1>
    %49 = linalg.fill ins(%true : i1) outs(%48 : tensor<2x4x1x1xi1>) -> tensor<2x4x1x1xi1>
    %50 = linalg.generic {indexing_maps = [#map1, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%47 : tensor<2x4x1x16xi1>) outs(%49 : tensor<2x4x1x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %57 = arith.andi %in, %out : i1
      linalg.yield %57 : i1
    } -> tensor<2x4x1x1xi1>
    %51 = linalg.generic {indexing_maps = [#map7, #map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %cst_1, %45 : tensor<2x4x1x1xi1>, tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) outs(%20 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: i1, %in_28: f32, %in_29: f32, %out: f32):
      %57 = arith.select %in, %in_28, %in_29 : f32
      linalg.yield %57 : f32
    } -> tensor<2x4x1x16xf32>
    %collapsed_21 = tensor.collapse_shape %51 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_22 = tensor.collapse_shape %28 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %52 = linalg.batch_matmul ins(%collapsed_21, %collapsed_22 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%32 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_23 = tensor.expand_shape %52 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %53 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_23 : tensor<2x4x1x16xf32>) outs(%6 : tensor<2x4x1x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %57 = arith.truncf %in : f32 to f16
      linalg.yield %57 : f16
    } -> tensor<2x4x1x16xf16>
    %54 = tensor.empty() : tensor<2x1x4x16xf16>
    %transposed_24 = linalg.transpose ins(%53 : tensor<2x4x1x16xf16>) outs(%54 : tensor<2x1x4x16xf16>) permutation = [0, 2, 1, 3] 
    %transposed_25 = linalg.transpose ins(%arg3 : tensor<64x64xf16>) outs(%0 : tensor<64x64xf16>) permutation = [1, 0] 
    %collapsed_26 = tensor.collapse_shape %transposed_24 [[0], [1, 2, 3]] : tensor<2x1x4x16xf16> into tensor<2x64xf16>
    %55 = linalg.matmul ins(%collapsed_26, %transposed_25 : tensor<2x64xf16>, tensor<64x64xf16>) outs(%2 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %56 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%55 : tensor<2x64xf32>) outs(%4 : tensor<2x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %57 = arith.truncf %in : f32 to f16
      linalg.yield %57 : f16
    } -> tensor<2x64xf16>
    %expanded_27 = tensor.expand_shape %56 [[0], [1, 2]] output_shape [2, 1, 64] : tensor<2x64xf16> into tensor<2x1x64xf16>
    return %expanded_27, %concat, %concat_13 : tensor<2x1x64xf16>, tensor<2x2x16x16xf16>, tensor<2x2x16x16xf16>
  }
}
