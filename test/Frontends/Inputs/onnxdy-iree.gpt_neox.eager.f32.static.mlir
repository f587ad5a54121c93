// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [192, 64]}, {"role": "weight", "shape": [192]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}], "attn": "eager", "dtype": "f32", "expected_blocks": 1, "func": "main_graph", "model": "gpt_neox", "path": "onnxdy-iree", "shapes": "static"}
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
module {
  func.func @main_graph(%arg0: tensor<128x64xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<192x64xf32>, %arg6: tensor<192xf32>, %arg7: tensor<64x64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<128x64xf32>, %arg10: tensor<128xf32>, %arg11: tensor<64x128xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<2x16xi64>, %arg16: tensor<2x16xi64>) -> tensor<2x16x64xf32> {
    %c128_i64 = arith.constant 128 : i64
    %c16_i64 = arith.constant 16 : i64
    %c2_i64 = arith.constant 2 : i64
    %c0_i64 = arith.constant 0 : i64
    %false = arith.constant false
    %c32 = arith.constant 32 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %cst_1 = arith.constant 1.41421354 : f32
    %cst_2 = arith.constant 1.000000e+00 : f32
    %cst_3 = arith.constant 5.000000e-01 : f32
    %cst_4 = arith.constant dense<"0x0100030007000F001F003F007F00FF00FF01FF03FF07FF0FFF1FFF3FFF7FFFFF"> : tensor<1x1x16x16xi1>
    %cst_5 = arith.constant dense<[[[[[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6], [0, 7], [0, 8], [0, 9], [0, 10], [0, 11], [0, 12], [0, 13], [0, 14], [0, 15]]]], [[[[1, 0], [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8], [1, 9], [1, 10], [1, 11], [1, 12], [1, 13], [1, 14], [1, 15]]]]]> : tensor<2x1x1x16x2xi64>
    %cst_6 = arith.constant dense<0.000000e+00> : tensor<f32>
    %cst_7 = arith.constant dense<[[[[1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00], [0.540302277, 0.999949991, 0.540302277, 0.999949991], [-0.416146815, 9.998000e-01, -0.416146815, 9.998000e-01], [-0.989992499, 0.999550044, -0.989992499, 0.999550044], [-0.653643608, 0.999200105, -0.653643608, 0.999200105], [0.28366217, 0.998750269, 0.28366217, 0.998750269], [0.960170269, 0.998200535, 0.960170269, 0.998200535], [0.753902256, 9.975510e-01, 0.753902256, 9.975510e-01], [-0.145500034, 0.996801733, -0.145500034, 0.996801733], [-0.911130249, 0.995952725, -0.911130249, 0.995952725], [-0.839071512, 0.995004177, -0.839071512, 0.995004177], [0.00442569796, 0.993956089, 0.00442569796, 0.993956089], [0.84385395, 0.99280864, 0.84385395, 0.99280864], [0.907446801, 0.991561889, 0.907446801, 0.991561889], [0.136737227, 9.902160e-01, 0.136737227, 9.902160e-01], [-0.7596879, 0.98877108, -0.7596879, 0.98877108]]]]> : tensor<1x1x16x4xf32>
    %cst_8 = arith.constant dense<[[[[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [8.414710e-01, 0.00999983306, 8.414710e-01, 0.00999983306], [0.909297406, 0.0199986659, 0.909297406, 0.0199986659], [1.411200e-01, 2.999550e-02, 1.411200e-01, 2.999550e-02], [-0.756802499, 0.0399893336, -0.756802499, 0.0399893336], [-0.958924293, 0.0499791652, -0.958924293, 0.0499791652], [-0.279415488, 0.0599640049, -0.279415488, 0.0599640049], [0.656986594, 0.0699428469, 0.656986594, 0.0699428469], [0.989358246, 0.0799146891, 0.989358246, 0.0799146891], [0.412118465, 0.0898785442, 0.412118465, 0.0898785442], [-0.54402107, 0.0998334139, -0.54402107, 0.0998334139], [-0.999990224, 0.1097783, -0.999990224, 0.1097783], [-0.536572933, 0.119712204, -0.536572933, 0.119712204], [0.420167059, 0.129634142, 0.420167059, 0.129634142], [0.99060738, 0.139543116, 0.99060738, 0.139543116], [0.650287867, 0.149438128, 0.650287867, 0.149438128]]]]> : tensor<1x1x16x4xf32>
    %cst_9 = arith.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_10 = arith.constant dense<2.500000e-01> : tensor<f32>
    %cst_11 = arith.constant 6.400000e+01 : f32
    %cst_12 = arith.constant 9.99999974E-6 : f32
    %0 = tensor.empty() : tensor<2x16xi1>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg15 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %113 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %113 : i1
    } -> tensor<2x16xi1>
    %2 = tensor.empty() : tensor<2x16xi64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg15 : tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i64, %out: i64):
      %113 = arith.addi %in, %c128_i64 : i64
      linalg.yield %113 : i64
    } -> tensor<2x16xi64>
    %4 = linalg.generic {indexing_maps = [#map, #map, #map, #map], iterator_types = ["parallel", "parallel"]} ins(%1, %3, %arg15 : tensor<2x16xi1>, tensor<2x16xi64>, tensor<2x16xi64>) outs(%2 : tensor<2x16xi64>) {
    ^bb0(%in: i1, %in_50: i64, %in_51: i64, %out: i64):
      %113 = arith.select %in, %in_50, %in_51 : i64
      linalg.yield %113 : i64
    } -> tensor<2x16xi64>
    %collapsed = tensor.collapse_shape %4 [[0, 1]] : tensor<2x16xi64> into tensor<32xi64>
    %5 = tensor.empty() : tensor<32x64xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32xi64>) outs(%5 : tensor<32x64xf32>) {
    ^bb0(%in: i64, %out: f32):
      %113 = arith.index_cast %in : i64 to index
      %114 = linalg.index 1 : index
      %extracted = tensor.extract %arg0[%113, %114] : tensor<128x64xf32>
      linalg.yield %extracted : f32
    } -> tensor<32x64xf32>
    %expanded = tensor.expand_shape %6 [[0, 1], [2]] output_shape [2, 16, 64] : tensor<32x64xf32> into tensor<2x16x64xf32>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg16 : tensor<2x16xi64>) outs(%0 : tensor<2x16xi1>) {
    ^bb0(%in: i64, %out: i1):
      %113 = arith.cmpi ne, %in, %c0_i64 : i64
      linalg.yield %113 : i1
    } -> tensor<2x16xi1>
    %extracted_slice = tensor.extract_slice %cst_5[0, 0, 0, 0, 0] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %8 = tensor.empty() : tensor<2x1x1x16x1xi1>
    %9 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %113 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %113 : i1
    } -> tensor<2x1x1x16x1xi1>
    %10 = tensor.empty() : tensor<2x1x1x16x1xi64>
    %11 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %113 = arith.addi %in, %c2_i64 : i64
      linalg.yield %113 : i64
    } -> tensor<2x1x1x16x1xi64>
    %12 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%9, %11, %extracted_slice : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_50: i64, %in_51: i64, %out: i64):
      %113 = arith.select %in, %in_50, %in_51 : i64
      linalg.yield %113 : i64
    } -> tensor<2x1x1x16x1xi64>
    %extracted_slice_13 = tensor.extract_slice %cst_5[0, 0, 0, 0, 1] [2, 1, 1, 16, 1] [1, 1, 1, 1, 1] : tensor<2x1x1x16x2xi64> to tensor<2x1x1x16x1xi64>
    %13 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_13 : tensor<2x1x1x16x1xi64>) outs(%8 : tensor<2x1x1x16x1xi1>) {
    ^bb0(%in: i64, %out: i1):
      %113 = arith.cmpi slt, %in, %c0_i64 : i64
      linalg.yield %113 : i1
    } -> tensor<2x1x1x16x1xi1>
    %14 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_13 : tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %113 = arith.addi %in, %c16_i64 : i64
      linalg.yield %113 : i64
    } -> tensor<2x1x1x16x1xi64>
    %15 = linalg.generic {indexing_maps = [#map2, #map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%13, %14, %extracted_slice_13 : tensor<2x1x1x16x1xi1>, tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i1, %in_50: i64, %in_51: i64, %out: i64):
      %113 = arith.select %in, %in_50, %in_51 : i64
      linalg.yield %113 : i64
    } -> tensor<2x1x1x16x1xi64>
    %16 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%15, %12 : tensor<2x1x1x16x1xi64>, tensor<2x1x1x16x1xi64>) outs(%10 : tensor<2x1x1x16x1xi64>) {
    ^bb0(%in: i64, %in_50: i64, %out: i64):
      %113 = arith.muli %in_50, %c16_i64 : i64
      %114 = arith.addi %in, %113 : i64
      linalg.yield %114 : i64
    } -> tensor<2x1x1x16x1xi64>
    %collapsed_14 = tensor.collapse_shape %16 [[0, 1, 2, 3, 4]] : tensor<2x1x1x16x1xi64> into tensor<32xi64>
    %collapsed_15 = tensor.collapse_shape %7 [[0, 1]] : tensor<2x16xi1> into tensor<32xi1>
    %17 = tensor.empty() : tensor<32xi1>
    %18 = linalg.fill ins(%false : i1) outs(%17 : tensor<32xi1>) -> tensor<32xi1>
    %19 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%collapsed_14 : tensor<32xi64>) outs(%18 : tensor<32xi1>) {
    ^bb0(%in: i64, %out: i1):
      %113 = arith.index_cast %in : i64 to index
      %114 = arith.cmpi slt, %113, %c32 : index
      cf.assert %114, "index must be smaller than dim size"
      %115 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %115, "index must be larger or equal to 0"
      %extracted = tensor.extract %collapsed_15[%113] : tensor<32xi1>
      linalg.yield %extracted : i1
    } -> tensor<32xi1>
    %expanded_16 = tensor.expand_shape %19 [[0, 1, 2, 3]] output_shape [2, 1, 1, 16] : tensor<32xi1> into tensor<2x1x1x16xi1>
    %20 = tensor.empty() : tensor<2x1x16x16xi1>
    %21 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_4, %expanded_16 : tensor<1x1x16x16xi1>, tensor<2x1x1x16xi1>) outs(%20 : tensor<2x1x16x16xi1>) {
    ^bb0(%in: i1, %in_50: i1, %out: i1):
      %113 = arith.andi %in, %in_50 : i1
      linalg.yield %113 : i1
    } -> tensor<2x1x16x16xi1>
    %22 = tensor.empty() : tensor<2x1x16x16xf32>
    %23 = linalg.generic {indexing_maps = [#map6, #map7, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%21, %cst_6, %cst_9 : tensor<2x1x16x16xi1>, tensor<f32>, tensor<f32>) outs(%22 : tensor<2x1x16x16xf32>) {
    ^bb0(%in: i1, %in_50: f32, %in_51: f32, %out: f32):
      %113 = arith.select %in, %in_50, %in_51 : f32
      linalg.yield %113 : f32
    } -> tensor<2x1x16x16xf32>
    %24 = tensor.empty() : tensor<2x16x1xf32>
    %25 = linalg.fill ins(%cst : f32) outs(%24 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %26 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%expanded : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %out : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %27 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.divf %in, %cst_11 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %28 = tensor.empty() : tensor<2x16x64xf32>
    %collapsed_17 = tensor.collapse_shape %27 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %29 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_17 : tensor<2x16xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %30 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %29 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.subf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %31 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %30 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %32 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%31 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %out : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %33 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.divf %in, %cst_11 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %34 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %cst_12 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %35 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.rsqrt %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_18 = tensor.collapse_shape %35 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %36 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_18 : tensor<2x16xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %37 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %36 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %38 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %arg1 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %39 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%38, %arg2 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %40 = tensor.empty() : tensor<64x192xf32>
    %transposed = linalg.transpose ins(%arg5 : tensor<192x64xf32>) outs(%40 : tensor<64x192xf32>) permutation = [1, 0] 
    %41 = tensor.empty() : tensor<2x64x192xf32>
    %42 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed : tensor<64x192xf32>) outs(%41 : tensor<2x64x192xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x192xf32>
    %43 = tensor.empty() : tensor<2x16x192xf32>
    %44 = linalg.fill ins(%cst : f32) outs(%43 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %45 = linalg.batch_matmul ins(%39, %42 : tensor<2x16x64xf32>, tensor<2x64x192xf32>) outs(%44 : tensor<2x16x192xf32>) -> tensor<2x16x192xf32>
    %46 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45, %arg6 : tensor<2x16x192xf32>, tensor<192xf32>) outs(%43 : tensor<2x16x192xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x192xf32>
    %expanded_19 = tensor.expand_shape %46 [[0], [1], [2, 3]] output_shape [2, 16, 4, 48] : tensor<2x16x192xf32> into tensor<2x16x4x48xf32>
    %47 = tensor.empty() : tensor<2x4x16x48xf32>
    %transposed_20 = linalg.transpose ins(%expanded_19 : tensor<2x16x4x48xf32>) outs(%47 : tensor<2x4x16x48xf32>) permutation = [0, 2, 1, 3] 
    %extracted_slice_21 = tensor.extract_slice %transposed_20[0, 0, 0, 0] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_22 = tensor.extract_slice %transposed_20[0, 0, 0, 16] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %extracted_slice_23 = tensor.extract_slice %transposed_20[0, 0, 0, 32] [2, 4, 16, 16] [1, 1, 1, 1] : tensor<2x4x16x48xf32> to tensor<2x4x16x16xf32>
    %48 = tensor.empty() : tensor<2x4x16x16xf32>
    %extracted_slice_24 = tensor.extract_slice %extracted_slice_21[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_25 = tensor.extract_slice %extracted_slice_21[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %extracted_slice_26 = tensor.extract_slice %extracted_slice_22[0, 0, 0, 0] [2, 4, 16, 4] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x4xf32>
    %extracted_slice_27 = tensor.extract_slice %extracted_slice_22[0, 0, 0, 4] [2, 4, 16, 12] [1, 1, 1, 1] : tensor<2x4x16x16xf32> to tensor<2x4x16x12xf32>
    %49 = tensor.empty() : tensor<2x4x16x4xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_24, %cst_7 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_28 = tensor.extract_slice %extracted_slice_24[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_29 = tensor.extract_slice %extracted_slice_24[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %51 = tensor.empty() : tensor<2x4x16x2xf32>
    %52 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_29 : tensor<2x4x16x2xf32>) outs(%51 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x2xf32>
    %concat = tensor.concat dim(3) %52, %extracted_slice_28 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %53 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat, %cst_8 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x4xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50, %53 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x4xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_26, %cst_7 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x4xf32>
    %extracted_slice_30 = tensor.extract_slice %extracted_slice_26[0, 0, 0, 0] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %extracted_slice_31 = tensor.extract_slice %extracted_slice_26[0, 0, 0, 2] [2, 4, 16, 2] [1, 1, 1, 1] : tensor<2x4x16x4xf32> to tensor<2x4x16x2xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_31 : tensor<2x4x16x2xf32>) outs(%51 : tensor<2x4x16x2xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.negf %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x2xf32>
    %concat_32 = tensor.concat dim(3) %56, %extracted_slice_30 : (tensor<2x4x16x2xf32>, tensor<2x4x16x2xf32>) -> tensor<2x4x16x4xf32>
    %57 = linalg.generic {indexing_maps = [#map6, #map13, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_32, %cst_8 : tensor<2x4x16x4xf32>, tensor<1x1x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x4xf32>
    %58 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55, %57 : tensor<2x4x16x4xf32>, tensor<2x4x16x4xf32>) outs(%49 : tensor<2x4x16x4xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x4xf32>
    %concat_33 = tensor.concat dim(3) %54, %extracted_slice_25 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %concat_34 = tensor.concat dim(3) %58, %extracted_slice_27 : (tensor<2x4x16x4xf32>, tensor<2x4x16x12xf32>) -> tensor<2x4x16x16xf32>
    %transposed_35 = linalg.transpose ins(%concat_34 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) permutation = [0, 1, 3, 2] 
    %collapsed_36 = tensor.collapse_shape %concat_33 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_37 = tensor.collapse_shape %transposed_35 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %59 = tensor.empty() : tensor<8x16x16xf32>
    %60 = linalg.fill ins(%cst : f32) outs(%59 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %61 = linalg.batch_matmul ins(%collapsed_36, %collapsed_37 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_38 = tensor.expand_shape %61 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %62 = linalg.generic {indexing_maps = [#map6, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_38, %cst_10 : tensor<2x4x16x16xf32>, tensor<f32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %63 = linalg.generic {indexing_maps = [#map6, #map14, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%62, %23 : tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %64 = tensor.empty() : tensor<2x4x16xi64>
    %65 = linalg.fill ins(%c0_i64 : i64) outs(%64 : tensor<2x4x16xi64>) -> tensor<2x4x16xi64>
    %66 = tensor.empty() : tensor<2x4x16xf32>
    %67 = linalg.fill ins(%cst_0 : f32) outs(%66 : tensor<2x4x16xf32>) -> tensor<2x4x16xf32>
    %68:2 = linalg.generic {indexing_maps = [#map6, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%63 : tensor<2x4x16x16xf32>) outs(%67, %65 : tensor<2x4x16xf32>, tensor<2x4x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_50: i64):
      %113 = linalg.index 3 : index
      %114 = arith.index_cast %113 : index to i64
      %115 = arith.maximumf %in, %out : f32
      %116 = arith.cmpf ogt, %in, %out : f32
      %117 = arith.select %116, %114, %out_50 : i64
      linalg.yield %115, %117 : f32, i64
    } -> (tensor<2x4x16xf32>, tensor<2x4x16xi64>)
    %expanded_39 = tensor.expand_shape %68#0 [[0], [1], [2, 3]] output_shape [2, 4, 16, 1] : tensor<2x4x16xf32> into tensor<2x4x16x1xf32>
    %69 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63, %expanded_39 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.subf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %70 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%69 : tensor<2x4x16x16xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.exp %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %71 = tensor.empty() : tensor<2x4x16x1xf32>
    %72 = linalg.fill ins(%cst : f32) outs(%71 : tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %73 = linalg.generic {indexing_maps = [#map6, #map16], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%70 : tensor<2x4x16x16xf32>) outs(%72 : tensor<2x4x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %out : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x1xf32>
    %74 = linalg.generic {indexing_maps = [#map6, #map16, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%70, %73 : tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) outs(%48 : tensor<2x4x16x16xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.divf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x4x16x16xf32>
    %collapsed_40 = tensor.collapse_shape %74 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %collapsed_41 = tensor.collapse_shape %extracted_slice_23 [[0, 1], [2], [3]] : tensor<2x4x16x16xf32> into tensor<8x16x16xf32>
    %75 = linalg.batch_matmul ins(%collapsed_40, %collapsed_41 : tensor<8x16x16xf32>, tensor<8x16x16xf32>) outs(%60 : tensor<8x16x16xf32>) -> tensor<8x16x16xf32>
    %expanded_42 = tensor.expand_shape %75 [[0, 1], [2], [3]] output_shape [2, 4, 16, 16] : tensor<8x16x16xf32> into tensor<2x4x16x16xf32>
    %76 = tensor.empty() : tensor<2x16x4x16xf32>
    %transposed_43 = linalg.transpose ins(%expanded_42 : tensor<2x4x16x16xf32>) outs(%76 : tensor<2x16x4x16xf32>) permutation = [0, 2, 1, 3] 
    %collapsed_44 = tensor.collapse_shape %transposed_43 [[0], [1], [2, 3]] : tensor<2x16x4x16xf32> into tensor<2x16x64xf32>
    %77 = tensor.empty() : tensor<64x64xf32>
    %transposed_45 = linalg.transpose ins(%arg7 : tensor<64x64xf32>) outs(%77 : tensor<64x64xf32>) permutation = [1, 0] 
    %78 = tensor.empty() : tensor<2x64x64xf32>
    %79 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_45 : tensor<64x64xf32>) outs(%78 : tensor<2x64x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x64xf32>
    %80 = linalg.fill ins(%cst : f32) outs(%28 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %81 = linalg.batch_matmul ins(%collapsed_44, %79 : tensor<2x16x64xf32>, tensor<2x64x64xf32>) outs(%80 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %82 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81, %arg8 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %83 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%37, %arg3 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %84 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %arg4 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %85 = tensor.empty() : tensor<64x128xf32>
    %transposed_46 = linalg.transpose ins(%arg9 : tensor<128x64xf32>) outs(%85 : tensor<64x128xf32>) permutation = [1, 0] 
    %86 = tensor.empty() : tensor<2x64x128xf32>
    %87 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_46 : tensor<64x128xf32>) outs(%86 : tensor<2x64x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x64x128xf32>
    %88 = tensor.empty() : tensor<2x16x128xf32>
    %89 = linalg.fill ins(%cst : f32) outs(%88 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %90 = linalg.batch_matmul ins(%84, %87 : tensor<2x16x64xf32>, tensor<2x64x128xf32>) outs(%89 : tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %91 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%90, %arg10 : tensor<2x16x128xf32>, tensor<128xf32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x128xf32>
    %92 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%91 : tensor<2x16x128xf32>) outs(%88 : tensor<2x16x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.divf %in, %cst_1 : f32
      %114 = math.erf %113 : f32
      %115 = arith.addf %114, %cst_2 : f32
      %116 = arith.mulf %115, %cst_3 : f32
      %117 = arith.mulf %in, %116 : f32
      linalg.yield %117 : f32
    } -> tensor<2x16x128xf32>
    %93 = tensor.empty() : tensor<128x64xf32>
    %transposed_47 = linalg.transpose ins(%arg11 : tensor<64x128xf32>) outs(%93 : tensor<128x64xf32>) permutation = [1, 0] 
    %94 = tensor.empty() : tensor<2x128x64xf32>
    %95 = linalg.generic {indexing_maps = [#map12, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%transposed_47 : tensor<128x64xf32>) outs(%94 : tensor<2x128x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x128x64xf32>
    %96 = linalg.batch_matmul ins(%92, %95 : tensor<2x16x128xf32>, tensor<2x128x64xf32>) outs(%80 : tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %97 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%96, %arg12 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %98 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%97, %82 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %99 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%98, %expanded : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %100 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%99 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %out : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %101 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%100 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.divf %in, %cst_11 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_48 = tensor.collapse_shape %101 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %102 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_48 : tensor<2x16xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %103 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99, %102 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.subf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %104 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %103 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %105 = linalg.generic {indexing_maps = [#map8, #map9], iterator_types = ["parallel", "parallel", "reduction"]} ins(%104 : tensor<2x16x64xf32>) outs(%25 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %out : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %106 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.divf %in, %cst_11 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %107 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = arith.addf %in, %cst_12 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %108 = linalg.generic {indexing_maps = [#map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%107 : tensor<2x16x1xf32>) outs(%24 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %113 = math.rsqrt %in : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x1xf32>
    %collapsed_49 = tensor.collapse_shape %108 [[0], [1, 2]] : tensor<2x16x1xf32> into tensor<2x16xf32>
    %109 = linalg.generic {indexing_maps = [#map10, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%collapsed_49 : tensor<2x16xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<2x16x64xf32>
    %110 = linalg.generic {indexing_maps = [#map8, #map8, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %109 : tensor<2x16x64xf32>, tensor<2x16x64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %111 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %arg13 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.mulf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    %112 = linalg.generic {indexing_maps = [#map8, #map11, #map8], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111, %arg14 : tensor<2x16x64xf32>, tensor<64xf32>) outs(%28 : tensor<2x16x64xf32>) {
    ^bb0(%in: f32, %in_50: f32, %out: f32):
      %113 = arith.addf %in, %in_50 : f32
      linalg.yield %113 : f32
    } -> tensor<2x16x64xf32>
    return %112 : tensor<2x16x64xf32>
  }
}

