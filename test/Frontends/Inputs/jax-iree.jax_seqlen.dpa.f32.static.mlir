// FRONTEND: {"args": [{"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 32]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "dpa", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "jax_seqlen", "path": "jax-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d2)>
#map5 = affine_map<(d0, d1) -> (d0)>
#map6 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d2, d1, d3, d4)>
#map7 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d3, d1, d2)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map11 = affine_map<(d0) -> (d0)>
#map12 = affine_map<(d0, d1, d2) -> (d0)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d3)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d2, d3, d4)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d2, d3, d0, d4)>
#map16 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d0, d1, d4, d2)>
#map18 = affine_map<(d0, d1, d2, d3, d4) -> (d1, d3, d4, d0, d2)>
#map19 = affine_map<(d0, d1, d2, d3, d4) -> (d3, d0, d1, d2, d4)>
module @jit_forward {
  func.func @main(%arg0: tensor<64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x32xf32>, %arg3: tensor<64x32xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x128xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64x32xf32>, %arg11: tensor<64x32xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16x64xf32>, %arg18: tensor<2x16xi32>) -> tensor<2x16x64xf32> {
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
      %329 = arith.cmpi ne, %in, %c0_i32 : i32
      linalg.yield %329 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xf32>
    %3 = linalg.fill ins(%cst_8 : f32) outs(%2 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg17 : tensor<2x16x64xf32>) outs(%3 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16xf32>
    %expanded = tensor.expand_shape %4 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %5 = tensor.empty() : tensor<2x16x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x1xf32>) outs(%5 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.divf %in, %cst_7 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %7 = tensor.empty() : tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %8 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.subf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16xf32>
    %14 = linalg.fill ins(%cst_8 : f32) outs(%13 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %15 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16xf32>
    %expanded_9 = tensor.expand_shape %15 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %16 = tensor.empty() : tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_9 : tensor<2x16x1xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.divf %in, %cst_7 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %in, %cst_6 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %20 = tensor.empty() : tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%20 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = math.rsqrt %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %22 = tensor.empty() : tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %24 = tensor.empty() : tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<2x16x64xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<64xf32>) outs(%26 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %28 = tensor.empty() : tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %29 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %30 = tensor.empty() : tensor<32x64xf32>
    %31 = linalg.fill ins(%cst_8 : f32) outs(%30 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %32 = linalg.matmul ins(%collapsed, %arg1 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%31 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %33 = tensor.empty() : tensor<32x32xf32>
    %34 = linalg.fill ins(%cst_8 : f32) outs(%33 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %35 = linalg.matmul ins(%collapsed, %arg2 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%34 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_10 = tensor.expand_shape %35 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %36 = tensor.empty() : tensor<32x32xf32>
    %37 = linalg.fill ins(%cst_8 : f32) outs(%36 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %38 = linalg.matmul ins(%collapsed, %arg3 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%37 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_11 = tensor.expand_shape %38 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %39 = tensor.empty() : tensor<2x16xi32>
    %40 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<2x16xi1>) outs(%39 : tensor<2x16xi32>) {
    ^bb0(%in: i1, %out: i32):
      %329 = arith.extui %in : i1 to i32
      linalg.yield %329 : i32
    } -> tensor<2x16xi32>
    %41 = tensor.empty() : tensor<2xi32>
    %42 = linalg.fill ins(%c0_i32 : i32) outs(%41 : tensor<2xi32>) -> tensor<2xi32>
    %43 = linalg.generic {indexing_maps = [#map, #map5], iterator_types = ["parallel", "reduction"]} ins(%40 : tensor<2x16xi32>) outs(%42 : tensor<2xi32>) {
    ^bb0(%in: i32, %out: i32):
      %329 = arith.addi %out, %in : i32
      linalg.yield %329 : i32
    } -> tensor<2xi32>
    %expanded_12 = tensor.expand_shape %32 [[0, 1], [2, 3, 4]] output_shape [2, 16, 2, 2, 16] : tensor<32x64xf32> into tensor<2x16x2x2x16xf32>
    %44 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %45 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<2x16x2x2x16xf32>) outs(%44 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %46 = tensor.empty() : tensor<2x2x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10 : tensor<2x16x2x16xf32>) outs(%46 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %collapsed_13 = tensor.collapse_shape %45 [[0, 1], [2, 3], [4]] : tensor<2x2x16x2x16xf32> into tensor<4x32x16xf32>
    %collapsed_14 = tensor.collapse_shape %47 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %48 = tensor.empty() : tensor<4x32x16xf32>
    %49 = linalg.fill ins(%cst_8 : f32) outs(%48 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %50 = linalg.batch_matmul ins(%collapsed_13, %collapsed_14 : tensor<4x32x16xf32>, tensor<4x16x16xf32>) outs(%49 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %expanded_15 = tensor.expand_shape %50 [[0, 1], [2, 3], [4]] output_shape [2, 2, 16, 2, 16] : tensor<4x32x16xf32> into tensor<2x2x16x2x16xf32>
    %51 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %52 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<2x2x16x2x16xf32>) outs(%51 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %cst_5 : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x16x2x16xf32>
    %53 = tensor.empty() : tensor<16x16xi32>
    %54 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel"]} outs(%53 : tensor<16x16xi32>) {
    ^bb0(%out: i32):
      %329 = linalg.index 0 : index
      %330 = arith.index_cast %329 : index to i32
      linalg.yield %330 : i32
    } -> tensor<16x16xi32>
    %55 = tensor.empty() : tensor<16x16xi32>
    %56 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel"]} outs(%55 : tensor<16x16xi32>) {
    ^bb0(%out: i32):
      %329 = linalg.index 1 : index
      %330 = arith.index_cast %329 : index to i32
      linalg.yield %330 : i32
    } -> tensor<16x16xi32>
    %57 = tensor.empty() : tensor<16x16xi1>
    %58 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%54, %56 : tensor<16x16xi32>, tensor<16x16xi32>) outs(%57 : tensor<16x16xi1>) {
    ^bb0(%in: i32, %in_49: i32, %out: i1):
      %329 = arith.cmpi sge, %in, %in_49 : i32
      linalg.yield %329 : i1
    } -> tensor<16x16xi1>
    %59 = tensor.empty() : tensor<2x2x16x16xi1>
    %60 = linalg.generic {indexing_maps = [#map10, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<16x16xi1>) outs(%59 : tensor<2x2x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x2x16x16xi1>
    %61 = tensor.empty() : tensor<16xi32>
    %62 = linalg.generic {indexing_maps = [#map11], iterator_types = ["parallel"]} outs(%61 : tensor<16xi32>) {
    ^bb0(%out: i32):
      %329 = linalg.index 0 : index
      %330 = arith.index_cast %329 : index to i32
      linalg.yield %330 : i32
    } -> tensor<16xi32>
    %63 = tensor.empty() : tensor<2x1x16xi32>
    %64 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%62 : tensor<16xi32>) outs(%63 : tensor<2x1x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x1x16xi32>
    %65 = tensor.empty() : tensor<2x1x16xi32>
    %66 = linalg.generic {indexing_maps = [#map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43 : tensor<2xi32>) outs(%65 : tensor<2x1x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x1x16xi32>
    %67 = tensor.empty() : tensor<2x1x16xi1>
    %68 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64, %66 : tensor<2x1x16xi32>, tensor<2x1x16xi32>) outs(%67 : tensor<2x1x16xi1>) {
    ^bb0(%in: i32, %in_49: i32, %out: i1):
      %329 = arith.cmpi slt, %in, %in_49 : i32
      linalg.yield %329 : i1
    } -> tensor<2x1x16xi1>
    %69 = tensor.empty() : tensor<2x2x16x16xi1>
    %70 = linalg.generic {indexing_maps = [#map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x1x16xi1>) outs(%69 : tensor<2x2x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x2x16x16xi1>
    %71 = tensor.empty() : tensor<2x2x16x16xi1>
    %72 = linalg.generic {indexing_maps = [#map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %70 : tensor<2x2x16x16xi1>, tensor<2x2x16x16xi1>) outs(%71 : tensor<2x2x16x16xi1>) {
    ^bb0(%in: i1, %in_49: i1, %out: i1):
      %329 = arith.andi %in, %in_49 : i1
      linalg.yield %329 : i1
    } -> tensor<2x2x16x16xi1>
    %73 = tensor.empty() : tensor<2x2x2x16x16xi1>
    %74 = linalg.generic {indexing_maps = [#map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%72 : tensor<2x2x16x16xi1>) outs(%73 : tensor<2x2x2x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x2x2x16x16xi1>
    %75 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %76 = linalg.generic {indexing_maps = [#map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%52 : tensor<2x2x16x2x16xf32>) outs(%75 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %77 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %78 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%74, %76 : tensor<2x2x2x16x16xi1>, tensor<2x2x2x16x16xf32>) outs(%77 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: i1, %in_49: f32, %out: f32):
      %329 = arith.select %in, %in_49, %cst_4 : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16x16xf32>
    %79 = tensor.empty() : tensor<2x2x2x16xf32>
    %80 = linalg.fill ins(%cst_3 : f32) outs(%79 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %81 = linalg.generic {indexing_maps = [#map7, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%78 : tensor<2x2x2x16x16xf32>) outs(%80 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.maximumf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16xf32>
    %82 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %83 = linalg.generic {indexing_maps = [#map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%81 : tensor<2x2x2x16xf32>) outs(%82 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %84 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %85 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%78, %83 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%84 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.subf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16x16xf32>
    %86 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %87 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%85 : tensor<2x2x2x16x16xf32>) outs(%86 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = math.exp %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16x16xf32>
    %88 = tensor.empty() : tensor<2x2x2x16xf32>
    %89 = linalg.fill ins(%cst_8 : f32) outs(%88 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %90 = linalg.generic {indexing_maps = [#map7, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%87 : tensor<2x2x2x16x16xf32>) outs(%89 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16xf32>
    %91 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %92 = linalg.generic {indexing_maps = [#map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%90 : tensor<2x2x2x16xf32>) outs(%91 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %93 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %94 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%87, %92 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%93 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.divf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16x16xf32>
    %95 = tensor.empty() : tensor<2x2x16x16xf32>
    %96 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<2x16x2x16xf32>) outs(%95 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %97 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %98 = linalg.generic {indexing_maps = [#map17, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%94 : tensor<2x2x2x16x16xf32>) outs(%97 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %collapsed_16 = tensor.collapse_shape %96 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %collapsed_17 = tensor.collapse_shape %98 [[0, 1], [2], [3, 4]] : tensor<2x2x16x2x16xf32> into tensor<4x16x32xf32>
    %99 = tensor.empty() : tensor<4x16x32xf32>
    %100 = linalg.fill ins(%cst_8 : f32) outs(%99 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %101 = linalg.batch_matmul ins(%collapsed_16, %collapsed_17 : tensor<4x16x16xf32>, tensor<4x16x32xf32>) outs(%100 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %expanded_18 = tensor.expand_shape %101 [[0, 1], [2], [3, 4]] output_shape [2, 2, 16, 2, 16] : tensor<4x16x32xf32> into tensor<2x2x16x2x16xf32>
    %102 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %103 = linalg.generic {indexing_maps = [#map18, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_18 : tensor<2x2x16x2x16xf32>) outs(%102 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %104 = tensor.empty() : tensor<2x16x2x2x16xf32>
    %105 = linalg.generic {indexing_maps = [#map19, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%103 : tensor<2x2x16x2x16xf32>) outs(%104 : tensor<2x16x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x2x2x16xf32>
    %collapsed_19 = tensor.collapse_shape %105 [[0, 1], [2, 3, 4]] : tensor<2x16x2x2x16xf32> into tensor<32x64xf32>
    %106 = tensor.empty() : tensor<32x64xf32>
    %107 = linalg.fill ins(%cst_8 : f32) outs(%106 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %108 = linalg.matmul ins(%collapsed_19, %arg4 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%107 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_20 = tensor.expand_shape %108 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %109 = tensor.empty() : tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %expanded_20 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%109 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.addf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %111 = tensor.empty() : tensor<2x16xf32>
    %112 = linalg.fill ins(%cst_8 : f32) outs(%111 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf32>) outs(%112 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16xf32>
    %expanded_21 = tensor.expand_shape %113 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %114 = tensor.empty() : tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_21 : tensor<2x16x1xf32>) outs(%114 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.divf %in, %cst_7 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %116 = tensor.empty() : tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%116 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %118 = tensor.empty() : tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %117 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%118 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.subf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %120 = tensor.empty() : tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x64xf32>) outs(%120 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %122 = tensor.empty() : tensor<2x16xf32>
    %123 = linalg.fill ins(%cst_8 : f32) outs(%122 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%121 : tensor<2x16x64xf32>) outs(%123 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16xf32>
    %expanded_22 = tensor.expand_shape %124 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %125 = tensor.empty() : tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_22 : tensor<2x16x1xf32>) outs(%125 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.divf %in, %cst_7 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %127 = tensor.empty() : tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x1xf32>) outs(%127 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %in, %cst_6 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %129 = tensor.empty() : tensor<2x16x1xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x1xf32>) outs(%129 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = math.rsqrt %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %131 = tensor.empty() : tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<2x16x1xf32>) outs(%131 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %133 = tensor.empty() : tensor<2x16x64xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %132 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%133 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %135 = tensor.empty() : tensor<2x16x64xf32>
    %136 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5 : tensor<64xf32>) outs(%135 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %137 = tensor.empty() : tensor<2x16x64xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %136 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%137 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_23 = tensor.collapse_shape %138 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %139 = tensor.empty() : tensor<32x128xf32>
    %140 = linalg.fill ins(%cst_8 : f32) outs(%139 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %141 = linalg.matmul ins(%collapsed_23, %arg6 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%140 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_24 = tensor.expand_shape %141 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %142 = tensor.empty() : tensor<2x16x128xf32>
    %143 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x16x128xf32>) outs(%142 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %144 = tensor.empty() : tensor<2x16x128xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %expanded_24 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%144 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %146 = tensor.empty() : tensor<2x16x128xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x16x128xf32>) outs(%146 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %cst_2 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %148 = tensor.empty() : tensor<2x16x128xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24, %147 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%148 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.addf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %150 = tensor.empty() : tensor<2x16x128xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<2x16x128xf32>) outs(%150 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %cst_1 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %152 = tensor.empty() : tensor<2x16x128xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<2x16x128xf32>) outs(%152 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = math.tanh %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %154 = tensor.empty() : tensor<2x16x128xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x16x128xf32>) outs(%154 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %in, %cst_0 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %156 = tensor.empty() : tensor<2x16x128xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x16x128xf32>) outs(%156 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %cst : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %158 = tensor.empty() : tensor<2x16x128xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24, %157 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%158 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_25 = tensor.collapse_shape %159 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %160 = tensor.empty() : tensor<32x64xf32>
    %161 = linalg.fill ins(%cst_8 : f32) outs(%160 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %162 = linalg.matmul ins(%collapsed_25, %arg7 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%161 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_26 = tensor.expand_shape %162 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %163 = tensor.empty() : tensor<2x16x64xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %expanded_26 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%163 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.addf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %165 = tensor.empty() : tensor<2x16xf32>
    %166 = linalg.fill ins(%cst_8 : f32) outs(%165 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%164 : tensor<2x16x64xf32>) outs(%166 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16xf32>
    %expanded_27 = tensor.expand_shape %167 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %168 = tensor.empty() : tensor<2x16x1xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x16x1xf32>) outs(%168 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.divf %in, %cst_7 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %170 = tensor.empty() : tensor<2x16x64xf32>
    %171 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<2x16x1xf32>) outs(%170 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %172 = tensor.empty() : tensor<2x16x64xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164, %171 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%172 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.subf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %174 = tensor.empty() : tensor<2x16x64xf32>
    %175 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173 : tensor<2x16x64xf32>) outs(%174 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %176 = tensor.empty() : tensor<2x16xf32>
    %177 = linalg.fill ins(%cst_8 : f32) outs(%176 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %178 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%175 : tensor<2x16x64xf32>) outs(%177 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16xf32>
    %expanded_28 = tensor.expand_shape %178 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %179 = tensor.empty() : tensor<2x16x1xf32>
    %180 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_28 : tensor<2x16x1xf32>) outs(%179 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.divf %in, %cst_7 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %181 = tensor.empty() : tensor<2x16x1xf32>
    %182 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180 : tensor<2x16x1xf32>) outs(%181 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %in, %cst_6 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %183 = tensor.empty() : tensor<2x16x1xf32>
    %184 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182 : tensor<2x16x1xf32>) outs(%183 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = math.rsqrt %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %185 = tensor.empty() : tensor<2x16x64xf32>
    %186 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184 : tensor<2x16x1xf32>) outs(%185 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %187 = tensor.empty() : tensor<2x16x64xf32>
    %188 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173, %186 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%187 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %189 = tensor.empty() : tensor<2x16x64xf32>
    %190 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<64xf32>) outs(%189 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %191 = tensor.empty() : tensor<2x16x64xf32>
    %192 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188, %190 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%191 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_29 = tensor.collapse_shape %192 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %193 = tensor.empty() : tensor<32x64xf32>
    %194 = linalg.fill ins(%cst_8 : f32) outs(%193 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %195 = linalg.matmul ins(%collapsed_29, %arg9 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%194 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %196 = tensor.empty() : tensor<32x32xf32>
    %197 = linalg.fill ins(%cst_8 : f32) outs(%196 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %198 = linalg.matmul ins(%collapsed_29, %arg10 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%197 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_30 = tensor.expand_shape %198 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %199 = tensor.empty() : tensor<32x32xf32>
    %200 = linalg.fill ins(%cst_8 : f32) outs(%199 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %201 = linalg.matmul ins(%collapsed_29, %arg11 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%200 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_31 = tensor.expand_shape %201 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %expanded_32 = tensor.expand_shape %195 [[0, 1], [2, 3, 4]] output_shape [2, 16, 2, 2, 16] : tensor<32x64xf32> into tensor<2x16x2x2x16xf32>
    %202 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %203 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_32 : tensor<2x16x2x2x16xf32>) outs(%202 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %204 = tensor.empty() : tensor<2x2x16x16xf32>
    %205 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<2x16x2x16xf32>) outs(%204 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %203 [[0, 1], [2, 3], [4]] : tensor<2x2x16x2x16xf32> into tensor<4x32x16xf32>
    %collapsed_34 = tensor.collapse_shape %205 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %206 = tensor.empty() : tensor<4x32x16xf32>
    %207 = linalg.fill ins(%cst_8 : f32) outs(%206 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %208 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<4x32x16xf32>, tensor<4x16x16xf32>) outs(%207 : tensor<4x32x16xf32>) -> tensor<4x32x16xf32>
    %expanded_35 = tensor.expand_shape %208 [[0, 1], [2, 3], [4]] output_shape [2, 2, 16, 2, 16] : tensor<4x32x16xf32> into tensor<2x2x16x2x16xf32>
    %209 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %210 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x2x16x2x16xf32>) outs(%209 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %cst_5 : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x16x2x16xf32>
    %211 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %212 = linalg.generic {indexing_maps = [#map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%210 : tensor<2x2x16x2x16xf32>) outs(%211 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %213 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %214 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%74, %212 : tensor<2x2x2x16x16xi1>, tensor<2x2x2x16x16xf32>) outs(%213 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: i1, %in_49: f32, %out: f32):
      %329 = arith.select %in, %in_49, %cst_4 : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16x16xf32>
    %215 = tensor.empty() : tensor<2x2x2x16xf32>
    %216 = linalg.fill ins(%cst_3 : f32) outs(%215 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %217 = linalg.generic {indexing_maps = [#map7, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%214 : tensor<2x2x2x16x16xf32>) outs(%216 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.maximumf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16xf32>
    %218 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %219 = linalg.generic {indexing_maps = [#map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%217 : tensor<2x2x2x16xf32>) outs(%218 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %220 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %221 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%214, %219 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%220 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.subf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16x16xf32>
    %222 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %223 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%221 : tensor<2x2x2x16x16xf32>) outs(%222 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = math.exp %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16x16xf32>
    %224 = tensor.empty() : tensor<2x2x2x16xf32>
    %225 = linalg.fill ins(%cst_8 : f32) outs(%224 : tensor<2x2x2x16xf32>) -> tensor<2x2x2x16xf32>
    %226 = linalg.generic {indexing_maps = [#map7, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]} ins(%223 : tensor<2x2x2x16x16xf32>) outs(%225 : tensor<2x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16xf32>
    %227 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %228 = linalg.generic {indexing_maps = [#map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%226 : tensor<2x2x2x16xf32>) outs(%227 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %229 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %230 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%223, %228 : tensor<2x2x2x16x16xf32>, tensor<2x2x2x16x16xf32>) outs(%229 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.divf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x2x2x16x16xf32>
    %231 = tensor.empty() : tensor<2x2x16x16xf32>
    %232 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31 : tensor<2x16x2x16xf32>) outs(%231 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x16xf32>
    %233 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %234 = linalg.generic {indexing_maps = [#map17, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%230 : tensor<2x2x2x16x16xf32>) outs(%233 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %collapsed_36 = tensor.collapse_shape %232 [[0, 1], [2], [3]] : tensor<2x2x16x16xf32> into tensor<4x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %234 [[0, 1], [2], [3, 4]] : tensor<2x2x16x2x16xf32> into tensor<4x16x32xf32>
    %235 = tensor.empty() : tensor<4x16x32xf32>
    %236 = linalg.fill ins(%cst_8 : f32) outs(%235 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %237 = linalg.batch_matmul ins(%collapsed_36, %collapsed_37 : tensor<4x16x16xf32>, tensor<4x16x32xf32>) outs(%236 : tensor<4x16x32xf32>) -> tensor<4x16x32xf32>
    %expanded_38 = tensor.expand_shape %237 [[0, 1], [2], [3, 4]] output_shape [2, 2, 16, 2, 16] : tensor<4x16x32xf32> into tensor<2x2x16x2x16xf32>
    %238 = tensor.empty() : tensor<2x2x16x2x16xf32>
    %239 = linalg.generic {indexing_maps = [#map18, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x2x16x2x16xf32>) outs(%238 : tensor<2x2x16x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x16x2x16xf32>
    %240 = tensor.empty() : tensor<2x16x2x2x16xf32>
    %241 = linalg.generic {indexing_maps = [#map19, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%239 : tensor<2x2x16x2x16xf32>) outs(%240 : tensor<2x16x2x2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x2x2x16xf32>
    %collapsed_39 = tensor.collapse_shape %241 [[0, 1], [2, 3, 4]] : tensor<2x16x2x2x16xf32> into tensor<32x64xf32>
    %242 = tensor.empty() : tensor<32x64xf32>
    %243 = linalg.fill ins(%cst_8 : f32) outs(%242 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %244 = linalg.matmul ins(%collapsed_39, %arg12 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%243 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_40 = tensor.expand_shape %244 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %245 = tensor.empty() : tensor<2x16x64xf32>
    %246 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164, %expanded_40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%245 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.addf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %247 = tensor.empty() : tensor<2x16xf32>
    %248 = linalg.fill ins(%cst_8 : f32) outs(%247 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %249 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%246 : tensor<2x16x64xf32>) outs(%248 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16xf32>
    %expanded_41 = tensor.expand_shape %249 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %250 = tensor.empty() : tensor<2x16x1xf32>
    %251 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<2x16x1xf32>) outs(%250 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.divf %in, %cst_7 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %252 = tensor.empty() : tensor<2x16x64xf32>
    %253 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251 : tensor<2x16x1xf32>) outs(%252 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %254 = tensor.empty() : tensor<2x16x64xf32>
    %255 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%246, %253 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%254 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.subf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %256 = tensor.empty() : tensor<2x16x64xf32>
    %257 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255 : tensor<2x16x64xf32>) outs(%256 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %258 = tensor.empty() : tensor<2x16xf32>
    %259 = linalg.fill ins(%cst_8 : f32) outs(%258 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %260 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%257 : tensor<2x16x64xf32>) outs(%259 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16xf32>
    %expanded_42 = tensor.expand_shape %260 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %261 = tensor.empty() : tensor<2x16x1xf32>
    %262 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_42 : tensor<2x16x1xf32>) outs(%261 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.divf %in, %cst_7 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %263 = tensor.empty() : tensor<2x16x1xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262 : tensor<2x16x1xf32>) outs(%263 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %in, %cst_6 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %265 = tensor.empty() : tensor<2x16x1xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264 : tensor<2x16x1xf32>) outs(%265 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = math.rsqrt %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %267 = tensor.empty() : tensor<2x16x64xf32>
    %268 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<2x16x1xf32>) outs(%267 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %269 = tensor.empty() : tensor<2x16x64xf32>
    %270 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255, %268 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%269 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %271 = tensor.empty() : tensor<2x16x64xf32>
    %272 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13 : tensor<64xf32>) outs(%271 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %273 = tensor.empty() : tensor<2x16x64xf32>
    %274 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%270, %272 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%273 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_43 = tensor.collapse_shape %274 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %275 = tensor.empty() : tensor<32x128xf32>
    %276 = linalg.fill ins(%cst_8 : f32) outs(%275 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %277 = linalg.matmul ins(%collapsed_43, %arg14 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%276 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_44 = tensor.expand_shape %277 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %278 = tensor.empty() : tensor<2x16x128xf32>
    %279 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44 : tensor<2x16x128xf32>) outs(%278 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %280 = tensor.empty() : tensor<2x16x128xf32>
    %281 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%279, %expanded_44 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%280 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %282 = tensor.empty() : tensor<2x16x128xf32>
    %283 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%281 : tensor<2x16x128xf32>) outs(%282 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %cst_2 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %284 = tensor.empty() : tensor<2x16x128xf32>
    %285 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %283 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%284 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.addf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %286 = tensor.empty() : tensor<2x16x128xf32>
    %287 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%285 : tensor<2x16x128xf32>) outs(%286 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %cst_1 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %288 = tensor.empty() : tensor<2x16x128xf32>
    %289 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%287 : tensor<2x16x128xf32>) outs(%288 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = math.tanh %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %290 = tensor.empty() : tensor<2x16x128xf32>
    %291 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%289 : tensor<2x16x128xf32>) outs(%290 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %in, %cst_0 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %292 = tensor.empty() : tensor<2x16x128xf32>
    %293 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%291 : tensor<2x16x128xf32>) outs(%292 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %cst : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %294 = tensor.empty() : tensor<2x16x128xf32>
    %295 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %293 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%294 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_45 = tensor.collapse_shape %295 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %296 = tensor.empty() : tensor<32x64xf32>
    %297 = linalg.fill ins(%cst_8 : f32) outs(%296 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %298 = linalg.matmul ins(%collapsed_45, %arg15 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%297 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_46 = tensor.expand_shape %298 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %299 = tensor.empty() : tensor<2x16x64xf32>
    %300 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%246, %expanded_46 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%299 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.addf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %301 = tensor.empty() : tensor<2x16xf32>
    %302 = linalg.fill ins(%cst_8 : f32) outs(%301 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %303 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%300 : tensor<2x16x64xf32>) outs(%302 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16xf32>
    %expanded_47 = tensor.expand_shape %303 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %304 = tensor.empty() : tensor<2x16x1xf32>
    %305 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47 : tensor<2x16x1xf32>) outs(%304 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.divf %in, %cst_7 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %306 = tensor.empty() : tensor<2x16x64xf32>
    %307 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%305 : tensor<2x16x1xf32>) outs(%306 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %308 = tensor.empty() : tensor<2x16x64xf32>
    %309 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%300, %307 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%308 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.subf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %310 = tensor.empty() : tensor<2x16x64xf32>
    %311 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%309 : tensor<2x16x64xf32>) outs(%310 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.mulf %in, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %312 = tensor.empty() : tensor<2x16xf32>
    %313 = linalg.fill ins(%cst_8 : f32) outs(%312 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %314 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%311 : tensor<2x16x64xf32>) outs(%313 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %out, %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16xf32>
    %expanded_48 = tensor.expand_shape %314 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %315 = tensor.empty() : tensor<2x16x1xf32>
    %316 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_48 : tensor<2x16x1xf32>) outs(%315 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.divf %in, %cst_7 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %317 = tensor.empty() : tensor<2x16x1xf32>
    %318 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%316 : tensor<2x16x1xf32>) outs(%317 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = arith.addf %in, %cst_6 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %319 = tensor.empty() : tensor<2x16x1xf32>
    %320 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%318 : tensor<2x16x1xf32>) outs(%319 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %329 = math.rsqrt %in : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x1xf32>
    %321 = tensor.empty() : tensor<2x16x64xf32>
    %322 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%320 : tensor<2x16x1xf32>) outs(%321 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %323 = tensor.empty() : tensor<2x16x64xf32>
    %324 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%309, %322 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%323 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    %325 = tensor.empty() : tensor<2x16x64xf32>
    %326 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16 : tensor<64xf32>) outs(%325 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %327 = tensor.empty() : tensor<2x16x64xf32>
    %328 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%324, %326 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%327 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_49: f32, %out: f32):
      %329 = arith.mulf %in, %in_49 : f32
      linalg.yield %329 : f32
    } -> tensor<2x16x64xf32>
    return %328 : tensor<2x16x64xf32>
  }
}

