// FRONTEND: {"args": [{"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "float", "shape": [2, 1, 64]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "float", "shape": [2, 2, 15, 16]}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main", "model": "decode_step", "path": "turbine-iree", "shapes": "static"}
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
    %false = arith.constant false
    %cst_1 = arith.constant dense<0.000000e+00> : tensor<2x4x1x16xf32>
    %cst_2 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_3 = arith.constant 0xFF800000 : f32
    %cst_4 = arith.constant -3.40282347E+38 : f32
    %cst_5 = arith.constant 5.000000e-01 : f32
    %0 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg0 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %arg4 [[0], [1, 2]] : tensor<2x1x64xf32> into tensor<2x64xf32>
    %1 = tensor.empty() : tensor<2x64xf32>
    %2 = linalg.fill ins(%cst : f32) outs(%1 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %3 = linalg.matmul ins(%collapsed, %transposed : tensor<2x64xf32>, tensor<64x64xf32>) outs(%2 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %expanded = tensor.expand_shape %3 [[0], [1, 2, 3]] output_shape [2, 1, 4, 16] : tensor<2x64xf32> into tensor<2x1x4x16xf32>
    %4 = tensor.empty() : tensor<2x4x1x16xf32>
    %transposed_6 = linalg.transpose ins(%expanded : tensor<2x1x4x16xf32>) outs(%4 : tensor<2x4x1x16xf32>) permutation = [0, 2, 1, 3] 
    %5 = tensor.empty() : tensor<64x32xf32>
    %transposed_7 = linalg.transpose ins(%arg1 : tensor<32x64xf32>) outs(%5 : tensor<64x32xf32>) permutation = [1, 0] 
    %6 = tensor.empty() : tensor<2x32xf32>
    %7 = linalg.fill ins(%cst : f32) outs(%6 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %8 = linalg.matmul ins(%collapsed, %transposed_7 : tensor<2x64xf32>, tensor<64x32xf32>) outs(%7 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %expanded_8 = tensor.expand_shape %8 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf32> into tensor<2x1x2x16xf32>
    %9 = tensor.empty() : tensor<2x2x1x16xf32>
    %transposed_9 = linalg.transpose ins(%expanded_8 : tensor<2x1x2x16xf32>) outs(%9 : tensor<2x2x1x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_10 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%5 : tensor<64x32xf32>) permutation = [1, 0] 
    %10 = linalg.matmul ins(%collapsed, %transposed_10 : tensor<2x64xf32>, tensor<64x32xf32>) outs(%7 : tensor<2x32xf32>) -> tensor<2x32xf32>
    %expanded_11 = tensor.expand_shape %10 [[0], [1, 2, 3]] output_shape [2, 1, 2, 16] : tensor<2x32xf32> into tensor<2x1x2x16xf32>
    %transposed_12 = linalg.transpose ins(%expanded_11 : tensor<2x1x2x16xf32>) outs(%9 : tensor<2x2x1x16xf32>) permutation = [0, 2, 1, 3] 
    %concat = tensor.concat dim(2) %arg5, %transposed_9 : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %concat_13 = tensor.concat dim(2) %arg6, %transposed_12 : (tensor<2x2x15x16xf32>, tensor<2x2x1x16xf32>) -> tensor<2x2x16x16xf32>
    %expanded_14 = tensor.expand_shape %arg7 [[0], [1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<2x16xi64> into tensor<2x1x1x16xi64>
    %11 = tensor.empty() : tensor<2x1x1x16xf32>
    %12 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %47 = arith.sitofp %in : i64 to f32
      linalg.yield %47 : f32
    } -> tensor<2x1x1x16xf32>
    %13 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %12 : tensor<f32>, tensor<2x1x1x16xf32>) outs(%11 : tensor<2x1x1x16xf32>) {
    ^bb0(%in: f32, %in_28: f32, %out: f32):
      %47 = arith.subf %in, %in_28 : f32
      linalg.yield %47 : f32
    } -> tensor<2x1x1x16xf32>
    %14 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13 : tensor<2x1x1x16xf32>) outs(%11 : tensor<2x1x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %47 = arith.mulf %in, %cst_4 : f32
      linalg.yield %47 : f32
    } -> tensor<2x1x1x16xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_6 : tensor<2x4x1x16xf32>) outs(%4 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %47 = arith.mulf %in, %cst_5 : f32
      linalg.yield %47 : f32
    } -> tensor<2x4x1x16xf32>
    %16 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %17 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat : tensor<2x2x16x16xf32>) outs(%16 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_15 = tensor.collapse_shape %17 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%concat_13 : tensor<2x2x16x16xf32>) outs(%16 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %19 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_16 = linalg.transpose ins(%collapsed_15 : tensor<2x4x16x16xf32>) outs(%19 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %20 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_16 : tensor<2x4x16x16xf32>) outs(%19 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %47 = arith.mulf %in, %cst_5 : f32
      linalg.yield %47 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_17 = tensor.collapse_shape %15 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_18 = tensor.collapse_shape %20 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %21 = tensor.empty() : tensor<8x1x16xf32>
    %22 = linalg.fill ins(%cst : f32) outs(%21 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %23 = linalg.batch_matmul ins(%collapsed_17, %collapsed_18 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%22 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_19 = tensor.expand_shape %23 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %24 = linalg.generic {indexing_maps = [#map, #map4, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_19, %14 : tensor<2x4x1x16xf32>, tensor<2x1x1x16xf32>) outs(%4 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_28: f32, %out: f32):
      %47 = arith.addf %in, %in_28 : f32
      linalg.yield %47 : f32
    } -> tensor<2x4x1x16xf32>
    %25 = tensor.empty() : tensor<2x4x1xi64>
    %26 = linalg.fill ins(%c0_i64 : i64) outs(%25 : tensor<2x4x1xi64>) -> tensor<2x4x1xi64>
    %27 = tensor.empty() : tensor<2x4x1xf32>
    %28 = linalg.fill ins(%cst_0 : f32) outs(%27 : tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %29:2 = linalg.generic {indexing_maps = [#map, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%24 : tensor<2x4x1x16xf32>) outs(%28, %26 : tensor<2x4x1xf32>, tensor<2x4x1xi64>) {
    ^bb0(%in: f32, %out: f32, %out_28: i64):
      %47 = linalg.index 3 : index
      %48 = arith.index_cast %47 : index to i64
      %49 = arith.maximumf %in, %out : f32
      %50 = arith.cmpf ogt, %in, %out : f32
      %51 = arith.select %50, %48, %out_28 : i64
      linalg.yield %49, %51 : f32, i64
    } -> (tensor<2x4x1xf32>, tensor<2x4x1xi64>)
    %expanded_20 = tensor.expand_shape %29#0 [[0], [1], [2, 3]] output_shape [2, 4, 1, 1] : tensor<2x4x1xf32> into tensor<2x4x1x1xf32>
    %30 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%24, %expanded_20 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%4 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_28: f32, %out: f32):
      %47 = arith.subf %in, %in_28 : f32
      linalg.yield %47 : f32
    } -> tensor<2x4x1x16xf32>
    %31 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30 : tensor<2x4x1x16xf32>) outs(%4 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %47 = math.exp %in : f32
      linalg.yield %47 : f32
    } -> tensor<2x4x1x16xf32>
    %32 = tensor.empty() : tensor<2x4x1x1xf32>
    %33 = linalg.fill ins(%cst : f32) outs(%32 : tensor<2x4x1x1xf32>) -> tensor<2x4x1x1xf32>
    %34 = linalg.generic {indexing_maps = [#map, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%31 : tensor<2x4x1x16xf32>) outs(%33 : tensor<2x4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %47 = arith.addf %in, %out : f32
      linalg.yield %47 : f32
    } -> tensor<2x4x1x1xf32>
    %35 = linalg.generic {indexing_maps = [#map, #map6, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%31, %34 : tensor<2x4x1x16xf32>, tensor<2x4x1x1xf32>) outs(%4 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: f32, %in_28: f32, %out: f32):
      %47 = arith.divf %in, %in_28 : f32
      linalg.yield %47 : f32
    } -> tensor<2x4x1x16xf32>
    %36 = tensor.empty() : tensor<2x4x1x16xi1>
    %37 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%24 : tensor<2x4x1x16xf32>) outs(%36 : tensor<2x4x1x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %47 = arith.cmpf oeq, %in, %cst_3 : f32
      linalg.yield %47 : i1
    } -> tensor<2x4x1x16xi1>
    %38 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37 : tensor<2x4x1x16xi1>) outs(%36 : tensor<2x4x1x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %47 = arith.cmpi eq, %in, %false : i1
      linalg.yield %47 : i1
    } -> tensor<2x4x1x16xi1>
    %39 = tensor.empty() : tensor<2x4x1x1xi1>
    %40 = linalg.fill ins(%false : i1) outs(%39 : tensor<2x4x1x1xi1>) -> tensor<2x4x1x1xi1>
    %41 = linalg.generic {indexing_maps = [#map, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%38 : tensor<2x4x1x16xi1>) outs(%40 : tensor<2x4x1x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %47 = arith.ori %in, %out : i1
      linalg.yield %47 : i1
    } -> tensor<2x4x1x1xi1>
    %42 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41 : tensor<2x4x1x1xi1>) outs(%39 : tensor<2x4x1x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %47 = arith.cmpi eq, %in, %false : i1
      linalg.yield %47 : i1
    } -> tensor<2x4x1x1xi1>
    %43 = linalg.generic {indexing_maps = [#map6, #map, #map, #map], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %cst_1, %35 : tensor<2x4x1x1xi1>, tensor<2x4x1x16xf32>, tensor<2x4x1x16xf32>) outs(%4 : tensor<2x4x1x16xf32>) {
    ^bb0(%in: i1, %in_28: f32, %in_29: f32, %out: f32):
      %47 = arith.select %in, %in_28, %in_29 : f32
      linalg.yield %47 : f32
    } -> tensor<2x4x1x16xf32>
    %collapsed_21 = tensor.collapse_shape %43 [[0, 1], [2], [3]] : tensor<2x4x1x16xf32> into tensor<8x1x16xf32>
    %collapsed_22 = tensor.collapse_shape %18 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %44 = linalg.batch_matmul ins(%collapsed_21, %collapsed_22 : tensor<8x1x16xf32>, tensor<8x16x16xf32>) outs(%22 : tensor<8x1x16xf32>) -> tensor<8x1x16xf32>
    %expanded_23 = tensor.expand_shape %44 [[0, 1], [2], [3]] output_shape [2, 4, 1, 16] : tensor<8x1x16xf32> into tensor<2x4x1x16xf32>
    %45 = tensor.empty() : tensor<2x1x4x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x4x1x16xf32>) outs(%45 : tensor<2x1x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_25 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%0 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_26 = tensor.collapse_shape %transposed_24 [[0], [1, 2, 3]] : tensor<2x1x4x16xf32> into tensor<2x64xf32>
    %46 = linalg.matmul ins(%collapsed_26, %transposed_25 : tensor<2x64xf32>, tensor<64x64xf32>) outs(%2 : tensor<2x64xf32>) -> tensor<2x64xf32>
    %expanded_27 = tensor.expand_shape %46 [[0], [1, 2]] output_shape [2, 1, 64] : tensor<2x64xf32> into tensor<2x1x64xf32>
    return %expanded_27, %concat, %concat_13 : tensor<2x1x64xf32>, tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>
  }
}

