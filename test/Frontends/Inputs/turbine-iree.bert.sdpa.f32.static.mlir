// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "bert", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map4 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0) -> (d0)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> ()>
#map10 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map12 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map17 = affine_map<(d0, d1, d2) -> (d1, d2)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<128x64xf32>, %arg32: tensor<128xf32>, %arg33: tensor<64x128xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<2x16xi64>, %arg38: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c128 = arith.constant 128 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %false = arith.constant false
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant 0xFF800000 : f32
    %cst_9 = arith.constant 9.99999996E-13 : f32
    %cst_10 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %cst_11 = arith.constant dense_resource<torch_tensor_1_64_torch.int64_1> : tensor<1x64xi64>
    %cst_12 = arith.constant 6.400000e+01 : f32
    %extracted_slice = tensor.extract_slice %cst_10[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<1x16xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%1 : tensor<1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %179 = arith.index_cast %in : i64 to index
      %180 = arith.cmpi slt, %179, %c64 : index
      cf.assert %180, "index must be smaller than dim size"
      %181 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %181, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_11[%c0, %179] : tensor<1x64xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x16xi64>
    %3 = tensor.empty() : tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %2 [[0, 1]] : tensor<1x16xi64> into tensor<16xi64>
    %4 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %5 = tensor.empty() : tensor<2x16x64xf32>
    %6 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg37 : tensor<2x16xi64>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %179 = arith.index_cast %in : i64 to index
      %180 = linalg.index 2 : index
      %181 = arith.cmpi slt, %179, %c128 : index
      cf.assert %181, "index must be smaller than dim size"
      %182 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %182, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%179, %180] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %179 = arith.index_cast %in : i64 to index
      %180 = linalg.index 2 : index
      %181 = arith.cmpi slt, %179, %c2 : index
      cf.assert %181, "index must be smaller than dim size"
      %182 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %182, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg2[%179, %180] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %7 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<1x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%9 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %179 = arith.index_cast %in : i64 to index
      %180 = linalg.index 2 : index
      %181 = arith.cmpi slt, %179, %c64 : index
      cf.assert %181, "index must be smaller than dim size"
      %182 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %182, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%179, %180] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %10 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %12 = tensor.empty() : tensor<2x16x1xf32>
    %13 = linalg.fill ins(%cst : f32) outs(%12 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_12 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_13 = tensor.collapse_shape %15 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %16 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_13 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.subf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %17 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_12 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %cst_9 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = math.rsqrt %in : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_14 = tensor.collapse_shape %22 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_14 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %27 = tensor.empty() : tensor<2x16xi1>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg38 : tensor<2x16xi64>) outs(%27 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %179 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %179 : i1
    } -> tensor<2x16xi1>
    %29 = tensor.empty() : tensor<2xi64>
    %30 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%29 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %179 = linalg.index 0 : index
      %180 = arith.index_cast %179 : index to i64
      linalg.yield %180 : i64
    } -> tensor<2xi64>
    %31 = tensor.empty() : tensor<16xi64>
    %32 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%31 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %179 = linalg.index 0 : index
      %180 = arith.index_cast %179 : index to i64
      linalg.yield %180 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %30 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_15 = tensor.expand_shape %32 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_16 = tensor.expand_shape %32 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %33 = tensor.empty() : tensor<1x1x16x1xi1>
    %34 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<1x1x16x1xi64>) outs(%33 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %179 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %179 : i1
    } -> tensor<1x1x16x1xi1>
    %35 = linalg.generic {indexing_maps = [#map9, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %34 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%33 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_76: i1, %out: i1):
      %179 = arith.andi %in, %in_76 : i1
      linalg.yield %179 : i1
    } -> tensor<1x1x16x1xi1>
    %36 = tensor.empty() : tensor<2x1x1x16xi1>
    %37 = linalg.generic {indexing_maps = [#map10, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%36 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_76: i64, %out: i1):
      %179 = arith.cmpi slt, %in, %c0_i64 : i64
      %180 = arith.addi %in, %c2_i64 : i64
      %181 = arith.select %179, %180, %in : i64
      %182 = arith.index_cast %181 : i64 to index
      %183 = arith.cmpi slt, %in_76, %c0_i64 : i64
      %184 = arith.addi %in_76, %c16_i64 : i64
      %185 = arith.select %183, %184, %in_76 : i64
      %186 = arith.index_cast %185 : i64 to index
      %extracted = tensor.extract %28[%182, %186] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %38 = tensor.empty() : tensor<2x1x16x16xi1>
    %39 = linalg.generic {indexing_maps = [#map12, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35, %37 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%38 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_76: i1, %out: i1):
      %179 = arith.andi %in, %in_76 : i1
      linalg.yield %179 : i1
    } -> tensor<2x1x16x16xi1>
    %collapsed_17 = tensor.collapse_shape %26 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %40 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %41 = tensor.empty() : tensor<32x64xf32>
    %42 = linalg.fill ins(%cst : f32) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %43 = linalg.matmul ins(%collapsed_17, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg6, %43 : tensor<64xf32>, tensor<32x64xf32>) outs(%41 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %44 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %45 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_20 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %46 = linalg.matmul ins(%collapsed_17, %transposed_20 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg8, %46 : tensor<64xf32>, tensor<32x64xf32>) outs(%41 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %47 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %48 = linalg.matmul ins(%collapsed_17, %transposed_22 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %49 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg10, %48 : tensor<64xf32>, tensor<32x64xf32>) outs(%41 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<32x64xf32>
    %expanded_23 = tensor.expand_shape %49 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %50 = tensor.empty() : tensor<2x1x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map8, #map9, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %cst_5, %cst_6 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%50 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_76: f32, %in_77: f32, %out: f32):
      %179 = arith.select %in, %in_76, %in_77 : f32
      linalg.yield %179 : f32
    } -> tensor<2x1x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.mulf %in, %cst_3 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %53 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.mulf %in, %cst_3 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %52 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %53 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %54 = tensor.empty() : tensor<8x16x16xf32>
    %55 = linalg.fill ins(%cst : f32) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %56 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %56 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_28, %51 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = tensor.empty() : tensor<2x4x16xi64>
    %59 = linalg.fill ins(%c0_i64 : i64) outs(%58 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %60 = tensor.empty() : tensor<2x4x16xf32>
    %61 = linalg.fill ins(%cst_0 : f32) outs(%60 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %62:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%61, %59 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_76: i64):
      %179 = linalg.index 3 : index
      %180 = arith.index_cast %179 : index to i64
      %181 = arith.maximumf %in, %out : f32
      %182 = arith.cmpf ogt, %in, %out : f32
      %183 = arith.select %182, %180, %out_76 : i64
      linalg.yield %181, %183 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_29 = tensor.expand_shape %62#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %63 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %expanded_29 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.subf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = math.exp %in : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %65 = tensor.empty() : tensor<2x4x16x1xf32>
    %66 = linalg.fill ins(%cst : f32) outs(%65 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%64 : tensor<2x4x16x16xf32>) outs(%66 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %67 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.divf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = tensor.empty() : tensor<2x4x16x16xi1>
    %70 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %179 = arith.cmpf oeq, %in, %cst_8 : f32
      linalg.yield %179 : i1
    } -> tensor<2x4x16x16xi1>
    %71 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70 : tensor<2x4x16x16xi1>) outs(%69 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %179 = arith.cmpi eq, %in, %false : i1
      linalg.yield %179 : i1
    } -> tensor<2x4x16x16xi1>
    %72 = tensor.empty() : tensor<2x4x16x1xi1>
    %73 = linalg.fill ins(%false : i1) outs(%72 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %74 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%71 : tensor<2x4x16x16xi1>) outs(%73 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %179 = arith.ori %in, %out : i1
      linalg.yield %179 : i1
    } -> tensor<2x4x16x1xi1>
    %75 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74 : tensor<2x4x16x1xi1>) outs(%72 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %179 = arith.cmpi eq, %in, %false : i1
      linalg.yield %179 : i1
    } -> tensor<2x4x16x1xi1>
    %76 = linalg.generic {indexing_maps = [#map16, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %cst_4, %68 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_76: f32, %in_77: f32, %out: f32):
      %179 = arith.select %in, %in_76, %in_77 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %76 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %77 = linalg.batch_matmul ins(%collapsed_30, %collapsed_31 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_32 = tensor.expand_shape %77 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_33 = linalg.transpose ins(%expanded_32 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_34 = tensor.collapse_shape %transposed_33 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_35 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %79 = tensor.empty() : tensor<2x64x64xf32>
    %80 = linalg.generic {indexing_maps = [#map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_35 : tensor<64x64xf32>) outs(%79 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %81 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %82 = linalg.batch_matmul ins(%collapsed_34, %80 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%81 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %26 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%84 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_12 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_36 = tensor.collapse_shape %86 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %87 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %87 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.subf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %88 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%89 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_12 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %cst_9 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = math.rsqrt %in : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_37 = tensor.collapse_shape %93 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %94 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_37 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_38 = tensor.collapse_shape %97 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %98 = tensor.empty() : tensor<64x128xf32>
    %transposed_39 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%98 : tensor<64x128xf32>) permutation = [1, 0] 
    %99 = tensor.empty() : tensor<32x128xf32>
    %100 = linalg.fill ins(%cst : f32) outs(%99 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %101 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%100 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg16, %101 : tensor<128xf32>, tensor<32x128xf32>) outs(%99 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<32x128xf32>
    %expanded_40 = tensor.expand_shape %102 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %103 = tensor.empty() : tensor<2x16x128xf32>
    %104 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_40 : tensor<2x16x128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_1 : f32
      %180 = math.erf %179 : f32
      %181 = arith.addf %180, %cst_2 : f32
      %182 = arith.mulf %181, %cst_3 : f32
      %183 = arith.mulf %in, %182 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_41 = tensor.collapse_shape %104 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %105 = tensor.empty() : tensor<128x64xf32>
    %transposed_42 = linalg.transpose ins(%arg17 : tensor<64x128xf32>) outs(%105 : tensor<128x64xf32>) permutation = [1, 0] 
    %106 = linalg.matmul ins(%collapsed_41, %transposed_42 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg18, %106 : tensor<64xf32>, tensor<32x64xf32>) outs(%41 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<32x64xf32>
    %expanded_43 = tensor.expand_shape %107 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43, %97 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_12 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %110 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %111 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.subf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %112 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_12 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %cst_9 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = math.rsqrt %in : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_45 = tensor.collapse_shape %117 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %118 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %118 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_46 = tensor.collapse_shape %121 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_47 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %122 = linalg.matmul ins(%collapsed_46, %transposed_47 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg22, %122 : tensor<64xf32>, tensor<32x64xf32>) outs(%41 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<32x64xf32>
    %expanded_48 = tensor.expand_shape %123 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_49 = linalg.transpose ins(%expanded_48 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_50 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %124 = linalg.matmul ins(%collapsed_46, %transposed_50 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg24, %124 : tensor<64xf32>, tensor<32x64xf32>) outs(%41 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<32x64xf32>
    %expanded_51 = tensor.expand_shape %125 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_52 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %126 = linalg.matmul ins(%collapsed_46, %transposed_52 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg26, %126 : tensor<64xf32>, tensor<32x64xf32>) outs(%41 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<32x64xf32>
    %expanded_53 = tensor.expand_shape %127 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_54 = linalg.transpose ins(%expanded_53 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %128 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_49 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.mulf %in, %cst_3 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_55 = linalg.transpose ins(%expanded_51 : tensor<2x16x4x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %129 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_55 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.mulf %in, %cst_3 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_56 = tensor.collapse_shape %128 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_57 = tensor.collapse_shape %129 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %130 = linalg.batch_matmul ins(%collapsed_56, %collapsed_57 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_58 = tensor.expand_shape %130 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %131 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_58, %51 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %132:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%131 : tensor<2x4x16x16xf32>) outs(%61, %59 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_76: i64):
      %179 = linalg.index 3 : index
      %180 = arith.index_cast %179 : index to i64
      %181 = arith.maximumf %in, %out : f32
      %182 = arith.cmpf ogt, %in, %out : f32
      %183 = arith.select %182, %180, %out_76 : i64
      linalg.yield %181, %183 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_59 = tensor.expand_shape %132#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %133 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%131, %expanded_59 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.subf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %134 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%133 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = math.exp %in : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %135 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%134 : tensor<2x4x16x16xf32>) outs(%66 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x1xf32>
    %136 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%134, %135 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.divf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %137 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%131 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %179 = arith.cmpf oeq, %in, %cst_8 : f32
      linalg.yield %179 : i1
    } -> tensor<2x4x16x16xi1>
    %138 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%137 : tensor<2x4x16x16xi1>) outs(%69 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %179 = arith.cmpi eq, %in, %false : i1
      linalg.yield %179 : i1
    } -> tensor<2x4x16x16xi1>
    %139 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%138 : tensor<2x4x16x16xi1>) outs(%73 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %179 = arith.ori %in, %out : i1
      linalg.yield %179 : i1
    } -> tensor<2x4x16x1xi1>
    %140 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%139 : tensor<2x4x16x1xi1>) outs(%72 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %179 = arith.cmpi eq, %in, %false : i1
      linalg.yield %179 : i1
    } -> tensor<2x4x16x1xi1>
    %141 = linalg.generic {indexing_maps = [#map16, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%140, %cst_4, %136 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_76: f32, %in_77: f32, %out: f32):
      %179 = arith.select %in, %in_76, %in_77 : f32
      linalg.yield %179 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_60 = tensor.collapse_shape %141 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_61 = tensor.collapse_shape %transposed_54 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %142 = linalg.batch_matmul ins(%collapsed_60, %collapsed_61 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_62 = tensor.expand_shape %142 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_63 = linalg.transpose ins(%expanded_62 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_64 = tensor.collapse_shape %transposed_63 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_65 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %143 = linalg.generic {indexing_maps = [#map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_65 : tensor<64x64xf32>) outs(%79 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %144 = linalg.batch_matmul ins(%collapsed_64, %143 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%81 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %145 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144, %arg28 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %146 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %121 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %147 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%146 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %148 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_12 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_66 = tensor.collapse_shape %148 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %149 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_66 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %149 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.subf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %150 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%151 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %153 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_12 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %154 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %cst_9 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = math.rsqrt %in : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_67 = tensor.collapse_shape %155 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %156 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_67 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %156 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %158 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %arg29 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %arg30 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_68 = tensor.collapse_shape %159 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_69 = linalg.transpose ins(%arg31 : tensor<128x64xf32>) outs(%98 : tensor<64x128xf32>) permutation = [1, 0] 
    %160 = linalg.matmul ins(%collapsed_68, %transposed_69 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%100 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg32, %160 : tensor<128xf32>, tensor<32x128xf32>) outs(%99 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<32x128xf32>
    %expanded_70 = tensor.expand_shape %161 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %162 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_70 : tensor<2x16x128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_1 : f32
      %180 = math.erf %179 : f32
      %181 = arith.addf %180, %cst_2 : f32
      %182 = arith.mulf %181, %cst_3 : f32
      %183 = arith.mulf %in, %182 : f32
      linalg.yield %183 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_71 = tensor.collapse_shape %162 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %transposed_72 = linalg.transpose ins(%arg33 : tensor<64x128xf32>) outs(%105 : tensor<128x64xf32>) permutation = [1, 0] 
    %163 = linalg.matmul ins(%collapsed_71, %transposed_72 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg34, %163 : tensor<64xf32>, tensor<32x64xf32>) outs(%41 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<32x64xf32>
    %expanded_73 = tensor.expand_shape %164 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %165 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_73, %159 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %166 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%165 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %167 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_12 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_74 = tensor.collapse_shape %167 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %168 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_74 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %169 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %168 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.subf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %170 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %169 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %171 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%170 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %out : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %172 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.divf %in, %cst_12 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %173 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = arith.addf %in, %cst_9 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %174 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %179 = math.rsqrt %in : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_75 = tensor.collapse_shape %174 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %175 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_75 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %176 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %175 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %177 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176, %arg35 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.mulf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    %178 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177, %arg36 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_76: f32, %out: f32):
      %179 = arith.addf %in, %in_76 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x64xf32>
    return %178 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000",
      torch_tensor_1_64_torch.int64_1: "0x080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}

