// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "phi", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map11 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map12 = affine_map<(d0, d1, d2) -> (d2)>
#map13 = affine_map<(d0, d1) -> (d1)>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<128xf32>, %arg11: tensor<64x128xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16xi64>, %arg18: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c3_i64 = arith.constant 3 : i64
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 0.79788456080286541 : f64
    %cst_6 = arith.constant 4.471500e-02 : f64
    %cst_7 = arith.constant 1.000000e-05 : f64
    %cst_8 = arith.constant dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>
    %cst_9 = arith.constant 6.400000e+01 : f64
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 2.500000e-01 : f32
    %cst_12 = arith.constant 5.000000e-01 : f32
    %cst_13 = arith.constant 1.000000e+00 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %120 = arith.index_cast %in : i64 to index
      %121 = linalg.index 2 : index
      %122 = arith.cmpi slt, %120, %c128 : index
      cf.assert %122, "index must be smaller than dim size"
      %123 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %123, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%120, %121] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %120 = linalg.index 0 : index
      %121 = arith.index_cast %120 : index to i64
      linalg.yield %121 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg18 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %120 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %120 = linalg.index 0 : index
      %121 = arith.index_cast %120 : index to i64
      linalg.yield %121 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15, %expanded_14 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_55: i64, %out: i1):
      %120 = arith.cmpi sle, %in, %in_55 : i64
      linalg.yield %120 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_55: i1, %out: i1):
      %120 = arith.andi %in, %in_55 : i1
      linalg.yield %120 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_55: i64, %out: i1):
      %120 = arith.cmpi slt, %in, %c0_i64 : i64
      %121 = arith.addi %in, %c2_i64 : i64
      %122 = arith.select %120, %121, %in : i64
      %123 = arith.index_cast %122 : i64 to index
      %124 = arith.cmpi slt, %in_55, %c0_i64 : i64
      %125 = arith.addi %in_55, %c16_i64 : i64
      %126 = arith.select %124, %125, %in_55 : i64
      %127 = arith.index_cast %126 : i64 to index
      %extracted = tensor.extract %5[%123, %127] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_55: i1, %out: i1):
      %120 = arith.andi %in, %in_55 : i1
      linalg.yield %120 : i1
    } -> tensor<2x1x16x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xf32>
    %16 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_3, %cst_2 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%15 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_55: f32, %in_56: f32, %out: f32):
      %120 = arith.select %in, %in_55, %in_56 : f32
      linalg.yield %120 : f32
    } -> tensor<2x1x16x16xf32>
    %expanded_16 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %17 = tensor.empty() : tensor<1x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_16 : tensor<1x16x1xi64>) outs(%17 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %120 = arith.sitofp %in : i64 to f32
      linalg.yield %120 : f32
    } -> tensor<1x16x1xf32>
    %19 = tensor.empty() : tensor<1x16x4xf32>
    %20 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %cst_8 : tensor<1x16x1xf32>, tensor<4xf32>) outs(%19 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.mulf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x4xf32>
    %concat = tensor.concat dim(2) %20, %20 : (tensor<1x16x4xf32>, tensor<1x16x4xf32>) -> tensor<1x16x8xf32>
    %21 = tensor.empty() : tensor<1x16x8xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x8xf32>) outs(%21 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.cos %in : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x8xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x8xf32>) outs(%21 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.sin %in : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x8xf32>
    %24 = tensor.empty() : tensor<2x16x64xf64>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %120 = arith.extf %in : f32 to f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %26 = tensor.empty() : tensor<2x16x1xf64>
    %27 = linalg.fill ins(%cst : f64) outs(%26 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %28 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%25 : tensor<2x16x64xf64>) outs(%27 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.addf %in, %out : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf64>) outs(%26 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.divf %in, %cst_9 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %30 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %29 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_55: f64, %out: f64):
      %120 = arith.subf %in, %in_55 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %31 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %30 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_55: f64, %out: f64):
      %120 = arith.mulf %in, %in_55 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %32 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%31 : tensor<2x16x64xf64>) outs(%27 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.addf %in, %out : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf64>) outs(%26 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.divf %in, %cst_9 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %34 = tensor.empty() : tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf64>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %120 = arith.truncf %in : f64 to f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.fill ins(%cst_0 : f32) outs(%34 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x64xf32>) outs(%36 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_10 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.truncf %cst_7 : f64 to f32
      %121 = arith.addf %in, %120 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.rsqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %38 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.subf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %40 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.mulf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%42, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.mulf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %44 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %45 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %46 = tensor.empty() : tensor<32x64xf32>
    %47 = linalg.fill ins(%cst_0 : f32) outs(%46 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %48 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%47 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %49 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%48, %arg2 : tensor<32x64xf32>, tensor<64xf32>) outs(%46 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %49 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %50 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %51 = linalg.matmul ins(%collapsed, %transposed_19 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%47 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %52 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%51, %arg4 : tensor<32x64xf32>, tensor<64xf32>) outs(%46 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<32x64xf32>
    %expanded_20 = tensor.expand_shape %52 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_22 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %53 = linalg.matmul ins(%collapsed, %transposed_22 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%47 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %54 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%53, %arg6 : tensor<32x64xf32>, tensor<64xf32>) outs(%46 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<32x64xf32>
    %expanded_23 = tensor.expand_shape %54 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_18[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_25 = tensor.extract_slice %transposed_18[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_26 = tensor.extract_slice %transposed_21[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_21[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %expanded_28 = tensor.expand_shape %22 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %expanded_29 = tensor.expand_shape %23 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %55 = tensor.empty() : tensor<2x4x16x8xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice, %expanded_28 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.mulf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_30 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_31 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %57 = tensor.empty() : tensor<2x4x16x4xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_31 : tensor<2x4x16x4xf32>) outs(%57 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.negf %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_32 = tensor.concat dim(3) %58, %extracted_slice_30 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_32, %expanded_29 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.mulf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %59 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %61 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_26, %expanded_28 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.mulf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_33 = tensor.extract_slice %extracted_slice_26[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_34 = tensor.extract_slice %extracted_slice_26[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_34 : tensor<2x4x16x4xf32>) outs(%57 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.negf %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_35 = tensor.concat dim(3) %62, %extracted_slice_33 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %63 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_35, %expanded_29 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.mulf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %64 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%61, %63 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_36 = tensor.concat dim(3) %60, %extracted_slice_25 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %concat_37 = tensor.concat dim(3) %64, %extracted_slice_27 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %transposed_38 = linalg.transpose ins(%concat_37 : tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_39 = tensor.collapse_shape %concat_36 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %transposed_38 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %65 = tensor.empty() : tensor<8x16x16xf32>
    %66 = linalg.fill ins(%cst_0 : f32) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %67 = linalg.batch_matmul ins(%collapsed_39, %collapsed_40 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_41 = tensor.expand_shape %67 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.mulf %in, %cst_11 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %16 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16xi64>
    %71 = linalg.fill ins(%c0_i64 : i64) outs(%70 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %72 = tensor.empty() : tensor<2x4x16xf32>
    %73 = linalg.fill ins(%cst_1 : f32) outs(%72 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %74:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%73, %71 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_55: i64):
      %120 = linalg.index 3 : index
      %121 = arith.index_cast %120 : index to i64
      %122 = arith.maximumf %in, %out : f32
      %123 = arith.cmpf ogt, %in, %out : f32
      %124 = arith.select %123, %121, %out_55 : i64
      linalg.yield %122, %124 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_42 = tensor.expand_shape %74#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %expanded_42 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.subf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.exp %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = tensor.empty() : tensor<2x4x16x1xf32>
    %78 = linalg.fill ins(%cst_0 : f32) outs(%77 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76, %79 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.divf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_43 = tensor.collapse_shape %80 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %81 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_45 = tensor.expand_shape %81 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %82 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<2x4x16x16xf32>) outs(%82 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_47 = tensor.collapse_shape %transposed_46 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_48 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%45 : tensor<64x64xf32>) permutation = [1, 0] 
    %83 = linalg.matmul ins(%collapsed_47, %transposed_48 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%47 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %84 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%83, %arg8 : tensor<32x64xf32>, tensor<64xf32>) outs(%46 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<32x64xf32>
    %expanded_49 = tensor.expand_shape %84 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %85 = tensor.empty() : tensor<64x128xf32>
    %transposed_50 = linalg.transpose ins(%arg9 : tensor<128x64xf32>) outs(%85 : tensor<64x128xf32>) permutation = [1, 0] 
    %86 = tensor.empty() : tensor<32x128xf32>
    %87 = linalg.fill ins(%cst_0 : f32) outs(%86 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %88 = linalg.matmul ins(%collapsed, %transposed_50 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%87 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %89 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%88, %arg10 : tensor<32x128xf32>, tensor<128xf32>) outs(%86 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<32x128xf32>
    %expanded_51 = tensor.expand_shape %89 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %90 = tensor.empty() : tensor<2x16x128xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51 : tensor<2x16x128xf32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.mulf %in, %cst_12 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51 : tensor<2x16x128xf32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x128xf32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.truncf %cst_6 : f64 to f32
      %121 = arith.mulf %in, %120 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x128xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_51, %93 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x128xf32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.truncf %cst_5 : f64 to f32
      %121 = arith.mulf %in, %120 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x128xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x128xf32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.tanh %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x128xf32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %cst_13 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %97 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%90 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.mulf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_52 = tensor.collapse_shape %98 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %99 = tensor.empty() : tensor<128x64xf32>
    %transposed_53 = linalg.transpose ins(%arg11 : tensor<64x128xf32>) outs(%99 : tensor<128x64xf32>) permutation = [1, 0] 
    %100 = linalg.matmul ins(%collapsed_52, %transposed_53 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%47 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %101 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%100, %arg12 : tensor<32x64xf32>, tensor<64xf32>) outs(%46 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<32x64xf32>
    %expanded_54 = tensor.expand_shape %101 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_49, %expanded_54 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %1 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x64xf32>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %120 = arith.extf %in : f32 to f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%104 : tensor<2x16x64xf64>) outs(%27 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.addf %in, %out : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf64>) outs(%26 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.divf %in, %cst_9 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %107 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %106 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_55: f64, %out: f64):
      %120 = arith.subf %in, %in_55 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %108 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %107 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%24 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_55: f64, %out: f64):
      %120 = arith.mulf %in, %in_55 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %109 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x16x64xf64>) outs(%27 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.addf %in, %out : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf64>) outs(%26 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.divf %in, %cst_9 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf64>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %120 = arith.truncf %in : f64 to f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%103 : tensor<2x16x64xf32>) outs(%36 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_10 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.truncf %cst_7 : f64 to f32
      %121 = arith.addf %in, %120 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.rsqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %113 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.subf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %115 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.mulf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.mulf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_55: f32, %out: f32):
      %120 = arith.addf %in, %in_55 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    return %119 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A"
    }
  }
#-}
