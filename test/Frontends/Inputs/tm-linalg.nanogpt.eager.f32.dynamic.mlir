// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [256]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "nanogpt", "path": "tm-linalg", "shapes": "dynamic"}
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
#map10 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map11 = affine_map<(d0, d1, d2, d3) -> ()>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
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
    %c-1 = arith.constant -1 : index
    %c4_i64 = arith.constant 4 : i64
    %c16_i64 = arith.constant 16 : i64
    %cst_1 = arith.constant 0xFF800000 : f32
    %c256_i64 = arith.constant 256 : i64
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_5 = arith.constant dense_resource<torch_tensor_1_1_64_64_torch.float32> : tensor<1x1x64x64xf32>
    %cst_6 = arith.constant 1.000000e-05 : f64
    %cst_7 = arith.constant 6.400000e+01 : f64
    %cst_8 = arith.constant 6.400000e+01 : f32
    %cst_9 = arith.constant 2.500000e-01 : f32
    %cst_10 = arith.constant 1.41421354 : f32
    %dim = tensor.dim %arg28, %c0 : tensor<?x?xi64>
    %0 = arith.index_cast %dim : index to i64
    %dim_11 = tensor.dim %arg28, %c1 : tensor<?x?xi64>
    %1 = arith.index_cast %dim_11 : index to i64
    %2 = tensor.empty(%dim, %dim_11) : tensor<?x?x64xf32>
    %3 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg28 : tensor<?x?xi64>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %324 = arith.index_cast %in : i64 to index
      %325 = linalg.index 2 : index
      %326 = arith.cmpi slt, %324, %c128 : index
      cf.assert %326, "index must be smaller than dim size"
      %327 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %327, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%324, %325] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x?x64xf32>
    %4 = tensor.empty(%dim_11) : tensor<?xi64>
    %5 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%4 : tensor<?xi64>) {
    ^bb0(%out: i64):
      %324 = linalg.index 0 : index
      %325 = arith.index_cast %324 : index to i64
      linalg.yield %325 : i64
    } -> tensor<?xi64>
    %6 = tensor.empty(%dim_11) : tensor<?x64xf32>
    %7 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel"]} ins(%5 : tensor<?xi64>) outs(%6 : tensor<?x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %324 = arith.index_cast %in : i64 to index
      %325 = linalg.index 1 : index
      %326 = arith.cmpi slt, %324, %c64 : index
      cf.assert %326, "index must be smaller than dim size"
      %327 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %327, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg1[%324, %325] : tensor<64x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x64xf32>
    %8 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3, %7 : tensor<?x?x64xf32>, tensor<?x64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %9 = tensor.empty(%dim, %dim_11) : tensor<?x?x64xf64>
    %10 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<?x?x64xf32>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %324 = arith.extf %in : f32 to f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %11 = tensor.empty(%dim, %dim_11) : tensor<?x?x1xf64>
    %12 = linalg.fill ins(%cst : f64) outs(%11 : tensor<?x?x1xf64>) -> tensor<?x?x1xf64>
    %13 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%10 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.addf %in, %out : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.divf %in, %cst_7 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %15 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %14 : tensor<?x?x64xf64>, tensor<?x?x1xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_84: f64, %out: f64):
      %324 = arith.subf %in, %in_84 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %16 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15, %15 : tensor<?x?x64xf64>, tensor<?x?x64xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_84: f64, %out: f64):
      %324 = arith.mulf %in, %in_84 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %17 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%16 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.addf %in, %out : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.divf %in, %cst_7 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %19 = tensor.empty(%dim, %dim_11) : tensor<?x?x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18 : tensor<?x?x1xf64>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %324 = arith.truncf %in : f64 to f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %21 = linalg.fill ins(%cst_0 : f32) outs(%19 : tensor<?x?x1xf32>) -> tensor<?x?x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%8 : tensor<?x?x64xf32>) outs(%21 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.addf %in, %out : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.divf %in, %cst_8 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.truncf %cst_6 : f64 to f32
      %325 = arith.addf %in, %324 : f32
      linalg.yield %325 : f32
    } -> tensor<?x?x1xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = math.rsqrt %in : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %23 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.subf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %27 = tensor.empty(%dim) : tensor<?x1x64xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %25 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.mulf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %arg2 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.mulf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29, %arg3 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %collapsed = tensor.collapse_shape %30 [[0], [1, 2]] : tensor<?x1x64xf32> into tensor<?x64xf32>
    %31 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg12 : tensor<192x64xf32>) outs(%31 : tensor<64x192xf32>) permutation = [1, 0] 
    %32 = tensor.empty(%dim) : tensor<?x192xf32>
    %33 = linalg.fill ins(%cst_0 : f32) outs(%32 : tensor<?x192xf32>) -> tensor<?x192xf32>
    %34 = linalg.matmul ins(%collapsed, %transposed : tensor<?x64xf32>, tensor<64x192xf32>) outs(%33 : tensor<?x192xf32>) -> tensor<?x192xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%34, %arg13 : tensor<?x192xf32>, tensor<192xf32>) outs(%32 : tensor<?x192xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
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
    %extracted_slice_12 = tensor.extract_slice %reshape[0, 0, 64] [%50, %51, 64] [1, 1, 1] : tensor<?x?x192xf32> to tensor<?x?x64xf32>
    %extracted_slice_13 = tensor.extract_slice %reshape[0, 0, 128] [%50, %51, 64] [1, 1, 1] : tensor<?x?x192xf32> to tensor<?x?x64xf32>
    %52 = arith.muli %42, %c64_i64 : i64
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %53 = arith.muli %48, %49 : i64
    %54 = arith.muli %53, %c64_i64 : i64
    %55 = arith.divsi %54, %52 : i64
    %56 = arith.select %36, %55, %0 : i64
    %57 = arith.select %41, %55, %1 : i64
    %from_elements_14 = tensor.from_elements %56, %57, %c4_i64, %c16_i64 : tensor<4xi64>
    %reshape_15 = tensor.reshape %extracted_slice(%from_elements_14) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    %58 = arith.index_cast %56 : i64 to index
    %59 = arith.index_cast %57 : i64 to index
    %60 = tensor.empty(%58, %59) : tensor<?x4x?x16xf32>
    %transposed_16 = linalg.transpose ins(%reshape_15 : tensor<?x?x4x16xf32>) outs(%60 : tensor<?x4x?x16xf32>) permutation = [0, 2, 1, 3] 
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_17 = tensor.reshape %extracted_slice_12(%from_elements_14) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_18 = tensor.reshape %extracted_slice_13(%from_elements_14) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    %transposed_19 = linalg.transpose ins(%reshape_18 : tensor<?x?x4x16xf32>) outs(%60 : tensor<?x4x?x16xf32>) permutation = [0, 2, 1, 3] 
    %61 = tensor.empty(%58, %59) : tensor<?x4x16x?xf32>
    %transposed_20 = linalg.transpose ins(%reshape_17 : tensor<?x?x4x16xf32>) outs(%61 : tensor<?x4x16x?xf32>) permutation = [0, 2, 3, 1] 
    %62 = arith.muli %0, %c4_i64 : i64
    %63 = arith.cmpi sge, %0, %c0_i64 : i64
    cf.assert %63, "unimplemented: dynamic negative broadcast sizes"
    %64 = arith.cmpi sge, %1, %c0_i64 : i64
    cf.assert %64, "unimplemented: dynamic negative broadcast sizes"
    %65 = tensor.empty(%dim, %dim_11) : tensor<?x4x?x16xf32>
    %66 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%65 : tensor<?x4x?x16xf32>) {
    ^bb0(%out: f32):
      %324 = linalg.index 0 : index
      %325 = linalg.index 1 : index
      %326 = linalg.index 2 : index
      %327 = linalg.index 3 : index
      %328 = arith.cmpi eq, %58, %c1 : index
      %329 = arith.select %328, %c0, %324 : index
      %330 = arith.cmpi eq, %59, %c1 : index
      %331 = arith.select %330, %c0, %326 : index
      %extracted = tensor.extract %transposed_16[%329, %325, %331, %327] : tensor<?x4x?x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x16xf32>
    %67 = arith.cmpi slt, %62, %c0_i64 : i64
    %68 = arith.select %67, %c1_i64, %62 : i64
    %69 = arith.extui %67 : i1 to i64
    %70 = arith.muli %68, %1 : i64
    %71 = arith.addi %69, %c1_i64 : i64
    %72 = arith.select %41, %68, %70 : i64
    %73 = arith.select %41, %71, %69 : i64
    %74 = arith.muli %72, %c16_i64 : i64
    %75 = arith.cmpi sle, %73, %c1_i64 : i64
    cf.assert %75, "must have at most one inferred (negative) dimension"
    %76 = arith.muli %62, %1 : i64
    %77 = arith.muli %76, %c16_i64 : i64
    %78 = arith.divsi %77, %74 : i64
    %79 = arith.select %67, %78, %62 : i64
    %80 = arith.select %41, %78, %1 : i64
    %from_elements_21 = tensor.from_elements %79, %80, %c16_i64 : tensor<3xi64>
    %reshape_22 = tensor.reshape %66(%from_elements_21) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
    cf.assert %63, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %64, "unimplemented: dynamic negative broadcast sizes"
    %81 = tensor.empty(%dim, %dim_11) : tensor<?x4x16x?xf32>
    %82 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%81 : tensor<?x4x16x?xf32>) {
    ^bb0(%out: f32):
      %324 = linalg.index 0 : index
      %325 = linalg.index 1 : index
      %326 = linalg.index 2 : index
      %327 = linalg.index 3 : index
      %328 = arith.cmpi eq, %58, %c1 : index
      %329 = arith.select %328, %c0, %324 : index
      %330 = arith.cmpi eq, %59, %c1 : index
      %331 = arith.select %330, %c0, %327 : index
      %extracted = tensor.extract %transposed_20[%329, %325, %326, %331] : tensor<?x4x16x?xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x?xf32>
    %83 = arith.muli %68, %c16_i64 : i64
    %84 = arith.muli %83, %1 : i64
    %85 = arith.select %41, %83, %84 : i64
    cf.assert %75, "must have at most one inferred (negative) dimension"
    %86 = arith.muli %0, %c64_i64 : i64
    %87 = arith.muli %86, %1 : i64
    %88 = arith.divsi %87, %85 : i64
    %89 = arith.select %67, %88, %62 : i64
    %90 = arith.select %41, %88, %1 : i64
    %from_elements_23 = tensor.from_elements %89, %c16_i64, %90 : tensor<3xi64>
    %reshape_24 = tensor.reshape %82(%from_elements_23) : (tensor<?x4x16x?xf32>, tensor<3xi64>) -> tensor<?x16x?xf32>
    %91 = arith.index_cast %79 : i64 to index
    %92 = arith.index_cast %80 : i64 to index
    %93 = arith.index_cast %90 : i64 to index
    %94 = arith.cmpi eq, %79, %89 : i64
    cf.assert %94, "mismatching contracting dimension"
    %95 = tensor.empty(%91, %92, %93) : tensor<?x?x?xf32>
    %96 = linalg.fill ins(%cst_0 : f32) outs(%95 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    %97 = linalg.batch_matmul ins(%reshape_22, %reshape_24 : tensor<?x?x16xf32>, tensor<?x16x?xf32>) outs(%96 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    %98 = arith.muli %37, %c4_i64 : i64
    %99 = arith.muli %98, %1 : i64
    %100 = arith.select %41, %98, %99 : i64
    %101 = arith.muli %100, %1 : i64
    %102 = arith.addi %43, %c1_i64 : i64
    %103 = arith.select %41, %98, %101 : i64
    %104 = arith.select %41, %102, %38 : i64
    %105 = arith.cmpi sle, %104, %c1_i64 : i64
    cf.assert %105, "must have at most one inferred (negative) dimension"
    %106 = arith.muli %79, %80 : i64
    %107 = arith.muli %106, %90 : i64
    %108 = arith.divsi %107, %103 : i64
    %109 = arith.select %36, %108, %0 : i64
    %110 = arith.select %41, %108, %1 : i64
    %from_elements_25 = tensor.from_elements %109, %c4_i64, %110, %110 : tensor<4xi64>
    %reshape_26 = tensor.reshape %97(%from_elements_25) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
    %111 = arith.index_cast %109 : i64 to index
    %112 = arith.index_cast %110 : i64 to index
    %113 = tensor.empty(%111, %112, %112) : tensor<?x4x?x?xf32>
    %114 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%reshape_26 : tensor<?x4x?x?xf32>) outs(%113 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.mulf %in, %cst_9 : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x?xf32>
    %115 = arith.cmpi slt, %dim_11, %c0 : index
    %116 = arith.addi %dim_11, %c64 : index
    %117 = arith.select %115, %116, %dim_11 : index
    %118 = arith.cmpi slt, %117, %c0 : index
    %119 = arith.select %118, %c-1, %117 : index
    %120 = arith.minsi %119, %c64 : index
    %121 = arith.maxsi %120, %c0 : index
    %extracted_slice_27 = tensor.extract_slice %cst_5[0, 0, 0, 0] [1, 1, %121, 64] [1, 1, 1, 1] : tensor<1x1x64x64xf32> to tensor<1x1x?x64xf32>
    %extracted_slice_28 = tensor.extract_slice %extracted_slice_27[0, 0, 0, 0] [1, 1, %121, %121] [1, 1, 1, 1] : tensor<1x1x?x64xf32> to tensor<1x1x?x?xf32>
    %122 = tensor.empty(%121, %121) : tensor<1x1x?x?xi1>
    %123 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_28 : tensor<1x1x?x?xf32>) outs(%122 : tensor<1x1x?x?xi1>) {
    ^bb0(%in: f32, %out: i1):
      %324 = arith.cmpf oeq, %in, %cst_0 : f32
      linalg.yield %324 : i1
    } -> tensor<1x1x?x?xi1>
    %124 = arith.cmpi eq, %121, %112 : index
    cf.assert %124, "mismatched size for broadcast"
    cf.assert %124, "mismatched size for broadcast"
    %125 = tensor.empty(%111, %121, %121) : tensor<?x4x?x?xf32>
    %126 = linalg.generic {indexing_maps = [#map10, #map11, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123, %cst_4, %114 : tensor<1x1x?x?xi1>, tensor<f32>, tensor<?x4x?x?xf32>) outs(%125 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: i1, %in_84: f32, %in_85: f32, %out: f32):
      %324 = arith.select %in, %in_84, %in_85 : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x?xf32>
    %127 = tensor.empty(%111, %121) : tensor<?x4x?xi64>
    %128 = linalg.fill ins(%c0_i64 : i64) outs(%127 : tensor<?x4x?xi64>) -> tensor<?x4x?xi64>
    %129 = tensor.empty(%111, %121) : tensor<?x4x?xf32>
    %130 = linalg.fill ins(%cst_1 : f32) outs(%129 : tensor<?x4x?xf32>) -> tensor<?x4x?xf32>
    %131:2 = linalg.generic {indexing_maps = [#map9, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%126 : tensor<?x4x?x?xf32>) outs(%130, %128 : tensor<?x4x?xf32>, tensor<?x4x?xi64>) {
    ^bb0(%in: f32, %out: f32, %out_84: i64):
      %324 = linalg.index 3 : index
      %325 = arith.index_cast %324 : index to i64
      %326 = arith.maximumf %in, %out : f32
      %327 = arith.cmpf ogt, %in, %out : f32
      %328 = arith.select %327, %325, %out_84 : i64
      linalg.yield %326, %328 : f32, i64
    } -> (tensor<?x4x?xf32>, tensor<?x4x?xi64>)
    %expanded = tensor.expand_shape %131#0 [[0], [1], [2, 3]] output_shape [%111, 4, %121, 1] : tensor<?x4x?xf32> into tensor<?x4x?x1xf32>
    %132 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%126, %expanded : tensor<?x4x?x?xf32>, tensor<?x4x?x1xf32>) outs(%125 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.subf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x?xf32>
    %133 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%132 : tensor<?x4x?x?xf32>) outs(%125 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = math.exp %in : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x?xf32>
    %134 = tensor.empty(%111, %121) : tensor<?x4x?x1xf32>
    %135 = linalg.fill ins(%cst_0 : f32) outs(%134 : tensor<?x4x?x1xf32>) -> tensor<?x4x?x1xf32>
    %136 = linalg.generic {indexing_maps = [#map9, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%133 : tensor<?x4x?x?xf32>) outs(%135 : tensor<?x4x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.addf %in, %out : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x1xf32>
    %137 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%133, %136 : tensor<?x4x?x?xf32>, tensor<?x4x?x1xf32>) outs(%125 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.divf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x?xf32>
    cf.assert %63, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %64, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %64, "unimplemented: dynamic negative broadcast sizes"
    %138 = tensor.empty(%dim, %dim_11, %dim_11) : tensor<?x4x?x?xf32>
    %139 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%138 : tensor<?x4x?x?xf32>) {
    ^bb0(%out: f32):
      %324 = linalg.index 0 : index
      %325 = linalg.index 1 : index
      %326 = linalg.index 2 : index
      %327 = linalg.index 3 : index
      %328 = arith.cmpi eq, %111, %c1 : index
      %329 = arith.select %328, %c0, %324 : index
      %330 = arith.cmpi eq, %121, %c1 : index
      %331 = arith.select %330, %c0, %326 : index
      %332 = arith.select %330, %c0, %327 : index
      %extracted = tensor.extract %137[%329, %325, %331, %332] : tensor<?x4x?x?xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x?xf32>
    %140 = arith.muli %72, %1 : i64
    %141 = arith.addi %73, %c1_i64 : i64
    %142 = arith.select %41, %68, %140 : i64
    %143 = arith.select %41, %141, %69 : i64
    %144 = arith.cmpi sle, %143, %c1_i64 : i64
    cf.assert %144, "must have at most one inferred (negative) dimension"
    %145 = arith.muli %76, %1 : i64
    %146 = arith.divsi %145, %142 : i64
    %147 = arith.select %67, %146, %62 : i64
    %148 = arith.select %41, %146, %1 : i64
    %from_elements_29 = tensor.from_elements %147, %148, %148 : tensor<3xi64>
    %reshape_30 = tensor.reshape %139(%from_elements_29) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
    cf.assert %63, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %64, "unimplemented: dynamic negative broadcast sizes"
    %149 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%65 : tensor<?x4x?x16xf32>) {
    ^bb0(%out: f32):
      %324 = linalg.index 0 : index
      %325 = linalg.index 1 : index
      %326 = linalg.index 2 : index
      %327 = linalg.index 3 : index
      %328 = arith.cmpi eq, %58, %c1 : index
      %329 = arith.select %328, %c0, %324 : index
      %330 = arith.cmpi eq, %59, %c1 : index
      %331 = arith.select %330, %c0, %326 : index
      %extracted = tensor.extract %transposed_19[%329, %325, %331, %327] : tensor<?x4x?x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x16xf32>
    cf.assert %75, "must have at most one inferred (negative) dimension"
    %reshape_31 = tensor.reshape %149(%from_elements_21) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
    %150 = arith.index_cast %147 : i64 to index
    %151 = arith.index_cast %148 : i64 to index
    %152 = arith.cmpi eq, %147, %79 : i64
    cf.assert %152, "mismatching contracting dimension"
    %153 = arith.cmpi eq, %148, %80 : i64
    cf.assert %153, "mismatching contracting dimension"
    %154 = tensor.empty(%150, %151) : tensor<?x?x16xf32>
    %155 = linalg.fill ins(%cst_0 : f32) outs(%154 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
    %156 = linalg.batch_matmul ins(%reshape_30, %reshape_31 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%155 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
    %157 = arith.muli %100, %c16_i64 : i64
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %158 = arith.muli %147, %148 : i64
    %159 = arith.muli %158, %c16_i64 : i64
    %160 = arith.divsi %159, %157 : i64
    %161 = arith.select %36, %160, %0 : i64
    %162 = arith.select %41, %160, %1 : i64
    %from_elements_32 = tensor.from_elements %161, %c4_i64, %162, %c16_i64 : tensor<4xi64>
    %reshape_33 = tensor.reshape %156(%from_elements_32) : (tensor<?x?x16xf32>, tensor<4xi64>) -> tensor<?x4x?x16xf32>
    %163 = arith.index_cast %161 : i64 to index
    %164 = arith.index_cast %162 : i64 to index
    %165 = tensor.empty(%163, %164) : tensor<?x?x4x16xf32>
    %transposed_34 = linalg.transpose ins(%reshape_33 : tensor<?x4x?x16xf32>) outs(%165 : tensor<?x?x4x16xf32>) permutation = [0, 2, 1, 3] 
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %166 = arith.muli %161, %162 : i64
    %167 = arith.muli %166, %c64_i64 : i64
    %168 = arith.divsi %167, %52 : i64
    %169 = arith.select %36, %168, %0 : i64
    %170 = arith.select %41, %168, %1 : i64
    %from_elements_35 = tensor.from_elements %169, %170, %c64_i64 : tensor<3xi64>
    %reshape_36 = tensor.reshape %transposed_34(%from_elements_35) : (tensor<?x?x4x16xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %cast = tensor.cast %reshape_36 : tensor<?x?x64xf32> to tensor<?x1x64xf32>
    %collapsed_37 = tensor.collapse_shape %cast [[0], [1, 2]] : tensor<?x1x64xf32> into tensor<?x64xf32>
    %171 = tensor.empty() : tensor<64x64xf32>
    %transposed_38 = linalg.transpose ins(%arg16 : tensor<64x64xf32>) outs(%171 : tensor<64x64xf32>) permutation = [1, 0] 
    %172 = arith.index_cast %169 : i64 to index
    %173 = tensor.empty(%172) : tensor<?x64xf32>
    %174 = linalg.fill ins(%cst_0 : f32) outs(%173 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %175 = linalg.matmul ins(%collapsed_37, %transposed_38 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%174 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %176 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%175, %arg17 : tensor<?x64xf32>, tensor<64xf32>) outs(%173 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %177 = arith.muli %169, %c64_i64 : i64
    %178 = arith.divsi %177, %52 : i64
    %179 = arith.select %36, %178, %0 : i64
    %180 = arith.select %41, %178, %1 : i64
    %from_elements_39 = tensor.from_elements %179, %180, %c64_i64 : tensor<3xi64>
    %reshape_40 = tensor.reshape %176(%from_elements_39) : (tensor<?x64xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %181 = arith.index_cast %179 : i64 to index
    %182 = arith.cmpi eq, %dim, %181 : index
    cf.assert %182, "mismatched size for broadcast"
    %183 = arith.index_cast %180 : i64 to index
    %184 = arith.cmpi eq, %dim_11, %183 : index
    cf.assert %184, "mismatched size for broadcast"
    %185 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %reshape_40 : tensor<?x?x64xf32>, tensor<?x?x64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %186 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%185 : tensor<?x?x64xf32>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %324 = arith.extf %in : f32 to f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %187 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%186 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.addf %in, %out : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %188 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.divf %in, %cst_7 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %189 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%186, %188 : tensor<?x?x64xf64>, tensor<?x?x1xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_84: f64, %out: f64):
      %324 = arith.subf %in, %in_84 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %190 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%189, %189 : tensor<?x?x64xf64>, tensor<?x?x64xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_84: f64, %out: f64):
      %324 = arith.mulf %in, %in_84 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %191 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%190 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.addf %in, %out : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %192 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.divf %in, %cst_7 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %193 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192 : tensor<?x?x1xf64>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %324 = arith.truncf %in : f64 to f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %194 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%185 : tensor<?x?x64xf32>) outs(%21 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.addf %in, %out : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %195 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.divf %in, %cst_8 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %196 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%193 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.truncf %cst_6 : f64 to f32
      %325 = arith.addf %in, %324 : f32
      linalg.yield %325 : f32
    } -> tensor<?x?x1xf32>
    %197 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = math.rsqrt %in : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %198 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%185, %195 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.subf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %199 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198, %197 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.mulf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %200 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199, %arg4 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.mulf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %201 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200, %arg5 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %collapsed_41 = tensor.collapse_shape %201 [[0], [1, 2]] : tensor<?x1x64xf32> into tensor<?x64xf32>
    %202 = tensor.empty() : tensor<64x256xf32>
    %transposed_42 = linalg.transpose ins(%arg20 : tensor<256x64xf32>) outs(%202 : tensor<64x256xf32>) permutation = [1, 0] 
    %203 = tensor.empty(%dim) : tensor<?x256xf32>
    %204 = linalg.fill ins(%cst_0 : f32) outs(%203 : tensor<?x256xf32>) -> tensor<?x256xf32>
    %205 = linalg.matmul ins(%collapsed_41, %transposed_42 : tensor<?x64xf32>, tensor<64x256xf32>) outs(%204 : tensor<?x256xf32>) -> tensor<?x256xf32>
    %206 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%205, %arg21 : tensor<?x256xf32>, tensor<256xf32>) outs(%203 : tensor<?x256xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x256xf32>
    %207 = arith.muli %42, %c256_i64 : i64
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %208 = arith.muli %0, %c256_i64 : i64
    %209 = arith.divsi %208, %207 : i64
    %210 = arith.select %36, %209, %0 : i64
    %211 = arith.select %41, %209, %1 : i64
    %from_elements_43 = tensor.from_elements %210, %211, %c256_i64 : tensor<3xi64>
    %reshape_44 = tensor.reshape %206(%from_elements_43) : (tensor<?x256xf32>, tensor<3xi64>) -> tensor<?x?x256xf32>
    %212 = arith.index_cast %210 : i64 to index
    %213 = tensor.empty(%212) : tensor<?x1x256xf32>
    %cast_45 = tensor.cast %reshape_44 : tensor<?x?x256xf32> to tensor<?x1x256xf32>
    %214 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cast_45 : tensor<?x1x256xf32>) outs(%213 : tensor<?x1x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.divf %in, %cst_10 : f32
      %325 = math.erf %324 : f32
      %326 = arith.addf %325, %cst_2 : f32
      %327 = arith.mulf %326, %cst_3 : f32
      %328 = arith.mulf %in, %327 : f32
      linalg.yield %328 : f32
    } -> tensor<?x1x256xf32>
    %collapsed_46 = tensor.collapse_shape %214 [[0], [1, 2]] : tensor<?x1x256xf32> into tensor<?x256xf32>
    %215 = tensor.empty() : tensor<256x64xf32>
    %transposed_47 = linalg.transpose ins(%arg24 : tensor<64x256xf32>) outs(%215 : tensor<256x64xf32>) permutation = [1, 0] 
    %216 = arith.index_cast %210 : i64 to index
    %217 = tensor.empty(%216) : tensor<?x64xf32>
    %218 = linalg.fill ins(%cst_0 : f32) outs(%217 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %219 = linalg.matmul ins(%collapsed_46, %transposed_47 : tensor<?x256xf32>, tensor<256x64xf32>) outs(%218 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %220 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%219, %arg25 : tensor<?x64xf32>, tensor<64xf32>) outs(%217 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %221 = arith.muli %210, %c64_i64 : i64
    %222 = arith.divsi %221, %52 : i64
    %223 = arith.select %36, %222, %0 : i64
    %224 = arith.select %41, %222, %1 : i64
    %from_elements_48 = tensor.from_elements %223, %224, %c64_i64 : tensor<3xi64>
    %reshape_49 = tensor.reshape %220(%from_elements_48) : (tensor<?x64xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %225 = arith.index_cast %223 : i64 to index
    %226 = arith.cmpi eq, %dim, %225 : index
    cf.assert %226, "mismatched size for broadcast"
    %227 = arith.index_cast %224 : i64 to index
    %228 = arith.cmpi eq, %dim_11, %227 : index
    cf.assert %228, "mismatched size for broadcast"
    %229 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%185, %reshape_49 : tensor<?x?x64xf32>, tensor<?x?x64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %230 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229 : tensor<?x?x64xf32>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %324 = arith.extf %in : f32 to f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %231 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%230 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.addf %in, %out : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %232 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%231 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.divf %in, %cst_7 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %233 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%230, %232 : tensor<?x?x64xf64>, tensor<?x?x1xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_84: f64, %out: f64):
      %324 = arith.subf %in, %in_84 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %234 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%233, %233 : tensor<?x?x64xf64>, tensor<?x?x64xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_84: f64, %out: f64):
      %324 = arith.mulf %in, %in_84 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %235 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%234 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.addf %in, %out : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %236 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.divf %in, %cst_7 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %237 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%236 : tensor<?x?x1xf64>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %324 = arith.truncf %in : f64 to f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %238 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%229 : tensor<?x?x64xf32>) outs(%21 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.addf %in, %out : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %239 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.divf %in, %cst_8 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %240 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%237 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.truncf %cst_6 : f64 to f32
      %325 = arith.addf %in, %324 : f32
      linalg.yield %325 : f32
    } -> tensor<?x?x1xf32>
    %241 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = math.rsqrt %in : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %242 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229, %239 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.subf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %243 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%242, %241 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.mulf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %244 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243, %arg6 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.mulf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %245 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%244, %arg7 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %collapsed_50 = tensor.collapse_shape %245 [[0], [1, 2]] : tensor<?x1x64xf32> into tensor<?x64xf32>
    %transposed_51 = linalg.transpose ins(%arg14 : tensor<192x64xf32>) outs(%31 : tensor<64x192xf32>) permutation = [1, 0] 
    %246 = linalg.matmul ins(%collapsed_50, %transposed_51 : tensor<?x64xf32>, tensor<64x192xf32>) outs(%33 : tensor<?x192xf32>) -> tensor<?x192xf32>
    %247 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%246, %arg15 : tensor<?x192xf32>, tensor<192xf32>) outs(%32 : tensor<?x192xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x192xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_52 = tensor.reshape %247(%from_elements) : (tensor<?x192xf32>, tensor<3xi64>) -> tensor<?x?x192xf32>
    %extracted_slice_53 = tensor.extract_slice %reshape_52[0, 0, 0] [%50, %51, 64] [1, 1, 1] : tensor<?x?x192xf32> to tensor<?x?x64xf32>
    %extracted_slice_54 = tensor.extract_slice %reshape_52[0, 0, 64] [%50, %51, 64] [1, 1, 1] : tensor<?x?x192xf32> to tensor<?x?x64xf32>
    %extracted_slice_55 = tensor.extract_slice %reshape_52[0, 0, 128] [%50, %51, 64] [1, 1, 1] : tensor<?x?x192xf32> to tensor<?x?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_56 = tensor.reshape %extracted_slice_53(%from_elements_14) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    %transposed_57 = linalg.transpose ins(%reshape_56 : tensor<?x?x4x16xf32>) outs(%60 : tensor<?x4x?x16xf32>) permutation = [0, 2, 1, 3] 
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_58 = tensor.reshape %extracted_slice_54(%from_elements_14) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_59 = tensor.reshape %extracted_slice_55(%from_elements_14) : (tensor<?x?x64xf32>, tensor<4xi64>) -> tensor<?x?x4x16xf32>
    %transposed_60 = linalg.transpose ins(%reshape_59 : tensor<?x?x4x16xf32>) outs(%60 : tensor<?x4x?x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_61 = linalg.transpose ins(%reshape_58 : tensor<?x?x4x16xf32>) outs(%61 : tensor<?x4x16x?xf32>) permutation = [0, 2, 3, 1] 
    cf.assert %63, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %64, "unimplemented: dynamic negative broadcast sizes"
    %248 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%65 : tensor<?x4x?x16xf32>) {
    ^bb0(%out: f32):
      %324 = linalg.index 0 : index
      %325 = linalg.index 1 : index
      %326 = linalg.index 2 : index
      %327 = linalg.index 3 : index
      %328 = arith.cmpi eq, %58, %c1 : index
      %329 = arith.select %328, %c0, %324 : index
      %330 = arith.cmpi eq, %59, %c1 : index
      %331 = arith.select %330, %c0, %326 : index
      %extracted = tensor.extract %transposed_57[%329, %325, %331, %327] : tensor<?x4x?x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x16xf32>
    cf.assert %75, "must have at most one inferred (negative) dimension"
    %reshape_62 = tensor.reshape %248(%from_elements_21) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
    cf.assert %63, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %64, "unimplemented: dynamic negative broadcast sizes"
    %249 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%81 : tensor<?x4x16x?xf32>) {
    ^bb0(%out: f32):
      %324 = linalg.index 0 : index
      %325 = linalg.index 1 : index
      %326 = linalg.index 2 : index
      %327 = linalg.index 3 : index
      %328 = arith.cmpi eq, %58, %c1 : index
      %329 = arith.select %328, %c0, %324 : index
      %330 = arith.cmpi eq, %59, %c1 : index
      %331 = arith.select %330, %c0, %327 : index
      %extracted = tensor.extract %transposed_61[%329, %325, %326, %331] : tensor<?x4x16x?xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x?xf32>
    cf.assert %75, "must have at most one inferred (negative) dimension"
    %reshape_63 = tensor.reshape %249(%from_elements_23) : (tensor<?x4x16x?xf32>, tensor<3xi64>) -> tensor<?x16x?xf32>
    cf.assert %94, "mismatching contracting dimension"
    %250 = linalg.batch_matmul ins(%reshape_62, %reshape_63 : tensor<?x?x16xf32>, tensor<?x16x?xf32>) outs(%96 : tensor<?x?x?xf32>) -> tensor<?x?x?xf32>
    cf.assert %105, "must have at most one inferred (negative) dimension"
    %reshape_64 = tensor.reshape %250(%from_elements_25) : (tensor<?x?x?xf32>, tensor<4xi64>) -> tensor<?x4x?x?xf32>
    %251 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%reshape_64 : tensor<?x4x?x?xf32>) outs(%113 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.mulf %in, %cst_9 : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x?xf32>
    cf.assert %124, "mismatched size for broadcast"
    cf.assert %124, "mismatched size for broadcast"
    %252 = linalg.generic {indexing_maps = [#map10, #map11, #map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123, %cst_4, %251 : tensor<1x1x?x?xi1>, tensor<f32>, tensor<?x4x?x?xf32>) outs(%125 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: i1, %in_84: f32, %in_85: f32, %out: f32):
      %324 = arith.select %in, %in_84, %in_85 : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x?xf32>
    %253:2 = linalg.generic {indexing_maps = [#map9, #map12, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%252 : tensor<?x4x?x?xf32>) outs(%130, %128 : tensor<?x4x?xf32>, tensor<?x4x?xi64>) {
    ^bb0(%in: f32, %out: f32, %out_84: i64):
      %324 = linalg.index 3 : index
      %325 = arith.index_cast %324 : index to i64
      %326 = arith.maximumf %in, %out : f32
      %327 = arith.cmpf ogt, %in, %out : f32
      %328 = arith.select %327, %325, %out_84 : i64
      linalg.yield %326, %328 : f32, i64
    } -> (tensor<?x4x?xf32>, tensor<?x4x?xi64>)
    %expanded_65 = tensor.expand_shape %253#0 [[0], [1], [2, 3]] output_shape [%111, 4, %121, 1] : tensor<?x4x?xf32> into tensor<?x4x?x1xf32>
    %254 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%252, %expanded_65 : tensor<?x4x?x?xf32>, tensor<?x4x?x1xf32>) outs(%125 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.subf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x?xf32>
    %255 = linalg.generic {indexing_maps = [#map9, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%254 : tensor<?x4x?x?xf32>) outs(%125 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = math.exp %in : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x?xf32>
    %256 = linalg.generic {indexing_maps = [#map9, #map13], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%255 : tensor<?x4x?x?xf32>) outs(%135 : tensor<?x4x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.addf %in, %out : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x1xf32>
    %257 = linalg.generic {indexing_maps = [#map9, #map13, #map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%255, %256 : tensor<?x4x?x?xf32>, tensor<?x4x?x1xf32>) outs(%125 : tensor<?x4x?x?xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.divf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x4x?x?xf32>
    cf.assert %63, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %64, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %64, "unimplemented: dynamic negative broadcast sizes"
    %258 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%138 : tensor<?x4x?x?xf32>) {
    ^bb0(%out: f32):
      %324 = linalg.index 0 : index
      %325 = linalg.index 1 : index
      %326 = linalg.index 2 : index
      %327 = linalg.index 3 : index
      %328 = arith.cmpi eq, %111, %c1 : index
      %329 = arith.select %328, %c0, %324 : index
      %330 = arith.cmpi eq, %121, %c1 : index
      %331 = arith.select %330, %c0, %326 : index
      %332 = arith.select %330, %c0, %327 : index
      %extracted = tensor.extract %257[%329, %325, %331, %332] : tensor<?x4x?x?xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x?xf32>
    cf.assert %144, "must have at most one inferred (negative) dimension"
    %reshape_66 = tensor.reshape %258(%from_elements_29) : (tensor<?x4x?x?xf32>, tensor<3xi64>) -> tensor<?x?x?xf32>
    cf.assert %63, "unimplemented: dynamic negative broadcast sizes"
    cf.assert %64, "unimplemented: dynamic negative broadcast sizes"
    %259 = linalg.generic {indexing_maps = [#map9], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%65 : tensor<?x4x?x16xf32>) {
    ^bb0(%out: f32):
      %324 = linalg.index 0 : index
      %325 = linalg.index 1 : index
      %326 = linalg.index 2 : index
      %327 = linalg.index 3 : index
      %328 = arith.cmpi eq, %58, %c1 : index
      %329 = arith.select %328, %c0, %324 : index
      %330 = arith.cmpi eq, %59, %c1 : index
      %331 = arith.select %330, %c0, %326 : index
      %extracted = tensor.extract %transposed_60[%329, %325, %331, %327] : tensor<?x4x?x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x?x16xf32>
    cf.assert %75, "must have at most one inferred (negative) dimension"
    %reshape_67 = tensor.reshape %259(%from_elements_21) : (tensor<?x4x?x16xf32>, tensor<3xi64>) -> tensor<?x?x16xf32>
    cf.assert %152, "mismatching contracting dimension"
    cf.assert %153, "mismatching contracting dimension"
    %260 = linalg.batch_matmul ins(%reshape_66, %reshape_67 : tensor<?x?x?xf32>, tensor<?x?x16xf32>) outs(%155 : tensor<?x?x16xf32>) -> tensor<?x?x16xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_68 = tensor.reshape %260(%from_elements_32) : (tensor<?x?x16xf32>, tensor<4xi64>) -> tensor<?x4x?x16xf32>
    %transposed_69 = linalg.transpose ins(%reshape_68 : tensor<?x4x?x16xf32>) outs(%165 : tensor<?x?x4x16xf32>) permutation = [0, 2, 1, 3] 
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_70 = tensor.reshape %transposed_69(%from_elements_35) : (tensor<?x?x4x16xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %cast_71 = tensor.cast %reshape_70 : tensor<?x?x64xf32> to tensor<?x1x64xf32>
    %collapsed_72 = tensor.collapse_shape %cast_71 [[0], [1, 2]] : tensor<?x1x64xf32> into tensor<?x64xf32>
    %transposed_73 = linalg.transpose ins(%arg18 : tensor<64x64xf32>) outs(%171 : tensor<64x64xf32>) permutation = [1, 0] 
    %261 = arith.index_cast %169 : i64 to index
    %262 = tensor.empty(%261) : tensor<?x64xf32>
    %263 = linalg.fill ins(%cst_0 : f32) outs(%262 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %264 = linalg.matmul ins(%collapsed_72, %transposed_73 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%263 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %265 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%264, %arg19 : tensor<?x64xf32>, tensor<64xf32>) outs(%262 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %266 = arith.muli %169, %c64_i64 : i64
    %267 = arith.divsi %266, %52 : i64
    %268 = arith.select %36, %267, %0 : i64
    %269 = arith.select %41, %267, %1 : i64
    %from_elements_74 = tensor.from_elements %268, %269, %c64_i64 : tensor<3xi64>
    %reshape_75 = tensor.reshape %265(%from_elements_74) : (tensor<?x64xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %270 = arith.index_cast %268 : i64 to index
    %271 = arith.cmpi eq, %dim, %270 : index
    cf.assert %271, "mismatched size for broadcast"
    %272 = arith.index_cast %269 : i64 to index
    %273 = arith.cmpi eq, %dim_11, %272 : index
    cf.assert %273, "mismatched size for broadcast"
    %274 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%229, %reshape_75 : tensor<?x?x64xf32>, tensor<?x?x64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %275 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274 : tensor<?x?x64xf32>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %324 = arith.extf %in : f32 to f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %276 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%275 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.addf %in, %out : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %277 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%276 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.divf %in, %cst_7 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %278 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%275, %277 : tensor<?x?x64xf64>, tensor<?x?x1xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_84: f64, %out: f64):
      %324 = arith.subf %in, %in_84 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %279 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278, %278 : tensor<?x?x64xf64>, tensor<?x?x64xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_84: f64, %out: f64):
      %324 = arith.mulf %in, %in_84 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %280 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%279 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.addf %in, %out : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %281 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%280 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.divf %in, %cst_7 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %282 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%281 : tensor<?x?x1xf64>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %324 = arith.truncf %in : f64 to f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %283 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%274 : tensor<?x?x64xf32>) outs(%21 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.addf %in, %out : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %284 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%283 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.divf %in, %cst_8 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %285 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%282 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.truncf %cst_6 : f64 to f32
      %325 = arith.addf %in, %324 : f32
      linalg.yield %325 : f32
    } -> tensor<?x?x1xf32>
    %286 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%285 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = math.rsqrt %in : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %287 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274, %284 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.subf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %288 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%287, %286 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.mulf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %289 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%288, %arg8 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.mulf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %290 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%289, %arg9 : tensor<?x1x64xf32>, tensor<64xf32>) outs(%27 : tensor<?x1x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x1x64xf32>
    %collapsed_76 = tensor.collapse_shape %290 [[0], [1, 2]] : tensor<?x1x64xf32> into tensor<?x64xf32>
    %transposed_77 = linalg.transpose ins(%arg22 : tensor<256x64xf32>) outs(%202 : tensor<64x256xf32>) permutation = [1, 0] 
    %291 = linalg.matmul ins(%collapsed_76, %transposed_77 : tensor<?x64xf32>, tensor<64x256xf32>) outs(%204 : tensor<?x256xf32>) -> tensor<?x256xf32>
    %292 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%291, %arg23 : tensor<?x256xf32>, tensor<256xf32>) outs(%203 : tensor<?x256xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x256xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %reshape_78 = tensor.reshape %292(%from_elements_43) : (tensor<?x256xf32>, tensor<3xi64>) -> tensor<?x?x256xf32>
    %cast_79 = tensor.cast %reshape_78 : tensor<?x?x256xf32> to tensor<?x1x256xf32>
    %293 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cast_79 : tensor<?x1x256xf32>) outs(%213 : tensor<?x1x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.divf %in, %cst_10 : f32
      %325 = math.erf %324 : f32
      %326 = arith.addf %325, %cst_2 : f32
      %327 = arith.mulf %326, %cst_3 : f32
      %328 = arith.mulf %in, %327 : f32
      linalg.yield %328 : f32
    } -> tensor<?x1x256xf32>
    %collapsed_80 = tensor.collapse_shape %293 [[0], [1, 2]] : tensor<?x1x256xf32> into tensor<?x256xf32>
    %transposed_81 = linalg.transpose ins(%arg26 : tensor<64x256xf32>) outs(%215 : tensor<256x64xf32>) permutation = [1, 0] 
    %294 = arith.index_cast %210 : i64 to index
    %295 = tensor.empty(%294) : tensor<?x64xf32>
    %296 = linalg.fill ins(%cst_0 : f32) outs(%295 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %297 = linalg.matmul ins(%collapsed_80, %transposed_81 : tensor<?x256xf32>, tensor<256x64xf32>) outs(%296 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %298 = linalg.generic {indexing_maps = [#map4, #map8, #map4], iterator_types = ["parallel", "parallel"]} ins(%297, %arg27 : tensor<?x64xf32>, tensor<64xf32>) outs(%295 : tensor<?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x64xf32>
    cf.assert %45, "must have at most one inferred (negative) dimension"
    %299 = arith.muli %210, %c64_i64 : i64
    %300 = arith.divsi %299, %52 : i64
    %301 = arith.select %36, %300, %0 : i64
    %302 = arith.select %41, %300, %1 : i64
    %from_elements_82 = tensor.from_elements %301, %302, %c64_i64 : tensor<3xi64>
    %reshape_83 = tensor.reshape %298(%from_elements_82) : (tensor<?x64xf32>, tensor<3xi64>) -> tensor<?x?x64xf32>
    %303 = arith.index_cast %301 : i64 to index
    %304 = arith.cmpi eq, %dim, %303 : index
    cf.assert %304, "mismatched size for broadcast"
    %305 = arith.index_cast %302 : i64 to index
    %306 = arith.cmpi eq, %dim_11, %305 : index
    cf.assert %306, "mismatched size for broadcast"
    %307 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274, %reshape_83 : tensor<?x?x64xf32>, tensor<?x?x64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %308 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%307 : tensor<?x?x64xf32>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %324 = arith.extf %in : f32 to f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %309 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%308 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.addf %in, %out : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %310 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%309 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.divf %in, %cst_7 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %311 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%308, %310 : tensor<?x?x64xf64>, tensor<?x?x1xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_84: f64, %out: f64):
      %324 = arith.subf %in, %in_84 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %312 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%311, %311 : tensor<?x?x64xf64>, tensor<?x?x64xf64>) outs(%9 : tensor<?x?x64xf64>) {
    ^bb0(%in: f64, %in_84: f64, %out: f64):
      %324 = arith.mulf %in, %in_84 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x64xf64>
    %313 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%312 : tensor<?x?x64xf64>) outs(%12 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.addf %in, %out : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %314 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%313 : tensor<?x?x1xf64>) outs(%11 : tensor<?x?x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %324 = arith.divf %in, %cst_7 : f64
      linalg.yield %324 : f64
    } -> tensor<?x?x1xf64>
    %315 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%314 : tensor<?x?x1xf64>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %324 = arith.truncf %in : f64 to f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %316 = linalg.generic {indexing_maps = [#map1, #map6], iterator_types = ["parallel", "parallel", "reduction"]} ins(%307 : tensor<?x?x64xf32>) outs(%21 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.addf %in, %out : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %317 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%316 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.divf %in, %cst_8 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %318 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%315 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = arith.truncf %cst_6 : f64 to f32
      %325 = arith.addf %in, %324 : f32
      linalg.yield %325 : f32
    } -> tensor<?x?x1xf32>
    %319 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%318 : tensor<?x?x1xf32>) outs(%19 : tensor<?x?x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %324 = math.rsqrt %in : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x1xf32>
    %320 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%307, %317 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.subf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %321 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%320, %319 : tensor<?x?x64xf32>, tensor<?x?x1xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.mulf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %322 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%321, %arg10 : tensor<?x?x64xf32>, tensor<64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.mulf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    %323 = linalg.generic {indexing_maps = [#map1, #map7, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%322, %arg11 : tensor<?x?x64xf32>, tensor<64xf32>) outs(%2 : tensor<?x?x64xf32>) {
    ^bb0(%in: f32, %in_84: f32, %out: f32):
      %324 = arith.addf %in, %in_84 : f32
      linalg.yield %324 : f32
    } -> tensor<?x?x64xf32>
    return %323 : tensor<?x?x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_1_1_64_64_torch.float32: "0x040000000000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000000000000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F00000000000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F000000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F"
    }
  }
#-}
