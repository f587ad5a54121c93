// FRONTEND: {"args": [{"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "bf16", "expected_blocks": 2, "func": "main", "model": "jax_bert", "path": "jax-iree", "shapes": "static"}
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
  func.func @main(%arg0: tensor<64xbf16>, %arg1: tensor<64x64xbf16>, %arg2: tensor<64x64xbf16>, %arg3: tensor<64x64xbf16>, %arg4: tensor<64x64xbf16>, %arg5: tensor<64xbf16>, %arg6: tensor<64x128xbf16>, %arg7: tensor<128x64xbf16>, %arg8: tensor<64xbf16>, %arg9: tensor<64x64xbf16>, %arg10: tensor<64x64xbf16>, %arg11: tensor<64x64xbf16>, %arg12: tensor<64x64xbf16>, %arg13: tensor<64xbf16>, %arg14: tensor<64x128xbf16>, %arg15: tensor<128x64xbf16>, %arg16: tensor<64xbf16>, %arg17: tensor<2x16x64xbf16>, %arg18: tensor<2x16xi32>) -> tensor<2x16x64xbf16> {
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
      %352 = arith.cmpi ne, %in, %c0_i32 : i32
      linalg.yield %352 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16x64xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17 : tensor<2x16x64xbf16>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x16x64xf32>
    %4 = tensor.empty() : tensor<2x16xf32>
    %5 = linalg.fill ins(%cst_9 : f32) outs(%4 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x16xf32>
    %expanded = tensor.expand_shape %6 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %7 = tensor.empty() : tensor<2x16x1xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x1xf32>) outs(%7 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.divf %in, %cst_8 : f32
      linalg.yield %352 : f32
    } -> tensor<2x16x1xf32>
    %9 = tensor.empty() : tensor<2x16x1xbf16>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x16x1xf32>) outs(%9 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %11 = tensor.empty() : tensor<2x16x64xbf16>
    %12 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x16x1xbf16>) outs(%11 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %13 = tensor.empty() : tensor<2x16x64xbf16>
    %14 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %12 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%13 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.subf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %15 = tensor.empty() : tensor<2x16x64xbf16>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x16x64xbf16>) outs(%15 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %17 = tensor.empty() : tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x64xbf16>) outs(%17 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x16x64xf32>
    %19 = tensor.empty() : tensor<2x16xf32>
    %20 = linalg.fill ins(%cst_9 : f32) outs(%19 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<2x16x64xf32>) outs(%20 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x16xf32>
    %expanded_10 = tensor.expand_shape %21 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %22 = tensor.empty() : tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_10 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.divf %in, %cst_8 : f32
      linalg.yield %352 : f32
    } -> tensor<2x16x1xf32>
    %24 = tensor.empty() : tensor<2x16x1xbf16>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %26 = tensor.empty() : tensor<2x16x1xbf16>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xbf16>) outs(%26 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.addf %in, %cst_7 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %28 = tensor.empty() : tensor<2x16x1xbf16>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xbf16>) outs(%28 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = math.rsqrt %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %30 = tensor.empty() : tensor<2x16x64xbf16>
    %31 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xbf16>) outs(%30 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %32 = tensor.empty() : tensor<2x16x64xbf16>
    %33 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %31 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%32 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %34 = tensor.empty() : tensor<2x16x64xbf16>
    %35 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<64xbf16>) outs(%34 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %36 = tensor.empty() : tensor<2x16x64xbf16>
    %37 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %35 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%36 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed = tensor.collapse_shape %37 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %38 = tensor.empty() : tensor<32x64xbf16>
    %39 = linalg.fill ins(%cst_6 : bf16) outs(%38 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %40 = linalg.matmul ins(%collapsed, %arg1 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%39 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_11 = tensor.expand_shape %40 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %41 = tensor.empty() : tensor<32x64xbf16>
    %42 = linalg.fill ins(%cst_6 : bf16) outs(%41 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %43 = linalg.matmul ins(%collapsed, %arg2 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%42 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_12 = tensor.expand_shape %43 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %44 = tensor.empty() : tensor<32x64xbf16>
    %45 = linalg.fill ins(%cst_6 : bf16) outs(%44 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %46 = linalg.matmul ins(%collapsed, %arg3 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%45 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_13 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %47 = tensor.empty() : tensor<2x16x4x1x16xbf16>
    %48 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<2x16x4x16xbf16>) outs(%47 : tensor<2x16x4x1x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x4x1x16xbf16>
    %collapsed_14 = tensor.collapse_shape %48 [[0], [1], [2], [3, 4]] : tensor<2x16x4x1x16xbf16> into tensor<2x16x4x16xbf16>
    %49 = tensor.empty() : tensor<2x16x4x1x16xbf16>
    %50 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<2x16x4x16xbf16>) outs(%49 : tensor<2x16x4x1x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x4x1x16xbf16>
    %collapsed_15 = tensor.collapse_shape %50 [[0], [1], [2], [3, 4]] : tensor<2x16x4x1x16xbf16> into tensor<2x16x4x16xbf16>
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
      %352 = arith.divf %in, %cst_5 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x4x16x16xbf16>
    %60 = tensor.empty() : tensor<2x4x16x16xi1>
    %61 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16xi1>) outs(%60 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x4x16x16xi1>
    %62 = tensor.empty() : tensor<2x4x16x16xbf16>
    %63 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %59 : tensor<2x4x16x16xi1>, tensor<2x4x16x16xbf16>) outs(%62 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: i1, %in_54: bf16, %out: bf16):
      %352 = arith.select %in, %in_54, %cst_4 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x4x16x16xbf16>
    %64 = tensor.empty() : tensor<2x4x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x16x16xbf16>) outs(%64 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = tensor.empty() : tensor<2x4x16xf32>
    %67 = linalg.fill ins(%cst_3 : f32) outs(%66 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %68 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%65 : tensor<2x4x16x16xf32>) outs(%67 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.maximumf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16xf32>
    %69 = tensor.empty() : tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x16xf32>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16x16xf32>
    %72 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %70 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%71 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %352 = arith.subf %in, %in_54 : f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16x16xf32>
    %73 = tensor.empty() : tensor<2x4x16x16xf32>
    %74 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72 : tensor<2x4x16x16xf32>) outs(%73 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = math.exp %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x4x16xf32>
    %76 = linalg.fill ins(%cst_9 : f32) outs(%75 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %77 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%74 : tensor<2x4x16x16xf32>) outs(%76 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16xf32>
    %78 = tensor.empty() : tensor<2x4x16x16xf32>
    %79 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77 : tensor<2x4x16xf32>) outs(%78 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %80 = tensor.empty() : tensor<2x4x16x16xf32>
    %81 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %79 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%80 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %352 = arith.divf %in, %in_54 : f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16x16xf32>
    %82 = tensor.empty() : tensor<2x4x16x16xbf16>
    %83 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81 : tensor<2x4x16x16xf32>) outs(%82 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x4x16x16xbf16>
    %84 = tensor.empty() : tensor<2x4x16x16xbf16>
    %85 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_15 : tensor<2x16x4x16xbf16>) outs(%84 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %86 = tensor.empty() : tensor<2x4x16x16xbf16>
    %87 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83 : tensor<2x4x16x16xbf16>) outs(%86 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_19 = tensor.collapse_shape %85 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_20 = tensor.collapse_shape %87 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %88 = tensor.empty() : tensor<8x16x16xbf16>
    %89 = linalg.fill ins(%cst_6 : bf16) outs(%88 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %90 = linalg.batch_matmul ins(%collapsed_19, %collapsed_20 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%89 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %expanded_21 = tensor.expand_shape %90 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %91 = tensor.empty() : tensor<2x16x4x16xbf16>
    %92 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_21 : tensor<2x4x16x16xbf16>) outs(%91 : tensor<2x16x4x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x4x16xbf16>
    %collapsed_22 = tensor.collapse_shape %92 [[0, 1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<32x64xbf16>
    %93 = tensor.empty() : tensor<32x64xbf16>
    %94 = linalg.fill ins(%cst_6 : bf16) outs(%93 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %95 = linalg.matmul ins(%collapsed_22, %arg4 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%94 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_23 = tensor.expand_shape %95 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %96 = tensor.empty() : tensor<2x16x64xbf16>
    %97 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %expanded_23 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%96 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.addf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %98 = tensor.empty() : tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x64xbf16>) outs(%98 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x16x64xf32>
    %100 = tensor.empty() : tensor<2x16xf32>
    %101 = linalg.fill ins(%cst_9 : f32) outs(%100 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%99 : tensor<2x16x64xf32>) outs(%101 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x16xf32>
    %expanded_24 = tensor.expand_shape %102 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %103 = tensor.empty() : tensor<2x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x16x1xf32>) outs(%103 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.divf %in, %cst_8 : f32
      linalg.yield %352 : f32
    } -> tensor<2x16x1xf32>
    %105 = tensor.empty() : tensor<2x16x1xbf16>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%105 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %107 = tensor.empty() : tensor<2x16x64xbf16>
    %108 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xbf16>) outs(%107 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %109 = tensor.empty() : tensor<2x16x64xbf16>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %108 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%109 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.subf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %111 = tensor.empty() : tensor<2x16x64xbf16>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x64xbf16>) outs(%111 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %113 = tensor.empty() : tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x64xbf16>) outs(%113 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x16x64xf32>
    %115 = tensor.empty() : tensor<2x16xf32>
    %116 = linalg.fill ins(%cst_9 : f32) outs(%115 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%114 : tensor<2x16x64xf32>) outs(%116 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x16xf32>
    %expanded_25 = tensor.expand_shape %117 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %118 = tensor.empty() : tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_25 : tensor<2x16x1xf32>) outs(%118 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.divf %in, %cst_8 : f32
      linalg.yield %352 : f32
    } -> tensor<2x16x1xf32>
    %120 = tensor.empty() : tensor<2x16x1xbf16>
    %121 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%120 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %122 = tensor.empty() : tensor<2x16x1xbf16>
    %123 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xbf16>) outs(%122 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.addf %in, %cst_7 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %124 = tensor.empty() : tensor<2x16x1xbf16>
    %125 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<2x16x1xbf16>) outs(%124 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = math.rsqrt %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %126 = tensor.empty() : tensor<2x16x64xbf16>
    %127 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x16x1xbf16>) outs(%126 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %128 = tensor.empty() : tensor<2x16x64xbf16>
    %129 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %127 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%128 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %130 = tensor.empty() : tensor<2x16x64xbf16>
    %131 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg5 : tensor<64xbf16>) outs(%130 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %132 = tensor.empty() : tensor<2x16x64xbf16>
    %133 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %131 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%132 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_26 = tensor.collapse_shape %133 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %134 = tensor.empty() : tensor<32x128xbf16>
    %135 = linalg.fill ins(%cst_6 : bf16) outs(%134 : tensor<32x128xbf16>) -> tensor<32x128xbf16>
    %136 = linalg.matmul ins(%collapsed_26, %arg6 : tensor<32x64xbf16>, tensor<64x128xbf16>) outs(%135 : tensor<32x128xbf16>) -> tensor<32x128xbf16>
    %expanded_27 = tensor.expand_shape %136 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %137 = tensor.empty() : tensor<2x16x128xbf16>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x16x128xbf16>) outs(%137 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %139 = tensor.empty() : tensor<2x16x128xbf16>
    %140 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %expanded_27 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%139 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %141 = tensor.empty() : tensor<2x16x128xbf16>
    %142 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140 : tensor<2x16x128xbf16>) outs(%141 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %cst_2 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %143 = tensor.empty() : tensor<2x16x128xbf16>
    %144 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27, %142 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%143 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.addf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %145 = tensor.empty() : tensor<2x16x128xbf16>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<2x16x128xbf16>) outs(%145 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %cst_1 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %147 = tensor.empty() : tensor<2x16x128xbf16>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x16x128xbf16>) outs(%147 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = math.tanh %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %149 = tensor.empty() : tensor<2x16x128xbf16>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x16x128xbf16>) outs(%149 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.addf %in, %cst_0 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %151 = tensor.empty() : tensor<2x16x128xbf16>
    %152 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<2x16x128xbf16>) outs(%151 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %cst : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %153 = tensor.empty() : tensor<2x16x128xbf16>
    %154 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_27, %152 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%153 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %collapsed_28 = tensor.collapse_shape %154 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %155 = tensor.empty() : tensor<32x64xbf16>
    %156 = linalg.fill ins(%cst_6 : bf16) outs(%155 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %157 = linalg.matmul ins(%collapsed_28, %arg7 : tensor<32x128xbf16>, tensor<128x64xbf16>) outs(%156 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_29 = tensor.expand_shape %157 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %158 = tensor.empty() : tensor<2x16x64xbf16>
    %159 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %expanded_29 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%158 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.addf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %160 = tensor.empty() : tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<2x16x64xbf16>) outs(%160 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x16x64xf32>
    %162 = tensor.empty() : tensor<2x16xf32>
    %163 = linalg.fill ins(%cst_9 : f32) outs(%162 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%161 : tensor<2x16x64xf32>) outs(%163 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x16xf32>
    %expanded_30 = tensor.expand_shape %164 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %165 = tensor.empty() : tensor<2x16x1xf32>
    %166 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_30 : tensor<2x16x1xf32>) outs(%165 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.divf %in, %cst_8 : f32
      linalg.yield %352 : f32
    } -> tensor<2x16x1xf32>
    %167 = tensor.empty() : tensor<2x16x1xbf16>
    %168 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<2x16x1xf32>) outs(%167 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %169 = tensor.empty() : tensor<2x16x64xbf16>
    %170 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x16x1xbf16>) outs(%169 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %171 = tensor.empty() : tensor<2x16x64xbf16>
    %172 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %170 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%171 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.subf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %173 = tensor.empty() : tensor<2x16x64xbf16>
    %174 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172 : tensor<2x16x64xbf16>) outs(%173 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %175 = tensor.empty() : tensor<2x16x64xf32>
    %176 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174 : tensor<2x16x64xbf16>) outs(%175 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x16x64xf32>
    %177 = tensor.empty() : tensor<2x16xf32>
    %178 = linalg.fill ins(%cst_9 : f32) outs(%177 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %179 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%176 : tensor<2x16x64xf32>) outs(%178 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x16xf32>
    %expanded_31 = tensor.expand_shape %179 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %180 = tensor.empty() : tensor<2x16x1xf32>
    %181 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_31 : tensor<2x16x1xf32>) outs(%180 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.divf %in, %cst_8 : f32
      linalg.yield %352 : f32
    } -> tensor<2x16x1xf32>
    %182 = tensor.empty() : tensor<2x16x1xbf16>
    %183 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181 : tensor<2x16x1xf32>) outs(%182 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %184 = tensor.empty() : tensor<2x16x1xbf16>
    %185 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183 : tensor<2x16x1xbf16>) outs(%184 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.addf %in, %cst_7 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %186 = tensor.empty() : tensor<2x16x1xbf16>
    %187 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%185 : tensor<2x16x1xbf16>) outs(%186 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = math.rsqrt %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %188 = tensor.empty() : tensor<2x16x64xbf16>
    %189 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187 : tensor<2x16x1xbf16>) outs(%188 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %190 = tensor.empty() : tensor<2x16x64xbf16>
    %191 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %189 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%190 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %192 = tensor.empty() : tensor<2x16x64xbf16>
    %193 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8 : tensor<64xbf16>) outs(%192 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %194 = tensor.empty() : tensor<2x16x64xbf16>
    %195 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191, %193 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%194 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_32 = tensor.collapse_shape %195 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %196 = tensor.empty() : tensor<32x64xbf16>
    %197 = linalg.fill ins(%cst_6 : bf16) outs(%196 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %198 = linalg.matmul ins(%collapsed_32, %arg9 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%197 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_33 = tensor.expand_shape %198 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %199 = tensor.empty() : tensor<32x64xbf16>
    %200 = linalg.fill ins(%cst_6 : bf16) outs(%199 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %201 = linalg.matmul ins(%collapsed_32, %arg10 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%200 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_34 = tensor.expand_shape %201 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %202 = tensor.empty() : tensor<32x64xbf16>
    %203 = linalg.fill ins(%cst_6 : bf16) outs(%202 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %204 = linalg.matmul ins(%collapsed_32, %arg11 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%203 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_35 = tensor.expand_shape %204 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %205 = tensor.empty() : tensor<2x16x4x1x16xbf16>
    %206 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_34 : tensor<2x16x4x16xbf16>) outs(%205 : tensor<2x16x4x1x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x4x1x16xbf16>
    %collapsed_36 = tensor.collapse_shape %206 [[0], [1], [2], [3, 4]] : tensor<2x16x4x1x16xbf16> into tensor<2x16x4x16xbf16>
    %207 = tensor.empty() : tensor<2x16x4x1x16xbf16>
    %208 = linalg.generic {indexing_maps = [#map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x16x4x16xbf16>) outs(%207 : tensor<2x16x4x1x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x4x1x16xbf16>
    %collapsed_37 = tensor.collapse_shape %208 [[0], [1], [2], [3, 4]] : tensor<2x16x4x1x16xbf16> into tensor<2x16x4x16xbf16>
    %209 = tensor.empty() : tensor<2x4x16x16xbf16>
    %210 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33 : tensor<2x16x4x16xbf16>) outs(%209 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %211 = tensor.empty() : tensor<2x4x16x16xbf16>
    %212 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16x4x16xbf16>) outs(%211 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_38 = tensor.collapse_shape %210 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_39 = tensor.collapse_shape %212 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %213 = tensor.empty() : tensor<8x16x16xbf16>
    %214 = linalg.fill ins(%cst_6 : bf16) outs(%213 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %215 = linalg.batch_matmul ins(%collapsed_38, %collapsed_39 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%214 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %expanded_40 = tensor.expand_shape %215 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %216 = tensor.empty() : tensor<2x4x16x16xbf16>
    %217 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_40 : tensor<2x4x16x16xbf16>) outs(%216 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.divf %in, %cst_5 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x4x16x16xbf16>
    %218 = tensor.empty() : tensor<2x4x16x16xbf16>
    %219 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %217 : tensor<2x4x16x16xi1>, tensor<2x4x16x16xbf16>) outs(%218 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: i1, %in_54: bf16, %out: bf16):
      %352 = arith.select %in, %in_54, %cst_4 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x4x16x16xbf16>
    %220 = tensor.empty() : tensor<2x4x16x16xf32>
    %221 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%219 : tensor<2x4x16x16xbf16>) outs(%220 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16x16xf32>
    %222 = tensor.empty() : tensor<2x4x16xf32>
    %223 = linalg.fill ins(%cst_3 : f32) outs(%222 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %224 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%221 : tensor<2x4x16x16xf32>) outs(%223 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.maximumf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16xf32>
    %225 = tensor.empty() : tensor<2x4x16x16xf32>
    %226 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%224 : tensor<2x4x16xf32>) outs(%225 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %227 = tensor.empty() : tensor<2x4x16x16xf32>
    %228 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%221, %226 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%227 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %352 = arith.subf %in, %in_54 : f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16x16xf32>
    %229 = tensor.empty() : tensor<2x4x16x16xf32>
    %230 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%228 : tensor<2x4x16x16xf32>) outs(%229 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = math.exp %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16x16xf32>
    %231 = tensor.empty() : tensor<2x4x16xf32>
    %232 = linalg.fill ins(%cst_9 : f32) outs(%231 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %233 = linalg.generic {indexing_maps = [#map8, #map11], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%230 : tensor<2x4x16x16xf32>) outs(%232 : tensor<2x4x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16xf32>
    %234 = tensor.empty() : tensor<2x4x16x16xf32>
    %235 = linalg.generic {indexing_maps = [#map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%233 : tensor<2x4x16xf32>) outs(%234 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %236 = tensor.empty() : tensor<2x4x16x16xf32>
    %237 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%230, %235 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%236 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %352 = arith.divf %in, %in_54 : f32
      linalg.yield %352 : f32
    } -> tensor<2x4x16x16xf32>
    %238 = tensor.empty() : tensor<2x4x16x16xbf16>
    %239 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%237 : tensor<2x4x16x16xf32>) outs(%238 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x4x16x16xbf16>
    %240 = tensor.empty() : tensor<2x4x16x16xbf16>
    %241 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_37 : tensor<2x16x4x16xbf16>) outs(%240 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %242 = tensor.empty() : tensor<2x4x16x16xbf16>
    %243 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%239 : tensor<2x4x16x16xbf16>) outs(%242 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_41 = tensor.collapse_shape %241 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_42 = tensor.collapse_shape %243 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %244 = tensor.empty() : tensor<8x16x16xbf16>
    %245 = linalg.fill ins(%cst_6 : bf16) outs(%244 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %246 = linalg.batch_matmul ins(%collapsed_41, %collapsed_42 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%245 : tensor<8x16x16xbf16>) -> tensor<8x16x16xbf16>
    %expanded_43 = tensor.expand_shape %246 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %247 = tensor.empty() : tensor<2x16x4x16xbf16>
    %248 = linalg.generic {indexing_maps = [#map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_43 : tensor<2x4x16x16xbf16>) outs(%247 : tensor<2x16x4x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x4x16xbf16>
    %collapsed_44 = tensor.collapse_shape %248 [[0, 1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<32x64xbf16>
    %249 = tensor.empty() : tensor<32x64xbf16>
    %250 = linalg.fill ins(%cst_6 : bf16) outs(%249 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %251 = linalg.matmul ins(%collapsed_44, %arg12 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%250 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_45 = tensor.expand_shape %251 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %252 = tensor.empty() : tensor<2x16x64xbf16>
    %253 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %expanded_45 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%252 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.addf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %254 = tensor.empty() : tensor<2x16x64xf32>
    %255 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253 : tensor<2x16x64xbf16>) outs(%254 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x16x64xf32>
    %256 = tensor.empty() : tensor<2x16xf32>
    %257 = linalg.fill ins(%cst_9 : f32) outs(%256 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %258 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%255 : tensor<2x16x64xf32>) outs(%257 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x16xf32>
    %expanded_46 = tensor.expand_shape %258 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %259 = tensor.empty() : tensor<2x16x1xf32>
    %260 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_46 : tensor<2x16x1xf32>) outs(%259 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.divf %in, %cst_8 : f32
      linalg.yield %352 : f32
    } -> tensor<2x16x1xf32>
    %261 = tensor.empty() : tensor<2x16x1xbf16>
    %262 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260 : tensor<2x16x1xf32>) outs(%261 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %263 = tensor.empty() : tensor<2x16x64xbf16>
    %264 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262 : tensor<2x16x1xbf16>) outs(%263 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %265 = tensor.empty() : tensor<2x16x64xbf16>
    %266 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253, %264 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%265 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.subf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %267 = tensor.empty() : tensor<2x16x64xbf16>
    %268 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<2x16x64xbf16>) outs(%267 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %269 = tensor.empty() : tensor<2x16x64xf32>
    %270 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268 : tensor<2x16x64xbf16>) outs(%269 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x16x64xf32>
    %271 = tensor.empty() : tensor<2x16xf32>
    %272 = linalg.fill ins(%cst_9 : f32) outs(%271 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %273 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%270 : tensor<2x16x64xf32>) outs(%272 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x16xf32>
    %expanded_47 = tensor.expand_shape %273 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %274 = tensor.empty() : tensor<2x16x1xf32>
    %275 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47 : tensor<2x16x1xf32>) outs(%274 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.divf %in, %cst_8 : f32
      linalg.yield %352 : f32
    } -> tensor<2x16x1xf32>
    %276 = tensor.empty() : tensor<2x16x1xbf16>
    %277 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%275 : tensor<2x16x1xf32>) outs(%276 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %278 = tensor.empty() : tensor<2x16x1xbf16>
    %279 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%277 : tensor<2x16x1xbf16>) outs(%278 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.addf %in, %cst_7 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %280 = tensor.empty() : tensor<2x16x1xbf16>
    %281 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%279 : tensor<2x16x1xbf16>) outs(%280 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = math.rsqrt %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %282 = tensor.empty() : tensor<2x16x64xbf16>
    %283 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%281 : tensor<2x16x1xbf16>) outs(%282 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %284 = tensor.empty() : tensor<2x16x64xbf16>
    %285 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266, %283 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%284 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %286 = tensor.empty() : tensor<2x16x64xbf16>
    %287 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg13 : tensor<64xbf16>) outs(%286 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %288 = tensor.empty() : tensor<2x16x64xbf16>
    %289 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%285, %287 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%288 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_48 = tensor.collapse_shape %289 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %290 = tensor.empty() : tensor<32x128xbf16>
    %291 = linalg.fill ins(%cst_6 : bf16) outs(%290 : tensor<32x128xbf16>) -> tensor<32x128xbf16>
    %292 = linalg.matmul ins(%collapsed_48, %arg14 : tensor<32x64xbf16>, tensor<64x128xbf16>) outs(%291 : tensor<32x128xbf16>) -> tensor<32x128xbf16>
    %expanded_49 = tensor.expand_shape %292 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %293 = tensor.empty() : tensor<2x16x128xbf16>
    %294 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49 : tensor<2x16x128xbf16>) outs(%293 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %295 = tensor.empty() : tensor<2x16x128xbf16>
    %296 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%294, %expanded_49 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%295 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %297 = tensor.empty() : tensor<2x16x128xbf16>
    %298 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%296 : tensor<2x16x128xbf16>) outs(%297 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %cst_2 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %299 = tensor.empty() : tensor<2x16x128xbf16>
    %300 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49, %298 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%299 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.addf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %301 = tensor.empty() : tensor<2x16x128xbf16>
    %302 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%300 : tensor<2x16x128xbf16>) outs(%301 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %cst_1 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %303 = tensor.empty() : tensor<2x16x128xbf16>
    %304 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%302 : tensor<2x16x128xbf16>) outs(%303 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = math.tanh %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %305 = tensor.empty() : tensor<2x16x128xbf16>
    %306 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%304 : tensor<2x16x128xbf16>) outs(%305 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.addf %in, %cst_0 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %307 = tensor.empty() : tensor<2x16x128xbf16>
    %308 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%306 : tensor<2x16x128xbf16>) outs(%307 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %cst : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %309 = tensor.empty() : tensor<2x16x128xbf16>
    %310 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49, %308 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%309 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x128xbf16>
    %collapsed_50 = tensor.collapse_shape %310 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %311 = tensor.empty() : tensor<32x64xbf16>
    %312 = linalg.fill ins(%cst_6 : bf16) outs(%311 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %313 = linalg.matmul ins(%collapsed_50, %arg15 : tensor<32x128xbf16>, tensor<128x64xbf16>) outs(%312 : tensor<32x64xbf16>) -> tensor<32x64xbf16>
    %expanded_51 = tensor.expand_shape %313 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %314 = tensor.empty() : tensor<2x16x64xbf16>
    %315 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253, %expanded_51 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%314 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.addf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %316 = tensor.empty() : tensor<2x16x64xf32>
    %317 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%315 : tensor<2x16x64xbf16>) outs(%316 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x16x64xf32>
    %318 = tensor.empty() : tensor<2x16xf32>
    %319 = linalg.fill ins(%cst_9 : f32) outs(%318 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %320 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%317 : tensor<2x16x64xf32>) outs(%319 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x16xf32>
    %expanded_52 = tensor.expand_shape %320 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %321 = tensor.empty() : tensor<2x16x1xf32>
    %322 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x16x1xf32>) outs(%321 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.divf %in, %cst_8 : f32
      linalg.yield %352 : f32
    } -> tensor<2x16x1xf32>
    %323 = tensor.empty() : tensor<2x16x1xbf16>
    %324 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%322 : tensor<2x16x1xf32>) outs(%323 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %325 = tensor.empty() : tensor<2x16x64xbf16>
    %326 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%324 : tensor<2x16x1xbf16>) outs(%325 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %327 = tensor.empty() : tensor<2x16x64xbf16>
    %328 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%315, %326 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%327 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.subf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %329 = tensor.empty() : tensor<2x16x64xbf16>
    %330 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%328 : tensor<2x16x64xbf16>) outs(%329 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.mulf %in, %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %331 = tensor.empty() : tensor<2x16x64xf32>
    %332 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%330 : tensor<2x16x64xbf16>) outs(%331 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %352 = arith.extf %in : bf16 to f32
      linalg.yield %352 : f32
    } -> tensor<2x16x64xf32>
    %333 = tensor.empty() : tensor<2x16xf32>
    %334 = linalg.fill ins(%cst_9 : f32) outs(%333 : tensor<2x16xf32>) -> tensor<2x16xf32>
    %335 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "reduction"]} ins(%332 : tensor<2x16x64xf32>) outs(%334 : tensor<2x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.addf %out, %in : f32
      linalg.yield %352 : f32
    } -> tensor<2x16xf32>
    %expanded_53 = tensor.expand_shape %335 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xf32> into tensor<2x16x1xf32>
    %336 = tensor.empty() : tensor<2x16x1xf32>
    %337 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_53 : tensor<2x16x1xf32>) outs(%336 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %352 = arith.divf %in, %cst_8 : f32
      linalg.yield %352 : f32
    } -> tensor<2x16x1xf32>
    %338 = tensor.empty() : tensor<2x16x1xbf16>
    %339 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%337 : tensor<2x16x1xf32>) outs(%338 : tensor<2x16x1xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %352 = arith.truncf %in : f32 to bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %340 = tensor.empty() : tensor<2x16x1xbf16>
    %341 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%339 : tensor<2x16x1xbf16>) outs(%340 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = arith.addf %in, %cst_7 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %342 = tensor.empty() : tensor<2x16x1xbf16>
    %343 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%341 : tensor<2x16x1xbf16>) outs(%342 : tensor<2x16x1xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %352 = math.rsqrt %in : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x1xbf16>
    %344 = tensor.empty() : tensor<2x16x64xbf16>
    %345 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%343 : tensor<2x16x1xbf16>) outs(%344 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %346 = tensor.empty() : tensor<2x16x64xbf16>
    %347 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%328, %345 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%346 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    %348 = tensor.empty() : tensor<2x16x64xbf16>
    %349 = linalg.generic {indexing_maps = [#map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg16 : tensor<64xbf16>) outs(%348 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %350 = tensor.empty() : tensor<2x16x64xbf16>
    %351 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%347, %349 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%350 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_54: bf16, %out: bf16):
      %352 = arith.mulf %in, %in_54 : bf16
      linalg.yield %352 : bf16
    } -> tensor<2x16x64xbf16>
    return %351 : tensor<2x16x64xbf16>
  }
}

