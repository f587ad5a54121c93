// FRONTEND: {"args": [{"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "dpa", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "jax_bert", "path": "jax-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d2)>
#map5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d4)>
#map6 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map7 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d2, d1, d3, d4)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1, d2)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, 0, d4)>
#map11 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#map12 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d0, d1, d4, d2)>
#map13 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d3, d4, d0, d2)>
module @jit_forward {
  func.func @main(%arg0: tensor<64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x128xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16x64xf32>, %arg18: tensor<2x16xi32>) -> tensor<2x16x64xf32> {
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
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg18 : tensor<2x16xi32>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i32, %out: i1):
      %298 = arith.cmpi ne, %in, %c0_i32 : i32
      linalg.yield %298 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xf32>
    %3 = linalg.fill ins(%cst_8 : f32) outs(%2 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg17 : tensor<2x16x64xf32>) outs(%3 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16xf32>
    %expanded = tensor.expand_shape %4 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %5 = tensor.empty() : tensor<2x16x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.divf %in, %cst_7 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %7 = tensor.empty() : tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %8 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.subf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16xf32>
    %14 = linalg.fill ins(%cst_8 : f32) outs(%13 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16xf32>
    %expanded_9 = tensor.expand_shape %15 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %16 = tensor.empty() : tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_9 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.divf %in, %cst_7 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %in, %cst_6 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = math.rsqrt %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %22 = tensor.empty() : tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %24 = tensor.empty() : tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %28 = tensor.empty() : tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
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
    %expanded_12 = tensor.expand_shape %32 [[0, 1], [2, 3, 4]] output_shape [2, 16, 4, 1, 16] : tensor<32x64xf32> into tensor<2x16x4x1x16xf32>
    %39 = tensor.empty() : tensor<2x1x1x1x16xi1>
    %40 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16xi1>) outs(%39 : tensor<2x1x1x1x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x1x1x16xi1>
    %41 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %42 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<2x16x4x1x16xf32>) outs(%41 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x1x16xf32>
    %43 = tensor.empty() : tensor<2x4x16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10 : tensor<2x16x4x16xf32>) outs(%43 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_13 = tensor.collapse_shape %42 [[0, 1], [2], [3, 4]] : tensor<2x4x16x1x16xf32> into tensor<8x16x16xf32>
    %collapsed_14 = tensor.collapse_shape %44 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %45 = tensor.empty() : tensor<8x16x16xf32>
    %46 = linalg.fill ins(%cst_8 : f32) outs(%45 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %47 = linalg.batch_matmul ins(%collapsed_13, %collapsed_14 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%46 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_15 = tensor.expand_shape %47 [[0, 1], [2], [3, 4]] output_shape [2, 4, 16, 1, 16] : tensor<8x16x16xf32> into tensor<2x4x16x1x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %49 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<2x4x16x1x16xf32>) outs(%48 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %cst_5 : f32
      linalg.yield %298 : f32
    } -> tensor<2x4x16x1x16xf32>
    %collapsed_16 = tensor.collapse_shape %40 [[0, 1, 2, 3, 4]] : tensor<2x1x1x1x16xi1> into tensor<32xi1>
    %expanded_17 = tensor.expand_shape %collapsed_16 [[0, 1, 2, 3, 4]] output_shape [1, 2, 1, 1, 16] : tensor<32xi1> into tensor<1x2x1x1x16xi1>
    %50 = tensor.empty() : tensor<1x2x4x16x16xi1>
    %51 = linalg.generic {indexing_maps = [#map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_17 : tensor<1x2x1x1x16xi1>) outs(%50 : tensor<1x2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<1x2x4x16x16xi1>
    %collapsed_18 = tensor.collapse_shape %49 [[0, 1, 2, 3, 4]] : tensor<2x4x16x1x16xf32> into tensor<2048xf32>
    %expanded_19 = tensor.expand_shape %collapsed_18 [[0, 1, 2, 3, 4]] output_shape [1, 2, 4, 16, 16] : tensor<2048xf32> into tensor<1x2x4x16x16xf32>
    %52 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%51, %expanded_19 : tensor<1x2x4x16x16xi1>, tensor<1x2x4x16x16xf32>) outs(%52 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_55: f32, %out: f32):
      %298 = arith.select %in, %in_55, %cst_4 : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16x16xf32>
    %54 = tensor.empty() : tensor<1x2x4x16xf32>
    %55 = linalg.fill ins(%cst_3 : f32) outs(%54 : tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%53 : tensor<1x2x4x16x16xf32>) outs(%55 : tensor<1x2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.maximumf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16xf32>
    %57 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%56 : tensor<1x2x4x16xf32>) outs(%57 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x4x16x16xf32>
    %59 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%53, %58 : tensor<1x2x4x16x16xf32>, tensor<1x2x4x16x16xf32>) outs(%59 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.subf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16x16xf32>
    %61 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%60 : tensor<1x2x4x16x16xf32>) outs(%61 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = math.exp %in : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16x16xf32>
    %63 = tensor.empty() : tensor<1x2x4x16xf32>
    %64 = linalg.fill ins(%cst_8 : f32) outs(%63 : tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%62 : tensor<1x2x4x16x16xf32>) outs(%64 : tensor<1x2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16xf32>
    %66 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%65 : tensor<1x2x4x16xf32>) outs(%66 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x4x16x16xf32>
    %68 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%62, %67 : tensor<1x2x4x16x16xf32>, tensor<1x2x4x16x16xf32>) outs(%68 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.divf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<2x16x4x16xf32>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %73 = linalg.generic {indexing_maps = [#map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<1x2x4x16x16xf32>) outs(%72 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x1x16xf32>
    %collapsed_20 = tensor.collapse_shape %71 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_21 = tensor.collapse_shape %73 [[0, 1], [2], [3, 4]] : tensor<2x4x16x1x16xf32> into tensor<8x16x16xf32>
    %74 = tensor.empty() : tensor<8x16x16xf32>
    %75 = linalg.fill ins(%cst_8 : f32) outs(%74 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %76 = linalg.batch_matmul ins(%collapsed_20, %collapsed_21 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%75 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_22 = tensor.expand_shape %76 [[0, 1], [2], [3, 4]] output_shape [2, 4, 16, 1, 16] : tensor<8x16x16xf32> into tensor<2x4x16x1x16xf32>
    %77 = tensor.empty() : tensor<1x2x16x4x16xf32>
    %78 = linalg.generic {indexing_maps = [#map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_22 : tensor<2x4x16x1x16xf32>) outs(%77 : tensor<1x2x16x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x16x4x16xf32>
    %collapsed_23 = tensor.collapse_shape %78 [[0, 1, 2], [3, 4]] : tensor<1x2x16x4x16xf32> into tensor<32x64xf32>
    %79 = tensor.empty() : tensor<32x64xf32>
    %80 = linalg.fill ins(%cst_8 : f32) outs(%79 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %81 = linalg.matmul ins(%collapsed_23, %arg4 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%80 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_24 = tensor.expand_shape %81 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %82 = tensor.empty() : tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %expanded_24 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%82 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.addf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %84 = tensor.empty() : tensor<2x16xf32>
    %85 = linalg.fill ins(%cst_8 : f32) outs(%84 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%83 : tensor<2x16x64xf32>) outs(%85 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16xf32>
    %expanded_25 = tensor.expand_shape %86 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %87 = tensor.empty() : tensor<2x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_25 : tensor<2x16x1xf32>) outs(%87 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.divf %in, %cst_7 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %89 = tensor.empty() : tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x1xf32>) outs(%89 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %91 = tensor.empty() : tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %90 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%91 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.subf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %93 = tensor.empty() : tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x64xf32>) outs(%93 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %95 = tensor.empty() : tensor<2x16xf32>
    %96 = linalg.fill ins(%cst_8 : f32) outs(%95 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%94 : tensor<2x16x64xf32>) outs(%96 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16xf32>
    %expanded_26 = tensor.expand_shape %97 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %98 = tensor.empty() : tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_26 : tensor<2x16x1xf32>) outs(%98 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.divf %in, %cst_7 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %100 = tensor.empty() : tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%100 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %in, %cst_6 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %102 = tensor.empty() : tensor<2x16x1xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x16x1xf32>) outs(%102 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = math.rsqrt %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %104 = tensor.empty() : tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf32>) outs(%104 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %106 = tensor.empty() : tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %105 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%106 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %108 = tensor.empty() : tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5 : tensor<64xf32>) outs(%108 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %110 = tensor.empty() : tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%110 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_27 = tensor.collapse_shape %111 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %112 = tensor.empty() : tensor<32x128xf32>
    %113 = linalg.fill ins(%cst_8 : f32) outs(%112 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %114 = linalg.matmul ins(%collapsed_27, %arg6 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%113 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_28 = tensor.expand_shape %114 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %115 = tensor.empty() : tensor<2x16x128xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_28 : tensor<2x16x128xf32>) outs(%115 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %117 = tensor.empty() : tensor<2x16x128xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %expanded_28 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%117 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %119 = tensor.empty() : tensor<2x16x128xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x128xf32>) outs(%119 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %cst_2 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %121 = tensor.empty() : tensor<2x16x128xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_28, %120 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%121 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.addf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %123 = tensor.empty() : tensor<2x16x128xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x128xf32>) outs(%123 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %cst_1 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %125 = tensor.empty() : tensor<2x16x128xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x128xf32>) outs(%125 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = math.tanh %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %127 = tensor.empty() : tensor<2x16x128xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x128xf32>) outs(%127 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %in, %cst_0 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %129 = tensor.empty() : tensor<2x16x128xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x128xf32>) outs(%129 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %cst : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %131 = tensor.empty() : tensor<2x16x128xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_28, %130 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%131 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_29 = tensor.collapse_shape %132 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %133 = tensor.empty() : tensor<32x64xf32>
    %134 = linalg.fill ins(%cst_8 : f32) outs(%133 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %135 = linalg.matmul ins(%collapsed_29, %arg7 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%134 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_30 = tensor.expand_shape %135 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %136 = tensor.empty() : tensor<2x16x64xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %expanded_30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%136 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.addf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %138 = tensor.empty() : tensor<2x16xf32>
    %139 = linalg.fill ins(%cst_8 : f32) outs(%138 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%137 : tensor<2x16x64xf32>) outs(%139 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16xf32>
    %expanded_31 = tensor.expand_shape %140 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %141 = tensor.empty() : tensor<2x16x1xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_31 : tensor<2x16x1xf32>) outs(%141 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.divf %in, %cst_7 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %143 = tensor.empty() : tensor<2x16x64xf32>
    %144 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<2x16x1xf32>) outs(%143 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %145 = tensor.empty() : tensor<2x16x64xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %144 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%145 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.subf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %147 = tensor.empty() : tensor<2x16x64xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x16x64xf32>) outs(%147 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %149 = tensor.empty() : tensor<2x16xf32>
    %150 = linalg.fill ins(%cst_8 : f32) outs(%149 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%148 : tensor<2x16x64xf32>) outs(%150 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16xf32>
    %expanded_32 = tensor.expand_shape %151 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %152 = tensor.empty() : tensor<2x16x1xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_32 : tensor<2x16x1xf32>) outs(%152 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.divf %in, %cst_7 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %154 = tensor.empty() : tensor<2x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x16x1xf32>) outs(%154 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %in, %cst_6 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %156 = tensor.empty() : tensor<2x16x1xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x16x1xf32>) outs(%156 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = math.rsqrt %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %158 = tensor.empty() : tensor<2x16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x16x1xf32>) outs(%158 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %160 = tensor.empty() : tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %159 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%160 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %162 = tensor.empty() : tensor<2x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<64xf32>) outs(%162 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %164 = tensor.empty() : tensor<2x16x64xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %163 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%164 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_33 = tensor.collapse_shape %165 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %166 = tensor.empty() : tensor<32x64xf32>
    %167 = linalg.fill ins(%cst_8 : f32) outs(%166 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %168 = linalg.matmul ins(%collapsed_33, %arg9 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%167 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %169 = tensor.empty() : tensor<32x64xf32>
    %170 = linalg.fill ins(%cst_8 : f32) outs(%169 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %171 = linalg.matmul ins(%collapsed_33, %arg10 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%170 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_34 = tensor.expand_shape %171 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %172 = tensor.empty() : tensor<32x64xf32>
    %173 = linalg.fill ins(%cst_8 : f32) outs(%172 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %174 = linalg.matmul ins(%collapsed_33, %arg11 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%173 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_35 = tensor.expand_shape %174 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_36 = tensor.expand_shape %168 [[0, 1], [2, 3, 4]] output_shape [2, 16, 4, 1, 16] : tensor<32x64xf32> into tensor<2x16x4x1x16xf32>
    %175 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %176 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<2x16x4x1x16xf32>) outs(%175 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x1x16xf32>
    %177 = tensor.empty() : tensor<2x4x16x16xf32>
    %178 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_34 : tensor<2x16x4x16xf32>) outs(%177 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %176 [[0, 1], [2], [3, 4]] : tensor<2x4x16x1x16xf32> into tensor<8x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %178 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %179 = tensor.empty() : tensor<8x16x16xf32>
    %180 = linalg.fill ins(%cst_8 : f32) outs(%179 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %181 = linalg.batch_matmul ins(%collapsed_37, %collapsed_38 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%180 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_39 = tensor.expand_shape %181 [[0, 1], [2], [3, 4]] output_shape [2, 4, 16, 1, 16] : tensor<8x16x16xf32> into tensor<2x4x16x1x16xf32>
    %182 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %183 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<2x4x16x1x16xf32>) outs(%182 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %cst_5 : f32
      linalg.yield %298 : f32
    } -> tensor<2x4x16x1x16xf32>
    %collapsed_40 = tensor.collapse_shape %183 [[0, 1, 2, 3, 4]] : tensor<2x4x16x1x16xf32> into tensor<2048xf32>
    %expanded_41 = tensor.expand_shape %collapsed_40 [[0, 1, 2, 3, 4]] output_shape [1, 2, 4, 16, 16] : tensor<2048xf32> into tensor<1x2x4x16x16xf32>
    %184 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %185 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%51, %expanded_41 : tensor<1x2x4x16x16xi1>, tensor<1x2x4x16x16xf32>) outs(%184 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_55: f32, %out: f32):
      %298 = arith.select %in, %in_55, %cst_4 : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16x16xf32>
    %186 = tensor.empty() : tensor<1x2x4x16xf32>
    %187 = linalg.fill ins(%cst_3 : f32) outs(%186 : tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %188 = linalg.generic {indexing_maps = [#map6, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%185 : tensor<1x2x4x16x16xf32>) outs(%187 : tensor<1x2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.maximumf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16xf32>
    %189 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %190 = linalg.generic {indexing_maps = [#map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%188 : tensor<1x2x4x16xf32>) outs(%189 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x4x16x16xf32>
    %191 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %192 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%185, %190 : tensor<1x2x4x16x16xf32>, tensor<1x2x4x16x16xf32>) outs(%191 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.subf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16x16xf32>
    %193 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %194 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%192 : tensor<1x2x4x16x16xf32>) outs(%193 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = math.exp %in : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16x16xf32>
    %195 = tensor.empty() : tensor<1x2x4x16xf32>
    %196 = linalg.fill ins(%cst_8 : f32) outs(%195 : tensor<1x2x4x16xf32>) -> tensor<1x2x4x16xf32>
    %197 = linalg.generic {indexing_maps = [#map6, #map11], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%194 : tensor<1x2x4x16x16xf32>) outs(%196 : tensor<1x2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16xf32>
    %198 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %199 = linalg.generic {indexing_maps = [#map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%197 : tensor<1x2x4x16xf32>) outs(%198 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x4x16x16xf32>
    %200 = tensor.empty() : tensor<1x2x4x16x16xf32>
    %201 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%194, %199 : tensor<1x2x4x16x16xf32>, tensor<1x2x4x16x16xf32>) outs(%200 : tensor<1x2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.divf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<1x2x4x16x16xf32>
    %202 = tensor.empty() : tensor<2x4x16x16xf32>
    %203 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x16x4x16xf32>) outs(%202 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %204 = tensor.empty() : tensor<2x4x16x1x16xf32>
    %205 = linalg.generic {indexing_maps = [#map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%201 : tensor<1x2x4x16x16xf32>) outs(%204 : tensor<2x4x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x1x16xf32>
    %collapsed_42 = tensor.collapse_shape %203 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_43 = tensor.collapse_shape %205 [[0, 1], [2], [3, 4]] : tensor<2x4x16x1x16xf32> into tensor<8x16x16xf32>
    %206 = tensor.empty() : tensor<8x16x16xf32>
    %207 = linalg.fill ins(%cst_8 : f32) outs(%206 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %208 = linalg.batch_matmul ins(%collapsed_42, %collapsed_43 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%207 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_44 = tensor.expand_shape %208 [[0, 1], [2], [3, 4]] output_shape [2, 4, 16, 1, 16] : tensor<8x16x16xf32> into tensor<2x4x16x1x16xf32>
    %209 = tensor.empty() : tensor<1x2x16x4x16xf32>
    %210 = linalg.generic {indexing_maps = [#map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_44 : tensor<2x4x16x1x16xf32>) outs(%209 : tensor<1x2x16x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x2x16x4x16xf32>
    %collapsed_45 = tensor.collapse_shape %210 [[0, 1, 2], [3, 4]] : tensor<1x2x16x4x16xf32> into tensor<32x64xf32>
    %211 = tensor.empty() : tensor<32x64xf32>
    %212 = linalg.fill ins(%cst_8 : f32) outs(%211 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %213 = linalg.matmul ins(%collapsed_45, %arg12 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%212 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_46 = tensor.expand_shape %213 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %214 = tensor.empty() : tensor<2x16x64xf32>
    %215 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %expanded_46 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%214 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.addf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %216 = tensor.empty() : tensor<2x16xf32>
    %217 = linalg.fill ins(%cst_8 : f32) outs(%216 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %218 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%215 : tensor<2x16x64xf32>) outs(%217 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16xf32>
    %expanded_47 = tensor.expand_shape %218 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %219 = tensor.empty() : tensor<2x16x1xf32>
    %220 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47 : tensor<2x16x1xf32>) outs(%219 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.divf %in, %cst_7 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %221 = tensor.empty() : tensor<2x16x64xf32>
    %222 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%220 : tensor<2x16x1xf32>) outs(%221 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %223 = tensor.empty() : tensor<2x16x64xf32>
    %224 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215, %222 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%223 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.subf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %225 = tensor.empty() : tensor<2x16x64xf32>
    %226 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224 : tensor<2x16x64xf32>) outs(%225 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %227 = tensor.empty() : tensor<2x16xf32>
    %228 = linalg.fill ins(%cst_8 : f32) outs(%227 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %229 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%226 : tensor<2x16x64xf32>) outs(%228 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16xf32>
    %expanded_48 = tensor.expand_shape %229 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %230 = tensor.empty() : tensor<2x16x1xf32>
    %231 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<2x16x1xf32>) outs(%230 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.divf %in, %cst_7 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %232 = tensor.empty() : tensor<2x16x1xf32>
    %233 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231 : tensor<2x16x1xf32>) outs(%232 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %in, %cst_6 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %234 = tensor.empty() : tensor<2x16x1xf32>
    %235 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%233 : tensor<2x16x1xf32>) outs(%234 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = math.rsqrt %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %236 = tensor.empty() : tensor<2x16x64xf32>
    %237 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235 : tensor<2x16x1xf32>) outs(%236 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %238 = tensor.empty() : tensor<2x16x64xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %237 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%238 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %240 = tensor.empty() : tensor<2x16x64xf32>
    %241 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13 : tensor<64xf32>) outs(%240 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %242 = tensor.empty() : tensor<2x16x64xf32>
    %243 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239, %241 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%242 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_49 = tensor.collapse_shape %243 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %244 = tensor.empty() : tensor<32x128xf32>
    %245 = linalg.fill ins(%cst_8 : f32) outs(%244 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %246 = linalg.matmul ins(%collapsed_49, %arg14 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%245 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_50 = tensor.expand_shape %246 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %247 = tensor.empty() : tensor<2x16x128xf32>
    %248 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_50 : tensor<2x16x128xf32>) outs(%247 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %249 = tensor.empty() : tensor<2x16x128xf32>
    %250 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248, %expanded_50 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%249 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %251 = tensor.empty() : tensor<2x16x128xf32>
    %252 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250 : tensor<2x16x128xf32>) outs(%251 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %cst_2 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %253 = tensor.empty() : tensor<2x16x128xf32>
    %254 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_50, %252 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%253 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.addf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %255 = tensor.empty() : tensor<2x16x128xf32>
    %256 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%254 : tensor<2x16x128xf32>) outs(%255 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %cst_1 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %257 = tensor.empty() : tensor<2x16x128xf32>
    %258 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256 : tensor<2x16x128xf32>) outs(%257 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = math.tanh %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %259 = tensor.empty() : tensor<2x16x128xf32>
    %260 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258 : tensor<2x16x128xf32>) outs(%259 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %in, %cst_0 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %261 = tensor.empty() : tensor<2x16x128xf32>
    %262 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260 : tensor<2x16x128xf32>) outs(%261 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %cst : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %263 = tensor.empty() : tensor<2x16x128xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_50, %262 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%263 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_51 = tensor.collapse_shape %264 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %265 = tensor.empty() : tensor<32x64xf32>
    %266 = linalg.fill ins(%cst_8 : f32) outs(%265 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %267 = linalg.matmul ins(%collapsed_51, %arg15 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%266 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_52 = tensor.expand_shape %267 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %268 = tensor.empty() : tensor<2x16x64xf32>
    %269 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215, %expanded_52 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%268 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.addf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %270 = tensor.empty() : tensor<2x16xf32>
    %271 = linalg.fill ins(%cst_8 : f32) outs(%270 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %272 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%269 : tensor<2x16x64xf32>) outs(%271 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16xf32>
    %expanded_53 = tensor.expand_shape %272 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %273 = tensor.empty() : tensor<2x16x1xf32>
    %274 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_53 : tensor<2x16x1xf32>) outs(%273 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.divf %in, %cst_7 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %275 = tensor.empty() : tensor<2x16x64xf32>
    %276 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274 : tensor<2x16x1xf32>) outs(%275 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %277 = tensor.empty() : tensor<2x16x64xf32>
    %278 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%269, %276 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%277 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.subf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %279 = tensor.empty() : tensor<2x16x64xf32>
    %280 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278 : tensor<2x16x64xf32>) outs(%279 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.mulf %in, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %281 = tensor.empty() : tensor<2x16xf32>
    %282 = linalg.fill ins(%cst_8 : f32) outs(%281 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %283 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%280 : tensor<2x16x64xf32>) outs(%282 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %out, %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16xf32>
    %expanded_54 = tensor.expand_shape %283 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %284 = tensor.empty() : tensor<2x16x1xf32>
    %285 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_54 : tensor<2x16x1xf32>) outs(%284 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.divf %in, %cst_7 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %286 = tensor.empty() : tensor<2x16x1xf32>
    %287 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%285 : tensor<2x16x1xf32>) outs(%286 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = arith.addf %in, %cst_6 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %288 = tensor.empty() : tensor<2x16x1xf32>
    %289 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%287 : tensor<2x16x1xf32>) outs(%288 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %298 = math.rsqrt %in : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x1xf32>
    %290 = tensor.empty() : tensor<2x16x64xf32>
    %291 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%289 : tensor<2x16x1xf32>) outs(%290 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %292 = tensor.empty() : tensor<2x16x64xf32>
    %293 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278, %291 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%292 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    %294 = tensor.empty() : tensor<2x16x64xf32>
    %295 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16 : tensor<64xf32>) outs(%294 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %296 = tensor.empty() : tensor<2x16x64xf32>
    %297 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%293, %295 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%296 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %298 = arith.mulf %in, %in_55 : f32
      linalg.yield %298 : f32
    } -> tensor<2x16x64xf32>
    return %297 : tensor<2x16x64xf32>
  }
}

