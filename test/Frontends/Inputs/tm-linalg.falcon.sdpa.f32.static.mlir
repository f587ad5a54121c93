// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "forward", "model": "falcon", "path": "tm-linalg", "shapes": "static"}
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
#map13 = affine_map<(d0, d1, d2, d3) -> (d1, 0, 0)>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, 0)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map19 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<96x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<256x64xf32>, %arg4: tensor<64x256xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<2x16xi64>, %arg10: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %c6_i64 = arith.constant 6 : i64
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant 0xFFF0000000000000 : f64
    %cst_9 = arith.constant 1.000000e-05 : f64
    %cst_10 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_11 = arith.constant 6.400000e+01 : f64
    %cst_12 = arith.constant 6.400000e+01 : f32
    %cst_13 = arith.constant 1.41421354 : f32
    %cst_14 = arith.constant dense<-2> : tensor<1x1xi64>
    %cst_15 = arith.constant dense<-1> : tensor<1x1xi64>
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %120 = arith.index_cast %in : i64 to index
      %121 = linalg.index 2 : index
      %122 = arith.cmpi slt, %120, %c128 : index
      cf.assert %122, "index must be smaller than dim size"
      %123 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %123, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%120, %121] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %120 = linalg.index 0 : index
      %121 = arith.index_cast %120 : index to i64
      linalg.yield %121 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg10 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %120 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %120 = linalg.index 0 : index
      %121 = arith.index_cast %120 : index to i64
      linalg.yield %121 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_16 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_17 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_17, %expanded_16 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_51: i64, %out: i1):
      %120 = arith.cmpi sle, %in, %in_51 : i64
      linalg.yield %120 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_51: i1, %out: i1):
      %120 = arith.andi %in, %in_51 : i1
      linalg.yield %120 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_17 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_51: i64, %out: i1):
      %120 = arith.cmpi slt, %in, %c0_i64 : i64
      %121 = arith.addi %in, %c2_i64 : i64
      %122 = arith.select %120, %121, %in : i64
      %123 = arith.index_cast %122 : i64 to index
      %124 = arith.cmpi slt, %in_51, %c0_i64 : i64
      %125 = arith.addi %in_51, %c16_i64 : i64
      %126 = arith.select %124, %125, %in_51 : i64
      %127 = arith.index_cast %126 : i64 to index
      %extracted = tensor.extract %5[%123, %127] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_51: i1, %out: i1):
      %120 = arith.andi %in, %in_51 : i1
      linalg.yield %120 : i1
    } -> tensor<2x1x16x16xi1>
    %expanded_18 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %15 = tensor.empty() : tensor<1x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_18 : tensor<1x16x1xi64>) outs(%15 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %120 = arith.sitofp %in : i64 to f32
      linalg.yield %120 : f32
    } -> tensor<1x16x1xf32>
    %17 = tensor.empty() : tensor<1x16x8xf32>
    %18 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16, %cst_10 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%17 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.mulf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %18, %18 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %19 = tensor.empty() : tensor<1x16x16xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%19 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.cos %in : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x16xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%19 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.sin %in : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x16xf32>
    %22 = tensor.empty() : tensor<2x16x64xf64>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %120 = arith.extf %in : f32 to f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %24 = tensor.empty() : tensor<2x16x1xf64>
    %25 = linalg.fill ins(%cst : f64) outs(%24 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %26 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%23 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.addf %in, %out : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.divf %in, %cst_11 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %28 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %27 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_51: f64, %out: f64):
      %120 = arith.subf %in, %in_51 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %29 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %28 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_51: f64, %out: f64):
      %120 = arith.mulf %in, %in_51 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %30 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%29 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.addf %in, %out : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.divf %in, %cst_11 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %32 = tensor.empty() : tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31 : tensor<2x16x1xf64>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %120 = arith.truncf %in : f64 to f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.fill ins(%cst_0 : f32) outs(%32 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x64xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_12 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.truncf %cst_9 : f64 to f32
      %121 = arith.addf %in, %120 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.rsqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %36 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.subf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %38 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.mulf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg5 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.mulf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.addf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %43 = tensor.empty() : tensor<64x96xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<96x64xf32>) outs(%43 : tensor<64x96xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %42 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %44 = tensor.empty() : tensor<32x96xf32>
    %45 = linalg.fill ins(%cst_0 : f32) outs(%44 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %46 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x96xf32>) outs(%45 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %expanded_19 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 6, 16] : tensor<32x96xf32> into tensor<2x16x6x16xf32>
    %extracted_slice = tensor.extract_slice %expanded_19[0, 0, 0, 0] [2, 16, 4, 16] [1, 1, 1, 1] : tensor<2x16x6x16xf32> to tensor<2x16x4x16xf32>
    %expanded_20 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [16, 1, 1] : tensor<16xi64> into tensor<16x1x1xi64>
    %47 = tensor.empty() : tensor<2x16x1x16xf32>
    %48 = linalg.generic {indexing_maps = [#map8, #map13, #map14, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_20, %cst_14, %3 : tensor<2x1x1x1xi64>, tensor<16x1x1xi64>, tensor<1x1xi64>, tensor<16xi64>) outs(%47 : tensor<2x16x1x16xf32>) {
    ^bb0(%in: i64, %in_51: i64, %in_52: i64, %in_53: i64, %out: f32):
      %120 = arith.cmpi slt, %in, %c0_i64 : i64
      %121 = arith.addi %in, %c2_i64 : i64
      %122 = arith.select %120, %121, %in : i64
      %123 = arith.index_cast %122 : i64 to index
      %124 = arith.cmpi slt, %in_51, %c0_i64 : i64
      %125 = arith.addi %in_51, %c16_i64 : i64
      %126 = arith.select %124, %125, %in_51 : i64
      %127 = arith.index_cast %126 : i64 to index
      %128 = arith.cmpi slt, %in_52, %c0_i64 : i64
      %129 = arith.addi %in_52, %c6_i64 : i64
      %130 = arith.select %128, %129, %in_52 : i64
      %131 = arith.index_cast %130 : i64 to index
      %132 = arith.cmpi slt, %in_53, %c0_i64 : i64
      %133 = arith.addi %in_53, %c16_i64 : i64
      %134 = arith.select %132, %133, %in_53 : i64
      %135 = arith.index_cast %134 : i64 to index
      %extracted = tensor.extract %expanded_19[%123, %127, %131, %135] : tensor<2x16x6x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x1x16xf32>
    %49 = linalg.generic {indexing_maps = [#map8, #map13, #map14, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_20, %cst_15, %3 : tensor<2x1x1x1xi64>, tensor<16x1x1xi64>, tensor<1x1xi64>, tensor<16xi64>) outs(%47 : tensor<2x16x1x16xf32>) {
    ^bb0(%in: i64, %in_51: i64, %in_52: i64, %in_53: i64, %out: f32):
      %120 = arith.cmpi slt, %in, %c0_i64 : i64
      %121 = arith.addi %in, %c2_i64 : i64
      %122 = arith.select %120, %121, %in : i64
      %123 = arith.index_cast %122 : i64 to index
      %124 = arith.cmpi slt, %in_51, %c0_i64 : i64
      %125 = arith.addi %in_51, %c16_i64 : i64
      %126 = arith.select %124, %125, %in_51 : i64
      %127 = arith.index_cast %126 : i64 to index
      %128 = arith.cmpi slt, %in_52, %c0_i64 : i64
      %129 = arith.addi %in_52, %c6_i64 : i64
      %130 = arith.select %128, %129, %in_52 : i64
      %131 = arith.index_cast %130 : i64 to index
      %132 = arith.cmpi slt, %in_53, %c0_i64 : i64
      %133 = arith.addi %in_53, %c16_i64 : i64
      %134 = arith.select %132, %133, %in_53 : i64
      %135 = arith.index_cast %134 : i64 to index
      %extracted = tensor.extract %expanded_19[%123, %127, %131, %135] : tensor<2x16x6x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x1x16xf32>
    %50 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_21 = linalg.transpose ins(%extracted_slice : tensor<2x16x4x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %51 = tensor.empty() : tensor<2x1x16x16xf32>
    %transposed_22 = linalg.transpose ins(%48 : tensor<2x16x1x16xf32>) outs(%51 : tensor<2x1x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%49 : tensor<2x16x1x16xf32>) outs(%51 : tensor<2x1x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_24 = tensor.expand_shape %20 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_25 = tensor.expand_shape %21 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_21, %expanded_24 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.mulf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_26 = tensor.extract_slice %transposed_21[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_27 = tensor.extract_slice %transposed_21[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %53 = tensor.empty() : tensor<2x4x16x8xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_27 : tensor<2x4x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.negf %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_28 = tensor.concat dim(3) %54, %extracted_slice_26 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_28, %expanded_25 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.mulf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %55 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.addf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_22, %expanded_24 : tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>) outs(%51 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.mulf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x1x16x16xf32>
    %extracted_slice_29 = tensor.extract_slice %transposed_22[0, 0, 0, 0] [2, 1, 16, 8] [1, 1, 1, 1] : tensor<2x1x16x16xf32> to tensor<2x1x16x8xf32>
    %extracted_slice_30 = tensor.extract_slice %transposed_22[0, 0, 0, 8] [2, 1, 16, 8] [1, 1, 1, 1] : tensor<2x1x16x16xf32> to tensor<2x1x16x8xf32>
    %58 = tensor.empty() : tensor<2x1x16x8xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_30 : tensor<2x1x16x8xf32>) outs(%58 : tensor<2x1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.negf %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x1x16x8xf32>
    %concat_31 = tensor.concat dim(3) %59, %extracted_slice_29 : (tensor<2x1x16x8xf32>, tensor<2x1x16x8xf32>) -> tensor<2x1x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_31, %expanded_25 : tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>) outs(%51 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.mulf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x1x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %60 : tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) outs(%51 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.addf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x1x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_5, %cst_6 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%51 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_51: f32, %in_52: f32, %out: f32):
      %120 = arith.select %in, %in_51, %in_52 : f32
      linalg.yield %120 : f32
    } -> tensor<2x1x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%56 : tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.mulf %in, %cst_3 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_32 = linalg.transpose ins(%61 : tensor<2x1x16x16xf32>) outs(%51 : tensor<2x1x16x16xf32>) permutation = [0, 1, 3, 2] 
    %64 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_32 : tensor<2x1x16x16xf32>) outs(%51 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.mulf %in, %cst_3 : f32
      linalg.yield %120 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_33 = tensor.collapse_shape %63 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_34 = tensor.collapse_shape %64 [[0, 1], [2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_34 : tensor<2x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %65 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %66 = tensor.empty() : tensor<8x16x16xf32>
    %67 = linalg.fill ins(%cst_0 : f32) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %68 = linalg.batch_matmul ins(%collapsed_33, %collapsed_35 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%67 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_36 = tensor.expand_shape %68 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map18, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_36, %62 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.addf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16xi64>
    %71 = linalg.fill ins(%c0_i64 : i64) outs(%70 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %72 = tensor.empty() : tensor<2x4x16xf32>
    %73 = linalg.fill ins(%cst_1 : f32) outs(%72 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %74:2 = linalg.generic {indexing_maps = [#map6, #map19, #map19], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%73, %71 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_51: i64):
      %120 = linalg.index 3 : index
      %121 = arith.index_cast %120 : index to i64
      %122 = arith.maximumf %in, %out : f32
      %123 = arith.cmpf ogt, %in, %out : f32
      %124 = arith.select %123, %121, %out_51 : i64
      linalg.yield %122, %124 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_37 = tensor.expand_shape %74#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %expanded_37 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.subf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.exp %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = tensor.empty() : tensor<2x4x16x1xf32>
    %78 = linalg.fill ins(%cst_0 : f32) outs(%77 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76, %79 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.divf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %81 = tensor.empty() : tensor<2x4x16x16xi1>
    %82 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%81 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %120 = arith.extf %in : f32 to f64
      %121 = arith.cmpf oeq, %120, %cst_8 : f64
      linalg.yield %121 : i1
    } -> tensor<2x4x16x16xi1>
    %83 = tensor.empty() : tensor<2x4x16x1xi1>
    %84 = linalg.fill ins(%true : i1) outs(%83 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %85 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%82 : tensor<2x4x16x16xi1>) outs(%84 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %120 = arith.andi %in, %out : i1
      linalg.yield %120 : i1
    } -> tensor<2x4x16x1xi1>
    %86 = linalg.generic {indexing_maps = [#map5, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%85, %cst_4, %80 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_51: f32, %in_52: f32, %out: f32):
      %120 = arith.select %in, %in_51, %in_52 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %86 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %transposed_23 [[0, 1], [2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %87 = linalg.generic {indexing_maps = [#map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_39 : tensor<2x16x16xf32>) outs(%50 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %87 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %88 = linalg.batch_matmul ins(%collapsed_38, %collapsed_40 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%67 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_41 = tensor.expand_shape %88 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %89 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_42 = linalg.transpose ins(%expanded_41 : tensor<2x4x16x16xf32>) outs(%89 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %90 = tensor.empty() : tensor<64x64xf32>
    %transposed_43 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%90 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_44 = tensor.collapse_shape %transposed_42 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %91 = tensor.empty() : tensor<32x64xf32>
    %92 = linalg.fill ins(%cst_0 : f32) outs(%91 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %93 = linalg.matmul ins(%collapsed_44, %transposed_43 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%92 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_45 = tensor.expand_shape %93 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %94 = tensor.empty() : tensor<64x256xf32>
    %transposed_46 = linalg.transpose ins(%arg3 : tensor<256x64xf32>) outs(%94 : tensor<64x256xf32>) permutation = [1, 0] 
    %95 = tensor.empty() : tensor<32x256xf32>
    %96 = linalg.fill ins(%cst_0 : f32) outs(%95 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %97 = linalg.matmul ins(%collapsed, %transposed_46 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%96 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %expanded_47 = tensor.expand_shape %97 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %98 = tensor.empty() : tensor<2x16x256xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_47 : tensor<2x16x256xf32>) outs(%98 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_13 : f32
      %121 = math.erf %120 : f32
      %122 = arith.addf %121, %cst_2 : f32
      %123 = arith.mulf %122, %cst_3 : f32
      %124 = arith.mulf %in, %123 : f32
      linalg.yield %124 : f32
    } -> tensor<2x16x256xf32>
    %100 = tensor.empty() : tensor<256x64xf32>
    %transposed_48 = linalg.transpose ins(%arg4 : tensor<64x256xf32>) outs(%100 : tensor<256x64xf32>) permutation = [1, 0] 
    %collapsed_49 = tensor.collapse_shape %99 [[0, 1], [2]] : tensor<2x16x256xf32> into tensor<32x256xf32>
    %101 = linalg.matmul ins(%collapsed_49, %transposed_48 : tensor<32x256xf32>, tensor<256x64xf32>) outs(%92 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_50 = tensor.expand_shape %101 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_50, %expanded_45 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.addf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %102 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.addf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %120 = arith.extf %in : f32 to f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %105 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%104 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.addf %in, %out : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.divf %in, %cst_11 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %107 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %106 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_51: f64, %out: f64):
      %120 = arith.subf %in, %in_51 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %108 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107, %107 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%22 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_51: f64, %out: f64):
      %120 = arith.mulf %in, %in_51 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x64xf64>
    %109 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%108 : tensor<2x16x64xf64>) outs(%25 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.addf %in, %out : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf64>) outs(%24 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %120 = arith.divf %in, %cst_11 : f64
      linalg.yield %120 : f64
    } -> tensor<2x16x1xf64>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<2x16x1xf64>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %120 = arith.truncf %in : f64 to f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%103 : tensor<2x16x64xf32>) outs(%34 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_12 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.truncf %cst_9 : f64 to f32
      %121 = arith.addf %in, %120 : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.rsqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %113 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.subf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %115 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.mulf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.mulf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %120 = arith.addf %in, %in_51 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    return %119 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539"
    }
  }
#-}
