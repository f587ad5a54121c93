// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "sdpa", "dtype": "bf16", "expected_blocks": 3, "func": "forward", "model": "bart", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d1)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
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
#map17 = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3)>
#map18 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xbf16>, %arg1: tensor<66x64xbf16>, %arg2: tensor<64x64xbf16>, %arg3: tensor<64xbf16>, %arg4: tensor<64x64xbf16>, %arg5: tensor<64xbf16>, %arg6: tensor<64x64xbf16>, %arg7: tensor<64xbf16>, %arg8: tensor<64x64xbf16>, %arg9: tensor<64xbf16>, %arg10: tensor<64xbf16>, %arg11: tensor<64xbf16>, %arg12: tensor<128x64xbf16>, %arg13: tensor<128xbf16>, %arg14: tensor<64x128xbf16>, %arg15: tensor<64xbf16>, %arg16: tensor<64xbf16>, %arg17: tensor<64xbf16>, %arg18: tensor<64xbf16>, %arg19: tensor<64xbf16>, %arg20: tensor<66x64xbf16>, %arg21: tensor<64x64xbf16>, %arg22: tensor<64xbf16>, %arg23: tensor<64x64xbf16>, %arg24: tensor<64xbf16>, %arg25: tensor<64x64xbf16>, %arg26: tensor<64xbf16>, %arg27: tensor<64x64xbf16>, %arg28: tensor<64xbf16>, %arg29: tensor<64xbf16>, %arg30: tensor<64xbf16>, %arg31: tensor<64x64xbf16>, %arg32: tensor<64xbf16>, %arg33: tensor<64x64xbf16>, %arg34: tensor<64xbf16>, %arg35: tensor<64x64xbf16>, %arg36: tensor<64xbf16>, %arg37: tensor<64x64xbf16>, %arg38: tensor<64xbf16>, %arg39: tensor<64xbf16>, %arg40: tensor<64xbf16>, %arg41: tensor<128x64xbf16>, %arg42: tensor<128xbf16>, %arg43: tensor<64x128xbf16>, %arg44: tensor<64xbf16>, %arg45: tensor<64xbf16>, %arg46: tensor<64xbf16>, %arg47: tensor<64xbf16>, %arg48: tensor<64xbf16>, %arg49: tensor<2x16xi64>, %arg50: tensor<2x16xi64>, %arg51: tensor<2x8xi64>) -> tensor<2x8x64xbf16> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %c66 = arith.constant 66 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : bf16
    %cst_3 = arith.constant 2.000000e+00 : bf16
    %cst_4 = arith.constant 5.000000e-01 : bf16
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<2x4x8x16xf32>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<2x4x8x8xf32>
    %cst_7 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_8 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_9 = arith.constant dense<0xFF80> : tensor<bf16>
    %cst_10 = arith.constant dense<true> : tensor<i1>
    %cst_11 = arith.constant 0xFFF0000000000000 : f64
    %cst_12 = arith.constant 1.000000e-05 : f64
    %cst_13 = arith.constant 6.400000e+01 : f64
    %cst_14 = arith.constant 6.400000e+01 : f32
    %cst_15 = arith.constant 5.000000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg49 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %383 = arith.index_cast %in : i64 to index
      %384 = linalg.index 2 : index
      %385 = arith.cmpi slt, %383, %c128 : index
      cf.assert %385, "index must be smaller than dim size"
      %386 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %386, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%383, %384] : tensor<128x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x16x64xbf16>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %383 = linalg.index 0 : index
      %384 = arith.index_cast %383 : index to i64
      linalg.yield %384 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi64>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %6 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %383 = arith.addi %in, %c2_i64 : i64
      linalg.yield %383 : i64
    } -> tensor<2x16xi64>
    %7 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %383 = arith.index_cast %in : i64 to index
      %384 = linalg.index 2 : index
      %385 = arith.cmpi slt, %383, %c66 : index
      cf.assert %385, "index must be smaller than dim size"
      %386 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %386, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%383, %384] : tensor<66x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x16x64xbf16>
    %8 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %383 = arith.addf %in, %in_96 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x16x64xbf16>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x16x64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x64xf64>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %383 = arith.extf %in : f32 to f64
      linalg.yield %383 : f64
    } -> tensor<2x16x64xf64>
    %13 = tensor.empty() : tensor<2x16x1xf64>
    %14 = linalg.fill ins(%cst : f64) outs(%13 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %15 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %17 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %16 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.subf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x64xf64>
    %18 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %17 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.mulf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x64xf64>
    %19 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %21 = tensor.empty() : tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf64>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %383 = arith.truncf %in : f64 to f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.fill ins(%cst_0 : f32) outs(%21 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.addf %in, %out : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.divf %in, %cst_14 : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.truncf %cst_12 : f64 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = math.rsqrt %in : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %25 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.subf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %27 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.mulf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %arg18 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.mulf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg19 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x16x64xbf16>
    %33 = tensor.empty() : tensor<2x16xi1>
    %34 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg50 : tensor<2x16xi64>) outs(%33 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %383 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %383 : i1
    } -> tensor<2x16xi1>
    %35 = tensor.empty() : tensor<2xi64>
    %36 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%35 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %383 = linalg.index 0 : index
      %384 = arith.index_cast %383 : index to i64
      linalg.yield %384 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %36 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_16 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_17 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %37 = tensor.empty() : tensor<1x1x16x1xi1>
    %38 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_16 : tensor<1x1x16x1xi64>) outs(%37 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %383 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %383 : i1
    } -> tensor<1x1x16x1xi1>
    %39 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_10, %38 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%37 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_96: i1, %out: i1):
      %383 = arith.andi %in, %in_96 : i1
      linalg.yield %383 : i1
    } -> tensor<1x1x16x1xi1>
    %40 = tensor.empty() : tensor<2x1x1x16xi1>
    %41 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_17 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%40 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_96: i64, %out: i1):
      %383 = arith.cmpi slt, %in, %c0_i64 : i64
      %384 = arith.addi %in, %c2_i64 : i64
      %385 = arith.select %383, %384, %in : i64
      %386 = arith.index_cast %385 : i64 to index
      %387 = arith.cmpi slt, %in_96, %c0_i64 : i64
      %388 = arith.addi %in_96, %c16_i64 : i64
      %389 = arith.select %387, %388, %in_96 : i64
      %390 = arith.index_cast %389 : i64 to index
      %extracted = tensor.extract %34[%386, %390] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %42 = tensor.empty() : tensor<2x1x16x16xi1>
    %43 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %41 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%42 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_96: i1, %out: i1):
      %383 = arith.andi %in, %in_96 : i1
      linalg.yield %383 : i1
    } -> tensor<2x1x16x16xi1>
    %collapsed = tensor.collapse_shape %32 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %44 = tensor.empty() : tensor<64x64xbf16>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %45 = tensor.empty() : tensor<64xf32>
    %46 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg7 : tensor<64xbf16>) outs(%45 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64xf32>
    %47 = tensor.empty() : tensor<32x64xf32>
    %48 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32x64xbf16>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<32x64xf32>
    %49 = tensor.empty() : tensor<64x64xf32>
    %50 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed : tensor<64x64xbf16>) outs(%49 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64x64xf32>
    %51 = linalg.fill ins(%cst_0 : f32) outs(%47 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %52 = linalg.matmul ins(%48, %50 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%51 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %53 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%52, %46 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<32x64xf32>
    %54 = tensor.empty() : tensor<32x64xbf16>
    %55 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%53 : tensor<32x64xf32>) outs(%54 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<32x64xbf16>
    %expanded_18 = tensor.expand_shape %55 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %56 = tensor.empty() : tensor<2x4x16x16xbf16>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xbf16>) outs(%56 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_20 = linalg.transpose ins(%arg2 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %57 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg3 : tensor<64xbf16>) outs(%45 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_20 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64x64xf32>
    %59 = linalg.matmul ins(%48, %58 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%51 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %60 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%59, %57 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<32x64xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%60 : tensor<32x64xf32>) outs(%54 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<32x64xbf16>
    %transposed_21 = linalg.transpose ins(%arg4 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %62 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg5 : tensor<64xbf16>) outs(%45 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_21 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64x64xf32>
    %64 = linalg.matmul ins(%48, %63 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%51 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %65 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%64, %62 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<32x64xf32>
    %66 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%65 : tensor<32x64xf32>) outs(%54 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<32x64xbf16>
    %expanded_22 = tensor.expand_shape %61 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xbf16>) outs(%56 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_24 = tensor.expand_shape %66 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<2x16x4x16xbf16>) outs(%56 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %67 = tensor.empty() : tensor<2x1x16x16xbf16>
    %68 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %cst_8, %cst_9 : tensor<2x1x16x16xi1>, tensor<bf16>, tensor<bf16>) outs(%67 : tensor<2x1x16x16xbf16>) {
    ^bb0(%in: i1, %in_96: bf16, %in_97: bf16, %out: bf16):
      %383 = arith.select %in, %in_96, %in_97 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x1x16x16xbf16>
    %69 = tensor.empty() : tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19 : tensor<2x4x16x16xbf16>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_23 : tensor<2x4x16x16xbf16>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %72 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<2x4x16x16xbf16>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %73 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.mulf %in, %cst_15 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_26 = linalg.transpose ins(%71 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %74 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_26 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.mulf %in, %cst_15 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %73 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %74 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %75 = tensor.empty() : tensor<8x16x16xf32>
    %76 = linalg.fill ins(%cst_0 : f32) outs(%75 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %77 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%76 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_29 = tensor.expand_shape %77 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %78 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_29, %68 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xbf16>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x4x16x16xf32>
    %79 = tensor.empty() : tensor<2x4x16xi64>
    %80 = linalg.fill ins(%c0_i64 : i64) outs(%79 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %81 = tensor.empty() : tensor<2x4x16xf32>
    %82 = linalg.fill ins(%cst_1 : f32) outs(%81 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %83:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%78 : tensor<2x4x16x16xf32>) outs(%82, %80 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_96: i64):
      %383 = linalg.index 3 : index
      %384 = arith.index_cast %383 : index to i64
      %385 = arith.maximumf %in, %out : f32
      %386 = arith.cmpf ogt, %in, %out : f32
      %387 = arith.select %386, %384, %out_96 : i64
      linalg.yield %385, %387 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_30 = tensor.expand_shape %83#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%78, %expanded_30 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.subf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %85 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%84 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = math.exp %in : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %86 = tensor.empty() : tensor<2x4x16x1xf32>
    %87 = linalg.fill ins(%cst_0 : f32) outs(%86 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%85 : tensor<2x4x16x16xf32>) outs(%87 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.addf %in, %out : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%85, %88 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.divf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %90 = tensor.empty() : tensor<2x4x16x16xi1>
    %91 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%78 : tensor<2x4x16x16xf32>) outs(%90 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %383 = arith.extf %in : f32 to f64
      %384 = arith.cmpf oeq, %383, %cst_11 : f64
      linalg.yield %384 : i1
    } -> tensor<2x4x16x16xi1>
    %92 = tensor.empty() : tensor<2x4x16x1xi1>
    %93 = linalg.fill ins(%true : i1) outs(%92 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %94 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%91 : tensor<2x4x16x16xi1>) outs(%93 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %383 = arith.andi %in, %out : i1
      linalg.yield %383 : i1
    } -> tensor<2x4x16x1xi1>
    %95 = linalg.generic {indexing_maps = [#map15, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%94, %cst_7, %89 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_96: f32, %in_97: f32, %out: f32):
      %383 = arith.select %in, %in_96, %in_97 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %95 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %72 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %96 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%76 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_33 = tensor.expand_shape %96 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %97 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33 : tensor<2x4x16x16xf32>) outs(%56 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x4x16x16xbf16>
    %98 = tensor.empty() : tensor<2x16x4x16xbf16>
    %transposed_34 = linalg.transpose ins(%97 : tensor<2x4x16x16xbf16>) outs(%98 : tensor<2x16x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_35 = tensor.collapse_shape %transposed_34 [[0], [1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<2x16x64xbf16>
    %transposed_36 = linalg.transpose ins(%arg8 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %99 = tensor.empty() : tensor<2x64x64xbf16>
    %100 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_36 : tensor<64x64xbf16>) outs(%99 : tensor<2x64x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x64x64xbf16>
    %101 = linalg.fill ins(%cst_0 : f32) outs(%9 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %102 = linalg.batch_matmul ins(%collapsed_35, %100 : tensor<2x16x64xbf16>, tensor<2x64x64xbf16>) outs(%101 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x16x64xbf16>
    %104 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %arg9 : tensor<2x16x64xbf16>, tensor<64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %383 = arith.addf %in, %in_96 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x16x64xbf16>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %104 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %383 = arith.addf %in, %in_96 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x16x64xbf16>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %383 = arith.extf %in : f32 to f64
      linalg.yield %383 : f64
    } -> tensor<2x16x64xf64>
    %108 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%107 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %110 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %109 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.subf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x64xf64>
    %111 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %110 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.mulf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x64xf64>
    %112 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf64>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %383 = arith.truncf %in : f64 to f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.addf %in, %out : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.divf %in, %cst_14 : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.truncf %cst_12 : f64 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = math.rsqrt %in : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %116 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.subf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %118 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.mulf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg10 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.mulf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %arg11 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_37 = tensor.collapse_shape %123 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %124 = tensor.empty() : tensor<64x128xbf16>
    %transposed_38 = linalg.transpose ins(%arg12 : tensor<128x64xbf16>) outs(%124 : tensor<64x128xbf16>) permutation = [1, 0] 
    %125 = tensor.empty() : tensor<128xf32>
    %126 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg13 : tensor<128xbf16>) outs(%125 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<128xf32>
    %127 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_37 : tensor<32x64xbf16>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<32x64xf32>
    %128 = tensor.empty() : tensor<64x128xf32>
    %129 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_38 : tensor<64x128xbf16>) outs(%128 : tensor<64x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64x128xf32>
    %130 = tensor.empty() : tensor<32x128xf32>
    %131 = linalg.fill ins(%cst_0 : f32) outs(%130 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %132 = linalg.matmul ins(%127, %129 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%131 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %133 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%132, %126 : tensor<32x128xf32>, tensor<128xf32>) outs(%130 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<32x128xf32>
    %134 = tensor.empty() : tensor<32x128xbf16>
    %135 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%133 : tensor<32x128xf32>) outs(%134 : tensor<32x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<32x128xbf16>
    %expanded_39 = tensor.expand_shape %135 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %136 = tensor.empty() : tensor<2x16x128xbf16>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<2x16x128xbf16>) outs(%136 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %383 = math.sqrt %cst_3 : bf16
      %384 = arith.divf %in, %383 : bf16
      %385 = math.erf %384 : bf16
      %386 = arith.addf %385, %cst_2 : bf16
      %387 = arith.mulf %386, %cst_4 : bf16
      %388 = arith.mulf %in, %387 : bf16
      linalg.yield %388 : bf16
    } -> tensor<2x16x128xbf16>
    %collapsed_40 = tensor.collapse_shape %137 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %138 = tensor.empty() : tensor<128x64xbf16>
    %transposed_41 = linalg.transpose ins(%arg14 : tensor<64x128xbf16>) outs(%138 : tensor<128x64xbf16>) permutation = [1, 0] 
    %139 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg15 : tensor<64xbf16>) outs(%45 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64xf32>
    %140 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_40 : tensor<32x128xbf16>) outs(%130 : tensor<32x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<32x128xf32>
    %141 = tensor.empty() : tensor<128x64xf32>
    %142 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_41 : tensor<128x64xbf16>) outs(%141 : tensor<128x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<128x64xf32>
    %143 = linalg.matmul ins(%140, %142 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%51 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %144 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%143, %139 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<32x64xf32>
    %145 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%144 : tensor<32x64xf32>) outs(%54 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<32x64xbf16>
    %expanded_42 = tensor.expand_shape %145 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %146 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123, %expanded_42 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %383 = arith.addf %in, %in_96 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x16x64xbf16>
    %147 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x16x64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x16x64xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %383 = arith.extf %in : f32 to f64
      linalg.yield %383 : f64
    } -> tensor<2x16x64xf64>
    %149 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%148 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %151 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148, %150 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.subf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x64xf64>
    %152 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151, %151 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.mulf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x64xf64>
    %153 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%152 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x16x1xf64>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x1xf64>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %383 = arith.truncf %in : f64 to f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%147 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.addf %in, %out : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.divf %in, %cst_14 : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.truncf %cst_12 : f64 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x16x1xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = math.rsqrt %in : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x1xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %157 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.subf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %159 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.mulf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %arg16 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.mulf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %arg17 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x16x64xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x16x64xbf16>
    %165 = tensor.empty() : tensor<2x8x64xbf16>
    %166 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg51 : tensor<2x8xi64>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %383 = arith.index_cast %in : i64 to index
      %384 = linalg.index 2 : index
      %385 = arith.cmpi slt, %383, %c128 : index
      cf.assert %385, "index must be smaller than dim size"
      %386 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %386, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%383, %384] : tensor<128x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x8x64xbf16>
    %167 = tensor.empty() : tensor<8xi64>
    %168 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%167 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %383 = linalg.index 0 : index
      %384 = arith.index_cast %383 : index to i64
      linalg.yield %384 : i64
    } -> tensor<8xi64>
    %expanded_43 = tensor.expand_shape %168 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_44 = tensor.expand_shape %168 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %169 = tensor.empty() : tensor<1x1x8x8xi1>
    %170 = linalg.generic {indexing_maps = [#map12, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_44, %expanded_43 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%169 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_96: i64, %out: i1):
      %383 = arith.cmpi sle, %in, %in_96 : i64
      linalg.yield %383 : i1
    } -> tensor<1x1x8x8xi1>
    %171 = tensor.empty() : tensor<2x1x8x8xi1>
    %collapsed_45 = tensor.collapse_shape %170 [[0, 1], [2], [3]] : tensor<1x1x8x8xi1> into tensor<1x8x8xi1>
    %172 = linalg.generic {indexing_maps = [#map17, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<1x8x8xi1>) outs(%171 : tensor<2x1x8x8xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x8x8xi1>
    %173 = tensor.empty() : tensor<1x1x8x1xi1>
    %174 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_43 : tensor<1x1x8x1xi64>) outs(%173 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %383 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %383 : i1
    } -> tensor<1x1x8x1xi1>
    %175 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_10, %174 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%173 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_96: i1, %out: i1):
      %383 = arith.andi %in, %in_96 : i1
      linalg.yield %383 : i1
    } -> tensor<1x1x8x1xi1>
    %176 = tensor.empty() : tensor<2x1x8x16xi1>
    %177 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%175, %41 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%176 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_96: i1, %out: i1):
      %383 = arith.andi %in, %in_96 : i1
      linalg.yield %383 : i1
    } -> tensor<2x1x8x16xi1>
    %expanded_46 = tensor.expand_shape %168 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %178 = tensor.empty() : tensor<1x8xi64>
    %179 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded_46 : tensor<1x8xi64>) outs(%178 : tensor<1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %383 = arith.addi %in, %c2_i64 : i64
      linalg.yield %383 : i64
    } -> tensor<1x8xi64>
    %180 = tensor.empty() : tensor<1x8x64xbf16>
    %181 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179 : tensor<1x8xi64>) outs(%180 : tensor<1x8x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %383 = arith.index_cast %in : i64 to index
      %384 = linalg.index 2 : index
      %385 = arith.cmpi slt, %383, %c66 : index
      cf.assert %385, "index must be smaller than dim size"
      %386 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %386, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg20[%383, %384] : tensor<66x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x8x64xbf16>
    %182 = linalg.generic {indexing_maps = [#map1, #map18, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %181 : tensor<2x8x64xbf16>, tensor<1x8x64xbf16>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %383 = arith.addf %in, %in_96 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    %183 = tensor.empty() : tensor<2x8x64xf32>
    %184 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182 : tensor<2x8x64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %185 = tensor.empty() : tensor<2x8x64xf64>
    %186 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184 : tensor<2x8x64xf32>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %383 = arith.extf %in : f32 to f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %187 = tensor.empty() : tensor<2x8x1xf64>
    %188 = linalg.fill ins(%cst : f64) outs(%187 : tensor<2x8x1xf64>) -> tensor<2x8x1xf64>
    %189 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%186 : tensor<2x8x64xf64>) outs(%188 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %190 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%189 : tensor<2x8x1xf64>) outs(%187 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %191 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%186, %190 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.subf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %192 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191, %191 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.mulf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %193 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%192 : tensor<2x8x64xf64>) outs(%188 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %194 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193 : tensor<2x8x1xf64>) outs(%187 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %195 = tensor.empty() : tensor<2x8x1xf32>
    %196 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<2x8x1xf64>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %383 = arith.truncf %in : f64 to f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %197 = linalg.fill ins(%cst_0 : f32) outs(%195 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %198 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%184 : tensor<2x8x64xf32>) outs(%197 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.addf %in, %out : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %199 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.divf %in, %cst_14 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %200 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.truncf %cst_12 : f64 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x1xf32>
    %201 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = math.rsqrt %in : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %202 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184, %199 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.subf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %203 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202, %201 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.mulf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %204 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%203, %arg47 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.mulf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x64xf32>
    %205 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%204, %arg48 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x64xf32>
    %206 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%205 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    %collapsed_47 = tensor.collapse_shape %206 [[0, 1], [2]] : tensor<2x8x64xbf16> into tensor<16x64xbf16>
    %transposed_48 = linalg.transpose ins(%arg25 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %207 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg26 : tensor<64xbf16>) outs(%45 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64xf32>
    %208 = tensor.empty() : tensor<16x64xf32>
    %209 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_47 : tensor<16x64xbf16>) outs(%208 : tensor<16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<16x64xf32>
    %210 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_48 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64x64xf32>
    %211 = linalg.fill ins(%cst_0 : f32) outs(%208 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %212 = linalg.matmul ins(%209, %210 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%211 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %213 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%212, %207 : tensor<16x64xf32>, tensor<64xf32>) outs(%208 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<16x64xf32>
    %214 = tensor.empty() : tensor<16x64xbf16>
    %215 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%213 : tensor<16x64xf32>) outs(%214 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<16x64xbf16>
    %expanded_49 = tensor.expand_shape %215 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %216 = tensor.empty() : tensor<2x4x8x16xbf16>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<2x8x4x16xbf16>) outs(%216 : tensor<2x4x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_51 = linalg.transpose ins(%arg21 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %217 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg22 : tensor<64xbf16>) outs(%45 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64xf32>
    %218 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_51 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64x64xf32>
    %219 = linalg.matmul ins(%209, %218 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%211 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %220 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%219, %217 : tensor<16x64xf32>, tensor<64xf32>) outs(%208 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<16x64xf32>
    %221 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%220 : tensor<16x64xf32>) outs(%214 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<16x64xbf16>
    %transposed_52 = linalg.transpose ins(%arg23 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %222 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg24 : tensor<64xbf16>) outs(%45 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64xf32>
    %223 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_52 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64x64xf32>
    %224 = linalg.matmul ins(%209, %223 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%211 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %225 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%224, %222 : tensor<16x64xf32>, tensor<64xf32>) outs(%208 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<16x64xf32>
    %226 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%225 : tensor<16x64xf32>) outs(%214 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<16x64xbf16>
    %expanded_53 = tensor.expand_shape %221 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %transposed_54 = linalg.transpose ins(%expanded_53 : tensor<2x8x4x16xbf16>) outs(%216 : tensor<2x4x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_55 = tensor.expand_shape %226 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %transposed_56 = linalg.transpose ins(%expanded_55 : tensor<2x8x4x16xbf16>) outs(%216 : tensor<2x4x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %227 = tensor.empty() : tensor<2x1x8x8xbf16>
    %228 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%172, %cst_8, %cst_9 : tensor<2x1x8x8xi1>, tensor<bf16>, tensor<bf16>) outs(%227 : tensor<2x1x8x8xbf16>) {
    ^bb0(%in: i1, %in_96: bf16, %in_97: bf16, %out: bf16):
      %383 = arith.select %in, %in_96, %in_97 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x1x8x8xbf16>
    %229 = tensor.empty() : tensor<2x4x8x16xf32>
    %230 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<2x4x8x16xbf16>) outs(%229 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x16xf32>
    %231 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_54 : tensor<2x4x8x16xbf16>) outs(%229 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x16xf32>
    %232 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_56 : tensor<2x4x8x16xbf16>) outs(%229 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x16xf32>
    %233 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%230 : tensor<2x4x8x16xf32>) outs(%229 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.mulf %in, %cst_15 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x16xf32>
    %234 = tensor.empty() : tensor<2x4x16x8xf32>
    %transposed_57 = linalg.transpose ins(%231 : tensor<2x4x8x16xf32>) outs(%234 : tensor<2x4x16x8xf32>) permutation = [0, 1, 3, 2] 
    %235 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_57 : tensor<2x4x16x8xf32>) outs(%234 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.mulf %in, %cst_15 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x8xf32>
    %collapsed_58 = tensor.collapse_shape %233 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_59 = tensor.collapse_shape %235 [[0, 1], [2], [3]] : tensor<2x4x16x8xf32> into tensor<8x16x8xf32>
    %236 = tensor.empty() : tensor<8x8x8xf32>
    %237 = linalg.fill ins(%cst_0 : f32) outs(%236 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %238 = linalg.batch_matmul ins(%collapsed_58, %collapsed_59 : tensor<8x8x16xf32>, tensor<8x16x8xf32>) outs(%237 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %expanded_60 = tensor.expand_shape %238 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xf32> into tensor<2x4x8x8xf32>
    %239 = tensor.empty() : tensor<2x4x8x8xf32>
    %240 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_60, %228 : tensor<2x4x8x8xf32>, tensor<2x1x8x8xbf16>) outs(%239 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x4x8x8xf32>
    %241 = tensor.empty() : tensor<2x4x8xi64>
    %242 = linalg.fill ins(%c0_i64 : i64) outs(%241 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %243 = tensor.empty() : tensor<2x4x8xf32>
    %244 = linalg.fill ins(%cst_1 : f32) outs(%243 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %245:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%240 : tensor<2x4x8x8xf32>) outs(%244, %242 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_96: i64):
      %383 = linalg.index 3 : index
      %384 = arith.index_cast %383 : index to i64
      %385 = arith.maximumf %in, %out : f32
      %386 = arith.cmpf ogt, %in, %out : f32
      %387 = arith.select %386, %384, %out_96 : i64
      linalg.yield %385, %387 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_61 = tensor.expand_shape %245#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %246 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%240, %expanded_61 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%239 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.subf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x8xf32>
    %247 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%246 : tensor<2x4x8x8xf32>) outs(%239 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = math.exp %in : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x8xf32>
    %248 = tensor.empty() : tensor<2x4x8x1xf32>
    %249 = linalg.fill ins(%cst_0 : f32) outs(%248 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %250 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%247 : tensor<2x4x8x8xf32>) outs(%249 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.addf %in, %out : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x1xf32>
    %251 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%247, %250 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%239 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.divf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x8xf32>
    %252 = tensor.empty() : tensor<2x4x8x8xi1>
    %253 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%240 : tensor<2x4x8x8xf32>) outs(%252 : tensor<2x4x8x8xi1>) {
    ^bb0(%in: f32, %out: i1):
      %383 = arith.extf %in : f32 to f64
      %384 = arith.cmpf oeq, %383, %cst_11 : f64
      linalg.yield %384 : i1
    } -> tensor<2x4x8x8xi1>
    %254 = tensor.empty() : tensor<2x4x8x1xi1>
    %255 = linalg.fill ins(%true : i1) outs(%254 : tensor<2x4x8x1xi1>) -> tensor<2x4x8x1xi1>
    %256 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%253 : tensor<2x4x8x8xi1>) outs(%255 : tensor<2x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %383 = arith.andi %in, %out : i1
      linalg.yield %383 : i1
    } -> tensor<2x4x8x1xi1>
    %257 = linalg.generic {indexing_maps = [#map15, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%256, %cst_6, %251 : tensor<2x4x8x1xi1>, tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) outs(%239 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: i1, %in_96: f32, %in_97: f32, %out: f32):
      %383 = arith.select %in, %in_96, %in_97 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x8xf32>
    %collapsed_62 = tensor.collapse_shape %257 [[0, 1], [2], [3]] : tensor<2x4x8x8xf32> into tensor<8x8x8xf32>
    %collapsed_63 = tensor.collapse_shape %232 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %258 = tensor.empty() : tensor<8x8x16xf32>
    %259 = linalg.fill ins(%cst_0 : f32) outs(%258 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %260 = linalg.batch_matmul ins(%collapsed_62, %collapsed_63 : tensor<8x8x8xf32>, tensor<8x8x16xf32>) outs(%259 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_64 = tensor.expand_shape %260 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %261 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_64 : tensor<2x4x8x16xf32>) outs(%216 : tensor<2x4x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x4x8x16xbf16>
    %262 = tensor.empty() : tensor<2x8x4x16xbf16>
    %transposed_65 = linalg.transpose ins(%261 : tensor<2x4x8x16xbf16>) outs(%262 : tensor<2x8x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_66 = tensor.collapse_shape %transposed_65 [[0], [1], [2, 3]] : tensor<2x8x4x16xbf16> into tensor<2x8x64xbf16>
    %transposed_67 = linalg.transpose ins(%arg27 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %263 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_67 : tensor<64x64xbf16>) outs(%99 : tensor<2x64x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x64x64xbf16>
    %264 = linalg.fill ins(%cst_0 : f32) outs(%183 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %265 = linalg.batch_matmul ins(%collapsed_66, %263 : tensor<2x8x64xbf16>, tensor<2x64x64xbf16>) outs(%264 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    %267 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266, %arg28 : tensor<2x8x64xbf16>, tensor<64xbf16>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %383 = arith.addf %in, %in_96 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    %268 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206, %267 : tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %383 = arith.addf %in, %in_96 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    %269 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268 : tensor<2x8x64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %270 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%269 : tensor<2x8x64xf32>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %383 = arith.extf %in : f32 to f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %271 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%270 : tensor<2x8x64xf64>) outs(%188 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %272 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%271 : tensor<2x8x1xf64>) outs(%187 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %273 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%270, %272 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.subf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %274 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%273, %273 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.mulf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %275 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%274 : tensor<2x8x64xf64>) outs(%188 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %276 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%275 : tensor<2x8x1xf64>) outs(%187 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %277 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%276 : tensor<2x8x1xf64>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %383 = arith.truncf %in : f64 to f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %278 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%269 : tensor<2x8x64xf32>) outs(%197 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.addf %in, %out : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %279 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.divf %in, %cst_14 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %280 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%277 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.truncf %cst_12 : f64 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x1xf32>
    %281 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%280 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = math.rsqrt %in : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %282 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%269, %279 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.subf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %283 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%282, %281 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.mulf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %284 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%283, %arg29 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.mulf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x64xf32>
    %285 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%284, %arg30 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x64xf32>
    %286 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%285 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    %collapsed_68 = tensor.collapse_shape %286 [[0, 1], [2]] : tensor<2x8x64xbf16> into tensor<16x64xbf16>
    %transposed_69 = linalg.transpose ins(%arg35 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %287 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg36 : tensor<64xbf16>) outs(%45 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64xf32>
    %288 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_68 : tensor<16x64xbf16>) outs(%208 : tensor<16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<16x64xf32>
    %289 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_69 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64x64xf32>
    %290 = linalg.matmul ins(%288, %289 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%211 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %291 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%290, %287 : tensor<16x64xf32>, tensor<64xf32>) outs(%208 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<16x64xf32>
    %292 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%291 : tensor<16x64xf32>) outs(%214 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<16x64xbf16>
    %expanded_70 = tensor.expand_shape %292 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %transposed_71 = linalg.transpose ins(%expanded_70 : tensor<2x8x4x16xbf16>) outs(%216 : tensor<2x4x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_72 = tensor.collapse_shape %164 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %transposed_73 = linalg.transpose ins(%arg31 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %293 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg32 : tensor<64xbf16>) outs(%45 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64xf32>
    %294 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_72 : tensor<32x64xbf16>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<32x64xf32>
    %295 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_73 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64x64xf32>
    %296 = linalg.matmul ins(%294, %295 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%51 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %297 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%296, %293 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<32x64xf32>
    %298 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%297 : tensor<32x64xf32>) outs(%54 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<32x64xbf16>
    %transposed_74 = linalg.transpose ins(%arg33 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %299 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg34 : tensor<64xbf16>) outs(%45 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64xf32>
    %300 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_74 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64x64xf32>
    %301 = linalg.matmul ins(%294, %300 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%51 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %302 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%301, %299 : tensor<32x64xf32>, tensor<64xf32>) outs(%47 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<32x64xf32>
    %303 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%302 : tensor<32x64xf32>) outs(%54 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<32x64xbf16>
    %expanded_75 = tensor.expand_shape %298 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_76 = linalg.transpose ins(%expanded_75 : tensor<2x16x4x16xbf16>) outs(%56 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_77 = tensor.expand_shape %303 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_78 = linalg.transpose ins(%expanded_77 : tensor<2x16x4x16xbf16>) outs(%56 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %304 = tensor.empty() : tensor<2x1x8x16xbf16>
    %305 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%177, %cst_8, %cst_9 : tensor<2x1x8x16xi1>, tensor<bf16>, tensor<bf16>) outs(%304 : tensor<2x1x8x16xbf16>) {
    ^bb0(%in: i1, %in_96: bf16, %in_97: bf16, %out: bf16):
      %383 = arith.select %in, %in_96, %in_97 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x1x8x16xbf16>
    %306 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_71 : tensor<2x4x8x16xbf16>) outs(%229 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x16xf32>
    %307 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_76 : tensor<2x4x16x16xbf16>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %308 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_78 : tensor<2x4x16x16xbf16>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %309 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%306 : tensor<2x4x8x16xf32>) outs(%229 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.mulf %in, %cst_15 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x16xf32>
    %transposed_79 = linalg.transpose ins(%307 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %310 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_79 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.mulf %in, %cst_15 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_80 = tensor.collapse_shape %309 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_81 = tensor.collapse_shape %310 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %311 = linalg.batch_matmul ins(%collapsed_80, %collapsed_81 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%259 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_82 = tensor.expand_shape %311 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %312 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_82, %305 : tensor<2x4x8x16xf32>, tensor<2x1x8x16xbf16>) outs(%229 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x4x8x16xf32>
    %313:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%312 : tensor<2x4x8x16xf32>) outs(%244, %242 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_96: i64):
      %383 = linalg.index 3 : index
      %384 = arith.index_cast %383 : index to i64
      %385 = arith.maximumf %in, %out : f32
      %386 = arith.cmpf ogt, %in, %out : f32
      %387 = arith.select %386, %384, %out_96 : i64
      linalg.yield %385, %387 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_83 = tensor.expand_shape %313#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %314 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%312, %expanded_83 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%229 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.subf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x16xf32>
    %315 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%314 : tensor<2x4x8x16xf32>) outs(%229 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = math.exp %in : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x16xf32>
    %316 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%315 : tensor<2x4x8x16xf32>) outs(%249 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.addf %in, %out : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x1xf32>
    %317 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%315, %316 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%229 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.divf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x16xf32>
    %318 = tensor.empty() : tensor<2x4x8x16xi1>
    %319 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%312 : tensor<2x4x8x16xf32>) outs(%318 : tensor<2x4x8x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %383 = arith.extf %in : f32 to f64
      %384 = arith.cmpf oeq, %383, %cst_11 : f64
      linalg.yield %384 : i1
    } -> tensor<2x4x8x16xi1>
    %320 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%319 : tensor<2x4x8x16xi1>) outs(%255 : tensor<2x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %383 = arith.andi %in, %out : i1
      linalg.yield %383 : i1
    } -> tensor<2x4x8x1xi1>
    %321 = linalg.generic {indexing_maps = [#map15, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%320, %cst_5, %317 : tensor<2x4x8x1xi1>, tensor<2x4x8x16xf32>, tensor<2x4x8x16xf32>) outs(%229 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: i1, %in_96: f32, %in_97: f32, %out: f32):
      %383 = arith.select %in, %in_96, %in_97 : f32
      linalg.yield %383 : f32
    } -> tensor<2x4x8x16xf32>
    %collapsed_84 = tensor.collapse_shape %321 [[0, 1], [2], [3]] : tensor<2x4x8x16xf32> into tensor<8x8x16xf32>
    %collapsed_85 = tensor.collapse_shape %308 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %322 = linalg.batch_matmul ins(%collapsed_84, %collapsed_85 : tensor<8x8x16xf32>, tensor<8x16x16xf32>) outs(%259 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %expanded_86 = tensor.expand_shape %322 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xf32> into tensor<2x4x8x16xf32>
    %323 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_86 : tensor<2x4x8x16xf32>) outs(%216 : tensor<2x4x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x4x8x16xbf16>
    %transposed_87 = linalg.transpose ins(%323 : tensor<2x4x8x16xbf16>) outs(%262 : tensor<2x8x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_88 = tensor.collapse_shape %transposed_87 [[0], [1], [2, 3]] : tensor<2x8x4x16xbf16> into tensor<2x8x64xbf16>
    %transposed_89 = linalg.transpose ins(%arg37 : tensor<64x64xbf16>) outs(%44 : tensor<64x64xbf16>) permutation = [1, 0] 
    %324 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_89 : tensor<64x64xbf16>) outs(%99 : tensor<2x64x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x64x64xbf16>
    %325 = linalg.batch_matmul ins(%collapsed_88, %324 : tensor<2x8x64xbf16>, tensor<2x64x64xbf16>) outs(%264 : tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %326 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%325 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    %327 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%326, %arg38 : tensor<2x8x64xbf16>, tensor<64xbf16>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %383 = arith.addf %in, %in_96 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    %328 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%286, %327 : tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %383 = arith.addf %in, %in_96 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    %329 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%328 : tensor<2x8x64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %330 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%329 : tensor<2x8x64xf32>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %383 = arith.extf %in : f32 to f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %331 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%330 : tensor<2x8x64xf64>) outs(%188 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %332 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%331 : tensor<2x8x1xf64>) outs(%187 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %333 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%330, %332 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.subf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %334 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%333, %333 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.mulf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %335 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%334 : tensor<2x8x64xf64>) outs(%188 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %336 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%335 : tensor<2x8x1xf64>) outs(%187 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %337 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%336 : tensor<2x8x1xf64>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %383 = arith.truncf %in : f64 to f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %338 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%329 : tensor<2x8x64xf32>) outs(%197 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.addf %in, %out : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %339 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%338 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.divf %in, %cst_14 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %340 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%337 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.truncf %cst_12 : f64 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x1xf32>
    %341 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%340 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = math.rsqrt %in : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %342 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%329, %339 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.subf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %343 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%342, %341 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.mulf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %344 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%343, %arg39 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.mulf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x64xf32>
    %345 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%344, %arg40 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x64xf32>
    %346 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%345 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    %collapsed_90 = tensor.collapse_shape %346 [[0, 1], [2]] : tensor<2x8x64xbf16> into tensor<16x64xbf16>
    %transposed_91 = linalg.transpose ins(%arg41 : tensor<128x64xbf16>) outs(%124 : tensor<64x128xbf16>) permutation = [1, 0] 
    %347 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg42 : tensor<128xbf16>) outs(%125 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<128xf32>
    %348 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_90 : tensor<16x64xbf16>) outs(%208 : tensor<16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<16x64xf32>
    %349 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_91 : tensor<64x128xbf16>) outs(%128 : tensor<64x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64x128xf32>
    %350 = tensor.empty() : tensor<16x128xf32>
    %351 = linalg.fill ins(%cst_0 : f32) outs(%350 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %352 = linalg.matmul ins(%348, %349 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%351 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %353 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%352, %347 : tensor<16x128xf32>, tensor<128xf32>) outs(%350 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<16x128xf32>
    %354 = tensor.empty() : tensor<16x128xbf16>
    %355 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%353 : tensor<16x128xf32>) outs(%354 : tensor<16x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<16x128xbf16>
    %expanded_92 = tensor.expand_shape %355 [[0, 1], [2]] output_shape [2, 8, 128] : tensor<16x128xbf16> into tensor<2x8x128xbf16>
    %356 = tensor.empty() : tensor<2x8x128xbf16>
    %357 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_92 : tensor<2x8x128xbf16>) outs(%356 : tensor<2x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %383 = math.sqrt %cst_3 : bf16
      %384 = arith.divf %in, %383 : bf16
      %385 = math.erf %384 : bf16
      %386 = arith.addf %385, %cst_2 : bf16
      %387 = arith.mulf %386, %cst_4 : bf16
      %388 = arith.mulf %in, %387 : bf16
      linalg.yield %388 : bf16
    } -> tensor<2x8x128xbf16>
    %collapsed_93 = tensor.collapse_shape %357 [[0, 1], [2]] : tensor<2x8x128xbf16> into tensor<16x128xbf16>
    %transposed_94 = linalg.transpose ins(%arg43 : tensor<64x128xbf16>) outs(%138 : tensor<128x64xbf16>) permutation = [1, 0] 
    %358 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg44 : tensor<64xbf16>) outs(%45 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<64xf32>
    %359 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_93 : tensor<16x128xbf16>) outs(%350 : tensor<16x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<16x128xf32>
    %360 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_94 : tensor<128x64xbf16>) outs(%141 : tensor<128x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<128x64xf32>
    %361 = linalg.matmul ins(%359, %360 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%211 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %362 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%361, %358 : tensor<16x64xf32>, tensor<64xf32>) outs(%208 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.addf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<16x64xf32>
    %363 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%362 : tensor<16x64xf32>) outs(%214 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<16x64xbf16>
    %expanded_95 = tensor.expand_shape %363 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xbf16> into tensor<2x8x64xbf16>
    %364 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%346, %expanded_95 : tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_96: bf16, %out: bf16):
      %383 = arith.addf %in, %in_96 : bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    %365 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%364 : tensor<2x8x64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %383 = arith.extf %in : bf16 to f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %366 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%365 : tensor<2x8x64xf32>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %383 = arith.extf %in : f32 to f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %367 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%366 : tensor<2x8x64xf64>) outs(%188 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %368 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%367 : tensor<2x8x1xf64>) outs(%187 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %369 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%366, %368 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.subf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %370 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%369, %369 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%185 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_96: f64, %out: f64):
      %383 = arith.mulf %in, %in_96 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x64xf64>
    %371 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%370 : tensor<2x8x64xf64>) outs(%188 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.addf %in, %out : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %372 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%371 : tensor<2x8x1xf64>) outs(%187 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %383 = arith.divf %in, %cst_13 : f64
      linalg.yield %383 : f64
    } -> tensor<2x8x1xf64>
    %373 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%372 : tensor<2x8x1xf64>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %383 = arith.truncf %in : f64 to f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %374 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%365 : tensor<2x8x64xf32>) outs(%197 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.addf %in, %out : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %375 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%374 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.divf %in, %cst_14 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %376 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%373 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = arith.truncf %cst_12 : f64 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x1xf32>
    %377 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%376 : tensor<2x8x1xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %383 = math.rsqrt %in : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x1xf32>
    %378 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%365, %375 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.subf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %379 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%378, %377 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: f32, %out: f32):
      %383 = arith.mulf %in, %in_96 : f32
      linalg.yield %383 : f32
    } -> tensor<2x8x64xf32>
    %380 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%379, %arg45 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.mulf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x64xf32>
    %381 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%380, %arg46 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%183 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_96: bf16, %out: f32):
      %383 = arith.extf %in_96 : bf16 to f32
      %384 = arith.addf %in, %383 : f32
      linalg.yield %384 : f32
    } -> tensor<2x8x64xf32>
    %382 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%381 : tensor<2x8x64xf32>) outs(%165 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %383 = arith.truncf %in : f32 to bf16
      linalg.yield %383 : bf16
    } -> tensor<2x8x64xbf16>
    return %382 : tensor<2x8x64xbf16>
  }
}
