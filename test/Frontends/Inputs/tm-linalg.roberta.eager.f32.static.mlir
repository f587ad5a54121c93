// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "roberta", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<2x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<2x16x64xf32>, %arg24: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c16_i64 = arith.constant 16 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c2 = arith.constant 2 : index
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 9.9999999999999998E-13 : f64
    %cst_8 = arith.constant 6.400000e+01 : f64
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 2.500000e-01 : f32
    %cst_11 = arith.constant 1.41421354 : f32
    %cst_12 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %0 = tensor.empty() : tensor<16xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %122 = linalg.index 0 : index
      %123 = arith.index_cast %122 : index to i64
      %124 = arith.addi %123, %c2_i64 : i64
      linalg.yield %124 : i64
    } -> tensor<16xi64>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %4 = tensor.empty() : tensor<2x64xi64>
    %collapsed = tensor.collapse_shape %cst_12 [[0, 1]] : tensor<1x64xi64> into tensor<64xi64>
    %5 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<64xi64>) outs(%4 : tensor<2x64xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x64xi64>
    %6 = linalg.fill ins(%c0_i64 : i64) outs(%2 : tensor<2x16xi64>) -> tensor<2x16xi64>
    %7 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<2x16xi64>) outs(%6 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %122 = linalg.index 0 : index
      %123 = arith.index_cast %in : i64 to index
      %124 = arith.cmpi slt, %123, %c64 : index
      cf.assert %124, "index must be smaller than dim size"
      %125 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %125, "index must be larger or equal to 0"
      %extracted = tensor.extract %5[%122, %123] : tensor<2x64xi64>
      linalg.yield %extracted : i64
    } -> tensor<2x16xi64>
    %8 = tensor.empty() : tensor<2x16x64xf32>
    %9 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<2x16xi64>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %122 = arith.index_cast %in : i64 to index
      %123 = linalg.index 2 : index
      %124 = arith.cmpi slt, %122, %c2 : index
      cf.assert %124, "index must be smaller than dim size"
      %125 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %125, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%122, %123] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23, %9 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<2x16xi64>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %122 = arith.index_cast %in : i64 to index
      %123 = linalg.index 2 : index
      %124 = arith.cmpi slt, %122, %c64 : index
      cf.assert %124, "index must be smaller than dim size"
      %125 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %125, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg4[%122, %123] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %11 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16x64xf64>
    %14 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %122 = arith.extf %in : f32 to f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %15 = tensor.empty() : tensor<2x16x1xf64>
    %16 = linalg.fill ins(%cst : f64) outs(%15 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %17 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%14 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.addf %in, %out : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %18 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.divf %in, %cst_8 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %19 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %18 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %122 = arith.subf %in, %in_41 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %20 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %19 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %122 = arith.mulf %in, %in_41 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %21 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%20 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.addf %in, %out : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %22 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.divf %in, %cst_8 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %23 = tensor.empty() : tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf64>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %122 = arith.truncf %in : f64 to f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.fill ins(%cst_0 : f32) outs(%23 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_9 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.truncf %cst_7 : f64 to f32
      %123 = arith.addf %in, %122 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.rsqrt %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %27 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.subf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %29 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.mulf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.mulf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %34 = tensor.empty() : tensor<2x16xi1>
    %35 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg24 : tensor<2x16xi64>) outs(%34 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %122 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %122 : i1
    } -> tensor<2x16xi1>
    %36 = tensor.empty() : tensor<2xi64>
    %37 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%36 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %122 = linalg.index 0 : index
      %123 = arith.index_cast %122 : index to i64
      linalg.yield %123 : i64
    } -> tensor<2xi64>
    %38 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %122 = linalg.index 0 : index
      %123 = arith.index_cast %122 : index to i64
      linalg.yield %123 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %37 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_13 = tensor.expand_shape %38 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_14 = tensor.expand_shape %38 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %39 = tensor.empty() : tensor<1x1x16x1xi1>
    %40 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<1x1x16x1xi64>) outs(%39 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %122 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %122 : i1
    } -> tensor<1x1x16x1xi1>
    %41 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %40 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%39 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_41: i1, %out: i1):
      %122 = arith.andi %in, %in_41 : i1
      linalg.yield %122 : i1
    } -> tensor<1x1x16x1xi1>
    %42 = tensor.empty() : tensor<2x1x1x16xi1>
    %43 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_14 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%42 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_41: i64, %out: i1):
      %122 = arith.cmpi slt, %in, %c0_i64 : i64
      %123 = arith.addi %in, %c2_i64 : i64
      %124 = arith.select %122, %123, %in : i64
      %125 = arith.index_cast %124 : i64 to index
      %126 = arith.cmpi slt, %in_41, %c0_i64 : i64
      %127 = arith.addi %in_41, %c16_i64 : i64
      %128 = arith.select %126, %127, %in_41 : i64
      %129 = arith.index_cast %128 : i64 to index
      %extracted = tensor.extract %35[%125, %129] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %44 = tensor.empty() : tensor<2x1x16x16xi1>
    %45 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41, %43 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%44 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_41: i1, %out: i1):
      %122 = arith.andi %in, %in_41 : i1
      linalg.yield %122 : i1
    } -> tensor<2x1x16x16xi1>
    %46 = tensor.empty() : tensor<2x1x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%46 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_41: f32, %in_42: f32, %out: f32):
      %122 = arith.select %in, %in_41, %in_42 : f32
      linalg.yield %122 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_15 = tensor.collapse_shape %33 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %48 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %49 = tensor.empty() : tensor<32x64xf32>
    %50 = linalg.fill ins(%cst_0 : f32) outs(%49 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %51 = linalg.matmul ins(%collapsed_15, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %52 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%51, %arg6 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %expanded_16 = tensor.expand_shape %52 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %53 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_18 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %54 = linalg.matmul ins(%collapsed_15, %transposed_18 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %55 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%54, %arg8 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %expanded_19 = tensor.expand_shape %55 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_20 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %56 = linalg.matmul ins(%collapsed_15, %transposed_20 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %57 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%56, %arg10 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %57 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_24 = tensor.collapse_shape %transposed_17 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %58 = tensor.empty() : tensor<8x16x16xf32>
    %59 = linalg.fill ins(%cst_0 : f32) outs(%58 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %60 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_26 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.mulf %in, %cst_10 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %47 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = tensor.empty() : tensor<2x4x16xi64>
    %64 = linalg.fill ins(%c0_i64 : i64) outs(%63 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %65 = tensor.empty() : tensor<2x4x16xf32>
    %66 = linalg.fill ins(%cst_1 : f32) outs(%65 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %67:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%66, %64 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_41: i64):
      %122 = linalg.index 3 : index
      %123 = arith.index_cast %122 : index to i64
      %124 = arith.maximumf %in, %out : f32
      %125 = arith.cmpf ogt, %in, %out : f32
      %126 = arith.select %125, %123, %out_41 : i64
      linalg.yield %124, %126 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_27 = tensor.expand_shape %67#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %expanded_27 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.subf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.exp %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16x1xf32>
    %71 = linalg.fill ins(%cst_0 : f32) outs(%70 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%71 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %72 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.divf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %73 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %74 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_30 = tensor.expand_shape %74 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_33 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %76 = linalg.matmul ins(%collapsed_32, %transposed_33 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %77 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%76, %arg12 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %expanded_34 = tensor.expand_shape %77 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_34, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %122 = arith.extf %in : f32 to f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %80 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%79 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.addf %in, %out : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %81 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.divf %in, %cst_8 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %82 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %81 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %122 = arith.subf %in, %in_41 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %83 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %82 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %122 = arith.mulf %in, %in_41 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %84 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%83 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.addf %in, %out : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %85 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.divf %in, %cst_8 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %86 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf64>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %122 = arith.truncf %in : f64 to f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%78 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_9 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.truncf %cst_7 : f64 to f32
      %123 = arith.addf %in, %122 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.rsqrt %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78, %88 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.subf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %90 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.mulf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.mulf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_35 = tensor.collapse_shape %94 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %95 = tensor.empty() : tensor<64x128xf32>
    %transposed_36 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %96 = tensor.empty() : tensor<32x128xf32>
    %97 = linalg.fill ins(%cst_0 : f32) outs(%96 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %98 = linalg.matmul ins(%collapsed_35, %transposed_36 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%97 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%98, %arg16 : tensor<32x128xf32>, tensor<128xf32>) outs(%96 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<32x128xf32>
    %expanded_37 = tensor.expand_shape %99 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %100 = tensor.empty() : tensor<2x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x16x128xf32>) outs(%100 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_11 : f32
      %123 = math.erf %122 : f32
      %124 = arith.addf %123, %cst_2 : f32
      %125 = arith.mulf %124, %cst_3 : f32
      %126 = arith.mulf %in, %125 : f32
      linalg.yield %126 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_38 = tensor.collapse_shape %101 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %102 = tensor.empty() : tensor<128x64xf32>
    %transposed_39 = linalg.transpose ins(%arg17 : tensor<64x128xf32>) outs(%102 : tensor<128x64xf32>) permutation = [1, 0] 
    %103 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %104 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%103, %arg18 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<32x64xf32>
    %expanded_40 = tensor.expand_shape %104 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_40, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %122 = arith.extf %in : f32 to f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %107 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.addf %in, %out : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.divf %in, %cst_8 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %109 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %108 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %122 = arith.subf %in, %in_41 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %110 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %109 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %122 = arith.mulf %in, %in_41 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x64xf64>
    %111 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.addf %in, %out : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %112 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %122 = arith.divf %in, %cst_8 : f64
      linalg.yield %122 : f64
    } -> tensor<2x16x1xf64>
    %113 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf64>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %122 = arith.truncf %in : f64 to f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.addf %in, %out : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.divf %in, %cst_9 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = arith.truncf %cst_7 : f64 to f32
      %123 = arith.addf %in, %122 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %122 = math.rsqrt %in : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %115 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.subf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %117 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.mulf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.mulf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %122 = arith.addf %in, %in_41 : f32
      linalg.yield %122 : f32
    } -> tensor<2x16x64xf32>
    return %121 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}
