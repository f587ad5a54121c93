// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 16, 64]}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "roberta", "path": "tm-linalg", "shapes": "static"}
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
#map16 = affine_map<(d0, d1, d2) -> (d1, d2)>
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
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant 0xFFF0000000000000 : f64
    %cst_9 = arith.constant 9.9999999999999998E-13 : f64
    %cst_10 = arith.constant 6.400000e+01 : f64
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant 1.41421354 : f32
    %cst_13 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %0 = tensor.empty() : tensor<16xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %132 = linalg.index 0 : index
      %133 = arith.index_cast %132 : index to i64
      %134 = arith.addi %133, %c2_i64 : i64
      linalg.yield %134 : i64
    } -> tensor<16xi64>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%1 : tensor<16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %4 = tensor.empty() : tensor<2x64xi64>
    %collapsed = tensor.collapse_shape %cst_13 [[0, 1]] : tensor<1x64xi64> into tensor<64xi64>
    %5 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<64xi64>) outs(%4 : tensor<2x64xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x64xi64>
    %6 = linalg.fill ins(%c0_i64 : i64) outs(%2 : tensor<2x16xi64>) -> tensor<2x16xi64>
    %7 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<2x16xi64>) outs(%6 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %132 = linalg.index 0 : index
      %133 = arith.index_cast %in : i64 to index
      %134 = arith.cmpi slt, %133, %c64 : index
      cf.assert %134, "index must be smaller than dim size"
      %135 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %135, "index must be larger or equal to 0"
      %extracted = tensor.extract %5[%132, %133] : tensor<2x64xi64>
      linalg.yield %extracted : i64
    } -> tensor<2x16xi64>
    %8 = tensor.empty() : tensor<2x16x64xf32>
    %9 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<2x16xi64>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %132 = arith.index_cast %in : i64 to index
      %133 = linalg.index 2 : index
      %134 = arith.cmpi slt, %132, %c2 : index
      cf.assert %134, "index must be smaller than dim size"
      %135 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %135, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%132, %133] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23, %9 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<2x16xi64>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %132 = arith.index_cast %in : i64 to index
      %133 = linalg.index 2 : index
      %134 = arith.cmpi slt, %132, %c64 : index
      cf.assert %134, "index must be smaller than dim size"
      %135 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %135, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg4[%132, %133] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %12 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %11 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %13 = tensor.empty() : tensor<2x16x64xf64>
    %14 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %132 = arith.extf %in : f32 to f64
      linalg.yield %132 : f64
    } -> tensor<2x16x64xf64>
    %15 = tensor.empty() : tensor<2x16x1xf64>
    %16 = linalg.fill ins(%cst : f64) outs(%15 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %17 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%14 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.addf %in, %out : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %18 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.divf %in, %cst_10 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %19 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %18 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %132 = arith.subf %in, %in_41 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x64xf64>
    %20 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %19 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %132 = arith.mulf %in, %in_41 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x64xf64>
    %21 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%20 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.addf %in, %out : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %22 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.divf %in, %cst_10 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %23 = tensor.empty() : tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf64>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %132 = arith.truncf %in : f64 to f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.fill ins(%cst_0 : f32) outs(%23 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.addf %in, %out : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.divf %in, %cst_11 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.truncf %cst_9 : f64 to f32
      %133 = arith.addf %in, %132 : f32
      linalg.yield %133 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = math.rsqrt %in : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %27 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.subf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %29 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.mulf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.mulf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %34 = tensor.empty() : tensor<2x16xi1>
    %35 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg24 : tensor<2x16xi64>) outs(%34 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %132 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %132 : i1
    } -> tensor<2x16xi1>
    %36 = tensor.empty() : tensor<2xi64>
    %37 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%36 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %132 = linalg.index 0 : index
      %133 = arith.index_cast %132 : index to i64
      linalg.yield %133 : i64
    } -> tensor<2xi64>
    %38 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %132 = linalg.index 0 : index
      %133 = arith.index_cast %132 : index to i64
      linalg.yield %133 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %37 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %38 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %38 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %39 = tensor.empty() : tensor<1x1x16x1xi1>
    %40 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x1x16x1xi64>) outs(%39 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %132 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %132 : i1
    } -> tensor<1x1x16x1xi1>
    %41 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %40 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%39 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_41: i1, %out: i1):
      %132 = arith.andi %in, %in_41 : i1
      linalg.yield %132 : i1
    } -> tensor<1x1x16x1xi1>
    %42 = tensor.empty() : tensor<2x1x1x16xi1>
    %43 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%42 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_41: i64, %out: i1):
      %132 = arith.cmpi slt, %in, %c0_i64 : i64
      %133 = arith.addi %in, %c2_i64 : i64
      %134 = arith.select %132, %133, %in : i64
      %135 = arith.index_cast %134 : i64 to index
      %136 = arith.cmpi slt, %in_41, %c0_i64 : i64
      %137 = arith.addi %in_41, %c16_i64 : i64
      %138 = arith.select %136, %137, %in_41 : i64
      %139 = arith.index_cast %138 : i64 to index
      %extracted = tensor.extract %35[%135, %139] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %44 = tensor.empty() : tensor<2x1x16x16xi1>
    %45 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41, %43 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%44 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_41: i1, %out: i1):
      %132 = arith.andi %in, %in_41 : i1
      linalg.yield %132 : i1
    } -> tensor<2x1x16x16xi1>
    %collapsed_16 = tensor.collapse_shape %33 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %46 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %47 = tensor.empty() : tensor<32x64xf32>
    %48 = linalg.fill ins(%cst_0 : f32) outs(%47 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %49 = linalg.matmul ins(%collapsed_16, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %50 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%49, %arg6 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %50 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %51 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %52 = linalg.matmul ins(%collapsed_16, %transposed_19 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %53 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%52, %arg8 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<32x64xf32>
    %expanded_20 = tensor.expand_shape %53 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_21 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %54 = linalg.matmul ins(%collapsed_16, %transposed_21 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %55 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%54, %arg10 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<32x64xf32>
    %expanded_22 = tensor.expand_shape %55 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %56 = tensor.empty() : tensor<2x1x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %cst_5, %cst_6 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%56 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_41: f32, %in_42: f32, %out: f32):
      %132 = arith.select %in, %in_41, %in_42 : f32
      linalg.yield %132 : f32
    } -> tensor<2x1x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_18 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.mulf %in, %cst_3 : f32
      linalg.yield %132 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %59 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.mulf %in, %cst_3 : f32
      linalg.yield %132 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %60 = tensor.empty() : tensor<8x16x16xf32>
    %61 = linalg.fill ins(%cst_0 : f32) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %62 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_27 = tensor.expand_shape %62 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27, %57 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x4x16xi64>
    %65 = linalg.fill ins(%c0_i64 : i64) outs(%64 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %66 = tensor.empty() : tensor<2x4x16xf32>
    %67 = linalg.fill ins(%cst_1 : f32) outs(%66 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %68:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%67, %65 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_41: i64):
      %132 = linalg.index 3 : index
      %133 = arith.index_cast %132 : index to i64
      %134 = arith.maximumf %in, %out : f32
      %135 = arith.cmpf ogt, %in, %out : f32
      %136 = arith.select %135, %133, %out_41 : i64
      linalg.yield %134, %136 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_28 = tensor.expand_shape %68#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_28 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.subf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = math.exp %in : f32
      linalg.yield %132 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16x1xf32>
    %72 = linalg.fill ins(%cst_0 : f32) outs(%71 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.addf %in, %out : f32
      linalg.yield %132 : f32
    } -> tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %73 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.divf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x4x16x16xi1>
    %76 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %132 = arith.extf %in : f32 to f64
      %133 = arith.cmpf oeq, %132, %cst_8 : f64
      linalg.yield %133 : i1
    } -> tensor<2x4x16x16xi1>
    %77 = tensor.empty() : tensor<2x4x16x1xi1>
    %78 = linalg.fill ins(%true : i1) outs(%77 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %79 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<2x4x16x16xi1>) outs(%78 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %132 = arith.andi %in, %out : i1
      linalg.yield %132 : i1
    } -> tensor<2x4x16x1xi1>
    %80 = linalg.generic {indexing_maps = [#map15, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79, %cst_4, %74 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_41: f32, %in_42: f32, %out: f32):
      %132 = arith.select %in, %in_41, %in_42 : f32
      linalg.yield %132 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %80 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %81 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_31 = tensor.expand_shape %81 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %82 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<2x4x16x16xf32>) outs(%82 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_34 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %83 = tensor.empty() : tensor<2x64x64xf32>
    %84 = linalg.generic {indexing_maps = [#map16, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_34 : tensor<64x64xf32>) outs(%83 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %85 = linalg.fill ins(%cst_0 : f32) outs(%8 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %86 = linalg.batch_matmul ins(%collapsed_33, %84 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%85 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %132 = arith.extf %in : f32 to f64
      linalg.yield %132 : f64
    } -> tensor<2x16x64xf64>
    %90 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%89 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.addf %in, %out : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %91 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.divf %in, %cst_10 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %92 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %91 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %132 = arith.subf %in, %in_41 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x64xf64>
    %93 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %92 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %132 = arith.mulf %in, %in_41 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x64xf64>
    %94 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%93 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.addf %in, %out : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %95 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.divf %in, %cst_10 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %96 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x1xf64>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %132 = arith.truncf %in : f64 to f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%88 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.addf %in, %out : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.divf %in, %cst_11 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.truncf %cst_9 : f64 to f32
      %133 = arith.addf %in, %132 : f32
      linalg.yield %133 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = math.rsqrt %in : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %98 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.subf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %100 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.mulf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.mulf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_35 = tensor.collapse_shape %104 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %105 = tensor.empty() : tensor<64x128xf32>
    %transposed_36 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%105 : tensor<64x128xf32>) permutation = [1, 0] 
    %106 = tensor.empty() : tensor<32x128xf32>
    %107 = linalg.fill ins(%cst_0 : f32) outs(%106 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %108 = linalg.matmul ins(%collapsed_35, %transposed_36 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%107 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %109 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%108, %arg16 : tensor<32x128xf32>, tensor<128xf32>) outs(%106 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<32x128xf32>
    %expanded_37 = tensor.expand_shape %109 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %110 = tensor.empty() : tensor<2x16x128xf32>
    %111 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_37 : tensor<2x16x128xf32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.divf %in, %cst_12 : f32
      %133 = math.erf %132 : f32
      %134 = arith.addf %133, %cst_2 : f32
      %135 = arith.mulf %134, %cst_3 : f32
      %136 = arith.mulf %in, %135 : f32
      linalg.yield %136 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_38 = tensor.collapse_shape %111 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %112 = tensor.empty() : tensor<128x64xf32>
    %transposed_39 = linalg.transpose ins(%arg17 : tensor<64x128xf32>) outs(%112 : tensor<128x64xf32>) permutation = [1, 0] 
    %113 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map1, #map2], iterator_types = ["parallel", "parallel"]} ins(%113, %arg18 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<32x64xf32>
    %expanded_40 = tensor.expand_shape %114 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_40, %104 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %132 = arith.extf %in : f32 to f64
      linalg.yield %132 : f64
    } -> tensor<2x16x64xf64>
    %117 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%116 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.addf %in, %out : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %118 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.divf %in, %cst_10 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %119 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %118 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %132 = arith.subf %in, %in_41 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x64xf64>
    %120 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %119 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%13 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_41: f64, %out: f64):
      %132 = arith.mulf %in, %in_41 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x64xf64>
    %121 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%120 : tensor<2x16x64xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.addf %in, %out : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %122 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %132 = arith.divf %in, %cst_10 : f64
      linalg.yield %132 : f64
    } -> tensor<2x16x1xf64>
    %123 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x1xf64>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %132 = arith.truncf %in : f64 to f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map4, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%115 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.addf %in, %out : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.divf %in, %cst_11 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = arith.truncf %cst_9 : f64 to f32
      %133 = arith.addf %in, %132 : f32
      linalg.yield %133 : f32
    } -> tensor<2x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x1xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %132 = math.rsqrt %in : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %125 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.subf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %127 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.mulf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.mulf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    %131 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_41: f32, %out: f32):
      %132 = arith.addf %in, %in_41 : f32
      linalg.yield %132 : f32
    } -> tensor<2x16x64xf32>
    return %131 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}
