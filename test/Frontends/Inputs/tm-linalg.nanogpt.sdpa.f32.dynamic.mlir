// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "nanogpt", "path": "tm-linalg", "shapes": "dynamic"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map6 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map7 = affine_map<(d0, d1, d2) -> (d2)>
#map8 = affine_map<(d0, d1) -> (d1)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map10 = affine_map<(d0, d1) -> ()>
#map11 = affine_map<(d0, d1) -> (0, d1)>
#map12 = affine_map<(d0, d1) -> (d0, 0)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map16 = affine_map<(d0, d1, d2, d3) -> ()>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<192x64xf32>, %arg13: tensor<192xf32>, %arg14: tensor<192x64xf32>, %arg15: tensor<192xf32>, %arg16: tensor<64x64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64x64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<256x64xf32>, %arg21: tensor<256xf32>, %arg22: tensor<256x64xf32>, %arg23: tensor<256xf32>, %arg24: tensor<64x256xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x256xf32>, %arg27: tensor<64xf32>, %arg28: tensor<?x?xi64>) -> tensor<?x?x64xf32> {
    %c192_i64 = arith.constant 192 : i64
    %c64_i64 = arith.constant 64 : i64
    %c1_i64 = arith.constant 1 : i64
    %c0_i64 = arith.constant 0 : i64
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    %c0 = arith.constant 0 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %c4_i64 = arith.constant 4 : i64
    %c16_i64 = arith.constant 16 : i64
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %c256_i64 = arith.constant 256 : i64
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_5 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_6 = arith.constant dense<true> : tensor<i1>
    %cst_7 = arith.constant 0xFFF0000000000000 : f64
    %cst_8 = arith.constant 1.000000e-05 : f64
    %cst_9 = arith.constant 6.400000e+01 : f64
    %cst_10 = arith.constant 6.400000e+01 : f32
    %cst_11 = arith.constant 1.41421354 : f32
    %dim = tensor.dim %arg28, %c0 : tensor<?x?xi64>
    %0 = arith.index_cast %dim : index to i64
    %dim_12 = tensor.dim %arg28, %c1 : tensor<?x?xi64>
    %1 = arith.index_cast %dim_12 : index to i64
    %2 = tensor.empty(%dim, %dim_12) : tensor<?x?x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg28 : tensor<?x?xi64>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %349 = arith.index_cast %in : i64 to index
      %350 = linalg.index 2 : index
      %351 = arith.cmpi slt, %349, %c128 : index
      cf.assert %351, "index must be smaller than dim size"
      %352 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %352, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%349, %350] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x?x64xf32>
    %4 = tensor.empty(%dim_12) : tensor<?xi64>
    %5 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%4 : tensor<?xi64>) {
    ^bb0(%out: i64):
      %349 = linalg.index 0 : index
      %350 = arith.index_cast %349 : index to i64
      linalg.yield %350 : i64
    } -> tensor<?xi64>
    %6 = tensor.empty(%dim_12) : tensor<?x64xf32>
    %7 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<?xi64>) outs(%6 : tensor<?x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %349 = arith.index_cast %in : i64 to index
      %350 = linalg.index 1 : index
      %351 = arith.cmpi slt, %349, %c64 : index
      cf.assert %351, "index must be smaller than dim size"
      %352 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %352, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%349, %350] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3, %7 : tensor<?x?x64xf32>, tensor<?x64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %9 = tensor.empty(%dim, %dim_12) : tensor<?x?x64xf64>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<?x?x64xf32>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %349 = arith.extf %in : f32 to f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %11 = tensor.empty(%dim, %dim_12) : tensor<?x?x1xf64>
    %12 = linalg.fill ins(%cst : f64) outs(%11 : tensor<?x?x1xf64>) -> tensor<?x?x1xf64>
    %13 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.addf %in, %out : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.divf %in, %cst_9 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %15 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %14 : tensor<?x?x64xf64>, tensor<?x?x1xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_83: f64, %out: f64):
      %349 = arith.subf %in, %in_83 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %16 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %15 : tensor<?x?x64xf64>, tensor<?x?x64xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_83: f64, %out: f64):
      %349 = arith.mulf %in, %in_83 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %17 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%16 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.addf %in, %out : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.divf %in, %cst_9 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %19 = tensor.empty(%dim, %dim_12) : tensor<?x?x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<?x?x1xf64>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %349 = arith.truncf %in : f64 to f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %21 = linalg.fill ins(%cst_0 : f32) outs(%19 : tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<?x?x64xf32>) outs(%21 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.addf %in, %out : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.divf %in, %cst_10 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.truncf %cst_8 : f64 to f32
      %350 = arith.addf %in, %349 : f32
      linalg.yield %350 : f32
    } -> tensor<?x?x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = math.rsqrt %in : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %23 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.subf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %27 = tensor.empty(%dim) : tensor<?x1x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %25 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.mulf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %arg2 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.mulf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %arg3 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %collapsed = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<?x1x64xf32> into tensor<?x64xf32>
    %31 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg12 : tensor<192x64xf32>) outs(%31 : tensor<64x192xf32>) permutation = [1, 0] 
    %32 = tensor.empty(%dim) : tensor<?x192xf32>
    %33 = linalg.fill ins(%cst_0 : f32) outs(%32 : tensor<?x192xf32>) -> tensor<?x192xf32>
    %34 = linalg.matmul ins(%collapsed, %transposed : tensor<?x64xf32>, tensor<64x192xf32>) outs(%33 : tensor<?x192xf32>) -> tensor<?x192xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%34, %arg13 : tensor<?x192xf32>, tensor<192xf32>) outs(%32 : tensor<?x192xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x192xf32>
    %36 = arith.cmpi slt, %0, %c0_i64 : i64
    %37 = arith.select %36, %c1_i64, %0 : i64
    %38 = arith.extui %36 : i1 to i64
    %39 = arith.muli %37, %1 : i64
    %40 = arith.addi %38, %c1_i64 : i64
    %41 = arith.cmpi slt, %1, %c0_i64 : i64
    %42 = arith.select %41, %37, %39 : i64
    %43 = arith.select %41, %40, %38 : i64
    %44 = arith.muli %42, %c192_i64 : i64
    %45 = arith.cmpi sle, %43, %c1_i64 : i64
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %46 = arith.muli %0, %c192_i64 : i64
    %47 = arith.divsi %46, %44 : i64
    %48 = arith.select %36, %47, %0 : i64
    %49 = arith.select %41, %47, %1 : i64
    %from_elements = tensor.from_elements %48, %49, %c192_i64 : tensor<3xi64>
    %reshape = tensor.reshape %35(%from_elements) : (tensor<?x192xf32>, tensor<3xi64>) -> tensor<?x?x192xf32>
    %50 = arith.index_cast %48 : i64 to index
    %51 = arith.index_cast %49 : i64 to index
    %extracted_slice = tensor.extract_slice %reshape[0, 0, 0] [%50, %51, 64] [1, 1, 1] : tensor<?x?x192xf32> to tensor<?x?x64xf32>
    %extracted_slice_13 = tensor.extract_slice %reshape[0, 0, 64] [%50, %51, 64] [1, 1, 1] : tensor<?x?x192xf32> to tensor<?x?x64xf32>
    %extracted_slice_14 = tensor.extract_slice %reshape[0, 0, 128] [%50, %51, 64] [1, 1, 1] : tensor<?x?x192xf32> to tensor<?x?x64xf32>
    %52 = arith.muli %42, %c64_i64 : i64
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %53 = arith.muli %48, %49 : i64
    %54 = arith.muli %53, %c64_i64 : i64
    %55 = arith.divsi %54, %52 : i64
    %56 = arith.select %36, %55, %0 : i64
    %57 = arith.select %41, %55, %1 : i64
    %from_elements_15 = tensor.from_elements %56, %57, %c4_i64, %c16_i64 : tensor<4xi64>
    %reshape_16 = tensor.reshape %extracted_slice(%from_elements_15) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    %58 = arith.index_cast %56 : i64 to index
    %59 = arith.index_cast %57 : i64 to index
    %60 = tensor.empty(%58, %59) : tensor<?x4x?x16xf32>
    %transposed_17 = linalg.transpose ins(%reshape_16 : tensor<?x?x4x16xf32>) outs(%60 : tensor<?x4x?x16xf32>) permutation = [0, 2, 1, 3] 
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_18 = tensor.reshape %extracted_slice_13(%from_elements_15) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_19 = tensor.reshape %extracted_slice_14(%from_elements_15) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    %transposed_20 = linalg.transpose ins(%reshape_19 : tensor<?x?x4x16xf32>) outs(%60 : tensor<?x4x?x16xf32>) permutation = [0, 2, 1, 3] 
    %61 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_17 : tensor<?x4x?x16xf32>) outs(%60 : tensor<?x4x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.mulf %in, %cst_3 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x16xf32>
    %62 = arith.cmpi sge, %1, %c0_i64 : i64
    cf.assert %62, "negative values not allowed in new dimensions"
    cf.assert %62, "negative values not allowed in new dimensions"
    %63 = tensor.empty(%dim_12, %dim_12) : tensor<?x?xi1>
    %64 = linalg.generic {indexing_maps = [#map10, #map4], iterator_types = ["parallel", "parallel"]} ins(%cst_6 : tensor<i1>) outs(%63 : tensor<?x?xi1>) {
    ^bb0(%in: i1, %out: i1):
      linalg.yield %in : i1
    } -> tensor<?x?xi1>
    %expanded = tensor.expand_shape %5 [[0, 1]] output_shape [1, %dim_12] : tensor<?xi64> into tensor<1x?xi64>
    %expanded_21 = tensor.expand_shape %5 [[0, 1]] output_shape [%dim_12, 1] : tensor<?xi64> into tensor<?x1xi64>
    %65 = tensor.empty(%dim_12, %dim_12) : tensor<?x?xi64>
    %66 = linalg.generic {indexing_maps = [#map11, #map12, #map4], iterator_types = ["parallel", "parallel"]} ins(%expanded, %expanded_21 : tensor<1x?xi64>, tensor<?x1xi64>) outs(%65 : tensor<?x?xi64>) {
    ^bb0(%in: i64, %in_83: i64, %out: i64):
      %349 = arith.subi %in, %in_83 : i64
      linalg.yield %349 : i64
    } -> tensor<?x?xi64>
    %67 = tensor.empty(%dim_12, %dim_12) : tensor<?x?xi1>
    %68 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%66 : tensor<?x?xi64>) outs(%67 : tensor<?x?xi1>) {
    ^bb0(%in: i64, %out: i1):
      %349 = arith.cmpi sle, %in, %c0_i64 : i64
      linalg.yield %349 : i1
    } -> tensor<?x?xi1>
    cf.assert %true, "mismatched size for broadcast"
    cf.assert %true, "mismatched size for broadcast"
    %69 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%68, %64 : tensor<?x?xi1>, tensor<?x?xi1>) outs(%67 : tensor<?x?xi1>) {
    ^bb0(%in: i1, %in_83: i1, %out: i1):
      %349 = arith.andi %in, %in_83 : i1
      linalg.yield %349 : i1
    } -> tensor<?x?xi1>
    %70 = tensor.empty(%dim_12, %dim_12) : tensor<?x?xf32>
    %71 = linalg.generic {indexing_maps = [#map4, #map10, #map10, #map4], iterator_types = ["parallel", "parallel"]} ins(%69, %cst_4, %cst_5 : tensor<?x?xi1>, tensor<f32>, tensor<f32>) outs(%70 : tensor<?x?xf32>) {
    ^bb0(%in: i1, %in_83: f32, %in_84: f32, %out: f32):
      %349 = arith.select %in, %in_83, %in_84 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?xf32>
    %72 = tensor.empty(%58, %59) : tensor<?x4x16x?xf32>
    %transposed_22 = linalg.transpose ins(%reshape_18 : tensor<?x?x4x16xf32>) outs(%72 : tensor<?x4x16x?xf32>) permutation = [0, 2, 3, 1] 
    %73 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_22 : tensor<?x4x16x?xf32>) outs(%72 : tensor<?x4x16x?xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.mulf %in, %cst_3 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x16x?xf32>
    %74 = arith.muli %0, %c4_i64 : i64
    %75 = arith.cmpi sge, %0, %c0_i64 : i64
    cf.assert %75, "unimplemented: dynamic negative broadcast sizes"
    %76 = arith.cmpi sge, %1, %c0_i64 : i64
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    %77 = tensor.empty(%dim, %dim_12) : tensor<?x4x?x16xf32>
    %78 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%77 : tensor<?x4x?x16xf32>) {
    ^bb0(%out: f32):
      %349 = linalg.index 0 : index
      %350 = linalg.index 1 : index
      %351 = linalg.index 2 : index
      %352 = linalg.index 3 : index
      %353 = arith.cmpi eq, %58, %c1 : index
      %354 = arith.select %353, %c0, %349 : index
      %355 = arith.cmpi eq, %59, %c1 : index
      %356 = arith.select %355, %c0, %351 : index
      %extracted = tensor.extract %61[%354, %350, %356, %352] : tensor<?x4x?x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x16xf32>
    %79 = arith.cmpi slt, %74, %c0_i64 : i64
    %80 = arith.select %79, %c1_i64, %74 : i64
    %81 = arith.extui %79 : i1 to i64
    %82 = arith.muli %80, %1 : i64
    %83 = arith.addi %81, %c1_i64 : i64
    %84 = arith.select %41, %80, %82 : i64
    %85 = arith.select %41, %83, %81 : i64
    %86 = arith.muli %84, %c16_i64 : i64
    %87 = arith.cmpi sle, %85, %c1_i64 : i64
    cf.assert %87, "must have at most one inferred (negative) dimension"
    %88 = arith.muli %74, %1 : i64
    %89 = arith.muli %88, %c16_i64 : i64
    %90 = arith.divsi %89, %86 : i64
    %91 = arith.select %79, %90, %74 : i64
    %92 = arith.select %41, %90, %1 : i64
    %from_elements_23 = tensor.from_elements %91, %92, %c16_i64 : tensor<3xi64>
    %reshape_24 = tensor.reshape %78(%from_elements_23) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
    cf.assert %75, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    %93 = tensor.empty(%dim, %dim_12) : tensor<?x4x16x?xf32>
    %94 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%93 : tensor<?x4x16x?xf32>) {
    ^bb0(%out: f32):
      %349 = linalg.index 0 : index
      %350 = linalg.index 1 : index
      %351 = linalg.index 2 : index
      %352 = linalg.index 3 : index
      %353 = arith.cmpi eq, %58, %c1 : index
      %354 = arith.select %353, %c0, %349 : index
      %355 = arith.cmpi eq, %59, %c1 : index
      %356 = arith.select %355, %c0, %352 : index
      %extracted = tensor.extract %73[%354, %350, %351, %356] : tensor<?x4x16x?xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x?xf32>
    %95 = arith.muli %80, %c16_i64 : i64
    %96 = arith.muli %95, %1 : i64
    %97 = arith.select %41, %95, %96 : i64
    cf.assert %87, "must have at most one inferred (negative) dimension"
    %98 = arith.muli %0, %c64_i64 : i64
    %99 = arith.muli %98, %1 : i64
    %100 = arith.divsi %99, %97 : i64
    %101 = arith.select %79, %100, %74 : i64
    %102 = arith.select %41, %100, %1 : i64
    %from_elements_25 = tensor.from_elements %101, %c16_i64, %102 : tensor<3xi64>
    %reshape_26 = tensor.reshape %94(%from_elements_25) : (tensor<?x4x16x?xf32>, tensor<3xi64>) -> tensor<?x16x?xf32>
    %103 = arith.index_cast %91 : i64 to index
    %104 = arith.index_cast %92 : i64 to index
    %105 = arith.index_cast %102 : i64 to index
    %106 = arith.cmpi eq, %91, %101 : i64
    cf.assert %106, "mismatching contracting dimension"
    %107 = tensor.empty(%103, %104, %105) : tensor<?x?x?xf32>
    %108 = linalg.fill ins(%cst_0 : f32) outs(%107 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    %109 = linalg.batch_matmul ins(%reshape_24, %reshape_26 : tensor<?x?x16xf32>, tensor<?x16x?xf32>) outs(%108 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    %110 = arith.muli %37, %c4_i64 : i64
    %111 = arith.muli %110, %1 : i64
    %112 = arith.select %41, %110, %111 : i64
    %113 = arith.muli %112, %1 : i64
    %114 = arith.addi %43, %c1_i64 : i64
    %115 = arith.select %41, %110, %113 : i64
    %116 = arith.select %41, %114, %38 : i64
    %117 = arith.cmpi sle, %116, %c1_i64 : i64
    cf.assert %117, "must have at most one inferred (negative) dimension"
    %118 = arith.muli %91, %92 : i64
    %119 = arith.muli %118, %102 : i64
    %120 = arith.divsi %119, %115 : i64
    %121 = arith.select %36, %120, %0 : i64
    %122 = arith.select %41, %120, %1 : i64
    %from_elements_27 = tensor.from_elements %121, %c4_i64, %122, %122 : tensor<4xi64>
    %reshape_28 = tensor.reshape %109(%from_elements_27) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
    %123 = arith.index_cast %121 : i64 to index
    %124 = arith.index_cast %122 : i64 to index
    %125 = arith.cmpi eq, %124, %dim_12 : index
    cf.assert %125, "mismatched size for broadcast"
    cf.assert %125, "mismatched size for broadcast"
    %126 = tensor.empty(%123, %124, %124) : tensor<?x4x?x?xf32>
    %127 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%reshape_28, %71 : tensor<?x4x?x?xf32>, tensor<?x?xf32>) outs(%126 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x?xf32>
    %128 = tensor.empty(%123, %124) : tensor<?x4x?xi64>
    %129 = linalg.fill ins(%c0_i64 : i64) outs(%128 : tensor<?x4x?xi64>) -> tensor<?x4x?xi64>
    %130 = tensor.empty(%123, %124) : tensor<?x4x?xf32>
    %131 = linalg.fill ins(%cst_1 : f32) outs(%130 : tensor<?x4x?xf32>) -> tensor<?x4x?xf32>
    %132:2 = linalg.generic {indexing_maps = [#map9, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%127 : tensor<?x4x?x?xf32>) outs(%131, %129 : tensor<?x4x?xf32>, tensor<?x4x?xi64>) {
    ^bb0(%in: f32, %out: f32, %out_83: i64):
      %349 = linalg.index 3 : index
      %350 = arith.index_cast %349 : index to i64
      %351 = arith.maximumf %in, %out : f32
      %352 = arith.cmpf ogt, %in, %out : f32
      %353 = arith.select %352, %350, %out_83 : i64
      linalg.yield %351, %353 : f32, i64
    } -> (tensor<?x4x?xf32>, tensor<?x4x?xi64>)
    %expanded_29 = tensor.expand_shape %132#0 [[0], [1], [2, 3]] output_shape [%123, 4, %124, 1] : tensor<?x4x?xf32> into tensor<?x4x?x1xf32>
    %133 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%127, %expanded_29 : tensor<?x4x?x?xf32>, tensor<?x4x?x1xf32>) outs(%126 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.subf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x?xf32>
    %134 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%133 : tensor<?x4x?x?xf32>) outs(%126 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = math.exp %in : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x?xf32>
    %135 = tensor.empty(%123, %124) : tensor<?x4x?x1xf32>
    %136 = linalg.fill ins(%cst_0 : f32) outs(%135 : tensor<?x4x?x1xf32>) -> tensor<?x4x?x1xf32>
    %137 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%134 : tensor<?x4x?x?xf32>) outs(%136 : tensor<?x4x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.addf %in, %out : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x1xf32>
    %138 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%134, %137 : tensor<?x4x?x?xf32>, tensor<?x4x?x1xf32>) outs(%126 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.divf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x?xf32>
    %139 = tensor.empty(%123, %124, %124) : tensor<?x4x?x?xi1>
    %140 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%127 : tensor<?x4x?x?xf32>) outs(%139 : tensor<?x4x?x?xi1>) {
    ^bb0(%in: f32, %out: i1):
      %349 = arith.extf %in : f32 to f64
      %350 = arith.cmpf oeq, %349, %cst_7 : f64
      linalg.yield %350 : i1
    } -> tensor<?x4x?x?xi1>
    %141 = tensor.empty(%123, %124) : tensor<?x4x?x1xi1>
    %142 = linalg.fill ins(%true : i1) outs(%141 : tensor<?x4x?x1xi1>) -> tensor<?x4x?x1xi1>
    %143 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%140 : tensor<?x4x?x?xi1>) outs(%142 : tensor<?x4x?x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %349 = arith.andi %in, %out : i1
      linalg.yield %349 : i1
    } -> tensor<?x4x?x1xi1>
    %144 = arith.cmpi sge, %121, %c0_i64 : i64
    cf.assert %144, "negative values not allowed in new dimensions"
    %145 = arith.index_cast %121 : i64 to index
    %146 = arith.cmpi sge, %122, %c0_i64 : i64
    cf.assert %146, "negative values not allowed in new dimensions"
    %147 = arith.index_cast %122 : i64 to index
    cf.assert %146, "negative values not allowed in new dimensions"
    %148 = tensor.empty(%145, %147, %147) : tensor<?x4x?x?xf32>
    %149 = linalg.generic {indexing_maps = [#map16, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4 : tensor<f32>) outs(%148 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<?x4x?x?xf32>
    %150 = arith.cmpi eq, %123, %145 : index
    cf.assert %150, "mismatched size for broadcast"
    %151 = arith.cmpi eq, %124, %147 : index
    cf.assert %151, "mismatched size for broadcast"
    %152 = arith.cmpi eq, %147, %124 : index
    cf.assert %152, "mismatched size for broadcast"
    %153 = tensor.empty(%123, %124, %147) : tensor<?x4x?x?xf32>
    %154 = linalg.generic {indexing_maps = [#map15, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143, %149, %138 : tensor<?x4x?x1xi1>, tensor<?x4x?x?xf32>, tensor<?x4x?x?xf32>) outs(%153 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: i1, %in_83: f32, %in_84: f32, %out: f32):
      %349 = arith.select %in, %in_83, %in_84 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x?xf32>
    cf.assert %75, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    %155 = tensor.empty(%dim, %dim_12, %dim_12) : tensor<?x4x?x?xf32>
    %156 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%155 : tensor<?x4x?x?xf32>) {
    ^bb0(%out: f32):
      %349 = linalg.index 0 : index
      %350 = linalg.index 1 : index
      %351 = linalg.index 2 : index
      %352 = linalg.index 3 : index
      %353 = arith.cmpi eq, %123, %c1 : index
      %354 = arith.select %353, %c0, %349 : index
      %355 = arith.cmpi eq, %124, %c1 : index
      %356 = arith.select %355, %c0, %351 : index
      %357 = arith.cmpi eq, %147, %c1 : index
      %358 = arith.select %357, %c0, %352 : index
      %extracted = tensor.extract %154[%354, %350, %356, %358] : tensor<?x4x?x?xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x?xf32>
    %157 = arith.muli %84, %1 : i64
    %158 = arith.addi %85, %c1_i64 : i64
    %159 = arith.select %41, %80, %157 : i64
    %160 = arith.select %41, %158, %81 : i64
    %161 = arith.cmpi sle, %160, %c1_i64 : i64
    cf.assert %161, "must have at most one inferred (negative) dimension"
    %162 = arith.muli %88, %1 : i64
    %163 = arith.divsi %162, %159 : i64
    %164 = arith.select %79, %163, %74 : i64
    %165 = arith.select %41, %163, %1 : i64
    %from_elements_30 = tensor.from_elements %164, %165, %165 : tensor<3xi64>
    %reshape_31 = tensor.reshape %156(%from_elements_30) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
    cf.assert %75, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    %166 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%77 : tensor<?x4x?x16xf32>) {
    ^bb0(%out: f32):
      %349 = linalg.index 0 : index
      %350 = linalg.index 1 : index
      %351 = linalg.index 2 : index
      %352 = linalg.index 3 : index
      %353 = arith.cmpi eq, %58, %c1 : index
      %354 = arith.select %353, %c0, %349 : index
      %355 = arith.cmpi eq, %59, %c1 : index
      %356 = arith.select %355, %c0, %351 : index
      %extracted = tensor.extract %transposed_20[%354, %350, %356, %352] : tensor<?x4x?x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x16xf32>
    cf.assert %87, "must have at most one inferred (negative) dimension"
    %reshape_32 = tensor.reshape %166(%from_elements_23) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
    %167 = arith.index_cast %164 : i64 to index
    %168 = arith.index_cast %165 : i64 to index
    %169 = arith.cmpi eq, %164, %91 : i64
    cf.assert %169, "mismatching contracting dimension"
    %170 = arith.cmpi eq, %165, %92 : i64
    cf.assert %170, "mismatching contracting dimension"
    %171 = tensor.empty(%167, %168) : tensor<?x?x16xf32>
    %172 = linalg.fill ins(%cst_0 : f32) outs(%171 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
    %173 = linalg.batch_matmul ins(%reshape_31, %reshape_32 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%172 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
    %174 = arith.muli %112, %c16_i64 : i64
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %175 = arith.muli %164, %165 : i64
    %176 = arith.muli %175, %c16_i64 : i64
    %177 = arith.divsi %176, %174 : i64
    %178 = arith.select %36, %177, %0 : i64
    %179 = arith.select %41, %177, %1 : i64
    %from_elements_33 = tensor.from_elements %178, %c4_i64, %179, %c16_i64 : tensor<4xi64>
    %reshape_34 = tensor.reshape %173(%from_elements_33) : (tensor<?x?x16xf32>, tensor<4xi64>) -> tensor<?x4x?x16xf32>
    %180 = arith.index_cast %178 : i64 to index
    %181 = arith.index_cast %179 : i64 to index
    %182 = tensor.empty(%180, %181) : tensor<?x?x4x16xf32>
    %transposed_35 = linalg.transpose ins(%reshape_34 : tensor<?x4x?x16xf32>) outs(%182 : tensor<?x?x4x16xf32>) permutation = [0, 2, 1, 3] 
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %183 = arith.muli %178, %179 : i64
    %184 = arith.muli %183, %c64_i64 : i64
    %185 = arith.divsi %184, %52 : i64
    %186 = arith.select %36, %185, %0 : i64
    %187 = arith.select %41, %185, %1 : i64
    %from_elements_36 = tensor.from_elements %186, %187, %c64_i64 : tensor<3xi64>
    %reshape_37 = tensor.reshape %transposed_35(%from_elements_36) : (tensor<?x?x4x16xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %188 = tensor.empty() : tensor<64x64xf32>
    %transposed_38 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%188 : tensor<64x64xf32>) permutation = [1, 0] 
    cf.assert %75, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    %189 = tensor.empty(%dim, %dim_12) : tensor<?x?x64xf32>
    %190 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel", "parallel", "parallel"]} outs(%189 : tensor<?x?x64xf32>) {
    ^bb0(%out: f32):
      %349 = linalg.index 0 : index
      %350 = linalg.index 1 : index
      %351 = linalg.index 2 : index
      %352 = arith.index_cast %186 : i64 to index
      %353 = arith.cmpi eq, %352, %c1 : index
      %354 = arith.select %353, %c0, %349 : index
      %355 = arith.index_cast %187 : i64 to index
      %356 = arith.cmpi eq, %355, %c1 : index
      %357 = arith.select %356, %c0, %350 : index
      %extracted = tensor.extract %reshape_37[%354, %357, %351] : tensor<?x?x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %191 = arith.muli %0, %1 : i64
    %192 = arith.muli %191, %c64_i64 : i64
    %193 = arith.divsi %192, %52 : i64
    %194 = arith.select %36, %193, %0 : i64
    %195 = arith.select %41, %193, %1 : i64
    %from_elements_39 = tensor.from_elements %194, %195, %c64_i64 : tensor<3xi64>
    %reshape_40 = tensor.reshape %190(%from_elements_39) : (tensor<?x?x64xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    cf.assert %75, "negative values not allowed in new dimensions"
    %196 = tensor.empty(%dim) : tensor<?x64x64xf32>
    %197 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_38 : tensor<64x64xf32>) outs(%196 : tensor<?x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<?x64x64xf32>
    %198 = arith.index_cast %194 : i64 to index
    %199 = arith.index_cast %195 : i64 to index
    %200 = arith.cmpi eq, %194, %0 : i64
    cf.assert %200, "mismatching contracting dimension"
    %201 = tensor.empty(%198, %199) : tensor<?x?x64xf32>
    %202 = linalg.fill ins(%cst_0 : f32) outs(%201 : tensor<?x?x64xf32>) -> tensor<?x?x64xf32>
    %203 = linalg.batch_matmul ins(%reshape_40, %197 : tensor<?x?x64xf32>, tensor<?x64x64xf32>) outs(%202 : tensor<?x?x64xf32>) -> tensor<?x?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %204 = arith.muli %194, %195 : i64
    %205 = arith.muli %204, %c64_i64 : i64
    %206 = arith.divsi %205, %52 : i64
    %207 = arith.select %36, %206, %0 : i64
    %208 = arith.select %41, %206, %1 : i64
    %from_elements_41 = tensor.from_elements %207, %208, %c64_i64 : tensor<3xi64>
    %reshape_42 = tensor.reshape %203(%from_elements_41) : (tensor<?x?x64xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %209 = arith.index_cast %207 : i64 to index
    %210 = arith.index_cast %208 : i64 to index
    %211 = tensor.empty(%209, %210) : tensor<?x?x64xf32>
    %212 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%reshape_42, %arg17 : tensor<?x?x64xf32>, tensor<64xf32>) outs(%211 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %213 = arith.cmpi eq, %dim, %209 : index
    cf.assert %213, "mismatched size for broadcast"
    %214 = arith.cmpi eq, %dim_12, %210 : index
    cf.assert %214, "mismatched size for broadcast"
    %215 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %212 : tensor<?x?x64xf32>, tensor<?x?x64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %216 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215 : tensor<?x?x64xf32>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %349 = arith.extf %in : f32 to f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %217 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%216 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.addf %in, %out : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %218 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.divf %in, %cst_9 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %219 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%216, %218 : tensor<?x?x64xf64>, tensor<?x?x1xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_83: f64, %out: f64):
      %349 = arith.subf %in, %in_83 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %220 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%219, %219 : tensor<?x?x64xf64>, tensor<?x?x64xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_83: f64, %out: f64):
      %349 = arith.mulf %in, %in_83 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %221 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%220 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.addf %in, %out : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %222 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.divf %in, %cst_9 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %223 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%222 : tensor<?x?x1xf64>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %349 = arith.truncf %in : f64 to f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %224 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%215 : tensor<?x?x64xf32>) outs(%21 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.addf %in, %out : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %225 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.divf %in, %cst_10 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %226 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.truncf %cst_8 : f64 to f32
      %350 = arith.addf %in, %349 : f32
      linalg.yield %350 : f32
    } -> tensor<?x?x1xf32>
    %227 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%226 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = math.rsqrt %in : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %228 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215, %225 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.subf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %229 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228, %227 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.mulf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %230 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229, %arg4 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.mulf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %231 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%230, %arg5 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %collapsed_43 = tensor.collapse_shape %231 [[0], [1, 2]] : tensor<?x1x64xf32> into tensor<?x64xf32>
    %232 = tensor.empty() : tensor<64x256xf32>
    %transposed_44 = linalg.transpose ins(%arg20 : tensor<256x64xf32>) outs(%232 : tensor<64x256xf32>) permutation = [1, 0] 
    %233 = tensor.empty(%dim) : tensor<?x256xf32>
    %234 = linalg.fill ins(%cst_0 : f32) outs(%233 : tensor<?x256xf32>) -> tensor<?x256xf32>
    %235 = linalg.matmul ins(%collapsed_43, %transposed_44 : tensor<?x64xf32>, tensor<64x256xf32>) outs(%234 : tensor<?x256xf32>) -> tensor<?x256xf32>
    %236 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%235, %arg21 : tensor<?x256xf32>, tensor<256xf32>) outs(%233 : tensor<?x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x256xf32>
    %237 = arith.muli %42, %c256_i64 : i64
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %238 = arith.muli %0, %c256_i64 : i64
    %239 = arith.divsi %238, %237 : i64
    %240 = arith.select %36, %239, %0 : i64
    %241 = arith.select %41, %239, %1 : i64
    %from_elements_45 = tensor.from_elements %240, %241, %c256_i64 : tensor<3xi64>
    %reshape_46 = tensor.reshape %236(%from_elements_45) : (tensor<?x256xf32>, tensor<3xi64>) -> tensor<?x?x256xf32>
    %242 = arith.index_cast %240 : i64 to index
    %243 = tensor.empty(%242) : tensor<?x1x256xf32>
    %cast = tensor.cast %reshape_46 : tensor<?x?x256xf32> to tensor<?x1x256xf32>
    %244 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cast : tensor<?x1x256xf32>) outs(%243 : tensor<?x1x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.divf %in, %cst_11 : f32
      %350 = math.erf %349 : f32
      %351 = arith.addf %350, %cst_2 : f32
      %352 = arith.mulf %351, %cst_3 : f32
      %353 = arith.mulf %in, %352 : f32
      linalg.yield %353 : f32
    } -> tensor<?x1x256xf32>
    %collapsed_47 = tensor.collapse_shape %244 [[0], [1, 2]] : tensor<?x1x256xf32> into tensor<?x256xf32>
    %245 = tensor.empty() : tensor<256x64xf32>
    %transposed_48 = linalg.transpose ins(%arg24 : tensor<64x256xf32>) outs(%245 : tensor<256x64xf32>) permutation = [1, 0] 
    %246 = arith.index_cast %240 : i64 to index
    %247 = tensor.empty(%246) : tensor<?x64xf32>
    %248 = linalg.fill ins(%cst_0 : f32) outs(%247 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %249 = linalg.matmul ins(%collapsed_47, %transposed_48 : tensor<?x256xf32>, tensor<256x64xf32>) outs(%248 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %250 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%249, %arg25 : tensor<?x64xf32>, tensor<64xf32>) outs(%247 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %251 = arith.muli %240, %c64_i64 : i64
    %252 = arith.divsi %251, %52 : i64
    %253 = arith.select %36, %252, %0 : i64
    %254 = arith.select %41, %252, %1 : i64
    %from_elements_49 = tensor.from_elements %253, %254, %c64_i64 : tensor<3xi64>
    %reshape_50 = tensor.reshape %250(%from_elements_49) : (tensor<?x64xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %255 = arith.index_cast %253 : i64 to index
    %256 = arith.cmpi eq, %dim, %255 : index
    cf.assert %256, "mismatched size for broadcast"
    %257 = arith.index_cast %254 : i64 to index
    %258 = arith.cmpi eq, %dim_12, %257 : index
    cf.assert %258, "mismatched size for broadcast"
    %259 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215, %reshape_50 : tensor<?x?x64xf32>, tensor<?x?x64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %260 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259 : tensor<?x?x64xf32>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %349 = arith.extf %in : f32 to f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %261 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%260 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.addf %in, %out : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %262 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%261 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.divf %in, %cst_9 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %263 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%260, %262 : tensor<?x?x64xf64>, tensor<?x?x1xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_83: f64, %out: f64):
      %349 = arith.subf %in, %in_83 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %264 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%263, %263 : tensor<?x?x64xf64>, tensor<?x?x64xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_83: f64, %out: f64):
      %349 = arith.mulf %in, %in_83 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %265 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%264 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.addf %in, %out : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %266 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.divf %in, %cst_9 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %267 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<?x?x1xf64>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %349 = arith.truncf %in : f64 to f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %268 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%259 : tensor<?x?x64xf32>) outs(%21 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.addf %in, %out : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %269 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.divf %in, %cst_10 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %270 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%267 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.truncf %cst_8 : f64 to f32
      %350 = arith.addf %in, %349 : f32
      linalg.yield %350 : f32
    } -> tensor<?x?x1xf32>
    %271 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%270 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = math.rsqrt %in : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %272 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259, %269 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.subf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %273 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%272, %271 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.mulf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %274 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%273, %arg6 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.mulf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %275 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274, %arg7 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %collapsed_51 = tensor.collapse_shape %275 [[0], [1, 2]] : tensor<?x1x64xf32> into tensor<?x64xf32>
    %transposed_52 = linalg.transpose ins(%arg14 : tensor<192x64xf32>) outs(%31 : tensor<64x192xf32>) permutation = [1, 0] 
    %276 = linalg.matmul ins(%collapsed_51, %transposed_52 : tensor<?x64xf32>, tensor<64x192xf32>) outs(%33 : tensor<?x192xf32>) -> tensor<?x192xf32>
    %277 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%276, %arg15 : tensor<?x192xf32>, tensor<192xf32>) outs(%32 : tensor<?x192xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x192xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_53 = tensor.reshape %277(%from_elements) : (tensor<?x192xf32>, tensor<3xi64>) -> tensor<?x?x192xf32>
    %extracted_slice_54 = tensor.extract_slice %reshape_53[0, 0, 0] [%50, %51, 64] [1, 1, 1] : tensor<?x?x192xf32> to tensor<?x?x64xf32>
    %extracted_slice_55 = tensor.extract_slice %reshape_53[0, 0, 64] [%50, %51, 64] [1, 1, 1] : tensor<?x?x192xf32> to tensor<?x?x64xf32>
    %extracted_slice_56 = tensor.extract_slice %reshape_53[0, 0, 128] [%50, %51, 64] [1, 1, 1] : tensor<?x?x192xf32> to tensor<?x?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_57 = tensor.reshape %extracted_slice_54(%from_elements_15) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    %transposed_58 = linalg.transpose ins(%reshape_57 : tensor<?x?x4x16xf32>) outs(%60 : tensor<?x4x?x16xf32>) permutation = [0, 2, 1, 3] 
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_59 = tensor.reshape %extracted_slice_55(%from_elements_15) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_60 = tensor.reshape %extracted_slice_56(%from_elements_15) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    %transposed_61 = linalg.transpose ins(%reshape_60 : tensor<?x?x4x16xf32>) outs(%60 : tensor<?x4x?x16xf32>) permutation = [0, 2, 1, 3] 
    %278 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_58 : tensor<?x4x?x16xf32>) outs(%60 : tensor<?x4x?x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.mulf %in, %cst_3 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x16xf32>
    cf.assert %62, "negative values not allowed in new dimensions"
    cf.assert %62, "negative values not allowed in new dimensions"
    cf.assert %true, "mismatched size for broadcast"
    cf.assert %true, "mismatched size for broadcast"
    %transposed_62 = linalg.transpose ins(%reshape_59 : tensor<?x?x4x16xf32>) outs(%72 : tensor<?x4x16x?xf32>) permutation = [0, 2, 3, 1] 
    %279 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_62 : tensor<?x4x16x?xf32>) outs(%72 : tensor<?x4x16x?xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.mulf %in, %cst_3 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x16x?xf32>
    cf.assert %75, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    %280 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%77 : tensor<?x4x?x16xf32>) {
    ^bb0(%out: f32):
      %349 = linalg.index 0 : index
      %350 = linalg.index 1 : index
      %351 = linalg.index 2 : index
      %352 = linalg.index 3 : index
      %353 = arith.cmpi eq, %58, %c1 : index
      %354 = arith.select %353, %c0, %349 : index
      %355 = arith.cmpi eq, %59, %c1 : index
      %356 = arith.select %355, %c0, %351 : index
      %extracted = tensor.extract %278[%354, %350, %356, %352] : tensor<?x4x?x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x16xf32>
    cf.assert %87, "must have at most one inferred (negative) dimension"
    %reshape_63 = tensor.reshape %280(%from_elements_23) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
    cf.assert %75, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    %281 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%93 : tensor<?x4x16x?xf32>) {
    ^bb0(%out: f32):
      %349 = linalg.index 0 : index
      %350 = linalg.index 1 : index
      %351 = linalg.index 2 : index
      %352 = linalg.index 3 : index
      %353 = arith.cmpi eq, %58, %c1 : index
      %354 = arith.select %353, %c0, %349 : index
      %355 = arith.cmpi eq, %59, %c1 : index
      %356 = arith.select %355, %c0, %352 : index
      %extracted = tensor.extract %279[%354, %350, %351, %356] : tensor<?x4x16x?xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x?xf32>
    cf.assert %87, "must have at most one inferred (negative) dimension"
    %reshape_64 = tensor.reshape %281(%from_elements_25) : (tensor<?x4x16x?xf32>, tensor<3xi64>) -> tensor<?x16x?xf32>
    cf.assert %106, "mismatching contracting dimension"
    %282 = linalg.batch_matmul ins(%reshape_63, %reshape_64 : tensor<?x?x16xf32>, tensor<?x16x?xf32>) outs(%108 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    cf.assert %117, "must have at most one inferred (negative) dimension"
    %reshape_65 = tensor.reshape %282(%from_elements_27) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
    cf.assert %125, "mismatched size for broadcast"
    cf.assert %125, "mismatched size for broadcast"
    %283 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%reshape_65, %71 : tensor<?x4x?x?xf32>, tensor<?x?xf32>) outs(%126 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x?xf32>
    %284:2 = linalg.generic {indexing_maps = [#map9, #map14, #map14], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%283 : tensor<?x4x?x?xf32>) outs(%131, %129 : tensor<?x4x?xf32>, tensor<?x4x?xi64>) {
    ^bb0(%in: f32, %out: f32, %out_83: i64):
      %349 = linalg.index 3 : index
      %350 = arith.index_cast %349 : index to i64
      %351 = arith.maximumf %in, %out : f32
      %352 = arith.cmpf ogt, %in, %out : f32
      %353 = arith.select %352, %350, %out_83 : i64
      linalg.yield %351, %353 : f32, i64
    } -> (tensor<?x4x?xf32>, tensor<?x4x?xi64>)
    %expanded_66 = tensor.expand_shape %284#0 [[0], [1], [2, 3]] output_shape [%123, 4, %124, 1] : tensor<?x4x?xf32> into tensor<?x4x?x1xf32>
    %285 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%283, %expanded_66 : tensor<?x4x?x?xf32>, tensor<?x4x?x1xf32>) outs(%126 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.subf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x?xf32>
    %286 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%285 : tensor<?x4x?x?xf32>) outs(%126 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = math.exp %in : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x?xf32>
    %287 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%286 : tensor<?x4x?x?xf32>) outs(%136 : tensor<?x4x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.addf %in, %out : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x1xf32>
    %288 = linalg.generic {indexing_maps = [#map9, #map15, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%286, %287 : tensor<?x4x?x?xf32>, tensor<?x4x?x1xf32>) outs(%126 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.divf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x?xf32>
    %289 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%283 : tensor<?x4x?x?xf32>) outs(%139 : tensor<?x4x?x?xi1>) {
    ^bb0(%in: f32, %out: i1):
      %349 = arith.extf %in : f32 to f64
      %350 = arith.cmpf oeq, %349, %cst_7 : f64
      linalg.yield %350 : i1
    } -> tensor<?x4x?x?xi1>
    %290 = linalg.generic {indexing_maps = [#map9, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%289 : tensor<?x4x?x?xi1>) outs(%142 : tensor<?x4x?x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %349 = arith.andi %in, %out : i1
      linalg.yield %349 : i1
    } -> tensor<?x4x?x1xi1>
    cf.assert %144, "negative values not allowed in new dimensions"
    cf.assert %146, "negative values not allowed in new dimensions"
    cf.assert %146, "negative values not allowed in new dimensions"
    cf.assert %150, "mismatched size for broadcast"
    cf.assert %151, "mismatched size for broadcast"
    cf.assert %152, "mismatched size for broadcast"
    %291 = linalg.generic {indexing_maps = [#map15, #map9, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%290, %149, %288 : tensor<?x4x?x1xi1>, tensor<?x4x?x?xf32>, tensor<?x4x?x?xf32>) outs(%153 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: i1, %in_83: f32, %in_84: f32, %out: f32):
      %349 = arith.select %in, %in_83, %in_84 : f32
      linalg.yield %349 : f32
    } -> tensor<?x4x?x?xf32>
    cf.assert %75, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    %292 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%155 : tensor<?x4x?x?xf32>) {
    ^bb0(%out: f32):
      %349 = linalg.index 0 : index
      %350 = linalg.index 1 : index
      %351 = linalg.index 2 : index
      %352 = linalg.index 3 : index
      %353 = arith.cmpi eq, %123, %c1 : index
      %354 = arith.select %353, %c0, %349 : index
      %355 = arith.cmpi eq, %124, %c1 : index
      %356 = arith.select %355, %c0, %351 : index
      %357 = arith.cmpi eq, %147, %c1 : index
      %358 = arith.select %357, %c0, %352 : index
      %extracted = tensor.extract %291[%354, %350, %356, %358] : tensor<?x4x?x?xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x?xf32>
    cf.assert %161, "must have at most one inferred (negative) dimension"
    %reshape_67 = tensor.reshape %292(%from_elements_30) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
    cf.assert %75, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    %293 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%77 : tensor<?x4x?x16xf32>) {
    ^bb0(%out: f32):
      %349 = linalg.index 0 : index
      %350 = linalg.index 1 : index
      %351 = linalg.index 2 : index
      %352 = linalg.index 3 : index
      %353 = arith.cmpi eq, %58, %c1 : index
      %354 = arith.select %353, %c0, %349 : index
      %355 = arith.cmpi eq, %59, %c1 : index
      %356 = arith.select %355, %c0, %351 : index
      %extracted = tensor.extract %transposed_61[%354, %350, %356, %352] : tensor<?x4x?x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x16xf32>
    cf.assert %87, "must have at most one inferred (negative) dimension"
    %reshape_68 = tensor.reshape %293(%from_elements_23) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
    cf.assert %169, "mismatching contracting dimension"
    cf.assert %170, "mismatching contracting dimension"
    %294 = linalg.batch_matmul ins(%reshape_67, %reshape_68 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%172 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_69 = tensor.reshape %294(%from_elements_33) : (tensor<?x?x16xf32>, tensor<4xi64>) -> tensor<?x4x?x16xf32>
    %transposed_70 = linalg.transpose ins(%reshape_69 : tensor<?x4x?x16xf32>) outs(%182 : tensor<?x?x4x16xf32>) permutation = [0, 2, 1, 3] 
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_71 = tensor.reshape %transposed_70(%from_elements_36) : (tensor<?x?x4x16xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %transposed_72 = linalg.transpose ins(%arg18 : tensor<64x64xf32>) outs(%188 : tensor<64x64xf32>) permutation = [1, 0] 
    cf.assert %75, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %76, "unimplemented: dynamic negative broadcast sizes"
    %295 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel", "parallel", "parallel"]} outs(%189 : tensor<?x?x64xf32>) {
    ^bb0(%out: f32):
      %349 = linalg.index 0 : index
      %350 = linalg.index 1 : index
      %351 = linalg.index 2 : index
      %352 = arith.index_cast %186 : i64 to index
      %353 = arith.cmpi eq, %352, %c1 : index
      %354 = arith.select %353, %c0, %349 : index
      %355 = arith.index_cast %187 : i64 to index
      %356 = arith.cmpi eq, %355, %c1 : index
      %357 = arith.select %356, %c0, %350 : index
      %extracted = tensor.extract %reshape_71[%354, %357, %351] : tensor<?x?x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_73 = tensor.reshape %295(%from_elements_39) : (tensor<?x?x64xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    cf.assert %75, "negative values not allowed in new dimensions"
    %296 = linalg.generic {indexing_maps = [#map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_72 : tensor<64x64xf32>) outs(%196 : tensor<?x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<?x64x64xf32>
    cf.assert %200, "mismatching contracting dimension"
    %297 = linalg.batch_matmul ins(%reshape_73, %296 : tensor<?x?x64xf32>, tensor<?x64x64xf32>) outs(%202 : tensor<?x?x64xf32>) -> tensor<?x?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_74 = tensor.reshape %297(%from_elements_41) : (tensor<?x?x64xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %298 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%reshape_74, %arg19 : tensor<?x?x64xf32>, tensor<64xf32>) outs(%211 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    cf.assert %213, "mismatched size for broadcast"
    cf.assert %214, "mismatched size for broadcast"
    %299 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259, %298 : tensor<?x?x64xf32>, tensor<?x?x64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %300 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%299 : tensor<?x?x64xf32>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %349 = arith.extf %in : f32 to f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %301 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%300 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.addf %in, %out : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %302 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%301 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.divf %in, %cst_9 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %303 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%300, %302 : tensor<?x?x64xf64>, tensor<?x?x1xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_83: f64, %out: f64):
      %349 = arith.subf %in, %in_83 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %304 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%303, %303 : tensor<?x?x64xf64>, tensor<?x?x64xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_83: f64, %out: f64):
      %349 = arith.mulf %in, %in_83 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %305 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%304 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.addf %in, %out : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %306 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%305 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.divf %in, %cst_9 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %307 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%306 : tensor<?x?x1xf64>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %349 = arith.truncf %in : f64 to f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %308 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%299 : tensor<?x?x64xf32>) outs(%21 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.addf %in, %out : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %309 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%308 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.divf %in, %cst_10 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %310 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%307 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.truncf %cst_8 : f64 to f32
      %350 = arith.addf %in, %349 : f32
      linalg.yield %350 : f32
    } -> tensor<?x?x1xf32>
    %311 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%310 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = math.rsqrt %in : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %312 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%299, %309 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.subf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %313 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%312, %311 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.mulf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %314 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%313, %arg8 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.mulf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %315 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%314, %arg9 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x1x64xf32>
    %collapsed_75 = tensor.collapse_shape %315 [[0], [1, 2]] : tensor<?x1x64xf32> into tensor<?x64xf32>
    %transposed_76 = linalg.transpose ins(%arg22 : tensor<256x64xf32>) outs(%232 : tensor<64x256xf32>) permutation = [1, 0] 
    %316 = linalg.matmul ins(%collapsed_75, %transposed_76 : tensor<?x64xf32>, tensor<64x256xf32>) outs(%234 : tensor<?x256xf32>) -> tensor<?x256xf32>
    %317 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%316, %arg23 : tensor<?x256xf32>, tensor<256xf32>) outs(%233 : tensor<?x256xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x256xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_77 = tensor.reshape %317(%from_elements_45) : (tensor<?x256xf32>, tensor<3xi64>) -> tensor<?x?x256xf32>
    %cast_78 = tensor.cast %reshape_77 : tensor<?x?x256xf32> to tensor<?x1x256xf32>
    %318 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cast_78 : tensor<?x1x256xf32>) outs(%243 : tensor<?x1x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.divf %in, %cst_11 : f32
      %350 = math.erf %349 : f32
      %351 = arith.addf %350, %cst_2 : f32
      %352 = arith.mulf %351, %cst_3 : f32
      %353 = arith.mulf %in, %352 : f32
      linalg.yield %353 : f32
    } -> tensor<?x1x256xf32>
    %collapsed_79 = tensor.collapse_shape %318 [[0], [1, 2]] : tensor<?x1x256xf32> into tensor<?x256xf32>
    %transposed_80 = linalg.transpose ins(%arg26 : tensor<64x256xf32>) outs(%245 : tensor<256x64xf32>) permutation = [1, 0] 
    %319 = arith.index_cast %240 : i64 to index
    %320 = tensor.empty(%319) : tensor<?x64xf32>
    %321 = linalg.fill ins(%cst_0 : f32) outs(%320 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %322 = linalg.matmul ins(%collapsed_79, %transposed_80 : tensor<?x256xf32>, tensor<256x64xf32>) outs(%321 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %323 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%322, %arg27 : tensor<?x64xf32>, tensor<64xf32>) outs(%320 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %324 = arith.muli %240, %c64_i64 : i64
    %325 = arith.divsi %324, %52 : i64
    %326 = arith.select %36, %325, %0 : i64
    %327 = arith.select %41, %325, %1 : i64
    %from_elements_81 = tensor.from_elements %326, %327, %c64_i64 : tensor<3xi64>
    %reshape_82 = tensor.reshape %323(%from_elements_81) : (tensor<?x64xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %328 = arith.index_cast %326 : i64 to index
    %329 = arith.cmpi eq, %dim, %328 : index
    cf.assert %329, "mismatched size for broadcast"
    %330 = arith.index_cast %327 : i64 to index
    %331 = arith.cmpi eq, %dim_12, %330 : index
    cf.assert %331, "mismatched size for broadcast"
    %332 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%299, %reshape_82 : tensor<?x?x64xf32>, tensor<?x?x64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %333 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%332 : tensor<?x?x64xf32>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %349 = arith.extf %in : f32 to f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %334 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%333 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.addf %in, %out : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %335 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%334 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.divf %in, %cst_9 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %336 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%333, %335 : tensor<?x?x64xf64>, tensor<?x?x1xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_83: f64, %out: f64):
      %349 = arith.subf %in, %in_83 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %337 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%336, %336 : tensor<?x?x64xf64>, tensor<?x?x64xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_83: f64, %out: f64):
      %349 = arith.mulf %in, %in_83 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x64xf64>
    %338 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%337 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.addf %in, %out : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %339 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%338 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %349 = arith.divf %in, %cst_9 : f64
      linalg.yield %349 : f64
    } -> tensor<?x?x1xf64>
    %340 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%339 : tensor<?x?x1xf64>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %349 = arith.truncf %in : f64 to f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %341 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%332 : tensor<?x?x64xf32>) outs(%21 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.addf %in, %out : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %342 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%341 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.divf %in, %cst_10 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %343 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%340 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = arith.truncf %cst_8 : f64 to f32
      %350 = arith.addf %in, %349 : f32
      linalg.yield %350 : f32
    } -> tensor<?x?x1xf32>
    %344 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%343 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %349 = math.rsqrt %in : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x1xf32>
    %345 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%332, %342 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.subf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %346 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%345, %344 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.mulf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %347 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%346, %arg10 : tensor<?x?x64xf32>, tensor<64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.mulf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    %348 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%347, %arg11 : tensor<?x?x64xf32>, tensor<64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_83: f32, %out: f32):
      %349 = arith.addf %in, %in_83 : f32
      linalg.yield %349 : f32
    } -> tensor<?x?x64xf32>
    return %348 : tensor<?x?x64xf32>
  }
}
