// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "bert", "path": "tm-linalg", "shapes": "static"}
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
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<128x64xf32>, %arg32: tensor<128xf32>, %arg33: tensor<64x128xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<2x16xi64>, %arg40: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c64 = arith.constant 64 : index
    %c2 = arith.constant 2 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 9.9999999999999998E-13 : f64
    %c0 = arith.constant 0 : index
    %cst_8 = arith.constant 6.400000e+01 : f64
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 2.500000e-01 : f32
    %cst_11 = arith.constant 1.41421354 : f32
    %c2_i64 = arith.constant 2 : i64
    %cst_12 = arith.constant dense_resource<torch_tensor_1_64_torch.int64_1> : tensor<1x64xi64>
    %cst_13 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %extracted_slice = tensor.extract_slice %cst_13[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<1x16xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%1 : tensor<1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %178 = arith.index_cast %in : i64 to index
      %179 = arith.cmpi slt, %178, %c64 : index
      cf.assert %179, "index must be smaller than dim size"
      %180 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %180, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_12[%c0, %178] : tensor<1x64xi64>
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
      %178 = arith.index_cast %in : i64 to index
      %179 = linalg.index 2 : index
      %180 = arith.cmpi slt, %178, %c128 : index
      cf.assert %180, "index must be smaller than dim size"
      %181 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %181, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%178, %179] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %178 = arith.index_cast %in : i64 to index
      %179 = linalg.index 2 : index
      %180 = arith.cmpi slt, %178, %c2 : index
      cf.assert %180, "index must be smaller than dim size"
      %181 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %181, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg2[%178, %179] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %7 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<1x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%9 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %178 = arith.index_cast %in : i64 to index
      %179 = linalg.index 2 : index
      %180 = arith.cmpi slt, %178, %c64 : index
      cf.assert %180, "index must be smaller than dim size"
      %181 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %181, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%178, %179] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %10 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %12 = tensor.empty() : tensor<2x16x64xf64>
    %13 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %178 = arith.extf %in : f32 to f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %14 = tensor.empty() : tensor<2x16x1xf64>
    %15 = linalg.fill ins(%cst : f64) outs(%14 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %16 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %17 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_8 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %18 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %17 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.subf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %19 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %18 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.mulf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %20 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %21 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_8 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %22 = tensor.empty() : tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %178 = arith.truncf %in : f64 to f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.fill ins(%cst_0 : f32) outs(%22 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_9 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_7 : f64 to f32
      %179 = arith.addf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.rsqrt %in : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %26 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %28 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %33 = tensor.empty() : tensor<2x16xi1>
    %34 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg40 : tensor<2x16xi64>) outs(%33 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %178 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %178 : i1
    } -> tensor<2x16xi1>
    %35 = tensor.empty() : tensor<2xi64>
    %36 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%35 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %178 = linalg.index 0 : index
      %179 = arith.index_cast %178 : index to i64
      linalg.yield %179 : i64
    } -> tensor<2xi64>
    %37 = tensor.empty() : tensor<16xi64>
    %38 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%37 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %178 = linalg.index 0 : index
      %179 = arith.index_cast %178 : index to i64
      linalg.yield %179 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %36 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %38 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %38 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %39 = tensor.empty() : tensor<1x1x16x1xi1>
    %40 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x1x16x1xi64>) outs(%39 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %178 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %178 : i1
    } -> tensor<1x1x16x1xi1>
    %41 = linalg.generic {indexing_maps = [#map9, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %40 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%39 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_69: i1, %out: i1):
      %178 = arith.andi %in, %in_69 : i1
      linalg.yield %178 : i1
    } -> tensor<1x1x16x1xi1>
    %42 = tensor.empty() : tensor<2x1x1x16xi1>
    %43 = linalg.generic {indexing_maps = [#map10, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%42 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_69: i64, %out: i1):
      %178 = arith.cmpi slt, %in, %c0_i64 : i64
      %179 = arith.addi %in, %c2_i64 : i64
      %180 = arith.select %178, %179, %in : i64
      %181 = arith.index_cast %180 : i64 to index
      %182 = arith.cmpi slt, %in_69, %c0_i64 : i64
      %183 = arith.addi %in_69, %c16_i64 : i64
      %184 = arith.select %182, %183, %in_69 : i64
      %185 = arith.index_cast %184 : i64 to index
      %extracted = tensor.extract %34[%181, %185] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %44 = tensor.empty() : tensor<2x1x16x16xi1>
    %45 = linalg.generic {indexing_maps = [#map12, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41, %43 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%44 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_69: i1, %out: i1):
      %178 = arith.andi %in, %in_69 : i1
      linalg.yield %178 : i1
    } -> tensor<2x1x16x16xi1>
    %46 = tensor.empty() : tensor<2x1x16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map8, #map9, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%46 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_69: f32, %in_70: f32, %out: f32):
      %178 = arith.select %in, %in_69, %in_70 : f32
      linalg.yield %178 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_16 = tensor.collapse_shape %32 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %48 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %49 = tensor.empty() : tensor<32x64xf32>
    %50 = linalg.fill ins(%cst_0 : f32) outs(%49 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %51 = linalg.matmul ins(%collapsed_16, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %52 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%51, %arg6 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %52 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %53 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %54 = linalg.matmul ins(%collapsed_16, %transposed_19 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %55 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%54, %arg8 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x64xf32>
    %expanded_20 = tensor.expand_shape %55 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_21 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %56 = linalg.matmul ins(%collapsed_16, %transposed_21 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %57 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%56, %arg10 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x64xf32>
    %expanded_22 = tensor.expand_shape %57 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_24 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_25 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %58 = tensor.empty() : tensor<8x16x16xf32>
    %59 = linalg.fill ins(%cst_0 : f32) outs(%58 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %60 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_27 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.mulf %in, %cst_10 : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %47 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = tensor.empty() : tensor<2x4x16xi64>
    %64 = linalg.fill ins(%c0_i64 : i64) outs(%63 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %65 = tensor.empty() : tensor<2x4x16xf32>
    %66 = linalg.fill ins(%cst_1 : f32) outs(%65 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %67:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%66, %64 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_69: i64):
      %178 = linalg.index 3 : index
      %179 = arith.index_cast %178 : index to i64
      %180 = arith.maximumf %in, %out : f32
      %181 = arith.cmpf ogt, %in, %out : f32
      %182 = arith.select %181, %179, %out_69 : i64
      linalg.yield %180, %182 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_28 = tensor.expand_shape %67#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %68 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %expanded_28 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.exp %in : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16x1xf32>
    %71 = linalg.fill ins(%cst_0 : f32) outs(%70 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%71 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %72 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.divf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %73 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %74 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_31 = tensor.expand_shape %74 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_34 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %76 = linalg.matmul ins(%collapsed_33, %transposed_34 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %77 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%76, %arg12 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x64xf32>
    %expanded_35 = tensor.expand_shape %77 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35, %32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %178 = arith.extf %in : f32 to f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %80 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%79 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %81 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_8 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %82 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %81 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.subf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %83 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %82 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.mulf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %84 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%83 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %85 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_8 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %86 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %178 = arith.truncf %in : f64 to f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%78 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_9 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_7 : f64 to f32
      %179 = arith.addf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.rsqrt %in : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78, %88 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %90 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %93 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %94 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_36 = tensor.collapse_shape %94 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %95 = tensor.empty() : tensor<64x128xf32>
    %transposed_37 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %96 = tensor.empty() : tensor<32x128xf32>
    %97 = linalg.fill ins(%cst_0 : f32) outs(%96 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %98 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%97 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %99 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%98, %arg16 : tensor<32x128xf32>, tensor<128xf32>) outs(%96 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x128xf32>
    %expanded_38 = tensor.expand_shape %99 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %100 = tensor.empty() : tensor<2x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x16x128xf32>) outs(%100 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_11 : f32
      %179 = math.erf %178 : f32
      %180 = arith.addf %179, %cst_2 : f32
      %181 = arith.mulf %180, %cst_3 : f32
      %182 = arith.mulf %in, %181 : f32
      linalg.yield %182 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_39 = tensor.collapse_shape %101 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %102 = tensor.empty() : tensor<128x64xf32>
    %transposed_40 = linalg.transpose ins(%arg17 : tensor<64x128xf32>) outs(%102 : tensor<128x64xf32>) permutation = [1, 0] 
    %103 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %104 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%103, %arg18 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x64xf32>
    %expanded_41 = tensor.expand_shape %104 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41, %94 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %178 = arith.extf %in : f32 to f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %107 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%106 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_8 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %109 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %108 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.subf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %110 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %109 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.mulf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %111 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %112 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_8 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %113 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %178 = arith.truncf %in : f64 to f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_9 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_7 : f64 to f32
      %179 = arith.addf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.rsqrt %in : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %115 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %117 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %120 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_42 = tensor.collapse_shape %121 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_43 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %122 = linalg.matmul ins(%collapsed_42, %transposed_43 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %123 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%122, %arg22 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x64xf32>
    %expanded_44 = tensor.expand_shape %123 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_45 = linalg.transpose ins(%expanded_44 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_46 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %124 = linalg.matmul ins(%collapsed_42, %transposed_46 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %125 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%124, %arg24 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x64xf32>
    %expanded_47 = tensor.expand_shape %125 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_48 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %126 = linalg.matmul ins(%collapsed_42, %transposed_48 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %127 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%126, %arg26 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x64xf32>
    %expanded_49 = tensor.expand_shape %127 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_50 = linalg.transpose ins(%expanded_49 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_51 = linalg.transpose ins(%expanded_47 : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_52 = tensor.collapse_shape %transposed_45 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_53 = tensor.collapse_shape %transposed_51 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %128 = linalg.batch_matmul ins(%collapsed_52, %collapsed_53 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_54 = tensor.expand_shape %128 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %129 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_54 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.mulf %in, %cst_10 : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x16xf32>
    %130 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%129, %47 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x16xf32>
    %131:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%130 : tensor<2x4x16x16xf32>) outs(%66, %64 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_69: i64):
      %178 = linalg.index 3 : index
      %179 = arith.index_cast %178 : index to i64
      %180 = arith.maximumf %in, %out : f32
      %181 = arith.cmpf ogt, %in, %out : f32
      %182 = arith.select %181, %179, %out_69 : i64
      linalg.yield %180, %182 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_55 = tensor.expand_shape %131#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %132 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%130, %expanded_55 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x16xf32>
    %133 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%132 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.exp %in : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x16xf32>
    %134 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%133 : tensor<2x4x16x16xf32>) outs(%71 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x1xf32>
    %135 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%133, %134 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.divf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_56 = tensor.collapse_shape %135 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_57 = tensor.collapse_shape %transposed_50 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %136 = linalg.batch_matmul ins(%collapsed_56, %collapsed_57 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_58 = tensor.expand_shape %136 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_60 = tensor.collapse_shape %transposed_59 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_61 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%48 : tensor<64x64xf32>) permutation = [1, 0] 
    %137 = linalg.matmul ins(%collapsed_60, %transposed_61 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %138 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%137, %arg28 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x64xf32>
    %expanded_62 = tensor.expand_shape %138 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %139 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_62, %121 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %140 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %178 = arith.extf %in : f32 to f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %141 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%140 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %142 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_8 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %143 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %142 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.subf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %144 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143, %143 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.mulf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %145 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%144 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %146 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_8 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %147 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %178 = arith.truncf %in : f64 to f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %148 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%139 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %149 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_9 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %150 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_7 : f64 to f32
      %179 = arith.addf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %151 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.rsqrt %in : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %152 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %149 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %153 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152, %151 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %154 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153, %arg29 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %155 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154, %arg30 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_63 = tensor.collapse_shape %155 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_64 = linalg.transpose ins(%arg31 : tensor<128x64xf32>) outs(%95 : tensor<64x128xf32>) permutation = [1, 0] 
    %156 = linalg.matmul ins(%collapsed_63, %transposed_64 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%97 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %157 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%156, %arg32 : tensor<32x128xf32>, tensor<128xf32>) outs(%96 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x128xf32>
    %expanded_65 = tensor.expand_shape %157 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %158 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_65 : tensor<2x16x128xf32>) outs(%100 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_11 : f32
      %179 = math.erf %178 : f32
      %180 = arith.addf %179, %cst_2 : f32
      %181 = arith.mulf %180, %cst_3 : f32
      %182 = arith.mulf %in, %181 : f32
      linalg.yield %182 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_66 = tensor.collapse_shape %158 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %transposed_67 = linalg.transpose ins(%arg33 : tensor<64x128xf32>) outs(%102 : tensor<128x64xf32>) permutation = [1, 0] 
    %159 = linalg.matmul ins(%collapsed_66, %transposed_67 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%50 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %160 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%159, %arg34 : tensor<32x64xf32>, tensor<64xf32>) outs(%49 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<32x64xf32>
    %expanded_68 = tensor.expand_shape %160 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_68, %155 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %162 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<2x16x64xf32>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %178 = arith.extf %in : f32 to f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %163 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%162 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %164 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_8 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %165 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162, %164 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.subf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %166 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %165 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%12 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_69: f64, %out: f64):
      %178 = arith.mulf %in, %in_69 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x64xf64>
    %167 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%166 : tensor<2x16x64xf64>) outs(%15 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.addf %in, %out : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %168 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %178 = arith.divf %in, %cst_8 : f64
      linalg.yield %178 : f64
    } -> tensor<2x16x1xf64>
    %169 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x16x1xf64>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %178 = arith.truncf %in : f64 to f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %170 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%161 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.addf %in, %out : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %171 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.divf %in, %cst_9 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %172 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = arith.truncf %cst_7 : f64 to f32
      %179 = arith.addf %in, %178 : f32
      linalg.yield %179 : f32
    } -> tensor<2x16x1xf32>
    %173 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172 : tensor<2x16x1xf32>) outs(%22 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %178 = math.rsqrt %in : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x1xf32>
    %174 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %171 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.subf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %175 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174, %173 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %176 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175, %arg35 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.mulf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    %177 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176, %arg36 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_69: f32, %out: f32):
      %178 = arith.addf %in, %in_69 : f32
      linalg.yield %178 : f32
    } -> tensor<2x16x64xf32>
    return %177 : tensor<2x16x64xf32>
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
