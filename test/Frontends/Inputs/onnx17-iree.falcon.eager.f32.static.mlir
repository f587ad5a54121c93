// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "falcon", "path": "onnx17-iree", "shapes": "static"}
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
#map10 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (d2)>
#map14 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<96x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<256x64xf32>, %arg6: tensor<64x256xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c32_i64 = arith.constant 32 : i64
    %c0_i64 = arith.constant 0 : i64
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<5> : tensor<1xi64>
    %cst_2 = arith.constant dense<4> : tensor<1xi64>
    %cst_3 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_4 = arith.constant dense<true> : tensor<i1>
    %cst_5 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_6 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_7 = arith.constant dense<4.000000e+00> : tensor<f32>
    %cst_8 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_9 = arith.constant dense<"0x000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA5390000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539000000409BE8213FCDCC4C3EE386813D0AD7A33C383ECF3B6F12033B60CB253A000000409BE8213FCDCC4C3EE386813D0AD7A33C383ECF3B6F12033B60CB253A00004040E8DC723F9A99993E544AC23D8FC2F53CAA6E1B3CA69B443B10B1783A00004040E8DC723F9A99993E544AC23D8FC2F53CAA6E1B3CA69B443B10B1783A000080409BE8A13FCDCCCC3EE386013E0AD7233D383E4F3C6F12833B60CBA53A000080409BE8A13FCDCCCC3EE386013E0AD7233D383E4F3C6F12833B60CBA53A0000A040C262CA3F0000003F9CE8213ECCCC4C3DE386813C0BD7A33B383ECF3A0000A040C262CA3F0000003F9CE8213ECCCC4C3DE386813C0BD7A33B383ECF3A0000C040E8DCF23F9A99193F544A423E8FC2753DAA6E9B3CA69BC43B10B1F83A0000C040E8DCF23F9A99193F544A423E8FC2753DAA6E9B3CA69BC43B10B1F83A0000E04088AB0D403333333F0DAC623E295C8F3D7156B53C4260E53BF411113B0000E04088AB0D403333333F0DAC623E295C8F3D7156B53C4260E53BF411113B000000419BE82140CDCC4C3FE386813E0AD7A33D383ECF3C6F12033C60CB253B000000419BE82140CDCC4C3FE386813E0AD7A33D383ECF3C6F12033C60CB253B00001041AE2536406766663FBFB7913EEB51B83DFF25E93CBD74133CCC843A3B00001041AE2536406766663FBFB7913EEB51B83DFF25E93CBD74133CCC843A3B00002041C2624A400000803F9CE8A13ECCCCCC3DE386013D0BD7233C383E4F3B00002041C2624A400000803F9CE8A13ECCCCCC3DE386013D0BD7233C383E4F3B00003041D59F5E40CDCC8C3F7819B23EAE47E13DC67A0E3D5939343CA4F7633B00003041D59F5E40CDCC8C3F7819B23EAE47E13DC67A0E3D5939343CA4F7633B00004041E8DC72409A99993F544AC23E8FC2F53DAA6E1B3DA69B443C10B1783B00004041E8DC72409A99993F544AC23E8FC2F53DAA6E1B3DA69B443C10B1783B00005041FE8C83406766A63F317BD23EB81E053E8E62283DF4FD543C3EB5863B00005041FE8C83406766A63F317BD23EB81E053E8E62283DF4FD543C3EB5863B0000604188AB8D403333B33F0DACE23E295C0F3E7156353D4260653CF411913B0000604188AB8D403333B33F0DACE23E295C0F3E7156353D4260653CF411913B0000704111CA97400000C03FEADCF23E9999193E544A423D90C2753CAA6E9B3B0000704111CA97400000C03FEADCF23E9999193E544A423D90C2753CAA6E9B3B"> : tensor<1x16x16xf32>
    %cst_10 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_11 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_12 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_13 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_14 = arith.constant 6.400000e+01 : f32
    %cst_15 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %119 = arith.addi %in, %c128_i64 : i64
      linalg.yield %119 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_51: i64, %in_52: i64, %out: i64):
      %119 = arith.select %in, %in_51, %in_52 : i64
      linalg.yield %119 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %119 = arith.index_cast %in : i64 to index
      %120 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%119, %120] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_13, %cst_12 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_51: i64, %out: i1):
      %119 = arith.cmpi sle, %in, %in_51 : i64
      linalg.yield %119 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_51: i1, %out: i1):
      %119 = arith.andi %in, %in_51 : i1
      linalg.yield %119 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_16 = tensor.expand_shape %7 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_17 = tensor.collapse_shape %expanded_16 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi64>
    %12 = linalg.generic {indexing_maps = [#map6, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_13, %cst_3 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_51: i64, %out: i64):
      %119 = arith.addi %in, %in_51 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16xi64>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %119 = arith.addi %in, %c32_i64 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16xi64>
    %16 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %15, %12 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_51: i64, %in_52: i64, %out: i64):
      %119 = arith.select %in, %in_51, %in_52 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_18 = tensor.collapse_shape %16 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %17 = tensor.empty() : tensor<32x1xi1>
    %18 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_18 : tensor<32xi64>) outs(%17 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_17[%119, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_19 = tensor.collapse_shape %18 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_20 = tensor.expand_shape %collapsed_19 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %19 = tensor.empty() : tensor<2x1x16x16xi1>
    %20 = linalg.generic {indexing_maps = [#map6, #map2, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %expanded_20 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%19 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_51: i1, %out: i1):
      %119 = arith.andi %in, %in_51 : i1
      linalg.yield %119 : i1
    } -> tensor<2x1x16x16xi1>
    %21 = tensor.empty() : tensor<2x1x16x16xf32>
    %22 = linalg.generic {indexing_maps = [#map4, #map5, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %cst_11, %cst_10 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%21 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_51: f32, %in_52: f32, %out: f32):
      %119 = arith.select %in, %in_51, %in_52 : f32
      linalg.yield %119 : f32
    } -> tensor<2x1x16x16xf32>
    %23 = tensor.empty() : tensor<1x16x16xf32>
    %24 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_9 : tensor<1x16x16xf32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.cos %in : f32
      linalg.yield %119 : f32
    } -> tensor<1x16x16xf32>
    %25 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %cst_8 : tensor<1x16x16xf32>, tensor<f32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<1x16x16xf32>
    %26 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_9 : tensor<1x16x16xf32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.sin %in : f32
      linalg.yield %119 : f32
    } -> tensor<1x16x16xf32>
    %27 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26, %cst_8 : tensor<1x16x16xf32>, tensor<f32>) outs(%23 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<1x16x16xf32>
    %28 = tensor.empty() : tensor<2x16x1xf32>
    %29 = linalg.fill ins(%cst : f32) outs(%28 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_14 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %32 = tensor.empty() : tensor<2x16x64xf32>
    %collapsed_21 = tensor.collapse_shape %31 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %33 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_21 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %33 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.subf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %35 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %34 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %36 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%35 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_14 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %38 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %cst_15 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %39 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.rsqrt %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_22 = tensor.collapse_shape %39 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %40 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_22 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34, %40 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %42 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%41, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %43 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%42, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.addf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %44 = tensor.empty() : tensor<64x96xf32>
    %transposed = linalg.transpose ins(%arg3 : tensor<96x64xf32>) outs(%44 : tensor<64x96xf32>) permutation = [1, 0] 
    %45 = tensor.empty() : tensor<2x64x96xf32>
    %46 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x96xf32>) outs(%45 : tensor<2x64x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x96xf32>
    %47 = tensor.empty() : tensor<2x16x96xf32>
    %48 = linalg.fill ins(%cst : f32) outs(%47 : tensor<2x16x96xf32>) -> tensor<2x16x96xf32>
    %49 = linalg.batch_matmul ins(%43, %46 : tensor<2x16x64xf32>, tensor<2x64x96xf32>) outs(%48 : tensor<2x16x96xf32>) -> tensor<2x16x96xf32>
    %expanded_23 = tensor.expand_shape %49 [[0], [1], [2, 3]] output_shape [2, 16, 6, 16] : tensor<2x16x96xf32> into tensor<2x16x6x16xf32>
    %extracted_slice = tensor.extract_slice %expanded_23[0, 0, 0, 0] [2, 16, 4, 16] [1, 1, 1, 1] : tensor<2x16x6x16xf32> to tensor<2x16x4x16xf32>
    %50 = tensor.empty() : tensor<2x16x1x16xf32>
    %51 = linalg.generic {indexing_maps = [#map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2 : tensor<1xi64>) outs(%50 : tensor<2x16x1x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %119 = arith.index_cast %in : i64 to index
      %120 = linalg.index 0 : index
      %121 = linalg.index 1 : index
      %122 = linalg.index 3 : index
      %extracted = tensor.extract %expanded_23[%120, %121, %119, %122] : tensor<2x16x6x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x1x16xf32>
    %52 = linalg.generic {indexing_maps = [#map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1 : tensor<1xi64>) outs(%50 : tensor<2x16x1x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %119 = arith.index_cast %in : i64 to index
      %120 = linalg.index 0 : index
      %121 = linalg.index 1 : index
      %122 = linalg.index 3 : index
      %extracted = tensor.extract %expanded_23[%120, %121, %119, %122] : tensor<2x16x6x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x1x16xf32>
    %53 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_24 = linalg.transpose ins(%extracted_slice : tensor<2x16x4x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_25 = linalg.transpose ins(%51 : tensor<2x16x1x16xf32>) outs(%21 : tensor<2x1x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_26 = linalg.transpose ins(%52 : tensor<2x16x1x16xf32>) outs(%21 : tensor<2x1x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_27 = tensor.expand_shape %25 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_28 = tensor.expand_shape %27 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %54 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_24, %expanded_27 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_29 = tensor.extract_slice %transposed_24[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_30 = tensor.extract_slice %transposed_24[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %55 = tensor.empty() : tensor<2x4x16x8xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_30 : tensor<2x4x16x8xf32>) outs(%55 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.negf %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x8xf32>
    %concat = tensor.concat dim(3) %56, %extracted_slice_29 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat, %expanded_28 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %57 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.addf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_25, %expanded_27 : tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>) outs(%21 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x1x16x16xf32>
    %extracted_slice_31 = tensor.extract_slice %transposed_25[0, 0, 0, 0] [2, 1, 16, 8] [1, 1, 1, 1] : tensor<2x1x16x16xf32> to tensor<2x1x16x8xf32>
    %extracted_slice_32 = tensor.extract_slice %transposed_25[0, 0, 0, 8] [2, 1, 16, 8] [1, 1, 1, 1] : tensor<2x1x16x16xf32> to tensor<2x1x16x8xf32>
    %60 = tensor.empty() : tensor<2x1x16x8xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_32 : tensor<2x1x16x8xf32>) outs(%60 : tensor<2x1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.negf %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x1x16x8xf32>
    %concat_33 = tensor.concat dim(3) %61, %extracted_slice_31 : (tensor<2x1x16x8xf32>, tensor<2x1x16x8xf32>) -> tensor<2x1x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_33, %expanded_28 : tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>) outs(%21 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x1x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %62 : tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) outs(%21 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.addf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x1x16x16xf32>
    %transposed_34 = linalg.transpose ins(%63 : tensor<2x1x16x16xf32>) outs(%21 : tensor<2x1x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_35 = tensor.collapse_shape %transposed_34 [[0, 1], [2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %64 = linalg.generic {indexing_maps = [#map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_35 : tensor<2x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %58 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %64 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %65 = tensor.empty() : tensor<8x16x16xf32>
    %66 = linalg.fill ins(%cst : f32) outs(%65 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %67 = linalg.batch_matmul ins(%collapsed_36, %collapsed_37 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_38 = tensor.expand_shape %67 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_38, %cst_7 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.divf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map4, #map16, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %22 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.addf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = tensor.empty() : tensor<2x4x16xi64>
    %71 = linalg.fill ins(%c0_i64 : i64) outs(%70 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %72 = tensor.empty() : tensor<2x4x16xf32>
    %73 = linalg.fill ins(%cst_0 : f32) outs(%72 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %74:2 = linalg.generic {indexing_maps = [#map4, #map17, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%73, %71 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_51: i64):
      %119 = linalg.index 3 : index
      %120 = arith.index_cast %119 : index to i64
      %121 = arith.maximumf %in, %out : f32
      %122 = arith.cmpf ogt, %in, %out : f32
      %123 = arith.select %122, %120, %out_51 : i64
      linalg.yield %121, %123 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_39 = tensor.expand_shape %74#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %75 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69, %expanded_39 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.subf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.exp %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %77 = tensor.empty() : tensor<2x4x16x1xf32>
    %78 = linalg.fill ins(%cst : f32) outs(%77 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%76 : tensor<2x4x16x16xf32>) outs(%78 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%76, %79 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.divf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %transposed_26 [[0, 1], [2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %81 = linalg.generic {indexing_maps = [#map15, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_40 : tensor<2x16x16xf32>) outs(%53 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %80 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_42 = tensor.collapse_shape %81 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %82 = linalg.batch_matmul ins(%collapsed_41, %collapsed_42 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_43 = tensor.expand_shape %82 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %83 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_44 = linalg.transpose ins(%expanded_43 : tensor<2x4x16x16xf32>) outs(%83 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_45 = tensor.collapse_shape %transposed_44 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %84 = tensor.empty() : tensor<64x64xf32>
    %transposed_46 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%84 : tensor<64x64xf32>) permutation = [1, 0] 
    %85 = tensor.empty() : tensor<2x64x64xf32>
    %86 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_46 : tensor<64x64xf32>) outs(%85 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %87 = linalg.fill ins(%cst : f32) outs(%32 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %88 = linalg.batch_matmul ins(%collapsed_45, %86 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%87 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %89 = tensor.empty() : tensor<64x256xf32>
    %transposed_47 = linalg.transpose ins(%arg5 : tensor<256x64xf32>) outs(%89 : tensor<64x256xf32>) permutation = [1, 0] 
    %90 = tensor.empty() : tensor<2x64x256xf32>
    %91 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_47 : tensor<64x256xf32>) outs(%90 : tensor<2x64x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x256xf32>
    %92 = tensor.empty() : tensor<2x16x256xf32>
    %93 = linalg.fill ins(%cst : f32) outs(%92 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %94 = linalg.batch_matmul ins(%43, %91 : tensor<2x16x64xf32>, tensor<2x64x256xf32>) outs(%93 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %95 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %cst_6 : tensor<2x16x256xf32>, tensor<f32>) outs(%92 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.divf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x256xf32>
    %96 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x256xf32>) outs(%92 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.erf %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x256xf32>
    %97 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %cst_8 : tensor<2x16x256xf32>, tensor<f32>) outs(%92 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.addf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x256xf32>
    %98 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %97 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%92 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x256xf32>
    %99 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %cst_5 : tensor<2x16x256xf32>, tensor<f32>) outs(%92 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x256xf32>
    %100 = tensor.empty() : tensor<256x64xf32>
    %transposed_48 = linalg.transpose ins(%arg6 : tensor<64x256xf32>) outs(%100 : tensor<256x64xf32>) permutation = [1, 0] 
    %101 = tensor.empty() : tensor<2x256x64xf32>
    %102 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_48 : tensor<256x64xf32>) outs(%101 : tensor<2x256x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x256x64xf32>
    %103 = linalg.batch_matmul ins(%99, %102 : tensor<2x16x256xf32>, tensor<2x256x64xf32>) outs(%87 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %88 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.addf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %104 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.addf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_14 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_49 = tensor.collapse_shape %107 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %108 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_49 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %108 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.subf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf32>) outs(%29 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_14 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %cst_15 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%28 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.rsqrt %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_50 = tensor.collapse_shape %114 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %115 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_50 : tensor<2x16xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %115 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.mulf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%32 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_51: f32, %out: f32):
      %119 = arith.addf %in, %in_51 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    return %118 : tensor<2x16x64xf32>
  }
}

