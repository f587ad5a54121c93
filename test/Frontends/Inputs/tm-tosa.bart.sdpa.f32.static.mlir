// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 3, "func": "forward", "model": "bart", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<66x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64x64xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64x64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64x64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<64xf32>, %arg41: tensor<128x64xf32>, %arg42: tensor<128xf32>, %arg43: tensor<64x128xf32>, %arg44: tensor<64xf32>, %arg45: tensor<64xf32>, %arg46: tensor<64xf32>, %arg47: tensor<64xf32>, %arg48: tensor<64xf32>, %arg49: tensor<2x16xi64>, %arg50: tensor<2x16xi64>, %arg51: tensor<2x8xi64>) -> tensor<2x8x64xf32> {
    %0 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x8x16xf32>}> : () -> tensor<2x4x8x16xf32>
    %2 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x8x8xf32>}> : () -> tensor<2x4x8x8xf32>
    %3 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %4 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %6 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %7 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %8 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %9 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %10 = tosa.const_shape  {values = dense<[2, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %11 = tosa.const_shape  {values = dense<[1, 66, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[2, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %15 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %16 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %17 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %18 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %19 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %21 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %23 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %24 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %26 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %27 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %29 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %30 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %31 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %32 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %33 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %34 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %35 = tosa.const_shape  {values = dense<[2, 8, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %36 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7]> : tensor<8xi64>}> : () -> tensor<8xi64>
    %37 = tosa.const_shape  {values = dense<[1, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %38 = tosa.const_shape  {values = dense<[1, 1, 8, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %39 = tosa.const_shape  {values = dense<[1, 1, 1, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %40 = tosa.const_shape  {values = dense<[16, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %41 = tosa.const_shape  {values = dense<[1, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %42 = tosa.const_shape  {values = dense<[2, 8, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %43 = tosa.const_shape  {values = dense<[8, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %44 = tosa.const_shape  {values = dense<[8, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %45 = tosa.const_shape  {values = dense<[2, 4, 8, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %46 = tosa.const_shape  {values = dense<8> : tensor<3xindex>} : () -> !tosa.shape<3>
    %47 = tosa.const_shape  {values = dense<[2, 4, 8, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %48 = tosa.const_shape  {values = dense<[16, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %49 = tosa.const_shape  {values = dense<[2, 8, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %50 = tosa.const_shape  {values = dense<[1, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %51 = "tosa.const"() <{values = dense<2> : tensor<1x1xi32>}> : () -> tensor<1x1xi32>
    %52 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %53 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %54 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %55 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %56 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %57 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %58 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %59 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %60 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %61 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %62 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %63 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %64 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %65 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %66 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %67 = tosa.reshape %arg0, %4 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %68 = tosa.reshape %arg49, %5 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %69 = tosa.cast %68 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %70 = tosa.gather %67, %69 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %71 = tosa.reshape %70, %6 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %72 = tosa.reshape %8, %9 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %73 = tosa.tile %72, %10 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %74 = tosa.cast %73 : (tensor<2x16xi64>) -> tensor<2x16xi32>
    %75 = tosa.add %74, %51 : (tensor<2x16xi32>, tensor<1x1xi32>) -> tensor<2x16xi32>
    %76 = tosa.cast %75 : (tensor<2x16xi32>) -> tensor<2x16xi64>
    %77 = tosa.reshape %arg1, %11 : (tensor<66x64xf32>, !tosa.shape<3>) -> tensor<1x66x64xf32>
    %78 = tosa.reshape %76, %5 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %79 = tosa.cast %78 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %80 = tosa.gather %77, %79 : (tensor<1x66x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %81 = tosa.reshape %80, %6 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %82 = tosa.add %71, %81 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %83 = tosa.cast %82 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %84 = tosa.reduce_sum %83 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %85 = tosa.mul %84, %52, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %86 = tosa.sub %83, %85 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %87 = tosa.mul %86, %86, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %88 = tosa.reduce_sum %87 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %89 = tosa.mul %88, %52, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %90 = tosa.cast %89 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %91 = tosa.reduce_sum %82 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %92 = tosa.mul %91, %53, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %93 = tosa.add %90, %54 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %94 = tosa.rsqrt %93 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %95 = tosa.sub %82, %92 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %96 = tosa.mul %95, %94, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %97 = tosa.reshape %arg18, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %98 = tosa.mul %96, %97, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %99 = tosa.reshape %arg19, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %100 = tosa.add %98, %99 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %101 = tosa.cast %arg50 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %102 = tosa.cast %8 : (tensor<16xi64>) -> tensor<16xi32>
    %103 = tosa.cast %102 : (tensor<16xi32>) -> tensor<16xi64>
    %104 = tosa.reshape %103, %15 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %105 = tosa.reshape %103, %16 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %106 = tosa.greater_equal %104, %55 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %107 = tosa.logical_and %106, %56 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %108 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %109 = tosa.add %108, %58 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %110 = tosa.greater %57, %108 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %111 = tosa.select %110, %109, %108 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %112 = tosa.reshape %111, %17 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %113 = tosa.cast %105 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %114 = tosa.add %113, %59 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %115 = tosa.greater %57, %113 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %116 = tosa.select %115, %114, %113 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %117 = tosa.reshape %116, %18 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %118 = tosa.tile %112, %18 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %119 = tosa.tile %117, %17 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %120 = tosa.concat %118, %119 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %121 = tosa.reshape %101, %19 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %122 = tosa.reshape %120, %20 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %123 = tosa.mul %122, %0, %7 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %124 = tosa.reduce_sum %123 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %125 = tosa.reshape %124, %5 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %126 = tosa.cast %121 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %127 = tosa.gather %126, %125 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %128 = tosa.cast %127 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %129 = tosa.reshape %128, %21 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %130 = tosa.logical_and %107, %129 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %131 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %132 = tosa.reshape %100, %24 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %133 = tosa.reshape %131, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %134 = tosa.matmul %132, %133, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %135 = tosa.reshape %134, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %136 = tosa.reshape %arg7, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %137 = tosa.add %135, %136 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %138 = tosa.reshape %137, %27 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %139 = tosa.transpose %138 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %140 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %141 = tosa.reshape %140, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %142 = tosa.matmul %132, %141, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %143 = tosa.reshape %142, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %144 = tosa.reshape %arg3, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %145 = tosa.add %143, %144 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %146 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %147 = tosa.reshape %146, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %148 = tosa.matmul %132, %147, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %149 = tosa.reshape %148, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %150 = tosa.reshape %arg5, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %151 = tosa.add %149, %150 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %152 = tosa.reshape %145, %27 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %153 = tosa.reshape %151, %27 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %154 = tosa.transpose %153 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %155 = tosa.select %130, %60, %61 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %156 = tosa.mul %139, %62, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %157 = tosa.transpose %152 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %158 = tosa.mul %157, %62, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %159 = tosa.reshape %156, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %160 = tosa.reshape %158, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %161 = tosa.matmul %159, %160, %23, %23 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %162 = tosa.reshape %161, %29 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %163 = tosa.add %162, %155 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %164 = tosa.reduce_max %163 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %165 = tosa.sub %163, %164 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %166 = tosa.exp %165 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %167 = tosa.reduce_sum %166 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %168 = tosa.reciprocal %167 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %169 = tosa.mul %166, %168, %7 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %170 = tosa.cast %163 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %171 = tosa.equal %170, %63 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %172 = tosa.reduce_all %171 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %173 = tosa.select %172, %3, %169 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %174 = tosa.reshape %173, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %175 = tosa.reshape %154, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %176 = tosa.matmul %174, %175, %23, %23 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %177 = tosa.reshape %176, %29 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %178 = tosa.transpose %177 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %179 = tosa.reshape %178, %6 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %180 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %181 = tosa.reshape %180, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %182 = tosa.tile %181, %13 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %183 = tosa.matmul %179, %182, %23, %23 : (tensor<2x16x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x16x64xf32>
    %184 = tosa.reshape %arg9, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %185 = tosa.add %183, %184 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %186 = tosa.add %100, %185 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %187 = tosa.cast %186 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %188 = tosa.reduce_sum %187 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %189 = tosa.mul %188, %52, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %190 = tosa.sub %187, %189 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %191 = tosa.mul %190, %190, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %192 = tosa.reduce_sum %191 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %193 = tosa.mul %192, %52, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %194 = tosa.cast %193 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %195 = tosa.reduce_sum %186 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %196 = tosa.mul %195, %53, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %197 = tosa.add %194, %54 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %198 = tosa.rsqrt %197 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %199 = tosa.sub %186, %196 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %200 = tosa.mul %199, %198, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %201 = tosa.reshape %arg10, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %202 = tosa.mul %200, %201, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %203 = tosa.reshape %arg11, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %204 = tosa.add %202, %203 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %205 = tosa.transpose %arg12 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %206 = tosa.reshape %204, %24 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %207 = tosa.reshape %205, %30 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %208 = tosa.matmul %206, %207, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %209 = tosa.reshape %208, %31 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %210 = tosa.reshape %arg13, %32 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %211 = tosa.add %209, %210 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %212 = tosa.reshape %211, %33 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %213 = tosa.mul %212, %66, %7 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %214 = tosa.erf %213 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %215 = tosa.add %214, %64 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %216 = tosa.mul %65, %215, %7 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %217 = tosa.mul %212, %216, %7 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %218 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %219 = tosa.reshape %217, %34 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %220 = tosa.reshape %218, %4 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %221 = tosa.matmul %219, %220, %23, %23 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %222 = tosa.reshape %221, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %223 = tosa.reshape %arg15, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %224 = tosa.add %222, %223 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %225 = tosa.reshape %224, %6 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %226 = tosa.add %204, %225 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %227 = tosa.cast %226 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %228 = tosa.reduce_sum %227 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %229 = tosa.mul %228, %52, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %230 = tosa.sub %227, %229 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %231 = tosa.mul %230, %230, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %232 = tosa.reduce_sum %231 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %233 = tosa.mul %232, %52, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %234 = tosa.cast %233 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %235 = tosa.reduce_sum %226 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %236 = tosa.mul %235, %53, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %237 = tosa.add %234, %54 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %238 = tosa.rsqrt %237 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %239 = tosa.sub %226, %236 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %240 = tosa.mul %239, %238, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %241 = tosa.reshape %arg16, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %242 = tosa.mul %240, %241, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %243 = tosa.reshape %arg17, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %244 = tosa.add %242, %243 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %245 = tosa.reshape %arg51, %9 : (tensor<2x8xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %246 = tosa.cast %245 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %247 = tosa.gather %67, %246 : (tensor<1x128x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %248 = tosa.reshape %247, %35 : (tensor<1x16x64xf32>, !tosa.shape<3>) -> tensor<2x8x64xf32>
    %249 = tosa.cast %36 : (tensor<8xi64>) -> tensor<8xi32>
    %250 = tosa.cast %249 : (tensor<8xi32>) -> tensor<8xi64>
    %251 = tosa.reshape %250, %38 : (tensor<8xi64>, !tosa.shape<4>) -> tensor<1x1x8x1xi64>
    %252 = tosa.reshape %250, %39 : (tensor<8xi64>, !tosa.shape<4>) -> tensor<1x1x1x8xi64>
    %253 = tosa.greater_equal %251, %252 : (tensor<1x1x8x1xi64>, tensor<1x1x1x8xi64>) -> tensor<1x1x8x8xi1>
    %254 = tosa.tile %253, %14 : (tensor<1x1x8x8xi1>, !tosa.shape<4>) -> tensor<2x1x8x8xi1>
    %255 = tosa.greater_equal %251, %55 : (tensor<1x1x8x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x8x1xi1>
    %256 = tosa.logical_and %255, %56 : (tensor<1x1x8x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x8x1xi1>
    %257 = tosa.logical_and %256, %129 : (tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x8x16xi1>
    %258 = tosa.reshape %250, %37 : (tensor<8xi64>, !tosa.shape<2>) -> tensor<1x8xi64>
    %259 = tosa.cast %258 : (tensor<1x8xi64>) -> tensor<1x8xi32>
    %260 = tosa.add %259, %51 : (tensor<1x8xi32>, tensor<1x1xi32>) -> tensor<1x8xi32>
    %261 = tosa.reshape %arg20, %11 : (tensor<66x64xf32>, !tosa.shape<3>) -> tensor<1x66x64xf32>
    %262 = tosa.gather %261, %260 : (tensor<1x66x64xf32>, tensor<1x8xi32>) -> tensor<1x8x64xf32>
    %263 = tosa.add %248, %262 : (tensor<2x8x64xf32>, tensor<1x8x64xf32>) -> tensor<2x8x64xf32>
    %264 = tosa.cast %263 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %265 = tosa.reduce_sum %264 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %266 = tosa.mul %265, %52, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %267 = tosa.sub %264, %266 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %268 = tosa.mul %267, %267, %7 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %269 = tosa.reduce_sum %268 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %270 = tosa.mul %269, %52, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %271 = tosa.cast %270 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %272 = tosa.reduce_sum %263 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %273 = tosa.mul %272, %53, %7 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %274 = tosa.add %271, %54 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %275 = tosa.rsqrt %274 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %276 = tosa.sub %263, %273 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %277 = tosa.mul %276, %275, %7 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %278 = tosa.reshape %arg47, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %279 = tosa.mul %277, %278, %7 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %280 = tosa.reshape %arg48, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %281 = tosa.add %279, %280 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %282 = tosa.transpose %arg25 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %283 = tosa.reshape %281, %41 : (tensor<2x8x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %284 = tosa.reshape %282, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %285 = tosa.matmul %283, %284, %23, %23 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %286 = tosa.reshape %285, %40 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %287 = tosa.reshape %arg26, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %288 = tosa.add %286, %287 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %289 = tosa.reshape %288, %42 : (tensor<16x64xf32>, !tosa.shape<4>) -> tensor<2x8x4x16xf32>
    %290 = tosa.transpose %289 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xf32>) -> tensor<2x4x8x16xf32>
    %291 = tosa.transpose %arg21 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %292 = tosa.reshape %291, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %293 = tosa.matmul %283, %292, %23, %23 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %294 = tosa.reshape %293, %40 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %295 = tosa.reshape %arg22, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %296 = tosa.add %294, %295 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %297 = tosa.transpose %arg23 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %298 = tosa.reshape %297, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %299 = tosa.matmul %283, %298, %23, %23 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %300 = tosa.reshape %299, %40 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %301 = tosa.reshape %arg24, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %302 = tosa.add %300, %301 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %303 = tosa.reshape %296, %42 : (tensor<16x64xf32>, !tosa.shape<4>) -> tensor<2x8x4x16xf32>
    %304 = tosa.reshape %302, %42 : (tensor<16x64xf32>, !tosa.shape<4>) -> tensor<2x8x4x16xf32>
    %305 = tosa.transpose %304 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xf32>) -> tensor<2x4x8x16xf32>
    %306 = tosa.select %254, %60, %61 : (tensor<2x1x8x8xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x8x8xf32>
    %307 = tosa.mul %290, %62, %7 : (tensor<2x4x8x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x8x16xf32>
    %308 = tosa.transpose %303 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x8x4x16xf32>) -> tensor<2x4x16x8xf32>
    %309 = tosa.mul %308, %62, %7 : (tensor<2x4x16x8xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
    %310 = tosa.reshape %307, %43 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %311 = tosa.reshape %309, %44 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
    %312 = tosa.matmul %310, %311, %23, %23 : (tensor<8x8x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x8xf32>
    %313 = tosa.reshape %312, %45 : (tensor<8x8x8xf32>, !tosa.shape<4>) -> tensor<2x4x8x8xf32>
    %314 = tosa.add %313, %306 : (tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) -> tensor<2x4x8x8xf32>
    %315 = tosa.reduce_max %314 {axis = 3 : i32} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x1xf32>
    %316 = tosa.sub %314, %315 : (tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) -> tensor<2x4x8x8xf32>
    %317 = tosa.exp %316 : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %318 = tosa.reduce_sum %317 {axis = 3 : i32} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x1xf32>
    %319 = tosa.reciprocal %318 : (tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %320 = tosa.mul %317, %319, %7 : (tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>, tensor<1xi8>) -> tensor<2x4x8x8xf32>
    %321 = tosa.cast %314 : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf64>
    %322 = tosa.equal %321, %63 : (tensor<2x4x8x8xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x8x8xi1>
    %323 = tosa.reduce_all %322 {axis = 3 : i32} : (tensor<2x4x8x8xi1>) -> tensor<2x4x8x1xi1>
    %324 = tosa.select %323, %2, %320 : (tensor<2x4x8x1xi1>, tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %325 = tosa.reshape %324, %46 : (tensor<2x4x8x8xf32>, !tosa.shape<3>) -> tensor<8x8x8xf32>
    %326 = tosa.reshape %305, %43 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %327 = tosa.matmul %325, %326, %23, %23 : (tensor<8x8x8xf32>, tensor<8x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x16xf32>
    %328 = tosa.reshape %327, %47 : (tensor<8x8x16xf32>, !tosa.shape<4>) -> tensor<2x4x8x16xf32>
    %329 = tosa.transpose %328 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x8x16xf32>) -> tensor<2x8x4x16xf32>
    %330 = tosa.reshape %329, %35 : (tensor<2x8x4x16xf32>, !tosa.shape<3>) -> tensor<2x8x64xf32>
    %331 = tosa.transpose %arg27 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %332 = tosa.reshape %331, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %333 = tosa.tile %332, %13 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %334 = tosa.matmul %330, %333, %23, %23 : (tensor<2x8x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x8x64xf32>
    %335 = tosa.reshape %arg28, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %336 = tosa.add %334, %335 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %337 = tosa.add %281, %336 : (tensor<2x8x64xf32>, tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %338 = tosa.cast %337 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %339 = tosa.reduce_sum %338 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %340 = tosa.mul %339, %52, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %341 = tosa.sub %338, %340 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %342 = tosa.mul %341, %341, %7 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %343 = tosa.reduce_sum %342 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %344 = tosa.mul %343, %52, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %345 = tosa.cast %344 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %346 = tosa.reduce_sum %337 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %347 = tosa.mul %346, %53, %7 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %348 = tosa.add %345, %54 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %349 = tosa.rsqrt %348 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %350 = tosa.sub %337, %347 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %351 = tosa.mul %350, %349, %7 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %352 = tosa.reshape %arg29, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %353 = tosa.mul %351, %352, %7 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %354 = tosa.reshape %arg30, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %355 = tosa.add %353, %354 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %356 = tosa.transpose %arg35 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %357 = tosa.reshape %355, %41 : (tensor<2x8x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %358 = tosa.reshape %356, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %359 = tosa.matmul %357, %358, %23, %23 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %360 = tosa.reshape %359, %40 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %361 = tosa.reshape %arg36, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %362 = tosa.add %360, %361 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %363 = tosa.reshape %362, %42 : (tensor<16x64xf32>, !tosa.shape<4>) -> tensor<2x8x4x16xf32>
    %364 = tosa.transpose %363 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xf32>) -> tensor<2x4x8x16xf32>
    %365 = tosa.transpose %arg31 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %366 = tosa.reshape %244, %24 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %367 = tosa.reshape %365, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %368 = tosa.matmul %366, %367, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %369 = tosa.reshape %368, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %370 = tosa.reshape %arg32, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %371 = tosa.add %369, %370 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %372 = tosa.transpose %arg33 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %373 = tosa.reshape %372, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %374 = tosa.matmul %366, %373, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %375 = tosa.reshape %374, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %376 = tosa.reshape %arg34, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %377 = tosa.add %375, %376 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %378 = tosa.reshape %371, %27 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %379 = tosa.reshape %377, %27 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %380 = tosa.transpose %379 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %381 = tosa.select %257, %60, %61 : (tensor<2x1x8x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x8x16xf32>
    %382 = tosa.mul %364, %62, %7 : (tensor<2x4x8x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x8x16xf32>
    %383 = tosa.transpose %378 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %384 = tosa.mul %383, %62, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %385 = tosa.reshape %382, %43 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %386 = tosa.reshape %384, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %387 = tosa.matmul %385, %386, %23, %23 : (tensor<8x8x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x16xf32>
    %388 = tosa.reshape %387, %47 : (tensor<8x8x16xf32>, !tosa.shape<4>) -> tensor<2x4x8x16xf32>
    %389 = tosa.add %388, %381 : (tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) -> tensor<2x4x8x16xf32>
    %390 = tosa.reduce_max %389 {axis = 3 : i32} : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x1xf32>
    %391 = tosa.sub %389, %390 : (tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) -> tensor<2x4x8x16xf32>
    %392 = tosa.exp %391 : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xf32>
    %393 = tosa.reduce_sum %392 {axis = 3 : i32} : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x1xf32>
    %394 = tosa.reciprocal %393 : (tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %395 = tosa.mul %392, %394, %7 : (tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>, tensor<1xi8>) -> tensor<2x4x8x16xf32>
    %396 = tosa.cast %389 : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xf64>
    %397 = tosa.equal %396, %63 : (tensor<2x4x8x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x8x16xi1>
    %398 = tosa.reduce_all %397 {axis = 3 : i32} : (tensor<2x4x8x16xi1>) -> tensor<2x4x8x1xi1>
    %399 = tosa.select %398, %1, %395 : (tensor<2x4x8x1xi1>, tensor<2x4x8x16xf32>, tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xf32>
    %400 = tosa.reshape %399, %43 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %401 = tosa.reshape %380, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %402 = tosa.matmul %400, %401, %23, %23 : (tensor<8x8x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x16xf32>
    %403 = tosa.reshape %402, %47 : (tensor<8x8x16xf32>, !tosa.shape<4>) -> tensor<2x4x8x16xf32>
    %404 = tosa.transpose %403 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x8x16xf32>) -> tensor<2x8x4x16xf32>
    %405 = tosa.reshape %404, %35 : (tensor<2x8x4x16xf32>, !tosa.shape<3>) -> tensor<2x8x64xf32>
    %406 = tosa.transpose %arg37 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %407 = tosa.reshape %406, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %408 = tosa.tile %407, %13 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %409 = tosa.matmul %405, %408, %23, %23 : (tensor<2x8x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x8x64xf32>
    %410 = tosa.reshape %arg38, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %411 = tosa.add %409, %410 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %412 = tosa.add %355, %411 : (tensor<2x8x64xf32>, tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %413 = tosa.cast %412 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %414 = tosa.reduce_sum %413 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %415 = tosa.mul %414, %52, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %416 = tosa.sub %413, %415 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %417 = tosa.mul %416, %416, %7 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %418 = tosa.reduce_sum %417 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %419 = tosa.mul %418, %52, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %420 = tosa.cast %419 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %421 = tosa.reduce_sum %412 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %422 = tosa.mul %421, %53, %7 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %423 = tosa.add %420, %54 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %424 = tosa.rsqrt %423 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %425 = tosa.sub %412, %422 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %426 = tosa.mul %425, %424, %7 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %427 = tosa.reshape %arg39, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %428 = tosa.mul %426, %427, %7 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %429 = tosa.reshape %arg40, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %430 = tosa.add %428, %429 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %431 = tosa.transpose %arg41 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %432 = tosa.reshape %430, %41 : (tensor<2x8x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %433 = tosa.reshape %431, %30 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %434 = tosa.matmul %432, %433, %23, %23 : (tensor<1x16x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x128xf32>
    %435 = tosa.reshape %434, %48 : (tensor<1x16x128xf32>, !tosa.shape<2>) -> tensor<16x128xf32>
    %436 = tosa.reshape %arg42, %32 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %437 = tosa.add %435, %436 : (tensor<16x128xf32>, tensor<1x128xf32>) -> tensor<16x128xf32>
    %438 = tosa.reshape %437, %49 : (tensor<16x128xf32>, !tosa.shape<3>) -> tensor<2x8x128xf32>
    %439 = tosa.mul %438, %66, %7 : (tensor<2x8x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x128xf32>
    %440 = tosa.erf %439 : (tensor<2x8x128xf32>) -> tensor<2x8x128xf32>
    %441 = tosa.add %440, %64 : (tensor<2x8x128xf32>, tensor<1x1x1xf32>) -> tensor<2x8x128xf32>
    %442 = tosa.mul %65, %441, %7 : (tensor<1x1x1xf32>, tensor<2x8x128xf32>, tensor<1xi8>) -> tensor<2x8x128xf32>
    %443 = tosa.mul %438, %442, %7 : (tensor<2x8x128xf32>, tensor<2x8x128xf32>, tensor<1xi8>) -> tensor<2x8x128xf32>
    %444 = tosa.transpose %arg43 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %445 = tosa.reshape %443, %50 : (tensor<2x8x128xf32>, !tosa.shape<3>) -> tensor<1x16x128xf32>
    %446 = tosa.reshape %444, %4 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %447 = tosa.matmul %445, %446, %23, %23 : (tensor<1x16x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %448 = tosa.reshape %447, %40 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %449 = tosa.reshape %arg44, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %450 = tosa.add %448, %449 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %451 = tosa.reshape %450, %35 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<2x8x64xf32>
    %452 = tosa.add %430, %451 : (tensor<2x8x64xf32>, tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %453 = tosa.cast %452 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %454 = tosa.reduce_sum %453 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %455 = tosa.mul %454, %52, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %456 = tosa.sub %453, %455 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %457 = tosa.mul %456, %456, %7 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %458 = tosa.reduce_sum %457 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %459 = tosa.mul %458, %52, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %460 = tosa.cast %459 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %461 = tosa.reduce_sum %452 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %462 = tosa.mul %461, %53, %7 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %463 = tosa.add %460, %54 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %464 = tosa.rsqrt %463 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %465 = tosa.sub %452, %462 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %466 = tosa.mul %465, %464, %7 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %467 = tosa.reshape %arg45, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %468 = tosa.mul %466, %467, %7 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %469 = tosa.reshape %arg46, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %470 = tosa.add %468, %469 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    return %470 : tensor<2x8x64xf32>
  }
}
