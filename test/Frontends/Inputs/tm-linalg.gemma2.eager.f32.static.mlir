// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "gemma2", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> ()>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> ()>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map12 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map13 = affine_map<(d0, d1, d2) -> (d2)>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map16 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<32x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<128x64xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64x128xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<32x64xf32>, %arg14: tensor<32x64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<128x64xf32>, %arg17: tensor<128x64xf32>, %arg18: tensor<64x128xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<2x16xi64>, %arg25: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c4_i64 = arith.constant 4 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %c3_i64 = arith.constant 3 : i64
    %cst_1 = arith.constant 4.471500e-02 : f32
    %cst_2 = arith.constant 7.977240e-01 : f32
    %cst_3 = arith.constant 1.000000e+00 : f32
    %cst_4 = arith.constant 5.000000e-01 : f32
    %cst_5 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant 9.9999999999999995E-7 : f64
    %cst_9 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_10 = arith.constant dense<8.000000e+00> : tensor<f32>
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant 2.500000e-01 : f32
    %cst_13 = arith.constant 5.000000e+01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg24 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %199 = arith.index_cast %in : i64 to index
      %200 = linalg.index 2 : index
      %201 = arith.cmpi slt, %199, %c128 : index
      cf.assert %201, "index must be smaller than dim size"
      %202 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %202, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%199, %200] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %cst_10 : tensor<2x16x64xf32>, tensor<f32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %3 = tensor.empty() : tensor<16xi64>
    %4 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%3 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %199 = linalg.index 0 : index
      %200 = arith.index_cast %199 : index to i64
      linalg.yield %200 : i64
    } -> tensor<16xi64>
    %5 = tensor.empty() : tensor<2x16xi1>
    %6 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%arg25 : tensor<2x16xi64>) outs(%5 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %199 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %199 : i1
    } -> tensor<2x16xi1>
    %7 = tensor.empty() : tensor<2xi64>
    %8 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%7 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %199 = linalg.index 0 : index
      %200 = arith.index_cast %199 : index to i64
      linalg.yield %200 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %4 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %4 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %9 = tensor.empty() : tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15, %expanded_14 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_90: i64, %out: i1):
      %199 = arith.cmpi sle, %in, %in_90 : i64
      linalg.yield %199 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %10 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_90: i1, %out: i1):
      %199 = arith.andi %in, %in_90 : i1
      linalg.yield %199 : i1
    } -> tensor<1x1x16x16xi1>
    %12 = tensor.empty() : tensor<2x1x1x16xi1>
    %13 = linalg.generic {indexing_maps = [#map9, #map10, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%12 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_90: i64, %out: i1):
      %199 = arith.cmpi slt, %in, %c0_i64 : i64
      %200 = arith.addi %in, %c2_i64 : i64
      %201 = arith.select %199, %200, %in : i64
      %202 = arith.index_cast %201 : i64 to index
      %203 = arith.cmpi slt, %in_90, %c0_i64 : i64
      %204 = arith.addi %in_90, %c16_i64 : i64
      %205 = arith.select %203, %204, %in_90 : i64
      %206 = arith.index_cast %205 : i64 to index
      %extracted = tensor.extract %6[%202, %206] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %14 = tensor.empty() : tensor<2x1x16x16xi1>
    %15 = linalg.generic {indexing_maps = [#map11, #map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %13 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%14 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_90: i1, %out: i1):
      %199 = arith.andi %in, %in_90 : i1
      linalg.yield %199 : i1
    } -> tensor<2x1x16x16xi1>
    %16 = tensor.empty() : tensor<2x1x16x16xf32>
    %17 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15, %cst_6, %cst_5 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%16 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_90: f32, %in_91: f32, %out: f32):
      %199 = arith.select %in, %in_90, %in_91 : f32
      linalg.yield %199 : f32
    } -> tensor<2x1x16x16xf32>
    %18 = tensor.empty() : tensor<1x1x16x1xi64>
    %19 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x1x16x1xi64>) outs(%18 : tensor<1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %199 = arith.subi %in, %c4_i64 : i64
      linalg.yield %199 : i64
    } -> tensor<1x1x16x1xi64>
    %20 = linalg.generic {indexing_maps = [#map5, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15, %19 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_90: i64, %out: i1):
      %199 = arith.cmpi sgt, %in, %in_90 : i64
      linalg.yield %199 : i1
    } -> tensor<1x1x16x16xi1>
    %21 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %20 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_90: i1, %out: i1):
      %199 = arith.andi %in, %in_90 : i1
      linalg.yield %199 : i1
    } -> tensor<1x1x16x16xi1>
    %22 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %10 : tensor<1x1x16x16xi1>, tensor<1x1x16x16xi1>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_90: i1, %out: i1):
      %199 = arith.andi %in, %in_90 : i1
      linalg.yield %199 : i1
    } -> tensor<1x1x16x16xi1>
    %23 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %22 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_90: i1, %out: i1):
      %199 = arith.andi %in, %in_90 : i1
      linalg.yield %199 : i1
    } -> tensor<1x1x16x16xi1>
    %24 = linalg.generic {indexing_maps = [#map11, #map5, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23, %13 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%14 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_90: i1, %out: i1):
      %199 = arith.andi %in, %in_90 : i1
      linalg.yield %199 : i1
    } -> tensor<2x1x16x16xi1>
    %25 = linalg.generic {indexing_maps = [#map7, #map8, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%24, %cst_6, %cst_5 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%16 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_90: f32, %in_91: f32, %out: f32):
      %199 = arith.select %in, %in_90, %in_91 : f32
      linalg.yield %199 : f32
    } -> tensor<2x1x16x16xf32>
    %expanded_16 = tensor.expand_shape %4 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %26 = tensor.empty() : tensor<1x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_16 : tensor<1x16x1xi64>) outs(%26 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %199 = arith.sitofp %in : i64 to f32
      linalg.yield %199 : f32
    } -> tensor<1x16x1xf32>
    %28 = tensor.empty() : tensor<1x16x8xf32>
    %29 = linalg.generic {indexing_maps = [#map12, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %cst_9 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%28 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %29, %29 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %30 = tensor.empty() : tensor<1x16x16xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%30 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.cos %in : f32
      linalg.yield %199 : f32
    } -> tensor<1x16x16xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%30 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.sin %in : f32
      linalg.yield %199 : f32
    } -> tensor<1x16x16xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %34 = tensor.empty() : tensor<2x16x1xf32>
    %35 = linalg.fill ins(%cst : f32) outs(%34 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%33 : tensor<2x16x64xf32>) outs(%35 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.divf %in, %cst_11 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_8 : f64 to f32
      %200 = arith.addf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.rsqrt %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %39 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %41 = tensor.empty() : tensor<64xf32>
    %42 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%arg8 : tensor<64xf32>) outs(%41 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_3 : f32
      linalg.yield %199 : f32
    } -> tensor<64xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %42 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %44 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %43 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %45 = tensor.empty() : tensor<32x64xf32>
    %46 = linalg.fill ins(%cst : f32) outs(%45 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %47 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %47 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %49 = tensor.empty() : tensor<64x32xf32>
    %transposed_19 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%49 : tensor<64x32xf32>) permutation = [1, 0] 
    %50 = tensor.empty() : tensor<32x32xf32>
    %51 = linalg.fill ins(%cst : f32) outs(%50 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %52 = linalg.matmul ins(%collapsed, %transposed_19 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%51 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_20 = tensor.expand_shape %52 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %53 = tensor.empty() : tensor<2x2x16x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x2x16xf32>) outs(%53 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_22 = linalg.transpose ins(%arg3 : tensor<32x64xf32>) outs(%49 : tensor<64x32xf32>) permutation = [1, 0] 
    %54 = linalg.matmul ins(%collapsed, %transposed_22 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%51 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_23 = tensor.expand_shape %54 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x2x16xf32>) outs(%53 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_25 = tensor.expand_shape %31 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_26 = tensor.expand_shape %32 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_18, %expanded_25 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice = tensor.extract_slice %transposed_18[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_18[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %56 = tensor.empty() : tensor<2x4x16x8xf32>
    %57 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27 : tensor<2x4x16x8xf32>) outs(%56 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.negf %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_28 = tensor.concat dim(3) %57, %extracted_slice : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_28, %expanded_26 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %58 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.addf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_21, %expanded_25 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%53 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x2x16x16xf32>
    %extracted_slice_29 = tensor.extract_slice %transposed_21[0, 0, 0, 0] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %extracted_slice_30 = tensor.extract_slice %transposed_21[0, 0, 0, 8] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %61 = tensor.empty() : tensor<2x2x16x8xf32>
    %62 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_30 : tensor<2x2x16x8xf32>) outs(%61 : tensor<2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.negf %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x2x16x8xf32>
    %concat_31 = tensor.concat dim(3) %62, %extracted_slice_29 : (tensor<2x2x16x8xf32>, tensor<2x2x16x8xf32>) -> tensor<2x2x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_31, %expanded_26 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%53 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x2x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%60, %63 : tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) outs(%53 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.addf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x2x16x16xf32>
    %65 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map15, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%64 : tensor<2x2x16x16xf32>) outs(%65 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %66 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map15, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24 : tensor<2x2x16x16xf32>) outs(%65 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %transposed_33 = linalg.transpose ins(%collapsed_32 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_34 = tensor.collapse_shape %59 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %transposed_33 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %68 = tensor.empty() : tensor<8x16x16xf32>
    %69 = linalg.fill ins(%cst : f32) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %70 = linalg.batch_matmul ins(%collapsed_34, %collapsed_35 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%69 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_36 = tensor.expand_shape %70 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.mulf %in, %cst_12 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %72 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.divf %in, %cst_13 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %73 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.tanh %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.mulf %in, %cst_13 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = linalg.generic {indexing_maps = [#map7, #map17, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %25 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.addf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = tensor.empty() : tensor<2x4x16xi64>
    %77 = linalg.fill ins(%c0_i64 : i64) outs(%76 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %78 = tensor.empty() : tensor<2x4x16xf32>
    %79 = linalg.fill ins(%cst_0 : f32) outs(%78 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %80:2 = linalg.generic {indexing_maps = [#map7, #map18, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%79, %77 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_90: i64):
      %199 = linalg.index 3 : index
      %200 = arith.index_cast %199 : index to i64
      %201 = arith.maximumf %in, %out : f32
      %202 = arith.cmpf ogt, %in, %out : f32
      %203 = arith.select %202, %200, %out_90 : i64
      linalg.yield %201, %203 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_37 = tensor.expand_shape %80#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %expanded_37 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.subf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %82 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.exp %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %83 = tensor.empty() : tensor<2x4x16x1xf32>
    %84 = linalg.fill ins(%cst : f32) outs(%83 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%82 : tensor<2x4x16x16xf32>) outs(%84 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82, %85 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.divf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %86 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %67 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %87 = linalg.batch_matmul ins(%collapsed_38, %collapsed_39 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%69 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_40 = tensor.expand_shape %87 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %88 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<2x4x16x16xf32>) outs(%88 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_42 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_43 = tensor.collapse_shape %transposed_41 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %89 = linalg.matmul ins(%collapsed_43, %transposed_42 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_44 = tensor.expand_shape %89 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%90 : tensor<2x16x64xf32>) outs(%35 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.divf %in, %cst_11 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_8 : f64 to f32
      %200 = arith.addf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.rsqrt %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_44, %94 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%arg9 : tensor<64xf32>) outs(%41 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_3 : f32
      linalg.yield %199 : f32
    } -> tensor<64xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %96 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %97 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.addf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%99 : tensor<2x16x64xf32>) outs(%35 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.divf %in, %cst_11 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_8 : f64 to f32
      %200 = arith.addf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x16x1xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.rsqrt %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %103 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%arg10 : tensor<64xf32>) outs(%41 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_3 : f32
      linalg.yield %199 : f32
    } -> tensor<64xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %105 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %107 = tensor.empty() : tensor<64x128xf32>
    %transposed_45 = linalg.transpose ins(%arg5 : tensor<128x64xf32>) outs(%107 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_46 = tensor.collapse_shape %106 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %108 = tensor.empty() : tensor<32x128xf32>
    %109 = linalg.fill ins(%cst : f32) outs(%108 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %110 = linalg.matmul ins(%collapsed_46, %transposed_45 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%109 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_47 = tensor.expand_shape %110 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %111 = tensor.empty() : tensor<2x16x128xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47 : tensor<2x16x128xf32>) outs(%111 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.fpowi %in, %c3_i64 : f32, i64
      %200 = arith.mulf %199, %cst_1 : f32
      %201 = arith.addf %in, %200 : f32
      %202 = arith.mulf %201, %cst_2 : f32
      %203 = math.tanh %202 : f32
      %204 = arith.addf %203, %cst_3 : f32
      %205 = arith.mulf %204, %cst_4 : f32
      %206 = arith.mulf %in, %205 : f32
      linalg.yield %206 : f32
    } -> tensor<2x16x128xf32>
    %transposed_48 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%107 : tensor<64x128xf32>) permutation = [1, 0] 
    %113 = linalg.matmul ins(%collapsed_46, %transposed_48 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%109 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_49 = tensor.expand_shape %113 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112, %expanded_49 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%111 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x128xf32>
    %115 = tensor.empty() : tensor<128x64xf32>
    %transposed_50 = linalg.transpose ins(%arg7 : tensor<64x128xf32>) outs(%115 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_51 = tensor.collapse_shape %114 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %116 = linalg.matmul ins(%collapsed_51, %transposed_50 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%46 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_52 = tensor.expand_shape %116 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%117 : tensor<2x16x64xf32>) outs(%35 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.divf %in, %cst_11 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_8 : f64 to f32
      %200 = arith.addf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.rsqrt %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52, %121 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%arg11 : tensor<64xf32>) outs(%41 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_3 : f32
      linalg.yield %199 : f32
    } -> tensor<64xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %123 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %124 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.addf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%126 : tensor<2x16x64xf32>) outs(%35 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.divf %in, %cst_11 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_8 : f64 to f32
      %200 = arith.addf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x16x1xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.rsqrt %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %130 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%arg19 : tensor<64xf32>) outs(%41 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_3 : f32
      linalg.yield %199 : f32
    } -> tensor<64xf32>
    %133 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %132 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %transposed_53 = linalg.transpose ins(%arg12 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_54 = tensor.collapse_shape %133 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %134 = linalg.matmul ins(%collapsed_54, %transposed_53 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_55 = tensor.expand_shape %134 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_56 = linalg.transpose ins(%expanded_55 : tensor<2x16x4x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_57 = linalg.transpose ins(%arg13 : tensor<32x64xf32>) outs(%49 : tensor<64x32xf32>) permutation = [1, 0] 
    %135 = linalg.matmul ins(%collapsed_54, %transposed_57 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%51 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_58 = tensor.expand_shape %135 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %transposed_59 = linalg.transpose ins(%expanded_58 : tensor<2x16x2x16xf32>) outs(%53 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_60 = linalg.transpose ins(%arg14 : tensor<32x64xf32>) outs(%49 : tensor<64x32xf32>) permutation = [1, 0] 
    %136 = linalg.matmul ins(%collapsed_54, %transposed_60 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%51 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_61 = tensor.expand_shape %136 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %transposed_62 = linalg.transpose ins(%expanded_61 : tensor<2x16x2x16xf32>) outs(%53 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %137 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_56, %expanded_25 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_63 = tensor.extract_slice %transposed_56[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_64 = tensor.extract_slice %transposed_56[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %138 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_64 : tensor<2x4x16x8xf32>) outs(%56 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.negf %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_65 = tensor.concat dim(3) %138, %extracted_slice_63 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %139 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_65, %expanded_26 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %140 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%137, %139 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.addf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %141 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_59, %expanded_25 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%53 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x2x16x16xf32>
    %extracted_slice_66 = tensor.extract_slice %transposed_59[0, 0, 0, 0] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %extracted_slice_67 = tensor.extract_slice %transposed_59[0, 0, 0, 8] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %142 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_67 : tensor<2x2x16x8xf32>) outs(%61 : tensor<2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.negf %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x2x16x8xf32>
    %concat_68 = tensor.concat dim(3) %142, %extracted_slice_66 : (tensor<2x2x16x8xf32>, tensor<2x2x16x8xf32>) -> tensor<2x2x16x16xf32>
    %143 = linalg.generic {indexing_maps = [#map7, #map14, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_68, %expanded_26 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%53 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x2x16x16xf32>
    %144 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%141, %143 : tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) outs(%53 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.addf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x2x16x16xf32>
    %145 = linalg.generic {indexing_maps = [#map15, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%144 : tensor<2x2x16x16xf32>) outs(%65 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_69 = tensor.collapse_shape %145 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %146 = linalg.generic {indexing_maps = [#map15, #map16], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_62 : tensor<2x2x16x16xf32>) outs(%65 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %transposed_70 = linalg.transpose ins(%collapsed_69 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_71 = tensor.collapse_shape %140 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_72 = tensor.collapse_shape %transposed_70 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %147 = linalg.batch_matmul ins(%collapsed_71, %collapsed_72 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%69 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_73 = tensor.expand_shape %147 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %148 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_73 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.mulf %in, %cst_12 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %149 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%148 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.divf %in, %cst_13 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %150 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%149 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.tanh %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %151 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%150 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.mulf %in, %cst_13 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %152 = linalg.generic {indexing_maps = [#map7, #map17, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%151, %17 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.addf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %153:2 = linalg.generic {indexing_maps = [#map7, #map18, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%152 : tensor<2x4x16x16xf32>) outs(%79, %77 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_90: i64):
      %199 = linalg.index 3 : index
      %200 = arith.index_cast %199 : index to i64
      %201 = arith.maximumf %in, %out : f32
      %202 = arith.cmpf ogt, %in, %out : f32
      %203 = arith.select %202, %200, %out_90 : i64
      linalg.yield %201, %203 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_74 = tensor.expand_shape %153#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %154 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%152, %expanded_74 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.subf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %155 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%154 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.exp %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %156 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%155 : tensor<2x4x16x16xf32>) outs(%84 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x1xf32>
    %157 = linalg.generic {indexing_maps = [#map7, #map6, #map7], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%155, %156 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.divf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_75 = tensor.collapse_shape %157 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_76 = tensor.collapse_shape %146 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %158 = linalg.batch_matmul ins(%collapsed_75, %collapsed_76 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%69 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_77 = tensor.expand_shape %158 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_78 = linalg.transpose ins(%expanded_77 : tensor<2x4x16x16xf32>) outs(%88 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_79 = linalg.transpose ins(%arg15 : tensor<64x64xf32>) outs(%44 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_80 = tensor.collapse_shape %transposed_78 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %159 = linalg.matmul ins(%collapsed_80, %transposed_79 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%46 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_81 = tensor.expand_shape %159 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_81 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %161 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%160 : tensor<2x16x64xf32>) outs(%35 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %162 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.divf %in, %cst_11 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %163 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%162 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_8 : f64 to f32
      %200 = arith.addf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x16x1xf32>
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.rsqrt %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %165 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_81, %164 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %166 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%arg20 : tensor<64xf32>) outs(%41 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_3 : f32
      linalg.yield %199 : f32
    } -> tensor<64xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165, %166 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %167 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.addf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %170 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%169 : tensor<2x16x64xf32>) outs(%35 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %171 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.divf %in, %cst_11 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %172 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_8 : f64 to f32
      %200 = arith.addf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x16x1xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.rsqrt %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %174 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %173 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %175 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%arg21 : tensor<64xf32>) outs(%41 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_3 : f32
      linalg.yield %199 : f32
    } -> tensor<64xf32>
    %176 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174, %175 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %transposed_82 = linalg.transpose ins(%arg16 : tensor<128x64xf32>) outs(%107 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_83 = tensor.collapse_shape %176 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %177 = linalg.matmul ins(%collapsed_83, %transposed_82 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%109 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_84 = tensor.expand_shape %177 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %178 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_84 : tensor<2x16x128xf32>) outs(%111 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.fpowi %in, %c3_i64 : f32, i64
      %200 = arith.mulf %199, %cst_1 : f32
      %201 = arith.addf %in, %200 : f32
      %202 = arith.mulf %201, %cst_2 : f32
      %203 = math.tanh %202 : f32
      %204 = arith.addf %203, %cst_3 : f32
      %205 = arith.mulf %204, %cst_4 : f32
      %206 = arith.mulf %in, %205 : f32
      linalg.yield %206 : f32
    } -> tensor<2x16x128xf32>
    %transposed_85 = linalg.transpose ins(%arg17 : tensor<128x64xf32>) outs(%107 : tensor<64x128xf32>) permutation = [1, 0] 
    %179 = linalg.matmul ins(%collapsed_83, %transposed_85 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%109 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_86 = tensor.expand_shape %179 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %180 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%178, %expanded_86 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%111 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x128xf32>
    %transposed_87 = linalg.transpose ins(%arg18 : tensor<64x128xf32>) outs(%115 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_88 = tensor.collapse_shape %180 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %181 = linalg.matmul ins(%collapsed_88, %transposed_87 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%46 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_89 = tensor.expand_shape %181 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %182 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_89 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %183 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%182 : tensor<2x16x64xf32>) outs(%35 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %184 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.divf %in, %cst_11 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %185 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_8 : f64 to f32
      %200 = arith.addf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x16x1xf32>
    %186 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%185 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.rsqrt %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %187 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_89, %186 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %188 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%arg22 : tensor<64xf32>) outs(%41 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_3 : f32
      linalg.yield %199 : f32
    } -> tensor<64xf32>
    %189 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187, %188 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %190 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %189 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.addf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %191 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %192 = linalg.generic {indexing_maps = [#map1, #map12], iterator_types = ["parallel", "parallel", "reduction"]} ins(%191 : tensor<2x16x64xf32>) outs(%35 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %out : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %193 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.divf %in, %cst_11 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %194 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.truncf %cst_8 : f64 to f32
      %200 = arith.addf %in, %199 : f32
      linalg.yield %200 : f32
    } -> tensor<2x16x1xf32>
    %195 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<2x16x1xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = math.rsqrt %in : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x1xf32>
    %196 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190, %195 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    %197 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%arg23 : tensor<64xf32>) outs(%41 : tensor<64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %199 = arith.addf %in, %cst_3 : f32
      linalg.yield %199 : f32
    } -> tensor<64xf32>
    %198 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196, %197 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_90: f32, %out: f32):
      %199 = arith.mulf %in, %in_90 : f32
      linalg.yield %199 : f32
    } -> tensor<2x16x64xf32>
    return %198 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
