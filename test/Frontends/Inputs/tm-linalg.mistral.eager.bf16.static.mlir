// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "bf16", "expected_blocks": 1, "func": "forward", "model": "mistral", "path": "tm-linalg", "shapes": "static"}
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
module {
  func.func @forward(%arg0: tensor<128x64xbf16>, %arg1: tensor<64x64xbf16>, %arg2: tensor<32x64xbf16>, %arg3: tensor<32x64xbf16>, %arg4: tensor<64x64xbf16>, %arg5: tensor<128x64xbf16>, %arg6: tensor<128x64xbf16>, %arg7: tensor<64x128xbf16>, %arg8: tensor<64xbf16>, %arg9: tensor<64xbf16>, %arg10: tensor<64xbf16>, %arg11: tensor<2x16xi64>, %arg12: tensor<2x16xi64>) -> tensor<2x16x64xbf16> {
    %c2_i64 = arith.constant 2 : i64
    %c16_i64 = arith.constant 16 : i64
    %c0_i64 = arith.constant 0 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<-3.389530e+38> : tensor<bf16>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 9.9999999999999995E-7 : f64
    %cst_6 = arith.constant dense_resource<torch_tensor_8_torch.bfloat16> : tensor<8xbf16>
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 2.500000e-01 : bf16
    %0 = tensor.empty() : tensor<2x16x64xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg11 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %134 = arith.index_cast %in : i64 to index
      %135 = linalg.index 2 : index
      %136 = arith.cmpi slt, %134, %c128 : index
      cf.assert %136, "index must be smaller than dim size"
      %137 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %137, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%134, %135] : tensor<128x64xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<2x16x64xbf16>
    %2 = tensor.empty() : tensor<16xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %134 = linalg.index 0 : index
      %135 = arith.index_cast %134 : index to i64
      linalg.yield %135 : i64
    } -> tensor<16xi64>
    %4 = tensor.empty() : tensor<2x16xi1>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<2x16xi64>) outs(%4 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %134 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %134 : i1
    } -> tensor<2x16xi1>
    %6 = tensor.empty() : tensor<2xi64>
    %7 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%6 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %134 = linalg.index 0 : index
      %135 = arith.index_cast %134 : index to i64
      linalg.yield %135 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_9 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_10 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_10, %expanded_9 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_48: i64, %out: i1):
      %134 = arith.cmpi sle, %in, %in_48 : i64
      linalg.yield %134 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %134 = arith.andi %in, %in_48 : i1
      linalg.yield %134 : i1
    } -> tensor<1x1x16x16xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_10 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_48: i64, %out: i1):
      %134 = arith.cmpi slt, %in, %c0_i64 : i64
      %135 = arith.addi %in, %c2_i64 : i64
      %136 = arith.select %134, %135, %in : i64
      %137 = arith.index_cast %136 : i64 to index
      %138 = arith.cmpi slt, %in_48, %c0_i64 : i64
      %139 = arith.addi %in_48, %c16_i64 : i64
      %140 = arith.select %138, %139, %in_48 : i64
      %141 = arith.index_cast %140 : i64 to index
      %extracted = tensor.extract %5[%137, %141] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map10, #map4, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_48: i1, %out: i1):
      %134 = arith.andi %in, %in_48 : i1
      linalg.yield %134 : i1
    } -> tensor<2x1x16x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xbf16>
    %16 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_3, %cst_2 : tensor<2x1x16x16xi1>, tensor<bf16>, tensor<bf16>) outs(%15 : tensor<2x1x16x16xbf16>) {
    ^bb0(%in: i1, %in_48: bf16, %in_49: bf16, %out: bf16):
      %134 = arith.select %in, %in_48, %in_49 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x1x16x16xbf16>
    %expanded_11 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %17 = tensor.empty() : tensor<1x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_11 : tensor<1x16x1xi64>) outs(%17 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %134 = arith.sitofp %in : i64 to f32
      linalg.yield %134 : f32
    } -> tensor<1x16x1xf32>
    %19 = tensor.empty() : tensor<8xf32>
    %20 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_6 : tensor<8xbf16>) outs(%19 : tensor<8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %134 = arith.extf %in : bf16 to f32
      linalg.yield %134 : f32
    } -> tensor<8xf32>
    %21 = tensor.empty() : tensor<1x16x8xf32>
    %22 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%18, %20 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%21 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %134 = arith.mulf %in, %in_48 : f32
      linalg.yield %134 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %22, %22 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %23 = tensor.empty() : tensor<1x16x16xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.cos %in : f32
      linalg.yield %134 : f32
    } -> tensor<1x16x16xf32>
    %25 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.sin %in : f32
      linalg.yield %134 : f32
    } -> tensor<1x16x16xf32>
    %26 = tensor.empty() : tensor<1x16x16xbf16>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<1x16x16xf32>) outs(%26 : tensor<1x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<1x16x16xbf16>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%25 : tensor<1x16x16xf32>) outs(%26 : tensor<1x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<1x16x16xbf16>
    %29 = tensor.empty() : tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xbf16>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %134 = arith.extf %in : bf16 to f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %32 = tensor.empty() : tensor<2x16x1xf32>
    %33 = linalg.fill ins(%cst : f32) outs(%32 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%31 : tensor<2x16x64xf32>) outs(%33 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_7 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.truncf %cst_5 : f64 to f32
      %135 = arith.addf %in, %134 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.rsqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %37 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %134 = arith.mulf %in, %in_48 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<2x16x64xbf16>
    %40 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %39 : tensor<64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.mulf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x16x64xbf16>
    %41 = tensor.empty() : tensor<64x64xbf16>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xbf16>) outs(%41 : tensor<64x64xbf16>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %40 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %42 = tensor.empty() : tensor<32x64xf32>
    %43 = linalg.fill ins(%cst : f32) outs(%42 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %44 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %45 = tensor.empty() : tensor<32x64xbf16>
    %46 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%44 : tensor<32x64xf32>) outs(%45 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<32x64xbf16>
    %expanded_12 = tensor.expand_shape %46 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xbf16> into tensor<2x16x4x16xbf16>
    %47 = tensor.empty() : tensor<2x4x16x16xbf16>
    %transposed_13 = linalg.transpose ins(%expanded_12 : tensor<2x16x4x16xbf16>) outs(%47 : tensor<2x4x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %48 = tensor.empty() : tensor<64x32xbf16>
    %transposed_14 = linalg.transpose ins(%arg2 : tensor<32x64xbf16>) outs(%48 : tensor<64x32xbf16>) permutation = [1, 0] 
    %49 = tensor.empty() : tensor<32x32xf32>
    %50 = linalg.fill ins(%cst : f32) outs(%49 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %51 = linalg.matmul ins(%collapsed, %transposed_14 : tensor<32x64xbf16>, tensor<64x32xbf16>) outs(%50 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %52 = tensor.empty() : tensor<32x32xbf16>
    %53 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%51 : tensor<32x32xf32>) outs(%52 : tensor<32x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<32x32xbf16>
    %expanded_15 = tensor.expand_shape %53 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xbf16> into tensor<2x16x2x16xbf16>
    %54 = tensor.empty() : tensor<2x2x16x16xbf16>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x16x2x16xbf16>) outs(%54 : tensor<2x2x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_17 = linalg.transpose ins(%arg3 : tensor<32x64xbf16>) outs(%48 : tensor<64x32xbf16>) permutation = [1, 0] 
    %55 = linalg.matmul ins(%collapsed, %transposed_17 : tensor<32x64xbf16>, tensor<64x32xbf16>) outs(%50 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %56 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%55 : tensor<32x32xf32>) outs(%52 : tensor<32x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<32x32xbf16>
    %expanded_18 = tensor.expand_shape %56 [[0, 1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<32x32xbf16> into tensor<2x16x2x16xbf16>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x2x16xbf16>) outs(%54 : tensor<2x2x16x16xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_20 = tensor.expand_shape %27 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xbf16> into tensor<1x1x16x16xbf16>
    %expanded_21 = tensor.expand_shape %28 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xbf16> into tensor<1x1x16x16xbf16>
    %57 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_13, %expanded_20 : tensor<2x4x16x16xbf16>, tensor<1x1x16x16xbf16>) outs(%47 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.mulf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x4x16x16xbf16>
    %extracted_slice = tensor.extract_slice %transposed_13[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xbf16> to tensor<2x4x16x8xbf16>
    %extracted_slice_22 = tensor.extract_slice %transposed_13[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xbf16> to tensor<2x4x16x8xbf16>
    %58 = tensor.empty() : tensor<2x4x16x8xbf16>
    %59 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_22 : tensor<2x4x16x8xbf16>) outs(%58 : tensor<2x4x16x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %134 = arith.negf %in : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x4x16x8xbf16>
    %concat_23 = tensor.concat dim(3) %59, %extracted_slice : (tensor<2x4x16x8xbf16>, tensor<2x4x16x8xbf16>) -> tensor<2x4x16x16xbf16>
    %60 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_23, %expanded_21 : tensor<2x4x16x16xbf16>, tensor<1x1x16x16xbf16>) outs(%47 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.mulf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x4x16x16xbf16>
    %61 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %60 : tensor<2x4x16x16xbf16>, tensor<2x4x16x16xbf16>) outs(%47 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.addf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x4x16x16xbf16>
    %62 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_16, %expanded_20 : tensor<2x2x16x16xbf16>, tensor<1x1x16x16xbf16>) outs(%54 : tensor<2x2x16x16xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.mulf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x2x16x16xbf16>
    %extracted_slice_24 = tensor.extract_slice %transposed_16[0, 0, 0, 0] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xbf16> to tensor<2x2x16x8xbf16>
    %extracted_slice_25 = tensor.extract_slice %transposed_16[0, 0, 0, 8] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xbf16> to tensor<2x2x16x8xbf16>
    %63 = tensor.empty() : tensor<2x2x16x8xbf16>
    %64 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_25 : tensor<2x2x16x8xbf16>) outs(%63 : tensor<2x2x16x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %134 = arith.negf %in : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x2x16x8xbf16>
    %concat_26 = tensor.concat dim(3) %64, %extracted_slice_24 : (tensor<2x2x16x8xbf16>, tensor<2x2x16x8xbf16>) -> tensor<2x2x16x16xbf16>
    %65 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_26, %expanded_21 : tensor<2x2x16x16xbf16>, tensor<1x1x16x16xbf16>) outs(%54 : tensor<2x2x16x16xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.mulf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x2x16x16xbf16>
    %66 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %65 : tensor<2x2x16x16xbf16>, tensor<2x2x16x16xbf16>) outs(%54 : tensor<2x2x16x16xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.addf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x2x16x16xbf16>
    %67 = tensor.empty() : tensor<2x2x2x16x16xbf16>
    %68 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%66 : tensor<2x2x16x16xbf16>) outs(%67 : tensor<2x2x2x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x2x2x16x16xbf16>
    %collapsed_27 = tensor.collapse_shape %68 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xbf16> into tensor<2x4x16x16xbf16>
    %69 = linalg.generic {indexing_maps = [#map14, #map15], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19 : tensor<2x2x16x16xbf16>) outs(%67 : tensor<2x2x2x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x2x2x16x16xbf16>
    %transposed_28 = linalg.transpose ins(%collapsed_27 : tensor<2x4x16x16xbf16>) outs(%47 : tensor<2x4x16x16xbf16>) permutation = [0, 1, 3, 2] 
    %collapsed_29 = tensor.collapse_shape %61 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_30 = tensor.collapse_shape %transposed_28 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %70 = tensor.empty() : tensor<8x16x16xf32>
    %71 = linalg.fill ins(%cst : f32) outs(%70 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %72 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%71 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %73 = tensor.empty() : tensor<8x16x16xbf16>
    %74 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<8x16x16xf32>) outs(%73 : tensor<8x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<8x16x16xbf16>
    %expanded_31 = tensor.expand_shape %74 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %75 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31 : tensor<2x4x16x16xbf16>) outs(%47 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %134 = arith.mulf %in, %cst_8 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x4x16x16xbf16>
    %76 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %16 : tensor<2x4x16x16xbf16>, tensor<2x1x16x16xbf16>) outs(%47 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.addf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x4x16x16xbf16>
    %77 = tensor.empty() : tensor<2x4x16x16xf32>
    %78 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76 : tensor<2x4x16x16xbf16>) outs(%77 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %134 = arith.extf %in : bf16 to f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x16xf32>
    %79 = tensor.empty() : tensor<2x4x16xi64>
    %80 = linalg.fill ins(%c0_i64 : i64) outs(%79 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %81 = tensor.empty() : tensor<2x4x16xf32>
    %82 = linalg.fill ins(%cst_0 : f32) outs(%81 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %83:2 = linalg.generic {indexing_maps = [#map6, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%78 : tensor<2x4x16x16xf32>) outs(%82, %80 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_48: i64):
      %134 = linalg.index 3 : index
      %135 = arith.index_cast %134 : index to i64
      %136 = arith.maximumf %in, %out : f32
      %137 = arith.cmpf ogt, %in, %out : f32
      %138 = arith.select %137, %135, %out_48 : i64
      linalg.yield %136, %138 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_32 = tensor.expand_shape %83#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%78, %expanded_32 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%77 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %134 = arith.subf %in, %in_48 : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x16xf32>
    %85 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%84 : tensor<2x4x16x16xf32>) outs(%77 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.exp %in : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x16xf32>
    %86 = tensor.empty() : tensor<2x4x16x1xf32>
    %87 = linalg.fill ins(%cst : f32) outs(%86 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %88 = linalg.generic {indexing_maps = [#map6, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%85 : tensor<2x4x16x16xf32>) outs(%87 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x1xf32>
    %89 = linalg.generic {indexing_maps = [#map6, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%85, %88 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%77 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %134 = arith.divf %in, %in_48 : f32
      linalg.yield %134 : f32
    } -> tensor<2x4x16x16xf32>
    %90 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%89 : tensor<2x4x16x16xf32>) outs(%47 : tensor<2x4x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<2x4x16x16xbf16>
    %collapsed_33 = tensor.collapse_shape %90 [[0, 1], [2], [3]] : tensor<2x4x16x16xbf16> into tensor<8x16x16xbf16>
    %collapsed_34 = tensor.collapse_shape %69 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xbf16> into tensor<8x16x16xbf16>
    %91 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<8x16x16xbf16>, tensor<8x16x16xbf16>) outs(%71 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<8x16x16xf32>) outs(%73 : tensor<8x16x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<8x16x16xbf16>
    %expanded_35 = tensor.expand_shape %92 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xbf16> into tensor<2x4x16x16xbf16>
    %93 = tensor.empty() : tensor<2x16x4x16xbf16>
    %transposed_36 = linalg.transpose ins(%expanded_35 : tensor<2x4x16x16xbf16>) outs(%93 : tensor<2x16x4x16xbf16>) permutation = [0, 2, 1, 3] 
    %transposed_37 = linalg.transpose ins(%arg4 : tensor<64x64xbf16>) outs(%41 : tensor<64x64xbf16>) permutation = [1, 0] 
    %collapsed_38 = tensor.collapse_shape %transposed_36 [[0, 1], [2, 3]] : tensor<2x16x4x16xbf16> into tensor<32x64xbf16>
    %94 = linalg.matmul ins(%collapsed_38, %transposed_37 : tensor<32x64xbf16>, tensor<64x64xbf16>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %95 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%94 : tensor<32x64xf32>) outs(%45 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<32x64xbf16>
    %expanded_39 = tensor.expand_shape %95 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %96 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_39 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.addf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x16x64xbf16>
    %97 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96 : tensor<2x16x64xbf16>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %134 = arith.extf %in : bf16 to f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%98 : tensor<2x16x64xf32>) outs(%33 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %100 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_7 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.truncf %cst_5 : f64 to f32
      %135 = arith.addf %in, %134 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %102 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.rsqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %103 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %102 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %134 = arith.mulf %in, %in_48 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<2x16x64xbf16>
    %105 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %104 : tensor<64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.mulf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x16x64xbf16>
    %106 = tensor.empty() : tensor<64x128xbf16>
    %transposed_40 = linalg.transpose ins(%arg5 : tensor<128x64xbf16>) outs(%106 : tensor<64x128xbf16>) permutation = [1, 0] 
    %collapsed_41 = tensor.collapse_shape %105 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %107 = tensor.empty() : tensor<32x128xf32>
    %108 = linalg.fill ins(%cst : f32) outs(%107 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %109 = linalg.matmul ins(%collapsed_41, %transposed_40 : tensor<32x64xbf16>, tensor<64x128xbf16>) outs(%108 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %110 = tensor.empty() : tensor<32x128xbf16>
    %111 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%109 : tensor<32x128xf32>) outs(%110 : tensor<32x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<32x128xbf16>
    %expanded_42 = tensor.expand_shape %111 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %112 = tensor.empty() : tensor<2x16x128xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_42 : tensor<2x16x128xbf16>) outs(%112 : tensor<2x16x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %134 = arith.extf %in : bf16 to f32
      linalg.yield %134 : f32
    } -> tensor<2x16x128xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x128xf32>) outs(%112 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.negf %in : f32
      %135 = math.exp %134 : f32
      %136 = arith.addf %135, %cst_1 : f32
      %137 = arith.divf %cst_1, %136 : f32
      linalg.yield %137 : f32
    } -> tensor<2x16x128xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %114 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%112 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %134 = arith.mulf %in, %in_48 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x128xf32>
    %116 = tensor.empty() : tensor<2x16x128xbf16>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x128xf32>) outs(%116 : tensor<2x16x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<2x16x128xbf16>
    %transposed_43 = linalg.transpose ins(%arg6 : tensor<128x64xbf16>) outs(%106 : tensor<64x128xbf16>) permutation = [1, 0] 
    %118 = linalg.matmul ins(%collapsed_41, %transposed_43 : tensor<32x64xbf16>, tensor<64x128xbf16>) outs(%108 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %119 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%118 : tensor<32x128xf32>) outs(%110 : tensor<32x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<32x128xbf16>
    %expanded_44 = tensor.expand_shape %119 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xbf16> into tensor<2x16x128xbf16>
    %120 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %expanded_44 : tensor<2x16x128xbf16>, tensor<2x16x128xbf16>) outs(%116 : tensor<2x16x128xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.mulf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x16x128xbf16>
    %121 = tensor.empty() : tensor<128x64xbf16>
    %transposed_45 = linalg.transpose ins(%arg7 : tensor<64x128xbf16>) outs(%121 : tensor<128x64xbf16>) permutation = [1, 0] 
    %collapsed_46 = tensor.collapse_shape %120 [[0, 1], [2]] : tensor<2x16x128xbf16> into tensor<32x128xbf16>
    %122 = linalg.matmul ins(%collapsed_46, %transposed_45 : tensor<32x128xbf16>, tensor<128x64xbf16>) outs(%43 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %123 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%122 : tensor<32x64xf32>) outs(%45 : tensor<32x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<32x64xbf16>
    %expanded_47 = tensor.expand_shape %123 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xbf16> into tensor<2x16x64xbf16>
    %124 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %expanded_47 : tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.addf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x16x64xbf16>
    %125 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x64xbf16>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %134 = arith.extf %in : bf16 to f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%126 : tensor<2x16x64xf32>) outs(%33 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.addf %in, %out : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.divf %in, %cst_7 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %129 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = arith.truncf %cst_5 : f64 to f32
      %135 = arith.addf %in, %134 : f32
      linalg.yield %135 : f32
    } -> tensor<2x16x1xf32>
    %130 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x16x1xf32>) outs(%32 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %134 = math.rsqrt %in : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x1xf32>
    %131 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %130 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%29 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_48: f32, %out: f32):
      %134 = arith.mulf %in, %in_48 : f32
      linalg.yield %134 : f32
    } -> tensor<2x16x64xf32>
    %132 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %134 = arith.truncf %in : f32 to bf16
      linalg.yield %134 : bf16
    } -> tensor<2x16x64xbf16>
    %133 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %132 : tensor<64xbf16>, tensor<2x16x64xbf16>) outs(%0 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %in_48: bf16, %out: bf16):
      %134 = arith.mulf %in, %in_48 : bf16
      linalg.yield %134 : bf16
    } -> tensor<2x16x64xbf16>
    return %133 : tensor<2x16x64xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.bfloat16: "0x02000000803FA23ECD3D023D243C4F3B833AA639"
    }
  }
#-}
