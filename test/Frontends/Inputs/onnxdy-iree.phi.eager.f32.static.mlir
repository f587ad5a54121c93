// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "phi", "path": "onnxdy-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> ()>
#map8 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map9 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map10 = affine_map<(d0, d1, d2) -> (d0, d1)>
#map11 = affine_map<(d0, d1, d2) -> (d2)>
#map12 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map13 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map17 = affine_map<(d0, d1, d2) -> ()>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<128xf32>, %arg11: tensor<64x128xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<2x16xi64>, %arg18: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c16_i64 = arith.constant 16 : i64
    %c3_i64 = arith.constant 3 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %false = arith.constant false
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant dense<"0x0100030007000F001F003F007F00FF00FF01FF03FF07FF0FFF1FFF3FFF7FFFFF"> : tensor<1x1x16x16xi1>
    %cst_2 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = arith.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F98B87E3FB9FC7F3FF8FF7F3F40510A3F98B87E3FB9FC7F3FF8FF7F3F3211D5BEA5E57A3FE5F27F3FDEFF7F3F3211D5BEA5E57A3FE5F27F3FDEFF7F3F26707DBFEF90743F83E27F3FB5FF7F3F26707DBFEF90743F83E27F3FB5FF7F3F305527BFA7CA6B3F94CB7F3F7AFF7F3F305527BFA7CA6B3F94CB7F3F7AFF7F3F2B3C913E40A9603F19AE7F3F2EFF7F3F2B3C913E40A9603F19AE7F3F2EFF7F3FB8CD753F3249533F128A7F3FD2FE7F3FB8CD753F3249533F128A7F3FD2FE7F3FBDFF403FB3CC433F815F7F3F65FE7F3FBDFF403FB3CC433F815F7F3F65FE7F3FF6FD14BE5F5B323F662E7F3FE7FD7F3FF6FD14BE5F5B323F662E7F3FE7FD7F3FD53F69BFD4211F3FC2F67E3F59FD7F3FD53F69BFD4211F3FC2F67E3F59FD7F3F64CD56BF40510A3F98B87E3FB9FC7F3F64CD56BF40510A3F98B87E3FB9FC7F3F7205913BC03DE83EE8737E3F09FC7F3F7205913BC03DE83EE8737E3F09FC7F3FD006583FF486B93EB5287E3F48FB7F3FD006583FF486B93EB5287E3F48FB7F3F6F4E683F99F5883E00D77D3F76FA7F3F6F4E683F99F5883E00D77D3F76FA7F3FD8040C3EDF0B2E3ECC7E7D3F94F97F3FD8040C3EDF0B2E3ECC7E7D3F94F97F3FE87A42BFAADE903D1A207D3FA1F87F3FE87A42BFAADE903D1A207D3FA1F87F3F"> : tensor<1x1x16x8xf32>
    %cst_5 = arith.constant dense<"0x0000000000000000000000000000000000000000000000000000000000000000A56A573F7775CC3D57D6233C6E12833AA56A573F7775CC3D57D6233C6E12833AB7C7683FF96F4B3E3ED4A33C6912033BB7C7683FF96F4B3E3ED4A33C6912033BC381103E6D4E973E1FB9F53C939B443BC381103E6D4E973E1FB9F53C939B443BCFBD41BFD761C73EDBCB233D5812833BCFBD41BFD761C73EDBCB233D5812833B107C75BF4477F53EF4B64C3DDED6A33B107C75BF4477F53EF4B64C3DDED6A33B8C0F8FBE698C103FD19C753D599BC43B8C0F8FBE698C103FD19C753D599BC43B4630283F73EB243F323E8F3DC75FE53B4630283F73EB243F323E8F3DC75FE53B95467D3FA6A4373F50AAA33D1312033C95467D3FA6A4373F50AAA33D1312033C3101D33E1D88483F3E12B83D3B74133C3101D33E1D88483F3E12B83D3B74133CF7440BBFA56A573F7675CC3D58D6233CF7440BBFA56A573F7675CC3D58D6233C5CFF7FBF2A26643F72D3E03D6B38343C5CFF7FBF2A26643F72D3E03D6B38343CD85C09BF1D9A6E3FAC2BF53D719A443CD85C09BF1D9A6E3FAC2BF53D719A443C2320D73EC0AB763FD0BE043E6BFC543C2320D73EC0AB763FD0BE043E6BFC543C72987D3F6F467C3F64E40E3E575E653C72987D3F6F467C3F64E40E3E575E653C4479263FD55B7F3F4F06193E34C0753C4479263FD55B7F3F4F06193E34C0753C"> : tensor<1x1x16x8xf32>
    %cst_6 = arith.constant dense<1.000000e+00> : tensor<f32>
    %cst_7 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_8 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_9 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_10 = arith.constant dense<4.471500e-02> : tensor<f32>
    %cst_11 = arith.constant dense<0.797884583> : tensor<f32>
    %cst_12 = arith.constant 6.400000e+01 : f32
    %cst_13 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg17 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg17 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %119 = arith.addi %in, %c128_i64 : i64
      linalg.yield %119 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg17 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_54: i64, %in_55: i64, %out: i64):
      %119 = arith.select %in, %in_54, %in_55 : i64
      linalg.yield %119 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %119 = arith.index_cast %in : i64 to index
      %120 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%119, %120] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg18 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_2[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %8 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x1x1x16x1xi1>
    %10 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %11 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %119 = arith.addi %in, %c2_i64 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16x1xi64>
    %12 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%9, %11, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_54: i64, %in_55: i64, %out: i64):
      %119 = arith.select %in, %in_54, %in_55 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_14 = tensor.extract_slice %cst_2[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %13 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_14 : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %119 : i1
    } -> tensor<2x1x1x16x1xi1>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_14 : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %119 = arith.addi %in, %c16_i64 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16x1xi64>
    %15 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%13, %14, %extracted_slice_14 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_54: i64, %in_55: i64, %out: i64):
      %119 = arith.select %in, %in_54, %in_55 : i64
      linalg.yield %119 : i64
    } -> tensor<2x1x1x16x1xi64>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%15, %12 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_54: i64, %out: i64):
      %119 = arith.muli %in_54, %c16_i64 : i64
      %120 = arith.addi %in, %119 : i64
      linalg.yield %120 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_15 = tensor.collapse_shape %16 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_16 = tensor.collapse_shape %7 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %17 = tensor.empty() : tensor<32xi1>
    %18 = linalg.fill ins(%false : i1) outs(%17 : tensor<32xi1>) -> tensor<32xi1>
    %19 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%collapsed_15 : tensor<32xi64>) outs(%18 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %119 = arith.index_cast %in : i64 to index
      %120 = arith.cmpi slt, %119, %c32 : index
      cf.assert %120, "index must be smaller than dim size"
      %121 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %121, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_16[%119] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_17 = tensor.expand_shape %19 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %20 = tensor.empty() : tensor<2x1x16x16xi1>
    %21 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_1, %expanded_17 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%20 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_54: i1, %out: i1):
      %119 = arith.andi %in, %in_54 : i1
      linalg.yield %119 : i1
    } -> tensor<2x1x16x16xi1>
    %22 = tensor.empty() : tensor<2x1x16x16xf32>
    %23 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %cst_3, %cst_7 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%22 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_54: f32, %in_55: f32, %out: f32):
      %119 = arith.select %in, %in_54, %in_55 : f32
      linalg.yield %119 : f32
    } -> tensor<2x1x16x16xf32>
    %24 = tensor.empty() : tensor<2x16x1xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%24 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_12 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %28 = tensor.empty() : tensor<2x16x64xf32>
    %collapsed_18 = tensor.collapse_shape %27 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %29 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_18 : tensor<2x16xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %29 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.subf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%31 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_12 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %cst_13 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.rsqrt %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_19 = tensor.collapse_shape %35 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %36 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_19 : tensor<2x16xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %36 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %40 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %41 = tensor.empty() : tensor<2x64x64xf32>
    %42 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%41 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %43 = linalg.fill ins(%cst : f32) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %44 = linalg.batch_matmul ins(%39, %42 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%43 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %45 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %expanded_20 = tensor.expand_shape %45 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %46 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_21 = linalg.transpose ins(%expanded_20 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_22 = linalg.transpose ins(%arg3 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %47 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_22 : tensor<64x64xf32>) outs(%41 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %48 = linalg.batch_matmul ins(%39, %47 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%43 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %49 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%48, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %expanded_23 = tensor.expand_shape %49 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_25 = linalg.transpose ins(%arg5 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %50 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_25 : tensor<64x64xf32>) outs(%41 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %51 = linalg.batch_matmul ins(%39, %50 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%43 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %52 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51, %arg6 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %expanded_26 = tensor.expand_shape %52 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %transposed_27 = linalg.transpose ins(%expanded_26 : tensor<2x16x4x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice_28 = tensor.extract_slice %transposed_21[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_29 = tensor.extract_slice %transposed_21[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_30 = tensor.extract_slice %transposed_24[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_31 = tensor.extract_slice %transposed_24[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %53 = tensor.empty() : tensor<2x4x16x8xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_28, %cst_4 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_32 = tensor.extract_slice %extracted_slice_28[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_33 = tensor.extract_slice %extracted_slice_28[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %55 = tensor.empty() : tensor<2x4x16x4xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_33 : tensor<2x4x16x4xf32>) outs(%55 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.negf %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x4xf32>
    %concat = tensor.concat dim(3) %56, %extracted_slice_32 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat, %cst_5 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x8xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%54, %57 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x8xf32>
    %59 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_30, %cst_4 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x8xf32>
    %extracted_slice_34 = tensor.extract_slice %extracted_slice_30[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_35 = tensor.extract_slice %extracted_slice_30[0, 0, 0, 4] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x8xf32> to tensor<2x4x16x4xf32>
    %60 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_35 : tensor<2x4x16x4xf32>) outs(%55 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.negf %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_36 = tensor.concat dim(3) %60, %extracted_slice_34 : (tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) -> tensor<2x4x16x8xf32>
    %61 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_36, %cst_5 : tensor<2x4x16x8xf32>, tensor<1x1x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x8xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59, %61 : tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) outs(%53 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x8xf32>
    %concat_37 = tensor.concat dim(3) %58, %extracted_slice_29 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %concat_38 = tensor.concat dim(3) %62, %extracted_slice_31 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %transposed_39 = linalg.transpose ins(%concat_38 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_40 = tensor.collapse_shape %concat_37 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %transposed_39 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %63 = tensor.empty() : tensor<8x16x16xf32>
    %64 = linalg.fill ins(%cst : f32) outs(%63 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %65 = linalg.batch_matmul ins(%collapsed_40, %collapsed_41 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%64 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_42 = tensor.expand_shape %65 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %66 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_42, %cst_8 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %67 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%66, %23 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %68 = tensor.empty() : tensor<2x4x16xi64>
    %69 = linalg.fill ins(%c0_i64 : i64) outs(%68 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %70 = tensor.empty() : tensor<2x4x16xf32>
    %71 = linalg.fill ins(%cst_0 : f32) outs(%70 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %72:2 = linalg.generic {indexing_maps = [#map6, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%67 : tensor<2x4x16x16xf32>) outs(%71, %69 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_54: i64):
      %119 = linalg.index 3 : index
      %120 = arith.index_cast %119 : index to i64
      %121 = arith.maximumf %in, %out : f32
      %122 = arith.cmpf ogt, %in, %out : f32
      %123 = arith.select %122, %120, %out_54 : i64
      linalg.yield %121, %123 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_43 = tensor.expand_shape %72#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%67, %expanded_43 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.subf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%73 : tensor<2x4x16x16xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.exp %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = tensor.empty() : tensor<2x4x16x1xf32>
    %76 = linalg.fill ins(%cst : f32) outs(%75 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %77 = linalg.generic {indexing_maps = [#map6, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%74 : tensor<2x4x16x16xf32>) outs(%76 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %77 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%46 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.divf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_44 = tensor.collapse_shape %78 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_45 = tensor.collapse_shape %transposed_27 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %79 = linalg.batch_matmul ins(%collapsed_44, %collapsed_45 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%64 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_46 = tensor.expand_shape %79 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %80 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_47 = linalg.transpose ins(%expanded_46 : tensor<2x4x16x16xf32>) outs(%80 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_48 = tensor.collapse_shape %transposed_47 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_49 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%40 : tensor<64x64xf32>) permutation = [1, 0] 
    %81 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_49 : tensor<64x64xf32>) outs(%41 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %82 = linalg.batch_matmul ins(%collapsed_48, %81 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%43 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %84 = tensor.empty() : tensor<64x128xf32>
    %transposed_50 = linalg.transpose ins(%arg9 : tensor<128x64xf32>) outs(%84 : tensor<64x128xf32>) permutation = [1, 0] 
    %85 = tensor.empty() : tensor<2x64x128xf32>
    %86 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_50 : tensor<64x128xf32>) outs(%85 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %87 = tensor.empty() : tensor<2x16x128xf32>
    %88 = linalg.fill ins(%cst : f32) outs(%87 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %89 = linalg.batch_matmul ins(%39, %86 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%88 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %90 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89, %arg10 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%87 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %91 = linalg.generic {indexing_maps = [#map8, #map17, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %cst_9 : tensor<2x16x128xf32>, tensor<f32>) outs(%87 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %92 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90 : tensor<2x16x128xf32>) outs(%87 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.fpowi %in, %c3_i64 : f32, i64
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %93 = linalg.generic {indexing_maps = [#map8, #map17, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92, %cst_10 : tensor<2x16x128xf32>, tensor<f32>) outs(%87 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %94 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %93 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%87 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %95 = linalg.generic {indexing_maps = [#map8, #map17, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%94, %cst_11 : tensor<2x16x128xf32>, tensor<f32>) outs(%87 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %96 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%95 : tensor<2x16x128xf32>) outs(%87 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.tanh %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %97 = linalg.generic {indexing_maps = [#map8, #map17, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %cst_6 : tensor<2x16x128xf32>, tensor<f32>) outs(%87 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %98 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91, %97 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%87 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x128xf32>
    %99 = tensor.empty() : tensor<128x64xf32>
    %transposed_51 = linalg.transpose ins(%arg11 : tensor<64x128xf32>) outs(%99 : tensor<128x64xf32>) permutation = [1, 0] 
    %100 = tensor.empty() : tensor<2x128x64xf32>
    %101 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_51 : tensor<128x64xf32>) outs(%100 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %102 = linalg.batch_matmul ins(%98, %101 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%43 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%102, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %103 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104, %expanded : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %106 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%105 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_12 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_52 = tensor.collapse_shape %107 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %108 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_52 : tensor<2x16xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %109 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105, %108 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.subf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %out : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %112 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.divf %in, %cst_12 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %113 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%112 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = arith.addf %in, %cst_13 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %119 = math.rsqrt %in : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_53 = tensor.collapse_shape %114 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %115 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_53 : tensor<2x16xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %116 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %115 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %117 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116, %arg15 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.mulf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    %118 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117, %arg16 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_54: f32, %out: f32):
      %119 = arith.addf %in, %in_54 : f32
      linalg.yield %119 : f32
    } -> tensor<2x16x64xf32>
    return %118 : tensor<2x16x64xf32>
  }
}

