// FRONTEND: {"args": [{"role": "weight", "shape": [1, 1, 64]}, {"role": "weight", "shape": [1, 17, 64]}, {"role": "weight", "shape": [64, 3, 8, 8]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 3, 32, 32]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "vit", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<1x1x64xf32>, %arg1: tensor<1x17x64xf32>, %arg2: tensor<64x3x8x8xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x64xf32>, %arg5: tensor<64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<128x64xf32>, %arg17: tensor<128xf32>, %arg18: tensor<64x128xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<64x64xf32>, %arg23: tensor<64xf32>, %arg24: tensor<64x64xf32>, %arg25: tensor<64xf32>, %arg26: tensor<64x64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<64xf32>, %arg30: tensor<64xf32>, %arg31: tensor<64xf32>, %arg32: tensor<128x64xf32>, %arg33: tensor<128xf32>, %arg34: tensor<64x128xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<64xf32>, %arg38: tensor<64x64xf32>, %arg39: tensor<64xf32>, %arg40: tensor<2x3x32x32xf32>) -> tensor<2x17x64xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x17x17xf32>}> : () -> tensor<2x4x17x17xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = tosa.const_shape  {values = dense<[2, 64, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %3 = tosa.const_shape  {values = dense<[2, 1, 1]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %5 = "tosa.const"() <{values = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]> : tensor<17xi64>}> : () -> tensor<17xi64>
    %6 = tosa.const_shape  {values = dense<[1, 1, 17, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %7 = tosa.const_shape  {values = dense<[2, 1, 1, 17]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %9 = tosa.const_shape  {values = dense<[34, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %10 = tosa.const_shape  {values = dense<[1, 34, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %11 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %13 = tosa.const_shape  {values = dense<[2, 17, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[2, 17, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %15 = tosa.const_shape  {values = dense<[8, 17, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[8, 16, 17]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[2, 4, 17, 17]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %18 = tosa.const_shape  {values = dense<[8, 17, 17]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[2, 4, 17, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %20 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %21 = tosa.const_shape  {values = dense<[34, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %22 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %23 = tosa.const_shape  {values = dense<[2, 17, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %24 = tosa.const_shape  {values = dense<[1, 34, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %26 = "tosa.const"() <{values = dense<0> : tensor<1x1x1x1xi64>}> : () -> tensor<1x1x1x1xi64>
    %27 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %28 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %29 = "tosa.const"() <{values = dense<9.99999996E-13> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %30 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %31 = "tosa.const"() <{values = dense<0xFF800000> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %32 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %33 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %34 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %35 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %36 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %37 = tosa.transpose %arg40 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x3x32x32xf32>) -> tensor<2x32x32x3xf32>
    %38 = tosa.transpose %arg2 {perms = array<i32: 0, 2, 3, 1>} : (tensor<64x3x8x8xf32>) -> tensor<64x8x8x3xf32>
    %39 = tosa.conv2d %37, %38, %arg3, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 8, 8>} : (tensor<2x32x32x3xf32>, tensor<64x8x8x3xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x4x4x64xf32>
    %40 = tosa.transpose %39 {perms = array<i32: 0, 3, 1, 2>} : (tensor<2x4x4x64xf32>) -> tensor<2x64x4x4xf32>
    %41 = tosa.reshape %40, %2 : (tensor<2x64x4x4xf32>, !tosa.shape<3>) -> tensor<2x64x16xf32>
    %42 = tosa.transpose %41 {perms = array<i32: 0, 2, 1>} : (tensor<2x64x16xf32>) -> tensor<2x16x64xf32>
    %43 = tosa.tile %arg0, %3 : (tensor<1x1x64xf32>, !tosa.shape<3>) -> tensor<2x1x64xf32>
    %44 = tosa.concat %43, %42 {axis = 1 : i32} : (tensor<2x1x64xf32>, tensor<2x16x64xf32>) -> tensor<2x17x64xf32>
    %45 = tosa.add %44, %arg1 : (tensor<2x17x64xf32>, tensor<1x17x64xf32>) -> tensor<2x17x64xf32>
    %46 = tosa.cast %5 : (tensor<17xi64>) -> tensor<17xi32>
    %47 = tosa.cast %46 : (tensor<17xi32>) -> tensor<17xi64>
    %48 = tosa.reshape %47, %6 : (tensor<17xi64>, !tosa.shape<4>) -> tensor<1x1x17x1xi64>
    %49 = tosa.greater_equal %48, %26 : (tensor<1x1x17x1xi64>, tensor<1x1x1x1xi64>) -> tensor<1x1x17x1xi1>
    %50 = tosa.tile %49, %7 : (tensor<1x1x17x1xi1>, !tosa.shape<4>) -> tensor<2x1x17x17xi1>
    %51 = tosa.cast %45 : (tensor<2x17x64xf32>) -> tensor<2x17x64xf64>
    %52 = tosa.reduce_sum %51 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %53 = tosa.mul %52, %27, %4 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %54 = tosa.sub %51, %53 : (tensor<2x17x64xf64>, tensor<2x17x1xf64>) -> tensor<2x17x64xf64>
    %55 = tosa.mul %54, %54, %4 : (tensor<2x17x64xf64>, tensor<2x17x64xf64>, tensor<1xi8>) -> tensor<2x17x64xf64>
    %56 = tosa.reduce_sum %55 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %57 = tosa.mul %56, %27, %4 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %58 = tosa.cast %57 : (tensor<2x17x1xf64>) -> tensor<2x17x1xf32>
    %59 = tosa.reduce_sum %45 {axis = 2 : i32} : (tensor<2x17x64xf32>) -> tensor<2x17x1xf32>
    %60 = tosa.mul %59, %28, %4 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x1xf32>
    %61 = tosa.add %58, %29 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>) -> tensor<2x17x1xf32>
    %62 = tosa.rsqrt %61 : (tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %63 = tosa.sub %45, %60 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>) -> tensor<2x17x64xf32>
    %64 = tosa.mul %63, %62, %4 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %65 = tosa.reshape %arg12, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %66 = tosa.mul %64, %65, %4 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %67 = tosa.reshape %arg13, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %68 = tosa.add %66, %67 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    %69 = tosa.transpose %arg4 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %70 = tosa.reshape %68, %10 : (tensor<2x17x64xf32>, !tosa.shape<3>) -> tensor<1x34x64xf32>
    %71 = tosa.reshape %69, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %72 = tosa.matmul %70, %71, %1, %1 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %73 = tosa.reshape %72, %9 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %74 = tosa.reshape %arg5, %12 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %75 = tosa.add %73, %74 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %76 = tosa.reshape %75, %14 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %77 = tosa.transpose %76 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %78 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %79 = tosa.reshape %78, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %80 = tosa.matmul %70, %79, %1, %1 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %81 = tosa.reshape %80, %9 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %82 = tosa.reshape %arg7, %12 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %83 = tosa.add %81, %82 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %84 = tosa.reshape %83, %14 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %85 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %86 = tosa.reshape %85, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %87 = tosa.matmul %70, %86, %1, %1 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %88 = tosa.reshape %87, %9 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %89 = tosa.reshape %arg9, %12 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %90 = tosa.add %88, %89 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %91 = tosa.reshape %90, %14 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %92 = tosa.transpose %91 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %93 = tosa.select %50, %30, %31 : (tensor<2x1x17x17xi1>, tensor<1x1x1x1xf32>, tensor<1x1x1x1xf32>) -> tensor<2x1x17x17xf32>
    %94 = tosa.mul %77, %32, %4 : (tensor<2x4x17x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x17x16xf32>
    %95 = tosa.transpose %84 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x16x17xf32>
    %96 = tosa.mul %95, %32, %4 : (tensor<2x4x16x17xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x17xf32>
    %97 = tosa.reshape %94, %15 : (tensor<2x4x17x16xf32>, !tosa.shape<3>) -> tensor<8x17x16xf32>
    %98 = tosa.reshape %96, %16 : (tensor<2x4x16x17xf32>, !tosa.shape<3>) -> tensor<8x16x17xf32>
    %99 = tosa.matmul %97, %98, %1, %1 : (tensor<8x17x16xf32>, tensor<8x16x17xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x17x17xf32>
    %100 = tosa.reshape %99, %17 : (tensor<8x17x17xf32>, !tosa.shape<4>) -> tensor<2x4x17x17xf32>
    %101 = tosa.add %100, %93 : (tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) -> tensor<2x4x17x17xf32>
    %102 = tosa.reduce_max %101 {axis = 3 : i32} : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x1xf32>
    %103 = tosa.sub %101, %102 : (tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) -> tensor<2x4x17x17xf32>
    %104 = tosa.exp %103 : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x17xf32>
    %105 = tosa.reduce_sum %104 {axis = 3 : i32} : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x1xf32>
    %106 = tosa.reciprocal %105 : (tensor<2x4x17x1xf32>) -> tensor<2x4x17x1xf32>
    %107 = tosa.mul %104, %106, %4 : (tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>, tensor<1xi8>) -> tensor<2x4x17x17xf32>
    %108 = tosa.cast %101 : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x17xf64>
    %109 = tosa.equal %108, %33 : (tensor<2x4x17x17xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x17x17xi1>
    %110 = tosa.reduce_all %109 {axis = 3 : i32} : (tensor<2x4x17x17xi1>) -> tensor<2x4x17x1xi1>
    %111 = tosa.select %110, %0, %107 : (tensor<2x4x17x1xi1>, tensor<2x4x17x17xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x17x17xf32>
    %112 = tosa.reshape %111, %18 : (tensor<2x4x17x17xf32>, !tosa.shape<3>) -> tensor<8x17x17xf32>
    %113 = tosa.reshape %92, %15 : (tensor<2x4x17x16xf32>, !tosa.shape<3>) -> tensor<8x17x16xf32>
    %114 = tosa.matmul %112, %113, %1, %1 : (tensor<8x17x17xf32>, tensor<8x17x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x17x16xf32>
    %115 = tosa.reshape %114, %19 : (tensor<8x17x16xf32>, !tosa.shape<4>) -> tensor<2x4x17x16xf32>
    %116 = tosa.transpose %115 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %117 = tosa.reshape %116, %13 : (tensor<2x17x4x16xf32>, !tosa.shape<3>) -> tensor<2x17x64xf32>
    %118 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %119 = tosa.reshape %118, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %120 = tosa.tile %119, %3 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %121 = tosa.matmul %117, %120, %1, %1 : (tensor<2x17x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x17x64xf32>
    %122 = tosa.reshape %arg11, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %123 = tosa.add %121, %122 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    %124 = tosa.add %123, %45 : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %125 = tosa.cast %124 : (tensor<2x17x64xf32>) -> tensor<2x17x64xf64>
    %126 = tosa.reduce_sum %125 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %127 = tosa.mul %126, %27, %4 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %128 = tosa.sub %125, %127 : (tensor<2x17x64xf64>, tensor<2x17x1xf64>) -> tensor<2x17x64xf64>
    %129 = tosa.mul %128, %128, %4 : (tensor<2x17x64xf64>, tensor<2x17x64xf64>, tensor<1xi8>) -> tensor<2x17x64xf64>
    %130 = tosa.reduce_sum %129 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %131 = tosa.mul %130, %27, %4 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %132 = tosa.cast %131 : (tensor<2x17x1xf64>) -> tensor<2x17x1xf32>
    %133 = tosa.reduce_sum %124 {axis = 2 : i32} : (tensor<2x17x64xf32>) -> tensor<2x17x1xf32>
    %134 = tosa.mul %133, %28, %4 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x1xf32>
    %135 = tosa.add %132, %29 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>) -> tensor<2x17x1xf32>
    %136 = tosa.rsqrt %135 : (tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %137 = tosa.sub %124, %134 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>) -> tensor<2x17x64xf32>
    %138 = tosa.mul %137, %136, %4 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %139 = tosa.reshape %arg14, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %140 = tosa.mul %138, %139, %4 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %141 = tosa.reshape %arg15, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %142 = tosa.add %140, %141 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    %143 = tosa.transpose %arg16 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %144 = tosa.reshape %142, %10 : (tensor<2x17x64xf32>, !tosa.shape<3>) -> tensor<1x34x64xf32>
    %145 = tosa.reshape %143, %20 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %146 = tosa.matmul %144, %145, %1, %1 : (tensor<1x34x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x128xf32>
    %147 = tosa.reshape %146, %21 : (tensor<1x34x128xf32>, !tosa.shape<2>) -> tensor<34x128xf32>
    %148 = tosa.reshape %arg17, %22 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %149 = tosa.add %147, %148 : (tensor<34x128xf32>, tensor<1x128xf32>) -> tensor<34x128xf32>
    %150 = tosa.reshape %149, %23 : (tensor<34x128xf32>, !tosa.shape<3>) -> tensor<2x17x128xf32>
    %151 = tosa.mul %150, %36, %4 : (tensor<2x17x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %152 = tosa.erf %151 : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %153 = tosa.add %152, %34 : (tensor<2x17x128xf32>, tensor<1x1x1xf32>) -> tensor<2x17x128xf32>
    %154 = tosa.mul %35, %153, %4 : (tensor<1x1x1xf32>, tensor<2x17x128xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %155 = tosa.mul %150, %154, %4 : (tensor<2x17x128xf32>, tensor<2x17x128xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %156 = tosa.transpose %arg18 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %157 = tosa.reshape %155, %24 : (tensor<2x17x128xf32>, !tosa.shape<3>) -> tensor<1x34x128xf32>
    %158 = tosa.reshape %156, %25 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %159 = tosa.matmul %157, %158, %1, %1 : (tensor<1x34x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %160 = tosa.reshape %159, %9 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %161 = tosa.reshape %arg19, %12 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %162 = tosa.add %160, %161 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %163 = tosa.reshape %162, %13 : (tensor<34x64xf32>, !tosa.shape<3>) -> tensor<2x17x64xf32>
    %164 = tosa.add %163, %124 : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %165 = tosa.cast %164 : (tensor<2x17x64xf32>) -> tensor<2x17x64xf64>
    %166 = tosa.reduce_sum %165 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %167 = tosa.mul %166, %27, %4 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %168 = tosa.sub %165, %167 : (tensor<2x17x64xf64>, tensor<2x17x1xf64>) -> tensor<2x17x64xf64>
    %169 = tosa.mul %168, %168, %4 : (tensor<2x17x64xf64>, tensor<2x17x64xf64>, tensor<1xi8>) -> tensor<2x17x64xf64>
    %170 = tosa.reduce_sum %169 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %171 = tosa.mul %170, %27, %4 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %172 = tosa.cast %171 : (tensor<2x17x1xf64>) -> tensor<2x17x1xf32>
    %173 = tosa.reduce_sum %164 {axis = 2 : i32} : (tensor<2x17x64xf32>) -> tensor<2x17x1xf32>
    %174 = tosa.mul %173, %28, %4 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x1xf32>
    %175 = tosa.add %172, %29 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>) -> tensor<2x17x1xf32>
    %176 = tosa.rsqrt %175 : (tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %177 = tosa.sub %164, %174 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>) -> tensor<2x17x64xf32>
    %178 = tosa.mul %177, %176, %4 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %179 = tosa.reshape %arg28, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %180 = tosa.mul %178, %179, %4 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %181 = tosa.reshape %arg29, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %182 = tosa.add %180, %181 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    %183 = tosa.transpose %arg20 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %184 = tosa.reshape %182, %10 : (tensor<2x17x64xf32>, !tosa.shape<3>) -> tensor<1x34x64xf32>
    %185 = tosa.reshape %183, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %186 = tosa.matmul %184, %185, %1, %1 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %187 = tosa.reshape %186, %9 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %188 = tosa.reshape %arg21, %12 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %189 = tosa.add %187, %188 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %190 = tosa.reshape %189, %14 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %191 = tosa.transpose %190 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %192 = tosa.transpose %arg22 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %193 = tosa.reshape %192, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %194 = tosa.matmul %184, %193, %1, %1 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %195 = tosa.reshape %194, %9 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %196 = tosa.reshape %arg23, %12 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %197 = tosa.add %195, %196 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %198 = tosa.reshape %197, %14 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %199 = tosa.transpose %arg24 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %200 = tosa.reshape %199, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %201 = tosa.matmul %184, %200, %1, %1 : (tensor<1x34x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %202 = tosa.reshape %201, %9 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %203 = tosa.reshape %arg25, %12 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %204 = tosa.add %202, %203 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %205 = tosa.reshape %204, %14 : (tensor<34x64xf32>, !tosa.shape<4>) -> tensor<2x17x4x16xf32>
    %206 = tosa.transpose %205 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x17x16xf32>
    %207 = tosa.mul %191, %32, %4 : (tensor<2x4x17x16xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x17x16xf32>
    %208 = tosa.transpose %198 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x17x4x16xf32>) -> tensor<2x4x16x17xf32>
    %209 = tosa.mul %208, %32, %4 : (tensor<2x4x16x17xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<2x4x16x17xf32>
    %210 = tosa.reshape %207, %15 : (tensor<2x4x17x16xf32>, !tosa.shape<3>) -> tensor<8x17x16xf32>
    %211 = tosa.reshape %209, %16 : (tensor<2x4x16x17xf32>, !tosa.shape<3>) -> tensor<8x16x17xf32>
    %212 = tosa.matmul %210, %211, %1, %1 : (tensor<8x17x16xf32>, tensor<8x16x17xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x17x17xf32>
    %213 = tosa.reshape %212, %17 : (tensor<8x17x17xf32>, !tosa.shape<4>) -> tensor<2x4x17x17xf32>
    %214 = tosa.add %213, %93 : (tensor<2x4x17x17xf32>, tensor<2x1x17x17xf32>) -> tensor<2x4x17x17xf32>
    %215 = tosa.reduce_max %214 {axis = 3 : i32} : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x1xf32>
    %216 = tosa.sub %214, %215 : (tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>) -> tensor<2x4x17x17xf32>
    %217 = tosa.exp %216 : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x17xf32>
    %218 = tosa.reduce_sum %217 {axis = 3 : i32} : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x1xf32>
    %219 = tosa.reciprocal %218 : (tensor<2x4x17x1xf32>) -> tensor<2x4x17x1xf32>
    %220 = tosa.mul %217, %219, %4 : (tensor<2x4x17x17xf32>, tensor<2x4x17x1xf32>, tensor<1xi8>) -> tensor<2x4x17x17xf32>
    %221 = tosa.cast %214 : (tensor<2x4x17x17xf32>) -> tensor<2x4x17x17xf64>
    %222 = tosa.equal %221, %33 : (tensor<2x4x17x17xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x17x17xi1>
    %223 = tosa.reduce_all %222 {axis = 3 : i32} : (tensor<2x4x17x17xi1>) -> tensor<2x4x17x1xi1>
    %224 = tosa.select %223, %0, %220 : (tensor<2x4x17x1xi1>, tensor<2x4x17x17xf32>, tensor<2x4x17x17xf32>) -> tensor<2x4x17x17xf32>
    %225 = tosa.reshape %224, %18 : (tensor<2x4x17x17xf32>, !tosa.shape<3>) -> tensor<8x17x17xf32>
    %226 = tosa.reshape %206, %15 : (tensor<2x4x17x16xf32>, !tosa.shape<3>) -> tensor<8x17x16xf32>
    %227 = tosa.matmul %225, %226, %1, %1 : (tensor<8x17x17xf32>, tensor<8x17x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x17x16xf32>
    %228 = tosa.reshape %227, %19 : (tensor<8x17x16xf32>, !tosa.shape<4>) -> tensor<2x4x17x16xf32>
    %229 = tosa.transpose %228 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x17x16xf32>) -> tensor<2x17x4x16xf32>
    %230 = tosa.reshape %229, %13 : (tensor<2x17x4x16xf32>, !tosa.shape<3>) -> tensor<2x17x64xf32>
    %231 = tosa.transpose %arg26 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %232 = tosa.reshape %231, %11 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %233 = tosa.tile %232, %3 : (tensor<1x64x64xf32>, !tosa.shape<3>) -> tensor<2x64x64xf32>
    %234 = tosa.matmul %230, %233, %1, %1 : (tensor<2x17x64xf32>, tensor<2x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x17x64xf32>
    %235 = tosa.reshape %arg27, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %236 = tosa.add %234, %235 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    %237 = tosa.add %236, %164 : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %238 = tosa.cast %237 : (tensor<2x17x64xf32>) -> tensor<2x17x64xf64>
    %239 = tosa.reduce_sum %238 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %240 = tosa.mul %239, %27, %4 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %241 = tosa.sub %238, %240 : (tensor<2x17x64xf64>, tensor<2x17x1xf64>) -> tensor<2x17x64xf64>
    %242 = tosa.mul %241, %241, %4 : (tensor<2x17x64xf64>, tensor<2x17x64xf64>, tensor<1xi8>) -> tensor<2x17x64xf64>
    %243 = tosa.reduce_sum %242 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %244 = tosa.mul %243, %27, %4 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %245 = tosa.cast %244 : (tensor<2x17x1xf64>) -> tensor<2x17x1xf32>
    %246 = tosa.reduce_sum %237 {axis = 2 : i32} : (tensor<2x17x64xf32>) -> tensor<2x17x1xf32>
    %247 = tosa.mul %246, %28, %4 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x1xf32>
    %248 = tosa.add %245, %29 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>) -> tensor<2x17x1xf32>
    %249 = tosa.rsqrt %248 : (tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %250 = tosa.sub %237, %247 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>) -> tensor<2x17x64xf32>
    %251 = tosa.mul %250, %249, %4 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %252 = tosa.reshape %arg30, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %253 = tosa.mul %251, %252, %4 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %254 = tosa.reshape %arg31, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %255 = tosa.add %253, %254 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    %256 = tosa.transpose %arg32 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %257 = tosa.reshape %255, %10 : (tensor<2x17x64xf32>, !tosa.shape<3>) -> tensor<1x34x64xf32>
    %258 = tosa.reshape %256, %20 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %259 = tosa.matmul %257, %258, %1, %1 : (tensor<1x34x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x128xf32>
    %260 = tosa.reshape %259, %21 : (tensor<1x34x128xf32>, !tosa.shape<2>) -> tensor<34x128xf32>
    %261 = tosa.reshape %arg33, %22 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %262 = tosa.add %260, %261 : (tensor<34x128xf32>, tensor<1x128xf32>) -> tensor<34x128xf32>
    %263 = tosa.reshape %262, %23 : (tensor<34x128xf32>, !tosa.shape<3>) -> tensor<2x17x128xf32>
    %264 = tosa.mul %263, %36, %4 : (tensor<2x17x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %265 = tosa.erf %264 : (tensor<2x17x128xf32>) -> tensor<2x17x128xf32>
    %266 = tosa.add %265, %34 : (tensor<2x17x128xf32>, tensor<1x1x1xf32>) -> tensor<2x17x128xf32>
    %267 = tosa.mul %35, %266, %4 : (tensor<1x1x1xf32>, tensor<2x17x128xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %268 = tosa.mul %263, %267, %4 : (tensor<2x17x128xf32>, tensor<2x17x128xf32>, tensor<1xi8>) -> tensor<2x17x128xf32>
    %269 = tosa.transpose %arg34 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %270 = tosa.reshape %268, %24 : (tensor<2x17x128xf32>, !tosa.shape<3>) -> tensor<1x34x128xf32>
    %271 = tosa.reshape %269, %25 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %272 = tosa.matmul %270, %271, %1, %1 : (tensor<1x34x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x34x64xf32>
    %273 = tosa.reshape %272, %9 : (tensor<1x34x64xf32>, !tosa.shape<2>) -> tensor<34x64xf32>
    %274 = tosa.reshape %arg35, %12 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %275 = tosa.add %273, %274 : (tensor<34x64xf32>, tensor<1x64xf32>) -> tensor<34x64xf32>
    %276 = tosa.reshape %275, %13 : (tensor<34x64xf32>, !tosa.shape<3>) -> tensor<2x17x64xf32>
    %277 = tosa.add %276, %237 : (tensor<2x17x64xf32>, tensor<2x17x64xf32>) -> tensor<2x17x64xf32>
    %278 = tosa.cast %277 : (tensor<2x17x64xf32>) -> tensor<2x17x64xf64>
    %279 = tosa.reduce_sum %278 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %280 = tosa.mul %279, %27, %4 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %281 = tosa.sub %278, %280 : (tensor<2x17x64xf64>, tensor<2x17x1xf64>) -> tensor<2x17x64xf64>
    %282 = tosa.mul %281, %281, %4 : (tensor<2x17x64xf64>, tensor<2x17x64xf64>, tensor<1xi8>) -> tensor<2x17x64xf64>
    %283 = tosa.reduce_sum %282 {axis = 2 : i32} : (tensor<2x17x64xf64>) -> tensor<2x17x1xf64>
    %284 = tosa.mul %283, %27, %4 : (tensor<2x17x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x17x1xf64>
    %285 = tosa.cast %284 : (tensor<2x17x1xf64>) -> tensor<2x17x1xf32>
    %286 = tosa.reduce_sum %277 {axis = 2 : i32} : (tensor<2x17x64xf32>) -> tensor<2x17x1xf32>
    %287 = tosa.mul %286, %28, %4 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x17x1xf32>
    %288 = tosa.add %285, %29 : (tensor<2x17x1xf32>, tensor<1x1x1xf32>) -> tensor<2x17x1xf32>
    %289 = tosa.rsqrt %288 : (tensor<2x17x1xf32>) -> tensor<2x17x1xf32>
    %290 = tosa.sub %277, %287 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>) -> tensor<2x17x64xf32>
    %291 = tosa.mul %290, %289, %4 : (tensor<2x17x64xf32>, tensor<2x17x1xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %292 = tosa.reshape %arg36, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %293 = tosa.mul %291, %292, %4 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x17x64xf32>
    %294 = tosa.reshape %arg37, %8 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %295 = tosa.add %293, %294 : (tensor<2x17x64xf32>, tensor<1x1x64xf32>) -> tensor<2x17x64xf32>
    return %295 : tensor<2x17x64xf32>
  }
}
