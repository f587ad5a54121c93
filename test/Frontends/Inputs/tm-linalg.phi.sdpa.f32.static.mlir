// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "phi", "path": "tm-linalg", "shapes": "static"}
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
    %true = arith.constant true
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant 0.79788456080286541 : f64
    %cst_7 = arith.constant 4.471500e-02 : f64
    %cst_8 = arith.constant 0xFFF0000000000000 : f64
    %cst_9 = arith.constant 1.000000e-05 : f64
    %cst_10 = arith.constant dense_resource<torch_tensor_4_torch.float32> : tensor<4xf32>
    %cst_11 = arith.constant 6.400000e+01 : f64
    %cst_12 = arith.constant 6.400000e+01 : f32
    %cst_13 = arith.constant 5.000000e-01 : f32
    %cst_14 = arith.constant 1.000000e+00 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %127 = arith.index_cast %in : i64 to index
      %128 = linalg.index 2 : index
      %129 = arith.cmpi slt, %127, %c128 : index
      cf.assert %129, "index must be smaller than dim size"
      %130 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %130, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%127, %128] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %127 = linalg.index 0 : index
      %128 = arith.index_cast %127 : index to i64
      linalg.yield %128 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg18 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %127 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %127 = linalg.index 0 : index
      %128 = arith.index_cast %127 : index to i64
      linalg.yield %128 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_15 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_16 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_16, %expanded_15 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_56: i64, %out: i1):
      %127 = arith.cmpi sle, %in, %in_56 : i64
      linalg.yield %127 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_56: i1, %out: i1):
      %127 = arith.andi %in, %in_56 : i1
      linalg.yield %127 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_56: i64, %out: i1):
      %127 = arith.cmpi slt, %in, %c0_i64 : i64
      %128 = arith.addi %in, %c2_i64 : i64
      %129 = arith.select %127, %128, %in : i64
      %130 = arith.index_cast %129 : i64 to index
      %131 = arith.cmpi slt, %in_56, %c0_i64 : i64
      %132 = arith.addi %in_56, %c16_i64 : i64
      %133 = arith.select %131, %132, %in_56 : i64
      %134 = arith.index_cast %133 : i64 to index
      %extracted = tensor.extract %5[%130, %134] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_56: i1, %out: i1):
      %127 = arith.andi %in, %in_56 : i1
      linalg.yield %127 : i1
    } -> tensor<2x1x16x16xi1>
    %expanded_17 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %15 = tensor.empty() : tensor<1x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_17 : tensor<1x16x1xi64>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %127 = arith.sitofp %in : i64 to f32
      linalg.yield %127 : f32
    } -> tensor<1x16x1xf32>
    %17 = tensor.empty() : tensor<1x16x4xf32>
    %18 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %cst_10 : tensor<1x16x1xf32>, tensor<4xf32>) outs(%17 : tensor<1x16x4xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.mulf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<1x16x4xf32>
    %concat = tensor.concat dim(2) %18, %18 : (tensor<1x16x4xf32>, tensor<1x16x4xf32>) -> tensor<1x16x8xf32>
    %19 = tensor.empty() : tensor<1x16x8xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x8xf32>) outs(%19 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.cos %in : f32
      linalg.yield %127 : f32
    } -> tensor<1x16x8xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x8xf32>) outs(%19 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.sin %in : f32
      linalg.yield %127 : f32
    } -> tensor<1x16x8xf32>
    %22 = tensor.empty() : tensor<2x16x64xf64>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %127 = arith.extf %in : f32 to f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %24 = tensor.empty() : tensor<2x16x1xf64>
    %25 = linalg.fill ins(%cst : f64) outs(%24 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %26 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%23 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.addf %in, %out : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.divf %in, %cst_11 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %28 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %27 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %127 = arith.subf %in, %in_56 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %28 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %127 = arith.mulf %in, %in_56 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %30 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%29 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.addf %in, %out : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.divf %in, %cst_11 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %32 = tensor.empty() : tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf64>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %127 = arith.truncf %in : f64 to f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.fill ins(%cst_0 : f32) outs(%32 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x64xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_12 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.truncf %cst_9 : f64 to f32
      %128 = arith.addf %in, %127 : f32
      linalg.yield %128 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %36 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.subf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %38 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.mulf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.mulf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %42 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %43 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %44 = tensor.empty() : tensor<32x64xf32>
    %45 = linalg.fill ins(%cst_0 : f32) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %46 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %47 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%46, %arg2 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %47 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_20 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %49 = linalg.matmul ins(%collapsed, %transposed_20 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %50 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%49, %arg4 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<32x64xf32>
    %expanded_21 = tensor.expand_shape %50 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %51 = linalg.matmul ins(%collapsed, %transposed_23 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %52 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%51, %arg6 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<32x64xf32>
    %expanded_24 = tensor.expand_shape %52 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice = tensor.extract_slice %transposed_19[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_26 = tensor.extract_slice %transposed_19[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_22[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_28 = tensor.extract_slice %transposed_22[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %expanded_29 = tensor.expand_shape %20 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %expanded_30 = tensor.expand_shape %21 [[0], [1, 2], [3]] output_shape [1, 1, 16, 8] : tensor<1x16x8xf32> into tensor<1x1x16x8xf32>
    %53 = tensor.empty() : tensor<2x4x16x8xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice, %expanded_29 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.mulf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_31 = tensor.extract_slice %extracted_slice[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_32 = tensor.extract_slice %extracted_slice[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %55 = tensor.empty() : tensor<2x4x16x4xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_32 : tensor<2x4x16x4xf32>) outs(%55 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.negf %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_33 = tensor.concat dim(3) %56, %extracted_slice_31 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_33, %expanded_30 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.mulf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x8xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %57 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x8xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27, %expanded_29 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.mulf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_34 = tensor.extract_slice %extracted_slice_27[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_35 = tensor.extract_slice %extracted_slice_27[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_35 : tensor<2x4x16x4xf32>) outs(%55 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.negf %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_36 = tensor.concat dim(3) %60, %extracted_slice_34 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %61 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_36, %expanded_30 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.mulf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x8xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %61 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_37 = tensor.concat dim(3) %58, %extracted_slice_26 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %concat_38 = tensor.concat dim(3) %62, %extracted_slice_28 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %63 = tensor.empty() : tensor<2x1x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_3, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%63 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_56: f32, %in_57: f32, %out: f32):
      %127 = arith.select %in, %in_56, %in_57 : f32
      linalg.yield %127 : f32
    } -> tensor<2x1x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_37 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.mulf %in, %cst_13 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_39 = linalg.transpose ins(%concat_38 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %66 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.mulf %in, %cst_13 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %65 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %66 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %67 = tensor.empty() : tensor<8x16x16xf32>
    %68 = linalg.fill ins(%cst_0 : f32) outs(%67 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %69 = linalg.batch_matmul ins(%collapsed_40, %collapsed_41 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_42 = tensor.expand_shape %69 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_42, %64 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16xi64>
    %72 = linalg.fill ins(%c0_i64 : i64) outs(%71 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %73 = tensor.empty() : tensor<2x4x16xf32>
    %74 = linalg.fill ins(%cst_1 : f32) outs(%73 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %75:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%74, %72 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_56: i64):
      %127 = linalg.index 3 : index
      %128 = arith.index_cast %127 : index to i64
      %129 = arith.maximumf %in, %out : f32
      %130 = arith.cmpf ogt, %in, %out : f32
      %131 = arith.select %130, %128, %out_56 : i64
      linalg.yield %129, %131 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_43 = tensor.expand_shape %75#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %expanded_43 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.subf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.exp %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %78 = tensor.empty() : tensor<2x4x16x1xf32>
    %79 = linalg.fill ins(%cst_0 : f32) outs(%78 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%77 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77, %80 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.divf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %82 = tensor.empty() : tensor<2x4x16x16xi1>
    %83 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%82 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %127 = arith.extf %in : f32 to f64
      %128 = arith.cmpf oeq, %127, %cst_8 : f64
      linalg.yield %128 : i1
    } -> tensor<2x4x16x16xi1>
    %84 = tensor.empty() : tensor<2x4x16x1xi1>
    %85 = linalg.fill ins(%true : i1) outs(%84 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %86 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%83 : tensor<2x4x16x16xi1>) outs(%85 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %127 = arith.andi %in, %out : i1
      linalg.yield %127 : i1
    } -> tensor<2x4x16x1xi1>
    %87 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%86, %cst_2, %81 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_56: f32, %in_57: f32, %out: f32):
      %127 = arith.select %in, %in_56, %in_57 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %87 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_45 = tensor.collapse_shape %transposed_25 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %88 = linalg.batch_matmul ins(%collapsed_44, %collapsed_45 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_46 = tensor.expand_shape %88 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %89 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_47 = linalg.transpose ins(%expanded_46 : tensor<2x4x16x16xf32>) outs(%89 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_48 = tensor.collapse_shape %transposed_47 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_49 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%43 : tensor<64x64xf32>) permutation = [1, 0] 
    %90 = linalg.matmul ins(%collapsed_48, %transposed_49 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %91 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%90, %arg8 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<32x64xf32>
    %expanded_50 = tensor.expand_shape %91 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %92 = tensor.empty() : tensor<64x128xf32>
    %transposed_51 = linalg.transpose ins(%arg9 : tensor<128x64xf32>) outs(%92 : tensor<64x128xf32>) permutation = [1, 0] 
    %93 = tensor.empty() : tensor<32x128xf32>
    %94 = linalg.fill ins(%cst_0 : f32) outs(%93 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %95 = linalg.matmul ins(%collapsed, %transposed_51 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%94 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%95, %arg10 : tensor<32x128xf32>, tensor<128xf32>) outs(%93 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<32x128xf32>
    %expanded_52 = tensor.expand_shape %96 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %97 = tensor.empty() : tensor<2x16x128xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x16x128xf32>) outs(%97 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.mulf %in, %cst_13 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x16x128xf32>) outs(%97 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x128xf32>) outs(%97 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.truncf %cst_7 : f64 to f32
      %128 = arith.mulf %in, %127 : f32
      linalg.yield %128 : f32
    } -> tensor<2x16x128xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52, %100 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%97 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x16x128xf32>) outs(%97 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.truncf %cst_6 : f64 to f32
      %128 = arith.mulf %in, %127 : f32
      linalg.yield %128 : f32
    } -> tensor<2x16x128xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x128xf32>) outs(%97 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.tanh %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x128xf32>) outs(%97 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %cst_14 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %104 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%97 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.mulf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_53 = tensor.collapse_shape %105 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %106 = tensor.empty() : tensor<128x64xf32>
    %transposed_54 = linalg.transpose ins(%arg11 : tensor<64x128xf32>) outs(%106 : tensor<128x64xf32>) permutation = [1, 0] 
    %107 = linalg.matmul ins(%collapsed_53, %transposed_54 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %108 = linalg.generic {indexing_maps = [#map3, #map13, #map3], iterator_types = ["parallel", "parallel"]} ins(%107, %arg12 : tensor<32x64xf32>, tensor<64xf32>) outs(%44 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<32x64xf32>
    %expanded_55 = tensor.expand_shape %108 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_50, %expanded_55 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %1 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %127 = arith.extf %in : f32 to f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %112 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.addf %in, %out : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.divf %in, %cst_11 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %114 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %113 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %127 = arith.subf %in, %in_56 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %115 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %114 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_56: f64, %out: f64):
      %127 = arith.mulf %in, %in_56 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %116 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%115 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.addf %in, %out : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.divf %in, %cst_11 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %118 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf64>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %127 = arith.truncf %in : f64 to f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_12 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.truncf %cst_9 : f64 to f32
      %128 = arith.addf %in, %127 : f32
      linalg.yield %128 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %120 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.subf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123, %122 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.mulf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.mulf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_56: f32, %out: f32):
      %127 = arith.addf %in, %in_56 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    return %126 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_torch.float32: "0x040000000000803FCDCCCC3D0AD7233C6F12833A"
    }
  }
#-}
