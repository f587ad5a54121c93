// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "mistral_sw", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
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
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<32x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<128x64xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64x128xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<2x16xi64>, %arg12: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c4_i64 = arith.constant 4 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 9.9999999999999995E-7 : f64
    %cst_6 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 2.500000e-01 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %108 = arith.index_cast %in : i64 to index
      %109 = linalg.index 2 : index
      %110 = arith.cmpi slt, %108, %c128 : index
      cf.assert %110, "index must be smaller than dim size"
      %111 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %111, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%108, %109] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %108 = linalg.index 0 : index
      %109 = arith.index_cast %108 : index to i64
      linalg.yield %109 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %108 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %108 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %108 = linalg.index 0 : index
      %109 = arith.index_cast %108 : index to i64
      linalg.yield %109 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_9 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_10 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x1xi64>
    %9 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_9 : tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %108 = arith.subi %in, %c4_i64 : i64
      linalg.yield %108 : i64
    } -> tensor<1x1x16x1xi64>
    %10 = tensor.empty() : tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map5, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10, %9 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_48: i64, %out: i1):
      %108 = arith.cmpi sgt, %in, %in_48 : i64
      linalg.yield %108 : i1
    } -> tensor<1x1x16x16xi1>
    %12 = linalg.generic {indexing_maps = [#map7, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %11 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %108 = arith.andi %in, %in_48 : i1
      linalg.yield %108 : i1
    } -> tensor<1x1x16x16xi1>
    %13 = linalg.generic {indexing_maps = [#map5, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10, %expanded_9 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_48: i64, %out: i1):
      %108 = arith.cmpi sle, %in, %in_48 : i64
      linalg.yield %108 : i1
    } -> tensor<1x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12, %13 : tensor<1x1x16x16xi1>, tensor<1x1x16x16xi1>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %108 = arith.andi %in, %in_48 : i1
      linalg.yield %108 : i1
    } -> tensor<1x1x16x16xi1>
    %15 = linalg.generic {indexing_maps = [#map7, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %14 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%10 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %108 = arith.andi %in, %in_48 : i1
      linalg.yield %108 : i1
    } -> tensor<1x1x16x16xi1>
    %16 = tensor.empty() : tensor<2x1x1x16xi1>
    %17 = linalg.generic {indexing_maps = [#map8, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_10 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%16 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_48: i64, %out: i1):
      %108 = arith.cmpi slt, %in, %c0_i64 : i64
      %109 = arith.addi %in, %c2_i64 : i64
      %110 = arith.select %108, %109, %in : i64
      %111 = arith.index_cast %110 : i64 to index
      %112 = arith.cmpi slt, %in_48, %c0_i64 : i64
      %113 = arith.addi %in_48, %c16_i64 : i64
      %114 = arith.select %112, %113, %in_48 : i64
      %115 = arith.index_cast %114 : i64 to index
      %extracted = tensor.extract %5[%111, %115] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %18 = tensor.empty() : tensor<2x1x16x16xi1>
    %19 = linalg.generic {indexing_maps = [#map10, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%15, %17 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%18 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %108 = arith.andi %in, %in_48 : i1
      linalg.yield %108 : i1
    } -> tensor<2x1x16x16xi1>
    %20 = tensor.empty() : tensor<2x1x16x16xf32>
    %21 = linalg.generic {indexing_maps = [#map4, #map7, #map7, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19, %cst_3, %cst_2 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%20 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_48: f32, %in_49: f32, %out: f32):
      %108 = arith.select %in, %in_48, %in_49 : f32
      linalg.yield %108 : f32
    } -> tensor<2x1x16x16xf32>
    %expanded_11 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %22 = tensor.empty() : tensor<1x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<1x16x1xi64>) outs(%22 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %108 = arith.sitofp %in : i64 to f32
      linalg.yield %108 : f32
    } -> tensor<1x16x1xf32>
    %24 = tensor.empty() : tensor<1x16x8xf32>
    %25 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %cst_6 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%24 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %25, %25 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %26 = tensor.empty() : tensor<1x16x16xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%26 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = math.cos %in : f32
      linalg.yield %108 : f32
    } -> tensor<1x16x16xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%26 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = math.sin %in : f32
      linalg.yield %108 : f32
    } -> tensor<1x16x16xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %108 : f32
    } -> tensor<2x16x64xf32>
    %30 = tensor.empty() : tensor<2x16x1xf32>
    %31 = linalg.fill ins(%cst : f32) outs(%30 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%29 : tensor<2x16x64xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.divf %in, %cst_7 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.truncf %cst_5 : f64 to f32
      %109 = arith.addf %in, %108 : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = math.rsqrt %in : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %35 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %36 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x64xf32>
    %38 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%38 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %37 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %39 = tensor.empty() : tensor<32x64xf32>
    %40 = linalg.fill ins(%cst : f32) outs(%39 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %41 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%40 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_12 = tensor.expand_shape %41 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %42 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_13 = linalg.transpose ins(%expanded_12 : tensor<2x16x4x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %43 = tensor.empty() : tensor<64x32xf32>
    %transposed_14 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%43 : tensor<64x32xf32>) permutation = [1, 0] 
    %44 = tensor.empty() : tensor<32x32xf32>
    %45 = linalg.fill ins(%cst : f32) outs(%44 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %46 = linalg.matmul ins(%collapsed, %transposed_14 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%45 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_15 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %47 = tensor.empty() : tensor<2x2x16x16xf32>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x16x2x16xf32>) outs(%47 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_17 = linalg.transpose ins(%arg3 : tensor<32x64xf32>) outs(%43 : tensor<64x32xf32>) permutation = [1, 0] 
    %48 = linalg.matmul ins(%collapsed, %transposed_17 : tensor<32x64xf32>, tensor<64x32xf32>) outs(%45 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %expanded_18 = tensor.expand_shape %48 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xf32> into tensor<2x16x2x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x2x16xf32>) outs(%47 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_20 = tensor.expand_shape %27 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_21 = tensor.expand_shape %28 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_13, %expanded_20 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice = tensor.extract_slice %transposed_13[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_22 = tensor.extract_slice %transposed_13[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %50 = tensor.empty() : tensor<2x4x16x8xf32>
    %51 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_22 : tensor<2x4x16x8xf32>) outs(%50 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.negf %in : f32
      linalg.yield %108 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_23 = tensor.concat dim(3) %51, %extracted_slice : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_23, %expanded_21 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x4x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%49, %52 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.addf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x4x16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_16, %expanded_20 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%47 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x2x16x16xf32>
    %extracted_slice_24 = tensor.extract_slice %transposed_16[0, 0, 0, 0] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %extracted_slice_25 = tensor.extract_slice %transposed_16[0, 0, 0, 8] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %55 = tensor.empty() : tensor<2x2x16x8xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_25 : tensor<2x2x16x8xf32>) outs(%55 : tensor<2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.negf %in : f32
      linalg.yield %108 : f32
    } -> tensor<2x2x16x8xf32>
    %concat_26 = tensor.concat dim(3) %56, %extracted_slice_24 : (tensor<2x2x16x8xf32>, tensor<2x2x16x8xf32>) -> tensor<2x2x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_26, %expanded_21 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%47 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x2x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %57 : tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) outs(%47 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.addf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x2x16x16xf32>
    %59 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<2x2x16x16xf32>) outs(%59 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %60 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19 : tensor<2x2x16x16xf32>) outs(%59 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %transposed_28 = linalg.transpose ins(%collapsed_27 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_29 = tensor.collapse_shape %53 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_28 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %62 = tensor.empty() : tensor<8x16x16xf32>
    %63 = linalg.fill ins(%cst : f32) outs(%62 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %64 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%63 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_31 = tensor.expand_shape %64 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.mulf %in, %cst_8 : f32
      linalg.yield %108 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map4, #map16, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %21 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.addf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = tensor.empty() : tensor<2x4x16xi64>
    %68 = linalg.fill ins(%c0_i64 : i64) outs(%67 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %69 = tensor.empty() : tensor<2x4x16xf32>
    %70 = linalg.fill ins(%cst_0 : f32) outs(%69 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %71:2 = linalg.generic {indexing_maps = [#map4, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%66 : tensor<2x4x16x16xf32>) outs(%70, %68 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_48: i64):
      %108 = linalg.index 3 : index
      %109 = arith.index_cast %108 : index to i64
      %110 = arith.maximumf %in, %out : f32
      %111 = arith.cmpf ogt, %in, %out : f32
      %112 = arith.select %111, %109, %out_48 : i64
      linalg.yield %110, %112 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_32 = tensor.expand_shape %71#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %72 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %expanded_32 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.subf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x4x16x16xf32>
    %73 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72 : tensor<2x4x16x16xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = math.exp %in : f32
      linalg.yield %108 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = tensor.empty() : tensor<2x4x16x1xf32>
    %75 = linalg.fill ins(%cst : f32) outs(%74 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %76 = linalg.generic {indexing_maps = [#map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%73 : tensor<2x4x16x16xf32>) outs(%75 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<2x4x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73, %76 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%42 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.divf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %77 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %61 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %78 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%63 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_35 = tensor.expand_shape %78 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %79 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_36 = linalg.transpose ins(%expanded_35 : tensor<2x4x16x16xf32>) outs(%79 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_37 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%38 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_38 = tensor.collapse_shape %transposed_36 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %80 = linalg.matmul ins(%collapsed_38, %transposed_37 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%40 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_39 = tensor.expand_shape %80 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_39 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.addf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %108 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%82 : tensor<2x16x64xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.divf %in, %cst_7 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.truncf %cst_5 : f64 to f32
      %109 = arith.addf %in, %108 : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = math.rsqrt %in : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x1xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %86 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %87 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x64xf32>
    %89 = tensor.empty() : tensor<64x128xf32>
    %transposed_40 = linalg.transpose ins(%arg5 : tensor<128x64xf32>) outs(%89 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_41 = tensor.collapse_shape %88 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %90 = tensor.empty() : tensor<32x128xf32>
    %91 = linalg.fill ins(%cst : f32) outs(%90 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %92 = linalg.matmul ins(%collapsed_41, %transposed_40 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%91 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_42 = tensor.expand_shape %92 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %93 = tensor.empty() : tensor<2x16x128xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_42 : tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.negf %in : f32
      %109 = math.exp %108 : f32
      %110 = arith.addf %109, %cst_1 : f32
      %111 = arith.divf %cst_1, %110 : f32
      linalg.yield %111 : f32
    } -> tensor<2x16x128xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_42, %94 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x128xf32>
    %transposed_43 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%89 : tensor<64x128xf32>) permutation = [1, 0] 
    %96 = linalg.matmul ins(%collapsed_41, %transposed_43 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%91 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_44 = tensor.expand_shape %96 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %97 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95, %expanded_44 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%93 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x128xf32>
    %98 = tensor.empty() : tensor<128x64xf32>
    %transposed_45 = linalg.transpose ins(%arg7 : tensor<64x128xf32>) outs(%98 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_46 = tensor.collapse_shape %97 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %99 = linalg.matmul ins(%collapsed_46, %transposed_45 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%40 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_47 = tensor.expand_shape %99 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %expanded_47 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.addf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %108 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<2x16x64xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.addf %in, %out : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x1xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.divf %in, %cst_7 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = arith.truncf %cst_5 : f64 to f32
      %109 = arith.addf %in, %108 : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %108 = math.rsqrt %in : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x1xf32>
    %106 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %105 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %106 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %108 = arith.mulf %in, %in_48 : f32
      linalg.yield %108 : f32
    } -> tensor<2x16x64xf32>
    return %107 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
