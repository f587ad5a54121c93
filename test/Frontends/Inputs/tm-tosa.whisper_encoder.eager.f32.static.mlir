// FRONTEND: {"args": [{"role": "weight", "shape": [64, 8, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64, 3]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [16, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64, 64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [128, 64]}, {"role": "weight", "shape": [128]}, {"role": "weight", "shape": [64, 128]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "weight", "shape": [64]}, {"role": "float", "shape": [2, 8, 32]}], "attn": "eager", "dtype": "f32", "expected_blocks": 2, "func": "forward", "model": "whisper_encoder", "path": "tm-tosa", "shapes": "static"}
module {
  func.func @forward(%arg0: tensor<64x8x3xf32>, %arg1: tensor<64xf32>, %arg2: tensor<64x64x3xf32>, %arg3: tensor<64xf32>, %arg4: tensor<16x64xf32>, %arg5: tensor<64x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64x64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<128x64xf32>, %arg15: tensor<128xf32>, %arg16: tensor<64x128xf32>, %arg17: tensor<64xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64x64xf32>, %arg21: tensor<64x64xf32>, %arg22: tensor<64xf32>, %arg23: tensor<64x64xf32>, %arg24: tensor<64xf32>, %arg25: tensor<64x64xf32>, %arg26: tensor<64xf32>, %arg27: tensor<64xf32>, %arg28: tensor<64xf32>, %arg29: tensor<128x64xf32>, %arg30: tensor<128xf32>, %arg31: tensor<64x128xf32>, %arg32: tensor<64xf32>, %arg33: tensor<64xf32>, %arg34: tensor<64xf32>, %arg35: tensor<64xf32>, %arg36: tensor<64xf32>, %arg37: tensor<2x8x32xf32>) -> tensor<2x16x64xf32> {
    %0 = tosa.const_shape  {values = dense<[2, 8, 1, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1 = tosa.const_shape  {values = dense<[64, 8, 1, 3]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %3 = tosa.const_shape  {values = dense<[2, 64, 32]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %4 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %5 = tosa.const_shape  {values = dense<[2, 64, 1, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %6 = tosa.const_shape  {values = dense<[64, 64, 1, 3]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %7 = tosa.const_shape  {values = dense<[2, 64, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %8 = tosa.const_shape  {values = dense<[1, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %9 = tosa.const_shape  {values = dense<[1, 1, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %10 = tosa.const_shape  {values = dense<[32, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %11 = tosa.const_shape  {values = dense<[1, 32, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %12 = tosa.const_shape  {values = dense<[1, 64, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %13 = tosa.const_shape  {values = dense<[1, 64]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %14 = tosa.const_shape  {values = dense<[2, 16, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %15 = tosa.const_shape  {values = dense<[2, 16, 4, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %16 = tosa.const_shape  {values = dense<[8, 16, 16]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %17 = tosa.const_shape  {values = dense<[2, 4, 16, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %18 = tosa.const_shape  {values = dense<[1, 64, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %19 = tosa.const_shape  {values = dense<[32, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %20 = tosa.const_shape  {values = dense<[1, 128]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %21 = tosa.const_shape  {values = dense<[2, 16, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %22 = tosa.const_shape  {values = dense<[1, 32, 128]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %23 = tosa.const_shape  {values = dense<[1, 128, 64]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %24 = "tosa.const"() <{values = dense<1.000000e+00> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %25 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %26 = "tosa.const"() <{values = dense<0.707106769> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %27 = "tosa.const"() <{values = dense<[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]> : tensor<1x16xi64>}> : () -> tensor<1x16xi64>
    %28 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf64>}> : () -> tensor<1x1x1xf64>
    %29 = "tosa.const"() <{values = dense<1.562500e-02> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %30 = "tosa.const"() <{values = dense<9.99999974E-6> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %31 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1xf32>}> : () -> tensor<1x1x1xf32>
    %32 = tosa.reshape %arg37, %0 : (tensor<2x8x32xf32>, !tosa.shape<4>) -> tensor<2x8x1x32xf32>
    %33 = tosa.reshape %arg0, %1 : (tensor<64x8x3xf32>, !tosa.shape<4>) -> tensor<64x8x1x3xf32>
    %34 = tosa.transpose %32 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x8x1x32xf32>) -> tensor<2x1x32x8xf32>
    %35 = tosa.transpose %33 {perms = array<i32: 0, 2, 3, 1>} : (tensor<64x8x1x3xf32>) -> tensor<64x1x3x8xf32>
    %36 = tosa.conv2d %34, %35, %arg1, %2, %2 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 1, 1>, stride = array<i64: 1, 1>} : (tensor<2x1x32x8xf32>, tensor<64x1x3x8xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x1x32x64xf32>
    %37 = tosa.transpose %36 {perms = array<i32: 0, 3, 1, 2>} : (tensor<2x1x32x64xf32>) -> tensor<2x64x1x32xf32>
    %38 = tosa.reshape %37, %3 : (tensor<2x64x1x32xf32>, !tosa.shape<3>) -> tensor<2x64x32xf32>
    %39 = tosa.mul %38, %26, %4 : (tensor<2x64x32xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x64x32xf32>
    %40 = tosa.erf %39 : (tensor<2x64x32xf32>) -> tensor<2x64x32xf32>
    %41 = tosa.add %40, %24 : (tensor<2x64x32xf32>, tensor<1x1x1xf32>) -> tensor<2x64x32xf32>
    %42 = tosa.mul %25, %41, %4 : (tensor<1x1x1xf32>, tensor<2x64x32xf32>, tensor<1xi8>) -> tensor<2x64x32xf32>
    %43 = tosa.mul %38, %42, %4 : (tensor<2x64x32xf32>, tensor<2x64x32xf32>, tensor<1xi8>) -> tensor<2x64x32xf32>
    %44 = tosa.reshape %43, %5 : (tensor<2x64x32xf32>, !tosa.shape<4>) -> tensor<2x64x1x32xf32>
    %45 = tosa.reshape %arg2, %6 : (tensor<64x64x3xf32>, !tosa.shape<4>) -> tensor<64x64x1x3xf32>
    %46 = tosa.transpose %44 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x64x1x32xf32>) -> tensor<2x1x32x64xf32>
    %47 = tosa.transpose %45 {perms = array<i32: 0, 2, 3, 1>} : (tensor<64x64x1x3xf32>) -> tensor<64x1x3x64xf32>
    %48 = tosa.conv2d %46, %47, %arg3, %2, %2 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 1, 0>, stride = array<i64: 1, 2>} : (tensor<2x1x32x64xf32>, tensor<64x1x3x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<2x1x16x64xf32>
    %49 = tosa.transpose %48 {perms = array<i32: 0, 3, 1, 2>} : (tensor<2x1x16x64xf32>) -> tensor<2x64x1x16xf32>
    %50 = tosa.reshape %49, %7 : (tensor<2x64x1x16xf32>, !tosa.shape<3>) -> tensor<2x64x16xf32>
    %51 = tosa.mul %50, %26, %4 : (tensor<2x64x16xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x64x16xf32>
    %52 = tosa.erf %51 : (tensor<2x64x16xf32>) -> tensor<2x64x16xf32>
    %53 = tosa.add %52, %24 : (tensor<2x64x16xf32>, tensor<1x1x1xf32>) -> tensor<2x64x16xf32>
    %54 = tosa.mul %25, %53, %4 : (tensor<1x1x1xf32>, tensor<2x64x16xf32>, tensor<1xi8>) -> tensor<2x64x16xf32>
    %55 = tosa.mul %50, %54, %4 : (tensor<2x64x16xf32>, tensor<2x64x16xf32>, tensor<1xi8>) -> tensor<2x64x16xf32>
    %56 = tosa.transpose %55 {perms = array<i32: 0, 2, 1>} : (tensor<2x64x16xf32>) -> tensor<2x16x64xf32>
    %57 = tosa.reshape %arg4, %8 : (tensor<16x64xf32>, !tosa.shape<3>) -> tensor<1x16x64xf32>
    %58 = tosa.cast %27 : (tensor<1x16xi64>) -> tensor<1x16xi32>
    %59 = tosa.gather %57, %58 : (tensor<1x16x64xf32>, tensor<1x16xi32>) -> tensor<1x16x64xf32>
    %60 = tosa.add %56, %59 : (tensor<2x16x64xf32>, tensor<1x16x64xf32>) -> tensor<2x16x64xf32>
    %61 = tosa.cast %60 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %62 = tosa.reduce_sum %61 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %63 = tosa.mul %62, %28, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %64 = tosa.sub %61, %63 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %65 = tosa.mul %64, %64, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %66 = tosa.reduce_sum %65 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %67 = tosa.mul %66, %28, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %68 = tosa.cast %67 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %69 = tosa.reduce_sum %60 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %70 = tosa.mul %69, %29, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %71 = tosa.add %68, %30 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %72 = tosa.rsqrt %71 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %73 = tosa.sub %60, %70 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %74 = tosa.mul %73, %72, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %75 = tosa.reshape %arg12, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %76 = tosa.mul %74, %75, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %77 = tosa.reshape %arg13, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %78 = tosa.add %76, %77 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %79 = tosa.transpose %arg8 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %80 = tosa.reshape %78, %11 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %81 = tosa.reshape %79, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %82 = tosa.matmul %80, %81, %2, %2 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %83 = tosa.reshape %82, %10 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %84 = tosa.reshape %arg9, %13 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %85 = tosa.add %83, %84 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %86 = tosa.reshape %85, %14 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %87 = tosa.mul %86, %31, %4 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %88 = tosa.reshape %87, %15 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %89 = tosa.transpose %88 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %90 = tosa.transpose %arg5 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %91 = tosa.reshape %90, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %92 = tosa.matmul %80, %91, %2, %2 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %93 = tosa.reshape %92, %15 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %94 = tosa.transpose %arg6 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %95 = tosa.reshape %94, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %96 = tosa.matmul %80, %95, %2, %2 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %97 = tosa.reshape %96, %10 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %98 = tosa.reshape %arg7, %13 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %99 = tosa.add %97, %98 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %100 = tosa.reshape %99, %15 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %101 = tosa.transpose %100 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %102 = tosa.transpose %93 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %103 = tosa.reshape %89, %16 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %104 = tosa.reshape %102, %16 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %105 = tosa.matmul %103, %104, %2, %2 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %106 = tosa.reshape %105, %17 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %107 = tosa.reduce_max %106 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %108 = tosa.sub %106, %107 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %109 = tosa.exp %108 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %110 = tosa.reduce_sum %109 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %111 = tosa.reciprocal %110 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %112 = tosa.mul %109, %111, %4 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %113 = tosa.reshape %112, %16 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %114 = tosa.reshape %101, %16 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %115 = tosa.matmul %113, %114, %2, %2 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %116 = tosa.reshape %115, %17 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %117 = tosa.transpose %116 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %118 = tosa.transpose %arg10 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %119 = tosa.reshape %117, %11 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %120 = tosa.reshape %118, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %121 = tosa.matmul %119, %120, %2, %2 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %122 = tosa.reshape %121, %10 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %123 = tosa.reshape %arg11, %13 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %124 = tosa.add %122, %123 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %125 = tosa.reshape %124, %14 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %126 = tosa.add %60, %125 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %127 = tosa.cast %126 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %128 = tosa.reduce_sum %127 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %129 = tosa.mul %128, %28, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %130 = tosa.sub %127, %129 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %131 = tosa.mul %130, %130, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %132 = tosa.reduce_sum %131 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %133 = tosa.mul %132, %28, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %134 = tosa.cast %133 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %135 = tosa.reduce_sum %126 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %136 = tosa.mul %135, %29, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %137 = tosa.add %134, %30 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %138 = tosa.rsqrt %137 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %139 = tosa.sub %126, %136 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %140 = tosa.mul %139, %138, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %141 = tosa.reshape %arg18, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %142 = tosa.mul %140, %141, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %143 = tosa.reshape %arg19, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %144 = tosa.add %142, %143 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %145 = tosa.transpose %arg14 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %146 = tosa.reshape %144, %11 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %147 = tosa.reshape %145, %18 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %148 = tosa.matmul %146, %147, %2, %2 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %149 = tosa.reshape %148, %19 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %150 = tosa.reshape %arg15, %20 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %151 = tosa.add %149, %150 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %152 = tosa.reshape %151, %21 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %153 = tosa.mul %152, %26, %4 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %154 = tosa.erf %153 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %155 = tosa.add %154, %24 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %156 = tosa.mul %25, %155, %4 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %157 = tosa.mul %152, %156, %4 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %158 = tosa.transpose %arg16 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %159 = tosa.reshape %157, %22 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %160 = tosa.reshape %158, %23 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %161 = tosa.matmul %159, %160, %2, %2 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %162 = tosa.reshape %161, %10 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %163 = tosa.reshape %arg17, %13 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %164 = tosa.add %162, %163 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %165 = tosa.reshape %164, %14 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %166 = tosa.add %126, %165 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %167 = tosa.cast %166 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %168 = tosa.reduce_sum %167 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %169 = tosa.mul %168, %28, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %170 = tosa.sub %167, %169 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %171 = tosa.mul %170, %170, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %172 = tosa.reduce_sum %171 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %173 = tosa.mul %172, %28, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %174 = tosa.cast %173 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %175 = tosa.reduce_sum %166 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %176 = tosa.mul %175, %29, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %177 = tosa.add %174, %30 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %178 = tosa.rsqrt %177 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %179 = tosa.sub %166, %176 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %180 = tosa.mul %179, %178, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %181 = tosa.reshape %arg27, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %182 = tosa.mul %180, %181, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %183 = tosa.reshape %arg28, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %184 = tosa.add %182, %183 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %185 = tosa.transpose %arg23 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %186 = tosa.reshape %184, %11 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %187 = tosa.reshape %185, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %188 = tosa.matmul %186, %187, %2, %2 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %189 = tosa.reshape %188, %10 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %190 = tosa.reshape %arg24, %13 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %191 = tosa.add %189, %190 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %192 = tosa.reshape %191, %14 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %193 = tosa.mul %192, %31, %4 : (tensor<2x16x64xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %194 = tosa.reshape %193, %15 : (tensor<2x16x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %195 = tosa.transpose %194 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %196 = tosa.transpose %arg20 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %197 = tosa.reshape %196, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %198 = tosa.matmul %186, %197, %2, %2 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %199 = tosa.reshape %198, %15 : (tensor<1x32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %200 = tosa.transpose %arg21 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %201 = tosa.reshape %200, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %202 = tosa.matmul %186, %201, %2, %2 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %203 = tosa.reshape %202, %10 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %204 = tosa.reshape %arg22, %13 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %205 = tosa.add %203, %204 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %206 = tosa.reshape %205, %15 : (tensor<32x64xf32>, !tosa.shape<4>) -> tensor<2x16x4x16xf32>
    %207 = tosa.transpose %206 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %208 = tosa.transpose %199 {perms = array<i32: 0, 2, 3, 1>} : (tensor<2x16x4x16xf32>) -> tensor<2x4x16x16xf32>
    %209 = tosa.reshape %195, %16 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %210 = tosa.reshape %208, %16 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %211 = tosa.matmul %209, %210, %2, %2 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %212 = tosa.reshape %211, %17 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %213 = tosa.reduce_max %212 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %214 = tosa.sub %212, %213 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %215 = tosa.exp %214 : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x16xf32>
    %216 = tosa.reduce_sum %215 {axis = 3 : i32} : (tensor<2x4x16x16xf32>) -> tensor<2x4x16x1xf32>
    %217 = tosa.reciprocal %216 : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x1xf32>
    %218 = tosa.mul %215, %217, %4 : (tensor<2x4x16x16xf32>, tensor<2x4x16x1xf32>, tensor<1xi8>) -> tensor<2x4x16x16xf32>
    %219 = tosa.reshape %218, %16 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %220 = tosa.reshape %207, %16 : (tensor<2x4x16x16xf32>, !tosa.shape<3>) -> tensor<8x16x16xf32>
    %221 = tosa.matmul %219, %220, %2, %2 : (tensor<8x16x16xf32>, tensor<8x16x16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8x16x16xf32>
    %222 = tosa.reshape %221, %17 : (tensor<8x16x16xf32>, !tosa.shape<4>) -> tensor<2x4x16x16xf32>
    %223 = tosa.transpose %222 {perms = array<i32: 0, 2, 1, 3>} : (tensor<2x4x16x16xf32>) -> tensor<2x16x4x16xf32>
    %224 = tosa.transpose %arg25 {perms = array<i32: 1, 0>} : (tensor<64x64xf32>) -> tensor<64x64xf32>
    %225 = tosa.reshape %223, %11 : (tensor<2x16x4x16xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %226 = tosa.reshape %224, %12 : (tensor<64x64xf32>, !tosa.shape<3>) -> tensor<1x64x64xf32>
    %227 = tosa.matmul %225, %226, %2, %2 : (tensor<1x32x64xf32>, tensor<1x64x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %228 = tosa.reshape %227, %10 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %229 = tosa.reshape %arg26, %13 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %230 = tosa.add %228, %229 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %231 = tosa.reshape %230, %14 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %232 = tosa.add %166, %231 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %233 = tosa.cast %232 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %234 = tosa.reduce_sum %233 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %235 = tosa.mul %234, %28, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %236 = tosa.sub %233, %235 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %237 = tosa.mul %236, %236, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %238 = tosa.reduce_sum %237 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %239 = tosa.mul %238, %28, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %240 = tosa.cast %239 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %241 = tosa.reduce_sum %232 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %242 = tosa.mul %241, %29, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %243 = tosa.add %240, %30 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %244 = tosa.rsqrt %243 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %245 = tosa.sub %232, %242 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %246 = tosa.mul %245, %244, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %247 = tosa.reshape %arg33, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %248 = tosa.mul %246, %247, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %249 = tosa.reshape %arg34, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %250 = tosa.add %248, %249 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    %251 = tosa.transpose %arg29 {perms = array<i32: 1, 0>} : (tensor<128x64xf32>) -> tensor<64x128xf32>
    %252 = tosa.reshape %250, %11 : (tensor<2x16x64xf32>, !tosa.shape<3>) -> tensor<1x32x64xf32>
    %253 = tosa.reshape %251, %18 : (tensor<64x128xf32>, !tosa.shape<3>) -> tensor<1x64x128xf32>
    %254 = tosa.matmul %252, %253, %2, %2 : (tensor<1x32x64xf32>, tensor<1x64x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x128xf32>
    %255 = tosa.reshape %254, %19 : (tensor<1x32x128xf32>, !tosa.shape<2>) -> tensor<32x128xf32>
    %256 = tosa.reshape %arg30, %20 : (tensor<128xf32>, !tosa.shape<2>) -> tensor<1x128xf32>
    %257 = tosa.add %255, %256 : (tensor<32x128xf32>, tensor<1x128xf32>) -> tensor<32x128xf32>
    %258 = tosa.reshape %257, %21 : (tensor<32x128xf32>, !tosa.shape<3>) -> tensor<2x16x128xf32>
    %259 = tosa.mul %258, %26, %4 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %260 = tosa.erf %259 : (tensor<2x16x128xf32>) -> tensor<2x16x128xf32>
    %261 = tosa.add %260, %24 : (tensor<2x16x128xf32>, tensor<1x1x1xf32>) -> tensor<2x16x128xf32>
    %262 = tosa.mul %25, %261, %4 : (tensor<1x1x1xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %263 = tosa.mul %258, %262, %4 : (tensor<2x16x128xf32>, tensor<2x16x128xf32>, tensor<1xi8>) -> tensor<2x16x128xf32>
    %264 = tosa.transpose %arg31 {perms = array<i32: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %265 = tosa.reshape %263, %22 : (tensor<2x16x128xf32>, !tosa.shape<3>) -> tensor<1x32x128xf32>
    %266 = tosa.reshape %264, %23 : (tensor<128x64xf32>, !tosa.shape<3>) -> tensor<1x128x64xf32>
    %267 = tosa.matmul %265, %266, %2, %2 : (tensor<1x32x128xf32>, tensor<1x128x64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x64xf32>
    %268 = tosa.reshape %267, %10 : (tensor<1x32x64xf32>, !tosa.shape<2>) -> tensor<32x64xf32>
    %269 = tosa.reshape %arg32, %13 : (tensor<64xf32>, !tosa.shape<2>) -> tensor<1x64xf32>
    %270 = tosa.add %268, %269 : (tensor<32x64xf32>, tensor<1x64xf32>) -> tensor<32x64xf32>
    %271 = tosa.reshape %270, %14 : (tensor<32x64xf32>, !tosa.shape<3>) -> tensor<2x16x64xf32>
    %272 = tosa.add %232, %271 : (tensor<2x16x64xf32>, tensor<2x16x64xf32>) -> tensor<2x16x64xf32>
    %273 = tosa.cast %272 : (tensor<2x16x64xf32>) -> tensor<2x16x64xf64>
    %274 = tosa.reduce_sum %273 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %275 = tosa.mul %274, %28, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %276 = tosa.sub %273, %275 : (tensor<2x16x64xf64>, tensor<2x16x1xf64>) -> tensor<2x16x64xf64>
    %277 = tosa.mul %276, %276, %4 : (tensor<2x16x64xf64>, tensor<2x16x64xf64>, tensor<1xi8>) -> tensor<2x16x64xf64>
    %278 = tosa.reduce_sum %277 {axis = 2 : i32} : (tensor<2x16x64xf64>) -> tensor<2x16x1xf64>
    %279 = tosa.mul %278, %28, %4 : (tensor<2x16x1xf64>, tensor<1x1x1xf64>, tensor<1xi8>) -> tensor<2x16x1xf64>
    %280 = tosa.cast %279 : (tensor<2x16x1xf64>) -> tensor<2x16x1xf32>
    %281 = tosa.reduce_sum %272 {axis = 2 : i32} : (tensor<2x16x64xf32>) -> tensor<2x16x1xf32>
    %282 = tosa.mul %281, %29, %4 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>, tensor<1xi8>) -> tensor<2x16x1xf32>
    %283 = tosa.add %280, %30 : (tensor<2x16x1xf32>, tensor<1x1x1xf32>) -> tensor<2x16x1xf32>
    %284 = tosa.rsqrt %283 : (tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %285 = tosa.sub %272, %282 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>) -> tensor<2x16x64xf32>
    %286 = tosa.mul %285, %284, %4 : (tensor<2x16x64xf32>, tensor<2x16x1xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %287 = tosa.reshape %arg35, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %288 = tosa.mul %286, %287, %4 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>, tensor<1xi8>) -> tensor<2x16x64xf32>
    %289 = tosa.reshape %arg36, %9 : (tensor<64xf32>, !tosa.shape<3>) -> tensor<1x1x64xf32>
    %290 = tosa.add %288, %289 : (tensor<2x16x64xf32>, tensor<1x1x64xf32>) -> tensor<2x16x64xf32>
    return %290 : tensor<2x16x64xf32>
  }
}
