// FRONTEND: {"args": [{"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [4, 16, 16]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "dpa", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "jax_bias", "path": "jax-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d2)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d4)>
#map8 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map9 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d2, d1, d3, d4)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1, d2)>
#map11 = affine_map<(d0, d1, d2, d3, d4) -> (d0, 0, d2, d3, d4)>
#map12 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, 0, d4)>
#map13 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d0, d1, d4, d2)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d3, d4, d0, d2)>
module @jit_forward {
  func.func @main(%arg0: tensor<64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x128xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<4x16x16xf32>, %arg18: tensor<2x16x64xf32>, %arg19: tensor<2x16xi32>) -> tensor<2x16x64xf32> {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 0.797884583 : f32
    %cst_2 = arith.constant 4.471500e-02 : f32
    %cst_3 = arith.constant 0xFF800000 : f32
    %cst_4 = arith.constant -2.38197633E+38 : f32
    %cst_5 = arith.constant 2.500000e-01 : f32
    %cst_6 = arith.constant 9.99999974E-6 : f32
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 0.000000e+00 : f32
    %c0_i32 = arith.constant 0 : i32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg19 : tensor<2x16xi32>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i32, %out: i1):
      %306 = arith.cmpi ne, %in, %c0_i32 : i32
      linalg.yield %306 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xf32>
    %3 = linalg.fill ins(%cst_8 : f32) outs(%2 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg18 : tensor<2x16x64xf32>) outs(%3 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16xf32>
    %expanded = tensor.expand_shape %4 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %5 = tensor.empty() : tensor<2x16x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.divf %in, %cst_7 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %7 = tensor.empty() : tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg18, %8 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.subf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16xf32>
    %14 = linalg.fill ins(%cst_8 : f32) outs(%13 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16xf32>
    %expanded_9 = tensor.expand_shape %15 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %16 = tensor.empty() : tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_9 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.divf %in, %cst_7 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %in, %cst_6 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = math.rsqrt %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %22 = tensor.empty() : tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %24 = tensor.empty() : tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %28 = tensor.empty() : tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %29 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %30 = tensor.empty() : tensor<32x64xf32>
    %31 = linalg.fill ins(%cst_8 : f32) outs(%30 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %32 = linalg.matmul ins(%collapsed, %arg1 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %33 = tensor.empty() : tensor<32x64xf32>
    %34 = linalg.fill ins(%cst_8 : f32) outs(%33 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %35 = linalg.matmul ins(%collapsed, %arg2 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%34 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_10 = tensor.expand_shape %35 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %36 = tensor.empty() : tensor<32x64xf32>
    %37 = linalg.fill ins(%cst_8 : f32) outs(%36 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %38 = linalg.matmul ins(%collapsed, %arg3 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_11 = tensor.expand_shape %38 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %39 = tensor.empty() : tensor<1x4x16x16xf32>
    %40 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%arg17 : tensor<4x16x16xf32>) outs(%39 : tensor<1x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x4x16x16xf32>
    %expanded_12 = tensor.expand_shape %32 [[0, 1], [2, 3, 4]] output_shape [2, 16, 4, 1, 16] : tensor<32x64xf32> into tensor<2x16x4x1x16xf32>
    %41 = tensor.empty() : tensor<2x1x1x1x16xi1>
    %42 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16xi1>) outs(%41 : tensor<2x1x1x1x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x1x1x16xi1>
    %43 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %44 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<2x16x4x1x16xf32>) outs(%43 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x1x16xf32>
    %45 = tensor.empty() : tensor<2x4x16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_13 = tensor.collapse_shape %44 [[0, 1], [2], [3, 4]] : tensor<2x4x16x1x16xf32> into tensor<8x16x16xf32>
    %collapsed_14 = tensor.collapse_shape %46 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %47 = tensor.empty() : tensor<8x16x16xf32>
    %48 = linalg.fill ins(%cst_8 : f32) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %49 = linalg.batch_matmul ins(%collapsed_13, %collapsed_14 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_15 = tensor.expand_shape %49 [[0, 1], [2], [3, 4]] output_shape [2, 4, 16, 1, 16] : tensor<8x16x16xf32> into tensor<2x4x16x1x16xf32>
    %50 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %51 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<2x4x16x1x16xf32>) outs(%50 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %cst_5 : f32
      linalg.yield %306 : f32
    } -> tensor<2x4x16x1x16xf32>
    %collapsed_16 = tensor.collapse_shape %51 [[0, 1, 2, 3, 4]] : tensor<2x4x16x1x16xf32> into tensor<2048xf32>
    %expanded_17 = tensor.expand_shape %collapsed_16 [[0, 1, 2, 3, 4]] output_shape [1, 2, 4, 16, 16] : tensor<2048xf32> into tensor<1x2x4x16x16xf32>
    %expanded_18 = tensor.expand_shape %40 [[0], [1, 2], [3], [4]] output_shape [1, 1, 4, 16, 16] : tensor<1x4x16x16xf32> into tensor<1x1x4x16x16xf32>
    %52 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_18 : tensor<1x1x4x16x16xf32>) outs(%52 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x4x16x16xf32>
    %54 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_17, %53 : tensor<1x2x4x16x16xf32>, tensor<1x2x4x16x16xf32>) outs(%54 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.addf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16x16xf32>
    %collapsed_19 = tensor.collapse_shape %42 [[0, 1, 2, 3, 4]] : tensor<2x1x1x1x16xi1> into tensor<32xi1>
    %expanded_20 = tensor.expand_shape %collapsed_19 [[0, 1, 2, 3, 4]] output_shape [1, 2, 1, 1, 16] : tensor<32xi1> into tensor<1x2x1x1x16xi1>
    %56 = tensor.empty() : tensor<1x2x4x16x16xi1>
    %57 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_20 : tensor<1x2x1x1x16xi1>) outs(%56 : tensor<1x2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<1x2x4x16x16xi1>
    %58 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%57, %55 : tensor<1x2x4x16x16xi1>, tensor<1x2x4x16x16xf32>) outs(%58 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_56: f32, %out: f32):
      %306 = arith.select %in, %in_56, %cst_4 : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16x16xf32>
    %60 = tensor.empty() : tensor<1x2x4x16xf32>
    %61 = linalg.fill ins(%cst_3 : f32) outs(%60 : tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %62 = linalg.generic {indexing_maps = [#map8, #map13], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%59 : tensor<1x2x4x16x16xf32>) outs(%61 : tensor<1x2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.maximumf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16xf32>
    %63 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<1x2x4x16xf32>) outs(%63 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x4x16x16xf32>
    %65 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%59, %64 : tensor<1x2x4x16x16xf32>, tensor<1x2x4x16x16xf32>) outs(%65 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.subf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16x16xf32>
    %67 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%66 : tensor<1x2x4x16x16xf32>) outs(%67 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = math.exp %in : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16x16xf32>
    %69 = tensor.empty() : tensor<1x2x4x16xf32>
    %70 = linalg.fill ins(%cst_8 : f32) outs(%69 : tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %71 = linalg.generic {indexing_maps = [#map8, #map13], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%68 : tensor<1x2x4x16x16xf32>) outs(%70 : tensor<1x2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16xf32>
    %72 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %73 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%71 : tensor<1x2x4x16xf32>) outs(%72 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x4x16x16xf32>
    %74 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %75 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%68, %73 : tensor<1x2x4x16x16xf32>, tensor<1x2x4x16x16xf32>) outs(%74 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.divf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16x16xf32>
    %76 = tensor.empty() : tensor<2x4x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<2x16x4x16xf32>) outs(%76 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %79 = linalg.generic {indexing_maps = [#map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<1x2x4x16x16xf32>) outs(%78 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x1x16xf32>
    %collapsed_21 = tensor.collapse_shape %77 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_22 = tensor.collapse_shape %79 [[0, 1], [2], [3, 4]] : tensor<2x4x16x1x16xf32> into tensor<8x16x16xf32>
    %80 = tensor.empty() : tensor<8x16x16xf32>
    %81 = linalg.fill ins(%cst_8 : f32) outs(%80 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %82 = linalg.batch_matmul ins(%collapsed_21, %collapsed_22 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%81 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_23 = tensor.expand_shape %82 [[0, 1], [2], [3, 4]] output_shape [2, 4, 16, 1, 16] : tensor<8x16x16xf32> into tensor<2x4x16x1x16xf32>
    %83 = tensor.empty() : tensor<1x2x16x4x16xf32>
    %84 = linalg.generic {indexing_maps = [#map15, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_23 : tensor<2x4x16x1x16xf32>) outs(%83 : tensor<1x2x16x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x16x4x16xf32>
    %collapsed_24 = tensor.collapse_shape %84 [[0, 1, 2], [3, 4]] : tensor<1x2x16x4x16xf32> into tensor<32x64xf32>
    %85 = tensor.empty() : tensor<32x64xf32>
    %86 = linalg.fill ins(%cst_8 : f32) outs(%85 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %87 = linalg.matmul ins(%collapsed_24, %arg4 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%86 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_25 = tensor.expand_shape %87 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %88 = tensor.empty() : tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg18, %expanded_25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%88 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.addf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %90 = tensor.empty() : tensor<2x16xf32>
    %91 = linalg.fill ins(%cst_8 : f32) outs(%90 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%89 : tensor<2x16x64xf32>) outs(%91 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16xf32>
    %expanded_26 = tensor.expand_shape %92 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %93 = tensor.empty() : tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_26 : tensor<2x16x1xf32>) outs(%93 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.divf %in, %cst_7 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %95 = tensor.empty() : tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x1xf32>) outs(%95 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %97 = tensor.empty() : tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %96 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%97 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.subf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %99 = tensor.empty() : tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x64xf32>) outs(%99 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %101 = tensor.empty() : tensor<2x16xf32>
    %102 = linalg.fill ins(%cst_8 : f32) outs(%101 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%100 : tensor<2x16x64xf32>) outs(%102 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16xf32>
    %expanded_27 = tensor.expand_shape %103 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %104 = tensor.empty() : tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x16x1xf32>) outs(%104 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.divf %in, %cst_7 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %106 = tensor.empty() : tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf32>) outs(%106 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %in, %cst_6 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %108 = tensor.empty() : tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf32>) outs(%108 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = math.rsqrt %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %110 = tensor.empty() : tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%110 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %112 = tensor.empty() : tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %111 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%112 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %114 = tensor.empty() : tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5 : tensor<64xf32>) outs(%114 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %116 = tensor.empty() : tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %115 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%116 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_28 = tensor.collapse_shape %117 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %118 = tensor.empty() : tensor<32x128xf32>
    %119 = linalg.fill ins(%cst_8 : f32) outs(%118 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %120 = linalg.matmul ins(%collapsed_28, %arg6 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%119 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_29 = tensor.expand_shape %120 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %121 = tensor.empty() : tensor<2x16x128xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_29 : tensor<2x16x128xf32>) outs(%121 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %123 = tensor.empty() : tensor<2x16x128xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %expanded_29 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%123 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %125 = tensor.empty() : tensor<2x16x128xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x128xf32>) outs(%125 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %cst_2 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %127 = tensor.empty() : tensor<2x16x128xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_29, %126 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%127 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.addf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %129 = tensor.empty() : tensor<2x16x128xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x128xf32>) outs(%129 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %cst_1 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %131 = tensor.empty() : tensor<2x16x128xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<2x16x128xf32>) outs(%131 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = math.tanh %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %133 = tensor.empty() : tensor<2x16x128xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132 : tensor<2x16x128xf32>) outs(%133 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %in, %cst_0 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %135 = tensor.empty() : tensor<2x16x128xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134 : tensor<2x16x128xf32>) outs(%135 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %cst : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %137 = tensor.empty() : tensor<2x16x128xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_29, %136 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%137 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_30 = tensor.collapse_shape %138 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %139 = tensor.empty() : tensor<32x64xf32>
    %140 = linalg.fill ins(%cst_8 : f32) outs(%139 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %141 = linalg.matmul ins(%collapsed_30, %arg7 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%140 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_31 = tensor.expand_shape %141 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %142 = tensor.empty() : tensor<2x16x64xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %expanded_31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%142 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.addf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %144 = tensor.empty() : tensor<2x16xf32>
    %145 = linalg.fill ins(%cst_8 : f32) outs(%144 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%143 : tensor<2x16x64xf32>) outs(%145 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16xf32>
    %expanded_32 = tensor.expand_shape %146 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %147 = tensor.empty() : tensor<2x16x1xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_32 : tensor<2x16x1xf32>) outs(%147 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.divf %in, %cst_7 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %149 = tensor.empty() : tensor<2x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x16x1xf32>) outs(%149 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %151 = tensor.empty() : tensor<2x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %150 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%151 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.subf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %153 = tensor.empty() : tensor<2x16x64xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x64xf32>) outs(%153 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %155 = tensor.empty() : tensor<2x16xf32>
    %156 = linalg.fill ins(%cst_8 : f32) outs(%155 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%154 : tensor<2x16x64xf32>) outs(%156 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16xf32>
    %expanded_33 = tensor.expand_shape %157 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %158 = tensor.empty() : tensor<2x16x1xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_33 : tensor<2x16x1xf32>) outs(%158 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.divf %in, %cst_7 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %160 = tensor.empty() : tensor<2x16x1xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<2x16x1xf32>) outs(%160 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %in, %cst_6 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %162 = tensor.empty() : tensor<2x16x1xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<2x16x1xf32>) outs(%162 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = math.rsqrt %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %164 = tensor.empty() : tensor<2x16x64xf32>
    %165 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x16x1xf32>) outs(%164 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %166 = tensor.empty() : tensor<2x16x64xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %165 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%166 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %168 = tensor.empty() : tensor<2x16x64xf32>
    %169 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<64xf32>) outs(%168 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %170 = tensor.empty() : tensor<2x16x64xf32>
    %171 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %169 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%170 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_34 = tensor.collapse_shape %171 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %172 = tensor.empty() : tensor<32x64xf32>
    %173 = linalg.fill ins(%cst_8 : f32) outs(%172 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %174 = linalg.matmul ins(%collapsed_34, %arg9 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%173 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %175 = tensor.empty() : tensor<32x64xf32>
    %176 = linalg.fill ins(%cst_8 : f32) outs(%175 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %177 = linalg.matmul ins(%collapsed_34, %arg10 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%176 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_35 = tensor.expand_shape %177 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %178 = tensor.empty() : tensor<32x64xf32>
    %179 = linalg.fill ins(%cst_8 : f32) outs(%178 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %180 = linalg.matmul ins(%collapsed_34, %arg11 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%179 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_36 = tensor.expand_shape %180 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_37 = tensor.expand_shape %174 [[0, 1], [2, 3, 4]] output_shape [2, 16, 4, 1, 16] : tensor<32x64xf32> into tensor<2x16x4x1x16xf32>
    %181 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %182 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x16x4x1x16xf32>) outs(%181 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x1x16xf32>
    %183 = tensor.empty() : tensor<2x4x16x16xf32>
    %184 = linalg.generic {indexing_maps = [#map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x16x4x16xf32>) outs(%183 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %182 [[0, 1], [2], [3, 4]] : tensor<2x4x16x1x16xf32> into tensor<8x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %184 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %185 = tensor.empty() : tensor<8x16x16xf32>
    %186 = linalg.fill ins(%cst_8 : f32) outs(%185 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %187 = linalg.batch_matmul ins(%collapsed_38, %collapsed_39 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%186 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_40 = tensor.expand_shape %187 [[0, 1], [2], [3, 4]] output_shape [2, 4, 16, 1, 16] : tensor<8x16x16xf32> into tensor<2x4x16x1x16xf32>
    %188 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %189 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_40 : tensor<2x4x16x1x16xf32>) outs(%188 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %cst_5 : f32
      linalg.yield %306 : f32
    } -> tensor<2x4x16x1x16xf32>
    %collapsed_41 = tensor.collapse_shape %189 [[0, 1, 2, 3, 4]] : tensor<2x4x16x1x16xf32> into tensor<2048xf32>
    %expanded_42 = tensor.expand_shape %collapsed_41 [[0, 1, 2, 3, 4]] output_shape [1, 2, 4, 16, 16] : tensor<2048xf32> into tensor<1x2x4x16x16xf32>
    %190 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %191 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_42, %53 : tensor<1x2x4x16x16xf32>, tensor<1x2x4x16x16xf32>) outs(%190 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.addf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16x16xf32>
    %192 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %193 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%57, %191 : tensor<1x2x4x16x16xi1>, tensor<1x2x4x16x16xf32>) outs(%192 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_56: f32, %out: f32):
      %306 = arith.select %in, %in_56, %cst_4 : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16x16xf32>
    %194 = tensor.empty() : tensor<1x2x4x16xf32>
    %195 = linalg.fill ins(%cst_3 : f32) outs(%194 : tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %196 = linalg.generic {indexing_maps = [#map8, #map13], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%193 : tensor<1x2x4x16x16xf32>) outs(%195 : tensor<1x2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.maximumf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16xf32>
    %197 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %198 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%196 : tensor<1x2x4x16xf32>) outs(%197 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x4x16x16xf32>
    %199 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %200 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%193, %198 : tensor<1x2x4x16x16xf32>, tensor<1x2x4x16x16xf32>) outs(%199 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.subf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16x16xf32>
    %201 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %202 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%200 : tensor<1x2x4x16x16xf32>) outs(%201 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = math.exp %in : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16x16xf32>
    %203 = tensor.empty() : tensor<1x2x4x16xf32>
    %204 = linalg.fill ins(%cst_8 : f32) outs(%203 : tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %205 = linalg.generic {indexing_maps = [#map8, #map13], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%202 : tensor<1x2x4x16x16xf32>) outs(%204 : tensor<1x2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16xf32>
    %206 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %207 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%205 : tensor<1x2x4x16xf32>) outs(%206 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x4x16x16xf32>
    %208 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %209 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%202, %207 : tensor<1x2x4x16x16xf32>, tensor<1x2x4x16x16xf32>) outs(%208 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.divf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<1x2x4x16x16xf32>
    %210 = tensor.empty() : tensor<2x4x16x16xf32>
    %211 = linalg.generic {indexing_maps = [#map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<2x16x4x16xf32>) outs(%210 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %212 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %213 = linalg.generic {indexing_maps = [#map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%209 : tensor<1x2x4x16x16xf32>) outs(%212 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x1x16xf32>
    %collapsed_43 = tensor.collapse_shape %211 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %213 [[0, 1], [2], [3, 4]] : tensor<2x4x16x1x16xf32> into tensor<8x16x16xf32>
    %214 = tensor.empty() : tensor<8x16x16xf32>
    %215 = linalg.fill ins(%cst_8 : f32) outs(%214 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %216 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%215 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_45 = tensor.expand_shape %216 [[0, 1], [2], [3, 4]] output_shape [2, 4, 16, 1, 16] : tensor<8x16x16xf32> into tensor<2x4x16x1x16xf32>
    %217 = tensor.empty() : tensor<1x2x16x4x16xf32>
    %218 = linalg.generic {indexing_maps = [#map15, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_45 : tensor<2x4x16x1x16xf32>) outs(%217 : tensor<1x2x16x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x16x4x16xf32>
    %collapsed_46 = tensor.collapse_shape %218 [[0, 1, 2], [3, 4]] : tensor<1x2x16x4x16xf32> into tensor<32x64xf32>
    %219 = tensor.empty() : tensor<32x64xf32>
    %220 = linalg.fill ins(%cst_8 : f32) outs(%219 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %221 = linalg.matmul ins(%collapsed_46, %arg12 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%220 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_47 = tensor.expand_shape %221 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %222 = tensor.empty() : tensor<2x16x64xf32>
    %223 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %expanded_47 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%222 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.addf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %224 = tensor.empty() : tensor<2x16xf32>
    %225 = linalg.fill ins(%cst_8 : f32) outs(%224 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %226 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%223 : tensor<2x16x64xf32>) outs(%225 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16xf32>
    %expanded_48 = tensor.expand_shape %226 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %227 = tensor.empty() : tensor<2x16x1xf32>
    %228 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<2x16x1xf32>) outs(%227 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.divf %in, %cst_7 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %229 = tensor.empty() : tensor<2x16x64xf32>
    %230 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228 : tensor<2x16x1xf32>) outs(%229 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %231 = tensor.empty() : tensor<2x16x64xf32>
    %232 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %230 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%231 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.subf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %233 = tensor.empty() : tensor<2x16x64xf32>
    %234 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232 : tensor<2x16x64xf32>) outs(%233 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %235 = tensor.empty() : tensor<2x16xf32>
    %236 = linalg.fill ins(%cst_8 : f32) outs(%235 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %237 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%234 : tensor<2x16x64xf32>) outs(%236 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16xf32>
    %expanded_49 = tensor.expand_shape %237 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %238 = tensor.empty() : tensor<2x16x1xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<2x16x1xf32>) outs(%238 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.divf %in, %cst_7 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %240 = tensor.empty() : tensor<2x16x1xf32>
    %241 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239 : tensor<2x16x1xf32>) outs(%240 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %in, %cst_6 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %242 = tensor.empty() : tensor<2x16x1xf32>
    %243 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241 : tensor<2x16x1xf32>) outs(%242 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = math.rsqrt %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %244 = tensor.empty() : tensor<2x16x64xf32>
    %245 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243 : tensor<2x16x1xf32>) outs(%244 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %246 = tensor.empty() : tensor<2x16x64xf32>
    %247 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232, %245 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%246 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %248 = tensor.empty() : tensor<2x16x64xf32>
    %249 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13 : tensor<64xf32>) outs(%248 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %250 = tensor.empty() : tensor<2x16x64xf32>
    %251 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247, %249 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%250 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_50 = tensor.collapse_shape %251 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %252 = tensor.empty() : tensor<32x128xf32>
    %253 = linalg.fill ins(%cst_8 : f32) outs(%252 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %254 = linalg.matmul ins(%collapsed_50, %arg14 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%253 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_51 = tensor.expand_shape %254 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %255 = tensor.empty() : tensor<2x16x128xf32>
    %256 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51 : tensor<2x16x128xf32>) outs(%255 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %257 = tensor.empty() : tensor<2x16x128xf32>
    %258 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256, %expanded_51 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%257 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %259 = tensor.empty() : tensor<2x16x128xf32>
    %260 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258 : tensor<2x16x128xf32>) outs(%259 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %cst_2 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %261 = tensor.empty() : tensor<2x16x128xf32>
    %262 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51, %260 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%261 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.addf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %263 = tensor.empty() : tensor<2x16x128xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262 : tensor<2x16x128xf32>) outs(%263 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %cst_1 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %265 = tensor.empty() : tensor<2x16x128xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264 : tensor<2x16x128xf32>) outs(%265 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = math.tanh %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %267 = tensor.empty() : tensor<2x16x128xf32>
    %268 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<2x16x128xf32>) outs(%267 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %in, %cst_0 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %269 = tensor.empty() : tensor<2x16x128xf32>
    %270 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268 : tensor<2x16x128xf32>) outs(%269 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %cst : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %271 = tensor.empty() : tensor<2x16x128xf32>
    %272 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51, %270 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%271 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_52 = tensor.collapse_shape %272 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %273 = tensor.empty() : tensor<32x64xf32>
    %274 = linalg.fill ins(%cst_8 : f32) outs(%273 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %275 = linalg.matmul ins(%collapsed_52, %arg15 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%274 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_53 = tensor.expand_shape %275 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %276 = tensor.empty() : tensor<2x16x64xf32>
    %277 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %expanded_53 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%276 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.addf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %278 = tensor.empty() : tensor<2x16xf32>
    %279 = linalg.fill ins(%cst_8 : f32) outs(%278 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %280 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%277 : tensor<2x16x64xf32>) outs(%279 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16xf32>
    %expanded_54 = tensor.expand_shape %280 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %281 = tensor.empty() : tensor<2x16x1xf32>
    %282 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_54 : tensor<2x16x1xf32>) outs(%281 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.divf %in, %cst_7 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %283 = tensor.empty() : tensor<2x16x64xf32>
    %284 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%282 : tensor<2x16x1xf32>) outs(%283 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %285 = tensor.empty() : tensor<2x16x64xf32>
    %286 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%277, %284 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%285 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.subf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %287 = tensor.empty() : tensor<2x16x64xf32>
    %288 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%286 : tensor<2x16x64xf32>) outs(%287 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.mulf %in, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %289 = tensor.empty() : tensor<2x16xf32>
    %290 = linalg.fill ins(%cst_8 : f32) outs(%289 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %291 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%288 : tensor<2x16x64xf32>) outs(%290 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %out, %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16xf32>
    %expanded_55 = tensor.expand_shape %291 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %292 = tensor.empty() : tensor<2x16x1xf32>
    %293 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_55 : tensor<2x16x1xf32>) outs(%292 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.divf %in, %cst_7 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %294 = tensor.empty() : tensor<2x16x1xf32>
    %295 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%293 : tensor<2x16x1xf32>) outs(%294 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = arith.addf %in, %cst_6 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %296 = tensor.empty() : tensor<2x16x1xf32>
    %297 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%295 : tensor<2x16x1xf32>) outs(%296 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %306 = math.rsqrt %in : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x1xf32>
    %298 = tensor.empty() : tensor<2x16x64xf32>
    %299 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%297 : tensor<2x16x1xf32>) outs(%298 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %300 = tensor.empty() : tensor<2x16x64xf32>
    %301 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%286, %299 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%300 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    %302 = tensor.empty() : tensor<2x16x64xf32>
    %303 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16 : tensor<64xf32>) outs(%302 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %304 = tensor.empty() : tensor<2x16x64xf32>
    %305 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%301, %303 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%304 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %306 = arith.mulf %in, %in_56 : f32
      linalg.yield %306 : f32
    } -> tensor<2x16x64xf32>
    return %305 : tensor<2x16x64xf32>
  }
}

