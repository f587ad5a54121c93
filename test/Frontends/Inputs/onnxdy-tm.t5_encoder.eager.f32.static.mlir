// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [8, 4]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "t5_encoder", "path": "onnxdy-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> ()>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<8x4xf32>, %arg6: tensor<64xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<64x128xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64x64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<2x16xi64>, %arg20: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c32 = arith.constant 32 : index
    %false = arith.constant false
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant dense<true> : tensor<1x1x16x1xi1>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<9.99999997E-7> : tensor<f32>
    %cst_6 = arith.constant 6.400000e+01 : f32
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c128_i64 = arith.constant 128 : i64
    %c8_i64 = arith.constant 8 : i64
    %cst_7 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %cst_8 = arith.constant dense<"0x0000000000000000050000000000000006000000000000000600000000000000060000000000000006000000000000000700000000000000070000000000000007000000000000000700000000000000070000000000000007000000000000000700000000000000070000000000000007000000000000000700000000000000010000000000000000000000000000000500000000000000060000000000000006000000000000000600000000000000060000000000000007000000000000000700000000000000070000000000000007000000000000000700000000000000070000000000000007000000000000000700000000000000070000000000000002000000000000000100000000000000000000000000000005000000000000000600000000000000060000000000000006000000000000000600000000000000070000000000000007000000000000000700000000000000070000000000000007000000000000000700000000000000070000000000000007000000000000000200000000000000020000000000000001000000000000000000000000000000050000000000000006000000000000000600000000000000060000000000000006000000000000000700000000000000070000000000000007000000000000000700000000000000070000000000000007000000000000000700000000000000020000000000000002000000000000000200000000000000010000000000000000000000000000000500000000000000060000000000000006000000000000000600000000000000060000000000000007000000000000000700000000000000070000000000000007000000000000000700000000000000070000000000000002000000000000000200000000000000020000000000000002000000000000000100000000000000000000000000000005000000000000000600000000000000060000000000000006000000000000000600000000000000070000000000000007000000000000000700000000000000070000000000000007000000000000000300000000000000020000000000000002000000000000000200000000000000020000000000000001000000000000000000000000000000050000000000000006000000000000000600000000000000060000000000000006000000000000000700000000000000070000000000000007000000000000000700000000000000030000000000000003000000000000000200000000000000020000000000000002000000000000000200000000000000010000000000000000000000000000000500000000000000060000000000000006000000000000000600000000000000060000000000000007000000000000000700000000000000070000000000000003000000000000000300000000000000030000000000000002000000000000000200000000000000020000000000000002000000000000000100000000000000000000000000000005000000000000000600000000000000060000000000000006000000000000000600000000000000070000000000000007000000000000000300000000000000030000000000000003000000000000000300000000000000020000000000000002000000000000000200000000000000020000000000000001000000000000000000000000000000050000000000000006000000000000000600000000000000060000000000000006000000000000000700000000000000030000000000000003000000000000000300000000000000030000000000000003000000000000000200000000000000020000000000000002000000000000000200000000000000010000000000000000000000000000000500000000000000060000000000000006000000000000000600000000000000060000000000000003000000000000000300000000000000030000000000000003000000000000000300000000000000030000000000000002000000000000000200000000000000020000000000000002000000000000000100000000000000000000000000000005000000000000000600000000000000060000000000000006000000000000000300000000000000030000000000000003000000000000000300000000000000030000000000000003000000000000000300000000000000020000000000000002000000000000000200000000000000020000000000000001000000000000000000000000000000050000000000000006000000000000000600000000000000030000000000000003000000000000000300000000000000030000000000000003000000000000000300000000000000030000000000000003000000000000000200000000000000020000000000000002000000000000000200000000000000010000000000000000000000000000000500000000000000060000000000000003000000000000000300000000000000030000000000000003000000000000000300000000000000030000000000000003000000000000000300000000000000030000000000000002000000000000000200000000000000020000000000000002000000000000000100000000000000000000000000000005000000000000000300000000000000030000000000000003000000000000000300000000000000030000000000000003000000000000000300000000000000030000000000000003000000000000000300000000000000020000000000000002000000000000000200000000000000020000000000000001000000000000000000000000000000"> : tensor<16x16xi64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg19 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %142 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %142 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg19 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %142 = arith.addi %in, %c128_i64 : i64
      linalg.yield %142 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg19 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_58: i64, %in_59: i64, %out: i64):
      %142 = arith.select %in, %in_58, %in_59 : i64
      linalg.yield %142 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %142 = arith.index_cast %in : i64 to index
      %143 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%142, %143] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %142 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %142 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_7[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %8 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %142 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %142 : i1
    } -> tensor<2x1x1x16x1xi1>
    %10 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %11 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %142 = arith.addi %in, %c2_i64 : i64
      linalg.yield %142 : i64
    } -> tensor<2x1x1x16x1xi64>
    %12 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%9, %11, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_58: i64, %in_59: i64, %out: i64):
      %142 = arith.select %in, %in_58, %in_59 : i64
      linalg.yield %142 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_9 = tensor.extract_slice %cst_7[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %13 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_9 : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %142 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %142 : i1
    } -> tensor<2x1x1x16x1xi1>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_9 : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %142 = arith.addi %in, %c16_i64 : i64
      linalg.yield %142 : i64
    } -> tensor<2x1x1x16x1xi64>
    %15 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%13, %14, %extracted_slice_9 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_58: i64, %in_59: i64, %out: i64):
      %142 = arith.select %in, %in_58, %in_59 : i64
      linalg.yield %142 : i64
    } -> tensor<2x1x1x16x1xi64>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%15, %12 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_58: i64, %out: i64):
      %142 = arith.muli %in_58, %c16_i64 : i64
      %143 = arith.addi %in, %142 : i64
      linalg.yield %143 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_10 = tensor.collapse_shape %16 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_11 = tensor.collapse_shape %7 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %17 = tensor.empty() : tensor<32xi1>
    %18 = linalg.fill ins(%false : i1) outs(%17 : tensor<32xi1>) -> tensor<32xi1>
    %19 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%collapsed_10 : tensor<32xi64>) outs(%18 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %142 = arith.index_cast %in : i64 to index
      %143 = arith.cmpi slt, %142, %c32 : index
      cf.assert %143, "index must be smaller than dim size"
      %144 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %144, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_11[%142] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_12 = tensor.expand_shape %19 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %20 = tensor.empty() : tensor<2x1x16x16xi1>
    %21 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %expanded_12 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%20 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_58: i1, %out: i1):
      %142 = arith.andi %in, %in_58 : i1
      linalg.yield %142 : i1
    } -> tensor<2x1x16x16xi1>
    %22 = tensor.empty() : tensor<2x1x16x16xf32>
    %23 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %cst_3, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%22 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_58: f32, %in_59: f32, %out: f32):
      %142 = arith.select %in, %in_58, %in_59 : f32
      linalg.yield %142 : f32
    } -> tensor<2x1x16x16xf32>
    %24 = tensor.empty() : tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<2x16x1xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%25 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.addf %in, %out : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.divf %in, %cst_6 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %cst_5 : tensor<2x16x1xf32>, tensor<f32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.sqrt %in : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.cmpf one, %in, %cst : f32
      cf.assert %142, "unimplemented: tensor with zero element"
      %143 = arith.divf %cst_0, %in : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %32 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.mulf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map11, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %33 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.mulf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %35 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %36 = tensor.empty() : tensor<2x64x64xf32>
    %37 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%36 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %38 = linalg.fill ins(%cst : f32) outs(%24 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %39 = linalg.batch_matmul ins(%34, %37 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%38 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_13 = tensor.expand_shape %39 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %40 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_14 = linalg.transpose ins(%expanded_13 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_15 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %41 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_15 : tensor<64x64xf32>) outs(%36 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %42 = linalg.batch_matmul ins(%34, %41 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%38 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_16 = tensor.expand_shape %42 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_17 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %43 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_17 : tensor<64x64xf32>) outs(%36 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %44 = linalg.batch_matmul ins(%34, %43 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%38 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_18 = tensor.expand_shape %44 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %45 = tensor.empty() : tensor<16x16xi1>
    %46 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_8 : tensor<16x16xi64>) outs(%45 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %142 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %142 : i1
    } -> tensor<16x16xi1>
    %47 = tensor.empty() : tensor<16x16xi64>
    %48 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_8 : tensor<16x16xi64>) outs(%47 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %142 = arith.addi %in, %c8_i64 : i64
      linalg.yield %142 : i64
    } -> tensor<16x16xi64>
    %49 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%46, %48, %cst_8 : tensor<16x16xi1>, tensor<16x16xi64>, tensor<16x16xi64>) outs(%47 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %in_58: i64, %in_59: i64, %out: i64):
      %142 = arith.select %in, %in_58, %in_59 : i64
      linalg.yield %142 : i64
    } -> tensor<16x16xi64>
    %collapsed_20 = tensor.collapse_shape %49 [[0, 1]] : tensor<16x16xi64> into tensor<256xi64>
    %50 = tensor.empty() : tensor<256x4xf32>
    %51 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_20 : tensor<256xi64>) outs(%50 : tensor<256x4xf32>) {
    ^bb0(%in: i64, %out: f32):
      %142 = arith.index_cast %in : i64 to index
      %143 = linalg.index 1 : index
      %extracted = tensor.extract %arg5[%142, %143] : tensor<8x4xf32>
      linalg.yield %extracted : f32
    } -> tensor<256x4xf32>
    %expanded_21 = tensor.expand_shape %51 [[0, 1], [2]] output_shape [16, 16, 4] : tensor<256x4xf32> into tensor<16x16x4xf32>
    %52 = tensor.empty() : tensor<4x16x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<16x16x4xf32>) outs(%52 : tensor<4x16x16xf32>) permutation = [2, 0, 1] 
    %expanded_23 = tensor.expand_shape %transposed_22 [[0, 1], [2], [3]] output_shape [1, 4, 16, 16] : tensor<4x16x16xf32> into tensor<1x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_25 = tensor.collapse_shape %transposed_14 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %53 = tensor.empty() : tensor<8x16x16xf32>
    %54 = linalg.fill ins(%cst : f32) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %55 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_27 = tensor.expand_shape %55 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27, %expanded_23 : tensor<2x4x16x16xf32>, tensor<1x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %23 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = tensor.empty() : tensor<2x4x16xi64>
    %59 = linalg.fill ins(%c0_i64 : i64) outs(%58 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %60 = tensor.empty() : tensor<2x4x16xf32>
    %61 = linalg.fill ins(%cst_1 : f32) outs(%60 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %62:2 = linalg.generic {indexing_maps = [#map6, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%61, %59 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_58: i64):
      %142 = linalg.index 3 : index
      %143 = arith.index_cast %142 : index to i64
      %144 = arith.maximumf %in, %out : f32
      %145 = arith.cmpf ogt, %in, %out : f32
      %146 = arith.select %145, %143, %out_58 : i64
      linalg.yield %144, %146 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_28 = tensor.expand_shape %62#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %63 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %expanded_28 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.subf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.exp %in : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x4x16x1xf32>
    %66 = linalg.fill ins(%cst : f32) outs(%65 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%66 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.addf %in, %out : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %67 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.divf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %68 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_19 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %69 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_31 = tensor.expand_shape %69 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_34 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %71 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_34 : tensor<64x64xf32>) outs(%36 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %72 = linalg.batch_matmul ins(%collapsed_33, %71 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%38 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %72 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %75 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%74 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.addf %in, %out : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.divf %in, %cst_6 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %cst_5 : tensor<2x16x1xf32>, tensor<f32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.sqrt %in : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.cmpf one, %in, %cst : f32
      cf.assert %142, "unimplemented: tensor with zero element"
      %143 = arith.divf %cst_0, %in : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %79 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.mulf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map11, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %80 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.mulf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %82 = tensor.empty() : tensor<64x128xf32>
    %transposed_35 = linalg.transpose ins(%arg7 : tensor<128x64xf32>) outs(%82 : tensor<64x128xf32>) permutation = [1, 0] 
    %83 = tensor.empty() : tensor<2x64x128xf32>
    %84 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_35 : tensor<64x128xf32>) outs(%83 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %85 = tensor.empty() : tensor<2x16x128xf32>
    %86 = linalg.fill ins(%cst : f32) outs(%85 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %87 = linalg.batch_matmul ins(%81, %84 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%86 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %88 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x128xf32>) outs(%85 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.cmpf ugt, %in, %cst : f32
      %143 = arith.select %142, %in, %cst : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x128xf32>
    %89 = tensor.empty() : tensor<128x64xf32>
    %transposed_36 = linalg.transpose ins(%arg8 : tensor<64x128xf32>) outs(%89 : tensor<128x64xf32>) permutation = [1, 0] 
    %90 = tensor.empty() : tensor<2x128x64xf32>
    %91 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_36 : tensor<128x64xf32>) outs(%90 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %92 = linalg.batch_matmul ins(%88, %91 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%38 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %92 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%94 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.addf %in, %out : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.divf %in, %cst_6 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %97 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %cst_5 : tensor<2x16x1xf32>, tensor<f32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.sqrt %in : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.cmpf one, %in, %cst : f32
      cf.assert %142, "unimplemented: tensor with zero element"
      %143 = arith.divf %cst_0, %in : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %99 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.mulf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map11, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg14, %100 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.mulf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %transposed_37 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %102 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_37 : tensor<64x64xf32>) outs(%36 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %103 = linalg.batch_matmul ins(%101, %102 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%38 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_38 = tensor.expand_shape %103 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_39 = linalg.transpose ins(%expanded_38 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_40 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %104 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<64x64xf32>) outs(%36 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %105 = linalg.batch_matmul ins(%101, %104 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%38 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_41 = tensor.expand_shape %105 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_42 = linalg.transpose ins(%arg12 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %106 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_42 : tensor<64x64xf32>) outs(%36 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %107 = linalg.batch_matmul ins(%101, %106 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%38 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_43 = tensor.expand_shape %107 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_44 = linalg.transpose ins(%expanded_43 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_45 = linalg.transpose ins(%expanded_41 : tensor<2x16x4x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_46 = tensor.collapse_shape %transposed_39 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_47 = tensor.collapse_shape %transposed_45 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %108 = linalg.batch_matmul ins(%collapsed_46, %collapsed_47 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_48 = tensor.expand_shape %108 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %109 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_48, %expanded_23 : tensor<2x4x16x16xf32>, tensor<1x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x16xf32>
    %110 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%109, %23 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x16xf32>
    %111:2 = linalg.generic {indexing_maps = [#map6, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%110 : tensor<2x4x16x16xf32>) outs(%61, %59 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_58: i64):
      %142 = linalg.index 3 : index
      %143 = arith.index_cast %142 : index to i64
      %144 = arith.maximumf %in, %out : f32
      %145 = arith.cmpf ogt, %in, %out : f32
      %146 = arith.select %145, %143, %out_58 : i64
      linalg.yield %144, %146 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_49 = tensor.expand_shape %111#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%110, %expanded_49 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.subf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x16xf32>
    %113 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%112 : tensor<2x4x16x16xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.exp %in : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x16xf32>
    %114 = linalg.generic {indexing_maps = [#map6, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%113 : tensor<2x4x16x16xf32>) outs(%66 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.addf %in, %out : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%113, %114 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%40 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.divf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_50 = tensor.collapse_shape %115 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_51 = tensor.collapse_shape %transposed_44 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %116 = linalg.batch_matmul ins(%collapsed_50, %collapsed_51 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_52 = tensor.expand_shape %116 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_53 = linalg.transpose ins(%expanded_52 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_54 = tensor.collapse_shape %transposed_53 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_55 = linalg.transpose ins(%arg13 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %117 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_55 : tensor<64x64xf32>) outs(%36 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %118 = linalg.batch_matmul ins(%collapsed_54, %117 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%38 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %118 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%120 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.addf %in, %out : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.divf %in, %cst_6 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %cst_5 : tensor<2x16x1xf32>, tensor<f32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.sqrt %in : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.cmpf one, %in, %cst : f32
      cf.assert %142, "unimplemented: tensor with zero element"
      %143 = arith.divf %cst_0, %in : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %125 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.mulf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map11, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %126 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.mulf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %transposed_56 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%82 : tensor<64x128xf32>) permutation = [1, 0] 
    %128 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_56 : tensor<64x128xf32>) outs(%83 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %129 = linalg.batch_matmul ins(%127, %128 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%86 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %130 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x16x128xf32>) outs(%85 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.cmpf ugt, %in, %cst : f32
      %143 = arith.select %142, %in, %cst : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x128xf32>
    %transposed_57 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%89 : tensor<128x64xf32>) permutation = [1, 0] 
    %131 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_57 : tensor<128x64xf32>) outs(%90 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %132 = linalg.batch_matmul ins(%130, %131 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%38 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %132 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %134 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%134 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.addf %in, %out : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %136 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.divf %in, %cst_6 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %137 = linalg.generic {indexing_maps = [#map8, #map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %cst_5 : tensor<2x16x1xf32>, tensor<f32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.addf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %138 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = math.sqrt %in : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x1xf32>
    %139 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %142 = arith.cmpf one, %in, %cst : f32
      cf.assert %142, "unimplemented: tensor with zero element"
      %143 = arith.divf %cst_0, %in : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %140 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %139 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.mulf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    %141 = linalg.generic {indexing_maps = [#map11, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg18, %140 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %142 = arith.mulf %in, %in_58 : f32
      linalg.yield %142 : f32
    } -> tensor<2x16x64xf32>
    return %141 : tensor<2x16x64xf32>
  }
}
