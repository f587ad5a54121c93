// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [8, 4]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "t5_encoder", "path": "onnx17-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map3 = affine_map<(d0, d1, d2, d3) -> ()>
#map4 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map8 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> ()>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map13 = affine_map<(d0, d1) -> ()>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<8x4xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<64x128xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64x64xf32>, %arg14: tensor<64x64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<64x128xf32>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<true> : tensor<i1>
    %cst_2 = arith.constant dense<2.07944155> : tensor<f32>
    %cst_3 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<9.99999997E-7> : tensor<f32>
    %cst_5 = arith.constant dense<2.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_7 = arith.constant dense<0.000000e+00> : tensor<f32>
    %c0 = arith.constant 0 : index
    %cst_8 = arith.constant 6.400000e+01 : f32
    %c2_i64 = arith.constant 2 : i64
    %c32_i64 = arith.constant 32 : i64
    %c128_i64 = arith.constant 128 : i64
    %c8_i64 = arith.constant 8 : i64
    %cst_9 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_10 = arith.constant dense<"0x0000000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000000000000000000000000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000000000000000000000000000000000000000000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000000000000000000000000000000000000000000000000000000000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000040000000000000004000000000000000400000000000000040000000000000004000000000000000400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000400000000000000040000000000000004000000000000000400000000000000040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004000000000000000400000000000000040000000000000004000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000040000000000000004000000000000000400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000400000000000000040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"> : tensor<16x16xi64>
    %cst_11 = arith.constant dense<3> : tensor<16x16xi64>
    %cst_12 = arith.constant dense<"0x00000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F00000000000000FFFFFFFFFFFFFFFF00000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E00000000000000FEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D00000000000000FDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C00000000000000FCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B00000000000000FBFFFFFFFFFFFFFFFCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A00000000000000FAFFFFFFFFFFFFFFFBFFFFFFFFFFFFFFFCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF0000000000000000010000000000000002000000000000000300000000000000040000000000000005000000000000000600000000000000070000000000000008000000000000000900000000000000F9FFFFFFFFFFFFFFFAFFFFFFFFFFFFFFFBFFFFFFFFFFFFFFFCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF000000000000000001000000000000000200000000000000030000000000000004000000000000000500000000000000060000000000000007000000000000000800000000000000F8FFFFFFFFFFFFFFF9FFFFFFFFFFFFFFFAFFFFFFFFFFFFFFFBFFFFFFFFFFFFFFFCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000F7FFFFFFFFFFFFFFF8FFFFFFFFFFFFFFF9FFFFFFFFFFFFFFFAFFFFFFFFFFFFFFFBFFFFFFFFFFFFFFFCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF0000000000000000010000000000000002000000000000000300000000000000040000000000000005000000000000000600000000000000F6FFFFFFFFFFFFFFF7FFFFFFFFFFFFFFF8FFFFFFFFFFFFFFF9FFFFFFFFFFFFFFFAFFFFFFFFFFFFFFFBFFFFFFFFFFFFFFFCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF000000000000000001000000000000000200000000000000030000000000000004000000000000000500000000000000F5FFFFFFFFFFFFFFF6FFFFFFFFFFFFFFF7FFFFFFFFFFFFFFF8FFFFFFFFFFFFFFF9FFFFFFFFFFFFFFFAFFFFFFFFFFFFFFFBFFFFFFFFFFFFFFFCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000000000000100000000000000020000000000000003000000000000000400000000000000F4FFFFFFFFFFFFFFF5FFFFFFFFFFFFFFF6FFFFFFFFFFFFFFF7FFFFFFFFFFFFFFF8FFFFFFFFFFFFFFF9FFFFFFFFFFFFFFFAFFFFFFFFFFFFFFFBFFFFFFFFFFFFFFFCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF0000000000000000010000000000000002000000000000000300000000000000F3FFFFFFFFFFFFFFF4FFFFFFFFFFFFFFF5FFFFFFFFFFFFFFF6FFFFFFFFFFFFFFF7FFFFFFFFFFFFFFF8FFFFFFFFFFFFFFF9FFFFFFFFFFFFFFFAFFFFFFFFFFFFFFFBFFFFFFFFFFFFFFFCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF000000000000000001000000000000000200000000000000F2FFFFFFFFFFFFFFF3FFFFFFFFFFFFFFF4FFFFFFFFFFFFFFF5FFFFFFFFFFFFFFF6FFFFFFFFFFFFFFF7FFFFFFFFFFFFFFF8FFFFFFFFFFFFFFF9FFFFFFFFFFFFFFFAFFFFFFFFFFFFFFFBFFFFFFFFFFFFFFFCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000000000000100000000000000F1FFFFFFFFFFFFFFF2FFFFFFFFFFFFFFF3FFFFFFFFFFFFFFF4FFFFFFFFFFFFFFF5FFFFFFFFFFFFFFF6FFFFFFFFFFFFFFF7FFFFFFFFFFFFFFF8FFFFFFFFFFFFFFF9FFFFFFFFFFFFFFFAFFFFFFFFFFFFFFFBFFFFFFFFFFFFFFFCFFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF0000000000000000"> : tensor<16x16xi64>
    %cst_13 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_14 = arith.constant dense<0> : tensor<i64>
    %cst_15 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_16 = arith.constant dense<2> : tensor<i64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %156 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %156 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %156 = arith.addi %in, %c128_i64 : i64
      linalg.yield %156 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_67: i64, %in_68: i64, %out: i64):
      %156 = arith.select %in, %in_67, %in_68 : i64
      linalg.yield %156 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %156 = arith.index_cast %in : i64 to index
      %157 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%156, %157] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %156 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %156 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<1x1x16x1xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_15, %cst_14 : tensor<1x1x16x1xi64>, tensor<i64>) outs(%8 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %in_67: i64, %out: i1):
      %156 = arith.cmpi sge, %in, %in_67 : i64
      linalg.yield %156 : i1
    } -> tensor<1x1x16x1xi1>
    %10 = linalg.generic {indexing_maps = [#map3, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %9 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%8 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_67: i1, %out: i1):
      %156 = arith.andi %in, %in_67 : i1
      linalg.yield %156 : i1
    } -> tensor<1x1x16x1xi1>
    %expanded_17 = tensor.expand_shape %7 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_18 = tensor.collapse_shape %expanded_17 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi64>
    %12 = linalg.generic {indexing_maps = [#map4, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_13, %cst_9 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_67: i64, %out: i64):
      %156 = arith.addi %in, %in_67 : i64
      linalg.yield %156 : i64
    } -> tensor<2x1x1x16xi64>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %156 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %156 : i1
    } -> tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %156 = arith.addi %in, %c32_i64 : i64
      linalg.yield %156 : i64
    } -> tensor<2x1x1x16xi64>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %15, %12 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_67: i64, %in_68: i64, %out: i64):
      %156 = arith.select %in, %in_67, %in_68 : i64
      linalg.yield %156 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_19 = tensor.collapse_shape %16 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %17 = tensor.empty() : tensor<32x1xi1>
    %18 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_19 : tensor<32xi64>) outs(%17 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %156 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_18[%156, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_20 = tensor.collapse_shape %18 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_21 = tensor.expand_shape %collapsed_20 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %19 = tensor.empty() : tensor<2x1x16x16xi1>
    %20 = linalg.generic {indexing_maps = [#map6, #map7, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %expanded_21 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%19 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_67: i1, %out: i1):
      %156 = arith.andi %in, %in_67 : i1
      linalg.yield %156 : i1
    } -> tensor<2x1x16x16xi1>
    %21 = tensor.empty() : tensor<2x1x16x16xf32>
    %22 = linalg.generic {indexing_maps = [#map2, #map3, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %cst_7, %cst_6 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%21 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_67: f32, %in_68: f32, %out: f32):
      %156 = arith.select %in, %in_67, %in_68 : f32
      linalg.yield %156 : f32
    } -> tensor<2x1x16x16xf32>
    %23 = tensor.empty() : tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %25 = tensor.empty() : tensor<2x16x1xf32>
    %26 = linalg.fill ins(%cst : f32) outs(%25 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.addf %in, %out : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.divf %in, %cst_8 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %cst_4 : tensor<2x16x1xf32>, tensor<f32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.sqrt %in : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map10, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_3, %30 : tensor<f32>, tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.divf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %31 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map11, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %32 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %34 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %35 = tensor.empty() : tensor<2x64x64xf32>
    %36 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%35 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %37 = linalg.fill ins(%cst : f32) outs(%23 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %38 = linalg.batch_matmul ins(%33, %36 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%37 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_22 = tensor.expand_shape %38 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %39 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_24 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %40 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<64x64xf32>) outs(%35 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %41 = linalg.batch_matmul ins(%33, %40 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%37 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_25 = tensor.expand_shape %41 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_26 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %42 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_26 : tensor<64x64xf32>) outs(%35 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %43 = linalg.batch_matmul ins(%33, %42 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%37 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_27 = tensor.expand_shape %43 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_28 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %44 = tensor.empty() : tensor<16x16xi64>
    %45 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_12 : tensor<16x16xi64>) outs(%44 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %156 = math.absi %in : i64
      linalg.yield %156 : i64
    } -> tensor<16x16xi64>
    %46 = tensor.empty() : tensor<16x16xi1>
    %47 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%45, %cst_16 : tensor<16x16xi64>, tensor<i64>) outs(%46 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %in_67: i64, %out: i1):
      %156 = arith.cmpi slt, %in, %in_67 : i64
      linalg.yield %156 : i1
    } -> tensor<16x16xi1>
    %48 = tensor.empty() : tensor<16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%45 : tensor<16x16xi64>) outs(%48 : tensor<16x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %156 = arith.sitofp %in : i64 to f32
      linalg.yield %156 : f32
    } -> tensor<16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%49, %cst_5 : tensor<16x16xf32>, tensor<f32>) outs(%48 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.divf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%50 : tensor<16x16xf32>) outs(%48 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.log %in : f32
      linalg.yield %156 : f32
    } -> tensor<16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%51, %cst_2 : tensor<16x16xf32>, tensor<f32>) outs(%48 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.divf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%52, %cst_5 : tensor<16x16xf32>, tensor<f32>) outs(%48 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%53 : tensor<16x16xf32>) outs(%44 : tensor<16x16xi64>) {
    ^bb0(%in: f32, %out: i64):
      %156 = arith.fptosi %in : f32 to i64
      linalg.yield %156 : i64
    } -> tensor<16x16xi64>
    %55 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%54, %cst_16 : tensor<16x16xi64>, tensor<i64>) outs(%44 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_67: i64, %out: i64):
      %156 = arith.addi %in, %in_67 : i64
      linalg.yield %156 : i64
    } -> tensor<16x16xi64>
    %56 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%55, %cst_11 : tensor<16x16xi64>, tensor<16x16xi64>) outs(%44 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_67: i64, %out: i64):
      %156 = arith.minsi %in, %in_67 : i64
      linalg.yield %156 : i64
    } -> tensor<16x16xi64>
    %57 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%47, %45, %56 : tensor<16x16xi1>, tensor<16x16xi64>, tensor<16x16xi64>) outs(%44 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %in_67: i64, %in_68: i64, %out: i64):
      %156 = arith.select %in, %in_67, %in_68 : i64
      linalg.yield %156 : i64
    } -> tensor<16x16xi64>
    %58 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_10, %57 : tensor<16x16xi64>, tensor<16x16xi64>) outs(%44 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_67: i64, %out: i64):
      %156 = arith.addi %in, %in_67 : i64
      linalg.yield %156 : i64
    } -> tensor<16x16xi64>
    %59 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%58 : tensor<16x16xi64>) outs(%46 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %156 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %156 : i1
    } -> tensor<16x16xi1>
    %60 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%58 : tensor<16x16xi64>) outs(%44 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %156 = arith.addi %in, %c8_i64 : i64
      linalg.yield %156 : i64
    } -> tensor<16x16xi64>
    %61 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%59, %60, %58 : tensor<16x16xi1>, tensor<16x16xi64>, tensor<16x16xi64>) outs(%44 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %in_67: i64, %in_68: i64, %out: i64):
      %156 = arith.select %in, %in_67, %in_68 : i64
      linalg.yield %156 : i64
    } -> tensor<16x16xi64>
    %collapsed_29 = tensor.collapse_shape %61 [[0, 1]] : tensor<16x16xi64> into tensor<256xi64>
    %62 = tensor.empty() : tensor<256x4xf32>
    %63 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_29 : tensor<256xi64>) outs(%62 : tensor<256x4xf32>) {
    ^bb0(%in: i64, %out: f32):
      %156 = arith.index_cast %in : i64 to index
      %157 = linalg.index 1 : index
      %extracted = tensor.extract %arg7[%156, %157] : tensor<8x4xf32>
      linalg.yield %extracted : f32
    } -> tensor<256x4xf32>
    %expanded_30 = tensor.expand_shape %63 [[0, 1], [2]] output_shape [16, 16, 4] : tensor<256x4xf32> into tensor<16x16x4xf32>
    %64 = tensor.empty() : tensor<4x16x16xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<16x16x4xf32>) outs(%64 : tensor<4x16x16xf32>) permutation = [2, 0, 1] 
    %expanded_32 = tensor.expand_shape %transposed_31 [[0, 1], [2], [3]] output_shape [1, 4, 16, 16] : tensor<4x16x16xf32> into tensor<1x4x16x16xf32>
    %transposed_33 = linalg.transpose ins(%expanded_25 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_34 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %transposed_33 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %65 = tensor.empty() : tensor<8x16x16xf32>
    %66 = linalg.fill ins(%cst : f32) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %67 = linalg.batch_matmul ins(%collapsed_34, %collapsed_35 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_36 = tensor.expand_shape %67 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_36, %cst_3 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %expanded_32 : tensor<2x4x16x16xf32>, tensor<1x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map2, #map14, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %22 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16xi64>
    %72 = linalg.fill ins(%c0_i64 : i64) outs(%71 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %73 = tensor.empty() : tensor<2x4x16xf32>
    %74 = linalg.fill ins(%cst_0 : f32) outs(%73 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %75:2 = linalg.generic {indexing_maps = [#map2, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%74, %72 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %156 = linalg.index 3 : index
      %157 = arith.index_cast %156 : index to i64
      %158 = arith.maximumf %in, %out : f32
      %159 = arith.cmpf ogt, %in, %out : f32
      %160 = arith.select %159, %157, %out_67 : i64
      linalg.yield %158, %160 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_37 = tensor.expand_shape %75#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %expanded_37 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.subf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.exp %in : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x4x16x1xf32>
    %79 = linalg.fill ins(%cst : f32) outs(%78 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map2, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%77 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.addf %in, %out : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77, %80 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.divf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %81 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %transposed_28 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %82 = linalg.batch_matmul ins(%collapsed_38, %collapsed_39 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_40 = tensor.expand_shape %82 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %83 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<2x4x16x16xf32>) outs(%83 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_42 = tensor.collapse_shape %transposed_41 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_43 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %84 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_43 : tensor<64x64xf32>) outs(%35 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %85 = linalg.batch_matmul ins(%collapsed_42, %84 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%37 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %86 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %85 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%87 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.addf %in, %out : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.divf %in, %cst_8 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %cst_4 : tensor<2x16x1xf32>, tensor<f32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.sqrt %in : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map10, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_3, %91 : tensor<f32>, tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.divf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %92 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map11, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %93 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %95 = tensor.empty() : tensor<64x128xf32>
    %transposed_44 = linalg.transpose ins(%arg9 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %96 = tensor.empty() : tensor<2x64x128xf32>
    %97 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_44 : tensor<64x128xf32>) outs(%96 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %98 = tensor.empty() : tensor<2x16x128xf32>
    %99 = linalg.fill ins(%cst : f32) outs(%98 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %100 = linalg.batch_matmul ins(%94, %97 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%99 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.cmpf ugt, %in, %cst : f32
      %157 = arith.select %156, %in, %cst : f32
      linalg.yield %157 : f32
    } -> tensor<2x16x128xf32>
    %102 = tensor.empty() : tensor<128x64xf32>
    %transposed_45 = linalg.transpose ins(%arg10 : tensor<64x128xf32>) outs(%102 : tensor<128x64xf32>) permutation = [1, 0] 
    %103 = tensor.empty() : tensor<2x128x64xf32>
    %104 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_45 : tensor<128x64xf32>) outs(%103 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %105 = linalg.batch_matmul ins(%101, %104 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%37 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %105 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%107 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.addf %in, %out : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.divf %in, %cst_8 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %cst_4 : tensor<2x16x1xf32>, tensor<f32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.sqrt %in : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map10, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_3, %111 : tensor<f32>, tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.divf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %112 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map11, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %113 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %transposed_46 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %115 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_46 : tensor<64x64xf32>) outs(%35 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %116 = linalg.batch_matmul ins(%114, %115 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%37 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_47 = tensor.expand_shape %116 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_48 = linalg.transpose ins(%expanded_47 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_49 = linalg.transpose ins(%arg12 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %117 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_49 : tensor<64x64xf32>) outs(%35 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %118 = linalg.batch_matmul ins(%114, %117 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%37 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_50 = tensor.expand_shape %118 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_51 = linalg.transpose ins(%arg13 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %119 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_51 : tensor<64x64xf32>) outs(%35 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %120 = linalg.batch_matmul ins(%114, %119 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%37 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_52 = tensor.expand_shape %120 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_53 = linalg.transpose ins(%expanded_52 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_54 = linalg.transpose ins(%expanded_50 : tensor<2x16x4x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_55 = tensor.collapse_shape %transposed_48 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_56 = tensor.collapse_shape %transposed_54 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %121 = linalg.batch_matmul ins(%collapsed_55, %collapsed_56 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_57 = tensor.expand_shape %121 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %122 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_57, %cst_3 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %123 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%122, %expanded_32 : tensor<2x4x16x16xf32>, tensor<1x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %124 = linalg.generic {indexing_maps = [#map2, #map14, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123, %22 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %125:2 = linalg.generic {indexing_maps = [#map2, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%124 : tensor<2x4x16x16xf32>) outs(%74, %72 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %156 = linalg.index 3 : index
      %157 = arith.index_cast %156 : index to i64
      %158 = arith.maximumf %in, %out : f32
      %159 = arith.cmpf ogt, %in, %out : f32
      %160 = arith.select %159, %157, %out_67 : i64
      linalg.yield %158, %160 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_58 = tensor.expand_shape %125#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124, %expanded_58 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.subf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %127 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%126 : tensor<2x4x16x16xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.exp %in : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %128 = linalg.generic {indexing_maps = [#map2, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%127 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.addf %in, %out : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map2, #map5, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%127, %128 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%39 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.divf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_59 = tensor.collapse_shape %129 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_60 = tensor.collapse_shape %transposed_53 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %130 = linalg.batch_matmul ins(%collapsed_59, %collapsed_60 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_61 = tensor.expand_shape %130 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_62 = linalg.transpose ins(%expanded_61 : tensor<2x4x16x16xf32>) outs(%83 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_63 = tensor.collapse_shape %transposed_62 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_64 = linalg.transpose ins(%arg14 : tensor<64x64xf32>) outs(%34 : tensor<64x64xf32>) permutation = [1, 0] 
    %131 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_64 : tensor<64x64xf32>) outs(%35 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %132 = linalg.batch_matmul ins(%collapsed_63, %131 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%37 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %132 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %134 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%134 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.addf %in, %out : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %136 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.divf %in, %cst_8 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %137 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %cst_4 : tensor<2x16x1xf32>, tensor<f32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %138 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.sqrt %in : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %139 = linalg.generic {indexing_maps = [#map10, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_3, %138 : tensor<f32>, tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.divf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %140 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %139 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %141 = linalg.generic {indexing_maps = [#map11, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %140 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %transposed_65 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %142 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_65 : tensor<64x128xf32>) outs(%96 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %143 = linalg.batch_matmul ins(%141, %142 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%99 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %144 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<2x16x128xf32>) outs(%98 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.cmpf ugt, %in, %cst : f32
      %157 = arith.select %156, %in, %cst : f32
      linalg.yield %157 : f32
    } -> tensor<2x16x128xf32>
    %transposed_66 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%102 : tensor<128x64xf32>) permutation = [1, 0] 
    %145 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_66 : tensor<128x64xf32>) outs(%103 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %146 = linalg.batch_matmul ins(%144, %145 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%37 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %147 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %146 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %148 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %149 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%148 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.addf %in, %out : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %150 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = arith.divf %in, %cst_8 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %151 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %cst_4 : tensor<2x16x1xf32>, tensor<f32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.addf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %152 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %156 = math.sqrt %in : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %153 = linalg.generic {indexing_maps = [#map10, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_3, %152 : tensor<f32>, tensor<2x16x1xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.divf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x1xf32>
    %154 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %153 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map11, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %154 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%23 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %156 = arith.mulf %in, %in_67 : f32
      linalg.yield %156 : f32
    } -> tensor<2x16x64xf32>
    return %155 : tensor<2x16x64xf32>
  }
}
