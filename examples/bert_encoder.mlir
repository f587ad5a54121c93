// FRONTEND: {"args": [{"role": "weight", "shape": [128, 256]}, {"role": "weight", "shape": [128, 256]}, {"role": "weight", "shape": [2, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [1024, 256]}, {"role": "weight", "shape": [1024]}, {"role": "weight", "shape": [256, 1024]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 256]}, {"role": "weight", "shape": [256]}, {"role": "ids", "shape": [2, 128], "vocab": 128}, {"role": "mask", "shape": [2, 128]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "bert_layer", "path": "tm-linalg", "shapes": "static"}
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
  func.func @forward(%arg0: tensor<128x256xf32>, %arg1: tensor<128x256xf32>, %arg2: tensor<2x256xf32>, %arg3: tensor<256xf32>, %arg4: tensor<256xf32>, %arg5: tensor<256x256xf32>, %arg6: tensor<256xf32>, %arg7: tensor<256x256xf32>, %arg8: tensor<256xf32>, %arg9: tensor<256x256xf32>, %arg10: tensor<256xf32>, %arg11: tensor<256x256xf32>, %arg12: tensor<256xf32>, %arg13: tensor<256xf32>, %arg14: tensor<256xf32>, %arg15: tensor<1024x256xf32>, %arg16: tensor<1024xf32>, %arg17: tensor<256x1024xf32>, %arg18: tensor<256xf32>, %arg19: tensor<256xf32>, %arg20: tensor<256xf32>, %arg21: tensor<256x256xf32>, %arg22: tensor<256xf32>, %arg23: tensor<2x128xi64>, %arg24: tensor<2x128xi64>) -> tensor<2x128x256xf32> {
    %c128 = arith.constant 128 : index
    %c2 = arith.constant 2 : index
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
    %cst_8 = arith.constant 2.560000e+02 : f64
    %cst_9 = arith.constant 2.560000e+02 : f32
    %cst_10 = arith.constant 1.250000e-01 : f32
    %cst_11 = arith.constant 1.41421354 : f32
    %c2_i64 = arith.constant 2 : i64
    %c128_i64 = arith.constant 128 : i64
    %c0_i64 = arith.constant 0 : i64
    %cst_12 = arith.constant dense_resource<torch_tensor_1_128_torch.int64_1> : tensor<1x128xi64>
    %cst_13 = arith.constant dense_resource<torch_tensor_1_128_torch.int64> : tensor<1x128xi64>
    %0 = tensor.empty() : tensor<1x128xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x128xi64>) -> tensor<1x128xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_13 : tensor<1x128xi64>) outs(%1 : tensor<1x128xi64>) {
    ^bb0(%in: i64, %out: i64):
      %124 = arith.index_cast %in : i64 to index
      %125 = arith.cmpi slt, %124, %c128 : index
      cf.assert %125, "index must be smaller than dim size"
      %126 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %126, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_12[%c0, %124] : tensor<1x128xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x128xi64>
    %3 = tensor.empty() : tensor<2x128xi64>
    %collapsed = tensor.collapse_shape %2 [[0, 1]] : tensor<1x128xi64> into tensor<128xi64>
    %4 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<128xi64>) outs(%3 : tensor<2x128xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x128xi64>
    %5 = tensor.empty() : tensor<2x128x256xf32>
    %6 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg23 : tensor<2x128xi64>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: i64, %out: f32):
      %124 = arith.index_cast %in : i64 to index
      %125 = linalg.index 2 : index
      %126 = arith.cmpi slt, %124, %c128 : index
      cf.assert %126, "index must be smaller than dim size"
      %127 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %127, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%124, %125] : tensor<128x256xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x128x256xf32>
    %7 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x128xi64>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: i64, %out: f32):
      %124 = arith.index_cast %in : i64 to index
      %125 = linalg.index 2 : index
      %126 = arith.cmpi slt, %124, %c2 : index
      cf.assert %126, "index must be smaller than dim size"
      %127 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %127, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg2[%124, %125] : tensor<2x256xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x128x256xf32>
    %8 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %7 : tensor<2x128x256xf32>, tensor<2x128x256xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %9 = tensor.empty() : tensor<1x128x256xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_13 : tensor<1x128xi64>) outs(%9 : tensor<1x128x256xf32>) {
    ^bb0(%in: i64, %out: f32):
      %124 = arith.index_cast %in : i64 to index
      %125 = linalg.index 2 : index
      %126 = arith.cmpi slt, %124, %c128 : index
      cf.assert %126, "index must be smaller than dim size"
      %127 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %127, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%124, %125] : tensor<128x256xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x128x256xf32>
    %11 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %10 : tensor<2x128x256xf32>, tensor<1x128x256xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %12 = tensor.empty() : tensor<2x128x256xf64>
    %13 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x128x256xf32>) outs(%12 : tensor<2x128x256xf64>) {
    ^bb0(%in: f32, %out: f64):
      %124 = arith.extf %in : f32 to f64
      linalg.yield %124 : f64
    } -> tensor<2x128x256xf64>
    %14 = tensor.empty() : tensor<2x128x1xf64>
    %15 = linalg.fill ins(%cst : f64) outs(%14 : tensor<2x128x1xf64>) -> tensor<2x128x1xf64>
    %16 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%13 : tensor<2x128x256xf64>) outs(%15 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.addf %in, %out : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %17 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x128x1xf64>) outs(%14 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.divf %in, %cst_8 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %18 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13, %17 : tensor<2x128x256xf64>, tensor<2x128x1xf64>) outs(%12 : tensor<2x128x256xf64>) {
    ^bb0(%in: f64, %in_42: f64, %out: f64):
      %124 = arith.subf %in, %in_42 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x256xf64>
    %19 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %18 : tensor<2x128x256xf64>, tensor<2x128x256xf64>) outs(%12 : tensor<2x128x256xf64>) {
    ^bb0(%in: f64, %in_42: f64, %out: f64):
      %124 = arith.mulf %in, %in_42 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x256xf64>
    %20 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x128x256xf64>) outs(%15 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.addf %in, %out : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %21 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x128x1xf64>) outs(%14 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.divf %in, %cst_8 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %22 = tensor.empty() : tensor<2x128x1xf32>
    %23 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x128x1xf64>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %124 = arith.truncf %in : f64 to f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %24 = linalg.fill ins(%cst_0 : f32) outs(%22 : tensor<2x128x1xf32>) -> tensor<2x128x1xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x128x256xf32>) outs(%24 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %out : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<2x128x1xf32>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.divf %in, %cst_9 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<2x128x1xf32>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.truncf %cst_7 : f64 to f32
      %125 = arith.addf %in, %124 : f32
      linalg.yield %125 : f32
    } -> tensor<2x128x1xf32>
    %28 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x128x1xf32>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = math.rsqrt %in : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %29 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %26 : tensor<2x128x256xf32>, tensor<2x128x1xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.subf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %30 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %28 : tensor<2x128x256xf32>, tensor<2x128x1xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.mulf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %31 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %arg3 : tensor<2x128x256xf32>, tensor<256xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.mulf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %32 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %arg4 : tensor<2x128x256xf32>, tensor<256xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %33 = tensor.empty() : tensor<2x128xi1>
    %34 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg24 : tensor<2x128xi64>) outs(%33 : tensor<2x128xi1>) {
    ^bb0(%in: i64, %out: i1):
      %124 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %124 : i1
    } -> tensor<2x128xi1>
    %35 = tensor.empty() : tensor<2xi64>
    %36 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%35 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %124 = linalg.index 0 : index
      %125 = arith.index_cast %124 : index to i64
      linalg.yield %125 : i64
    } -> tensor<2xi64>
    %37 = tensor.empty() : tensor<128xi64>
    %38 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%37 : tensor<128xi64>) {
    ^bb0(%out: i64):
      %124 = linalg.index 0 : index
      %125 = arith.index_cast %124 : index to i64
      linalg.yield %125 : i64
    } -> tensor<128xi64>
    %expanded = tensor.expand_shape %36 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %38 [[0, 1, 2, 3]] output_shape [1, 1, 128, 1] : tensor<128xi64> into tensor<1x1x128x1xi64>
    %expanded_15 = tensor.expand_shape %38 [[0, 1, 2, 3]] output_shape [1, 1, 1, 128] : tensor<128xi64> into tensor<1x1x1x128xi64>
    %39 = tensor.empty() : tensor<1x1x128x1xi1>
    %40 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x1x128x1xi64>) outs(%39 : tensor<1x1x128x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %124 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %124 : i1
    } -> tensor<1x1x128x1xi1>
    %41 = linalg.generic {indexing_maps = [#map9, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %40 : tensor<i1>, tensor<1x1x128x1xi1>) outs(%39 : tensor<1x1x128x1xi1>) {
    ^bb0(%in: i1, %in_42: i1, %out: i1):
      %124 = arith.andi %in, %in_42 : i1
      linalg.yield %124 : i1
    } -> tensor<1x1x128x1xi1>
    %42 = tensor.empty() : tensor<2x1x1x128xi1>
    %43 = linalg.generic {indexing_maps = [#map10, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x128xi64>) outs(%42 : tensor<2x1x1x128xi1>) {
    ^bb0(%in: i64, %in_42: i64, %out: i1):
      %124 = arith.cmpi slt, %in, %c0_i64 : i64
      %125 = arith.addi %in, %c2_i64 : i64
      %126 = arith.select %124, %125, %in : i64
      %127 = arith.index_cast %126 : i64 to index
      %128 = arith.cmpi slt, %in_42, %c0_i64 : i64
      %129 = arith.addi %in_42, %c128_i64 : i64
      %130 = arith.select %128, %129, %in_42 : i64
      %131 = arith.index_cast %130 : i64 to index
      %extracted = tensor.extract %34[%127, %131] : tensor<2x128xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x128xi1>
    %44 = tensor.empty() : tensor<2x1x128x128xi1>
    %45 = linalg.generic {indexing_maps = [#map12, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%41, %43 : tensor<1x1x128x1xi1>, tensor<2x1x1x128xi1>) outs(%44 : tensor<2x1x128x128xi1>) {
    ^bb0(%in: i1, %in_42: i1, %out: i1):
      %124 = arith.andi %in, %in_42 : i1
      linalg.yield %124 : i1
    } -> tensor<2x1x128x128xi1>
    %46 = tensor.empty() : tensor<2x1x128x128xf32>
    %47 = linalg.generic {indexing_maps = [#map8, #map9, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%45, %cst_5, %cst_4 : tensor<2x1x128x128xi1>, tensor<f32>, tensor<f32>) outs(%46 : tensor<2x1x128x128xf32>) {
    ^bb0(%in: i1, %in_42: f32, %in_43: f32, %out: f32):
      %124 = arith.select %in, %in_42, %in_43 : f32
      linalg.yield %124 : f32
    } -> tensor<2x1x128x128xf32>
    %collapsed_16 = tensor.collapse_shape %32 [[0, 1], [2]] : tensor<2x128x256xf32> into tensor<256x256xf32>
    %48 = tensor.empty() : tensor<256x256xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<256x256xf32>) outs(%48 : tensor<256x256xf32>) permutation = [1, 0] 
    %49 = linalg.fill ins(%cst_0 : f32) outs(%48 : tensor<256x256xf32>) -> tensor<256x256xf32>
    %50 = linalg.matmul ins(%collapsed_16, %transposed : tensor<256x256xf32>, tensor<256x256xf32>) outs(%49 : tensor<256x256xf32>) -> tensor<256x256xf32>
    %51 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%50, %arg6 : tensor<256x256xf32>, tensor<256xf32>) outs(%48 : tensor<256x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<256x256xf32>
    %expanded_17 = tensor.expand_shape %51 [[0, 1], [2, 3]] output_shape [2, 128, 4, 64] : tensor<256x256xf32> into tensor<2x128x4x64xf32>
    %52 = tensor.empty() : tensor<2x4x128x64xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x128x4x64xf32>) outs(%52 : tensor<2x4x128x64xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg7 : tensor<256x256xf32>) outs(%48 : tensor<256x256xf32>) permutation = [1, 0] 
    %53 = linalg.matmul ins(%collapsed_16, %transposed_19 : tensor<256x256xf32>, tensor<256x256xf32>) outs(%49 : tensor<256x256xf32>) -> tensor<256x256xf32>
    %54 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%53, %arg8 : tensor<256x256xf32>, tensor<256xf32>) outs(%48 : tensor<256x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<256x256xf32>
    %expanded_20 = tensor.expand_shape %54 [[0, 1], [2, 3]] output_shape [2, 128, 4, 64] : tensor<256x256xf32> into tensor<2x128x4x64xf32>
    %transposed_21 = linalg.transpose ins(%arg9 : tensor<256x256xf32>) outs(%48 : tensor<256x256xf32>) permutation = [1, 0] 
    %55 = linalg.matmul ins(%collapsed_16, %transposed_21 : tensor<256x256xf32>, tensor<256x256xf32>) outs(%49 : tensor<256x256xf32>) -> tensor<256x256xf32>
    %56 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%55, %arg10 : tensor<256x256xf32>, tensor<256xf32>) outs(%48 : tensor<256x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<256x256xf32>
    %expanded_22 = tensor.expand_shape %56 [[0, 1], [2, 3]] output_shape [2, 128, 4, 64] : tensor<256x256xf32> into tensor<2x128x4x64xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x128x4x64xf32>) outs(%52 : tensor<2x4x128x64xf32>) permutation = [0, 2, 1, 3] 
    %57 = tensor.empty() : tensor<2x4x64x128xf32>
    %transposed_24 = linalg.transpose ins(%expanded_20 : tensor<2x128x4x64xf32>) outs(%57 : tensor<2x4x64x128xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_25 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x128x64xf32> into tensor<8x128x64xf32>
    %collapsed_26 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x64x128xf32> into tensor<8x64x128xf32>
    %58 = tensor.empty() : tensor<8x128x128xf32>
    %59 = linalg.fill ins(%cst_0 : f32) outs(%58 : tensor<8x128x128xf32>) -> tensor<8x128x128xf32>
    %60 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<8x128x64xf32>, tensor<8x64x128xf32>) outs(%59 : tensor<8x128x128xf32>) -> tensor<8x128x128xf32>
    %expanded_27 = tensor.expand_shape %60 [[0, 1], [2], [3]] output_shape [2, 4, 128, 128] : tensor<8x128x128xf32> into tensor<2x4x128x128xf32>
    %61 = tensor.empty() : tensor<2x4x128x128xf32>
    %62 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x4x128x128xf32>) outs(%61 : tensor<2x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.mulf %in, %cst_10 : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x128x128xf32>
    %63 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %47 : tensor<2x4x128x128xf32>, tensor<2x1x128x128xf32>) outs(%61 : tensor<2x4x128x128xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x128x128xf32>
    %64 = tensor.empty() : tensor<2x4x128xi64>
    %65 = linalg.fill ins(%c0_i64 : i64) outs(%64 : tensor<2x4x128xi64>) -> tensor<2x4x128xi64>
    %66 = tensor.empty() : tensor<2x4x128xf32>
    %67 = linalg.fill ins(%cst_1 : f32) outs(%66 : tensor<2x4x128xf32>) -> tensor<2x4x128xf32>
    %68:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x128x128xf32>) outs(%67, %65 : tensor<2x4x128xf32>, tensor<2x4x128xi64>) {
    ^bb0(%in: f32, %out: f32, %out_42: i64):
      %124 = linalg.index 3 : index
      %125 = arith.index_cast %124 : index to i64
      %126 = arith.maximumf %in, %out : f32
      %127 = arith.cmpf ogt, %in, %out : f32
      %128 = arith.select %127, %125, %out_42 : i64
      linalg.yield %126, %128 : f32, i64
    } -> (tensor<2x4x128xf32>, tensor<2x4x128xi64>)
    %expanded_28 = tensor.expand_shape %68#0 [[0], [1], [2, 3]] output_shape [2, 4, 128, 1] : tensor<2x4x128xf32> into tensor<2x4x128x1xf32>
    %69 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_28 : tensor<2x4x128x128xf32>, tensor<2x4x128x1xf32>) outs(%61 : tensor<2x4x128x128xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.subf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x128x128xf32>
    %70 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<2x4x128x128xf32>) outs(%61 : tensor<2x4x128x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = math.exp %in : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x128x128xf32>
    %71 = tensor.empty() : tensor<2x4x128x1xf32>
    %72 = linalg.fill ins(%cst_0 : f32) outs(%71 : tensor<2x4x128x1xf32>) -> tensor<2x4x128x1xf32>
    %73 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x128x128xf32>) outs(%72 : tensor<2x4x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %out : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x128x1xf32>
    %74 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %73 : tensor<2x4x128x128xf32>, tensor<2x4x128x1xf32>) outs(%61 : tensor<2x4x128x128xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.divf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x4x128x128xf32>
    %collapsed_29 = tensor.collapse_shape %74 [[0, 1], [2], [3]] : tensor<2x4x128x128xf32> into tensor<8x128x128xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x128x64xf32> into tensor<8x128x64xf32>
    %75 = tensor.empty() : tensor<8x128x64xf32>
    %76 = linalg.fill ins(%cst_0 : f32) outs(%75 : tensor<8x128x64xf32>) -> tensor<8x128x64xf32>
    %77 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x128x128xf32>, tensor<8x128x64xf32>) outs(%76 : tensor<8x128x64xf32>) -> tensor<8x128x64xf32>
    %expanded_31 = tensor.expand_shape %77 [[0, 1], [2], [3]] output_shape [2, 4, 128, 64] : tensor<8x128x64xf32> into tensor<2x4x128x64xf32>
    %78 = tensor.empty() : tensor<2x128x4x64xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<2x4x128x64xf32>) outs(%78 : tensor<2x128x4x64xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0, 1], [2, 3]] : tensor<2x128x4x64xf32> into tensor<256x256xf32>
    %transposed_34 = linalg.transpose ins(%arg11 : tensor<256x256xf32>) outs(%48 : tensor<256x256xf32>) permutation = [1, 0] 
    %79 = linalg.matmul ins(%collapsed_33, %transposed_34 : tensor<256x256xf32>, tensor<256x256xf32>) outs(%49 : tensor<256x256xf32>) -> tensor<256x256xf32>
    %80 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%79, %arg12 : tensor<256x256xf32>, tensor<256xf32>) outs(%48 : tensor<256x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<256x256xf32>
    %expanded_35 = tensor.expand_shape %80 [[0, 1], [2]] output_shape [2, 128, 256] : tensor<256x256xf32> into tensor<2x128x256xf32>
    %81 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35, %32 : tensor<2x128x256xf32>, tensor<2x128x256xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %82 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x128x256xf32>) outs(%12 : tensor<2x128x256xf64>) {
    ^bb0(%in: f32, %out: f64):
      %124 = arith.extf %in : f32 to f64
      linalg.yield %124 : f64
    } -> tensor<2x128x256xf64>
    %83 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%82 : tensor<2x128x256xf64>) outs(%15 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.addf %in, %out : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %84 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x128x1xf64>) outs(%14 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.divf %in, %cst_8 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %85 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %84 : tensor<2x128x256xf64>, tensor<2x128x1xf64>) outs(%12 : tensor<2x128x256xf64>) {
    ^bb0(%in: f64, %in_42: f64, %out: f64):
      %124 = arith.subf %in, %in_42 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x256xf64>
    %86 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %85 : tensor<2x128x256xf64>, tensor<2x128x256xf64>) outs(%12 : tensor<2x128x256xf64>) {
    ^bb0(%in: f64, %in_42: f64, %out: f64):
      %124 = arith.mulf %in, %in_42 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x256xf64>
    %87 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%86 : tensor<2x128x256xf64>) outs(%15 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.addf %in, %out : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %88 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x128x1xf64>) outs(%14 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.divf %in, %cst_8 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %89 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x128x1xf64>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %124 = arith.truncf %in : f64 to f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %90 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%81 : tensor<2x128x256xf32>) outs(%24 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %out : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %91 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x128x1xf32>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.divf %in, %cst_9 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %92 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x128x1xf32>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.truncf %cst_7 : f64 to f32
      %125 = arith.addf %in, %124 : f32
      linalg.yield %125 : f32
    } -> tensor<2x128x1xf32>
    %93 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x128x1xf32>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = math.rsqrt %in : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %94 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %91 : tensor<2x128x256xf32>, tensor<2x128x1xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.subf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %95 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %93 : tensor<2x128x256xf32>, tensor<2x128x1xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.mulf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %arg13 : tensor<2x128x256xf32>, tensor<256xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.mulf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %97 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %arg14 : tensor<2x128x256xf32>, tensor<256xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %collapsed_36 = tensor.collapse_shape %97 [[0, 1], [2]] : tensor<2x128x256xf32> into tensor<256x256xf32>
    %98 = tensor.empty() : tensor<256x1024xf32>
    %transposed_37 = linalg.transpose ins(%arg15 : tensor<1024x256xf32>) outs(%98 : tensor<256x1024xf32>) permutation = [1, 0] 
    %99 = linalg.fill ins(%cst_0 : f32) outs(%98 : tensor<256x1024xf32>) -> tensor<256x1024xf32>
    %100 = linalg.matmul ins(%collapsed_36, %transposed_37 : tensor<256x256xf32>, tensor<256x1024xf32>) outs(%99 : tensor<256x1024xf32>) -> tensor<256x1024xf32>
    %101 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%100, %arg16 : tensor<256x1024xf32>, tensor<1024xf32>) outs(%98 : tensor<256x1024xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<256x1024xf32>
    %expanded_38 = tensor.expand_shape %101 [[0, 1], [2]] output_shape [2, 128, 1024] : tensor<256x1024xf32> into tensor<2x128x1024xf32>
    %102 = tensor.empty() : tensor<2x128x1024xf32>
    %103 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x128x1024xf32>) outs(%102 : tensor<2x128x1024xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.divf %in, %cst_11 : f32
      %125 = math.erf %124 : f32
      %126 = arith.addf %125, %cst_2 : f32
      %127 = arith.mulf %126, %cst_3 : f32
      %128 = arith.mulf %in, %127 : f32
      linalg.yield %128 : f32
    } -> tensor<2x128x1024xf32>
    %collapsed_39 = tensor.collapse_shape %103 [[0, 1], [2]] : tensor<2x128x1024xf32> into tensor<256x1024xf32>
    %104 = tensor.empty() : tensor<1024x256xf32>
    %transposed_40 = linalg.transpose ins(%arg17 : tensor<256x1024xf32>) outs(%104 : tensor<1024x256xf32>) permutation = [1, 0] 
    %105 = linalg.matmul ins(%collapsed_39, %transposed_40 : tensor<256x1024xf32>, tensor<1024x256xf32>) outs(%49 : tensor<256x256xf32>) -> tensor<256x256xf32>
    %106 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel"]} ins(%105, %arg18 : tensor<256x256xf32>, tensor<256xf32>) outs(%48 : tensor<256x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<256x256xf32>
    %expanded_41 = tensor.expand_shape %106 [[0, 1], [2]] output_shape [2, 128, 256] : tensor<256x256xf32> into tensor<2x128x256xf32>
    %107 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_41, %97 : tensor<2x128x256xf32>, tensor<2x128x256xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %108 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x128x256xf32>) outs(%12 : tensor<2x128x256xf64>) {
    ^bb0(%in: f32, %out: f64):
      %124 = arith.extf %in : f32 to f64
      linalg.yield %124 : f64
    } -> tensor<2x128x256xf64>
    %109 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x128x256xf64>) outs(%15 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.addf %in, %out : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %110 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x128x1xf64>) outs(%14 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.divf %in, %cst_8 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %111 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %110 : tensor<2x128x256xf64>, tensor<2x128x1xf64>) outs(%12 : tensor<2x128x256xf64>) {
    ^bb0(%in: f64, %in_42: f64, %out: f64):
      %124 = arith.subf %in, %in_42 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x256xf64>
    %112 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %111 : tensor<2x128x256xf64>, tensor<2x128x256xf64>) outs(%12 : tensor<2x128x256xf64>) {
    ^bb0(%in: f64, %in_42: f64, %out: f64):
      %124 = arith.mulf %in, %in_42 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x256xf64>
    %113 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%112 : tensor<2x128x256xf64>) outs(%15 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.addf %in, %out : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %114 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x128x1xf64>) outs(%14 : tensor<2x128x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %124 = arith.divf %in, %cst_8 : f64
      linalg.yield %124 : f64
    } -> tensor<2x128x1xf64>
    %115 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x128x1xf64>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %124 = arith.truncf %in : f64 to f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %116 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%107 : tensor<2x128x256xf32>) outs(%24 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.addf %in, %out : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %117 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x128x1xf32>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.divf %in, %cst_9 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %118 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x128x1xf32>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = arith.truncf %cst_7 : f64 to f32
      %125 = arith.addf %in, %124 : f32
      linalg.yield %125 : f32
    } -> tensor<2x128x1xf32>
    %119 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x128x1xf32>) outs(%22 : tensor<2x128x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %124 = math.rsqrt %in : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x1xf32>
    %120 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %117 : tensor<2x128x256xf32>, tensor<2x128x1xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.subf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %121 = linalg.generic {indexing_maps = [#map3, #map5, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120, %119 : tensor<2x128x256xf32>, tensor<2x128x1xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.mulf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %122 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %arg19 : tensor<2x128x256xf32>, tensor<256xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.mulf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    %123 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %arg20 : tensor<2x128x256xf32>, tensor<256xf32>) outs(%5 : tensor<2x128x256xf32>) {
    ^bb0(%in: f32, %in_42: f32, %out: f32):
      %124 = arith.addf %in, %in_42 : f32
      linalg.yield %124 : f32
    } -> tensor<2x128x256xf32>
    return %123 : tensor<2x128x256xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_128_torch.int64_1: "0x0800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_1_128_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F0000000000000040000000000000004100000000000000420000000000000043000000000000004400000000000000450000000000000046000000000000004700000000000000480000000000000049000000000000004A000000000000004B000000000000004C000000000000004D000000000000004E000000000000004F0000000000000050000000000000005100000000000000520000000000000053000000000000005400000000000000550000000000000056000000000000005700000000000000580000000000000059000000000000005A000000000000005B000000000000005C000000000000005D000000000000005E000000000000005F0000000000000060000000000000006100000000000000620000000000000063000000000000006400000000000000650000000000000066000000000000006700000000000000680000000000000069000000000000006A000000000000006B000000000000006C000000000000006D000000000000006E000000000000006F0000000000000070000000000000007100000000000000720000000000000073000000000000007400000000000000750000000000000076000000000000007700000000000000780000000000000079000000000000007A000000000000007B000000000000007C000000000000007D000000000000007E000000000000007F00000000000000"
    }
  }
#-}
