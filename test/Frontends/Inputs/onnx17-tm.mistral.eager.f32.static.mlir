// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "mistral", "path": "onnx17-tm", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> ()>
#map6 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2) -> ()>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> (d2)>
#map11 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map12 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map13 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map14 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<32x64xf32>, %arg5: tensor<32x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<128x64xf32>, %arg9: tensor<64x128xf32>, %arg10: tensor<64xf32>) -> tensor<2x16x64xf32> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<true> : tensor<i1>
    %cst_3 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_4 = arith.constant dense<9.99999997E-7> : tensor<f32>
    %cst_5 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_6 = arith.constant dense<"0x000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA5390000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539000000409BE8213FCDCC4C3EE386813D0AD7A33C383ECF3B6F12033B60CB253A000000409BE8213FCDCC4C3EE386813D0AD7A33C383ECF3B6F12033B60CB253A00004040E8DC723F9A99993E544AC23D8FC2F53CAA6E1B3CA69B443B10B1783A00004040E8DC723F9A99993E544AC23D8FC2F53CAA6E1B3CA69B443B10B1783A000080409BE8A13FCDCCCC3EE386013E0AD7233D383E4F3C6F12833B60CBA53A000080409BE8A13FCDCCCC3EE386013E0AD7233D383E4F3C6F12833B60CBA53A0000A040C262CA3F0000003F9CE8213ECCCC4C3DE386813C0BD7A33B383ECF3A0000A040C262CA3F0000003F9CE8213ECCCC4C3DE386813C0BD7A33B383ECF3A0000C040E8DCF23F9A99193F544A423E8FC2753DAA6E9B3CA69BC43B10B1F83A0000C040E8DCF23F9A99193F544A423E8FC2753DAA6E9B3CA69BC43B10B1F83A0000E04088AB0D403333333F0DAC623E295C8F3D7156B53C4260E53BF411113B0000E04088AB0D403333333F0DAC623E295C8F3D7156B53C4260E53BF411113B000000419BE82140CDCC4C3FE386813E0AD7A33D383ECF3C6F12033C60CB253B000000419BE82140CDCC4C3FE386813E0AD7A33D383ECF3C6F12033C60CB253B00001041AE2536406766663FBFB7913EEB51B83DFF25E93CBD74133CCC843A3B00001041AE2536406766663FBFB7913EEB51B83DFF25E93CBD74133CCC843A3B00002041C2624A400000803F9CE8A13ECCCCCC3DE386013D0BD7233C383E4F3B00002041C2624A400000803F9CE8A13ECCCCCC3DE386013D0BD7233C383E4F3B00003041D59F5E40CDCC8C3F7819B23EAE47E13DC67A0E3D5939343CA4F7633B00003041D59F5E40CDCC8C3F7819B23EAE47E13DC67A0E3D5939343CA4F7633B00004041E8DC72409A99993F544AC23E8FC2F53DAA6E1B3DA69B443C10B1783B00004041E8DC72409A99993F544AC23E8FC2F53DAA6E1B3DA69B443C10B1783B00005041FE8C83406766A63F317BD23EB81E053E8E62283DF4FD543C3EB5863B00005041FE8C83406766A63F317BD23EB81E053E8E62283DF4FD543C3EB5863B0000604188AB8D403333B33F0DACE23E295C0F3E7156353D4260653CF411913B0000604188AB8D403333B33F0DACE23E295C0F3E7156353D4260653CF411913B0000704111CA97400000C03FEADCF23E9999193E544A423D90C2753CAA6E9B3B0000704111CA97400000C03FEADCF23E9999193E544A423D90C2753CAA6E9B3B"> : tensor<1x16x16xf32>
    %cst_7 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_8 = arith.constant dense<0.000000e+00> : tensor<f32>
    %c0 = arith.constant 0 : index
    %cst_9 = arith.constant 6.400000e+01 : f32
    %c2_i64 = arith.constant 2 : i64
    %c32_i64 = arith.constant 32 : i64
    %c128_i64 = arith.constant 128 : i64
    %cst_10 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_11 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_12 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %120 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %120 = arith.addi %in, %c128_i64 : i64
      linalg.yield %120 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_47: i64, %in_48: i64, %out: i64):
      %120 = arith.select %in, %in_47, %in_48 : i64
      linalg.yield %120 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %120 = arith.index_cast %in : i64 to index
      %121 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%120, %121] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %120 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_11 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_47: i64, %out: i1):
      %120 = arith.cmpi sle, %in, %in_47 : i64
      linalg.yield %120 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_47: i1, %out: i1):
      %120 = arith.andi %in, %in_47 : i1
      linalg.yield %120 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_13 = tensor.expand_shape %7 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_14 = tensor.collapse_shape %expanded_13 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi64>
    %12 = linalg.generic {indexing_maps = [#map6, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_12, %cst_10 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_47: i64, %out: i64):
      %120 = arith.addi %in, %in_47 : i64
      linalg.yield %120 : i64
    } -> tensor<2x1x1x16xi64>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %120 : i1
    } -> tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %120 = arith.addi %in, %c32_i64 : i64
      linalg.yield %120 : i64
    } -> tensor<2x1x1x16xi64>
    %16 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %15, %12 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_47: i64, %in_48: i64, %out: i64):
      %120 = arith.select %in, %in_47, %in_48 : i64
      linalg.yield %120 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_15 = tensor.collapse_shape %16 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %17 = tensor.empty() : tensor<32x1xi1>
    %18 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_15 : tensor<32xi64>) outs(%17 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_14[%120, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_16 = tensor.collapse_shape %18 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_17 = tensor.expand_shape %collapsed_16 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %19 = tensor.empty() : tensor<2x1x16x16xi1>
    %20 = linalg.generic {indexing_maps = [#map6, #map2, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %expanded_17 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%19 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_47: i1, %out: i1):
      %120 = arith.andi %in, %in_47 : i1
      linalg.yield %120 : i1
    } -> tensor<2x1x16x16xi1>
    %21 = tensor.empty() : tensor<2x1x16x16xf32>
    %22 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %cst_8, %cst_7 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%21 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_47: f32, %in_48: f32, %out: f32):
      %120 = arith.select %in, %in_47, %in_48 : f32
      linalg.yield %120 : f32
    } -> tensor<2x1x16x16xf32>
    %23 = tensor.empty() : tensor<1x16x16xf32>
    %24 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_6 : tensor<1x16x16xf32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.cos %in : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x16xf32>
    %25 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %cst_5 : tensor<1x16x16xf32>, tensor<f32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x16xf32>
    %26 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_6 : tensor<1x16x16xf32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.sin %in : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x16xf32>
    %27 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %cst_5 : tensor<1x16x16xf32>, tensor<f32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<1x16x16xf32>
    %28 = tensor.empty() : tensor<2x16x64xf32>
    %29 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %30 = tensor.empty() : tensor<2x16x1xf32>
    %31 = linalg.fill ins(%cst : f32) outs(%30 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %32 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%29 : tensor<2x16x64xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_9 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33, %cst_4 : tensor<2x16x1xf32>, tensor<f32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.addf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.sqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_5, %35 : tensor<f32>, tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.divf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map7, #map9, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %36 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map10, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %37 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %39 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %40 = tensor.empty() : tensor<2x64x64xf32>
    %41 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%40 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %42 = linalg.fill ins(%cst : f32) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %43 = linalg.batch_matmul ins(%38, %41 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%42 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_18 = tensor.expand_shape %43 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %44 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x4x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %45 = tensor.empty() : tensor<64x32xf32>
    %transposed_20 = linalg.transpose ins(%arg4 : tensor<32x64xf32>) outs(%45 : tensor<64x32xf32>) permutation = [1, 0] 
    %46 = tensor.empty() : tensor<2x64x32xf32>
    %47 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_20 : tensor<64x32xf32>) outs(%46 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x32xf32>
    %48 = tensor.empty() : tensor<2x16x32xf32>
    %49 = linalg.fill ins(%cst : f32) outs(%48 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %50 = linalg.batch_matmul ins(%38, %47 : tensor<2x16x64xf32>, tensor<2x64x32xf32>) outs(%49 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %expanded_21 = tensor.expand_shape %50 [[0], [1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<2x16x32xf32> into tensor<2x16x2x16xf32>
    %51 = tensor.empty() : tensor<2x2x16x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x2x16xf32>) outs(%51 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_23 = linalg.transpose ins(%arg5 : tensor<32x64xf32>) outs(%45 : tensor<64x32xf32>) permutation = [1, 0] 
    %52 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_23 : tensor<64x32xf32>) outs(%46 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x32xf32>
    %53 = linalg.batch_matmul ins(%38, %52 : tensor<2x16x64xf32>, tensor<2x64x32xf32>) outs(%49 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %expanded_24 = tensor.expand_shape %53 [[0], [1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<2x16x32xf32> into tensor<2x16x2x16xf32>
    %transposed_25 = linalg.transpose ins(%expanded_24 : tensor<2x16x2x16xf32>) outs(%51 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_26 = tensor.expand_shape %25 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_27 = tensor.expand_shape %27 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19, %expanded_26 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice = tensor.extract_slice %transposed_19[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_28 = tensor.extract_slice %transposed_19[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %55 = tensor.empty() : tensor<2x4x16x8xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_28 : tensor<2x4x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.negf %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %concat = tensor.concat dim(3) %56, %extracted_slice : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat, %expanded_27 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %57 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.addf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_22, %expanded_26 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%51 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x2x16x16xf32>
    %extracted_slice_29 = tensor.extract_slice %transposed_22[0, 0, 0, 0] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %extracted_slice_30 = tensor.extract_slice %transposed_22[0, 0, 0, 8] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %60 = tensor.empty() : tensor<2x2x16x8xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_30 : tensor<2x2x16x8xf32>) outs(%60 : tensor<2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.negf %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x2x16x8xf32>
    %concat_31 = tensor.concat dim(3) %61, %extracted_slice_29 : (tensor<2x2x16x8xf32>, tensor<2x2x16x8xf32>) -> tensor<2x2x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map12, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_31, %expanded_27 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%51 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x2x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %62 : tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) outs(%51 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.addf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x2x16x16xf32>
    %64 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<2x2x16x16xf32>) outs(%64 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %65 [[0], [1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map13, #map14], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<2x2x16x16xf32>) outs(%64 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %transposed_33 = linalg.transpose ins(%collapsed_32 : tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_34 = tensor.collapse_shape %58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %transposed_33 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %67 = tensor.empty() : tensor<8x16x16xf32>
    %68 = linalg.fill ins(%cst : f32) outs(%67 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %69 = linalg.batch_matmul ins(%collapsed_34, %collapsed_35 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_36 = tensor.expand_shape %69 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_36, %cst_3 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = linalg.generic {indexing_maps = [#map4, #map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %22 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.addf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %72 = tensor.empty() : tensor<2x4x16xi64>
    %73 = linalg.fill ins(%c0_i64 : i64) outs(%72 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %74 = tensor.empty() : tensor<2x4x16xf32>
    %75 = linalg.fill ins(%cst_0 : f32) outs(%74 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %76:2 = linalg.generic {indexing_maps = [#map4, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%71 : tensor<2x4x16x16xf32>) outs(%75, %73 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_47: i64):
      %120 = linalg.index 3 : index
      %121 = arith.index_cast %120 : index to i64
      %122 = arith.maximumf %in, %out : f32
      %123 = arith.cmpf ogt, %in, %out : f32
      %124 = arith.select %123, %121, %out_47 : i64
      linalg.yield %122, %124 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_37 = tensor.expand_shape %76#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%71, %expanded_37 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.subf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %78 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%77 : tensor<2x4x16x16xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.exp %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %79 = tensor.empty() : tensor<2x4x16x1xf32>
    %80 = linalg.fill ins(%cst : f32) outs(%79 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%78 : tensor<2x4x16x16xf32>) outs(%80 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%78, %81 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%44 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.divf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %82 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_39 = tensor.collapse_shape %66 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %83 = linalg.batch_matmul ins(%collapsed_38, %collapsed_39 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%68 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_40 = tensor.expand_shape %83 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %84 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_41 = linalg.transpose ins(%expanded_40 : tensor<2x4x16x16xf32>) outs(%84 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_42 = tensor.collapse_shape %transposed_41 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_43 = linalg.transpose ins(%arg6 : tensor<64x64xf32>) outs(%39 : tensor<64x64xf32>) permutation = [1, 0] 
    %85 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_43 : tensor<64x64xf32>) outs(%40 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %86 = linalg.batch_matmul ins(%collapsed_42, %85 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%42 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %86 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.addf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%88 : tensor<2x16x64xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_9 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %cst_4 : tensor<2x16x1xf32>, tensor<f32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.addf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.sqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_5, %92 : tensor<f32>, tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.divf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map7, #map9, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %93 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map10, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %94 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %96 = tensor.empty() : tensor<64x128xf32>
    %transposed_44 = linalg.transpose ins(%arg7 : tensor<128x64xf32>) outs(%96 : tensor<64x128xf32>) permutation = [1, 0] 
    %97 = tensor.empty() : tensor<2x64x128xf32>
    %98 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_44 : tensor<64x128xf32>) outs(%97 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %99 = tensor.empty() : tensor<2x16x128xf32>
    %100 = linalg.fill ins(%cst : f32) outs(%99 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %101 = linalg.batch_matmul ins(%95, %98 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%100 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %102 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101 : tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.negf %in : f32
      %121 = math.exp %120 : f32
      %122 = arith.addf %121, %cst_1 : f32
      %123 = arith.divf %cst_1, %122 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %103 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %102 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %transposed_45 = linalg.transpose ins(%arg8 : tensor<128x64xf32>) outs(%96 : tensor<64x128xf32>) permutation = [1, 0] 
    %104 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_45 : tensor<64x128xf32>) outs(%97 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %105 = linalg.batch_matmul ins(%95, %104 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%100 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %106 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %105 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %107 = tensor.empty() : tensor<128x64xf32>
    %transposed_46 = linalg.transpose ins(%arg9 : tensor<64x128xf32>) outs(%107 : tensor<128x64xf32>) permutation = [1, 0] 
    %108 = tensor.empty() : tensor<2x128x64xf32>
    %109 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_46 : tensor<128x64xf32>) outs(%108 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %110 = linalg.batch_matmul ins(%106, %109 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%42 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %110 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.addf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%112 : tensor<2x16x64xf32>) outs(%31 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_9 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %cst_4 : tensor<2x16x1xf32>, tensor<f32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.addf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.sqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map8, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_5, %116 : tensor<f32>, tensor<2x16x1xf32>) outs(%30 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.divf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map7, #map9, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %117 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map10, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %118 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_47: f32, %out: f32):
      %120 = arith.mulf %in, %in_47 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    return %119 : tensor<2x16x64xf32>
  }
}
