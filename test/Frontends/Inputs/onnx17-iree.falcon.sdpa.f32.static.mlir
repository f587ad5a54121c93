// FRONTEND: {"args": [{"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [96, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [256, 64]}, {"role": "weight", "shape": [64, 256]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "falcon", "path": "onnx17-iree", "shapes": "static"}
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
#map15 = affine_map<(d0) -> (d0)>
#map16 = affine_map<(d0, d1, d2, d3) -> (0)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map19 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @main_graph(%arg0: tensor<2x16xi64>, %arg1: tensor<2x16xi64>, %arg2: tensor<128x64xf32>, %arg3: tensor<96x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<256x64xf32>, %arg6: tensor<64x256xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c32_i64 = arith.constant 32 : i64
    %c0_i64 = arith.constant 0 : i64
    %c0 = arith.constant 0 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<1.600000e+01> : tensor<1xf32>
    %cst_2 = arith.constant dense<5> : tensor<1xi64>
    %cst_3 = arith.constant dense<4> : tensor<1xi64>
    %cst_4 = arith.constant dense<[[[[0]]], [[[16]]]]> : tensor<2x1x1x1xi64>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_7 = arith.constant dense<1.41421354> : tensor<f32>
    %cst_8 = arith.constant dense<0xFF800000> : tensor<1xf32>
    %cst_9 = arith.constant dense<0.000000e+00> : tensor<1xf32>
    %cst_10 = arith.constant dense<1.000000e+00> : tensor<1xf32>
    %cst_11 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_12 = arith.constant dense<"0x000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA5390000803F9BE8A13ECDCCCC3DE386013D0AD7233C383E4F3B6F12833A60CBA539000000409BE8213FCDCC4C3EE386813D0AD7A33C383ECF3B6F12033B60CB253A000000409BE8213FCDCC4C3EE386813D0AD7A33C383ECF3B6F12033B60CB253A00004040E8DC723F9A99993E544AC23D8FC2F53CAA6E1B3CA69B443B10B1783A00004040E8DC723F9A99993E544AC23D8FC2F53CAA6E1B3CA69B443B10B1783A000080409BE8A13FCDCCCC3EE386013E0AD7233D383E4F3C6F12833B60CBA53A000080409BE8A13FCDCCCC3EE386013E0AD7233D383E4F3C6F12833B60CBA53A0000A040C262CA3F0000003F9CE8213ECCCC4C3DE386813C0BD7A33B383ECF3A0000A040C262CA3F0000003F9CE8213ECCCC4C3DE386813C0BD7A33B383ECF3A0000C040E8DCF23F9A99193F544A423E8FC2753DAA6E9B3CA69BC43B10B1F83A0000C040E8DCF23F9A99193F544A423E8FC2753DAA6E9B3CA69BC43B10B1F83A0000E04088AB0D403333333F0DAC623E295C8F3D7156B53C4260E53BF411113B0000E04088AB0D403333333F0DAC623E295C8F3D7156B53C4260E53BF411113B000000419BE82140CDCC4C3FE386813E0AD7A33D383ECF3C6F12033C60CB253B000000419BE82140CDCC4C3FE386813E0AD7A33D383ECF3C6F12033C60CB253B00001041AE2536406766663FBFB7913EEB51B83DFF25E93CBD74133CCC843A3B00001041AE2536406766663FBFB7913EEB51B83DFF25E93CBD74133CCC843A3B00002041C2624A400000803F9CE8A13ECCCCCC3DE386013D0BD7233C383E4F3B00002041C2624A400000803F9CE8A13ECCCCCC3DE386013D0BD7233C383E4F3B00003041D59F5E40CDCC8C3F7819B23EAE47E13DC67A0E3D5939343CA4F7633B00003041D59F5E40CDCC8C3F7819B23EAE47E13DC67A0E3D5939343CA4F7633B00004041E8DC72409A99993F544AC23E8FC2F53DAA6E1B3DA69B443C10B1783B00004041E8DC72409A99993F544AC23E8FC2F53DAA6E1B3DA69B443C10B1783B00005041FE8C83406766A63F317BD23EB81E053E8E62283DF4FD543C3EB5863B00005041FE8C83406766A63F317BD23EB81E053E8E62283DF4FD543C3EB5863B0000604188AB8D403333B33F0DACE23E295C0F3E7156353D4260653CF411913B0000604188AB8D403333B33F0DACE23E295C0F3E7156353D4260653CF411913B0000704111CA97400000C03FEADCF23E9999193E544A423D90C2753CAA6E9B3B0000704111CA97400000C03FEADCF23E9999193E544A423D90C2753CAA6E9B3B"> : tensor<1x16x16xf32>
    %cst_13 = arith.constant dense<[[[[0], [1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15]]]]> : tensor<1x1x16x1xi64>
    %cst_14 = arith.constant dense<[[[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]]]> : tensor<1x1x1x16xi64>
    %cst_15 = arith.constant 6.400000e+01 : f32
    %cst_16 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %127 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg0 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %127 = arith.addi %in, %c128_i64 : i64
      linalg.yield %127 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg0 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_52: i64, %in_53: i64, %out: i64):
      %127 = arith.select %in, %in_52, %in_53 : i64
      linalg.yield %127 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %127 = arith.index_cast %in : i64 to index
      %128 = linalg.index 1 : index
      %extracted = tensor.extract %arg2[%127, %128] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %127 : i1
    } -> tensor<2x16xi1>
    %8 = tensor.empty() : tensor<1x1x16x16xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_14, %cst_13 : tensor<1x1x1x16xi64>, tensor<1x1x16x1xi64>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i64, %in_52: i64, %out: i1):
      %127 = arith.cmpi sle, %in, %in_52 : i64
      linalg.yield %127 : i1
    } -> tensor<1x1x16x16xi1>
    %10 = linalg.generic {indexing_maps = [#map5, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %9 : tensor<i1>, tensor<1x1x16x16xi1>) outs(%8 : tensor<1x1x16x16xi1>) {
    ^bb0(%in: i1, %in_52: i1, %out: i1):
      %127 = arith.andi %in, %in_52 : i1
      linalg.yield %127 : i1
    } -> tensor<1x1x16x16xi1>
    %expanded_17 = tensor.expand_shape %7 [[0], [1, 2]] output_shape [2, 16, 1] : tensor<2x16xi1> into tensor<2x16x1xi1>
    %collapsed_18 = tensor.collapse_shape %expanded_17 [[0, 1], [2]] : tensor<2x16x1xi1> into tensor<32x1xi1>
    %11 = tensor.empty() : tensor<2x1x1x16xi64>
    %12 = linalg.generic {indexing_maps = [#map6, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_14, %cst_4 : tensor<1x1x1x16xi64>, tensor<2x1x1x1xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %in_52: i64, %out: i64):
      %127 = arith.addi %in, %in_52 : i64
      linalg.yield %127 : i64
    } -> tensor<2x1x1x16xi64>
    %13 = tensor.empty() : tensor<2x1x1x16xi1>
    %14 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%13 : tensor<2x1x1x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %127 : i1
    } -> tensor<2x1x1x16xi1>
    %15 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%12 : tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %127 = arith.addi %in, %c32_i64 : i64
      linalg.yield %127 : i64
    } -> tensor<2x1x1x16xi64>
    %16 = linalg.generic {indexing_maps = [#map4, #map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%14, %15, %12 : tensor<2x1x1x16xi1>, tensor<2x1x1x16xi64>, tensor<2x1x1x16xi64>) outs(%11 : tensor<2x1x1x16xi64>) {
    ^bb0(%in: i1, %in_52: i64, %in_53: i64, %out: i64):
      %127 = arith.select %in, %in_52, %in_53 : i64
      linalg.yield %127 : i64
    } -> tensor<2x1x1x16xi64>
    %collapsed_19 = tensor.collapse_shape %16 [[0, 1, 2, 3]] : tensor<2x1x1x16xi64> into tensor<32xi64>
    %17 = tensor.empty() : tensor<32x1xi1>
    %18 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed_19 : tensor<32xi64>) outs(%17 : tensor<32x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %127 = arith.index_cast %in : i64 to index
      %extracted = tensor.extract %collapsed_18[%127, %c0] : tensor<32x1xi1>
      linalg.yield %extracted : i1
    } -> tensor<32x1xi1>
    %collapsed_20 = tensor.collapse_shape %18 [[0, 1]] : tensor<32x1xi1> into tensor<32xi1>
    %expanded_21 = tensor.expand_shape %collapsed_20 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %19 = tensor.empty() : tensor<2x1x16x16xi1>
    %20 = linalg.generic {indexing_maps = [#map6, #map2, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %expanded_21 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%19 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_52: i1, %out: i1):
      %127 = arith.andi %in, %in_52 : i1
      linalg.yield %127 : i1
    } -> tensor<2x1x16x16xi1>
    %21 = tensor.empty() : tensor<1x16x16xf32>
    %22 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_12 : tensor<1x16x16xf32>) outs(%21 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.cos %in : f32
      linalg.yield %127 : f32
    } -> tensor<1x16x16xf32>
    %23 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22, %cst_11 : tensor<1x16x16xf32>, tensor<f32>) outs(%21 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<1x16x16xf32>
    %24 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_12 : tensor<1x16x16xf32>) outs(%21 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.sin %in : f32
      linalg.yield %127 : f32
    } -> tensor<1x16x16xf32>
    %25 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24, %cst_11 : tensor<1x16x16xf32>, tensor<f32>) outs(%21 : tensor<1x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<1x16x16xf32>
    %26 = tensor.empty() : tensor<2x16x1xf32>
    %27 = linalg.fill ins(%cst : f32) outs(%26 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_15 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %30 = tensor.empty() : tensor<2x16x64xf32>
    %collapsed_22 = tensor.collapse_shape %29 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %31 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_22 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %31 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.subf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %33 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %32 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %34 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%33 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_15 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %36 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %cst_16 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %37 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%36 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_23 = tensor.collapse_shape %37 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %38 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_23 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %38 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %40 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %41 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.addf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %42 = tensor.empty() : tensor<64x96xf32>
    %transposed = linalg.transpose ins(%arg3 : tensor<96x64xf32>) outs(%42 : tensor<64x96xf32>) permutation = [1, 0] 
    %43 = tensor.empty() : tensor<2x64x96xf32>
    %44 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x96xf32>) outs(%43 : tensor<2x64x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x96xf32>
    %45 = tensor.empty() : tensor<2x16x96xf32>
    %46 = linalg.fill ins(%cst : f32) outs(%45 : tensor<2x16x96xf32>) -> tensor<2x16x96xf32>
    %47 = linalg.batch_matmul ins(%41, %44 : tensor<2x16x64xf32>, tensor<2x64x96xf32>) outs(%46 : tensor<2x16x96xf32>) -> tensor<2x16x96xf32>
    %expanded_24 = tensor.expand_shape %47 [[0], [1], [2, 3]] output_shape [2, 16, 6, 16] : tensor<2x16x96xf32> into tensor<2x16x6x16xf32>
    %extracted_slice = tensor.extract_slice %expanded_24[0, 0, 0, 0] [2, 16, 4, 16] [1, 1, 1, 1] : tensor<2x16x6x16xf32> to tensor<2x16x4x16xf32>
    %48 = tensor.empty() : tensor<2x16x1x16xf32>
    %49 = linalg.generic {indexing_maps = [#map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_3 : tensor<1xi64>) outs(%48 : tensor<2x16x1x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %127 = arith.index_cast %in : i64 to index
      %128 = linalg.index 0 : index
      %129 = linalg.index 1 : index
      %130 = linalg.index 3 : index
      %extracted = tensor.extract %expanded_24[%128, %129, %127, %130] : tensor<2x16x6x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x1x16xf32>
    %50 = linalg.generic {indexing_maps = [#map13, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2 : tensor<1xi64>) outs(%48 : tensor<2x16x1x16xf32>) {
    ^bb0(%in: i64, %out: f32):
      %127 = arith.index_cast %in : i64 to index
      %128 = linalg.index 0 : index
      %129 = linalg.index 1 : index
      %130 = linalg.index 3 : index
      %extracted = tensor.extract %expanded_24[%128, %129, %127, %130] : tensor<2x16x6x16xf32>
      linalg.yield %extracted : f32
    } -> tensor<2x16x1x16xf32>
    %51 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_25 = linalg.transpose ins(%extracted_slice : tensor<2x16x4x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %52 = tensor.empty() : tensor<2x1x16x16xf32>
    %transposed_26 = linalg.transpose ins(%49 : tensor<2x16x1x16xf32>) outs(%52 : tensor<2x1x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_27 = linalg.transpose ins(%50 : tensor<2x16x1x16xf32>) outs(%52 : tensor<2x1x16x16xf32>) permutation = [0, 2, 1, 3] 
    %expanded_28 = tensor.expand_shape %23 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %expanded_29 = tensor.expand_shape %25 [[0], [1, 2], [3]] output_shape [1, 1, 16, 16] : tensor<1x16x16xf32> into tensor<1x1x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_25, %expanded_28 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_30 = tensor.extract_slice %transposed_25[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_31 = tensor.extract_slice %transposed_25[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %54 = tensor.empty() : tensor<2x4x16x8xf32>
    %55 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_31 : tensor<2x4x16x8xf32>) outs(%54 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.negf %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x8xf32>
    %concat = tensor.concat dim(3) %55, %extracted_slice_30 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map4, #map14, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat, %expanded_29 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %56 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.addf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_26, %expanded_28 : tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>) outs(%52 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x1x16x16xf32>
    %extracted_slice_32 = tensor.extract_slice %transposed_26[0, 0, 0, 0] [2, 1, 16, 8] [1, 1, 1, 1] : tensor<2x1x16x16xf32> to tensor<2x1x16x8xf32>
    %extracted_slice_33 = tensor.extract_slice %transposed_26[0, 0, 0, 8] [2, 1, 16, 8] [1, 1, 1, 1] : tensor<2x1x16x16xf32> to tensor<2x1x16x8xf32>
    %59 = tensor.empty() : tensor<2x1x16x8xf32>
    %60 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_33 : tensor<2x1x16x8xf32>) outs(%59 : tensor<2x1x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.negf %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x1x16x8xf32>
    %concat_34 = tensor.concat dim(3) %60, %extracted_slice_32 : (tensor<2x1x16x8xf32>, tensor<2x1x16x8xf32>) -> tensor<2x1x16x16xf32>
    %61 = linalg.generic {indexing_maps = [#map4, #map6, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_34, %expanded_29 : tensor<2x1x16x16xf32>, tensor<1x1x16x16xf32>) outs(%52 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x1x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58, %61 : tensor<2x1x16x16xf32>, tensor<2x1x16x16xf32>) outs(%52 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.addf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x1x16x16xf32>
    %63 = tensor.empty() : tensor<1xf32>
    %64 = linalg.generic {indexing_maps = [#map15, #map15], iterator_types = ["parallel"]} ins(%cst_1 : tensor<1xf32>) outs(%63 : tensor<1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.sqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<1xf32>
    %65 = linalg.generic {indexing_maps = [#map15, #map15, #map15], iterator_types = ["parallel"]} ins(%cst_10, %64 : tensor<1xf32>, tensor<1xf32>) outs(%63 : tensor<1xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.divf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<1xf32>
    %transposed_35 = linalg.transpose ins(%62 : tensor<2x1x16x16xf32>) outs(%52 : tensor<2x1x16x16xf32>) permutation = [0, 1, 3, 2] 
    %66 = linalg.generic {indexing_maps = [#map15, #map15], iterator_types = ["parallel"]} ins(%65 : tensor<1xf32>) outs(%63 : tensor<1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.sqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<1xf32>
    %67 = linalg.generic {indexing_maps = [#map4, #map16, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%57, %66 : tensor<2x4x16x16xf32>, tensor<1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map4, #map16, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_35, %66 : tensor<2x1x16x16xf32>, tensor<1xf32>) outs(%52 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %68 [[0, 1], [2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %69 = linalg.generic {indexing_maps = [#map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_36 : tensor<2x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %67 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_38 = tensor.collapse_shape %69 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %70 = tensor.empty() : tensor<8x16x16xf32>
    %71 = linalg.fill ins(%cst : f32) outs(%70 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %72 = linalg.batch_matmul ins(%collapsed_37, %collapsed_38 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%71 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_39 = tensor.expand_shape %72 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %73 = linalg.generic {indexing_maps = [#map4, #map16, #map16, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%20, %cst_9, %cst_8 : tensor<2x1x16x16xi1>, tensor<1xf32>, tensor<1xf32>) outs(%52 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_52: f32, %in_53: f32, %out: f32):
      %127 = arith.select %in, %in_52, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x1x16x16xf32>
    %74 = linalg.generic {indexing_maps = [#map4, #map18, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_39, %73 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.addf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x4x16xi64>
    %76 = linalg.fill ins(%c0_i64 : i64) outs(%75 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %77 = tensor.empty() : tensor<2x4x16xf32>
    %78 = linalg.fill ins(%cst_0 : f32) outs(%77 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %79:2 = linalg.generic {indexing_maps = [#map4, #map19, #map19], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%74 : tensor<2x4x16x16xf32>) outs(%78, %76 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_52: i64):
      %127 = linalg.index 3 : index
      %128 = arith.index_cast %127 : index to i64
      %129 = arith.maximumf %in, %out : f32
      %130 = arith.cmpf ogt, %in, %out : f32
      %131 = arith.select %130, %128, %out_52 : i64
      linalg.yield %129, %131 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_40 = tensor.expand_shape %79#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %expanded_40 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.subf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %81 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80 : tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.exp %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %82 = tensor.empty() : tensor<2x4x16x1xf32>
    %83 = linalg.fill ins(%cst : f32) outs(%82 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %84 = linalg.generic {indexing_maps = [#map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%81 : tensor<2x4x16x16xf32>) outs(%83 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x1xf32>
    %85 = linalg.generic {indexing_maps = [#map4, #map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81, %84 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.divf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %86 = tensor.empty() : tensor<2x4x16x16xi1>
    %87 = linalg.generic {indexing_maps = [#map4, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%85, %85 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%86 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_52: f32, %out: i1):
      %127 = arith.cmpf une, %in, %in_52 : f32
      linalg.yield %127 : i1
    } -> tensor<2x4x16x16xi1>
    %88 = linalg.generic {indexing_maps = [#map4, #map16, #map4, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%87, %cst_9, %85 : tensor<2x4x16x16xi1>, tensor<1xf32>, tensor<2x4x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_52: f32, %in_53: f32, %out: f32):
      %127 = arith.select %in, %in_52, %in_53 : f32
      linalg.yield %127 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %transposed_27 [[0, 1], [2], [3]] : tensor<2x1x16x16xf32> into tensor<2x16x16xf32>
    %89 = linalg.generic {indexing_maps = [#map17, #map4], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_41 : tensor<2x16x16xf32>) outs(%51 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_42 = tensor.collapse_shape %88 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_43 = tensor.collapse_shape %89 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %90 = linalg.batch_matmul ins(%collapsed_42, %collapsed_43 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%71 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_44 = tensor.expand_shape %90 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %91 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_45 = linalg.transpose ins(%expanded_44 : tensor<2x4x16x16xf32>) outs(%91 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_46 = tensor.collapse_shape %transposed_45 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %92 = tensor.empty() : tensor<64x64xf32>
    %transposed_47 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%92 : tensor<64x64xf32>) permutation = [1, 0] 
    %93 = tensor.empty() : tensor<2x64x64xf32>
    %94 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_47 : tensor<64x64xf32>) outs(%93 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %95 = linalg.fill ins(%cst : f32) outs(%30 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %96 = linalg.batch_matmul ins(%collapsed_46, %94 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%95 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %97 = tensor.empty() : tensor<64x256xf32>
    %transposed_48 = linalg.transpose ins(%arg5 : tensor<256x64xf32>) outs(%97 : tensor<64x256xf32>) permutation = [1, 0] 
    %98 = tensor.empty() : tensor<2x64x256xf32>
    %99 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_48 : tensor<64x256xf32>) outs(%98 : tensor<2x64x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x256xf32>
    %100 = tensor.empty() : tensor<2x16x256xf32>
    %101 = linalg.fill ins(%cst : f32) outs(%100 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %102 = linalg.batch_matmul ins(%41, %99 : tensor<2x16x64xf32>, tensor<2x64x256xf32>) outs(%101 : tensor<2x16x256xf32>) -> tensor<2x16x256xf32>
    %103 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %cst_7 : tensor<2x16x256xf32>, tensor<f32>) outs(%100 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.divf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x256xf32>
    %104 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103 : tensor<2x16x256xf32>) outs(%100 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.erf %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x256xf32>
    %105 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %cst_11 : tensor<2x16x256xf32>, tensor<f32>) outs(%100 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.addf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x256xf32>
    %106 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %105 : tensor<2x16x256xf32>, tensor<2x16x256xf32>) outs(%100 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x256xf32>
    %107 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106, %cst_6 : tensor<2x16x256xf32>, tensor<f32>) outs(%100 : tensor<2x16x256xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x256xf32>
    %108 = tensor.empty() : tensor<256x64xf32>
    %transposed_49 = linalg.transpose ins(%arg6 : tensor<64x256xf32>) outs(%108 : tensor<256x64xf32>) permutation = [1, 0] 
    %109 = tensor.empty() : tensor<2x256x64xf32>
    %110 = linalg.generic {indexing_maps = [#map12, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_49 : tensor<256x64xf32>) outs(%109 : tensor<2x256x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x256x64xf32>
    %111 = linalg.batch_matmul ins(%107, %110 : tensor<2x16x256xf32>, tensor<2x256x64xf32>) outs(%95 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %96 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.addf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %112 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.addf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%113 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_15 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_50 = tensor.collapse_shape %115 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %116 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_50 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %116 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.subf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %117 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map7, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%118 : tensor<2x16x64xf32>) outs(%27 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %out : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %120 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%119 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.divf %in, %cst_15 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %121 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = arith.addf %in, %cst_16 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %122 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<2x16x1xf32>) outs(%26 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %127 = math.rsqrt %in : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_51 = tensor.collapse_shape %122 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %123 = linalg.generic {indexing_maps = [#map10, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_51 : tensor<2x16xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %124 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %123 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %125 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %arg7 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.mulf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    %126 = linalg.generic {indexing_maps = [#map7, #map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%30 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_52: f32, %out: f32):
      %127 = arith.addf %in, %in_52 : f32
      linalg.yield %127 : f32
    } -> tensor<2x16x64xf32>
    return %126 : tensor<2x16x64xf32>
  }
}

