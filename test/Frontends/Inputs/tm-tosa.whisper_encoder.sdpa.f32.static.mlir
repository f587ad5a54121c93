// FRONTEND: {"args": [{"role": "weight", "shape": [64, 8, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 8, 32]}], "attn": "sdpa", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "whisper_encoder", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<64x8x3xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64x64x3xf32>, %arg3: tensor<64xf32>, %arg4: tensor<16x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<128x64xf32>, %arg30: tensor<128xf32>, %arg31: tensor<64x128xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<2x8x32xf32>) -> tensor<2x16x64xf32> {
    %0 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<2x4x16x16xf32>}> : () -> tensor<2x4x16x16xf32>
    %1 = tosa.const_shape  {values = dense<[2, 8, 1, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2 = tosa.const_shape  {values = dense<[64, 8, 1, 3]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %3 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %4 = tosa.const_shape  {values = dense<[2, 64, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %5 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %6 = tosa.const_shape  {values = dense<[2, 64, 1, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %7 = tosa.const_shape  {values = dense<[64, 64, 1, 3]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = tosa.const_shape  {values = dense<[2, 64, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %9 = tosa.const_shape  {values = dense<[1, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %10 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %11 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %12 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %14 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %15 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %16 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %17 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %18 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %19 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %20 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %21 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %22 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %24 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %25 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %26 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %27 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %28 = "tosa.const"() <{values = dense<[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]> : tensor<1x16xi64>}> : () -> tensor<1x16xi64>
    %29 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %30 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %31 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %32 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %33 = "tosa.const"() <{values = dense<0xFFF0000000000000> : tensor<1x1x1x1xf64>}> : () -> tensor<1x1x1x1xf64>
    %34 = tosa.reshape %arg37, %1 : (tensor<2x8x32xf32>, !tosa.shape<4>) -> tensor<2x8x1x32xf32>
    %35 = tosa.reshape %arg0, %2 : (tensor<64x8x3xf32>, !tosa.shape<4>) -> tensor<64x8x1x3xf32>
    %36 = tosa.transpose %34 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x8x1x32xf32>) -> tensor<2x1x32x8xf32>
    %37 = tosa.transpose %35 {perms = array<i32: 0, 2, 3, 1>} : (tensor<64x8x1x3xf32>) -> tensor<64x1x3x8xf32>
    %38 = tosa.conv2d %36, %37, %arg1, %3, %3 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 1, 1>, stride = array<i64: 1, 1>} : (tensor<2x1x32x8xf32>, tensor<64x1x3x8xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x1x32x64xf32>
    %39 = tosa.transpose %38 {perms = array<i32: 0, 3, 1, 2>} : (tensor<2x1x32x64xf32>) -> tensor<2x64x1x32xf32>
    %40 = tosa.reshape %39, %4 : (tensor<2x64x1x32xf32>, !tosa.shape<3>) -> tensor<2x64x32xf32>
    %41 = tosa.mul %40, %27, %5 : (tensor<2x64x32xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x64x32xf32>
    %42 = tosa.erf %41 : (tensor<2x64x32xf32>) -> tensor<2x64x32xf32>
    %43 = tosa.add %42, %25 : (tensor<2x64x32xf32>, tensor<1x1x1xf32>) -> tensor<2x64x32xf32>
    %44 = tosa.mul %26, %43, %5 : (tensor<1x1x1xf32>, tensor<2x64x32xf32>, tensor<1xi8>) -> tensor<2x64x32xf32>
    %45 = tosa.mul %40, %44, %5 : (tensor<2x64x32xf32>, tensor<2x64x32xf32>, tensor<1xi8>) -> tensor<2x64x32xf32>
    %46 = tosa.reshape %45, %6 : (tensor<2x64x32xf32>, !tosa.shape<4>) -> tensor<2x64x1x32xf32>
    %47 = tosa.reshape %arg2, %7 : (tensor<64x64x3xf32>, !tosa.shape<4>) -> tensor<64x64x1x3xf32>
    %48 = tosa.transpose %46 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x64x1x32xf32>) -> tensor<2x1x32x64xf32>
    %49 = tosa.transpose %47 {perms = array<i32: 0, 2, 3, 1>} : (tensor<64x64x1x3xf32>) -> tensor<64x1x3x64xf32>
    %50 = tosa.conv2d %48, %49, %arg3, %3, %3 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 1, 0>, stride = array<i64: 1, 2>} : (tensor<2x1x32x64xf32>, tensor<64x1x3x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x1x16x64xf32>
    %51 = tosa.transpose %50 {perms = array<i32: 0, 3, 1, 2>} : (tensor<2x1x16x64xf32>) -> tensor<2x64x1x16xf32>
    %52 = tosa.reshape %51, %8 : (tensor<2x64x1x16xf32>, !tosa.shape<3>) -> tensor<2x64x16xf32>
    %53 = tosa.mul %52, %27, %5 : (tensor<2x64x16xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x64x16xf32>
    %54 = tosa.erf %53 : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %55 = tosa.add %54, %25 : (tensor<2x64x16xf32>, tensor<1x1x1xf32>) -> tensor<2x64x16xf32>
    %56 = tosa.mul %26, %55, %5 : (tensor<1x1x1xf32>, tensor<2x64x16xf32>, tensor<1xi8>) -> tensor<2x64x16xf32>
    %57 = tosa.mul %52, %56, %5 : (tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi8>) -> tensor<2x64x16xf32>
    %58 = tosa.transpose %57 {perms = array<i32: 0, 2, 1>} : (tensor<2x64x16xf32>) -> tensor<2x16x64xf32>
    %59 = tosa.reshape %arg4, %9 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %60 = tosa.cast %28 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %61 = tosa.gather %59, %60 : (tensor<1x16x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %62 = tosa.add %58, %61 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %63 = tosa.cast %62 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %64 = tosa.reduce_sum %63 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %65 = tosa.mul %64, %29, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %66 = tosa.sub %63, %65 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %67 = tosa.mul %66, %66, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %68 = tosa.reduce_sum %67 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %69 = tosa.mul %68, %29, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %70 = tosa.cast %69 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %71 = tosa.reduce_sum %62 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %72 = tosa.mul %71, %30, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %73 = tosa.add %70, %31 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %74 = tosa.rsqrt %73 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %75 = tosa.sub %62, %72 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %76 = tosa.mul %75, %74, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %77 = tosa.reshape %arg12, %10 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %78 = tosa.mul %76, %77, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %79 = tosa.reshape %arg13, %10 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %80 = tosa.add %78, %79 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %81 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %82 = tosa.reshape %80, %12 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %83 = tosa.reshape %81, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %84 = tosa.matmul %82, %83, %3, %3 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %85 = tosa.reshape %84, %11 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %86 = tosa.reshape %arg9, %14 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %87 = tosa.add %85, %86 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %88 = tosa.reshape %87, %15 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %89 = tosa.mul %88, %32, %5 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %90 = tosa.reshape %89, %16 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %91 = tosa.transpose %90 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %92 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %93 = tosa.reshape %92, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %94 = tosa.matmul %82, %93, %3, %3 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %95 = tosa.reshape %94, %16 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %96 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %97 = tosa.reshape %96, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %98 = tosa.matmul %82, %97, %3, %3 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %99 = tosa.reshape %98, %11 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %100 = tosa.reshape %arg7, %14 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %101 = tosa.add %99, %100 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %102 = tosa.reshape %101, %16 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %103 = tosa.transpose %102 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %104 = tosa.transpose %95 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %105 = tosa.reshape %91, %17 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %106 = tosa.reshape %104, %17 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %107 = tosa.matmul %105, %106, %3, %3 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %108 = tosa.reshape %107, %18 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %109 = tosa.reduce_max %108 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %110 = tosa.sub %108, %109 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %111 = tosa.exp %110 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %112 = tosa.reduce_sum %111 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %113 = tosa.reciprocal %112 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %114 = tosa.mul %111, %113, %5 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %115 = tosa.cast %108 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %116 = tosa.equal %115, %33 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %117 = tosa.reduce_all %116 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %118 = tosa.select %117, %0, %114 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %119 = tosa.reshape %118, %17 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %120 = tosa.reshape %103, %17 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %121 = tosa.matmul %119, %120, %3, %3 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %122 = tosa.reshape %121, %18 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %123 = tosa.transpose %122 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %124 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %125 = tosa.reshape %123, %12 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %126 = tosa.reshape %124, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %127 = tosa.matmul %125, %126, %3, %3 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %128 = tosa.reshape %127, %11 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %129 = tosa.reshape %arg11, %14 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %130 = tosa.add %128, %129 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %131 = tosa.reshape %130, %15 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %132 = tosa.add %62, %131 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %133 = tosa.cast %132 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %134 = tosa.reduce_sum %133 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %135 = tosa.mul %134, %29, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %136 = tosa.sub %133, %135 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %137 = tosa.mul %136, %136, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %138 = tosa.reduce_sum %137 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %139 = tosa.mul %138, %29, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %140 = tosa.cast %139 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %141 = tosa.reduce_sum %132 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %142 = tosa.mul %141, %30, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %143 = tosa.add %140, %31 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %144 = tosa.rsqrt %143 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %145 = tosa.sub %132, %142 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %146 = tosa.mul %145, %144, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %147 = tosa.reshape %arg18, %10 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %148 = tosa.mul %146, %147, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %149 = tosa.reshape %arg19, %10 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %150 = tosa.add %148, %149 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %151 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %152 = tosa.reshape %150, %12 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %153 = tosa.reshape %151, %19 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %154 = tosa.matmul %152, %153, %3, %3 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %155 = tosa.reshape %154, %20 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %156 = tosa.reshape %arg15, %21 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %157 = tosa.add %155, %156 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %158 = tosa.reshape %157, %22 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %159 = tosa.mul %158, %27, %5 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %160 = tosa.erf %159 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %161 = tosa.add %160, %25 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %162 = tosa.mul %26, %161, %5 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %163 = tosa.mul %158, %162, %5 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %164 = tosa.transpose %arg16 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %165 = tosa.reshape %163, %23 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %166 = tosa.reshape %164, %24 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %167 = tosa.matmul %165, %166, %3, %3 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %168 = tosa.reshape %167, %11 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %169 = tosa.reshape %arg17, %14 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %170 = tosa.add %168, %169 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %171 = tosa.reshape %170, %15 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %172 = tosa.add %132, %171 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %173 = tosa.cast %172 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %174 = tosa.reduce_sum %173 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %175 = tosa.mul %174, %29, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %176 = tosa.sub %173, %175 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %177 = tosa.mul %176, %176, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %178 = tosa.reduce_sum %177 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %179 = tosa.mul %178, %29, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %180 = tosa.cast %179 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %181 = tosa.reduce_sum %172 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %182 = tosa.mul %181, %30, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %183 = tosa.add %180, %31 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %184 = tosa.rsqrt %183 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %185 = tosa.sub %172, %182 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %186 = tosa.mul %185, %184, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %187 = tosa.reshape %arg27, %10 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %188 = tosa.mul %186, %187, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %189 = tosa.reshape %arg28, %10 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %190 = tosa.add %188, %189 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %191 = tosa.transpose %arg23 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %192 = tosa.reshape %190, %12 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %193 = tosa.reshape %191, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %194 = tosa.matmul %192, %193, %3, %3 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %195 = tosa.reshape %194, %11 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %196 = tosa.reshape %arg24, %14 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %197 = tosa.add %195, %196 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %198 = tosa.reshape %197, %15 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %199 = tosa.mul %198, %32, %5 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %200 = tosa.reshape %199, %16 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %201 = tosa.transpose %200 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %202 = tosa.transpose %arg20 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %203 = tosa.reshape %202, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %204 = tosa.matmul %192, %203, %3, %3 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %205 = tosa.reshape %204, %16 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %206 = tosa.transpose %arg21 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %207 = tosa.reshape %206, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %208 = tosa.matmul %192, %207, %3, %3 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %209 = tosa.reshape %208, %11 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %210 = tosa.reshape %arg22, %14 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %211 = tosa.add %209, %210 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %212 = tosa.reshape %211, %16 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %213 = tosa.transpose %212 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %214 = tosa.transpose %205 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %215 = tosa.reshape %201, %17 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %216 = tosa.reshape %214, %17 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %217 = tosa.matmul %215, %216, %3, %3 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %218 = tosa.reshape %217, %18 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %219 = tosa.reduce_max %218 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %220 = tosa.sub %218, %219 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %221 = tosa.exp %220 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %222 = tosa.reduce_sum %221 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %223 = tosa.reciprocal %222 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %224 = tosa.mul %221, %223, %5 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %225 = tosa.cast %218 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf64>
    %226 = tosa.equal %225, %33 : (tensor<2x4x16x16xf64>, tensor<1x1x1x1xf64>) -> tensor<2x4x16x16xi1>
    %227 = tosa.reduce_all %226 {axis = 3 : i32} : (tensor<2x4x16x16xi1>) -> tensor<2x4x16x1xi1>
    %228 = tosa.select %227, %0, %224 : (tensor<2x4x16x1xi1>, tensor<2x4x16x16xf32>, tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %229 = tosa.reshape %228, %17 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %230 = tosa.reshape %213, %17 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %231 = tosa.matmul %229, %230, %3, %3 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %232 = tosa.reshape %231, %18 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %233 = tosa.transpose %232 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %234 = tosa.transpose %arg25 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %235 = tosa.reshape %233, %12 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %236 = tosa.reshape %234, %13 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %237 = tosa.matmul %235, %236, %3, %3 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %238 = tosa.reshape %237, %11 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %239 = tosa.reshape %arg26, %14 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %240 = tosa.add %238, %239 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %241 = tosa.reshape %240, %15 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %242 = tosa.add %172, %241 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %243 = tosa.cast %242 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %244 = tosa.reduce_sum %243 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %245 = tosa.mul %244, %29, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %246 = tosa.sub %243, %245 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %247 = tosa.mul %246, %246, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %248 = tosa.reduce_sum %247 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %249 = tosa.mul %248, %29, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %250 = tosa.cast %249 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %251 = tosa.reduce_sum %242 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %252 = tosa.mul %251, %30, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %253 = tosa.add %250, %31 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %254 = tosa.rsqrt %253 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %255 = tosa.sub %242, %252 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %256 = tosa.mul %255, %254, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %257 = tosa.reshape %arg33, %10 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %258 = tosa.mul %256, %257, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %259 = tosa.reshape %arg34, %10 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %260 = tosa.add %258, %259 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %261 = tosa.transpose %arg29 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %262 = tosa.reshape %260, %12 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %263 = tosa.reshape %261, %19 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %264 = tosa.matmul %262, %263, %3, %3 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %265 = tosa.reshape %264, %20 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %266 = tosa.reshape %arg30, %21 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %267 = tosa.add %265, %266 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %268 = tosa.reshape %267, %22 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %269 = tosa.mul %268, %27, %5 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %270 = tosa.erf %269 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %271 = tosa.add %270, %25 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %272 = tosa.mul %26, %271, %5 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %273 = tosa.mul %268, %272, %5 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %274 = tosa.transpose %arg31 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %275 = tosa.reshape %273, %23 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %276 = tosa.reshape %274, %24 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %277 = tosa.matmul %275, %276, %3, %3 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %278 = tosa.reshape %277, %11 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %279 = tosa.reshape %arg32, %14 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %280 = tosa.add %278, %279 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %281 = tosa.reshape %280, %15 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %282 = tosa.add %242, %281 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %283 = tosa.cast %282 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %284 = tosa.reduce_sum %283 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %285 = tosa.mul %284, %29, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %286 = tosa.sub %283, %285 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %287 = tosa.mul %286, %286, %5 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %288 = tosa.reduce_sum %287 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %289 = tosa.mul %288, %29, %5 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %290 = tosa.cast %289 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %291 = tosa.reduce_sum %282 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %292 = tosa.mul %291, %30, %5 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %293 = tosa.add %290, %31 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %294 = tosa.rsqrt %293 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %295 = tosa.sub %282, %292 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %296 = tosa.mul %295, %294, %5 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %297 = tosa.reshape %arg35, %10 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %298 = tosa.mul %296, %297, %5 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %299 = tosa.reshape %arg36, %10 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %300 = tosa.add %298, %299 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %300 : tensor<2x16x64xf32>
  }
}
