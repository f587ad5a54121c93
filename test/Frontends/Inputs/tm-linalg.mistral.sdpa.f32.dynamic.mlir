// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "mistral", "path": "tm-linalg", "shapes": "dynamic"}
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
#map13 = affine_map<()[s0] -> (s0 * 16)>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map16 = affine_map<()[s0] -> (s0 * 4)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map19 = affine_map<(d0, d1, d2) -> (d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<32x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<128x64xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64x128xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<?x16xi64>, %arg12: tensor<?x16xi64>) -> tensor<?x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c1_i64 = arith.constant 1 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c1 = arith.constant 1 : index
    %c0 = arith.constant 0 : index
    %c16 = arith.constant 16 : index
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c4 = arith.constant 4 : index
    %cst_0 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 0xFFF0000000000000 : f64
    %cst_6 = arith.constant 9.9999999999999995E-7 : f64
    %cst_7 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_8 = arith.constant 6.400000e+01 : f32
    %c256_i64 = arith.constant 256 : i64
    %c1024_i64 = arith.constant 1024 : i64
    %c512_i64 = arith.constant 512 : i64
    %cst_9 = arith.constant 5.000000e-01 : f32
    %dim = tensor.dim %arg11, %c0 : tensor<?x16xi64>
    %0 = arith.index_cast %dim : index to i64
    %1 = tensor.empty(%dim) : tensor<?x16x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<?x16xi64>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %158 = arith.index_cast %in : i64 to index
      %159 = linalg.index 2 : index
      %160 = arith.cmpi slt, %158, %c128 : index
      cf.assert %160, "index must be smaller than dim size"
      %161 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %161, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%158, %159] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x16x64xf32>
    %3 = tensor.empty() : tensor<16xi64>
    %4 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%3 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %158 = linalg.index 0 : index
      %159 = arith.index_cast %158 : index to i64
      linalg.yield %159 : i64
    } -> tensor<16xi64>
    %dim_10 = tensor.dim %arg12, %c0 : tensor<?x16xi64>
    %5 = tensor.empty(%dim_10) : tensor<?x16xi1>
    %6 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<?x16xi64>) outs(%5 : tensor<?x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %158 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %158 : i1
    } -> tensor<?x16xi1>
    %7 = tensor.empty(%dim) : tensor<?xi64>
    %8 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%7 : tensor<?xi64>) {
    ^bb0(%out: i64):
      %158 = linalg.index 0 : index
      %159 = arith.index_cast %158 : index to i64
      linalg.yield %159 : i64
    } -> tensor<?xi64>
    %expanded = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [%dim, 1, 1, 1] : tensor<?xi64> into tensor<?x1x1x1xi64>
    %expanded_11 = tensor.expand_shape %4 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_12 = tensor.expand_shape %4 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %9 = tensor.empty() : tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_12, %expanded_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_58: i64, %out: i1):
      %158 = arith.cmpi sle, %in, %in_58 : i64
      linalg.yield %158 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %10 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_58: i1, %out: i1):
      %158 = arith.andi %in, %in_58 : i1
      linalg.yield %158 : i1
    } -> tensor<1x1x16x16xi1>
    %dim_13 = tensor.dim %expanded, %c0 : tensor<?x1x1x1xi64>
    %12 = tensor.empty(%dim_13) : tensor<?x1x1x16xi1>
    %13 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_12 : tensor<?x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%12 : tensor<?x1x1x16xi1>) {
    ^bb0(%in: i64, %in_58: i64, %out: i1):
      %158 = arith.cmpi slt, %in, %c0_i64 : i64
      %159 = arith.index_cast %dim_10 : index to i64
      %160 = arith.addi %in, %159 : i64
      %161 = arith.select %158, %160, %in : i64
      %162 = arith.index_cast %161 : i64 to index
      %163 = arith.cmpi slt, %in_58, %c0_i64 : i64
      %164 = arith.addi %in_58, %c16_i64 : i64
      %165 = arith.select %163, %164, %in_58 : i64
      %166 = arith.index_cast %165 : i64 to index
      %extracted = tensor.extract %6[%162, %166] : tensor<?x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<?x1x1x16xi1>
    %14 = tensor.empty(%dim_13) : tensor<?x1x16x16xi1>
    %15 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %13 : tensor<1x1x16x16xi1>, tensor<?x1x1x16xi1>) outs(%14 : tensor<?x1x16x16xi1>) {
    ^bb0(%in: i1, %in_58: i1, %out: i1):
      %158 = arith.andi %in, %in_58 : i1
      linalg.yield %158 : i1
    } -> tensor<?x1x16x16xi1>
    %16 = arith.cmpi sge, %0, %c0_i64 : i64
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %17 = tensor.empty(%dim) : tensor<?x1x16x16xi1>
    %18 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%17 : tensor<?x1x16x16xi1>) {
    ^bb0(%out: i1):
      %158 = linalg.index 0 : index
      %159 = linalg.index 2 : index
      %160 = linalg.index 3 : index
      %161 = arith.cmpi eq, %dim_13, %c1 : index
      %162 = arith.select %161, %c0, %158 : index
      %extracted = tensor.extract %15[%162, %c0, %159, %160] : tensor<?x1x16x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<?x1x16x16xi1>
    %expanded_14 = tensor.expand_shape %4 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %19 = tensor.empty() : tensor<1x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_14 : tensor<1x16x1xi64>) outs(%19 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %158 = arith.sitofp %in : i64 to f32
      linalg.yield %158 : f32
    } -> tensor<1x16x1xf32>
    %21 = tensor.empty() : tensor<1x16x8xf32>
    %22 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %cst_7 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%21 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %22, %22 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %23 = tensor.empty() : tensor<1x16x16xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.cos %in : f32
      linalg.yield %158 : f32
    } -> tensor<1x16x16xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.sin %in : f32
      linalg.yield %158 : f32
    } -> tensor<1x16x16xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %158 : f32
    } -> tensor<?x16x64xf32>
    %27 = tensor.empty(%dim) : tensor<?x16x1xf32>
    %28 = linalg.fill ins(%cst : f32) outs(%27 : tensor<?x16x1xf32>) -> tensor<?x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%26 : tensor<?x16x64xf32>) outs(%28 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_8 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.truncf %cst_6 : f64 to f32
      %159 = arith.addf %in, %158 : f32
      linalg.yield %159 : f32
    } -> tensor<?x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.rsqrt %in : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %32 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %33 : tensor<64xf32>, tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x64xf32>
    %35 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %34 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %36 = affine.apply #map13()[%dim]
    %37 = tensor.empty(%36) : tensor<?x64xf32>
    %38 = linalg.fill ins(%cst : f32) outs(%37 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %39 = linalg.matmul ins(%collapsed, %transposed : tensor<?x64xf32>, tensor<64x64xf32>) outs(%38 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %40 = arith.divsi %36, %c16 : index
    %expanded_15 = tensor.expand_shape %39 [[0, 1], [2]] output_shape [%40, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %41 = arith.cmpi slt, %0, %c0_i64 : i64
    %42 = arith.select %41, %c1_i64, %0 : i64
    %43 = arith.extui %41 : i1 to i64
    %44 = arith.addi %43, %c1_i64 : i64
    %45 = arith.muli %42, %c256_i64 : i64
    %46 = arith.cmpi sle, %44, %c1_i64 : i64
    cf.assert %46, "must have at most one inferred (negative) dimension"
    %47 = arith.index_cast %40 : index to i64
    %48 = arith.muli %47, %c1024_i64 : i64
    %49 = arith.divsi %48, %45 : i64
    %50 = arith.select %41, %49, %0 : i64
    %from_elements = tensor.from_elements %50, %c16_i64, %49, %c16_i64 : tensor<4xi64>
    %reshape = tensor.reshape %expanded_15(%from_elements) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %51 = arith.index_cast %50 : i64 to index
    %52 = tensor.empty(%51) : tensor<?x4x16x16xf32>
    %transposed_16 = linalg.transpose ins(%reshape : tensor<?x16x4x16xf32>) outs(%52 : tensor<?x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %53 = tensor.empty() : tensor<64x32xf32>
    %transposed_17 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%53 : tensor<64x32xf32>) permutation = [1, 0] 
    %54 = tensor.empty(%36) : tensor<?x32xf32>
    %55 = linalg.fill ins(%cst : f32) outs(%54 : tensor<?x32xf32>) -> tensor<?x32xf32>
    %56 = linalg.matmul ins(%collapsed, %transposed_17 : tensor<?x64xf32>, tensor<64x32xf32>) outs(%55 : tensor<?x32xf32>) -> tensor<?x32xf32>
    %expanded_18 = tensor.expand_shape %56 [[0, 1], [2]] output_shape [%40, 16, 32] : tensor<?x32xf32> into tensor<?x16x32xf32>
    cf.assert %46, "must have at most one inferred (negative) dimension"
    %57 = arith.muli %47, %c512_i64 : i64
    %58 = arith.divsi %57, %45 : i64
    %59 = arith.select %41, %58, %0 : i64
    %from_elements_19 = tensor.from_elements %59, %c16_i64, %58, %c16_i64 : tensor<4xi64>
    %reshape_20 = tensor.reshape %expanded_18(%from_elements_19) : (tensor<?x16x32xf32>, tensor<4xi64>) -> tensor<?x16x2x16xf32>
    %60 = arith.index_cast %59 : i64 to index
    %61 = tensor.empty(%60) : tensor<?x2x16x16xf32>
    %transposed_21 = linalg.transpose ins(%reshape_20 : tensor<?x16x2x16xf32>) outs(%61 : tensor<?x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_22 = linalg.transpose ins(%arg3 : tensor<32x64xf32>) outs(%53 : tensor<64x32xf32>) permutation = [1, 0] 
    %62 = linalg.matmul ins(%collapsed, %transposed_22 : tensor<?x64xf32>, tensor<64x32xf32>) outs(%55 : tensor<?x32xf32>) -> tensor<?x32xf32>
    %expanded_23 = tensor.expand_shape %62 [[0, 1], [2]] output_shape [%40, 16, 32] : tensor<?x32xf32> into tensor<?x16x32xf32>
    cf.assert %46, "must have at most one inferred (negative) dimension"
    %reshape_24 = tensor.reshape %expanded_23(%from_elements_19) : (tensor<?x16x32xf32>, tensor<4xi64>) -> tensor<?x16x2x16xf32>
    %transposed_25 = linalg.transpose ins(%reshape_24 : tensor<?x16x2x16xf32>) outs(%61 : tensor<?x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_26 = tensor.expand_shape %24 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_27 = tensor.expand_shape %25 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_16, %expanded_26 : tensor<?x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%52 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x16xf32>
    %extracted_slice = tensor.extract_slice %transposed_16[0, 0, 0, 0] [%51, 4, 16, 8] [1, 1, 1, 1] : tensor<?x4x16x16xf32> to tensor<?x4x16x8xf32>
    %extracted_slice_28 = tensor.extract_slice %transposed_16[0, 0, 0, 8] [%51, 4, 16, 8] [1, 1, 1, 1] : tensor<?x4x16x16xf32> to tensor<?x4x16x8xf32>
    %64 = tensor.empty(%51) : tensor<?x4x16x8xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_28 : tensor<?x4x16x8xf32>) outs(%64 : tensor<?x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.negf %in : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x8xf32>
    %concat_29 = tensor.concat dim(3) %65, %extracted_slice : (tensor<?x4x16x8xf32>, tensor<?x4x16x8xf32>) -> tensor<?x4x16x16xf32>
    %dim_30 = tensor.dim %65, %c0 : tensor<?x4x16x8xf32>
    %66 = tensor.empty(%dim_30) : tensor<?x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_29, %expanded_27 : tensor<?x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%66 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x16xf32>
    %68 = arith.cmpi eq, %51, %dim_30 : index
    cf.assert %68, "mismatched size for broadcast"
    %69 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %67 : tensor<?x4x16x16xf32>, tensor<?x4x16x16xf32>) outs(%52 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.addf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_21, %expanded_26 : tensor<?x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%61 : tensor<?x2x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x2x16x16xf32>
    %extracted_slice_31 = tensor.extract_slice %transposed_21[0, 0, 0, 0] [%60, 2, 16, 8] [1, 1, 1, 1] : tensor<?x2x16x16xf32> to tensor<?x2x16x8xf32>
    %extracted_slice_32 = tensor.extract_slice %transposed_21[0, 0, 0, 8] [%60, 2, 16, 8] [1, 1, 1, 1] : tensor<?x2x16x16xf32> to tensor<?x2x16x8xf32>
    %71 = tensor.empty(%60) : tensor<?x2x16x8xf32>
    %72 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_32 : tensor<?x2x16x8xf32>) outs(%71 : tensor<?x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.negf %in : f32
      linalg.yield %158 : f32
    } -> tensor<?x2x16x8xf32>
    %concat_33 = tensor.concat dim(3) %72, %extracted_slice_31 : (tensor<?x2x16x8xf32>, tensor<?x2x16x8xf32>) -> tensor<?x2x16x16xf32>
    %dim_34 = tensor.dim %72, %c0 : tensor<?x2x16x8xf32>
    %73 = tensor.empty(%dim_34) : tensor<?x2x16x16xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_33, %expanded_27 : tensor<?x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%73 : tensor<?x2x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x2x16x16xf32>
    %75 = arith.cmpi eq, %60, %dim_34 : index
    cf.assert %75, "mismatched size for broadcast"
    %76 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %74 : tensor<?x2x16x16xf32>, tensor<?x2x16x16xf32>) outs(%61 : tensor<?x2x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.addf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x2x16x16xf32>
    %expanded_35 = tensor.expand_shape %76 [[0], [1], [2, 3], [4]] output_shape [%60, 2, 1, 16, 16] : tensor<?x2x16x16xf32> into tensor<?x2x1x16x16xf32>
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %77 = tensor.empty(%dim) : tensor<?x2x2x16x16xf32>
    %78 = linalg.generic {indexing_maps = [#map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%77 : tensor<?x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %158 = linalg.index 0 : index
      %159 = linalg.index 1 : index
      %160 = linalg.index 3 : index
      %161 = linalg.index 4 : index
      %162 = arith.cmpi eq, %60, %c1 : index
      %163 = arith.select %162, %c0, %158 : index
      %extracted = tensor.extract %expanded_35[%163, %159, %c0, %160, %161] : tensor<?x2x1x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x2x2x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %78 [[0], [1, 2], [3], [4]] : tensor<?x2x2x16x16xf32> into tensor<?x4x16x16xf32>
    %expanded_37 = tensor.expand_shape %transposed_25 [[0], [1], [2, 3], [4]] output_shape [%60, 2, 1, 16, 16] : tensor<?x2x16x16xf32> into tensor<?x2x1x16x16xf32>
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %79 = linalg.generic {indexing_maps = [#map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%77 : tensor<?x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %158 = linalg.index 0 : index
      %159 = linalg.index 1 : index
      %160 = linalg.index 3 : index
      %161 = linalg.index 4 : index
      %162 = arith.cmpi eq, %60, %c1 : index
      %163 = arith.select %162, %c0, %158 : index
      %extracted = tensor.extract %expanded_37[%163, %159, %c0, %160, %161] : tensor<?x2x1x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x2x2x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %79 [[0], [1, 2], [3], [4]] : tensor<?x2x2x16x16xf32> into tensor<?x4x16x16xf32>
    %80 = tensor.empty(%dim) : tensor<?x1x16x16xf32>
    %81 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %cst_2, %cst_3 : tensor<?x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%80 : tensor<?x1x16x16xf32>) {
    ^bb0(%in: i1, %in_58: f32, %in_59: f32, %out: f32):
      %158 = arith.select %in, %in_58, %in_59 : f32
      linalg.yield %158 : f32
    } -> tensor<?x1x16x16xf32>
    %82 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<?x4x16x16xf32>) outs(%52 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.mulf %in, %cst_9 : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x16xf32>
    %83 = tensor.empty(%dim) : tensor<?x4x16x16xf32>
    %transposed_39 = linalg.transpose ins(%collapsed_36 : tensor<?x4x16x16xf32>) outs(%83 : tensor<?x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %84 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_39 : tensor<?x4x16x16xf32>) outs(%83 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.mulf %in, %cst_9 : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %85 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%83 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %158 = linalg.index 0 : index
      %159 = linalg.index 1 : index
      %160 = linalg.index 2 : index
      %161 = linalg.index 3 : index
      %162 = arith.cmpi eq, %51, %c1 : index
      %163 = arith.select %162, %c0, %158 : index
      %extracted = tensor.extract %82[%163, %159, %160, %161] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %85 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %86 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%83 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %158 = linalg.index 0 : index
      %159 = linalg.index 1 : index
      %160 = linalg.index 2 : index
      %161 = linalg.index 3 : index
      %162 = arith.cmpi eq, %dim, %c1 : index
      %163 = arith.select %162, %c0, %158 : index
      %extracted = tensor.extract %84[%163, %159, %160, %161] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %86 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %87 = affine.apply #map16()[%dim]
    %88 = tensor.empty(%87) : tensor<?x16x16xf32>
    %89 = linalg.fill ins(%cst : f32) outs(%88 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %90 = linalg.batch_matmul ins(%collapsed_40, %collapsed_41 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%89 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %91 = arith.divsi %87, %c4 : index
    %expanded_42 = tensor.expand_shape %90 [[0, 1], [2], [3]] output_shape [%91, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    %92 = arith.cmpi eq, %91, %dim : index
    cf.assert %92, "mismatched size for broadcast"
    %93 = tensor.empty(%91) : tensor<?x4x16x16xf32>
    %94 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_42, %81 : tensor<?x4x16x16xf32>, tensor<?x1x16x16xf32>) outs(%93 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.addf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x16xf32>
    %95 = tensor.empty(%91) : tensor<?x4x16xi64>
    %96 = linalg.fill ins(%c0_i64 : i64) outs(%95 : tensor<?x4x16xi64>) -> tensor<?x4x16xi64>
    %97 = tensor.empty(%91) : tensor<?x4x16xf32>
    %98 = linalg.fill ins(%cst_0 : f32) outs(%97 : tensor<?x4x16xf32>) -> tensor<?x4x16xf32>
    %99:2 = linalg.generic {indexing_maps = [#map6, #map18, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%94 : tensor<?x4x16x16xf32>) outs(%98, %96 : tensor<?x4x16xf32>, tensor<?x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_58: i64):
      %158 = linalg.index 3 : index
      %159 = arith.index_cast %158 : index to i64
      %160 = arith.maximumf %in, %out : f32
      %161 = arith.cmpf ogt, %in, %out : f32
      %162 = arith.select %161, %159, %out_58 : i64
      linalg.yield %160, %162 : f32, i64
    } -> (tensor<?x4x16xf32>, tensor<?x4x16xi64>)
    %expanded_43 = tensor.expand_shape %99#0 [[0], [1], [2, 3]] output_shape [%91, 4, 16, 1] : tensor<?x4x16xf32> into tensor<?x4x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%94, %expanded_43 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%93 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.subf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x16xf32>
    %101 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%100 : tensor<?x4x16x16xf32>) outs(%93 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.exp %in : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x16xf32>
    %102 = tensor.empty(%91) : tensor<?x4x16x1xf32>
    %103 = linalg.fill ins(%cst : f32) outs(%102 : tensor<?x4x16x1xf32>) -> tensor<?x4x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%101 : tensor<?x4x16x16xf32>) outs(%103 : tensor<?x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%101, %104 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%93 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.divf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x16xf32>
    %106 = tensor.empty(%91) : tensor<?x4x16x16xi1>
    %107 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%94 : tensor<?x4x16x16xf32>) outs(%106 : tensor<?x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %158 = arith.extf %in : f32 to f64
      %159 = arith.cmpf oeq, %158, %cst_5 : f64
      linalg.yield %159 : i1
    } -> tensor<?x4x16x16xi1>
    %108 = tensor.empty(%91) : tensor<?x4x16x1xi1>
    %109 = linalg.fill ins(%true : i1) outs(%108 : tensor<?x4x16x1xi1>) -> tensor<?x4x16x1xi1>
    %110 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%107 : tensor<?x4x16x16xi1>) outs(%109 : tensor<?x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %158 = arith.andi %in, %out : i1
      linalg.yield %158 : i1
    } -> tensor<?x4x16x1xi1>
    %111 = arith.index_cast %91 : index to i64
    %112 = arith.cmpi sge, %111, %c0_i64 : i64
    cf.assert %112, "negative values not allowed in new dimensions"
    %113 = tensor.empty(%91) : tensor<?x4x16x16xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2 : tensor<f32>) outs(%113 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %true, "mismatched size for broadcast"
    %115 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%110, %114, %105 : tensor<?x4x16x1xi1>, tensor<?x4x16x16xf32>, tensor<?x4x16x16xf32>) outs(%93 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: i1, %in_58: f32, %in_59: f32, %out: f32):
      %158 = arith.select %in, %in_58, %in_59 : f32
      linalg.yield %158 : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %116 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%83 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %158 = linalg.index 0 : index
      %159 = linalg.index 1 : index
      %160 = linalg.index 2 : index
      %161 = linalg.index 3 : index
      %162 = arith.cmpi eq, %91, %c1 : index
      %163 = arith.select %162, %c0, %158 : index
      %extracted = tensor.extract %115[%163, %159, %160, %161] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %116 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %117 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%83 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %158 = linalg.index 0 : index
      %159 = linalg.index 1 : index
      %160 = linalg.index 2 : index
      %161 = linalg.index 3 : index
      %162 = arith.cmpi eq, %dim, %c1 : index
      %163 = arith.select %162, %c0, %158 : index
      %extracted = tensor.extract %collapsed_38[%163, %159, %160, %161] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_45 = tensor.collapse_shape %117 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %118 = linalg.batch_matmul ins(%collapsed_44, %collapsed_45 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%89 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %expanded_46 = tensor.expand_shape %118 [[0, 1], [2], [3]] output_shape [%91, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    %119 = tensor.empty(%91) : tensor<?x16x4x16xf32>
    %transposed_47 = linalg.transpose ins(%expanded_46 : tensor<?x4x16x16xf32>) outs(%119 : tensor<?x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_48 = tensor.collapse_shape %transposed_47 [[0], [1], [2, 3]] : tensor<?x16x4x16xf32> into tensor<?x16x64xf32>
    %transposed_49 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%35 : tensor<64x64xf32>) permutation = [1, 0] 
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %120 = tensor.empty(%dim) : tensor<?x16x64xf32>
    %121 = linalg.generic {indexing_maps = [#map1], iterator_types = ["parallel", "parallel", "parallel"]} outs(%120 : tensor<?x16x64xf32>) {
    ^bb0(%out: f32):
      %158 = linalg.index 0 : index
      %159 = linalg.index 1 : index
      %160 = linalg.index 2 : index
      %161 = arith.cmpi eq, %91, %c1 : index
      %162 = arith.select %161, %c0, %158 : index
      %extracted = tensor.extract %collapsed_48[%162, %159, %160] : tensor<?x16x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x16x64xf32>
    cf.assert %16, "negative values not allowed in new dimensions"
    %122 = tensor.empty(%dim) : tensor<?x64x64xf32>
    %123 = linalg.generic {indexing_maps = [#map19, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_49 : tensor<64x64xf32>) outs(%122 : tensor<?x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<?x64x64xf32>
    %124 = linalg.fill ins(%cst : f32) outs(%120 : tensor<?x16x64xf32>) -> tensor<?x16x64xf32>
    %125 = linalg.batch_matmul ins(%121, %123 : tensor<?x16x64xf32>, tensor<?x64x64xf32>) outs(%124 : tensor<?x16x64xf32>) -> tensor<?x16x64xf32>
    cf.assert %true, "mismatched size for broadcast"
    %126 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %125 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.addf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %158 : f32
    } -> tensor<?x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%127 : tensor<?x16x64xf32>) outs(%28 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_8 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x1xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.truncf %cst_6 : f64 to f32
      %159 = arith.addf %in, %158 : f32
      linalg.yield %159 : f32
    } -> tensor<?x16x1xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.rsqrt %in : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x1xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %131 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x64xf32>
    %133 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %132 : tensor<64xf32>, tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x64xf32>
    %134 = tensor.empty() : tensor<64x128xf32>
    %transposed_50 = linalg.transpose ins(%arg5 : tensor<128x64xf32>) outs(%134 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_51 = tensor.collapse_shape %133 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %135 = tensor.empty(%36) : tensor<?x128xf32>
    %136 = linalg.fill ins(%cst : f32) outs(%135 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %137 = linalg.matmul ins(%collapsed_51, %transposed_50 : tensor<?x64xf32>, tensor<64x128xf32>) outs(%136 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %expanded_52 = tensor.expand_shape %137 [[0, 1], [2]] output_shape [%40, 16, 128] : tensor<?x128xf32> into tensor<?x16x128xf32>
    %138 = tensor.empty(%40) : tensor<?x16x128xf32>
    %139 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<?x16x128xf32>) outs(%138 : tensor<?x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.negf %in : f32
      %159 = math.exp %158 : f32
      %160 = arith.addf %159, %cst_1 : f32
      %161 = arith.divf %cst_1, %160 : f32
      linalg.yield %161 : f32
    } -> tensor<?x16x128xf32>
    %140 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_52, %139 : tensor<?x16x128xf32>, tensor<?x16x128xf32>) outs(%138 : tensor<?x16x128xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x128xf32>
    %transposed_53 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%134 : tensor<64x128xf32>) permutation = [1, 0] 
    %141 = linalg.matmul ins(%collapsed_51, %transposed_53 : tensor<?x64xf32>, tensor<64x128xf32>) outs(%136 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %expanded_54 = tensor.expand_shape %141 [[0, 1], [2]] output_shape [%40, 16, 128] : tensor<?x128xf32> into tensor<?x16x128xf32>
    %142 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %expanded_54 : tensor<?x16x128xf32>, tensor<?x16x128xf32>) outs(%138 : tensor<?x16x128xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x128xf32>
    %143 = tensor.empty() : tensor<128x64xf32>
    %transposed_55 = linalg.transpose ins(%arg7 : tensor<64x128xf32>) outs(%143 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_56 = tensor.collapse_shape %142 [[0, 1], [2]] : tensor<?x16x128xf32> into tensor<?x128xf32>
    %144 = affine.apply #map13()[%40]
    %145 = tensor.empty(%144) : tensor<?x64xf32>
    %146 = linalg.fill ins(%cst : f32) outs(%145 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %147 = linalg.matmul ins(%collapsed_56, %transposed_55 : tensor<?x128xf32>, tensor<128x64xf32>) outs(%146 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %148 = arith.divsi %144, %c16 : index
    %expanded_57 = tensor.expand_shape %147 [[0, 1], [2]] output_shape [%148, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %149 = arith.cmpi eq, %dim, %148 : index
    cf.assert %149, "mismatched size for broadcast"
    %150 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126, %expanded_57 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.addf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x64xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150 : tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %158 : f32
    } -> tensor<?x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%151 : tensor<?x16x64xf32>) outs(%28 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.addf %in, %out : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x1xf32>
    %153 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%152 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.divf %in, %cst_8 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x1xf32>
    %154 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%153 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = arith.truncf %cst_6 : f64 to f32
      %159 = arith.addf %in, %158 : f32
      linalg.yield %159 : f32
    } -> tensor<?x16x1xf32>
    %155 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%154 : tensor<?x16x1xf32>) outs(%27 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %158 = math.rsqrt %in : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x1xf32>
    %156 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%150, %155 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x64xf32>
    %157 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %156 : tensor<64xf32>, tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_58: f32, %out: f32):
      %158 = arith.mulf %in, %in_58 : f32
      linalg.yield %158 : f32
    } -> tensor<?x16x64xf32>
    return %157 : tensor<?x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
