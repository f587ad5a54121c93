// FRONTEND: {"args": [{"role": "weight", "shape": [1, 1, 64]}, {"role": "weight", "shape": [1, 17, 64]}, {"role": "weight", "shape": [64, 3, 8, 8]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 3, 32, 32]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "vit", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<1x1x64xf32>, %arg1: tensor<1x17x64xf32>, %arg2: tensor<64x3x8x8xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<128x64xf32>, %arg17: tensor<128xf32>, %arg18: tensor<64x128xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64xf32>, %arg32: tensor<128x64xf32>, %arg33: tensor<128xf32>, %arg34: tensor<64x128xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64xf32>, %arg38: tensor<64x64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<2x3x32x32xf32>) -> tensor<2x17x64xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1 = tosa.const_shape  {values = dense<[2, 64, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %4 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]> : tensor<17xi64>}> : () -> tensor<17xi64>
    %5 = tosa.const_shape  {values = dense<[1, 1, 17, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %6 = tosa.const_shape  {values = dense<[2, 1, 1, 17]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %7 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %8 = tosa.const_shape  {values = dense<[34, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %9 = tosa.const_shape  {values = dense<[1, 34, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %10 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %11 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %12 = tosa.const_shape  {values = dense<[2, 17, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[2, 17, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %14 = tosa.const_shape  {values = dense<[8, 17, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[8, 16, 17]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[2, 4, 17, 17]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %17 = tosa.const_shape  {values = dense<[8, 17, 17]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[2, 4, 17, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %19 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[34, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %21 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %22 = tosa.const_shape  {values = dense<[2, 17, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.const_shape  {values = dense<[1, 34, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %24 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %26 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %27 = "tosa.const"() <{values = dense<-3.40282347E+38> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %28 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %29 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %30 = "tosa.const"() <{values = dense<9.99999996E-13> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %31 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %32 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %33 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %34 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %35 = tosa.transpose %arg40 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x3x32x32xf32>) -> tensor<2x32x32x3xf32>
    %36 = tosa.transpose %arg2 {perms = array<i32: 0, 2, 3, 1>} : (tensor<64x3x8x8xf32>) -> tensor<64x8x8x3xf32>
    %37 = tosa.conv2d %35, %36, %arg3, %0, %0 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 8, 8>} : (tensor<2x32x32x3xf32>, tensor<64x8x8x3xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x4x64xf32>
    %38 = tosa.transpose %37 {perms = array<i32: 0, 3, 1, 2>} : (tensor<2x4x4x64xf32>) -> tensor<2x64x4x4xf32>
    %39 = tosa.reshape %38, %1 : (tensor<2x64x4x4xf32>, !tosa.shape<3>) -> tensor<2x64x16xf32>
    %40 = tosa.transpose %39 {perms = array<i32: 0, 2, 1>} : (tensor<2x64x16xf32>) -> tensor<2x16x64xf32>
    %41 = tosa.tile %arg0, %2 : (tensor<1x1x64xf32>, !tosa.shape<3>) -> tensor<2x1x64xf32>
    %42 = tosa.concat %41, %40 {axis = 1 : i32} : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %43 = tosa.add %42, %arg1 : (tensor<2x17x64xf32>, tensor<1x17x64xf32>) -> tensor<2x17x64xf32>
    %44 = tosa.cast %4 : (tensor<17xi64>) -> tensor<17xi32>
    %45 = tosa.cast %44 : (tensor<17xi32>) -> tensor<17xi64>
    %46 = tosa.reshape %45, %5 : (tensor<17xi64>, !tosa.shape<4>) -> tensor<1x1x17x1xi64>
    %47 = tosa.greater_equal %46, %25 : (tensor<1x1x17x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x17x1xi1>
    %48 = tosa.tile %47, %6 : (tensor<1x1x17x1xi1>, !tosa.shape<4>) -> tensor<2x1x17x17xi1>
    %49 = tosa.select %48, %26, %27 : (tensor<2x1x17x17xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x17x17xf32>
    %50 = tosa.cast %43 : (tensor<2x17x64xf32>) -> tensor<2x17x64xf64>
    %51 = tosa.reduce_sum %50 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %52 = tosa.mul %51, %28, %3 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %53 = tosa.sub %50, %52 : (tensor<2x17x64xf64>, tensor<2x17x1xf64>) -> tensor<2x17x64xf64>
    %54 = tosa.mul %53, %53, %3 : (tensor<2x17x64xf64>, tensor<2x17x64xf64>, tensor<1xi8>) -> tensor<2x17x64xf64>
    %55 = tosa.reduce_sum %54 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %56 = tosa.mul %55, %28, %3 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %57 = tosa.cast %56 : (tensor<2x17x1xf64>) -> tensor<2x17x1xf32>
    %58 = tosa.reduce_sum %43 {axis = 2 : i32} : (tensor<2x17x64xf32>) -> tensor<2x17x1xf32>
    %59 = tosa.mul %58, %29, %3 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x1xf32>
    %60 = tosa.add %57, %30 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>) -> tensor<2x17x1xf32>
    %61 = tosa.rsqrt %60 : (tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %62 = tosa.sub %43, %59 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>) -> tensor<2x17x64xf32>
    %63 = tosa.mul %62, %61, %3 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %64 = tosa.reshape %arg12, %7 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %65 = tosa.mul %63, %64, %3 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %66 = tosa.reshape %arg13, %7 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %67 = tosa.add %65, %66 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    %68 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %69 = tosa.reshape %67, %9 : (tensor<2x17x64xf32>, !tosa.shape<3>) -> tensor<1x34x64xf32>
    %70 = tosa.reshape %68, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %71 = tosa.matmul %69, %70, %0, %0 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %72 = tosa.reshape %71, %8 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %73 = tosa.reshape %arg5, %11 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %74 = tosa.add %72, %73 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %75 = tosa.reshape %74, %13 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %76 = tosa.transpose %75 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %77 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %78 = tosa.reshape %77, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %79 = tosa.matmul %69, %78, %0, %0 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %80 = tosa.reshape %79, %8 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %81 = tosa.reshape %arg7, %11 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %82 = tosa.add %80, %81 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %83 = tosa.reshape %82, %13 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %84 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %85 = tosa.reshape %84, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %86 = tosa.matmul %69, %85, %0, %0 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %87 = tosa.reshape %86, %8 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %88 = tosa.reshape %arg9, %11 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %89 = tosa.add %87, %88 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %90 = tosa.reshape %89, %13 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %91 = tosa.transpose %90 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %92 = tosa.transpose %83 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x16x17xf32>
    %93 = tosa.reshape %76, %14 : (tensor<2x4x17x16xf32>, !tosa.shape<3>) -> tensor<8x17x16xf32>
    %94 = tosa.reshape %92, %15 : (tensor<2x4x16x17xf32>, !tosa.shape<3>) -> tensor<8x16x17xf32>
    %95 = tosa.matmul %93, %94, %0, %0 : (tensor<8x17x16xf32>, tensor<8x16x17xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x17x17xf32>
    %96 = tosa.reshape %95, %16 : (tensor<8x17x17xf32>, !tosa.shape<4>) -> tensor<2x4x17x17xf32>
    %97 = tosa.mul %96, %31, %3 : (tensor<2x4x17x17xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x17x17xf32>
    %98 = tosa.add %97, %49 : (tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) -> tensor<2x4x17x17xf32>
    %99 = tosa.reduce_max %98 {axis = 3 : i32} : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x1xf32>
    %100 = tosa.sub %98, %99 : (tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) -> tensor<2x4x17x17xf32>
    %101 = tosa.exp %100 : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x17xf32>
    %102 = tosa.reduce_sum %101 {axis = 3 : i32} : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x1xf32>
    %103 = tosa.reciprocal %102 : (tensor<2x4x17x1xf32>) -> tensor<2x4x17x1xf32>
    %104 = tosa.mul %101, %103, %3 : (tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>, tensor<1xi8>) -> tensor<2x4x17x17xf32>
    %105 = tosa.reshape %104, %17 : (tensor<2x4x17x17xf32>, !tosa.shape<3>) -> tensor<8x17x17xf32>
    %106 = tosa.reshape %91, %14 : (tensor<2x4x17x16xf32>, !tosa.shape<3>) -> tensor<8x17x16xf32>
    %107 = tosa.matmul %105, %106, %0, %0 : (tensor<8x17x17xf32>, tensor<8x17x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x17x16xf32>
    %108 = tosa.reshape %107, %18 : (tensor<8x17x16xf32>, !tosa.shape<4>) -> tensor<2x4x17x16xf32>
    %109 = tosa.transpose %108 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %110 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %111 = tosa.reshape %109, %9 : (tensor<2x17x4x16xf32>, !tosa.shape<3>) -> tensor<1x34x64xf32>
    %112 = tosa.reshape %110, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %113 = tosa.matmul %111, %112, %0, %0 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %114 = tosa.reshape %113, %8 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %115 = tosa.reshape %arg11, %11 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %116 = tosa.add %114, %115 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %117 = tosa.reshape %116, %12 : (tensor<34x64xf32>, !tosa.shape<3>) -> tensor<2x17x64xf32>
    %118 = tosa.add %117, %43 : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %119 = tosa.cast %118 : (tensor<2x17x64xf32>) -> tensor<2x17x64xf64>
    %120 = tosa.reduce_sum %119 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %121 = tosa.mul %120, %28, %3 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %122 = tosa.sub %119, %121 : (tensor<2x17x64xf64>, tensor<2x17x1xf64>) -> tensor<2x17x64xf64>
    %123 = tosa.mul %122, %122, %3 : (tensor<2x17x64xf64>, tensor<2x17x64xf64>, tensor<1xi8>) -> tensor<2x17x64xf64>
    %124 = tosa.reduce_sum %123 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %125 = tosa.mul %124, %28, %3 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %126 = tosa.cast %125 : (tensor<2x17x1xf64>) -> tensor<2x17x1xf32>
    %127 = tosa.reduce_sum %118 {axis = 2 : i32} : (tensor<2x17x64xf32>) -> tensor<2x17x1xf32>
    %128 = tosa.mul %127, %29, %3 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x1xf32>
    %129 = tosa.add %126, %30 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>) -> tensor<2x17x1xf32>
    %130 = tosa.rsqrt %129 : (tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %131 = tosa.sub %118, %128 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>) -> tensor<2x17x64xf32>
    %132 = tosa.mul %131, %130, %3 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %133 = tosa.reshape %arg14, %7 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %134 = tosa.mul %132, %133, %3 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %135 = tosa.reshape %arg15, %7 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %136 = tosa.add %134, %135 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    %137 = tosa.transpose %arg16 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %138 = tosa.reshape %136, %9 : (tensor<2x17x64xf32>, !tosa.shape<3>) -> tensor<1x34x64xf32>
    %139 = tosa.reshape %137, %19 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %140 = tosa.matmul %138, %139, %0, %0 : (tensor<1x34x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x128xf32>
    %141 = tosa.reshape %140, %20 : (tensor<1x34x128xf32>, !tosa.shape<2>) -> tensor<34x128xf32>
    %142 = tosa.reshape %arg17, %21 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %143 = tosa.add %141, %142 : (tensor<34x128xf32>, tensor<1x128xf32>) -> tensor<34x128xf32>
    %144 = tosa.reshape %143, %22 : (tensor<34x128xf32>, !tosa.shape<3>) -> tensor<2x17x128xf32>
    %145 = tosa.mul %144, %34, %3 : (tensor<2x17x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %146 = tosa.erf %145 : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %147 = tosa.add %146, %32 : (tensor<2x17x128xf32>, tensor<1x1x1xf32>) -> tensor<2x17x128xf32>
    %148 = tosa.mul %33, %147, %3 : (tensor<1x1x1xf32>, tensor<2x17x128xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %149 = tosa.mul %144, %148, %3 : (tensor<2x17x128xf32>, tensor<2x17x128xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %150 = tosa.transpose %arg18 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %151 = tosa.reshape %149, %23 : (tensor<2x17x128xf32>, !tosa.shape<3>) -> tensor<1x34x128xf32>
    %152 = tosa.reshape %150, %24 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %153 = tosa.matmul %151, %152, %0, %0 : (tensor<1x34x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %154 = tosa.reshape %153, %8 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %155 = tosa.reshape %arg19, %11 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %156 = tosa.add %154, %155 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %157 = tosa.reshape %156, %12 : (tensor<34x64xf32>, !tosa.shape<3>) -> tensor<2x17x64xf32>
    %158 = tosa.add %157, %118 : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %159 = tosa.cast %158 : (tensor<2x17x64xf32>) -> tensor<2x17x64xf64>
    %160 = tosa.reduce_sum %159 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %161 = tosa.mul %160, %28, %3 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %162 = tosa.sub %159, %161 : (tensor<2x17x64xf64>, tensor<2x17x1xf64>) -> tensor<2x17x64xf64>
    %163 = tosa.mul %162, %162, %3 : (tensor<2x17x64xf64>, tensor<2x17x64xf64>, tensor<1xi8>) -> tensor<2x17x64xf64>
    %164 = tosa.reduce_sum %163 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %165 = tosa.mul %164, %28, %3 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %166 = tosa.cast %165 : (tensor<2x17x1xf64>) -> tensor<2x17x1xf32>
    %167 = tosa.reduce_sum %158 {axis = 2 : i32} : (tensor<2x17x64xf32>) -> tensor<2x17x1xf32>
    %168 = tosa.mul %167, %29, %3 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x1xf32>
    %169 = tosa.add %166, %30 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>) -> tensor<2x17x1xf32>
    %170 = tosa.rsqrt %169 : (tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %171 = tosa.sub %158, %168 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>) -> tensor<2x17x64xf32>
    %172 = tosa.mul %171, %170, %3 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %173 = tosa.reshape %arg28, %7 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %174 = tosa.mul %172, %173, %3 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %175 = tosa.reshape %arg29, %7 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %176 = tosa.add %174, %175 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    %177 = tosa.transpose %arg20 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %178 = tosa.reshape %176, %9 : (tensor<2x17x64xf32>, !tosa.shape<3>) -> tensor<1x34x64xf32>
    %179 = tosa.reshape %177, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %180 = tosa.matmul %178, %179, %0, %0 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %181 = tosa.reshape %180, %8 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %182 = tosa.reshape %arg21, %11 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %183 = tosa.add %181, %182 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %184 = tosa.reshape %183, %13 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %185 = tosa.transpose %184 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %186 = tosa.transpose %arg22 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %187 = tosa.reshape %186, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %188 = tosa.matmul %178, %187, %0, %0 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %189 = tosa.reshape %188, %8 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %190 = tosa.reshape %arg23, %11 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %191 = tosa.add %189, %190 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %192 = tosa.reshape %191, %13 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %193 = tosa.transpose %arg24 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %194 = tosa.reshape %193, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %195 = tosa.matmul %178, %194, %0, %0 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %196 = tosa.reshape %195, %8 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %197 = tosa.reshape %arg25, %11 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %198 = tosa.add %196, %197 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %199 = tosa.reshape %198, %13 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %200 = tosa.transpose %199 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %201 = tosa.transpose %192 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x16x17xf32>
    %202 = tosa.reshape %185, %14 : (tensor<2x4x17x16xf32>, !tosa.shape<3>) -> tensor<8x17x16xf32>
    %203 = tosa.reshape %201, %15 : (tensor<2x4x16x17xf32>, !tosa.shape<3>) -> tensor<8x16x17xf32>
    %204 = tosa.matmul %202, %203, %0, %0 : (tensor<8x17x16xf32>, tensor<8x16x17xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x17x17xf32>
    %205 = tosa.reshape %204, %16 : (tensor<8x17x17xf32>, !tosa.shape<4>) -> tensor<2x4x17x17xf32>
    %206 = tosa.mul %205, %31, %3 : (tensor<2x4x17x17xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x17x17xf32>
    %207 = tosa.add %206, %49 : (tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) -> tensor<2x4x17x17xf32>
    %208 = tosa.reduce_max %207 {axis = 3 : i32} : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x1xf32>
    %209 = tosa.sub %207, %208 : (tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) -> tensor<2x4x17x17xf32>
    %210 = tosa.exp %209 : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x17xf32>
    %211 = tosa.reduce_sum %210 {axis = 3 : i32} : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x1xf32>
    %212 = tosa.reciprocal %211 : (tensor<2x4x17x1xf32>) -> tensor<2x4x17x1xf32>
    %213 = tosa.mul %210, %212, %3 : (tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>, tensor<1xi8>) -> tensor<2x4x17x17xf32>
    %214 = tosa.reshape %213, %17 : (tensor<2x4x17x17xf32>, !tosa.shape<3>) -> tensor<8x17x17xf32>
    %215 = tosa.reshape %200, %14 : (tensor<2x4x17x16xf32>, !tosa.shape<3>) -> tensor<8x17x16xf32>
    %216 = tosa.matmul %214, %215, %0, %0 : (tensor<8x17x17xf32>, tensor<8x17x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x17x16xf32>
    %217 = tosa.reshape %216, %18 : (tensor<8x17x16xf32>, !tosa.shape<4>) -> tensor<2x4x17x16xf32>
    %218 = tosa.transpose %217 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %219 = tosa.transpose %arg26 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %220 = tosa.reshape %218, %9 : (tensor<2x17x4x16xf32>, !tosa.shape<3>) -> tensor<1x34x64xf32>
    %221 = tosa.reshape %219, %10 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %222 = tosa.matmul %220, %221, %0, %0 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %223 = tosa.reshape %222, %8 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %224 = tosa.reshape %arg27, %11 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %225 = tosa.add %223, %224 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %226 = tosa.reshape %225, %12 : (tensor<34x64xf32>, !tosa.shape<3>) -> tensor<2x17x64xf32>
    %227 = tosa.add %226, %158 : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %228 = tosa.cast %227 : (tensor<2x17x64xf32>) -> tensor<2x17x64xf64>
    %229 = tosa.reduce_sum %228 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %230 = tosa.mul %229, %28, %3 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %231 = tosa.sub %228, %230 : (tensor<2x17x64xf64>, tensor<2x17x1xf64>) -> tensor<2x17x64xf64>
    %232 = tosa.mul %231, %231, %3 : (tensor<2x17x64xf64>, tensor<2x17x64xf64>, tensor<1xi8>) -> tensor<2x17x64xf64>
    %233 = tosa.reduce_sum %232 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %234 = tosa.mul %233, %28, %3 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %235 = tosa.cast %234 : (tensor<2x17x1xf64>) -> tensor<2x17x1xf32>
    %236 = tosa.reduce_sum %227 {axis = 2 : i32} : (tensor<2x17x64xf32>) -> tensor<2x17x1xf32>
    %237 = tosa.mul %236, %29, %3 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x1xf32>
    %238 = tosa.add %235, %30 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>) -> tensor<2x17x1xf32>
    %239 = tosa.rsqrt %238 : (tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %240 = tosa.sub %227, %237 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>) -> tensor<2x17x64xf32>
    %241 = tosa.mul %240, %239, %3 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %242 = tosa.reshape %arg30, %7 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %243 = tosa.mul %241, %242, %3 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %244 = tosa.reshape %arg31, %7 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %245 = tosa.add %243, %244 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    %246 = tosa.transpose %arg32 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %247 = tosa.reshape %245, %9 : (tensor<2x17x64xf32>, !tosa.shape<3>) -> tensor<1x34x64xf32>
    %248 = tosa.reshape %246, %19 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %249 = tosa.matmul %247, %248, %0, %0 : (tensor<1x34x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x128xf32>
    %250 = tosa.reshape %249, %20 : (tensor<1x34x128xf32>, !tosa.shape<2>) -> tensor<34x128xf32>
    %251 = tosa.reshape %arg33, %21 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %252 = tosa.add %250, %251 : (tensor<34x128xf32>, tensor<1x128xf32>) -> tensor<34x128xf32>
    %253 = tosa.reshape %252, %22 : (tensor<34x128xf32>, !tosa.shape<3>) -> tensor<2x17x128xf32>
    %254 = tosa.mul %253, %34, %3 : (tensor<2x17x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %255 = tosa.erf %254 : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %256 = tosa.add %255, %32 : (tensor<2x17x128xf32>, tensor<1x1x1xf32>) -> tensor<2x17x128xf32>
    %257 = tosa.mul %33, %256, %3 : (tensor<1x1x1xf32>, tensor<2x17x128xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %258 = tosa.mul %253, %257, %3 : (tensor<2x17x128xf32>, tensor<2x17x128xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %259 = tosa.transpose %arg34 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %260 = tosa.reshape %258, %23 : (tensor<2x17x128xf32>, !tosa.shape<3>) -> tensor<1x34x128xf32>
    %261 = tosa.reshape %259, %24 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %262 = tosa.matmul %260, %261, %0, %0 : (tensor<1x34x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %263 = tosa.reshape %262, %8 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %264 = tosa.reshape %arg35, %11 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %265 = tosa.add %263, %264 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %266 = tosa.reshape %265, %12 : (tensor<34x64xf32>, !tosa.shape<3>) -> tensor<2x17x64xf32>
    %267 = tosa.add %266, %227 : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %268 = tosa.cast %267 : (tensor<2x17x64xf32>) -> tensor<2x17x64xf64>
    %269 = tosa.reduce_sum %268 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %270 = tosa.mul %269, %28, %3 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %271 = tosa.sub %268, %270 : (tensor<2x17x64xf64>, tensor<2x17x1xf64>) -> tensor<2x17x64xf64>
    %272 = tosa.mul %271, %271, %3 : (tensor<2x17x64xf64>, tensor<2x17x64xf64>, tensor<1xi8>) -> tensor<2x17x64xf64>
    %273 = tosa.reduce_sum %272 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %274 = tosa.mul %273, %28, %3 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %275 = tosa.cast %274 : (tensor<2x17x1xf64>) -> tensor<2x17x1xf32>
    %276 = tosa.reduce_sum %267 {axis = 2 : i32} : (tensor<2x17x64xf32>) -> tensor<2x17x1xf32>
    %277 = tosa.mul %276, %29, %3 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x1xf32>
    %278 = tosa.add %275, %30 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>) -> tensor<2x17x1xf32>
    %279 = tosa.rsqrt %278 : (tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %280 = tosa.sub %267, %277 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>) -> tensor<2x17x64xf32>
    %281 = tosa.mul %280, %279, %3 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %282 = tosa.reshape %arg36, %7 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %283 = tosa.mul %281, %282, %3 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %284 = tosa.reshape %arg37, %7 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %285 = tosa.add %283, %284 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    return %285 : tensor<2x17x64xf32>
  }
}
