// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "mistral", "path": "tm-linalg", "shapes": "dynamic"}
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
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 9.9999999999999995E-7 : f64
    %cst_6 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_7 = arith.constant 6.400000e+01 : f32
    %c256_i64 = arith.constant 256 : i64
    %c1024_i64 = arith.constant 1024 : i64
    %c512_i64 = arith.constant 512 : i64
    %cst_8 = arith.constant 2.500000e-01 : f32
    %dim = tensor.dim %arg11, %c0 : tensor<?x16xi64>
    %0 = arith.index_cast %dim : index to i64
    %1 = tensor.empty(%dim) : tensor<?x16x64xf32>
    %2 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<?x16xi64>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %153 = arith.index_cast %in : i64 to index
      %154 = linalg.index 2 : index
      %155 = arith.cmpi slt, %153, %c128 : index
      cf.assert %155, "index must be smaller than dim size"
      %156 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %156, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%153, %154] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x16x64xf32>
    %3 = tensor.empty() : tensor<16xi64>
    %4 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%3 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %153 = linalg.index 0 : index
      %154 = arith.index_cast %153 : index to i64
      linalg.yield %154 : i64
    } -> tensor<16xi64>
    %dim_9 = tensor.dim %arg12, %c0 : tensor<?x16xi64>
    %5 = tensor.empty(%dim_9) : tensor<?x16xi1>
    %6 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<?x16xi64>) outs(%5 : tensor<?x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %153 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %153 : i1
    } -> tensor<?x16xi1>
    %7 = tensor.empty(%dim) : tensor<?xi64>
    %8 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%7 : tensor<?xi64>) {
    ^bb0(%out: i64):
      %153 = linalg.index 0 : index
      %154 = arith.index_cast %153 : index to i64
      linalg.yield %154 : i64
    } -> tensor<?xi64>
    %expanded = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [%dim, 1, 1, 1] : tensor<?xi64> into tensor<?x1x1x1xi64>
    %expanded_10 = tensor.expand_shape %4 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_11 = tensor.expand_shape %4 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %9 = tensor.empty() : tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_11, %expanded_10 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_60: i64, %out: i1):
      %153 = arith.cmpi sle, %in, %in_60 : i64
      linalg.yield %153 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %10 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%9 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_60: i1, %out: i1):
      %153 = arith.andi %in, %in_60 : i1
      linalg.yield %153 : i1
    } -> tensor<1x1x16x16xi1>
    %dim_12 = tensor.dim %expanded, %c0 : tensor<?x1x1x1xi64>
    %12 = tensor.empty(%dim_12) : tensor<?x1x1x16xi1>
    %13 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_11 : tensor<?x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%12 : tensor<?x1x1x16xi1>) {
    ^bb0(%in: i64, %in_60: i64, %out: i1):
      %153 = arith.cmpi slt, %in, %c0_i64 : i64
      %154 = arith.index_cast %dim_9 : index to i64
      %155 = arith.addi %in, %154 : i64
      %156 = arith.select %153, %155, %in : i64
      %157 = arith.index_cast %156 : i64 to index
      %158 = arith.cmpi slt, %in_60, %c0_i64 : i64
      %159 = arith.addi %in_60, %c16_i64 : i64
      %160 = arith.select %158, %159, %in_60 : i64
      %161 = arith.index_cast %160 : i64 to index
      %extracted = tensor.extract %6[%157, %161] : tensor<?x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<?x1x1x16xi1>
    %14 = tensor.empty(%dim_12) : tensor<?x1x16x16xi1>
    %15 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%11, %13 : tensor<1x1x16x16xi1>, tensor<?x1x1x16xi1>) outs(%14 : tensor<?x1x16x16xi1>) {
    ^bb0(%in: i1, %in_60: i1, %out: i1):
      %153 = arith.andi %in, %in_60 : i1
      linalg.yield %153 : i1
    } -> tensor<?x1x16x16xi1>
    %16 = arith.cmpi sge, %0, %c0_i64 : i64
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %17 = tensor.empty(%dim) : tensor<?x1x16x16xi1>
    %18 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%17 : tensor<?x1x16x16xi1>) {
    ^bb0(%out: i1):
      %153 = linalg.index 0 : index
      %154 = linalg.index 2 : index
      %155 = linalg.index 3 : index
      %156 = arith.cmpi eq, %dim_12, %c1 : index
      %157 = arith.select %156, %c0, %153 : index
      %extracted = tensor.extract %15[%157, %c0, %154, %155] : tensor<?x1x16x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<?x1x16x16xi1>
    %19 = tensor.empty(%dim) : tensor<?x1x16x16xf32>
    %20 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%18, %cst_3, %cst_2 : tensor<?x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%19 : tensor<?x1x16x16xf32>) {
    ^bb0(%in: i1, %in_60: f32, %in_61: f32, %out: f32):
      %153 = arith.select %in, %in_60, %in_61 : f32
      linalg.yield %153 : f32
    } -> tensor<?x1x16x16xf32>
    %expanded_13 = tensor.expand_shape %4 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %21 = tensor.empty() : tensor<1x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_13 : tensor<1x16x1xi64>) outs(%21 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %153 = arith.sitofp %in : i64 to f32
      linalg.yield %153 : f32
    } -> tensor<1x16x1xf32>
    %23 = tensor.empty() : tensor<1x16x8xf32>
    %24 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %cst_6 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%23 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %24, %24 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %25 = tensor.empty() : tensor<1x16x16xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%25 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = math.cos %in : f32
      linalg.yield %153 : f32
    } -> tensor<1x16x16xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%25 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = math.sin %in : f32
      linalg.yield %153 : f32
    } -> tensor<1x16x16xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %153 : f32
    } -> tensor<?x16x64xf32>
    %29 = tensor.empty(%dim) : tensor<?x16x1xf32>
    %30 = linalg.fill ins(%cst : f32) outs(%29 : tensor<?x16x1xf32>) -> tensor<?x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%28 : tensor<?x16x64xf32>) outs(%30 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.addf %in, %out : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<?x16x1xf32>) outs(%29 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.divf %in, %cst_7 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<?x16x1xf32>) outs(%29 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.truncf %cst_5 : f64 to f32
      %154 = arith.addf %in, %153 : f32
      linalg.yield %154 : f32
    } -> tensor<?x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<?x16x1xf32>) outs(%29 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = math.rsqrt %in : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %34 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %35 : tensor<64xf32>, tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x64xf32>
    %37 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %36 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %38 = affine.apply #map13()[%dim]
    %39 = tensor.empty(%38) : tensor<?x64xf32>
    %40 = linalg.fill ins(%cst : f32) outs(%39 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %41 = linalg.matmul ins(%collapsed, %transposed : tensor<?x64xf32>, tensor<64x64xf32>) outs(%40 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %42 = arith.divsi %38, %c16 : index
    %expanded_14 = tensor.expand_shape %41 [[0, 1], [2]] output_shape [%42, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %43 = arith.cmpi slt, %0, %c0_i64 : i64
    %44 = arith.select %43, %c1_i64, %0 : i64
    %45 = arith.extui %43 : i1 to i64
    %46 = arith.addi %45, %c1_i64 : i64
    %47 = arith.muli %44, %c256_i64 : i64
    %48 = arith.cmpi sle, %46, %c1_i64 : i64
    cf.assert %48, "must have at most one inferred (negative) dimension"
    %49 = arith.index_cast %42 : index to i64
    %50 = arith.muli %49, %c1024_i64 : i64
    %51 = arith.divsi %50, %47 : i64
    %52 = arith.select %43, %51, %0 : i64
    %from_elements = tensor.from_elements %52, %c16_i64, %51, %c16_i64 : tensor<4xi64>
    %reshape = tensor.reshape %expanded_14(%from_elements) : (tensor<?x16x64xf32>, tensor<4xi64>) -> tensor<?x16x4x16xf32>
    %53 = arith.index_cast %52 : i64 to index
    %54 = tensor.empty(%53) : tensor<?x4x16x16xf32>
    %transposed_15 = linalg.transpose ins(%reshape : tensor<?x16x4x16xf32>) outs(%54 : tensor<?x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %55 = tensor.empty() : tensor<64x32xf32>
    %transposed_16 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%55 : tensor<64x32xf32>) permutation = [1, 0] 
    %56 = tensor.empty(%38) : tensor<?x32xf32>
    %57 = linalg.fill ins(%cst : f32) outs(%56 : tensor<?x32xf32>) -> tensor<?x32xf32>
    %58 = linalg.matmul ins(%collapsed, %transposed_16 : tensor<?x64xf32>, tensor<64x32xf32>) outs(%57 : tensor<?x32xf32>) -> tensor<?x32xf32>
    %expanded_17 = tensor.expand_shape %58 [[0, 1], [2]] output_shape [%42, 16, 32] : tensor<?x32xf32> into tensor<?x16x32xf32>
    cf.assert %48, "must have at most one inferred (negative) dimension"
    %59 = arith.muli %49, %c512_i64 : i64
    %60 = arith.divsi %59, %47 : i64
    %61 = arith.select %43, %60, %0 : i64
    %from_elements_18 = tensor.from_elements %61, %c16_i64, %60, %c16_i64 : tensor<4xi64>
    %reshape_19 = tensor.reshape %expanded_17(%from_elements_18) : (tensor<?x16x32xf32>, tensor<4xi64>) -> tensor<?x16x2x16xf32>
    %62 = arith.index_cast %61 : i64 to index
    %63 = tensor.empty(%62) : tensor<?x2x16x16xf32>
    %transposed_20 = linalg.transpose ins(%reshape_19 : tensor<?x16x2x16xf32>) outs(%63 : tensor<?x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_21 = linalg.transpose ins(%arg3 : tensor<32x64xf32>) outs(%55 : tensor<64x32xf32>) permutation = [1, 0] 
    %64 = linalg.matmul ins(%collapsed, %transposed_21 : tensor<?x64xf32>, tensor<64x32xf32>) outs(%57 : tensor<?x32xf32>) -> tensor<?x32xf32>
    %expanded_22 = tensor.expand_shape %64 [[0, 1], [2]] output_shape [%42, 16, 32] : tensor<?x32xf32> into tensor<?x16x32xf32>
    cf.assert %48, "must have at most one inferred (negative) dimension"
    %reshape_23 = tensor.reshape %expanded_22(%from_elements_18) : (tensor<?x16x32xf32>, tensor<4xi64>) -> tensor<?x16x2x16xf32>
    %transposed_24 = linalg.transpose ins(%reshape_23 : tensor<?x16x2x16xf32>) outs(%63 : tensor<?x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_25 = tensor.expand_shape %26 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_26 = tensor.expand_shape %27 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_15, %expanded_25 : tensor<?x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%54 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x4x16x16xf32>
    %extracted_slice = tensor.extract_slice %transposed_15[0, 0, 0, 0] [%53, 4, 16, 8] [1, 1, 1, 1] : tensor<?x4x16x16xf32> to tensor<?x4x16x8xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_15[0, 0, 0, 8] [%53, 4, 16, 8] [1, 1, 1, 1] : tensor<?x4x16x16xf32> to tensor<?x4x16x8xf32>
    %66 = tensor.empty(%53) : tensor<?x4x16x8xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27 : tensor<?x4x16x8xf32>) outs(%66 : tensor<?x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.negf %in : f32
      linalg.yield %153 : f32
    } -> tensor<?x4x16x8xf32>
    %concat_28 = tensor.concat dim(3) %67, %extracted_slice : (tensor<?x4x16x8xf32>, tensor<?x4x16x8xf32>) -> tensor<?x4x16x16xf32>
    %dim_29 = tensor.dim %67, %c0 : tensor<?x4x16x8xf32>
    %68 = tensor.empty(%dim_29) : tensor<?x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_28, %expanded_26 : tensor<?x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%68 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x4x16x16xf32>
    %70 = arith.cmpi eq, %53, %dim_29 : index
    cf.assert %70, "mismatched size for broadcast"
    %71 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65, %69 : tensor<?x4x16x16xf32>, tensor<?x4x16x16xf32>) outs(%54 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.addf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x4x16x16xf32>
    %72 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_20, %expanded_25 : tensor<?x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%63 : tensor<?x2x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x2x16x16xf32>
    %extracted_slice_30 = tensor.extract_slice %transposed_20[0, 0, 0, 0] [%62, 2, 16, 8] [1, 1, 1, 1] : tensor<?x2x16x16xf32> to tensor<?x2x16x8xf32>
    %extracted_slice_31 = tensor.extract_slice %transposed_20[0, 0, 0, 8] [%62, 2, 16, 8] [1, 1, 1, 1] : tensor<?x2x16x16xf32> to tensor<?x2x16x8xf32>
    %73 = tensor.empty(%62) : tensor<?x2x16x8xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_31 : tensor<?x2x16x8xf32>) outs(%73 : tensor<?x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.negf %in : f32
      linalg.yield %153 : f32
    } -> tensor<?x2x16x8xf32>
    %concat_32 = tensor.concat dim(3) %74, %extracted_slice_30 : (tensor<?x2x16x8xf32>, tensor<?x2x16x8xf32>) -> tensor<?x2x16x16xf32>
    %dim_33 = tensor.dim %74, %c0 : tensor<?x2x16x8xf32>
    %75 = tensor.empty(%dim_33) : tensor<?x2x16x16xf32>
    %76 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_32, %expanded_26 : tensor<?x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%75 : tensor<?x2x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x2x16x16xf32>
    %77 = arith.cmpi eq, %62, %dim_33 : index
    cf.assert %77, "mismatched size for broadcast"
    %78 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%72, %76 : tensor<?x2x16x16xf32>, tensor<?x2x16x16xf32>) outs(%63 : tensor<?x2x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.addf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x2x16x16xf32>
    %expanded_34 = tensor.expand_shape %78 [[0], [1], [2, 3], [4]] output_shape [%62, 2, 1, 16, 16] : tensor<?x2x16x16xf32> into tensor<?x2x1x16x16xf32>
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %79 = tensor.empty(%dim) : tensor<?x2x2x16x16xf32>
    %80 = linalg.generic {indexing_maps = [#map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%79 : tensor<?x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %153 = linalg.index 0 : index
      %154 = linalg.index 1 : index
      %155 = linalg.index 3 : index
      %156 = linalg.index 4 : index
      %157 = arith.cmpi eq, %62, %c1 : index
      %158 = arith.select %157, %c0, %153 : index
      %extracted = tensor.extract %expanded_34[%158, %154, %c0, %155, %156] : tensor<?x2x1x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x2x2x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %80 [[0], [1, 2], [3], [4]] : tensor<?x2x2x16x16xf32> into tensor<?x4x16x16xf32>
    %expanded_36 = tensor.expand_shape %transposed_24 [[0], [1], [2, 3], [4]] output_shape [%62, 2, 1, 16, 16] : tensor<?x2x16x16xf32> into tensor<?x2x1x16x16xf32>
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %81 = linalg.generic {indexing_maps = [#map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} outs(%79 : tensor<?x2x2x16x16xf32>) {
    ^bb0(%out: f32):
      %153 = linalg.index 0 : index
      %154 = linalg.index 1 : index
      %155 = linalg.index 3 : index
      %156 = linalg.index 4 : index
      %157 = arith.cmpi eq, %62, %c1 : index
      %158 = arith.select %157, %c0, %153 : index
      %extracted = tensor.extract %expanded_36[%158, %154, %c0, %155, %156] : tensor<?x2x1x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x2x2x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %81 [[0], [1, 2], [3], [4]] : tensor<?x2x2x16x16xf32> into tensor<?x4x16x16xf32>
    %82 = tensor.empty(%dim) : tensor<?x4x16x16xf32>
    %transposed_38 = linalg.transpose ins(%collapsed_35 : tensor<?x4x16x16xf32>) outs(%82 : tensor<?x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %83 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%82 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %153 = linalg.index 0 : index
      %154 = linalg.index 1 : index
      %155 = linalg.index 2 : index
      %156 = linalg.index 3 : index
      %157 = arith.cmpi eq, %53, %c1 : index
      %158 = arith.select %157, %c0, %153 : index
      %extracted = tensor.extract %71[%158, %154, %155, %156] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %83 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %84 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%82 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %153 = linalg.index 0 : index
      %154 = linalg.index 1 : index
      %155 = linalg.index 2 : index
      %156 = linalg.index 3 : index
      %157 = arith.cmpi eq, %dim, %c1 : index
      %158 = arith.select %157, %c0, %153 : index
      %extracted = tensor.extract %transposed_38[%158, %154, %155, %156] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %84 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %85 = affine.apply #map16()[%dim]
    %86 = tensor.empty(%85) : tensor<?x16x16xf32>
    %87 = linalg.fill ins(%cst : f32) outs(%86 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %88 = linalg.batch_matmul ins(%collapsed_39, %collapsed_40 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%87 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %89 = arith.divsi %85, %c4 : index
    %expanded_41 = tensor.expand_shape %88 [[0, 1], [2], [3]] output_shape [%89, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    %90 = tensor.empty(%89) : tensor<?x4x16x16xf32>
    %91 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_41 : tensor<?x4x16x16xf32>) outs(%90 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.mulf %in, %cst_8 : f32
      linalg.yield %153 : f32
    } -> tensor<?x4x16x16xf32>
    %92 = arith.cmpi eq, %89, %dim : index
    cf.assert %92, "mismatched size for broadcast"
    %93 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%91, %20 : tensor<?x4x16x16xf32>, tensor<?x1x16x16xf32>) outs(%90 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.addf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x4x16x16xf32>
    %94 = tensor.empty(%89) : tensor<?x4x16xi64>
    %95 = linalg.fill ins(%c0_i64 : i64) outs(%94 : tensor<?x4x16xi64>) -> tensor<?x4x16xi64>
    %96 = tensor.empty(%89) : tensor<?x4x16xf32>
    %97 = linalg.fill ins(%cst_0 : f32) outs(%96 : tensor<?x4x16xf32>) -> tensor<?x4x16xf32>
    %98:2 = linalg.generic {indexing_maps = [#map6, #map18, #map18], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%93 : tensor<?x4x16x16xf32>) outs(%97, %95 : tensor<?x4x16xf32>, tensor<?x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_60: i64):
      %153 = linalg.index 3 : index
      %154 = arith.index_cast %153 : index to i64
      %155 = arith.maximumf %in, %out : f32
      %156 = arith.cmpf ogt, %in, %out : f32
      %157 = arith.select %156, %154, %out_60 : i64
      linalg.yield %155, %157 : f32, i64
    } -> (tensor<?x4x16xf32>, tensor<?x4x16xi64>)
    %expanded_42 = tensor.expand_shape %98#0 [[0], [1], [2, 3]] output_shape [%89, 4, 16, 1] : tensor<?x4x16xf32> into tensor<?x4x16x1xf32>
    %99 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%93, %expanded_42 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%90 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.subf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x4x16x16xf32>
    %100 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%99 : tensor<?x4x16x16xf32>) outs(%90 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = math.exp %in : f32
      linalg.yield %153 : f32
    } -> tensor<?x4x16x16xf32>
    %101 = tensor.empty(%89) : tensor<?x4x16x1xf32>
    %102 = linalg.fill ins(%cst : f32) outs(%101 : tensor<?x4x16x1xf32>) -> tensor<?x4x16x1xf32>
    %103 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%100 : tensor<?x4x16x16xf32>) outs(%102 : tensor<?x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.addf %in, %out : f32
      linalg.yield %153 : f32
    } -> tensor<?x4x16x1xf32>
    %104 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%100, %103 : tensor<?x4x16x16xf32>, tensor<?x4x16x1xf32>) outs(%90 : tensor<?x4x16x16xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.divf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x4x16x16xf32>
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %105 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%82 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %153 = linalg.index 0 : index
      %154 = linalg.index 1 : index
      %155 = linalg.index 2 : index
      %156 = linalg.index 3 : index
      %157 = arith.cmpi eq, %89, %c1 : index
      %158 = arith.select %157, %c0, %153 : index
      %extracted = tensor.extract %104[%158, %154, %155, %156] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_43 = tensor.collapse_shape %105 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    cf.assert %16, "unimplemented: dynamic negative broadcast sizes"
    %106 = linalg.generic {indexing_maps = [#map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%82 : tensor<?x4x16x16xf32>) {
    ^bb0(%out: f32):
      %153 = linalg.index 0 : index
      %154 = linalg.index 1 : index
      %155 = linalg.index 2 : index
      %156 = linalg.index 3 : index
      %157 = arith.cmpi eq, %dim, %c1 : index
      %158 = arith.select %157, %c0, %153 : index
      %extracted = tensor.extract %collapsed_37[%158, %154, %155, %156] : tensor<?x4x16x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<?x4x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %106 [[0, 1], [2], [3]] : tensor<?x4x16x16xf32> into tensor<?x16x16xf32>
    %107 = linalg.batch_matmul ins(%collapsed_43, %collapsed_44 : tensor<?x16x16xf32>, tensor<?x16x16xf32>) outs(%87 : tensor<?x16x16xf32>) -> tensor<?x16x16xf32>
    %expanded_45 = tensor.expand_shape %107 [[0, 1], [2], [3]] output_shape [%89, 4, 16, 16] : tensor<?x16x16xf32> into tensor<?x4x16x16xf32>
    %108 = tensor.empty(%89) : tensor<?x16x4x16xf32>
    %transposed_46 = linalg.transpose ins(%expanded_45 : tensor<?x4x16x16xf32>) outs(%108 : tensor<?x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %109 = arith.muli %44, %c16_i64 : i64
    cf.assert %48, "must have at most one inferred (negative) dimension"
    %110 = arith.index_cast %89 : index to i64
    %111 = arith.muli %110, %c1024_i64 : i64
    %112 = arith.divsi %111, %109 : i64
    %113 = arith.select %43, %112, %0 : i64
    %from_elements_47 = tensor.from_elements %113, %c16_i64, %112 : tensor<3xi64>
    %reshape_48 = tensor.reshape %transposed_46(%from_elements_47) : (tensor<?x16x4x16xf32>, tensor<3xi64>) -> tensor<?x16x64xf32>
    %transposed_49 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%37 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_50 = tensor.collapse_shape %reshape_48 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %114 = arith.index_cast %113 : i64 to index
    %115 = affine.apply #map13()[%114]
    %116 = tensor.empty(%115) : tensor<?x64xf32>
    %117 = linalg.fill ins(%cst : f32) outs(%116 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %118 = linalg.matmul ins(%collapsed_50, %transposed_49 : tensor<?x64xf32>, tensor<64x64xf32>) outs(%117 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %119 = arith.divsi %115, %c16 : index
    %expanded_51 = tensor.expand_shape %118 [[0, 1], [2]] output_shape [%119, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %120 = arith.cmpi eq, %dim, %119 : index
    cf.assert %120, "mismatched size for broadcast"
    %121 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2, %expanded_51 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.addf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %153 : f32
    } -> tensor<?x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%122 : tensor<?x16x64xf32>) outs(%30 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.addf %in, %out : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x1xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123 : tensor<?x16x1xf32>) outs(%29 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.divf %in, %cst_7 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<?x16x1xf32>) outs(%29 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.truncf %cst_5 : f64 to f32
      %154 = arith.addf %in, %153 : f32
      linalg.yield %154 : f32
    } -> tensor<?x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<?x16x1xf32>) outs(%29 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = math.rsqrt %in : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %126 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %127 : tensor<64xf32>, tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x64xf32>
    %129 = tensor.empty() : tensor<64x128xf32>
    %transposed_52 = linalg.transpose ins(%arg5 : tensor<128x64xf32>) outs(%129 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_53 = tensor.collapse_shape %128 [[0, 1], [2]] : tensor<?x16x64xf32> into tensor<?x64xf32>
    %130 = tensor.empty(%38) : tensor<?x128xf32>
    %131 = linalg.fill ins(%cst : f32) outs(%130 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %132 = linalg.matmul ins(%collapsed_53, %transposed_52 : tensor<?x64xf32>, tensor<64x128xf32>) outs(%131 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %expanded_54 = tensor.expand_shape %132 [[0, 1], [2]] output_shape [%42, 16, 128] : tensor<?x128xf32> into tensor<?x16x128xf32>
    %133 = tensor.empty(%42) : tensor<?x16x128xf32>
    %134 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_54 : tensor<?x16x128xf32>) outs(%133 : tensor<?x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.negf %in : f32
      %154 = math.exp %153 : f32
      %155 = arith.addf %154, %cst_1 : f32
      %156 = arith.divf %cst_1, %155 : f32
      linalg.yield %156 : f32
    } -> tensor<?x16x128xf32>
    %135 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_54, %134 : tensor<?x16x128xf32>, tensor<?x16x128xf32>) outs(%133 : tensor<?x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x128xf32>
    %transposed_55 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%129 : tensor<64x128xf32>) permutation = [1, 0] 
    %136 = linalg.matmul ins(%collapsed_53, %transposed_55 : tensor<?x64xf32>, tensor<64x128xf32>) outs(%131 : tensor<?x128xf32>) -> tensor<?x128xf32>
    %expanded_56 = tensor.expand_shape %136 [[0, 1], [2]] output_shape [%42, 16, 128] : tensor<?x128xf32> into tensor<?x16x128xf32>
    %137 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135, %expanded_56 : tensor<?x16x128xf32>, tensor<?x16x128xf32>) outs(%133 : tensor<?x16x128xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x128xf32>
    %138 = tensor.empty() : tensor<128x64xf32>
    %transposed_57 = linalg.transpose ins(%arg7 : tensor<64x128xf32>) outs(%138 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_58 = tensor.collapse_shape %137 [[0, 1], [2]] : tensor<?x16x128xf32> into tensor<?x128xf32>
    %139 = affine.apply #map13()[%42]
    %140 = tensor.empty(%139) : tensor<?x64xf32>
    %141 = linalg.fill ins(%cst : f32) outs(%140 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %142 = linalg.matmul ins(%collapsed_58, %transposed_57 : tensor<?x128xf32>, tensor<128x64xf32>) outs(%141 : tensor<?x64xf32>) -> tensor<?x64xf32>
    %143 = arith.divsi %139, %c16 : index
    %expanded_59 = tensor.expand_shape %142 [[0, 1], [2]] output_shape [%143, 16, 64] : tensor<?x64xf32> into tensor<?x16x64xf32>
    %144 = arith.cmpi eq, %dim, %143 : index
    cf.assert %144, "mismatched size for broadcast"
    %145 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %expanded_59 : tensor<?x16x64xf32>, tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.addf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x64xf32>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %153 : f32
    } -> tensor<?x16x64xf32>
    %147 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%146 : tensor<?x16x64xf32>) outs(%30 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.addf %in, %out : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x1xf32>
    %148 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%147 : tensor<?x16x1xf32>) outs(%29 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.divf %in, %cst_7 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x1xf32>
    %149 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%148 : tensor<?x16x1xf32>) outs(%29 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = arith.truncf %cst_5 : f64 to f32
      %154 = arith.addf %in, %153 : f32
      linalg.yield %154 : f32
    } -> tensor<?x16x1xf32>
    %150 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%149 : tensor<?x16x1xf32>) outs(%29 : tensor<?x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %153 = math.rsqrt %in : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x1xf32>
    %151 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145, %150 : tensor<?x16x64xf32>, tensor<?x16x1xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x64xf32>
    %152 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %151 : tensor<64xf32>, tensor<?x16x64xf32>) outs(%1 : tensor<?x16x64xf32>) {
    ^bb0(%in: f32, %in_60: f32, %out: f32):
      %153 = arith.mulf %in, %in_60 : f32
      linalg.yield %153 : f32
    } -> tensor<?x16x64xf32>
    return %152 : tensor<?x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
