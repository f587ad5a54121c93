// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "eager", "dtype": "bf16", "expected_blocks": 3, "func": "forward", "model": "bart", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xbf16>, %arg1: tensor<66x64xbf16>, %arg2: tensor<64x64xbf16>, %arg3: tensor<64xbf16>, %arg4: tensor<64x64xbf16>, %arg5: tensor<64xbf16>, %arg6: tensor<64x64xbf16>, %arg7: tensor<64xbf16>, %arg8: tensor<64x64xbf16>, %arg9: tensor<64xbf16>, %arg10: tensor<64xbf16>, %arg11: tensor<64xbf16>, %arg12: tensor<128x64xbf16>, %arg13: tensor<128xbf16>, %arg14: tensor<64x128xbf16>, %arg15: tensor<64xbf16>, %arg16: tensor<64xbf16>, %arg17: tensor<64xbf16>, %arg18: tensor<64xbf16>, %arg19: tensor<64xbf16>, %arg20: tensor<66x64xbf16>, %arg21: tensor<64x64xbf16>, %arg22: tensor<64xbf16>, %arg23: tensor<64x64xbf16>, %arg24: tensor<64xbf16>, %arg25: tensor<64x64xbf16>, %arg26: tensor<64xbf16>, %arg27: tensor<64x64xbf16>, %arg28: tensor<64xbf16>, %arg29: tensor<64xbf16>, %arg30: tensor<64xbf16>, %arg31: tensor<64x64xbf16>, %arg32: tensor<64xbf16>, %arg33: tensor<64x64xbf16>, %arg34: tensor<64xbf16>, %arg35: tensor<64x64xbf16>, %arg36: tensor<64xbf16>, %arg37: tensor<64x64xbf16>, %arg38: tensor<64xbf16>, %arg39: tensor<64xbf16>, %arg40: tensor<64xbf16>, %arg41: tensor<128x64xbf16>, %arg42: tensor<128xbf16>, %arg43: tensor<64x128xbf16>, %arg44: tensor<64xbf16>, %arg45: tensor<64xbf16>, %arg46: tensor<64xbf16>, %arg47: tensor<64xbf16>, %arg48: tensor<64xbf16>, %arg49: tensor<2x16xi64>, %arg50: tensor<2x16xi64>, %arg51: tensor<2x8xi64>) -> tensor<2x8x64xbf16> {
    %0 = "tosa.const"() <{values = dense<[[16, 1]]> : tensor<1x2xi32>}> : () -> tensor<1x2xi32>
    %cst = arith.constant dense<[[[[0]]], [[[1]]]]> : tensor<2x1x1x1xi64>
    %1 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2 = tosa.const_shape  {values = dense<[1, 32]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %3 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %5 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]> : tensor<16xi64>}> : () -> tensor<16xi64>
    %6 = tosa.const_shape  {values = dense<[1, 16]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %7 = tosa.const_shape  {values = dense<[2, 1]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %8 = tosa.const_shape  {values = dense<[1, 66, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %9 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %10 = tosa.const_shape  {values = dense<[2, 1, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %11 = tosa.const_shape  {values = dense<[1, 1, 16, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %12 = tosa.const_shape  {values = dense<[1, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %13 = tosa.const_shape  {values = dense<[2, 1, 1, 1, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %14 = tosa.const_shape  {values = dense<[1, 1, 1, 16, 1]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %15 = tosa.const_shape  {values = dense<[1, 32, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[32, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %17 = tosa.const_shape  {values = dense<[2, 1, 1, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %18 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %19 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %20 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %21 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %22 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %23 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xbf16>}> : () -> tensor<1xbf16>
    %26 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %28 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %29 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %30 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %31 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = tosa.const_shape  {values = dense<[2, 8, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %33 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7]> : tensor<8xi64>}> : () -> tensor<8xi64>
    %34 = tosa.const_shape  {values = dense<[1, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %35 = tosa.const_shape  {values = dense<[1, 1, 8, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %36 = tosa.const_shape  {values = dense<[1, 1, 1, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %37 = tosa.const_shape  {values = dense<[16, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %38 = tosa.const_shape  {values = dense<[1, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %39 = tosa.const_shape  {values = dense<[2, 8, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %40 = tosa.const_shape  {values = dense<[8, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %41 = tosa.const_shape  {values = dense<[8, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %42 = tosa.const_shape  {values = dense<[2, 4, 8, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %43 = tosa.const_shape  {values = dense<8> : tensor<3xindex>} : () -> !tosa.shape<3>
    %44 = tosa.const_shape  {values = dense<[2, 4, 8, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %45 = tosa.const_shape  {values = dense<[16, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %46 = tosa.const_shape  {values = dense<[2, 8, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %47 = tosa.const_shape  {values = dense<[1, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %48 = "tosa.const"() <{values = dense<2> : tensor<1x1xi32>}> : () -> tensor<1x1xi32>
    %49 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %50 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %51 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %52 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %53 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %54 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %55 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %56 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %57 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xbf16>}> : () -> tensor<1x1x1x1xbf16>
    %58 = "tosa.const"() <{values = dense<-3.389530e+38> : tensor<1x1x1x1xbf16>}> : () -> tensor<1x1x1x1xbf16>
    %59 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xbf16>}> : () -> tensor<1x1x1x1xbf16>
    %60 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xbf16>}> : () -> tensor<1x1x1xbf16>
    %61 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xbf16>}> : () -> tensor<1x1x1xbf16>
    %62 = "tosa.const"() <{values = dense<7.070310e-01> : tensor<1x1x1xbf16>}> : () -> tensor<1x1x1xbf16>
    %63 = tosa.reshape %arg0, %1 : (tensor<128x64xbf16>, !tosa.shape<3>) -> tensor<1x128x64xbf16>
    %64 = tosa.reshape %arg49, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %65 = tosa.cast %64 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %66 = tosa.gather %63, %65 : (tensor<1x128x64xbf16>, tensor<1x32xi32>) -> tensor<1x32x64xbf16>
    %67 = tosa.reshape %66, %3 : (tensor<1x32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %68 = tosa.reshape %5, %6 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %69 = tosa.tile %68, %7 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %70 = tosa.cast %69 : (tensor<2x16xi64>) -> tensor<2x16xi32>
    %71 = tosa.add %70, %48 : (tensor<2x16xi32>, tensor<1x1xi32>) -> tensor<2x16xi32>
    %72 = tosa.cast %71 : (tensor<2x16xi32>) -> tensor<2x16xi64>
    %73 = tosa.reshape %arg1, %8 : (tensor<66x64xbf16>, !tosa.shape<3>) -> tensor<1x66x64xbf16>
    %74 = tosa.reshape %72, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %75 = tosa.cast %74 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %76 = tosa.gather %73, %75 : (tensor<1x66x64xbf16>, tensor<1x32xi32>) -> tensor<1x32x64xbf16>
    %77 = tosa.reshape %76, %3 : (tensor<1x32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %78 = tosa.add %67, %77 : (tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16>
    %79 = tosa.cast %78 : (tensor<2x16x64xbf16>) -> tensor<2x16x64xf32>
    %80 = tosa.cast %79 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %81 = tosa.reduce_sum %80 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %82 = tosa.mul %81, %49, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %83 = tosa.sub %80, %82 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %84 = tosa.mul %83, %83, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %85 = tosa.reduce_sum %84 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %86 = tosa.mul %85, %49, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %87 = tosa.cast %86 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %88 = tosa.reduce_sum %79 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %89 = tosa.mul %88, %50, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %90 = tosa.add %87, %51 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %91 = tosa.rsqrt %90 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %92 = tosa.sub %79, %89 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %93 = tosa.mul %92, %91, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %94 = tosa.reshape %arg18, %9 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %95 = tosa.cast %94 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %96 = tosa.mul %93, %95, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %97 = tosa.cast %arg19 : (tensor<64xbf16>) -> tensor<64xf32>
    %98 = tosa.reshape %97, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %99 = tosa.add %96, %98 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %100 = tosa.cast %99 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    %101 = tosa.cast %arg50 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %102 = tosa.cast %5 : (tensor<16xi64>) -> tensor<16xi32>
    %103 = tosa.cast %102 : (tensor<16xi32>) -> tensor<16xi64>
    %104 = tosa.reshape %103, %11 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %105 = tosa.reshape %103, %12 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %106 = tosa.greater_equal %104, %52 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %107 = tosa.logical_and %106, %53 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %108 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %109 = tosa.add %108, %55 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %110 = tosa.greater %54, %108 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %111 = tosa.select %110, %109, %108 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %112 = tosa.reshape %111, %13 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %113 = tosa.cast %105 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %114 = tosa.add %113, %56 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %115 = tosa.greater %54, %113 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %116 = tosa.select %115, %114, %113 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %117 = tosa.reshape %116, %14 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %118 = tosa.tile %112, %14 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %119 = tosa.tile %117, %13 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %120 = tosa.concat %118, %119 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %121 = tosa.reshape %101, %15 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %122 = tosa.reshape %120, %16 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %123 = tosa.mul %122, %0, %4 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %124 = tosa.reduce_sum %123 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %125 = tosa.reshape %124, %2 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %126 = tosa.cast %121 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %127 = tosa.gather %126, %125 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %128 = tosa.cast %127 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %129 = tosa.reshape %128, %17 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %130 = tosa.logical_and %107, %129 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %131 = tosa.select %130, %57, %58 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xbf16>, tensor<1x1x1x1xbf16>) -> tensor<2x1x16x16xbf16>
    %132 = tosa.reshape %100, %18 : (tensor<2x16x64xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %133 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %134 = tosa.cast %arg7 : (tensor<64xbf16>) -> tensor<64xf32>
    %135 = tosa.cast %132 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %136 = tosa.cast %133 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %137 = tosa.reshape %135, %20 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %138 = tosa.reshape %136, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %139 = tosa.matmul %137, %138, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %140 = tosa.reshape %139, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %141 = tosa.reshape %134, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %142 = tosa.add %140, %141 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %143 = tosa.cast %142 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %144 = tosa.reshape %143, %23 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %145 = tosa.transpose %144 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %146 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %147 = tosa.cast %arg3 : (tensor<64xbf16>) -> tensor<64xf32>
    %148 = tosa.cast %146 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %149 = tosa.reshape %148, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %150 = tosa.matmul %137, %149, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %151 = tosa.reshape %150, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %152 = tosa.reshape %147, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %153 = tosa.add %151, %152 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %154 = tosa.cast %153 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %155 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %156 = tosa.cast %arg5 : (tensor<64xbf16>) -> tensor<64xf32>
    %157 = tosa.cast %155 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %158 = tosa.reshape %157, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %159 = tosa.matmul %137, %158, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %160 = tosa.reshape %159, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %161 = tosa.reshape %156, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %162 = tosa.add %160, %161 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %163 = tosa.cast %162 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %164 = tosa.reshape %154, %23 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %165 = tosa.reshape %163, %23 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %166 = tosa.transpose %165 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %167 = tosa.transpose %164 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %168 = tosa.reshape %145, %24 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %169 = tosa.reshape %167, %24 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %170 = tosa.matmul %168, %169, %25, %25 : (tensor<8x16x16xbf16>, tensor<8x16x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x16x16xf32>
    %171 = tosa.cast %170 : (tensor<8x16x16xf32>) -> tensor<8x16x16xbf16>
    %172 = tosa.reshape %171, %26 : (tensor<8x16x16xbf16>, !tosa.shape<4>) -> tensor<2x4x16x16xbf16>
    %173 = tosa.mul %172, %59, %4 : (tensor<2x4x16x16xbf16>, tensor<1x1x1x1xbf16>, tensor<1xi8>) -> tensor<2x4x16x16xbf16>
    %174 = tosa.add %173, %131 : (tensor<2x4x16x16xbf16>, tensor<2x1x16x16xbf16>) -> tensor<2x4x16x16xbf16>
    %175 = tosa.cast %174 : (tensor<2x4x16x16xbf16>) -> tensor<2x4x16x16xf32>
    %176 = tosa.reduce_max %175 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %177 = tosa.sub %175, %176 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %178 = tosa.exp %177 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %179 = tosa.reduce_sum %178 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %180 = tosa.reciprocal %179 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %181 = tosa.mul %178, %180, %4 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %182 = tosa.cast %181 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xbf16>
    %183 = tosa.reshape %182, %24 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %184 = tosa.reshape %166, %24 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %185 = tosa.matmul %183, %184, %25, %25 : (tensor<8x16x16xbf16>, tensor<8x16x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x16x16xf32>
    %186 = tosa.cast %185 : (tensor<8x16x16xf32>) -> tensor<8x16x16xbf16>
    %187 = tosa.reshape %186, %26 : (tensor<8x16x16xbf16>, !tosa.shape<4>) -> tensor<2x4x16x16xbf16>
    %188 = tosa.transpose %187 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xbf16>) -> tensor<2x16x4x16xbf16>
    %189 = tosa.reshape %188, %18 : (tensor<2x16x4x16xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %190 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %191 = tosa.cast %arg9 : (tensor<64xbf16>) -> tensor<64xf32>
    %192 = tosa.cast %189 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %193 = tosa.cast %190 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %194 = tosa.reshape %192, %20 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %195 = tosa.reshape %193, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %196 = tosa.matmul %194, %195, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %197 = tosa.reshape %196, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %198 = tosa.reshape %191, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %199 = tosa.add %197, %198 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %200 = tosa.cast %199 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %201 = tosa.reshape %200, %3 : (tensor<32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %202 = tosa.add %100, %201 : (tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16>
    %203 = tosa.cast %202 : (tensor<2x16x64xbf16>) -> tensor<2x16x64xf32>
    %204 = tosa.cast %203 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %205 = tosa.reduce_sum %204 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %206 = tosa.mul %205, %49, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %207 = tosa.sub %204, %206 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %208 = tosa.mul %207, %207, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %209 = tosa.reduce_sum %208 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %210 = tosa.mul %209, %49, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %211 = tosa.cast %210 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %212 = tosa.reduce_sum %203 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %213 = tosa.mul %212, %50, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %214 = tosa.add %211, %51 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %215 = tosa.rsqrt %214 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %216 = tosa.sub %203, %213 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %217 = tosa.mul %216, %215, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %218 = tosa.reshape %arg10, %9 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %219 = tosa.cast %218 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %220 = tosa.mul %217, %219, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %221 = tosa.cast %arg11 : (tensor<64xbf16>) -> tensor<64xf32>
    %222 = tosa.reshape %221, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %223 = tosa.add %220, %222 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %224 = tosa.cast %223 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    %225 = tosa.reshape %224, %18 : (tensor<2x16x64xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %226 = tosa.transpose %arg12 {perms = array<i32: 1, 0>} : (tensor<128x64xbf16>) -> tensor<64x128xbf16>
    %227 = tosa.cast %arg13 : (tensor<128xbf16>) -> tensor<128xf32>
    %228 = tosa.cast %225 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %229 = tosa.cast %226 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %230 = tosa.reshape %228, %20 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %231 = tosa.reshape %229, %27 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %232 = tosa.matmul %230, %231, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %233 = tosa.reshape %232, %28 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %234 = tosa.reshape %227, %29 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %235 = tosa.add %233, %234 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %236 = tosa.cast %235 : (tensor<32x128xf32>) -> tensor<32x128xbf16>
    %237 = tosa.reshape %236, %30 : (tensor<32x128xbf16>, !tosa.shape<3>) -> tensor<2x16x128xbf16>
    %238 = tosa.mul %237, %62, %4 : (tensor<2x16x128xbf16>, tensor<1x1x1xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %239 = tosa.erf %238 : (tensor<2x16x128xbf16>) -> tensor<2x16x128xbf16>
    %240 = tosa.add %239, %60 : (tensor<2x16x128xbf16>, tensor<1x1x1xbf16>) -> tensor<2x16x128xbf16>
    %241 = tosa.mul %61, %240, %4 : (tensor<1x1x1xbf16>, tensor<2x16x128xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %242 = tosa.mul %237, %241, %4 : (tensor<2x16x128xbf16>, tensor<2x16x128xbf16>, tensor<1xi8>) -> tensor<2x16x128xbf16>
    %243 = tosa.reshape %242, %28 : (tensor<2x16x128xbf16>, !tosa.shape<2>) -> tensor<32x128xbf16>
    %244 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<64x128xbf16>) -> tensor<128x64xbf16>
    %245 = tosa.cast %arg15 : (tensor<64xbf16>) -> tensor<64xf32>
    %246 = tosa.cast %243 : (tensor<32x128xbf16>) -> tensor<32x128xf32>
    %247 = tosa.cast %244 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %248 = tosa.reshape %246, %31 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %249 = tosa.reshape %247, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %250 = tosa.matmul %248, %249, %19, %19 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %251 = tosa.reshape %250, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %252 = tosa.reshape %245, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %253 = tosa.add %251, %252 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %254 = tosa.cast %253 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %255 = tosa.reshape %254, %3 : (tensor<32x64xbf16>, !tosa.shape<3>) -> tensor<2x16x64xbf16>
    %256 = tosa.add %224, %255 : (tensor<2x16x64xbf16>, tensor<2x16x64xbf16>) -> tensor<2x16x64xbf16>
    %257 = tosa.cast %256 : (tensor<2x16x64xbf16>) -> tensor<2x16x64xf32>
    %258 = tosa.cast %257 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %259 = tosa.reduce_sum %258 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %260 = tosa.mul %259, %49, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %261 = tosa.sub %258, %260 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %262 = tosa.mul %261, %261, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %263 = tosa.reduce_sum %262 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %264 = tosa.mul %263, %49, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %265 = tosa.cast %264 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %266 = tosa.reduce_sum %257 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %267 = tosa.mul %266, %50, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %268 = tosa.add %265, %51 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %269 = tosa.rsqrt %268 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %270 = tosa.sub %257, %267 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %271 = tosa.mul %270, %269, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %272 = tosa.reshape %arg16, %9 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %273 = tosa.cast %272 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %274 = tosa.mul %271, %273, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %275 = tosa.cast %arg17 : (tensor<64xbf16>) -> tensor<64xf32>
    %276 = tosa.reshape %275, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %277 = tosa.add %274, %276 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %278 = tosa.cast %277 : (tensor<2x16x64xf32>) -> tensor<2x16x64xbf16>
    %279 = tosa.reshape %arg51, %6 : (tensor<2x8xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %280 = tosa.cast %279 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %281 = tosa.gather %63, %280 : (tensor<1x128x64xbf16>, tensor<1x16xi32>) -> tensor<1x16x64xbf16>
    %282 = tosa.reshape %281, %32 : (tensor<1x16x64xbf16>, !tosa.shape<3>) -> tensor<2x8x64xbf16>
    %283 = tosa.cast %33 : (tensor<8xi64>) -> tensor<8xi32>
    %284 = tosa.cast %283 : (tensor<8xi32>) -> tensor<8xi64>
    %285 = tosa.reshape %284, %35 : (tensor<8xi64>, !tosa.shape<4>) -> tensor<1x1x8x1xi64>
    %286 = tosa.reshape %284, %36 : (tensor<8xi64>, !tosa.shape<4>) -> tensor<1x1x1x8xi64>
    %287 = tosa.greater_equal %285, %286 : (tensor<1x1x8x1xi64>, tensor<1x1x1x8xi64>) -> tensor<1x1x8x8xi1>
    %288 = tosa.tile %287, %10 : (tensor<1x1x8x8xi1>, !tosa.shape<4>) -> tensor<2x1x8x8xi1>
    %289 = tosa.select %288, %57, %58 : (tensor<2x1x8x8xi1>, tensor<1x1x1x1xbf16>, tensor<1x1x1x1xbf16>) -> tensor<2x1x8x8xbf16>
    %290 = tosa.greater_equal %285, %52 : (tensor<1x1x8x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x8x1xi1>
    %291 = tosa.logical_and %290, %53 : (tensor<1x1x8x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x8x1xi1>
    %292 = tosa.logical_and %291, %129 : (tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x8x16xi1>
    %293 = tosa.select %292, %57, %58 : (tensor<2x1x8x16xi1>, tensor<1x1x1x1xbf16>, tensor<1x1x1x1xbf16>) -> tensor<2x1x8x16xbf16>
    %294 = tosa.reshape %284, %34 : (tensor<8xi64>, !tosa.shape<2>) -> tensor<1x8xi64>
    %295 = tosa.cast %294 : (tensor<1x8xi64>) -> tensor<1x8xi32>
    %296 = tosa.add %295, %48 : (tensor<1x8xi32>, tensor<1x1xi32>) -> tensor<1x8xi32>
    %297 = tosa.reshape %arg20, %8 : (tensor<66x64xbf16>, !tosa.shape<3>) -> tensor<1x66x64xbf16>
    %298 = tosa.gather %297, %296 : (tensor<1x66x64xbf16>, tensor<1x8xi32>) -> tensor<1x8x64xbf16>
    %299 = tosa.add %282, %298 : (tensor<2x8x64xbf16>, tensor<1x8x64xbf16>) -> tensor<2x8x64xbf16>
    %300 = tosa.cast %299 : (tensor<2x8x64xbf16>) -> tensor<2x8x64xf32>
    %301 = tosa.cast %300 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %302 = tosa.reduce_sum %301 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %303 = tosa.mul %302, %49, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %304 = tosa.sub %301, %303 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %305 = tosa.mul %304, %304, %4 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %306 = tosa.reduce_sum %305 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %307 = tosa.mul %306, %49, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %308 = tosa.cast %307 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %309 = tosa.reduce_sum %300 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %310 = tosa.mul %309, %50, %4 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %311 = tosa.add %308, %51 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %312 = tosa.rsqrt %311 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %313 = tosa.sub %300, %310 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %314 = tosa.mul %313, %312, %4 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %315 = tosa.reshape %arg47, %9 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %316 = tosa.cast %315 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %317 = tosa.mul %314, %316, %4 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %318 = tosa.cast %arg48 : (tensor<64xbf16>) -> tensor<64xf32>
    %319 = tosa.reshape %318, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %320 = tosa.add %317, %319 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %321 = tosa.cast %320 : (tensor<2x8x64xf32>) -> tensor<2x8x64xbf16>
    %322 = tosa.reshape %321, %37 : (tensor<2x8x64xbf16>, !tosa.shape<2>) -> tensor<16x64xbf16>
    %323 = tosa.transpose %arg25 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %324 = tosa.cast %arg26 : (tensor<64xbf16>) -> tensor<64xf32>
    %325 = tosa.cast %322 : (tensor<16x64xbf16>) -> tensor<16x64xf32>
    %326 = tosa.cast %323 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %327 = tosa.reshape %325, %38 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %328 = tosa.reshape %326, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %329 = tosa.matmul %327, %328, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %330 = tosa.reshape %329, %37 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %331 = tosa.reshape %324, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %332 = tosa.add %330, %331 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %333 = tosa.cast %332 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %334 = tosa.reshape %333, %39 : (tensor<16x64xbf16>, !tosa.shape<4>) -> tensor<2x8x4x16xbf16>
    %335 = tosa.transpose %334 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xbf16>) -> tensor<2x4x8x16xbf16>
    %336 = tosa.transpose %arg21 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %337 = tosa.cast %arg22 : (tensor<64xbf16>) -> tensor<64xf32>
    %338 = tosa.cast %336 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %339 = tosa.reshape %338, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %340 = tosa.matmul %327, %339, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %341 = tosa.reshape %340, %37 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %342 = tosa.reshape %337, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %343 = tosa.add %341, %342 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %344 = tosa.cast %343 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %345 = tosa.transpose %arg23 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %346 = tosa.cast %arg24 : (tensor<64xbf16>) -> tensor<64xf32>
    %347 = tosa.cast %345 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %348 = tosa.reshape %347, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %349 = tosa.matmul %327, %348, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %350 = tosa.reshape %349, %37 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %351 = tosa.reshape %346, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %352 = tosa.add %350, %351 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %353 = tosa.cast %352 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %354 = tosa.reshape %344, %39 : (tensor<16x64xbf16>, !tosa.shape<4>) -> tensor<2x8x4x16xbf16>
    %355 = tosa.reshape %353, %39 : (tensor<16x64xbf16>, !tosa.shape<4>) -> tensor<2x8x4x16xbf16>
    %356 = tosa.transpose %355 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xbf16>) -> tensor<2x4x8x16xbf16>
    %357 = tosa.transpose %354 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x8x4x16xbf16>) -> tensor<2x4x16x8xbf16>
    %358 = tosa.reshape %335, %40 : (tensor<2x4x8x16xbf16>, !tosa.shape<3>) -> tensor<8x8x16xbf16>
    %359 = tosa.reshape %357, %41 : (tensor<2x4x16x8xbf16>, !tosa.shape<3>) -> tensor<8x16x8xbf16>
    %360 = tosa.matmul %358, %359, %25, %25 : (tensor<8x8x16xbf16>, tensor<8x16x8xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x8x8xf32>
    %361 = tosa.cast %360 : (tensor<8x8x8xf32>) -> tensor<8x8x8xbf16>
    %362 = tosa.reshape %361, %42 : (tensor<8x8x8xbf16>, !tosa.shape<4>) -> tensor<2x4x8x8xbf16>
    %363 = tosa.mul %362, %59, %4 : (tensor<2x4x8x8xbf16>, tensor<1x1x1x1xbf16>, tensor<1xi8>) -> tensor<2x4x8x8xbf16>
    %364 = tosa.add %363, %289 : (tensor<2x4x8x8xbf16>, tensor<2x1x8x8xbf16>) -> tensor<2x4x8x8xbf16>
    %365 = tosa.cast %364 : (tensor<2x4x8x8xbf16>) -> tensor<2x4x8x8xf32>
    %366 = tosa.reduce_max %365 {axis = 3 : i32} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x1xf32>
    %367 = tosa.sub %365, %366 : (tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) -> tensor<2x4x8x8xf32>
    %368 = tosa.exp %367 : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %369 = tosa.reduce_sum %368 {axis = 3 : i32} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x1xf32>
    %370 = tosa.reciprocal %369 : (tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %371 = tosa.mul %368, %370, %4 : (tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>, tensor<1xi8>) -> tensor<2x4x8x8xf32>
    %372 = tosa.cast %371 : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xbf16>
    %373 = tosa.reshape %372, %43 : (tensor<2x4x8x8xbf16>, !tosa.shape<3>) -> tensor<8x8x8xbf16>
    %374 = tosa.reshape %356, %40 : (tensor<2x4x8x16xbf16>, !tosa.shape<3>) -> tensor<8x8x16xbf16>
    %375 = tosa.matmul %373, %374, %25, %25 : (tensor<8x8x8xbf16>, tensor<8x8x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x8x16xf32>
    %376 = tosa.cast %375 : (tensor<8x8x16xf32>) -> tensor<8x8x16xbf16>
    %377 = tosa.reshape %376, %44 : (tensor<8x8x16xbf16>, !tosa.shape<4>) -> tensor<2x4x8x16xbf16>
    %378 = tosa.transpose %377 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x8x16xbf16>) -> tensor<2x8x4x16xbf16>
    %379 = tosa.reshape %378, %37 : (tensor<2x8x4x16xbf16>, !tosa.shape<2>) -> tensor<16x64xbf16>
    %380 = tosa.transpose %arg27 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %381 = tosa.cast %arg28 : (tensor<64xbf16>) -> tensor<64xf32>
    %382 = tosa.cast %379 : (tensor<16x64xbf16>) -> tensor<16x64xf32>
    %383 = tosa.cast %380 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %384 = tosa.reshape %382, %38 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %385 = tosa.reshape %383, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %386 = tosa.matmul %384, %385, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %387 = tosa.reshape %386, %37 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %388 = tosa.reshape %381, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %389 = tosa.add %387, %388 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %390 = tosa.cast %389 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %391 = tosa.reshape %390, %32 : (tensor<16x64xbf16>, !tosa.shape<3>) -> tensor<2x8x64xbf16>
    %392 = tosa.add %321, %391 : (tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) -> tensor<2x8x64xbf16>
    %393 = tosa.cast %392 : (tensor<2x8x64xbf16>) -> tensor<2x8x64xf32>
    %394 = tosa.cast %393 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %395 = tosa.reduce_sum %394 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %396 = tosa.mul %395, %49, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %397 = tosa.sub %394, %396 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %398 = tosa.mul %397, %397, %4 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %399 = tosa.reduce_sum %398 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %400 = tosa.mul %399, %49, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %401 = tosa.cast %400 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %402 = tosa.reduce_sum %393 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %403 = tosa.mul %402, %50, %4 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %404 = tosa.add %401, %51 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %405 = tosa.rsqrt %404 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %406 = tosa.sub %393, %403 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %407 = tosa.mul %406, %405, %4 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %408 = tosa.reshape %arg29, %9 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %409 = tosa.cast %408 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %410 = tosa.mul %407, %409, %4 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %411 = tosa.cast %arg30 : (tensor<64xbf16>) -> tensor<64xf32>
    %412 = tosa.reshape %411, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %413 = tosa.add %410, %412 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %414 = tosa.cast %413 : (tensor<2x8x64xf32>) -> tensor<2x8x64xbf16>
    %415 = tosa.reshape %414, %37 : (tensor<2x8x64xbf16>, !tosa.shape<2>) -> tensor<16x64xbf16>
    %416 = tosa.transpose %arg35 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %417 = tosa.cast %arg36 : (tensor<64xbf16>) -> tensor<64xf32>
    %418 = tosa.cast %415 : (tensor<16x64xbf16>) -> tensor<16x64xf32>
    %419 = tosa.cast %416 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %420 = tosa.reshape %418, %38 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %421 = tosa.reshape %419, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %422 = tosa.matmul %420, %421, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %423 = tosa.reshape %422, %37 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %424 = tosa.reshape %417, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %425 = tosa.add %423, %424 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %426 = tosa.cast %425 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %427 = tosa.reshape %426, %39 : (tensor<16x64xbf16>, !tosa.shape<4>) -> tensor<2x8x4x16xbf16>
    %428 = tosa.transpose %427 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xbf16>) -> tensor<2x4x8x16xbf16>
    %429 = tosa.reshape %278, %18 : (tensor<2x16x64xbf16>, !tosa.shape<2>) -> tensor<32x64xbf16>
    %430 = tosa.transpose %arg31 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %431 = tosa.cast %arg32 : (tensor<64xbf16>) -> tensor<64xf32>
    %432 = tosa.cast %429 : (tensor<32x64xbf16>) -> tensor<32x64xf32>
    %433 = tosa.cast %430 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %434 = tosa.reshape %432, %20 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %435 = tosa.reshape %433, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %436 = tosa.matmul %434, %435, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %437 = tosa.reshape %436, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %438 = tosa.reshape %431, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %439 = tosa.add %437, %438 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %440 = tosa.cast %439 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %441 = tosa.transpose %arg33 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %442 = tosa.cast %arg34 : (tensor<64xbf16>) -> tensor<64xf32>
    %443 = tosa.cast %441 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %444 = tosa.reshape %443, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %445 = tosa.matmul %434, %444, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %446 = tosa.reshape %445, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %447 = tosa.reshape %442, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %448 = tosa.add %446, %447 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %449 = tosa.cast %448 : (tensor<32x64xf32>) -> tensor<32x64xbf16>
    %450 = tosa.reshape %440, %23 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %451 = tosa.reshape %449, %23 : (tensor<32x64xbf16>, !tosa.shape<4>) -> tensor<2x16x4x16xbf16>
    %452 = tosa.transpose %451 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %453 = tosa.transpose %450 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xbf16>) -> tensor<2x4x16x16xbf16>
    %454 = tosa.reshape %428, %40 : (tensor<2x4x8x16xbf16>, !tosa.shape<3>) -> tensor<8x8x16xbf16>
    %455 = tosa.reshape %453, %24 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %456 = tosa.matmul %454, %455, %25, %25 : (tensor<8x8x16xbf16>, tensor<8x16x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x8x16xf32>
    %457 = tosa.cast %456 : (tensor<8x8x16xf32>) -> tensor<8x8x16xbf16>
    %458 = tosa.reshape %457, %44 : (tensor<8x8x16xbf16>, !tosa.shape<4>) -> tensor<2x4x8x16xbf16>
    %459 = tosa.mul %458, %59, %4 : (tensor<2x4x8x16xbf16>, tensor<1x1x1x1xbf16>, tensor<1xi8>) -> tensor<2x4x8x16xbf16>
    %460 = tosa.add %459, %293 : (tensor<2x4x8x16xbf16>, tensor<2x1x8x16xbf16>) -> tensor<2x4x8x16xbf16>
    %461 = tosa.cast %460 : (tensor<2x4x8x16xbf16>) -> tensor<2x4x8x16xf32>
    %462 = tosa.reduce_max %461 {axis = 3 : i32} : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x1xf32>
    %463 = tosa.sub %461, %462 : (tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) -> tensor<2x4x8x16xf32>
    %464 = tosa.exp %463 : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xf32>
    %465 = tosa.reduce_sum %464 {axis = 3 : i32} : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x1xf32>
    %466 = tosa.reciprocal %465 : (tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %467 = tosa.mul %464, %466, %4 : (tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>, tensor<1xi8>) -> tensor<2x4x8x16xf32>
    %468 = tosa.cast %467 : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xbf16>
    %469 = tosa.reshape %468, %40 : (tensor<2x4x8x16xbf16>, !tosa.shape<3>) -> tensor<8x8x16xbf16>
    %470 = tosa.reshape %452, %24 : (tensor<2x4x16x16xbf16>, !tosa.shape<3>) -> tensor<8x16x16xbf16>
    %471 = tosa.matmul %469, %470, %25, %25 : (tensor<8x8x16xbf16>, tensor<8x16x16xbf16>, tensor<1xbf16>, tensor<1xbf16>) -> tensor<8x8x16xf32>
    %472 = tosa.cast %471 : (tensor<8x8x16xf32>) -> tensor<8x8x16xbf16>
    %473 = tosa.reshape %472, %44 : (tensor<8x8x16xbf16>, !tosa.shape<4>) -> tensor<2x4x8x16xbf16>
    %474 = tosa.transpose %473 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x8x16xbf16>) -> tensor<2x8x4x16xbf16>
    %475 = tosa.reshape %474, %37 : (tensor<2x8x4x16xbf16>, !tosa.shape<2>) -> tensor<16x64xbf16>
    %476 = tosa.transpose %arg37 {perms = array<i32: 1, 0>} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %477 = tosa.cast %arg38 : (tensor<64xbf16>) -> tensor<64xf32>
    %478 = tosa.cast %475 : (tensor<16x64xbf16>) -> tensor<16x64xf32>
    %479 = tosa.cast %476 : (tensor<64x64xbf16>) -> tensor<64x64xf32>
    %480 = tosa.reshape %478, %38 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %481 = tosa.reshape %479, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %482 = tosa.matmul %480, %481, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %483 = tosa.reshape %482, %37 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %484 = tosa.reshape %477, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %485 = tosa.add %483, %484 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %486 = tosa.cast %485 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %487 = tosa.reshape %486, %32 : (tensor<16x64xbf16>, !tosa.shape<3>) -> tensor<2x8x64xbf16>
    %488 = tosa.add %414, %487 : (tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) -> tensor<2x8x64xbf16>
    %489 = tosa.cast %488 : (tensor<2x8x64xbf16>) -> tensor<2x8x64xf32>
    %490 = tosa.cast %489 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %491 = tosa.reduce_sum %490 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %492 = tosa.mul %491, %49, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %493 = tosa.sub %490, %492 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %494 = tosa.mul %493, %493, %4 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %495 = tosa.reduce_sum %494 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %496 = tosa.mul %495, %49, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %497 = tosa.cast %496 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %498 = tosa.reduce_sum %489 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %499 = tosa.mul %498, %50, %4 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %500 = tosa.add %497, %51 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %501 = tosa.rsqrt %500 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %502 = tosa.sub %489, %499 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %503 = tosa.mul %502, %501, %4 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %504 = tosa.reshape %arg39, %9 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %505 = tosa.cast %504 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %506 = tosa.mul %503, %505, %4 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %507 = tosa.cast %arg40 : (tensor<64xbf16>) -> tensor<64xf32>
    %508 = tosa.reshape %507, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %509 = tosa.add %506, %508 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %510 = tosa.cast %509 : (tensor<2x8x64xf32>) -> tensor<2x8x64xbf16>
    %511 = tosa.reshape %510, %37 : (tensor<2x8x64xbf16>, !tosa.shape<2>) -> tensor<16x64xbf16>
    %512 = tosa.transpose %arg41 {perms = array<i32: 1, 0>} : (tensor<128x64xbf16>) -> tensor<64x128xbf16>
    %513 = tosa.cast %arg42 : (tensor<128xbf16>) -> tensor<128xf32>
    %514 = tosa.cast %511 : (tensor<16x64xbf16>) -> tensor<16x64xf32>
    %515 = tosa.cast %512 : (tensor<64x128xbf16>) -> tensor<64x128xf32>
    %516 = tosa.reshape %514, %38 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %517 = tosa.reshape %515, %27 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %518 = tosa.matmul %516, %517, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x128xf32>
    %519 = tosa.reshape %518, %45 : (tensor<1x16x128xf32>, !tosa.shape<2>) -> tensor<16x128xf32>
    %520 = tosa.reshape %513, %29 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %521 = tosa.add %519, %520 : (tensor<16x128xf32>, tensor<1x128xf32>) -> tensor<16x128xf32>
    %522 = tosa.cast %521 : (tensor<16x128xf32>) -> tensor<16x128xbf16>
    %523 = tosa.reshape %522, %46 : (tensor<16x128xbf16>, !tosa.shape<3>) -> tensor<2x8x128xbf16>
    %524 = tosa.mul %523, %62, %4 : (tensor<2x8x128xbf16>, tensor<1x1x1xbf16>, tensor<1xi8>) -> tensor<2x8x128xbf16>
    %525 = tosa.erf %524 : (tensor<2x8x128xbf16>) -> tensor<2x8x128xbf16>
    %526 = tosa.add %525, %60 : (tensor<2x8x128xbf16>, tensor<1x1x1xbf16>) -> tensor<2x8x128xbf16>
    %527 = tosa.mul %61, %526, %4 : (tensor<1x1x1xbf16>, tensor<2x8x128xbf16>, tensor<1xi8>) -> tensor<2x8x128xbf16>
    %528 = tosa.mul %523, %527, %4 : (tensor<2x8x128xbf16>, tensor<2x8x128xbf16>, tensor<1xi8>) -> tensor<2x8x128xbf16>
    %529 = tosa.reshape %528, %45 : (tensor<2x8x128xbf16>, !tosa.shape<2>) -> tensor<16x128xbf16>
    %530 = tosa.transpose %arg43 {perms = array<i32: 1, 0>} : (tensor<64x128xbf16>) -> tensor<128x64xbf16>
    %531 = tosa.cast %arg44 : (tensor<64xbf16>) -> tensor<64xf32>
    %532 = tosa.cast %529 : (tensor<16x128xbf16>) -> tensor<16x128xf32>
    %533 = tosa.cast %530 : (tensor<128x64xbf16>) -> tensor<128x64xf32>
    %534 = tosa.reshape %532, %47 : (tensor<16x128xf32>, !tosa.shape<3>) -> tensor<1x16x128xf32>
    %535 = tosa.reshape %533, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %536 = tosa.matmul %534, %535, %19, %19 : (tensor<1x16x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %537 = tosa.reshape %536, %37 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %538 = tosa.reshape %531, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %539 = tosa.add %537, %538 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %540 = tosa.cast %539 : (tensor<16x64xf32>) -> tensor<16x64xbf16>
    %541 = tosa.reshape %540, %32 : (tensor<16x64xbf16>, !tosa.shape<3>) -> tensor<2x8x64xbf16>
    %542 = tosa.add %510, %541 : (tensor<2x8x64xbf16>, tensor<2x8x64xbf16>) -> tensor<2x8x64xbf16>
    %543 = tosa.cast %542 : (tensor<2x8x64xbf16>) -> tensor<2x8x64xf32>
    %544 = tosa.cast %543 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %545 = tosa.reduce_sum %544 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %546 = tosa.mul %545, %49, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %547 = tosa.sub %544, %546 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %548 = tosa.mul %547, %547, %4 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %549 = tosa.reduce_sum %548 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %550 = tosa.mul %549, %49, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %551 = tosa.cast %550 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %552 = tosa.reduce_sum %543 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %553 = tosa.mul %552, %50, %4 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %554 = tosa.add %551, %51 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %555 = tosa.rsqrt %554 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %556 = tosa.sub %543, %553 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %557 = tosa.mul %556, %555, %4 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %558 = tosa.reshape %arg45, %9 : (tensor<64xbf16>, !tosa.shape<3>) -> tensor<1x1x64xbf16>
    %559 = tosa.cast %558 : (tensor<1x1x64xbf16>) -> tensor<1x1x64xf32>
    %560 = tosa.mul %557, %559, %4 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %561 = tosa.cast %arg46 : (tensor<64xbf16>) -> tensor<64xf32>
    %562 = tosa.reshape %561, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %563 = tosa.add %560, %562 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %564 = tosa.cast %563 : (tensor<2x8x64xf32>) -> tensor<2x8x64xbf16>
    return %564 : tensor<2x8x64xbf16>
  }
}
