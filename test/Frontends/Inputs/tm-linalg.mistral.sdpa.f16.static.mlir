// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f16", "expected_blocks": 1, "func": "forward", "model": "mistral", "path": "tm-linalg", "shapes": "static"}
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
#map13 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map18 = affine_map<(d0, d1, d2) -> (d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xf16>, %arg1: tensor<64x64xf16>, %arg2: tensor<32x64xf16>, %arg3: tensor<32x64xf16>, %arg4: tensor<64x64xf16>, %arg5: tensor<128x64xf16>, %arg6: tensor<128x64xf16>, %arg7: tensor<64x128xf16>, %arg8: tensor<64xf16>, %arg9: tensor<64xf16>, %arg10: tensor<64xf16>, %arg11: tensor<2x16xi64>, %arg12: tensor<2x16xi64>) -> tensor<2x16x64xf16> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f16>
    %cst_4 = arith.constant dense<0xFC00> : tensor<f16>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant 0xFFF0000000000000 : f64
    %cst_7 = arith.constant 9.9999999999999995E-7 : f64
    %cst_8 = arith.constant dense_resource<torch_tensor_8_torch.float16> : tensor<8xf16>
    %cst_9 = arith.constant 6.400000e+01 : f32
    %cst_10 = arith.constant 5.000000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf16>) {
    ^bb0(%in: i64, %out: f16):
      %143 = arith.index_cast %in : i64 to index
      %144 = linalg.index 2 : index
      %145 = arith.cmpi slt, %143, %c128 : index
      cf.assert %145, "index must be smaller than dim size"
      %146 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %146, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%143, %144] : tensor<128x64xf16>
      linalg.yield %extracted : f16
    } -> tensor<2x16x64xf16>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %143 = linalg.index 0 : index
      %144 = arith.index_cast %143 : index to i64
      linalg.yield %144 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %143 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %143 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %143 = linalg.index 0 : index
      %144 = arith.index_cast %143 : index to i64
      linalg.yield %144 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_11 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_12 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12, %expanded_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_50: i64, %out: i1):
      %143 = arith.cmpi sle, %in, %in_50 : i64
      linalg.yield %143 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_50: i1, %out: i1):
      %143 = arith.andi %in, %in_50 : i1
      linalg.yield %143 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_12 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_50: i64, %out: i1):
      %143 = arith.cmpi slt, %in, %c0_i64 : i64
      %144 = arith.addi %in, %c2_i64 : i64
      %145 = arith.select %143, %144, %in : i64
      %146 = arith.index_cast %145 : i64 to index
      %147 = arith.cmpi slt, %in_50, %c0_i64 : i64
      %148 = arith.addi %in_50, %c16_i64 : i64
      %149 = arith.select %147, %148, %in_50 : i64
      %150 = arith.index_cast %149 : i64 to index
      %extracted = tensor.extract %5[%146, %150] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_50: i1, %out: i1):
      %143 = arith.andi %in, %in_50 : i1
      linalg.yield %143 : i1
    } -> tensor<2x1x16x16xi1>
    %expanded_13 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %15 = tensor.empty() : tensor<1x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<1x16x1xi64>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %143 = arith.sitofp %in : i64 to f32
      linalg.yield %143 : f32
    } -> tensor<1x16x1xf32>
    %17 = tensor.empty() : tensor<8xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_8 : tensor<8xf16>) outs(%17 : tensor<8xf32>) {
    ^bb0(%in: f16, %out: f32):
      %143 = arith.extf %in : f16 to f32
      linalg.yield %143 : f32
    } -> tensor<8xf32>
    %19 = tensor.empty() : tensor<1x16x8xf32>
    %20 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %18 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%19 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %143 = arith.mulf %in, %in_50 : f32
      linalg.yield %143 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %20, %20 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %21 = tensor.empty() : tensor<1x16x16xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%21 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = math.cos %in : f32
      linalg.yield %143 : f32
    } -> tensor<1x16x16xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%21 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = math.sin %in : f32
      linalg.yield %143 : f32
    } -> tensor<1x16x16xf32>
    %24 = tensor.empty() : tensor<1x16x16xf16>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<1x16x16xf32>) outs(%24 : tensor<1x16x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<1x16x16xf16>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23 : tensor<1x16x16xf32>) outs(%24 : tensor<1x16x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<1x16x16xf16>
    %27 = tensor.empty() : tensor<2x16x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf16>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f16, %out: f32):
      %143 = arith.extf %in : f16 to f32
      linalg.yield %143 : f32
    } -> tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %143 : f32
    } -> tensor<2x16x64xf32>
    %30 = tensor.empty() : tensor<2x16x1xf32>
    %31 = linalg.fill ins(%cst : f32) outs(%30 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%29 : tensor<2x16x64xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.addf %in, %out : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.divf %in, %cst_9 : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.truncf %cst_7 : f64 to f32
      %144 = arith.addf %in, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = math.rsqrt %in : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %35 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %143 = arith.mulf %in, %in_50 : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<2x16x64xf16>
    %38 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %37 : tensor<64xf16>, tensor<2x16x64xf16>) outs(%0 : tensor<2x16x64xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.mulf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x16x64xf16>
    %39 = tensor.empty() : tensor<64x64xf16>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf16>) outs(%39 : tensor<64x64xf16>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %38 [[0, 1], [2]] : tensor<2x16x64xf16> into tensor<32x64xf16>
    %40 = tensor.empty() : tensor<32x64xf32>
    %41 = linalg.fill ins(%cst : f32) outs(%40 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %42 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf16>, tensor<64x64xf16>) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %43 = tensor.empty() : tensor<32x64xf16>
    %44 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%42 : tensor<32x64xf32>) outs(%43 : tensor<32x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<32x64xf16>
    %expanded_14 = tensor.expand_shape %44 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf16> into tensor<2x16x4x16xf16>
    %45 = tensor.empty() : tensor<2x4x16x16xf16>
    %transposed_15 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf16>) outs(%45 : tensor<2x4x16x16xf16>) permutation = [0, 2, 1, 3] 
    %46 = tensor.empty() : tensor<64x32xf16>
    %transposed_16 = linalg.transpose ins(%arg2 : tensor<32x64xf16>) outs(%46 : tensor<64x32xf16>) permutation = [1, 0] 
    %47 = tensor.empty() : tensor<32x32xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%47 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %49 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<32x64xf16>, tensor<64x32xf16>) outs(%48 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %50 = tensor.empty() : tensor<32x32xf16>
    %51 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%49 : tensor<32x32xf32>) outs(%50 : tensor<32x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<32x32xf16>
    %expanded_17 = tensor.expand_shape %51 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf16> into tensor<2x16x2x16xf16>
    %52 = tensor.empty() : tensor<2x2x16x16xf16>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x2x16xf16>) outs(%52 : tensor<2x2x16x16xf16>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg3 : tensor<32x64xf16>) outs(%46 : tensor<64x32xf16>) permutation = [1, 0] 
    %53 = linalg.matmul ins(%collapsed, %transposed_19 : tensor<32x64xf16>, tensor<64x32xf16>) outs(%48 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %54 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%53 : tensor<32x32xf32>) outs(%50 : tensor<32x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<32x32xf16>
    %expanded_20 = tensor.expand_shape %54 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf16> into tensor<2x16x2x16xf16>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x2x16xf16>) outs(%52 : tensor<2x2x16x16xf16>) permutation = [0, 2, 1, 3] 
    %expanded_22 = tensor.expand_shape %25 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf16> into tensor<1x1x16x16xf16>
    %expanded_23 = tensor.expand_shape %26 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf16> into tensor<1x1x16x16xf16>
    %55 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_15, %expanded_22 : tensor<2x4x16x16xf16>, tensor<1x1x16x16xf16>) outs(%45 : tensor<2x4x16x16xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.mulf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x4x16x16xf16>
    %extracted_slice = tensor.extract_slice %transposed_15[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf16> to tensor<2x4x16x8xf16>
    %extracted_slice_24 = tensor.extract_slice %transposed_15[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf16> to tensor<2x4x16x8xf16>
    %56 = tensor.empty() : tensor<2x4x16x8xf16>
    %57 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_24 : tensor<2x4x16x8xf16>) outs(%56 : tensor<2x4x16x8xf16>) {
    ^bb0(%in: f16, %out: f16):
      %143 = arith.negf %in : f16
      linalg.yield %143 : f16
    } -> tensor<2x4x16x8xf16>
    %concat_25 = tensor.concat dim(3) %57, %extracted_slice : (tensor<2x4x16x8xf16>, tensor<2x4x16x8xf16>) -> tensor<2x4x16x16xf16>
    %58 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_25, %expanded_23 : tensor<2x4x16x16xf16>, tensor<1x1x16x16xf16>) outs(%45 : tensor<2x4x16x16xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.mulf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x4x16x16xf16>
    %59 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %58 : tensor<2x4x16x16xf16>, tensor<2x4x16x16xf16>) outs(%45 : tensor<2x4x16x16xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.addf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x4x16x16xf16>
    %60 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_18, %expanded_22 : tensor<2x2x16x16xf16>, tensor<1x1x16x16xf16>) outs(%52 : tensor<2x2x16x16xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.mulf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x2x16x16xf16>
    %extracted_slice_26 = tensor.extract_slice %transposed_18[0, 0, 0, 0] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf16> to tensor<2x2x16x8xf16>
    %extracted_slice_27 = tensor.extract_slice %transposed_18[0, 0, 0, 8] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf16> to tensor<2x2x16x8xf16>
    %61 = tensor.empty() : tensor<2x2x16x8xf16>
    %62 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27 : tensor<2x2x16x8xf16>) outs(%61 : tensor<2x2x16x8xf16>) {
    ^bb0(%in: f16, %out: f16):
      %143 = arith.negf %in : f16
      linalg.yield %143 : f16
    } -> tensor<2x2x16x8xf16>
    %concat_28 = tensor.concat dim(3) %62, %extracted_slice_26 : (tensor<2x2x16x8xf16>, tensor<2x2x16x8xf16>) -> tensor<2x2x16x16xf16>
    %63 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_28, %expanded_23 : tensor<2x2x16x16xf16>, tensor<1x1x16x16xf16>) outs(%52 : tensor<2x2x16x16xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.mulf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x2x16x16xf16>
    %64 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %63 : tensor<2x2x16x16xf16>, tensor<2x2x16x16xf16>) outs(%52 : tensor<2x2x16x16xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.addf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x2x16x16xf16>
    %65 = tensor.empty() : tensor<2x2x2x16x16xf16>
    %66 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%64 : tensor<2x2x16x16xf16>) outs(%65 : tensor<2x2x2x16x16xf16>) {
    ^bb0(%in: f16, %out: f16):
      linalg.yield %in : f16
    } -> tensor<2x2x2x16x16xf16>
    %collapsed_29 = tensor.collapse_shape %66 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf16> into tensor<2x4x16x16xf16>
    %67 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_21 : tensor<2x2x16x16xf16>) outs(%65 : tensor<2x2x2x16x16xf16>) {
    ^bb0(%in: f16, %out: f16):
      linalg.yield %in : f16
    } -> tensor<2x2x2x16x16xf16>
    %collapsed_30 = tensor.collapse_shape %67 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf16> into tensor<2x4x16x16xf16>
    %68 = tensor.empty() : tensor<2x1x16x16xf16>
    %69 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_3, %cst_4 : tensor<2x1x16x16xi1>, tensor<f16>, tensor<f16>) outs(%68 : tensor<2x1x16x16xf16>) {
    ^bb0(%in: i1, %in_50: f16, %in_51: f16, %out: f16):
      %143 = arith.select %in, %in_50, %in_51 : f16
      linalg.yield %143 : f16
    } -> tensor<2x1x16x16xf16>
    %70 = tensor.empty() : tensor<2x4x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59 : tensor<2x4x16x16xf16>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f16, %out: f32):
      %143 = arith.extf %in : f16 to f32
      linalg.yield %143 : f32
    } -> tensor<2x4x16x16xf32>
    %72 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_29 : tensor<2x4x16x16xf16>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f16, %out: f32):
      %143 = arith.extf %in : f16 to f32
      linalg.yield %143 : f32
    } -> tensor<2x4x16x16xf32>
    %73 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_30 : tensor<2x4x16x16xf16>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f16, %out: f32):
      %143 = arith.extf %in : f16 to f32
      linalg.yield %143 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.mulf %in, %cst_10 : f32
      linalg.yield %143 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_31 = linalg.transpose ins(%72 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %75 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_31 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.mulf %in, %cst_10 : f32
      linalg.yield %143 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %74 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %75 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %76 = tensor.empty() : tensor<8x16x16xf32>
    %77 = linalg.fill ins(%cst : f32) outs(%76 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %78 = linalg.batch_matmul ins(%collapsed_32, %collapsed_33 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%77 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_34 = tensor.expand_shape %78 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %79 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_34, %69 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf16>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_50: f16, %out: f32):
      %143 = arith.extf %in_50 : f16 to f32
      %144 = arith.addf %in, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<2x4x16x16xf32>
    %80 = tensor.empty() : tensor<2x4x16xi64>
    %81 = linalg.fill ins(%c0_i64 : i64) outs(%80 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %82 = tensor.empty() : tensor<2x4x16xf32>
    %83 = linalg.fill ins(%cst_0 : f32) outs(%82 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %84:2 = linalg.generic {indexing_maps = [#map6, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%79 : tensor<2x4x16x16xf32>) outs(%83, %81 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_50: i64):
      %143 = linalg.index 3 : index
      %144 = arith.index_cast %143 : index to i64
      %145 = arith.maximumf %in, %out : f32
      %146 = arith.cmpf ogt, %in, %out : f32
      %147 = arith.select %146, %144, %out_50 : i64
      linalg.yield %145, %147 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_35 = tensor.expand_shape %84#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79, %expanded_35 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %143 = arith.subf %in, %in_50 : f32
      linalg.yield %143 : f32
    } -> tensor<2x4x16x16xf32>
    %86 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%85 : tensor<2x4x16x16xf32>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = math.exp %in : f32
      linalg.yield %143 : f32
    } -> tensor<2x4x16x16xf32>
    %87 = tensor.empty() : tensor<2x4x16x1xf32>
    %88 = linalg.fill ins(%cst : f32) outs(%87 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%86 : tensor<2x4x16x16xf32>) outs(%88 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.addf %in, %out : f32
      linalg.yield %143 : f32
    } -> tensor<2x4x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%86, %89 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %143 = arith.divf %in, %in_50 : f32
      linalg.yield %143 : f32
    } -> tensor<2x4x16x16xf32>
    %91 = tensor.empty() : tensor<2x4x16x16xi1>
    %92 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79 : tensor<2x4x16x16xf32>) outs(%91 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %143 = arith.extf %in : f32 to f64
      %144 = arith.cmpf oeq, %143, %cst_6 : f64
      linalg.yield %144 : i1
    } -> tensor<2x4x16x16xi1>
    %93 = tensor.empty() : tensor<2x4x16x1xi1>
    %94 = linalg.fill ins(%true : i1) outs(%93 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %95 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%92 : tensor<2x4x16x16xi1>) outs(%94 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %143 = arith.andi %in, %out : i1
      linalg.yield %143 : i1
    } -> tensor<2x4x16x1xi1>
    %96 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%95, %cst_2, %90 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%70 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_50: f32, %in_51: f32, %out: f32):
      %143 = arith.select %in, %in_50, %in_51 : f32
      linalg.yield %143 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %96 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %73 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %97 = linalg.batch_matmul ins(%collapsed_36, %collapsed_37 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%77 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_38 = tensor.expand_shape %97 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %98 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_38 : tensor<2x4x16x16xf32>) outs(%45 : tensor<2x4x16x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<2x4x16x16xf16>
    %99 = tensor.empty() : tensor<2x16x4x16xf16>
    %transposed_39 = linalg.transpose ins(%98 : tensor<2x4x16x16xf16>) outs(%99 : tensor<2x16x4x16xf16>) permutation = [0, 2, 1, 3] 
    %collapsed_40 = tensor.collapse_shape %transposed_39 [[0], [1], [2, 3]] : tensor<2x16x4x16xf16> into tensor<2x16x64xf16>
    %transposed_41 = linalg.transpose ins(%arg4 : tensor<64x64xf16>) outs(%39 : tensor<64x64xf16>) permutation = [1, 0] 
    %100 = tensor.empty() : tensor<2x64x64xf16>
    %101 = linalg.generic {indexing_maps = [#map18, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_41 : tensor<64x64xf16>) outs(%100 : tensor<2x64x64xf16>) {
    ^bb0(%in: f16, %out: f16):
      linalg.yield %in : f16
    } -> tensor<2x64x64xf16>
    %102 = linalg.fill ins(%cst : f32) outs(%27 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %103 = linalg.batch_matmul ins(%collapsed_40, %101 : tensor<2x16x64xf16>, tensor<2x64x64xf16>) outs(%102 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<2x16x64xf16>
    %105 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %104 : tensor<2x16x64xf16>, tensor<2x16x64xf16>) outs(%0 : tensor<2x16x64xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.addf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x16x64xf16>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x64xf16>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f16, %out: f32):
      %143 = arith.extf %in : f16 to f32
      linalg.yield %143 : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %143 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%107 : tensor<2x16x64xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.addf %in, %out : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.divf %in, %cst_9 : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.truncf %cst_7 : f64 to f32
      %144 = arith.addf %in, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = math.rsqrt %in : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %111 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %143 = arith.mulf %in, %in_50 : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<2x16x64xf16>
    %114 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %113 : tensor<64xf16>, tensor<2x16x64xf16>) outs(%0 : tensor<2x16x64xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.mulf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x16x64xf16>
    %115 = tensor.empty() : tensor<64x128xf16>
    %transposed_42 = linalg.transpose ins(%arg5 : tensor<128x64xf16>) outs(%115 : tensor<64x128xf16>) permutation = [1, 0] 
    %collapsed_43 = tensor.collapse_shape %114 [[0, 1], [2]] : tensor<2x16x64xf16> into tensor<32x64xf16>
    %116 = tensor.empty() : tensor<32x128xf32>
    %117 = linalg.fill ins(%cst : f32) outs(%116 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %118 = linalg.matmul ins(%collapsed_43, %transposed_42 : tensor<32x64xf16>, tensor<64x128xf16>) outs(%117 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %119 = tensor.empty() : tensor<32x128xf16>
    %120 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%118 : tensor<32x128xf32>) outs(%119 : tensor<32x128xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<32x128xf16>
    %expanded_44 = tensor.expand_shape %120 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf16> into tensor<2x16x128xf16>
    %121 = tensor.empty() : tensor<2x16x128xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44 : tensor<2x16x128xf16>) outs(%121 : tensor<2x16x128xf32>) {
    ^bb0(%in: f16, %out: f32):
      %143 = arith.extf %in : f16 to f32
      linalg.yield %143 : f32
    } -> tensor<2x16x128xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x128xf32>) outs(%121 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.negf %in : f32
      %144 = math.exp %143 : f32
      %145 = arith.addf %144, %cst_1 : f32
      %146 = arith.divf %cst_1, %145 : f32
      linalg.yield %146 : f32
    } -> tensor<2x16x128xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %123 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%121 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %143 = arith.mulf %in, %in_50 : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x128xf32>
    %125 = tensor.empty() : tensor<2x16x128xf16>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x128xf32>) outs(%125 : tensor<2x16x128xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<2x16x128xf16>
    %transposed_45 = linalg.transpose ins(%arg6 : tensor<128x64xf16>) outs(%115 : tensor<64x128xf16>) permutation = [1, 0] 
    %127 = linalg.matmul ins(%collapsed_43, %transposed_45 : tensor<32x64xf16>, tensor<64x128xf16>) outs(%117 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %128 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%127 : tensor<32x128xf32>) outs(%119 : tensor<32x128xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<32x128xf16>
    %expanded_46 = tensor.expand_shape %128 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf16> into tensor<2x16x128xf16>
    %129 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %expanded_46 : tensor<2x16x128xf16>, tensor<2x16x128xf16>) outs(%125 : tensor<2x16x128xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.mulf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x16x128xf16>
    %130 = tensor.empty() : tensor<128x64xf16>
    %transposed_47 = linalg.transpose ins(%arg7 : tensor<64x128xf16>) outs(%130 : tensor<128x64xf16>) permutation = [1, 0] 
    %collapsed_48 = tensor.collapse_shape %129 [[0, 1], [2]] : tensor<2x16x128xf16> into tensor<32x128xf16>
    %131 = linalg.matmul ins(%collapsed_48, %transposed_47 : tensor<32x128xf16>, tensor<128x64xf16>) outs(%41 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %132 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%131 : tensor<32x64xf32>) outs(%43 : tensor<32x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<32x64xf16>
    %expanded_49 = tensor.expand_shape %132 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf16> into tensor<2x16x64xf16>
    %133 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %expanded_49 : tensor<2x16x64xf16>, tensor<2x16x64xf16>) outs(%0 : tensor<2x16x64xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.addf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x16x64xf16>
    %134 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<2x16x64xf16>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f16, %out: f32):
      %143 = arith.extf %in : f16 to f32
      linalg.yield %143 : f32
    } -> tensor<2x16x64xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %143 : f32
    } -> tensor<2x16x64xf32>
    %136 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%135 : tensor<2x16x64xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.addf %in, %out : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.divf %in, %cst_9 : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %138 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%137 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = arith.truncf %cst_7 : f64 to f32
      %144 = arith.addf %in, %143 : f32
      linalg.yield %144 : f32
    } -> tensor<2x16x1xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %143 = math.rsqrt %in : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x1xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134, %139 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%27 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %143 = arith.mulf %in, %in_50 : f32
      linalg.yield %143 : f32
    } -> tensor<2x16x64xf32>
    %141 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %143 = arith.truncf %in : f32 to f16
      linalg.yield %143 : f16
    } -> tensor<2x16x64xf16>
    %142 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %141 : tensor<64xf16>, tensor<2x16x64xf16>) outs(%0 : tensor<2x16x64xf16>) {
    ^bb0(%in: f16, %in_50: f16, %out: f16):
      %143 = arith.mulf %in, %in_50 : f16
      linalg.yield %143 : f16
    } -> tensor<2x16x64xf16>
    return %142 : tensor<2x16x64xf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float16: "0x02000000003C0F35662E0C281F217A1A19142E0D"
    }
  }
#-}
