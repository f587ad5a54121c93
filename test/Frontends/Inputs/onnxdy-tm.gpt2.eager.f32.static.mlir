// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 192]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 192]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main_graph", "model": "gpt2", "path": "onnxdy-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map4 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map5 = affine_map<(d0) -> (d0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> ()>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map11 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map12 = affine_map<(d0, d1, d2) -> (d2)>
#map13 = affine_map<(d0, d1) -> (d1)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map17 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x192xf32>, %arg5: tensor<192xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x256xf32>, %arg11: tensor<256xf32>, %arg12: tensor<256x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64x192xf32>, %arg17: tensor<192xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x256xf32>, %arg23: tensor<256xf32>, %arg24: tensor<256x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<2x16xi64>, %arg29: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c32 = arith.constant 32 : index
    %false = arith.constant false
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<[[[[true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, false, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, false, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, false, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, false, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, false, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true]]]]> : tensor<1x1x16x16xi1>
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_6 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_7 = arith.constant dense<4.471500e-02> : tensor<f32>
    %cst_8 = arith.constant dense<0.797884583> : tensor<f32>
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 9.99999974E-6 : f32
    %c0_i64 = arith.constant 0 : i64
    %c3_i64 = arith.constant 3 : i64
    %c128_i64 = arith.constant 128 : i64
    %cst_11 = arith.constant dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>
    %cst_12 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg28 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %165 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %165 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg28 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %165 = arith.addi %in, %c128_i64 : i64
      linalg.yield %165 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg28 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_77: i64, %in_78: i64, %out: i64):
      %165 = arith.select %in, %in_77, %in_78 : i64
      linalg.yield %165 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %165 = arith.index_cast %in : i64 to index
      %166 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%165, %166] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = tensor.empty() : tensor<16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_11 : tensor<16xi64>) outs(%7 : tensor<16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %165 = arith.index_cast %in : i64 to index
      %166 = linalg.index 1 : index
      %extracted = tensor.extract %arg1[%165, %166] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x64xf32>
    %expanded_13 = tensor.expand_shape %8 [[0, 1], [2]] output_shape [1, 16, 64] : tensor<16x64xf32> into tensor<1x16x64xf32>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_13 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg29 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %165 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %165 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_12[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %12 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %13 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%12 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %165 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %165 : i1
    } -> tensor<2x1x1x16x1xi1>
    %14 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %165 = arith.addi %in, %c2_i64 : i64
      linalg.yield %165 : i64
    } -> tensor<2x1x1x16x1xi64>
    %16 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%13, %15, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_77: i64, %in_78: i64, %out: i64):
      %165 = arith.select %in, %in_77, %in_78 : i64
      linalg.yield %165 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_14 = tensor.extract_slice %cst_12[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %17 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_14 : tensor<2x1x1x16x1xi64>) outs(%12 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %165 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %165 : i1
    } -> tensor<2x1x1x16x1xi1>
    %18 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_14 : tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %165 = arith.addi %in, %c16_i64 : i64
      linalg.yield %165 : i64
    } -> tensor<2x1x1x16x1xi64>
    %19 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%17, %18, %extracted_slice_14 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_77: i64, %in_78: i64, %out: i64):
      %165 = arith.select %in, %in_77, %in_78 : i64
      linalg.yield %165 : i64
    } -> tensor<2x1x1x16x1xi64>
    %20 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%19, %16 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%14 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_77: i64, %out: i64):
      %165 = arith.muli %in_77, %c16_i64 : i64
      %166 = arith.addi %in, %165 : i64
      linalg.yield %166 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_15 = tensor.collapse_shape %20 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_16 = tensor.collapse_shape %11 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %21 = tensor.empty() : tensor<32xi1>
    %22 = linalg.fill ins(%false : i1) outs(%21 : tensor<32xi1>) -> tensor<32xi1>
    %23 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%collapsed_15 : tensor<32xi64>) outs(%22 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %165 = arith.index_cast %in : i64 to index
      %166 = arith.cmpi slt, %165, %c32 : index
      cf.assert %166, "index must be smaller than dim size"
      %167 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %167, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_16[%165] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_17 = tensor.expand_shape %23 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %24 = tensor.empty() : tensor<2x1x16x16xi1>
    %25 = linalg.generic {indexing_maps = [#map6, #map7, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %expanded_17 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%24 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_77: i1, %out: i1):
      %165 = arith.andi %in, %in_77 : i1
      linalg.yield %165 : i1
    } -> tensor<2x1x16x16xi1>
    %26 = tensor.empty() : tensor<2x1x16x16xf32>
    %27 = linalg.generic {indexing_maps = [#map8, #map9, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%25, %cst_2, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%26 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_77: f32, %in_78: f32, %out: f32):
      %165 = arith.select %in, %in_77, %in_78 : f32
      linalg.yield %165 : f32
    } -> tensor<2x1x16x16xf32>
    %28 = tensor.empty() : tensor<2x16x1xf32>
    %29 = linalg.fill ins(%cst : f32) outs(%28 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map2, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_9 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_18 = tensor.collapse_shape %31 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %32 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_18 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.subf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map2, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%34 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_9 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %cst_10 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.rsqrt %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_19 = tensor.collapse_shape %38 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %39 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_19 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %39 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_20 = tensor.collapse_shape %42 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %43 = tensor.empty() : tensor<32x192xf32>
    %44 = linalg.fill ins(%cst : f32) outs(%43 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %45 = linalg.matmul ins(%collapsed_20, %arg4 : tensor<32x64xf32>, tensor<64x192xf32>) outs(%44 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %46 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%45, %arg5 : tensor<32x192xf32>, tensor<192xf32>) outs(%43 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<32x192xf32>
    %expanded_21 = tensor.expand_shape %46 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice_22 = tensor.extract_slice %expanded_21[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_23 = tensor.extract_slice %expanded_21[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_24 = tensor.extract_slice %expanded_21[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_25 = tensor.expand_shape %extracted_slice_23 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_26 = tensor.expand_shape %extracted_slice_24 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %47 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed = linalg.transpose ins(%expanded_26 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_27 = tensor.expand_shape %extracted_slice_22 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_28 = linalg.transpose ins(%expanded_27 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_29 = linalg.transpose ins(%expanded_25 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_30 = tensor.collapse_shape %transposed_28 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %transposed_29 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %48 = tensor.empty() : tensor<8x16x16xf32>
    %49 = linalg.fill ins(%cst : f32) outs(%48 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %50 = linalg.batch_matmul ins(%collapsed_30, %collapsed_31 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%49 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_32 = tensor.expand_shape %50 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_32, %cst_5 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %27 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x16xf32>
    %53 = tensor.empty() : tensor<2x4x16xi64>
    %54 = linalg.fill ins(%c0_i64 : i64) outs(%53 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %55 = tensor.empty() : tensor<2x4x16xf32>
    %56 = linalg.fill ins(%cst_0 : f32) outs(%55 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %57:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%52 : tensor<2x4x16x16xf32>) outs(%56, %54 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_77: i64):
      %165 = linalg.index 3 : index
      %166 = arith.index_cast %165 : index to i64
      %167 = arith.maximumf %in, %out : f32
      %168 = arith.cmpf ogt, %in, %out : f32
      %169 = arith.select %168, %166, %out_77 : i64
      linalg.yield %167, %169 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_33 = tensor.expand_shape %57#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %58 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %expanded_33 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.subf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.exp %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x16xf32>
    %60 = tensor.empty() : tensor<2x4x16x1xf32>
    %61 = linalg.fill ins(%cst : f32) outs(%60 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%59 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x1xf32>
    %63 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %62 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.divf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %63 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %transposed [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %64 = linalg.batch_matmul ins(%collapsed_34, %collapsed_35 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%49 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_36 = tensor.expand_shape %64 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_37 = linalg.transpose ins(%expanded_36 : tensor<2x4x16x16xf32>) outs(%65 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_38 = tensor.collapse_shape %transposed_37 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %66 = linalg.fill ins(%cst : f32) outs(%5 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %67 = linalg.matmul ins(%collapsed_38, %arg6 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%66 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%67, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<32x64xf32>
    %expanded_39 = tensor.expand_shape %68 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %69 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_39, %10 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %70 = linalg.generic {indexing_maps = [#map2, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%69 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %71 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_9 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_40 = tensor.collapse_shape %71 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %72 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_40 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %72 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.subf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %73 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %75 = linalg.generic {indexing_maps = [#map2, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%74 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%75 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_9 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %cst_10 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.rsqrt %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_41 = tensor.collapse_shape %78 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %79 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73, %79 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_42 = tensor.collapse_shape %82 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %83 = tensor.empty() : tensor<32x256xf32>
    %84 = linalg.fill ins(%cst : f32) outs(%83 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %85 = linalg.matmul ins(%collapsed_42, %arg10 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%84 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %86 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%85, %arg11 : tensor<32x256xf32>, tensor<256xf32>) outs(%83 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<32x256xf32>
    %expanded_43 = tensor.expand_shape %86 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %87 = tensor.empty() : tensor<2x16x256xf32>
    %88 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43, %cst_6 : tensor<2x16x256xf32>, tensor<f32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %89 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43 : tensor<2x16x256xf32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %90 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %cst_7 : tensor<2x16x256xf32>, tensor<f32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %91 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43, %90 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %92 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %cst_8 : tensor<2x16x256xf32>, tensor<f32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %93 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x256xf32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.tanh %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %cst_3 : tensor<2x16x256xf32>, tensor<f32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %95 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %94 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_44 = tensor.collapse_shape %95 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %96 = linalg.matmul ins(%collapsed_44, %arg12 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%66 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %97 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%96, %arg13 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<32x64xf32>
    %expanded_45 = tensor.expand_shape %97 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %expanded_45 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%98 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_9 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_46 = tensor.collapse_shape %100 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %101 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %101 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.subf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %102 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map2, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%103 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_9 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %106 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %cst_10 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.rsqrt %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_47 = tensor.collapse_shape %107 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %108 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_47 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %108 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_48 = tensor.collapse_shape %111 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %112 = linalg.matmul ins(%collapsed_48, %arg16 : tensor<32x64xf32>, tensor<64x192xf32>) outs(%44 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %113 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%112, %arg17 : tensor<32x192xf32>, tensor<192xf32>) outs(%43 : tensor<32x192xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<32x192xf32>
    %expanded_49 = tensor.expand_shape %113 [[0, 1], [2]] output_shape [2, 16, 192] : tensor<32x192xf32> into tensor<2x16x192xf32>
    %extracted_slice_50 = tensor.extract_slice %expanded_49[0, 0, 0] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_51 = tensor.extract_slice %expanded_49[0, 0, 64] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %extracted_slice_52 = tensor.extract_slice %expanded_49[0, 0, 128] [2, 16, 64] [1, 1, 1] : tensor<2x16x192xf32> to tensor<2x16x64xf32>
    %expanded_53 = tensor.expand_shape %extracted_slice_51 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %expanded_54 = tensor.expand_shape %extracted_slice_52 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_55 = linalg.transpose ins(%expanded_54 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_56 = tensor.expand_shape %extracted_slice_50 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_57 = linalg.transpose ins(%expanded_56 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_58 = linalg.transpose ins(%expanded_53 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_59 = tensor.collapse_shape %transposed_57 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_60 = tensor.collapse_shape %transposed_58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %114 = linalg.batch_matmul ins(%collapsed_59, %collapsed_60 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%49 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_61 = tensor.expand_shape %114 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %115 = linalg.generic {indexing_maps = [#map8, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_61, %cst_5 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x16xf32>
    %116 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%115, %27 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x16xf32>
    %117:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%116 : tensor<2x4x16x16xf32>) outs(%56, %54 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_77: i64):
      %165 = linalg.index 3 : index
      %166 = arith.index_cast %165 : index to i64
      %167 = arith.maximumf %in, %out : f32
      %168 = arith.cmpf ogt, %in, %out : f32
      %169 = arith.select %168, %166, %out_77 : i64
      linalg.yield %167, %169 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_62 = tensor.expand_shape %117#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%116, %expanded_62 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.subf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x16xf32>
    %119 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%118 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.exp %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x16xf32>
    %120 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%119 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%119, %120 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.divf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_63 = tensor.collapse_shape %121 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_64 = tensor.collapse_shape %transposed_55 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %122 = linalg.batch_matmul ins(%collapsed_63, %collapsed_64 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%49 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_65 = tensor.expand_shape %122 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_66 = linalg.transpose ins(%expanded_65 : tensor<2x4x16x16xf32>) outs(%65 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_67 = tensor.collapse_shape %transposed_66 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %123 = linalg.matmul ins(%collapsed_67, %arg18 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%66 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %124 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%123, %arg19 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<32x64xf32>
    %expanded_68 = tensor.expand_shape %124 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_68, %98 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map2, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%125 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_9 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_69 = tensor.collapse_shape %127 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %128 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_69 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %128 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.subf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %129 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %131 = linalg.generic {indexing_maps = [#map2, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%130 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %132 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_9 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %133 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %cst_10 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %134 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.rsqrt %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_70 = tensor.collapse_shape %134 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %135 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_70 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %136 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %135 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %137 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %138 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %arg21 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_71 = tensor.collapse_shape %138 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %139 = linalg.matmul ins(%collapsed_71, %arg22 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%84 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %140 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%139, %arg23 : tensor<32x256xf32>, tensor<256xf32>) outs(%83 : tensor<32x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<32x256xf32>
    %expanded_72 = tensor.expand_shape %140 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %141 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_72, %cst_6 : tensor<2x16x256xf32>, tensor<f32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %142 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_72 : tensor<2x16x256xf32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %143 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %cst_7 : tensor<2x16x256xf32>, tensor<f32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %144 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_72, %143 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %145 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %cst_8 : tensor<2x16x256xf32>, tensor<f32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %146 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x16x256xf32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.tanh %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %147 = linalg.generic {indexing_maps = [#map2, #map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %cst_3 : tensor<2x16x256xf32>, tensor<f32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %148 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %147 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%87 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x256xf32>
    %collapsed_73 = tensor.collapse_shape %148 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %149 = linalg.matmul ins(%collapsed_73, %arg24 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%66 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map13, #map], iterator_types = ["parallel", "parallel"]} ins(%149, %arg25 : tensor<32x64xf32>, tensor<64xf32>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<32x64xf32>
    %expanded_74 = tensor.expand_shape %150 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %expanded_74 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map2, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%151 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %153 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_9 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_75 = tensor.collapse_shape %153 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %154 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_75 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %154 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.subf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %155 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map2, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%156 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %out : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %158 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.divf %in, %cst_9 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %159 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = arith.addf %in, %cst_10 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %160 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %165 = math.rsqrt %in : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_76 = tensor.collapse_shape %160 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %161 = linalg.generic {indexing_maps = [#map11, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_76 : tensor<2x16xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %161 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %arg26 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.mulf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    %164 = linalg.generic {indexing_maps = [#map2, #map12, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163, %arg27 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %165 = arith.addf %in, %in_77 : f32
      linalg.yield %165 : f32
    } -> tensor<2x16x64xf32>
    return %164 : tensor<2x16x64xf32>
  }
}
