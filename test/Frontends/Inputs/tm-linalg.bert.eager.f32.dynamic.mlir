// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "bert", "path": "tm-linalg", "shapes": "dynamic"}
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
#map14 = affine_map<()[s0] -> (s0 * 16)>
#map15 = affine_map<()[s0] -> (s0 * 4)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<128x64xf32>, %arg32: tensor<128xf32>, %arg33: tensor<64x128xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<?x16xi64>, %arg40: tensor<?x16xi64>) -> tensor<?x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    %c128 = arith.constant 128 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %c4 = arith.constant 4 : index
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 9.9999999999999998E-13 : f64
    %cst_8 = arith.constant 6.400000e+01 : f64
    %cst_9 = arith.constant 6.400000e+01 : f32
    %c256_i64 = arith.constant 256 : i64
    %c1024_i64 = arith.constant 1024 : i64
    %cst_10 = arith.constant 2.500000e-01 : f32
    %cst_11 = arith.constant 1.41421354 : f32
    %c1_i64 = arith.constant 1 : i64
    %c16_i64 = arith.constant 16 : i64
    %cst_12 = arith.constant dense_resource<torch_tensor_1_64_torch.int64_1> : tensor<1x64xi64>
    %cst_13 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %dim = tensor.dim %arg39, %c0 : tensor<?x16xi64>
    %0 = arith.index_cast %dim : index to i64
    %extracted_slice = tensor.extract_slice %cst_13[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %1 = tensor.empty() : tensor<1x16xi64>
    %2 = linalg.fill ins(%c0_i64 : i64) outs(%1 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%2 : tensor<1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %279 = arith.index_cast %in : i64 to index
      %280 = arith.cmpi slt, %279, %c64 : index
      cf.assert %280, "index must be smaller than dim size"
      %281 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %281, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_12[%c0, %279] : tensor<1x64xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x16xi64>
    %4 = arith.cmpi slt, %0, %c0_i64 : i64
    %5 = arith.select %4, %c1, %dim : index
    %6 = tensor.empty(%5) : tensor<?x16xi64>
    %collapsed = tensor.collapse_shape %3 [[0, 1]] : tensor<1x16xi64> into tensor<16xi64>
    %7 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<16xi64>) outs(%6 : tensor<?x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<?x16xi64>
    %8 = tensor.empty(%dim) : tensor<?x16x64xf32>
    %9 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg39 : tensor<?x16xi64>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %279 = arith.index_cast %in : i64 to index
      %280 = linalg.index 2 : index
      %281 = arith.cmpi slt, %279, %c128 : index
      cf.assert %281, "index must be smaller than dim size"
      %282 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %282, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%279, %280] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x16x64xf32>
    %10 = tensor.empty(%5) : tensor<?x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<?x16xi64>) outs(%10 : tensor<?x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %279 = arith.index_cast %in : i64 to index
      %280 = linalg.index 2 : index
      %281 = arith.cmpi slt, %279, %c2 : index
      cf.assert %281, "index must be smaller than dim size"
      %282 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %282, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg2[%279, %280] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x16x64xf32>
    %12 = arith.cmpi eq, %dim, %5 : index
    cf.assert %12, "mismatched size for broadcast"
    %13 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %11 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %14 = tensor.empty() : tensor<1x16x64xf32>
    %15 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%14 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %279 = arith.index_cast %in : i64 to index
      %280 = linalg.index 2 : index
      %281 = arith.cmpi slt, %279, %c64 : index
      cf.assert %281, "index must be smaller than dim size"
      %282 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %282, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%279, %280] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %15 : tensor<?x16x64xf32>, tensor<1x16x64xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %17 = tensor.empty(%dim) : tensor<?x16x64xf64>
    %18 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<?x16x64xf32>) outs(%17 : tensor<?x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %279 = arith.extf %in : f32 to f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %19 = tensor.empty(%dim) : tensor<?x16x1xf64>
    %20 = linalg.fill ins(%cst : f64) outs(%19 : tensor<?x16x1xf64>) -> tensor<?x16x1xf64>
    %21 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<?x16x64xf64>) outs(%20 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.addf %in, %out : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %22 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<?x16x1xf64>) outs(%19 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.divf %in, %cst_8 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %23 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %22 : tensor<?x16x64xf64>, tensor<?x16x1xf64>) outs(%17 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_80: f64, %out: f64):
      %279 = arith.subf %in, %in_80 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %24 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %23 : tensor<?x16x64xf64>, tensor<?x16x64xf64>) outs(%17 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_80: f64, %out: f64):
      %279 = arith.mulf %in, %in_80 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %25 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<?x16x64xf64>) outs(%20 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.addf %in, %out : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %26 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<?x16x1xf64>) outs(%19 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.divf %in, %cst_8 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %27 = tensor.empty(%dim) : tensor<?x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<?x16x1xf64>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %279 = arith.truncf %in : f64 to f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %29 = linalg.fill ins(%cst_0 : f32) outs(%27 : tensor<?x16x1xf32>) -> tensor<?x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%16 : tensor<?x16x64xf32>) outs(%29 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.addf %in, %out : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.divf %in, %cst_9 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.truncf %cst_7 : f64 to f32
      %280 = arith.addf %in, %279 : f32
      linalg.yield %280 : f32
    } -> tensor<?x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = math.rsqrt %in : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %31 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.subf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %33 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.mulf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %arg3 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.mulf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %arg4 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %dim_14 = tensor.dim %arg40, %c0 : tensor<?x16xi64>
    %38 = tensor.empty(%dim_14) : tensor<?x16xi1>
    %39 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg40 : tensor<?x16xi64>) outs(%38 : tensor<?x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %279 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %279 : i1
    } -> tensor<?x16xi1>
    %40 = tensor.empty(%dim) : tensor<?xi64>
    %41 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%40 : tensor<?xi64>) {
    ^bb0(%out: i64):
      %279 = linalg.index 0 : index
      %280 = arith.index_cast %279 : index to i64
      linalg.yield %280 : i64
    } -> tensor<?xi64>
    %42 = tensor.empty() : tensor<16xi64>
    %43 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%42 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %279 = linalg.index 0 : index
      %280 = arith.index_cast %279 : index to i64
      linalg.yield %280 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %41 [[0, 1, 2, 3]] output_shape [%dim, 1, 1, 1] : tensor<?xi64> into tensor<?x1x1x1xi64>
    %expanded_15 = tensor.expand_shape %43 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_16 = tensor.expand_shape %43 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %44 = tensor.empty() : tensor<1x1x16x1xi1>
    %45 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<1x1x16x1xi64>) outs(%44 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %279 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %279 : i1
    } -> tensor<1x1x16x1xi1>
    %46 = linalg.generic {indexing_maps = [#map9, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %45 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%44 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_80: i1, %out: i1):
      %279 = arith.andi %in, %in_80 : i1
      linalg.yield %279 : i1
    } -> tensor<1x1x16x1xi1>
    %dim_17 = tensor.dim %expanded, %c0 : tensor<?x1x1x1xi64>
    %47 = tensor.empty(%dim_17) : tensor<?x1x1x16xi1>
    %48 = linalg.generic {indexing_maps = [#map10, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<?x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%47 : tensor<?x1x1x16xi1>) {
    ^bb0(%in: i64, %in_80: i64, %out: i1):
      %279 = arith.cmpi slt, %in, %c0_i64 : i64
      %280 = arith.index_cast %dim_14 : index to i64
      %281 = arith.addi %in, %280 : i64
      %282 = arith.select %279, %281, %in : i64
      %283 = arith.index_cast %282 : i64 to index
      %284 = arith.cmpi slt, %in_80, %c0_i64 : i64
      %285 = arith.addi %in_80, %c16_i64 : i64
      %286 = arith.select %284, %285, %in_80 : i64
      %287 = arith.index_cast %286 : i64 to index
      %extracted = tensor.extract %39[%283, %287] : tensor<?x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<?x1x1x16xi1>
    %49 = tensor.empty(%dim_17) : tensor<?x1x16x16xi1>
    %50 = linalg.generic {indexing_maps = [#map12, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46, %48 : tensor<1x1x16x1xi1>, tensor<?x1x1x16xi1>) outs(%49 : tensor<?x1x16x16xi1>) {
    ^bb0(%in: i1, %in_80: i1, %out: i1):
      %279 = arith.andi %in, %in_80 : i1
      linalg.yield %279 : i1
    } -> tensor<?x1x16x16xi1>
    %51 = arith.cmpi sge, %0, %c0_i64 : i64
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %52 = tensor.empty(%dim) : tensor<?x1x16x16xi1>
    %53 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%52 : tensor<?x1x16x16xi1>) {
    ^bb0(%out: i1):
      %279 = linalg.index 0 : index
      %280 = linalg.index 2 : index
      %281 = linalg.index 3 : index
      %282 = arith.cmpi eq, %dim_17, %c1 : index
      %283 = arith.select %282, %c0, %279 : index
      %extracted = tensor.extract %50[%283, %c0, %280, %281] : tensor<?x1x16x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<?x1x16x16xi1>
    %54 = tensor.empty(%dim) : tensor<?x1x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map8, #map9, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %cst_5, %cst_4 : tensor<?x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%54 : tensor<?x1x16x16xf32>) {
    ^bb0(%in: i1, %in_80: f32, %in_81: f32, %out: f32):
      %279 = arith.select %in, %in_80, %in_81 : f32
      linalg.yield %279 : f32
    } -> tensor<?x1x16x16xf32>
    %collapsed_18 = tensor.collapse_shape %37 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %56 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %57 = affine.apply #map14()[%dim]
    %58 = tensor.empty(%57) : tensor<?x64xf32>
    %59 = linalg.fill ins(%cst_0 : f32) outs(%58 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %60 = linalg.matmul ins(%collapsed_18, %transposed : tensor<?x64xf32>, tensor<64x64xf32>) outs(%59 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %61 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%60, %arg6 : tensor<?x64xf32>, tensor<64xf32>) outs(%58 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x64xf32>
    %62 = arith.divsi %57, %c16 : index
    %expanded_19 = tensor.expand_shape %61 [[0, 1], [2]] output_shape [%62, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %63 = arith.select %4, %c1_i64, %0 : i64
    %64 = arith.extui %4 : i1 to i64
    %65 = arith.addi %64, %c1_i64 : i64
    %66 = arith.muli %63, %c256_i64 : i64
    %67 = arith.cmpi sle, %65, %c1_i64 : i64
    cf.assert %67, "must have at most one inferred (negative) dimension"
    %68 = arith.index_cast %62 : index to i64
    %69 = arith.muli %68, %c1024_i64 : i64
    %70 = arith.divsi %69, %66 : i64
    %71 = arith.select %4, %70, %0 : i64
    %from_elements = tensor.from_elements %71, %c16_i64, %70, %c16_i64 : tensor<4xi64>
    %reshape = tensor.reshape %expanded_19(%from_elements) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %72 = arith.index_cast %71 : i64 to index
    %73 = tensor.empty(%72) : tensor<?x4x16x16xf32>
    %transposed_20 = linalg.transpose ins(%reshape : tensor<?x16x4x16xf32>) outs(%73 : tensor<?x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %74 = linalg.matmul ins(%collapsed_18, %transposed_21 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%59 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%74, %arg8 : tensor<?x64xf32>, tensor<64xf32>) outs(%58 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x64xf32>
    %expanded_22 = tensor.expand_shape %75 [[0, 1], [2]] output_shape [%62, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    cf.assert %67, "must have at most one inferred (negative) dimension"
    %reshape_23 = tensor.reshape %expanded_22(%from_elements) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %transposed_24 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %76 = linalg.matmul ins(%collapsed_18, %transposed_24 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%59 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%76, %arg10 : tensor<?x64xf32>, tensor<64xf32>) outs(%58 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x64xf32>
    %expanded_25 = tensor.expand_shape %77 [[0, 1], [2]] output_shape [%62, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    cf.assert %67, "must have at most one inferred (negative) dimension"
    %reshape_26 = tensor.reshape %expanded_25(%from_elements) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%reshape_26 : tensor<?x16x4x16xf32>) outs(%73 : tensor<?x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_28 = linalg.transpose ins(%reshape_23 : tensor<?x16x4x16xf32>) outs(%73 : tensor<?x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %78 = tensor.empty(%dim) : tensor<?x4x16x16xf32>
    %79 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%78 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %279 = linalg.index 0 : index
      %280 = linalg.index 1 : index
      %281 = linalg.index 2 : index
      %282 = linalg.index 3 : index
      %283 = arith.cmpi eq, %72, %c1 : index
      %284 = arith.select %283, %c0, %279 : index
      %extracted = tensor.extract %transposed_20[%284, %280, %281, %282] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %79 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %80 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%78 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %279 = linalg.index 0 : index
      %280 = linalg.index 1 : index
      %281 = linalg.index 2 : index
      %282 = linalg.index 3 : index
      %283 = arith.cmpi eq, %72, %c1 : index
      %284 = arith.select %283, %c0, %279 : index
      %extracted = tensor.extract %transposed_28[%284, %280, %281, %282] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %80 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %81 = affine.apply #map15()[%dim]
    %82 = tensor.empty(%81) : tensor<?x16x16xf32>
    %83 = linalg.fill ins(%cst_0 : f32) outs(%82 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %84 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%83 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %85 = arith.divsi %81, %c4 : index
    %expanded_31 = tensor.expand_shape %84 [[0, 1], [2], [3]] output_shape [%85, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    %86 = tensor.empty(%85) : tensor<?x4x16x16xf32>
    %87 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31 : tensor<?x4x16x16xf32>) outs(%86 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.mulf %in, %cst_10 : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x16xf32>
    %88 = arith.cmpi eq, %85, %dim : index
    cf.assert %88, "mismatched size for broadcast"
    %89 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%87, %55 : tensor<?x4x16x16xf32>, tensor<?x1x16x16xf32>) outs(%86 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x16xf32>
    %90 = tensor.empty(%85) : tensor<?x4x16xi64>
    %91 = linalg.fill ins(%c0_i64 : i64) outs(%90 : tensor<?x4x16xi64>) -> tensor<?x4x16xi64>
    %92 = tensor.empty(%85) : tensor<?x4x16xf32>
    %93 = linalg.fill ins(%cst_1 : f32) outs(%92 : tensor<?x4x16xf32>) -> tensor<?x4x16xf32>
    %94:2 = linalg.generic {indexing_maps = [#map8, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%89 : tensor<?x4x16x16xf32>) outs(%93, %91 : tensor<?x4x16xf32>, tensor<?x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_80: i64):
      %279 = linalg.index 3 : index
      %280 = arith.index_cast %279 : index to i64
      %281 = arith.maximumf %in, %out : f32
      %282 = arith.cmpf ogt, %in, %out : f32
      %283 = arith.select %282, %280, %out_80 : i64
      linalg.yield %281, %283 : f32, i64
    } -> (tensor<?x4x16xf32>, tensor<?x4x16xi64>)
    %expanded_32 = tensor.expand_shape %94#0 [[0], [1], [2, 3]] output_shape [%85, 4, 16, 1] : tensor<?x4x16xf32> into tensor<?x4x16x1xf32>
    %95 = linalg.generic {indexing_maps = [#map8, #map18, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89, %expanded_32 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%86 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.subf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x16xf32>
    %96 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%95 : tensor<?x4x16x16xf32>) outs(%86 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = math.exp %in : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x16xf32>
    %97 = tensor.empty(%85) : tensor<?x4x16x1xf32>
    %98 = linalg.fill ins(%cst_0 : f32) outs(%97 : tensor<?x4x16x1xf32>) -> tensor<?x4x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map8, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%96 : tensor<?x4x16x16xf32>) outs(%98 : tensor<?x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.addf %in, %out : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map8, #map18, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%96, %99 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%86 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.divf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %101 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%78 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %279 = linalg.index 0 : index
      %280 = linalg.index 1 : index
      %281 = linalg.index 2 : index
      %282 = linalg.index 3 : index
      %283 = arith.cmpi eq, %85, %c1 : index
      %284 = arith.select %283, %c0, %279 : index
      %extracted = tensor.extract %100[%284, %280, %281, %282] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %101 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %102 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%78 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %279 = linalg.index 0 : index
      %280 = linalg.index 1 : index
      %281 = linalg.index 2 : index
      %282 = linalg.index 3 : index
      %283 = arith.cmpi eq, %72, %c1 : index
      %284 = arith.select %283, %c0, %279 : index
      %extracted = tensor.extract %transposed_27[%284, %280, %281, %282] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %102 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %103 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%83 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %expanded_35 = tensor.expand_shape %103 [[0, 1], [2], [3]] output_shape [%85, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    %104 = tensor.empty(%85) : tensor<?x16x4x16xf32>
    %transposed_36 = linalg.transpose ins(%expanded_35 : tensor<?x4x16x16xf32>) outs(%104 : tensor<?x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %105 = arith.muli %63, %c16_i64 : i64
    cf.assert %67, "must have at most one inferred (negative) dimension"
    %106 = arith.index_cast %85 : index to i64
    %107 = arith.muli %106, %c1024_i64 : i64
    %108 = arith.divsi %107, %105 : i64
    %109 = arith.select %4, %108, %0 : i64
    %from_elements_37 = tensor.from_elements %109, %c16_i64, %108 : tensor<3xi64>
    %reshape_38 = tensor.reshape %transposed_36(%from_elements_37) : (tensor<?x16x4x16xf32>, tensor<3xi64>) -> tensor<?x16x64xf32>
    %collapsed_39 = tensor.collapse_shape %reshape_38 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %transposed_40 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %110 = arith.index_cast %109 : i64 to index
    %111 = affine.apply #map14()[%110]
    %112 = tensor.empty(%111) : tensor<?x64xf32>
    %113 = linalg.fill ins(%cst_0 : f32) outs(%112 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %114 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%113 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %115 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%114, %arg12 : tensor<?x64xf32>, tensor<64xf32>) outs(%112 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x64xf32>
    %116 = arith.divsi %111, %c16 : index
    %expanded_41 = tensor.expand_shape %115 [[0, 1], [2]] output_shape [%116, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %117 = arith.cmpi eq, %116, %dim : index
    cf.assert %117, "mismatched size for broadcast"
    %118 = tensor.empty(%116) : tensor<?x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41, %37 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%118 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %120 = tensor.empty(%116) : tensor<?x16x64xf64>
    %121 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<?x16x64xf32>) outs(%120 : tensor<?x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %279 = arith.extf %in : f32 to f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %122 = tensor.empty(%116) : tensor<?x16x1xf64>
    %123 = linalg.fill ins(%cst : f64) outs(%122 : tensor<?x16x1xf64>) -> tensor<?x16x1xf64>
    %124 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%121 : tensor<?x16x64xf64>) outs(%123 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.addf %in, %out : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %125 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<?x16x1xf64>) outs(%122 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.divf %in, %cst_8 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %126 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %125 : tensor<?x16x64xf64>, tensor<?x16x1xf64>) outs(%120 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_80: f64, %out: f64):
      %279 = arith.subf %in, %in_80 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %127 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %126 : tensor<?x16x64xf64>, tensor<?x16x64xf64>) outs(%120 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_80: f64, %out: f64):
      %279 = arith.mulf %in, %in_80 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %128 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%127 : tensor<?x16x64xf64>) outs(%123 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.addf %in, %out : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %129 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<?x16x1xf64>) outs(%122 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.divf %in, %cst_8 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %130 = tensor.empty(%116) : tensor<?x16x1xf32>
    %131 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<?x16x1xf64>) outs(%130 : tensor<?x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %279 = arith.truncf %in : f64 to f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %132 = linalg.fill ins(%cst_0 : f32) outs(%130 : tensor<?x16x1xf32>) -> tensor<?x16x1xf32>
    %133 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%119 : tensor<?x16x64xf32>) outs(%132 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.addf %in, %out : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %134 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<?x16x1xf32>) outs(%130 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.divf %in, %cst_9 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %135 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<?x16x1xf32>) outs(%130 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.truncf %cst_7 : f64 to f32
      %280 = arith.addf %in, %279 : f32
      linalg.yield %280 : f32
    } -> tensor<?x16x1xf32>
    %136 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<?x16x1xf32>) outs(%130 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = math.rsqrt %in : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %137 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %134 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%118 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.subf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %138 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137, %136 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%118 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.mulf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %139 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %arg13 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%118 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.mulf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %140 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %arg14 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%118 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %collapsed_42 = tensor.collapse_shape %140 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %141 = tensor.empty() : tensor<64x128xf32>
    %transposed_43 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%141 : tensor<64x128xf32>) permutation = [1, 0] 
    %142 = affine.apply #map14()[%116]
    %143 = tensor.empty(%142) : tensor<?x128xf32>
    %144 = linalg.fill ins(%cst_0 : f32) outs(%143 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %145 = linalg.matmul ins(%collapsed_42, %transposed_43 : tensor<?x64xf32>, tensor<64x128xf32>) outs(%144 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %146 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%145, %arg16 : tensor<?x128xf32>, tensor<128xf32>) outs(%143 : tensor<?x128xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x128xf32>
    %147 = arith.divsi %142, %c16 : index
    %expanded_44 = tensor.expand_shape %146 [[0, 1], [2]] output_shape [%147, 16, 128] : tensor<?x128xf32> into tensor<?x16x128xf32>
    %148 = tensor.empty(%147) : tensor<?x16x128xf32>
    %149 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44 : tensor<?x16x128xf32>) outs(%148 : tensor<?x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.divf %in, %cst_11 : f32
      %280 = math.erf %279 : f32
      %281 = arith.addf %280, %cst_2 : f32
      %282 = arith.mulf %281, %cst_3 : f32
      %283 = arith.mulf %in, %282 : f32
      linalg.yield %283 : f32
    } -> tensor<?x16x128xf32>
    %collapsed_45 = tensor.collapse_shape %149 [[0, 1], [2]] : tensor<?x16x128xf32> into tensor<?x128xf32>
    %150 = tensor.empty() : tensor<128x64xf32>
    %transposed_46 = linalg.transpose ins(%arg17 : tensor<64x128xf32>) outs(%150 : tensor<128x64xf32>) permutation = [1, 0] 
    %151 = affine.apply #map14()[%147]
    %152 = tensor.empty(%151) : tensor<?x64xf32>
    %153 = linalg.fill ins(%cst_0 : f32) outs(%152 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %154 = linalg.matmul ins(%collapsed_45, %transposed_46 : tensor<?x128xf32>, tensor<128x64xf32>) outs(%153 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %155 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%154, %arg18 : tensor<?x64xf32>, tensor<64xf32>) outs(%152 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x64xf32>
    %156 = arith.divsi %151, %c16 : index
    %expanded_47 = tensor.expand_shape %155 [[0, 1], [2]] output_shape [%156, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %157 = arith.cmpi eq, %156, %116 : index
    cf.assert %157, "mismatched size for broadcast"
    %158 = tensor.empty(%156) : tensor<?x16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47, %140 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%158 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %160 = tensor.empty(%156) : tensor<?x16x64xf64>
    %161 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<?x16x64xf32>) outs(%160 : tensor<?x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %279 = arith.extf %in : f32 to f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %162 = tensor.empty(%156) : tensor<?x16x1xf64>
    %163 = linalg.fill ins(%cst : f64) outs(%162 : tensor<?x16x1xf64>) -> tensor<?x16x1xf64>
    %164 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%161 : tensor<?x16x64xf64>) outs(%163 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.addf %in, %out : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %165 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<?x16x1xf64>) outs(%162 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.divf %in, %cst_8 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %166 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %165 : tensor<?x16x64xf64>, tensor<?x16x1xf64>) outs(%160 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_80: f64, %out: f64):
      %279 = arith.subf %in, %in_80 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %167 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166, %166 : tensor<?x16x64xf64>, tensor<?x16x64xf64>) outs(%160 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_80: f64, %out: f64):
      %279 = arith.mulf %in, %in_80 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %168 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%167 : tensor<?x16x64xf64>) outs(%163 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.addf %in, %out : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %169 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<?x16x1xf64>) outs(%162 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.divf %in, %cst_8 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %170 = tensor.empty(%156) : tensor<?x16x1xf32>
    %171 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<?x16x1xf64>) outs(%170 : tensor<?x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %279 = arith.truncf %in : f64 to f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %172 = linalg.fill ins(%cst_0 : f32) outs(%170 : tensor<?x16x1xf32>) -> tensor<?x16x1xf32>
    %173 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%159 : tensor<?x16x64xf32>) outs(%172 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.addf %in, %out : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %174 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173 : tensor<?x16x1xf32>) outs(%170 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.divf %in, %cst_9 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %175 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171 : tensor<?x16x1xf32>) outs(%170 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.truncf %cst_7 : f64 to f32
      %280 = arith.addf %in, %279 : f32
      linalg.yield %280 : f32
    } -> tensor<?x16x1xf32>
    %176 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175 : tensor<?x16x1xf32>) outs(%170 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = math.rsqrt %in : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %177 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %174 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%158 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.subf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %178 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177, %176 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%158 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.mulf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %179 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178, %arg19 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%158 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.mulf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %180 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179, %arg20 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%158 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %collapsed_48 = tensor.collapse_shape %180 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %transposed_49 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %181 = affine.apply #map14()[%156]
    %182 = tensor.empty(%181) : tensor<?x64xf32>
    %183 = linalg.fill ins(%cst_0 : f32) outs(%182 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %184 = linalg.matmul ins(%collapsed_48, %transposed_49 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%183 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %185 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%184, %arg22 : tensor<?x64xf32>, tensor<64xf32>) outs(%182 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x64xf32>
    %186 = arith.divsi %181, %c16 : index
    %expanded_50 = tensor.expand_shape %185 [[0, 1], [2]] output_shape [%186, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    cf.assert %67, "must have at most one inferred (negative) dimension"
    %187 = arith.index_cast %186 : index to i64
    %188 = arith.muli %187, %c1024_i64 : i64
    %189 = arith.divsi %188, %66 : i64
    %190 = arith.select %4, %189, %0 : i64
    %from_elements_51 = tensor.from_elements %190, %c16_i64, %189, %c16_i64 : tensor<4xi64>
    %reshape_52 = tensor.reshape %expanded_50(%from_elements_51) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %191 = arith.index_cast %190 : i64 to index
    %192 = tensor.empty(%191) : tensor<?x4x16x16xf32>
    %transposed_53 = linalg.transpose ins(%reshape_52 : tensor<?x16x4x16xf32>) outs(%192 : tensor<?x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_54 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %193 = linalg.matmul ins(%collapsed_48, %transposed_54 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%183 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %194 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%193, %arg24 : tensor<?x64xf32>, tensor<64xf32>) outs(%182 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x64xf32>
    %expanded_55 = tensor.expand_shape %194 [[0, 1], [2]] output_shape [%186, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    cf.assert %67, "must have at most one inferred (negative) dimension"
    %reshape_56 = tensor.reshape %expanded_55(%from_elements_51) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %transposed_57 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %195 = linalg.matmul ins(%collapsed_48, %transposed_57 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%183 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %196 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%195, %arg26 : tensor<?x64xf32>, tensor<64xf32>) outs(%182 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x64xf32>
    %expanded_58 = tensor.expand_shape %196 [[0, 1], [2]] output_shape [%186, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    cf.assert %67, "must have at most one inferred (negative) dimension"
    %reshape_59 = tensor.reshape %expanded_58(%from_elements_51) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %transposed_60 = linalg.transpose ins(%reshape_59 : tensor<?x16x4x16xf32>) outs(%192 : tensor<?x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_61 = linalg.transpose ins(%reshape_56 : tensor<?x16x4x16xf32>) outs(%192 : tensor<?x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %197 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%78 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %279 = linalg.index 0 : index
      %280 = linalg.index 1 : index
      %281 = linalg.index 2 : index
      %282 = linalg.index 3 : index
      %283 = arith.cmpi eq, %191, %c1 : index
      %284 = arith.select %283, %c0, %279 : index
      %extracted = tensor.extract %transposed_53[%284, %280, %281, %282] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_62 = tensor.collapse_shape %197 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %198 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%78 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %279 = linalg.index 0 : index
      %280 = linalg.index 1 : index
      %281 = linalg.index 2 : index
      %282 = linalg.index 3 : index
      %283 = arith.cmpi eq, %191, %c1 : index
      %284 = arith.select %283, %c0, %279 : index
      %extracted = tensor.extract %transposed_61[%284, %280, %281, %282] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_63 = tensor.collapse_shape %198 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %199 = linalg.batch_matmul ins(%collapsed_62, %collapsed_63 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%83 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %expanded_64 = tensor.expand_shape %199 [[0, 1], [2], [3]] output_shape [%85, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    %200 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_64 : tensor<?x4x16x16xf32>) outs(%86 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.mulf %in, %cst_10 : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %88, "mismatched size for broadcast"
    %201 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%200, %55 : tensor<?x4x16x16xf32>, tensor<?x1x16x16xf32>) outs(%86 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x16xf32>
    %202:2 = linalg.generic {indexing_maps = [#map8, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%201 : tensor<?x4x16x16xf32>) outs(%93, %91 : tensor<?x4x16xf32>, tensor<?x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_80: i64):
      %279 = linalg.index 3 : index
      %280 = arith.index_cast %279 : index to i64
      %281 = arith.maximumf %in, %out : f32
      %282 = arith.cmpf ogt, %in, %out : f32
      %283 = arith.select %282, %280, %out_80 : i64
      linalg.yield %281, %283 : f32, i64
    } -> (tensor<?x4x16xf32>, tensor<?x4x16xi64>)
    %expanded_65 = tensor.expand_shape %202#0 [[0], [1], [2, 3]] output_shape [%85, 4, 16, 1] : tensor<?x4x16xf32> into tensor<?x4x16x1xf32>
    %203 = linalg.generic {indexing_maps = [#map8, #map18, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%201, %expanded_65 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%86 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.subf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x16xf32>
    %204 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%203 : tensor<?x4x16x16xf32>) outs(%86 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = math.exp %in : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x16xf32>
    %205 = linalg.generic {indexing_maps = [#map8, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%204 : tensor<?x4x16x16xf32>) outs(%98 : tensor<?x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.addf %in, %out : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x1xf32>
    %206 = linalg.generic {indexing_maps = [#map8, #map18, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%204, %205 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%86 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.divf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %207 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%78 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %279 = linalg.index 0 : index
      %280 = linalg.index 1 : index
      %281 = linalg.index 2 : index
      %282 = linalg.index 3 : index
      %283 = arith.cmpi eq, %85, %c1 : index
      %284 = arith.select %283, %c0, %279 : index
      %extracted = tensor.extract %206[%284, %280, %281, %282] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_66 = tensor.collapse_shape %207 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %208 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%78 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %279 = linalg.index 0 : index
      %280 = linalg.index 1 : index
      %281 = linalg.index 2 : index
      %282 = linalg.index 3 : index
      %283 = arith.cmpi eq, %191, %c1 : index
      %284 = arith.select %283, %c0, %279 : index
      %extracted = tensor.extract %transposed_60[%284, %280, %281, %282] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_67 = tensor.collapse_shape %208 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %209 = linalg.batch_matmul ins(%collapsed_66, %collapsed_67 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%83 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %expanded_68 = tensor.expand_shape %209 [[0, 1], [2], [3]] output_shape [%85, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    %transposed_69 = linalg.transpose ins(%expanded_68 : tensor<?x4x16x16xf32>) outs(%104 : tensor<?x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    cf.assert %67, "must have at most one inferred (negative) dimension"
    %reshape_70 = tensor.reshape %transposed_69(%from_elements_37) : (tensor<?x16x4x16xf32>, tensor<3xi64>) -> tensor<?x16x64xf32>
    %collapsed_71 = tensor.collapse_shape %reshape_70 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %transposed_72 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %210 = arith.index_cast %109 : i64 to index
    %211 = affine.apply #map14()[%210]
    %212 = tensor.empty(%211) : tensor<?x64xf32>
    %213 = linalg.fill ins(%cst_0 : f32) outs(%212 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %214 = linalg.matmul ins(%collapsed_71, %transposed_72 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%213 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %215 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%214, %arg28 : tensor<?x64xf32>, tensor<64xf32>) outs(%212 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x64xf32>
    %216 = arith.divsi %211, %c16 : index
    %expanded_73 = tensor.expand_shape %215 [[0, 1], [2]] output_shape [%216, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %217 = arith.cmpi eq, %216, %156 : index
    cf.assert %217, "mismatched size for broadcast"
    %218 = tensor.empty(%216) : tensor<?x16x64xf32>
    %219 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_73, %180 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%218 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %220 = tensor.empty(%216) : tensor<?x16x64xf64>
    %221 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219 : tensor<?x16x64xf32>) outs(%220 : tensor<?x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %279 = arith.extf %in : f32 to f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %222 = tensor.empty(%216) : tensor<?x16x1xf64>
    %223 = linalg.fill ins(%cst : f64) outs(%222 : tensor<?x16x1xf64>) -> tensor<?x16x1xf64>
    %224 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%221 : tensor<?x16x64xf64>) outs(%223 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.addf %in, %out : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %225 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224 : tensor<?x16x1xf64>) outs(%222 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.divf %in, %cst_8 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %226 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221, %225 : tensor<?x16x64xf64>, tensor<?x16x1xf64>) outs(%220 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_80: f64, %out: f64):
      %279 = arith.subf %in, %in_80 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %227 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%226, %226 : tensor<?x16x64xf64>, tensor<?x16x64xf64>) outs(%220 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_80: f64, %out: f64):
      %279 = arith.mulf %in, %in_80 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %228 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%227 : tensor<?x16x64xf64>) outs(%223 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.addf %in, %out : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %229 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228 : tensor<?x16x1xf64>) outs(%222 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.divf %in, %cst_8 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %230 = tensor.empty(%216) : tensor<?x16x1xf32>
    %231 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229 : tensor<?x16x1xf64>) outs(%230 : tensor<?x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %279 = arith.truncf %in : f64 to f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %232 = linalg.fill ins(%cst_0 : f32) outs(%230 : tensor<?x16x1xf32>) -> tensor<?x16x1xf32>
    %233 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%219 : tensor<?x16x64xf32>) outs(%232 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.addf %in, %out : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %234 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%233 : tensor<?x16x1xf32>) outs(%230 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.divf %in, %cst_9 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %235 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231 : tensor<?x16x1xf32>) outs(%230 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.truncf %cst_7 : f64 to f32
      %280 = arith.addf %in, %279 : f32
      linalg.yield %280 : f32
    } -> tensor<?x16x1xf32>
    %236 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235 : tensor<?x16x1xf32>) outs(%230 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = math.rsqrt %in : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %237 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219, %234 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%218 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.subf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %238 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%237, %236 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%218 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.mulf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %239 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238, %arg29 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%218 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.mulf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %240 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239, %arg30 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%218 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %collapsed_74 = tensor.collapse_shape %240 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %transposed_75 = linalg.transpose ins(%arg31 : tensor<128x64xf32>) outs(%141 : tensor<64x128xf32>) permutation = [1, 0] 
    %241 = affine.apply #map14()[%216]
    %242 = tensor.empty(%241) : tensor<?x128xf32>
    %243 = linalg.fill ins(%cst_0 : f32) outs(%242 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %244 = linalg.matmul ins(%collapsed_74, %transposed_75 : tensor<?x64xf32>, tensor<64x128xf32>) outs(%243 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %245 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%244, %arg32 : tensor<?x128xf32>, tensor<128xf32>) outs(%242 : tensor<?x128xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x128xf32>
    %246 = arith.divsi %241, %c16 : index
    %expanded_76 = tensor.expand_shape %245 [[0, 1], [2]] output_shape [%246, 16, 128] : tensor<?x128xf32> into tensor<?x16x128xf32>
    %247 = tensor.empty(%246) : tensor<?x16x128xf32>
    %248 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_76 : tensor<?x16x128xf32>) outs(%247 : tensor<?x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.divf %in, %cst_11 : f32
      %280 = math.erf %279 : f32
      %281 = arith.addf %280, %cst_2 : f32
      %282 = arith.mulf %281, %cst_3 : f32
      %283 = arith.mulf %in, %282 : f32
      linalg.yield %283 : f32
    } -> tensor<?x16x128xf32>
    %collapsed_77 = tensor.collapse_shape %248 [[0, 1], [2]] : tensor<?x16x128xf32> into tensor<?x128xf32>
    %transposed_78 = linalg.transpose ins(%arg33 : tensor<64x128xf32>) outs(%150 : tensor<128x64xf32>) permutation = [1, 0] 
    %249 = affine.apply #map14()[%246]
    %250 = tensor.empty(%249) : tensor<?x64xf32>
    %251 = linalg.fill ins(%cst_0 : f32) outs(%250 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %252 = linalg.matmul ins(%collapsed_77, %transposed_78 : tensor<?x128xf32>, tensor<128x64xf32>) outs(%251 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %253 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%252, %arg34 : tensor<?x64xf32>, tensor<64xf32>) outs(%250 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x64xf32>
    %254 = arith.divsi %249, %c16 : index
    %expanded_79 = tensor.expand_shape %253 [[0, 1], [2]] output_shape [%254, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %255 = arith.cmpi eq, %254, %216 : index
    cf.assert %255, "mismatched size for broadcast"
    %256 = tensor.empty(%254) : tensor<?x16x64xf32>
    %257 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_79, %240 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%256 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %258 = tensor.empty(%254) : tensor<?x16x64xf64>
    %259 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%257 : tensor<?x16x64xf32>) outs(%258 : tensor<?x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %279 = arith.extf %in : f32 to f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %260 = tensor.empty(%254) : tensor<?x16x1xf64>
    %261 = linalg.fill ins(%cst : f64) outs(%260 : tensor<?x16x1xf64>) -> tensor<?x16x1xf64>
    %262 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%259 : tensor<?x16x64xf64>) outs(%261 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.addf %in, %out : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %263 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262 : tensor<?x16x1xf64>) outs(%260 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.divf %in, %cst_8 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %264 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259, %263 : tensor<?x16x64xf64>, tensor<?x16x1xf64>) outs(%258 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_80: f64, %out: f64):
      %279 = arith.subf %in, %in_80 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %265 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264, %264 : tensor<?x16x64xf64>, tensor<?x16x64xf64>) outs(%258 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_80: f64, %out: f64):
      %279 = arith.mulf %in, %in_80 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x64xf64>
    %266 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%265 : tensor<?x16x64xf64>) outs(%261 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.addf %in, %out : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %267 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<?x16x1xf64>) outs(%260 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %279 = arith.divf %in, %cst_8 : f64
      linalg.yield %279 : f64
    } -> tensor<?x16x1xf64>
    %268 = tensor.empty(%254) : tensor<?x16x1xf32>
    %269 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%267 : tensor<?x16x1xf64>) outs(%268 : tensor<?x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %279 = arith.truncf %in : f64 to f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %270 = linalg.fill ins(%cst_0 : f32) outs(%268 : tensor<?x16x1xf32>) -> tensor<?x16x1xf32>
    %271 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%257 : tensor<?x16x64xf32>) outs(%270 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.addf %in, %out : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %272 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%271 : tensor<?x16x1xf32>) outs(%268 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.divf %in, %cst_9 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %273 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%269 : tensor<?x16x1xf32>) outs(%268 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = arith.truncf %cst_7 : f64 to f32
      %280 = arith.addf %in, %279 : f32
      linalg.yield %280 : f32
    } -> tensor<?x16x1xf32>
    %274 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%273 : tensor<?x16x1xf32>) outs(%268 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %279 = math.rsqrt %in : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x1xf32>
    %275 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%257, %272 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%256 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.subf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %276 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%275, %274 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%256 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.mulf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %277 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%276, %arg35 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%256 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.mulf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    %278 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%277, %arg36 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%256 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_80: f32, %out: f32):
      %279 = arith.addf %in, %in_80 : f32
      linalg.yield %279 : f32
    } -> tensor<?x16x64xf32>
    return %278 : tensor<?x16x64xf32>
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
