// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [32, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "mistral", "path": "onnxdy-iree", "shapes": "static"}
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1) -> (d0)>
#map2 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1, d2, d3) -> (0, d1, d2, d3)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map9 = affine_map<(d0, d1, d2) -> ()>
#map10 = affine_map<(d0, d1, d2) -> (d2)>
#map11 = affine_map<(d0, d1, d2) -> (d1, d2)>
#map12 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, d3)>
#map13 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map14 = affine_map<(d0, d1, d2, d3) -> ()>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map16 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64x64xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<32x64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<128x64xf32>, %arg6: tensor<128x64xf32>, %arg7: tensor<64x128xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<2x16xi64>, %arg12: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c16_i64 = arith.constant 16 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %false = arith.constant false
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 1.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant dense<"0x0100030007000F001F003F007F00FF00FF01FF03FF07FF0FFF1FFF3FFF7FFFFF"> : tensor<1x1x16x16xi1>
    %cst_3 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %cst_4 = arith.constant dense<"0x0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3FF8FF7F3FFFFF7F3F3211D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F3211D5BEEC7B4E3FA5E57A3FF97C7F3FE5F27F3FB0FE7F3FDEFF7F3FFDFF7F3F26707DBF572F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F26707DBF572F153FEF90743F4FD97E3F83E27F3F0DFD7F3FB5FF7F3FF8FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F305527BFB12E9A3EA7CA6B3F69F47D3F94CB7F3FC2FA7F3F7AFF7F3FF3FF7F3F2B3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3F2B3C913EE97229BC40A9603F81CE7C3F19AE7F3FCFF77F3F2EFF7F3FEBFF7F3FB8CD753F6C3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FB8CD753F6C3FA4BE3249533FE3677B3F128A7F3F34F47F3FD2FE7F3FE2FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FBDFF403FBC7419BFB3CC433FEAC0793F815F7F3FF2EF7F3F65FE7F3FD7FF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FF6FD14BEE59151BF5F5B323F02DA773F662E7F3F08EB7F3FE7FD7F3FCAFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3FD53F69BFA2E674BFD4211F3FA9B3753FC2F67E3F76E57F3F59FD7F3FBCFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F64CD56BFFBF17FBF40510A3F6A4E733F98B87E3F3CDF7F3FB9FC7F3FACFF7F3F7205913B8C9B71BFC03DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3F7205913B8C9B71BFC03DE83EE4AA703FE8737E3F5BD87F3F09FC7F3F9AFF7F3FD006583F574F4BBFF486B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3FD006583F574F4BBFF486B93EC3C96D3FB5287E3FD2D07F3F48FB7F3F87FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3F6F4E683F9DD910BF99F5883EC2AB6A3F00D77D3FA1C87F3F76FA7F3F72FF7F3FD8040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FD8040C3E0A0D90BEDF0B2E3EB151673FCC7E7D3FC9BF7F3F94F97F3F5CFF7F3FE87A42BF9522FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3FE87A42BF9522FE3CAADE903D68BC633F1A207D3F49B67F3FA1F87F3F43FF7F3F"> : tensor<1x1x16x16xf32>
    %cst_5 = arith.constant dense<"0x00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000A56A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539A56A573F3E399F3E7775CC3D5C81013D57D6233C213E4F3B6E12833A60CBA539B7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AB7C7683F1B54173FF96F4B3EC970813D3ED4A33CDD3DCF3B6912033B5FCB253AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783AC381103EC209503F6D4E973EC1FFC13D1FB9F53C116E1B3C939B443B0EB1783ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53ACFBD41BFDE1D743FD761C73E892E013EDBCB233DCE3C4F3C5812833B5DCBA53A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A107C75BF7FFC7F3F4477F53E1F3C213EF4B64C3D8185813CDED6A33B323ECF3A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A8C0F8FBE4E78723F698C103F6F20413ED19C753D476C9B3C599BC43B06B1F83A4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B4630283F6EE84C3F73EB243F51D3603E323E8F3DA652B53CC75FE53BEC11113B95467D3F7E06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B95467D3F7E06133FA6A4373F5226803E50AAA33D8F38CF3C1312033C54CB253B3101D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3B3101D33EEE1F953E1D88483F2EC28F3E3E12B83DF01DE93C3B74133CBB843A3BF7440BBF9770A9BCA56A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3BF7440BBF9770A9BCA56A573F3F399F3E7675CC3D5C81013D58D6233C213E4F3B5CFF7FBF1F41A9BE2A26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633B5CFF7FBF1F41A9BE2A26643F8C87AE3E72D3E03D6B730E3D6B38343C86F7633BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783BD85C09BF24911BBF1D9A6E3F2CA9BD3EAC2BF53D1D651B3D719A443CE9B0783B2320D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B2320D73E4C1453BFC0AB763F419ACC3ED0BE043E6A56283D6BFC543C25B5863B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B72987D3FB3A875BF6F467C3FF556DB3E64E40E3E4747353D575E653CD511913B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B4479263F75E07FBFD55B7F3F85DBE93E4F06193EAE37423D34C0753C846E9B3B"> : tensor<1x1x16x16xf32>
    %cst_6 = arith.constant dense<5.000000e-01> : tensor<f32>
    %cst_7 = arith.constant dense<9.99999997E-7> : tensor<f32>
    %cst_8 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_9 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_10 = arith.constant 6.400000e+01 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg11 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %120 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg11 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %120 = arith.addi %in, %c128_i64 : i64
      linalg.yield %120 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg11 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_44: i64, %in_45: i64, %out: i64):
      %120 = arith.select %in, %in_44, %in_45 : i64
      linalg.yield %120 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %120 = arith.index_cast %in : i64 to index
      %121 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%120, %121] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg12 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %120 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_3[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %8 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %120 : i1
    } -> tensor<2x1x1x16x1xi1>
    %10 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %11 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %120 = arith.addi %in, %c2_i64 : i64
      linalg.yield %120 : i64
    } -> tensor<2x1x1x16x1xi64>
    %12 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%9, %11, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_44: i64, %in_45: i64, %out: i64):
      %120 = arith.select %in, %in_44, %in_45 : i64
      linalg.yield %120 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_11 = tensor.extract_slice %cst_3[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %13 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_11 : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %120 : i1
    } -> tensor<2x1x1x16x1xi1>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_11 : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %120 = arith.addi %in, %c16_i64 : i64
      linalg.yield %120 : i64
    } -> tensor<2x1x1x16x1xi64>
    %15 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%13, %14, %extracted_slice_11 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_44: i64, %in_45: i64, %out: i64):
      %120 = arith.select %in, %in_44, %in_45 : i64
      linalg.yield %120 : i64
    } -> tensor<2x1x1x16x1xi64>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%15, %12 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_44: i64, %out: i64):
      %120 = arith.muli %in_44, %c16_i64 : i64
      %121 = arith.addi %in, %120 : i64
      linalg.yield %121 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_12 = tensor.collapse_shape %16 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_13 = tensor.collapse_shape %7 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %17 = tensor.empty() : tensor<32xi1>
    %18 = linalg.fill ins(%false : i1) outs(%17 : tensor<32xi1>) -> tensor<32xi1>
    %19 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%collapsed_12 : tensor<32xi64>) outs(%18 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %120 = arith.index_cast %in : i64 to index
      %121 = arith.cmpi slt, %120, %c32 : index
      cf.assert %121, "index must be smaller than dim size"
      %122 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %122, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_13[%120] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_14 = tensor.expand_shape %19 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %20 = tensor.empty() : tensor<2x1x16x16xi1>
    %21 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_2, %expanded_14 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%20 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_44: i1, %out: i1):
      %120 = arith.andi %in, %in_44 : i1
      linalg.yield %120 : i1
    } -> tensor<2x1x16x16xi1>
    %22 = tensor.empty() : tensor<2x16x64xf32>
    %23 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %24 = tensor.empty() : tensor<2x16x1xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%24 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%23 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_10 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %28 = linalg.generic {indexing_maps = [#map7, #map9, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%27, %cst_7 : tensor<2x16x1xf32>, tensor<f32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.addf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %29 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.sqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %30 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%29 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.cmpf one, %in, %cst : f32
      cf.assert %120, "unimplemented: tensor with zero element"
      %121 = arith.divf %cst_0, %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %31 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %30 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map10, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg8, %31 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %33 = tensor.empty() : tensor<64x64xf32>
    %transposed = linalg.transpose ins(%arg1 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %34 = tensor.empty() : tensor<2x64x64xf32>
    %35 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %36 = linalg.fill ins(%cst : f32) outs(%22 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %37 = linalg.batch_matmul ins(%32, %35 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %expanded_15 = tensor.expand_shape %37 [[0], [1], [2, 3]] output_shape [2, 16, 4, 16] : tensor<2x16x64xf32> into tensor<2x16x4x16xf32>
    %38 = tensor.empty() : tensor<2x4x16x16xf32>
    %transposed_16 = linalg.transpose ins(%expanded_15 : tensor<2x16x4x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) permutation = [0, 2, 1, 3] 
    %39 = tensor.empty() : tensor<64x32xf32>
    %transposed_17 = linalg.transpose ins(%arg2 : tensor<32x64xf32>) outs(%39 : tensor<64x32xf32>) permutation = [1, 0] 
    %40 = tensor.empty() : tensor<2x64x32xf32>
    %41 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_17 : tensor<64x32xf32>) outs(%40 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x32xf32>
    %42 = tensor.empty() : tensor<2x16x32xf32>
    %43 = linalg.fill ins(%cst : f32) outs(%42 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %44 = linalg.batch_matmul ins(%32, %41 : tensor<2x16x64xf32>, tensor<2x64x32xf32>) outs(%43 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %expanded_18 = tensor.expand_shape %44 [[0], [1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<2x16x32xf32> into tensor<2x16x2x16xf32>
    %45 = tensor.empty() : tensor<2x2x16x16xf32>
    %transposed_19 = linalg.transpose ins(%expanded_18 : tensor<2x16x2x16xf32>) outs(%45 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %transposed_20 = linalg.transpose ins(%arg3 : tensor<32x64xf32>) outs(%39 : tensor<64x32xf32>) permutation = [1, 0] 
    %46 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_20 : tensor<64x32xf32>) outs(%40 : tensor<2x64x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x32xf32>
    %47 = linalg.batch_matmul ins(%32, %46 : tensor<2x16x64xf32>, tensor<2x64x32xf32>) outs(%43 : tensor<2x16x32xf32>) -> tensor<2x16x32xf32>
    %expanded_21 = tensor.expand_shape %47 [[0], [1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<2x16x32xf32> into tensor<2x16x2x16xf32>
    %transposed_22 = linalg.transpose ins(%expanded_21 : tensor<2x16x2x16xf32>) outs(%45 : tensor<2x2x16x16xf32>) permutation = [0, 2, 1, 3] 
    %48 = linalg.generic {indexing_maps = [#map6, #map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_16, %cst_4 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %extracted_slice_23 = tensor.extract_slice %transposed_16[0, 0, 0, 0] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %extracted_slice_24 = tensor.extract_slice %transposed_16[0, 0, 0, 8] [2, 4, 16, 8] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x8xf32>
    %49 = tensor.empty() : tensor<2x4x16x8xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_24 : tensor<2x4x16x8xf32>) outs(%49 : tensor<2x4x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.negf %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x8xf32>
    %concat = tensor.concat dim(3) %50, %extracted_slice_23 : (tensor<2x4x16x8xf32>, tensor<2x4x16x8xf32>) -> tensor<2x4x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat, %cst_5 : tensor<2x4x16x16xf32>, tensor<1x1x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %52 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%48, %51 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.addf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_19, %cst_4 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%45 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x2x16x16xf32>
    %extracted_slice_25 = tensor.extract_slice %transposed_19[0, 0, 0, 0] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %extracted_slice_26 = tensor.extract_slice %transposed_19[0, 0, 0, 8] [2, 2, 16, 8] [1, 1, 1, 1] : tensor<2x2x16x16xf32> to tensor<2x2x16x8xf32>
    %54 = tensor.empty() : tensor<2x2x16x8xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_26 : tensor<2x2x16x8xf32>) outs(%54 : tensor<2x2x16x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.negf %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x2x16x8xf32>
    %concat_27 = tensor.concat dim(3) %55, %extracted_slice_25 : (tensor<2x2x16x8xf32>, tensor<2x2x16x8xf32>) -> tensor<2x2x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map12, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_27, %cst_5 : tensor<2x2x16x16xf32>, tensor<1x1x16x16xf32>) outs(%45 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x2x16x16xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%53, %56 : tensor<2x2x16x16xf32>, tensor<2x2x16x16xf32>) outs(%45 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.addf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x2x16x16xf32>
    %58 = tensor.empty() : tensor<2x2x2x16x16xf32>
    %59 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%57 : tensor<2x2x16x16xf32>) outs(%58 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %60 = linalg.generic {indexing_maps = [#map13, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_22 : tensor<2x2x16x16xf32>) outs(%58 : tensor<2x2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x2x2x16x16xf32>
    %collapsed_28 = tensor.collapse_shape %59 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %61 = tensor.empty() : tensor<8x16x16xf32>
    %transposed_29 = linalg.transpose ins(%collapsed_28 : tensor<8x16x16xf32>) outs(%61 : tensor<8x16x16xf32>) permutation = [0, 2, 1] 
    %expanded_30 = tensor.expand_shape %transposed_29 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%52, %cst_6 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_30, %cst_6 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x1x16x16xf32>
    %65 = linalg.generic {indexing_maps = [#map6, #map14, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %cst_8, %cst_9 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%64 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_44: f32, %in_45: f32, %out: f32):
      %120 = arith.select %in, %in_44, %in_45 : f32
      linalg.yield %120 : f32
    } -> tensor<2x1x16x16xf32>
    %collapsed_31 = tensor.collapse_shape %62 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_32 = tensor.collapse_shape %63 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %66 = linalg.fill ins(%cst : f32) outs(%61 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %67 = linalg.batch_matmul ins(%collapsed_31, %collapsed_32 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_33 = tensor.expand_shape %67 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %68 = linalg.generic {indexing_maps = [#map6, #map15, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_33, %65 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.addf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %69 = tensor.empty() : tensor<2x4x16xi64>
    %70 = linalg.fill ins(%c0_i64 : i64) outs(%69 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %71 = tensor.empty() : tensor<2x4x16xf32>
    %72 = linalg.fill ins(%cst_1 : f32) outs(%71 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %73:2 = linalg.generic {indexing_maps = [#map6, #map16, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%68 : tensor<2x4x16x16xf32>) outs(%72, %70 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_44: i64):
      %120 = linalg.index 3 : index
      %121 = arith.index_cast %120 : index to i64
      %122 = arith.maximumf %in, %out : f32
      %123 = arith.cmpf ogt, %in, %out : f32
      %124 = arith.select %123, %121, %out_44 : i64
      linalg.yield %122, %124 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_34 = tensor.expand_shape %73#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%68, %expanded_34 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.subf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %75 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74 : tensor<2x4x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.exp %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %76 = tensor.empty() : tensor<2x4x16x1xf32>
    %77 = linalg.fill ins(%cst : f32) outs(%76 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %78 = linalg.generic {indexing_maps = [#map6, #map17], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%75 : tensor<2x4x16x16xf32>) outs(%77 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%75, %78 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.divf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %80 = tensor.empty() : tensor<2x4x16x16xi1>
    %81 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%79, %79 : tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) outs(%80 : tensor<2x4x16x16xi1>) {
    ^bb0(%in: f32, %in_44: f32, %out: i1):
      %120 = arith.cmpf une, %in, %in_44 : f32
      linalg.yield %120 : i1
    } -> tensor<2x4x16x16xi1>
    %82 = linalg.generic {indexing_maps = [#map6, #map14, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81, %cst_8, %79 : tensor<2x4x16x16xi1>, tensor<f32>, tensor<2x4x16x16xf32>) outs(%38 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: i1, %in_44: f32, %in_45: f32, %out: f32):
      %120 = arith.select %in, %in_44, %in_45 : f32
      linalg.yield %120 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_35 = tensor.collapse_shape %82 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_36 = tensor.collapse_shape %60 [[0, 1, 2], [3], [4]] : tensor<2x2x2x16x16xf32> into tensor<8x16x16xf32>
    %83 = linalg.batch_matmul ins(%collapsed_35, %collapsed_36 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%66 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_37 = tensor.expand_shape %83 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %84 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_38 = linalg.transpose ins(%expanded_37 : tensor<2x4x16x16xf32>) outs(%84 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_39 = tensor.collapse_shape %transposed_38 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %transposed_40 = linalg.transpose ins(%arg4 : tensor<64x64xf32>) outs(%33 : tensor<64x64xf32>) permutation = [1, 0] 
    %85 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_40 : tensor<64x64xf32>) outs(%34 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %86 = linalg.batch_matmul ins(%collapsed_39, %85 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %87 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %86 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.addf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %88 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87 : tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %89 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%88 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %90 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%89 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_10 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %91 = linalg.generic {indexing_maps = [#map7, #map9, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %cst_7 : tensor<2x16x1xf32>, tensor<f32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.addf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %92 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.sqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %93 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%92 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.cmpf one, %in, %cst : f32
      cf.assert %120, "unimplemented: tensor with zero element"
      %121 = arith.divf %cst_0, %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %94 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %93 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %95 = linalg.generic {indexing_maps = [#map10, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg9, %94 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %96 = tensor.empty() : tensor<64x128xf32>
    %transposed_41 = linalg.transpose ins(%arg5 : tensor<128x64xf32>) outs(%96 : tensor<64x128xf32>) permutation = [1, 0] 
    %97 = tensor.empty() : tensor<2x64x128xf32>
    %98 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_41 : tensor<64x128xf32>) outs(%97 : tensor<2x64x128xf32>) {
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
      %122 = arith.addf %121, %cst_0 : f32
      %123 = arith.divf %cst_0, %122 : f32
      linalg.yield %123 : f32
    } -> tensor<2x16x128xf32>
    %103 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%101, %102 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %transposed_42 = linalg.transpose ins(%arg6 : tensor<128x64xf32>) outs(%96 : tensor<64x128xf32>) permutation = [1, 0] 
    %104 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_42 : tensor<64x128xf32>) outs(%97 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %105 = linalg.batch_matmul ins(%95, %104 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%100 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %106 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %105 : tensor<2x16x128xf32>, tensor<2x16x128xf32>) outs(%99 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x128xf32>
    %107 = tensor.empty() : tensor<128x64xf32>
    %transposed_43 = linalg.transpose ins(%arg7 : tensor<64x128xf32>) outs(%107 : tensor<128x64xf32>) permutation = [1, 0] 
    %108 = tensor.empty() : tensor<2x128x64xf32>
    %109 = linalg.generic {indexing_maps = [#map11, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_43 : tensor<128x64xf32>) outs(%108 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %110 = linalg.batch_matmul ins(%106, %109 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%36 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%87, %110 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.addf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %113 = linalg.generic {indexing_maps = [#map7, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%112 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.addf %in, %out : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %114 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.divf %in, %cst_10 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %115 = linalg.generic {indexing_maps = [#map7, #map9, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%114, %cst_7 : tensor<2x16x1xf32>, tensor<f32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.addf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %116 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = math.sqrt %in : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x1xf32>
    %117 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %120 = arith.cmpf one, %in, %cst : f32
      cf.assert %120, "unimplemented: tensor with zero element"
      %121 = arith.divf %cst_0, %in : f32
      linalg.yield %121 : f32
    } -> tensor<2x16x1xf32>
    %118 = linalg.generic {indexing_maps = [#map7, #map8, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %117 : tensor<2x16x64xf32>, tensor<2x16x1xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    %119 = linalg.generic {indexing_maps = [#map10, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg10, %118 : tensor<64xf32>, tensor<2x16x64xf32>) outs(%22 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_44: f32, %out: f32):
      %120 = arith.mulf %in, %in_44 : f32
      linalg.yield %120 : f32
    } -> tensor<2x16x64xf32>
    return %119 : tensor<2x16x64xf32>
  }
}

