// FRONTEND: {"args": [{"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 16]}, {"role": "weight", "shape": [64, 16]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 16]}, {"role": "weight", "shape": [64, 16]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "bf16", "expected_blocks": 2, "func": "main", "model": "jax_mqa", "path": "jax-iree", "shapes": "static"}
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
#map11 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3, d2)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3, d1)>
module @jit_forward {
  func.func @main(%arg0: tensor<64xbf16>, %arg1: tensor<64x64xbf16>, %arg2: tensor<64x16xbf16>, %arg3: tensor<64x16xbf16>, %arg4: tensor<64x64xbf16>, %arg5: tensor<64xbf16>, %arg6: tensor<64x128xbf16>, %arg7: tensor<128x64xbf16>, %arg8: tensor<64xbf16>, %arg9: tensor<64x64xbf16>, %arg10: tensor<64x16xbf16>, %arg11: tensor<64x16xbf16>, %arg12: tensor<64x64xbf16>, %arg13: tensor<64xbf16>, %arg14: tensor<64x128xbf16>, %arg15: tensor<128x64xbf16>, %arg16: tensor<64xbf16>, %arg17: tensor<2x16x64xbf16>, %arg18: tensor<2x16xi32>) -> tensor<2x16x64xbf16> {
    %cst = arith.constant 5.000000e-01 : bf16
    %cst_0 = arith.constant 1.000000e+00 : bf16
    %cst_1 = arith.constant 7.968750e-01 : bf16
    %cst_2 = arith.constant 4.467770e-02 : bf16
    %cst_3 = arith.constant 0xFF800000 : f32
    %cst_4 = arith.constant -3.389530e+38 : bf16
    %cst_5 = arith.constant 4.000000e+00 : bf16
    %cst_6 = arith.constant 0.000000e+00 : bf16
    %cst_7 = arith.constant 1.001360e-05 : bf16
    %cst_8 = arith.constant 6.400000e+01 : f32
    %cst_9 = arith.constant 0.000000e+00 : f32
    %c0_i32 = arith.constant 0 : i32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg18 : tensor<2x16xi32>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i32, %out: i1):
      %364 = arith.cmpi ne, %in, %c0_i32 : i32
      linalg.yield %364 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16x64xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17 : tensor<2x16x64xbf16>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x16x64xf32>
    %4 = tensor.empty() : tensor<2x16xf32>
    %5 = linalg.fill ins(%cst_9 : f32) outs(%4 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x16xf32>
    %expanded = tensor.expand_shape %6 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %7 = tensor.empty() : tensor<2x16x1xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.divf %in, %cst_8 : f32
      linalg.yield %364 : f32
    } -> tensor<2x16x1xf32>
    %9 = tensor.empty() : tensor<2x16x1xbf16>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %11 = tensor.empty() : tensor<2x16x64xbf16>
    %12 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x16x1xbf16>) outs(%11 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %13 = tensor.empty() : tensor<2x16x64xbf16>
    %14 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %12 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%13 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.subf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %15 = tensor.empty() : tensor<2x16x64xbf16>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x16x64xbf16>) outs(%15 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %17 = tensor.empty() : tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x64xbf16>) outs(%17 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x16x64xf32>
    %19 = tensor.empty() : tensor<2x16xf32>
    %20 = linalg.fill ins(%cst_9 : f32) outs(%19 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<2x16x64xf32>) outs(%20 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x16xf32>
    %expanded_10 = tensor.expand_shape %21 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %22 = tensor.empty() : tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_10 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.divf %in, %cst_8 : f32
      linalg.yield %364 : f32
    } -> tensor<2x16x1xf32>
    %24 = tensor.empty() : tensor<2x16x1xbf16>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %26 = tensor.empty() : tensor<2x16x1xbf16>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xbf16>) outs(%26 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.addf %in, %cst_7 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %28 = tensor.empty() : tensor<2x16x1xbf16>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xbf16>) outs(%28 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = math.rsqrt %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %30 = tensor.empty() : tensor<2x16x64xbf16>
    %31 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xbf16>) outs(%30 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %32 = tensor.empty() : tensor<2x16x64xbf16>
    %33 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %31 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%32 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %34 = tensor.empty() : tensor<2x16x64xbf16>
    %35 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<64xbf16>) outs(%34 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %36 = tensor.empty() : tensor<2x16x64xbf16>
    %37 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %35 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%36 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed = tensor.collapse_shape %37 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %38 = tensor.empty() : tensor<32x64xbf16>
    %39 = linalg.fill ins(%cst_6 : bf16) outs(%38 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %40 = linalg.matmul ins(%collapsed, %arg1 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%39 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_11 = tensor.expand_shape %40 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %41 = tensor.empty() : tensor<32x16xbf16>
    %42 = linalg.fill ins(%cst_6 : bf16) outs(%41 : tensor<32x16xbf16>) -> tensor<32x16xbf16>
    %43 = linalg.matmul ins(%collapsed, %arg2 : tensor<32x64xbf16>, tensor<64x16xbf16>) outs(%42 : tensor<32x16xbf16>) -> tensor<32x16xbf16>
    %expanded_12 = tensor.expand_shape %43 [[0, 1], [2, 3]] output_shape [2, 16, 1, 16] : tensor<32x16xbf16> into tensor<2x16x1x16xbf16>
    %44 = tensor.empty() : tensor<32x16xbf16>
    %45 = linalg.fill ins(%cst_6 : bf16) outs(%44 : tensor<32x16xbf16>) -> tensor<32x16xbf16>
    %46 = linalg.matmul ins(%collapsed, %arg3 : tensor<32x64xbf16>, tensor<64x16xbf16>) outs(%45 : tensor<32x16xbf16>) -> tensor<32x16xbf16>
    %expanded_13 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 1, 16] : tensor<32x16xbf16> into tensor<2x16x1x16xbf16>
    %47 = tensor.empty() : tensor<2x16x1x4x16xbf16>
    %48 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<2x16x1x16xbf16>) outs(%47 : tensor<2x16x1x4x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x1x4x16xbf16>
    %collapsed_14 = tensor.collapse_shape %48 [[0], [1], [2, 3], [4]] : tensor<2x16x1x4x16xbf16> into tensor<2x16x4x16xbf16>
    %49 = tensor.empty() : tensor<2x16x1x4x16xbf16>
    %50 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<2x16x1x16xbf16>) outs(%49 : tensor<2x16x1x4x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x1x4x16xbf16>
    %collapsed_15 = tensor.collapse_shape %50 [[0], [1], [2, 3], [4]] : tensor<2x16x1x4x16xbf16> into tensor<2x16x4x16xbf16>
    %51 = tensor.empty() : tensor<2x4x16x16xbf16>
    %52 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<2x16x4x16xbf16>) outs(%51 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %53 = tensor.empty() : tensor<2x4x16x16xbf16>
    %54 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_14 : tensor<2x16x4x16xbf16>) outs(%53 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_16 = tensor.collapse_shape %52 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_17 = tensor.collapse_shape %54 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %55 = tensor.empty() : tensor<8x16x16xbf16>
    %56 = linalg.fill ins(%cst_6 : bf16) outs(%55 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %57 = linalg.batch_matmul ins(%collapsed_16, %collapsed_17 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%56 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %expanded_18 = tensor.expand_shape %57 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %58 = tensor.empty() : tensor<2x4x16x16xbf16>
    %59 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_18 : tensor<2x4x16x16xbf16>) outs(%58 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.divf %in, %cst_5 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x4x16x16xbf16>
    %60 = tensor.empty() : tensor<16x16xi32>
    %61 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel"]} outs(%60 : tensor<16x16xi32>) {
    ^bb0(%out: i32):
      %364 = linalg.index 0 : index
      %365 = arith.index_cast %364 : index to i32
      linalg.yield %365 : i32
    } -> tensor<16x16xi32>
    %62 = tensor.empty() : tensor<16x16xi32>
    %63 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel", "parallel"]} outs(%62 : tensor<16x16xi32>) {
    ^bb0(%out: i32):
      %364 = linalg.index 1 : index
      %365 = arith.index_cast %364 : index to i32
      linalg.yield %365 : i32
    } -> tensor<16x16xi32>
    %64 = tensor.empty() : tensor<16x16xi1>
    %65 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%61, %63 : tensor<16x16xi32>, tensor<16x16xi32>) outs(%64 : tensor<16x16xi1>) {
    ^bb0(%in: i32, %in_54: i32, %out: i1):
      %364 = arith.cmpi sge, %in, %in_54 : i32
      linalg.yield %364 : i1
    } -> tensor<16x16xi1>
    %66 = tensor.empty() : tensor<2x1x16x16xi1>
    %67 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16xi1>) outs(%66 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x16x16xi1>
    %68 = tensor.empty() : tensor<2x1x16x16xi1>
    %69 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65 : tensor<16x16xi1>) outs(%68 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x16x16xi1>
    %70 = tensor.empty() : tensor<2x1x16x16xi1>
    %71 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %69 : tensor<2x1x16x16xi1>, tensor<2x1x16x16xi1>) outs(%70 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_54: i1, %out: i1):
      %364 = arith.andi %in, %in_54 : i1
      linalg.yield %364 : i1
    } -> tensor<2x1x16x16xi1>
    %72 = tensor.empty() : tensor<2x4x16x16xi1>
    %73 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71 : tensor<2x1x16x16xi1>) outs(%72 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x4x16x16xi1>
    %74 = tensor.empty() : tensor<2x4x16x16xbf16>
    %75 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73, %59 : tensor<2x4x16x16xi1>, tensor<2x4x16x16xbf16>) outs(%74 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: i1, %in_54: bf16, %out: bf16):
      %364 = arith.select %in, %in_54, %cst_4 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x4x16x16xbf16>
    %76 = tensor.empty() : tensor<2x4x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x16x16xbf16>) outs(%76 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x4x16xf32>
    %79 = linalg.fill ins(%cst_3 : f32) outs(%78 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %80 = linalg.generic {indexing_maps = [#map8, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%77 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.maximumf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16xf32>
    %81 = tensor.empty() : tensor<2x4x16x16xf32>
    %82 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80 : tensor<2x4x16xf32>) outs(%81 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %83 = tensor.empty() : tensor<2x4x16x16xf32>
    %84 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77, %82 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%83 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %364 = arith.subf %in, %in_54 : f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16x16xf32>
    %85 = tensor.empty() : tensor<2x4x16x16xf32>
    %86 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%84 : tensor<2x4x16x16xf32>) outs(%85 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = math.exp %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16x16xf32>
    %87 = tensor.empty() : tensor<2x4x16xf32>
    %88 = linalg.fill ins(%cst_9 : f32) outs(%87 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %89 = linalg.generic {indexing_maps = [#map8, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%86 : tensor<2x4x16x16xf32>) outs(%88 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16xf32>
    %90 = tensor.empty() : tensor<2x4x16x16xf32>
    %91 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89 : tensor<2x4x16xf32>) outs(%90 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %92 = tensor.empty() : tensor<2x4x16x16xf32>
    %93 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%86, %91 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%92 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %364 = arith.divf %in, %in_54 : f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16x16xf32>
    %94 = tensor.empty() : tensor<2x4x16x16xbf16>
    %95 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%93 : tensor<2x4x16x16xf32>) outs(%94 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x4x16x16xbf16>
    %96 = tensor.empty() : tensor<2x4x16x16xbf16>
    %97 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_15 : tensor<2x16x4x16xbf16>) outs(%96 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %98 = tensor.empty() : tensor<2x4x16x16xbf16>
    %99 = linalg.generic {indexing_maps = [#map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%95 : tensor<2x4x16x16xbf16>) outs(%98 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_19 = tensor.collapse_shape %97 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_20 = tensor.collapse_shape %99 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %100 = tensor.empty() : tensor<8x16x16xbf16>
    %101 = linalg.fill ins(%cst_6 : bf16) outs(%100 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %102 = linalg.batch_matmul ins(%collapsed_19, %collapsed_20 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%101 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %expanded_21 = tensor.expand_shape %102 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %103 = tensor.empty() : tensor<2x16x4x16xbf16>
    %104 = linalg.generic {indexing_maps = [#map15, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_21 : tensor<2x4x16x16xbf16>) outs(%103 : tensor<2x16x4x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x4x16xbf16>
    %collapsed_22 = tensor.collapse_shape %104 [[0, 1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<32x64xbf16>
    %105 = tensor.empty() : tensor<32x64xbf16>
    %106 = linalg.fill ins(%cst_6 : bf16) outs(%105 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %107 = linalg.matmul ins(%collapsed_22, %arg4 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%106 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_23 = tensor.expand_shape %107 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %108 = tensor.empty() : tensor<2x16x64xbf16>
    %109 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %expanded_23 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%108 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.addf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %110 = tensor.empty() : tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x64xbf16>) outs(%110 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x16x64xf32>
    %112 = tensor.empty() : tensor<2x16xf32>
    %113 = linalg.fill ins(%cst_9 : f32) outs(%112 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<2x16x64xf32>) outs(%113 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x16xf32>
    %expanded_24 = tensor.expand_shape %114 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %115 = tensor.empty() : tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x16x1xf32>) outs(%115 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.divf %in, %cst_8 : f32
      linalg.yield %364 : f32
    } -> tensor<2x16x1xf32>
    %117 = tensor.empty() : tensor<2x16x1xbf16>
    %118 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%117 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %119 = tensor.empty() : tensor<2x16x64xbf16>
    %120 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xbf16>) outs(%119 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %121 = tensor.empty() : tensor<2x16x64xbf16>
    %122 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %120 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%121 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.subf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %123 = tensor.empty() : tensor<2x16x64xbf16>
    %124 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x64xbf16>) outs(%123 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %125 = tensor.empty() : tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x64xbf16>) outs(%125 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x16x64xf32>
    %127 = tensor.empty() : tensor<2x16xf32>
    %128 = linalg.fill ins(%cst_9 : f32) outs(%127 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%126 : tensor<2x16x64xf32>) outs(%128 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x16xf32>
    %expanded_25 = tensor.expand_shape %129 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %130 = tensor.empty() : tensor<2x16x1xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_25 : tensor<2x16x1xf32>) outs(%130 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.divf %in, %cst_8 : f32
      linalg.yield %364 : f32
    } -> tensor<2x16x1xf32>
    %132 = tensor.empty() : tensor<2x16x1xbf16>
    %133 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x16x1xf32>) outs(%132 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %134 = tensor.empty() : tensor<2x16x1xbf16>
    %135 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<2x16x1xbf16>) outs(%134 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.addf %in, %cst_7 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %136 = tensor.empty() : tensor<2x16x1xbf16>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x16x1xbf16>) outs(%136 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = math.rsqrt %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %138 = tensor.empty() : tensor<2x16x64xbf16>
    %139 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x16x1xbf16>) outs(%138 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %140 = tensor.empty() : tensor<2x16x64xbf16>
    %141 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %139 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%140 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %142 = tensor.empty() : tensor<2x16x64xbf16>
    %143 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5 : tensor<64xbf16>) outs(%142 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %144 = tensor.empty() : tensor<2x16x64xbf16>
    %145 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %143 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%144 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_26 = tensor.collapse_shape %145 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %146 = tensor.empty() : tensor<32x128xbf16>
    %147 = linalg.fill ins(%cst_6 : bf16) outs(%146 : tensor<32x128xbf16>) -> tensor<32x128xbf16>
    %148 = linalg.matmul ins(%collapsed_26, %arg6 : tensor<32x64xbf16>, tensor<64x128xbf16>) outs(%147 : tensor<32x128xbf16>) -> tensor<32x128xbf16>
    %expanded_27 = tensor.expand_shape %148 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %149 = tensor.empty() : tensor<2x16x128xbf16>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x16x128xbf16>) outs(%149 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %151 = tensor.empty() : tensor<2x16x128xbf16>
    %152 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %expanded_27 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%151 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %153 = tensor.empty() : tensor<2x16x128xbf16>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x128xbf16>) outs(%153 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %cst_2 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %155 = tensor.empty() : tensor<2x16x128xbf16>
    %156 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27, %154 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%155 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.addf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %157 = tensor.empty() : tensor<2x16x128xbf16>
    %158 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x16x128xbf16>) outs(%157 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %cst_1 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %159 = tensor.empty() : tensor<2x16x128xbf16>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x16x128xbf16>) outs(%159 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = math.tanh %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %161 = tensor.empty() : tensor<2x16x128xbf16>
    %162 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<2x16x128xbf16>) outs(%161 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.addf %in, %cst_0 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %163 = tensor.empty() : tensor<2x16x128xbf16>
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x16x128xbf16>) outs(%163 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %cst : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %165 = tensor.empty() : tensor<2x16x128xbf16>
    %166 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27, %164 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%165 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %collapsed_28 = tensor.collapse_shape %166 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %167 = tensor.empty() : tensor<32x64xbf16>
    %168 = linalg.fill ins(%cst_6 : bf16) outs(%167 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %169 = linalg.matmul ins(%collapsed_28, %arg7 : tensor<32x128xbf16>, tensor<128x64xbf16>) outs(%168 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_29 = tensor.expand_shape %169 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %170 = tensor.empty() : tensor<2x16x64xbf16>
    %171 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %expanded_29 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%170 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.addf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %172 = tensor.empty() : tensor<2x16x64xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171 : tensor<2x16x64xbf16>) outs(%172 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x16x64xf32>
    %174 = tensor.empty() : tensor<2x16xf32>
    %175 = linalg.fill ins(%cst_9 : f32) outs(%174 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %176 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%173 : tensor<2x16x64xf32>) outs(%175 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x16xf32>
    %expanded_30 = tensor.expand_shape %176 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %177 = tensor.empty() : tensor<2x16x1xf32>
    %178 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<2x16x1xf32>) outs(%177 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.divf %in, %cst_8 : f32
      linalg.yield %364 : f32
    } -> tensor<2x16x1xf32>
    %179 = tensor.empty() : tensor<2x16x1xbf16>
    %180 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178 : tensor<2x16x1xf32>) outs(%179 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %181 = tensor.empty() : tensor<2x16x64xbf16>
    %182 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180 : tensor<2x16x1xbf16>) outs(%181 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %183 = tensor.empty() : tensor<2x16x64xbf16>
    %184 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171, %182 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%183 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.subf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %185 = tensor.empty() : tensor<2x16x64xbf16>
    %186 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184 : tensor<2x16x64xbf16>) outs(%185 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %187 = tensor.empty() : tensor<2x16x64xf32>
    %188 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%186 : tensor<2x16x64xbf16>) outs(%187 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x16x64xf32>
    %189 = tensor.empty() : tensor<2x16xf32>
    %190 = linalg.fill ins(%cst_9 : f32) outs(%189 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %191 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%188 : tensor<2x16x64xf32>) outs(%190 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x16xf32>
    %expanded_31 = tensor.expand_shape %191 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %192 = tensor.empty() : tensor<2x16x1xf32>
    %193 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_31 : tensor<2x16x1xf32>) outs(%192 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.divf %in, %cst_8 : f32
      linalg.yield %364 : f32
    } -> tensor<2x16x1xf32>
    %194 = tensor.empty() : tensor<2x16x1xbf16>
    %195 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193 : tensor<2x16x1xf32>) outs(%194 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %196 = tensor.empty() : tensor<2x16x1xbf16>
    %197 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%195 : tensor<2x16x1xbf16>) outs(%196 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.addf %in, %cst_7 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %198 = tensor.empty() : tensor<2x16x1xbf16>
    %199 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197 : tensor<2x16x1xbf16>) outs(%198 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = math.rsqrt %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %200 = tensor.empty() : tensor<2x16x64xbf16>
    %201 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199 : tensor<2x16x1xbf16>) outs(%200 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %202 = tensor.empty() : tensor<2x16x64xbf16>
    %203 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184, %201 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%202 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %204 = tensor.empty() : tensor<2x16x64xbf16>
    %205 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<64xbf16>) outs(%204 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %206 = tensor.empty() : tensor<2x16x64xbf16>
    %207 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%203, %205 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%206 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_32 = tensor.collapse_shape %207 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %208 = tensor.empty() : tensor<32x64xbf16>
    %209 = linalg.fill ins(%cst_6 : bf16) outs(%208 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %210 = linalg.matmul ins(%collapsed_32, %arg9 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%209 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_33 = tensor.expand_shape %210 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %211 = tensor.empty() : tensor<32x16xbf16>
    %212 = linalg.fill ins(%cst_6 : bf16) outs(%211 : tensor<32x16xbf16>) -> tensor<32x16xbf16>
    %213 = linalg.matmul ins(%collapsed_32, %arg10 : tensor<32x64xbf16>, tensor<64x16xbf16>) outs(%212 : tensor<32x16xbf16>) -> tensor<32x16xbf16>
    %expanded_34 = tensor.expand_shape %213 [[0, 1], [2, 3]] output_shape [2, 16, 1, 16] : tensor<32x16xbf16> into tensor<2x16x1x16xbf16>
    %214 = tensor.empty() : tensor<32x16xbf16>
    %215 = linalg.fill ins(%cst_6 : bf16) outs(%214 : tensor<32x16xbf16>) -> tensor<32x16xbf16>
    %216 = linalg.matmul ins(%collapsed_32, %arg11 : tensor<32x64xbf16>, tensor<64x16xbf16>) outs(%215 : tensor<32x16xbf16>) -> tensor<32x16xbf16>
    %expanded_35 = tensor.expand_shape %216 [[0, 1], [2, 3]] output_shape [2, 16, 1, 16] : tensor<32x16xbf16> into tensor<2x16x1x16xbf16>
    %217 = tensor.empty() : tensor<2x16x1x4x16xbf16>
    %218 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_34 : tensor<2x16x1x16xbf16>) outs(%217 : tensor<2x16x1x4x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x1x4x16xbf16>
    %collapsed_36 = tensor.collapse_shape %218 [[0], [1], [2, 3], [4]] : tensor<2x16x1x4x16xbf16> into tensor<2x16x4x16xbf16>
    %219 = tensor.empty() : tensor<2x16x1x4x16xbf16>
    %220 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x16x1x16xbf16>) outs(%219 : tensor<2x16x1x4x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x1x4x16xbf16>
    %collapsed_37 = tensor.collapse_shape %220 [[0], [1], [2, 3], [4]] : tensor<2x16x1x4x16xbf16> into tensor<2x16x4x16xbf16>
    %221 = tensor.empty() : tensor<2x4x16x16xbf16>
    %222 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33 : tensor<2x16x4x16xbf16>) outs(%221 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %223 = tensor.empty() : tensor<2x4x16x16xbf16>
    %224 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16x4x16xbf16>) outs(%223 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_38 = tensor.collapse_shape %222 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_39 = tensor.collapse_shape %224 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %225 = tensor.empty() : tensor<8x16x16xbf16>
    %226 = linalg.fill ins(%cst_6 : bf16) outs(%225 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %227 = linalg.batch_matmul ins(%collapsed_38, %collapsed_39 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%226 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %expanded_40 = tensor.expand_shape %227 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %228 = tensor.empty() : tensor<2x4x16x16xbf16>
    %229 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_40 : tensor<2x4x16x16xbf16>) outs(%228 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.divf %in, %cst_5 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x4x16x16xbf16>
    %230 = tensor.empty() : tensor<2x4x16x16xbf16>
    %231 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73, %229 : tensor<2x4x16x16xi1>, tensor<2x4x16x16xbf16>) outs(%230 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: i1, %in_54: bf16, %out: bf16):
      %364 = arith.select %in, %in_54, %cst_4 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x4x16x16xbf16>
    %232 = tensor.empty() : tensor<2x4x16x16xf32>
    %233 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%231 : tensor<2x4x16x16xbf16>) outs(%232 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16x16xf32>
    %234 = tensor.empty() : tensor<2x4x16xf32>
    %235 = linalg.fill ins(%cst_3 : f32) outs(%234 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %236 = linalg.generic {indexing_maps = [#map8, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%233 : tensor<2x4x16x16xf32>) outs(%235 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.maximumf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16xf32>
    %237 = tensor.empty() : tensor<2x4x16x16xf32>
    %238 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%236 : tensor<2x4x16xf32>) outs(%237 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %239 = tensor.empty() : tensor<2x4x16x16xf32>
    %240 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%233, %238 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%239 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %364 = arith.subf %in, %in_54 : f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16x16xf32>
    %241 = tensor.empty() : tensor<2x4x16x16xf32>
    %242 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%240 : tensor<2x4x16x16xf32>) outs(%241 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = math.exp %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16x16xf32>
    %243 = tensor.empty() : tensor<2x4x16xf32>
    %244 = linalg.fill ins(%cst_9 : f32) outs(%243 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %245 = linalg.generic {indexing_maps = [#map8, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%242 : tensor<2x4x16x16xf32>) outs(%244 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16xf32>
    %246 = tensor.empty() : tensor<2x4x16x16xf32>
    %247 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%245 : tensor<2x4x16xf32>) outs(%246 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %248 = tensor.empty() : tensor<2x4x16x16xf32>
    %249 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%242, %247 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%248 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %364 = arith.divf %in, %in_54 : f32
      linalg.yield %364 : f32
    } -> tensor<2x4x16x16xf32>
    %250 = tensor.empty() : tensor<2x4x16x16xbf16>
    %251 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%249 : tensor<2x4x16x16xf32>) outs(%250 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x4x16x16xbf16>
    %252 = tensor.empty() : tensor<2x4x16x16xbf16>
    %253 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_37 : tensor<2x16x4x16xbf16>) outs(%252 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %254 = tensor.empty() : tensor<2x4x16x16xbf16>
    %255 = linalg.generic {indexing_maps = [#map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%251 : tensor<2x4x16x16xbf16>) outs(%254 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_41 = tensor.collapse_shape %253 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_42 = tensor.collapse_shape %255 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %256 = tensor.empty() : tensor<8x16x16xbf16>
    %257 = linalg.fill ins(%cst_6 : bf16) outs(%256 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %258 = linalg.batch_matmul ins(%collapsed_41, %collapsed_42 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%257 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %expanded_43 = tensor.expand_shape %258 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %259 = tensor.empty() : tensor<2x16x4x16xbf16>
    %260 = linalg.generic {indexing_maps = [#map15, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_43 : tensor<2x4x16x16xbf16>) outs(%259 : tensor<2x16x4x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x4x16xbf16>
    %collapsed_44 = tensor.collapse_shape %260 [[0, 1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<32x64xbf16>
    %261 = tensor.empty() : tensor<32x64xbf16>
    %262 = linalg.fill ins(%cst_6 : bf16) outs(%261 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %263 = linalg.matmul ins(%collapsed_44, %arg12 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%262 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_45 = tensor.expand_shape %263 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %264 = tensor.empty() : tensor<2x16x64xbf16>
    %265 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171, %expanded_45 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%264 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.addf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %266 = tensor.empty() : tensor<2x16x64xf32>
    %267 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265 : tensor<2x16x64xbf16>) outs(%266 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x16x64xf32>
    %268 = tensor.empty() : tensor<2x16xf32>
    %269 = linalg.fill ins(%cst_9 : f32) outs(%268 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %270 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%267 : tensor<2x16x64xf32>) outs(%269 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x16xf32>
    %expanded_46 = tensor.expand_shape %270 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %271 = tensor.empty() : tensor<2x16x1xf32>
    %272 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_46 : tensor<2x16x1xf32>) outs(%271 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.divf %in, %cst_8 : f32
      linalg.yield %364 : f32
    } -> tensor<2x16x1xf32>
    %273 = tensor.empty() : tensor<2x16x1xbf16>
    %274 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%272 : tensor<2x16x1xf32>) outs(%273 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %275 = tensor.empty() : tensor<2x16x64xbf16>
    %276 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274 : tensor<2x16x1xbf16>) outs(%275 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %277 = tensor.empty() : tensor<2x16x64xbf16>
    %278 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265, %276 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%277 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.subf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %279 = tensor.empty() : tensor<2x16x64xbf16>
    %280 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278 : tensor<2x16x64xbf16>) outs(%279 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %281 = tensor.empty() : tensor<2x16x64xf32>
    %282 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%280 : tensor<2x16x64xbf16>) outs(%281 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x16x64xf32>
    %283 = tensor.empty() : tensor<2x16xf32>
    %284 = linalg.fill ins(%cst_9 : f32) outs(%283 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %285 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%282 : tensor<2x16x64xf32>) outs(%284 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x16xf32>
    %expanded_47 = tensor.expand_shape %285 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %286 = tensor.empty() : tensor<2x16x1xf32>
    %287 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47 : tensor<2x16x1xf32>) outs(%286 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.divf %in, %cst_8 : f32
      linalg.yield %364 : f32
    } -> tensor<2x16x1xf32>
    %288 = tensor.empty() : tensor<2x16x1xbf16>
    %289 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%287 : tensor<2x16x1xf32>) outs(%288 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %290 = tensor.empty() : tensor<2x16x1xbf16>
    %291 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%289 : tensor<2x16x1xbf16>) outs(%290 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.addf %in, %cst_7 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %292 = tensor.empty() : tensor<2x16x1xbf16>
    %293 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%291 : tensor<2x16x1xbf16>) outs(%292 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = math.rsqrt %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %294 = tensor.empty() : tensor<2x16x64xbf16>
    %295 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%293 : tensor<2x16x1xbf16>) outs(%294 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %296 = tensor.empty() : tensor<2x16x64xbf16>
    %297 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278, %295 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%296 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %298 = tensor.empty() : tensor<2x16x64xbf16>
    %299 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13 : tensor<64xbf16>) outs(%298 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %300 = tensor.empty() : tensor<2x16x64xbf16>
    %301 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%297, %299 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%300 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_48 = tensor.collapse_shape %301 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %302 = tensor.empty() : tensor<32x128xbf16>
    %303 = linalg.fill ins(%cst_6 : bf16) outs(%302 : tensor<32x128xbf16>) -> tensor<32x128xbf16>
    %304 = linalg.matmul ins(%collapsed_48, %arg14 : tensor<32x64xbf16>, tensor<64x128xbf16>) outs(%303 : tensor<32x128xbf16>) -> tensor<32x128xbf16>
    %expanded_49 = tensor.expand_shape %304 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %305 = tensor.empty() : tensor<2x16x128xbf16>
    %306 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<2x16x128xbf16>) outs(%305 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %307 = tensor.empty() : tensor<2x16x128xbf16>
    %308 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%306, %expanded_49 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%307 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %309 = tensor.empty() : tensor<2x16x128xbf16>
    %310 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%308 : tensor<2x16x128xbf16>) outs(%309 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %cst_2 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %311 = tensor.empty() : tensor<2x16x128xbf16>
    %312 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49, %310 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%311 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.addf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %313 = tensor.empty() : tensor<2x16x128xbf16>
    %314 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%312 : tensor<2x16x128xbf16>) outs(%313 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %cst_1 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %315 = tensor.empty() : tensor<2x16x128xbf16>
    %316 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%314 : tensor<2x16x128xbf16>) outs(%315 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = math.tanh %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %317 = tensor.empty() : tensor<2x16x128xbf16>
    %318 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%316 : tensor<2x16x128xbf16>) outs(%317 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.addf %in, %cst_0 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %319 = tensor.empty() : tensor<2x16x128xbf16>
    %320 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%318 : tensor<2x16x128xbf16>) outs(%319 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %cst : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %321 = tensor.empty() : tensor<2x16x128xbf16>
    %322 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49, %320 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%321 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x128xbf16>
    %collapsed_50 = tensor.collapse_shape %322 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %323 = tensor.empty() : tensor<32x64xbf16>
    %324 = linalg.fill ins(%cst_6 : bf16) outs(%323 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %325 = linalg.matmul ins(%collapsed_50, %arg15 : tensor<32x128xbf16>, tensor<128x64xbf16>) outs(%324 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_51 = tensor.expand_shape %325 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %326 = tensor.empty() : tensor<2x16x64xbf16>
    %327 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265, %expanded_51 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%326 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.addf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %328 = tensor.empty() : tensor<2x16x64xf32>
    %329 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%327 : tensor<2x16x64xbf16>) outs(%328 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x16x64xf32>
    %330 = tensor.empty() : tensor<2x16xf32>
    %331 = linalg.fill ins(%cst_9 : f32) outs(%330 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %332 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%329 : tensor<2x16x64xf32>) outs(%331 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x16xf32>
    %expanded_52 = tensor.expand_shape %332 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %333 = tensor.empty() : tensor<2x16x1xf32>
    %334 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x16x1xf32>) outs(%333 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.divf %in, %cst_8 : f32
      linalg.yield %364 : f32
    } -> tensor<2x16x1xf32>
    %335 = tensor.empty() : tensor<2x16x1xbf16>
    %336 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%334 : tensor<2x16x1xf32>) outs(%335 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %337 = tensor.empty() : tensor<2x16x64xbf16>
    %338 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%336 : tensor<2x16x1xbf16>) outs(%337 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %339 = tensor.empty() : tensor<2x16x64xbf16>
    %340 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%327, %338 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%339 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.subf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %341 = tensor.empty() : tensor<2x16x64xbf16>
    %342 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%340 : tensor<2x16x64xbf16>) outs(%341 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.mulf %in, %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %343 = tensor.empty() : tensor<2x16x64xf32>
    %344 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%342 : tensor<2x16x64xbf16>) outs(%343 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %364 = arith.extf %in : bf16 to f32
      linalg.yield %364 : f32
    } -> tensor<2x16x64xf32>
    %345 = tensor.empty() : tensor<2x16xf32>
    %346 = linalg.fill ins(%cst_9 : f32) outs(%345 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %347 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%344 : tensor<2x16x64xf32>) outs(%346 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.addf %out, %in : f32
      linalg.yield %364 : f32
    } -> tensor<2x16xf32>
    %expanded_53 = tensor.expand_shape %347 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %348 = tensor.empty() : tensor<2x16x1xf32>
    %349 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_53 : tensor<2x16x1xf32>) outs(%348 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %364 = arith.divf %in, %cst_8 : f32
      linalg.yield %364 : f32
    } -> tensor<2x16x1xf32>
    %350 = tensor.empty() : tensor<2x16x1xbf16>
    %351 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%349 : tensor<2x16x1xf32>) outs(%350 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %364 = arith.truncf %in : f32 to bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %352 = tensor.empty() : tensor<2x16x1xbf16>
    %353 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%351 : tensor<2x16x1xbf16>) outs(%352 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = arith.addf %in, %cst_7 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %354 = tensor.empty() : tensor<2x16x1xbf16>
    %355 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%353 : tensor<2x16x1xbf16>) outs(%354 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %364 = math.rsqrt %in : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x1xbf16>
    %356 = tensor.empty() : tensor<2x16x64xbf16>
    %357 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%355 : tensor<2x16x1xbf16>) outs(%356 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %358 = tensor.empty() : tensor<2x16x64xbf16>
    %359 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%340, %357 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%358 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    %360 = tensor.empty() : tensor<2x16x64xbf16>
    %361 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16 : tensor<64xbf16>) outs(%360 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %362 = tensor.empty() : tensor<2x16x64xbf16>
    %363 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%359, %361 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%362 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %364 = arith.mulf %in, %in_54 : bf16
      linalg.yield %364 : bf16
    } -> tensor<2x16x64xbf16>
    return %363 : tensor<2x16x64xbf16>
  }
}

