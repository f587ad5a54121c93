// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "bf16", "expected_blocks": 2, "func": "forward", "model": "bert", "path": "tm-linalg", "shapes": "static"}
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
    %cst_2 = arith.constant 1.000000e+00 : bf16
    %cst_3 = arith.constant 2.000000e+00 : bf16
    %cst_4 = arith.constant 5.000000e-01 : bf16
    %cst_5 = arith.constant dense<-3.389530e+38> : tensor<bf16>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant 9.9999999999999998E-13 : f64
    %c0 = arith.constant 0 : index
    %cst_9 = arith.constant 6.400000e+01 : f64
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 2.500000e-01 : bf16
    %c2_i64 = arith.constant 2 : i64
    %cst_12 = arith.constant dense_resource<torch_tensor_1_64_torch.int64_1> : tensor<1x64xi64>
    %cst_13 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %extracted_slice = tensor.extract_slice %cst_13[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<1x16xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%1 : tensor<1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %250 = arith.index_cast %in : i64 to index
      %251 = arith.cmpi slt, %250, %c64 : index
      cf.assert %251, "index must be smaller than dim size"
      %252 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %252, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_12[%c0, %250] : tensor<1x64xi64>
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
      %250 = arith.index_cast %in : i64 to index
      %251 = linalg.index 2 : index
      %252 = arith.cmpi slt, %250, %c128 : index
      cf.assert %252, "index must be smaller than dim size"
      %253 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %253, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%250, %251] : tensor<128x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x16x64xbf16>
    %7 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %250 = arith.index_cast %in : i64 to index
      %251 = linalg.index 2 : index
      %252 = arith.cmpi slt, %250, %c2 : index
      cf.assert %252, "index must be smaller than dim size"
      %253 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %253, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg2[%250, %251] : tensor<2x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x16x64xbf16>
    %8 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %7 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_69: bf16, %out: bf16):
      %250 = arith.addf %in, %in_69 : bf16
      linalg.yield %250 : bf16
    } -> tensor<2x16x64xbf16>
    %9 = tensor.empty() : tensor<1x16x64xbf16>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%9 : tensor<1x16x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %250 = arith.index_cast %in : i64 to index
      %251 = linalg.index 2 : index
      %252 = arith.cmpi slt, %250, %c64 : index
      cf.assert %252, "index must be smaller than dim size"
      %253 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %253, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%250, %251] : tensor<64x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x16x64xbf16>
    %11 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %10 : tensor<2x16x64xbf16>, tensor<1x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_69: bf16, %out: bf16):
      %250 = arith.addf %in, %in_69 : bf16
      linalg.yield %250 : bf16
    } -> tensor<2x16x64xbf16>
    %12 = tensor.empty() : tensor<2x16x64xf32>
    %13 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x16x64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %14 = tensor.empty() : tensor<2x16x64xf64>
    %15 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %250 = arith.extf %in : f32 to f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %16 = tensor.empty() : tensor<2x16x1xf64>
    %17 = linalg.fill ins(%cst : f64) outs(%16 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %18 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%15 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.addf %in, %out : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %19 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.divf %in, %cst_9 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %20 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %19 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %250 = arith.subf %in, %in_69 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %21 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %20 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %250 = arith.mulf %in, %in_69 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %22 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%21 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.addf %in, %out : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %23 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.divf %in, %cst_9 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %24 = tensor.empty() : tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %250 = arith.truncf %in : f64 to f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.fill ins(%cst_0 : f32) outs(%24 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.addf %in, %out : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.divf %in, %cst_10 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.truncf %cst_8 : f64 to f32
      %251 = arith.addf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = math.rsqrt %in : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %28 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.subf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %30 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.mulf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %arg3 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: bf16, %out: f32):
      %250 = arith.extf %in_69 : bf16 to f32
      %251 = arith.mulf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %arg4 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: bf16, %out: f32):
      %250 = arith.extf %in_69 : bf16 to f32
      %251 = arith.addf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<2x16x64xbf16>
    %36 = tensor.empty() : tensor<2x16xi1>
    %37 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg40 : tensor<2x16xi64>) outs(%36 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %250 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %250 : i1
    } -> tensor<2x16xi1>
    %38 = tensor.empty() : tensor<2xi64>
    %39 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%38 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %250 = linalg.index 0 : index
      %251 = arith.index_cast %250 : index to i64
      linalg.yield %251 : i64
    } -> tensor<2xi64>
    %40 = tensor.empty() : tensor<16xi64>
    %41 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%40 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %250 = linalg.index 0 : index
      %251 = arith.index_cast %250 : index to i64
      linalg.yield %251 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %39 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %41 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %41 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %42 = tensor.empty() : tensor<1x1x16x1xi1>
    %43 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x1x16x1xi64>) outs(%42 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %250 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %250 : i1
    } -> tensor<1x1x16x1xi1>
    %44 = linalg.generic {indexing_maps = [#map9, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %43 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%42 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_69: i1, %out: i1):
      %250 = arith.andi %in, %in_69 : i1
      linalg.yield %250 : i1
    } -> tensor<1x1x16x1xi1>
    %45 = tensor.empty() : tensor<2x1x1x16xi1>
    %46 = linalg.generic {indexing_maps = [#map10, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%45 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_69: i64, %out: i1):
      %250 = arith.cmpi slt, %in, %c0_i64 : i64
      %251 = arith.addi %in, %c2_i64 : i64
      %252 = arith.select %250, %251, %in : i64
      %253 = arith.index_cast %252 : i64 to index
      %254 = arith.cmpi slt, %in_69, %c0_i64 : i64
      %255 = arith.addi %in_69, %c16_i64 : i64
      %256 = arith.select %254, %255, %in_69 : i64
      %257 = arith.index_cast %256 : i64 to index
      %extracted = tensor.extract %37[%253, %257] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %47 = tensor.empty() : tensor<2x1x16x16xi1>
    %48 = linalg.generic {indexing_maps = [#map12, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %46 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%47 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_69: i1, %out: i1):
      %250 = arith.andi %in, %in_69 : i1
      linalg.yield %250 : i1
    } -> tensor<2x1x16x16xi1>
    %49 = tensor.empty() : tensor<2x1x16x16xbf16>
    %50 = linalg.generic {indexing_maps = [#map8, #map9, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %cst_6, %cst_5 : tensor<2x1x16x16xi1>, tensor<bf16>, tensor<bf16>) outs(%49 : tensor<2x1x16x16xbf16>) {
    ^bb0(%in: i1, %in_69: bf16, %in_70: bf16, %out: bf16):
      %250 = arith.select %in, %in_69, %in_70 : bf16
      linalg.yield %250 : bf16
    } -> tensor<2x1x16x16xbf16>
    %collapsed_16 = tensor.collapse_shape %35 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %51 = tensor.empty() : tensor<64x64xbf16>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xbf16>) permutation = [1, 0] 
    %52 = tensor.empty() : tensor<64xf32>
    %53 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg6 : tensor<64xbf16>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64xf32>
    %54 = tensor.empty() : tensor<32x64xf32>
    %55 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_16 : tensor<32x64xbf16>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %56 = tensor.empty() : tensor<64x64xf32>
    %57 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed : tensor<64x64xbf16>) outs(%56 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64x64xf32>
    %58 = linalg.fill ins(%cst_0 : f32) outs(%54 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %59 = linalg.matmul ins(%55, %57 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %60 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%59, %53 : tensor<32x64xf32>, tensor<64xf32>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %61 = tensor.empty() : tensor<32x64xbf16>
    %62 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%60 : tensor<32x64xf32>) outs(%61 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x64xbf16>
    %expanded_17 = tensor.expand_shape %62 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %63 = tensor.empty() : tensor<2x4x16x16xbf16>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xbf16>) outs(%63 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg7 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xbf16>) permutation = [1, 0] 
    %64 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg8 : tensor<64xbf16>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64xf32>
    %65 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_19 : tensor<64x64xbf16>) outs(%56 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64x64xf32>
    %66 = linalg.matmul ins(%55, %65 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %67 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%66, %64 : tensor<32x64xf32>, tensor<64xf32>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %68 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%67 : tensor<32x64xf32>) outs(%61 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x64xbf16>
    %expanded_20 = tensor.expand_shape %68 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_21 = linalg.transpose ins(%arg9 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xbf16>) permutation = [1, 0] 
    %69 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg10 : tensor<64xbf16>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64xf32>
    %70 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_21 : tensor<64x64xbf16>) outs(%56 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64x64xf32>
    %71 = linalg.matmul ins(%55, %70 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %72 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%71, %69 : tensor<32x64xf32>, tensor<64xf32>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %73 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%72 : tensor<32x64xf32>) outs(%61 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x64xbf16>
    %expanded_22 = tensor.expand_shape %73 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xbf16>) outs(%63 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_24 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xbf16>) outs(%63 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_25 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_26 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %74 = tensor.empty() : tensor<8x16x16xf32>
    %75 = linalg.fill ins(%cst_0 : f32) outs(%74 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %76 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%75 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %77 = tensor.empty() : tensor<8x16x16xbf16>
    %78 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<8x16x16xf32>) outs(%77 : tensor<8x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<8x16x16xbf16>
    %expanded_27 = tensor.expand_shape %78 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %79 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x4x16x16xbf16>) outs(%63 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %250 = arith.mulf %in, %cst_11 : bf16
      linalg.yield %250 : bf16
    } -> tensor<2x4x16x16xbf16>
    %80 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79, %50 : tensor<2x4x16x16xbf16>, tensor<2x1x16x16xbf16>) outs(%63 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %in_69: bf16, %out: bf16):
      %250 = arith.addf %in, %in_69 : bf16
      linalg.yield %250 : bf16
    } -> tensor<2x4x16x16xbf16>
    %81 = tensor.empty() : tensor<2x4x16x16xf32>
    %82 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80 : tensor<2x4x16x16xbf16>) outs(%81 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<2x4x16x16xf32>
    %83 = tensor.empty() : tensor<2x4x16xi64>
    %84 = linalg.fill ins(%c0_i64 : i64) outs(%83 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %85 = tensor.empty() : tensor<2x4x16xf32>
    %86 = linalg.fill ins(%cst_1 : f32) outs(%85 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %87:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%82 : tensor<2x4x16x16xf32>) outs(%86, %84 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_69: i64):
      %250 = linalg.index 3 : index
      %251 = arith.index_cast %250 : index to i64
      %252 = arith.maximumf %in, %out : f32
      %253 = arith.cmpf ogt, %in, %out : f32
      %254 = arith.select %253, %251, %out_69 : i64
      linalg.yield %252, %254 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_28 = tensor.expand_shape %87#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82, %expanded_28 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%81 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.subf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x4x16x16xf32>
    %89 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%88 : tensor<2x4x16x16xf32>) outs(%81 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = math.exp %in : f32
      linalg.yield %250 : f32
    } -> tensor<2x4x16x16xf32>
    %90 = tensor.empty() : tensor<2x4x16x1xf32>
    %91 = linalg.fill ins(%cst_0 : f32) outs(%90 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%89 : tensor<2x4x16x16xf32>) outs(%91 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.addf %in, %out : f32
      linalg.yield %250 : f32
    } -> tensor<2x4x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89, %92 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%81 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.divf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x4x16x16xf32>
    %94 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%93 : tensor<2x4x16x16xf32>) outs(%63 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_29 = tensor.collapse_shape %94 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_30 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %95 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%75 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<8x16x16xf32>) outs(%77 : tensor<8x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<8x16x16xbf16>
    %expanded_31 = tensor.expand_shape %96 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %97 = tensor.empty() : tensor<2x16x4x16xbf16>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<2x4x16x16xbf16>) outs(%97 : tensor<2x16x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0, 1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<32x64xbf16>
    %transposed_34 = linalg.transpose ins(%arg11 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xbf16>) permutation = [1, 0] 
    %98 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg12 : tensor<64xbf16>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64xf32>
    %99 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_33 : tensor<32x64xbf16>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %100 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_34 : tensor<64x64xbf16>) outs(%56 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64x64xf32>
    %101 = linalg.matmul ins(%99, %100 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %102 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%101, %98 : tensor<32x64xf32>, tensor<64xf32>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %103 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%102 : tensor<32x64xf32>) outs(%61 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x64xbf16>
    %expanded_35 = tensor.expand_shape %103 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %104 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35, %35 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_69: bf16, %out: bf16):
      %250 = arith.addf %in, %in_69 : bf16
      linalg.yield %250 : bf16
    } -> tensor<2x16x64xbf16>
    %105 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %250 = arith.extf %in : f32 to f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %107 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.addf %in, %out : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.divf %in, %cst_9 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %109 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %108 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %250 = arith.subf %in, %in_69 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %110 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %109 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %250 = arith.mulf %in, %in_69 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %111 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.addf %in, %out : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %112 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.divf %in, %cst_9 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %113 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %250 = arith.truncf %in : f64 to f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.addf %in, %out : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.divf %in, %cst_10 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.truncf %cst_8 : f64 to f32
      %251 = arith.addf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = math.rsqrt %in : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %115 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.subf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %117 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.mulf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %arg13 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: bf16, %out: f32):
      %250 = arith.extf %in_69 : bf16 to f32
      %251 = arith.mulf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg14 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: bf16, %out: f32):
      %250 = arith.extf %in_69 : bf16 to f32
      %251 = arith.addf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_36 = tensor.collapse_shape %122 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %123 = tensor.empty() : tensor<64x128xbf16>
    %transposed_37 = linalg.transpose ins(%arg15 : tensor<128x64xbf16>) outs(%123 : tensor<64x128xbf16>) permutation = [1, 0] 
    %124 = tensor.empty() : tensor<128xf32>
    %125 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg16 : tensor<128xbf16>) outs(%124 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<128xf32>
    %126 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_36 : tensor<32x64xbf16>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %127 = tensor.empty() : tensor<64x128xf32>
    %128 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_37 : tensor<64x128xbf16>) outs(%127 : tensor<64x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64x128xf32>
    %129 = tensor.empty() : tensor<32x128xf32>
    %130 = linalg.fill ins(%cst_0 : f32) outs(%129 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %131 = linalg.matmul ins(%126, %128 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%130 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %132 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%131, %125 : tensor<32x128xf32>, tensor<128xf32>) outs(%129 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x128xf32>
    %133 = tensor.empty() : tensor<32x128xbf16>
    %134 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%132 : tensor<32x128xf32>) outs(%133 : tensor<32x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x128xbf16>
    %expanded_38 = tensor.expand_shape %134 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %135 = tensor.empty() : tensor<2x16x128xbf16>
    %136 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x16x128xbf16>) outs(%135 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %250 = math.sqrt %cst_3 : bf16
      %251 = arith.divf %in, %250 : bf16
      %252 = math.erf %251 : bf16
      %253 = arith.addf %252, %cst_2 : bf16
      %254 = arith.mulf %253, %cst_4 : bf16
      %255 = arith.mulf %in, %254 : bf16
      linalg.yield %255 : bf16
    } -> tensor<2x16x128xbf16>
    %collapsed_39 = tensor.collapse_shape %136 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %137 = tensor.empty() : tensor<128x64xbf16>
    %transposed_40 = linalg.transpose ins(%arg17 : tensor<64x128xbf16>) outs(%137 : tensor<128x64xbf16>) permutation = [1, 0] 
    %138 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg18 : tensor<64xbf16>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64xf32>
    %139 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_39 : tensor<32x128xbf16>) outs(%129 : tensor<32x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<32x128xf32>
    %140 = tensor.empty() : tensor<128x64xf32>
    %141 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_40 : tensor<128x64xbf16>) outs(%140 : tensor<128x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<128x64xf32>
    %142 = linalg.matmul ins(%139, %141 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %143 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%142, %138 : tensor<32x64xf32>, tensor<64xf32>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %144 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%143 : tensor<32x64xf32>) outs(%61 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x64xbf16>
    %expanded_41 = tensor.expand_shape %144 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %145 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41, %122 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_69: bf16, %out: bf16):
      %250 = arith.addf %in, %in_69 : bf16
      linalg.yield %250 : bf16
    } -> tensor<2x16x64xbf16>
    %146 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x16x64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %147 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %250 = arith.extf %in : f32 to f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %148 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%147 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.addf %in, %out : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %149 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.divf %in, %cst_9 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %150 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147, %149 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %250 = arith.subf %in, %in_69 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %151 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %150 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %250 = arith.mulf %in, %in_69 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %152 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%151 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.addf %in, %out : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %153 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.divf %in, %cst_9 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %154 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %250 = arith.truncf %in : f64 to f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%146 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.addf %in, %out : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %156 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%155 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.divf %in, %cst_10 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %157 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.truncf %cst_8 : f64 to f32
      %251 = arith.addf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x1xf32>
    %158 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = math.rsqrt %in : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %159 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %156 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.subf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %158 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.mulf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %arg19 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: bf16, %out: f32):
      %250 = arith.extf %in_69 : bf16 to f32
      %251 = arith.mulf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %arg20 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: bf16, %out: f32):
      %250 = arith.extf %in_69 : bf16 to f32
      %251 = arith.addf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_42 = tensor.collapse_shape %163 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %transposed_43 = linalg.transpose ins(%arg21 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xbf16>) permutation = [1, 0] 
    %164 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg22 : tensor<64xbf16>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64xf32>
    %165 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_42 : tensor<32x64xbf16>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %166 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_43 : tensor<64x64xbf16>) outs(%56 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64x64xf32>
    %167 = linalg.matmul ins(%165, %166 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %168 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%167, %164 : tensor<32x64xf32>, tensor<64xf32>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %169 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%168 : tensor<32x64xf32>) outs(%61 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x64xbf16>
    %expanded_44 = tensor.expand_shape %169 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_45 = linalg.transpose ins(%expanded_44 : tensor<2x16x4x16xbf16>) outs(%63 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_46 = linalg.transpose ins(%arg23 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xbf16>) permutation = [1, 0] 
    %170 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg24 : tensor<64xbf16>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64xf32>
    %171 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_46 : tensor<64x64xbf16>) outs(%56 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64x64xf32>
    %172 = linalg.matmul ins(%165, %171 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %173 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%172, %170 : tensor<32x64xf32>, tensor<64xf32>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %174 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%173 : tensor<32x64xf32>) outs(%61 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x64xbf16>
    %expanded_47 = tensor.expand_shape %174 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_48 = linalg.transpose ins(%arg25 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xbf16>) permutation = [1, 0] 
    %175 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg26 : tensor<64xbf16>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64xf32>
    %176 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_48 : tensor<64x64xbf16>) outs(%56 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64x64xf32>
    %177 = linalg.matmul ins(%165, %176 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %178 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%177, %175 : tensor<32x64xf32>, tensor<64xf32>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %179 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%178 : tensor<32x64xf32>) outs(%61 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x64xbf16>
    %expanded_49 = tensor.expand_shape %179 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<2x16x4x16xbf16>) outs(%63 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_51 = linalg.transpose ins(%expanded_47 : tensor<2x16x4x16xbf16>) outs(%63 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 3, 1] 
    %collapsed_52 = tensor.collapse_shape %transposed_45 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_53 = tensor.collapse_shape %transposed_51 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %180 = linalg.batch_matmul ins(%collapsed_52, %collapsed_53 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%75 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %181 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180 : tensor<8x16x16xf32>) outs(%77 : tensor<8x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<8x16x16xbf16>
    %expanded_54 = tensor.expand_shape %181 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %182 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_54 : tensor<2x4x16x16xbf16>) outs(%63 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %250 = arith.mulf %in, %cst_11 : bf16
      linalg.yield %250 : bf16
    } -> tensor<2x4x16x16xbf16>
    %183 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%182, %50 : tensor<2x4x16x16xbf16>, tensor<2x1x16x16xbf16>) outs(%63 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %in_69: bf16, %out: bf16):
      %250 = arith.addf %in, %in_69 : bf16
      linalg.yield %250 : bf16
    } -> tensor<2x4x16x16xbf16>
    %184 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%183 : tensor<2x4x16x16xbf16>) outs(%81 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<2x4x16x16xf32>
    %185:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%184 : tensor<2x4x16x16xf32>) outs(%86, %84 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_69: i64):
      %250 = linalg.index 3 : index
      %251 = arith.index_cast %250 : index to i64
      %252 = arith.maximumf %in, %out : f32
      %253 = arith.cmpf ogt, %in, %out : f32
      %254 = arith.select %253, %251, %out_69 : i64
      linalg.yield %252, %254 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_55 = tensor.expand_shape %185#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %186 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%184, %expanded_55 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%81 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.subf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x4x16x16xf32>
    %187 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%186 : tensor<2x4x16x16xf32>) outs(%81 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = math.exp %in : f32
      linalg.yield %250 : f32
    } -> tensor<2x4x16x16xf32>
    %188 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%187 : tensor<2x4x16x16xf32>) outs(%91 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.addf %in, %out : f32
      linalg.yield %250 : f32
    } -> tensor<2x4x16x1xf32>
    %189 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%187, %188 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%81 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.divf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x4x16x16xf32>
    %190 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%189 : tensor<2x4x16x16xf32>) outs(%63 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_56 = tensor.collapse_shape %190 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_57 = tensor.collapse_shape %transposed_50 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %191 = linalg.batch_matmul ins(%collapsed_56, %collapsed_57 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%75 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %192 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191 : tensor<8x16x16xf32>) outs(%77 : tensor<8x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<8x16x16xbf16>
    %expanded_58 = tensor.expand_shape %192 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<2x4x16x16xbf16>) outs(%97 : tensor<2x16x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_60 = tensor.collapse_shape %transposed_59 [[0, 1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<32x64xbf16>
    %transposed_61 = linalg.transpose ins(%arg27 : tensor<64x64xbf16>) outs(%51 : tensor<64x64xbf16>) permutation = [1, 0] 
    %193 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg28 : tensor<64xbf16>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64xf32>
    %194 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_60 : tensor<32x64xbf16>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %195 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_61 : tensor<64x64xbf16>) outs(%56 : tensor<64x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64x64xf32>
    %196 = linalg.matmul ins(%194, %195 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %197 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%196, %193 : tensor<32x64xf32>, tensor<64xf32>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %198 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%197 : tensor<32x64xf32>) outs(%61 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x64xbf16>
    %expanded_62 = tensor.expand_shape %198 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %199 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_62, %163 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_69: bf16, %out: bf16):
      %250 = arith.addf %in, %in_69 : bf16
      linalg.yield %250 : bf16
    } -> tensor<2x16x64xbf16>
    %200 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199 : tensor<2x16x64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %201 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %250 = arith.extf %in : f32 to f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %202 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%201 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.addf %in, %out : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %203 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.divf %in, %cst_9 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %204 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201, %203 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %250 = arith.subf %in, %in_69 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %205 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%204, %204 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %250 = arith.mulf %in, %in_69 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %206 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%205 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.addf %in, %out : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %207 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.divf %in, %cst_9 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %208 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%207 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %250 = arith.truncf %in : f64 to f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %209 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%200 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.addf %in, %out : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %210 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%209 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.divf %in, %cst_10 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %211 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.truncf %cst_8 : f64 to f32
      %251 = arith.addf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x1xf32>
    %212 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = math.rsqrt %in : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %213 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200, %210 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.subf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %214 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%213, %212 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.mulf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %215 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%214, %arg29 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: bf16, %out: f32):
      %250 = arith.extf %in_69 : bf16 to f32
      %251 = arith.mulf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x64xf32>
    %216 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215, %arg30 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: bf16, %out: f32):
      %250 = arith.extf %in_69 : bf16 to f32
      %251 = arith.addf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x64xf32>
    %217 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%216 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_63 = tensor.collapse_shape %217 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %transposed_64 = linalg.transpose ins(%arg31 : tensor<128x64xbf16>) outs(%123 : tensor<64x128xbf16>) permutation = [1, 0] 
    %218 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg32 : tensor<128xbf16>) outs(%124 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<128xf32>
    %219 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_63 : tensor<32x64xbf16>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %220 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_64 : tensor<64x128xbf16>) outs(%127 : tensor<64x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64x128xf32>
    %221 = linalg.matmul ins(%219, %220 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%130 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %222 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%221, %218 : tensor<32x128xf32>, tensor<128xf32>) outs(%129 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x128xf32>
    %223 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%222 : tensor<32x128xf32>) outs(%133 : tensor<32x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x128xbf16>
    %expanded_65 = tensor.expand_shape %223 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %224 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_65 : tensor<2x16x128xbf16>) outs(%135 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %250 = math.sqrt %cst_3 : bf16
      %251 = arith.divf %in, %250 : bf16
      %252 = math.erf %251 : bf16
      %253 = arith.addf %252, %cst_2 : bf16
      %254 = arith.mulf %253, %cst_4 : bf16
      %255 = arith.mulf %in, %254 : bf16
      linalg.yield %255 : bf16
    } -> tensor<2x16x128xbf16>
    %collapsed_66 = tensor.collapse_shape %224 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %transposed_67 = linalg.transpose ins(%arg33 : tensor<64x128xbf16>) outs(%137 : tensor<128x64xbf16>) permutation = [1, 0] 
    %225 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel"]} ins(%arg34 : tensor<64xbf16>) outs(%52 : tensor<64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<64xf32>
    %226 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_66 : tensor<32x128xbf16>) outs(%129 : tensor<32x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<32x128xf32>
    %227 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%transposed_67 : tensor<128x64xbf16>) outs(%140 : tensor<128x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<128x64xf32>
    %228 = linalg.matmul ins(%226, %227 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %229 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%228, %225 : tensor<32x64xf32>, tensor<64xf32>) outs(%54 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.addf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<32x64xf32>
    %230 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%229 : tensor<32x64xf32>) outs(%61 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<32x64xbf16>
    %expanded_68 = tensor.expand_shape %230 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %231 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_68, %217 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_69: bf16, %out: bf16):
      %250 = arith.addf %in, %in_69 : bf16
      linalg.yield %250 : bf16
    } -> tensor<2x16x64xbf16>
    %232 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231 : tensor<2x16x64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %250 = arith.extf %in : bf16 to f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %233 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232 : tensor<2x16x64xf32>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %250 = arith.extf %in : f32 to f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %234 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%233 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.addf %in, %out : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %235 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.divf %in, %cst_9 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %236 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%233, %235 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %250 = arith.subf %in, %in_69 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %237 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236, %236 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%14 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %250 = arith.mulf %in, %in_69 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x64xf64>
    %238 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%237 : tensor<2x16x64xf64>) outs(%17 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.addf %in, %out : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %239 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238 : tensor<2x16x1xf64>) outs(%16 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %250 = arith.divf %in, %cst_9 : f64
      linalg.yield %250 : f64
    } -> tensor<2x16x1xf64>
    %240 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %250 = arith.truncf %in : f64 to f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %241 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%232 : tensor<2x16x64xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.addf %in, %out : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %242 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.divf %in, %cst_10 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %243 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = arith.truncf %cst_8 : f64 to f32
      %251 = arith.addf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x1xf32>
    %244 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %250 = math.rsqrt %in : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x1xf32>
    %245 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232, %242 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.subf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %246 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245, %244 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %250 = arith.mulf %in, %in_69 : f32
      linalg.yield %250 : f32
    } -> tensor<2x16x64xf32>
    %247 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%246, %arg35 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: bf16, %out: f32):
      %250 = arith.extf %in_69 : bf16 to f32
      %251 = arith.mulf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x64xf32>
    %248 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247, %arg36 : tensor<2x16x64xf32>, tensor<64xbf16>) outs(%12 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: bf16, %out: f32):
      %250 = arith.extf %in_69 : bf16 to f32
      %251 = arith.addf %in, %250 : f32
      linalg.yield %251 : f32
    } -> tensor<2x16x64xf32>
    %249 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%248 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %250 = arith.truncf %in : f32 to bf16
      linalg.yield %250 : bf16
    } -> tensor<2x16x64xbf16>
    return %249 : tensor<2x16x64xbf16>
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
