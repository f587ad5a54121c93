// FRONTEND: {"args": [{"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "dpa", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "jax_swa", "path": "jax-iree", "shapes": "static"}
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
#map10 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d2, d0, d3, d4)>
#map11 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, 0, 0, d4)>
#map12 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d4)>
#map13 = affine_map<(d0, d1) -> (d1)>
#map14 = affine_map<(d0, d1) -> (d0)>
#map15 = affine_map<(d0, d1) -> (0, d1)>
#map16 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d2, d3, d0, d4)>
#map17 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d0, d1, d4, d2)>
#map19 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d3, d4, d0, d2)>
#map20 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d0, d1, d2, d4)>
module @jit_forward {
  func.func @main(%arg0: tensor<64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x32xf32>, %arg3: tensor<64x32xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x128xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64x32xf32>, %arg11: tensor<64x32xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16x64xf32>, %arg18: tensor<2x16xi32>) -> tensor<2x16x64xf32> {
    %cst = arith.constant 5.000000e-01 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 0.797884583 : f32
    %cst_2 = arith.constant 4.471500e-02 : f32
    %cst_3 = arith.constant 0xFF800000 : f32
    %cst_4 = arith.constant -2.38197633E+38 : f32
    %c3_i32 = arith.constant 3 : i32
    %cst_5 = arith.constant 2.500000e-01 : f32
    %cst_6 = arith.constant 9.99999974E-6 : f32
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 0.000000e+00 : f32
    %c0_i32 = arith.constant 0 : i32
    %cst_9 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi32>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg18 : tensor<2x16xi32>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i32, %out: i1):
      %338 = arith.cmpi ne, %in, %c0_i32 : i32
      linalg.yield %338 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xf32>
    %3 = linalg.fill ins(%cst_8 : f32) outs(%2 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg17 : tensor<2x16x64xf32>) outs(%3 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16xf32>
    %expanded = tensor.expand_shape %4 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %5 = tensor.empty() : tensor<2x16x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.divf %in, %cst_7 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %7 = tensor.empty() : tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %8 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.subf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16xf32>
    %14 = linalg.fill ins(%cst_8 : f32) outs(%13 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16xf32>
    %expanded_10 = tensor.expand_shape %15 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %16 = tensor.empty() : tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_10 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.divf %in, %cst_7 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %in, %cst_6 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = math.rsqrt %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %22 = tensor.empty() : tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %24 = tensor.empty() : tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %28 = tensor.empty() : tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %29 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %30 = tensor.empty() : tensor<32x64xf32>
    %31 = linalg.fill ins(%cst_8 : f32) outs(%30 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %32 = linalg.matmul ins(%collapsed, %arg1 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %33 = tensor.empty() : tensor<32x32xf32>
    %34 = linalg.fill ins(%cst_8 : f32) outs(%33 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %35 = linalg.matmul ins(%collapsed, %arg2 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%34 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_11 = tensor.expand_shape %35 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %36 = tensor.empty() : tensor<32x32xf32>
    %37 = linalg.fill ins(%cst_8 : f32) outs(%36 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %38 = linalg.matmul ins(%collapsed, %arg3 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%37 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_12 = tensor.expand_shape %38 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %expanded_13 = tensor.expand_shape %32 [[0, 1], [2, 3, 4]] output_shape [2, 16, 2, 2, 16] : tensor<32x64xf32> into tensor<2x16x2x2x16xf32>
    %39 = tensor.empty() : tensor<2x1x2x1x16xi1>
    %40 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16xi1>) outs(%39 : tensor<2x1x2x1x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x2x1x16xi1>
    %41 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %42 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<2x16x2x2x16xf32>) outs(%41 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %43 = tensor.empty() : tensor<2x2x16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<2x16x2x16xf32>) outs(%43 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %collapsed_14 = tensor.collapse_shape %42 [[0, 1], [2, 3], [4]] : tensor<2x2x16x2x16xf32> into tensor<4x32x16xf32>
    %collapsed_15 = tensor.collapse_shape %44 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %45 = tensor.empty() : tensor<4x32x16xf32>
    %46 = linalg.fill ins(%cst_8 : f32) outs(%45 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %47 = linalg.batch_matmul ins(%collapsed_14, %collapsed_15 : tensor<4x32x16xf32>, tensor<4x16x16xf32>) outs(%46 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %expanded_16 = tensor.expand_shape %47 [[0, 1], [2, 3], [4]] output_shape [2, 2, 16, 2, 16] : tensor<4x32x16xf32> into tensor<2x2x16x2x16xf32>
    %48 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %49 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_16 : tensor<2x2x16x2x16xf32>) outs(%48 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %cst_5 : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x16x2x16xf32>
    %50 = tensor.empty() : tensor<2x2x1x1x16xi1>
    %51 = linalg.generic {indexing_maps = [#map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%40 : tensor<2x1x2x1x16xi1>) outs(%50 : tensor<2x2x1x1x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x2x1x1x16xi1>
    %52 = tensor.empty() : tensor<2x2x2x16x16xi1>
    %53 = linalg.generic {indexing_maps = [#map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%51 : tensor<2x2x1x1x16xi1>) outs(%52 : tensor<2x2x2x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x2x2x16x16xi1>
    %54 = tensor.empty() : tensor<16x16xi32>
    %55 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel"]} outs(%54 : tensor<16x16xi32>) {
    ^bb0(%out: i32):
      %338 = linalg.index 0 : index
      %339 = arith.index_cast %338 : index to i32
      linalg.yield %339 : i32
    } -> tensor<16x16xi32>
    %56 = tensor.empty() : tensor<16x16xi32>
    %57 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel"]} outs(%56 : tensor<16x16xi32>) {
    ^bb0(%out: i32):
      %338 = linalg.index 1 : index
      %339 = arith.index_cast %338 : index to i32
      linalg.yield %339 : i32
    } -> tensor<16x16xi32>
    %58 = tensor.empty() : tensor<16x16xi1>
    %59 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%55, %57 : tensor<16x16xi32>, tensor<16x16xi32>) outs(%58 : tensor<16x16xi1>) {
    ^bb0(%in: i32, %in_50: i32, %out: i1):
      %338 = arith.cmpi sge, %in, %in_50 : i32
      linalg.yield %338 : i1
    } -> tensor<16x16xi1>
    %60 = tensor.empty() : tensor<2x2x2x16x16xi1>
    %61 = linalg.generic {indexing_maps = [#map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%59 : tensor<16x16xi1>) outs(%60 : tensor<2x2x2x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x2x2x16x16xi1>
    %62 = tensor.empty() : tensor<2x2x2x16x16xi1>
    %63 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%53, %61 : tensor<2x2x2x16x16xi1>, tensor<2x2x2x16x16xi1>) outs(%62 : tensor<2x2x2x16x16xi1>) {
    ^bb0(%in: i1, %in_50: i1, %out: i1):
      %338 = arith.andi %in, %in_50 : i1
      linalg.yield %338 : i1
    } -> tensor<2x2x2x16x16xi1>
    %64 = tensor.empty() : tensor<1x16xi32>
    %65 = linalg.generic {indexing_maps = [#map13, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_9 : tensor<16xi32>) outs(%64 : tensor<1x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<1x16xi32>
    %66 = tensor.empty() : tensor<1x16xi32>
    %67 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%65 : tensor<1x16xi32>) outs(%66 : tensor<1x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      %338 = arith.addi %in, %c3_i32 : i32
      linalg.yield %338 : i32
    } -> tensor<1x16xi32>
    %68 = tensor.empty() : tensor<16x16xi32>
    %69 = linalg.generic {indexing_maps = [#map14, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_9 : tensor<16xi32>) outs(%68 : tensor<16x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<16x16xi32>
    %70 = tensor.empty() : tensor<16x16xi32>
    %71 = linalg.generic {indexing_maps = [#map15, #map], iterator_types = ["parallel", "parallel"]} ins(%67 : tensor<1x16xi32>) outs(%70 : tensor<16x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<16x16xi32>
    %72 = tensor.empty() : tensor<16x16xi1>
    %73 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%69, %71 : tensor<16x16xi32>, tensor<16x16xi32>) outs(%72 : tensor<16x16xi1>) {
    ^bb0(%in: i32, %in_50: i32, %out: i1):
      %338 = arith.cmpi sle, %in, %in_50 : i32
      linalg.yield %338 : i1
    } -> tensor<16x16xi1>
    %74 = tensor.empty() : tensor<16x16xi32>
    %75 = linalg.generic {indexing_maps = [#map13, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_9 : tensor<16xi32>) outs(%74 : tensor<16x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<16x16xi32>
    %76 = tensor.empty() : tensor<16x16xi1>
    %77 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%69, %75 : tensor<16x16xi32>, tensor<16x16xi32>) outs(%76 : tensor<16x16xi1>) {
    ^bb0(%in: i32, %in_50: i32, %out: i1):
      %338 = arith.cmpi sge, %in, %in_50 : i32
      linalg.yield %338 : i1
    } -> tensor<16x16xi1>
    %78 = tensor.empty() : tensor<16x16xi1>
    %79 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%77, %73 : tensor<16x16xi1>, tensor<16x16xi1>) outs(%78 : tensor<16x16xi1>) {
    ^bb0(%in: i1, %in_50: i1, %out: i1):
      %338 = arith.andi %in, %in_50 : i1
      linalg.yield %338 : i1
    } -> tensor<16x16xi1>
    %80 = tensor.empty() : tensor<2x2x2x16x16xi1>
    %81 = linalg.generic {indexing_maps = [#map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%79 : tensor<16x16xi1>) outs(%80 : tensor<2x2x2x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x2x2x16x16xi1>
    %82 = tensor.empty() : tensor<2x2x2x16x16xi1>
    %83 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%63, %81 : tensor<2x2x2x16x16xi1>, tensor<2x2x2x16x16xi1>) outs(%82 : tensor<2x2x2x16x16xi1>) {
    ^bb0(%in: i1, %in_50: i1, %out: i1):
      %338 = arith.andi %in, %in_50 : i1
      linalg.yield %338 : i1
    } -> tensor<2x2x2x16x16xi1>
    %84 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %85 = linalg.generic {indexing_maps = [#map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%49 : tensor<2x2x16x2x16xf32>) outs(%84 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %86 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %87 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%83, %85 : tensor<2x2x2x16x16xi1>, tensor<2x2x2x16x16xf32>) outs(%86 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: i1, %in_50: f32, %out: f32):
      %338 = arith.select %in, %in_50, %cst_4 : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16x16xf32>
    %88 = tensor.empty() : tensor<2x2x2x16xf32>
    %89 = linalg.fill ins(%cst_3 : f32) outs(%88 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %90 = linalg.generic {indexing_maps = [#map6, #map17], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%87 : tensor<2x2x2x16x16xf32>) outs(%89 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.maximumf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16xf32>
    %91 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %92 = linalg.generic {indexing_maps = [#map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%90 : tensor<2x2x2x16xf32>) outs(%91 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %93 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %94 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%87, %92 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%93 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.subf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16x16xf32>
    %95 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %96 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%94 : tensor<2x2x2x16x16xf32>) outs(%95 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = math.exp %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16x16xf32>
    %97 = tensor.empty() : tensor<2x2x2x16xf32>
    %98 = linalg.fill ins(%cst_8 : f32) outs(%97 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %99 = linalg.generic {indexing_maps = [#map6, #map17], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%96 : tensor<2x2x2x16x16xf32>) outs(%98 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16xf32>
    %100 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %101 = linalg.generic {indexing_maps = [#map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%99 : tensor<2x2x2x16xf32>) outs(%100 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %102 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %103 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%96, %101 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%102 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.divf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16x16xf32>
    %104 = tensor.empty() : tensor<2x2x16x16xf32>
    %105 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<2x16x2x16xf32>) outs(%104 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %106 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %107 = linalg.generic {indexing_maps = [#map18, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%103 : tensor<2x2x2x16x16xf32>) outs(%106 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %collapsed_17 = tensor.collapse_shape %105 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %collapsed_18 = tensor.collapse_shape %107 [[0, 1], [2], [3, 4]] : tensor<2x2x16x2x16xf32> into tensor<4x16x32xf32>
    %108 = tensor.empty() : tensor<4x16x32xf32>
    %109 = linalg.fill ins(%cst_8 : f32) outs(%108 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %110 = linalg.batch_matmul ins(%collapsed_17, %collapsed_18 : tensor<4x16x16xf32>, tensor<4x16x32xf32>) outs(%109 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %expanded_19 = tensor.expand_shape %110 [[0, 1], [2], [3, 4]] output_shape [2, 2, 16, 2, 16] : tensor<4x16x32xf32> into tensor<2x2x16x2x16xf32>
    %111 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %112 = linalg.generic {indexing_maps = [#map19, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_19 : tensor<2x2x16x2x16xf32>) outs(%111 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %113 = tensor.empty() : tensor<2x16x2x2x16xf32>
    %114 = linalg.generic {indexing_maps = [#map20, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%112 : tensor<2x2x16x2x16xf32>) outs(%113 : tensor<2x16x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x2x2x16xf32>
    %collapsed_20 = tensor.collapse_shape %114 [[0, 1], [2, 3, 4]] : tensor<2x16x2x2x16xf32> into tensor<32x64xf32>
    %115 = tensor.empty() : tensor<32x64xf32>
    %116 = linalg.fill ins(%cst_8 : f32) outs(%115 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %117 = linalg.matmul ins(%collapsed_20, %arg4 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%116 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %117 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %118 = tensor.empty() : tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %expanded_21 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%118 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.addf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %120 = tensor.empty() : tensor<2x16xf32>
    %121 = linalg.fill ins(%cst_8 : f32) outs(%120 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%119 : tensor<2x16x64xf32>) outs(%121 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16xf32>
    %expanded_22 = tensor.expand_shape %122 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %123 = tensor.empty() : tensor<2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_22 : tensor<2x16x1xf32>) outs(%123 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.divf %in, %cst_7 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %125 = tensor.empty() : tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf32>) outs(%125 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %127 = tensor.empty() : tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %126 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%127 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.subf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %129 = tensor.empty() : tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x64xf32>) outs(%129 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %131 = tensor.empty() : tensor<2x16xf32>
    %132 = linalg.fill ins(%cst_8 : f32) outs(%131 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %133 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%130 : tensor<2x16x64xf32>) outs(%132 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16xf32>
    %expanded_23 = tensor.expand_shape %133 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %134 = tensor.empty() : tensor<2x16x1xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_23 : tensor<2x16x1xf32>) outs(%134 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.divf %in, %cst_7 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %136 = tensor.empty() : tensor<2x16x1xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x16x1xf32>) outs(%136 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %in, %cst_6 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %138 = tensor.empty() : tensor<2x16x1xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x16x1xf32>) outs(%138 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = math.rsqrt %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %140 = tensor.empty() : tensor<2x16x64xf32>
    %141 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<2x16x1xf32>) outs(%140 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %142 = tensor.empty() : tensor<2x16x64xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %141 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%142 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %144 = tensor.empty() : tensor<2x16x64xf32>
    %145 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5 : tensor<64xf32>) outs(%144 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %146 = tensor.empty() : tensor<2x16x64xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %145 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%146 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_24 = tensor.collapse_shape %147 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %148 = tensor.empty() : tensor<32x128xf32>
    %149 = linalg.fill ins(%cst_8 : f32) outs(%148 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %150 = linalg.matmul ins(%collapsed_24, %arg6 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%149 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_25 = tensor.expand_shape %150 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %151 = tensor.empty() : tensor<2x16x128xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_25 : tensor<2x16x128xf32>) outs(%151 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %153 = tensor.empty() : tensor<2x16x128xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %expanded_25 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%153 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %155 = tensor.empty() : tensor<2x16x128xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x128xf32>) outs(%155 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %cst_2 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %157 = tensor.empty() : tensor<2x16x128xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_25, %156 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%157 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.addf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %159 = tensor.empty() : tensor<2x16x128xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x16x128xf32>) outs(%159 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %cst_1 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %161 = tensor.empty() : tensor<2x16x128xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<2x16x128xf32>) outs(%161 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = math.tanh %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %163 = tensor.empty() : tensor<2x16x128xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x16x128xf32>) outs(%163 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %in, %cst_0 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %165 = tensor.empty() : tensor<2x16x128xf32>
    %166 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<2x16x128xf32>) outs(%165 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %cst : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %167 = tensor.empty() : tensor<2x16x128xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_25, %166 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%167 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_26 = tensor.collapse_shape %168 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %169 = tensor.empty() : tensor<32x64xf32>
    %170 = linalg.fill ins(%cst_8 : f32) outs(%169 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %171 = linalg.matmul ins(%collapsed_26, %arg7 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%170 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_27 = tensor.expand_shape %171 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %172 = tensor.empty() : tensor<2x16x64xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %expanded_27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%172 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.addf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %174 = tensor.empty() : tensor<2x16xf32>
    %175 = linalg.fill ins(%cst_8 : f32) outs(%174 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %176 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%173 : tensor<2x16x64xf32>) outs(%175 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16xf32>
    %expanded_28 = tensor.expand_shape %176 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %177 = tensor.empty() : tensor<2x16x1xf32>
    %178 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_28 : tensor<2x16x1xf32>) outs(%177 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.divf %in, %cst_7 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %179 = tensor.empty() : tensor<2x16x64xf32>
    %180 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178 : tensor<2x16x1xf32>) outs(%179 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %181 = tensor.empty() : tensor<2x16x64xf32>
    %182 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %180 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%181 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.subf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %183 = tensor.empty() : tensor<2x16x64xf32>
    %184 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182 : tensor<2x16x64xf32>) outs(%183 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %185 = tensor.empty() : tensor<2x16xf32>
    %186 = linalg.fill ins(%cst_8 : f32) outs(%185 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %187 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%184 : tensor<2x16x64xf32>) outs(%186 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16xf32>
    %expanded_29 = tensor.expand_shape %187 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %188 = tensor.empty() : tensor<2x16x1xf32>
    %189 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_29 : tensor<2x16x1xf32>) outs(%188 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.divf %in, %cst_7 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %190 = tensor.empty() : tensor<2x16x1xf32>
    %191 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%189 : tensor<2x16x1xf32>) outs(%190 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %in, %cst_6 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %192 = tensor.empty() : tensor<2x16x1xf32>
    %193 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191 : tensor<2x16x1xf32>) outs(%192 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = math.rsqrt %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %194 = tensor.empty() : tensor<2x16x64xf32>
    %195 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193 : tensor<2x16x1xf32>) outs(%194 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %196 = tensor.empty() : tensor<2x16x64xf32>
    %197 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182, %195 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%196 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %198 = tensor.empty() : tensor<2x16x64xf32>
    %199 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<64xf32>) outs(%198 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %200 = tensor.empty() : tensor<2x16x64xf32>
    %201 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197, %199 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%200 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_30 = tensor.collapse_shape %201 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %202 = tensor.empty() : tensor<32x64xf32>
    %203 = linalg.fill ins(%cst_8 : f32) outs(%202 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %204 = linalg.matmul ins(%collapsed_30, %arg9 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%203 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %205 = tensor.empty() : tensor<32x32xf32>
    %206 = linalg.fill ins(%cst_8 : f32) outs(%205 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %207 = linalg.matmul ins(%collapsed_30, %arg10 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%206 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_31 = tensor.expand_shape %207 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %208 = tensor.empty() : tensor<32x32xf32>
    %209 = linalg.fill ins(%cst_8 : f32) outs(%208 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %210 = linalg.matmul ins(%collapsed_30, %arg11 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%209 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_32 = tensor.expand_shape %210 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %expanded_33 = tensor.expand_shape %204 [[0, 1], [2, 3, 4]] output_shape [2, 16, 2, 2, 16] : tensor<32x64xf32> into tensor<2x16x2x2x16xf32>
    %211 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %212 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33 : tensor<2x16x2x2x16xf32>) outs(%211 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %213 = tensor.empty() : tensor<2x2x16x16xf32>
    %214 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31 : tensor<2x16x2x16xf32>) outs(%213 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %212 [[0, 1], [2, 3], [4]] : tensor<2x2x16x2x16xf32> into tensor<4x32x16xf32>
    %collapsed_35 = tensor.collapse_shape %214 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %215 = tensor.empty() : tensor<4x32x16xf32>
    %216 = linalg.fill ins(%cst_8 : f32) outs(%215 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %217 = linalg.batch_matmul ins(%collapsed_34, %collapsed_35 : tensor<4x32x16xf32>, tensor<4x16x16xf32>) outs(%216 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %expanded_36 = tensor.expand_shape %217 [[0, 1], [2, 3], [4]] output_shape [2, 2, 16, 2, 16] : tensor<4x32x16xf32> into tensor<2x2x16x2x16xf32>
    %218 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %219 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<2x2x16x2x16xf32>) outs(%218 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %cst_5 : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x16x2x16xf32>
    %220 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %221 = linalg.generic {indexing_maps = [#map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%219 : tensor<2x2x16x2x16xf32>) outs(%220 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %222 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %223 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%83, %221 : tensor<2x2x2x16x16xi1>, tensor<2x2x2x16x16xf32>) outs(%222 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: i1, %in_50: f32, %out: f32):
      %338 = arith.select %in, %in_50, %cst_4 : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16x16xf32>
    %224 = tensor.empty() : tensor<2x2x2x16xf32>
    %225 = linalg.fill ins(%cst_3 : f32) outs(%224 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %226 = linalg.generic {indexing_maps = [#map6, #map17], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%223 : tensor<2x2x2x16x16xf32>) outs(%225 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.maximumf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16xf32>
    %227 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %228 = linalg.generic {indexing_maps = [#map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%226 : tensor<2x2x2x16xf32>) outs(%227 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %229 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %230 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%223, %228 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%229 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.subf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16x16xf32>
    %231 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %232 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%230 : tensor<2x2x2x16x16xf32>) outs(%231 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = math.exp %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16x16xf32>
    %233 = tensor.empty() : tensor<2x2x2x16xf32>
    %234 = linalg.fill ins(%cst_8 : f32) outs(%233 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %235 = linalg.generic {indexing_maps = [#map6, #map17], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%232 : tensor<2x2x2x16x16xf32>) outs(%234 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16xf32>
    %236 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %237 = linalg.generic {indexing_maps = [#map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%235 : tensor<2x2x2x16xf32>) outs(%236 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %238 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %239 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%232, %237 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%238 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.divf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x2x2x16x16xf32>
    %240 = tensor.empty() : tensor<2x2x16x16xf32>
    %241 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_32 : tensor<2x16x2x16xf32>) outs(%240 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %242 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %243 = linalg.generic {indexing_maps = [#map18, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%239 : tensor<2x2x2x16x16xf32>) outs(%242 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %collapsed_37 = tensor.collapse_shape %241 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %243 [[0, 1], [2], [3, 4]] : tensor<2x2x16x2x16xf32> into tensor<4x16x32xf32>
    %244 = tensor.empty() : tensor<4x16x32xf32>
    %245 = linalg.fill ins(%cst_8 : f32) outs(%244 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %246 = linalg.batch_matmul ins(%collapsed_37, %collapsed_38 : tensor<4x16x16xf32>, tensor<4x16x32xf32>) outs(%245 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %expanded_39 = tensor.expand_shape %246 [[0, 1], [2], [3, 4]] output_shape [2, 2, 16, 2, 16] : tensor<4x16x32xf32> into tensor<2x2x16x2x16xf32>
    %247 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %248 = linalg.generic {indexing_maps = [#map19, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<2x2x16x2x16xf32>) outs(%247 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %249 = tensor.empty() : tensor<2x16x2x2x16xf32>
    %250 = linalg.generic {indexing_maps = [#map20, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%248 : tensor<2x2x16x2x16xf32>) outs(%249 : tensor<2x16x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x2x2x16xf32>
    %collapsed_40 = tensor.collapse_shape %250 [[0, 1], [2, 3, 4]] : tensor<2x16x2x2x16xf32> into tensor<32x64xf32>
    %251 = tensor.empty() : tensor<32x64xf32>
    %252 = linalg.fill ins(%cst_8 : f32) outs(%251 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %253 = linalg.matmul ins(%collapsed_40, %arg12 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%252 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_41 = tensor.expand_shape %253 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %254 = tensor.empty() : tensor<2x16x64xf32>
    %255 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %expanded_41 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%254 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.addf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %256 = tensor.empty() : tensor<2x16xf32>
    %257 = linalg.fill ins(%cst_8 : f32) outs(%256 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %258 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%255 : tensor<2x16x64xf32>) outs(%257 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16xf32>
    %expanded_42 = tensor.expand_shape %258 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %259 = tensor.empty() : tensor<2x16x1xf32>
    %260 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_42 : tensor<2x16x1xf32>) outs(%259 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.divf %in, %cst_7 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %261 = tensor.empty() : tensor<2x16x64xf32>
    %262 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260 : tensor<2x16x1xf32>) outs(%261 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %263 = tensor.empty() : tensor<2x16x64xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255, %262 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%263 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.subf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %265 = tensor.empty() : tensor<2x16x64xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264 : tensor<2x16x64xf32>) outs(%265 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %267 = tensor.empty() : tensor<2x16xf32>
    %268 = linalg.fill ins(%cst_8 : f32) outs(%267 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %269 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%266 : tensor<2x16x64xf32>) outs(%268 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16xf32>
    %expanded_43 = tensor.expand_shape %269 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %270 = tensor.empty() : tensor<2x16x1xf32>
    %271 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43 : tensor<2x16x1xf32>) outs(%270 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.divf %in, %cst_7 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %272 = tensor.empty() : tensor<2x16x1xf32>
    %273 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%271 : tensor<2x16x1xf32>) outs(%272 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %in, %cst_6 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %274 = tensor.empty() : tensor<2x16x1xf32>
    %275 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%273 : tensor<2x16x1xf32>) outs(%274 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = math.rsqrt %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %276 = tensor.empty() : tensor<2x16x64xf32>
    %277 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%275 : tensor<2x16x1xf32>) outs(%276 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %278 = tensor.empty() : tensor<2x16x64xf32>
    %279 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264, %277 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%278 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %280 = tensor.empty() : tensor<2x16x64xf32>
    %281 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13 : tensor<64xf32>) outs(%280 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %282 = tensor.empty() : tensor<2x16x64xf32>
    %283 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%279, %281 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%282 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_44 = tensor.collapse_shape %283 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %284 = tensor.empty() : tensor<32x128xf32>
    %285 = linalg.fill ins(%cst_8 : f32) outs(%284 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %286 = linalg.matmul ins(%collapsed_44, %arg14 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%285 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_45 = tensor.expand_shape %286 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %287 = tensor.empty() : tensor<2x16x128xf32>
    %288 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45 : tensor<2x16x128xf32>) outs(%287 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %289 = tensor.empty() : tensor<2x16x128xf32>
    %290 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%288, %expanded_45 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%289 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %291 = tensor.empty() : tensor<2x16x128xf32>
    %292 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%290 : tensor<2x16x128xf32>) outs(%291 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %cst_2 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %293 = tensor.empty() : tensor<2x16x128xf32>
    %294 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45, %292 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%293 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.addf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %295 = tensor.empty() : tensor<2x16x128xf32>
    %296 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%294 : tensor<2x16x128xf32>) outs(%295 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %cst_1 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %297 = tensor.empty() : tensor<2x16x128xf32>
    %298 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%296 : tensor<2x16x128xf32>) outs(%297 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = math.tanh %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %299 = tensor.empty() : tensor<2x16x128xf32>
    %300 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%298 : tensor<2x16x128xf32>) outs(%299 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %in, %cst_0 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %301 = tensor.empty() : tensor<2x16x128xf32>
    %302 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%300 : tensor<2x16x128xf32>) outs(%301 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %cst : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %303 = tensor.empty() : tensor<2x16x128xf32>
    %304 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_45, %302 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%303 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_46 = tensor.collapse_shape %304 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %305 = tensor.empty() : tensor<32x64xf32>
    %306 = linalg.fill ins(%cst_8 : f32) outs(%305 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %307 = linalg.matmul ins(%collapsed_46, %arg15 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%306 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_47 = tensor.expand_shape %307 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %308 = tensor.empty() : tensor<2x16x64xf32>
    %309 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255, %expanded_47 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%308 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.addf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %310 = tensor.empty() : tensor<2x16xf32>
    %311 = linalg.fill ins(%cst_8 : f32) outs(%310 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %312 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%309 : tensor<2x16x64xf32>) outs(%311 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16xf32>
    %expanded_48 = tensor.expand_shape %312 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %313 = tensor.empty() : tensor<2x16x1xf32>
    %314 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<2x16x1xf32>) outs(%313 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.divf %in, %cst_7 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %315 = tensor.empty() : tensor<2x16x64xf32>
    %316 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%314 : tensor<2x16x1xf32>) outs(%315 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %317 = tensor.empty() : tensor<2x16x64xf32>
    %318 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%309, %316 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%317 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.subf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %319 = tensor.empty() : tensor<2x16x64xf32>
    %320 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%318 : tensor<2x16x64xf32>) outs(%319 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.mulf %in, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %321 = tensor.empty() : tensor<2x16xf32>
    %322 = linalg.fill ins(%cst_8 : f32) outs(%321 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %323 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%320 : tensor<2x16x64xf32>) outs(%322 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %out, %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16xf32>
    %expanded_49 = tensor.expand_shape %323 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %324 = tensor.empty() : tensor<2x16x1xf32>
    %325 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<2x16x1xf32>) outs(%324 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.divf %in, %cst_7 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %326 = tensor.empty() : tensor<2x16x1xf32>
    %327 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%325 : tensor<2x16x1xf32>) outs(%326 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = arith.addf %in, %cst_6 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %328 = tensor.empty() : tensor<2x16x1xf32>
    %329 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%327 : tensor<2x16x1xf32>) outs(%328 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %338 = math.rsqrt %in : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x1xf32>
    %330 = tensor.empty() : tensor<2x16x64xf32>
    %331 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%329 : tensor<2x16x1xf32>) outs(%330 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %332 = tensor.empty() : tensor<2x16x64xf32>
    %333 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%318, %331 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%332 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    %334 = tensor.empty() : tensor<2x16x64xf32>
    %335 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16 : tensor<64xf32>) outs(%334 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %336 = tensor.empty() : tensor<2x16x64xf32>
    %337 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%333, %335 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%336 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %338 = arith.mulf %in, %in_50 : f32
      linalg.yield %338 : f32
    } -> tensor<2x16x64xf32>
    return %337 : tensor<2x16x64xf32>
  }
}

