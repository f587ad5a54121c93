// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [16, 64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "deberta_v2", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d2)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0) -> (d0)>
#map9 = affine_map<(d0, d1) -> (d0, 0)>
#map10 = affine_map<(d0, d1) -> (0, d1)>
#map11 = affine_map<(d0, d1) -> (d0, d1)>
#map12 = affine_map<(d0, d1) -> ()>
#map13 = affine_map<(d0, d1) -> (d1)>
#map14 = affine_map<() -> ()>
#map15 = affine_map<(d0, d1, d2) -> ()>
#map16 = affine_map<(d0, d1, d2, d3) -> (d1, d2, d3)>
#map17 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map19 = affine_map<(d0, d1, d2, d3) -> ()>
#map20 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64x64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<128x64xf32>, %arg19: tensor<128xf32>, %arg20: tensor<64x128xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<16x64xf32>, %arg25: tensor<2x16xi64>, %arg26: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %c16 = arith.constant 16 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %true = arith.constant true
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<4.800000e+01> : tensor<f32>
    %cst_6 = arith.constant dense<1.32175589> : tensor<f32>
    %cst_7 = arith.constant 9.9999999999999995E-8 : f64
    %cst_8 = arith.constant 6.400000e+01 : f64
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 4.000000e+00 : f32
    %cst_11 = arith.constant 3.000000e+00 : f32
    %cst_12 = arith.constant 1.41421354 : f32
    %c4_i64 = arith.constant 4 : i64
    %c-4_i64 = arith.constant -4 : i64
    %c8_i64 = arith.constant 8 : i64
    %c15_i64 = arith.constant 15 : i64
    %cst_13 = arith.constant dense<-1> : tensor<i64>
    %cst_14 = arith.constant dense<0> : tensor<i64>
    %cst_15 = arith.constant dense<1> : tensor<i64>
    %cst_16 = arith.constant dense<3> : tensor<i64>
    %cst_17 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %extracted_slice = tensor.extract_slice %cst_17[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg25 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %162 = arith.index_cast %in : i64 to index
      %163 = linalg.index 2 : index
      %164 = arith.cmpi slt, %162, %c128 : index
      cf.assert %164, "index must be smaller than dim size"
      %165 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %165, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%162, %163] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<1x16x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%2 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %162 = arith.index_cast %in : i64 to index
      %163 = linalg.index 2 : index
      %164 = arith.cmpi slt, %162, %c64 : index
      cf.assert %164, "index must be smaller than dim size"
      %165 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %165, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%162, %163] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %3 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %5 = tensor.empty() : tensor<2x16x64xf64>
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %162 = arith.extf %in : f32 to f64
      linalg.yield %162 : f64
    } -> tensor<2x16x64xf64>
    %7 = tensor.empty() : tensor<2x16x1xf64>
    %8 = linalg.fill ins(%cst : f64) outs(%7 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %9 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%6 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.addf %in, %out : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.divf %in, %cst_8 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %11 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %10 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %162 = arith.subf %in, %in_64 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x64xf64>
    %12 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %11 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %162 = arith.mulf %in, %in_64 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x64xf64>
    %13 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.addf %in, %out : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.divf %in, %cst_8 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %15 = tensor.empty() : tensor<2x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %162 = arith.truncf %in : f64 to f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %17 = linalg.fill ins(%cst_0 : f32) outs(%15 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%4 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.addf %in, %out : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.divf %in, %cst_9 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.truncf %cst_7 : f64 to f32
      %163 = arith.addf %in, %162 : f32
      linalg.yield %163 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = math.rsqrt %in : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %19 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.subf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %21 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.mulf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.mulf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %expanded = tensor.expand_shape %arg26 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi64> into tensor<2x16x1xi64>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x1xi64>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %162 = arith.sitofp %in : i64 to f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %26 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.mulf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %expanded_18 = tensor.expand_shape %arg26 [[0], [1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<2x16xi64> into tensor<2x1x1x16xi64>
    %expanded_19 = tensor.expand_shape %arg26 [[0], [1, 2, 3]] output_shape [2, 1, 16, 1] : tensor<2x16xi64> into tensor<2x1x16x1xi64>
    %28 = tensor.empty() : tensor<2x1x16x16xi64>
    %29 = linalg.generic {indexing_maps = [#map5, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_18, %expanded_19 : tensor<2x1x1x16xi64>, tensor<2x1x16x1xi64>) outs(%28 : tensor<2x1x16x16xi64>) {
    ^bb0(%in: i64, %in_64: i64, %out: i64):
      %162 = arith.muli %in, %in_64 : i64
      linalg.yield %162 : i64
    } -> tensor<2x1x16x16xi64>
    %30 = tensor.empty() : tensor<16xi64>
    %31 = linalg.generic {indexing_maps = [#map8], iterator_types = ["parallel"]} outs(%30 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %162 = linalg.index 0 : index
      %163 = arith.index_cast %162 : index to i64
      linalg.yield %163 : i64
    } -> tensor<16xi64>
    %expanded_20 = tensor.expand_shape %31 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %expanded_21 = tensor.expand_shape %31 [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
    %32 = tensor.empty() : tensor<16x16xi64>
    %33 = linalg.generic {indexing_maps = [#map9, #map10, #map11], iterator_types = ["parallel", "parallel"]} ins(%expanded_20, %expanded_21 : tensor<16x1xi64>, tensor<1x16xi64>) outs(%32 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_64: i64, %out: i64):
      %162 = arith.subi %in, %in_64 : i64
      linalg.yield %162 : i64
    } -> tensor<16x16xi64>
    %34 = tensor.empty() : tensor<16x16xi1>
    %35 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%33 : tensor<16x16xi64>) outs(%34 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %162 = arith.cmpi sgt, %in, %c0_i64 : i64
      linalg.yield %162 : i1
    } -> tensor<16x16xi1>
    %36 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%33 : tensor<16x16xi64>) outs(%34 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %162 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %162 : i1
    } -> tensor<16x16xi1>
    %37 = linalg.generic {indexing_maps = [#map11, #map12, #map12, #map11], iterator_types = ["parallel", "parallel"]} ins(%35, %cst_15, %cst_14 : tensor<16x16xi1>, tensor<i64>, tensor<i64>) outs(%32 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %in_64: i64, %in_65: i64, %out: i64):
      %162 = arith.select %in, %in_64, %in_65 : i64
      linalg.yield %162 : i64
    } -> tensor<16x16xi64>
    %38 = linalg.generic {indexing_maps = [#map11, #map12, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%36, %cst_13, %37 : tensor<16x16xi1>, tensor<i64>, tensor<16x16xi64>) outs(%32 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %in_64: i64, %in_65: i64, %out: i64):
      %162 = arith.select %in, %in_64, %in_65 : i64
      linalg.yield %162 : i64
    } -> tensor<16x16xi64>
    %39 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%33 : tensor<16x16xi64>) outs(%34 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %162 = arith.cmpi slt, %in, %c4_i64 : i64
      linalg.yield %162 : i1
    } -> tensor<16x16xi1>
    %40 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%33 : tensor<16x16xi64>) outs(%34 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %162 = arith.cmpi sgt, %in, %c-4_i64 : i64
      linalg.yield %162 : i1
    } -> tensor<16x16xi1>
    %41 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%39, %40 : tensor<16x16xi1>, tensor<16x16xi1>) outs(%34 : tensor<16x16xi1>) {
    ^bb0(%in: i1, %in_64: i1, %out: i1):
      %162 = arith.andi %in, %in_64 : i1
      linalg.yield %162 : i1
    } -> tensor<16x16xi1>
    %42 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%33 : tensor<16x16xi64>) outs(%32 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %162 = math.absi %in : i64
      linalg.yield %162 : i64
    } -> tensor<16x16xi64>
    %43 = linalg.generic {indexing_maps = [#map11, #map12, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%41, %cst_16, %42 : tensor<16x16xi1>, tensor<i64>, tensor<16x16xi64>) outs(%32 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %in_64: i64, %in_65: i64, %out: i64):
      %162 = arith.select %in, %in_64, %in_65 : i64
      linalg.yield %162 : i64
    } -> tensor<16x16xi64>
    %44 = tensor.empty() : tensor<16x16xf32>
    %45 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%43 : tensor<16x16xi64>) outs(%44 : tensor<16x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %162 = arith.sitofp %in : i64 to f32
      %163 = arith.divf %162, %cst_10 : f32
      linalg.yield %163 : f32
    } -> tensor<16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%45 : tensor<16x16xf32>) outs(%44 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = math.log %in : f32
      linalg.yield %162 : f32
    } -> tensor<16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map11, #map12, #map11], iterator_types = ["parallel", "parallel"]} ins(%46, %cst_6 : tensor<16x16xf32>, tensor<f32>) outs(%44 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.divf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<16x16xf32>
    %48 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%47 : tensor<16x16xf32>) outs(%44 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.mulf %in, %cst_11 : f32
      linalg.yield %162 : f32
    } -> tensor<16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%48 : tensor<16x16xf32>) outs(%44 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = math.ceil %in : f32
      linalg.yield %162 : f32
    } -> tensor<16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%49 : tensor<16x16xf32>) outs(%44 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.addf %in, %cst_10 : f32
      linalg.yield %162 : f32
    } -> tensor<16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%43 : tensor<16x16xi64>) outs(%34 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %162 = arith.cmpi sle, %in, %c4_i64 : i64
      linalg.yield %162 : i1
    } -> tensor<16x16xi1>
    %52 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%33 : tensor<16x16xi64>) outs(%44 : tensor<16x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %162 = arith.sitofp %in : i64 to f32
      linalg.yield %162 : f32
    } -> tensor<16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%50, %38 : tensor<16x16xf32>, tensor<16x16xi64>) outs(%44 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %in_64: i64, %out: f32):
      %162 = arith.sitofp %in_64 : i64 to f32
      %163 = arith.mulf %in, %162 : f32
      linalg.yield %163 : f32
    } -> tensor<16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map11, #map11, #map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%51, %52, %53 : tensor<16x16xi1>, tensor<16x16xf32>, tensor<16x16xf32>) outs(%44 : tensor<16x16xf32>) {
    ^bb0(%in: i1, %in_64: f32, %in_65: f32, %out: f32):
      %162 = arith.select %in, %in_64, %in_65 : f32
      linalg.yield %162 : f32
    } -> tensor<16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map11, #map11], iterator_types = ["parallel", "parallel"]} ins(%54 : tensor<16x16xf32>) outs(%32 : tensor<16x16xi64>) {
    ^bb0(%in: f32, %out: i64):
      %162 = arith.fptosi %in : f32 to i64
      linalg.yield %162 : i64
    } -> tensor<16x16xi64>
    %collapsed = tensor.collapse_shape %27 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %56 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %57 = tensor.empty() : tensor<32x64xf32>
    %58 = linalg.fill ins(%cst_0 : f32) outs(%57 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %59 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %60 = linalg.generic {indexing_maps = [#map11, #map13, #map11], iterator_types = ["parallel", "parallel"]} ins(%59, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%57 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<32x64xf32>
    %expanded_22 = tensor.expand_shape %60 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %61 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_24 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %transposed_25 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %62 = linalg.matmul ins(%collapsed, %transposed_25 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %63 = linalg.generic {indexing_maps = [#map11, #map13, #map11], iterator_types = ["parallel", "parallel"]} ins(%62, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%57 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<32x64xf32>
    %expanded_26 = tensor.expand_shape %63 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%expanded_26 : tensor<2x16x4x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_28 = tensor.collapse_shape %transposed_27 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %transposed_29 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %64 = linalg.matmul ins(%collapsed, %transposed_29 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %65 = linalg.generic {indexing_maps = [#map11, #map13, #map11], iterator_types = ["parallel", "parallel"]} ins(%64, %arg9 : tensor<32x64xf32>, tensor<64xf32>) outs(%57 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<32x64xf32>
    %expanded_30 = tensor.expand_shape %65 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<2x16x4x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %66 = tensor.empty() : tensor<f32>
    %67 = linalg.generic {indexing_maps = [#map14, #map14], iterator_types = []} ins(%cst_5 : tensor<f32>) outs(%66 : tensor<f32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = math.sqrt %in : f32
      linalg.yield %162 : f32
    } -> tensor<f32>
    %68 = tensor.empty() : tensor<8x16x16xf32>
    %transposed_33 = linalg.transpose ins(%collapsed_28 : tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %69 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_33, %67 : tensor<8x16x16xf32>, tensor<f32>) outs(%68 : tensor<8x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.divf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<8x16x16xf32>
    %70 = linalg.fill ins(%cst_0 : f32) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %71 = linalg.batch_matmul ins(%collapsed_24, %69 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%70 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_34 = tensor.expand_shape %55 [[0, 1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<16x16xi64> into tensor<1x1x16x16xi64>
    %transposed_35 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %72 = tensor.empty() : tensor<16x64xf32>
    %73 = linalg.fill ins(%cst_0 : f32) outs(%72 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %74 = linalg.matmul ins(%arg24, %transposed_35 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%73 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %75 = linalg.generic {indexing_maps = [#map11, #map13, #map11], iterator_types = ["parallel", "parallel"]} ins(%74, %arg11 : tensor<16x64xf32>, tensor<64xf32>) outs(%72 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<16x64xf32>
    %expanded_36 = tensor.expand_shape %75 [[0, 1], [2, 3]] output_shape [1, 16, 4, 16] : tensor<16x64xf32> into tensor<1x16x4x16xf32>
    %76 = tensor.empty() : tensor<1x4x16x16xf32>
    %transposed_37 = linalg.transpose ins(%expanded_36 : tensor<1x16x4x16xf32>) outs(%76 : tensor<1x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_38 = tensor.collapse_shape %transposed_37 [[0, 1], [2], [3]] : tensor<1x4x16x16xf32> into tensor<4x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_38 : tensor<4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %77 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %transposed_40 = linalg.transpose ins(%arg12 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %78 = linalg.matmul ins(%arg24, %transposed_40 : tensor<16x64xf32>, tensor<64x64xf32>) outs(%73 : tensor<16x64xf32>) -> tensor<16x64xf32>
    %79 = linalg.generic {indexing_maps = [#map11, #map13, #map11], iterator_types = ["parallel", "parallel"]} ins(%78, %arg13 : tensor<16x64xf32>, tensor<64xf32>) outs(%72 : tensor<16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<16x64xf32>
    %expanded_41 = tensor.expand_shape %79 [[0, 1], [2, 3]] output_shape [1, 16, 4, 16] : tensor<16x64xf32> into tensor<1x16x4x16xf32>
    %transposed_42 = linalg.transpose ins(%expanded_41 : tensor<1x16x4x16xf32>) outs(%76 : tensor<1x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_43 = tensor.collapse_shape %transposed_42 [[0, 1], [2], [3]] : tensor<1x4x16x16xf32> into tensor<4x16x16xf32>
    %80 = linalg.generic {indexing_maps = [#map16, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_43 : tensor<4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %80 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %transposed_45 = linalg.transpose ins(%collapsed_39 : tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %81 = linalg.batch_matmul ins(%collapsed_24, %transposed_45 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%70 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %82 = tensor.empty() : tensor<1x1x16x16xi64>
    %83 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_34 : tensor<1x1x16x16xi64>) outs(%82 : tensor<1x1x16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %162 = arith.addi %in, %c8_i64 : i64
      linalg.yield %162 : i64
    } -> tensor<1x1x16x16xi64>
    %84 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%83 : tensor<1x1x16x16xi64>) outs(%82 : tensor<1x1x16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %162 = arith.maxsi %in, %c0_i64 : i64
      %163 = arith.minsi %162, %c15_i64 : i64
      linalg.yield %163 : i64
    } -> tensor<1x1x16x16xi64>
    %85 = tensor.empty() : tensor<8x16x16xi64>
    %collapsed_46 = tensor.collapse_shape %84 [[0, 1, 2], [3]] : tensor<1x1x16x16xi64> into tensor<16x16xi64>
    %86 = linalg.generic {indexing_maps = [#map17, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_46 : tensor<16x16xi64>) outs(%85 : tensor<8x16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<8x16x16xi64>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<8x16x16xi64>) outs(%70 : tensor<8x16x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %162 = linalg.index 0 : index
      %163 = linalg.index 1 : index
      %164 = arith.index_cast %in : i64 to index
      %165 = arith.cmpi slt, %164, %c16 : index
      cf.assert %165, "index must be smaller than dim size"
      %166 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %166, "index must be larger or equal to 0"
      %extracted = tensor.extract %81[%162, %163, %164] : tensor<8x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<8x16x16xf32>
    %88 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %67 : tensor<8x16x16xf32>, tensor<f32>) outs(%68 : tensor<8x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.divf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<8x16x16xf32>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.addf %in, %cst_0 : f32
      linalg.yield %162 : f32
    } -> tensor<8x16x16xf32>
    %90 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_34 : tensor<1x1x16x16xi64>) outs(%82 : tensor<1x1x16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %162 = arith.sitofp %in : i64 to f32
      %163 = arith.negf %162 : f32
      %164 = arith.fptosi %163 : f32 to i64
      linalg.yield %164 : i64
    } -> tensor<1x1x16x16xi64>
    %91 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%90 : tensor<1x1x16x16xi64>) outs(%82 : tensor<1x1x16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %162 = arith.addi %in, %c8_i64 : i64
      linalg.yield %162 : i64
    } -> tensor<1x1x16x16xi64>
    %92 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%91 : tensor<1x1x16x16xi64>) outs(%82 : tensor<1x1x16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %162 = arith.maxsi %in, %c0_i64 : i64
      %163 = arith.minsi %162, %c15_i64 : i64
      linalg.yield %163 : i64
    } -> tensor<1x1x16x16xi64>
    %transposed_47 = linalg.transpose ins(%collapsed_44 : tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %93 = linalg.batch_matmul ins(%collapsed_28, %transposed_47 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%70 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %collapsed_48 = tensor.collapse_shape %92 [[0, 1, 2], [3]] : tensor<1x1x16x16xi64> into tensor<16x16xi64>
    %94 = linalg.generic {indexing_maps = [#map17, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_48 : tensor<16x16xi64>) outs(%85 : tensor<8x16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<8x16x16xi64>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<8x16x16xi64>) outs(%70 : tensor<8x16x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %162 = linalg.index 0 : index
      %163 = linalg.index 1 : index
      %164 = arith.index_cast %in : i64 to index
      %165 = arith.cmpi slt, %164, %c16 : index
      cf.assert %165, "index must be smaller than dim size"
      %166 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %166, "index must be larger or equal to 0"
      %extracted = tensor.extract %93[%162, %163, %164] : tensor<8x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<8x16x16xf32>
    %transposed_49 = linalg.transpose ins(%95 : tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %96 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_49, %67 : tensor<8x16x16xf32>, tensor<f32>) outs(%68 : tensor<8x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.divf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<8x16x16xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %96 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<8x16x16xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %97 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<8x16x16xf32>
    %expanded_50 = tensor.expand_shape %98 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %99 = tensor.empty() : tensor<2x1x16x16xi1>
    %100 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%29 : tensor<2x1x16x16xi64>) outs(%99 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %162 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %162 : i1
    } -> tensor<2x1x16x16xi1>
    %101 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%100 : tensor<2x1x16x16xi1>) outs(%99 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %out: i1):
      %162 = arith.xori %in, %true : i1
      linalg.yield %162 : i1
    } -> tensor<2x1x16x16xi1>
    %102 = linalg.generic {indexing_maps = [#map18, #map19, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%101, %cst_4, %expanded_50 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_64: f32, %in_65: f32, %out: f32):
      %162 = arith.select %in, %in_64, %in_65 : f32
      linalg.yield %162 : f32
    } -> tensor<2x4x16x16xf32>
    %103 = tensor.empty() : tensor<2x4x16xi64>
    %104 = linalg.fill ins(%c0_i64 : i64) outs(%103 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %105 = tensor.empty() : tensor<2x4x16xf32>
    %106 = linalg.fill ins(%cst_1 : f32) outs(%105 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %107:2 = linalg.generic {indexing_maps = [#map7, #map20, #map20], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%102 : tensor<2x4x16x16xf32>) outs(%106, %104 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_64: i64):
      %162 = linalg.index 3 : index
      %163 = arith.index_cast %162 : index to i64
      %164 = arith.maximumf %in, %out : f32
      %165 = arith.cmpf ogt, %in, %out : f32
      %166 = arith.select %165, %163, %out_64 : i64
      linalg.yield %164, %166 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_51 = tensor.expand_shape %107#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %108 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%102, %expanded_51 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.subf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x4x16x16xf32>
    %109 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%108 : tensor<2x4x16x16xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = math.exp %in : f32
      linalg.yield %162 : f32
    } -> tensor<2x4x16x16xf32>
    %110 = tensor.empty() : tensor<2x4x16x1xf32>
    %111 = linalg.fill ins(%cst_0 : f32) outs(%110 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%109 : tensor<2x4x16x16xf32>) outs(%111 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.addf %in, %out : f32
      linalg.yield %162 : f32
    } -> tensor<2x4x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%109, %112 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%61 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.divf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_52 = tensor.collapse_shape %113 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %114 = linalg.batch_matmul ins(%collapsed_52, %collapsed_32 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%70 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_53 = tensor.expand_shape %114 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %115 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_54 = linalg.transpose ins(%expanded_53 : tensor<2x4x16x16xf32>) outs(%115 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_55 = tensor.collapse_shape %transposed_54 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_56 = linalg.transpose ins(%arg14 : tensor<64x64xf32>) outs(%56 : tensor<64x64xf32>) permutation = [1, 0] 
    %116 = linalg.matmul ins(%collapsed_55, %transposed_56 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %117 = linalg.generic {indexing_maps = [#map11, #map13, #map11], iterator_types = ["parallel", "parallel"]} ins(%116, %arg15 : tensor<32x64xf32>, tensor<64xf32>) outs(%57 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<32x64xf32>
    %expanded_57 = tensor.expand_shape %117 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_57, %27 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %162 = arith.extf %in : f32 to f64
      linalg.yield %162 : f64
    } -> tensor<2x16x64xf64>
    %120 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%119 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.addf %in, %out : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %121 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.divf %in, %cst_8 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %122 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119, %121 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %162 = arith.subf %in, %in_64 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x64xf64>
    %123 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %122 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %162 = arith.mulf %in, %in_64 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x64xf64>
    %124 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%123 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.addf %in, %out : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %125 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.divf %in, %cst_8 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %162 = arith.truncf %in : f64 to f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%118 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.addf %in, %out : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.divf %in, %cst_9 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.truncf %cst_7 : f64 to f32
      %163 = arith.addf %in, %162 : f32
      linalg.yield %163 : f32
    } -> tensor<2x16x1xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = math.rsqrt %in : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %128 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.subf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %130 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.mulf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%132, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.mulf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_58 = tensor.collapse_shape %134 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %135 = tensor.empty() : tensor<64x128xf32>
    %transposed_59 = linalg.transpose ins(%arg18 : tensor<128x64xf32>) outs(%135 : tensor<64x128xf32>) permutation = [1, 0] 
    %136 = tensor.empty() : tensor<32x128xf32>
    %137 = linalg.fill ins(%cst_0 : f32) outs(%136 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %138 = linalg.matmul ins(%collapsed_58, %transposed_59 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%137 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %139 = linalg.generic {indexing_maps = [#map11, #map13, #map11], iterator_types = ["parallel", "parallel"]} ins(%138, %arg19 : tensor<32x128xf32>, tensor<128xf32>) outs(%136 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<32x128xf32>
    %expanded_60 = tensor.expand_shape %139 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %140 = tensor.empty() : tensor<2x16x128xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_60 : tensor<2x16x128xf32>) outs(%140 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.divf %in, %cst_12 : f32
      %163 = math.erf %162 : f32
      %164 = arith.addf %163, %cst_2 : f32
      %165 = arith.mulf %164, %cst_3 : f32
      %166 = arith.mulf %in, %165 : f32
      linalg.yield %166 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_61 = tensor.collapse_shape %141 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %142 = tensor.empty() : tensor<128x64xf32>
    %transposed_62 = linalg.transpose ins(%arg20 : tensor<64x128xf32>) outs(%142 : tensor<128x64xf32>) permutation = [1, 0] 
    %143 = linalg.matmul ins(%collapsed_61, %transposed_62 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%58 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %144 = linalg.generic {indexing_maps = [#map11, #map13, #map11], iterator_types = ["parallel", "parallel"]} ins(%143, %arg21 : tensor<32x64xf32>, tensor<64xf32>) outs(%57 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<32x64xf32>
    %expanded_63 = tensor.expand_shape %144 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_63, %134 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %162 = arith.extf %in : f32 to f64
      linalg.yield %162 : f64
    } -> tensor<2x16x64xf64>
    %147 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%146 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.addf %in, %out : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.divf %in, %cst_8 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %149 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %148 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %162 = arith.subf %in, %in_64 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x64xf64>
    %150 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149, %149 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%5 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_64: f64, %out: f64):
      %162 = arith.mulf %in, %in_64 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x64xf64>
    %151 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%150 : tensor<2x16x64xf64>) outs(%8 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.addf %in, %out : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %152 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%151 : tensor<2x16x1xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %162 = arith.divf %in, %cst_8 : f64
      linalg.yield %162 : f64
    } -> tensor<2x16x1xf64>
    %153 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x1xf64>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %162 = arith.truncf %in : f64 to f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%145 : tensor<2x16x64xf32>) outs(%17 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.addf %in, %out : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.divf %in, %cst_9 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = arith.truncf %cst_7 : f64 to f32
      %163 = arith.addf %in, %162 : f32
      linalg.yield %163 : f32
    } -> tensor<2x16x1xf32>
    %157 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<2x16x1xf32>) outs(%15 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %162 = math.rsqrt %in : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x1xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %155 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.subf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map1, #map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %157 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.mulf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159, %arg22 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.mulf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%160, %arg23 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_64: f32, %out: f32):
      %162 = arith.addf %in, %in_64 : f32
      linalg.yield %162 : f32
    } -> tensor<2x16x64xf32>
    return %161 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000"
    }
  }
#-}
