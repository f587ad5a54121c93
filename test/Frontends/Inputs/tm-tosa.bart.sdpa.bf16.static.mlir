// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "sdpa", "dtype": "bf16", "expected_blocks": 3, "func": "forward", "model": "bart", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xbf16>, %arg1: tensor<66x64xbf16>, %arg2: tensor<64x64xbf16>, %arg3: tensor<64xbf16>, %arg4: tensor<64x64xbf16>, %arg5: tensor<64xbf16>, %arg6: tensor<64x64xbf16>, %arg7: tensor<64xbf16>, %arg8: tensor<64x64xbf16>, %arg9: tensor<64xbf16>, %arg10: tensor<64xbf16>, %arg11: tensor<64xbf16>, %arg12: tensor<128x64xbf16>, %arg13: tensor<128xbf16>, %arg14: tensor<64x128xbf16>, %arg15: tensor<64xbf16>, %arg16: tensor<64xbf16>, %arg17: tensor<64xbf16>, %arg18: tensor<64xbf16>, %arg19: tensor<64xbf16>, %arg20: tensor<66x64xbf16>, %arg21: tensor<64x64xbf16>, %arg22: tensor<64xbf16>, %arg23: tensor<64x64xbf16>, %arg24: tensor<64xbf16>, %arg25: tensor<64x64xbf16>, %arg26: tensor<64xbf16>, %arg27: tensor<64x64xbf16>, %arg28: tensor<64xbf16>, %arg29: tensor<64xbf16>, %arg30: tensor<64xbf16>, %arg31: tensor<64x64xbf16>, %arg32: tensor<64xbf16>, %arg33: tensor<64x64xbf16>, %arg34: tensor<64xbf16>, %arg35: tensor<64x64xbf16>, %arg36: tensor<64xbf16>, %arg37: tensor<64x64xbf16>, %arg38: tensor<64xbf16>, %arg39: tensor<64xbf16>, %arg40: tensor<64xbf16>, %arg41: tensor<128x64xbf16>, %arg42: tensor<128xbf16>, %arg43: tensor<64x128xbf16>, %arg44: tensor<64xbf16>, %arg45: tensor<64xbf16>, %arg46: tensor<64xbf16>, %arg47: tensor<64xbf16>, %arg48: tensor<64xbf16>, %arg49: tensor<2x16xi64>, %arg50: tensor<2x16xi64>, %arg51: tensor<2x8xi64>) -> tensor<2x8x64xbf16> {
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
    %30 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xbf16>}> : () -> tensor<1xbf16>
    %31 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %33 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %34 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %35 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %36 = tosa.const_shape  {values = dense<[2, 8, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %37 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7]> : tensor<8xi64>}> : () -> tensor<8xi64>
    %38 = tosa.const_shape  {values = dense<[1, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %39 = tosa.const_shape  {values = dense<[1, 1, 8, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %40 = tosa.const_shape  {values = dense<[1, 1, 1, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %41 = tosa.const_shape  {values = dense<[16, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %42 = tosa.const_shape  {values = dense<[1, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %43 = tosa.const_shape  {values = dense<[2, 8, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %44 = tosa.const_shape  {values = dense<[8, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %45 = tosa.const_shape  {values = dense<[8, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %46 = tosa.const_shape  {values = dense<[2, 4, 8, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %47 = tosa.const_shape  {values = dense<8> : tensor<3xindex>} : () -> !tosa.shape<3>
    %48 = tosa.const_shape  {values = dense<[2, 4, 8, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %49 = tosa.const_shape  {values = dense<[16, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %50 = tosa.const_shape  {values = dense<[2, 8, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %51 = tosa.const_shape  {values = dense<[1, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %52 = "tosa.const"() <{values = dense<2> : tensor<1x1xi32>}> : () -> tensor<1x1xi32>
    %53 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %54 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %55 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %56 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %57 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %58 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %59 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %60 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %61 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xbf16>}> : () -> tensor<1x1x1x1xbf16>
    %62 = "tosa.const"() <{values = dense<0xFF80> : tensor<1x1x1x1xbf16>}> : () -> tensor<1x1x1x1xbf16>
    %63 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %64 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %65 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xbf16>}> : () -> tensor<1x1x1xbf16>
    %66 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xbf16>}> : () -> tensor<1x1x1xbf16>
    %67 = "tosa.const"() <{values = dense<7.070310e-01> : tensor<1x1x1xbf16>}> : () -> tensor<1x1x1xbf16>
    %68 = tosa.reshape %arg0, %4 : (tensor<128x64xbf16>, !tosa.shape<3>) -> tensor<1x128x64xbf16>
    %69 = tosa.reshape %arg49, %5 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %70 = tosa.cast %69 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %71 = tosa.gather %68, %70 : (tensor<1x128x64xbf16>, tensor<1x32xi32>) -> tensor<1x32x64xbf16>
    %72 = tosa.reshape %71, %6 : (tensor<1x32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %73 = tosa.reshape %8, %9 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %74 = tosa.tile %73, %10 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %75 = tosa.cast %74 : (tensor<2x16xi64>) -> tensor<2x16xi32>
    %76 = tosa.add %75, %52 : (tensor<2x16xi32>, tensor<1x1xi32>) -> tensor<2x16xi32>
    %77 = tosa.cast %76 : (tensor<2x16xi32>) -> tensor<2x16xi64>
    %78 = tosa.reshape %arg1, %11 : (tensor<66x64xbf16>, !tosa.shape<3>) -> tensor<1x66x64xbf16>
    %79 = tosa.reshape %77, %5 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %80 = tosa.cast %79 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %81 = tosa.gather %78, %80 : (tensor<1x66x64xbf16>, tensor<1x32xi32>) -> tensor<1x32x64xbf16>
    %82 = tosa.reshape %81, %6 : (tensor<1x32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %83 = tosa.add %72, %82 : (tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16>
    %84 = tosa.cast %83 : (tensor<2x16x64xbf16>) -> tensor<2x16x64xf32>
    %85 = tosa.cast %84 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %86 = tosa.reduce_sum %85 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %87 = tosa.mul %86, %53, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %88 = tosa.sub %85, %87 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %89 = tosa.mul %88, %88, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %90 = tosa.reduce_sum %89 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %91 = tosa.mul %90, %53, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %92 = tosa.cast %91 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %93 = tosa.reduce_sum %84 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %94 = tosa.mul %93, %54, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %95 = tosa.add %92, %55 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %96 = tosa.rsqrt %95 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %97 = tosa.sub %84, %94 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %98 = tosa.mul %97, %96, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %99 = tosa.reshape %arg18, %12 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %100 = tosa.cast %99 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %101 = tosa.mul %98, %100, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %102 = tosa.cast %arg19 : (tensor<64xbf16>) -> tensor<64xf32>
    %103 = tosa.reshape %102, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %104 = tosa.add %101, %103 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %105 = tosa.cast %104 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    %106 = tosa.cast %arg50 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %107 = tosa.cast %8 : (tensor<16xi64>) -> tensor<16xi32>
    %108 = tosa.cast %107 : (tensor<16xi32>) -> tensor<16xi64>
    %109 = tosa.reshape %108, %15 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %110 = tosa.reshape %108, %16 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %111 = tosa.greater_equal %109, %56 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %112 = tosa.logical_and %111, %57 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %113 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %114 = tosa.add %113, %59 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %115 = tosa.greater %58, %113 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %116 = tosa.select %115, %114, %113 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %117 = tosa.reshape %116, %17 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %118 = tosa.cast %110 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %119 = tosa.add %118, %60 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %120 = tosa.greater %58, %118 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %121 = tosa.select %120, %119, %118 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %122 = tosa.reshape %121, %18 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %123 = tosa.tile %117, %18 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %124 = tosa.tile %122, %17 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %125 = tosa.concat %123, %124 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %126 = tosa.reshape %106, %19 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %127 = tosa.reshape %125, %20 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %128 = tosa.mul %127, %0, %7 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %129 = tosa.reduce_sum %128 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %130 = tosa.reshape %129, %5 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %131 = tosa.cast %126 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %132 = tosa.gather %131, %130 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %133 = tosa.cast %132 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %134 = tosa.reshape %133, %21 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %135 = tosa.logical_and %112, %134 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %136 = tosa.reshape %105, %22 : (tensor<2x16x64xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %137 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %138 = tosa.cast %arg7 : (tensor<64xbf16>) -> tensor<64xf32>
    %139 = tosa.cast %136 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %140 = tosa.cast %137 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %141 = tosa.reshape %139, %24 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %142 = tosa.reshape %140, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %143 = tosa.matmul %141, %142, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %144 = tosa.reshape %143, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %145 = tosa.reshape %138, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %146 = tosa.add %144, %145 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %147 = tosa.cast %146 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %148 = tosa.reshape %147, %27 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %149 = tosa.transpose %148 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %150 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %151 = tosa.cast %arg3 : (tensor<64xbf16>) -> tensor<64xf32>
    %152 = tosa.cast %150 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %153 = tosa.reshape %152, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %154 = tosa.matmul %141, %153, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %155 = tosa.reshape %154, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %156 = tosa.reshape %151, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %157 = tosa.add %155, %156 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %158 = tosa.cast %157 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %159 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %160 = tosa.cast %arg5 : (tensor<64xbf16>) -> tensor<64xf32>
    %161 = tosa.cast %159 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %162 = tosa.reshape %161, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %163 = tosa.matmul %141, %162, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %164 = tosa.reshape %163, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %165 = tosa.reshape %160, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %166 = tosa.add %164, %165 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %167 = tosa.cast %166 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %168 = tosa.reshape %158, %27 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %169 = tosa.transpose %168 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %170 = tosa.reshape %167, %27 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %171 = tosa.transpose %170 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %172 = tosa.select %135, %61, %62 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xbf16>, tensor<1x1x1x1xbf16>) -> tensor<2x1x16x16xbf16>
    %173 = tosa.cast %149 : (tensor<2x4x16x16xbf16>) -> tensor<2x4x16x16xf32>
    %174 = tosa.cast %169 : (tensor<2x4x16x16xbf16>) -> tensor<2x4x16x16xf32>
    %175 = tosa.cast %171 : (tensor<2x4x16x16xbf16>) -> tensor<2x4x16x16xf32>
    %176 = tosa.mul %173, %63, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %177 = tosa.transpose %174 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %178 = tosa.mul %177, %63, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %179 = tosa.reshape %176, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %180 = tosa.reshape %178, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %181 = tosa.matmul %179, %180, %23, %23 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %182 = tosa.reshape %181, %29 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %183 = tosa.cast %172 : (tensor<2x1x16x16xbf16>) -> tensor<2x1x16x16xf32>
    %184 = tosa.add %182, %183 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %185 = tosa.reduce_max %184 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %186 = tosa.sub %184, %185 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %187 = tosa.exp %186 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %188 = tosa.reduce_sum %187 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %189 = tosa.reciprocal %188 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %190 = tosa.mul %187, %189, %7 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %191 = tosa.cast %184 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %192 = tosa.equal %191, %64 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %193 = tosa.reduce_all %192 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %194 = tosa.select %193, %3, %190 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %195 = tosa.reshape %194, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %196 = tosa.reshape %175, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %197 = tosa.matmul %195, %196, %23, %23 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %198 = tosa.reshape %197, %29 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %199 = tosa.cast %198 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xbf16>
    %200 = tosa.transpose %199 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xbf16>) -> tensor<2x16x4x16xbf16>
    %201 = tosa.reshape %200, %6 : (tensor<2x16x4x16xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %202 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %203 = tosa.reshape %202, %25 : (tensor<64x64xbf16>, !tosa.shape<3>) -> tensor<1x64x64xbf16>
    %204 = tosa.tile %203, %13 : (tensor<1x64x64xbf16>, !tosa.shape<3>) -> tensor<2x64x64xbf16>
    %205 = tosa.matmul %201, %204, %30, %30 : (tensor<2x16x64xbf16>, tensor<2x64x64xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<2x16x64xf32>
    %206 = tosa.cast %205 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    %207 = tosa.reshape %arg9, %12 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %208 = tosa.add %206, %207 : (tensor<2x16x64xbf16>, tensor<1x1x64xbf16>) -> tensor<2x16x64xbf16>
    %209 = tosa.add %105, %208 : (tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16>
    %210 = tosa.cast %209 : (tensor<2x16x64xbf16>) -> tensor<2x16x64xf32>
    %211 = tosa.cast %210 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %212 = tosa.reduce_sum %211 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %213 = tosa.mul %212, %53, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %214 = tosa.sub %211, %213 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %215 = tosa.mul %214, %214, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %216 = tosa.reduce_sum %215 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %217 = tosa.mul %216, %53, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %218 = tosa.cast %217 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %219 = tosa.reduce_sum %210 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %220 = tosa.mul %219, %54, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %221 = tosa.add %218, %55 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %222 = tosa.rsqrt %221 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %223 = tosa.sub %210, %220 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %224 = tosa.mul %223, %222, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %225 = tosa.reshape %arg10, %12 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %226 = tosa.cast %225 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %227 = tosa.mul %224, %226, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %228 = tosa.cast %arg11 : (tensor<64xbf16>) -> tensor<64xf32>
    %229 = tosa.reshape %228, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %230 = tosa.add %227, %229 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %231 = tosa.cast %230 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    %232 = tosa.reshape %231, %22 : (tensor<2x16x64xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %233 = tosa.transpose %arg12 {perms = array<i32: 1, 0>} : (tensor<128x64xbf16>) -> tensor<64x128xbf16>
    %234 = tosa.cast %arg13 : (tensor<128xbf16>) -> tensor<128xf32>
    %235 = tosa.cast %232 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %236 = tosa.cast %233 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %237 = tosa.reshape %235, %24 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %238 = tosa.reshape %236, %31 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %239 = tosa.matmul %237, %238, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %240 = tosa.reshape %239, %32 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %241 = tosa.reshape %234, %33 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %242 = tosa.add %240, %241 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %243 = tosa.cast %242 : (tensor<32x128xf32>) -> tensor<32x128xbf16>
    %244 = tosa.reshape %243, %34 : (tensor<32x128xbf16>, !tosa.shape<3>) -> tensor<2x16x128xbf16>
    %245 = tosa.mul %244, %67, %7 : (tensor<2x16x128xbf16>, tensor<1x1x1xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %246 = tosa.erf %245 : (tensor<2x16x128xbf16>) -> tensor<2x16x128xbf16>
    %247 = tosa.add %246, %65 : (tensor<2x16x128xbf16>, tensor<1x1x1xbf16>) -> tensor<2x16x128xbf16>
    %248 = tosa.mul %66, %247, %7 : (tensor<1x1x1xbf16>, tensor<2x16x128xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %249 = tosa.mul %244, %248, %7 : (tensor<2x16x128xbf16>, tensor<2x16x128xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %250 = tosa.reshape %249, %32 : (tensor<2x16x128xbf16>, !tosa.shape<2>) -> tensor<32x128xbf16>
    %251 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<64x128xbf16>) -> tensor<128x64xbf16>
    %252 = tosa.cast %arg15 : (tensor<64xbf16>) -> tensor<64xf32>
    %253 = tosa.cast %250 : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %254 = tosa.cast %251 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %255 = tosa.reshape %253, %35 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %256 = tosa.reshape %254, %4 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %257 = tosa.matmul %255, %256, %23, %23 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %258 = tosa.reshape %257, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %259 = tosa.reshape %252, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %260 = tosa.add %258, %259 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %261 = tosa.cast %260 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %262 = tosa.reshape %261, %6 : (tensor<32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %263 = tosa.add %231, %262 : (tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16>
    %264 = tosa.cast %263 : (tensor<2x16x64xbf16>) -> tensor<2x16x64xf32>
    %265 = tosa.cast %264 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %266 = tosa.reduce_sum %265 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %267 = tosa.mul %266, %53, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %268 = tosa.sub %265, %267 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %269 = tosa.mul %268, %268, %7 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %270 = tosa.reduce_sum %269 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %271 = tosa.mul %270, %53, %7 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %272 = tosa.cast %271 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %273 = tosa.reduce_sum %264 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %274 = tosa.mul %273, %54, %7 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %275 = tosa.add %272, %55 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %276 = tosa.rsqrt %275 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %277 = tosa.sub %264, %274 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %278 = tosa.mul %277, %276, %7 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %279 = tosa.reshape %arg16, %12 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %280 = tosa.cast %279 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %281 = tosa.mul %278, %280, %7 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %282 = tosa.cast %arg17 : (tensor<64xbf16>) -> tensor<64xf32>
    %283 = tosa.reshape %282, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %284 = tosa.add %281, %283 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %285 = tosa.cast %284 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    %286 = tosa.reshape %arg51, %9 : (tensor<2x8xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %287 = tosa.cast %286 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %288 = tosa.gather %68, %287 : (tensor<1x128x64xbf16>, tensor<1x16xi32>) -> tensor<1x16x64xbf16>
    %289 = tosa.reshape %288, %36 : (tensor<1x16x64xbf16>, !tosa.shape<3>) -> tensor<2x8x64xbf16>
    %290 = tosa.cast %37 : (tensor<8xi64>) -> tensor<8xi32>
    %291 = tosa.cast %290 : (tensor<8xi32>) -> tensor<8xi64>
    %292 = tosa.reshape %291, %39 : (tensor<8xi64>, !tosa.shape<4>) -> tensor<1x1x8x1xi64>
    %293 = tosa.reshape %291, %40 : (tensor<8xi64>, !tosa.shape<4>) -> tensor<1x1x1x8xi64>
    %294 = tosa.greater_equal %292, %293 : (tensor<1x1x8x1xi64>, tensor<1x1x1x8xi64>) -> tensor<1x1x8x8xi1>
    %295 = tosa.tile %294, %14 : (tensor<1x1x8x8xi1>, !tosa.shape<4>) -> tensor<2x1x8x8xi1>
    %296 = tosa.greater_equal %292, %56 : (tensor<1x1x8x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x8x1xi1>
    %297 = tosa.logical_and %296, %57 : (tensor<1x1x8x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x8x1xi1>
    %298 = tosa.logical_and %297, %134 : (tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x8x16xi1>
    %299 = tosa.reshape %291, %38 : (tensor<8xi64>, !tosa.shape<2>) -> tensor<1x8xi64>
    %300 = tosa.cast %299 : (tensor<1x8xi64>) -> tensor<1x8xi32>
    %301 = tosa.add %300, %52 : (tensor<1x8xi32>, tensor<1x1xi32>) -> tensor<1x8xi32>
    %302 = tosa.reshape %arg20, %11 : (tensor<66x64xbf16>, !tosa.shape<3>) -> tensor<1x66x64xbf16>
    %303 = tosa.gather %302, %301 : (tensor<1x66x64xbf16>, tensor<1x8xi32>) -> tensor<1x8x64xbf16>
    %304 = tosa.add %289, %303 : (tensor<2x8x64xbf16>, tensor<1x8x64xbf16>) -> tensor<2x8x64xbf16>
    %305 = tosa.cast %304 : (tensor<2x8x64xbf16>) -> tensor<2x8x64xf32>
    %306 = tosa.cast %305 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %307 = tosa.reduce_sum %306 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %308 = tosa.mul %307, %53, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %309 = tosa.sub %306, %308 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %310 = tosa.mul %309, %309, %7 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %311 = tosa.reduce_sum %310 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %312 = tosa.mul %311, %53, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %313 = tosa.cast %312 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %314 = tosa.reduce_sum %305 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %315 = tosa.mul %314, %54, %7 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %316 = tosa.add %313, %55 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %317 = tosa.rsqrt %316 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %318 = tosa.sub %305, %315 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %319 = tosa.mul %318, %317, %7 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %320 = tosa.reshape %arg47, %12 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %321 = tosa.cast %320 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %322 = tosa.mul %319, %321, %7 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %323 = tosa.cast %arg48 : (tensor<64xbf16>) -> tensor<64xf32>
    %324 = tosa.reshape %323, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %325 = tosa.add %322, %324 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %326 = tosa.cast %325 : (tensor<2x8x64xf32>) -> tensor<2x8x64xbf16>
    %327 = tosa.reshape %326, %41 : (tensor<2x8x64xbf16>, !tosa.shape<2>) -> tensor<16x64xbf16>
    %328 = tosa.transpose %arg25 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %329 = tosa.cast %arg26 : (tensor<64xbf16>) -> tensor<64xf32>
    %330 = tosa.cast %327 : (tensor<16x64xbf16>) -> tensor<16x64xf32>
    %331 = tosa.cast %328 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %332 = tosa.reshape %330, %42 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %333 = tosa.reshape %331, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %334 = tosa.matmul %332, %333, %23, %23 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %335 = tosa.reshape %334, %41 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %336 = tosa.reshape %329, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %337 = tosa.add %335, %336 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %338 = tosa.cast %337 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %339 = tosa.reshape %338, %43 : (tensor<16x64xbf16>, !tosa.shape<4>) -> tensor<2x8x4x16xbf16>
    %340 = tosa.transpose %339 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xbf16>) -> tensor<2x4x8x16xbf16>
    %341 = tosa.transpose %arg21 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %342 = tosa.cast %arg22 : (tensor<64xbf16>) -> tensor<64xf32>
    %343 = tosa.cast %341 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %344 = tosa.reshape %343, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %345 = tosa.matmul %332, %344, %23, %23 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %346 = tosa.reshape %345, %41 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %347 = tosa.reshape %342, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %348 = tosa.add %346, %347 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %349 = tosa.cast %348 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %350 = tosa.transpose %arg23 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %351 = tosa.cast %arg24 : (tensor<64xbf16>) -> tensor<64xf32>
    %352 = tosa.cast %350 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %353 = tosa.reshape %352, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %354 = tosa.matmul %332, %353, %23, %23 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %355 = tosa.reshape %354, %41 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %356 = tosa.reshape %351, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %357 = tosa.add %355, %356 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %358 = tosa.cast %357 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %359 = tosa.reshape %349, %43 : (tensor<16x64xbf16>, !tosa.shape<4>) -> tensor<2x8x4x16xbf16>
    %360 = tosa.transpose %359 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xbf16>) -> tensor<2x4x8x16xbf16>
    %361 = tosa.reshape %358, %43 : (tensor<16x64xbf16>, !tosa.shape<4>) -> tensor<2x8x4x16xbf16>
    %362 = tosa.transpose %361 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xbf16>) -> tensor<2x4x8x16xbf16>
    %363 = tosa.select %295, %61, %62 : (tensor<2x1x8x8xi1>, tensor<1x1x1x1xbf16>, tensor<1x1x1x1xbf16>) -> tensor<2x1x8x8xbf16>
    %364 = tosa.cast %340 : (tensor<2x4x8x16xbf16>) -> tensor<2x4x8x16xf32>
    %365 = tosa.cast %360 : (tensor<2x4x8x16xbf16>) -> tensor<2x4x8x16xf32>
    %366 = tosa.cast %362 : (tensor<2x4x8x16xbf16>) -> tensor<2x4x8x16xf32>
    %367 = tosa.mul %364, %63, %7 : (tensor<2x4x8x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x8x16xf32>
    %368 = tosa.transpose %365 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x8x16xf32>) -> tensor<2x4x16x8xf32>
    %369 = tosa.mul %368, %63, %7 : (tensor<2x4x16x8xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x8xf32>
    %370 = tosa.reshape %367, %44 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %371 = tosa.reshape %369, %45 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
    %372 = tosa.matmul %370, %371, %23, %23 : (tensor<8x8x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x8xf32>
    %373 = tosa.reshape %372, %46 : (tensor<8x8x8xf32>, !tosa.shape<4>) -> tensor<2x4x8x8xf32>
    %374 = tosa.cast %363 : (tensor<2x1x8x8xbf16>) -> tensor<2x1x8x8xf32>
    %375 = tosa.add %373, %374 : (tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) -> tensor<2x4x8x8xf32>
    %376 = tosa.reduce_max %375 {axis = 3 : i32} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x1xf32>
    %377 = tosa.sub %375, %376 : (tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) -> tensor<2x4x8x8xf32>
    %378 = tosa.exp %377 : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %379 = tosa.reduce_sum %378 {axis = 3 : i32} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x1xf32>
    %380 = tosa.reciprocal %379 : (tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %381 = tosa.mul %378, %380, %7 : (tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>, tensor<1xi8>) -> tensor<2x4x8x8xf32>
    %382 = tosa.cast %375 : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf64>
    %383 = tosa.equal %382, %64 : (tensor<2x4x8x8xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x8x8xi1>
    %384 = tosa.reduce_all %383 {axis = 3 : i32} : (tensor<2x4x8x8xi1>) -> tensor<2x4x8x1xi1>
    %385 = tosa.select %384, %2, %381 : (tensor<2x4x8x1xi1>, tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %386 = tosa.reshape %385, %47 : (tensor<2x4x8x8xf32>, !tosa.shape<3>) -> tensor<8x8x8xf32>
    %387 = tosa.reshape %366, %44 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %388 = tosa.matmul %386, %387, %23, %23 : (tensor<8x8x8xf32>, tensor<8x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x16xf32>
    %389 = tosa.reshape %388, %48 : (tensor<8x8x16xf32>, !tosa.shape<4>) -> tensor<2x4x8x16xf32>
    %390 = tosa.cast %389 : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xbf16>
    %391 = tosa.transpose %390 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x8x16xbf16>) -> tensor<2x8x4x16xbf16>
    %392 = tosa.reshape %391, %36 : (tensor<2x8x4x16xbf16>, !tosa.shape<3>) -> tensor<2x8x64xbf16>
    %393 = tosa.transpose %arg27 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %394 = tosa.reshape %393, %25 : (tensor<64x64xbf16>, !tosa.shape<3>) -> tensor<1x64x64xbf16>
    %395 = tosa.tile %394, %13 : (tensor<1x64x64xbf16>, !tosa.shape<3>) -> tensor<2x64x64xbf16>
    %396 = tosa.matmul %392, %395, %30, %30 : (tensor<2x8x64xbf16>, tensor<2x64x64xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<2x8x64xf32>
    %397 = tosa.cast %396 : (tensor<2x8x64xf32>) -> tensor<2x8x64xbf16>
    %398 = tosa.reshape %arg28, %12 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %399 = tosa.add %397, %398 : (tensor<2x8x64xbf16>, tensor<1x1x64xbf16>) -> tensor<2x8x64xbf16>
    %400 = tosa.add %326, %399 : (tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) -> tensor<2x8x64xbf16>
    %401 = tosa.cast %400 : (tensor<2x8x64xbf16>) -> tensor<2x8x64xf32>
    %402 = tosa.cast %401 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %403 = tosa.reduce_sum %402 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %404 = tosa.mul %403, %53, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %405 = tosa.sub %402, %404 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %406 = tosa.mul %405, %405, %7 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %407 = tosa.reduce_sum %406 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %408 = tosa.mul %407, %53, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %409 = tosa.cast %408 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %410 = tosa.reduce_sum %401 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %411 = tosa.mul %410, %54, %7 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %412 = tosa.add %409, %55 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %413 = tosa.rsqrt %412 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %414 = tosa.sub %401, %411 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %415 = tosa.mul %414, %413, %7 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %416 = tosa.reshape %arg29, %12 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %417 = tosa.cast %416 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %418 = tosa.mul %415, %417, %7 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %419 = tosa.cast %arg30 : (tensor<64xbf16>) -> tensor<64xf32>
    %420 = tosa.reshape %419, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %421 = tosa.add %418, %420 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %422 = tosa.cast %421 : (tensor<2x8x64xf32>) -> tensor<2x8x64xbf16>
    %423 = tosa.reshape %422, %41 : (tensor<2x8x64xbf16>, !tosa.shape<2>) -> tensor<16x64xbf16>
    %424 = tosa.transpose %arg35 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %425 = tosa.cast %arg36 : (tensor<64xbf16>) -> tensor<64xf32>
    %426 = tosa.cast %423 : (tensor<16x64xbf16>) -> tensor<16x64xf32>
    %427 = tosa.cast %424 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %428 = tosa.reshape %426, %42 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %429 = tosa.reshape %427, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %430 = tosa.matmul %428, %429, %23, %23 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %431 = tosa.reshape %430, %41 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %432 = tosa.reshape %425, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %433 = tosa.add %431, %432 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %434 = tosa.cast %433 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %435 = tosa.reshape %434, %43 : (tensor<16x64xbf16>, !tosa.shape<4>) -> tensor<2x8x4x16xbf16>
    %436 = tosa.transpose %435 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xbf16>) -> tensor<2x4x8x16xbf16>
    %437 = tosa.reshape %285, %22 : (tensor<2x16x64xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %438 = tosa.transpose %arg31 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %439 = tosa.cast %arg32 : (tensor<64xbf16>) -> tensor<64xf32>
    %440 = tosa.cast %437 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %441 = tosa.cast %438 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %442 = tosa.reshape %440, %24 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %443 = tosa.reshape %441, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %444 = tosa.matmul %442, %443, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %445 = tosa.reshape %444, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %446 = tosa.reshape %439, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %447 = tosa.add %445, %446 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %448 = tosa.cast %447 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %449 = tosa.transpose %arg33 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %450 = tosa.cast %arg34 : (tensor<64xbf16>) -> tensor<64xf32>
    %451 = tosa.cast %449 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %452 = tosa.reshape %451, %25 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %453 = tosa.matmul %442, %452, %23, %23 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %454 = tosa.reshape %453, %22 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %455 = tosa.reshape %450, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %456 = tosa.add %454, %455 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %457 = tosa.cast %456 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %458 = tosa.reshape %448, %27 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %459 = tosa.transpose %458 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %460 = tosa.reshape %457, %27 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %461 = tosa.transpose %460 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %462 = tosa.select %298, %61, %62 : (tensor<2x1x8x16xi1>, tensor<1x1x1x1xbf16>, tensor<1x1x1x1xbf16>) -> tensor<2x1x8x16xbf16>
    %463 = tosa.cast %436 : (tensor<2x4x8x16xbf16>) -> tensor<2x4x8x16xf32>
    %464 = tosa.cast %459 : (tensor<2x4x16x16xbf16>) -> tensor<2x4x16x16xf32>
    %465 = tosa.cast %461 : (tensor<2x4x16x16xbf16>) -> tensor<2x4x16x16xf32>
    %466 = tosa.mul %463, %63, %7 : (tensor<2x4x8x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x8x16xf32>
    %467 = tosa.transpose %464 {perms = array<i32: 0, 1, 3, 2>} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %468 = tosa.mul %467, %63, %7 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %469 = tosa.reshape %466, %44 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %470 = tosa.reshape %468, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %471 = tosa.matmul %469, %470, %23, %23 : (tensor<8x8x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x16xf32>
    %472 = tosa.reshape %471, %48 : (tensor<8x8x16xf32>, !tosa.shape<4>) -> tensor<2x4x8x16xf32>
    %473 = tosa.cast %462 : (tensor<2x1x8x16xbf16>) -> tensor<2x1x8x16xf32>
    %474 = tosa.add %472, %473 : (tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) -> tensor<2x4x8x16xf32>
    %475 = tosa.reduce_max %474 {axis = 3 : i32} : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x1xf32>
    %476 = tosa.sub %474, %475 : (tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) -> tensor<2x4x8x16xf32>
    %477 = tosa.exp %476 : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xf32>
    %478 = tosa.reduce_sum %477 {axis = 3 : i32} : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x1xf32>
    %479 = tosa.reciprocal %478 : (tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %480 = tosa.mul %477, %479, %7 : (tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>, tensor<1xi8>) -> tensor<2x4x8x16xf32>
    %481 = tosa.cast %474 : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xf64>
    %482 = tosa.equal %481, %64 : (tensor<2x4x8x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x8x16xi1>
    %483 = tosa.reduce_all %482 {axis = 3 : i32} : (tensor<2x4x8x16xi1>) -> tensor<2x4x8x1xi1>
    %484 = tosa.select %483, %1, %480 : (tensor<2x4x8x1xi1>, tensor<2x4x8x16xf32>, tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xf32>
    %485 = tosa.reshape %484, %44 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %486 = tosa.reshape %465, %28 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %487 = tosa.matmul %485, %486, %23, %23 : (tensor<8x8x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x16xf32>
    %488 = tosa.reshape %487, %48 : (tensor<8x8x16xf32>, !tosa.shape<4>) -> tensor<2x4x8x16xf32>
    %489 = tosa.cast %488 : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xbf16>
    %490 = tosa.transpose %489 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x8x16xbf16>) -> tensor<2x8x4x16xbf16>
    %491 = tosa.reshape %490, %36 : (tensor<2x8x4x16xbf16>, !tosa.shape<3>) -> tensor<2x8x64xbf16>
    %492 = tosa.transpose %arg37 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %493 = tosa.reshape %492, %25 : (tensor<64x64xbf16>, !tosa.shape<3>) -> tensor<1x64x64xbf16>
    %494 = tosa.tile %493, %13 : (tensor<1x64x64xbf16>, !tosa.shape<3>) -> tensor<2x64x64xbf16>
    %495 = tosa.matmul %491, %494, %30, %30 : (tensor<2x8x64xbf16>, tensor<2x64x64xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<2x8x64xf32>
    %496 = tosa.cast %495 : (tensor<2x8x64xf32>) -> tensor<2x8x64xbf16>
    %497 = tosa.reshape %arg38, %12 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %498 = tosa.add %496, %497 : (tensor<2x8x64xbf16>, tensor<1x1x64xbf16>) -> tensor<2x8x64xbf16>
    %499 = tosa.add %422, %498 : (tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) -> tensor<2x8x64xbf16>
    %500 = tosa.cast %499 : (tensor<2x8x64xbf16>) -> tensor<2x8x64xf32>
    %501 = tosa.cast %500 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %502 = tosa.reduce_sum %501 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %503 = tosa.mul %502, %53, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %504 = tosa.sub %501, %503 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %505 = tosa.mul %504, %504, %7 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %506 = tosa.reduce_sum %505 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %507 = tosa.mul %506, %53, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %508 = tosa.cast %507 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %509 = tosa.reduce_sum %500 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %510 = tosa.mul %509, %54, %7 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %511 = tosa.add %508, %55 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %512 = tosa.rsqrt %511 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %513 = tosa.sub %500, %510 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %514 = tosa.mul %513, %512, %7 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %515 = tosa.reshape %arg39, %12 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %516 = tosa.cast %515 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %517 = tosa.mul %514, %516, %7 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %518 = tosa.cast %arg40 : (tensor<64xbf16>) -> tensor<64xf32>
    %519 = tosa.reshape %518, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %520 = tosa.add %517, %519 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %521 = tosa.cast %520 : (tensor<2x8x64xf32>) -> tensor<2x8x64xbf16>
    %522 = tosa.reshape %521, %41 : (tensor<2x8x64xbf16>, !tosa.shape<2>) -> tensor<16x64xbf16>
    %523 = tosa.transpose %arg41 {perms = array<i32: 1, 0>} : (tensor<128x64xbf16>) -> tensor<64x128xbf16>
    %524 = tosa.cast %arg42 : (tensor<128xbf16>) -> tensor<128xf32>
    %525 = tosa.cast %522 : (tensor<16x64xbf16>) -> tensor<16x64xf32>
    %526 = tosa.cast %523 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %527 = tosa.reshape %525, %42 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %528 = tosa.reshape %526, %31 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %529 = tosa.matmul %527, %528, %23, %23 : (tensor<1x16x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x128xf32>
    %530 = tosa.reshape %529, %49 : (tensor<1x16x128xf32>, !tosa.shape<2>) -> tensor<16x128xf32>
    %531 = tosa.reshape %524, %33 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %532 = tosa.add %530, %531 : (tensor<16x128xf32>, tensor<1x128xf32>) -> tensor<16x128xf32>
    %533 = tosa.cast %532 : (tensor<16x128xf32>) -> tensor<16x128xbf16>
    %534 = tosa.reshape %533, %50 : (tensor<16x128xbf16>, !tosa.shape<3>) -> tensor<2x8x128xbf16>
    %535 = tosa.mul %534, %67, %7 : (tensor<2x8x128xbf16>, tensor<1x1x1xbf16>, tensor<1xi8>) -> tensor<2x8x128xbf16>
    %536 = tosa.erf %535 : (tensor<2x8x128xbf16>) -> tensor<2x8x128xbf16>
    %537 = tosa.add %536, %65 : (tensor<2x8x128xbf16>, tensor<1x1x1xbf16>) -> tensor<2x8x128xbf16>
    %538 = tosa.mul %66, %537, %7 : (tensor<1x1x1xbf16>, tensor<2x8x128xbf16>, tensor<1xi8>) -> tensor<2x8x128xbf16>
    %539 = tosa.mul %534, %538, %7 : (tensor<2x8x128xbf16>, tensor<2x8x128xbf16>, tensor<1xi8>) -> tensor<2x8x128xbf16>
    %540 = tosa.reshape %539, %49 : (tensor<2x8x128xbf16>, !tosa.shape<2>) -> tensor<16x128xbf16>
    %541 = tosa.transpose %arg43 {perms = array<i32: 1, 0>} : (tensor<64x128xbf16>) -> tensor<128x64xbf16>
    %542 = tosa.cast %arg44 : (tensor<64xbf16>) -> tensor<64xf32>
    %543 = tosa.cast %540 : (tensor<16x128xbf16>) -> tensor<16x128xf32>
    %544 = tosa.cast %541 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %545 = tosa.reshape %543, %51 : (tensor<16x128xf32>, !tosa.shape<3>) -> tensor<1x16x128xf32>
    %546 = tosa.reshape %544, %4 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %547 = tosa.matmul %545, %546, %23, %23 : (tensor<1x16x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %548 = tosa.reshape %547, %41 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %549 = tosa.reshape %542, %26 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %550 = tosa.add %548, %549 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %551 = tosa.cast %550 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %552 = tosa.reshape %551, %36 : (tensor<16x64xbf16>, !tosa.shape<3>) -> tensor<2x8x64xbf16>
    %553 = tosa.add %521, %552 : (tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) -> tensor<2x8x64xbf16>
    %554 = tosa.cast %553 : (tensor<2x8x64xbf16>) -> tensor<2x8x64xf32>
    %555 = tosa.cast %554 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %556 = tosa.reduce_sum %555 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %557 = tosa.mul %556, %53, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %558 = tosa.sub %555, %557 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %559 = tosa.mul %558, %558, %7 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %560 = tosa.reduce_sum %559 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %561 = tosa.mul %560, %53, %7 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %562 = tosa.cast %561 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %563 = tosa.reduce_sum %554 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %564 = tosa.mul %563, %54, %7 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %565 = tosa.add %562, %55 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %566 = tosa.rsqrt %565 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %567 = tosa.sub %554, %564 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %568 = tosa.mul %567, %566, %7 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %569 = tosa.reshape %arg45, %12 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %570 = tosa.cast %569 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %571 = tosa.mul %568, %570, %7 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %572 = tosa.cast %arg46 : (tensor<64xbf16>) -> tensor<64xf32>
    %573 = tosa.reshape %572, %12 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %574 = tosa.add %571, %573 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %575 = tosa.cast %574 : (tensor<2x8x64xf32>) -> tensor<2x8x64xbf16>
    return %575 : tensor<2x8x64xbf16>
  }
}
