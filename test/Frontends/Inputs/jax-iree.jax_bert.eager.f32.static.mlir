// FRONTEND: {"args": [{"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "jax_bert", "path": "jax-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d2)>
#map5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d4)>
#map6 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d1, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1, d2)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3, d1)>
module @jit_forward {
  func.func @main(%arg0: tensor<64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x128xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16x64xf32>, %arg18: tensor<2x16xi32>) -> tensor<2x16x64xf32> {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 0.797884583 : f32
    %cst_2 = arith.constant 4.471500e-02 : f32
    %cst_3 = arith.constant 0xFF800000 : f32
    %cst_4 = arith.constant -3.40282347E+38 : f32
    %cst_5 = arith.constant 4.000000e+00 : f32
    %cst_6 = arith.constant 9.99999974E-6 : f32
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 0.000000e+00 : f32
    %c0_i32 = arith.constant 0 : i32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg18 : tensor<2x16xi32>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i32, %out: i1):
      %304 = arith.cmpi ne, %in, %c0_i32 : i32
      linalg.yield %304 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xf32>
    %3 = linalg.fill ins(%cst_8 : f32) outs(%2 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg17 : tensor<2x16x64xf32>) outs(%3 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16xf32>
    %expanded = tensor.expand_shape %4 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %5 = tensor.empty() : tensor<2x16x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_7 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %7 = tensor.empty() : tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %8 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.subf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16xf32>
    %14 = linalg.fill ins(%cst_8 : f32) outs(%13 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16xf32>
    %expanded_9 = tensor.expand_shape %15 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %16 = tensor.empty() : tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_9 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_7 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %in, %cst_6 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = math.rsqrt %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %22 = tensor.empty() : tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %24 = tensor.empty() : tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %28 = tensor.empty() : tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %29 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %30 = tensor.empty() : tensor<32x64xf32>
    %31 = linalg.fill ins(%cst_8 : f32) outs(%30 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %32 = linalg.matmul ins(%collapsed, %arg1 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_10 = tensor.expand_shape %32 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %33 = tensor.empty() : tensor<32x64xf32>
    %34 = linalg.fill ins(%cst_8 : f32) outs(%33 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %35 = linalg.matmul ins(%collapsed, %arg2 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%34 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_11 = tensor.expand_shape %35 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %36 = tensor.empty() : tensor<32x64xf32>
    %37 = linalg.fill ins(%cst_8 : f32) outs(%36 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %38 = linalg.matmul ins(%collapsed, %arg3 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%37 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_12 = tensor.expand_shape %38 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %39 = tensor.empty() : tensor<2x16x4x1x16xf32>
    %40 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x16x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x4x1x16xf32>
    %collapsed_13 = tensor.collapse_shape %40 [[0], [1], [2], [3, 4]] : tensor<2x16x4x1x16xf32> into tensor<2x16x4x16xf32>
    %41 = tensor.empty() : tensor<2x16x4x1x16xf32>
    %42 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<2x16x4x16xf32>) outs(%41 : tensor<2x16x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x4x1x16xf32>
    %collapsed_14 = tensor.collapse_shape %42 [[0], [1], [2], [3, 4]] : tensor<2x16x4x1x16xf32> into tensor<2x16x4x16xf32>
    %43 = tensor.empty() : tensor<2x4x16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10 : tensor<2x16x4x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %45 = tensor.empty() : tensor<2x4x16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_13 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_15 = tensor.collapse_shape %44 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_16 = tensor.collapse_shape %46 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %47 = tensor.empty() : tensor<8x16x16xf32>
    %48 = linalg.fill ins(%cst_8 : f32) outs(%47 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %49 = linalg.batch_matmul ins(%collapsed_15, %collapsed_16 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_17 = tensor.expand_shape %49 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %50 = tensor.empty() : tensor<2x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_17 : tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_5 : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = tensor.empty() : tensor<2x4x16x16xi1>
    %53 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16xi1>) outs(%52 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x4x16x16xi1>
    %54 = tensor.empty() : tensor<2x4x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %51 : tensor<2x4x16x16xi1>, tensor<2x4x16x16xf32>) outs(%54 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_53: f32, %out: f32):
      %304 = arith.select %in, %in_53, %cst_4 : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = tensor.empty() : tensor<2x4x16xf32>
    %57 = linalg.fill ins(%cst_3 : f32) outs(%56 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %58 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%55 : tensor<2x4x16x16xf32>) outs(%57 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.maximumf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16xf32>
    %59 = tensor.empty() : tensor<2x4x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<2x4x16xf32>) outs(%59 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %61 = tensor.empty() : tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %60 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.subf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = tensor.empty() : tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%63 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = math.exp %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x4x16xf32>
    %66 = linalg.fill ins(%cst_8 : f32) outs(%65 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %67 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%66 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16xf32>
    %68 = tensor.empty() : tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67 : tensor<2x4x16xf32>) outs(%68 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %69 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.divf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x4x16x16xf32>
    %73 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_14 : tensor<2x16x4x16xf32>) outs(%72 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %74 = tensor.empty() : tensor<2x4x16x16xf32>
    %75 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71 : tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_18 = tensor.collapse_shape %73 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_19 = tensor.collapse_shape %75 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %76 = tensor.empty() : tensor<8x16x16xf32>
    %77 = linalg.fill ins(%cst_8 : f32) outs(%76 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %78 = linalg.batch_matmul ins(%collapsed_18, %collapsed_19 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%77 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_20 = tensor.expand_shape %78 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %79 = tensor.empty() : tensor<2x16x4x16xf32>
    %80 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_20 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x16x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x4x16xf32>
    %collapsed_21 = tensor.collapse_shape %80 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %81 = tensor.empty() : tensor<32x64xf32>
    %82 = linalg.fill ins(%cst_8 : f32) outs(%81 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %83 = linalg.matmul ins(%collapsed_21, %arg4 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%82 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_22 = tensor.expand_shape %83 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %84 = tensor.empty() : tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %expanded_22 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%84 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.addf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %86 = tensor.empty() : tensor<2x16xf32>
    %87 = linalg.fill ins(%cst_8 : f32) outs(%86 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%85 : tensor<2x16x64xf32>) outs(%87 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16xf32>
    %expanded_23 = tensor.expand_shape %88 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %89 = tensor.empty() : tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_23 : tensor<2x16x1xf32>) outs(%89 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_7 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %91 = tensor.empty() : tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%91 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %93 = tensor.empty() : tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %92 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%93 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.subf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %95 = tensor.empty() : tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x64xf32>) outs(%95 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %97 = tensor.empty() : tensor<2x16xf32>
    %98 = linalg.fill ins(%cst_8 : f32) outs(%97 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%96 : tensor<2x16x64xf32>) outs(%98 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16xf32>
    %expanded_24 = tensor.expand_shape %99 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %100 = tensor.empty() : tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x16x1xf32>) outs(%100 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_7 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %102 = tensor.empty() : tensor<2x16x1xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x16x1xf32>) outs(%102 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %in, %cst_6 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %104 = tensor.empty() : tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf32>) outs(%104 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = math.rsqrt %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %106 = tensor.empty() : tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf32>) outs(%106 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %108 = tensor.empty() : tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %107 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%108 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %110 = tensor.empty() : tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5 : tensor<64xf32>) outs(%110 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %112 = tensor.empty() : tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %111 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%112 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_25 = tensor.collapse_shape %113 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %114 = tensor.empty() : tensor<32x128xf32>
    %115 = linalg.fill ins(%cst_8 : f32) outs(%114 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %116 = linalg.matmul ins(%collapsed_25, %arg6 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%115 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_26 = tensor.expand_shape %116 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %117 = tensor.empty() : tensor<2x16x128xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_26 : tensor<2x16x128xf32>) outs(%117 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %119 = tensor.empty() : tensor<2x16x128xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %expanded_26 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%119 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %121 = tensor.empty() : tensor<2x16x128xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x16x128xf32>) outs(%121 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %cst_2 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %123 = tensor.empty() : tensor<2x16x128xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_26, %122 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%123 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.addf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %125 = tensor.empty() : tensor<2x16x128xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x128xf32>) outs(%125 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %cst_1 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %127 = tensor.empty() : tensor<2x16x128xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x128xf32>) outs(%127 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = math.tanh %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %129 = tensor.empty() : tensor<2x16x128xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x128xf32>) outs(%129 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %in, %cst_0 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %131 = tensor.empty() : tensor<2x16x128xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<2x16x128xf32>) outs(%131 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %cst : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %133 = tensor.empty() : tensor<2x16x128xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_26, %132 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%133 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_27 = tensor.collapse_shape %134 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %135 = tensor.empty() : tensor<32x64xf32>
    %136 = linalg.fill ins(%cst_8 : f32) outs(%135 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %137 = linalg.matmul ins(%collapsed_27, %arg7 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%136 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_28 = tensor.expand_shape %137 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %138 = tensor.empty() : tensor<2x16x64xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %expanded_28 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%138 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.addf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %140 = tensor.empty() : tensor<2x16xf32>
    %141 = linalg.fill ins(%cst_8 : f32) outs(%140 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%139 : tensor<2x16x64xf32>) outs(%141 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16xf32>
    %expanded_29 = tensor.expand_shape %142 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %143 = tensor.empty() : tensor<2x16x1xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_29 : tensor<2x16x1xf32>) outs(%143 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_7 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %145 = tensor.empty() : tensor<2x16x64xf32>
    %146 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x16x1xf32>) outs(%145 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %147 = tensor.empty() : tensor<2x16x64xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %146 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%147 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.subf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %149 = tensor.empty() : tensor<2x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x16x64xf32>) outs(%149 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %151 = tensor.empty() : tensor<2x16xf32>
    %152 = linalg.fill ins(%cst_8 : f32) outs(%151 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%150 : tensor<2x16x64xf32>) outs(%152 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16xf32>
    %expanded_30 = tensor.expand_shape %153 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %154 = tensor.empty() : tensor<2x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<2x16x1xf32>) outs(%154 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_7 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %156 = tensor.empty() : tensor<2x16x1xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x16x1xf32>) outs(%156 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %in, %cst_6 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %158 = tensor.empty() : tensor<2x16x1xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x16x1xf32>) outs(%158 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = math.rsqrt %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %160 = tensor.empty() : tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<2x16x1xf32>) outs(%160 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %162 = tensor.empty() : tensor<2x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %161 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%162 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %164 = tensor.empty() : tensor<2x16x64xf32>
    %165 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<64xf32>) outs(%164 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %166 = tensor.empty() : tensor<2x16x64xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163, %165 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%166 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_31 = tensor.collapse_shape %167 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %168 = tensor.empty() : tensor<32x64xf32>
    %169 = linalg.fill ins(%cst_8 : f32) outs(%168 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %170 = linalg.matmul ins(%collapsed_31, %arg9 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%169 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_32 = tensor.expand_shape %170 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %171 = tensor.empty() : tensor<32x64xf32>
    %172 = linalg.fill ins(%cst_8 : f32) outs(%171 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %173 = linalg.matmul ins(%collapsed_31, %arg10 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%172 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_33 = tensor.expand_shape %173 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %174 = tensor.empty() : tensor<32x64xf32>
    %175 = linalg.fill ins(%cst_8 : f32) outs(%174 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %176 = linalg.matmul ins(%collapsed_31, %arg11 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%175 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_34 = tensor.expand_shape %176 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %177 = tensor.empty() : tensor<2x16x4x1x16xf32>
    %178 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33 : tensor<2x16x4x16xf32>) outs(%177 : tensor<2x16x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x4x1x16xf32>
    %collapsed_35 = tensor.collapse_shape %178 [[0], [1], [2], [3, 4]] : tensor<2x16x4x1x16xf32> into tensor<2x16x4x16xf32>
    %179 = tensor.empty() : tensor<2x16x4x1x16xf32>
    %180 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_34 : tensor<2x16x4x16xf32>) outs(%179 : tensor<2x16x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x4x1x16xf32>
    %collapsed_36 = tensor.collapse_shape %180 [[0], [1], [2], [3, 4]] : tensor<2x16x4x1x16xf32> into tensor<2x16x4x16xf32>
    %181 = tensor.empty() : tensor<2x4x16x16xf32>
    %182 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_32 : tensor<2x16x4x16xf32>) outs(%181 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %183 = tensor.empty() : tensor<2x4x16x16xf32>
    %184 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x16x4x16xf32>) outs(%183 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %182 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %184 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %185 = tensor.empty() : tensor<8x16x16xf32>
    %186 = linalg.fill ins(%cst_8 : f32) outs(%185 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %187 = linalg.batch_matmul ins(%collapsed_37, %collapsed_38 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%186 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_39 = tensor.expand_shape %187 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %188 = tensor.empty() : tensor<2x4x16x16xf32>
    %189 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<2x4x16x16xf32>) outs(%188 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_5 : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16x16xf32>
    %190 = tensor.empty() : tensor<2x4x16x16xf32>
    %191 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %189 : tensor<2x4x16x16xi1>, tensor<2x4x16x16xf32>) outs(%190 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_53: f32, %out: f32):
      %304 = arith.select %in, %in_53, %cst_4 : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16x16xf32>
    %192 = tensor.empty() : tensor<2x4x16xf32>
    %193 = linalg.fill ins(%cst_3 : f32) outs(%192 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %194 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%191 : tensor<2x4x16x16xf32>) outs(%193 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.maximumf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16xf32>
    %195 = tensor.empty() : tensor<2x4x16x16xf32>
    %196 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%194 : tensor<2x4x16xf32>) outs(%195 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %197 = tensor.empty() : tensor<2x4x16x16xf32>
    %198 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%191, %196 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%197 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.subf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16x16xf32>
    %199 = tensor.empty() : tensor<2x4x16x16xf32>
    %200 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%198 : tensor<2x4x16x16xf32>) outs(%199 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = math.exp %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16x16xf32>
    %201 = tensor.empty() : tensor<2x4x16xf32>
    %202 = linalg.fill ins(%cst_8 : f32) outs(%201 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %203 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%200 : tensor<2x4x16x16xf32>) outs(%202 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16xf32>
    %204 = tensor.empty() : tensor<2x4x16x16xf32>
    %205 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%203 : tensor<2x4x16xf32>) outs(%204 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %206 = tensor.empty() : tensor<2x4x16x16xf32>
    %207 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%200, %205 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%206 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.divf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x4x16x16xf32>
    %208 = tensor.empty() : tensor<2x4x16x16xf32>
    %209 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16x4x16xf32>) outs(%208 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %210 = tensor.empty() : tensor<2x4x16x16xf32>
    %211 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%207 : tensor<2x4x16x16xf32>) outs(%210 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %209 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %211 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %212 = tensor.empty() : tensor<8x16x16xf32>
    %213 = linalg.fill ins(%cst_8 : f32) outs(%212 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %214 = linalg.batch_matmul ins(%collapsed_40, %collapsed_41 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%213 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_42 = tensor.expand_shape %214 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %215 = tensor.empty() : tensor<2x16x4x16xf32>
    %216 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_42 : tensor<2x4x16x16xf32>) outs(%215 : tensor<2x16x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x4x16xf32>
    %collapsed_43 = tensor.collapse_shape %216 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %217 = tensor.empty() : tensor<32x64xf32>
    %218 = linalg.fill ins(%cst_8 : f32) outs(%217 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %219 = linalg.matmul ins(%collapsed_43, %arg12 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%218 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_44 = tensor.expand_shape %219 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %220 = tensor.empty() : tensor<2x16x64xf32>
    %221 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %expanded_44 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%220 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.addf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %222 = tensor.empty() : tensor<2x16xf32>
    %223 = linalg.fill ins(%cst_8 : f32) outs(%222 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %224 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%221 : tensor<2x16x64xf32>) outs(%223 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16xf32>
    %expanded_45 = tensor.expand_shape %224 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %225 = tensor.empty() : tensor<2x16x1xf32>
    %226 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45 : tensor<2x16x1xf32>) outs(%225 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_7 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %227 = tensor.empty() : tensor<2x16x64xf32>
    %228 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%226 : tensor<2x16x1xf32>) outs(%227 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %229 = tensor.empty() : tensor<2x16x64xf32>
    %230 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221, %228 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%229 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.subf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %231 = tensor.empty() : tensor<2x16x64xf32>
    %232 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%230 : tensor<2x16x64xf32>) outs(%231 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %233 = tensor.empty() : tensor<2x16xf32>
    %234 = linalg.fill ins(%cst_8 : f32) outs(%233 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %235 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%232 : tensor<2x16x64xf32>) outs(%234 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16xf32>
    %expanded_46 = tensor.expand_shape %235 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %236 = tensor.empty() : tensor<2x16x1xf32>
    %237 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_46 : tensor<2x16x1xf32>) outs(%236 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_7 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %238 = tensor.empty() : tensor<2x16x1xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%237 : tensor<2x16x1xf32>) outs(%238 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %in, %cst_6 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %240 = tensor.empty() : tensor<2x16x1xf32>
    %241 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239 : tensor<2x16x1xf32>) outs(%240 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = math.rsqrt %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %242 = tensor.empty() : tensor<2x16x64xf32>
    %243 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241 : tensor<2x16x1xf32>) outs(%242 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %244 = tensor.empty() : tensor<2x16x64xf32>
    %245 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%230, %243 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%244 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %246 = tensor.empty() : tensor<2x16x64xf32>
    %247 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13 : tensor<64xf32>) outs(%246 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %248 = tensor.empty() : tensor<2x16x64xf32>
    %249 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245, %247 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%248 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_47 = tensor.collapse_shape %249 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %250 = tensor.empty() : tensor<32x128xf32>
    %251 = linalg.fill ins(%cst_8 : f32) outs(%250 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %252 = linalg.matmul ins(%collapsed_47, %arg14 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%251 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_48 = tensor.expand_shape %252 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %253 = tensor.empty() : tensor<2x16x128xf32>
    %254 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<2x16x128xf32>) outs(%253 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %255 = tensor.empty() : tensor<2x16x128xf32>
    %256 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%254, %expanded_48 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%255 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %257 = tensor.empty() : tensor<2x16x128xf32>
    %258 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256 : tensor<2x16x128xf32>) outs(%257 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %cst_2 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %259 = tensor.empty() : tensor<2x16x128xf32>
    %260 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48, %258 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%259 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.addf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %261 = tensor.empty() : tensor<2x16x128xf32>
    %262 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260 : tensor<2x16x128xf32>) outs(%261 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %cst_1 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %263 = tensor.empty() : tensor<2x16x128xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262 : tensor<2x16x128xf32>) outs(%263 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = math.tanh %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %265 = tensor.empty() : tensor<2x16x128xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264 : tensor<2x16x128xf32>) outs(%265 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %in, %cst_0 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %267 = tensor.empty() : tensor<2x16x128xf32>
    %268 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<2x16x128xf32>) outs(%267 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %cst : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %269 = tensor.empty() : tensor<2x16x128xf32>
    %270 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48, %268 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%269 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_49 = tensor.collapse_shape %270 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %271 = tensor.empty() : tensor<32x64xf32>
    %272 = linalg.fill ins(%cst_8 : f32) outs(%271 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %273 = linalg.matmul ins(%collapsed_49, %arg15 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%272 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_50 = tensor.expand_shape %273 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %274 = tensor.empty() : tensor<2x16x64xf32>
    %275 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221, %expanded_50 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%274 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.addf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %276 = tensor.empty() : tensor<2x16xf32>
    %277 = linalg.fill ins(%cst_8 : f32) outs(%276 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %278 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%275 : tensor<2x16x64xf32>) outs(%277 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16xf32>
    %expanded_51 = tensor.expand_shape %278 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %279 = tensor.empty() : tensor<2x16x1xf32>
    %280 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51 : tensor<2x16x1xf32>) outs(%279 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_7 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %281 = tensor.empty() : tensor<2x16x64xf32>
    %282 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%280 : tensor<2x16x1xf32>) outs(%281 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %283 = tensor.empty() : tensor<2x16x64xf32>
    %284 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%275, %282 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%283 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.subf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %285 = tensor.empty() : tensor<2x16x64xf32>
    %286 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%284 : tensor<2x16x64xf32>) outs(%285 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.mulf %in, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %287 = tensor.empty() : tensor<2x16xf32>
    %288 = linalg.fill ins(%cst_8 : f32) outs(%287 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %289 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%286 : tensor<2x16x64xf32>) outs(%288 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %out, %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16xf32>
    %expanded_52 = tensor.expand_shape %289 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %290 = tensor.empty() : tensor<2x16x1xf32>
    %291 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x16x1xf32>) outs(%290 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.divf %in, %cst_7 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %292 = tensor.empty() : tensor<2x16x1xf32>
    %293 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%291 : tensor<2x16x1xf32>) outs(%292 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = arith.addf %in, %cst_6 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %294 = tensor.empty() : tensor<2x16x1xf32>
    %295 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%293 : tensor<2x16x1xf32>) outs(%294 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %304 = math.rsqrt %in : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x1xf32>
    %296 = tensor.empty() : tensor<2x16x64xf32>
    %297 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%295 : tensor<2x16x1xf32>) outs(%296 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %298 = tensor.empty() : tensor<2x16x64xf32>
    %299 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%284, %297 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%298 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    %300 = tensor.empty() : tensor<2x16x64xf32>
    %301 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16 : tensor<64xf32>) outs(%300 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %302 = tensor.empty() : tensor<2x16x64xf32>
    %303 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%299, %301 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%302 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_53: f32, %out: f32):
      %304 = arith.mulf %in, %in_53 : f32
      linalg.yield %304 : f32
    } -> tensor<2x16x64xf32>
    return %303 : tensor<2x16x64xf32>
  }
}

