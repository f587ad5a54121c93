// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "bert", "path": "tm-linalg", "shapes": "dynamic"}
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
#map19 = affine_map<(d0, d1, d2) -> (d1, d2)>
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
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_5 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 0xFFF0000000000000 : f64
    %cst_8 = arith.constant 9.9999999999999998E-13 : f64
    %cst_9 = arith.constant 6.400000e+01 : f64
    %cst_10 = arith.constant 6.400000e+01 : f32
    %c256_i64 = arith.constant 256 : i64
    %c1024_i64 = arith.constant 1024 : i64
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
      %262 = arith.index_cast %in : i64 to index
      %263 = arith.cmpi slt, %262, %c64 : index
      cf.assert %263, "index must be smaller than dim size"
      %264 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %264, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_12[%c0, %262] : tensor<1x64xi64>
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
      %262 = arith.index_cast %in : i64 to index
      %263 = linalg.index 2 : index
      %264 = arith.cmpi slt, %262, %c128 : index
      cf.assert %264, "index must be smaller than dim size"
      %265 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %265, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%262, %263] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x16x64xf32>
    %10 = tensor.empty(%5) : tensor<?x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%7 : tensor<?x16xi64>) outs(%10 : tensor<?x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %262 = arith.index_cast %in : i64 to index
      %263 = linalg.index 2 : index
      %264 = arith.cmpi slt, %262, %c2 : index
      cf.assert %264, "index must be smaller than dim size"
      %265 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %265, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg2[%262, %263] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x16x64xf32>
    %12 = arith.cmpi eq, %dim, %5 : index
    cf.assert %12, "mismatched size for broadcast"
    %13 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9, %11 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %14 = tensor.empty() : tensor<1x16x64xf32>
    %15 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%14 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %262 = arith.index_cast %in : i64 to index
      %263 = linalg.index 2 : index
      %264 = arith.cmpi slt, %262, %c64 : index
      cf.assert %264, "index must be smaller than dim size"
      %265 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %265, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%262, %263] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %16 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %15 : tensor<?x16x64xf32>, tensor<1x16x64xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %17 = tensor.empty(%dim) : tensor<?x16x64xf64>
    %18 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<?x16x64xf32>) outs(%17 : tensor<?x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %262 = arith.extf %in : f32 to f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %19 = tensor.empty(%dim) : tensor<?x16x1xf64>
    %20 = linalg.fill ins(%cst : f64) outs(%19 : tensor<?x16x1xf64>) -> tensor<?x16x1xf64>
    %21 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<?x16x64xf64>) outs(%20 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %22 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<?x16x1xf64>) outs(%19 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_9 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %23 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %22 : tensor<?x16x64xf64>, tensor<?x16x1xf64>) outs(%17 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_75: f64, %out: f64):
      %262 = arith.subf %in, %in_75 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %24 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %23 : tensor<?x16x64xf64>, tensor<?x16x64xf64>) outs(%17 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_75: f64, %out: f64):
      %262 = arith.mulf %in, %in_75 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %25 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%24 : tensor<?x16x64xf64>) outs(%20 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %26 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<?x16x1xf64>) outs(%19 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_9 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %27 = tensor.empty(%dim) : tensor<?x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<?x16x1xf64>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %262 = arith.truncf %in : f64 to f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %29 = linalg.fill ins(%cst_0 : f32) outs(%27 : tensor<?x16x1xf32>) -> tensor<?x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%16 : tensor<?x16x64xf32>) outs(%29 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_10 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.truncf %cst_8 : f64 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<?x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.rsqrt %in : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %31 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.subf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %33 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.mulf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %arg3 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.mulf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %arg4 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%8 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %dim_14 = tensor.dim %arg40, %c0 : tensor<?x16xi64>
    %38 = tensor.empty(%dim_14) : tensor<?x16xi1>
    %39 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg40 : tensor<?x16xi64>) outs(%38 : tensor<?x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %262 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %262 : i1
    } -> tensor<?x16xi1>
    %40 = tensor.empty(%dim) : tensor<?xi64>
    %41 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%40 : tensor<?xi64>) {
    ^bb0(%out: i64):
      %262 = linalg.index 0 : index
      %263 = arith.index_cast %262 : index to i64
      linalg.yield %263 : i64
    } -> tensor<?xi64>
    %42 = tensor.empty() : tensor<16xi64>
    %43 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%42 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %262 = linalg.index 0 : index
      %263 = arith.index_cast %262 : index to i64
      linalg.yield %263 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %41 [[0, 1, 2, 3]] output_shape [%dim, 1, 1, 1] : tensor<?xi64> into tensor<?x1x1x1xi64>
    %expanded_15 = tensor.expand_shape %43 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_16 = tensor.expand_shape %43 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %44 = tensor.empty() : tensor<1x1x16x1xi1>
    %45 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<1x1x16x1xi64>) outs(%44 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %262 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %262 : i1
    } -> tensor<1x1x16x1xi1>
    %46 = linalg.generic {indexing_maps = [#map9, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %45 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%44 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_75: i1, %out: i1):
      %262 = arith.andi %in, %in_75 : i1
      linalg.yield %262 : i1
    } -> tensor<1x1x16x1xi1>
    %dim_17 = tensor.dim %expanded, %c0 : tensor<?x1x1x1xi64>
    %47 = tensor.empty(%dim_17) : tensor<?x1x1x16xi1>
    %48 = linalg.generic {indexing_maps = [#map10, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<?x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%47 : tensor<?x1x1x16xi1>) {
    ^bb0(%in: i64, %in_75: i64, %out: i1):
      %262 = arith.cmpi slt, %in, %c0_i64 : i64
      %263 = arith.index_cast %dim_14 : index to i64
      %264 = arith.addi %in, %263 : i64
      %265 = arith.select %262, %264, %in : i64
      %266 = arith.index_cast %265 : i64 to index
      %267 = arith.cmpi slt, %in_75, %c0_i64 : i64
      %268 = arith.addi %in_75, %c16_i64 : i64
      %269 = arith.select %267, %268, %in_75 : i64
      %270 = arith.index_cast %269 : i64 to index
      %extracted = tensor.extract %39[%266, %270] : tensor<?x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<?x1x1x16xi1>
    %49 = tensor.empty(%dim_17) : tensor<?x1x16x16xi1>
    %50 = linalg.generic {indexing_maps = [#map12, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%46, %48 : tensor<1x1x16x1xi1>, tensor<?x1x1x16xi1>) outs(%49 : tensor<?x1x16x16xi1>) {
    ^bb0(%in: i1, %in_75: i1, %out: i1):
      %262 = arith.andi %in, %in_75 : i1
      linalg.yield %262 : i1
    } -> tensor<?x1x16x16xi1>
    %51 = arith.cmpi sge, %0, %c0_i64 : i64
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %52 = tensor.empty(%dim) : tensor<?x1x16x16xi1>
    %53 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%52 : tensor<?x1x16x16xi1>) {
    ^bb0(%out: i1):
      %262 = linalg.index 0 : index
      %263 = linalg.index 2 : index
      %264 = linalg.index 3 : index
      %265 = arith.cmpi eq, %dim_17, %c1 : index
      %266 = arith.select %265, %c0, %262 : index
      %extracted = tensor.extract %50[%266, %c0, %263, %264] : tensor<?x1x16x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<?x1x16x16xi1>
    %collapsed_18 = tensor.collapse_shape %37 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %54 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%54 : tensor<64x64xf32>) permutation = [1, 0] 
    %55 = affine.apply #map14()[%dim]
    %56 = tensor.empty(%55) : tensor<?x64xf32>
    %57 = linalg.fill ins(%cst_0 : f32) outs(%56 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %58 = linalg.matmul ins(%collapsed_18, %transposed : tensor<?x64xf32>, tensor<64x64xf32>) outs(%57 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %59 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%58, %arg6 : tensor<?x64xf32>, tensor<64xf32>) outs(%56 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x64xf32>
    %60 = arith.divsi %55, %c16 : index
    %expanded_19 = tensor.expand_shape %59 [[0, 1], [2]] output_shape [%60, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %61 = arith.select %4, %c1_i64, %0 : i64
    %62 = arith.extui %4 : i1 to i64
    %63 = arith.addi %62, %c1_i64 : i64
    %64 = arith.muli %61, %c256_i64 : i64
    %65 = arith.cmpi sle, %63, %c1_i64 : i64
    cf.assert %65, "must have at most one inferred (negative) dimension"
    %66 = arith.index_cast %60 : index to i64
    %67 = arith.muli %66, %c1024_i64 : i64
    %68 = arith.divsi %67, %64 : i64
    %69 = arith.select %4, %68, %0 : i64
    %from_elements = tensor.from_elements %69, %c16_i64, %68, %c16_i64 : tensor<4xi64>
    %reshape = tensor.reshape %expanded_19(%from_elements) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %70 = arith.index_cast %69 : i64 to index
    %71 = tensor.empty(%70) : tensor<?x4x16x16xf32>
    %transposed_20 = linalg.transpose ins(%reshape : tensor<?x16x4x16xf32>) outs(%71 : tensor<?x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%54 : tensor<64x64xf32>) permutation = [1, 0] 
    %72 = linalg.matmul ins(%collapsed_18, %transposed_21 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%57 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %73 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%72, %arg8 : tensor<?x64xf32>, tensor<64xf32>) outs(%56 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x64xf32>
    %expanded_22 = tensor.expand_shape %73 [[0, 1], [2]] output_shape [%60, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    cf.assert %65, "must have at most one inferred (negative) dimension"
    %reshape_23 = tensor.reshape %expanded_22(%from_elements) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %transposed_24 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%54 : tensor<64x64xf32>) permutation = [1, 0] 
    %74 = linalg.matmul ins(%collapsed_18, %transposed_24 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%57 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %75 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%74, %arg10 : tensor<?x64xf32>, tensor<64xf32>) outs(%56 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x64xf32>
    %expanded_25 = tensor.expand_shape %75 [[0, 1], [2]] output_shape [%60, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    cf.assert %65, "must have at most one inferred (negative) dimension"
    %reshape_26 = tensor.reshape %expanded_25(%from_elements) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%reshape_26 : tensor<?x16x4x16xf32>) outs(%71 : tensor<?x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %76 = tensor.empty(%dim) : tensor<?x1x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map8, #map9, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %cst_4, %cst_5 : tensor<?x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%76 : tensor<?x1x16x16xf32>) {
    ^bb0(%in: i1, %in_75: f32, %in_76: f32, %out: f32):
      %262 = arith.select %in, %in_75, %in_76 : f32
      linalg.yield %262 : f32
    } -> tensor<?x1x16x16xf32>
    %78 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_20 : tensor<?x4x16x16xf32>) outs(%71 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.mulf %in, %cst_3 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    %transposed_28 = linalg.transpose ins(%reshape_23 : tensor<?x16x4x16xf32>) outs(%71 : tensor<?x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %79 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_28 : tensor<?x4x16x16xf32>) outs(%71 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.mulf %in, %cst_3 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %80 = tensor.empty(%dim) : tensor<?x4x16x16xf32>
    %81 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%80 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %262 = linalg.index 0 : index
      %263 = linalg.index 1 : index
      %264 = linalg.index 2 : index
      %265 = linalg.index 3 : index
      %266 = arith.cmpi eq, %70, %c1 : index
      %267 = arith.select %266, %c0, %262 : index
      %extracted = tensor.extract %78[%267, %263, %264, %265] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %81 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %82 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%80 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %262 = linalg.index 0 : index
      %263 = linalg.index 1 : index
      %264 = linalg.index 2 : index
      %265 = linalg.index 3 : index
      %266 = arith.cmpi eq, %70, %c1 : index
      %267 = arith.select %266, %c0, %262 : index
      %extracted = tensor.extract %79[%267, %263, %264, %265] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %82 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %83 = affine.apply #map15()[%dim]
    %84 = tensor.empty(%83) : tensor<?x16x16xf32>
    %85 = linalg.fill ins(%cst_0 : f32) outs(%84 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %86 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%85 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %87 = arith.divsi %83, %c4 : index
    %expanded_31 = tensor.expand_shape %86 [[0, 1], [2], [3]] output_shape [%87, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    %88 = arith.cmpi eq, %87, %dim : index
    cf.assert %88, "mismatched size for broadcast"
    %89 = tensor.empty(%87) : tensor<?x4x16x16xf32>
    %90 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31, %77 : tensor<?x4x16x16xf32>, tensor<?x1x16x16xf32>) outs(%89 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    %91 = tensor.empty(%87) : tensor<?x4x16xi64>
    %92 = linalg.fill ins(%c0_i64 : i64) outs(%91 : tensor<?x4x16xi64>) -> tensor<?x4x16xi64>
    %93 = tensor.empty(%87) : tensor<?x4x16xf32>
    %94 = linalg.fill ins(%cst_1 : f32) outs(%93 : tensor<?x4x16xf32>) -> tensor<?x4x16xf32>
    %95:2 = linalg.generic {indexing_maps = [#map8, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%90 : tensor<?x4x16x16xf32>) outs(%94, %92 : tensor<?x4x16xf32>, tensor<?x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_75: i64):
      %262 = linalg.index 3 : index
      %263 = arith.index_cast %262 : index to i64
      %264 = arith.maximumf %in, %out : f32
      %265 = arith.cmpf ogt, %in, %out : f32
      %266 = arith.select %265, %263, %out_75 : i64
      linalg.yield %264, %266 : f32, i64
    } -> (tensor<?x4x16xf32>, tensor<?x4x16xi64>)
    %expanded_32 = tensor.expand_shape %95#0 [[0], [1], [2, 3]] output_shape [%87, 4, 16, 1] : tensor<?x4x16xf32> into tensor<?x4x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map8, #map18, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%90, %expanded_32 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%89 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.subf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    %97 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%96 : tensor<?x4x16x16xf32>) outs(%89 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.exp %in : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    %98 = tensor.empty(%87) : tensor<?x4x16x1xf32>
    %99 = linalg.fill ins(%cst_0 : f32) outs(%98 : tensor<?x4x16x1xf32>) -> tensor<?x4x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map8, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%97 : tensor<?x4x16x16xf32>) outs(%99 : tensor<?x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map8, #map18, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%97, %100 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%89 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.divf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    %102 = tensor.empty(%87) : tensor<?x4x16x16xi1>
    %103 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%90 : tensor<?x4x16x16xf32>) outs(%102 : tensor<?x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %262 = arith.extf %in : f32 to f64
      %263 = arith.cmpf oeq, %262, %cst_7 : f64
      linalg.yield %263 : i1
    } -> tensor<?x4x16x16xi1>
    %104 = tensor.empty(%87) : tensor<?x4x16x1xi1>
    %105 = linalg.fill ins(%true : i1) outs(%104 : tensor<?x4x16x1xi1>) -> tensor<?x4x16x1xi1>
    %106 = linalg.generic {indexing_maps = [#map8, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%103 : tensor<?x4x16x16xi1>) outs(%105 : tensor<?x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %262 = arith.andi %in, %out : i1
      linalg.yield %262 : i1
    } -> tensor<?x4x16x1xi1>
    %107 = arith.index_cast %87 : index to i64
    %108 = arith.cmpi sge, %107, %c0_i64 : i64
    cf.assert %108, "negative values not allowed in new dimensions"
    %109 = tensor.empty(%87) : tensor<?x4x16x16xf32>
    %110 = linalg.generic {indexing_maps = [#map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4 : tensor<f32>) outs(%109 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %true, "mismatched size for broadcast"
    %111 = linalg.generic {indexing_maps = [#map18, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%106, %110, %101 : tensor<?x4x16x1xi1>, tensor<?x4x16x16xf32>, tensor<?x4x16x16xf32>) outs(%89 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: i1, %in_75: f32, %in_76: f32, %out: f32):
      %262 = arith.select %in, %in_75, %in_76 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %112 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%80 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %262 = linalg.index 0 : index
      %263 = linalg.index 1 : index
      %264 = linalg.index 2 : index
      %265 = linalg.index 3 : index
      %266 = arith.cmpi eq, %87, %c1 : index
      %267 = arith.select %266, %c0, %262 : index
      %extracted = tensor.extract %111[%267, %263, %264, %265] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %112 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %113 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%80 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %262 = linalg.index 0 : index
      %263 = linalg.index 1 : index
      %264 = linalg.index 2 : index
      %265 = linalg.index 3 : index
      %266 = arith.cmpi eq, %70, %c1 : index
      %267 = arith.select %266, %c0, %262 : index
      %extracted = tensor.extract %transposed_27[%267, %263, %264, %265] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %113 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %114 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%85 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %expanded_35 = tensor.expand_shape %114 [[0, 1], [2], [3]] output_shape [%87, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    %115 = tensor.empty(%87) : tensor<?x16x4x16xf32>
    %transposed_36 = linalg.transpose ins(%expanded_35 : tensor<?x4x16x16xf32>) outs(%115 : tensor<?x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_37 = tensor.collapse_shape %transposed_36 [[0], [1], [2, 3]] : tensor<?x16x4x16xf32> into tensor<?x16x64xf32>
    %transposed_38 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%54 : tensor<64x64xf32>) permutation = [1, 0] 
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %116 = tensor.empty(%dim) : tensor<?x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel", "parallel", "parallel"]} outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%out: f32):
      %262 = linalg.index 0 : index
      %263 = linalg.index 1 : index
      %264 = linalg.index 2 : index
      %265 = arith.cmpi eq, %87, %c1 : index
      %266 = arith.select %265, %c0, %262 : index
      %extracted = tensor.extract %collapsed_37[%266, %263, %264] : tensor<?x16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x16x64xf32>
    cf.assert %51, "negative values not allowed in new dimensions"
    %118 = tensor.empty(%dim) : tensor<?x64x64xf32>
    %119 = linalg.generic {indexing_maps = [#map19, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_38 : tensor<64x64xf32>) outs(%118 : tensor<?x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<?x64x64xf32>
    %120 = linalg.fill ins(%cst_0 : f32) outs(%116 : tensor<?x16x64xf32>) -> tensor<?x16x64xf32>
    %121 = linalg.batch_matmul ins(%117, %119 : tensor<?x16x64xf32>, tensor<?x64x64xf32>) outs(%120 : tensor<?x16x64xf32>) -> tensor<?x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %arg12 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    cf.assert %true, "mismatched size for broadcast"
    %123 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %37 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %124 = tensor.empty(%dim) : tensor<?x16x64xf64>
    %125 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<?x16x64xf32>) outs(%124 : tensor<?x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %262 = arith.extf %in : f32 to f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %126 = tensor.empty(%dim) : tensor<?x16x1xf64>
    %127 = linalg.fill ins(%cst : f64) outs(%126 : tensor<?x16x1xf64>) -> tensor<?x16x1xf64>
    %128 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%125 : tensor<?x16x64xf64>) outs(%127 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %129 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<?x16x1xf64>) outs(%126 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_9 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %130 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %129 : tensor<?x16x64xf64>, tensor<?x16x1xf64>) outs(%124 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_75: f64, %out: f64):
      %262 = arith.subf %in, %in_75 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %131 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130, %130 : tensor<?x16x64xf64>, tensor<?x16x64xf64>) outs(%124 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_75: f64, %out: f64):
      %262 = arith.mulf %in, %in_75 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %132 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%131 : tensor<?x16x64xf64>) outs(%127 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %133 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132 : tensor<?x16x1xf64>) outs(%126 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_9 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %134 = tensor.empty(%dim) : tensor<?x16x1xf32>
    %135 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<?x16x1xf64>) outs(%134 : tensor<?x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %262 = arith.truncf %in : f64 to f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %136 = linalg.fill ins(%cst_0 : f32) outs(%134 : tensor<?x16x1xf32>) -> tensor<?x16x1xf32>
    %137 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%123 : tensor<?x16x64xf32>) outs(%136 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %138 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<?x16x1xf32>) outs(%134 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_10 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %139 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<?x16x1xf32>) outs(%134 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.truncf %cst_8 : f64 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<?x16x1xf32>
    %140 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<?x16x1xf32>) outs(%134 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.rsqrt %in : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %141 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123, %138 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.subf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %142 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %140 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.mulf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %143 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%142, %arg13 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.mulf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %144 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %arg14 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %collapsed_39 = tensor.collapse_shape %144 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %145 = tensor.empty() : tensor<64x128xf32>
    %transposed_40 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%145 : tensor<64x128xf32>) permutation = [1, 0] 
    %146 = affine.apply #map14()[%dim]
    %147 = tensor.empty(%146) : tensor<?x128xf32>
    %148 = linalg.fill ins(%cst_0 : f32) outs(%147 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %149 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<?x64xf32>, tensor<64x128xf32>) outs(%148 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %150 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%149, %arg16 : tensor<?x128xf32>, tensor<128xf32>) outs(%147 : tensor<?x128xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x128xf32>
    %151 = arith.divsi %146, %c16 : index
    %expanded_41 = tensor.expand_shape %150 [[0, 1], [2]] output_shape [%151, 16, 128] : tensor<?x128xf32> into tensor<?x16x128xf32>
    %152 = tensor.empty(%151) : tensor<?x16x128xf32>
    %153 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<?x16x128xf32>) outs(%152 : tensor<?x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_11 : f32
      %263 = math.erf %262 : f32
      %264 = arith.addf %263, %cst_2 : f32
      %265 = arith.mulf %264, %cst_3 : f32
      %266 = arith.mulf %in, %265 : f32
      linalg.yield %266 : f32
    } -> tensor<?x16x128xf32>
    %collapsed_42 = tensor.collapse_shape %153 [[0, 1], [2]] : tensor<?x16x128xf32> into tensor<?x128xf32>
    %154 = tensor.empty() : tensor<128x64xf32>
    %transposed_43 = linalg.transpose ins(%arg17 : tensor<64x128xf32>) outs(%154 : tensor<128x64xf32>) permutation = [1, 0] 
    %155 = affine.apply #map14()[%151]
    %156 = tensor.empty(%155) : tensor<?x64xf32>
    %157 = linalg.fill ins(%cst_0 : f32) outs(%156 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %158 = linalg.matmul ins(%collapsed_42, %transposed_43 : tensor<?x128xf32>, tensor<128x64xf32>) outs(%157 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %159 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%158, %arg18 : tensor<?x64xf32>, tensor<64xf32>) outs(%156 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x64xf32>
    %160 = arith.divsi %155, %c16 : index
    %expanded_44 = tensor.expand_shape %159 [[0, 1], [2]] output_shape [%160, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %161 = arith.cmpi eq, %160, %dim : index
    cf.assert %161, "mismatched size for broadcast"
    %162 = tensor.empty(%160) : tensor<?x16x64xf32>
    %163 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %144 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%162 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %164 = tensor.empty(%160) : tensor<?x16x64xf64>
    %165 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<?x16x64xf32>) outs(%164 : tensor<?x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %262 = arith.extf %in : f32 to f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %166 = tensor.empty(%160) : tensor<?x16x1xf64>
    %167 = linalg.fill ins(%cst : f64) outs(%166 : tensor<?x16x1xf64>) -> tensor<?x16x1xf64>
    %168 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%165 : tensor<?x16x64xf64>) outs(%167 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %169 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<?x16x1xf64>) outs(%166 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_9 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %170 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %169 : tensor<?x16x64xf64>, tensor<?x16x1xf64>) outs(%164 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_75: f64, %out: f64):
      %262 = arith.subf %in, %in_75 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %171 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170, %170 : tensor<?x16x64xf64>, tensor<?x16x64xf64>) outs(%164 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_75: f64, %out: f64):
      %262 = arith.mulf %in, %in_75 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %172 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%171 : tensor<?x16x64xf64>) outs(%167 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %173 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172 : tensor<?x16x1xf64>) outs(%166 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_9 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %174 = tensor.empty(%160) : tensor<?x16x1xf32>
    %175 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173 : tensor<?x16x1xf64>) outs(%174 : tensor<?x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %262 = arith.truncf %in : f64 to f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %176 = linalg.fill ins(%cst_0 : f32) outs(%174 : tensor<?x16x1xf32>) -> tensor<?x16x1xf32>
    %177 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%163 : tensor<?x16x64xf32>) outs(%176 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %178 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177 : tensor<?x16x1xf32>) outs(%174 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_10 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %179 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175 : tensor<?x16x1xf32>) outs(%174 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.truncf %cst_8 : f64 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<?x16x1xf32>
    %180 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179 : tensor<?x16x1xf32>) outs(%174 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.rsqrt %in : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %181 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163, %178 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%162 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.subf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %182 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181, %180 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%162 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.mulf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %183 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182, %arg19 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%162 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.mulf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %184 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183, %arg20 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%162 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %collapsed_45 = tensor.collapse_shape %184 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %transposed_46 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%54 : tensor<64x64xf32>) permutation = [1, 0] 
    %185 = affine.apply #map14()[%160]
    %186 = tensor.empty(%185) : tensor<?x64xf32>
    %187 = linalg.fill ins(%cst_0 : f32) outs(%186 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %188 = linalg.matmul ins(%collapsed_45, %transposed_46 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%187 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %189 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%188, %arg22 : tensor<?x64xf32>, tensor<64xf32>) outs(%186 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x64xf32>
    %190 = arith.divsi %185, %c16 : index
    %expanded_47 = tensor.expand_shape %189 [[0, 1], [2]] output_shape [%190, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    cf.assert %65, "must have at most one inferred (negative) dimension"
    %191 = arith.index_cast %190 : index to i64
    %192 = arith.muli %191, %c1024_i64 : i64
    %193 = arith.divsi %192, %64 : i64
    %194 = arith.select %4, %193, %0 : i64
    %from_elements_48 = tensor.from_elements %194, %c16_i64, %193, %c16_i64 : tensor<4xi64>
    %reshape_49 = tensor.reshape %expanded_47(%from_elements_48) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %195 = arith.index_cast %194 : i64 to index
    %196 = tensor.empty(%195) : tensor<?x4x16x16xf32>
    %transposed_50 = linalg.transpose ins(%reshape_49 : tensor<?x16x4x16xf32>) outs(%196 : tensor<?x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_51 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%54 : tensor<64x64xf32>) permutation = [1, 0] 
    %197 = linalg.matmul ins(%collapsed_45, %transposed_51 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%187 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %198 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%197, %arg24 : tensor<?x64xf32>, tensor<64xf32>) outs(%186 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x64xf32>
    %expanded_52 = tensor.expand_shape %198 [[0, 1], [2]] output_shape [%190, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    cf.assert %65, "must have at most one inferred (negative) dimension"
    %reshape_53 = tensor.reshape %expanded_52(%from_elements_48) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %transposed_54 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%54 : tensor<64x64xf32>) permutation = [1, 0] 
    %199 = linalg.matmul ins(%collapsed_45, %transposed_54 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%187 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %200 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%199, %arg26 : tensor<?x64xf32>, tensor<64xf32>) outs(%186 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x64xf32>
    %expanded_55 = tensor.expand_shape %200 [[0, 1], [2]] output_shape [%190, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    cf.assert %65, "must have at most one inferred (negative) dimension"
    %reshape_56 = tensor.reshape %expanded_55(%from_elements_48) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %transposed_57 = linalg.transpose ins(%reshape_56 : tensor<?x16x4x16xf32>) outs(%196 : tensor<?x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %201 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<?x4x16x16xf32>) outs(%196 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.mulf %in, %cst_3 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    %transposed_58 = linalg.transpose ins(%reshape_53 : tensor<?x16x4x16xf32>) outs(%196 : tensor<?x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %202 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_58 : tensor<?x4x16x16xf32>) outs(%196 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.mulf %in, %cst_3 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %203 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%80 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %262 = linalg.index 0 : index
      %263 = linalg.index 1 : index
      %264 = linalg.index 2 : index
      %265 = linalg.index 3 : index
      %266 = arith.cmpi eq, %195, %c1 : index
      %267 = arith.select %266, %c0, %262 : index
      %extracted = tensor.extract %201[%267, %263, %264, %265] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_59 = tensor.collapse_shape %203 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %204 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%80 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %262 = linalg.index 0 : index
      %263 = linalg.index 1 : index
      %264 = linalg.index 2 : index
      %265 = linalg.index 3 : index
      %266 = arith.cmpi eq, %195, %c1 : index
      %267 = arith.select %266, %c0, %262 : index
      %extracted = tensor.extract %202[%267, %263, %264, %265] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_60 = tensor.collapse_shape %204 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %205 = linalg.batch_matmul ins(%collapsed_59, %collapsed_60 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%85 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %expanded_61 = tensor.expand_shape %205 [[0, 1], [2], [3]] output_shape [%87, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    cf.assert %88, "mismatched size for broadcast"
    %206 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_61, %77 : tensor<?x4x16x16xf32>, tensor<?x1x16x16xf32>) outs(%89 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    %207:2 = linalg.generic {indexing_maps = [#map8, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%206 : tensor<?x4x16x16xf32>) outs(%94, %92 : tensor<?x4x16xf32>, tensor<?x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_75: i64):
      %262 = linalg.index 3 : index
      %263 = arith.index_cast %262 : index to i64
      %264 = arith.maximumf %in, %out : f32
      %265 = arith.cmpf ogt, %in, %out : f32
      %266 = arith.select %265, %263, %out_75 : i64
      linalg.yield %264, %266 : f32, i64
    } -> (tensor<?x4x16xf32>, tensor<?x4x16xi64>)
    %expanded_62 = tensor.expand_shape %207#0 [[0], [1], [2, 3]] output_shape [%87, 4, 16, 1] : tensor<?x4x16xf32> into tensor<?x4x16x1xf32>
    %208 = linalg.generic {indexing_maps = [#map8, #map18, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%206, %expanded_62 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%89 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.subf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    %209 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%208 : tensor<?x4x16x16xf32>) outs(%89 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.exp %in : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    %210 = linalg.generic {indexing_maps = [#map8, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%209 : tensor<?x4x16x16xf32>) outs(%99 : tensor<?x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x1xf32>
    %211 = linalg.generic {indexing_maps = [#map8, #map18, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%209, %210 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%89 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.divf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    %212 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%206 : tensor<?x4x16x16xf32>) outs(%102 : tensor<?x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %262 = arith.extf %in : f32 to f64
      %263 = arith.cmpf oeq, %262, %cst_7 : f64
      linalg.yield %263 : i1
    } -> tensor<?x4x16x16xi1>
    %213 = linalg.generic {indexing_maps = [#map8, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%212 : tensor<?x4x16x16xi1>) outs(%105 : tensor<?x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %262 = arith.andi %in, %out : i1
      linalg.yield %262 : i1
    } -> tensor<?x4x16x1xi1>
    cf.assert %108, "negative values not allowed in new dimensions"
    cf.assert %true, "mismatched size for broadcast"
    %214 = linalg.generic {indexing_maps = [#map18, #map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%213, %110, %211 : tensor<?x4x16x1xi1>, tensor<?x4x16x16xf32>, tensor<?x4x16x16xf32>) outs(%89 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: i1, %in_75: f32, %in_76: f32, %out: f32):
      %262 = arith.select %in, %in_75, %in_76 : f32
      linalg.yield %262 : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %215 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%80 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %262 = linalg.index 0 : index
      %263 = linalg.index 1 : index
      %264 = linalg.index 2 : index
      %265 = linalg.index 3 : index
      %266 = arith.cmpi eq, %87, %c1 : index
      %267 = arith.select %266, %c0, %262 : index
      %extracted = tensor.extract %214[%267, %263, %264, %265] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_63 = tensor.collapse_shape %215 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %216 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%80 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %262 = linalg.index 0 : index
      %263 = linalg.index 1 : index
      %264 = linalg.index 2 : index
      %265 = linalg.index 3 : index
      %266 = arith.cmpi eq, %195, %c1 : index
      %267 = arith.select %266, %c0, %262 : index
      %extracted = tensor.extract %transposed_57[%267, %263, %264, %265] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_64 = tensor.collapse_shape %216 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %217 = linalg.batch_matmul ins(%collapsed_63, %collapsed_64 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%85 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %expanded_65 = tensor.expand_shape %217 [[0, 1], [2], [3]] output_shape [%87, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    %transposed_66 = linalg.transpose ins(%expanded_65 : tensor<?x4x16x16xf32>) outs(%115 : tensor<?x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_67 = tensor.collapse_shape %transposed_66 [[0], [1], [2, 3]] : tensor<?x16x4x16xf32> into tensor<?x16x64xf32>
    %transposed_68 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%54 : tensor<64x64xf32>) permutation = [1, 0] 
    cf.assert %51, "unimplemented: dynamic negative broadcast sizes"
    %218 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel", "parallel", "parallel"]} outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%out: f32):
      %262 = linalg.index 0 : index
      %263 = linalg.index 1 : index
      %264 = linalg.index 2 : index
      %265 = arith.cmpi eq, %87, %c1 : index
      %266 = arith.select %265, %c0, %262 : index
      %extracted = tensor.extract %collapsed_67[%266, %263, %264] : tensor<?x16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x16x64xf32>
    cf.assert %51, "negative values not allowed in new dimensions"
    %219 = linalg.generic {indexing_maps = [#map19, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_68 : tensor<64x64xf32>) outs(%118 : tensor<?x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<?x64x64xf32>
    %220 = linalg.batch_matmul ins(%218, %219 : tensor<?x16x64xf32>, tensor<?x64x64xf32>) outs(%120 : tensor<?x16x64xf32>) -> tensor<?x16x64xf32>
    %221 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%220, %arg28 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %222 = arith.cmpi eq, %dim, %160 : index
    cf.assert %222, "mismatched size for broadcast"
    %223 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221, %184 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %224 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223 : tensor<?x16x64xf32>) outs(%124 : tensor<?x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %262 = arith.extf %in : f32 to f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %225 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%224 : tensor<?x16x64xf64>) outs(%127 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %226 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%225 : tensor<?x16x1xf64>) outs(%126 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_9 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %227 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %226 : tensor<?x16x64xf64>, tensor<?x16x1xf64>) outs(%124 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_75: f64, %out: f64):
      %262 = arith.subf %in, %in_75 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %228 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227, %227 : tensor<?x16x64xf64>, tensor<?x16x64xf64>) outs(%124 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_75: f64, %out: f64):
      %262 = arith.mulf %in, %in_75 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %229 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%228 : tensor<?x16x64xf64>) outs(%127 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %230 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229 : tensor<?x16x1xf64>) outs(%126 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_9 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %231 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%230 : tensor<?x16x1xf64>) outs(%134 : tensor<?x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %262 = arith.truncf %in : f64 to f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %232 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%223 : tensor<?x16x64xf32>) outs(%136 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %233 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%232 : tensor<?x16x1xf32>) outs(%134 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_10 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %234 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231 : tensor<?x16x1xf32>) outs(%134 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.truncf %cst_8 : f64 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<?x16x1xf32>
    %235 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234 : tensor<?x16x1xf32>) outs(%134 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.rsqrt %in : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %236 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %233 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.subf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %237 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236, %235 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.mulf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %238 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%237, %arg29 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.mulf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %239 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238, %arg30 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%116 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %collapsed_69 = tensor.collapse_shape %239 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %transposed_70 = linalg.transpose ins(%arg31 : tensor<128x64xf32>) outs(%145 : tensor<64x128xf32>) permutation = [1, 0] 
    %240 = linalg.matmul ins(%collapsed_69, %transposed_70 : tensor<?x64xf32>, tensor<64x128xf32>) outs(%148 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %241 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%240, %arg32 : tensor<?x128xf32>, tensor<128xf32>) outs(%147 : tensor<?x128xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x128xf32>
    %expanded_71 = tensor.expand_shape %241 [[0, 1], [2]] output_shape [%151, 16, 128] : tensor<?x128xf32> into tensor<?x16x128xf32>
    %242 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_71 : tensor<?x16x128xf32>) outs(%152 : tensor<?x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_11 : f32
      %263 = math.erf %262 : f32
      %264 = arith.addf %263, %cst_2 : f32
      %265 = arith.mulf %264, %cst_3 : f32
      %266 = arith.mulf %in, %265 : f32
      linalg.yield %266 : f32
    } -> tensor<?x16x128xf32>
    %collapsed_72 = tensor.collapse_shape %242 [[0, 1], [2]] : tensor<?x16x128xf32> into tensor<?x128xf32>
    %transposed_73 = linalg.transpose ins(%arg33 : tensor<64x128xf32>) outs(%154 : tensor<128x64xf32>) permutation = [1, 0] 
    %243 = linalg.matmul ins(%collapsed_72, %transposed_73 : tensor<?x128xf32>, tensor<128x64xf32>) outs(%157 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %244 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%243, %arg34 : tensor<?x64xf32>, tensor<64xf32>) outs(%156 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x64xf32>
    %expanded_74 = tensor.expand_shape %244 [[0, 1], [2]] output_shape [%160, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    cf.assert %161, "mismatched size for broadcast"
    %245 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_74, %239 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%162 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %246 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245 : tensor<?x16x64xf32>) outs(%164 : tensor<?x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %262 = arith.extf %in : f32 to f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %247 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%246 : tensor<?x16x64xf64>) outs(%167 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %248 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247 : tensor<?x16x1xf64>) outs(%166 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_9 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %249 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%246, %248 : tensor<?x16x64xf64>, tensor<?x16x1xf64>) outs(%164 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_75: f64, %out: f64):
      %262 = arith.subf %in, %in_75 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %250 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%249, %249 : tensor<?x16x64xf64>, tensor<?x16x64xf64>) outs(%164 : tensor<?x16x64xf64>) {
    ^bb0(%in: f64, %in_75: f64, %out: f64):
      %262 = arith.mulf %in, %in_75 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x64xf64>
    %251 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%250 : tensor<?x16x64xf64>) outs(%167 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.addf %in, %out : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %252 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251 : tensor<?x16x1xf64>) outs(%166 : tensor<?x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %262 = arith.divf %in, %cst_9 : f64
      linalg.yield %262 : f64
    } -> tensor<?x16x1xf64>
    %253 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%252 : tensor<?x16x1xf64>) outs(%174 : tensor<?x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %262 = arith.truncf %in : f64 to f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %254 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%245 : tensor<?x16x64xf32>) outs(%176 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.addf %in, %out : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %255 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%254 : tensor<?x16x1xf32>) outs(%174 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.divf %in, %cst_10 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %256 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%253 : tensor<?x16x1xf32>) outs(%174 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = arith.truncf %cst_8 : f64 to f32
      %263 = arith.addf %in, %262 : f32
      linalg.yield %263 : f32
    } -> tensor<?x16x1xf32>
    %257 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256 : tensor<?x16x1xf32>) outs(%174 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %262 = math.rsqrt %in : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x1xf32>
    %258 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245, %255 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%162 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.subf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %259 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258, %257 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%162 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.mulf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %260 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259, %arg35 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%162 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.mulf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    %261 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260, %arg36 : tensor<?x16x64xf32>, tensor<64xf32>) outs(%162 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_75: f32, %out: f32):
      %262 = arith.addf %in, %in_75 : f32
      linalg.yield %262 : f32
    } -> tensor<?x16x64xf32>
    return %261 : tensor<?x16x64xf32>
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
