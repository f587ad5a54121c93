// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [2, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "bert", "path": "turbine-iree", "shapes": "static"}
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
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<2x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<128xf32>, %arg17: tensor<64x128xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<128x64xf32>, %arg32: tensor<128xf32>, %arg33: tensor<64x128xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<2x16xi64>, %arg38: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0 = arith.constant 0 : index
    %c64 = arith.constant 64 : index
    %c128 = arith.constant 128 : index
    %c2 = arith.constant 2 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 9.99999996E-13 : f32
    %cst_8 = arith.constant dense_resource<torch_tensor_1_64_torch.int64> : tensor<1x64xi64>
    %cst_9 = arith.constant dense_resource<torch_tensor_1_64_torch.int64_1> : tensor<1x64xi64>
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 2.500000e-01 : f32
    %extracted_slice = tensor.extract_slice %cst_8[0, 0] [1, 16] [1, 1] : tensor<1x64xi64> to tensor<1x16xi64>
    %0 = tensor.empty() : tensor<1x16xi64>
    %1 = linalg.fill ins(%c0_i64 : i64) outs(%0 : tensor<1x16xi64>) -> tensor<1x16xi64>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%1 : tensor<1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %160 = arith.index_cast %in : i64 to index
      %161 = arith.cmpi slt, %160, %c64 : index
      cf.assert %161, "index must be smaller than dim size"
      %162 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %162, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_9[%c0, %160] : tensor<1x64xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x16xi64>
    %3 = tensor.empty() : tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %2 [[0, 1]] : tensor<1x16xi64> into tensor<16xi64>
    %4 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<16xi64>) outs(%3 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<2x16xi64>
    %5 = tensor.empty() : tensor<2x16x64xf32>
    %6 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg37 : tensor<2x16xi64>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %160 = arith.index_cast %in : i64 to index
      %161 = linalg.index 2 : index
      %162 = arith.cmpi slt, %160, %c128 : index
      cf.assert %162, "index must be smaller than dim size"
      %163 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %163, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%160, %161] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x16xi64>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %160 = arith.index_cast %in : i64 to index
      %161 = linalg.index 2 : index
      %162 = arith.cmpi slt, %160, %c2 : index
      cf.assert %162, "index must be smaller than dim size"
      %163 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %163, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg2[%160, %161] : tensor<2x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %8 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %7 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %9 = tensor.empty() : tensor<1x16x64xf32>
    %10 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<1x16xi64>) outs(%9 : tensor<1x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %160 = arith.index_cast %in : i64 to index
      %161 = linalg.index 2 : index
      %162 = arith.cmpi slt, %160, %c64 : index
      cf.assert %162, "index must be smaller than dim size"
      %163 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %163, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%160, %161] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<1x16x64xf32>
    %11 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %10 : tensor<2x16x64xf32>, tensor<1x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %12 = tensor.empty() : tensor<2x16x1xf32>
    %13 = linalg.fill ins(%cst : f32) outs(%12 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %14 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_10 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_12 = tensor.collapse_shape %15 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %16 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_12 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %17 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11, %16 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.subf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %18 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %17 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %19 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%18 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_10 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %cst_7 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = math.rsqrt %in : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_13 = tensor.collapse_shape %22 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_13 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %24 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17, %23 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %26 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %27 = tensor.empty() : tensor<2x16xi1>
    %28 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg38 : tensor<2x16xi64>) outs(%27 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %160 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %160 : i1
    } -> tensor<2x16xi1>
    %29 = tensor.empty() : tensor<2xi64>
    %30 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%29 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %160 = linalg.index 0 : index
      %161 = arith.index_cast %160 : index to i64
      linalg.yield %161 : i64
    } -> tensor<2xi64>
    %31 = tensor.empty() : tensor<16xi64>
    %32 = linalg.generic {indexing_maps = [#map7], iterator_types = ["parallel"]} outs(%31 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %160 = linalg.index 0 : index
      %161 = arith.index_cast %160 : index to i64
      linalg.yield %161 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %30 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_14 = tensor.expand_shape %32 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_15 = tensor.expand_shape %32 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %33 = tensor.empty() : tensor<1x1x16x1xi1>
    %34 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x1x16x1xi64>) outs(%33 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %160 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %160 : i1
    } -> tensor<1x1x16x1xi1>
    %35 = linalg.generic {indexing_maps = [#map9, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_6, %34 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%33 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_77: i1, %out: i1):
      %160 = arith.andi %in, %in_77 : i1
      linalg.yield %160 : i1
    } -> tensor<1x1x16x1xi1>
    %36 = tensor.empty() : tensor<2x1x1x16xi1>
    %37 = linalg.generic {indexing_maps = [#map10, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_15 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%36 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_77: i64, %out: i1):
      %160 = arith.cmpi slt, %in, %c0_i64 : i64
      %161 = arith.addi %in, %c2_i64 : i64
      %162 = arith.select %160, %161, %in : i64
      %163 = arith.index_cast %162 : i64 to index
      %164 = arith.cmpi slt, %in_77, %c0_i64 : i64
      %165 = arith.addi %in_77, %c16_i64 : i64
      %166 = arith.select %164, %165, %in_77 : i64
      %167 = arith.index_cast %166 : i64 to index
      %extracted = tensor.extract %28[%163, %167] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %38 = tensor.empty() : tensor<2x1x16x16xi1>
    %39 = linalg.generic {indexing_maps = [#map12, #map13, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%35, %37 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%38 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_77: i1, %out: i1):
      %160 = arith.andi %in, %in_77 : i1
      linalg.yield %160 : i1
    } -> tensor<2x1x16x16xi1>
    %40 = tensor.empty() : tensor<2x1x16x16xf32>
    %41 = linalg.generic {indexing_maps = [#map8, #map9, #map9, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%39, %cst_5, %cst_4 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%40 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_77: f32, %in_78: f32, %out: f32):
      %160 = arith.select %in, %in_77, %in_78 : f32
      linalg.yield %160 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_16 = tensor.collapse_shape %26 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %42 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %43 = tensor.empty() : tensor<32x64xf32>
    %44 = linalg.fill ins(%cst : f32) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %45 = linalg.matmul ins(%collapsed_16, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg6, %45 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x64xf32>
    %expanded_17 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %47 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_18 = linalg.transpose ins(%expanded_17 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_19 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %48 = linalg.matmul ins(%collapsed_16, %transposed_19 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %49 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg8, %48 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x64xf32>
    %expanded_20 = tensor.expand_shape %49 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_21 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %50 = linalg.matmul ins(%collapsed_16, %transposed_21 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %51 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg10, %50 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x64xf32>
    %expanded_22 = tensor.expand_shape %51 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_23 = linalg.transpose ins(%expanded_22 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_24 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_25 = tensor.collapse_shape %transposed_18 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_26 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %52 = tensor.empty() : tensor<8x16x16xf32>
    %53 = linalg.fill ins(%cst : f32) outs(%52 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %54 = linalg.batch_matmul ins(%collapsed_25, %collapsed_26 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_27 = tensor.expand_shape %54 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_27 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.mulf %in, %cst_11 : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %41 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = tensor.empty() : tensor<2x4x16xi64>
    %58 = linalg.fill ins(%c0_i64 : i64) outs(%57 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %59 = tensor.empty() : tensor<2x4x16xf32>
    %60 = linalg.fill ins(%cst_0 : f32) outs(%59 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %61:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%56 : tensor<2x4x16x16xf32>) outs(%60, %58 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_77: i64):
      %160 = linalg.index 3 : index
      %161 = arith.index_cast %160 : index to i64
      %162 = arith.maximumf %in, %out : f32
      %163 = arith.cmpf ogt, %in, %out : f32
      %164 = arith.select %163, %161, %out_77 : i64
      linalg.yield %162, %164 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_28 = tensor.expand_shape %61#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %62 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56, %expanded_28 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.subf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = math.exp %in : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x4x16x1xf32>
    %65 = linalg.fill ins(%cst : f32) outs(%64 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %66 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%65 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x1xf32>
    %67 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %66 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.divf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_29 = tensor.collapse_shape %67 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_30 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %68 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_31 = tensor.expand_shape %68 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %69 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_32 = linalg.transpose ins(%expanded_31 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_33 = tensor.collapse_shape %transposed_32 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_34 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %70 = linalg.matmul ins(%collapsed_33, %transposed_34 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %71 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg12, %70 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x64xf32>
    %expanded_35 = tensor.expand_shape %71 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %72 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_35, %26 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %73 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%72 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%73 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_10 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_36 = tensor.collapse_shape %74 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %75 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72, %75 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.subf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %77 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %76 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %78 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%77 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_10 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %cst_7 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%80 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = math.rsqrt %in : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_37 = tensor.collapse_shape %81 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %82 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_37 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76, %82 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %85 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_38 = tensor.collapse_shape %85 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %86 = tensor.empty() : tensor<64x128xf32>
    %transposed_39 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%86 : tensor<64x128xf32>) permutation = [1, 0] 
    %87 = tensor.empty() : tensor<32x128xf32>
    %88 = linalg.fill ins(%cst : f32) outs(%87 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %89 = linalg.matmul ins(%collapsed_38, %transposed_39 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%88 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg16, %89 : tensor<128xf32>, tensor<32x128xf32>) outs(%87 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x128xf32>
    %expanded_40 = tensor.expand_shape %90 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %91 = tensor.empty() : tensor<2x16x128xf32>
    %92 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_40 : tensor<2x16x128xf32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_1 : f32
      %161 = math.erf %160 : f32
      %162 = arith.addf %161, %cst_2 : f32
      %163 = arith.mulf %162, %cst_3 : f32
      %164 = arith.mulf %in, %163 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_41 = tensor.collapse_shape %92 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %93 = tensor.empty() : tensor<128x64xf32>
    %transposed_42 = linalg.transpose ins(%arg17 : tensor<64x128xf32>) outs(%93 : tensor<128x64xf32>) permutation = [1, 0] 
    %94 = linalg.matmul ins(%collapsed_41, %transposed_42 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg18, %94 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x64xf32>
    %expanded_43 = tensor.expand_shape %95 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %96 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_43, %85 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%96 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %98 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_10 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_44 = tensor.collapse_shape %98 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %99 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_44 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %99 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.subf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %100 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %103 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_10 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %cst_7 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = math.rsqrt %in : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_45 = tensor.collapse_shape %105 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %106 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_45 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %107 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %106 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %108 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %arg19 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %arg20 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_46 = tensor.collapse_shape %109 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_47 = linalg.transpose ins(%arg21 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %110 = linalg.matmul ins(%collapsed_46, %transposed_47 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg22, %110 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x64xf32>
    %expanded_48 = tensor.expand_shape %111 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_49 = linalg.transpose ins(%expanded_48 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_50 = linalg.transpose ins(%arg23 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %112 = linalg.matmul ins(%collapsed_46, %transposed_50 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg24, %112 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x64xf32>
    %expanded_51 = tensor.expand_shape %113 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_52 = linalg.transpose ins(%arg25 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %114 = linalg.matmul ins(%collapsed_46, %transposed_52 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg26, %114 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x64xf32>
    %expanded_53 = tensor.expand_shape %115 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_54 = linalg.transpose ins(%expanded_53 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_55 = linalg.transpose ins(%expanded_51 : tensor<2x16x4x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_56 = tensor.collapse_shape %transposed_49 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_57 = tensor.collapse_shape %transposed_55 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %116 = linalg.batch_matmul ins(%collapsed_56, %collapsed_57 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_58 = tensor.expand_shape %116 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %117 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_58 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.mulf %in, %cst_11 : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x16xf32>
    %118 = linalg.generic {indexing_maps = [#map8, #map14, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%117, %41 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x16xf32>
    %119:2 = linalg.generic {indexing_maps = [#map8, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%118 : tensor<2x4x16x16xf32>) outs(%60, %58 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_77: i64):
      %160 = linalg.index 3 : index
      %161 = arith.index_cast %160 : index to i64
      %162 = arith.maximumf %in, %out : f32
      %163 = arith.cmpf ogt, %in, %out : f32
      %164 = arith.select %163, %161, %out_77 : i64
      linalg.yield %162, %164 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_59 = tensor.expand_shape %119#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%118, %expanded_59 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.subf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x16xf32>
    %121 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%120 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = math.exp %in : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x16xf32>
    %122 = linalg.generic {indexing_maps = [#map8, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%121 : tensor<2x4x16x16xf32>) outs(%65 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x1xf32>
    %123 = linalg.generic {indexing_maps = [#map8, #map16, #map8], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%121, %122 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%47 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.divf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_60 = tensor.collapse_shape %123 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_61 = tensor.collapse_shape %transposed_54 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %124 = linalg.batch_matmul ins(%collapsed_60, %collapsed_61 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%53 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_62 = tensor.expand_shape %124 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_63 = linalg.transpose ins(%expanded_62 : tensor<2x4x16x16xf32>) outs(%69 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_64 = tensor.collapse_shape %transposed_63 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %transposed_65 = linalg.transpose ins(%arg27 : tensor<64x64xf32>) outs(%42 : tensor<64x64xf32>) permutation = [1, 0] 
    %125 = linalg.matmul ins(%collapsed_64, %transposed_65 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg28, %125 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x64xf32>
    %expanded_66 = tensor.expand_shape %126 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_66, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%127 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_10 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_67 = tensor.collapse_shape %129 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %130 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_67 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %131 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %130 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.subf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %131 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%132 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %134 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_10 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %135 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %cst_7 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %136 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = math.rsqrt %in : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_68 = tensor.collapse_shape %136 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %137 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_68 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %138 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %137 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %139 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138, %arg29 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %140 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%139, %arg30 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %collapsed_69 = tensor.collapse_shape %140 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %transposed_70 = linalg.transpose ins(%arg31 : tensor<128x64xf32>) outs(%86 : tensor<64x128xf32>) permutation = [1, 0] 
    %141 = linalg.matmul ins(%collapsed_69, %transposed_70 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%88 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg32, %141 : tensor<128xf32>, tensor<32x128xf32>) outs(%87 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x128xf32>
    %expanded_71 = tensor.expand_shape %142 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %143 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_71 : tensor<2x16x128xf32>) outs(%91 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_1 : f32
      %161 = math.erf %160 : f32
      %162 = arith.addf %161, %cst_2 : f32
      %163 = arith.mulf %162, %cst_3 : f32
      %164 = arith.mulf %in, %163 : f32
      linalg.yield %164 : f32
    } -> tensor<2x16x128xf32>
    %collapsed_72 = tensor.collapse_shape %143 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %transposed_73 = linalg.transpose ins(%arg33 : tensor<64x128xf32>) outs(%93 : tensor<128x64xf32>) permutation = [1, 0] 
    %144 = linalg.matmul ins(%collapsed_72, %transposed_73 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%44 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %145 = linalg.generic {indexing_maps = [#map1, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg34, %144 : tensor<64xf32>, tensor<32x64xf32>) outs(%43 : tensor<32x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<32x64xf32>
    %expanded_74 = tensor.expand_shape %145 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %146 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_74, %140 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %147 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%146 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %148 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_10 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_75 = tensor.collapse_shape %148 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %149 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_75 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %150 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%146, %149 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.subf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %150 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map3, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%151 : tensor<2x16x64xf32>) outs(%13 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %out : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %153 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.divf %in, %cst_10 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %154 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = arith.addf %in, %cst_7 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %160 = math.rsqrt %in : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_76 = tensor.collapse_shape %155 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %156 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_76 : tensor<2x16xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %156 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %158 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %arg35 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.mulf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    %159 = linalg.generic {indexing_maps = [#map3, #map6, #map3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %arg36 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%5 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_77: f32, %out: f32):
      %160 = arith.addf %in, %in_77 : f32
      linalg.yield %160 : f32
    } -> tensor<2x16x64xf32>
    return %159 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_64_torch.int64: "0x0800000000000000000000000100000000000000020000000000000003000000000000000400000000000000050000000000000006000000000000000700000000000000080000000000000009000000000000000A000000000000000B000000000000000C000000000000000D000000000000000E000000000000000F0000000000000010000000000000001100000000000000120000000000000013000000000000001400000000000000150000000000000016000000000000001700000000000000180000000000000019000000000000001A000000000000001B000000000000001C000000000000001D000000000000001E000000000000001F0000000000000020000000000000002100000000000000220000000000000023000000000000002400000000000000250000000000000026000000000000002700000000000000280000000000000029000000000000002A000000000000002B000000000000002C000000000000002D000000000000002E000000000000002F0000000000000030000000000000003100000000000000320000000000000033000000000000003400000000000000350000000000000036000000000000003700000000000000380000000000000039000000000000003A000000000000003B000000000000003C000000000000003D000000000000003E000000000000003F00000000000000",
      torch_tensor_1_64_torch.int64_1: "0x080000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}

