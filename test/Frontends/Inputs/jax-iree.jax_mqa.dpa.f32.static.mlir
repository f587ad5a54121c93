// FRONTEND: {"args": [{"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 16]}, {"role": "weight", "shape": [64, 16]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 16]}, {"role": "weight", "shape": [64, 16]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "dpa", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "jax_mqa", "path": "jax-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d2)>
#map5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d4)>
#map6 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1, d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d2, d0, d3, d4)>
#map10 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, 0, d4)>
#map11 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d4)>
#map12 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d2, d3, d0, d4)>
#map13 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d0, d1, d4, d2)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d3, d4, d0, d2)>
#map16 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d0, d1, d2, d4)>
module @jit_forward {
  func.func @main(%arg0: tensor<64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x16xf32>, %arg3: tensor<64x16xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x128xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64x16xf32>, %arg11: tensor<64x16xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16x64xf32>, %arg18: tensor<2x16xi32>) -> tensor<2x16x64xf32> {
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
      %314 = arith.cmpi ne, %in, %c0_i32 : i32
      linalg.yield %314 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xf32>
    %3 = linalg.fill ins(%cst_8 : f32) outs(%2 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg17 : tensor<2x16x64xf32>) outs(%3 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16xf32>
    %expanded = tensor.expand_shape %4 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %5 = tensor.empty() : tensor<2x16x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.divf %in, %cst_7 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %7 = tensor.empty() : tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %8 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.subf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16xf32>
    %14 = linalg.fill ins(%cst_8 : f32) outs(%13 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16xf32>
    %expanded_9 = tensor.expand_shape %15 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %16 = tensor.empty() : tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_9 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.divf %in, %cst_7 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %in, %cst_6 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = math.rsqrt %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %22 = tensor.empty() : tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %24 = tensor.empty() : tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %28 = tensor.empty() : tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %29 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %30 = tensor.empty() : tensor<32x64xf32>
    %31 = linalg.fill ins(%cst_8 : f32) outs(%30 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %32 = linalg.matmul ins(%collapsed, %arg1 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %33 = tensor.empty() : tensor<32x16xf32>
    %34 = linalg.fill ins(%cst_8 : f32) outs(%33 : tensor<32x16xf32>) -> tensor<32x16xf32>
    %35 = linalg.matmul ins(%collapsed, %arg2 : tensor<32x64xf32>, tensor<64x16xf32>) outs(%34 : tensor<32x16xf32>) -> tensor<32x16xf32>
    %expanded_10 = tensor.expand_shape %35 [[0, 1], [2, 3]] output_shape [2, 16, 1, 16] : tensor<32x16xf32> into tensor<2x16x1x16xf32>
    %36 = tensor.empty() : tensor<32x16xf32>
    %37 = linalg.fill ins(%cst_8 : f32) outs(%36 : tensor<32x16xf32>) -> tensor<32x16xf32>
    %38 = linalg.matmul ins(%collapsed, %arg3 : tensor<32x64xf32>, tensor<64x16xf32>) outs(%37 : tensor<32x16xf32>) -> tensor<32x16xf32>
    %expanded_11 = tensor.expand_shape %38 [[0, 1], [2, 3]] output_shape [2, 16, 1, 16] : tensor<32x16xf32> into tensor<2x16x1x16xf32>
    %39 = tensor.empty() : tensor<2x1x4x1x16xi1>
    %40 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16xi1>) outs(%39 : tensor<2x1x4x1x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x4x1x16xi1>
    %41 = tensor.empty() : tensor<2x1x16x16xf32>
    %42 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10 : tensor<2x16x1x16xf32>) outs(%41 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_12 = tensor.collapse_shape %32 [[0, 1]] : tensor<32x64xf32> into tensor<2048xf32>
    %expanded_13 = tensor.expand_shape %collapsed_12 [[0, 1, 2]] output_shape [2, 64, 16] : tensor<2048xf32> into tensor<2x64x16xf32>
    %collapsed_14 = tensor.collapse_shape %42 [[0], [1, 2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %43 = tensor.empty() : tensor<2x64x16xf32>
    %44 = linalg.fill ins(%cst_8 : f32) outs(%43 : tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %45 = linalg.batch_matmul ins(%expanded_13, %collapsed_14 : tensor<2x64x16xf32>, tensor<2x16x16xf32>) outs(%44 : tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %expanded_15 = tensor.expand_shape %45 [[0], [1, 2, 3], [4]] output_shape [2, 1, 16, 4, 16] : tensor<2x64x16xf32> into tensor<2x1x16x4x16xf32>
    %46 = tensor.empty() : tensor<2x1x16x4x16xf32>
    %47 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<2x1x16x4x16xf32>) outs(%46 : tensor<2x1x16x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %cst_5 : f32
      linalg.yield %314 : f32
    } -> tensor<2x1x16x4x16xf32>
    %48 = tensor.empty() : tensor<4x2x1x1x16xi1>
    %49 = linalg.generic {indexing_maps = [#map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%40 : tensor<2x1x4x1x16xi1>) outs(%48 : tensor<4x2x1x1x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<4x2x1x1x16xi1>
    %50 = tensor.empty() : tensor<4x2x1x16x16xi1>
    %51 = linalg.generic {indexing_maps = [#map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%49 : tensor<4x2x1x1x16xi1>) outs(%50 : tensor<4x2x1x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<4x2x1x16x16xi1>
    %52 = tensor.empty() : tensor<16x16xi32>
    %53 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel"]} outs(%52 : tensor<16x16xi32>) {
    ^bb0(%out: i32):
      %314 = linalg.index 0 : index
      %315 = arith.index_cast %314 : index to i32
      linalg.yield %315 : i32
    } -> tensor<16x16xi32>
    %54 = tensor.empty() : tensor<16x16xi32>
    %55 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel"]} outs(%54 : tensor<16x16xi32>) {
    ^bb0(%out: i32):
      %314 = linalg.index 1 : index
      %315 = arith.index_cast %314 : index to i32
      linalg.yield %315 : i32
    } -> tensor<16x16xi32>
    %56 = tensor.empty() : tensor<16x16xi1>
    %57 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%53, %55 : tensor<16x16xi32>, tensor<16x16xi32>) outs(%56 : tensor<16x16xi1>) {
    ^bb0(%in: i32, %in_49: i32, %out: i1):
      %314 = arith.cmpi sge, %in, %in_49 : i32
      linalg.yield %314 : i1
    } -> tensor<16x16xi1>
    %58 = tensor.empty() : tensor<4x2x1x16x16xi1>
    %59 = linalg.generic {indexing_maps = [#map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%57 : tensor<16x16xi1>) outs(%58 : tensor<4x2x1x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<4x2x1x16x16xi1>
    %60 = tensor.empty() : tensor<4x2x1x16x16xi1>
    %61 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%51, %59 : tensor<4x2x1x16x16xi1>, tensor<4x2x1x16x16xi1>) outs(%60 : tensor<4x2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_49: i1, %out: i1):
      %314 = arith.andi %in, %in_49 : i1
      linalg.yield %314 : i1
    } -> tensor<4x2x1x16x16xi1>
    %62 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%47 : tensor<2x1x16x4x16xf32>) outs(%62 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x2x1x16x16xf32>
    %64 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%61, %63 : tensor<4x2x1x16x16xi1>, tensor<4x2x1x16x16xf32>) outs(%64 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_49: f32, %out: f32):
      %314 = arith.select %in, %in_49, %cst_4 : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16x16xf32>
    %66 = tensor.empty() : tensor<4x2x1x16xf32>
    %67 = linalg.fill ins(%cst_3 : f32) outs(%66 : tensor<4x2x1x16xf32>) -> tensor<4x2x1x16xf32>
    %68 = linalg.generic {indexing_maps = [#map6, #map13], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%65 : tensor<4x2x1x16x16xf32>) outs(%67 : tensor<4x2x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.maximumf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16xf32>
    %69 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<4x2x1x16xf32>) outs(%69 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x2x1x16x16xf32>
    %71 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %72 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%65, %70 : tensor<4x2x1x16x16xf32>, tensor<4x2x1x16x16xf32>) outs(%71 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.subf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16x16xf32>
    %73 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%72 : tensor<4x2x1x16x16xf32>) outs(%73 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = math.exp %in : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16x16xf32>
    %75 = tensor.empty() : tensor<4x2x1x16xf32>
    %76 = linalg.fill ins(%cst_8 : f32) outs(%75 : tensor<4x2x1x16xf32>) -> tensor<4x2x1x16xf32>
    %77 = linalg.generic {indexing_maps = [#map6, #map13], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%74 : tensor<4x2x1x16x16xf32>) outs(%76 : tensor<4x2x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16xf32>
    %78 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %79 = linalg.generic {indexing_maps = [#map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%77 : tensor<4x2x1x16xf32>) outs(%78 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x2x1x16x16xf32>
    %80 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %81 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%74, %79 : tensor<4x2x1x16x16xf32>, tensor<4x2x1x16x16xf32>) outs(%80 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.divf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16x16xf32>
    %82 = tensor.empty() : tensor<2x1x16x16xf32>
    %83 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<2x16x1x16xf32>) outs(%82 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x16x16xf32>
    %84 = tensor.empty() : tensor<2x1x16x4x16xf32>
    %85 = linalg.generic {indexing_maps = [#map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%81 : tensor<4x2x1x16x16xf32>) outs(%84 : tensor<2x1x16x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x16x4x16xf32>
    %collapsed_16 = tensor.collapse_shape %83 [[0], [1, 2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %collapsed_17 = tensor.collapse_shape %85 [[0], [1, 2], [3, 4]] : tensor<2x1x16x4x16xf32> into tensor<2x16x64xf32>
    %86 = tensor.empty() : tensor<2x16x64xf32>
    %87 = linalg.fill ins(%cst_8 : f32) outs(%86 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %88 = linalg.batch_matmul ins(%collapsed_16, %collapsed_17 : tensor<2x16x16xf32>, tensor<2x16x64xf32>) outs(%87 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_18 = tensor.expand_shape %88 [[0], [1, 2], [3, 4]] output_shape [2, 1, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x1x16x4x16xf32>
    %89 = tensor.empty() : tensor<4x2x16x1x16xf32>
    %90 = linalg.generic {indexing_maps = [#map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_18 : tensor<2x1x16x4x16xf32>) outs(%89 : tensor<4x2x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x2x16x1x16xf32>
    %91 = tensor.empty() : tensor<2x16x1x4x16xf32>
    %92 = linalg.generic {indexing_maps = [#map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%90 : tensor<4x2x16x1x16xf32>) outs(%91 : tensor<2x16x1x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x1x4x16xf32>
    %collapsed_19 = tensor.collapse_shape %92 [[0, 1], [2, 3, 4]] : tensor<2x16x1x4x16xf32> into tensor<32x64xf32>
    %93 = tensor.empty() : tensor<32x64xf32>
    %94 = linalg.fill ins(%cst_8 : f32) outs(%93 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %95 = linalg.matmul ins(%collapsed_19, %arg4 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%94 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_20 = tensor.expand_shape %95 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %96 = tensor.empty() : tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %expanded_20 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%96 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.addf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %98 = tensor.empty() : tensor<2x16xf32>
    %99 = linalg.fill ins(%cst_8 : f32) outs(%98 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%97 : tensor<2x16x64xf32>) outs(%99 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16xf32>
    %expanded_21 = tensor.expand_shape %100 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %101 = tensor.empty() : tensor<2x16x1xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_21 : tensor<2x16x1xf32>) outs(%101 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.divf %in, %cst_7 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %103 = tensor.empty() : tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf32>) outs(%103 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %105 = tensor.empty() : tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %104 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%105 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.subf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %107 = tensor.empty() : tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x64xf32>) outs(%107 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %109 = tensor.empty() : tensor<2x16xf32>
    %110 = linalg.fill ins(%cst_8 : f32) outs(%109 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x16x64xf32>) outs(%110 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16xf32>
    %expanded_22 = tensor.expand_shape %111 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %112 = tensor.empty() : tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_22 : tensor<2x16x1xf32>) outs(%112 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.divf %in, %cst_7 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %114 = tensor.empty() : tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%114 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %in, %cst_6 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %116 = tensor.empty() : tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%116 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = math.rsqrt %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %118 = tensor.empty() : tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf32>) outs(%118 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %120 = tensor.empty() : tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %119 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%120 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %122 = tensor.empty() : tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5 : tensor<64xf32>) outs(%122 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %124 = tensor.empty() : tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %123 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%124 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_23 = tensor.collapse_shape %125 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %126 = tensor.empty() : tensor<32x128xf32>
    %127 = linalg.fill ins(%cst_8 : f32) outs(%126 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %128 = linalg.matmul ins(%collapsed_23, %arg6 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%127 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_24 = tensor.expand_shape %128 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %129 = tensor.empty() : tensor<2x16x128xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x16x128xf32>) outs(%129 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %131 = tensor.empty() : tensor<2x16x128xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130, %expanded_24 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%131 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %133 = tensor.empty() : tensor<2x16x128xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132 : tensor<2x16x128xf32>) outs(%133 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %cst_2 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %135 = tensor.empty() : tensor<2x16x128xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24, %134 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%135 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.addf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %137 = tensor.empty() : tensor<2x16x128xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x16x128xf32>) outs(%137 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %cst_1 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %139 = tensor.empty() : tensor<2x16x128xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x16x128xf32>) outs(%139 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = math.tanh %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %141 = tensor.empty() : tensor<2x16x128xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140 : tensor<2x16x128xf32>) outs(%141 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %in, %cst_0 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %143 = tensor.empty() : tensor<2x16x128xf32>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142 : tensor<2x16x128xf32>) outs(%143 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %cst : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %145 = tensor.empty() : tensor<2x16x128xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24, %144 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%145 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_25 = tensor.collapse_shape %146 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %147 = tensor.empty() : tensor<32x64xf32>
    %148 = linalg.fill ins(%cst_8 : f32) outs(%147 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %149 = linalg.matmul ins(%collapsed_25, %arg7 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%148 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_26 = tensor.expand_shape %149 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %150 = tensor.empty() : tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %expanded_26 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%150 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.addf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %152 = tensor.empty() : tensor<2x16xf32>
    %153 = linalg.fill ins(%cst_8 : f32) outs(%152 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%151 : tensor<2x16x64xf32>) outs(%153 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16xf32>
    %expanded_27 = tensor.expand_shape %154 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %155 = tensor.empty() : tensor<2x16x1xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x16x1xf32>) outs(%155 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.divf %in, %cst_7 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %157 = tensor.empty() : tensor<2x16x64xf32>
    %158 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x16x1xf32>) outs(%157 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %159 = tensor.empty() : tensor<2x16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %158 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%159 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.subf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %161 = tensor.empty() : tensor<2x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<2x16x64xf32>) outs(%161 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %163 = tensor.empty() : tensor<2x16xf32>
    %164 = linalg.fill ins(%cst_8 : f32) outs(%163 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%162 : tensor<2x16x64xf32>) outs(%164 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16xf32>
    %expanded_28 = tensor.expand_shape %165 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %166 = tensor.empty() : tensor<2x16x1xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_28 : tensor<2x16x1xf32>) outs(%166 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.divf %in, %cst_7 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %168 = tensor.empty() : tensor<2x16x1xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167 : tensor<2x16x1xf32>) outs(%168 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %in, %cst_6 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %170 = tensor.empty() : tensor<2x16x1xf32>
    %171 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<2x16x1xf32>) outs(%170 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = math.rsqrt %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %172 = tensor.empty() : tensor<2x16x64xf32>
    %173 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171 : tensor<2x16x1xf32>) outs(%172 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %174 = tensor.empty() : tensor<2x16x64xf32>
    %175 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %173 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%174 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %176 = tensor.empty() : tensor<2x16x64xf32>
    %177 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<64xf32>) outs(%176 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %178 = tensor.empty() : tensor<2x16x64xf32>
    %179 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175, %177 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%178 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_29 = tensor.collapse_shape %179 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %180 = tensor.empty() : tensor<32x64xf32>
    %181 = linalg.fill ins(%cst_8 : f32) outs(%180 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %182 = linalg.matmul ins(%collapsed_29, %arg9 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%181 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %183 = tensor.empty() : tensor<32x16xf32>
    %184 = linalg.fill ins(%cst_8 : f32) outs(%183 : tensor<32x16xf32>) -> tensor<32x16xf32>
    %185 = linalg.matmul ins(%collapsed_29, %arg10 : tensor<32x64xf32>, tensor<64x16xf32>) outs(%184 : tensor<32x16xf32>) -> tensor<32x16xf32>
    %expanded_30 = tensor.expand_shape %185 [[0, 1], [2, 3]] output_shape [2, 16, 1, 16] : tensor<32x16xf32> into tensor<2x16x1x16xf32>
    %186 = tensor.empty() : tensor<32x16xf32>
    %187 = linalg.fill ins(%cst_8 : f32) outs(%186 : tensor<32x16xf32>) -> tensor<32x16xf32>
    %188 = linalg.matmul ins(%collapsed_29, %arg11 : tensor<32x64xf32>, tensor<64x16xf32>) outs(%187 : tensor<32x16xf32>) -> tensor<32x16xf32>
    %expanded_31 = tensor.expand_shape %188 [[0, 1], [2, 3]] output_shape [2, 16, 1, 16] : tensor<32x16xf32> into tensor<2x16x1x16xf32>
    %189 = tensor.empty() : tensor<2x1x16x16xf32>
    %190 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<2x16x1x16xf32>) outs(%189 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %182 [[0, 1]] : tensor<32x64xf32> into tensor<2048xf32>
    %expanded_33 = tensor.expand_shape %collapsed_32 [[0, 1, 2]] output_shape [2, 64, 16] : tensor<2048xf32> into tensor<2x64x16xf32>
    %collapsed_34 = tensor.collapse_shape %190 [[0], [1, 2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %191 = tensor.empty() : tensor<2x64x16xf32>
    %192 = linalg.fill ins(%cst_8 : f32) outs(%191 : tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %193 = linalg.batch_matmul ins(%expanded_33, %collapsed_34 : tensor<2x64x16xf32>, tensor<2x16x16xf32>) outs(%192 : tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %expanded_35 = tensor.expand_shape %193 [[0], [1, 2, 3], [4]] output_shape [2, 1, 16, 4, 16] : tensor<2x64x16xf32> into tensor<2x1x16x4x16xf32>
    %194 = tensor.empty() : tensor<2x1x16x4x16xf32>
    %195 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x1x16x4x16xf32>) outs(%194 : tensor<2x1x16x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %cst_5 : f32
      linalg.yield %314 : f32
    } -> tensor<2x1x16x4x16xf32>
    %196 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %197 = linalg.generic {indexing_maps = [#map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%195 : tensor<2x1x16x4x16xf32>) outs(%196 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x2x1x16x16xf32>
    %198 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %199 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%61, %197 : tensor<4x2x1x16x16xi1>, tensor<4x2x1x16x16xf32>) outs(%198 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_49: f32, %out: f32):
      %314 = arith.select %in, %in_49, %cst_4 : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16x16xf32>
    %200 = tensor.empty() : tensor<4x2x1x16xf32>
    %201 = linalg.fill ins(%cst_3 : f32) outs(%200 : tensor<4x2x1x16xf32>) -> tensor<4x2x1x16xf32>
    %202 = linalg.generic {indexing_maps = [#map6, #map13], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%199 : tensor<4x2x1x16x16xf32>) outs(%201 : tensor<4x2x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.maximumf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16xf32>
    %203 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %204 = linalg.generic {indexing_maps = [#map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%202 : tensor<4x2x1x16xf32>) outs(%203 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x2x1x16x16xf32>
    %205 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %206 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%199, %204 : tensor<4x2x1x16x16xf32>, tensor<4x2x1x16x16xf32>) outs(%205 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.subf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16x16xf32>
    %207 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %208 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%206 : tensor<4x2x1x16x16xf32>) outs(%207 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = math.exp %in : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16x16xf32>
    %209 = tensor.empty() : tensor<4x2x1x16xf32>
    %210 = linalg.fill ins(%cst_8 : f32) outs(%209 : tensor<4x2x1x16xf32>) -> tensor<4x2x1x16xf32>
    %211 = linalg.generic {indexing_maps = [#map6, #map13], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%208 : tensor<4x2x1x16x16xf32>) outs(%210 : tensor<4x2x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16xf32>
    %212 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %213 = linalg.generic {indexing_maps = [#map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%211 : tensor<4x2x1x16xf32>) outs(%212 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x2x1x16x16xf32>
    %214 = tensor.empty() : tensor<4x2x1x16x16xf32>
    %215 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%208, %213 : tensor<4x2x1x16x16xf32>, tensor<4x2x1x16x16xf32>) outs(%214 : tensor<4x2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.divf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<4x2x1x16x16xf32>
    %216 = tensor.empty() : tensor<2x1x16x16xf32>
    %217 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31 : tensor<2x16x1x16xf32>) outs(%216 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x16x16xf32>
    %218 = tensor.empty() : tensor<2x1x16x4x16xf32>
    %219 = linalg.generic {indexing_maps = [#map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%215 : tensor<4x2x1x16x16xf32>) outs(%218 : tensor<2x1x16x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x1x16x4x16xf32>
    %collapsed_36 = tensor.collapse_shape %217 [[0], [1, 2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %219 [[0], [1, 2], [3, 4]] : tensor<2x1x16x4x16xf32> into tensor<2x16x64xf32>
    %220 = tensor.empty() : tensor<2x16x64xf32>
    %221 = linalg.fill ins(%cst_8 : f32) outs(%220 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %222 = linalg.batch_matmul ins(%collapsed_36, %collapsed_37 : tensor<2x16x16xf32>, tensor<2x16x64xf32>) outs(%221 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_38 = tensor.expand_shape %222 [[0], [1, 2], [3, 4]] output_shape [2, 1, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x1x16x4x16xf32>
    %223 = tensor.empty() : tensor<4x2x16x1x16xf32>
    %224 = linalg.generic {indexing_maps = [#map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x1x16x4x16xf32>) outs(%223 : tensor<4x2x16x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<4x2x16x1x16xf32>
    %225 = tensor.empty() : tensor<2x16x1x4x16xf32>
    %226 = linalg.generic {indexing_maps = [#map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%224 : tensor<4x2x16x1x16xf32>) outs(%225 : tensor<2x16x1x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x1x4x16xf32>
    %collapsed_39 = tensor.collapse_shape %226 [[0, 1], [2, 3, 4]] : tensor<2x16x1x4x16xf32> into tensor<32x64xf32>
    %227 = tensor.empty() : tensor<32x64xf32>
    %228 = linalg.fill ins(%cst_8 : f32) outs(%227 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %229 = linalg.matmul ins(%collapsed_39, %arg12 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%228 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_40 = tensor.expand_shape %229 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %230 = tensor.empty() : tensor<2x16x64xf32>
    %231 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %expanded_40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%230 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.addf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %232 = tensor.empty() : tensor<2x16xf32>
    %233 = linalg.fill ins(%cst_8 : f32) outs(%232 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %234 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%231 : tensor<2x16x64xf32>) outs(%233 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16xf32>
    %expanded_41 = tensor.expand_shape %234 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %235 = tensor.empty() : tensor<2x16x1xf32>
    %236 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<2x16x1xf32>) outs(%235 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.divf %in, %cst_7 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %237 = tensor.empty() : tensor<2x16x64xf32>
    %238 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236 : tensor<2x16x1xf32>) outs(%237 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %239 = tensor.empty() : tensor<2x16x64xf32>
    %240 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231, %238 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%239 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.subf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %241 = tensor.empty() : tensor<2x16x64xf32>
    %242 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240 : tensor<2x16x64xf32>) outs(%241 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %243 = tensor.empty() : tensor<2x16xf32>
    %244 = linalg.fill ins(%cst_8 : f32) outs(%243 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %245 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%242 : tensor<2x16x64xf32>) outs(%244 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16xf32>
    %expanded_42 = tensor.expand_shape %245 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %246 = tensor.empty() : tensor<2x16x1xf32>
    %247 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_42 : tensor<2x16x1xf32>) outs(%246 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.divf %in, %cst_7 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %248 = tensor.empty() : tensor<2x16x1xf32>
    %249 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247 : tensor<2x16x1xf32>) outs(%248 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %in, %cst_6 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %250 = tensor.empty() : tensor<2x16x1xf32>
    %251 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%249 : tensor<2x16x1xf32>) outs(%250 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = math.rsqrt %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %252 = tensor.empty() : tensor<2x16x64xf32>
    %253 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251 : tensor<2x16x1xf32>) outs(%252 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %254 = tensor.empty() : tensor<2x16x64xf32>
    %255 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240, %253 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%254 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %256 = tensor.empty() : tensor<2x16x64xf32>
    %257 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13 : tensor<64xf32>) outs(%256 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %258 = tensor.empty() : tensor<2x16x64xf32>
    %259 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255, %257 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%258 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_43 = tensor.collapse_shape %259 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %260 = tensor.empty() : tensor<32x128xf32>
    %261 = linalg.fill ins(%cst_8 : f32) outs(%260 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %262 = linalg.matmul ins(%collapsed_43, %arg14 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%261 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_44 = tensor.expand_shape %262 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %263 = tensor.empty() : tensor<2x16x128xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44 : tensor<2x16x128xf32>) outs(%263 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %265 = tensor.empty() : tensor<2x16x128xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264, %expanded_44 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%265 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %267 = tensor.empty() : tensor<2x16x128xf32>
    %268 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<2x16x128xf32>) outs(%267 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %cst_2 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %269 = tensor.empty() : tensor<2x16x128xf32>
    %270 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %268 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%269 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.addf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %271 = tensor.empty() : tensor<2x16x128xf32>
    %272 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%270 : tensor<2x16x128xf32>) outs(%271 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %cst_1 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %273 = tensor.empty() : tensor<2x16x128xf32>
    %274 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%272 : tensor<2x16x128xf32>) outs(%273 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = math.tanh %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %275 = tensor.empty() : tensor<2x16x128xf32>
    %276 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274 : tensor<2x16x128xf32>) outs(%275 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %in, %cst_0 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %277 = tensor.empty() : tensor<2x16x128xf32>
    %278 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%276 : tensor<2x16x128xf32>) outs(%277 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %cst : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %279 = tensor.empty() : tensor<2x16x128xf32>
    %280 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %278 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%279 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_45 = tensor.collapse_shape %280 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %281 = tensor.empty() : tensor<32x64xf32>
    %282 = linalg.fill ins(%cst_8 : f32) outs(%281 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %283 = linalg.matmul ins(%collapsed_45, %arg15 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%282 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_46 = tensor.expand_shape %283 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %284 = tensor.empty() : tensor<2x16x64xf32>
    %285 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231, %expanded_46 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%284 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.addf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %286 = tensor.empty() : tensor<2x16xf32>
    %287 = linalg.fill ins(%cst_8 : f32) outs(%286 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %288 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%285 : tensor<2x16x64xf32>) outs(%287 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16xf32>
    %expanded_47 = tensor.expand_shape %288 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %289 = tensor.empty() : tensor<2x16x1xf32>
    %290 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47 : tensor<2x16x1xf32>) outs(%289 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.divf %in, %cst_7 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %291 = tensor.empty() : tensor<2x16x64xf32>
    %292 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%290 : tensor<2x16x1xf32>) outs(%291 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %293 = tensor.empty() : tensor<2x16x64xf32>
    %294 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%285, %292 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%293 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.subf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %295 = tensor.empty() : tensor<2x16x64xf32>
    %296 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%294 : tensor<2x16x64xf32>) outs(%295 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.mulf %in, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %297 = tensor.empty() : tensor<2x16xf32>
    %298 = linalg.fill ins(%cst_8 : f32) outs(%297 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %299 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%296 : tensor<2x16x64xf32>) outs(%298 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %out, %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16xf32>
    %expanded_48 = tensor.expand_shape %299 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %300 = tensor.empty() : tensor<2x16x1xf32>
    %301 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<2x16x1xf32>) outs(%300 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.divf %in, %cst_7 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %302 = tensor.empty() : tensor<2x16x1xf32>
    %303 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%301 : tensor<2x16x1xf32>) outs(%302 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = arith.addf %in, %cst_6 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %304 = tensor.empty() : tensor<2x16x1xf32>
    %305 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%303 : tensor<2x16x1xf32>) outs(%304 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %314 = math.rsqrt %in : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x1xf32>
    %306 = tensor.empty() : tensor<2x16x64xf32>
    %307 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%305 : tensor<2x16x1xf32>) outs(%306 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %308 = tensor.empty() : tensor<2x16x64xf32>
    %309 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%294, %307 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%308 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    %310 = tensor.empty() : tensor<2x16x64xf32>
    %311 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16 : tensor<64xf32>) outs(%310 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %312 = tensor.empty() : tensor<2x16x64xf32>
    %313 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%309, %311 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%312 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %314 = arith.mulf %in, %in_49 : f32
      linalg.yield %314 : f32
    } -> tensor<2x16x64xf32>
    return %313 : tensor<2x16x64xf32>
  }
}

