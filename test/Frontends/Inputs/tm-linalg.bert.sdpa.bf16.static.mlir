// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "bf16", "expected_blocks": 2, "func": "forward", "model": "bert", "path": "tm-linalg", "shapes": "static"}
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
  func.func @forward(%arg0: tensor<128x64xbf16>, %arg1: tensor<64x64xbf16>, %arg2: tensor<2x64xbf16>, %arg3: tensor<64xbf16>, %arg4: tensor<64xbf16>, %arg5: tensor<64x64xbf16>, %arg6: tensor<64xbf16>, %arg7: tensor<64x64xbf16>, %arg8: tensor<64xbf16>, %arg9: tensor<64x64xbf16>, %arg10: tensor<64xbf16>, %arg11: tensor<64x64xbf16>, %arg12: tensor<64xbf16>, %arg13: tensor<64xbf16>, %arg14: tensor<64xbf16>, %arg15: tensor<128x64xbf16>, %arg16: tensor<128xbf16>, %arg17: tensor<64x128xbf16>, %arg18: tensor<64xbf16>, %arg19: tensor<64xbf16>, %arg20: tensor<64xbf16>, %arg21: tensor<64x64xbf16>, %arg22: tensor<64xbf16>, %arg23: tensor<64x64xbf16>, %arg24: tensor<64xbf16>, %arg25: tensor<64x64xbf16>, %arg26: tensor<64xbf16>, %arg27: tensor<64x64xbf16>, %arg28: tensor<64xbf16>, %arg29: tensor<64xbf16>, %arg30: tensor<64xbf16>, %arg31: tensor<128x64xbf16>, %arg32: tensor<128xbf16>, %arg33: tensor<64x128xbf16>, %arg34: tensor<64xbf16>, %arg35: tensor<64xbf16>, %arg36: tensor<64xbf16>, %arg37: tensor<64x64xbf16>, %arg38: tensor<64xbf16>, %arg39: tensor<2x16xi64>, %arg40: tensor<2x16xi64>) -> tensor<2x16x64xbf16> {
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : bf16
    %cst_3 = arith.constant 2.000000e+00 : bf16
    %cst_4 = arith.constant 5.000000e-01 : bf16
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_7 = arith.constant dense<0xFF80> : tensor<bf16>
    %cst_8 = arith.constant dense<true> : tensor<i1>
    %cst_9 = arith.constant 0xFFF0000000000000 : f64
    %cst_10 = arith.constant 9.9999999999999998E-13 : f64
    %c0 = arith.constant 0 : index
    %cst_11 = arith.constant 6.400000e+01 : f64
    %cst_12 = arith.constant 6.400000e+01 : f32
    %cst_13 = arith.constant 5.000000e-01 : f32
    %c2_i64 = arith.constant 2 : i64
    %cst_14 = arith.constant dense_resource<torch_tensor_1_64_torch.int64_1> : tensor<1x64xi64>
    %cst_15 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %extracted_slice = tensor.extract_slice %cst_15[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<1x16xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%1 : tensor<1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %258 = arith.index_cast %in : i64 to index
      %259 = arith.cmpi slt, %258, %c64 : index
      cf.assert %259, "index must be smaller than dim size"
      %260 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %260, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_14[%c0, %258] : tensor<1x64xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x16xi64>
    %3 = tensor.empty() : tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %2 [[0, 1]] : tensor<1x16xi64> into tensor<16xi64>
    %4 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %5 = tensor.empty() : tensor<2x16x64xbf16>
    %6 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg39 : tensor<2x16xi64>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %258 = arith.index_cast %in : i64 to index
      %259 = linalg.index 2 : index
      %260 = arith.cmpi slt, %258, %c128 : index
      cf.assert %260, "index must be smaller than dim size"
      %261 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %261, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%258, %259] : tensor<128x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x16x64xbf16>
    %7 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %258 = arith.index_cast %in : i64 to index
      %259 = linalg.index 2 : index
      %260 = arith.cmpi slt, %258, %c2 : index
      cf.assert %260, "index must be smaller than dim size"
      %261 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %261, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg2[%258, %259] : tensor<2x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x16x64xbf16>
    %8 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %7 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_71: bf16, %out: bf16):
      %258 = arith.addf %in, %in_71 : bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %9 = tensor.empty() : tensor<1x16x64xbf16>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%9 : tensor<1x16x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %258 = arith.index_cast %in : i64 to index
      %259 = linalg.index 2 : index
      %260 = arith.cmpi slt, %258, %c64 : index
      cf.assert %260, "index must be smaller than dim size"
      %261 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %261, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%258, %259] : tensor<64x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x16x64xbf16>
    %11 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %10 : tensor<2x16x64xbf16>, tensor<1x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_71: bf16, %out: bf16):
      %258 = arith.addf %in, %in_71 : bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %12 = tensor.empty() : tensor<2x16x64xf32>
    %13 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x16x64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %14 = tensor.empty() : tensor<2x16x64xf64>
    %15 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %258 = arith.extf %in : f32 to f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %16 = tensor.empty() : tensor<2x16x1xf64>
    %17 = linalg.fill ins(%cst : f64) outs(%16 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %18 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%15 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.addf %in, %out : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %19 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.divf %in, %cst_11 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %20 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %19 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_71: f64, %out: f64):
      %258 = arith.subf %in, %in_71 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %21 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %20 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_71: f64, %out: f64):
      %258 = arith.mulf %in, %in_71 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %22 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%21 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.addf %in, %out : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %23 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.divf %in, %cst_11 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %24 = tensor.empty() : tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %258 = arith.truncf %in : f64 to f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.fill ins(%cst_0 : f32) outs(%24 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_12 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.truncf %cst_10 : f64 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %28 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.subf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %30 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.mulf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg3 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.mulf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg4 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %36 = tensor.empty() : tensor<2x16xi1>
    %37 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg40 : tensor<2x16xi64>) outs(%36 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %258 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %258 : i1
    } -> tensor<2x16xi1>
    %38 = tensor.empty() : tensor<2xi64>
    %39 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%38 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %258 = linalg.index 0 : index
      %259 = arith.index_cast %258 : index to i64
      linalg.yield %259 : i64
    } -> tensor<2xi64>
    %40 = tensor.empty() : tensor<16xi64>
    %41 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%40 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %258 = linalg.index 0 : index
      %259 = arith.index_cast %258 : index to i64
      linalg.yield %259 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %39 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_16 = tensor.expand_shape %41 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_17 = tensor.expand_shape %41 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %42 = tensor.empty() : tensor<1x1x16x1xi1>
    %43 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_16 : tensor<1x1x16x1xi64>) outs(%42 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %258 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %258 : i1
    } -> tensor<1x1x16x1xi1>
    %44 = linalg.generic {indexing_maps = [#map9, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_8, %43 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%42 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_71: i1, %out: i1):
      %258 = arith.andi %in, %in_71 : i1
      linalg.yield %258 : i1
    } -> tensor<1x1x16x1xi1>
    %45 = tensor.empty() : tensor<2x1x1x16xi1>
    %46 = linalg.generic {indexing_maps = [#map10, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_17 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%45 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_71: i64, %out: i1):
      %258 = arith.cmpi slt, %in, %c0_i64 : i64
      %259 = arith.addi %in, %c2_i64 : i64
      %260 = arith.select %258, %259, %in : i64
      %261 = arith.index_cast %260 : i64 to index
      %262 = arith.cmpi slt, %in_71, %c0_i64 : i64
      %263 = arith.addi %in_71, %c16_i64 : i64
      %264 = arith.select %262, %263, %in_71 : i64
      %265 = arith.index_cast %264 : i64 to index
      %extracted = tensor.extract %37[%261, %265] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %47 = tensor.empty() : tensor<2x1x16x16xi1>
    %48 = linalg.generic {indexing_maps = [#map12, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %46 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%47 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_71: i1, %out: i1):
      %258 = arith.andi %in, %in_71 : i1
      linalg.yield %258 : i1
    } -> tensor<2x1x16x16xi1>
    %collapsed_18 = tensor.collapse_shape %35 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %49 = tensor.empty() : tensor<64x64xbf16>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xbf16>) permutation = [1, 0] 
    %50 = tensor.empty() : tensor<64xf32>
    %51 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg6 : tensor<64xbf16>) outs(%50 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64xf32>
    %52 = tensor.empty() : tensor<32x64xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_18 : tensor<32x64xbf16>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %54 = tensor.empty() : tensor<64x64xf32>
    %55 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed : tensor<64x64xbf16>) outs(%54 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64x64xf32>
    %56 = linalg.fill ins(%cst_0 : f32) outs(%52 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %57 = linalg.matmul ins(%53, %55 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%56 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %58 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%57, %51 : tensor<32x64xf32>, tensor<64xf32>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.addf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %59 = tensor.empty() : tensor<32x64xbf16>
    %60 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%58 : tensor<32x64xf32>) outs(%59 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<32x64xbf16>
    %expanded_19 = tensor.expand_shape %60 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %61 = tensor.empty() : tensor<2x4x16x16xbf16>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x16xbf16>) outs(%61 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%arg7 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xbf16>) permutation = [1, 0] 
    %62 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg8 : tensor<64xbf16>) outs(%50 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64xf32>
    %63 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_21 : tensor<64x64xbf16>) outs(%54 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64x64xf32>
    %64 = linalg.matmul ins(%53, %63 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%56 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%64, %62 : tensor<32x64xf32>, tensor<64xf32>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.addf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %66 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%65 : tensor<32x64xf32>) outs(%59 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<32x64xbf16>
    %expanded_22 = tensor.expand_shape %66 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xbf16>) outs(%61 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_24 = linalg.transpose ins(%arg9 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xbf16>) permutation = [1, 0] 
    %67 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg10 : tensor<64xbf16>) outs(%50 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_24 : tensor<64x64xbf16>) outs(%54 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64x64xf32>
    %69 = linalg.matmul ins(%53, %68 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%56 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%69, %67 : tensor<32x64xf32>, tensor<64xf32>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.addf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %71 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%70 : tensor<32x64xf32>) outs(%59 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<32x64xbf16>
    %expanded_25 = tensor.expand_shape %71 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_26 = linalg.transpose ins(%expanded_25 : tensor<2x16x4x16xbf16>) outs(%61 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %72 = tensor.empty() : tensor<2x1x16x16xbf16>
    %73 = linalg.generic {indexing_maps = [#map8, #map9, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %cst_6, %cst_7 : tensor<2x1x16x16xi1>, tensor<bf16>, tensor<bf16>) outs(%72 : tensor<2x1x16x16xbf16>) {
    ^bb0(%in: i1, %in_71: bf16, %in_72: bf16, %out: bf16):
      %258 = arith.select %in, %in_71, %in_72 : bf16
      linalg.yield %258 : bf16
    } -> tensor<2x1x16x16xbf16>
    %74 = tensor.empty() : tensor<2x4x16x16xf32>
    %75 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_20 : tensor<2x4x16x16xbf16>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_23 : tensor<2x4x16x16xbf16>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_26 : tensor<2x4x16x16xbf16>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %78 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.mulf %in, %cst_13 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_27 = linalg.transpose ins(%76 : tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %79 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_27 : tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.mulf %in, %cst_13 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %78 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %79 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %80 = tensor.empty() : tensor<8x16x16xf32>
    %81 = linalg.fill ins(%cst_0 : f32) outs(%80 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %82 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%81 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_30 = tensor.expand_shape %82 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %83 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_30, %73 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xbf16>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x4x16x16xf32>
    %84 = tensor.empty() : tensor<2x4x16xi64>
    %85 = linalg.fill ins(%c0_i64 : i64) outs(%84 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %86 = tensor.empty() : tensor<2x4x16xf32>
    %87 = linalg.fill ins(%cst_1 : f32) outs(%86 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %88:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%83 : tensor<2x4x16x16xf32>) outs(%87, %85 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_71: i64):
      %258 = linalg.index 3 : index
      %259 = arith.index_cast %258 : index to i64
      %260 = arith.maximumf %in, %out : f32
      %261 = arith.cmpf ogt, %in, %out : f32
      %262 = arith.select %261, %259, %out_71 : i64
      linalg.yield %260, %262 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_31 = tensor.expand_shape %88#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83, %expanded_31 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.subf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %90 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89 : tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.exp %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %91 = tensor.empty() : tensor<2x4x16x1xf32>
    %92 = linalg.fill ins(%cst_0 : f32) outs(%91 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%90 : tensor<2x4x16x16xf32>) outs(%92 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%90, %93 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.divf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %95 = tensor.empty() : tensor<2x4x16x16xi1>
    %96 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83 : tensor<2x4x16x16xf32>) outs(%95 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %258 = arith.extf %in : f32 to f64
      %259 = arith.cmpf oeq, %258, %cst_9 : f64
      linalg.yield %259 : i1
    } -> tensor<2x4x16x16xi1>
    %97 = tensor.empty() : tensor<2x4x16x1xi1>
    %98 = linalg.fill ins(%true : i1) outs(%97 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %99 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%96 : tensor<2x4x16x16xi1>) outs(%98 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %258 = arith.andi %in, %out : i1
      linalg.yield %258 : i1
    } -> tensor<2x4x16x1xi1>
    %100 = linalg.generic {indexing_maps = [#map16, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%99, %cst_5, %94 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_71: f32, %in_72: f32, %out: f32):
      %258 = arith.select %in, %in_71, %in_72 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %100 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %77 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %101 = linalg.batch_matmul ins(%collapsed_32, %collapsed_33 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%81 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_34 = tensor.expand_shape %101 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %102 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_34 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<2x4x16x16xbf16>
    %103 = tensor.empty() : tensor<2x16x4x16xbf16>
    %transposed_35 = linalg.transpose ins(%102 : tensor<2x4x16x16xbf16>) outs(%103 : tensor<2x16x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_36 = tensor.collapse_shape %transposed_35 [[0], [1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<2x16x64xbf16>
    %transposed_37 = linalg.transpose ins(%arg11 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xbf16>) permutation = [1, 0] 
    %104 = tensor.empty() : tensor<2x64x64xbf16>
    %105 = linalg.generic {indexing_maps = [#map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_37 : tensor<64x64xbf16>) outs(%104 : tensor<2x64x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x64x64xbf16>
    %106 = linalg.fill ins(%cst_0 : f32) outs(%12 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %107 = linalg.batch_matmul ins(%collapsed_36, %105 : tensor<2x16x64xbf16>, tensor<2x64x64xbf16>) outs(%106 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %109 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %arg12 : tensor<2x16x64xbf16>, tensor<64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_71: bf16, %out: bf16):
      %258 = arith.addf %in, %in_71 : bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %110 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %35 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_71: bf16, %out: bf16):
      %258 = arith.addf %in, %in_71 : bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %111 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %258 = arith.extf %in : f32 to f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %113 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%112 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.addf %in, %out : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %114 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.divf %in, %cst_11 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %115 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %114 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_71: f64, %out: f64):
      %258 = arith.subf %in, %in_71 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %116 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115, %115 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_71: f64, %out: f64):
      %258 = arith.mulf %in, %in_71 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %117 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%116 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.addf %in, %out : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %118 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.divf %in, %cst_11 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %119 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %258 = arith.truncf %in : f64 to f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_12 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.truncf %cst_10 : f64 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %121 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.subf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %123 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.mulf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %arg13 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.mulf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %arg14 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_38 = tensor.collapse_shape %128 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %129 = tensor.empty() : tensor<64x128xbf16>
    %transposed_39 = linalg.transpose ins(%arg15 : tensor<128x64xbf16>) outs(%129 : tensor<64x128xbf16>) permutation = [1, 0] 
    %130 = tensor.empty() : tensor<128xf32>
    %131 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg16 : tensor<128xbf16>) outs(%130 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<128xf32>
    %132 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_38 : tensor<32x64xbf16>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %133 = tensor.empty() : tensor<64x128xf32>
    %134 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_39 : tensor<64x128xbf16>) outs(%133 : tensor<64x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64x128xf32>
    %135 = tensor.empty() : tensor<32x128xf32>
    %136 = linalg.fill ins(%cst_0 : f32) outs(%135 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %137 = linalg.matmul ins(%132, %134 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%136 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%137, %131 : tensor<32x128xf32>, tensor<128xf32>) outs(%135 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.addf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<32x128xf32>
    %139 = tensor.empty() : tensor<32x128xbf16>
    %140 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%138 : tensor<32x128xf32>) outs(%139 : tensor<32x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<32x128xbf16>
    %expanded_40 = tensor.expand_shape %140 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %141 = tensor.empty() : tensor<2x16x128xbf16>
    %142 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_40 : tensor<2x16x128xbf16>) outs(%141 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %258 = math.sqrt %cst_3 : bf16
      %259 = arith.divf %in, %258 : bf16
      %260 = math.erf %259 : bf16
      %261 = arith.addf %260, %cst_2 : bf16
      %262 = arith.mulf %261, %cst_4 : bf16
      %263 = arith.mulf %in, %262 : bf16
      linalg.yield %263 : bf16
    } -> tensor<2x16x128xbf16>
    %collapsed_41 = tensor.collapse_shape %142 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %143 = tensor.empty() : tensor<128x64xbf16>
    %transposed_42 = linalg.transpose ins(%arg17 : tensor<64x128xbf16>) outs(%143 : tensor<128x64xbf16>) permutation = [1, 0] 
    %144 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg18 : tensor<64xbf16>) outs(%50 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64xf32>
    %145 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_41 : tensor<32x128xbf16>) outs(%135 : tensor<32x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<32x128xf32>
    %146 = tensor.empty() : tensor<128x64xf32>
    %147 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_42 : tensor<128x64xbf16>) outs(%146 : tensor<128x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<128x64xf32>
    %148 = linalg.matmul ins(%145, %147 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%56 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %149 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%148, %144 : tensor<32x64xf32>, tensor<64xf32>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.addf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%149 : tensor<32x64xf32>) outs(%59 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<32x64xbf16>
    %expanded_43 = tensor.expand_shape %150 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %151 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43, %128 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_71: bf16, %out: bf16):
      %258 = arith.addf %in, %in_71 : bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %152 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<2x16x64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %153 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %258 = arith.extf %in : f32 to f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %154 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%153 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.addf %in, %out : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %155 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.divf %in, %cst_11 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %156 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %155 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_71: f64, %out: f64):
      %258 = arith.subf %in, %in_71 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %157 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156, %156 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_71: f64, %out: f64):
      %258 = arith.mulf %in, %in_71 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %158 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%157 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.addf %in, %out : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %159 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.divf %in, %cst_11 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %160 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %258 = arith.truncf %in : f64 to f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %161 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%152 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %162 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_12 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %163 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.truncf %cst_10 : f64 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x1xf32>
    %164 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %165 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %162 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.subf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %166 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %164 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.mulf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %167 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %arg19 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.mulf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x64xf32>
    %168 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167, %arg20 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x64xf32>
    %169 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_44 = tensor.collapse_shape %169 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %transposed_45 = linalg.transpose ins(%arg21 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xbf16>) permutation = [1, 0] 
    %170 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg22 : tensor<64xbf16>) outs(%50 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64xf32>
    %171 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_44 : tensor<32x64xbf16>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %172 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_45 : tensor<64x64xbf16>) outs(%54 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64x64xf32>
    %173 = linalg.matmul ins(%171, %172 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%56 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %174 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%173, %170 : tensor<32x64xf32>, tensor<64xf32>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.addf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %175 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%174 : tensor<32x64xf32>) outs(%59 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<32x64xbf16>
    %expanded_46 = tensor.expand_shape %175 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_47 = linalg.transpose ins(%expanded_46 : tensor<2x16x4x16xbf16>) outs(%61 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_48 = linalg.transpose ins(%arg23 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xbf16>) permutation = [1, 0] 
    %176 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg24 : tensor<64xbf16>) outs(%50 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64xf32>
    %177 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_48 : tensor<64x64xbf16>) outs(%54 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64x64xf32>
    %178 = linalg.matmul ins(%171, %177 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%56 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %179 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%178, %176 : tensor<32x64xf32>, tensor<64xf32>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.addf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %180 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%179 : tensor<32x64xf32>) outs(%59 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<32x64xbf16>
    %expanded_49 = tensor.expand_shape %180 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<2x16x4x16xbf16>) outs(%61 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_51 = linalg.transpose ins(%arg25 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xbf16>) permutation = [1, 0] 
    %181 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg26 : tensor<64xbf16>) outs(%50 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64xf32>
    %182 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_51 : tensor<64x64xbf16>) outs(%54 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64x64xf32>
    %183 = linalg.matmul ins(%171, %182 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%56 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %184 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%183, %181 : tensor<32x64xf32>, tensor<64xf32>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.addf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %185 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%184 : tensor<32x64xf32>) outs(%59 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<32x64xbf16>
    %expanded_52 = tensor.expand_shape %185 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_53 = linalg.transpose ins(%expanded_52 : tensor<2x16x4x16xbf16>) outs(%61 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %186 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_47 : tensor<2x4x16x16xbf16>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %187 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<2x4x16x16xbf16>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %188 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_53 : tensor<2x4x16x16xbf16>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %189 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%186 : tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.mulf %in, %cst_13 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_54 = linalg.transpose ins(%187 : tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %190 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_54 : tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.mulf %in, %cst_13 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_55 = tensor.collapse_shape %189 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_56 = tensor.collapse_shape %190 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %191 = linalg.batch_matmul ins(%collapsed_55, %collapsed_56 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%81 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_57 = tensor.expand_shape %191 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %192 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_57, %73 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xbf16>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x4x16x16xf32>
    %193:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%192 : tensor<2x4x16x16xf32>) outs(%87, %85 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_71: i64):
      %258 = linalg.index 3 : index
      %259 = arith.index_cast %258 : index to i64
      %260 = arith.maximumf %in, %out : f32
      %261 = arith.cmpf ogt, %in, %out : f32
      %262 = arith.select %261, %259, %out_71 : i64
      linalg.yield %260, %262 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_58 = tensor.expand_shape %193#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %194 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%192, %expanded_58 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.subf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %195 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%194 : tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.exp %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %196 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%195 : tensor<2x4x16x16xf32>) outs(%92 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x1xf32>
    %197 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%195, %196 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.divf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %198 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%192 : tensor<2x4x16x16xf32>) outs(%95 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %258 = arith.extf %in : f32 to f64
      %259 = arith.cmpf oeq, %258, %cst_9 : f64
      linalg.yield %259 : i1
    } -> tensor<2x4x16x16xi1>
    %199 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%198 : tensor<2x4x16x16xi1>) outs(%98 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %258 = arith.andi %in, %out : i1
      linalg.yield %258 : i1
    } -> tensor<2x4x16x1xi1>
    %200 = linalg.generic {indexing_maps = [#map16, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%199, %cst_5, %197 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%74 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_71: f32, %in_72: f32, %out: f32):
      %258 = arith.select %in, %in_71, %in_72 : f32
      linalg.yield %258 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_59 = tensor.collapse_shape %200 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_60 = tensor.collapse_shape %188 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %201 = linalg.batch_matmul ins(%collapsed_59, %collapsed_60 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%81 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_61 = tensor.expand_shape %201 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %202 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_61 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<2x4x16x16xbf16>
    %transposed_62 = linalg.transpose ins(%202 : tensor<2x4x16x16xbf16>) outs(%103 : tensor<2x16x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_63 = tensor.collapse_shape %transposed_62 [[0], [1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<2x16x64xbf16>
    %transposed_64 = linalg.transpose ins(%arg27 : tensor<64x64xbf16>) outs(%49 : tensor<64x64xbf16>) permutation = [1, 0] 
    %203 = linalg.generic {indexing_maps = [#map17, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_64 : tensor<64x64xbf16>) outs(%104 : tensor<2x64x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x64x64xbf16>
    %204 = linalg.batch_matmul ins(%collapsed_63, %203 : tensor<2x16x64xbf16>, tensor<2x64x64xbf16>) outs(%106 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %205 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%204 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %206 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%205, %arg28 : tensor<2x16x64xbf16>, tensor<64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_71: bf16, %out: bf16):
      %258 = arith.addf %in, %in_71 : bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %207 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206, %169 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_71: bf16, %out: bf16):
      %258 = arith.addf %in, %in_71 : bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %208 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%207 : tensor<2x16x64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %209 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %258 = arith.extf %in : f32 to f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %210 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%209 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.addf %in, %out : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %211 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.divf %in, %cst_11 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %212 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%209, %211 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_71: f64, %out: f64):
      %258 = arith.subf %in, %in_71 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %213 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%212, %212 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_71: f64, %out: f64):
      %258 = arith.mulf %in, %in_71 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %214 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%213 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.addf %in, %out : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %215 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%214 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.divf %in, %cst_11 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %216 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %258 = arith.truncf %in : f64 to f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %217 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%208 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %218 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_12 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %219 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%216 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.truncf %cst_10 : f64 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x1xf32>
    %220 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %221 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208, %218 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.subf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %222 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221, %220 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.mulf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %223 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%222, %arg29 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.mulf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x64xf32>
    %224 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %arg30 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x64xf32>
    %225 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_65 = tensor.collapse_shape %225 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %transposed_66 = linalg.transpose ins(%arg31 : tensor<128x64xbf16>) outs(%129 : tensor<64x128xbf16>) permutation = [1, 0] 
    %226 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg32 : tensor<128xbf16>) outs(%130 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<128xf32>
    %227 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_65 : tensor<32x64xbf16>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %228 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_66 : tensor<64x128xbf16>) outs(%133 : tensor<64x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64x128xf32>
    %229 = linalg.matmul ins(%227, %228 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%136 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %230 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%229, %226 : tensor<32x128xf32>, tensor<128xf32>) outs(%135 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.addf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<32x128xf32>
    %231 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%230 : tensor<32x128xf32>) outs(%139 : tensor<32x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<32x128xbf16>
    %expanded_67 = tensor.expand_shape %231 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %232 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_67 : tensor<2x16x128xbf16>) outs(%141 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %258 = math.sqrt %cst_3 : bf16
      %259 = arith.divf %in, %258 : bf16
      %260 = math.erf %259 : bf16
      %261 = arith.addf %260, %cst_2 : bf16
      %262 = arith.mulf %261, %cst_4 : bf16
      %263 = arith.mulf %in, %262 : bf16
      linalg.yield %263 : bf16
    } -> tensor<2x16x128xbf16>
    %collapsed_68 = tensor.collapse_shape %232 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %transposed_69 = linalg.transpose ins(%arg33 : tensor<64x128xbf16>) outs(%143 : tensor<128x64xbf16>) permutation = [1, 0] 
    %233 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg34 : tensor<64xbf16>) outs(%50 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<64xf32>
    %234 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_68 : tensor<32x128xbf16>) outs(%135 : tensor<32x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<32x128xf32>
    %235 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_69 : tensor<128x64xbf16>) outs(%146 : tensor<128x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<128x64xf32>
    %236 = linalg.matmul ins(%234, %235 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%56 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %237 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%236, %233 : tensor<32x64xf32>, tensor<64xf32>) outs(%52 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.addf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<32x64xf32>
    %238 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%237 : tensor<32x64xf32>) outs(%59 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<32x64xbf16>
    %expanded_70 = tensor.expand_shape %238 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %239 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_70, %225 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_71: bf16, %out: bf16):
      %258 = arith.addf %in, %in_71 : bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    %240 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239 : tensor<2x16x64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %258 = arith.extf %in : bf16 to f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %241 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %258 = arith.extf %in : f32 to f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %242 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%241 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.addf %in, %out : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %243 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%242 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.divf %in, %cst_11 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %244 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241, %243 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_71: f64, %out: f64):
      %258 = arith.subf %in, %in_71 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %245 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%244, %244 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_71: f64, %out: f64):
      %258 = arith.mulf %in, %in_71 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x64xf64>
    %246 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%245 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.addf %in, %out : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %247 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%246 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %258 = arith.divf %in, %cst_11 : f64
      linalg.yield %258 : f64
    } -> tensor<2x16x1xf64>
    %248 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %258 = arith.truncf %in : f64 to f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %249 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%240 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.addf %in, %out : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %250 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%249 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.divf %in, %cst_12 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %251 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = arith.truncf %cst_10 : f64 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x1xf32>
    %252 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %258 = math.rsqrt %in : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x1xf32>
    %253 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240, %250 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.subf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %254 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253, %252 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: f32, %out: f32):
      %258 = arith.mulf %in, %in_71 : f32
      linalg.yield %258 : f32
    } -> tensor<2x16x64xf32>
    %255 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%254, %arg35 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.mulf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x64xf32>
    %256 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255, %arg36 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_71: bf16, %out: f32):
      %258 = arith.extf %in_71 : bf16 to f32
      %259 = arith.addf %in, %258 : f32
      linalg.yield %259 : f32
    } -> tensor<2x16x64xf32>
    %257 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %258 = arith.truncf %in : f32 to bf16
      linalg.yield %258 : bf16
    } -> tensor<2x16x64xbf16>
    return %257 : tensor<2x16x64xbf16>
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
