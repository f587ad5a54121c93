// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [8, 4]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "main", "model": "t5_encoder", "path": "turbine-iree", "shapes": "static"}
#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1) -> (d0, d1)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> ()>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map7 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1) -> (0, d1)>
#map13 = affine_map<(d0, d1) -> (d0, 0)>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module @module {
  func.func @main(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<8x4xf32>, %arg6: tensor<64xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<64x128xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64x64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<64x64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<128x64xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<2x16xi64>, %arg20: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c16_i64 = arith.constant 16 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c4_i64 = arith.constant 4 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f32
    %c8 = arith.constant 8 : index
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<3> : tensor<16x16xi64>
    %cst_2 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant 2.07944131 : f32
    %cst_6 = arith.constant 9.99999997E-7 : f32
    %cst_7 = arith.constant 6.400000e+01 : f32
    %cst_8 = arith.constant 2.000000e+00 : f32
    %0 = tensor.empty() : tensor<2x16x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg19 : tensor<2x16xi64>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %130 = arith.index_cast %in : i64 to index
      %131 = linalg.index 2 : index
      %132 = arith.cmpi slt, %130, %c128 : index
      cf.assert %132, "index must be smaller than dim size"
      %133 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %133, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%130, %131] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %2 = tensor.empty() : tensor<2x16xi1>
    %3 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%arg20 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %130 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %130 : i1
    } -> tensor<2x16xi1>
    %4 = tensor.empty() : tensor<2xi64>
    %5 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%4 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %130 = linalg.index 0 : index
      %131 = arith.index_cast %130 : index to i64
      linalg.yield %131 : i64
    } -> tensor<2xi64>
    %6 = tensor.empty() : tensor<16xi64>
    %7 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%6 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %130 = linalg.index 0 : index
      %131 = arith.index_cast %130 : index to i64
      linalg.yield %131 : i64
    } -> tensor<16xi64>
    %expanded = tensor.expand_shape %5 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_9 = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_10 = tensor.expand_shape %7 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %8 = tensor.empty() : tensor<1x1x16x1xi1>
    %9 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_9 : tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %130 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %130 : i1
    } -> tensor<1x1x16x1xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %9 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%8 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_67: i1, %out: i1):
      %130 = arith.andi %in, %in_67 : i1
      linalg.yield %130 : i1
    } -> tensor<1x1x16x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi1>
    %12 = linalg.generic {indexing_maps = [#map6, #map7, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_10 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_67: i64, %out: i1):
      %130 = arith.cmpi slt, %in, %c0_i64 : i64
      %131 = arith.addi %in, %c2_i64 : i64
      %132 = arith.select %130, %131, %in : i64
      %133 = arith.index_cast %132 : i64 to index
      %134 = arith.cmpi slt, %in_67, %c0_i64 : i64
      %135 = arith.addi %in_67, %c16_i64 : i64
      %136 = arith.select %134, %135, %in_67 : i64
      %137 = arith.index_cast %136 : i64 to index
      %extracted = tensor.extract %3[%133, %137] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %13 = tensor.empty() : tensor<2x1x16x16xi1>
    %14 = linalg.generic {indexing_maps = [#map8, #map9, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %12 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%13 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_67: i1, %out: i1):
      %130 = arith.andi %in, %in_67 : i1
      linalg.yield %130 : i1
    } -> tensor<2x1x16x16xi1>
    %15 = tensor.empty() : tensor<2x1x16x16xf32>
    %16 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %cst_3, %cst_2 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%15 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_67: f32, %in_68: f32, %out: f32):
      %130 = arith.select %in, %in_67, %in_68 : f32
      linalg.yield %130 : f32
    } -> tensor<2x1x16x16xf32>
    %17 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %18 = tensor.empty() : tensor<2x16x1xf32>
    %19 = linalg.fill ins(%cst : f32) outs(%18 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%17 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %out : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.divf %in, %cst_7 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %cst_6 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %23 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.rsqrt %in : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %23 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.mulf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %25 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg6, %24 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.mulf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %26 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %25 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %27 = tensor.empty() : tensor<32x64xf32>
    %28 = linalg.fill ins(%cst : f32) outs(%27 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %29 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_11 = tensor.expand_shape %29 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %30 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_12 = linalg.transpose ins(%expanded_11 : tensor<2x16x4x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_13 = linalg.transpose ins(%arg2 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %31 = linalg.matmul ins(%collapsed, %transposed_13 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_14 = tensor.expand_shape %31 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_15 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %32 = linalg.matmul ins(%collapsed, %transposed_15 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_16 = tensor.expand_shape %32 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_17 = linalg.transpose ins(%expanded_16 : tensor<2x16x4x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_18 = tensor.expand_shape %7 [[0, 1]] output_shape [16, 1] : tensor<16xi64> into tensor<16x1xi64>
    %expanded_19 = tensor.expand_shape %7 [[0, 1]] output_shape [1, 16] : tensor<16xi64> into tensor<1x16xi64>
    %33 = tensor.empty() : tensor<16x16xi64>
    %34 = linalg.generic {indexing_maps = [#map12, #map13, #map2], iterator_types = ["parallel", "parallel"]} ins(%expanded_19, %expanded_18 : tensor<1x16xi64>, tensor<16x1xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_67: i64, %out: i64):
      %130 = arith.subi %in, %in_67 : i64
      linalg.yield %130 : i64
    } -> tensor<16x16xi64>
    %35 = tensor.empty() : tensor<16x16xi1>
    %36 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%34 : tensor<16x16xi64>) outs(%35 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %130 = arith.cmpi sgt, %in, %c0_i64 : i64
      linalg.yield %130 : i1
    } -> tensor<16x16xi1>
    %37 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%36 : tensor<16x16xi1>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %out: i64):
      %130 = arith.extui %in : i1 to i64
      linalg.yield %130 : i64
    } -> tensor<16x16xi64>
    %38 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%37 : tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %130 = arith.muli %in, %c4_i64 : i64
      linalg.yield %130 : i64
    } -> tensor<16x16xi64>
    %39 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%34 : tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %130 = math.absi %in : i64
      linalg.yield %130 : i64
    } -> tensor<16x16xi64>
    %40 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%39 : tensor<16x16xi64>) outs(%35 : tensor<16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %130 = arith.cmpi slt, %in, %c2_i64 : i64
      linalg.yield %130 : i1
    } -> tensor<16x16xi1>
    %41 = tensor.empty() : tensor<16x16xf32>
    %42 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%39 : tensor<16x16xi64>) outs(%41 : tensor<16x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %130 = arith.sitofp %in : i64 to f32
      linalg.yield %130 : f32
    } -> tensor<16x16xf32>
    %43 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%42 : tensor<16x16xf32>) outs(%41 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.divf %in, %cst_8 : f32
      linalg.yield %130 : f32
    } -> tensor<16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%43 : tensor<16x16xf32>) outs(%41 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.log %in : f32
      linalg.yield %130 : f32
    } -> tensor<16x16xf32>
    %45 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%44 : tensor<16x16xf32>) outs(%41 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.divf %in, %cst_5 : f32
      linalg.yield %130 : f32
    } -> tensor<16x16xf32>
    %46 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%45 : tensor<16x16xf32>) outs(%41 : tensor<16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.mulf %in, %cst_8 : f32
      linalg.yield %130 : f32
    } -> tensor<16x16xf32>
    %47 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%46 : tensor<16x16xf32>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: f32, %out: i64):
      %130 = arith.fptosi %in : f32 to i64
      linalg.yield %130 : i64
    } -> tensor<16x16xi64>
    %48 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%47 : tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %130 = arith.addi %in, %c2_i64 : i64
      linalg.yield %130 : i64
    } -> tensor<16x16xi64>
    %49 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%48, %cst_1 : tensor<16x16xi64>, tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_67: i64, %out: i64):
      %130 = arith.minsi %in, %in_67 : i64
      linalg.yield %130 : i64
    } -> tensor<16x16xi64>
    %50 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%40, %39, %49 : tensor<16x16xi1>, tensor<16x16xi64>, tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i1, %in_67: i64, %in_68: i64, %out: i64):
      %130 = arith.select %in, %in_67, %in_68 : i64
      linalg.yield %130 : i64
    } -> tensor<16x16xi64>
    %51 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel"]} ins(%38, %50 : tensor<16x16xi64>, tensor<16x16xi64>) outs(%33 : tensor<16x16xi64>) {
    ^bb0(%in: i64, %in_67: i64, %out: i64):
      %130 = arith.addi %in, %in_67 : i64
      linalg.yield %130 : i64
    } -> tensor<16x16xi64>
    %52 = tensor.empty() : tensor<16x16x4xf32>
    %53 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51 : tensor<16x16xi64>) outs(%52 : tensor<16x16x4xf32>) {
    ^bb0(%in: i64, %out: f32):
      %130 = arith.index_cast %in : i64 to index
      %131 = linalg.index 2 : index
      %132 = arith.cmpi slt, %130, %c8 : index
      cf.assert %132, "index must be smaller than dim size"
      %133 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %133, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg5[%130, %131] : tensor<8x4xf32>
      linalg.yield %extracted : f32
    } -> tensor<16x16x4xf32>
    %54 = tensor.empty() : tensor<4x16x16xf32>
    %transposed_20 = linalg.transpose ins(%53 : tensor<16x16x4xf32>) outs(%54 : tensor<4x16x16xf32>) permutation = [2, 0, 1] 
    %expanded_21 = tensor.expand_shape %transposed_20 [[0, 1], [2], [3]] output_shape [1, 4, 16, 16] : tensor<4x16x16xf32> into tensor<1x4x16x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_14 : tensor<2x16x4x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_23 = tensor.collapse_shape %transposed_12 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_24 = tensor.collapse_shape %transposed_22 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %55 = tensor.empty() : tensor<8x16x16xf32>
    %56 = linalg.fill ins(%cst : f32) outs(%55 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %57 = linalg.batch_matmul ins(%collapsed_23, %collapsed_24 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_25 = tensor.expand_shape %57 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_25, %expanded_21 : tensor<2x4x16x16xf32>, tensor<1x4x16x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.addf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map4, #map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %16 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.addf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %60 = tensor.empty() : tensor<2x4x16xi64>
    %61 = linalg.fill ins(%c0_i64 : i64) outs(%60 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %62 = tensor.empty() : tensor<2x4x16xf32>
    %63 = linalg.fill ins(%cst_0 : f32) outs(%62 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %64:2 = linalg.generic {indexing_maps = [#map4, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%59 : tensor<2x4x16x16xf32>) outs(%63, %61 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %130 = linalg.index 3 : index
      %131 = arith.index_cast %130 : index to i64
      %132 = arith.maximumf %in, %out : f32
      %133 = arith.cmpf ogt, %in, %out : f32
      %134 = arith.select %133, %131, %out_67 : i64
      linalg.yield %132, %134 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_26 = tensor.expand_shape %64#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %65 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %expanded_26 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.subf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%65 : tensor<2x4x16x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.exp %in : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = tensor.empty() : tensor<2x4x16x1xf32>
    %68 = linalg.fill ins(%cst : f32) outs(%67 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map4, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%66 : tensor<2x4x16x16xf32>) outs(%68 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %out : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x1xf32>
    %70 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %69 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.divf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_27 = tensor.collapse_shape %70 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %transposed_17 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %71 = linalg.batch_matmul ins(%collapsed_27, %collapsed_28 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_29 = tensor.expand_shape %71 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_30 = linalg.transpose ins(%expanded_29 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_31 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_32 = tensor.collapse_shape %transposed_30 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %73 = linalg.matmul ins(%collapsed_32, %transposed_31 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_33 = tensor.expand_shape %73 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %74 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.addf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %75 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %76 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%75 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %out : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.divf %in, %cst_7 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %cst_6 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.rsqrt %in : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %79 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.mulf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %81 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %80 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.mulf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %82 = tensor.empty() : tensor<64x128xf32>
    %transposed_34 = linalg.transpose ins(%arg7 : tensor<128x64xf32>) outs(%82 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_35 = tensor.collapse_shape %81 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %83 = tensor.empty() : tensor<32x128xf32>
    %84 = linalg.fill ins(%cst : f32) outs(%83 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %85 = linalg.matmul ins(%collapsed_35, %transposed_34 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%84 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_36 = tensor.expand_shape %85 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %86 = tensor.empty() : tensor<2x16x128xf32>
    %87 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_36 : tensor<2x16x128xf32>) outs(%86 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.cmpf ugt, %in, %cst : f32
      %131 = arith.select %130, %in, %cst : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x128xf32>
    %88 = tensor.empty() : tensor<128x64xf32>
    %transposed_37 = linalg.transpose ins(%arg8 : tensor<64x128xf32>) outs(%88 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_38 = tensor.collapse_shape %87 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %89 = linalg.matmul ins(%collapsed_38, %transposed_37 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_39 = tensor.expand_shape %89 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %90 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %expanded_39 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.addf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %91 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %92 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%91 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %out : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.divf %in, %cst_7 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%93 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %cst_6 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %95 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.rsqrt %in : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %96 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %95 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.mulf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg14, %96 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.mulf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %transposed_40 = linalg.transpose ins(%arg10 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_41 = tensor.collapse_shape %97 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %98 = linalg.matmul ins(%collapsed_41, %transposed_40 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_42 = tensor.expand_shape %98 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<2x16x4x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_44 = linalg.transpose ins(%arg11 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %99 = linalg.matmul ins(%collapsed_41, %transposed_44 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_45 = tensor.expand_shape %99 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_46 = linalg.transpose ins(%arg12 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %100 = linalg.matmul ins(%collapsed_41, %transposed_46 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_47 = tensor.expand_shape %100 [[0, 1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<32x64xf32> into tensor<2x16x4x16xf32>
    %transposed_48 = linalg.transpose ins(%expanded_47 : tensor<2x16x4x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_49 = linalg.transpose ins(%expanded_45 : tensor<2x16x4x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) permutation = [0, 2, 3, 1] 
    %collapsed_50 = tensor.collapse_shape %transposed_43 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_51 = tensor.collapse_shape %transposed_49 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %101 = linalg.batch_matmul ins(%collapsed_50, %collapsed_51 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_52 = tensor.expand_shape %101 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %102 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_52, %expanded_21 : tensor<2x4x16x16xf32>, tensor<1x4x16x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.addf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %103 = linalg.generic {indexing_maps = [#map4, #map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%102, %16 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.addf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %104:2 = linalg.generic {indexing_maps = [#map4, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%103 : tensor<2x4x16x16xf32>) outs(%63, %61 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_67: i64):
      %130 = linalg.index 3 : index
      %131 = arith.index_cast %130 : index to i64
      %132 = arith.maximumf %in, %out : f32
      %133 = arith.cmpf ogt, %in, %out : f32
      %134 = arith.select %133, %131, %out_67 : i64
      linalg.yield %132, %134 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_53 = tensor.expand_shape %104#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %105 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%103, %expanded_53 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.subf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %106 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%105 : tensor<2x4x16x16xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.exp %in : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %107 = linalg.generic {indexing_maps = [#map4, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%106 : tensor<2x4x16x16xf32>) outs(%68 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %out : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x1xf32>
    %108 = linalg.generic {indexing_maps = [#map4, #map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%106, %107 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%30 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.divf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_54 = tensor.collapse_shape %108 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_55 = tensor.collapse_shape %transposed_48 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %109 = linalg.batch_matmul ins(%collapsed_54, %collapsed_55 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%56 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_56 = tensor.expand_shape %109 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_57 = linalg.transpose ins(%expanded_56 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_58 = linalg.transpose ins(%arg13 : tensor<64x64xf32>) outs(%26 : tensor<64x64xf32>) permutation = [1, 0] 
    %collapsed_59 = tensor.collapse_shape %transposed_57 [[0, 1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<32x64xf32>
    %110 = linalg.matmul ins(%collapsed_59, %transposed_58 : tensor<32x64xf32>, tensor<64x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_60 = tensor.expand_shape %110 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %expanded_60 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.addf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%112 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %out : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.divf %in, %cst_7 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %cst_6 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.rsqrt %in : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %116 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.mulf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg17, %117 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.mulf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %transposed_61 = linalg.transpose ins(%arg15 : tensor<128x64xf32>) outs(%82 : tensor<64x128xf32>) permutation = [1, 0] 
    %collapsed_62 = tensor.collapse_shape %118 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %119 = linalg.matmul ins(%collapsed_62, %transposed_61 : tensor<32x64xf32>, tensor<64x128xf32>) outs(%84 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %expanded_63 = tensor.expand_shape %119 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf32> into tensor<2x16x128xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_63 : tensor<2x16x128xf32>) outs(%86 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.cmpf ugt, %in, %cst : f32
      %131 = arith.select %130, %in, %cst : f32
      linalg.yield %131 : f32
    } -> tensor<2x16x128xf32>
    %transposed_64 = linalg.transpose ins(%arg16 : tensor<64x128xf32>) outs(%88 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_65 = tensor.collapse_shape %120 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %121 = linalg.matmul ins(%collapsed_65, %transposed_64 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%28 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_66 = tensor.expand_shape %121 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %expanded_66 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.addf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122 : tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map10], iterator_types = ["parallel", "parallel", "reduction"]} ins(%123 : tensor<2x16x64xf32>) outs(%19 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %out : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.divf %in, %cst_7 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = arith.addf %in, %cst_6 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %127 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x16x1xf32>) outs(%18 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %130 = math.rsqrt %in : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x1xf32>
    %128 = linalg.generic {indexing_maps = [#map1, #map10, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %127 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.mulf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    %129 = linalg.generic {indexing_maps = [#map11, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg18, %128 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%0 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_67: f32, %out: f32):
      %130 = arith.mulf %in, %in_67 : f32
      linalg.yield %130 : f32
    } -> tensor<2x16x64xf32>
    return %129 : tensor<2x16x64xf32>
  }
}

