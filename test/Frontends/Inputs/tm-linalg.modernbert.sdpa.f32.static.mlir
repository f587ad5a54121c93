// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "modernbert", "path": "tm-linalg", "shapes": "static"}
#map = affine_map<(d0) -> (d0)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map4 = affine_map<(d0, d1, d2) -> (d2)>
#map5 = affine_map<(d0, d1) -> (d0, d1)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, 0, 0, 0)>
#map9 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map10 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, 0)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map13 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2) -> (d1, d2)>
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<192x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<256x64xf32>, %arg6: tensor<64x128xf32>, %arg7: tensor<64xf32>, %arg8: tensor<192x64xf32>, %arg9: tensor<64x64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<256x64xf32>, %arg12: tensor<64x128xf32>, %arg13: tensor<64xf32>, %arg14: tensor<2x16xi64>, %arg15: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %c16_i64 = arith.constant 16 : i64
    %c128 = arith.constant 128 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<0.000000e+00> : tensor<2x4x16x16xf32>
    %cst_5 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<0xFF800000> : tensor<f32>
    %cst_7 = arith.constant dense<true> : tensor<i1>
    %cst_8 = arith.constant 0xFFF0000000000000 : f64
    %cst_9 = arith.constant dense_resource<torch_tensor_8_torch.float32_1> : tensor<8xf32>
    %cst_10 = arith.constant dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>
    %cst_11 = arith.constant 1.000000e-05 : f64
    %cst_12 = arith.constant 6.400000e+01 : f64
    %cst_13 = arith.constant 6.400000e+01 : f32
    %cst_14 = arith.constant 1.41421354 : f32
    %0 = tensor.empty() : tensor<16xi64>
    %1 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%0 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %204 = linalg.index 0 : index
      %205 = arith.index_cast %204 : index to i64
      linalg.yield %205 : i64
    } -> tensor<16xi64>
    %2 = tensor.empty() : tensor<2x16x64xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg14 : tensor<2x16xi64>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %204 = arith.index_cast %in : i64 to index
      %205 = linalg.index 2 : index
      %206 = arith.cmpi slt, %204, %c128 : index
      cf.assert %206, "index must be smaller than dim size"
      %207 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %207, "index must be larger or equal to 0"
      %extracted = tensor.extract %arg0[%204, %205] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x64xf32>
    %4 = tensor.empty() : tensor<2x16x64xf64>
    %5 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %204 = arith.extf %in : f32 to f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %6 = tensor.empty() : tensor<2x16x1xf64>
    %7 = linalg.fill ins(%cst : f64) outs(%6 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %8 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%5 : tensor<2x16x64xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.addf %in, %out : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %9 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8 : tensor<2x16x1xf64>) outs(%6 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.divf %in, %cst_12 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %10 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %9 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_94: f64, %out: f64):
      %204 = arith.subf %in, %in_94 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %11 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10, %10 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_94: f64, %out: f64):
      %204 = arith.mulf %in, %in_94 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %12 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%11 : tensor<2x16x64xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.addf %in, %out : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %13 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<2x16x1xf64>) outs(%6 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.divf %in, %cst_12 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %14 = tensor.empty() : tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %204 = arith.truncf %in : f64 to f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %16 = linalg.fill ins(%cst_0 : f32) outs(%14 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3 : tensor<2x16x64xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.addf %in, %out : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.divf %in, %cst_13 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.truncf %cst_11 : f64 to f32
      %205 = arith.addf %in, %204 : f32
      linalg.yield %205 : f32
    } -> tensor<2x16x1xf32>
    %20 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = math.rsqrt %in : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %21 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3, %18 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.subf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %22 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %20 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %arg1 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %24 = tensor.empty() : tensor<2x16xi1>
    %25 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel", "parallel"]} ins(%arg15 : tensor<2x16xi64>) outs(%24 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %204 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %204 : i1
    } -> tensor<2x16xi1>
    %26 = tensor.empty() : tensor<2xi64>
    %27 = linalg.generic {indexing_maps = [#map], iterator_types = ["parallel"]} outs(%26 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %204 = linalg.index 0 : index
      %205 = arith.index_cast %204 : index to i64
      linalg.yield %205 : i64
    } -> tensor<2xi64>
    %expanded = tensor.expand_shape %27 [[0, 1, 2, 3]] output_shape [2, 1, 1, 1] : tensor<2xi64> into tensor<2x1x1x1xi64>
    %expanded_15 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 16, 1] : tensor<16xi64> into tensor<1x1x16x1xi64>
    %expanded_16 = tensor.expand_shape %1 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %28 = tensor.empty() : tensor<1x1x16x1xi1>
    %29 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15 : tensor<1x1x16x1xi64>) outs(%28 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %204 = arith.cmpi sge, %in, %c0_i64 : i64
      linalg.yield %204 : i1
    } -> tensor<1x1x16x1xi1>
    %30 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %29 : tensor<i1>, tensor<1x1x16x1xi1>) outs(%28 : tensor<1x1x16x1xi1>) {
    ^bb0(%in: i1, %in_94: i1, %out: i1):
      %204 = arith.andi %in, %in_94 : i1
      linalg.yield %204 : i1
    } -> tensor<1x1x16x1xi1>
    %31 = tensor.empty() : tensor<2x1x1x16xi1>
    %32 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded, %expanded_16 : tensor<2x1x1x1xi64>, tensor<1x1x1x16xi64>) outs(%31 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %in_94: i64, %out: i1):
      %204 = arith.cmpi slt, %in, %c0_i64 : i64
      %205 = arith.addi %in, %c2_i64 : i64
      %206 = arith.select %204, %205, %in : i64
      %207 = arith.index_cast %206 : i64 to index
      %208 = arith.cmpi slt, %in_94, %c0_i64 : i64
      %209 = arith.addi %in_94, %c16_i64 : i64
      %210 = arith.select %208, %209, %in_94 : i64
      %211 = arith.index_cast %210 : i64 to index
      %extracted = tensor.extract %25[%207, %211] : tensor<2x16xi1>
      linalg.yield %extracted : i1
    } -> tensor<2x1x1x16xi1>
    %33 = tensor.empty() : tensor<2x1x16x16xi1>
    %34 = linalg.generic {indexing_maps = [#map10, #map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%30, %32 : tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) outs(%33 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_94: i1, %out: i1):
      %204 = arith.andi %in, %in_94 : i1
      linalg.yield %204 : i1
    } -> tensor<2x1x16x16xi1>
    %35 = tensor.empty() : tensor<1x1x16x16xi64>
    %36 = linalg.generic {indexing_maps = [#map12, #map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_15, %expanded_16 : tensor<1x1x16x1xi64>, tensor<1x1x1x16xi64>) outs(%35 : tensor<1x1x16x16xi64>) {
    ^bb0(%in: i64, %in_94: i64, %out: i64):
      %204 = arith.subi %in, %in_94 : i64
      linalg.yield %204 : i64
    } -> tensor<1x1x16x16xi64>
    %37 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%36 : tensor<1x1x16x16xi64>) outs(%35 : tensor<1x1x16x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %204 = math.absi %in : i64
      linalg.yield %204 : i64
    } -> tensor<1x1x16x16xi64>
    %38 = tensor.empty() : tensor<1x1x16x16xi1>
    %39 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%37 : tensor<1x1x16x16xi64>) outs(%38 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %204 = arith.cmpi sle, %in, %c2_i64 : i64
      linalg.yield %204 : i1
    } -> tensor<1x1x16x16xi1>
    %40 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %39 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%38 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_94: i1, %out: i1):
      %204 = arith.andi %in, %in_94 : i1
      linalg.yield %204 : i1
    } -> tensor<1x1x16x16xi1>
    %41 = linalg.generic {indexing_maps = [#map6, #map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%40, %29 : tensor<1x1x16x16xi1>, tensor<1x1x16x1xi1>) outs(%38 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_94: i1, %out: i1):
      %204 = arith.andi %in, %in_94 : i1
      linalg.yield %204 : i1
    } -> tensor<1x1x16x16xi1>
    %42 = linalg.generic {indexing_maps = [#map7, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_7, %41 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%38 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_94: i1, %out: i1):
      %204 = arith.andi %in, %in_94 : i1
      linalg.yield %204 : i1
    } -> tensor<1x1x16x16xi1>
    %43 = linalg.generic {indexing_maps = [#map13, #map11, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42, %32 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%33 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_94: i1, %out: i1):
      %204 = arith.andi %in, %in_94 : i1
      linalg.yield %204 : i1
    } -> tensor<2x1x16x16xi1>
    %expanded_17 = tensor.expand_shape %1 [[0, 1, 2]] output_shape [1, 16, 1] : tensor<16xi64> into tensor<1x16x1xi64>
    %44 = tensor.empty() : tensor<1x16x1xf32>
    %45 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_17 : tensor<1x16x1xi64>) outs(%44 : tensor<1x16x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %204 = arith.sitofp %in : i64 to f32
      linalg.yield %204 : f32
    } -> tensor<1x16x1xf32>
    %46 = tensor.empty() : tensor<1x16x8xf32>
    %47 = linalg.generic {indexing_maps = [#map3, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45, %cst_10 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%46 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<1x16x8xf32>
    %concat = tensor.concat dim(2) %47, %47 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %48 = tensor.empty() : tensor<1x16x16xf32>
    %49 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%48 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = math.cos %in : f32
      linalg.yield %204 : f32
    } -> tensor<1x16x16xf32>
    %50 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat : tensor<1x16x16xf32>) outs(%48 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = math.sin %in : f32
      linalg.yield %204 : f32
    } -> tensor<1x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map3, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45, %cst_9 : tensor<1x16x1xf32>, tensor<8xf32>) outs(%46 : tensor<1x16x8xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<1x16x8xf32>
    %concat_18 = tensor.concat dim(2) %51, %51 : (tensor<1x16x8xf32>, tensor<1x16x8xf32>) -> tensor<1x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat_18 : tensor<1x16x16xf32>) outs(%48 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = math.cos %in : f32
      linalg.yield %204 : f32
    } -> tensor<1x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat_18 : tensor<1x16x16xf32>) outs(%48 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = math.sin %in : f32
      linalg.yield %204 : f32
    } -> tensor<1x16x16xf32>
    %54 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg2 : tensor<192x64xf32>) outs(%54 : tensor<64x192xf32>) permutation = [1, 0] 
    %collapsed = tensor.collapse_shape %23 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %55 = tensor.empty() : tensor<32x192xf32>
    %56 = linalg.fill ins(%cst_0 : f32) outs(%55 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %57 = linalg.matmul ins(%collapsed, %transposed : tensor<32x64xf32>, tensor<64x192xf32>) outs(%56 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %expanded_19 = tensor.expand_shape %57 [[0, 1], [2, 3, 4]] output_shape [2, 16, 3, 4, 16] : tensor<32x192xf32> into tensor<2x16x3x4x16xf32>
    %extracted_slice = tensor.extract_slice %expanded_19[0, 0, 0, 0, 0] [2, 16, 1, 4, 16] [1, 1, 1, 1, 1] : tensor<2x16x3x4x16xf32> to tensor<2x16x1x4x16xf32>
    %extracted_slice_20 = tensor.extract_slice %expanded_19[0, 0, 1, 0, 0] [2, 16, 1, 4, 16] [1, 1, 1, 1, 1] : tensor<2x16x3x4x16xf32> to tensor<2x16x1x4x16xf32>
    %extracted_slice_21 = tensor.extract_slice %expanded_19[0, 0, 2, 0, 0] [2, 16, 1, 4, 16] [1, 1, 1, 1, 1] : tensor<2x16x3x4x16xf32> to tensor<2x16x1x4x16xf32>
    %collapsed_22 = tensor.collapse_shape %extracted_slice [[0], [1, 2], [3], [4]] : tensor<2x16x1x4x16xf32> into tensor<2x16x4x16xf32>
    %collapsed_23 = tensor.collapse_shape %extracted_slice_20 [[0], [1, 2], [3], [4]] : tensor<2x16x1x4x16xf32> into tensor<2x16x4x16xf32>
    %collapsed_24 = tensor.collapse_shape %extracted_slice_21 [[0], [1, 2], [3], [4]] : tensor<2x16x1x4x16xf32> into tensor<2x16x4x16xf32>
    %58 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_25 = linalg.transpose ins(%collapsed_22 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_26 = linalg.transpose ins(%collapsed_23 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_27 = linalg.transpose ins(%collapsed_24 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_28 = tensor.expand_shape %49 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_29 = tensor.expand_shape %50 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_25, %expanded_28 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_30 = tensor.extract_slice %transposed_25[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_31 = tensor.extract_slice %transposed_25[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %60 = tensor.empty() : tensor<2x4x16x8xf32>
    %61 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_31 : tensor<2x4x16x8xf32>) outs(%60 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.negf %in : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_32 = tensor.concat dim(3) %61, %extracted_slice_30 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_32, %expanded_29 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %62 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.addf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_26, %expanded_28 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_33 = tensor.extract_slice %transposed_26[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_34 = tensor.extract_slice %transposed_26[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_34 : tensor<2x4x16x8xf32>) outs(%60 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.negf %in : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_35 = tensor.concat dim(3) %65, %extracted_slice_33 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_35, %expanded_29 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%64, %66 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.addf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = tensor.empty() : tensor<2x1x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%34, %cst_5, %cst_6 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%68 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_94: f32, %in_95: f32, %out: f32):
      %204 = arith.select %in, %in_94, %in_95 : f32
      linalg.yield %204 : f32
    } -> tensor<2x1x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.mulf %in, %cst_3 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_36 = linalg.transpose ins(%67 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %71 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_36 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.mulf %in, %cst_3 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %70 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %71 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %72 = tensor.empty() : tensor<8x16x16xf32>
    %73 = linalg.fill ins(%cst_0 : f32) outs(%72 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %74 = linalg.batch_matmul ins(%collapsed_37, %collapsed_38 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%73 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_39 = tensor.expand_shape %74 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %75 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_39, %69 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.addf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = tensor.empty() : tensor<2x4x16xi64>
    %77 = linalg.fill ins(%c0_i64 : i64) outs(%76 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %78 = tensor.empty() : tensor<2x4x16xf32>
    %79 = linalg.fill ins(%cst_1 : f32) outs(%78 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %80:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%79, %77 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_94: i64):
      %204 = linalg.index 3 : index
      %205 = arith.index_cast %204 : index to i64
      %206 = arith.maximumf %in, %out : f32
      %207 = arith.cmpf ogt, %in, %out : f32
      %208 = arith.select %207, %205, %out_94 : i64
      linalg.yield %206, %208 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_40 = tensor.expand_shape %80#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map6, #map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %expanded_40 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.subf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %82 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = math.exp %in : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %83 = tensor.empty() : tensor<2x4x16x1xf32>
    %84 = linalg.fill ins(%cst_0 : f32) outs(%83 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map6, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%82 : tensor<2x4x16x16xf32>) outs(%84 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.addf %in, %out : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x1xf32>
    %86 = linalg.generic {indexing_maps = [#map6, #map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%82, %85 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.divf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %87 = tensor.empty() : tensor<2x4x16x16xi1>
    %88 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%87 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %204 = arith.extf %in : f32 to f64
      %205 = arith.cmpf oeq, %204, %cst_8 : f64
      linalg.yield %205 : i1
    } -> tensor<2x4x16x16xi1>
    %89 = tensor.empty() : tensor<2x4x16x1xi1>
    %90 = linalg.fill ins(%true : i1) outs(%89 : tensor<2x4x16x1xi1>) -> tensor<2x4x16x1xi1>
    %91 = linalg.generic {indexing_maps = [#map6, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%88 : tensor<2x4x16x16xi1>) outs(%90 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %204 = arith.andi %in, %out : i1
      linalg.yield %204 : i1
    } -> tensor<2x4x16x1xi1>
    %92 = linalg.generic {indexing_maps = [#map12, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%91, %cst_4, %86 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_94: f32, %in_95: f32, %out: f32):
      %204 = arith.select %in, %in_94, %in_95 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %92 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_42 = tensor.collapse_shape %transposed_27 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %93 = linalg.batch_matmul ins(%collapsed_41, %collapsed_42 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%73 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_43 = tensor.expand_shape %93 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %94 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_44 = linalg.transpose ins(%expanded_43 : tensor<2x4x16x16xf32>) outs(%94 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_45 = tensor.collapse_shape %transposed_44 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %95 = tensor.empty() : tensor<64x64xf32>
    %transposed_46 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%95 : tensor<64x64xf32>) permutation = [1, 0] 
    %96 = tensor.empty() : tensor<2x64x64xf32>
    %97 = linalg.generic {indexing_maps = [#map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_46 : tensor<64x64xf32>) outs(%96 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %98 = linalg.fill ins(%cst_0 : f32) outs(%2 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %99 = linalg.batch_matmul ins(%collapsed_45, %97 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%98 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%23, %99 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.addf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %101 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %204 = arith.extf %in : f32 to f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %102 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%101 : tensor<2x16x64xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.addf %in, %out : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %103 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102 : tensor<2x16x1xf64>) outs(%6 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.divf %in, %cst_12 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %104 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %103 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_94: f64, %out: f64):
      %204 = arith.subf %in, %in_94 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %105 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %104 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_94: f64, %out: f64):
      %204 = arith.mulf %in, %in_94 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %106 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.addf %in, %out : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %107 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf64>) outs(%6 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.divf %in, %cst_12 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %108 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %204 = arith.truncf %in : f64 to f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %109 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%100 : tensor<2x16x64xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.addf %in, %out : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %110 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.divf %in, %cst_13 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %111 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.truncf %cst_11 : f64 to f32
      %205 = arith.addf %in, %204 : f32
      linalg.yield %205 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = math.rsqrt %in : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %110 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.subf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %112 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %115 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %116 = tensor.empty() : tensor<64x256xf32>
    %transposed_47 = linalg.transpose ins(%arg5 : tensor<256x64xf32>) outs(%116 : tensor<64x256xf32>) permutation = [1, 0] 
    %collapsed_48 = tensor.collapse_shape %115 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %117 = tensor.empty() : tensor<32x256xf32>
    %118 = linalg.fill ins(%cst_0 : f32) outs(%117 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %119 = linalg.matmul ins(%collapsed_48, %transposed_47 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%118 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %expanded_49 = tensor.expand_shape %119 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %extracted_slice_50 = tensor.extract_slice %expanded_49[0, 0, 0] [2, 16, 128] [1, 1, 1] : tensor<2x16x256xf32> to tensor<2x16x128xf32>
    %extracted_slice_51 = tensor.extract_slice %expanded_49[0, 0, 128] [2, 16, 128] [1, 1, 1] : tensor<2x16x256xf32> to tensor<2x16x128xf32>
    %120 = tensor.empty() : tensor<2x16x128xf32>
    %121 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_50 : tensor<2x16x128xf32>) outs(%120 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.divf %in, %cst_14 : f32
      %205 = math.erf %204 : f32
      %206 = arith.addf %205, %cst_2 : f32
      %207 = arith.mulf %206, %cst_3 : f32
      %208 = arith.mulf %in, %207 : f32
      linalg.yield %208 : f32
    } -> tensor<2x16x128xf32>
    %122 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121, %extracted_slice_51 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%120 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x128xf32>
    %123 = tensor.empty() : tensor<128x64xf32>
    %transposed_52 = linalg.transpose ins(%arg6 : tensor<64x128xf32>) outs(%123 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_53 = tensor.collapse_shape %122 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %124 = tensor.empty() : tensor<32x64xf32>
    %125 = linalg.fill ins(%cst_0 : f32) outs(%124 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %126 = linalg.matmul ins(%collapsed_53, %transposed_52 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%125 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_54 = tensor.expand_shape %126 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %127 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100, %expanded_54 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.addf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %128 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127 : tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %204 = arith.extf %in : f32 to f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %129 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%128 : tensor<2x16x64xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.addf %in, %out : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %130 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%129 : tensor<2x16x1xf64>) outs(%6 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.divf %in, %cst_12 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %131 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%128, %130 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_94: f64, %out: f64):
      %204 = arith.subf %in, %in_94 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %132 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%131, %131 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_94: f64, %out: f64):
      %204 = arith.mulf %in, %in_94 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %133 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%132 : tensor<2x16x64xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.addf %in, %out : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %134 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%133 : tensor<2x16x1xf64>) outs(%6 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.divf %in, %cst_12 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %135 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%134 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %204 = arith.truncf %in : f64 to f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %136 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%127 : tensor<2x16x64xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.addf %in, %out : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %137 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%136 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.divf %in, %cst_13 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %138 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%135 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.truncf %cst_11 : f64 to f32
      %205 = arith.addf %in, %204 : f32
      linalg.yield %205 : f32
    } -> tensor<2x16x1xf32>
    %139 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%138 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = math.rsqrt %in : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %140 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %137 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.subf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %141 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %139 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %142 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %transposed_55 = linalg.transpose ins(%arg8 : tensor<192x64xf32>) outs(%54 : tensor<64x192xf32>) permutation = [1, 0] 
    %collapsed_56 = tensor.collapse_shape %142 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %143 = linalg.matmul ins(%collapsed_56, %transposed_55 : tensor<32x64xf32>, tensor<64x192xf32>) outs(%56 : tensor<32x192xf32>) -> tensor<32x192xf32>
    %expanded_57 = tensor.expand_shape %143 [[0, 1], [2, 3, 4]] output_shape [2, 16, 3, 4, 16] : tensor<32x192xf32> into tensor<2x16x3x4x16xf32>
    %extracted_slice_58 = tensor.extract_slice %expanded_57[0, 0, 0, 0, 0] [2, 16, 1, 4, 16] [1, 1, 1, 1, 1] : tensor<2x16x3x4x16xf32> to tensor<2x16x1x4x16xf32>
    %extracted_slice_59 = tensor.extract_slice %expanded_57[0, 0, 1, 0, 0] [2, 16, 1, 4, 16] [1, 1, 1, 1, 1] : tensor<2x16x3x4x16xf32> to tensor<2x16x1x4x16xf32>
    %extracted_slice_60 = tensor.extract_slice %expanded_57[0, 0, 2, 0, 0] [2, 16, 1, 4, 16] [1, 1, 1, 1, 1] : tensor<2x16x3x4x16xf32> to tensor<2x16x1x4x16xf32>
    %collapsed_61 = tensor.collapse_shape %extracted_slice_58 [[0], [1, 2], [3], [4]] : tensor<2x16x1x4x16xf32> into tensor<2x16x4x16xf32>
    %collapsed_62 = tensor.collapse_shape %extracted_slice_59 [[0], [1, 2], [3], [4]] : tensor<2x16x1x4x16xf32> into tensor<2x16x4x16xf32>
    %collapsed_63 = tensor.collapse_shape %extracted_slice_60 [[0], [1, 2], [3], [4]] : tensor<2x16x1x4x16xf32> into tensor<2x16x4x16xf32>
    %transposed_64 = linalg.transpose ins(%collapsed_61 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_65 = linalg.transpose ins(%collapsed_62 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_66 = linalg.transpose ins(%collapsed_63 : tensor<2x16x4x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_67 = tensor.expand_shape %52 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_68 = tensor.expand_shape %53 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %144 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_64, %expanded_67 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_69 = tensor.extract_slice %transposed_64[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_70 = tensor.extract_slice %transposed_64[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %145 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_70 : tensor<2x4x16x8xf32>) outs(%60 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.negf %in : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_71 = tensor.concat dim(3) %145, %extracted_slice_69 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %146 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_71, %expanded_68 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %147 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%144, %146 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.addf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %148 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_65, %expanded_67 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_72 = tensor.extract_slice %transposed_65[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_73 = tensor.extract_slice %transposed_65[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %149 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_73 : tensor<2x4x16x8xf32>) outs(%60 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.negf %in : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_74 = tensor.concat dim(3) %149, %extracted_slice_72 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %150 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_74, %expanded_68 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %151 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%148, %150 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.addf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %152 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%43, %cst_5, %cst_6 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%68 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_94: f32, %in_95: f32, %out: f32):
      %204 = arith.select %in, %in_94, %in_95 : f32
      linalg.yield %204 : f32
    } -> tensor<2x1x16x16xf32>
    %153 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%147 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.mulf %in, %cst_3 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %transposed_75 = linalg.transpose ins(%151 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %154 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_75 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.mulf %in, %cst_3 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_76 = tensor.collapse_shape %153 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_77 = tensor.collapse_shape %154 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %155 = linalg.batch_matmul ins(%collapsed_76, %collapsed_77 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%73 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_78 = tensor.expand_shape %155 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %156 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_78, %152 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.addf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %157:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%156 : tensor<2x4x16x16xf32>) outs(%79, %77 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_94: i64):
      %204 = linalg.index 3 : index
      %205 = arith.index_cast %204 : index to i64
      %206 = arith.maximumf %in, %out : f32
      %207 = arith.cmpf ogt, %in, %out : f32
      %208 = arith.select %207, %205, %out_94 : i64
      linalg.yield %206, %208 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_79 = tensor.expand_shape %157#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %158 = linalg.generic {indexing_maps = [#map6, #map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%156, %expanded_79 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.subf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %159 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%158 : tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = math.exp %in : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %160 = linalg.generic {indexing_maps = [#map6, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%159 : tensor<2x4x16x16xf32>) outs(%84 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.addf %in, %out : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x1xf32>
    %161 = linalg.generic {indexing_maps = [#map6, #map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%159, %160 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.divf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %162 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%156 : tensor<2x4x16x16xf32>) outs(%87 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %204 = arith.extf %in : f32 to f64
      %205 = arith.cmpf oeq, %204, %cst_8 : f64
      linalg.yield %205 : i1
    } -> tensor<2x4x16x16xi1>
    %163 = linalg.generic {indexing_maps = [#map6, #map12], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%162 : tensor<2x4x16x16xi1>) outs(%90 : tensor<2x4x16x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %204 = arith.andi %in, %out : i1
      linalg.yield %204 : i1
    } -> tensor<2x4x16x1xi1>
    %164 = linalg.generic {indexing_maps = [#map12, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%163, %cst_4, %161 : tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%58 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_94: f32, %in_95: f32, %out: f32):
      %204 = arith.select %in, %in_94, %in_95 : f32
      linalg.yield %204 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_80 = tensor.collapse_shape %164 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_81 = tensor.collapse_shape %transposed_66 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %165 = linalg.batch_matmul ins(%collapsed_80, %collapsed_81 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%73 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_82 = tensor.expand_shape %165 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %transposed_83 = linalg.transpose ins(%expanded_82 : tensor<2x4x16x16xf32>) outs(%94 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_84 = tensor.collapse_shape %transposed_83 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_85 = linalg.transpose ins(%arg9 : tensor<64x64xf32>) outs(%95 : tensor<64x64xf32>) permutation = [1, 0] 
    %166 = linalg.generic {indexing_maps = [#map17, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_85 : tensor<64x64xf32>) outs(%96 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %167 = linalg.batch_matmul ins(%collapsed_84, %166 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%98 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %168 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%127, %167 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.addf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %169 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %204 = arith.extf %in : f32 to f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %170 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%169 : tensor<2x16x64xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.addf %in, %out : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %171 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<2x16x1xf64>) outs(%6 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.divf %in, %cst_12 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %172 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %171 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_94: f64, %out: f64):
      %204 = arith.subf %in, %in_94 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %173 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %172 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_94: f64, %out: f64):
      %204 = arith.mulf %in, %in_94 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %174 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%173 : tensor<2x16x64xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.addf %in, %out : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %175 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%174 : tensor<2x16x1xf64>) outs(%6 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.divf %in, %cst_12 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %176 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%175 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %204 = arith.truncf %in : f64 to f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %177 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%168 : tensor<2x16x64xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.addf %in, %out : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %178 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%177 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.divf %in, %cst_13 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %179 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%176 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.truncf %cst_11 : f64 to f32
      %205 = arith.addf %in, %204 : f32
      linalg.yield %205 : f32
    } -> tensor<2x16x1xf32>
    %180 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%179 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = math.rsqrt %in : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %181 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %178 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.subf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %182 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181, %180 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %183 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%182, %arg10 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %transposed_86 = linalg.transpose ins(%arg11 : tensor<256x64xf32>) outs(%116 : tensor<64x256xf32>) permutation = [1, 0] 
    %collapsed_87 = tensor.collapse_shape %183 [[0, 1], [2]] : tensor<2x16x64xf32> into tensor<32x64xf32>
    %184 = linalg.matmul ins(%collapsed_87, %transposed_86 : tensor<32x64xf32>, tensor<64x256xf32>) outs(%118 : tensor<32x256xf32>) -> tensor<32x256xf32>
    %expanded_88 = tensor.expand_shape %184 [[0, 1], [2]] output_shape [2, 16, 256] : tensor<32x256xf32> into tensor<2x16x256xf32>
    %extracted_slice_89 = tensor.extract_slice %expanded_88[0, 0, 0] [2, 16, 128] [1, 1, 1] : tensor<2x16x256xf32> to tensor<2x16x128xf32>
    %extracted_slice_90 = tensor.extract_slice %expanded_88[0, 0, 128] [2, 16, 128] [1, 1, 1] : tensor<2x16x256xf32> to tensor<2x16x128xf32>
    %185 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%extracted_slice_89 : tensor<2x16x128xf32>) outs(%120 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.divf %in, %cst_14 : f32
      %205 = math.erf %204 : f32
      %206 = arith.addf %205, %cst_2 : f32
      %207 = arith.mulf %206, %cst_3 : f32
      %208 = arith.mulf %in, %207 : f32
      linalg.yield %208 : f32
    } -> tensor<2x16x128xf32>
    %186 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%185, %extracted_slice_90 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%120 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x128xf32>
    %transposed_91 = linalg.transpose ins(%arg12 : tensor<64x128xf32>) outs(%123 : tensor<128x64xf32>) permutation = [1, 0] 
    %collapsed_92 = tensor.collapse_shape %186 [[0, 1], [2]] : tensor<2x16x128xf32> into tensor<32x128xf32>
    %187 = linalg.matmul ins(%collapsed_92, %transposed_91 : tensor<32x128xf32>, tensor<128x64xf32>) outs(%125 : tensor<32x64xf32>) -> tensor<32x64xf32>
    %expanded_93 = tensor.expand_shape %187 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %188 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168, %expanded_93 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.addf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %189 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188 : tensor<2x16x64xf32>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f32, %out: f64):
      %204 = arith.extf %in : f32 to f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %190 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%189 : tensor<2x16x64xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.addf %in, %out : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %191 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%190 : tensor<2x16x1xf64>) outs(%6 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.divf %in, %cst_12 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %192 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%189, %191 : tensor<2x16x64xf64>, tensor<2x16x1xf64>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_94: f64, %out: f64):
      %204 = arith.subf %in, %in_94 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %193 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192, %192 : tensor<2x16x64xf64>, tensor<2x16x64xf64>) outs(%4 : tensor<2x16x64xf64>) {
    ^bb0(%in: f64, %in_94: f64, %out: f64):
      %204 = arith.mulf %in, %in_94 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x64xf64>
    %194 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%193 : tensor<2x16x64xf64>) outs(%7 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.addf %in, %out : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %195 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<2x16x1xf64>) outs(%6 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %204 = arith.divf %in, %cst_12 : f64
      linalg.yield %204 : f64
    } -> tensor<2x16x1xf64>
    %196 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%195 : tensor<2x16x1xf64>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %204 = arith.truncf %in : f64 to f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %197 = linalg.generic {indexing_maps = [#map2, #map3], iterator_types = ["parallel", "parallel", "reduction"]} ins(%188 : tensor<2x16x64xf32>) outs(%16 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.addf %in, %out : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %198 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%197 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.divf %in, %cst_13 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %199 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%196 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = arith.truncf %cst_11 : f64 to f32
      %205 = arith.addf %in, %204 : f32
      linalg.yield %205 : f32
    } -> tensor<2x16x1xf32>
    %200 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199 : tensor<2x16x1xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %204 = math.rsqrt %in : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x1xf32>
    %201 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188, %198 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.subf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %202 = linalg.generic {indexing_maps = [#map2, #map3, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201, %200 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    %203 = linalg.generic {indexing_maps = [#map2, #map4, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%2 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_94: f32, %out: f32):
      %204 = arith.mulf %in, %in_94 : f32
      linalg.yield %204 : f32
    } -> tensor<2x16x64xf32>
    return %203 : tensor<2x16x64xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_torch.float32_1: "0x040000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539",
      torch_tensor_8_torch.float32: "0x040000000000803F2EF9643ECDCC4C3DBF2D373C0AD7233BFF8A123A6F120339FF77EA37"
    }
  }
#-}
