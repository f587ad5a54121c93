// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "eager", "dtype": "bf16", "expected_blocks": 3, "func": "forward", "model": "bart", "path": "tm-linalg", "shapes": "static"}
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
#map16 = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3)>
#map17 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
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
    %cst_2 = arith.constant 1.000000e+00 : bf16
    %cst_3 = arith.constant 2.000000e+00 : bf16
    %cst_4 = arith.constant 5.000000e-01 : bf16
    %cst_5 = arith.constant dense<-3.389530e+38> : tensor<bf16>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant 1.000000e-05 : f64
    %cst_9 = arith.constant 6.400000e+01 : f64
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 2.500000e-01 : bf16
    %0 = tensor.empty() : tensor<2x16x64xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg49 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %371 = arith.index_cast %in : i64 to index
      %372 = linalg.index 2 : index
      %373 = arith.cmpi slt, %371, %c128 : index
      cf.assert %373, "index must be smaller than dim size"
      %374 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %374, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%371, %372] : tensor<128x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x16x64xbf16>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %371 = linalg.index 0 : index
      %372 = arith.index_cast %371 : index to i64
      linalg.yield %372 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi64>
    %5 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%3 : tensor<16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %6 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %371 = arith.addi %in, %c2_i64 : i64
      linalg.yield %371 : i64
    } -> tensor<2x16xi64>
    %7 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %371 = arith.index_cast %in : i64 to index
      %372 = linalg.index 2 : index
      %373 = arith.cmpi slt, %371, %c66 : index
      cf.assert %373, "index must be smaller than dim size"
      %374 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %374, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%371, %372] : tensor<66x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x16x64xbf16>
    %8 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %7 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_92: bf16, %out: bf16):
      %371 = arith.addf %in, %in_92 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x16x64xbf16>
    %9 = tensor.empty() : tensor<2x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x16x64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<2x16x64xf32>
    %11 = tensor.empty() : tensor<2x16x64xf64>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %371 = arith.extf %in : f32 to f64
      linalg.yield %371 : f64
    } -> tensor<2x16x64xf64>
    %13 = tensor.empty() : tensor<2x16x1xf64>
    %14 = linalg.fill ins(%cst : f64) outs(%13 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %15 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %17 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %16 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.subf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x64xf64>
    %18 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %17 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.mulf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x64xf64>
    %19 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %21 = tensor.empty() : tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf64>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %371 = arith.truncf %in : f64 to f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.fill ins(%cst_0 : f32) outs(%21 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.addf %in, %out : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.divf %in, %cst_10 : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.truncf %cst_8 : f64 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = math.rsqrt %in : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %25 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.subf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %27 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.mulf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %arg18 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.mulf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg19 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<2x16x64xbf16>
    %33 = tensor.empty() : tensor<2x16xi1>
    %34 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg50 : tensor<2x16xi64>) outs(%33 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %371 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %371 : i1
    } -> tensor<2x16xi1>
    %35 = tensor.empty() : tensor<2xi64>
    %36 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%35 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %371 = linalg.index 0 : index
      %372 = arith.index_cast %371 : index to i64
      linalg.yield %372 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %36 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %37 = tensor.empty() : tensor<1x1x16x1xi1>
    %38 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12 : tensor<1x1x16x1xi64>) outs(%37 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %371 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %371 : i1
    } -> tensor<1x1x16x1xi1>
    %39 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %38 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%37 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %371 = arith.andi %in, %in_92 : i1
      linalg.yield %371 : i1
    } -> tensor<1x1x16x1xi1>
    %40 = tensor.empty() : tensor<2x1x1x16xi1>
    %41 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_13 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%40 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_92: i64, %out: i1):
      %371 = arith.cmpi slt, %in, %c0_i64 : i64
      %372 = arith.addi %in, %c2_i64 : i64
      %373 = arith.select %371, %372, %in : i64
      %374 = arith.index_cast %373 : i64 to index
      %375 = arith.cmpi slt, %in_92, %c0_i64 : i64
      %376 = arith.addi %in_92, %c16_i64 : i64
      %377 = arith.select %375, %376, %in_92 : i64
      %378 = arith.index_cast %377 : i64 to index
      %extracted = tensor.extract %34[%374, %378] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %42 = tensor.empty() : tensor<2x1x16x16xi1>
    %43 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %41 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%42 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %371 = arith.andi %in, %in_92 : i1
      linalg.yield %371 : i1
    } -> tensor<2x1x16x16xi1>
    %44 = tensor.empty() : tensor<2x1x16x16xbf16>
    %45 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %cst_6, %cst_5 : tensor<2x1x16x16xi1>, tensor<bf16>, tensor<bf16>) outs(%44 : tensor<2x1x16x16xbf16>) {
    ^bb0(%in: i1, %in_92: bf16, %in_93: bf16, %out: bf16):
      %371 = arith.select %in, %in_92, %in_93 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x1x16x16xbf16>
    %collapsed = tensor.collapse_shape %32 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %46 = tensor.empty() : tensor<64x64xbf16>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %47 = tensor.empty() : tensor<64xf32>
    %48 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg7 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %49 = tensor.empty() : tensor<32x64xf32>
    %50 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32x64xbf16>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<32x64xf32>
    %51 = tensor.empty() : tensor<64x64xf32>
    %52 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %53 = linalg.fill ins(%cst_0 : f32) outs(%49 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %54 = linalg.matmul ins(%50, %52 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%53 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %55 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%54, %48 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<32x64xf32>
    %56 = tensor.empty() : tensor<32x64xbf16>
    %57 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%55 : tensor<32x64xf32>) outs(%56 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<32x64xbf16>
    %expanded_14 = tensor.expand_shape %57 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %58 = tensor.empty() : tensor<2x4x16x16xbf16>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xbf16>) outs(%58 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_16 = linalg.transpose ins(%arg2 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %59 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg3 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %60 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_16 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %61 = linalg.matmul ins(%50, %60 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%53 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%61, %59 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<32x64xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%62 : tensor<32x64xf32>) outs(%56 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<32x64xbf16>
    %transposed_17 = linalg.transpose ins(%arg4 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %64 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg5 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %65 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_17 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %66 = linalg.matmul ins(%50, %65 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%53 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %67 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%66, %64 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<32x64xf32>
    %68 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%67 : tensor<32x64xf32>) outs(%56 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<32x64xbf16>
    %expanded_18 = tensor.expand_shape %63 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %expanded_19 = tensor.expand_shape %68 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xbf16>) outs(%58 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xbf16>) outs(%58 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_22 = tensor.collapse_shape %transposed_15 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_23 = tensor.collapse_shape %transposed_21 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %69 = tensor.empty() : tensor<8x16x16xf32>
    %70 = linalg.fill ins(%cst_0 : f32) outs(%69 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %71 = linalg.batch_matmul ins(%collapsed_22, %collapsed_23 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%70 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %72 = tensor.empty() : tensor<8x16x16xbf16>
    %73 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71 : tensor<8x16x16xf32>) outs(%72 : tensor<8x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<8x16x16xbf16>
    %expanded_24 = tensor.expand_shape %73 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %74 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_24 : tensor<2x4x16x16xbf16>) outs(%58 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %371 = arith.mulf %in, %cst_11 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x4x16x16xbf16>
    %75 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %45 : tensor<2x4x16x16xbf16>, tensor<2x1x16x16xbf16>) outs(%58 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %in_92: bf16, %out: bf16):
      %371 = arith.addf %in, %in_92 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x4x16x16xbf16>
    %76 = tensor.empty() : tensor<2x4x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x16x16xbf16>) outs(%76 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x4x16xi64>
    %79 = linalg.fill ins(%c0_i64 : i64) outs(%78 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %80 = tensor.empty() : tensor<2x4x16xf32>
    %81 = linalg.fill ins(%cst_1 : f32) outs(%80 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %82:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%77 : tensor<2x4x16x16xf32>) outs(%81, %79 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_92: i64):
      %371 = linalg.index 3 : index
      %372 = arith.index_cast %371 : index to i64
      %373 = arith.maximumf %in, %out : f32
      %374 = arith.cmpf ogt, %in, %out : f32
      %375 = arith.select %374, %372, %out_92 : i64
      linalg.yield %373, %375 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_25 = tensor.expand_shape %82#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77, %expanded_25 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%76 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.subf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x16x16xf32>
    %84 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83 : tensor<2x4x16x16xf32>) outs(%76 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = math.exp %in : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x16x16xf32>
    %85 = tensor.empty() : tensor<2x4x16x1xf32>
    %86 = linalg.fill ins(%cst_0 : f32) outs(%85 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%84 : tensor<2x4x16x16xf32>) outs(%86 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.addf %in, %out : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%84, %87 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%76 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.divf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x16x16xf32>
    %89 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%88 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_26 = tensor.collapse_shape %89 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_27 = tensor.collapse_shape %transposed_20 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %90 = linalg.batch_matmul ins(%collapsed_26, %collapsed_27 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%70 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<8x16x16xf32>) outs(%72 : tensor<8x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<8x16x16xbf16>
    %expanded_28 = tensor.expand_shape %91 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %92 = tensor.empty() : tensor<2x16x4x16xbf16>
    %transposed_29 = linalg.transpose ins(%expanded_28 : tensor<2x4x16x16xbf16>) outs(%92 : tensor<2x16x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_30 = tensor.collapse_shape %transposed_29 [[0, 1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<32x64xbf16>
    %transposed_31 = linalg.transpose ins(%arg8 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %93 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg9 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %94 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_30 : tensor<32x64xbf16>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<32x64xf32>
    %95 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_31 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %96 = linalg.matmul ins(%94, %95 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%53 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%96, %93 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<32x64xf32>
    %98 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%97 : tensor<32x64xf32>) outs(%56 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<32x64xbf16>
    %expanded_32 = tensor.expand_shape %98 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %99 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %expanded_32 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_92: bf16, %out: bf16):
      %371 = arith.addf %in, %in_92 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x16x64xbf16>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %371 = arith.extf %in : f32 to f64
      linalg.yield %371 : f64
    } -> tensor<2x16x64xf64>
    %102 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %104 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %103 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.subf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x64xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %104 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.mulf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x64xf64>
    %106 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf64>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %371 = arith.truncf %in : f64 to f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%100 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.addf %in, %out : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.divf %in, %cst_10 : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.truncf %cst_8 : f64 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = math.rsqrt %in : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %110 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.subf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %112 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.mulf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg10 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.mulf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %arg11 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_33 = tensor.collapse_shape %117 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %118 = tensor.empty() : tensor<64x128xbf16>
    %transposed_34 = linalg.transpose ins(%arg12 : tensor<128x64xbf16>) outs(%118 : tensor<64x128xbf16>) permutation = [1, 0] 
    %119 = tensor.empty() : tensor<128xf32>
    %120 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg13 : tensor<128xbf16>) outs(%119 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<128xf32>
    %121 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_33 : tensor<32x64xbf16>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<32x64xf32>
    %122 = tensor.empty() : tensor<64x128xf32>
    %123 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_34 : tensor<64x128xbf16>) outs(%122 : tensor<64x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x128xf32>
    %124 = tensor.empty() : tensor<32x128xf32>
    %125 = linalg.fill ins(%cst_0 : f32) outs(%124 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %126 = linalg.matmul ins(%121, %123 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%125 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %127 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%126, %120 : tensor<32x128xf32>, tensor<128xf32>) outs(%124 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<32x128xf32>
    %128 = tensor.empty() : tensor<32x128xbf16>
    %129 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%127 : tensor<32x128xf32>) outs(%128 : tensor<32x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<32x128xbf16>
    %expanded_35 = tensor.expand_shape %129 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %130 = tensor.empty() : tensor<2x16x128xbf16>
    %131 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35 : tensor<2x16x128xbf16>) outs(%130 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %371 = math.sqrt %cst_3 : bf16
      %372 = arith.divf %in, %371 : bf16
      %373 = math.erf %372 : bf16
      %374 = arith.addf %373, %cst_2 : bf16
      %375 = arith.mulf %374, %cst_4 : bf16
      %376 = arith.mulf %in, %375 : bf16
      linalg.yield %376 : bf16
    } -> tensor<2x16x128xbf16>
    %collapsed_36 = tensor.collapse_shape %131 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %132 = tensor.empty() : tensor<128x64xbf16>
    %transposed_37 = linalg.transpose ins(%arg14 : tensor<64x128xbf16>) outs(%132 : tensor<128x64xbf16>) permutation = [1, 0] 
    %133 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg15 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %134 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_36 : tensor<32x128xbf16>) outs(%124 : tensor<32x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<32x128xf32>
    %135 = tensor.empty() : tensor<128x64xf32>
    %136 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_37 : tensor<128x64xbf16>) outs(%135 : tensor<128x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<128x64xf32>
    %137 = linalg.matmul ins(%134, %136 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%53 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %138 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%137, %133 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<32x64xf32>
    %139 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%138 : tensor<32x64xf32>) outs(%56 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<32x64xbf16>
    %expanded_38 = tensor.expand_shape %139 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %140 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %expanded_38 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_92: bf16, %out: bf16):
      %371 = arith.addf %in, %in_92 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x16x64xbf16>
    %141 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140 : tensor<2x16x64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<2x16x64xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141 : tensor<2x16x64xf32>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %371 = arith.extf %in : f32 to f64
      linalg.yield %371 : f64
    } -> tensor<2x16x64xf64>
    %143 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%142 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %145 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %144 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.subf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x64xf64>
    %146 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %145 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%11 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.mulf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x64xf64>
    %147 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%146 : tensor<2x16x64xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x16x1xf64>) outs(%13 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x16x1xf64>
    %149 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x16x1xf64>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %371 = arith.truncf %in : f64 to f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%141 : tensor<2x16x64xf32>) outs(%23 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.addf %in, %out : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.divf %in, %cst_10 : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.truncf %cst_8 : f64 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x16x1xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x1xf32>) outs(%21 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = math.rsqrt %in : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x1xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %151 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.subf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %153 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.mulf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x16x64xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155, %arg16 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.mulf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156, %arg17 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%9 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x16x64xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<2x16x64xbf16>
    %159 = tensor.empty() : tensor<2x8x64xbf16>
    %160 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg51 : tensor<2x8xi64>) outs(%159 : tensor<2x8x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %371 = arith.index_cast %in : i64 to index
      %372 = linalg.index 2 : index
      %373 = arith.cmpi slt, %371, %c128 : index
      cf.assert %373, "index must be smaller than dim size"
      %374 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %374, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%371, %372] : tensor<128x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x8x64xbf16>
    %161 = tensor.empty() : tensor<8xi64>
    %162 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%161 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %371 = linalg.index 0 : index
      %372 = arith.index_cast %371 : index to i64
      linalg.yield %372 : i64
    } -> tensor<8xi64>
    %expanded_39 = tensor.expand_shape %162 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_40 = tensor.expand_shape %162 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %163 = tensor.empty() : tensor<1x1x8x8xi1>
    %164 = linalg.generic {indexing_maps = [#map12, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_40, %expanded_39 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%163 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_92: i64, %out: i1):
      %371 = arith.cmpi sle, %in, %in_92 : i64
      linalg.yield %371 : i1
    } -> tensor<1x1x8x8xi1>
    %165 = tensor.empty() : tensor<2x1x8x8xi1>
    %collapsed_41 = tensor.collapse_shape %164 [[0, 1], [2], [3]] : tensor<1x1x8x8xi1> into tensor<1x8x8xi1>
    %166 = linalg.generic {indexing_maps = [#map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<1x8x8xi1>) outs(%165 : tensor<2x1x8x8xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<2x1x8x8xi1>
    %167 = tensor.empty() : tensor<2x1x8x8xbf16>
    %168 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%166, %cst_6, %cst_5 : tensor<2x1x8x8xi1>, tensor<bf16>, tensor<bf16>) outs(%167 : tensor<2x1x8x8xbf16>) {
    ^bb0(%in: i1, %in_92: bf16, %in_93: bf16, %out: bf16):
      %371 = arith.select %in, %in_92, %in_93 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x1x8x8xbf16>
    %169 = tensor.empty() : tensor<1x1x8x1xi1>
    %170 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_39 : tensor<1x1x8x1xi64>) outs(%169 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %371 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %371 : i1
    } -> tensor<1x1x8x1xi1>
    %171 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %170 : tensor<i1>, tensor<1x1x8x1xi1>) outs(%169 : tensor<1x1x8x1xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %371 = arith.andi %in, %in_92 : i1
      linalg.yield %371 : i1
    } -> tensor<1x1x8x1xi1>
    %172 = tensor.empty() : tensor<2x1x8x16xi1>
    %173 = linalg.generic {indexing_maps = [#map11, #map12, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%171, %41 : tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) outs(%172 : tensor<2x1x8x16xi1>) {
    ^bb0(%in: i1, %in_92: i1, %out: i1):
      %371 = arith.andi %in, %in_92 : i1
      linalg.yield %371 : i1
    } -> tensor<2x1x8x16xi1>
    %174 = tensor.empty() : tensor<2x1x8x16xbf16>
    %175 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%173, %cst_6, %cst_5 : tensor<2x1x8x16xi1>, tensor<bf16>, tensor<bf16>) outs(%174 : tensor<2x1x8x16xbf16>) {
    ^bb0(%in: i1, %in_92: bf16, %in_93: bf16, %out: bf16):
      %371 = arith.select %in, %in_92, %in_93 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x1x8x16xbf16>
    %expanded_42 = tensor.expand_shape %162 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %176 = tensor.empty() : tensor<1x8xi64>
    %177 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded_42 : tensor<1x8xi64>) outs(%176 : tensor<1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      %371 = arith.addi %in, %c2_i64 : i64
      linalg.yield %371 : i64
    } -> tensor<1x8xi64>
    %178 = tensor.empty() : tensor<1x8x64xbf16>
    %179 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177 : tensor<1x8xi64>) outs(%178 : tensor<1x8x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %371 = arith.index_cast %in : i64 to index
      %372 = linalg.index 2 : index
      %373 = arith.cmpi slt, %371, %c66 : index
      cf.assert %373, "index must be smaller than dim size"
      %374 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %374, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg20[%371, %372] : tensor<66x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x8x64xbf16>
    %180 = linalg.generic {indexing_maps = [#map1, #map17, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %179 : tensor<2x8x64xbf16>, tensor<1x8x64xbf16>) outs(%159 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_92: bf16, %out: bf16):
      %371 = arith.addf %in, %in_92 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x8x64xbf16>
    %181 = tensor.empty() : tensor<2x8x64xf32>
    %182 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180 : tensor<2x8x64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %183 = tensor.empty() : tensor<2x8x64xf64>
    %184 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182 : tensor<2x8x64xf32>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %371 = arith.extf %in : f32 to f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %185 = tensor.empty() : tensor<2x8x1xf64>
    %186 = linalg.fill ins(%cst : f64) outs(%185 : tensor<2x8x1xf64>) -> tensor<2x8x1xf64>
    %187 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%184 : tensor<2x8x64xf64>) outs(%186 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %188 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187 : tensor<2x8x1xf64>) outs(%185 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %189 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184, %188 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.subf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %190 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%189, %189 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.mulf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %191 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%190 : tensor<2x8x64xf64>) outs(%186 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %192 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191 : tensor<2x8x1xf64>) outs(%185 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %193 = tensor.empty() : tensor<2x8x1xf32>
    %194 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192 : tensor<2x8x1xf64>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %371 = arith.truncf %in : f64 to f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %195 = linalg.fill ins(%cst_0 : f32) outs(%193 : tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %196 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%182 : tensor<2x8x64xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.addf %in, %out : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %197 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.divf %in, %cst_10 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %198 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.truncf %cst_8 : f64 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x1xf32>
    %199 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = math.rsqrt %in : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %200 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182, %197 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.subf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %201 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200, %199 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.mulf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %202 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201, %arg47 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.mulf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x64xf32>
    %203 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202, %arg48 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x64xf32>
    %204 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%203 : tensor<2x8x64xf32>) outs(%159 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<2x8x64xbf16>
    %collapsed_43 = tensor.collapse_shape %204 [[0, 1], [2]] : tensor<2x8x64xbf16> into tensor<16x64xbf16>
    %transposed_44 = linalg.transpose ins(%arg25 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %205 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg26 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %206 = tensor.empty() : tensor<16x64xf32>
    %207 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_43 : tensor<16x64xbf16>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %208 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_44 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %209 = linalg.fill ins(%cst_0 : f32) outs(%206 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %210 = linalg.matmul ins(%207, %208 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%209 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %211 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%210, %205 : tensor<16x64xf32>, tensor<64xf32>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %212 = tensor.empty() : tensor<16x64xbf16>
    %213 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%211 : tensor<16x64xf32>) outs(%212 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<16x64xbf16>
    %expanded_45 = tensor.expand_shape %213 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %214 = tensor.empty() : tensor<2x4x8x16xbf16>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x8x4x16xbf16>) outs(%214 : tensor<2x4x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_47 = linalg.transpose ins(%arg21 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %215 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg22 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %216 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_47 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %217 = linalg.matmul ins(%207, %216 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%209 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %218 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%217, %215 : tensor<16x64xf32>, tensor<64xf32>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %219 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%218 : tensor<16x64xf32>) outs(%212 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<16x64xbf16>
    %transposed_48 = linalg.transpose ins(%arg23 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %220 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg24 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %221 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_48 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %222 = linalg.matmul ins(%207, %221 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%209 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %223 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%222, %220 : tensor<16x64xf32>, tensor<64xf32>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %224 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%223 : tensor<16x64xf32>) outs(%212 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<16x64xbf16>
    %expanded_49 = tensor.expand_shape %219 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %expanded_50 = tensor.expand_shape %224 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %transposed_51 = linalg.transpose ins(%expanded_50 : tensor<2x8x4x16xbf16>) outs(%214 : tensor<2x4x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %225 = tensor.empty() : tensor<2x4x16x8xbf16>
    %transposed_52 = linalg.transpose ins(%expanded_49 : tensor<2x8x4x16xbf16>) outs(%225 : tensor<2x4x16x8xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_53 = tensor.collapse_shape %transposed_46 [[0, 1], [2], [3]] : tensor<2x4x8x16xbf16> into tensor<8x8x16xbf16>
    %collapsed_54 = tensor.collapse_shape %transposed_52 [[0, 1], [2], [3]] : tensor<2x4x16x8xbf16> into tensor<8x16x8xbf16>
    %226 = tensor.empty() : tensor<8x8x8xf32>
    %227 = linalg.fill ins(%cst_0 : f32) outs(%226 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %228 = linalg.batch_matmul ins(%collapsed_53, %collapsed_54 : tensor<8x8x16xbf16>, tensor<8x16x8xbf16>) outs(%227 : tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %229 = tensor.empty() : tensor<8x8x8xbf16>
    %230 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228 : tensor<8x8x8xf32>) outs(%229 : tensor<8x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<8x8x8xbf16>
    %expanded_55 = tensor.expand_shape %230 [[0, 1], [2], [3]] output_shape [2, 4, 8, 8] : tensor<8x8x8xbf16> into tensor<2x4x8x8xbf16>
    %231 = tensor.empty() : tensor<2x4x8x8xbf16>
    %232 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_55 : tensor<2x4x8x8xbf16>) outs(%231 : tensor<2x4x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %371 = arith.mulf %in, %cst_11 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x4x8x8xbf16>
    %233 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%232, %168 : tensor<2x4x8x8xbf16>, tensor<2x1x8x8xbf16>) outs(%231 : tensor<2x4x8x8xbf16>) {
    ^bb0(%in: bf16, %in_92: bf16, %out: bf16):
      %371 = arith.addf %in, %in_92 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x4x8x8xbf16>
    %234 = tensor.empty() : tensor<2x4x8x8xf32>
    %235 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%233 : tensor<2x4x8x8xbf16>) outs(%234 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<2x4x8x8xf32>
    %236 = tensor.empty() : tensor<2x4x8xi64>
    %237 = linalg.fill ins(%c0_i64 : i64) outs(%236 : tensor<2x4x8xi64>) -> tensor<2x4x8xi64>
    %238 = tensor.empty() : tensor<2x4x8xf32>
    %239 = linalg.fill ins(%cst_1 : f32) outs(%238 : tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %240:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%235 : tensor<2x4x8x8xf32>) outs(%239, %237 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_92: i64):
      %371 = linalg.index 3 : index
      %372 = arith.index_cast %371 : index to i64
      %373 = arith.maximumf %in, %out : f32
      %374 = arith.cmpf ogt, %in, %out : f32
      %375 = arith.select %374, %372, %out_92 : i64
      linalg.yield %373, %375 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_56 = tensor.expand_shape %240#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %241 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%235, %expanded_56 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%234 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.subf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x8x8xf32>
    %242 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%241 : tensor<2x4x8x8xf32>) outs(%234 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = math.exp %in : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x8x8xf32>
    %243 = tensor.empty() : tensor<2x4x8x1xf32>
    %244 = linalg.fill ins(%cst_0 : f32) outs(%243 : tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %245 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%242 : tensor<2x4x8x8xf32>) outs(%244 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.addf %in, %out : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x8x1xf32>
    %246 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%242, %245 : tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) outs(%234 : tensor<2x4x8x8xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.divf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x8x8xf32>
    %247 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%246 : tensor<2x4x8x8xf32>) outs(%231 : tensor<2x4x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<2x4x8x8xbf16>
    %collapsed_57 = tensor.collapse_shape %247 [[0, 1], [2], [3]] : tensor<2x4x8x8xbf16> into tensor<8x8x8xbf16>
    %collapsed_58 = tensor.collapse_shape %transposed_51 [[0, 1], [2], [3]] : tensor<2x4x8x16xbf16> into tensor<8x8x16xbf16>
    %248 = tensor.empty() : tensor<8x8x16xf32>
    %249 = linalg.fill ins(%cst_0 : f32) outs(%248 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %250 = linalg.batch_matmul ins(%collapsed_57, %collapsed_58 : tensor<8x8x8xbf16>, tensor<8x8x16xbf16>) outs(%249 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %251 = tensor.empty() : tensor<8x8x16xbf16>
    %252 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250 : tensor<8x8x16xf32>) outs(%251 : tensor<8x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<8x8x16xbf16>
    %expanded_59 = tensor.expand_shape %252 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xbf16> into tensor<2x4x8x16xbf16>
    %253 = tensor.empty() : tensor<2x8x4x16xbf16>
    %transposed_60 = linalg.transpose ins(%expanded_59 : tensor<2x4x8x16xbf16>) outs(%253 : tensor<2x8x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_61 = tensor.collapse_shape %transposed_60 [[0, 1], [2, 3]] : tensor<2x8x4x16xbf16> into tensor<16x64xbf16>
    %transposed_62 = linalg.transpose ins(%arg27 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %254 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg28 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %255 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_61 : tensor<16x64xbf16>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %256 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_62 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %257 = linalg.matmul ins(%255, %256 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%209 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %258 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%257, %254 : tensor<16x64xf32>, tensor<64xf32>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %259 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%258 : tensor<16x64xf32>) outs(%212 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<16x64xbf16>
    %expanded_63 = tensor.expand_shape %259 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xbf16> into tensor<2x8x64xbf16>
    %260 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%204, %expanded_63 : tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) outs(%159 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_92: bf16, %out: bf16):
      %371 = arith.addf %in, %in_92 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x8x64xbf16>
    %261 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260 : tensor<2x8x64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %262 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%261 : tensor<2x8x64xf32>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %371 = arith.extf %in : f32 to f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %263 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%262 : tensor<2x8x64xf64>) outs(%186 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %264 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%263 : tensor<2x8x1xf64>) outs(%185 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %265 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262, %264 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.subf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %266 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265, %265 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.mulf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %267 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%266 : tensor<2x8x64xf64>) outs(%186 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %268 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%267 : tensor<2x8x1xf64>) outs(%185 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %269 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268 : tensor<2x8x1xf64>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %371 = arith.truncf %in : f64 to f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %270 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%261 : tensor<2x8x64xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.addf %in, %out : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %271 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%270 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.divf %in, %cst_10 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %272 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%269 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.truncf %cst_8 : f64 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x1xf32>
    %273 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%272 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = math.rsqrt %in : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %274 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%261, %271 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.subf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %275 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274, %273 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.mulf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %276 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%275, %arg29 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.mulf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x64xf32>
    %277 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%276, %arg30 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x64xf32>
    %278 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%277 : tensor<2x8x64xf32>) outs(%159 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<2x8x64xbf16>
    %collapsed_64 = tensor.collapse_shape %278 [[0, 1], [2]] : tensor<2x8x64xbf16> into tensor<16x64xbf16>
    %transposed_65 = linalg.transpose ins(%arg35 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %279 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg36 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %280 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_64 : tensor<16x64xbf16>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %281 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_65 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %282 = linalg.matmul ins(%280, %281 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%209 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %283 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%282, %279 : tensor<16x64xf32>, tensor<64xf32>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %284 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%283 : tensor<16x64xf32>) outs(%212 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<16x64xbf16>
    %expanded_66 = tensor.expand_shape %284 [[0, 1], [2, 3]] output_shape [2, 8, 4, 16] : tensor<16x64xbf16> into tensor<2x8x4x16xbf16>
    %transposed_67 = linalg.transpose ins(%expanded_66 : tensor<2x8x4x16xbf16>) outs(%214 : tensor<2x4x8x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_68 = tensor.collapse_shape %158 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %transposed_69 = linalg.transpose ins(%arg31 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %285 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg32 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %286 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_68 : tensor<32x64xbf16>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<32x64xf32>
    %287 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_69 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %288 = linalg.matmul ins(%286, %287 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%53 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %289 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%288, %285 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<32x64xf32>
    %290 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%289 : tensor<32x64xf32>) outs(%56 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<32x64xbf16>
    %transposed_70 = linalg.transpose ins(%arg33 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %291 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg34 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %292 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_70 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %293 = linalg.matmul ins(%286, %292 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%53 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %294 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%293, %291 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<32x64xf32>
    %295 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%294 : tensor<32x64xf32>) outs(%56 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<32x64xbf16>
    %expanded_71 = tensor.expand_shape %290 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %expanded_72 = tensor.expand_shape %295 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_73 = linalg.transpose ins(%expanded_72 : tensor<2x16x4x16xbf16>) outs(%58 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_74 = linalg.transpose ins(%expanded_71 : tensor<2x16x4x16xbf16>) outs(%58 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_75 = tensor.collapse_shape %transposed_67 [[0, 1], [2], [3]] : tensor<2x4x8x16xbf16> into tensor<8x8x16xbf16>
    %collapsed_76 = tensor.collapse_shape %transposed_74 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %296 = linalg.batch_matmul ins(%collapsed_75, %collapsed_76 : tensor<8x8x16xbf16>, tensor<8x16x16xbf16>) outs(%249 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %297 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%296 : tensor<8x8x16xf32>) outs(%251 : tensor<8x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<8x8x16xbf16>
    %expanded_77 = tensor.expand_shape %297 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xbf16> into tensor<2x4x8x16xbf16>
    %298 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_77 : tensor<2x4x8x16xbf16>) outs(%214 : tensor<2x4x8x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %371 = arith.mulf %in, %cst_11 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x4x8x16xbf16>
    %299 = linalg.generic {indexing_maps = [#map7, #map13, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%298, %175 : tensor<2x4x8x16xbf16>, tensor<2x1x8x16xbf16>) outs(%214 : tensor<2x4x8x16xbf16>) {
    ^bb0(%in: bf16, %in_92: bf16, %out: bf16):
      %371 = arith.addf %in, %in_92 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x4x8x16xbf16>
    %300 = tensor.empty() : tensor<2x4x8x16xf32>
    %301 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%299 : tensor<2x4x8x16xbf16>) outs(%300 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<2x4x8x16xf32>
    %302:2 = linalg.generic {indexing_maps = [#map7, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%301 : tensor<2x4x8x16xf32>) outs(%239, %237 : tensor<2x4x8xf32>, tensor<2x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_92: i64):
      %371 = linalg.index 3 : index
      %372 = arith.index_cast %371 : index to i64
      %373 = arith.maximumf %in, %out : f32
      %374 = arith.cmpf ogt, %in, %out : f32
      %375 = arith.select %374, %372, %out_92 : i64
      linalg.yield %373, %375 : f32, i64
    } -> (tensor<2x4x8xf32>, tensor<2x4x8xi64>)
    %expanded_78 = tensor.expand_shape %302#0 [[0], [1], [2, 3]] output_shape [2, 4, 8, 1] : tensor<2x4x8xf32> into tensor<2x4x8x1xf32>
    %303 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%301, %expanded_78 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%300 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.subf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x8x16xf32>
    %304 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%303 : tensor<2x4x8x16xf32>) outs(%300 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = math.exp %in : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x8x16xf32>
    %305 = linalg.generic {indexing_maps = [#map7, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%304 : tensor<2x4x8x16xf32>) outs(%244 : tensor<2x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.addf %in, %out : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x8x1xf32>
    %306 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%304, %305 : tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) outs(%300 : tensor<2x4x8x16xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.divf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x4x8x16xf32>
    %307 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%306 : tensor<2x4x8x16xf32>) outs(%214 : tensor<2x4x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<2x4x8x16xbf16>
    %collapsed_79 = tensor.collapse_shape %307 [[0, 1], [2], [3]] : tensor<2x4x8x16xbf16> into tensor<8x8x16xbf16>
    %collapsed_80 = tensor.collapse_shape %transposed_73 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %308 = linalg.batch_matmul ins(%collapsed_79, %collapsed_80 : tensor<8x8x16xbf16>, tensor<8x16x16xbf16>) outs(%249 : tensor<8x8x16xf32>) -> tensor<8x8x16xf32>
    %309 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%308 : tensor<8x8x16xf32>) outs(%251 : tensor<8x8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<8x8x16xbf16>
    %expanded_81 = tensor.expand_shape %309 [[0, 1], [2], [3]] output_shape [2, 4, 8, 16] : tensor<8x8x16xbf16> into tensor<2x4x8x16xbf16>
    %transposed_82 = linalg.transpose ins(%expanded_81 : tensor<2x4x8x16xbf16>) outs(%253 : tensor<2x8x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_83 = tensor.collapse_shape %transposed_82 [[0, 1], [2, 3]] : tensor<2x8x4x16xbf16> into tensor<16x64xbf16>
    %transposed_84 = linalg.transpose ins(%arg37 : tensor<64x64xbf16>) outs(%46 : tensor<64x64xbf16>) permutation = [1, 0] 
    %310 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg38 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %311 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_83 : tensor<16x64xbf16>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %312 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_84 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x64xf32>
    %313 = linalg.matmul ins(%311, %312 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%209 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %314 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%313, %310 : tensor<16x64xf32>, tensor<64xf32>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %315 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%314 : tensor<16x64xf32>) outs(%212 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<16x64xbf16>
    %expanded_85 = tensor.expand_shape %315 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xbf16> into tensor<2x8x64xbf16>
    %316 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278, %expanded_85 : tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) outs(%159 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_92: bf16, %out: bf16):
      %371 = arith.addf %in, %in_92 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x8x64xbf16>
    %317 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%316 : tensor<2x8x64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %318 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%317 : tensor<2x8x64xf32>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %371 = arith.extf %in : f32 to f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %319 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%318 : tensor<2x8x64xf64>) outs(%186 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %320 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%319 : tensor<2x8x1xf64>) outs(%185 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %321 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%318, %320 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.subf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %322 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%321, %321 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.mulf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %323 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%322 : tensor<2x8x64xf64>) outs(%186 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %324 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%323 : tensor<2x8x1xf64>) outs(%185 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %325 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%324 : tensor<2x8x1xf64>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %371 = arith.truncf %in : f64 to f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %326 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%317 : tensor<2x8x64xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.addf %in, %out : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %327 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%326 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.divf %in, %cst_10 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %328 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%325 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.truncf %cst_8 : f64 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x1xf32>
    %329 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%328 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = math.rsqrt %in : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %330 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%317, %327 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.subf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %331 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%330, %329 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.mulf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %332 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%331, %arg39 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.mulf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x64xf32>
    %333 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%332, %arg40 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x64xf32>
    %334 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%333 : tensor<2x8x64xf32>) outs(%159 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<2x8x64xbf16>
    %collapsed_86 = tensor.collapse_shape %334 [[0, 1], [2]] : tensor<2x8x64xbf16> into tensor<16x64xbf16>
    %transposed_87 = linalg.transpose ins(%arg41 : tensor<128x64xbf16>) outs(%118 : tensor<64x128xbf16>) permutation = [1, 0] 
    %335 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg42 : tensor<128xbf16>) outs(%119 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<128xf32>
    %336 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_86 : tensor<16x64xbf16>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %337 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_87 : tensor<64x128xbf16>) outs(%122 : tensor<64x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64x128xf32>
    %338 = tensor.empty() : tensor<16x128xf32>
    %339 = linalg.fill ins(%cst_0 : f32) outs(%338 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %340 = linalg.matmul ins(%336, %337 : tensor<16x64xf32>, tensor<64x128xf32>) outs(%339 : tensor<16x128xf32>) -> tensor<16x128xf32>
    %341 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%340, %335 : tensor<16x128xf32>, tensor<128xf32>) outs(%338 : tensor<16x128xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<16x128xf32>
    %342 = tensor.empty() : tensor<16x128xbf16>
    %343 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%341 : tensor<16x128xf32>) outs(%342 : tensor<16x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<16x128xbf16>
    %expanded_88 = tensor.expand_shape %343 [[0, 1], [2]] output_shape [2, 8, 128] : tensor<16x128xbf16> into tensor<2x8x128xbf16>
    %344 = tensor.empty() : tensor<2x8x128xbf16>
    %345 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_88 : tensor<2x8x128xbf16>) outs(%344 : tensor<2x8x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %371 = math.sqrt %cst_3 : bf16
      %372 = arith.divf %in, %371 : bf16
      %373 = math.erf %372 : bf16
      %374 = arith.addf %373, %cst_2 : bf16
      %375 = arith.mulf %374, %cst_4 : bf16
      %376 = arith.mulf %in, %375 : bf16
      linalg.yield %376 : bf16
    } -> tensor<2x8x128xbf16>
    %collapsed_89 = tensor.collapse_shape %345 [[0, 1], [2]] : tensor<2x8x128xbf16> into tensor<16x128xbf16>
    %transposed_90 = linalg.transpose ins(%arg43 : tensor<64x128xbf16>) outs(%132 : tensor<128x64xbf16>) permutation = [1, 0] 
    %346 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%arg44 : tensor<64xbf16>) outs(%47 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<64xf32>
    %347 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_89 : tensor<16x128xbf16>) outs(%338 : tensor<16x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<16x128xf32>
    %348 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_90 : tensor<128x64xbf16>) outs(%135 : tensor<128x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<128x64xf32>
    %349 = linalg.matmul ins(%347, %348 : tensor<16x128xf32>, tensor<128x64xf32>) outs(%209 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %350 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%349, %346 : tensor<16x64xf32>, tensor<64xf32>) outs(%206 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.addf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<16x64xf32>
    %351 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%350 : tensor<16x64xf32>) outs(%212 : tensor<16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<16x64xbf16>
    %expanded_91 = tensor.expand_shape %351 [[0, 1], [2]] output_shape [2, 8, 64] : tensor<16x64xbf16> into tensor<2x8x64xbf16>
    %352 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%334, %expanded_91 : tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) outs(%159 : tensor<2x8x64xbf16>) {
    ^bb0(%in: bf16, %in_92: bf16, %out: bf16):
      %371 = arith.addf %in, %in_92 : bf16
      linalg.yield %371 : bf16
    } -> tensor<2x8x64xbf16>
    %353 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%352 : tensor<2x8x64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %371 = arith.extf %in : bf16 to f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %354 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%353 : tensor<2x8x64xf32>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %371 = arith.extf %in : f32 to f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %355 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%354 : tensor<2x8x64xf64>) outs(%186 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %356 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%355 : tensor<2x8x1xf64>) outs(%185 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %357 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%354, %356 : tensor<2x8x64xf64>, tensor<2x8x1xf64>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.subf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %358 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%357, %357 : tensor<2x8x64xf64>, tensor<2x8x64xf64>) outs(%183 : tensor<2x8x64xf64>) {
    ^bb0(%in: f64, %in_92: f64, %out: f64):
      %371 = arith.mulf %in, %in_92 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x64xf64>
    %359 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%358 : tensor<2x8x64xf64>) outs(%186 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.addf %in, %out : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %360 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%359 : tensor<2x8x1xf64>) outs(%185 : tensor<2x8x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %371 = arith.divf %in, %cst_9 : f64
      linalg.yield %371 : f64
    } -> tensor<2x8x1xf64>
    %361 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%360 : tensor<2x8x1xf64>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %371 = arith.truncf %in : f64 to f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %362 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%353 : tensor<2x8x64xf32>) outs(%195 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.addf %in, %out : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %363 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%362 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.divf %in, %cst_10 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %364 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%361 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = arith.truncf %cst_8 : f64 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x1xf32>
    %365 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%364 : tensor<2x8x1xf32>) outs(%193 : tensor<2x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %371 = math.rsqrt %in : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x1xf32>
    %366 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%353, %363 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.subf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %367 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%366, %365 : tensor<2x8x64xf32>, tensor<2x8x1xf32>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: f32, %out: f32):
      %371 = arith.mulf %in, %in_92 : f32
      linalg.yield %371 : f32
    } -> tensor<2x8x64xf32>
    %368 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%367, %arg45 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.mulf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x64xf32>
    %369 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%368, %arg46 : tensor<2x8x64xf32>, tensor<64xbf16>) outs(%181 : tensor<2x8x64xf32>) {
    ^bb0(%in: f32, %in_92: bf16, %out: f32):
      %371 = arith.extf %in_92 : bf16 to f32
      %372 = arith.addf %in, %371 : f32
      linalg.yield %372 : f32
    } -> tensor<2x8x64xf32>
    %370 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%369 : tensor<2x8x64xf32>) outs(%159 : tensor<2x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %371 = arith.truncf %in : f32 to bf16
      linalg.yield %371 : bf16
    } -> tensor<2x8x64xbf16>
    return %370 : tensor<2x8x64xbf16>
  }
}
