// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "phi", "path": "onnx17-iree", "shapes": "static"}
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
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
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
    %cst_6 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_7 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_8 = arith.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000803FCDCCCC3D0AD7233C6F12833A0000803FCDCCCC3D0AD7233C6F12833A00000040CDCC4C3E0AD7A33C6F12033B00000040CDCC4C3E0AD7A33C6F12033B000040409A99993E8FC2F53CA69B443B000040409A99993E8FC2F53CA69B443B00008040CDCCCC3E0AD7233D6F12833B00008040CDCCCC3E0AD7233D6F12833B0000A0400000003FCCCC4C3D0BD7A33B0000A0400000003FCCCC4C3D0BD7A33B0000C0409A99193F8FC2753DA69BC43B0000C0409A99193F8FC2753DA69BC43B0000E0403333333F295C8F3D4260E53B0000E0403333333F295C8F3D4260E53B00000041CDCC4C3F0AD7A33D6F12033C00000041CDCC4C3F0AD7A33D6F12033C000010416766663FEB51B83DBD74133C000010416766663FEB51B83DBD74133C000020410000803FCCCCCC3D0BD7233C000020410000803FCCCCCC3D0BD7233C00003041CDCC8C3FAE47E13D5939343C00003041CDCC8C3FAE47E13D5939343C000040419A99993F8FC2F53DA69B443C000040419A99993F8FC2F53DA69B443C000050416766A63FB81E053EF4FD543C000050416766A63FB81E053EF4FD543C000060413333B33F295C0F3E4260653C000060413333B33F295C0F3E4260653C000070410000C03F9999193E90C2753C000070410000C03F9999193E90C2753C"> : tensor<1x16x8xf32>
    %cst_9 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_10 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_11 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_12 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_13 = arith.constant 6.400000e+01 : f32
    %cst_14 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %123 = arith.addi %in, %c128_i64 : i64
      linalg.yield %123 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_57: i64, %in_58: i64, %out: i64):
      %123 = arith.select %in, %in_57, %in_58 : i64
      linalg.yield %123 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %123 = arith.index_cast %in : i64 to index
      %124 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%123, %124] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_57: i64, %out: i1):
      %123 = arith.cmpi sle, %in, %in_57 : i64
      linalg.yield %123 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_57: i1, %out: i1):
      %123 = arith.andi %in, %in_57 : i1
      linalg.yield %123 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_15 = tensor.expand_shape %7 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_16 = tensor.collapse_shape %expanded_15 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi64>
    %12 = linalg.generic {indexing_maps = [#map6, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_1 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_57: i64, %out: i64):
      %123 = arith.addi %in, %in_57 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16xi64>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %123 : i1
    } -> tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %123 = arith.addi %in, %c32_i64 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16xi64>
    %16 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %15, %12 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_57: i64, %in_58: i64, %out: i64):
      %123 = arith.select %in, %in_57, %in_58 : i64
      linalg.yield %123 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_17 = tensor.collapse_shape %16 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %17 = tensor.empty() : tensor<32x1xi1>
    %18 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_17 : tensor<32xi64>) outs(%17 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %123 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_16[%123, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_18 = tensor.collapse_shape %18 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_19 = tensor.expand_shape %collapsed_18 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %19 = tensor.empty() : tensor<2x1x16x16xi1>
    %20 = linalg.generic {indexing_maps = [#map6, #map2, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %expanded_19 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%19 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_57: i1, %out: i1):
      %123 = arith.andi %in, %in_57 : i1
      linalg.yield %123 : i1
    } -> tensor<2x1x16x16xi1>
    %21 = tensor.empty() : tensor<2x1x16x16xf32>
    %22 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %cst_10, %cst_9 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%21 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_57: f32, %in_58: f32, %out: f32):
      %123 = arith.select %in, %in_57, %in_58 : f32
      linalg.yield %123 : f32
    } -> tensor<2x1x16x16xf32>
    %23 = tensor.empty() : tensor<1x16x8xf32>
    %24 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_8 : tensor<1x16x8xf32>) outs(%23 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.cos %in : f32
      linalg.yield %123 : f32
    } -> tensor<1x16x8xf32>
    %25 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %cst_7 : tensor<1x16x8xf32>, tensor<f32>) outs(%23 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<1x16x8xf32>
    %26 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_8 : tensor<1x16x8xf32>) outs(%23 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.sin %in : f32
      linalg.yield %123 : f32
    } -> tensor<1x16x8xf32>
    %27 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %cst_7 : tensor<1x16x8xf32>, tensor<f32>) outs(%23 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<1x16x8xf32>
    %28 = tensor.empty() : tensor<2x16x1xf32>
    %29 = linalg.fill ins(%cst : f32) outs(%28 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_13 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %32 = tensor.empty() : tensor<2x16x64xf32>
    %collapsed_20 = tensor.collapse_shape %31 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %33 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_20 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.subf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %34 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%35 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_13 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %cst_14 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.rsqrt %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_21 = tensor.collapse_shape %39 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %40 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %43 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%42, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %44 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %45 = tensor.empty() : tensor<2x64x64xf32>
    %46 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%45 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %47 = linalg.fill ins(%cst : f32) outs(%32 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %48 = linalg.batch_matmul ins(%43, %46 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%47 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %49 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %48 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %expanded_22 = tensor.expand_shape %49 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %50 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_24 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %51 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<64x64xf32>) outs(%45 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %52 = linalg.batch_matmul ins(%43, %51 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%47 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %53 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %52 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %expanded_25 = tensor.expand_shape %53 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_26 = linalg.transpose ins(%expanded_25 : tensor<2x16x4x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_27 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %54 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_27 : tensor<64x64xf32>) outs(%45 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %55 = linalg.batch_matmul ins(%43, %54 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%47 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %56 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %55 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %expanded_28 = tensor.expand_shape %56 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x16x4x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_23[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_30 = tensor.extract_slice %transposed_23[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_31 = tensor.extract_slice %transposed_26[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_32 = tensor.extract_slice %transposed_26[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %expanded_33 = tensor.expand_shape %25 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %expanded_34 = tensor.expand_shape %27 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %57 = tensor.empty() : tensor<2x4x16x8xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice, %expanded_33 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%57 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_35 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_36 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %59 = tensor.empty() : tensor<2x4x16x4xf32>
    %60 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_36 : tensor<2x4x16x4xf32>) outs(%59 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.negf %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x4xf32>
    %concat = tensor.concat dim(3) %60, %extracted_slice_35 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat, %expanded_34 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%57 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x8xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %61 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%57 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x8xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_31, %expanded_33 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%57 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_37 = tensor.extract_slice %extracted_slice_31[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_38 = tensor.extract_slice %extracted_slice_31[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %64 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_38 : tensor<2x4x16x4xf32>) outs(%59 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.negf %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_39 = tensor.concat dim(3) %64, %extracted_slice_37 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %65 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_39, %expanded_34 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%57 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x8xf32>
    %66 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %65 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%57 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_40 = tensor.concat dim(3) %62, %extracted_slice_30 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %concat_41 = tensor.concat dim(3) %66, %extracted_slice_32 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %transposed_42 = linalg.transpose ins(%concat_41 : tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_43 = tensor.collapse_shape %concat_40 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %transposed_42 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %67 = tensor.empty() : tensor<8x16x16xf32>
    %68 = linalg.fill ins(%cst : f32) outs(%67 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %69 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_45 = tensor.expand_shape %69 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_45, %cst_6 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %22 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x4x16xi64>
    %73 = linalg.fill ins(%c0_i64 : i64) outs(%72 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %74 = tensor.empty() : tensor<2x4x16xf32>
    %75 = linalg.fill ins(%cst_0 : f32) outs(%74 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %76:2 = linalg.generic {indexing_maps = [#map4, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%71 : tensor<2x4x16x16xf32>) outs(%75, %73 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_57: i64):
      %123 = linalg.index 3 : index
      %124 = arith.index_cast %123 : index to i64
      %125 = arith.maximumf %in, %out : f32
      %126 = arith.cmpf ogt, %in, %out : f32
      %127 = arith.select %126, %124, %out_57 : i64
      linalg.yield %125, %127 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_46 = tensor.expand_shape %76#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71, %expanded_46 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.subf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %78 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77 : tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.exp %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %79 = tensor.empty() : tensor<2x4x16x1xf32>
    %80 = linalg.fill ins(%cst : f32) outs(%79 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%78 : tensor<2x4x16x16xf32>) outs(%80 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%78, %81 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.divf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_47 = tensor.collapse_shape %82 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_48 = tensor.collapse_shape %transposed_29 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %83 = linalg.batch_matmul ins(%collapsed_47, %collapsed_48 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_49 = tensor.expand_shape %83 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %84 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<2x4x16x16xf32>) outs(%84 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_51 = tensor.collapse_shape %transposed_50 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_52 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %85 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_52 : tensor<64x64xf32>) outs(%45 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %86 = linalg.batch_matmul ins(%collapsed_51, %85 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%47 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %86 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %88 = tensor.empty() : tensor<64x128xf32>
    %transposed_53 = linalg.transpose ins(%arg8 : tensor<128x64xf32>) outs(%88 : tensor<64x128xf32>) permutation = [1, 0] 
    %89 = tensor.empty() : tensor<2x64x128xf32>
    %90 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_53 : tensor<64x128xf32>) outs(%89 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %91 = tensor.empty() : tensor<2x16x128xf32>
    %92 = linalg.fill ins(%cst : f32) outs(%91 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %93 = linalg.batch_matmul ins(%43, %90 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%92 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %94 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %93 : tensor<128xf32>, tensor<2x16x128xf32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %95 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %cst_5 : tensor<2x16x128xf32>, tensor<f32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %96 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x128xf32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %97 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %cst_4 : tensor<2x16x128xf32>, tensor<f32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %98 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %97 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %99 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %cst_3 : tensor<2x16x128xf32>, tensor<f32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %100 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x128xf32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.tanh %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %cst_7 : tensor<2x16x128xf32>, tensor<f32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %102 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %101 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %103 = tensor.empty() : tensor<128x64xf32>
    %transposed_54 = linalg.transpose ins(%arg10 : tensor<64x128xf32>) outs(%103 : tensor<128x64xf32>) permutation = [1, 0] 
    %104 = tensor.empty() : tensor<2x128x64xf32>
    %105 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_54 : tensor<128x64xf32>) outs(%104 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %106 = linalg.batch_matmul ins(%102, %105 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%47 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map11, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg4, %106 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %107 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %expanded : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%109 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_13 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_55 = tensor.collapse_shape %111 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %112 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_55 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %112 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.subf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %113 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%114 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %out : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.divf %in, %cst_13 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = arith.addf %in, %cst_14 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %123 = math.rsqrt %in : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_56 = tensor.collapse_shape %118 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %119 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_56 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %119 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.mulf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_57: f32, %out: f32):
      %123 = arith.addf %in, %in_57 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x64xf32>
    return %122 : tensor<2x16x64xf32>
  }
}

