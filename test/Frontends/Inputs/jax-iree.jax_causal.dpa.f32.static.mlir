// FRONTEND: {"args": [{"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}], "attn": "dpa", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "jax_causal", "path": "jax-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map3 = affine_map<(d0, d1, d2) -> (d2)>
#map4 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d2, d1, d3, d4)>
#map5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1, d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1) -> (d0, d1)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d2, d3, d4)>
#map11 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d2, d3, d0, d4)>
#map12 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#map13 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d0, d1, d4, d2)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d3, d4, d0, d2)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d0, d1, d2, d4)>
module @jit_forward {
  func.func @main(%arg0: tensor<64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x32xf32>, %arg3: tensor<64x32xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x128xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64x32xf32>, %arg11: tensor<64x32xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16x64xf32>) -> tensor<2x16x64xf32> {
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
    %0 = tensor.empty() : tensor<2x16xf32>
    %1 = linalg.fill ins(%cst_8 : f32) outs(%0 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg17 : tensor<2x16x64xf32>) outs(%1 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16xf32>
    %expanded = tensor.expand_shape %2 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %3 = tensor.empty() : tensor<2x16x1xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x1xf32>) outs(%3 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.divf %in, %cst_7 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %5 = tensor.empty() : tensor<2x16x64xf32>
    %6 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %6 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.subf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16xf32>
    %12 = linalg.fill ins(%cst_8 : f32) outs(%11 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16xf32>
    %expanded_9 = tensor.expand_shape %13 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %14 = tensor.empty() : tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_9 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.divf %in, %cst_7 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %16 = tensor.empty() : tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %in, %cst_6 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = math.rsqrt %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %20 = tensor.empty() : tensor<2x16x64xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %22 = tensor.empty() : tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %21 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %24 = tensor.empty() : tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %25 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %27 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %28 = tensor.empty() : tensor<32x64xf32>
    %29 = linalg.fill ins(%cst_8 : f32) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %30 = linalg.matmul ins(%collapsed, %arg1 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%29 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %31 = tensor.empty() : tensor<32x32xf32>
    %32 = linalg.fill ins(%cst_8 : f32) outs(%31 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %33 = linalg.matmul ins(%collapsed, %arg2 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%32 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_10 = tensor.expand_shape %33 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %34 = tensor.empty() : tensor<32x32xf32>
    %35 = linalg.fill ins(%cst_8 : f32) outs(%34 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %36 = linalg.matmul ins(%collapsed, %arg3 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%35 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_11 = tensor.expand_shape %36 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %expanded_12 = tensor.expand_shape %30 [[0, 1], [2, 3, 4]] output_shape [2, 16, 2, 2, 16] : tensor<32x64xf32> into tensor<2x16x2x2x16xf32>
    %37 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %38 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<2x16x2x2x16xf32>) outs(%37 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %39 = tensor.empty() : tensor<2x2x16x16xf32>
    %40 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10 : tensor<2x16x2x16xf32>) outs(%39 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %collapsed_13 = tensor.collapse_shape %38 [[0, 1], [2, 3], [4]] : tensor<2x2x16x2x16xf32> into tensor<4x32x16xf32>
    %collapsed_14 = tensor.collapse_shape %40 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %41 = tensor.empty() : tensor<4x32x16xf32>
    %42 = linalg.fill ins(%cst_8 : f32) outs(%41 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %43 = linalg.batch_matmul ins(%collapsed_13, %collapsed_14 : tensor<4x32x16xf32>, tensor<4x16x16xf32>) outs(%42 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %expanded_15 = tensor.expand_shape %43 [[0, 1], [2, 3], [4]] output_shape [2, 2, 16, 2, 16] : tensor<4x32x16xf32> into tensor<2x2x16x2x16xf32>
    %44 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %45 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<2x2x16x2x16xf32>) outs(%44 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %cst_5 : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x16x2x16xf32>
    %46 = tensor.empty() : tensor<16x16xi32>
    %47 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel"]} outs(%46 : tensor<16x16xi32>) {
    ^bb0(%out: i32):
      %310 = linalg.index 0 : index
      %311 = arith.index_cast %310 : index to i32
      linalg.yield %311 : i32
    } -> tensor<16x16xi32>
    %48 = tensor.empty() : tensor<16x16xi32>
    %49 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel"]} outs(%48 : tensor<16x16xi32>) {
    ^bb0(%out: i32):
      %310 = linalg.index 1 : index
      %311 = arith.index_cast %310 : index to i32
      linalg.yield %311 : i32
    } -> tensor<16x16xi32>
    %50 = tensor.empty() : tensor<16x16xi1>
    %51 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel"]} ins(%47, %49 : tensor<16x16xi32>, tensor<16x16xi32>) outs(%50 : tensor<16x16xi1>) {
    ^bb0(%in: i32, %in_49: i32, %out: i1):
      %310 = arith.cmpi sge, %in, %in_49 : i32
      linalg.yield %310 : i1
    } -> tensor<16x16xi1>
    %52 = tensor.empty() : tensor<2x2x16x16xi1>
    %53 = linalg.generic {indexing_maps = [#map9, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51 : tensor<16x16xi1>) outs(%52 : tensor<2x2x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x2x16x16xi1>
    %54 = tensor.empty() : tensor<2x2x2x16x16xi1>
    %55 = linalg.generic {indexing_maps = [#map10, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%53 : tensor<2x2x16x16xi1>) outs(%54 : tensor<2x2x2x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x2x2x16x16xi1>
    %56 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map11, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%45 : tensor<2x2x16x2x16xf32>) outs(%56 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %58 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%55, %57 : tensor<2x2x2x16x16xi1>, tensor<2x2x2x16x16xf32>) outs(%58 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: i1, %in_49: f32, %out: f32):
      %310 = arith.select %in, %in_49, %cst_4 : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16x16xf32>
    %60 = tensor.empty() : tensor<2x2x2x16xf32>
    %61 = linalg.fill ins(%cst_3 : f32) outs(%60 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %62 = linalg.generic {indexing_maps = [#map5, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%59 : tensor<2x2x2x16x16xf32>) outs(%61 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.maximumf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16xf32>
    %63 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<2x2x2x16xf32>) outs(%63 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %65 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%59, %64 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%65 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.subf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16x16xf32>
    %67 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%66 : tensor<2x2x2x16x16xf32>) outs(%67 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = math.exp %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16x16xf32>
    %69 = tensor.empty() : tensor<2x2x2x16xf32>
    %70 = linalg.fill ins(%cst_8 : f32) outs(%69 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %71 = linalg.generic {indexing_maps = [#map5, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%68 : tensor<2x2x2x16x16xf32>) outs(%70 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16xf32>
    %72 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %73 = linalg.generic {indexing_maps = [#map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%71 : tensor<2x2x2x16xf32>) outs(%72 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %74 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %75 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%68, %73 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%74 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.divf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16x16xf32>
    %76 = tensor.empty() : tensor<2x2x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<2x16x2x16xf32>) outs(%76 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %78 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %79 = linalg.generic {indexing_maps = [#map13, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x2x2x16x16xf32>) outs(%78 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %collapsed_16 = tensor.collapse_shape %77 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %collapsed_17 = tensor.collapse_shape %79 [[0, 1], [2], [3, 4]] : tensor<2x2x16x2x16xf32> into tensor<4x16x32xf32>
    %80 = tensor.empty() : tensor<4x16x32xf32>
    %81 = linalg.fill ins(%cst_8 : f32) outs(%80 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %82 = linalg.batch_matmul ins(%collapsed_16, %collapsed_17 : tensor<4x16x16xf32>, tensor<4x16x32xf32>) outs(%81 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %expanded_18 = tensor.expand_shape %82 [[0, 1], [2], [3, 4]] output_shape [2, 2, 16, 2, 16] : tensor<4x16x32xf32> into tensor<2x2x16x2x16xf32>
    %83 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %84 = linalg.generic {indexing_maps = [#map14, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_18 : tensor<2x2x16x2x16xf32>) outs(%83 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %85 = tensor.empty() : tensor<2x16x2x2x16xf32>
    %86 = linalg.generic {indexing_maps = [#map15, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%84 : tensor<2x2x16x2x16xf32>) outs(%85 : tensor<2x16x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x2x2x16xf32>
    %collapsed_19 = tensor.collapse_shape %86 [[0, 1], [2, 3, 4]] : tensor<2x16x2x2x16xf32> into tensor<32x64xf32>
    %87 = tensor.empty() : tensor<32x64xf32>
    %88 = linalg.fill ins(%cst_8 : f32) outs(%87 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %89 = linalg.matmul ins(%collapsed_19, %arg4 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%88 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_20 = tensor.expand_shape %89 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %90 = tensor.empty() : tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %expanded_20 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%90 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.addf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %92 = tensor.empty() : tensor<2x16xf32>
    %93 = linalg.fill ins(%cst_8 : f32) outs(%92 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %94 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%91 : tensor<2x16x64xf32>) outs(%93 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16xf32>
    %expanded_21 = tensor.expand_shape %94 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %95 = tensor.empty() : tensor<2x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_21 : tensor<2x16x1xf32>) outs(%95 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.divf %in, %cst_7 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %97 = tensor.empty() : tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x1xf32>) outs(%97 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %99 = tensor.empty() : tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %98 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%99 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.subf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %101 = tensor.empty() : tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x64xf32>) outs(%101 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %103 = tensor.empty() : tensor<2x16xf32>
    %104 = linalg.fill ins(%cst_8 : f32) outs(%103 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %105 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%102 : tensor<2x16x64xf32>) outs(%104 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16xf32>
    %expanded_22 = tensor.expand_shape %105 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %106 = tensor.empty() : tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_22 : tensor<2x16x1xf32>) outs(%106 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.divf %in, %cst_7 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %108 = tensor.empty() : tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf32>) outs(%108 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %in, %cst_6 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %110 = tensor.empty() : tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%110 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = math.rsqrt %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %112 = tensor.empty() : tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%112 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %114 = tensor.empty() : tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %113 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%114 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %116 = tensor.empty() : tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5 : tensor<64xf32>) outs(%116 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %118 = tensor.empty() : tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %117 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%118 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_23 = tensor.collapse_shape %119 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %120 = tensor.empty() : tensor<32x128xf32>
    %121 = linalg.fill ins(%cst_8 : f32) outs(%120 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %122 = linalg.matmul ins(%collapsed_23, %arg6 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%121 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_24 = tensor.expand_shape %122 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %123 = tensor.empty() : tensor<2x16x128xf32>
    %124 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x16x128xf32>) outs(%123 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %125 = tensor.empty() : tensor<2x16x128xf32>
    %126 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %expanded_24 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%125 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %127 = tensor.empty() : tensor<2x16x128xf32>
    %128 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x128xf32>) outs(%127 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %cst_2 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %129 = tensor.empty() : tensor<2x16x128xf32>
    %130 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24, %128 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%129 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.addf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %131 = tensor.empty() : tensor<2x16x128xf32>
    %132 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<2x16x128xf32>) outs(%131 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %cst_1 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %133 = tensor.empty() : tensor<2x16x128xf32>
    %134 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132 : tensor<2x16x128xf32>) outs(%133 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = math.tanh %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %135 = tensor.empty() : tensor<2x16x128xf32>
    %136 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134 : tensor<2x16x128xf32>) outs(%135 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %in, %cst_0 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %137 = tensor.empty() : tensor<2x16x128xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x16x128xf32>) outs(%137 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %cst : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %139 = tensor.empty() : tensor<2x16x128xf32>
    %140 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24, %138 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%139 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_25 = tensor.collapse_shape %140 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %141 = tensor.empty() : tensor<32x64xf32>
    %142 = linalg.fill ins(%cst_8 : f32) outs(%141 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %143 = linalg.matmul ins(%collapsed_25, %arg7 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%142 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_26 = tensor.expand_shape %143 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %144 = tensor.empty() : tensor<2x16x64xf32>
    %145 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %expanded_26 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%144 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.addf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %146 = tensor.empty() : tensor<2x16xf32>
    %147 = linalg.fill ins(%cst_8 : f32) outs(%146 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %148 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%145 : tensor<2x16x64xf32>) outs(%147 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16xf32>
    %expanded_27 = tensor.expand_shape %148 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %149 = tensor.empty() : tensor<2x16x1xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x16x1xf32>) outs(%149 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.divf %in, %cst_7 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %151 = tensor.empty() : tensor<2x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<2x16x1xf32>) outs(%151 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %153 = tensor.empty() : tensor<2x16x64xf32>
    %154 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %152 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%153 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.subf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %155 = tensor.empty() : tensor<2x16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x64xf32>) outs(%155 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %157 = tensor.empty() : tensor<2x16xf32>
    %158 = linalg.fill ins(%cst_8 : f32) outs(%157 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %159 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%156 : tensor<2x16x64xf32>) outs(%158 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16xf32>
    %expanded_28 = tensor.expand_shape %159 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %160 = tensor.empty() : tensor<2x16x1xf32>
    %161 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_28 : tensor<2x16x1xf32>) outs(%160 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.divf %in, %cst_7 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %162 = tensor.empty() : tensor<2x16x1xf32>
    %163 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<2x16x1xf32>) outs(%162 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %in, %cst_6 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %164 = tensor.empty() : tensor<2x16x1xf32>
    %165 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x16x1xf32>) outs(%164 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = math.rsqrt %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %166 = tensor.empty() : tensor<2x16x64xf32>
    %167 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<2x16x1xf32>) outs(%166 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %168 = tensor.empty() : tensor<2x16x64xf32>
    %169 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %167 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%168 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %170 = tensor.empty() : tensor<2x16x64xf32>
    %171 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<64xf32>) outs(%170 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %172 = tensor.empty() : tensor<2x16x64xf32>
    %173 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %171 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%172 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_29 = tensor.collapse_shape %173 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %174 = tensor.empty() : tensor<32x64xf32>
    %175 = linalg.fill ins(%cst_8 : f32) outs(%174 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %176 = linalg.matmul ins(%collapsed_29, %arg9 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%175 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %177 = tensor.empty() : tensor<32x32xf32>
    %178 = linalg.fill ins(%cst_8 : f32) outs(%177 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %179 = linalg.matmul ins(%collapsed_29, %arg10 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%178 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_30 = tensor.expand_shape %179 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %180 = tensor.empty() : tensor<32x32xf32>
    %181 = linalg.fill ins(%cst_8 : f32) outs(%180 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %182 = linalg.matmul ins(%collapsed_29, %arg11 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%181 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_31 = tensor.expand_shape %182 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %expanded_32 = tensor.expand_shape %176 [[0, 1], [2, 3, 4]] output_shape [2, 16, 2, 2, 16] : tensor<32x64xf32> into tensor<2x16x2x2x16xf32>
    %183 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %184 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_32 : tensor<2x16x2x2x16xf32>) outs(%183 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %185 = tensor.empty() : tensor<2x2x16x16xf32>
    %186 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<2x16x2x16xf32>) outs(%185 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %184 [[0, 1], [2, 3], [4]] : tensor<2x2x16x2x16xf32> into tensor<4x32x16xf32>
    %collapsed_34 = tensor.collapse_shape %186 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %187 = tensor.empty() : tensor<4x32x16xf32>
    %188 = linalg.fill ins(%cst_8 : f32) outs(%187 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %189 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<4x32x16xf32>, tensor<4x16x16xf32>) outs(%188 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %expanded_35 = tensor.expand_shape %189 [[0, 1], [2, 3], [4]] output_shape [2, 2, 16, 2, 16] : tensor<4x32x16xf32> into tensor<2x2x16x2x16xf32>
    %190 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %191 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x2x16x2x16xf32>) outs(%190 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %cst_5 : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x16x2x16xf32>
    %192 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %193 = linalg.generic {indexing_maps = [#map11, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%191 : tensor<2x2x16x2x16xf32>) outs(%192 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %194 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %195 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%55, %193 : tensor<2x2x2x16x16xi1>, tensor<2x2x2x16x16xf32>) outs(%194 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: i1, %in_49: f32, %out: f32):
      %310 = arith.select %in, %in_49, %cst_4 : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16x16xf32>
    %196 = tensor.empty() : tensor<2x2x2x16xf32>
    %197 = linalg.fill ins(%cst_3 : f32) outs(%196 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %198 = linalg.generic {indexing_maps = [#map5, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%195 : tensor<2x2x2x16x16xf32>) outs(%197 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.maximumf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16xf32>
    %199 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %200 = linalg.generic {indexing_maps = [#map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%198 : tensor<2x2x2x16xf32>) outs(%199 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %201 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %202 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%195, %200 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%201 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.subf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16x16xf32>
    %203 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %204 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%202 : tensor<2x2x2x16x16xf32>) outs(%203 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = math.exp %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16x16xf32>
    %205 = tensor.empty() : tensor<2x2x2x16xf32>
    %206 = linalg.fill ins(%cst_8 : f32) outs(%205 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %207 = linalg.generic {indexing_maps = [#map5, #map12], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%204 : tensor<2x2x2x16x16xf32>) outs(%206 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16xf32>
    %208 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %209 = linalg.generic {indexing_maps = [#map12, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%207 : tensor<2x2x2x16xf32>) outs(%208 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %210 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %211 = linalg.generic {indexing_maps = [#map5, #map5, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%204, %209 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%210 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.divf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x2x2x16x16xf32>
    %212 = tensor.empty() : tensor<2x2x16x16xf32>
    %213 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31 : tensor<2x16x2x16xf32>) outs(%212 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %214 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %215 = linalg.generic {indexing_maps = [#map13, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%211 : tensor<2x2x2x16x16xf32>) outs(%214 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %collapsed_36 = tensor.collapse_shape %213 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %215 [[0, 1], [2], [3, 4]] : tensor<2x2x16x2x16xf32> into tensor<4x16x32xf32>
    %216 = tensor.empty() : tensor<4x16x32xf32>
    %217 = linalg.fill ins(%cst_8 : f32) outs(%216 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %218 = linalg.batch_matmul ins(%collapsed_36, %collapsed_37 : tensor<4x16x16xf32>, tensor<4x16x32xf32>) outs(%217 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %expanded_38 = tensor.expand_shape %218 [[0, 1], [2], [3, 4]] output_shape [2, 2, 16, 2, 16] : tensor<4x16x32xf32> into tensor<2x2x16x2x16xf32>
    %219 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %220 = linalg.generic {indexing_maps = [#map14, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x2x16x2x16xf32>) outs(%219 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %221 = tensor.empty() : tensor<2x16x2x2x16xf32>
    %222 = linalg.generic {indexing_maps = [#map15, #map5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%220 : tensor<2x2x16x2x16xf32>) outs(%221 : tensor<2x16x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x2x2x16xf32>
    %collapsed_39 = tensor.collapse_shape %222 [[0, 1], [2, 3, 4]] : tensor<2x16x2x2x16xf32> into tensor<32x64xf32>
    %223 = tensor.empty() : tensor<32x64xf32>
    %224 = linalg.fill ins(%cst_8 : f32) outs(%223 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %225 = linalg.matmul ins(%collapsed_39, %arg12 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%224 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_40 = tensor.expand_shape %225 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %226 = tensor.empty() : tensor<2x16x64xf32>
    %227 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %expanded_40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%226 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.addf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %228 = tensor.empty() : tensor<2x16xf32>
    %229 = linalg.fill ins(%cst_8 : f32) outs(%228 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %230 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%227 : tensor<2x16x64xf32>) outs(%229 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16xf32>
    %expanded_41 = tensor.expand_shape %230 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %231 = tensor.empty() : tensor<2x16x1xf32>
    %232 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<2x16x1xf32>) outs(%231 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.divf %in, %cst_7 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %233 = tensor.empty() : tensor<2x16x64xf32>
    %234 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232 : tensor<2x16x1xf32>) outs(%233 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %235 = tensor.empty() : tensor<2x16x64xf32>
    %236 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227, %234 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%235 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.subf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %237 = tensor.empty() : tensor<2x16x64xf32>
    %238 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236 : tensor<2x16x64xf32>) outs(%237 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %239 = tensor.empty() : tensor<2x16xf32>
    %240 = linalg.fill ins(%cst_8 : f32) outs(%239 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %241 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%238 : tensor<2x16x64xf32>) outs(%240 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16xf32>
    %expanded_42 = tensor.expand_shape %241 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %242 = tensor.empty() : tensor<2x16x1xf32>
    %243 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_42 : tensor<2x16x1xf32>) outs(%242 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.divf %in, %cst_7 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %244 = tensor.empty() : tensor<2x16x1xf32>
    %245 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243 : tensor<2x16x1xf32>) outs(%244 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %in, %cst_6 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %246 = tensor.empty() : tensor<2x16x1xf32>
    %247 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245 : tensor<2x16x1xf32>) outs(%246 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = math.rsqrt %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %248 = tensor.empty() : tensor<2x16x64xf32>
    %249 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247 : tensor<2x16x1xf32>) outs(%248 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %250 = tensor.empty() : tensor<2x16x64xf32>
    %251 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236, %249 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%250 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %252 = tensor.empty() : tensor<2x16x64xf32>
    %253 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13 : tensor<64xf32>) outs(%252 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %254 = tensor.empty() : tensor<2x16x64xf32>
    %255 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251, %253 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%254 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_43 = tensor.collapse_shape %255 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %256 = tensor.empty() : tensor<32x128xf32>
    %257 = linalg.fill ins(%cst_8 : f32) outs(%256 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %258 = linalg.matmul ins(%collapsed_43, %arg14 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%257 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_44 = tensor.expand_shape %258 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %259 = tensor.empty() : tensor<2x16x128xf32>
    %260 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44 : tensor<2x16x128xf32>) outs(%259 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %261 = tensor.empty() : tensor<2x16x128xf32>
    %262 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260, %expanded_44 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%261 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %263 = tensor.empty() : tensor<2x16x128xf32>
    %264 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262 : tensor<2x16x128xf32>) outs(%263 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %cst_2 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %265 = tensor.empty() : tensor<2x16x128xf32>
    %266 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %264 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%265 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.addf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %267 = tensor.empty() : tensor<2x16x128xf32>
    %268 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<2x16x128xf32>) outs(%267 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %cst_1 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %269 = tensor.empty() : tensor<2x16x128xf32>
    %270 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268 : tensor<2x16x128xf32>) outs(%269 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = math.tanh %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %271 = tensor.empty() : tensor<2x16x128xf32>
    %272 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%270 : tensor<2x16x128xf32>) outs(%271 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %in, %cst_0 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %273 = tensor.empty() : tensor<2x16x128xf32>
    %274 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%272 : tensor<2x16x128xf32>) outs(%273 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %cst : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %275 = tensor.empty() : tensor<2x16x128xf32>
    %276 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %274 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%275 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_45 = tensor.collapse_shape %276 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %277 = tensor.empty() : tensor<32x64xf32>
    %278 = linalg.fill ins(%cst_8 : f32) outs(%277 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %279 = linalg.matmul ins(%collapsed_45, %arg15 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%278 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_46 = tensor.expand_shape %279 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %280 = tensor.empty() : tensor<2x16x64xf32>
    %281 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227, %expanded_46 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%280 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.addf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %282 = tensor.empty() : tensor<2x16xf32>
    %283 = linalg.fill ins(%cst_8 : f32) outs(%282 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %284 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%281 : tensor<2x16x64xf32>) outs(%283 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16xf32>
    %expanded_47 = tensor.expand_shape %284 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %285 = tensor.empty() : tensor<2x16x1xf32>
    %286 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47 : tensor<2x16x1xf32>) outs(%285 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.divf %in, %cst_7 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %287 = tensor.empty() : tensor<2x16x64xf32>
    %288 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%286 : tensor<2x16x1xf32>) outs(%287 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %289 = tensor.empty() : tensor<2x16x64xf32>
    %290 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%281, %288 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%289 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.subf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %291 = tensor.empty() : tensor<2x16x64xf32>
    %292 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%290 : tensor<2x16x64xf32>) outs(%291 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.mulf %in, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %293 = tensor.empty() : tensor<2x16xf32>
    %294 = linalg.fill ins(%cst_8 : f32) outs(%293 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %295 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%292 : tensor<2x16x64xf32>) outs(%294 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %out, %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16xf32>
    %expanded_48 = tensor.expand_shape %295 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %296 = tensor.empty() : tensor<2x16x1xf32>
    %297 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<2x16x1xf32>) outs(%296 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.divf %in, %cst_7 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %298 = tensor.empty() : tensor<2x16x1xf32>
    %299 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%297 : tensor<2x16x1xf32>) outs(%298 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = arith.addf %in, %cst_6 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %300 = tensor.empty() : tensor<2x16x1xf32>
    %301 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%299 : tensor<2x16x1xf32>) outs(%300 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %310 = math.rsqrt %in : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x1xf32>
    %302 = tensor.empty() : tensor<2x16x64xf32>
    %303 = linalg.generic {indexing_maps = [#map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%301 : tensor<2x16x1xf32>) outs(%302 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %304 = tensor.empty() : tensor<2x16x64xf32>
    %305 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%290, %303 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%304 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    %306 = tensor.empty() : tensor<2x16x64xf32>
    %307 = linalg.generic {indexing_maps = [#map3, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16 : tensor<64xf32>) outs(%306 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %308 = tensor.empty() : tensor<2x16x64xf32>
    %309 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%305, %307 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%308 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %310 = arith.mulf %in, %in_49 : f32
      linalg.yield %310 : f32
    } -> tensor<2x16x64xf32>
    return %309 : tensor<2x16x64xf32>
  }
}

