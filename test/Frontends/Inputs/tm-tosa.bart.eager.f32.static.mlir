// FRONTEND: {"args": [{"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [66, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "ids", "shape": [2, 16], "vocab": 128}, {"role": "mask", "shape": [2, 16]}, {"role": "ids", "shape": [2, 8], "vocab": 128}], "attn": "eager", "dtype": "f32", "expected_blocks": 3, "func": "forward", "model": "bart", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<128x64xf32>, %arg1: tensor<66x64xf32>, %arg2: tensor<64x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<128x64xf32>, %arg13: tensor<128xf32>, %arg14: tensor<64x128xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<66x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64x64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64x64xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64x64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64x64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64x64xf32>, %arg38: tensor<64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<64xf32>, %arg41: tensor<128x64xf32>, %arg42: tensor<128xf32>, %arg43: tensor<64x128xf32>, %arg44: tensor<64xf32>, %arg45: tensor<64xf32>, %arg46: tensor<64xf32>, %arg47: tensor<64xf32>, %arg48: tensor<64xf32>, %arg49: tensor<2x16xi64>, %arg50: tensor<2x16xi64>, %arg51: tensor<2x8xi64>) -> tensor<2x8x64xf32> {
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
    %25 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %26 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %27 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %28 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %29 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %30 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %31 = tosa.const_shape  {values = dense<[2, 8, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %32 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7]> : tensor<8xi64>}> : () -> tensor<8xi64>
    %33 = tosa.const_shape  {values = dense<[1, 8]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %34 = tosa.const_shape  {values = dense<[1, 1, 8, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %35 = tosa.const_shape  {values = dense<[1, 1, 1, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %36 = tosa.const_shape  {values = dense<[16, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %37 = tosa.const_shape  {values = dense<[1, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %38 = tosa.const_shape  {values = dense<[2, 8, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %39 = tosa.const_shape  {values = dense<[8, 8, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %40 = tosa.const_shape  {values = dense<[8, 16, 8]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %41 = tosa.const_shape  {values = dense<[2, 4, 8, 8]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %42 = tosa.const_shape  {values = dense<8> : tensor<3xindex>} : () -> !tosa.shape<3>
    %43 = tosa.const_shape  {values = dense<[2, 4, 8, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %44 = tosa.const_shape  {values = dense<[16, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %45 = tosa.const_shape  {values = dense<[2, 8, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %46 = tosa.const_shape  {values = dense<[1, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %47 = "tosa.const"() <{values = dense<2> : tensor<1x1xi32>}> : () -> tensor<1x1xi32>
    %48 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %49 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %50 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %51 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %52 = "tosa.const"() <{values = dense<true> : tensor<1x1x1x1xi1>}> : () -> tensor<1x1x1x1xi1>
    %53 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %54 = "tosa.const"() <{values = dense<2> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %55 = "tosa.const"() <{values = dense<16> : tensor<1x1x1x1xi32>}> : () -> tensor<1x1x1x1xi32>
    %56 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %57 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %58 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %59 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %60 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %61 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %62 = tosa.reshape %arg0, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %63 = tosa.reshape %arg49, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %64 = tosa.cast %63 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %65 = tosa.gather %62, %64 : (tensor<1x128x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %66 = tosa.reshape %65, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %67 = tosa.reshape %5, %6 : (tensor<16xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %68 = tosa.tile %67, %7 : (tensor<1x16xi64>, !tosa.shape<2>) -> tensor<2x16xi64>
    %69 = tosa.cast %68 : (tensor<2x16xi64>) -> tensor<2x16xi32>
    %70 = tosa.add %69, %47 : (tensor<2x16xi32>, tensor<1x1xi32>) -> tensor<2x16xi32>
    %71 = tosa.cast %70 : (tensor<2x16xi32>) -> tensor<2x16xi64>
    %72 = tosa.reshape %arg1, %8 : (tensor<66x64xf32>, !tosa.shape<3>) -> tensor<1x66x64xf32>
    %73 = tosa.reshape %71, %2 : (tensor<2x16xi64>, !tosa.shape<2>) -> tensor<1x32xi64>
    %74 = tosa.cast %73 : (tensor<1x32xi64>) -> tensor<1x32xi32>
    %75 = tosa.gather %72, %74 : (tensor<1x66x64xf32>, tensor<1x32xi32>) -> tensor<1x32x64xf32>
    %76 = tosa.reshape %75, %3 : (tensor<1x32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %77 = tosa.add %66, %76 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %78 = tosa.cast %77 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %79 = tosa.reduce_sum %78 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %80 = tosa.mul %79, %48, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %81 = tosa.sub %78, %80 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %82 = tosa.mul %81, %81, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %83 = tosa.reduce_sum %82 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %84 = tosa.mul %83, %48, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %85 = tosa.cast %84 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %86 = tosa.reduce_sum %77 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %87 = tosa.mul %86, %49, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %88 = tosa.add %85, %50 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %89 = tosa.rsqrt %88 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %90 = tosa.sub %77, %87 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %91 = tosa.mul %90, %89, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %92 = tosa.reshape %arg18, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %93 = tosa.mul %91, %92, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %94 = tosa.reshape %arg19, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %95 = tosa.add %93, %94 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %96 = tosa.cast %arg50 : (tensor<2x16xi64>) -> tensor<2x16xi1>
    %97 = tosa.cast %5 : (tensor<16xi64>) -> tensor<16xi32>
    %98 = tosa.cast %97 : (tensor<16xi32>) -> tensor<16xi64>
    %99 = tosa.reshape %98, %11 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x16x1xi64>
    %100 = tosa.reshape %98, %12 : (tensor<16xi64>, !tosa.shape<4>) -> tensor<1x1x1x16xi64>
    %101 = tosa.greater_equal %99, %51 : (tensor<1x1x16x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x16x1xi1>
    %102 = tosa.logical_and %101, %52 : (tensor<1x1x16x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x16x1xi1>
    %103 = tosa.cast %cst : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x1xi32>
    %104 = tosa.add %103, %54 : (tensor<2x1x1x1xi32>, tensor<1x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %105 = tosa.greater %53, %103 : (tensor<1x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi1>
    %106 = tosa.select %105, %104, %103 : (tensor<2x1x1x1xi1>, tensor<2x1x1x1xi32>, tensor<2x1x1x1xi32>) -> tensor<2x1x1x1xi32>
    %107 = tosa.reshape %106, %13 : (tensor<2x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x1x1xi32>
    %108 = tosa.cast %100 : (tensor<1x1x1x16xi64>) -> tensor<1x1x1x16xi32>
    %109 = tosa.add %108, %55 : (tensor<1x1x1x16xi32>, tensor<1x1x1x1xi32>) -> tensor<1x1x1x16xi32>
    %110 = tosa.greater %53, %108 : (tensor<1x1x1x1xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi1>
    %111 = tosa.select %110, %109, %108 : (tensor<1x1x1x16xi1>, tensor<1x1x1x16xi32>, tensor<1x1x1x16xi32>) -> tensor<1x1x1x16xi32>
    %112 = tosa.reshape %111, %14 : (tensor<1x1x1x16xi32>, !tosa.shape<5>) -> tensor<1x1x1x16x1xi32>
    %113 = tosa.tile %107, %14 : (tensor<2x1x1x1x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %114 = tosa.tile %112, %13 : (tensor<1x1x1x16x1xi32>, !tosa.shape<5>) -> tensor<2x1x1x16x1xi32>
    %115 = tosa.concat %113, %114 {axis = 4 : i32} : (tensor<2x1x1x16x1xi32>, tensor<2x1x1x16x1xi32>) -> tensor<2x1x1x16x2xi32>
    %116 = tosa.reshape %96, %15 : (tensor<2x16xi1>, !tosa.shape<3>) -> tensor<1x32x1xi1>
    %117 = tosa.reshape %115, %16 : (tensor<2x1x1x16x2xi32>, !tosa.shape<2>) -> tensor<32x2xi32>
    %118 = tosa.mul %117, %0, %4 : (tensor<32x2xi32>, tensor<1x2xi32>, tensor<1xi8>) -> tensor<32x2xi32>
    %119 = tosa.reduce_sum %118 {axis = 1 : i32} : (tensor<32x2xi32>) -> tensor<32x1xi32>
    %120 = tosa.reshape %119, %2 : (tensor<32x1xi32>, !tosa.shape<2>) -> tensor<1x32xi32>
    %121 = tosa.cast %116 : (tensor<1x32x1xi1>) -> tensor<1x32x1xi8>
    %122 = tosa.gather %121, %120 : (tensor<1x32x1xi8>, tensor<1x32xi32>) -> tensor<1x32x1xi8>
    %123 = tosa.cast %122 : (tensor<1x32x1xi8>) -> tensor<1x32x1xi1>
    %124 = tosa.reshape %123, %17 : (tensor<1x32x1xi1>, !tosa.shape<4>) -> tensor<2x1x1x16xi1>
    %125 = tosa.logical_and %102, %124 : (tensor<1x1x16x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x16x16xi1>
    %126 = tosa.select %125, %56, %57 : (tensor<2x1x16x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x16x16xf32>
    %127 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %128 = tosa.reshape %95, %20 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %129 = tosa.reshape %127, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %130 = tosa.matmul %128, %129, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %131 = tosa.reshape %130, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %132 = tosa.reshape %arg7, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %133 = tosa.add %131, %132 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %134 = tosa.reshape %133, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %135 = tosa.transpose %134 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %136 = tosa.transpose %arg2 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %137 = tosa.reshape %136, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %138 = tosa.matmul %128, %137, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %139 = tosa.reshape %138, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %140 = tosa.reshape %arg3, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %141 = tosa.add %139, %140 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %142 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %143 = tosa.reshape %142, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %144 = tosa.matmul %128, %143, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %145 = tosa.reshape %144, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %146 = tosa.reshape %arg5, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %147 = tosa.add %145, %146 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %148 = tosa.reshape %141, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %149 = tosa.reshape %147, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %150 = tosa.transpose %149 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %151 = tosa.transpose %148 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %152 = tosa.reshape %135, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %153 = tosa.reshape %151, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %154 = tosa.matmul %152, %153, %19, %19 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %155 = tosa.reshape %154, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %156 = tosa.mul %155, %58, %4 : (tensor<2x4x16x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %157 = tosa.add %156, %126 : (tensor<2x4x16x16xf32>, tensor<2x1x16x16xf32>) -> tensor<2x4x16x16xf32>
    %158 = tosa.reduce_max %157 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %159 = tosa.sub %157, %158 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %160 = tosa.exp %159 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %161 = tosa.reduce_sum %160 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %162 = tosa.reciprocal %161 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %163 = tosa.mul %160, %162, %4 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %164 = tosa.reshape %163, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %165 = tosa.reshape %150, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %166 = tosa.matmul %164, %165, %19, %19 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %167 = tosa.reshape %166, %25 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %168 = tosa.transpose %167 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %169 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %170 = tosa.reshape %168, %20 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %171 = tosa.reshape %169, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %172 = tosa.matmul %170, %171, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %173 = tosa.reshape %172, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %174 = tosa.reshape %arg9, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %175 = tosa.add %173, %174 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %176 = tosa.reshape %175, %3 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %177 = tosa.add %95, %176 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %178 = tosa.cast %177 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %179 = tosa.reduce_sum %178 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %180 = tosa.mul %179, %48, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %181 = tosa.sub %178, %180 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %182 = tosa.mul %181, %181, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %183 = tosa.reduce_sum %182 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %184 = tosa.mul %183, %48, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %185 = tosa.cast %184 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %186 = tosa.reduce_sum %177 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %187 = tosa.mul %186, %49, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %188 = tosa.add %185, %50 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %189 = tosa.rsqrt %188 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %190 = tosa.sub %177, %187 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %191 = tosa.mul %190, %189, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %192 = tosa.reshape %arg10, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %193 = tosa.mul %191, %192, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %194 = tosa.reshape %arg11, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %195 = tosa.add %193, %194 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %196 = tosa.transpose %arg12 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %197 = tosa.reshape %195, %20 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %198 = tosa.reshape %196, %26 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %199 = tosa.matmul %197, %198, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %200 = tosa.reshape %199, %27 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %201 = tosa.reshape %arg13, %28 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %202 = tosa.add %200, %201 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %203 = tosa.reshape %202, %29 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %204 = tosa.mul %203, %61, %4 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %205 = tosa.erf %204 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %206 = tosa.add %205, %59 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %207 = tosa.mul %60, %206, %4 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %208 = tosa.mul %203, %207, %4 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %209 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %210 = tosa.reshape %208, %30 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %211 = tosa.reshape %209, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %212 = tosa.matmul %210, %211, %19, %19 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %213 = tosa.reshape %212, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %214 = tosa.reshape %arg15, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %215 = tosa.add %213, %214 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %216 = tosa.reshape %215, %3 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %217 = tosa.add %195, %216 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %218 = tosa.cast %217 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %219 = tosa.reduce_sum %218 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %220 = tosa.mul %219, %48, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %221 = tosa.sub %218, %220 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %222 = tosa.mul %221, %221, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %223 = tosa.reduce_sum %222 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %224 = tosa.mul %223, %48, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %225 = tosa.cast %224 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %226 = tosa.reduce_sum %217 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %227 = tosa.mul %226, %49, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %228 = tosa.add %225, %50 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %229 = tosa.rsqrt %228 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %230 = tosa.sub %217, %227 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %231 = tosa.mul %230, %229, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %232 = tosa.reshape %arg16, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %233 = tosa.mul %231, %232, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %234 = tosa.reshape %arg17, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %235 = tosa.add %233, %234 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %236 = tosa.reshape %arg51, %6 : (tensor<2x8xi64>, !tosa.shape<2>) -> tensor<1x16xi64>
    %237 = tosa.cast %236 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %238 = tosa.gather %62, %237 : (tensor<1x128x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %239 = tosa.reshape %238, %31 : (tensor<1x16x64xf32>, !tosa.shape<3>) -> tensor<2x8x64xf32>
    %240 = tosa.cast %32 : (tensor<8xi64>) -> tensor<8xi32>
    %241 = tosa.cast %240 : (tensor<8xi32>) -> tensor<8xi64>
    %242 = tosa.reshape %241, %34 : (tensor<8xi64>, !tosa.shape<4>) -> tensor<1x1x8x1xi64>
    %243 = tosa.reshape %241, %35 : (tensor<8xi64>, !tosa.shape<4>) -> tensor<1x1x1x8xi64>
    %244 = tosa.greater_equal %242, %243 : (tensor<1x1x8x1xi64>, tensor<1x1x1x8xi64>) -> tensor<1x1x8x8xi1>
    %245 = tosa.tile %244, %10 : (tensor<1x1x8x8xi1>, !tosa.shape<4>) -> tensor<2x1x8x8xi1>
    %246 = tosa.select %245, %56, %57 : (tensor<2x1x8x8xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x8x8xf32>
    %247 = tosa.greater_equal %242, %51 : (tensor<1x1x8x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x8x1xi1>
    %248 = tosa.logical_and %247, %52 : (tensor<1x1x8x1xi1>, tensor<1x1x1x1xi1>) -> tensor<1x1x8x1xi1>
    %249 = tosa.logical_and %248, %124 : (tensor<1x1x8x1xi1>, tensor<2x1x1x16xi1>) -> tensor<2x1x8x16xi1>
    %250 = tosa.select %249, %56, %57 : (tensor<2x1x8x16xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x8x16xf32>
    %251 = tosa.reshape %241, %33 : (tensor<8xi64>, !tosa.shape<2>) -> tensor<1x8xi64>
    %252 = tosa.cast %251 : (tensor<1x8xi64>) -> tensor<1x8xi32>
    %253 = tosa.add %252, %47 : (tensor<1x8xi32>, tensor<1x1xi32>) -> tensor<1x8xi32>
    %254 = tosa.reshape %arg20, %8 : (tensor<66x64xf32>, !tosa.shape<3>) -> tensor<1x66x64xf32>
    %255 = tosa.gather %254, %253 : (tensor<1x66x64xf32>, tensor<1x8xi32>) -> tensor<1x8x64xf32>
    %256 = tosa.add %239, %255 : (tensor<2x8x64xf32>, tensor<1x8x64xf32>) -> tensor<2x8x64xf32>
    %257 = tosa.cast %256 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %258 = tosa.reduce_sum %257 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %259 = tosa.mul %258, %48, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %260 = tosa.sub %257, %259 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %261 = tosa.mul %260, %260, %4 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %262 = tosa.reduce_sum %261 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %263 = tosa.mul %262, %48, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %264 = tosa.cast %263 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %265 = tosa.reduce_sum %256 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %266 = tosa.mul %265, %49, %4 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %267 = tosa.add %264, %50 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %268 = tosa.rsqrt %267 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %269 = tosa.sub %256, %266 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %270 = tosa.mul %269, %268, %4 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %271 = tosa.reshape %arg47, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %272 = tosa.mul %270, %271, %4 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %273 = tosa.reshape %arg48, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %274 = tosa.add %272, %273 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %275 = tosa.transpose %arg25 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %276 = tosa.reshape %274, %37 : (tensor<2x8x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %277 = tosa.reshape %275, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %278 = tosa.matmul %276, %277, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %279 = tosa.reshape %278, %36 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %280 = tosa.reshape %arg26, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %281 = tosa.add %279, %280 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %282 = tosa.reshape %281, %38 : (tensor<16x64xf32>, !tosa.shape<4>) -> tensor<2x8x4x16xf32>
    %283 = tosa.transpose %282 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xf32>) -> tensor<2x4x8x16xf32>
    %284 = tosa.transpose %arg21 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %285 = tosa.reshape %284, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %286 = tosa.matmul %276, %285, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %287 = tosa.reshape %286, %36 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %288 = tosa.reshape %arg22, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %289 = tosa.add %287, %288 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %290 = tosa.transpose %arg23 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %291 = tosa.reshape %290, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %292 = tosa.matmul %276, %291, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %293 = tosa.reshape %292, %36 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %294 = tosa.reshape %arg24, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %295 = tosa.add %293, %294 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %296 = tosa.reshape %289, %38 : (tensor<16x64xf32>, !tosa.shape<4>) -> tensor<2x8x4x16xf32>
    %297 = tosa.reshape %295, %38 : (tensor<16x64xf32>, !tosa.shape<4>) -> tensor<2x8x4x16xf32>
    %298 = tosa.transpose %297 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xf32>) -> tensor<2x4x8x16xf32>
    %299 = tosa.transpose %296 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x8x4x16xf32>) -> tensor<2x4x16x8xf32>
    %300 = tosa.reshape %283, %39 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %301 = tosa.reshape %299, %40 : (tensor<2x4x16x8xf32>, !tosa.shape<3>) -> tensor<8x16x8xf32>
    %302 = tosa.matmul %300, %301, %19, %19 : (tensor<8x8x16xf32>, tensor<8x16x8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x8xf32>
    %303 = tosa.reshape %302, %41 : (tensor<8x8x8xf32>, !tosa.shape<4>) -> tensor<2x4x8x8xf32>
    %304 = tosa.mul %303, %58, %4 : (tensor<2x4x8x8xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x8x8xf32>
    %305 = tosa.add %304, %246 : (tensor<2x4x8x8xf32>, tensor<2x1x8x8xf32>) -> tensor<2x4x8x8xf32>
    %306 = tosa.reduce_max %305 {axis = 3 : i32} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x1xf32>
    %307 = tosa.sub %305, %306 : (tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>) -> tensor<2x4x8x8xf32>
    %308 = tosa.exp %307 : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %309 = tosa.reduce_sum %308 {axis = 3 : i32} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x1xf32>
    %310 = tosa.reciprocal %309 : (tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %311 = tosa.mul %308, %310, %4 : (tensor<2x4x8x8xf32>, tensor<2x4x8x1xf32>, tensor<1xi8>) -> tensor<2x4x8x8xf32>
    %312 = tosa.reshape %311, %42 : (tensor<2x4x8x8xf32>, !tosa.shape<3>) -> tensor<8x8x8xf32>
    %313 = tosa.reshape %298, %39 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %314 = tosa.matmul %312, %313, %19, %19 : (tensor<8x8x8xf32>, tensor<8x8x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x16xf32>
    %315 = tosa.reshape %314, %43 : (tensor<8x8x16xf32>, !tosa.shape<4>) -> tensor<2x4x8x16xf32>
    %316 = tosa.transpose %315 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x8x16xf32>) -> tensor<2x8x4x16xf32>
    %317 = tosa.transpose %arg27 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %318 = tosa.reshape %316, %37 : (tensor<2x8x4x16xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %319 = tosa.reshape %317, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %320 = tosa.matmul %318, %319, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %321 = tosa.reshape %320, %36 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %322 = tosa.reshape %arg28, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %323 = tosa.add %321, %322 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %324 = tosa.reshape %323, %31 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<2x8x64xf32>
    %325 = tosa.add %274, %324 : (tensor<2x8x64xf32>, tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %326 = tosa.cast %325 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %327 = tosa.reduce_sum %326 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %328 = tosa.mul %327, %48, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %329 = tosa.sub %326, %328 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %330 = tosa.mul %329, %329, %4 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %331 = tosa.reduce_sum %330 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %332 = tosa.mul %331, %48, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %333 = tosa.cast %332 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %334 = tosa.reduce_sum %325 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %335 = tosa.mul %334, %49, %4 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %336 = tosa.add %333, %50 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %337 = tosa.rsqrt %336 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %338 = tosa.sub %325, %335 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %339 = tosa.mul %338, %337, %4 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %340 = tosa.reshape %arg29, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %341 = tosa.mul %339, %340, %4 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %342 = tosa.reshape %arg30, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %343 = tosa.add %341, %342 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %344 = tosa.transpose %arg35 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %345 = tosa.reshape %343, %37 : (tensor<2x8x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %346 = tosa.reshape %344, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %347 = tosa.matmul %345, %346, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %348 = tosa.reshape %347, %36 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %349 = tosa.reshape %arg36, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %350 = tosa.add %348, %349 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %351 = tosa.reshape %350, %38 : (tensor<16x64xf32>, !tosa.shape<4>) -> tensor<2x8x4x16xf32>
    %352 = tosa.transpose %351 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x8x4x16xf32>) -> tensor<2x4x8x16xf32>
    %353 = tosa.transpose %arg31 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %354 = tosa.reshape %235, %20 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %355 = tosa.reshape %353, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %356 = tosa.matmul %354, %355, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %357 = tosa.reshape %356, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %358 = tosa.reshape %arg32, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %359 = tosa.add %357, %358 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %360 = tosa.transpose %arg33 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %361 = tosa.reshape %360, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %362 = tosa.matmul %354, %361, %19, %19 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %363 = tosa.reshape %362, %18 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %364 = tosa.reshape %arg34, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %365 = tosa.add %363, %364 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %366 = tosa.reshape %359, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %367 = tosa.reshape %365, %23 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %368 = tosa.transpose %367 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %369 = tosa.transpose %366 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %370 = tosa.reshape %352, %39 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %371 = tosa.reshape %369, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %372 = tosa.matmul %370, %371, %19, %19 : (tensor<8x8x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x16xf32>
    %373 = tosa.reshape %372, %43 : (tensor<8x8x16xf32>, !tosa.shape<4>) -> tensor<2x4x8x16xf32>
    %374 = tosa.mul %373, %58, %4 : (tensor<2x4x8x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x8x16xf32>
    %375 = tosa.add %374, %250 : (tensor<2x4x8x16xf32>, tensor<2x1x8x16xf32>) -> tensor<2x4x8x16xf32>
    %376 = tosa.reduce_max %375 {axis = 3 : i32} : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x1xf32>
    %377 = tosa.sub %375, %376 : (tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>) -> tensor<2x4x8x16xf32>
    %378 = tosa.exp %377 : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xf32>
    %379 = tosa.reduce_sum %378 {axis = 3 : i32} : (tensor<2x4x8x16xf32>) -> tensor<2x4x8x1xf32>
    %380 = tosa.reciprocal %379 : (tensor<2x4x8x1xf32>) -> tensor<2x4x8x1xf32>
    %381 = tosa.mul %378, %380, %4 : (tensor<2x4x8x16xf32>, tensor<2x4x8x1xf32>, tensor<1xi8>) -> tensor<2x4x8x16xf32>
    %382 = tosa.reshape %381, %39 : (tensor<2x4x8x16xf32>, !tosa.shape<3>) -> tensor<8x8x16xf32>
    %383 = tosa.reshape %368, %24 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %384 = tosa.matmul %382, %383, %19, %19 : (tensor<8x8x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x8x16xf32>
    %385 = tosa.reshape %384, %43 : (tensor<8x8x16xf32>, !tosa.shape<4>) -> tensor<2x4x8x16xf32>
    %386 = tosa.transpose %385 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x8x16xf32>) -> tensor<2x8x4x16xf32>
    %387 = tosa.transpose %arg37 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %388 = tosa.reshape %386, %37 : (tensor<2x8x4x16xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %389 = tosa.reshape %387, %21 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %390 = tosa.matmul %388, %389, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %391 = tosa.reshape %390, %36 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %392 = tosa.reshape %arg38, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %393 = tosa.add %391, %392 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %394 = tosa.reshape %393, %31 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<2x8x64xf32>
    %395 = tosa.add %343, %394 : (tensor<2x8x64xf32>, tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %396 = tosa.cast %395 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %397 = tosa.reduce_sum %396 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %398 = tosa.mul %397, %48, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %399 = tosa.sub %396, %398 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %400 = tosa.mul %399, %399, %4 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %401 = tosa.reduce_sum %400 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %402 = tosa.mul %401, %48, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %403 = tosa.cast %402 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %404 = tosa.reduce_sum %395 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %405 = tosa.mul %404, %49, %4 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %406 = tosa.add %403, %50 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %407 = tosa.rsqrt %406 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %408 = tosa.sub %395, %405 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %409 = tosa.mul %408, %407, %4 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %410 = tosa.reshape %arg39, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %411 = tosa.mul %409, %410, %4 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %412 = tosa.reshape %arg40, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %413 = tosa.add %411, %412 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    %414 = tosa.transpose %arg41 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %415 = tosa.reshape %413, %37 : (tensor<2x8x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %416 = tosa.reshape %414, %26 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %417 = tosa.matmul %415, %416, %19, %19 : (tensor<1x16x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x128xf32>
    %418 = tosa.reshape %417, %44 : (tensor<1x16x128xf32>, !tosa.shape<2>) -> tensor<16x128xf32>
    %419 = tosa.reshape %arg42, %28 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %420 = tosa.add %418, %419 : (tensor<16x128xf32>, tensor<1x128xf32>) -> tensor<16x128xf32>
    %421 = tosa.reshape %420, %45 : (tensor<16x128xf32>, !tosa.shape<3>) -> tensor<2x8x128xf32>
    %422 = tosa.mul %421, %61, %4 : (tensor<2x8x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x128xf32>
    %423 = tosa.erf %422 : (tensor<2x8x128xf32>) -> tensor<2x8x128xf32>
    %424 = tosa.add %423, %59 : (tensor<2x8x128xf32>, tensor<1x1x1xf32>) -> tensor<2x8x128xf32>
    %425 = tosa.mul %60, %424, %4 : (tensor<1x1x1xf32>, tensor<2x8x128xf32>, tensor<1xi8>) -> tensor<2x8x128xf32>
    %426 = tosa.mul %421, %425, %4 : (tensor<2x8x128xf32>, tensor<2x8x128xf32>, tensor<1xi8>) -> tensor<2x8x128xf32>
    %427 = tosa.transpose %arg43 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %428 = tosa.reshape %426, %46 : (tensor<2x8x128xf32>, !tosa.shape<3>) -> tensor<1x16x128xf32>
    %429 = tosa.reshape %427, %1 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %430 = tosa.matmul %428, %429, %19, %19 : (tensor<1x16x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x64xf32>
    %431 = tosa.reshape %430, %36 : (tensor<1x16x64xf32>, !tosa.shape<2>) -> tensor<16x64xf32>
    %432 = tosa.reshape %arg44, %22 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %433 = tosa.add %431, %432 : (tensor<16x64xf32>, tensor<1x64xf32>) -> tensor<16x64xf32>
    %434 = tosa.reshape %433, %31 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<2x8x64xf32>
    %435 = tosa.add %413, %434 : (tensor<2x8x64xf32>, tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %436 = tosa.cast %435 : (tensor<2x8x64xf32>) -> tensor<2x8x64xf64>
    %437 = tosa.reduce_sum %436 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %438 = tosa.mul %437, %48, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %439 = tosa.sub %436, %438 : (tensor<2x8x64xf64>, tensor<2x8x1xf64>) -> tensor<2x8x64xf64>
    %440 = tosa.mul %439, %439, %4 : (tensor<2x8x64xf64>, tensor<2x8x64xf64>, tensor<1xi8>) -> tensor<2x8x64xf64>
    %441 = tosa.reduce_sum %440 {axis = 2 : i32} : (tensor<2x8x64xf64>) -> tensor<2x8x1xf64>
    %442 = tosa.mul %441, %48, %4 : (tensor<2x8x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x8x1xf64>
    %443 = tosa.cast %442 : (tensor<2x8x1xf64>) -> tensor<2x8x1xf32>
    %444 = tosa.reduce_sum %435 {axis = 2 : i32} : (tensor<2x8x64xf32>) -> tensor<2x8x1xf32>
    %445 = tosa.mul %444, %49, %4 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x8x1xf32>
    %446 = tosa.add %443, %50 : (tensor<2x8x1xf32>, tensor<1x1x1xf32>) -> tensor<2x8x1xf32>
    %447 = tosa.rsqrt %446 : (tensor<2x8x1xf32>) -> tensor<2x8x1xf32>
    %448 = tosa.sub %435, %445 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>) -> tensor<2x8x64xf32>
    %449 = tosa.mul %448, %447, %4 : (tensor<2x8x64xf32>, tensor<2x8x1xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %450 = tosa.reshape %arg45, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %451 = tosa.mul %449, %450, %4 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x8x64xf32>
    %452 = tosa.reshape %arg46, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %453 = tosa.add %451, %452 : (tensor<2x8x64xf32>, tensor<1x1x64xf32>) -> tensor<2x8x64xf32>
    return %453 : tensor<2x8x64xf32>
  }
}
