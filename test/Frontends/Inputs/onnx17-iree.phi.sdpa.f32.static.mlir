// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "phi", "path": "onnx17-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> ()>
#map6 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2) -> ()>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map14 = affine_map<() -> ()>
#map15 = affine_map<(d0, d1, d2, d3) -> (0)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<128x64xf32>, %arg9: tensor<128xf32>, %arg10: tensor<64x128xf32>, %arg11: tensor<64xf32>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c32_i64 = arith.constant 32 : i64
    %c3_i64 = arith.constant 3 : i64
    %c0_i64 = arith.constant 0 : i64
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_2 = arith.constant dense<true> : tensor<i1>
    %cst_3 = arith.constant dense<0.797884583> : tensor<f32>
    %cst_4 = arith.constant dense<4.471500e-02> : tensor<f32>
    %cst_5 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<1xf32>
    %cst_7 = arith.constant dense<0.000000e+00> : tensor<1xf32>
    %cst_8 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_9 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_10 = arith.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000803FCDCCCC3D0AD7233C6F12833A0000803FCDCCCC3D0AD7233C6F12833A00000040CDCC4C3E0AD7A33C6F12033B00000040CDCC4C3E0AD7A33C6F12033B000040409A99993E8FC2F53CA69B443B000040409A99993E8FC2F53CA69B443B00008040CDCCCC3E0AD7233D6F12833B00008040CDCCCC3E0AD7233D6F12833B0000A0400000003FCCCC4C3D0BD7A33B0000A0400000003FCCCC4C3D0BD7A33B0000C0409A99193F8FC2753DA69BC43B0000C0409A99193F8FC2753DA69BC43B0000E0403333333F295C8F3D4260E53B0000E0403333333F295C8F3D4260E53B00000041CDCC4C3F0AD7A33D6F12033C00000041CDCC4C3F0AD7A33D6F12033C000010416766663FEB51B83DBD74133C000010416766663FEB51B83DBD74133C000020410000803FCCCCCC3D0BD7233C000020410000803FCCCCCC3D0BD7233C00003041CDCC8C3FAE47E13D5939343C00003041CDCC8C3FAE47E13D5939343C000040419A99993F8FC2F53DA69B443C000040419A99993F8FC2F53DA69B443C000050416766A63FB81E053EF4FD543C000050416766A63FB81E053EF4FD543C000060413333B33F295C0F3E4260653C000060413333B33F295C0F3E4260653C000070410000C03F9999193E90C2753C000070410000C03F9999193E90C2753C"> : tensor<1x16x8xf32>
    %cst_11 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_12 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_13 = arith.constant 6.400000e+01 : f32
    %cst_14 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %131 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %131 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %131 = arith.addi %in, %c128_i64 : i64
      linalg.yield %131 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_57: i64, %in_58: i64, %out: i64):
      %131 = arith.select %in, %in_57, %in_58 : i64
      linalg.yield %131 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %131 = arith.index_cast %in : i64 to index
      %132 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%131, %132] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %131 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %131 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_57: i64, %out: i1):
      %131 = arith.cmpi sle, %in, %in_57 : i64
      linalg.yield %131 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_57: i1, %out: i1):
      %131 = arith.andi %in, %in_57 : i1
      linalg.yield %131 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_15 = tensor.expand_shape %7 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_16 = tensor.collapse_shape %expanded_15 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi64>
    %12 = linalg.generic {indexing_maps = [#map6, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_1 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_57: i64, %out: i64):
      %131 = arith.addi %in, %in_57 : i64
      linalg.yield %131 : i64
    } -> tensor<2x1x1x16xi64>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %131 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %131 : i1
    } -> tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %131 = arith.addi %in, %c32_i64 : i64
      linalg.yield %131 : i64
    } -> tensor<2x1x1x16xi64>
    %16 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %15, %12 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_57: i64, %in_58: i64, %out: i64):
      %131 = arith.select %in, %in_57, %in_58 : i64
      linalg.yield %131 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_17 = tensor.collapse_shape %16 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %17 = tensor.empty() : tensor<32x1xi1>
    %18 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_17 : tensor<32xi64>) outs(%17 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %131 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_16[%131, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_18 = tensor.collapse_shape %18 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_19 = tensor.expand_shape %collapsed_18 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %19 = tensor.empty() : tensor<2x1x16x16xi1>
    %20 = linalg.generic {indexing_maps = [#map6, #map2, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %expanded_19 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%19 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_57: i1, %out: i1):
      %131 = arith.andi %in, %in_57 : i1
      linalg.yield %131 : i1
    } -> tensor<2x1x16x16xi1>
    %21 = tensor.empty() : tensor<1x16x8xf32>
    %22 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_10 : tensor<1x16x8xf32>) outs(%21 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = math.cos %in : f32
      linalg.yield %131 : f32
    } -> tensor<1x16x8xf32>
    %23 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %cst_9 : tensor<1x16x8xf32>, tensor<f32>) outs(%21 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<1x16x8xf32>
    %24 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_10 : tensor<1x16x8xf32>) outs(%21 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = math.sin %in : f32
      linalg.yield %131 : f32
    } -> tensor<1x16x8xf32>
    %25 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %cst_9 : tensor<1x16x8xf32>, tensor<f32>) outs(%21 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<1x16x8xf32>
    %26 = tensor.empty() : tensor<2x16x1xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.addf %in, %out : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.divf %in, %cst_13 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %30 = tensor.empty() : tensor<2x16x64xf32>
    %collapsed_20 = tensor.collapse_shape %29 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_20 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.subf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%33 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.addf %in, %out : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.divf %in, %cst_13 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.addf %in, %cst_14 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = math.rsqrt %in : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_21 = tensor.collapse_shape %37 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %38 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %38 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %42 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %43 = tensor.empty() : tensor<2x64x64xf32>
    %44 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%43 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %45 = linalg.fill ins(%cst : f32) outs(%30 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %46 = linalg.batch_matmul ins(%41, %44 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%45 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %47 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %46 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %expanded_22 = tensor.expand_shape %47 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_24 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %49 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<64x64xf32>) outs(%43 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %50 = linalg.batch_matmul ins(%41, %49 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%45 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %51 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %50 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %expanded_25 = tensor.expand_shape %51 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_26 = linalg.transpose ins(%expanded_25 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_27 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %52 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_27 : tensor<64x64xf32>) outs(%43 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %53 = linalg.batch_matmul ins(%41, %52 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%45 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %54 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %53 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %expanded_28 = tensor.expand_shape %54 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_23[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_30 = tensor.extract_slice %transposed_23[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_31 = tensor.extract_slice %transposed_26[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_32 = tensor.extract_slice %transposed_26[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %expanded_33 = tensor.expand_shape %23 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %expanded_34 = tensor.expand_shape %25 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %55 = tensor.empty() : tensor<2x4x16x8xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice, %expanded_33 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_35 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_36 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %57 = tensor.empty() : tensor<2x4x16x4xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_36 : tensor<2x4x16x4xf32>) outs(%57 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.negf %in : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x4xf32>
    %concat = tensor.concat dim(3) %58, %extracted_slice_35 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %59 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat, %expanded_34 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x8xf32>
    %60 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %59 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x8xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_31, %expanded_33 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_37 = tensor.extract_slice %extracted_slice_31[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_38 = tensor.extract_slice %extracted_slice_31[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_38 : tensor<2x4x16x4xf32>) outs(%57 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.negf %in : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_39 = tensor.concat dim(3) %62, %extracted_slice_37 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_39, %expanded_34 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x8xf32>
    %64 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %63 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_40 = tensor.concat dim(3) %60, %extracted_slice_30 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %concat_41 = tensor.concat dim(3) %64, %extracted_slice_32 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %transposed_42 = linalg.transpose ins(%concat_41 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %65 = tensor.empty() : tensor<f32>
    %66 = linalg.generic {indexing_maps = [#map14, #map14], iterator_types = []} ins(%cst_8 : tensor<f32>) outs(%65 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = math.sqrt %in : f32
      linalg.yield %131 : f32
    } -> tensor<f32>
    %67 = tensor.empty() : tensor<f32>
    %68 = linalg.generic {indexing_maps = [#map14, #map14], iterator_types = []} ins(%66 : tensor<f32>) outs(%67 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<f32>
    %69 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_40, %68 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_42, %68 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_43 = tensor.collapse_shape %69 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %70 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %71 = tensor.empty() : tensor<8x16x16xf32>
    %72 = linalg.fill ins(%cst : f32) outs(%71 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %73 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%72 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_45 = tensor.expand_shape %73 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %74 = tensor.empty() : tensor<2x1x16x16xf32>
    %75 = linalg.generic {indexing_maps = [#map4, #map15, #map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %cst_7, %cst_6 : tensor<2x1x16x16xi1>, tensor<1xf32>, tensor<1xf32>) outs(%74 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_57: f32, %in_58: f32, %out: f32):
      %131 = arith.select %in, %in_57, %in_58 : f32
      linalg.yield %131 : f32
    } -> tensor<2x1x16x16xf32>
    %76 = linalg.generic {indexing_maps = [#map4, #map16, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_45, %75 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = tensor.empty() : tensor<2x4x16xi64>
    %78 = linalg.fill ins(%c0_i64 : i64) outs(%77 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %79 = tensor.empty() : tensor<2x4x16xf32>
    %80 = linalg.fill ins(%cst_0 : f32) outs(%79 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %81:2 = linalg.generic {indexing_maps = [#map4, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%80, %78 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_57: i64):
      %131 = linalg.index 3 : index
      %132 = arith.index_cast %131 : index to i64
      %133 = arith.maximumf %in, %out : f32
      %134 = arith.cmpf ogt, %in, %out : f32
      %135 = arith.select %134, %132, %out_57 : i64
      linalg.yield %133, %135 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_46 = tensor.expand_shape %81#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76, %expanded_46 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.subf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x16xf32>
    %83 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = math.exp %in : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x16xf32>
    %84 = tensor.empty() : tensor<2x4x16x1xf32>
    %85 = linalg.fill ins(%cst : f32) outs(%84 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%83 : tensor<2x4x16x16xf32>) outs(%85 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.addf %in, %out : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83, %86 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.divf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x16xf32>
    %88 = tensor.empty() : tensor<2x4x16x16xi1>
    %89 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%87, %87 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%88 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_57: f32, %out: i1):
      %131 = arith.cmpf une, %in, %in_57 : f32
      linalg.yield %131 : i1
    } -> tensor<2x4x16x16xi1>
    %90 = linalg.generic {indexing_maps = [#map4, #map15, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89, %cst_7, %87 : tensor<2x4x16x16xi1>, tensor<1xf32>, tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_57: f32, %in_58: f32, %out: f32):
      %131 = arith.select %in, %in_57, %in_58 : f32
      linalg.yield %131 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_47 = tensor.collapse_shape %90 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_48 = tensor.collapse_shape %transposed_29 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %91 = linalg.batch_matmul ins(%collapsed_47, %collapsed_48 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%72 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_49 = tensor.expand_shape %91 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %92 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<2x4x16x16xf32>) outs(%92 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_51 = tensor.collapse_shape %transposed_50 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_52 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %93 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_52 : tensor<64x64xf32>) outs(%43 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %94 = linalg.batch_matmul ins(%collapsed_51, %93 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%45 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %94 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %96 = tensor.empty() : tensor<64x128xf32>
    %transposed_53 = linalg.transpose ins(%arg8 : tensor<128x64xf32>) outs(%96 : tensor<64x128xf32>) permutation = [1, 0] 
    %97 = tensor.empty() : tensor<2x64x128xf32>
    %98 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_53 : tensor<64x128xf32>) outs(%97 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %99 = tensor.empty() : tensor<2x16x128xf32>
    %100 = linalg.fill ins(%cst : f32) outs(%99 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %101 = linalg.batch_matmul ins(%41, %98 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%100 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %102 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %101 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x128xf32>
    %103 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %cst_5 : tensor<2x16x128xf32>, tensor<f32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x128xf32>
    %104 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %131 : f32
    } -> tensor<2x16x128xf32>
    %105 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x128xf32>
    %106 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %105 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x128xf32>
    %107 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %cst_3 : tensor<2x16x128xf32>, tensor<f32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x128xf32>
    %108 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = math.tanh %in : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x128xf32>
    %109 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %cst_9 : tensor<2x16x128xf32>, tensor<f32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x128xf32>
    %110 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %109 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x128xf32>
    %111 = tensor.empty() : tensor<128x64xf32>
    %transposed_54 = linalg.transpose ins(%arg10 : tensor<64x128xf32>) outs(%111 : tensor<128x64xf32>) permutation = [1, 0] 
    %112 = tensor.empty() : tensor<2x128x64xf32>
    %113 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_54 : tensor<128x64xf32>) outs(%112 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %114 = linalg.batch_matmul ins(%110, %113 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%45 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %114 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %115 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %expanded : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%117 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.addf %in, %out : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.divf %in, %cst_13 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_55 = tensor.collapse_shape %119 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %120 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_55 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %120 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.subf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %121 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%122 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.addf %in, %out : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.divf %in, %cst_13 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = arith.addf %in, %cst_14 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %131 = math.rsqrt %in : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_56 = tensor.collapse_shape %126 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %127 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_56 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %127 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.mulf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %131 = arith.addf %in, %in_57 : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x64xf32>
    return %130 : tensor<2x16x64xf32>
  }
}

