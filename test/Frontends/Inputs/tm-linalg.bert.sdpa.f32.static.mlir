// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "bert", "path": "tm-linalg", "shapes": "static"}
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
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<128x64xf32>, %arg32: tensor<128xf32>, %arg33: tensor<64x128xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<2x16xi64>, %arg40: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %c128 = arith.constant 128 : index
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
    %c0 = arith.constant 0 : index
    %cst_10 = arith.constant 6.400000e+01 : f64
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant 1.41421354 : f32
    %c2_i64 = arith.constant 2 : i64
    %cst_13 = arith.constant dense_resource<torch_tensor_1_64_torch.int64_1> : tensor<1x64xi64>
    %cst_14 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %extracted_slice = tensor.extract_slice %cst_14[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<1x16xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%1 : tensor<1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %193 = arith.index_cast %in : i64 to index
      %194 = arith.cmpi slt, %193, %c64 : index
      cf.assert %194, "index must be smaller than dim size"
      %195 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %195, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_13[%c0, %193] : tensor<1x64xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x16xi64>
    %3 = tensor.empty() : tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %2 [[0, 1]] : tensor<1x16xi64> into tensor<16xi64>
    %4 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %5 = tensor.empty() : tensor<2x16x64xf32>
    %6 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg39 : tensor<2x16xi64>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %193 = arith.index_cast %in : i64 to index
      %194 = linalg.index 2 : index
      %195 = arith.cmpi slt, %193, %c128 : index
      cf.assert %195, "index must be smaller than dim size"
      %196 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %196, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%193, %194] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %193 = arith.index_cast %in : i64 to index
      %194 = linalg.index 2 : index
      %195 = arith.cmpi slt, %193, %c2 : index
      cf.assert %195, "index must be smaller than dim size"
      %196 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %196, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg2[%193, %194] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %7 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<1x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%9 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %193 = arith.index_cast %in : i64 to index
      %194 = linalg.index 2 : index
      %195 = arith.cmpi slt, %193, %c64 : index
      cf.assert %195, "index must be smaller than dim size"
      %196 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %196, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%193, %194] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %10 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %12 = tensor.empty() : tensor<2x16x64xf64>
    %13 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %193 = arith.extf %in : f32 to f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %14 = tensor.empty() : tensor<2x16x1xf64>
    %15 = linalg.fill ins(%cst : f64) outs(%14 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %16 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.addf %in, %out : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %17 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.divf %in, %cst_10 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %18 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %17 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %193 = arith.subf %in, %in_68 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %19 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %18 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %193 = arith.mulf %in, %in_68 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %20 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.addf %in, %out : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %21 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.divf %in, %cst_10 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %22 = tensor.empty() : tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %193 = arith.truncf %in : f64 to f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.fill ins(%cst_0 : f32) outs(%22 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.addf %in, %out : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.divf %in, %cst_11 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.truncf %cst_9 : f64 to f32
      %194 = arith.addf %in, %193 : f32
      linalg.yield %194 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = math.rsqrt %in : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %26 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.subf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %28 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.mulf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.mulf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %33 = tensor.empty() : tensor<2x16xi1>
    %34 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg40 : tensor<2x16xi64>) outs(%33 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %193 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %193 : i1
    } -> tensor<2x16xi1>
    %35 = tensor.empty() : tensor<2xi64>
    %36 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%35 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %193 = linalg.index 0 : index
      %194 = arith.index_cast %193 : index to i64
      linalg.yield %194 : i64
    } -> tensor<2xi64>
    %37 = tensor.empty() : tensor<16xi64>
    %38 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%37 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %193 = linalg.index 0 : index
      %194 = arith.index_cast %193 : index to i64
      linalg.yield %194 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %36 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_15 = tensor.expand_shape %38 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_16 = tensor.expand_shape %38 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %39 = tensor.empty() : tensor<1x1x16x1xi1>
    %40 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<1x1x16x1xi64>) outs(%39 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %193 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %193 : i1
    } -> tensor<1x1x16x1xi1>
    %41 = linalg.generic {indexing_maps = [#map9, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %40 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%39 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_68: i1, %out: i1):
      %193 = arith.andi %in, %in_68 : i1
      linalg.yield %193 : i1
    } -> tensor<1x1x16x1xi1>
    %42 = tensor.empty() : tensor<2x1x1x16xi1>
    %43 = linalg.generic {indexing_maps = [#map10, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%42 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_68: i64, %out: i1):
      %193 = arith.cmpi slt, %in, %c0_i64 : i64
      %194 = arith.addi %in, %c2_i64 : i64
      %195 = arith.select %193, %194, %in : i64
      %196 = arith.index_cast %195 : i64 to index
      %197 = arith.cmpi slt, %in_68, %c0_i64 : i64
      %198 = arith.addi %in_68, %c16_i64 : i64
      %199 = arith.select %197, %198, %in_68 : i64
      %200 = arith.index_cast %199 : i64 to index
      %extracted = tensor.extract %34[%196, %200] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %44 = tensor.empty() : tensor<2x1x16x16xi1>
    %45 = linalg.generic {indexing_maps = [#map12, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41, %43 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%44 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_68: i1, %out: i1):
      %193 = arith.andi %in, %in_68 : i1
      linalg.yield %193 : i1
    } -> tensor<2x1x16x16xi1>
    %collapsed_17 = tensor.collapse_shape %32 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %46 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %47 = tensor.empty() : tensor<32x64xf32>
    %48 = linalg.fill ins(%cst_0 : f32) outs(%47 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %49 = linalg.matmul ins(%collapsed_17, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %50 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%49, %arg6 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %50 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %51 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_20 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %52 = linalg.matmul ins(%collapsed_17, %transposed_20 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%52, %arg8 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %53 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %54 = linalg.matmul ins(%collapsed_17, %transposed_22 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %55 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%54, %arg10 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<32x64xf32>
    %expanded_23 = tensor.expand_shape %55 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %56 = tensor.empty() : tensor<2x1x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map8, #map9, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %cst_5, %cst_6 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%56 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_68: f32, %in_69: f32, %out: f32):
      %193 = arith.select %in, %in_68, %in_69 : f32
      linalg.yield %193 : f32
    } -> tensor<2x1x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.mulf %in, %cst_3 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %59 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.mulf %in, %cst_3 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %60 = tensor.empty() : tensor<8x16x16xf32>
    %61 = linalg.fill ins(%cst_0 : f32) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %62 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_28 = tensor.expand_shape %62 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_28, %57 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x4x16xi64>
    %65 = linalg.fill ins(%c0_i64 : i64) outs(%64 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %66 = tensor.empty() : tensor<2x4x16xf32>
    %67 = linalg.fill ins(%cst_1 : f32) outs(%66 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %68:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%67, %65 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_68: i64):
      %193 = linalg.index 3 : index
      %194 = arith.index_cast %193 : index to i64
      %195 = arith.maximumf %in, %out : f32
      %196 = arith.cmpf ogt, %in, %out : f32
      %197 = arith.select %196, %194, %out_68 : i64
      linalg.yield %195, %197 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_29 = tensor.expand_shape %68#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_29 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.subf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = math.exp %in : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16x1xf32>
    %72 = linalg.fill ins(%cst_0 : f32) outs(%71 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.addf %in, %out : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %73 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.divf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x4x16x16xi1>
    %76 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %193 = arith.extf %in : f32 to f64
      %194 = arith.cmpf oeq, %193, %cst_8 : f64
      linalg.yield %194 : i1
    } -> tensor<2x4x16x16xi1>
    %77 = tensor.empty() : tensor<2x4x16x1xi1>
    %78 = linalg.fill ins(%true : i1) outs(%77 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %79 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<2x4x16x16xi1>) outs(%78 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %193 = arith.andi %in, %out : i1
      linalg.yield %193 : i1
    } -> tensor<2x4x16x1xi1>
    %80 = linalg.generic {indexing_maps = [#map16, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79, %cst_4, %74 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_68: f32, %in_69: f32, %out: f32):
      %193 = arith.select %in, %in_68, %in_69 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %80 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %81 = linalg.batch_matmul ins(%collapsed_30, %collapsed_31 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_32 = tensor.expand_shape %81 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %82 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_33 = linalg.transpose ins(%expanded_32 : tensor<2x4x16x16xf32>) outs(%82 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_34 = tensor.collapse_shape %transposed_33 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_35 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %83 = tensor.empty() : tensor<2x64x64xf32>
    %84 = linalg.generic {indexing_maps = [#map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_35 : tensor<64x64xf32>) outs(%83 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %85 = linalg.fill ins(%cst_0 : f32) outs(%5 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %86 = linalg.batch_matmul ins(%collapsed_34, %84 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%85 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %193 = arith.extf %in : f32 to f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %90 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%89 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.addf %in, %out : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %91 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.divf %in, %cst_10 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %92 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %91 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %193 = arith.subf %in, %in_68 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %93 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %92 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %193 = arith.mulf %in, %in_68 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %94 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%93 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.addf %in, %out : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %95 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.divf %in, %cst_10 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %96 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %193 = arith.truncf %in : f64 to f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %97 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%88 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.addf %in, %out : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.divf %in, %cst_11 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.truncf %cst_9 : f64 to f32
      %194 = arith.addf %in, %193 : f32
      linalg.yield %194 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = math.rsqrt %in : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88, %98 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.subf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %100 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.mulf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.mulf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_36 = tensor.collapse_shape %104 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %105 = tensor.empty() : tensor<64x128xf32>
    %transposed_37 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%105 : tensor<64x128xf32>) permutation = [1, 0] 
    %106 = tensor.empty() : tensor<32x128xf32>
    %107 = linalg.fill ins(%cst_0 : f32) outs(%106 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %108 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%107 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %109 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%108, %arg16 : tensor<32x128xf32>, tensor<128xf32>) outs(%106 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<32x128xf32>
    %expanded_38 = tensor.expand_shape %109 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %110 = tensor.empty() : tensor<2x16x128xf32>
    %111 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x16x128xf32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.divf %in, %cst_12 : f32
      %194 = math.erf %193 : f32
      %195 = arith.addf %194, %cst_2 : f32
      %196 = arith.mulf %195, %cst_3 : f32
      %197 = arith.mulf %in, %196 : f32
      linalg.yield %197 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_39 = tensor.collapse_shape %111 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %112 = tensor.empty() : tensor<128x64xf32>
    %transposed_40 = linalg.transpose ins(%arg17 : tensor<64x128xf32>) outs(%112 : tensor<128x64xf32>) permutation = [1, 0] 
    %113 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %114 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%113, %arg18 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<32x64xf32>
    %expanded_41 = tensor.expand_shape %114 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41, %104 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %193 = arith.extf %in : f32 to f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %117 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%116 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.addf %in, %out : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %118 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.divf %in, %cst_10 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %119 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %118 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %193 = arith.subf %in, %in_68 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %120 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %119 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %193 = arith.mulf %in, %in_68 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %121 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%120 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.addf %in, %out : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %122 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.divf %in, %cst_10 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %123 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %193 = arith.truncf %in : f64 to f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%115 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.addf %in, %out : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.divf %in, %cst_11 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.truncf %cst_9 : f64 to f32
      %194 = arith.addf %in, %193 : f32
      linalg.yield %194 : f32
    } -> tensor<2x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = math.rsqrt %in : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %125 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.subf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %127 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.mulf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %130 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.mulf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %131 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_42 = tensor.collapse_shape %131 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_43 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %132 = linalg.matmul ins(%collapsed_42, %transposed_43 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %133 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%132, %arg22 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<32x64xf32>
    %expanded_44 = tensor.expand_shape %133 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_45 = linalg.transpose ins(%expanded_44 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_46 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %134 = linalg.matmul ins(%collapsed_42, %transposed_46 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %135 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%134, %arg24 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<32x64xf32>
    %expanded_47 = tensor.expand_shape %135 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_48 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %136 = linalg.matmul ins(%collapsed_42, %transposed_48 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %137 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%136, %arg26 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<32x64xf32>
    %expanded_49 = tensor.expand_shape %137 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %138 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_45 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.mulf %in, %cst_3 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_51 = linalg.transpose ins(%expanded_47 : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %139 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_51 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.mulf %in, %cst_3 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_52 = tensor.collapse_shape %138 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_53 = tensor.collapse_shape %139 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %140 = linalg.batch_matmul ins(%collapsed_52, %collapsed_53 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_54 = tensor.expand_shape %140 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %141 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_54, %57 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %142:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%141 : tensor<2x4x16x16xf32>) outs(%67, %65 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_68: i64):
      %193 = linalg.index 3 : index
      %194 = arith.index_cast %193 : index to i64
      %195 = arith.maximumf %in, %out : f32
      %196 = arith.cmpf ogt, %in, %out : f32
      %197 = arith.select %196, %194, %out_68 : i64
      linalg.yield %195, %197 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_55 = tensor.expand_shape %142#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %143 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%141, %expanded_55 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.subf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %144 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = math.exp %in : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %145 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%144 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.addf %in, %out : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x1xf32>
    %146 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%144, %145 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.divf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %147 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%141 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %193 = arith.extf %in : f32 to f64
      %194 = arith.cmpf oeq, %193, %cst_8 : f64
      linalg.yield %194 : i1
    } -> tensor<2x4x16x16xi1>
    %148 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%147 : tensor<2x4x16x16xi1>) outs(%78 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %193 = arith.andi %in, %out : i1
      linalg.yield %193 : i1
    } -> tensor<2x4x16x1xi1>
    %149 = linalg.generic {indexing_maps = [#map16, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%148, %cst_4, %146 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_68: f32, %in_69: f32, %out: f32):
      %193 = arith.select %in, %in_68, %in_69 : f32
      linalg.yield %193 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_56 = tensor.collapse_shape %149 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_57 = tensor.collapse_shape %transposed_50 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %150 = linalg.batch_matmul ins(%collapsed_56, %collapsed_57 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_58 = tensor.expand_shape %150 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<2x4x16x16xf32>) outs(%82 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_60 = tensor.collapse_shape %transposed_59 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_61 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%46 : tensor<64x64xf32>) permutation = [1, 0] 
    %151 = linalg.generic {indexing_maps = [#map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_61 : tensor<64x64xf32>) outs(%83 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %152 = linalg.batch_matmul ins(%collapsed_60, %151 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%85 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %153 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %arg28 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %154 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %131 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %193 = arith.extf %in : f32 to f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %156 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%155 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.addf %in, %out : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %157 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.divf %in, %cst_10 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %158 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %157 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %193 = arith.subf %in, %in_68 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %159 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %158 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %193 = arith.mulf %in, %in_68 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %160 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%159 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.addf %in, %out : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %161 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.divf %in, %cst_10 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %162 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %193 = arith.truncf %in : f64 to f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %163 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%154 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.addf %in, %out : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %164 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.divf %in, %cst_11 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %165 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.truncf %cst_9 : f64 to f32
      %194 = arith.addf %in, %193 : f32
      linalg.yield %194 : f32
    } -> tensor<2x16x1xf32>
    %166 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = math.rsqrt %in : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %167 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %164 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.subf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %168 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %166 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.mulf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %169 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %arg29 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.mulf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %170 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %arg30 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_62 = tensor.collapse_shape %170 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_63 = linalg.transpose ins(%arg31 : tensor<128x64xf32>) outs(%105 : tensor<64x128xf32>) permutation = [1, 0] 
    %171 = linalg.matmul ins(%collapsed_62, %transposed_63 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%107 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %172 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%171, %arg32 : tensor<32x128xf32>, tensor<128xf32>) outs(%106 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<32x128xf32>
    %expanded_64 = tensor.expand_shape %172 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %173 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_64 : tensor<2x16x128xf32>) outs(%110 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.divf %in, %cst_12 : f32
      %194 = math.erf %193 : f32
      %195 = arith.addf %194, %cst_2 : f32
      %196 = arith.mulf %195, %cst_3 : f32
      %197 = arith.mulf %in, %196 : f32
      linalg.yield %197 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_65 = tensor.collapse_shape %173 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %transposed_66 = linalg.transpose ins(%arg33 : tensor<64x128xf32>) outs(%112 : tensor<128x64xf32>) permutation = [1, 0] 
    %174 = linalg.matmul ins(%collapsed_65, %transposed_66 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%48 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %175 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%174, %arg34 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<32x64xf32>
    %expanded_67 = tensor.expand_shape %175 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %176 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_67, %170 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %177 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %193 = arith.extf %in : f32 to f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %178 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%177 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.addf %in, %out : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %179 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.divf %in, %cst_10 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %180 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177, %179 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %193 = arith.subf %in, %in_68 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %181 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180, %180 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_68: f64, %out: f64):
      %193 = arith.mulf %in, %in_68 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x64xf64>
    %182 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%181 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.addf %in, %out : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %183 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %193 = arith.divf %in, %cst_10 : f64
      linalg.yield %193 : f64
    } -> tensor<2x16x1xf64>
    %184 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %193 = arith.truncf %in : f64 to f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %185 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%176 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.addf %in, %out : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %186 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%185 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.divf %in, %cst_11 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %187 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = arith.truncf %cst_9 : f64 to f32
      %194 = arith.addf %in, %193 : f32
      linalg.yield %194 : f32
    } -> tensor<2x16x1xf32>
    %188 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %193 = math.rsqrt %in : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x1xf32>
    %189 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176, %186 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.subf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %190 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%189, %188 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.mulf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %191 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190, %arg35 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.mulf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    %192 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191, %arg36 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_68: f32, %out: f32):
      %193 = arith.addf %in, %in_68 : f32
      linalg.yield %193 : f32
    } -> tensor<2x16x64xf32>
    return %192 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64_1: "0x080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000"
    }
  }
#-}
