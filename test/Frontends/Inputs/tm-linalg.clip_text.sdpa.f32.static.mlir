// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "clip_text", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d1, d2)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0) -> (d0)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map12 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map13 = affine_map<(d0, d1, d2) -> (d2)>
#map14 = affine_map<(d0, d1) -> (d1)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2) -> (d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<2x16xi64>, %arg21: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c16_i64 = arith.constant 16 : i64
    %c64 = arith.constant 64 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_5 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 1.702000e+00 : f64
    %cst_8 = arith.constant 0xFFF0000000000000 : f64
    %cst_9 = arith.constant 1.000000e-05 : f64
    %cst_10 = arith.constant 6.400000e+01 : f64
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant 5.000000e-01 : f32
    %c0_i64 = arith.constant 0 : i64
    %c2_i64 = arith.constant 2 : i64
    %cst_13 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %extracted_slice = tensor.extract_slice %cst_13[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
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
    %2 = tensor.empty() : tensor<1x16x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%2 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %127 = arith.index_cast %in : i64 to index
      %128 = linalg.index 2 : index
      %129 = arith.cmpi slt, %127, %c64 : index
      cf.assert %129, "index must be smaller than dim size"
      %130 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %130, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%127, %128] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %3 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %5 = tensor.empty() : tensor<2x16xi1>
    %6 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg21 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %127 : i1
    } -> tensor<2x16xi1>
    %7 = tensor.empty() : tensor<2xi64>
    %8 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel"]} outs(%7 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %127 = linalg.index 0 : index
      %128 = arith.index_cast %127 : index to i64
      linalg.yield %128 : i64
    } -> tensor<2xi64>
    %9 = tensor.empty() : tensor<16xi64>
    %10 = linalg.generic {indexing_maps = [#map4], iterator_types = ["parallel"]} outs(%9 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %127 = linalg.index 0 : index
      %128 = arith.index_cast %127 : index to i64
      linalg.yield %128 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %10 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %10 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %11 = tensor.empty() : tensor<1x1x16x16xi1>
    %12 = linalg.generic {indexing_maps = [#map5, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15, %expanded_14 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%11 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_40: i64, %out: i1):
      %127 = arith.cmpi sle, %in, %in_40 : i64
      linalg.yield %127 : i1
    } -> tensor<1x1x16x16xi1>
    %13 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %12 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%11 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_40: i1, %out: i1):
      %127 = arith.andi %in, %in_40 : i1
      linalg.yield %127 : i1
    } -> tensor<1x1x16x16xi1>
    %14 = tensor.empty() : tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%14 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_40: i64, %out: i1):
      %127 = arith.cmpi slt, %in, %c0_i64 : i64
      %128 = arith.addi %in, %c2_i64 : i64
      %129 = arith.select %127, %128, %in : i64
      %130 = arith.index_cast %129 : i64 to index
      %131 = arith.cmpi slt, %in_40, %c0_i64 : i64
      %132 = arith.addi %in_40, %c16_i64 : i64
      %133 = arith.select %131, %132, %in_40 : i64
      %134 = arith.index_cast %133 : i64 to index
      %extracted = tensor.extract %6[%130, %134] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %16 = tensor.empty() : tensor<2x1x16x16xi1>
    %17 = linalg.generic {indexing_maps = [#map11, #map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%13, %15 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%16 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_40: i1, %out: i1):
      %127 = arith.andi %in, %in_40 : i1
      linalg.yield %127 : i1
    } -> tensor<2x1x16x16xi1>
    %18 = tensor.empty() : tensor<2x16x64xf64>
    %19 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x16x64xf32>) outs(%18 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %127 = arith.extf %in : f32 to f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %20 = tensor.empty() : tensor<2x16x1xf64>
    %21 = linalg.fill ins(%cst : f64) outs(%20 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %22 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%19 : tensor<2x16x64xf64>) outs(%21 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.addf %in, %out : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf64>) outs(%20 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.divf %in, %cst_10 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %24 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %23 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%18 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %127 = arith.subf %in, %in_40 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %25 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %24 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%18 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %127 = arith.mulf %in, %in_40 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %26 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%25 : tensor<2x16x64xf64>) outs(%21 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.addf %in, %out : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf64>) outs(%20 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.divf %in, %cst_10 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %28 = tensor.empty() : tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27 : tensor<2x16x1xf64>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %127 = arith.truncf %in : f64 to f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.fill ins(%cst_0 : f32) outs(%28 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%4 : tensor<2x16x64xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_11 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.truncf %cst_9 : f64 to f32
      %128 = arith.addf %in, %127 : f32
      linalg.yield %128 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %32 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.subf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35, %34 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.mulf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.mulf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %arg11 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %collapsed = tensor.collapse_shape %38 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %39 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %40 = tensor.empty() : tensor<32x64xf32>
    %41 = linalg.fill ins(%cst_0 : f32) outs(%40 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %42 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %43 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel"]} ins(%42, %arg7 : tensor<32x64xf32>, tensor<64xf32>) outs(%40 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<32x64xf32>
    %transposed_16 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %44 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %45 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel"]} ins(%44, %arg3 : tensor<32x64xf32>, tensor<64xf32>) outs(%40 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<32x64xf32>
    %transposed_17 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %46 = linalg.matmul ins(%collapsed, %transposed_17 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %47 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel"]} ins(%46, %arg5 : tensor<32x64xf32>, tensor<64xf32>) outs(%40 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<32x64xf32>
    %expanded_18 = tensor.expand_shape %43 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_20 = tensor.expand_shape %45 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %expanded_21 = tensor.expand_shape %47 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %49 = tensor.empty() : tensor<2x1x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%17, %cst_4, %cst_5 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%49 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_40: f32, %in_41: f32, %out: f32):
      %127 = arith.select %in, %in_40, %in_41 : f32
      linalg.yield %127 : f32
    } -> tensor<2x1x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.mulf %in, %cst_12 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %52 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_23 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.mulf %in, %cst_12 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %51 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_25 = tensor.collapse_shape %52 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %53 = tensor.empty() : tensor<8x16x16xf32>
    %54 = linalg.fill ins(%cst_0 : f32) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %55 = linalg.batch_matmul ins(%collapsed_24, %collapsed_25 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_26 = tensor.expand_shape %55 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map7, #map15, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_26, %50 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x4x16xi64>
    %58 = linalg.fill ins(%c0_i64 : i64) outs(%57 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %59 = tensor.empty() : tensor<2x4x16xf32>
    %60 = linalg.fill ins(%cst_1 : f32) outs(%59 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %61:2 = linalg.generic {indexing_maps = [#map7, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%56 : tensor<2x4x16x16xf32>) outs(%60, %58 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_40: i64):
      %127 = linalg.index 3 : index
      %128 = arith.index_cast %127 : index to i64
      %129 = arith.maximumf %in, %out : f32
      %130 = arith.cmpf ogt, %in, %out : f32
      %131 = arith.select %130, %128, %out_40 : i64
      linalg.yield %129, %131 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_27 = tensor.expand_shape %61#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %expanded_27 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.subf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.exp %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x4x16x1xf32>
    %65 = linalg.fill ins(%cst_0 : f32) outs(%64 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%65 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %66 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.divf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = tensor.empty() : tensor<2x4x16x16xi1>
    %69 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56 : tensor<2x4x16x16xf32>) outs(%68 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %127 = arith.extf %in : f32 to f64
      %128 = arith.cmpf oeq, %127, %cst_8 : f64
      linalg.yield %128 : i1
    } -> tensor<2x4x16x16xi1>
    %70 = tensor.empty() : tensor<2x4x16x1xi1>
    %71 = linalg.fill ins(%true : i1) outs(%70 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %72 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xi1>) outs(%71 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %127 = arith.andi %in, %out : i1
      linalg.yield %127 : i1
    } -> tensor<2x4x16x1xi1>
    %73 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72, %cst_3, %67 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_40: f32, %in_41: f32, %out: f32):
      %127 = arith.select %in, %in_40, %in_41 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %73 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %74 = linalg.batch_matmul ins(%collapsed_28, %collapsed_29 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%54 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_30 = tensor.expand_shape %74 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_31 = linalg.transpose ins(%expanded_30 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_32 = tensor.collapse_shape %transposed_31 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_33 = linalg.transpose ins(%arg8 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %76 = tensor.empty() : tensor<2x64x64xf32>
    %77 = linalg.generic {indexing_maps = [#map17, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_33 : tensor<64x64xf32>) outs(%76 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %78 = linalg.fill ins(%cst_0 : f32) outs(%0 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %79 = linalg.batch_matmul ins(%collapsed_32, %77 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%78 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79, %arg9 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4, %80 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x16x64xf32>) outs(%18 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %127 = arith.extf %in : f32 to f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %83 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%82 : tensor<2x16x64xf64>) outs(%21 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.addf %in, %out : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x16x1xf64>) outs(%20 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.divf %in, %cst_10 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %85 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %84 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%18 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %127 = arith.subf %in, %in_40 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %86 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %85 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%18 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %127 = arith.mulf %in, %in_40 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %87 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%86 : tensor<2x16x64xf64>) outs(%21 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.addf %in, %out : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %88 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x1xf64>) outs(%20 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.divf %in, %cst_10 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<2x16x1xf64>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %127 = arith.truncf %in : f64 to f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%81 : tensor<2x16x64xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_11 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.truncf %cst_9 : f64 to f32
      %128 = arith.addf %in, %127 : f32
      linalg.yield %128 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %91 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.subf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %93 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.mulf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.mulf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %arg17 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_34 = tensor.collapse_shape %97 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %98 = tensor.empty() : tensor<64x128xf32>
    %transposed_35 = linalg.transpose ins(%arg12 : tensor<128x64xf32>) outs(%98 : tensor<64x128xf32>) permutation = [1, 0] 
    %99 = tensor.empty() : tensor<32x128xf32>
    %100 = linalg.fill ins(%cst_0 : f32) outs(%99 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %101 = linalg.matmul ins(%collapsed_34, %transposed_35 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%100 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %102 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel"]} ins(%101, %arg13 : tensor<32x128xf32>, tensor<128xf32>) outs(%99 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<32x128xf32>
    %expanded_36 = tensor.expand_shape %102 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %103 = tensor.empty() : tensor<2x16x128xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<2x16x128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.truncf %cst_7 : f64 to f32
      %128 = arith.mulf %in, %127 : f32
      linalg.yield %128 : f32
    } -> tensor<2x16x128xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.negf %in : f32
      %128 = math.exp %127 : f32
      %129 = arith.addf %128, %cst_2 : f32
      %130 = arith.divf %cst_2, %129 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x128xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36, %105 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%103 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.mulf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_37 = tensor.collapse_shape %106 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %107 = tensor.empty() : tensor<128x64xf32>
    %transposed_38 = linalg.transpose ins(%arg14 : tensor<64x128xf32>) outs(%107 : tensor<128x64xf32>) permutation = [1, 0] 
    %108 = linalg.matmul ins(%collapsed_37, %transposed_38 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %109 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel"]} ins(%108, %arg15 : tensor<32x64xf32>, tensor<64xf32>) outs(%40 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<32x64xf32>
    %expanded_39 = tensor.expand_shape %109 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %expanded_39 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x64xf32>) outs(%18 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %127 = arith.extf %in : f32 to f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %112 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%111 : tensor<2x16x64xf64>) outs(%21 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.addf %in, %out : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf64>) outs(%20 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.divf %in, %cst_10 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %114 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %113 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%18 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %127 = arith.subf %in, %in_40 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %115 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %114 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%18 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_40: f64, %out: f64):
      %127 = arith.mulf %in, %in_40 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x64xf64>
    %116 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%115 : tensor<2x16x64xf64>) outs(%21 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.addf %in, %out : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf64>) outs(%20 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %127 = arith.divf %in, %cst_10 : f64
      linalg.yield %127 : f64
    } -> tensor<2x16x1xf64>
    %118 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<2x16x1xf64>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %127 = arith.truncf %in : f64 to f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_11 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.truncf %cst_9 : f64 to f32
      %128 = arith.addf %in, %127 : f32
      linalg.yield %128 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %120 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.subf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123, %122 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.mulf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %arg18 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.mulf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_40: f32, %out: f32):
      %127 = arith.addf %in, %in_40 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    return %126 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000"
    }
  }
#-}
